"""Lesson 5's drafters: the request for a meeting, the follow-up note and the reply to a no."""

from __future__ import annotations

from typing import Callable

import ipywidgets as W

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
from .base import View
from .common import (
    SaveLine,
    button,
    exercise_box,
    feedback_html,
    get_store,
    labelled_text,
    labelled_textarea,
    message_html,
    safe,
)

#: Where lesson 3 saves the introduction the request template reuses.
INTRO_EXERCISE = "03.1-introduction"

KEEP_DRAFT = ("Your draft is kept: the template only fills an empty box. To start from the template, "
              "copy your draft somewhere safe, clear the box, and press the button again.")


#: Notes that describe the text itself rather than something to improve.
NEUTRAL_NOTES = {"long_text", "control_characters"}


def _summary(result) -> str:
    fixes = len(result.fixes)
    if not result.findings or result.codes <= {"empty"}:
        return ""
    if fixes:
        return f"{fixes} thing{'s' if fixes != 1 else ''} to improve; the reasons are below."
    notes = [f for f in result.findings if f.kind == "info" and f.code not in NEUTRAL_NOTES]
    if notes:
        return (f"No check fails. {len(notes)} suggestion{'s' if len(notes) != 1 else ''} below could still "
                "make it better before you send it.")
    return "Every check passes and nothing is left to improve. Read it aloud once more, then it is ready to send."


class RequestEmail(View):
    def __init__(self, exercise_id: str = "05.2-request-email", store: Store | None = None):
        self.store = get_store(store)
        self.saver = SaveLine(self.store, exercise_id)
        self.subject = labelled_text("Subject line", "e.g. Request: 20 minutes to learn about training design")
        self.body = labelled_textarea(
            "Email (from greeting to your name)",
            "Dear ...,\n\nWho referred you or how you found them. Who you are, in a sentence. Why them. "
            "What you hope to learn. The small ask: 20 minutes, at a time and place that suit them.\n\n"
            "Thank you ...",
            rows=12,
        )
        self.template_button = button("Start from a template", "Fill the empty email box with a template to adapt")
        self.check_button = button("Check my email", style="primary")
        self.feedback = W.HTML()
        show = safe(self._show)
        self.template_button.on_click(show(self.use_template))
        self.check_button.on_click(show(self.update))
        saved = self.saver.load(default={})
        if isinstance(saved, dict):
            if isinstance(saved.get("subject"), str):
                self.subject.value = saved["subject"]
            if isinstance(saved.get("body"), str):
                self.body.value = saved["body"]
        if not (is_blank(self.subject.value) and is_blank(self.body.value)):
            show(self.update)(save=False)
        self.subject.observe(show(self.update), names="value")
        self.body.observe(show(self.update), names="value")
        self.widget = exercise_box(
            "Draft your request for a meeting",
            [self.subject, self.body, W.HBox([self.template_button, self.check_button]), self.feedback,
             self.saver.widget],
            "Write the email you will send (or press Start from a template, which uses your introduction from "
            "lesson 3). Each check says what works and what to fix. Saved each time you leave a box.",
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def use_template(self, _button=None) -> None:
        if not is_blank(self.body.value):
            self.feedback.value = message_html(KEEP_DRAFT, "info")
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
        self.feedback.value = feedback_html(result.items(), heading=_summary(result) or "Feedback")
        if save and is_blank(subject) and is_blank(body):
            self.feedback.value += self.saver.nothing("Nothing to save yet: write your email above.")
        elif save:
            done = not is_blank(subject) and not is_blank(body) and "placeholders" not in result.codes
            self.saver.save({"subject": subject, "body": body, "words": result.words},
                            "done" if done else "in_progress")


class ShortMessage(View):
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
        self.saver = SaveLine(get_store(store), exercise_id)
        self.checker = checker
        self.template = template
        self.text = labelled_textarea(label, placeholder, rows=8)
        self.template_button = button("Start from a template", "Fill the empty box with a template to adapt")
        self.check_button = button("Check", style="primary")
        self.feedback = W.HTML()
        show = safe(self._show)
        self.template_button.on_click(show(self.use_template))
        self.check_button.on_click(show(self.update))
        saved = self.saver.load(default={})
        if isinstance(saved, dict) and isinstance(saved.get("text"), str):
            self.text.value = saved["text"]
        if not is_blank(self.text.value):
            show(self.update)(save=False)
        self.text.observe(show(self.update), names="value")
        self.widget = exercise_box(
            title,
            [self.text, W.HBox([self.template_button, self.check_button]), self.feedback, self.saver.widget],
            instructions,
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def use_template(self, _button=None) -> None:
        if not is_blank(self.text.value):
            self.feedback.value = message_html(KEEP_DRAFT, "info")
            return
        self.text.value = self.template()

    def update(self, _event=None, save: bool = True) -> None:
        text = clean(self.text.value)
        result = self.checker(text)
        self.feedback.value = feedback_html(result.items(), heading=_summary(result) or "Feedback")
        if save and is_blank(text):
            self.feedback.value += self.saver.nothing("Nothing to save yet: write your message above.")
        elif save:
            done = "placeholders" not in result.codes
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
