"""Exercise 8.1's first step, the pure logic: reading an old typed date, moving a saved value to the
calendar shape without losing a word, the feedback, and the plan's readable date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils.first_step import check, is_complete, migrate, parse_date, plan_fields, readable
from lesson_utils.text import is_blank

TODAY = dt.date(2026, 11, 27)
D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("2026-12-04", D(2026, 12, 4)),
    (" 2026-12-04 ", D(2026, 12, 4)),
    ("2026/12/4", D(2026, 12, 4)),
    ("2026.12.04", D(2026, 12, 4)),
    ("2026 - 12 - 04", D(2026, 12, 4)),
    ("2026-12-04T09:30", D(2026, 12, 4)),
    ("2026-12-04, a Friday: that morning", D(2026, 12, 4)),
    ("by 2026-12-04 at the latest", D(2026, 12, 4)),
    ("4 December 2026", D(2026, 12, 4)),
    ("4th Dec 2026", D(2026, 12, 4)),
    ("4 of December, 2026", D(2026, 12, 4)),
    ("Dec 4, 2026", D(2026, 12, 4)),
    ("December 4th 2026", D(2026, 12, 4)),
    ("sent by 1 Sept 2027", D(2027, 9, 1)),
    ("12 march 2027 or 2026-12-04", D(2027, 3, 12)),  # the first date in the text
    # not read: no date, ambiguous, impossible, or a word that only looks like a month
    ("this Friday", None),
    ("next week", None),
    ("04/12/2026", None),
    ("12/04/2026", None),
    ("2026-02-31", None),
    ("2026-13-01", None),
    ("Mayday 4 2026", None),
    ("20261204", None),
    ("", None),
    ("   ", None),
    ("<script>2026-12-04</script>", D(2026, 12, 4)),
    ("🗓 2026-12-04 🙂", D(2026, 12, 4)),
    ("حتى 2026-12-04", D(2026, 12, 4)),
    ("\x00\x072026-12-04\x1b", D(2026, 12, 4)),
    (None, None),
    (20261204, None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_date_far_into_long_text_is_not_searched_for():
    assert parse_date("x" * 100_000 + " 2026-12-04") is None
    assert parse_date("2026-12-04 " + "x" * 100_000) == D(2026, 12, 4)


@pytest.mark.parametrize("saved, by, note, notice", [
    # the current shape passes through untouched, with nothing to say
    ({"who": "Priya", "by": "2026-12-04", "by_note": "morning"}, "2026-12-04", "morning", ""),
    ({"who": "Priya", "by": "", "by_note": ""}, "", "", ""),
    ({"who": "Priya"}, "", "", ""),
    # an old typed date that is only a date: on the calendar, nothing else to keep
    ({"who": "Priya", "by": "2026/12/4"}, "2026-12-04", "", "now on the calendar as Friday 4 December 2026"),
    ({"who": "Priya", "by": "4 December 2026"}, "2026-12-04", "", "Check it is right"),
    # an old typed date with more words: the date on the calendar, every word kept in the note
    ({"who": "Priya", "by": "2026-12-04, a Friday"}, "2026-12-04", "2026-12-04, a Friday", "your words are kept"),
    ({"who": "Priya", "by": "Dec 4, 2026 (after payday)"}, "2026-12-04", "Dec 4, 2026 (after payday)",
     "your words are kept"),
    # an old typed text with no date that can be read: kept word for word, visible in the note
    ({"who": "Priya", "by": "this Friday"}, "", "this Friday", "It is kept in the note below"),
    ({"who": "Priya", "by": "04/12/2026"}, "", "04/12/2026", "It is kept in the note below"),
    ({"who": "Priya", "by": "2026-02-31"}, "", "2026-02-31", "Pick the date on the calendar"),
    # a note already there is kept too, and the old text is not added twice
    ({"who": "Priya", "by": "this Friday", "by_note": "morning"}, "", "this Friday · morning", "kept"),
    ({"who": "Priya", "by": "this Friday", "by_note": "this Friday"}, "", "this Friday", "kept"),
    # odd saved values never raise
    (None, "", "", ""),
    ([1, 2], "", "", ""),
    ({"who": 7, "by": 7, "by_note": None}, "", "", ""),
    ("Priya, my cousin's partner", "", "", ""),
])
def test_migrate(saved, by, note, notice):
    new, said = migrate(saved)
    assert set(new) == {"who", "by", "by_note"}
    assert new["by"] == by and new["by_note"] == note
    assert notice in said if notice else said == ""
    assert migrate(new) == (new, "")  # a migrated value stays as it is


def test_migrate_keeps_the_person_and_a_very_old_single_box():
    assert migrate({"who": "Ms Lin Chen", "by": "this Friday"})[0]["who"] == "Ms Lin Chen"
    assert migrate("Priya, my cousin's partner")[0]["who"] == "Priya, my cousin's partner"


@pytest.mark.parametrize("typed", ["x" * 100_000, "<script>alert(1)</script>", "🙂 Friday 🙂", "יום שישי",
                                   "a\x00b\x07c", "2026-12-04 " + "y" * 100_000])
def test_migrate_loses_nothing_of_hostile_text(typed):
    new, said = migrate({"who": "P", "by": typed})
    assert new["by_note"] == typed.strip()
    assert len(said) < 600


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_migrate_never_raises_and_never_drops_text(typed):
    new, _ = migrate({"who": "P", "by": typed})
    if not is_blank(typed) and new["by"] == "":
        assert new["by_note"] == typed.strip()
    assert new["by"] == "" or D.fromisoformat(new["by"])


@pytest.mark.parametrize("value, kinds, phrase", [
    ({}, ["info"], "Name the first person"),
    ({"who": "Priya", "by": ""}, ["good", "fix"], "Pick a date on the calendar"),
    ({"who": "", "by": "2026-12-04"}, ["fix", "good"], "Send it by Friday 4 December 2026"),
    ({"who": "Priya", "by": "2026-12-04"}, ["good", "good"], "Put it in your calendar"),
    ({"who": "Priya", "by": "2026-11-27"}, ["good", "good"], "Friday 27 November 2026"),  # today is fine
    ({"who": "Priya", "by": "2026-11-26"}, ["good", "fix"], "already passed"),
    ({"who": "Priya", "by": "2026-12-28"}, ["good", "good"], "Monday 28 December 2026"),
    ({"who": "Priya", "by": "2026-12-29"}, ["good", "info"], "more than a month"),
    ({"who": "Priya", "by": "", "by_note": "this Friday"}, ["good", "fix"], "note on the timing is kept"),
    ({"who": "Priya", "by": "this Friday"}, ["good", "fix"], "note on the timing is kept"),  # an old save
    ({"who": "Priya", "by": "2026/12/4"}, ["good", "good"], "Friday 4 December 2026"),  # an old save
    # "someone" could be anybody: the lesson's own sample calls it a wish, not a step (a walker got "✓ Good")
    ({"who": "someone", "by": "2026-12-04"}, ["fix", "good"], "could be anybody"),
    ({"who": "Someone in training", "by": "2026-12-04"}, ["fix", "good"], "name the person"),
    ({"who": "a recruiter", "by": "2026-12-04"}, ["fix", "good"], "could be anybody"),
    ({"who": "someone from my old team", "by": "2026-12-04"}, ["good", "good"], "Put it in your calendar"),
    ({"who": "Someone at Northwind", "by": "2026-12-04"}, ["good", "good"], "Put it in your calendar"),
    ({"who": "Dana Whitfield", "by": "2026-12-04"}, ["good", "good"], "Put it in your calendar"),
])
def test_check(value, kinds, phrase):
    items = check(value, today=TODAY)
    assert [k for k, _ in items] == kinds
    assert phrase in " ".join(t for _, t in items)


@pytest.mark.parametrize("value, complete", [
    ({"who": "Priya", "by": "2026-12-04"}, True),
    ({"who": "Priya", "by": "2026/12/4"}, True),
    ({"who": "Priya", "by": "this Friday"}, False),
    ({"who": " ", "by": "2026-12-04"}, False),
    ({"who": "somebody", "by": "2026-12-04"}, False),
    (None, False),
])
def test_is_complete(value, complete):
    assert is_complete(value) is complete


@pytest.mark.parametrize("date, words", [
    (D(2026, 12, 4), "Friday 4 December 2026"),
    ("2026-01-01", "Thursday 1 January 2026"),
    (dt.datetime(2027, 2, 28, 9, 0), "Sunday 28 February 2027"),
    ("2026/12/04", ""),
    ("nonsense", ""),
    (None, ""),
])
def test_readable(date, words):
    assert readable(date) == words


@pytest.mark.parametrize("value, expected", [
    ({"who": "Priya", "by": "2026-12-04", "by_note": ""},
     [("The first person I will write to", "Priya"), ("I will send my request by", "Friday 4 December 2026")]),
    ({"who": "Priya", "by": "2026-12-04", "by_note": "that morning"},
     [("The first person I will write to", "Priya"), ("I will send my request by", "Friday 4 December 2026"),
      ("My note on the timing", "that morning")]),
    # an old typed text with no date: shown as typed, where the date would be
    ({"who": "Priya", "by": "this Friday"},
     [("The first person I will write to", "Priya"), ("I will send my request by", "this Friday")]),
    ({"who": "", "by": "", "by_note": ""}, []),
])
def test_plan_fields(value, expected):
    assert plan_fields(value) == expected


def test_the_logic_does_not_import_ipywidgets():
    code = "import sys, lesson_utils.first_step, lesson_utils.plan; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
