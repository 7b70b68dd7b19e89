"""Forms whose buttons act on typed text, in a real JupyterLab, at a fast learner's pace: each Add carries
the text typed at the click, empties the form at once (the next person can be typed straight away), and a
person typed while the kernel is still busy with the one before is never wiped or mixed up."""

from __future__ import annotations

import json

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
    # wait for the condition (every Add saved), not for a fixed time
    lab_driver.wait_until(lambda: len(_saved(path)) >= len(PEOPLE), "every quick Add to be saved", 90, poll=0.1)
    rows = _saved(path)
    assert [(r["name"], r["role"]) for r in rows] == PEOPLE
    lab_driver.wait_visible(box.locator(".widget-html-content", has_text="Added Wei Zhang"), "the last Add's message", 60)
    assert name.input_value() == "" and role.input_value() == ""
    # a double click on Add: one person added, and the message says so (not "type a name first")
    name.click()
    page.keyboard.type("Noor Haddad")
    add.dblclick()
    lab_driver.wait_visible(box.locator(".widget-html-content", has_text="Added Noor Haddad"), "the double click's Add", 60)
    lab_driver.wait_kernel_idle(page)
    assert [r["name"] for r in _saved(path)].count("Noor Haddad") == 1
    assert "Added Noor Haddad" in box.inner_text() and "Write the name" not in box.inner_text()
    lab_driver.settled(page)
    box.screenshot(path=str(shots_dir / "05_tracker_fast_adds.png"))
    assert not lab_driver.page_problems(page)


def test_a_triple_click_on_add_adds_the_question_once_and_says_added(page, lab):  # noqa: F811
    lab_driver.open_notebook(page, lab, "notebooks/04_drafting_questions.ipynb")
    lab_driver.run_all(page)
    drafter = page.locator(".atl-exercise", has_text="The question drafter").first
    box = drafter.locator(".widget-textarea textarea").first
    lab_driver.wait_visible(box, "the drafter's text box", 60)
    box.click()
    page.keyboard.type("What does a good first year look like in people operations?")
    drafter.locator("button.jupyter-button", has_text="Add to my list").click(click_count=3)
    lab_driver.wait_visible(drafter.locator(".widget-html-content", has_text="Added"), "the Add's message", 60)
    lab_driver.wait_kernel_idle(page)
    saved = json.loads((lab.data_dir / "work" / "04.1-question-drafter.json").read_text(encoding="utf-8"))
    assert [q["text"] for q in saved["value"]["questions"]] == [
        "What does a good first year look like in people operations?"]
    assert "Type a question in the box first" not in drafter.inner_text()


def test_text_typed_and_not_left_is_kept_when_the_page_reloads(page, lab):  # noqa: F811
    """A box sends its text when it loses focus; a reload never takes the focus away, so a follow-up typed
    and not yet left was lost. The page script sends it as the page goes."""
    lab_driver.open_notebook(page, lab, NOTEBOOK)
    lab_driver.run_all(page)
    box = page.locator(".atl-exercise").filter(has=page.locator(".atl-title", has_text="Draft your one follow-up")).first
    area = box.locator(".widget-textarea textarea").first
    lab_driver.wait_visible(area, "the follow-up box", 60)
    area.click()
    note = "Dear Ms Lee, I wrote last week about supply-chain analysis; no worries if now is a busy time. Kwame"
    page.keyboard.type(note)  # and the page goes away with the focus still in the box
    lab_driver.wait_kernel_idle(page)
    page.on("dialog", lambda dialog: dialog.accept())
    page.reload(wait_until="domcontentloaded")
    path = lab.data_dir / "work" / "05.3-follow-up.json"

    def saved_text():
        try:
            return json.loads(path.read_text(encoding="utf-8"))["value"]["text"]
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    lab_driver.wait_until(lambda: saved_text() == note, "the follow-up typed before the reload to be saved", 60)
