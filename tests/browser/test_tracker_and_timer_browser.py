"""The outreach tracker (lesson 5) and the read-aloud timer (lesson 3) in JupyterLab, driven by clicks.

Waits are on conditions (text shown, kernel idle), never on sleeps.
"""

from __future__ import annotations

import datetime as dt

import pytest

from . import lab_driver
from .a11y import run_axe

pytestmark = pytest.mark.browser


def exercise(page, title):
    return page.locator(".atl-exercise").filter(has=page.locator(".atl-title", has_text=title)).first


def wait_text(box, text, timeout=30_000):
    box.page.wait_for_function("([el, t]) => el.innerText.includes(t)", arg=[box.element_handle(), text],
                               timeout=timeout)


def test_the_timer_ticks_in_the_browser_and_gives_a_note(page, lab):
    lab_driver.open_notebook(page, lab, "notebooks/03_know_what_you_want.ipynb")
    lab_driver.run_all(page)
    timer = exercise(page, "Read it aloud, with a timer")
    timer.scroll_into_view_if_needed()
    assert "Time: 0 seconds" in timer.inner_text()
    timer.locator("button", has_text="Start the timer").click()
    wait_text(timer, "Time: 2 seconds")  # only a ticking kernel thread can put this on the page
    timer.locator("button", has_text="Stop the timer").click()
    wait_text(timer, "very quick")
    assert "Start again" in timer.inner_text()
    assert lab_driver.page_problems(page) == []


def test_the_tracker_takes_a_picked_date_and_refuses_a_future_one(page, lab):
    lab_driver.open_notebook(page, lab, "notebooks/05_asking_for_the_meeting.ipynb")
    lab_driver.run_all(page)
    box = exercise(page, "Track who you asked")
    box.scroll_into_view_if_needed()
    texts = box.locator(".widget-text input")
    texts.nth(0).fill("Amara Osei")
    texts.nth(0).press("Tab")
    texts.nth(1).fill("UX researcher, St Luke's Hospital")
    texts.nth(1).press("Tab")
    asked = box.locator(".widget-datepicker input").first
    future = dt.date.today() + dt.timedelta(days=4)
    asked.fill(future.isoformat())
    asked.press("Tab")
    box.locator("button", has_text="Add to my tracker").click()
    wait_text(box, "is after today")
    # nothing typed was lost: the form emptied at the click comes back when nothing was added
    page.wait_for_function("(el) => el.value === 'Amara Osei'", arg=texts.nth(0).element_handle(), timeout=30_000)
    past = dt.date.today() - dt.timedelta(days=10)
    asked.fill(past.isoformat())
    asked.press("Tab")
    follow = past + dt.timedelta(days=7)
    page.wait_for_function("(v) => [...document.querySelectorAll('.widget-datepicker input')].some(i => i.value === v)",
                           arg=follow.isoformat(), timeout=30_000)
    box.locator("button", has_text="Add to my tracker").click()
    wait_text(box, "Added Amara Osei")
    wait_text(box, "Due now (1)")
    assert f"{follow.day} {follow:%b %Y}" in box.locator("table").inner_text()
    assert run_axe(page, ".jupyter-widgets") == []
    assert lab_driver.page_problems(page) == []
