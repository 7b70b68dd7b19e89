"""Lesson 5's short connection note (or LinkedIn message) with an optional subject line."""

from __future__ import annotations

import ipywidgets as W

from ..connection_note import check_message, limit, template
from ..store import Store
from ..text import clean, is_blank
from .base import View
from .common import SaveLine, button, exercise_box, feedback_html, get_store, labelled_text, labelled_textarea, safe
from .common import message_html
from .request_email import KEEP_DRAFT, _summary

EXERCISE_ID = "05.2-connection-note"


class ConnectionNote(View):
    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.subject = labelled_text(
            "Subject line (for an InMail or email; leave empty for a connection note)",
            "e.g. Referred by Ana Ruiz: 20 minutes on grant writing?",
        )
        self.text = labelled_textarea(
            f"Your note (up to {limit()} characters, spaces included)",
            "Hello ..., who referred you or where you found them. Who you are. Why them. "
            "Could we talk for 20 minutes? Thank you, ...",
            rows=5,
        )
        self.template_button = button("Start from a template", "Fill the empty note box with a template to adapt")
        self.check_button = button("Check my note", style="primary")
        self.feedback = W.HTML()
        show = safe(self._show)
        self.template_button.on_click(show(self.use_template))
        self.check_button.on_click(show(self.update))
        saved = self.saver.load(default={})
        if isinstance(saved, dict):
            if isinstance(saved.get("subject"), str):
                self.subject.value = saved["subject"]
            if isinstance(saved.get("text"), str):
                self.text.value = saved["text"]
        if not is_blank(self.text.value):
            show(self.update)(save=False)
        self.subject.observe(show(self.update), names="value")
        self.text.observe(show(self.update), names="value")
        self.widget = exercise_box(
            "Draft a short connection note",
            [self.subject, self.text, W.HBox([self.template_button, self.check_button]), self.feedback,
             self.saver.widget],
            f"The same request in {limit()} characters or fewer: who you are, why them, and a small ask with a time. "
            "Saved each time you leave a box.",
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def use_template(self, _button=None) -> None:
        if not is_blank(self.text.value):
            self.feedback.value = message_html(KEEP_DRAFT, "info")
            return
        self.text.value = template()  # fires update, which checks and saves

    def update(self, _event=None, save: bool = True) -> None:
        subject, text = clean(self.subject.value), clean(self.text.value)
        result = check_message(subject, text)
        count = f"{result.chars:,} of {limit()} characters. " if not is_blank(text) else ""
        self.feedback.value = feedback_html(result.items(), heading=count + (_summary(result) or "Feedback"))
        if save and not is_blank(text):
            done = "placeholders" not in result.codes and "too_long" not in result.codes
            self.saver.save({"subject": subject, "text": text, "chars": result.chars},
                            "done" if done else "in_progress")


def connection_note_drafter(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> ConnectionNote:
    return ConnectionNote(exercise_id, store)
