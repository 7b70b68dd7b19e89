"""The shape of an informational meeting, as data, drawn as a timeline.

The stages and their share of the time live in ``data/meeting_shape.json``. This
module turns them into minutes for a meeting of a given length, an SVG timeline
(with a title, a description and a worded legend, so the picture is never the
only way to read it) and a plain-text version. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .content import load_json
from .text import escape

#: Meeting lengths the timeline accepts (minutes); others are clamped into this range.
MIN_MINUTES, MAX_MINUTES = 10, 60

# Fills for the segments: distinct in lightness as well as hue, and every segment
# also carries its number, so colour is never the only cue.
FILLS = ("#cfe0f3", "#8fb5de", "#2f6fad", "#e8c27a", "#1f3f66")
TEXT_FILLS = ("#10233b", "#10233b", "#ffffff", "#10233b", "#ffffff")

_ids = itertools.count(1)


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    share: float
    min_minutes: float
    do: tuple
    say: str
    prevents: str


@dataclass(frozen=True)
class TimedStage:
    number: int
    stage: Stage
    start: float
    end: float

    @property
    def minutes(self) -> float:
        return self.end - self.start


def load_shape() -> dict:
    return load_json("meeting_shape.json")


def stages() -> list[Stage]:
    return [
        Stage(s["id"], s["title"], float(s["share"]), float(s["min_minutes"]), tuple(s["do"]), s["say"], s["prevents"])
        for s in load_shape()["stages"]
    ]


def clamp_minutes(minutes: object) -> int:
    """A usable meeting length: whole minutes between MIN_MINUTES and MAX_MINUTES (default 20)."""
    try:
        value = int(round(float(minutes)))  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return int(load_shape()["default_minutes"])
    return max(MIN_MINUTES, min(MAX_MINUTES, value))


def _half(x: float) -> float:
    return round(x * 2) / 2


def timed_stages(minutes: object = 20) -> list[TimedStage]:
    """The stages laid out over a meeting of ``minutes`` (rounded to half minutes, never overlapping)."""
    total = clamp_minutes(minutes)
    raw = [max(s.min_minutes, s.share * total) for s in stages()]
    scale = total / sum(raw)
    out, start = [], 0.0
    all_stages = stages()
    for n, (stage, length) in enumerate(zip(all_stages, raw), 1):
        end = float(total) if n == len(all_stages) else _half(start + length * scale)
        end = max(end, start + 0.5)
        out.append(TimedStage(n, stage, start, end))
        start = end
    return out


def _fmt(x: float) -> str:
    return f"{x:.0f}" if x == int(x) else f"{x:.1f}"


def timeline_svg(minutes: object = 20) -> str:
    """The timeline as an SVG image with a title and description (read by screen readers)."""
    rows = timed_stages(minutes)
    total = rows[-1].end
    n = next(_ids)
    left, width, top, height = 10, 740, 26, 40
    px = width / total
    title_id, desc_id = f"atl-shape-title-{n}", f"atl-shape-desc-{n}"
    desc = "; ".join(f"{r.number}. {r.stage.title}, minutes {_fmt(r.start)} to {_fmt(r.end)}" for r in rows)
    parts = [
        f'<svg role="img" aria-labelledby="{title_id} {desc_id}" viewBox="0 0 {left * 2 + width} 100" '
        f'width="100%" style="max-width:{left * 2 + width}px" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{title_id}">Timeline of a {_fmt(total)}-minute informational meeting</title>',
        f'<desc id="{desc_id}">{escape(desc)}.</desc>',
    ]
    for i, r in enumerate(rows):
        x = left + r.start * px
        w = r.minutes * px
        parts.append(
            f'<rect x="{x:.1f}" y="{top}" width="{w:.1f}" height="{height}" fill="{FILLS[i % len(FILLS)]}" '
            f'stroke="#ffffff" stroke-width="2"/>'
        )
        parts.append(
            f'<text x="{x + w / 2:.1f}" y="{top + height / 2 + 6}" text-anchor="middle" font-size="17" '
            f'font-weight="700" fill="{TEXT_FILLS[i % len(TEXT_FILLS)]}">{r.number}</text>'
        )
    step = 5 if total <= 30 else 10
    for m in range(0, int(total) + 1, step):
        x = left + m * px
        parts.append(f'<line x1="{x:.1f}" y1="{top - 5}" x2="{x:.1f}" y2="{top}" stroke="#444" stroke-width="1"/>')
        anchor = "start" if m == 0 else ("end" if m == total else "middle")
        parts.append(f'<text x="{x:.1f}" y="{top - 8}" text-anchor="{anchor}" font-size="12" fill="#222">{m} min</text>')
    parts.append(
        f'<text x="{left}" y="{top + height + 24}" font-size="12" fill="#222">'
        "Numbers match the legend below. Before: arrive a little early. After: notes and a thank-you.</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def legend_html(minutes: object = 20) -> str:
    """The worded legend: every stage with its minutes, what to do, and which mistake it prevents."""
    items = []
    for r in timed_stages(minutes):
        s = r.stage
        dos = "".join(f"<li>{escape(d)}</li>" for d in s.do)
        items.append(
            f"<li><strong>{escape(s.title)}</strong> (minutes {_fmt(r.start)} to {_fmt(r.end)})"
            f"<ul>{dos}<li>You might say: “{escape(s.say)}”</li>"
            f"<li>Prevents: {escape(s.prevents)}</li></ul></li>"
        )
    return '<ol class="atl-shape-legend">' + "".join(items) + "</ol>"


def timeline_html(minutes: object = 20) -> str:
    shape = load_shape()
    total = clamp_minutes(minutes)
    return (
        '<figure style="margin:0">'
        + timeline_svg(total)
        + f"<figcaption><strong>Legend:</strong> the {total}-minute meeting, stage by stage "
        "(the picture above shows the same stages as numbered blocks).</figcaption>"
        + legend_html(total)
        + f'<p class="atl-muted">{escape(shape["before"])}<br>{escape(shape["after"])}</p>'
        + "</figure>"
    )


def format_meeting_shape(minutes: object = 20) -> str:
    """The timeline as plain text (the text fallback)."""
    shape = load_shape()
    total = clamp_minutes(minutes)
    lines = [f"{shape['title']}, for a {total}-minute meeting:", "", shape["before"], ""]
    for r in timed_stages(total):
        s = r.stage
        lines.append(f"{r.number}. {s.title} (minutes {_fmt(r.start)} to {_fmt(r.end)})")
        lines += [f"   - {d}" for d in s.do]
        lines.append(f"   - You might say: “{s.say}”")
        lines.append(f"   - Prevents: {s.prevents}")
    lines += ["", shape["after"]]
    return "\n".join(lines)
