"""A written exercise: one or more labelled text boxes, saved as the learner types."""

from __future__ import annotations

from typing import Callable, Sequence

import ipywidgets as W

from ..store import Store
from ..text import clean, is_blank
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, labelled_textarea, safe, SaveLine

# A field is (key, label, placeholder).
Field = tuple[str, str, str]
# A checker takes the answers and returns feedback items: [(kind, text), ...].
Checker = Callable[[dict], list]


class TextExercise(View):
    def __init__(
        self,
        exercise_id: str,
        title: str,
        fields: Sequence[Field],
        instructions: str = "",
        checker: Checker | None = None,
        store: Store | None = None,
        rows: int = 3,
    ):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.checker = checker
        self.boxes = {key: labelled_textarea(label, placeholder, rows=rows) for key, label, placeholder in fields}
        self.save_button = button("Save", style="primary")
        self.feedback = html()
        show = safe(self._show)
        self.save_button.on_click(show(self._save))
        saved = self.saver.load(default={})
        if isinstance(saved, dict):
            for key, box in self.boxes.items():
                if isinstance(saved.get(key), str):
                    box.value = saved[key]
        for box in self.boxes.values():
            box.observe(show(self._save), names="value")
        self.widget = exercise_box(
            title, [*self.boxes.values(), self.save_button, self.feedback, self.saver.widget], instructions
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def answers(self) -> dict:
        return {key: clean(box.value) for key, box in self.boxes.items()}

    def _save(self, _change=None) -> None:
        answers = self.answers()
        if all(is_blank(v) for v in answers.values()):
            where = "the box above" if len(self.boxes) == 1 else "the boxes above"
            self.feedback.value = self.saver.nothing(f"Nothing to save yet: write your answer in {where}.")
            return
        complete = not any(is_blank(v) for v in answers.values())
        items = self.checker(answers) if self.checker else []
        if not complete:
            items = [("info", "Some boxes are still empty; your answer is saved, come back to it any time.")] + items
        # done only when every box is written and the check finds nothing left to fix; saved first, then
        # shown, so feedback on the screen always speaks of an answer already on disk
        ready = not any(kind == "fix" for kind, _ in items)
        self.saver.save(answers, "done" if complete and ready else "in_progress")
        self.feedback.value = feedback_html(items) if items else ""
