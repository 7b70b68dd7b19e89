"""Three parts of lessons 5, 6 and 8 in JupyterLab, driven as a learner would, with one mistake each:
lesson 5 reads in order (the tracker, then the quiz, one navigation line at the end); the closing
question in Ruth's meeting; and 8.1's date picked on a calendar, with an older typed date kept.

Waits are on conditions (text shown, kernel idle), never on sleeps. Screenshots go to the
screenshots folder (``ASK_TO_LEARN_SCREENSHOTS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lesson_utils.first_step import readable
from lesson_utils.simulator import Conversation, transcript_lines
from lesson_utils.store import Store

from . import lab_driver
from .a11y import run_axe

pytestmark = pytest.mark.browser
NAV = "Contents"


def exercise(page, title):
    return page.locator(".atl-exercise").filter(has=page.locator(".atl-title", has_text=title)).first


def wait_text(box, text, timeout=30_000):
    box.page.wait_for_function("([el, t]) => el.innerText.includes(t)", arg=[box.element_handle(), text],
                               timeout=lab_driver.scaled_ms(timeout / 1000))


def shot(page, locator, path):
    """A screenshot of the whole of ``locator``: the window is first made tall enough to hold it."""
    height = int(locator.evaluate("(el) => el.getBoundingClientRect().height"))
    if height + 300 > page.viewport_size["height"]:
        lab_driver.grow_viewport(page, height + 300)
    locator.scroll_into_view_if_needed()
    lab_driver.settled(page)
    locator.screenshot(path=str(path))


def test_lesson_5_reads_in_order_and_the_tracker_works(page, lab, shots_dir):
    lab_driver.open_notebook(page, lab, "notebooks/05_asking_for_the_meeting.ipynb")
    lab_driver.run_all(page)
    order = page.evaluate("""() => {
      const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
      const at = f => cells.findIndex(f);
      return {
        tracker: at(c => !!c.querySelector('.atl-exercise') && c.innerText.includes('Track who you asked')),
        quiz: at(c => [...c.querySelectorAll('h2')].some(h => h.innerText.includes('Check your understanding'))),
        next: at(c => [...c.querySelectorAll('h2')].some(h => h.innerText.includes("What's next"))),
        navs: cells.map((c, i) => [...c.querySelectorAll('.jp-RenderedMarkdown a')]
                .filter(a => a.innerText.trim() === 'Contents').length ? i : -1).filter(i => i >= 0),
        last: cells.length - 1,
      };
    }""")
    assert 0 < order["tracker"] < order["quiz"] < order["next"] == order["last"]
    assert order["navs"] == [0, order["last"]]

    box = exercise(page, "Track who you asked")
    box.scroll_into_view_if_needed()
    texts = box.locator(".widget-text input")
    texts.nth(0).fill("Ms Lin Chen")
    texts.nth(0).press("Tab")
    texts.nth(1).fill("Training designer, Northwind")
    texts.nth(1).press("Tab")
    asked = box.locator(".widget-datepicker input").first
    asked.fill((dt.date.today() + dt.timedelta(days=3)).isoformat())  # the mistake: a day still to come
    asked.press("Tab")
    box.locator("button", has_text="Add to my tracker").click()
    wait_text(box, "is after today")
    # not added: what was typed is back in the boxes (the page empties them at the click)
    page.wait_for_function("([a, b]) => a.value === 'Ms Lin Chen' && b.value === 'Training designer, Northwind'",
                           arg=[texts.nth(0).element_handle(), texts.nth(1).element_handle()],
                           timeout=lab_driver.scaled_ms(30))
    shot(page, box, shots_dir / "05_tracker_mistake_future_date.png")
    asked.fill((dt.date.today() - dt.timedelta(days=2)).isoformat())
    asked.press("Tab")
    box.locator("button", has_text="Add to my tracker").click()
    wait_text(box, "Added Ms Lin Chen")
    quiz_heading = page.locator(".jp-RenderedMarkdown h2", has_text="Check your understanding").first
    quiz_heading.scroll_into_view_if_needed()
    page.evaluate("(el) => el.scrollIntoView({block: 'end'})", quiz_heading.element_handle())
    lab_driver.settled(page)
    page.screenshot(path=str(shots_dir / "05_tracker_then_quiz.png"))
    last = page.locator(".jp-Notebook .jp-Cell").last
    shot(page, last, shots_dir / "05_whats_next_one_navigation_line.png")
    assert lab_driver.page_problems(page) == []


def _say(sim, option, typed: str = ""):
    """Choose ``option`` (by its line) or type ``typed`` and match it; then press Say this."""
    if typed:
        sim.get_by_role("textbox", name="Or type your own line").fill(typed)
        sim.get_by_role("textbox", name="Or type your own line").press("Tab")
        sim.locator("button", has_text="Find the nearest choice").click()
        sim.page.wait_for_function("([el, t]) => [...el.querySelectorAll('.widget-radio-box input')]"
                                   ".some(i => i.checked && i.parentElement.innerText.trim() === t)",
                                   arg=[sim.element_handle(), option.say], timeout=lab_driver.scaled_ms(30))
    else:
        sim.locator(".widget-radio-box label", has_text=option.say[:60]).first.click()
    sim.locator("button", has_text="Say this").click()


def test_the_closing_question_in_ruths_meeting(page, lab, shots_dir):
    lab_driver.open_notebook(page, lab, "notebooks/06_running_the_conversation.ipynb")
    lab_driver.run_all(page)
    sim = exercise(page, "Coffee with Ruth")
    sim.scroll_into_view_if_needed()
    conv = Conversation()
    path = ["smalltalk_brief", "intro_clear", "q_breaking_in", "follow_niche", "q_finding", "gracious_opening",
            "respect_time"]
    for n, option_id in enumerate(path):
        option = conv.option(option_id)
        if n == 2:  # the mistake: a line Ruth cannot place is not forced onto a choice, and is kept
            sim.get_by_role("textbox", name="Or type your own line").fill("What's your favourite colour?")
            sim.locator("button", has_text="Find the nearest choice").click()
            wait_text(sim, "The simulator didn't catch that")
            shot(page, sim, shots_dir / "06_mistake_line_not_placed.png")
            assert sim.get_by_role("textbox", name="Or type your own line").input_value() == "What's your favourite colour?"
        _say(sim, option)
        conv.choose(option_id)
        wait_text(sim, transcript_lines(conv)[-1][1][:50])  # as shown: a stage direction reads as narration
    closing = conv.option("closing_question")
    assert closing is not None
    assert "What should I have asked you that I didn't?" in sim.inner_text()
    _say(sim, closing, typed="Is there anything I haven't asked that you think I should know?")
    conv.choose("closing_question", typed="x")
    wait_text(sim, "Nobody asks about the slow start")
    shot(page, sim, shots_dir / "06_closing_question_answered.png")
    for option_id in ("ask_who_else", "keep_in_touch"):
        option = conv.option(option_id)
        _say(sim, option)
        conv.choose(option_id)
    wait_text(sim, "A warm ending")
    wait_text(sim, "At the end you asked what you should have asked me.")
    assert "What should I have asked you that I didn't?”: yes." in sim.inner_text()
    shot(page, sim, shots_dir / "06_closing_question_verdict.png")
    assert lab_driver.page_problems(page) == []


def test_the_first_step_date_is_picked_and_an_old_typed_date_is_kept(page, lab, shots_dir):
    Store(lab.data_dir).save("08.1-next-step", {"who": "Ms Lin Chen, training designer at Northwind",
                                                "by": "this Friday"}, "done")
    lab_driver.open_notebook(page, lab, "notebooks/08_your_interview_plan.ipynb")
    lab_driver.run_all(page)
    box = exercise(page, "Choose your first step")
    box.scroll_into_view_if_needed()
    wait_text(box, "It is kept in the note below")
    inputs = box.locator(".widget-text input")
    assert inputs.nth(0).input_value() == "Ms Lin Chen, training designer at Northwind"
    assert inputs.nth(1).input_value() == "this Friday"
    date = box.locator(".widget-datepicker input")
    assert date.get_attribute("type") == "date" and date.input_value() == ""
    shot(page, box, shots_dir / "08_first_step_old_typed_date_kept.png")

    past = dt.date.today() - dt.timedelta(days=3)  # the mistake: a day already gone
    date.fill(past.isoformat())
    date.press("Tab")
    wait_text(box, "has already passed")
    shot(page, box, shots_dir / "08_first_step_mistake_past_date.png")
    soon = dt.date.today() + dt.timedelta(days=5)
    date.fill(soon.isoformat())
    date.press("Tab")
    wait_text(box, f"Send it by {readable(soon)}")
    assert inputs.nth(1).input_value() == "this Friday"  # the old words are still there
    saved = Store(lab.data_dir).load("08.1-next-step")
    assert saved.value == {"who": "Ms Lin Chen, training designer at Northwind", "by": soon.isoformat(),
                           "by_note": "this Friday"} and saved.status == "done"
    shot(page, box, shots_dir / "08_first_step_date_picked.png")

    plan = exercise(page, "Your plan, gathered")
    plan.locator("button", has_text="Refresh my plan").click()
    wait_text(plan, readable(soon))
    assert "this Friday" in plan.inner_text()
    shot(page, plan, shots_dir / "08_plan_first_step_in_words.png")
    assert run_axe(page, ".jupyter-widgets") == []
    assert lab_driver.page_problems(page) == []
