"""The course map widget: lessons, times, progress, with a refresh button."""

from __future__ import annotations

import ipywidgets as W

from ..course import course_map
from ..store import Store
from ..text import escape
from .base import View
from .common import button, exercise_box, get_store, html, message_html, safe

MARKS = {"not_started": "○ not started", "in_progress": "◐ in progress", "done": "● done"}


def course_map_html(rows) -> str:
    body = []
    for r in rows:
        lesson = r.lesson
        n = len(lesson.exercises)
        done = f" ({r.done} of {n} exercise{'s' if n != 1 else ''})" if n else ""
        body.append(
            f'<tr><td>{escape(lesson.number)}</td>'
            f'<td><a class="atl-lesson-link" href="{escape(lesson.file)}">{escape(lesson.title)}</a></td>'
            f"<td>~{lesson.minutes} min</td><td>{MARKS[r.status]}{escape(done)}</td></tr>"
        )
    total = sum(r.lesson.minutes for r in rows)
    return (
        '<table class="atl-table"><thead><tr><th scope="col">#</th><th scope="col">Lesson</th>'
        '<th scope="col">Time</th><th scope="col">Your progress</th></tr></thead><tbody>'
        + "".join(body)
        + f'</tbody></table><div class="atl-muted">About {total} minutes in all.</div>'
    )


class CourseMap(View):
    page_script = True  # a lesson link opens the lesson in a new tab in JupyterLab (see ordered_adds)
    def __init__(self, store: Store | None = None, notebooks_dir=None):
        self.store = get_store(store)
        self.notebooks_dir = notebooks_dir
        self.table = html()
        self.refresh_button = button("Refresh progress")
        self.refresh_button.on_click(safe(self._show)(self.refresh))
        self.widget = exercise_box(
            "Course map", [self.table, self.refresh_button],
            "Your progress comes from your saved work; press Refresh after finishing a lesson.",
        )
        safe(self._show)(self.refresh)()

    def _show(self, html: str) -> None:
        self.table.value = html

    def refresh(self, _button=None) -> None:
        rows = course_map(self.store, self.notebooks_dir)
        if not rows:
            self.table.value = message_html("No lessons were found beside this one.", "warn")
            return
        self.table.value = course_map_html(rows)


def course_map_widget(store: Store | None = None, notebooks_dir=None) -> CourseMap:
    return CourseMap(store, notebooks_dir)
