"""Lesson 4's question drafter in a real JupyterLab (headless Chromium): type, Add, see the coach's review,
with the mouse and with the keyboard only."""

from __future__ import annotations

import json
import pytest

from . import lab_driver

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/04_drafting_questions.ipynb"


def _open(page, lab):  # noqa: F811
    lab_driver.open_notebook(page, lab, NOTEBOOK)
    lab_driver.run_all(page)
    drafter = page.locator(".atl-exercise", has_text="The question drafter").first
    box = drafter.locator(".widget-textarea textarea").first
    lab_driver.wait_visible(box, "the drafter's text box", 60)
    return drafter, box


def _review(drafter, question: str):
    review = drafter.locator(".widget-html-content", has_text=f"review of: “{question}")
    lab_driver.wait_visible(review, f"the coach's review of {question!r}", 60)
    return review.inner_text()


def test_type_add_and_see_the_review(page, lab, shots_dir):  # noqa: F811
    drafter, box = _open(page, lab)
    question = "Can you refer clients to me? <b>now</b>"
    box.fill(question)
    drafter.locator("button.jupyter-button", has_text="Add to my list").click()
    text = _review(drafter, question)
    assert "Kind of question: Not a learning question" in text
    assert "Asks for a favour" in text and "Try instead:" in text
    assert "<b>now</b>" in text, "learner markup is shown as text, not rendered"
    lab_driver.wait_visible(drafter.locator(".widget-html-content", has_text="Saved at"), "the 'Saved at' note", 30)
    saved = json.loads((lab.data_dir / "work" / "04.1-question-drafter.json").read_text())
    assert saved["value"]["questions"][-1] == {"text": question, "topic": "none", "flags": ["asks_for_favor"]}
    lab_driver.settled(page)
    drafter.screenshot(path=str(shots_dir / "04_drafter_added.png"))
    assert not lab_driver.page_problems(page)


def test_keyboard_only(page, lab):  # noqa: F811
    drafter, box = _open(page, lab)
    question = "What does it take to get started as a freelance bookkeeper?"
    box.focus()
    page.keyboard.type(question)
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement && document.activeElement.innerText")
    assert focused and focused.strip() == "Add to my list", f"Tab went to {focused!r}"
    page.keyboard.press("Enter")
    text = _review(drafter, question)
    assert "Kind of question: Breaking in" in text
    assert "✓ Good:" in text
    assert not lab_driver.page_problems(page)


def test_an_exercise_run_before_the_setup_cell_says_what_to_do(page, lab, shots_dir):  # noqa: F811
    """Reopened (or after a restart), a learner runs the drafter's cell on its own: one sentence says to
    run the setup first, never a Python traceback. The kernel configuration `make` writes does this."""
    from lesson_utils import setup_hint
    if not setup_hint.kernel_config().exists():
        pytest.skip("not the environment make built (no kernel configuration written there)")
    lab_driver.open_notebook(page, lab, NOTEBOOK)
    cell = page.locator(".jp-Notebook .jp-CodeCell", has_text='question_drafter("04.1-question-drafter")').first
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    shown = cell.locator(".jp-OutputArea-output", has_text="This cell needs the lesson's setup first")
    lab_driver.wait_visible(shown, "the setup hint under the drafter's cell", 90)
    text = cell.locator(".jp-OutputArea").inner_text()
    assert "Traceback" not in text and "NameError" not in text and "question_drafter" not in text, text
    lab_driver.settled(page)
    cell.screenshot(path=str(shots_dir / "04_setup_hint.png"))


def test_text_it_cannot_read_is_not_checked_and_the_table_reads_whole(page, lab, shots_dir):  # noqa: F811
    drafter, box = _open(page, lab)
    add = drafter.locator("button.jupyter-button", has_text="Add to my list")
    shadow = "Could I shadow you on one of your safety walks to see how you spot hazards?"
    box.fill(shadow)
    add.click()
    assert "Not a learning question (a request for the close" in _review(drafter, shadow)
    box.fill("ما هي المهارات التي يحتاجها مدير السلامة؟")
    add.click()
    text = _review(drafter, "ما هي المهارات التي يحتاجها مدير السلامة؟")
    assert "Kind of question: Not checked (the checker reads English)" in text
    table = drafter.locator("table.atl-qtable")
    lab_driver.wait_visible(table.locator("td", has_text="Not checked: write it in English"), "the list's verdict", 30)
    lines = page.evaluate("""() => [...document.querySelectorAll('table.atl-qtable th')].map(th => {
        const r = document.createRange(); r.selectNodeContents(th); return r.getClientRects().length; })""")
    assert lines and all(n == 1 for n in lines), f"a column heading wraps: {lines}"
    lab_driver.settled(page)
    drafter.screenshot(path=str(shots_dir / "04_drafter_not_checked.png"))
    assert not lab_driver.page_problems(page)
