"""The question bank (lesson 4): browse example questions by kind and add one to your list."""

from __future__ import annotations

import ipywidgets as W

from .. import drafter as D
from .. import question_bank as Q
from ..store import Store
from ..text import escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, safe, shared_layout
from .drafter import EXERCISE_ID as DRAFTER_ID
from .drafter import live_drafter


# A stacked drop-down keeps its one-line height, so its label would push the list over the text below.
_CSS = """<style>
.atl-bank-kind.widget-dropdown { height: auto; }
.atl-bank-kind.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); }
</style>"""


class QuestionBank(View):
    def __init__(self, store: Store | None = None, drafter_id: str = DRAFTER_ID):
        self.store = get_store(store)
        self.drafter_id = drafter_id
        self.kinds = Q.kinds()
        self.kind = W.Dropdown(options=[(k.label, k.kind) for k in self.kinds], value=self.kinds[0].kind,
                               description="Kind of question", style=label_style(),
                               layout=shared_layout(width="100%", max_width="420px"),
                               _dom_classes=("atl-stack", "atl-bank-kind"))
        self.about = html()
        self.example = W.RadioButtons(options=[], description="Examples", layout=shared_layout(width="100%"),
                                      style=label_style(), _dom_classes=("atl-stack", "atl-radio"))
        self.add_button = button("Add to my questions", style="primary")
        self.message = html()
        show = safe(self._show)
        self.kind.observe(show(self._kind_changed), names="value")
        self.add_button.on_click(show(self._add))
        self._kind_changed()
        self.widget = exercise_box(
            "The question bank",
            [html(_CSS), self.kind, self.about, self.example, self.add_button, self.message],
            "Choose a kind to see examples from many fields. Pick one and press Add to my questions to put it "
            "at the end of your list in the drafter; adapt it to your field there.",
        )

    def _show(self, html: str) -> None:
        self.message.value = html

    def _kind_changed(self, _change=None) -> None:
        k = next(k for k in self.kinds if k.kind == self.kind.value)
        self.about.value = f'<div class="atl-muted">{escape(k.about)}</div>'
        self.example.options = [(f"{e.text} ({e.field})", e.text) for e in k.examples]
        self.example.value = k.examples[0].text

    def _add(self, _b=None) -> None:
        text = self.example.value
        if not text:
            self.message.value = feedback_html([("info", "Pick an example first.")])
            return
        drafter = live_drafter(self.store, self.drafter_id)
        if drafter is not None:
            change = drafter.add_text(text)
            where = "in the question drafter above"
        else:
            questions, minutes = D.from_value(self.store.value(self.drafter_id))
            change = D.add(questions, text)
            if change.ok:
                self.store.save(self.drafter_id, D.to_value(change.questions, minutes), D.status(change.questions))
            where = "(run the question drafter's cell again to see it)"
        if change.ok:
            self.message.value = feedback_html([("good", f"Added as question {len(change.questions)} of your list "
                                                         f"{where}. Adapt its wording to your own field there.")])
        else:
            self.message.value = feedback_html([("info", change.message)])


def question_bank(store: Store | None = None) -> QuestionBank:
    return QuestionBank(store)
