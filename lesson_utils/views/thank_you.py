"""The thank-you note drafter: write the note, say when you'll send it, get worded checks.

Saved value (exercise id such as ``"07.2-thank-you"``)::

    {"note": str, "hours": int | None, "intro_offered": bool, "resume_offered": bool,
     "words": int, "passed": bool}

Status is ``"done"`` when every check passes, else ``"in_progress"``.
"""

from __future__ import annotations

import ipywidgets as W

from ..store import Store
from ..text import clean
from ..thank_you import WHEN_CHOICES, check_thank_you
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, labelled_textarea, safe, SaveLine, shared_layout, style_for

PLACEHOLDER = (
    "Dear [their name],\n\nThank you for meeting me on [day]. Your point about ...\n\nThis week I'll ...\n\n"
    "Thank you too for offering to introduce me to ...\n\nBest wishes,\n[your name]"
)


#: Local layout fixes: a stacked Dropdown needs room for its label, and HTML reads better with normal line spacing.
LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown { height: auto !important; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }</style>"
)


#: The menu's "not chosen yet" entry (a None value would show an empty menu).
NOT_CHOSEN = -1


def _checkbox(label: str) -> W.Checkbox:
    return W.Checkbox(value=False, description=label, indent=False, layout=shared_layout(width="auto"),
                      style=style_for(W.Checkbox))


class ThankYouDrafter(View):
    def __init__(self, exercise_id: str, store: Store | None = None, title: str = "Draft your thank-you note"):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.when = W.Dropdown(
            options=[("Choose when you will send it", NOT_CHOSEN)] + [(label, hours) for label, hours in WHEN_CHOICES],
            value=NOT_CHOSEN,
            description="When will you send it?",
            style=label_style(),
            layout=shared_layout(width="auto"),
        )
        self.when.add_class("atl-stack")
        self.intro_offered = _checkbox("They offered to introduce me to someone")
        self.resume_offered = _checkbox("They asked me to send my resume")
        self.note = labelled_textarea("Your thank-you note (an email)", placeholder=PLACEHOLDER, rows=10)
        self.check_button = button("Check my note", style="primary")
        self.summary = html()
        self.feedback = html()
        show = safe(self._show)
        self.check_button.on_click(show(self._check))
        saved = self.saver.load(default=None)
        if isinstance(saved, dict):
            if isinstance(saved.get("note"), str):
                self.note.value = saved["note"]
            if saved.get("hours") in [h for _, h in WHEN_CHOICES]:
                self.when.value = saved["hours"]
            self.intro_offered.value = saved.get("intro_offered") is True
            self.resume_offered.value = saved.get("resume_offered") is True
            if self.note.value.strip():
                self._check(save=False)
        # leaving the note box saves it (and checks it) so nothing typed is lost
        self.note.observe(show(self._check), names="value")
        self.widget = exercise_box(
            title,
            [html(LAYOUT_STYLE), self.when, self.intro_offered, self.resume_offered, self.note, self.check_button,
             self.summary, self.feedback, self.saver.widget],
            "Tick what happened in the meeting, choose when you'll send the note, write it, and press Check my note.",
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def value(self) -> dict:
        return {
            "note": clean(self.note.value),
            "hours": None if self.when.value == NOT_CHOSEN else self.when.value,
            "intro_offered": bool(self.intro_offered.value),
            "resume_offered": bool(self.resume_offered.value),
        }

    def _check(self, _event=None, save: bool = True) -> None:
        answer = self.value()
        report = check_thank_you(answer["note"], answer["hours"], answer["intro_offered"], answer["resume_offered"])
        if report.blank:  # one message, not three ways of saying the box is empty
            self.summary.value = ""
            self.feedback.value = (self.saver.nothing("Nothing to save yet: write your note above, then check it.") if save
                                   else feedback_html([("info", report.summary())]))
            return
        self.summary.value = feedback_html([("good" if report.passed else "info", report.summary())])
        self.feedback.value = feedback_html(report.items())
        if save:
            answer.update(words=report.words, passed=report.passed)
            self.saver.save(answer, "done" if report.passed else "in_progress")


def thank_you_drafter(exercise_id: str, store: Store | None = None) -> ThankYouDrafter:
    return ThankYouDrafter(exercise_id, store)
