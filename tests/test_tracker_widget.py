"""The outreach tracker's widgets (lesson 5, and lesson 7's update), driven in Python: set values, click, read."""

from __future__ import annotations

import datetime as dt

import ipywidgets as W
import pytest

from lesson_utils.lessons import lesson05, lesson07
from lesson_utils.store import Store
from lesson_utils.views.tracker import OutreachTracker

TODAY = dt.date(2026, 12, 5)
EID = "05.5-outreach-tracker"
HOSTILE = {
    "empty": "",
    "huge": "x" * 100_000,
    "script": "<script>alert(1)</script>",
    "emoji": "Amara 🙂👩🏽‍💻",
    "rtl": "أمارا أوسي",
    "control": "Ama\x00ra\x07",
}


def tracker(tmp_path, after=False):
    return OutreachTracker(EID, store=Store(tmp_path), today=TODAY, after_meeting=after)


def add(v, name, role="", asked=dt.date(2026, 11, 20), status="asked", follow=None):
    v.name.value, v.role.value, v.status.value = name, role, status
    v.asked_on.value = asked
    if follow is not None:
        v.follow_up_on.value = follow
    v.add_button.click()


def test_dates_are_picked_not_typed_and_the_follow_up_follows(tmp_path):
    v = tracker(tmp_path)
    assert isinstance(v.asked_on, W.DatePicker) and isinstance(v.follow_up_on, W.DatePicker)
    assert v.asked_on.value == TODAY and v.follow_up_on.value == dt.date(2026, 12, 12)
    v.asked_on.value = dt.date(2026, 11, 20)
    assert v.follow_up_on.value == dt.date(2026, 11, 27)
    v.follow_up_on.value = dt.date(2026, 11, 30)  # the learner's own choice is kept
    v.asked_on.value = dt.date(2026, 11, 21)
    assert v.follow_up_on.value == dt.date(2026, 11, 30)
    for control in (v.name, v.role, v.asked_on, v.follow_up_on, v.status, v.pick):
        assert control.description


def test_add_shows_saves_and_says_what_is_due(tmp_path):
    v = tracker(tmp_path)
    add(v, "Amara Osei", "UX researcher, St Luke's Hospital")
    assert "Added Amara Osei" in v.message.value
    assert "Due now (1)" in v.summary.value and "due 8 days ago" in v.summary.value
    assert "Amara Osei" in v.table.value and "27 Nov 2026" in v.table.value and "atl-due-overdue" in v.table.value
    rec = Store(tmp_path).load(EID)
    assert rec.status == "done" and rec.value["rows"][0]["follow_up_on"] == "2026-11-27"
    assert v.name.value == "" and v.asked_on.value == TODAY  # the form is ready for the next person
    again = tracker(tmp_path)
    assert "Amara Osei" in again.table.value  # reloaded


def test_a_mistake_keeps_everything_typed(tmp_path):
    v = tracker(tmp_path)
    add(v, "Amara Osei", "UX researcher", asked=dt.date(2026, 12, 9))  # a date after today
    assert "after today" in v.message.value and "To improve:" in v.message.value
    assert v.name.value == "Amara Osei" and v.role.value == "UX researcher"
    assert Store(tmp_path).load(EID) is None
    v.asked_on.value = dt.date(2026, 12, 2)
    v.add_button.click()
    assert "Added Amara Osei" in v.message.value


def test_edit_cancel_remove_and_undo(tmp_path):
    v = tracker(tmp_path)
    add(v, "Amara Osei")
    add(v, "Ben Cole", status="drafted")
    v.pick.value = v.rows[0]["id"]
    v.edit_button.click()
    assert v.name.value == "Amara Osei" and v.asked_on.value == dt.date(2026, 11, 20)
    assert v.save_button.layout.display is None and v.add_button.layout.display == "none"
    v.status.value = "booked"
    v.role.value = "Senior UX researcher"
    v.save_button.click()
    assert "Saved your changes" in v.message.value
    saved = Store(tmp_path).load(EID).value["rows"]
    assert saved[0]["status"] == "booked" and saved[0]["role"] == "Senior UX researcher"
    v.pick.value = saved[1]["id"]
    v.edit_button.click()
    v.name.value = ""
    v.save_button.click()  # a bad edit: message, nothing lost
    assert "Write the name" in v.message.value
    assert Store(tmp_path).load(EID).value["rows"][1]["name"] == "Ben Cole"
    v.cancel_button.click()
    assert "cancelled" in v.message.value and v.add_button.layout.display is None
    v.pick.value = saved[0]["id"]
    v.remove_button.click()
    assert [r["name"] for r in Store(tmp_path).load(EID).value["rows"]] == ["Ben Cole"]
    assert v.undo_button.layout.display is None
    v.undo_button.click()
    assert [r["name"] for r in Store(tmp_path).load(EID).value["rows"]] == ["Amara Osei", "Ben Cole"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_text_gives_a_message_and_is_never_live_html(tmp_path, kind):
    v = tracker(tmp_path)
    add(v, HOSTILE[kind], HOSTILE[kind])
    shown = v.message.value + v.table.value + v.summary.value + str(v.pick.options)
    assert "<script>" not in v.table.value and "<script>" not in v.message.value
    assert "Traceback" not in shown and "Something went wrong" not in shown
    if kind in ("empty", "huge"):
        assert "To improve:" in v.message.value and not v.rows
        assert v.name.value == HOSTILE[kind]  # nothing typed is lost
    else:
        assert "Added" in v.message.value and len(v.rows) == 1
    if kind == "script":
        assert "&lt;script&gt;" in v.table.value


def test_lesson_seven_updates_the_status_after_the_meeting(tmp_path):
    first = tracker(tmp_path)
    add(first, "Amara Osei", "UX researcher", status="booked")
    add(first, "Ben Cole", asked=dt.date(2026, 11, 25))
    v = tracker(tmp_path, after=True)
    assert v.widget.children[1].value.count("Update your outreach tracker") == 1
    assert "Due now" in v.summary.value or "Nothing is due" in v.summary.value
    v.pick.value = v.rows[0]["id"]
    v.new_status.value = "met"
    v.status_button.click()
    assert "now “Met”" in v.manage_message.value and v.message.value == ""  # beside Update status
    assert Store(tmp_path).load(EID).value["rows"][0]["status"] == "met"
    assert "Send your thank-you within 24 hours" in v.table.value


def test_lesson_seven_offers_each_person_their_next_status_and_hides_someone_new_while_editing(tmp_path):
    """A walker set Amara to Met, chose Ben, and "Their new status" still said Met; and the form's "Someone new?
    Add them here." stayed above "Edit this person"."""
    first = tracker(tmp_path)
    add(first, "Amara Osei", status="booked")
    add(first, "Ben Cole", status="met")
    v = tracker(tmp_path, after=True)
    v.pick.value = v.rows[0]["id"]
    assert v.new_status.value == "met"
    v.status_button.click()
    v.pick.value = v.rows[1]["id"]
    assert v.new_status.value == "thanked"
    assert "Someone new?" in v.someone_new.value
    v.edit_button.click()
    assert v.someone_new.value == "" and "Edit this person" in v.form_title.value
    v.cancel_button.click()
    assert "Someone new?" in v.someone_new.value


def test_lesson_seven_status_needs_a_date_first(tmp_path):
    first = tracker(tmp_path)
    add(first, "Ben Cole", status="drafted")
    v = tracker(tmp_path, after=True)
    v.new_status.value = "met"
    v.status_button.click()
    assert "Pick the date you sent" in v.manage_message.value and "Edit this person" in v.manage_message.value
    assert Store(tmp_path).load(EID).value["rows"][0]["status"] == "drafted"


def test_a_failing_store_shows_words_not_a_traceback(tmp_path, monkeypatch):
    v = tracker(tmp_path)

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("lesson_utils.views.tracker.add_row", boom)
    add(v, "Amara Osei")
    assert "nothing you typed was lost" in v.message.value and v.name.value == "Amara Osei"


def test_lesson_glue_and_text_copies(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    lesson05.print_outreach_tracker(today=TODAY)
    assert "tracker is empty" in capsys.readouterr().out
    v = lesson05.outreach_tracker(today=TODAY)
    add(v, "Amara Osei", "UX researcher")
    lesson05.print_outreach_tracker(today=TODAY)
    lesson07.print_outreach_due(today=TODAY)
    out = capsys.readouterr().out
    assert out.count("Due now (1): Amara Osei.") == 2
    after = lesson07.update_outreach_tracker(today=TODAY)
    assert after.after_meeting and after.saver.exercise_id == lesson05.TRACKER_ID


def test_the_notebooks_use_the_tracker_where_the_course_says():
    from pathlib import Path

    import nbformat

    root = Path(__file__).resolve().parents[1] / "notebooks"
    five = [c.source for c in nbformat.read(root / "05_asking_for_the_meeting.ipynb", as_version=4).cells
            if c.cell_type == "code"]
    seven = [c.source for c in nbformat.read(root / "07_after_the_meeting.ipynb", as_version=4).cells
             if c.cell_type == "code"]
    assert five.index('decline_reply_drafter("05.4-if-they-say-no")') \
        < five.index('outreach_tracker("05.5-outreach-tracker")') < five.index('quiz_widget("05.9-quiz")')
    assert seven.index("update_outreach_tracker()") < seven.index('meeting_notes("07.1-meeting-notes")')
