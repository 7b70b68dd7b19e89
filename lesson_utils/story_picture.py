"""A picture of the meeting: who talked and where the silences fell, as inline SVG.

Drawn from the scene data of :mod:`lesson_utils.story`, with no plot library.
Meaning never rests on colour alone: each kind of moment has its own labelled
row, the scene in focus is outlined and boxed, and every picture carries a
text alternative (``<title>`` and ``<desc>``, linked with ``aria-labelledby``)
and comes with a worded legend. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import itertools

from .story import SPEAKERS, Story, fmt_minutes, minutes_phrase, scene_time_sentence, total_minutes
from .text import escape

WIDTH = 720
LABEL_W = 140
PLOT_X0 = 150
PLOT_X1 = 704
HEADER_Y = 2
HEADER_H = 20
LANE_Y0 = 30
LANE_H = 22
LANE_GAP = 6
ROW_LABELS = {"visitor": "Visitor talking", "coach": "Coach talking", "silence": "Silence"}
FILL = {"visitor": "#2b6cb0", "coach": "#2f7d4f", "silence": "#8c8c8c"}
VERSION_TITLES = {"original": "The meeting as it happened", "replay": "The same meeting with a prepared asker"}

_ids = itertools.count(1)
BOLD = ' font-weight="bold"'


def _lane_y(speaker: str) -> float:
    return LANE_Y0 + SPEAKERS.index(speaker) * (LANE_H + LANE_GAP)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def picture_description(story: Story, which: str = "original", current: int | None = None) -> str:
    """The picture in words (its text alternative)."""
    tl = story.timeline(which)
    text = (f"{VERSION_TITLES[which]}, drawn as a timeline: time runs from left to right over "
            f"{fmt_minutes(total_minutes(tl))} minutes. Across the whole meeting, {minutes_phrase(tl)}.")
    if current is not None:
        text += f" Scene {current + 1} is highlighted. {scene_time_sentence(story, current, which)}"
    return text


def meeting_svg(story: Story, which: str = "original", current: int | None = None, uid: str | None = None) -> str:
    """The meeting's timeline as an SVG string; ``current`` (0-based) outlines one scene."""
    uid = uid or f"atl-meeting-{next(_ids)}"
    spans = story.spans(which)
    length = max(total_minutes(story.timeline(which)), story.meeting_minutes, 1.0)
    scale = (PLOT_X1 - PLOT_X0) / length
    lanes_bottom = _lane_y(SPEAKERS[-1]) + LANE_H
    axis_y = lanes_bottom + 8
    height = axis_y + 24

    def x(minute: float) -> float:
        return PLOT_X0 + minute * scale

    title = escape(VERSION_TITLES[which] + (f", scene {current + 1} highlighted" if current is not None else ""))
    desc = escape(picture_description(story, which, current))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'style="max-width:{WIDTH}px;height:auto;font-family:sans-serif" role="img" '
        f'aria-labelledby="{uid}-title {uid}-desc">',
        f'<title id="{uid}-title">{title}</title>',
        f'<desc id="{uid}-desc">{desc}</desc>',
    ]
    # Row labels and guide lines.
    for speaker in SPEAKERS:
        y = _lane_y(speaker)
        out.append(f'<text x="4" y="{_num(y + LANE_H * 0.72)}" font-size="13" fill="#222">'
                   f'{escape(ROW_LABELS[speaker])}</text>')
        out.append(f'<rect x="{PLOT_X0}" y="{_num(y)}" width="{PLOT_X1 - PLOT_X0}" height="{LANE_H}" '
                   f'fill="#f6f6f6" stroke="#ddd"/>')
    # Scene bands in the header, with their numbers.
    for n, ((start, end), scene) in enumerate(zip(spans, story.scenes)):
        if end <= start:
            continue
        focus = current == n
        out.append(
            f'<rect x="{_num(x(start))}" y="{HEADER_Y}" width="{_num((end - start) * scale)}" height="{HEADER_H}" '
            f'fill="{"#fff3c4" if focus else "#ffffff"}" stroke="{"#222" if focus else "#bbb"}" '
            f'stroke-width="{2 if focus else 1}"/>'
        )
        label = f"Scene {n + 1}" if focus and (end - start) * scale > 60 else str(n + 1)
        out.append(f'<text x="{_num(x((start + end) / 2))}" y="{HEADER_Y + 15}" font-size="12" '
                   f'text-anchor="middle" fill="#222"{BOLD if focus else ""}>'
                   f'{escape(label)}</text>')
        # Scene boundaries through the rows.
        out.append(f'<line x1="{_num(x(start))}" y1="{LANE_Y0 - 2}" x2="{_num(x(start))}" y2="{lanes_bottom + 2}" '
                   f'stroke="#bbb" stroke-dasharray="2,2"/>')
    # The segments.
    for n, ((start, _end), scene) in enumerate(zip(spans, story.scenes)):
        t = start
        for seg in scene.version(which).timeline:
            focus = current is None or current == n
            out.append(
                f'<rect x="{_num(x(t))}" y="{_num(_lane_y(seg.speaker) + 2)}" width="{_num(seg.minutes * scale)}" '
                f'height="{LANE_H - 4}" fill="{FILL[seg.speaker]}" fill-opacity="{1 if focus else 0.28}"'
                + (' stroke="#000" stroke-width="1.5"' if current == n else "")
                + "/>"
            )
            t += seg.minutes
    # The minute axis.
    out.append(f'<line x1="{PLOT_X0}" y1="{axis_y}" x2="{PLOT_X1}" y2="{axis_y}" stroke="#444"/>')
    tick = 0
    while tick <= length + 1e-9:
        out.append(f'<line x1="{_num(x(tick))}" y1="{axis_y}" x2="{_num(x(tick))}" y2="{axis_y + 4}" stroke="#444"/>')
        anchor = "end" if tick >= length - 1e-9 else "middle"
        word = f"{tick} min" if tick >= length - 1e-9 else str(tick)
        out.append(f'<text x="{_num(x(tick))}" y="{axis_y + 17}" font-size="12" text-anchor="{anchor}" '
                   f'fill="#222">{word}</text>')
        tick += 5
    out.append("</svg>")
    return "".join(out)


def legend_html(with_focus: bool = True) -> str:
    """How to read the picture, in words (shown next to it, not only in the text alternative)."""
    focus = (" The scene you are on has solid blocks with a black outline and a boxed number above; "
             "the rest of the meeting is pale.") if with_focus else ""
    return (
        '<div class="atl-muted" style="line-height:1.45;max-width:60em"><strong>How to read the picture:</strong> time runs from left to right, '
        "in minutes. Each row is one kind of moment: the top row is the visitor talking, the middle row the "
        "coach talking, the bottom row silence. The numbers along the top are the scenes."
        f"{escape(focus)}</div>"
    )
