"""The setup check widget of 00_start_here: the checks, then a live widget test."""

from __future__ import annotations

import ipywidgets as W

from .. import browser_mode
from ..app_mode import in_app
from ..check import run_checks
from ..store import Store
from ..text import escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, safe, SaveLine, shared_layout

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


def browser_banner_html(state: str) -> str:
    """The browser mode, said at the top of the setup check; a loud warning when work is not kept."""
    if state == browser_mode.NOT_KEPT:
        return (
            '<div role="alert" class="atl-warn" style="border:3px solid #8a0000;background:#fff0f0;'
            'padding:8px 12px;margin:4px 0 8px 0;font-size:1.1em">'
            "<strong>⚠ Your work is NOT being saved.</strong> This page was opened from an address the "
            "browser does not trust with storage, so everything you type is lost when you reload or close "
            "it. Open the course from an https:// address (or localhost on this computer), and ask your "
            "instructor for it. Until then, export your plan in lesson 8 before you leave.</div>"
        )
    return feedback_html([("info", "You are using the course in your browser: nothing is installed. "
                                   "Your work is saved in this browser only, on this computer. Clearing the "
                                   "browser's data erases it; export your plan in lesson 8 to keep a copy.")])


class SetupCheck(View):
    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.results = run_checks()
        short = in_app() and all(r.ok for r in self.results)
        if short:
            # the app hides how the course runs: one line in words instead of package names and versions
            self.table = html(feedback_html([("good", "Everything the course needs is installed and working.")]))
        else:
            self.table = html(checks_table_html(self.results))
        self.in_browser = browser_mode.in_browser()
        self.storage = browser_mode.current_storage_state() if self.in_browser else None
        self.banner = html(browser_banner_html(self.storage) if self.in_browser else "")
        # A dropdown rather than a slider: ipywidgets' slider handle has no accessible name.
        self.slider = W.Dropdown(
            options=list(range(1, 11)), value=3, description="Pick a number",
            style=label_style(), layout=shared_layout(width="max-content"),
        )
        self.test_button = button("Try the buttons", style="primary")
        self.answer = html(
            feedback_html([("info", "Pick a number, then press “Try the buttons”.")])
        )
        self.test_button.on_click(safe(self._show)(self._test))
        self.widget = exercise_box(
            "Setup check",
            [self.banner, self.table, html("<p><strong>Live test.</strong> Pick a number and press the button: "
                                "the course should answer at once.</p>"),
             self.slider, self.test_button, self.answer, self.saver.widget],
            "A quick check that the course works here." if short else "Each line below should say OK.",
        )

    def _show(self, html: str) -> None:
        self.answer.value = html

    def _test(self, _button=None) -> None:
        problems = [r for r in self.results if not r.ok]
        items = [("good", f"The buttons work: the course received your number, {self.slider.value}, and answered.")]
        if self.storage == browser_mode.NOT_KEPT:
            items.append(("warn", "Your work is NOT being saved on this page: see the warning at the top."))
        if problems:
            n = len(problems)
            items.append(("fix", f"{n} check{'s' if n != 1 else ''} above need{'s' if n == 1 else ''} attention before the exercises will save."))
        else:
            items.append(("good", "You are ready for lesson 1."))
        self.answer.value = feedback_html(items)
        self.saver.save({"slider": self.slider.value, "problems": len(problems)}, "done")


def setup_check(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> SetupCheck:
    return SetupCheck(exercise_id, store)
