"""Keyboard-only use of "Rehearse my meeting" (exercise 6.2) in JupyterLab: with no saved plan, start the sample plan
with Enter, then choose a line and say it with Tab and Enter; focus stays visible. Waits on conditions only."""

from __future__ import annotations

import pytest

from . import lab_driver
from .a11y import run_axe

pytestmark = pytest.mark.browser

# Lab draws only the cells near the view: scroll a little further on each poll until the exercise is drawn.
FIND = """() => { if (document.querySelector('.atl-rehearsal')) return true;
  document.querySelectorAll('.jp-WindowedPanel-outer').forEach(e => { e.scrollTop += 400; }); return false; }"""
ACTIVE = "() => { const a = document.activeElement; return a ? (a.innerText || a.value || '').trim() : ''; }"
FOCUS_SHOWN = """() => { const s = getComputedStyle(document.activeElement);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }"""


def test_rehearsal_with_the_keyboard_only(page, lab):
    lab_driver.open_notebook(page, lab, "notebooks/06_running_the_conversation.ipynb")
    lab_driver.run_all(page)
    page.wait_for_function(FIND, polling=250, timeout=60_000)
    box = page.locator(".atl-rehearsal")
    box.scroll_into_view_if_needed()
    assert "sample plan" in box.inner_text()  # the test server's data folder is empty
    sample = box.locator("button.jupyter-button", has_text="Try the short sample plan")
    sample.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('.atl-rehearsal .widget-radio-box input').length >= 2",
                           timeout=30_000)
    box.locator(".widget-radio-box input[type=radio]").first.focus()
    page.keyboard.press("Space")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE) == "Say it":
            break
    assert page.evaluate(ACTIVE) == "Say it"
    assert page.evaluate(FOCUS_SHOWN), "the focused button shows no focus ring"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.atl-rehearsal').innerText.includes('You: I\\'m Sam Okafor')",
                           timeout=30_000)
    assert run_axe(page, ".atl-rehearsal") == []
    assert not lab_driver.page_problems(page)
