"""The setup check widget of 00_start_here: the checks, then a live widget test."""

from __future__ import annotations

import ipywidgets as W

from ..check import run_checks
from ..store import Store
from ..text import escape
from .base import View
from .common import SaveLine, button, exercise_box, feedback_html, get_store, safe

EXERCISE_ID = "00.1-setup-check"


def checks_table_html(results) -> str:
    rows = []
    for r in results:
        state = "✓ OK" if r.ok else "✗ Problem"
        detail = escape(r.detail) + (f"<br><em>What to do:</em> {escape(r.fix)}" if not r.ok and r.fix else "")
        rows.append(f"<tr><td>{escape(r.name)}</td><td><strong>{state}</strong></td><td>{detail}</td></tr>")
    return (
        '<table class="atl-table"><thead><tr><th scope="col">Check</th><th scope="col">Result</th>'
        '<th scope="col">Details</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )


class SetupCheck(View):
    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.results = run_checks()
        self.table = W.HTML(checks_table_html(self.results))
        # A dropdown rather than a slider: ipywidgets' slider handle has no accessible name.
        self.slider = W.Dropdown(
            options=list(range(1, 11)), value=3, description="Pick a number",
            style={"description_width": "initial"}, layout=W.Layout(width="max-content"),
        )
        self.test_button = button("Test the widgets", style="primary")
        self.answer = W.HTML(
            feedback_html([("info", "Pick a number, then press “Test the widgets”.")])
        )
        self.test_button.on_click(safe(self._show)(self._test))
        self.widget = exercise_box(
            "Setup check",
            [self.table, W.HTML("<p><strong>Live test.</strong> This part needs your browser and the "
                                "Python kernel to talk to each other.</p>"),
             self.slider, self.test_button, self.answer, self.saver.widget],
            "Each line below should say OK.",
        )

    def _show(self, html: str) -> None:
        self.answer.value = html

    def _test(self, _button=None) -> None:
        problems = [r for r in self.results if not r.ok]
        items = [("good", f"Widgets work: Python received your number, {self.slider.value}, and answered.")]
        if problems:
            items.append(("fix", f"{len(problems)} check(s) above need attention before the exercises will save."))
        else:
            items.append(("good", "You are ready for lesson 1."))
        self.answer.value = feedback_html(items)
        self.saver.save({"slider": self.slider.value, "problems": len(problems)}, "done")


def setup_check(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> SetupCheck:
    return SetupCheck(exercise_id, store)
