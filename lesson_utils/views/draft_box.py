"""The widget parts lesson 5's message drafters share (the request, the follow-up, the reply to a
no and the connection note): boxes checked as the learner writes, "Start from a template" (which
only fills an empty box) and a Check button, the feedback's one-line summary, and the saved draft
put back in its boxes.
"""

from __future__ import annotations

import ipywidgets as W

from ..store import Store
from ..text import is_blank
from .base import View
from .common import button, exercise_box, get_store, hbox, html, message_html, safe, SaveLine

KEEP_DRAFT = ("Your draft is kept: the template only fills an empty box. To start from the template, "
              "copy your draft somewhere safe, clear the box, and press the button again.")

#: Notes that describe the text itself rather than something to improve.
NEUTRAL_NOTES = {"long_text", "control_characters", "subject_none"}


def summary_line(result) -> str:
    """The heading over a message's feedback: what is left to fix, or that it is ready ("" when empty)."""
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


class DraftView(View):
    """A subclass makes its boxes, then calls :meth:`_build`, and writes ``update`` (check, show,
    save) and ``use_template``."""

    def _build(self, exercise_id: str, store: Store | None, boxes: dict, title: str, instructions: str,
               template_tip: str, check_label: str, check_on_load: tuple = ()) -> None:
        """``boxes`` maps each saved key to its text box, in the order shown. The saved draft is put
        back, and checked (without saving) when one of ``check_on_load`` holds text; every box is
        checked again each time it changes."""
        self.saver = SaveLine(get_store(store), exercise_id)
        self.template_button = button("Start from a template", template_tip)
        self.check_button = button(check_label, style="primary")
        self.feedback = html()
        show = safe(self._show)
        self.template_button.on_click(show(self.use_template))
        self.check_button.on_click(show(self.update))
        saved = self.saver.load(default={})
        if isinstance(saved, dict):
            for key, box in boxes.items():
                if isinstance(saved.get(key), str):
                    box.value = saved[key]
        if any(not is_blank(box.value) for box in check_on_load or boxes.values()):
            show(self.update)(save=False)
        for box in boxes.values():
            box.observe(show(self.update), names="value")
        self.widget = exercise_box(
            title,
            [*boxes.values(), hbox([self.template_button, self.check_button]), self.feedback, self.saver.widget],
            instructions,
        )

    def _show(self, html: str) -> None:
        self.feedback.value = html

    def _keeps_draft(self, box) -> bool:
        """True (after saying so) when ``box`` already holds a draft, which a template never replaces."""
        if is_blank(box.value):
            return False
        # the draft's checks stay in view under the note, which says why nothing changed
        self.update(save=False)
        self.feedback.value = message_html(KEEP_DRAFT, "info") + self.feedback.value
        return True

    def use_template(self, _button=None) -> None:
        raise NotImplementedError

    def update(self, _event=None, save: bool = True) -> None:
        raise NotImplementedError
