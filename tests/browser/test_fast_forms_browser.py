"""Forms whose buttons act on typed text, in a real JupyterLab, at a fast learner's pace: each Add carries
the text typed at the click, empties the form at once (the next person can be typed straight away), and a
person typed while the kernel is still busy with the one before is never wiped or mixed up."""

from __future__ import annotations

import json
import time

import pytest

from . import lab_driver

pytestmark = pytest.mark.browser

NOTEBOOK = "notebooks/05_asking_for_the_meeting.ipynb"
PEOPLE = [
    ("Amara Osei", "UX researcher, St Luke's Hospital"),
    ("Jo Park", "Training designer, Northwind"),
    ("Lucía Gómez", "People partner, Acme Retail"),
    ("Sam O'Neill", ""),
    ("Priya Nair", "Learning lead, City Council"),
    ("Wei Zhang", "HR coordinator, Harbour Foods"),
]


def _saved(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))["value"]["rows"]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def test_quick_adds_to_the_tracker_keep_every_person_in_order(page, lab, shots_dir):  # noqa: F811
    lab_driver.open_notebook(page, lab, NOTEBOOK)
    lab_driver.run_all(page)
    box = page.locator(".atl-exercise").filter(has=page.locator(".atl-title", has_text="Track who you asked")).first
    box.scroll_into_view_if_needed()
    name = box.get_by_role("textbox", name="Name of the person you asked")
    role = box.get_by_role("textbox", name="Their role and organisation")
    add = box.locator("button.jupyter-button", has_text="Add to my tracker")
    lab_driver.wait_visible(name, "the tracker's name box", 60)
    # a failed Add first: no name. Nothing is added, and the role typed comes back into its box.
    role.click()
    page.keyboard.type("Not a person yet")
    add.click()
    page.wait_for_function("(el) => el.value === 'Not a person yet'", arg=role.element_handle(), timeout=60_000)
    role.fill("")
    role.press("Tab")
    for who, what in PEOPLE:  # no waiting between people: type, click, type the next at once
        name.click()
        page.keyboard.type(who)
        role.click()
        page.keyboard.type(what)
        add.click()
    path = lab.data_dir / "work" / "05.5-outreach-tracker.json"
    deadline = time.monotonic() + 90  # wait for the condition (every Add saved), not for a fixed time
    while time.monotonic() < deadline and len(_saved(path)) < len(PEOPLE):
        time.sleep(0.1)
    rows = _saved(path)
    assert [(r["name"], r["role"]) for r in rows] == PEOPLE
    lab_driver.wait_visible(box.locator(".widget-html-content", has_text="Added Wei Zhang"), "the last Add's message", 60)
    assert name.input_value() == "" and role.input_value() == ""
    lab_driver.settled(page)
    box.screenshot(path=str(shots_dir / "05_tracker_fast_adds.png"))
    assert not lab_driver.page_problems(page)
