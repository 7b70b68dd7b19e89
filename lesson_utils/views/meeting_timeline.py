"""The meeting timeline: the shape of the meeting, redrawn for the length you asked for."""

from __future__ import annotations

import ipywidgets as W

from ..meeting_shape import clamp_minutes, load_shape, timeline_html
from .base import View
from .common import exercise_box, html, label_style, safe


#: Local layout fixes: a stacked Dropdown needs room for its label, and HTML reads better with normal line spacing.
LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown { height: auto !important; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }</style>"
)


class MeetingTimeline(View):
    def __init__(self, minutes: int = 20):
        shape = load_shape()
        lengths = list(shape["lengths"])
        start = clamp_minutes(minutes)
        if start not in lengths:
            lengths = sorted(set(lengths) | {start})
        self.length = W.Dropdown(
            options=[(f"{m} minutes", m) for m in lengths],
            value=start,
            description="Length of the meeting you asked for",
            style=label_style(),
        )
        self.length.add_class("atl-stack")
        self.picture = html(timeline_html(start))
        self.picture.add_class("atl-lh")
        self.length.observe(safe(self._show)(self._redraw), names="value")
        self.widget = exercise_box(
            shape["title"],
            [html(LAYOUT_STYLE), self.length, self.picture],
            "Choose a length to see how the same stages fit into it.",
        )

    def _show(self, html: str) -> None:
        self.picture.value = html

    def _redraw(self, _change=None) -> None:
        self.picture.value = timeline_html(self.length.value)


def meeting_timeline(minutes: int = 20) -> MeetingTimeline:
    return MeetingTimeline(minutes)
