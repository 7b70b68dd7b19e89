"""Lesson 4's rewrite drill in a real JupyterLab: a learner who types fast and clicks at once loses nothing.

Typed text reaches the kernel when the box loses focus (the click that follows), in order on the same
channel as the click; this checks it end to end, for a check right after typing and for typing straight
after "Next question"."""

from __future__ import annotations

import json
import time

import pytest

from . import lab_driver

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/04_drafting_questions.ipynb"
UNCHECKED = "Which skills from warehouse work carry over best to logistics analysis?"
REWRITES = [  # each on its question's subject (the drill's first three: job, clients, advice)
    "Which part of your job gives you the most satisfaction?",
    "How did you decide which clients to take on when you started?",
    "What does a good first year look like for someone new in your role?",
]


def test_fast_typing_then_check_saves_every_rewrite(page, lab, shots_dir):  # noqa: F811
    lab_driver.open_notebook(page, lab, NOTEBOOK)
    lab_driver.run_all(page)
    drill = page.locator(".atl-exercise", has_text="Rewrite drill").first
    box = drill.locator(".widget-textarea textarea").first
    lab_driver.wait_visible(box, "the rewrite drill's text box", 60)
    check = drill.locator("button.jupyter-button", has_text="Check my rewrite")
    nxt = drill.locator("button.jupyter-button", has_text="Next question")
    for n, text in enumerate(REWRITES, 1):
        lab_driver.wait_visible(drill.locator(".widget-html-content", has_text=f"Question {n} of"),
                                f"question {n} of the drill", 60)
        box.click()
        page.keyboard.type(text)  # no delay between keys
        check.click()  # at once: the box loses focus with this click
        lab_driver.wait_visible(drill.locator(".widget-html-content", has_text=f"{n} of 8 rewritten well"),
                                f"the drill counting rewrite {n}", 60)
        if n < len(REWRITES):
            nxt.click()  # and the next rewrite is typed as soon as the next question shows
    # a fourth rewrite typed and never checked: Next, type, then Previous at once; it is kept
    nxt.click()
    lab_driver.wait_visible(drill.locator(".widget-html-content", has_text="Question 4 of"), "question 4", 60)
    box.click()
    page.keyboard.type(UNCHECKED)
    drill.locator("button.jupyter-button", has_text="Previous question").click()
    lab_driver.wait_visible(drill.locator(".widget-html-content", has_text="Question 3 of"), "question 3 again", 60)
    path = lab.data_dir / "work" / "04.2-rewrite-drill.json"
    answers = {}
    deadline = time.monotonic() + 30  # the save follows the count in the same click: wait for it, not a fixed time
    while time.monotonic() < deadline and len(answers) < len(REWRITES) + 1:
        answers = json.loads(path.read_text(encoding="utf-8"))["value"]["answers"] if path.exists() else {}
    assert sorted(answers.values()) == sorted(REWRITES + [UNCHECKED]), answers
    lab_driver.settled(page)
    drill.screenshot(path=str(shots_dir / "04_rewrite_drill_fast.png"))
    assert not lab_driver.page_problems(page)
