"""Exercise 8.1, the first step: who you will write to first, and the date picked on a calendar.

Saved value (exercise id ``"08.1-next-step"``): ``{"who": str, "by": "YYYY-MM-DD" | "", "by_note": str}``.
An older save with the date typed as text is read by :func:`lesson_utils.first_step.migrate`: the
typed words stay visible in the note box, and a date in them is put on the calendar. The logic is
in :mod:`lesson_utils.first_step`; this is only the widgets.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as W

from ..first_step import DATE_LABEL, FIELDS, NOTE_LIMIT, WHO_LIMIT, check, is_complete, migrate, to_date
from ..store import Store
from ..text import clean, is_blank
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, labelled_text, safe, SaveLine, shared_layout
from .tracker import LAYOUT_STYLE

TITLE = "Choose your first step"
INSTRUCTIONS = ("Name the person, and pick the date on the calendar. Saved each time you leave a box or pick a "
                "date. It goes at the top of your plan.")


class FirstStepView(View):
    def __init__(self, exercise_id: str, store: Store | None = None, today: dt.date | None = None):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.today = today
        (who_key, who_label, who_hint), (note_key, note_label, note_hint) = FIELDS
        self.who = labelled_text(who_label, placeholder=who_hint)
        self.by = W.DatePicker(description=DATE_LABEL, value=None, style=label_style(),
                               layout=shared_layout(width="auto"))
        self.by.add_class("atl-stack")
        self.note = labelled_text(note_label, placeholder=note_hint)
        self.save_button = button("Save", style="primary")
        self.notice = html()
        self.feedback = html()

        saved, notice = migrate(self.saver.load(default=None))
        self.who.value = saved["who"]
        self.by.value = to_date(saved["by"])
        self.note.value = saved["by_note"]
        if notice:  # the notice says what happened to the old typed date; the checks follow on the next change
            self.notice.value = feedback_html([("info", notice)])
        elif any(saved.values()):
            self.feedback.value = feedback_html(check(saved, self.today))

        show = safe(self._show)
        self.save_button.on_click(show(self._save))
        for control in (self.who, self.by, self.note):
            control.observe(show(self._save), names="value")
        self.widget = exercise_box(
            TITLE,
            [html(LAYOUT_STYLE), self.who, self.by, self.notice, self.note, self.save_button, self.feedback,
             self.saver.widget],
            INSTRUCTIONS,
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def answers(self) -> dict:
        date = to_date(self.by.value)
        return {"who": clean(self.who.value), "by": date.isoformat() if date else "", "by_note": clean(self.note.value)}

    def _save(self, _change=None) -> None:
        answers = self.answers()
        if is_blank(answers["who"]) and not answers["by"] and is_blank(answers["by_note"]):
            self.feedback.value = self.saver.nothing(
                "Nothing to save yet: name the person and pick a date above.")
            return
        items = check(answers, self.today)
        if len(answers["who"]) > WHO_LIMIT or len(answers["by_note"]) > NOTE_LIMIT:
            items.append(("info", "That is long for a first step. All of it is saved, but one name and a short "
                                  "note are easier to act on."))
        if not is_complete(answers):
            items = [("info", "Some parts are still empty; your answer is saved, come back to it any time.")] + items
        today = self.today or dt.date.today()
        # saved first, then shown: feedback on the screen always means the answer it speaks of is on disk
        if self.saver.save(answers, "done" if is_complete(answers, today) else "in_progress"):
            self.notice.value = ""
        self.feedback.value = feedback_html(items)


def first_step(exercise_id: str, store: Store | None = None, today: dt.date | None = None) -> FirstStepView:
    """Exercise 8.1: the first person you will write to, and the date picked on a calendar."""
    return FirstStepView(exercise_id, store=store, today=today)
