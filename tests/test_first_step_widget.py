"""Exercise 8.1's view: the date is picked on a calendar, saved as it changes, reloaded; an older typed
date stays visible in the note box; the plan and its export show the date in words."""

from __future__ import annotations

import datetime as dt

import ipywidgets as W
import pytest

from lesson_utils.export import plan_html, plan_markdown
from lesson_utils.plan import build_plan
from lesson_utils.store import Store
from lesson_utils.views.first_step import FirstStepView

EID = "08.1-next-step"
TODAY = dt.date(2026, 11, 27)


def view(tmp_path, **kw):
    return FirstStepView(EID, store=Store(tmp_path), today=TODAY, **kw)


def test_the_date_is_a_date_picker_with_a_label(tmp_path):
    v = view(tmp_path)
    assert isinstance(v.by, W.DatePicker) and v.by.value is None
    assert v.by.description and v.who.description and v.note.description
    assert "Name the first person" not in v.feedback.value  # nothing said before anything is typed


def test_picking_a_date_saves_it_and_reloads(tmp_path):
    v = view(tmp_path)
    v.who.value = "Ms Lin Chen, Northwind"
    rec = Store(tmp_path).load(EID)
    assert rec.status == "in_progress" and "Pick a date" in v.feedback.value
    v.by.value = dt.date(2026, 12, 4)
    rec = Store(tmp_path).load(EID)
    assert rec.status == "done"
    assert rec.value == {"who": "Ms Lin Chen, Northwind", "by": "2026-12-04", "by_note": ""}
    assert "Send it by Friday 4 December 2026" in v.feedback.value
    again = view(tmp_path)
    assert again.by.value == dt.date(2026, 12, 4) and again.who.value == "Ms Lin Chen, Northwind"
    assert "Friday 4 December 2026" in again.feedback.value


def test_a_date_in_the_past_is_a_mistake_to_fix_and_is_kept(tmp_path):
    v = view(tmp_path)
    v.who.value = "Priya"
    v.by.value = dt.date(2026, 11, 20)
    assert "already passed" in v.feedback.value
    assert Store(tmp_path).load(EID).value["by"] == "2026-11-20"


def test_clearing_the_date_keeps_the_person(tmp_path):
    v = view(tmp_path)
    v.who.value = "Priya"
    v.by.value = dt.date(2026, 12, 4)
    v.by.value = None
    rec = Store(tmp_path).load(EID)
    assert rec.value["who"] == "Priya" and rec.value["by"] == "" and rec.status == "in_progress"


def test_an_empty_save_says_so(tmp_path):
    v = view(tmp_path)
    v.save_button.click()
    assert "Nothing to save yet" in v.feedback.value
    assert Store(tmp_path).load(EID) is None


@pytest.mark.parametrize("old, picked, note, said", [
    ("this Friday", None, "this Friday", "It is kept in the note below"),
    ("2026-12-04, a Friday", dt.date(2026, 12, 4), "2026-12-04, a Friday", "your words are kept"),
    ("4 December 2026", dt.date(2026, 12, 4), "", "now on the calendar as Friday 4 December 2026"),
    ("2026-12-04", dt.date(2026, 12, 4), "", ""),
])
def test_an_old_typed_date_is_migrated_and_stays_visible(tmp_path, old, picked, note, said):
    Store(tmp_path).save(EID, {"who": "Priya", "by": old}, "done")
    v = view(tmp_path)
    assert v.who.value == "Priya"
    assert v.by.value == picked
    assert v.note.value == note
    if said:
        assert said in v.notice.value and "“" in v.notice.value
        assert v.feedback.value == ""  # the notice alone, not the same advice twice
    else:
        assert v.notice.value == "" and "Friday 4 December 2026" in v.feedback.value
    # nothing is rewritten until the learner changes something
    assert Store(tmp_path).load(EID).value == {"who": "Priya", "by": old}
    v.by.value = dt.date(2026, 12, 7)
    saved = Store(tmp_path).load(EID).value
    assert saved == {"who": "Priya", "by": "2026-12-07", "by_note": note}
    assert v.notice.value == ""


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "x" * 100_000, "🙂 Priya 🙂", "פרייה", "a\x00b"])
def test_hostile_text_is_saved_whole_and_shown_escaped(tmp_path, text):
    v = view(tmp_path)
    v.who.value = text
    v.by.value = dt.date(2026, 12, 4)
    saved = Store(tmp_path).load(EID).value
    assert len(saved["who"]) >= len(text.replace("\x00", "")) - 1
    assert "<script>" not in v.feedback.value and "<script>" not in v.notice.value
    if len(text) > 1000:
        assert "long for a first step" in v.feedback.value


def test_an_old_typed_note_reaches_the_notice_escaped(tmp_path):
    Store(tmp_path).save(EID, {"who": "Priya", "by": "<b>soon</b>"}, "done")
    v = view(tmp_path)
    assert "&lt;b&gt;soon" in v.notice.value and "<b>soon" not in v.notice.value
    assert v.note.value == "<b>soon</b>"


def test_the_plan_and_its_export_show_the_date_in_words(tmp_path):
    store = Store(tmp_path)
    store.save(EID, {"who": "Ms Lin Chen", "by": "2026-12-04", "by_note": "that morning"}, "done")
    plan = build_plan(store, today=TODAY)
    md, html = plan_markdown(plan), plan_html(plan)
    for text in (md, html):
        assert "Friday 4 December 2026" in text and "that morning" in text and "Ms Lin Chen" in text
        assert "2026-12-04" not in text


def test_the_plan_keeps_an_old_typed_date(tmp_path):
    store = Store(tmp_path)
    store.save(EID, {"who": "Ms Lin Chen", "by": "this Friday"}, "done")
    md = plan_markdown(build_plan(store, today=TODAY))
    assert "this Friday" in md and "Ms Lin Chen" in md


def test_the_lesson_function_gives_this_view(tmp_path):
    from lesson_utils.lessons.lesson08 import next_step

    assert isinstance(next_step(EID, Store(tmp_path)), FirstStepView)


def test_the_text_version_reads_old_and_new_saves(tmp_path, monkeypatch, capsys):
    from lesson_utils.lessons import lesson08

    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    Store(tmp_path).save(EID, {"who": "Priya", "by": "this Friday"}, "done")
    lesson08.print_next_step()
    out = capsys.readouterr().out
    assert "this Friday" in out and "no date picked yet" in out and "kept in the note" in out
    Store(tmp_path).save(EID, {"who": "Priya", "by": "2027-12-04", "by_note": ""}, "done")
    lesson08.print_next_step()
    assert "Saturday 4 December 2027" in capsys.readouterr().out


def test_a_date_already_past_is_saved_but_not_marked_done(tmp_path):
    """"has already passed" and "Saved (marked done)" once showed side by side."""
    import datetime as dt

    from lesson_utils.store import Store
    from lesson_utils.views.first_step import FirstStepView

    today = dt.date(2026, 12, 7)
    store = Store(tmp_path)
    view = FirstStepView("08.1-next-step", store=store, today=today)
    view.who.value = "Daniel Ortiz, HR partner at Acme"
    view.by.value = today - dt.timedelta(days=3)
    record = store.load("08.1-next-step")
    assert record.status == "in_progress" and "already passed" in view.feedback.value
    assert record.value["who"] == "Daniel Ortiz, HR partner at Acme"  # nothing lost
    view.by.value = today + dt.timedelta(days=3)
    assert store.load("08.1-next-step").status == "done"
