"""Layout and messages as a learner sees them: simulator choices laid out as in the quizzes, each message
beside the control that caused it, an empty save that says only "Nothing to save yet", and no sideways
scrolling in JupyterLab at its usual width.

Waits are on conditions (an element, a text, the kernel's state), never on fixed sleeps.
"""

from __future__ import annotations

import pytest

from . import lab_driver
from .course_server import sideways

pytestmark = pytest.mark.browser


@pytest.fixture
def app(course_app):
    """The session's `make app` server (fixtures.course_app), with an empty learner data folder."""
    course_app.clear_data()
    return course_app


def _open(browser, app, lesson: str):
    page = lab_driver.new_page(browser, width=1024)
    page.goto(f"{app.base}/voila/render/{lesson}.ipynb", wait_until="domcontentloaded")
    page.wait_for_selector(".atl-exercise", timeout=120_000)
    page.wait_for_function("() => !document.querySelector('#loading') || "
                           "getComputedStyle(document.querySelector('#loading')).display === 'none'", timeout=120_000)
    return page


# Where each radio circle sits: its left edge against its label's, and against the start of its text.
_RADIOS = """
(selector) => [...document.querySelectorAll(selector + ' .widget-radio-box label')].map(l => {
  const input = l.querySelector('input').getBoundingClientRect();
  const node = [...l.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
  const range = document.createRange();
  range.selectNodeContents(node);
  const text = range.getClientRects()[0];
  return {offset: input.left - l.getBoundingClientRect().left, left: input.left, right: input.right,
          textLeft: text.left, top: input.top, textTop: text.top,
          middle: input.top + input.height / 2, textMiddle: text.top + text.height / 2};
})
"""


def test_simulator_circles_sit_left_of_their_text_and_line_up_as_in_the_quiz(browser, app):
    page = _open(browser, app, "06_running_the_conversation")
    try:
        page.wait_for_selector(".atl-sim-choice .widget-radio-box label input", timeout=60_000)
        sim = page.evaluate(_RADIOS, ".atl-sim-choice")
        quiz = page.evaluate(_RADIOS, ".atl-radio:not(.atl-sim-choice)")
        assert len(sim) >= 2 and quiz
        for r in sim:
            assert r["right"] <= r["textLeft"], f"a circle is not left of its text: {r}"
            assert abs(r["top"] - r["textTop"]) < 12, f"a circle is not on its text's first line: {r}"
        for r in sim + quiz:  # a walker saw the circles sit 5 px below their line's middle
            assert abs(r["middle"] - r["textMiddle"]) <= 2, f"a circle is not centred on its text's first line: {r}"
        assert max(r["left"] for r in sim) - min(r["left"] for r in sim) <= 1, "the circles do not line up"
        assert abs(sim[0]["offset"] - quiz[0]["offset"]) <= 1, "the simulator's circles sit unlike the quiz's"
    finally:
        page.close()


def _drafter_add(page, root, question: str) -> None:
    root.locator(".widget-textarea textarea").first.fill(question)
    root.locator("button.jupyter-button", has_text="Add to my list").click()
    root.locator(".widget-html-content", has_text=f"review of: “{question}").wait_for(timeout=60_000)


def test_drafter_messages_appear_beside_the_button_pressed(browser, app):
    page = _open(browser, app, "04_drafting_questions")
    try:
        root = page.locator(".atl-exercise", has_text="The question drafter").first
        _drafter_add(page, root, "What does a typical week look like for you as a site supervisor?")
        _drafter_add(page, root, "Which skills does a plumber need most?")
        root.get_by_role("button", name="Delete", exact=True).click()
        # The line right after the row of list buttons says what Delete did ...
        page.wait_for_function(
            """() => { const root = [...document.querySelectorAll('.atl-exercise')].find(e => e.innerText.includes('The question drafter'));
                       const del = [...root.querySelectorAll('button.jupyter-button')].find(b => b.innerText.trim() === 'Delete');
                       const after = del.closest('.widget-hbox').nextElementSibling;
                       return after && after.innerText.includes('Deleted question 2'); }""", timeout=60_000)
        # ... and the message under Add is gone: only the newest message shows.
        texts = root.locator(".widget-html-content").all_inner_texts()
        assert not [t for t in texts if "Added" in t and "question 2 of your list" in t]
        assert sum("Deleted question 2" in t for t in texts) == 1
    finally:
        page.close()


def test_a_long_unbroken_word_wraps_inside_the_list(browser, app):
    """A pasted link or a word with no spaces wraps inside the list's table: the kind and the verdict
    columns stay in view, inside the exercise."""
    page = _open(browser, app, "04_drafting_questions")
    try:
        root = page.locator(".atl-exercise", has_text="The question drafter").first
        _drafter_add(page, root, "https://example.org/" + "averyveryverylongpathwithoutanyspaces" * 4 + "?")
        overflow = page.evaluate(
            """() => { const root = [...document.querySelectorAll('.atl-exercise')].find(e => e.innerText.includes('The question drafter'));
                       const box = root.getBoundingClientRect();
                       return [...root.querySelectorAll('table, td')].filter(e => e.getBoundingClientRect().right > box.right + 0.5).length; }""")
        assert overflow == 0
        assert sideways(page) == []
    finally:
        page.close()


def test_an_empty_save_says_nothing_to_save_beside_the_button(browser, app):
    page = _open(browser, app, "01_why_ask_to_learn")
    try:
        root = page.locator(".atl-exercise", has=page.locator("button.jupyter-button", has_text="Save")).first
        root.locator("button.jupyter-button", has_text="Save").first.click()
        page.wait_for_function(
            """() => [...document.querySelectorAll('button.jupyter-button')].filter(b => b.innerText.trim() === 'Save')
                 .some(b => b.nextElementSibling && b.nextElementSibling.innerText.includes('Nothing to save yet'))""",
            timeout=60_000)
        text = root.inner_text()
        assert "Nothing to save yet" in text and "Saved at" not in text and "✓" not in text
    finally:
        page.close()


# Reads the lesson after the Run All it shares with the smoke and axe tests (fixtures.lab_lesson).
@pytest.mark.parametrize("lab_lesson", ["02_the_meeting_that_went_wrong", "04_drafting_questions",
                                        "06_running_the_conversation"], indirect=True)
def test_nothing_scrolls_sideways_in_jupyterlab_at_its_usual_width(lab_lesson):
    page = lab_lesson.page
    page.wait_for_selector(".atl-exercise", state="attached", timeout=90_000)
    assert sideways(page) == []
    too_wide = page.evaluate(
        """() => [...document.querySelectorAll('.atl-exercise')].filter(e => {
             const cell = e.closest('.jp-OutputArea-output');
             return cell && e.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5; }).length""")
    assert too_wide == 0
    assert not lab_driver.page_problems(page)
