"""Lesson 5's drafters: the request for a meeting, the follow-up note and the reply to a no."""

from __future__ import annotations

from typing import Callable

from ..request_email import (
    check_decline_reply,
    check_follow_up,
    check_request,
    decline_template,
    follow_up_template,
    request_template,
)
from ..store import Store
from ..text import clean, is_blank
from .common import feedback_html, get_store, labelled_text, labelled_textarea
from .draft_box import DraftView, summary_line

#: Where lesson 3 saves the introduction the request template reuses.
INTRO_EXERCISE = "03.1-introduction"

#: The name the summary had here first; :func:`summary_line` in :mod:`.draft_box`.
_summary = summary_line


class RequestEmail(DraftView):
    def __init__(self, exercise_id: str = "05.2-request-email", store: Store | None = None):
        self.store = get_store(store)
        self.subject = labelled_text("Subject line", "e.g. Request: 20 minutes to learn about training design")
        self.body = labelled_textarea(
            "Email (from greeting to your name)",
            "Dear ...,\n\nWho referred you or how you found them. Who you are, in a sentence. Why them. "
            "What you hope to learn. The small ask: 20 minutes, at a time and place that suit them.\n\n"
            "Thank you ...",
            rows=12,
        )
        self._build(
            exercise_id, self.store, {"subject": self.subject, "body": self.body},
            "Draft your request for a meeting",
            "Write the email you will send (or press Start from a template, which uses your introduction from "
            "lesson 3). Each check says what works and what to fix. Saved each time you leave a box.",
            "Fill the empty email box with a template to adapt", "Check my email",
        )

    def use_template(self, _button=None) -> None:
        if self._keeps_draft(self.body):
            return
        intro = None
        try:
            intro = self.store.value(INTRO_EXERCISE)
            self.store.take_notices()
        except Exception:  # noqa: BLE001 - a missing or unreadable intro only means blanks in the template
            intro = None
        subject, body = request_template(intro if isinstance(intro, dict) else None)
        if is_blank(self.subject.value):
            self.subject.value = subject
        self.body.value = body  # fires update, which checks and saves

    def update(self, _event=None, save: bool = True) -> None:
        subject, body = clean(self.subject.value), clean(self.body.value)
        result = check_request(subject, body)
        self.feedback.value = feedback_html(result.items(), heading=summary_line(result) or "Feedback")
        if save and is_blank(subject) and is_blank(body):
            self.feedback.value += self.saver.nothing("Nothing to save yet: write your email above.")
        elif save:
            done = not is_blank(subject) and not is_blank(body) and result.ready  # nothing left to fix
            self.saver.save({"subject": subject, "body": body, "words": result.words},
                            "done" if done else "in_progress")


class ShortMessage(DraftView):
    """One text box for a short note, checked by ``checker``, with a template to start from."""

    def __init__(
        self,
        exercise_id: str,
        title: str,
        label: str,
        instructions: str,
        checker: Callable,
        template: Callable[[], str],
        store: Store | None = None,
        placeholder: str = "",
    ):
        self.checker = checker
        self.template = template
        self.text = labelled_textarea(label, placeholder, rows=8)
        self._build(exercise_id, store, {"text": self.text}, title, instructions,
                    "Fill the empty box with a template to adapt", "Check")

    def use_template(self, _button=None) -> None:
        if self._keeps_draft(self.text):
            return
        self.text.value = self.template()

    def update(self, _event=None, save: bool = True) -> None:
        text = clean(self.text.value)
        result = self.checker(text)
        self.feedback.value = feedback_html(result.items(), heading=summary_line(result) or "Feedback")
        if save and is_blank(text):
            self.feedback.value += self.saver.nothing("Nothing to save yet: write your message above.")
        elif save:
            done = result.ready  # done only when nothing is left to fix
            self.saver.save({"text": text, "words": result.words}, "done" if done else "in_progress")


def request_email_drafter(exercise_id: str = "05.2-request-email", store: Store | None = None) -> RequestEmail:
    return RequestEmail(exercise_id, store)


def follow_up_drafter(exercise_id: str = "05.3-follow-up", store: Store | None = None) -> ShortMessage:
    return ShortMessage(
        exercise_id,
        "Draft your one follow-up note",
        "Follow-up note (sent once, about a week after your request)",
        "No reply after about a week? Write the single, gentle reminder you would send. Keep it shorter than "
        "the first message.",
        check_follow_up,
        follow_up_template,
        store,
        "Dear ...,\n\nI wrote last week to ask ...",
    )


def decline_reply_drafter(exercise_id: str = "05.4-if-they-say-no", store: Store | None = None) -> ShortMessage:
    return ShortMessage(
        exercise_id,
        "Draft your reply to a no",
        "Your reply when they say no",
        "They wrote back that they cannot meet. Write your short reply: thank them, and ask who else might help.",
        check_decline_reply,
        decline_template,
        store,
        "Dear ...,\n\nThank you for letting me know ...",
    )
