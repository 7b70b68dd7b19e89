"""The outreach tracker's logic (lesson_utils.tracker): dates, validation, add/edit/remove, what is due."""

from __future__ import annotations

import datetime as dt

import pytest

from lesson_utils.numbers import numbers
from lesson_utils.tracker import (
    MAX_ROWS,
    NAME_LIMIT,
    STATUSES,
    add_row,
    default_follow_up,
    due,
    due_now,
    due_summary,
    follow_up_wait_days,
    format_tracker,
    next_step,
    remove_row,
    suggested_status,
    set_status,
    suggest_follow_up,
    table_rows,
    to_date,
    update_row,
    valid_rows,
)

TODAY = dt.date(2026, 12, 5)
D = dt.date

HOSTILE = {
    "empty": "",
    "whitespace": " \n\t ",
    "huge": "n" * 100_000,
    "script": "<script>alert(1)</script>",
    "emoji": "Amara 🙂👩🏽‍💻",
    "rtl": "أمارا أوسي",
    "control": "Ama\x00ra\x07 Osei\x1b",
}


def test_the_wait_comes_from_the_course_numbers():
    assert follow_up_wait_days() == numbers()["follow_up_wait_days"] == 7
    assert "content-facts" in numbers()["follow_up_wait_days_source"]


@pytest.mark.parametrize("value, expected", [
    (D(2026, 12, 1), D(2026, 12, 1)),
    (dt.datetime(2026, 12, 1, 15, 30), D(2026, 12, 1)),
    ("2026-12-01", D(2026, 12, 1)),
    (" 2026-12-01 ", D(2026, 12, 1)),
    ("2026-02-30", None),
    ("next Tuesday", None),
    ("", None),
    (None, None),
    (20261201, None),
    (["2026-12-01"], None),
])
def test_to_date(value, expected):
    assert to_date(value) == expected


@pytest.mark.parametrize("asked, expected", [
    (D(2026, 12, 1), D(2026, 12, 8)),
    (D(2026, 12, 28), D(2027, 1, 4)),   # across the year end
    (D(2028, 2, 25), D(2028, 3, 3)),    # across a leap day
    ("2026-12-01", D(2026, 12, 8)),
    (None, None),
    ("soon", None),
])
def test_default_follow_up_is_a_week_later(asked, expected):
    assert default_follow_up(asked) == expected


@pytest.mark.parametrize("new, old, current, expected", [
    (D(2026, 12, 1), None, None, D(2026, 12, 8)),                      # empty: filled in
    (D(2026, 12, 2), D(2026, 12, 1), D(2026, 12, 8), D(2026, 12, 9)),  # was the default: moves along
    (D(2026, 12, 2), D(2026, 12, 1), D(2026, 12, 15), D(2026, 12, 15)),  # chosen by the learner: kept
    (None, D(2026, 12, 1), D(2026, 12, 8), None),                      # date asked cleared
])
def test_suggest_follow_up(new, old, current, expected):
    assert suggest_follow_up(new, old, current) == expected


@pytest.mark.parametrize("kwargs, ok, words", [
    (dict(name="Amara Osei", role="UX researcher, St Luke's", asked_on=D(2026, 12, 1), status="asked"),
     True, "Follow-up set for 8 December 2026"),
    (dict(name="Amara Osei", asked_on=D(2026, 12, 1), follow_up_on=D(2026, 12, 10), status="asked"), True, "Added"),
    (dict(name="Amara Osei", status="drafted"), True, "Added Amara Osei"),
    (dict(name="Amara Osei", asked_on=D(2026, 12, 1), status="drafted"), True, "not sent yet"),
    (dict(name="Amara Osei", asked_on=D(2026, 12, 1), follow_up_on=D(2026, 12, 2), status="asked"),
     True, "waiting about 7 days"),
    (dict(name="", asked_on=D(2026, 12, 1)), False, "Write the name"),
    (dict(name="Amara", asked_on=None, status="asked"), False, "Pick the date you sent"),
    (dict(name="Amara", asked_on=D(2026, 12, 9), status="asked"), False, "after today"),
    (dict(name="Amara", asked_on=D(2020, 1, 1), status="met"), False, "three years ago"),
    (dict(name="Amara", asked_on=D(2026, 12, 1), follow_up_on=D(2026, 11, 30)), False, "before the date you asked"),
    (dict(name="Amara", asked_on=D(2026, 12, 1), follow_up_on=D(2028, 12, 1)), False, "more than a year"),
    (dict(name="Amara", asked_on="2026-13-01"), False, "could not be read"),
    (dict(name="Amara", asked_on=D(2026, 12, 1), follow_up_on="soon"), False, "could not be read"),
    (dict(name="Amara", asked_on=D(2026, 12, 1), status="waiting"), False, "Choose a status"),
    (dict(name="Amara", asked_on=D(2026, 12, 1), status=None), False, "Choose a status"),
    (dict(name="Amara", role="r" * 500, asked_on=D(2026, 12, 1)), False, "still in the box"),
])
def test_add_row_validates_with_friendly_messages(kwargs, ok, words):
    outcome = add_row([], today=TODAY, **kwargs)
    assert outcome.ok is ok and words in outcome.message, outcome.message
    assert len(outcome.rows) == (1 if ok else 0)


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_names_give_a_message_or_a_clean_row(kind):
    text = HOSTILE[kind]
    outcome = add_row([], text, text, D(2026, 12, 1), None, "asked", TODAY)
    if kind in ("empty", "whitespace"):
        assert not outcome.ok and "Write the name" in outcome.message
    elif kind == "huge":
        assert not outcome.ok and "100,000 characters" in outcome.message and "still in the box" in outcome.message
    else:
        assert outcome.ok, outcome.message
        row = outcome.rows[0]
        assert "\x00" not in row["name"] and "\x07" not in row["name"] and "\n" not in row["name"]
        assert row["name"] and len(row["name"]) <= NAME_LIMIT
    if kind == "script":
        assert outcome.rows[0]["name"] == "<script>alert(1)</script>"  # kept as typed; escaped when shown


def test_same_name_twice_is_kept_with_a_note():
    first = add_row([], "Amara Osei", "", D(2026, 12, 1), None, "asked", TODAY)
    second = add_row(first.rows, "amara osei", "", D(2026, 12, 2), None, "asked", TODAY)
    assert second.ok and len(second.rows) == 2 and "already there" in second.message
    assert [r["id"] for r in second.rows] == ["r1", "r2"]


def test_the_tracker_has_a_limit():
    rows = [{"id": f"r{i}", "name": f"P{i}", "role": "", "asked_on": "", "follow_up_on": "", "status": "drafted"}
            for i in range(MAX_ROWS)]
    outcome = add_row(rows, "One more", "", None, None, "drafted", TODAY)
    assert not outcome.ok and str(MAX_ROWS) in outcome.message and len(outcome.rows) == MAX_ROWS


def test_edit_and_remove():
    rows = add_row([], "Amara Osei", "UX", D(2026, 12, 1), None, "asked", TODAY).rows
    rid = rows[0]["id"]
    changed = update_row(rows, rid, "Amara Osei", "UX researcher", D(2026, 11, 20), D(2026, 11, 27), "followed_up",
                         TODAY)
    assert changed.ok and changed.rows[0] == {"id": rid, "name": "Amara Osei", "role": "UX researcher",
                                              "asked_on": "2026-11-20", "follow_up_on": "2026-11-27",
                                              "status": "followed_up"}
    bad = update_row(changed.rows, rid, "", "", None, None, "asked", TODAY)
    assert not bad.ok and bad.rows == changed.rows  # nothing lost on a bad edit
    assert not update_row(changed.rows, "r99", "X", "", None, None, "drafted", TODAY).ok
    gone = remove_row(changed.rows, rid)
    assert gone.ok and gone.rows == [] and "Removed Amara Osei" in gone.message
    assert not remove_row(gone.rows, rid).ok


@pytest.mark.parametrize("start, new, ok, words", [
    ("asked", "met", True, "now “Met”"),
    ("booked", "thanked", True, "now “Thanked”"),
    ("asked", "drafted", True, "now “Request drafted"),
    ("drafted", "met", False, "Pick the date you sent"),
])
def test_set_status(start, new, ok, words):
    asked = None if start == "drafted" else D(2026, 11, 20)
    rows = add_row([], "Amara Osei", "", asked, None, start, TODAY).rows
    outcome = set_status(rows, rows[0]["id"], new, TODAY)
    assert outcome.ok is ok and words in outcome.message
    if ok:
        assert outcome.rows[0]["status"] == new


@pytest.mark.parametrize("status, follow_up, today, state, words", [
    ("asked", "2026-12-08", D(2026, 12, 5), "later", "in 3 days"),
    ("asked", "2026-12-08", D(2026, 12, 6), "soon", "in 2 days"),
    ("asked", "2026-12-08", D(2026, 12, 7), "soon", "in 1 day"),
    ("asked", "2026-12-08", D(2026, 12, 8), "today", "due today"),
    ("asked", "2026-12-08", D(2026, 12, 9), "overdue", "due 1 day ago"),
    ("asked", "2026-12-08", D(2026, 12, 20), "overdue", "due 12 days ago"),
    ("followed_up", "2026-12-08", D(2026, 12, 15), "today", "due today"),   # a week after the follow-up: move on
    ("followed_up", "2026-12-08", D(2026, 12, 10), "later", "in 5 days"),
    ("booked", "2026-12-08", D(2026, 12, 20), "none", ""),
    ("met", "2026-12-08", D(2026, 12, 20), "none", ""),
    ("asked", "", D(2026, 12, 20), "none", ""),
])
def test_due_from_a_given_today(status, follow_up, today, state, words):
    row = {"id": "r1", "name": "A", "role": "", "asked_on": "2026-12-01", "follow_up_on": follow_up, "status": status}
    found = due(row, today)
    assert (found.state, found.words) == (state, words)


def _row(rid, name, status, asked="2026-11-20", follow="2026-11-27"):
    return {"id": rid, "name": name, "role": "", "asked_on": asked, "follow_up_on": follow, "status": status}


def test_due_now_and_the_summary():
    rows = [_row("r1", "Amara", "asked"), _row("r2", "Ben", "asked", "2026-12-01", "2026-12-08"),
            _row("r3", "Chen", "met"), _row("r4", "Dev", "asked", "2026-11-28", "2026-12-05")]
    now = due_now(rows, TODAY)
    assert [r["name"] for r, _ in now] == ["Amara", "Dev"]
    assert due_summary(rows, TODAY) == "Due now (2): Amara, Dev. Thank-you to send: Chen."
    assert due_summary([rows[1]], TODAY) == "Nothing is due today. 1 still waiting for a reply."
    assert due_summary([], TODAY) == "Nobody in your tracker yet."
    # a meeting held or a request drafted is a step to take, whatever the follow-up dates say
    assert due_summary([rows[2]], TODAY) == "Thank-you to send: Chen. No follow-up is due today."
    assert due_summary([rows[1], rows[2], _row("r5", "Eve", "drafted", "", "")], TODAY) == (
        "Thank-you to send: Chen. Request to send: Eve. No follow-up is due today. 1 still waiting for a reply.")


@pytest.mark.parametrize("status", list(STATUSES))
def test_every_status_has_a_next_step_in_words(status):
    asked = "" if status == "drafted" else "2026-11-20"
    step = next_step(_row("r1", "A", status, asked, "2026-11-27" if asked else ""), TODAY)
    assert step and step[0].isupper() and "_" not in step


def test_table_rows_and_text_copy():
    rows = [_row("r1", "Amara <b>", "asked"), _row("r2", "Ben", "drafted", "", "")]
    table = table_rows(rows, TODAY)
    assert table[0][:5] == ("Amara <b>", "-", "20 Nov 2026", "27 Nov 2026", "Asked, no reply yet")
    assert table[0][5].startswith("Follow up on 27 Nov 2026 (due 8 days ago).")
    assert table[1][2] == "not sent yet" and table[1][3] == "-"
    text = format_tracker(rows, TODAY)
    assert "2 people" in text and "Due now (1): Amara <b>." in text
    assert "empty" in format_tracker([], TODAY)


@pytest.mark.parametrize("saved, n", [
    (None, 0), ("nonsense", 0), ({"rows": "x"}, 0), ({"rows": [1, "a", None]}, 0),
    ({"rows": [{"id": "r1", "name": "A", "status": "asked", "asked_on": "2026-11-20"}]}, 1),
    ({"rows": [{"id": "r1", "name": "  ", "status": "asked"}]}, 0),
    ({"rows": [{"id": "r1", "name": "A", "status": "bogus", "asked_on": "2026-11-20"}]}, 1),
    ({"rows": [{"id": "r1", "name": "A" * 500, "status": "met", "asked_on": "x"}]}, 1),
    ([{"id": "r1", "name": "A", "status": "asked", "asked_on": "2026-11-20"}], 1),
])
def test_valid_rows_never_raises(saved, n):
    rows = valid_rows(saved)
    assert len(rows) == n
    for r in rows:
        assert r["status"] in STATUSES and len(r["name"]) <= NAME_LIMIT
        if r["status"] != "drafted":
            assert to_date(r["asked_on"]) is not None


def test_lesson_five_says_the_same_wait():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "tools" / "notebook_sources" / "05_asking_for_the_meeting.py")
    text = " ".join(source.read_text(encoding="utf-8").replace("# ", " ").split())
    words = {7: "one week after the day you asked"}
    assert words[follow_up_wait_days()] in text


@pytest.mark.parametrize("new, follow, expected", [
    (dt.date(120, 12, 7), dt.date(2026, 12, 14), dt.date(2026, 12, 14)),   # half typed: left alone
    (dt.date(2026, 12, 7), None, dt.date(2026, 12, 14)),
])
def test_a_year_half_typed_never_moves_the_follow_up(new, follow, expected):
    from lesson_utils.tracker import suggest_follow_up
    assert suggest_follow_up(new, dt.date(2026, 12, 7), follow) == expected


def test_a_year_half_typed_gets_a_message_about_the_year_not_a_date_in_year_120():
    from lesson_utils.tracker import add_row
    out = add_row([], "Jo Park", "", dt.date(120, 12, 7), None, "asked", today=dt.date(2026, 12, 7))
    assert not out.ok and "four digits" in out.message and "120" not in out.message


@pytest.mark.parametrize("current, offered", [
    ("drafted", "asked"), ("asked", "met"), ("followed_up", "met"), ("booked", "met"), ("met", "thanked"),
    # no step after these: where they are, never back to "met" (a walk's careless click set a thanked contact back)
    ("thanked", "thanked"), ("declined", "declined"), ("moved_on", "moved_on"),
    ("nonsense", "met"), (None, "met"), (3, "met"),
])
def test_the_status_offered_next_never_goes_back(current, offered):
    assert suggested_status(current) == offered
