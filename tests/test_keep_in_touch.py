"""The keep-in-touch plan: dates, schedules, the contact list (add/edit/remove, limits), notes, and the widget."""

from __future__ import annotations

import datetime as dt

import ipywidgets as W
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils.keep_in_touch import (
    MAX_CONTACTS,
    NAME_LIMIT,
    PROMISE_LIMIT,
    add_contact,
    add_months,
    check_meeting_notes,
    format_plan,
    next_touch,
    parse_date,
    plan_for,
    remove_contact,
    schedule,
    update_contact,
    upcoming,
    valid_contacts,
)
from lesson_utils.store import Store
from lesson_utils.views.keep_in_touch import KeepInTouchPlanner

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize(
    "text, date, words",
    [
        ("2026-11-27", D(2026, 11, 27), ""),
        (" 2026-11-27 ", D(2026, 11, 27), ""),
        ("2026/11/27", D(2026, 11, 27), ""),
        ("2026.1.5", D(2026, 1, 5), ""),
        ("2026-12-20", D(2026, 12, 20), "still ahead"),
        ("", None, "Write the date"),
        ("   ", None, "Write the date"),
        ("27/11/2026", None, "year-month-day"),
        ("November 27", None, "year-month-day"),
        ("2026-13-01", None, "no month 13"),
        ("2026-02-30", None, "has no day 30"),
        ("2025-02-29", None, "has no day 29"),
        ("2024-02-29", D(2024, 2, 29), ""),
        ("1999-01-01", None, "ten years ago"),
        ("2030-01-01", None, "more than a year ahead"),
        ("2027-02-27", D(2027, 2, 27), "still ahead"),             # 92 days: a meeting booked well ahead
        ("2027-02-28", None, "more than three months ahead"),      # a slip of the year or month, most likely
        ("2027-11-20", None, "more than three months ahead"),
        ("0000-01-01", None, ""),
        ("<script>alert(1)</script>", None, "year-month-day"),
        ("x" * 100_000, None, "year-month-day"),
        (None, None, "Write the date"),
    ],
)
def test_parse_date(text, date, words):
    result = parse_date(text, TODAY)
    assert result.date == date
    assert words in result.message
    if date is None:
        assert result.message


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (D(2026, 11, 27), 4, D(2027, 3, 27)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2026, 10, 31), 4, D(2027, 2, 28)),
        (D(2026, 12, 15), 12, D(2027, 12, 15)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_schedule_has_thanks_promise_and_reasons():
    plan = schedule(D(2026, 11, 27), "Read the book", every=4)
    assert [t.kind for t in plan] == ["thank_you", "promise", "advice", "article", "news"]
    assert [t.date for t in plan] == [D(2026, 11, 28), D(2026, 12, 4), D(2027, 3, 27), D(2027, 7, 27), D(2027, 11, 27)]
    assert "Read the book" in plan[1].what


@pytest.mark.parametrize("every, gap", [(3, 3), (4, 4), (6, 6), (5, 4), ("x", 4)])
def test_schedule_interval(every, gap):
    plan = schedule(D(2026, 1, 10), "", every=every)
    assert [t.kind for t in plan][0] == "thank_you" and "promise" not in [t.kind for t in plan]
    assert plan[1].date == add_months(D(2026, 1, 10), gap)


def test_at_most_three_letters_a_year_at_the_default():
    plan = schedule(D(2026, 1, 10))
    after_thanks = [t for t in plan if t.kind not in ("thank_you", "promise")]
    assert len([t for t in after_thanks if t.date <= D(2027, 1, 10)]) <= 3


def test_next_touch_and_upcoming():
    outcome = add_contact([], "Ruth", "2026-11-27", "", 4, TODAY)
    outcome = add_contact(outcome.contacts, "Lee", "2026-06-01", "", 3, TODAY)
    ruth, lee = outcome.contacts
    assert next_touch(ruth, TODAY).kind == "thank_you"
    assert next_touch(lee, TODAY).date == D(2026, 12, 1) and next_touch(lee, TODAY).kind == "article"
    assert next_touch(lee, D(2030, 1, 1)) is None
    order = [c["name"] for c, _ in upcoming(outcome.contacts, TODAY)]
    assert order == ["Ruth", "Lee"]


@pytest.mark.parametrize(
    "name, date, ok, words",
    [
        ("Ruth Ferrer", "2026-11-27", True, "Added Ruth Ferrer"),
        ("", "2026-11-27", False, "Write the name"),
        ("   ", "2026-11-27", False, "Write the name"),
        ("R" * (NAME_LIMIT + 1), "2026-11-27", False, "keep it under"),
        ("Ruth", "27.11.2026", False, "year-month-day"),
        ("<b>Ruth</b>", "2026-11-27", True, "Added"),
        ("رُث", "2026-11-27", True, "Added"),
        ("Ruth\x00\x07", "2026-11-27", True, "Added Ruth"),
    ],
)
def test_add_contact(name, date, ok, words):
    outcome = add_contact([], name, date, "", 4, TODAY)
    assert outcome.ok is ok and words in outcome.message
    assert len(outcome.contacts) == (1 if ok else 0)


@pytest.mark.parametrize("promise, ok", [("p" * PROMISE_LIMIT, True), ("p" * (PROMISE_LIMIT + 1), False),
                                          ("p" * 100_000, False)])
def test_a_promise_over_the_limit_is_refused_never_cut(promise, ok):
    """A learner's long promise was cut to 300 characters and the box emptied, so the rest was lost. Now it is
    refused with the count, and the view keeps the text in the box (the form is emptied only by an Add)."""
    outcome = add_contact([], "Ruth Ferrer", "2026-11-27", promise, 4, TODAY)
    assert outcome.ok is ok
    if ok:
        assert outcome.contacts[0]["promised"] == promise
    else:
        assert outcome.contacts == [] and f"{len(promise):,} characters" in outcome.message
        assert "still in the box" in outcome.message


def test_duplicates_are_kept_with_a_note():
    first = add_contact([], "Ruth", "2026-11-27", "", 4, TODAY)
    second = add_contact(first.contacts, "ruth", "2026-11-27", "", 4, TODAY)
    assert second.ok and len(second.contacts) == 2 and "already had" in second.message
    assert second.contacts[0]["id"] != second.contacts[1]["id"]


def test_the_list_has_a_limit():
    contacts = []
    for n in range(MAX_CONTACTS):
        contacts = add_contact(contacts, f"Person {n}", "2026-11-01", "", 4, TODAY).contacts
    assert len(contacts) == MAX_CONTACTS
    full = add_contact(contacts, "One more", "2026-11-01", "", 4, TODAY)
    assert not full.ok and "the most it keeps" in full.message and len(full.contacts) == MAX_CONTACTS
    assert len(format_plan(contacts, TODAY).splitlines()) > MAX_CONTACTS


def test_update_and_remove():
    contacts = add_contact([], "Ruth", "2026-11-27", "", 4, TODAY).contacts
    cid = contacts[0]["id"]
    changed = update_contact(contacts, cid, "Ruth Ferrer", "2026-11-20", "Send the article", 6, TODAY)
    assert changed.ok and changed.contacts[0] == {"id": cid, "name": "Ruth Ferrer", "met_on": "2026-11-20",
                                                  "promised": "Send the article", "every": 6}
    bad = update_contact(changed.contacts, cid, "Ruth", "not a date", "", 4, TODAY)
    assert not bad.ok and bad.contacts == changed.contacts
    assert not update_contact(contacts, "c99", "X", "2026-11-27").ok
    gone = remove_contact(changed.contacts, cid)
    assert gone.ok and gone.contacts == [] and "Removed Ruth Ferrer" in gone.message
    assert not remove_contact([], cid).ok


@pytest.mark.parametrize(
    "value, count",
    [
        (None, 0), ("text", 0), ({"contacts": "x"}, 0), ([1, 2], 0),
        ({"contacts": [{"id": "c1", "name": "Ruth", "met_on": "2026-11-27"}]}, 1),
        ({"contacts": [{"id": "c1", "name": "Ruth", "met_on": "not a date"}]}, 0),
        ({"contacts": [{"id": "c1", "name": "Ruth", "met_on": "2026-11-27", "every": 99, "promised": 5}]}, 1),
    ],
)
def test_valid_contacts(value, count):
    out = valid_contacts(value)
    assert len(out) == count
    for c in out:
        assert c["every"] in (3, 4, 6) and isinstance(c["promised"], str)


def test_plan_for_text_fallback():
    text = plan_for("Ruth Ferrer", "2026-11-27", "Read the book", today=TODAY)
    assert "28 Nov 2026 to Ruth Ferrer" in text and "27 Mar 2027" in text and "Read the book" in text
    assert "year-month-day" in plan_for("Ruth", "tomorrow", today=TODAY)
    assert "empty" in format_plan([], TODAY)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=60), st.text(max_size=400), st.one_of(st.integers(), st.text(max_size=3)))
def test_add_contact_never_raises(name, date, promised, every):
    outcome = add_contact([], name, date, promised, every, TODAY)
    assert isinstance(outcome.message, str) and outcome.message
    if outcome.ok:
        c = outcome.contacts[0]
        assert len(c["name"]) <= NAME_LIMIT and len(c["promised"]) <= PROMISE_LIMIT and c["every"] in (3, 4, 6)
        assert format_plan(outcome.contacts, TODAY)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=D(2017, 1, 1), max_value=D(2027, 2, 27)), st.sampled_from([3, 4, 6]))
def test_schedule_is_ordered_and_starts_after_the_meeting(met_on, every):
    plan = schedule(met_on, "promise", every)
    dates = [t.date for t in plan]
    assert dates == sorted(dates) and dates[0] > met_on
    assert parse_date(met_on.isoformat(), TODAY).date == met_on


@pytest.mark.parametrize(
    "answers, fixes",
    [
        ({"learned": "Niches matter a lot early on", "fit": "I like one-to-one work a lot", "next": "Lee and Mira next week"}, 0),
        ({"learned": "", "fit": "", "next": ""}, 3),
        ({}, 3),
        ("not a dict", 3),
        ({"learned": "x", "fit": "Likes the one-to-one work", "next": ""}, 1),
        # how the meeting felt is not what was learned (a learner walk got "is written down" for this)
        ({"learned": "Great chat, she was really helpful and super nice.", "fit": "Likes the one-to-one work",
          "next": "Lee"}, 1),
        ({"learned": "She said the first year is mostly listening; really helpful", "fit": "Likes the one-to-one work",
          "next": "Lee"}, 0),
    ],
)
def test_meeting_notes_feedback(answers, fixes):
    items = check_meeting_notes(answers)
    assert sum(k == "fix" for k, _ in items) == fixes


# ------------------------------------------------------------------ the widget
EID = "07.3-keep-in-touch"


def planner(tmp_path):
    return KeepInTouchPlanner(EID, store=Store(tmp_path), today=TODAY)


def add(v, name, date="2026-11-27", promised="", every=4):
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date  # picked on the calendar
    v.name.value, v.met_on.value, v.promised.value, v.every.value = name, day, promised, every
    v.add_button.click()


def test_widget_labels_and_empty_state(tmp_path):
    v = planner(tmp_path)
    for control in (v.name, v.met_on, v.every, v.promised, v.pick):
        assert control.description
    assert isinstance(v.met_on, W.DatePicker) and v.met_on.value == dt.date(2026, 11, 27)
    assert "Nobody yet" in v.table.value
    assert v.edit_button.disabled and v.remove_button.disabled and v.pick.disabled
    assert v.pick.label == "(nobody yet)"
    assert v.save_button.layout.display == "none" and v.undo_button.layout.display == "none"


def test_add_shows_plan_and_saves(tmp_path):
    v = planner(tmp_path)
    add(v, "Ruth Ferrer", promised="Send the article")
    assert "Added Ruth Ferrer" in v.message.value
    assert "28 Nov 2026" in v.table.value and "Ruth Ferrer" in v.table.value
    assert "Full plan for Ruth Ferrer" in v.detail.value and "Send the article" in v.detail.value
    assert v.name.value == ""  # the form is cleared for the next person
    rec = Store(tmp_path).load(EID)
    assert rec.status == "done" and rec.value["contacts"][0]["name"] == "Ruth Ferrer"


def test_bad_date_gives_clear_feedback_and_saves_nothing(tmp_path):
    v = planner(tmp_path)
    add(v, "Ruth", date="2028-02-29")
    assert "more than a year ahead" in v.message.value and "To improve" in v.message.value
    assert v.name.value == "Ruth"
    add(v, "Ruth", date=None)  # the calendar cleared
    assert "Pick the date you met" in v.message.value
    assert v.name.value == "Ruth"  # what was typed stays
    assert Store(tmp_path).load(EID) is None


def test_edit_and_cancel(tmp_path):
    v = planner(tmp_path)
    add(v, "Ruth")
    add(v, "Lee", date="2026-10-01")
    v.pick.value = v.contacts[0]["id"]
    v.edit_button.click()
    assert v.name.value == "Ruth" and v.add_button.layout.display == "none"
    v.name.value = "Ruth Ferrer"
    v.save_button.click()
    assert "Saved your changes to Ruth Ferrer" in v.message.value
    assert [c["name"] for c in Store(tmp_path).load(EID).value["contacts"]] == ["Ruth Ferrer", "Lee"]
    v.edit_button.click()
    v.name.value = "Someone else"
    v.cancel_button.click()
    assert [c["name"] for c in v.contacts] == ["Ruth Ferrer", "Lee"]
    assert v.add_button.layout.display is None


def test_remove_and_undo(tmp_path):
    v = planner(tmp_path)
    add(v, "Ruth")
    add(v, "Lee")
    v.pick.value = v.contacts[0]["id"]
    v.remove_button.click()
    assert "Removed Ruth" in v.manage_message.value and v.undo_button.layout.display is None
    assert v.message.value == ""  # beside Remove, not up by the form
    assert [c["name"] for c in Store(tmp_path).load(EID).value["contacts"]] == ["Lee"]
    v.undo_button.click()
    assert [c["name"] for c in Store(tmp_path).load(EID).value["contacts"]] == ["Ruth", "Lee"]
    assert v.undo_button.layout.display == "none"


def test_removing_the_last_person_marks_in_progress(tmp_path):
    v = planner(tmp_path)
    add(v, "Ruth")
    v.remove_button.click()
    rec = Store(tmp_path).load(EID)
    assert rec.value["contacts"] == [] and rec.status == "in_progress"
    assert "Nobody yet" in v.table.value


def test_reload_and_many_entries(tmp_path):
    v = planner(tmp_path)
    for n in range(MAX_CONTACTS):
        add(v, f"Person {n}", date="2026-11-01")
    add(v, "One too many")
    assert "the most it keeps" in v.message.value
    again = planner(tmp_path)
    assert len(again.contacts) == MAX_CONTACTS
    assert len(again.pick.options) == MAX_CONTACTS
    assert again.table.value.count("<tr>") == MAX_CONTACTS + 1


@pytest.mark.parametrize("bad", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_names_are_escaped(tmp_path, bad):
    v = planner(tmp_path)
    add(v, bad, promised=bad)
    html = v.table.value + v.detail.value + v.message.value
    assert "<script" not in html and "<img" not in html


def test_adding_the_practice_contact_says_she_stays_out_of_the_plan():
    out = add_contact([], "Ruth Ferrer", "2026-11-27", today=dt.date(2026, 12, 5))
    assert out.ok and "practice contact from lesson 6" in out.message
    assert "practice contact" not in add_contact([], "Ruth Okonjo", "2026-11-27", today=dt.date(2026, 12, 5)).message


@pytest.mark.parametrize("second_date, words", [
    ("2026-11-20", "You already had this person on this date"),
    ("2026-11-24", "You already had Maya Okafor, met on"),
    (None, None),
])
def test_the_same_person_added_again_is_said(second_date, words):
    # a walker added "Maya Okafor" twice, with another date, and nothing was said
    first = add_contact([], "Maya Okafor", "2026-11-20", today=TODAY)
    again = add_contact(first.contacts, "maya okafor" if second_date else "Sam Reyes", second_date or "2026-11-24",
                        today=TODAY)
    assert again.ok and len(again.contacts) == 2
    if words:
        assert words in again.message and "both are kept" in again.message
    else:
        assert "already" not in again.message


def test_a_thanked_person_in_the_tracker_has_their_thank_you_done_in_the_plan(tmp_path):
    # a walker set Maya to "Thanked" in the tracker and the plan still said "Send your thank-you by this day"
    from lesson_utils.keep_in_touch import TRACKER_ID, contact_schedule, next_touch, thanked_names, with_thanks
    from lesson_utils.plan import build_plan
    tracker = {"rows": [{"id": "r1", "name": "Maya Okafor", "role": "", "asked_on": "2026-11-10",
                         "follow_up_on": "2026-11-17", "status": "thanked"},
                        {"id": "r2", "name": "Sam Reyes", "role": "", "asked_on": "2026-11-10",
                         "follow_up_on": "2026-11-17", "status": "met"}]}
    assert thanked_names(tracker) == frozenset({"maya okafor"})
    assert thanked_names(None) == frozenset() and thanked_names("odd") == frozenset()
    added = add_contact([], "maya okafor", "2026-11-27", today=TODAY)
    added = add_contact(added.contacts, "Sam Reyes", "2026-11-27", today=TODAY)
    maya, sam = with_thanks(added.contacts, thanked_names(tracker))
    assert next_touch(maya, TODAY).kind != "thank_you" and next_touch(sam, TODAY).kind == "thank_you"
    assert "your outreach tracker says Thanked" in contact_schedule(maya)[0].what
    # the planner shows it, and so does lesson 8's plan
    store = Store(tmp_path)
    store.save(TRACKER_ID, tracker, "in_progress")
    store.save(EID, {"contacts": added.contacts}, "done")
    v = KeepInTouchPlanner(EID, store, today=TODAY)
    assert "Send your thank-you" in v.table.value and v.table.value.count("Send your thank-you") == 1
    from lesson_utils.export import plan_markdown
    rows = [line for line in plan_markdown(build_plan(store, today=TODAY)).splitlines() if line.startswith("|")]
    maya_row = next(r for r in rows if "maya okafor" in r.casefold())
    sam_row = next(r for r in rows if "Sam Reyes" in r and "Met" not in r.split("|")[1])
    assert "Send your thank-you" not in maya_row and "Send your thank-you" in sam_row
