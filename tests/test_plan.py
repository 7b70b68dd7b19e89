"""The interview plan builder: every lesson's saved work, in any shape, gathered without an error."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lesson_utils.content import load_json
from lesson_utils.course import lessons
from lesson_utils.plan import EXTRACTORS, STATES, build_plan, check_next_step, plan_spec
from lesson_utils.store import Store

TODAY = dt.date(2026, 11, 27)

FULL = {
    "01.1-who-to-learn-from": ({"who": "A nurse who moved into hospital IT", "why": "She made my move.",
                                "hope": "How she started"}, "done"),
    "03.1-introduction": ({"who": "I'm Sam.", "doing": "I teach science.", "why_them": "You moved into training.",
                           "learn": "I'd love to learn how you made that move.",
                           "introduction": "I'm Sam. I teach science. You moved into training. I'd love to learn how.",
                           "purpose": "to learn how you made that move", "words": 14, "seconds": 6}, "done"),
    "03.2-research-and-goal": ({"found": "Leads training at Northwind.", "not_searchable": "What surprised her?",
                                "goal": "whether it suits me"}, "done"),
    "04.1-question-drafter": ({"questions": [
        {"text": "What did it take for you to get started?", "topic": "breaking_in", "flags": []},
        {"text": "Which skills mattered most in your first year?", "topic": "skills_experience", "flags": []},
        {"text": "Can you refer clients to me?", "topic": "none", "flags": ["asks_for_favor"]},
        {"text": "Who else would you suggest I talk to?", "topic": "referrals", "flags": []}],
        "meeting_minutes": 20}, "done"),
    "05.1-who-to-ask": ({"known": "Priya", "wider": "alumni directory", "first": "Priya"}, "done"),
    "05.2-request-email": ({"subject": "20 minutes to learn about training design",
                            "body": "Dear Ms Chen,\n\nAna Ruiz suggested I write.\n\nSam", "words": 9}, "in_progress"),
    "05.3-follow-up": ({"text": "I wrote last week.", "words": 4}, "done"),
    "05.4-if-they-say-no": ({"text": "Thank you. Is there anyone else?", "words": 6}, "done"),
    "06.1-conversation": ({"current": [], "runs": [{"ending": "awkward"}, {"ending": "polite"}]}, "done"),
    "06.2-rehearse-my-meeting": ({"current": [], "runs": [{"ending": "warm", "verdict": {"words": "That was a pleasure."},
                                                           "changes": [{"text": "Ask one follow-up."}]}]}, "done"),
    "07.1-meeting-notes": ({"learned": "Pick a niche.", "fit": "I like it.", "next": "Lee"}, "done"),
    "07.2-thank-you": ({"note": "Dear Ruth,\nThank you.", "hours": 24, "intro_offered": True}, "done"),
    "07.3-keep-in-touch": ({"contacts": [{"id": "c1", "name": "Ms Lin Chen", "met_on": "2026-11-27",
                                          "promised": "Tell her how it goes", "every": 4}]}, "done"),
    "08.1-next-step": ({"who": "Priya", "by": "2026-12-04"}, "done"),
    "05.5-outreach-tracker": ({"rows": [{"id": "r1", "name": "Ms Lin Chen", "role": "Training designer, Northwind",
                                         "asked_on": "2026-11-10", "follow_up_on": "2026-11-17",
                                         "status": "thanked"}]}, "done"),
}


def store_with(tmp_path, values: dict) -> Store:
    store = Store(tmp_path / "data")
    for eid, (value, status) in values.items():
        store.save(eid, value, status)
    return store


def section(plan, key):
    return next(s for s in plan.sections if s.key == key)


def test_the_section_data_is_well_formed():
    spec = plan_spec()
    keys = [s["key"] for s in spec["sections"]]
    assert len(keys) == len(set(keys))
    parts = {p["key"] for p in spec["parts"]}
    numbers = {l.number for l in lessons()}
    for s in spec["sections"]:
        assert s["part"] in parts
        assert s["lesson"] in numbers
        assert s["extractor"] in EXTRACTORS
        assert s["exercises"] and all(e.startswith(s["lesson"] + ".") for e in s["exercises"])
        assert s["missing"].strip().endswith(".")
        if s["extractor"] == "fields":
            assert s["fields"] and all(len(f) == 2 for f in s["fields"])


def test_the_plan_reads_only_ids_the_course_lists_except_where_a_lesson_has_not_landed():
    listed = {e for l in lessons() for e in l.exercises}
    wanted = {e for s in plan_spec()["sections"] for e in s["exercises"]}
    # Every lesson that lists its exercises lists the ones the plan reads.
    numbers_with_lists = {l.number for l in lessons() if l.exercises}
    for eid in wanted:
        if eid[:2] in numbers_with_lists:
            assert eid in listed, f"the plan reads {eid}, which course.json does not list"


def test_an_empty_store_gives_every_section_missing_with_the_lesson_that_fills_it(tmp_path):
    plan = build_plan(Store(tmp_path), today=TODAY)
    assert plan.filled == 0 and len(plan.missing) == len(plan.sections) >= 10
    for s in plan.sections:
        assert s.state == "missing" and s.missing_text
        assert s.lesson_file.startswith(s.lesson + "_") and s.lesson_file.endswith(".ipynb")
        assert s.where.startswith(f"lesson {int(s.lesson)},") and ".ipynb" not in s.where  # "lesson 4", as lessons say
    # the checklist for the day is course content, so it shows even before the simulator is played
    assert any(b.kind == "checklist" for b in section(plan, "on_the_day").blocks)
    assert "0 of" in plan.summary


def test_a_full_store_fills_every_section(tmp_path):
    plan = build_plan(store_with(tmp_path, FULL), today=TODAY)
    assert plan.missing == [] and plan.summary.startswith("All ")
    assert section(plan, "request").state == "draft"
    assert section(plan, "introduction").state == "ready"
    questions = section(plan, "questions")
    qblock, to_fix = [b for b in questions.blocks if b.kind == "questions"]
    assert [q[0] for q in qblock.items][0] == "What did it take for you to get started?"
    assert qblock.items[0][1] == "Breaking in" and qblock.items[2][1] == "Referrals"
    assert all(q[2] == "" for q in qblock.items)  # the list to ask holds no question that needs work
    assert to_fix.label.startswith("Still to fix") and len(to_fix.items) == 1 and "favour" in to_fix.items[0][2]
    assert any("20-minute" in b.text for b in questions.blocks)
    email = next(b for b in section(plan, "request").blocks if b.kind == "letter")
    assert email.subject.startswith("20 minutes") and "Ana Ruiz" in email.text
    assert len(section(plan, "follow_up").blocks) == 2
    table = section(plan, "keep_in_touch").blocks[0]
    # the tracker says Ms Lin Chen was thanked: her next letter is the promise, not the thank-you (28 Nov)
    assert table.items[0][0] == "Ms Lin Chen" and table.items[0][4].startswith("4 Dec 2026: Do what you promised")
    # the day's checklist, and never the practice meeting's result: Ruth's meeting is Jo's, not the asker's
    on_the_day = section(plan, "on_the_day")
    assert [b.kind for b in on_the_day.blocks] == ["checklist"]
    assert not any("polite" in b.text or "meeting" in b.label for b in on_the_day.blocks)
    assert section(plan, "first_step").blocks[0].text == "Priya"


def test_a_partial_store_names_what_is_missing(tmp_path):
    partial = {k: FULL[k] for k in ("03.1-introduction", "05.2-request-email")}
    plan = build_plan(store_with(tmp_path, partial), today=TODAY)
    assert {s.key for s in plan.sections if not s.is_missing} == {"introduction", "request"}
    missing = {s.key: s for s in plan.missing}
    assert missing["questions"].lesson == "04" and "04_" in missing["questions"].lesson_file
    assert missing["thank_you"].lesson == "07"


@pytest.mark.parametrize("eid, value, key", [
    # older or simpler shapes still give content
    ("01.1-who-to-learn-from", "Just a string", "who"),
    ("03.1-introduction", {"who": "I'm Sam.", "learn": "I'd love to learn how."}, "introduction"),
    ("03.1-introduction", "I'm Sam and I'd like to learn.", "introduction"),
    ("04.1-question-drafter", ["What is a day like?", "How did you start?"], "questions"),
    ("04.1-question-drafter", "1. What is a day like?\n- How did you start?\n\n", "questions"),
    ("04.1-question-drafter", {"questions": ["What is a day like?"]}, "questions"),
    ("04.1-question-drafter", {"questions": [{"question": "What is a day like?", "kind": "role_insight"}]}, "questions"),
    ("04.1-question-drafter", {"questions": [{"text": "A?"}, {"text": "B?"}], "order": [1, 0]}, "questions"),
    ("04.1-question-drafter", [["What is a day like?", "role_insight"]], "questions"),
    ("05.2-request-email", "Dear Ms Chen, ...", "request"),
    ("05.3-follow-up", "I wrote last week.", "follow_up"),
    ("07.2-thank-you", "Thank you!", "thank_you"),
    ("07.3-keep-in-touch", [{"name": "Amara"}], "keep_in_touch"),
])
def test_older_and_simpler_shapes_are_read(tmp_path, eid, value, key):
    plan = build_plan(store_with(tmp_path, {eid: (value, "in_progress")}), today=TODAY)
    assert section(plan, key).state == "draft", section(plan, key)


def test_a_saved_order_is_followed(tmp_path):
    value = {"questions": [{"text": "A?"}, {"text": "B?"}], "order": [1, 0]}
    plan = build_plan(store_with(tmp_path, {"04.1-question-drafter": (value, "done")}), today=TODAY)
    block = section(plan, "questions").blocks[0]
    assert [q[0] for q in block.items] == ["B?", "A?"]


ODD = [None, 0, 1.5, True, "", "   ", [], {}, [None, 3, {}], {"who": None, "why": 5, "hope": ["x"]},
       {"questions": "not a list"}, {"questions": [{"text": None}, {"text": ""}, 7]}, {"contacts": [{"name": 5}]},
       {"contacts": "nope"}, {"runs": [{"ending": "unknown"}, "x"]}, {"note": {"a": 1}, "hours": "soon"},
       {"subject": ["x"], "body": {"y": 1}}, {"introduction": 3, "purpose": None}, [[1, 2]], "\x00\x07"]


@pytest.mark.parametrize("value", ODD, ids=[repr(v)[:30] for v in ODD])
def test_odd_values_never_raise_and_never_fill_a_section_with_nothing(tmp_path, value):
    ids = [e for s in plan_spec()["sections"] for e in s["exercises"]]
    store = store_with(tmp_path, {eid: (value, "done") for eid in ids})
    plan = build_plan(store, today=TODAY)
    for s in plan.sections:
        assert s.state in STATES
        if s.state != "missing":
            assert s.blocks, s.key
            assert all(b.kind for b in s.blocks)


def test_unreadable_and_newer_files_are_reported_not_raised(tmp_path):
    store = Store(tmp_path)
    store.save("03.1-introduction", FULL["03.1-introduction"][0], "done")
    (tmp_path / "work" / "03.1-introduction.json").write_text("{not json")
    (tmp_path / "work" / "05.2-request-email.json").write_text(json.dumps(
        {"schema": 99, "exercise_id": "05.2-request-email", "status": "done", "value": {"body": "x"}}))
    plan = build_plan(store, today=TODAY)
    assert section(plan, "introduction").is_missing and section(plan, "request").is_missing
    text = " ".join(plan.notices)
    assert "could not be read" in text and "newer version" in text


def test_a_broken_extractor_marks_its_section_missing_with_a_note(tmp_path, monkeypatch):
    import lesson_utils.plan as P

    def boom(spec, saved):
        raise RuntimeError("bug")

    monkeypatch.setitem(P.EXTRACTORS, "email", boom)
    plan = build_plan(store_with(tmp_path, FULL), today=TODAY)
    assert section(plan, "request").is_missing
    assert any("My request email" in n for n in plan.notices)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "questions", "order", "topic", "flags", "who", "body", "subject", "note",
                         "contacts", "name", "met_on", "every", "runs", "ending", "introduction", "purpose", "x"]),
        children, max_size=5),
    max_leaves=20)


@given(st.dictionaries(st.sampled_from([e for s in load_json("plan.json")["sections"] for e in s["exercises"]]),
                       json_values, max_size=6))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_saved_json_builds_a_plan(tmp_path_factory, values):
    folder = tmp_path_factory.mktemp("plan")
    store = Store(folder)
    for eid, value in values.items():
        store.save(eid, value, "in_progress")
    plan = build_plan(store, today=TODAY)
    assert len(plan.sections) == len(plan_spec()["sections"])


@pytest.mark.parametrize("answers, kinds, phrase", [
    ({}, ["info"], "Name the first person"),
    (None, ["info"], "Name the first person"),
    ({"who": "Priya", "by": ""}, ["good", "fix"], "Pick a date on the calendar"),
    ({"who": "", "by": "2026-12-04"}, ["fix", "good"], "Send it by Friday 4 December 2026"),
    ({"who": "Priya", "by": "2026-12-04"}, ["good", "good"], "calendar"),
    ({"who": "Priya", "by": "2026-11-01"}, ["good", "fix"], "already passed"),
    ({"who": "Priya", "by": "2027-06-01"}, ["good", "info"], "more than a month"),
    ({"who": "Priya", "by": "this Friday"}, ["good", "fix"], "note on the timing is kept"),
    ({"who": "Priya", "by": "2026-02-31"}, ["good", "fix"], "note on the timing is kept"),
    ({"who": "<script>alert(1)</script>", "by": 7}, ["good", "fix"], "Pick a date"),
])
def test_check_next_step(answers, kinds, phrase):
    items = check_next_step(answers, today=TODAY)
    assert [k for k, _ in items] == kinds
    assert phrase in " ".join(t for _, t in items)


@given(st.text(max_size=300), st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_check_next_step_takes_any_text(who, by):
    items = check_next_step({"who": who, "by": by}, today=TODAY)
    assert items and all(kind in {"good", "fix", "info"} and text for kind, text in items)


def test_a_half_written_pair_of_messages_says_which_one_is_missing(tmp_path):
    plan = build_plan(store_with(tmp_path, {"05.3-follow-up": FULL["05.3-follow-up"]}), today=TODAY)
    blocks = section(plan, "follow_up").blocks
    assert [b.kind for b in blocks] == ["letter", "note"]
    assert "My reply if they say no: not written yet (exercise 5.4)." == blocks[1].text


def test_questions_that_still_need_work_keep_the_part_a_draft(tmp_path):
    """Exercise 4.1 can be done while a question is still closed or two-in-one; the plan then says
    which ones need work and shows the part as a draft, never "Ready"."""
    from lesson_utils import drafter as D
    qs = ()
    for t in ("How did you get your first role in instructional design?", "Do you like your job?",
              "What skills from teaching carry over best to instructional design?",
              "Which communities would you recommend for new instructional designers?"):
        qs = D.add(qs, t).questions
    assert D.is_done(qs) and any(q.needs_work for q in qs)
    store = Store(tmp_path)
    store.save("04.1-question-drafter", D.to_value(qs, 30), D.status(qs))
    part = section(build_plan(store, today=TODAY), "questions")
    assert part.state == "draft" and part.state_words == "Draft"
    ready, to_fix = [b for b in part.blocks if b.kind == "questions"]
    assert [q[0] for q in to_fix.items] == ["Do you like your job?"] and to_fix.items[0][2].startswith("needs work (closed: yes/no")
    assert len(ready.items) == 3 and not any(q[2] for q in ready.items)
    assert any(b.kind == "note" and "1 question still needs work: fix or delete it in" in b.text for b in part.blocks)
    fixed = D.delete(qs, 1).questions
    store.save("04.1-question-drafter", D.to_value(fixed, 30), D.status(fixed))
    assert section(build_plan(store, today=TODAY), "questions").state == "ready"


@pytest.mark.parametrize("run, state", [
    ({"ending": "awkward", "verdict": {"words": "That was uncomfortable."},
      "changes": [{"text": "Leave out the request for a job."}]}, "draft"),
    ({"ending": "warm", "verdict": {"words": "That was a pleasure."},
      "changes": [{"text": "Ask one follow-up."}]}, "draft"),
    ({"ending": "warm", "verdict": {"words": "That was a pleasure."}, "changes": []}, "ready"),
])
def test_a_rehearsal_with_changes_still_to_make_is_a_draft_not_ready(tmp_path, run, state):
    """Lesson 8 once said "Ready" beside a rehearsal that ended awkward and listed what to change."""
    store = store_with(tmp_path, {"06.2-rehearse-my-meeting": ({"current": [], "runs": [run]}, "done")})
    assert section(build_plan(store, today=TODAY), "my_rehearsal").state == state


def test_a_list_too_long_for_the_meeting_is_a_draft_that_says_so(tmp_path):
    """The plan once said "Ready" beside 8 questions for 20 minutes, while lesson 4 said the list was too long."""
    from lesson_utils import drafter as D

    texts = ["How did you get into learning design?", "What does a typical week look like for you?",
             "Which skills matter most for an instructional designer?", "What do managers value most in a new designer?",
             "How do people usually find openings in learning design?", "Which books helped you most when you started?",
             "What has changed most in your field in five years?", "Who else would you suggest I talk to?"]
    value = D.to_value(tuple(D.make_entry(t) for t in texts), 20)
    store = store_with(tmp_path, {"04.1-question-drafter": (value, "done")})
    part = section(build_plan(store, today=TODAY), "questions")
    assert part.state == "draft"
    assert any("too long for a 20-minute meeting" in b.text for b in part.blocks)
    short = D.to_value(tuple(D.make_entry(t) for t in texts[:4]), 20)
    store = store_with(tmp_path / "short", {"04.1-question-drafter": (short, "done")})
    assert section(build_plan(store, today=TODAY), "questions").state == "ready"


@pytest.mark.parametrize("typed, shown", [
    ("After this meeting, I will know if urban planning suits me.", "if urban planning suits me."),
    ("after it, I will know... which course to take", "which course to take"),
    ("I will know whether GIS matters", "whether GIS matters"),
    ("whether planning suits me", "whether planning suits me"),
])
def test_a_goal_that_repeats_the_prompt_is_not_printed_twice(tmp_path, typed, shown):
    """A learner typed the prompt's words; the plan read "after this meeting, I will know: After this meeting..."."""
    store = Store(tmp_path)
    store.save("03.2-research-and-goal", {"found": "She leads planning at the city.", "not_searchable": "What surprised you?",
                                          "goal": typed}, status="done")
    blocks = [b for s in build_plan(store).sections for b in s.blocks if b.label.startswith("My goal")]
    assert [b.text for b in blocks] == [shown]


def test_the_plan_marks_the_spares_lesson_4_names(tmp_path):
    """A walk's time budget said "Keep question 4 as a spare"; the plan listed all five alike."""
    from lesson_utils import drafter as D

    texts = ["How did you get into charity project management?", "What does a typical week look like for you?",
             "Which skills matter most for a project officer?", "How do charities usually find project staff?",
             "Who else would you suggest I talk to?"]
    qs = tuple(D.make_entry(t) for t in texts)
    cut = D.budget(qs, 20).cut
    assert cut and all(qs[i].good for i in cut)
    store = store_with(tmp_path, {"04.1-question-drafter": (D.to_value(qs, 20), "done")})
    part = section(build_plan(store, today=TODAY), "questions")
    kinds = {q: k for b in part.blocks if b.kind == "questions" for q, k, *_ in b.items}
    for i, text in enumerate(texts):
        assert ("a spare" in kinds[text]) is (i in cut)
