"""Lesson 3 in a real JupyterLab (headless Chromium): build an introduction and see the feedback."""

from __future__ import annotations

import json
import time

import pytest

from tests.browser import lab_driver
from tests.browser.conftest import browser, lab, page, shots_dir  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

SAMPLE = {
    "who": "I'm Sam Okafor, and I've taught secondary-school science for eight years.",
    "doing": "I'm exploring a move into designing training for adults at work.",
    "why_them": "Ana Ruiz at the public library told me you moved from teaching into training design.",
    "learn": "I'd love to learn how you made that move <script>alert(1)</script>",
}


def test_build_an_introduction_in_the_browser(page, lab, shots_dir):  # noqa: F811
    lab_driver.open_notebook(page, lab, "notebooks/03_know_what_you_want.ipynb")
    lab_driver.run_all(page)
    exercise = page.locator(".atl-exercise", has_text="Build your introduction").first
    boxes = exercise.locator(".widget-textarea textarea")
    assert boxes.count() == 4
    for n, key in enumerate(("who", "doing", "why_them", "learn")):
        boxes.nth(n).fill(SAMPLE[key])
        boxes.nth(n).press("Tab")
    exercise.locator("button.jupyter-button", has_text="Put it together and check").click()
    result = exercise.locator(".widget-html-content", has_text="Your introduction (about")
    result.wait_for(timeout=30_000)
    text = result.inner_text()
    assert "Your introduction (about" in text and "To learn how you made that move" in text
    assert "<script>alert(1)</script>" in text, "learner markup is shown as text, not run"
    assert exercise.locator(".widget-html-content", has_text="Saved at").count() >= 1
    time.sleep(0.3)
    exercise.screenshot(path=str(shots_dir / "03_intro_builder_filled.png"))
    saved = json.loads((lab.data_dir / "work" / "03.1-introduction.json").read_text())
    assert saved["value"]["learn"] == SAMPLE["learn"]
    assert not lab_driver.page_problems(page)
