"""Lesson 2's replay: the same meeting with a prepared asker, side by side with the original.

Two timelines on the same scale (as it happened, done right), then a table
with one row per scene and one column per version. A checkbox adds what the
coach was thinking in each version. Nothing is saved: this is for reading.
"""

from __future__ import annotations

import ipywidgets as W

from ..story import Story, load_story, minutes_phrase
from ..story_picture import legend_html, meeting_svg
from ..text import escape
from .base import View
from .common import exercise_box, html, safe, shared_layout, style_for

COLUMNS = ("As it happened", "With a prepared asker")


def pictures_html(story: Story) -> str:
    parts = []
    for which, label in zip(("original", "replay"), COLUMNS):
        parts.append(
            f'<div style="margin:10px 0 2px 0;line-height:1.45"><strong>{escape(label)}:</strong> '
            f"{escape(minutes_phrase(story.timeline(which)))}.</div>" + meeting_svg(story, which)
        )
    return "".join(parts) + legend_html(with_focus=False)


def comparison_html(story: Story, thoughts: bool = False) -> str:
    widths = ("18%", "41%", "41%")
    head = "".join(f'<th scope="col" style="width:{w}">{escape(c)}</th>' for c, w in zip(("Scene",) + COLUMNS, widths))
    rows = []
    for n, scene in enumerate(story.scenes, 1):
        cells = []
        for version in (scene.version("original"), scene.replay):
            text = escape(version.happened)
            if thoughts:
                text += f"<br><em>The coach thinks: {escape(version.coach_thinking)}</em>"
            cells.append(f"<td>{text}</td>")
        rows.append(f'<tr><th scope="row">{n}. {escape(scene.spot_title or scene.title)}</th>{"".join(cells)}</tr>')
    return (f'<table class="atl-table" style="max-width:900px;line-height:1.4"><caption style="text-align:left">'
            f"The meeting scene by scene, as it happened and done right</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


class ReplayView(View):
    def __init__(self, story: Story | None = None):
        self.story = story or load_story()
        self.thoughts_box = W.Checkbox(value=False, description="Show what the coach was thinking", indent=False,
                                       layout=shared_layout(), style=style_for(W.Checkbox))
        self.pictures = html(pictures_html(self.story))
        self.table = html(comparison_html(self.story))
        self.thoughts_box.observe(safe(self._show)(self._toggle), names="value")
        self.widget = exercise_box(
            "The replay, done right",
            [self.pictures, self.thoughts_box, self.table],
            "Compare the two timelines first, then read across each row of the table.",
        )

    def _show(self, html: str) -> None:
        self.table.value = html

    def _toggle(self, _change=None) -> None:
        self.table.value = comparison_html(self.story, self.thoughts_box.value)


def replay_side_by_side() -> ReplayView:
    return ReplayView()
