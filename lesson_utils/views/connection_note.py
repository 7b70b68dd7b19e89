"""Lesson 5's short connection note (or LinkedIn message) with an optional subject line."""

from __future__ import annotations

from ..connection_note import check_message, limit, template
from ..store import Store
from ..text import clean, is_blank
from .common import feedback_html, labelled_text, labelled_textarea
from .draft_box import DraftView, summary_line

EXERCISE_ID = "05.2-connection-note"


class ConnectionNote(DraftView):
    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
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
        self._build(
            exercise_id, store, {"subject": self.subject, "text": self.text},
            "Draft a short connection note",
            f"The same request in {limit()} characters or fewer: who you are, why them, and a small ask with a time. "
            "Saved each time you leave a box.",
            "Fill the empty note box with a template to adapt", "Check my note", check_on_load=(self.text,),
        )

    def use_template(self, _button=None) -> None:
        if self._keeps_draft(self.text):
            return
        self.text.value = template()  # fires update, which checks and saves

    def update(self, _event=None, save: bool = True) -> None:
        subject, text = clean(self.subject.value), clean(self.text.value)
        result = check_message(subject, text)
        count = f"{result.chars:,} of {limit()} characters. " if not is_blank(text) else ""
        self.feedback.value = feedback_html(result.items(), heading=count + (summary_line(result) or "Feedback"))
        if save and not is_blank(text):
            done = result.ready  # done only when nothing is left to fix
            self.saver.save({"subject": subject, "text": text, "chars": result.chars},
                            "done" if done else "in_progress")


def connection_note_drafter(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> ConnectionNote:
    return ConnectionNote(exercise_id, store)
