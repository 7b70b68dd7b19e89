"""Keyboard-only use of the conversation simulator in JupyterLab: reach each control with Tab, act with
arrow keys, Space and Enter. (The drafter's keyboard test is in test_drafter_browser.py.)"""

from __future__ import annotations

import pytest

from . import lab_driver

pytestmark = pytest.mark.browser


def _active(page) -> dict:
    return page.evaluate(
        "() => { const a = document.activeElement; return a ? {tag: a.tagName, type: a.type || '',"
        " text: (a.innerText || a.value || '').trim().slice(0, 80)} : {}; }"
    )


def test_simulator_with_the_keyboard_only(page, lab):
    lab_driver.open_notebook(page, lab, "notebooks/06_running_the_conversation.ipynb")
    lab_driver.run_all(page)
    sim = page.locator(".atl-exercise", has=page.locator("button.jupyter-button", has_text="Say this")).first
    sim.scroll_into_view_if_needed()
    transcript_before = sim.inner_text()
    first_radio = sim.locator(".widget-radio-box input[type=radio]").first
    first_radio.focus()
    page.keyboard.press("Space")  # choose the focused option
    lab_driver.wait_count(sim.locator(".widget-radio-box input[type=radio]:checked"), 1,
                          "one option to be chosen after Space", 20)
    assert sim.locator(".widget-radio-box input[type=radio]:checked").count() == 1
    # Tab from the choices must reach "Say this" (the next control), and Enter must press it.
    for _ in range(6):
        page.keyboard.press("Tab")
        if _active(page).get("text") == "Say this":
            break
    assert _active(page).get("text") == "Say this", _active(page)
    page.keyboard.press("Enter")
    try:
        lab_driver.wait_until(lambda: sim.inner_text() != transcript_before,
                              "the transcript to change after Enter on Say this", 30)
    except lab_driver.WaitTimeout:
        pass  # the assertion below says what went wrong
    assert sim.inner_text() != transcript_before, "pressing Enter on Say this did nothing"
    assert not lab_driver.page_problems(page)
