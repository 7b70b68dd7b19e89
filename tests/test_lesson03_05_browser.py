"""Lessons 3 and 5 in a real JupyterLab (headless Chromium): fill the exercises, read the feedback.

These share the session's JupyterLab server and browser with the tests in tests/browser/ (the
``page`` and ``lab`` fixtures from tests/browser/fixtures.py). Every wait is on a condition.
Run one by hand: ``python tests/test_lesson03_05_browser.py 03 /tmp/shots``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.browser

SAMPLE = {
    "who": "I'm Sam Okafor, and I've taught secondary-school science for eight years.",
    "doing": "I'm exploring a move into designing training for adults at work.",
    "why_them": "Ana Ruiz at the public library told me you moved from teaching into training design.",
    "learn": "I'd love to learn how you made that move <script>alert(1)</script>",
}


@pytest.mark.parametrize("scenario", ["03", "05"])
def test_lesson_in_the_browser(scenario, page, lab, shots_dir):
    from tests.browser import lab_driver

    {"03": lesson03, "05": lesson05}[scenario](page, lab, shots_dir, lab_driver)
    problems = lab_driver.page_problems(page)
    assert not problems, problems


# ------------------------------------------------------------------ scenarios
def show_every_cell(page) -> None:
    """Lab renders only the cells in view: make the view as tall as the notebook so all are there."""
    from tests.browser import lab_driver

    page.set_viewport_size({"width": 1280, "height": page.viewport_size["height"]})
    lab_driver.grow_viewport(page, lab_driver.notebook_height(page) + 200)


def lesson03(page, server, shots: Path, lab_driver) -> None:
    lab_driver.open_notebook(page, server, "notebooks/03_know_what_you_want.ipynb")
    lab_driver.run_all(page)
    show_every_cell(page)
    exercise = page.locator(".atl-exercise", has_text="Build your introduction").first
    boxes = exercise.locator(".widget-textarea textarea")
    lab_driver.wait_visible(boxes, "the introduction builder's boxes", 60)
    assert boxes.count() == 4
    for n, key in enumerate(("who", "doing", "why_them", "learn")):
        boxes.nth(n).fill(SAMPLE[key])
        boxes.nth(n).press("Tab")
    exercise.locator("button.jupyter-button", has_text="Put it together and check").click()
    # Each box updates the result as it is left; wait for the one built from all four.
    result = exercise.locator(".widget-html-content", has_text="To learn how you made that move")
    lab_driver.wait_visible(result, "the introduction built from all four boxes", 90)
    text = result.inner_text()
    assert "Your introduction (about" in text and "Purpose of the meeting:" in text
    assert "<script>alert(1)</script>" in text, "learner markup is shown as text, not run"
    assert exercise.locator(".widget-html-content", has_text="Saved at").count() >= 1
    lab_driver.settled(page)
    exercise.screenshot(path=str(shots / "03_intro_builder_filled.png"))
    saved = json.loads((server.data_dir / "work" / "03.1-introduction.json").read_text())
    assert saved["value"]["learn"] == SAMPLE["learn"]


def lesson05(page, server, shots: Path, lab_driver) -> None:
    lab_driver.open_notebook(page, server, "notebooks/05_asking_for_the_meeting.ipynb")
    lab_driver.run_all(page)
    show_every_cell(page)
    exercise = page.locator(".atl-exercise", has_text="Draft your request for a meeting").first
    exercise.locator("button.jupyter-button", has_text="Start from a template").click()
    lab_driver.wait_visible(exercise.locator(".widget-html-content", has_text="square brackets"),
                            "the template's note about square brackets", 90)
    body = exercise.locator(".widget-textarea textarea")
    assert "[their name]" in body.input_value()
    body.fill("Dear Ms Chen,\n\nCan you refer clients to me? My resume is attached.\n\nSam")
    body.press("Tab")
    fixes = exercise.locator(".widget-html-content", has_text="leave the resume out")
    lab_driver.wait_visible(fixes, "the advice to leave the resume out", 90)
    assert "request for clients" in fixes.inner_text()
    lab_driver.settled(page)
    exercise.screenshot(path=str(shots / "05_request_drafter_fixes.png"))
    saved = json.loads((server.data_dir / "work" / "05.2-request-email.json").read_text())
    assert "refer clients" in saved["value"]["body"]
    assert saved["status"] == "in_progress"  # the subject still has a [placeholder]

    note = page.locator(".atl-exercise", has_text="Draft your reply to a no").first
    note.locator("button.jupyter-button", has_text="Start from a template").click()
    lab_driver.wait_visible(note.locator(".widget-html-content", has_text="You ask who else might help"),
                            "the reply-to-a-no template", 90)
    lab_driver.settled(page)
    note.screenshot(path=str(shots / "05_decline_template.png"))


def main(scenario: str, shots: str) -> int:
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from tests.browser import lab_driver

    out = Path(shots)
    out.mkdir(parents=True, exist_ok=True)
    run = {"03": lesson03, "05": lesson05}[scenario]
    with lab_driver.Server("lab", ROOT) as server, sync_playwright() as p:
        browser = lab_driver.launch(p)
        try:
            page = lab_driver.new_page(browser)
            run(page, server, out, lab_driver)
            problems = lab_driver.page_problems(page)
            assert not problems, problems
        finally:
            server.shutdown_sessions()
            browser.close()
    print(f"lesson {scenario}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
