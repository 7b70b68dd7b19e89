"""Lesson 5 in a real JupyterLab (headless Chromium): draft a request from the template and check it."""

from __future__ import annotations

import json
import time

import pytest

from tests.browser import lab_driver
from tests.browser.conftest import browser, lab, page, shots_dir  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def test_draft_a_request_in_the_browser(page, lab, shots_dir):  # noqa: F811
    lab_driver.open_notebook(page, lab, "notebooks/05_asking_for_the_meeting.ipynb")
    lab_driver.run_all(page)
    exercise = page.locator(".atl-exercise", has_text="Draft your request for a meeting").first
    exercise.locator("button.jupyter-button", has_text="Start from a template").click()
    feedback = exercise.locator(".widget-html-content", has_text="square brackets")
    feedback.wait_for(timeout=30_000)
    body = exercise.locator(".widget-textarea textarea")
    assert "[their name]" in body.input_value()
    body.fill("Dear Ms Chen,\n\nCan you refer clients to me? My resume is attached.\n\nSam")
    body.press("Tab")
    fixes = exercise.locator(".widget-html-content", has_text="leave the resume out")
    fixes.wait_for(timeout=30_000)
    assert "request for clients" in fixes.inner_text()
    time.sleep(0.3)
    exercise.screenshot(path=str(shots_dir / "05_request_drafter_fixes.png"))
    saved = json.loads((lab.data_dir / "work" / "05.2-request-email.json").read_text())
    assert "refer clients" in saved["value"]["body"] and saved["status"] == "in_progress"  # the subject still has a [placeholder]

    note = page.locator(".atl-exercise", has_text="Draft your reply to a no").first
    note.locator("button.jupyter-button", has_text="Start from a template").click()
    note.locator(".widget-html-content", has_text="You ask who else might help").wait_for(timeout=30_000)
    time.sleep(0.3)
    note.screenshot(path=str(shots_dir / "05_decline_template.png"))
    assert not lab_driver.page_problems(page)
