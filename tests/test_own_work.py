"""Only the learner's own work goes into the plan: the tracker in the plan and its export, 7.1 and 7.3 kept
to the learner's own contact, and the course's examples and practice contact left out."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from lesson_utils.export import plan_fragment, plan_html, plan_markdown
from lesson_utils.lessons import lesson07
from lesson_utils.own_work import copied_fields, example, is_practice_contact, keep_own
from lesson_utils.plan import build_plan
from lesson_utils.store import Store

TODAY = dt.date(2026, 12, 5)
TRACKER = "05.5-outreach-tracker"
NOTES = "07.1-meeting-notes"
KEEP = "07.3-keep-in-touch"


def rows(*names_and_status):
    return {"rows": [{"id": f"r{i}", "name": n, "role": "UX researcher, St Luke's Hospital", "asked_on": "2026-11-20",
                      "follow_up_on": "2026-11-27", "status": s} for i, (n, s) in enumerate(names_and_status, 1)]}


def store_with(tmp_path, values):
    store = Store(tmp_path / "data")
    for eid, (value, status) in values.items():
        store.save(eid, value, status)
    return store


def section(plan, key):
    return next(s for s in plan.sections if s.key == key)


@pytest.mark.parametrize("name, practice", [
    ("Ruth Ferrer", True), ("ruth ferrer", True), ("  Ruth  ", True), ("Ruth.", True), ("Ms Ferrer", True),
    ("Ruth Okonjo", False), ("Amara Osei", False), ("", False), (None, False), (42, False),
    ("<script>Ruth</script>", False), ("ر" * 10, False),
    # written with her role or a note, as a learner did
    ("Ruth Ferrer, career coach (from the simulator)", True), ("Ruth - career coach", True),
    ("Ms Ferrer (practice meeting)", True), ("Ruth Okonjo, career coach", False), ("Ruthven Ltd, Leeds", False),
])
def test_is_practice_contact(name, practice):
    assert is_practice_contact(name) is practice


def test_the_example_is_the_one_lesson_seven_shows():
    assert lesson07.EXAMPLE_NOTES == example(NOTES) and set(example(NOTES)) == {"contact", "learned", "fit", "next"}
    example(NOTES)["learned"] = "changed"  # a copy: the course's example cannot be changed by accident
    assert example(NOTES)["learned"] != "changed"


@pytest.mark.parametrize("value, copied", [
    ({"learned": example(NOTES)["learned"]}, ["learned"]),
    ({"learned": "  " + example(NOTES)["learned"].upper().replace(" ", "\n") + " "}, ["learned"]),
    ({"learned": example(NOTES)["learned"] + " And more of my own."}, []),
    ({"learned": ""}, []),
    ("not a dict", []),
    (None, []),
])
def test_copied_fields(value, copied):
    assert copied_fields(NOTES, value) == copied


def test_the_tracker_is_in_the_plan_and_both_exports(tmp_path):
    store = store_with(tmp_path, {TRACKER: (rows(("Amara Osei", "asked"), ("Ben <b>Cole</b>", "met")), "done")})
    plan = build_plan(store, today=TODAY)
    outreach = section(plan, "outreach")
    assert outreach.state == "ready" and outreach.part == "ask" and outreach.lesson == "05"
    table = outreach.blocks[0]
    assert table.kind == "table" and table.headers[-2:] == ("Status", "What is next")
    assert [r[0] for r in table.items] == ["Amara Osei", "Ben <b>Cole</b>"]
    assert outreach.blocks[1].text == "Due on 5 December 2026: Amara Osei."
    md = plan_markdown(plan)
    assert "### Who I asked, and what is due" in md
    assert "| Amara Osei | UX researcher, St Luke's Hospital | 20 Nov 2026 | 27 Nov 2026 | Asked, no reply yet |" in md
    assert "Ben \\<b\\>Cole\\</b\\>" in md and not re.search(r"(?<!\\)<b>", md)
    page = plan_html(plan)
    assert "Who I asked, and what is due" in page and "Ben &lt;b&gt;Cole&lt;/b&gt;" in page
    assert "<b>Cole" not in page and "<b>Cole" not in plan_fragment(plan)


def test_an_empty_tracker_is_missing_and_says_where_to_fill_it(tmp_path):
    plan = build_plan(store_with(tmp_path, {TRACKER: ({"rows": []}, "in_progress")}), today=TODAY)
    outreach = section(plan, "outreach")
    assert outreach.is_missing and "exercise 5.5" in outreach.missing_text
    assert "lesson 5, *Ask for the meeting*" in plan_markdown(plan)


@pytest.mark.parametrize("saved", [
    "nonsense", 17, None, {"rows": "x"}, {"rows": [None, 1, {"name": 5}]},
    {"rows": [{"id": "r1", "name": "x" * 100_000, "status": "asked", "asked_on": "2026-11-20"}]},
])
def test_odd_tracker_values_never_break_the_plan(tmp_path, saved):
    plan = build_plan(store_with(tmp_path, {TRACKER: (saved, "done")}), today=TODAY)
    plan_markdown(plan), plan_html(plan)
    outreach = section(plan, "outreach")
    assert outreach.state in ("ready", "missing")
    for block in outreach.blocks:
        for row in block.items:
            assert len(row[0]) <= 80


def test_the_practice_contact_never_lands_in_the_plan(tmp_path):
    store = store_with(tmp_path, {
        TRACKER: (rows(("Ruth Ferrer", "met"), ("Amara Osei", "booked")), "done"),
        KEEP: ({"contacts": [{"id": "c1", "name": "Ruth", "met_on": "2026-11-27", "every": 4},
                             {"id": "c2", "name": "Amara Osei", "met_on": "2026-12-01", "every": 4}]}, "done"),
        NOTES: ({"contact": "Ruth Ferrer", "learned": "Niches matter.", "fit": "I like it.", "next": "Mira"}, "done"),
    })
    plan = build_plan(store, today=TODAY)
    everything = plan_markdown(plan) + plan_html(plan)
    md = "\n".join(line for line in plan_markdown(plan).splitlines() if not line.startswith("*Note:"))
    page = re.sub(r'<p class="note">Note:[^<]*</p>', "", plan_html(plan))
    assert "Ruth" not in md and "Ruth" not in page and "Amara Osei" in md
    assert "Niches matter" not in everything
    assert "Amara Osei" in everything
    assert section(plan, "notes").is_missing
    assert any("practice contact" in n for n in plan.notices)
    # the learner's saved work itself is untouched
    assert Store(tmp_path / "data").load(NOTES).value["contact"] == "Ruth Ferrer"


def test_a_copied_example_is_left_out_and_the_rest_kept(tmp_path):
    mine = dict(example(NOTES), contact="Amara Osei, UX researcher", fit="Research suits my patient interviews.")
    plan = build_plan(store_with(tmp_path, {NOTES: (mine, "done")}), today=TODAY)
    notes = section(plan, "notes")
    shown = {b.label: b.text for b in notes.blocks}
    assert shown == {"Who I met": "Amara Osei, UX researcher", "How it fits me": "Research suits my patient interviews."}
    assert notes.state == "draft"
    assert any("course's example" in n for n in plan.notices)
    md = plan_markdown(plan)
    assert example(NOTES)["learned"] not in md and example(NOTES)["next"] not in md


def test_an_all_example_copy_is_missing(tmp_path):
    plan = build_plan(store_with(tmp_path, {NOTES: (example(NOTES), "done")}), today=TODAY)
    assert section(plan, "notes").is_missing


def test_keep_own_on_its_own():
    saved = {KEEP: ([{"name": "Ruth Ferrer"}, {"name": "Amara"}], "done"), "03.1-introduction": ("hi", "done")}
    kept, notes = keep_own(saved)
    assert kept[KEEP][0] == [{"name": "Amara"}] and kept["03.1-introduction"] == ("hi", "done")
    assert len(notes) == 1 and "keep-in-touch plan (7.3)" in notes[0]
    assert keep_own({}) == ({}, [])


@pytest.mark.parametrize("contact, kind, words", [
    ("", "fix", "Write who you met"),
    ("   ", "fix", "Write who you met"),
    ("Ruth Ferrer", "info", "practice contact"),
    ("Amara Osei, UX researcher at St Luke's", "good", "Notes on your meeting with Amara Osei"),
    ("<script>alert(1)</script>", "good", "<script>alert(1)</script>"),
    ("x" * 100_000, "good", "…"),
    ("أمارا أوسي 🙂", "good", "أمارا أوسي 🙂"),
    ("Ama\x00ra\x07", "good", "Amara"),
])
def test_seven_one_asks_about_the_learners_own_contact(contact, kind, words):
    items = lesson07.check_own_notes({"contact": contact, "learned": "Research is mostly listening to people.",
                                      "fit": "I like it", "next": "Jo"})
    assert items[0][0] == kind and words in items[0][1]
    assert len(items[0][1]) < 300


def test_seven_one_flags_a_copied_example():
    items = lesson07.check_own_notes(dict(example(NOTES), contact="Amara Osei"))
    assert ("fix", ) == tuple(k for k, t in items if "word for word" in t)


def test_seven_one_widget_saves_the_contact(tmp_path):
    v = lesson07.meeting_notes(store=Store(tmp_path))
    v.boxes["contact"].value = "Ruth Ferrer"
    assert "practice contact" in v.feedback.value
    v.boxes["contact"].value = "Amara Osei, UX researcher at St Luke's"
    for key in ("learned", "fit", "next"):
        v.boxes[key].value = f"My own words about {key}, written after the meeting."
    v.save_button.click()
    record = Store(tmp_path).load(lesson07.NOTES_ID)
    assert record.status == "done" and record.value["contact"].startswith("Amara Osei")
    plan = build_plan(Store(tmp_path), today=TODAY)
    assert section(plan, "notes").blocks[0].text.startswith("Amara Osei")


def test_lesson_seven_no_longer_sends_the_learner_to_ruth():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[1] / "tools" / "notebook_sources" / "07_after_the_meeting.py").read_text(
        encoding="utf-8")
    assert "or the one with Ruth" not in source and "use the one you\n# played with Ruth" not in source
    assert "For Ruth, met on" not in source
    assert "your own contact" in source and "update_outreach_tracker()" in source


def test_the_exported_files_hold_the_tracker_and_not_the_practice_contact(tmp_path):
    from lesson_utils.export import write_plan

    store = store_with(tmp_path, {TRACKER: (rows(("Amara Osei", "met"), ("Ruth Ferrer", "met")), "done")})
    result = write_plan(build_plan(store, today=TODAY), "out", "plan", cwd=tmp_path)
    assert result.ok, result.message
    md, page = (f.read_text(encoding="utf-8") for f in result.files)
    for text in (md, page):
        assert "Who I asked, and what is due" in text and "Amara Osei" in text
    assert "| Ruth Ferrer" not in md and "<td dir=\"auto\">Ruth Ferrer</td>" not in page
