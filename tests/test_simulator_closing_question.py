"""The closing question in the scripted meeting (exercise 6.1): a real choice at the close, in the
course's own words, answered by the contact, and scored in the verdict like the other good closes."""

from __future__ import annotations

import re

import pytest

from lesson_utils.content import load_json
from lesson_utils.simulator import format_run, format_stats, format_verdict, load_script, match_line, replay
from lesson_utils.store import Store
from lesson_utils.views.simulator import SimulatorView

SCRIPT = load_script()
COURSE_WORDS = "What should I have asked you that I didn't?"
TO_CLOSE = ["smalltalk_brief", "intro_clear", "q_breaking_in", "follow_niche", "q_finding", "gracious_opening",
            "respect_time"]
# reaching the close without saying the time was up
TO_CLOSE_LATE = ["smalltalk_brief", "intro_clear", "q_breaking_in", "follow_niche", "q_finding", "gracious_opening",
                 "wait_time"]
ASKED_REMARK = "At the end you asked what you should have asked me."
MISSED_REMARK = "You could have asked me, “Is there anything I should have asked you?”"


def remarks(path):
    return " ".join(replay(path).verdict().remarks)


@pytest.mark.parametrize("path, ending, asked, present, absent", [
    # the closing question, then who else and keep in touch: the sample's warm ending
    (TO_CLOSE + ["closing_question", "ask_who_else", "keep_in_touch"], "warm", True, ASKED_REMARK, MISSED_REMARK),
    # the same close without it: still warm, but she says there was time for it
    (TO_CLOSE + ["ask_who_else", "keep_in_touch"], "warm", False, MISSED_REMARK, ASKED_REMARK),
    # the closing question, but no "who else": polite, and she says she had names
    (TO_CLOSE + ["closing_question", "keep_in_touch_final"], "polite", True, "never asked who else", MISSED_REMARK),
    # a good question, then a request for her clients: the favour costs the warm ending
    (TO_CLOSE + ["closing_question", "refer_clients_close", "keep_in_touch_final"], "polite", True,
     "not my clients", MISSED_REMARK),
    (TO_CLOSE + ["closing_question", "refer_clients_close", "leave"], "polite", True, "without saying thank you",
     MISSED_REMARK),
    # after the close's names, a favour: two favours, the visitor's ending
    (TO_CLOSE + ["closing_question", "ask_who_else", "refer_clients_names"], "polite", True, "not my clients",
     MISSED_REMARK),
    # she ended the meeting herself: there was no minute left, so no remark about the question
    (TO_CLOSE_LATE + ["ask_who_else", "keep_in_touch"], "warm", False, "", MISSED_REMARK),
    (TO_CLOSE_LATE + ["closing_question", "ask_who_else", "keep_in_touch"], "warm", True, ASKED_REMARK,
     MISSED_REMARK),
])
def test_the_closing_question_in_the_verdict(path, ending, asked, present, absent):
    conv = replay(path)
    verdict = conv.verdict()
    assert verdict is not None and verdict.ending == ending
    assert verdict.stats["asked_closing_question"] is asked
    said = " ".join(verdict.remarks)
    assert present in said
    assert absent not in said
    line = next(x for x in format_stats(verdict.stats) if COURSE_WORDS in x)
    assert line.endswith("yes.") if asked else line.endswith("no.")


def test_it_is_a_choice_at_the_close_before_who_else():
    ids = [o.id for o in replay(TO_CLOSE).choices()]
    assert "closing_question" in ids
    assert ids.index("closing_question") < ids.index("ask_who_else")


def test_it_is_not_offered_when_the_contact_has_to_leave():
    path = ["smalltalk_brief", "intro_clear", "q_breaking_in", "follow_niche", "q_finding", "gracious_opening",
            "ignore_time"]
    conv = replay(path)
    assert conv.node_id == "overstay"
    assert "closing_question" not in [o.id for o in conv.choices()]


def test_it_uses_the_course_wording():
    option = next(o for o in SCRIPT.node("close").options if o.id == "closing_question")
    assert COURSE_WORDS in option.say
    bank = [q["text"] for k in load_json("question_bank.json")["kinds"] for q in k["examples"]]
    assert COURSE_WORDS in bank
    close = next(s for s in load_json("meeting_shape.json")["stages"] if s["id"] == "close")
    assert any(COURSE_WORDS in line for line in close["do"])


def test_the_contact_answers_it_and_the_turn_is_a_turning_point():
    conv = replay(TO_CLOSE + ["closing_question"])
    assert conv.node_id == "a_closing"
    assert "Nobody asks about the slow start" in conv.host_line
    assert conv.state["questions"] == replay(TO_CLOSE).state["questions"] + 1
    last = conv.steps[-1].option
    assert last.turning_kind == "helped" and COURSE_WORDS in last.turning_note
    assert not re.search(r"\bhost", " ".join([conv.host_line, last.say, last.reaction, last.turning_note]), re.I)


def test_the_sample_path_asks_it():
    assert "closing_question" in SCRIPT.sample_path
    text = format_verdict(replay(SCRIPT.sample_path).verdict())
    assert ASKED_REMARK in text and f"{COURSE_WORDS}”: yes." in text


@pytest.mark.parametrize("typed", [
    "What should I have asked you that I didn't?",
    "Is there anything I haven't asked that you think I should know?",
    "what should i have asked?",
])
def test_typed_closing_questions_reach_it(typed):
    found = match_line(typed, replay(TO_CLOSE).choices(), use_coach=False)
    assert found.option is not None and found.option.id == "closing_question", found


def test_who_else_still_reaches_who_else():
    found = match_line("Who else would you suggest I talk to?", replay(TO_CLOSE).choices(), use_coach=False)
    assert found.option is not None and found.option.id == "ask_who_else"


def test_a_saved_run_from_before_the_question_still_replays():
    old_sample = TO_CLOSE + ["ask_who_else", "keep_in_touch"]
    saved = {"runs": [{"path": [{"node": n, "option": o} for n, o in
                                zip([s.node_id for s in replay(old_sample).steps], old_sample)], "ending": "warm"}]}
    assert "THE ENDING: A warm ending" in format_run(saved)


def test_the_view_plays_it_and_shows_the_score(tmp_path):
    view = SimulatorView("06.1-conversation", store=Store(tmp_path))
    for option_id in TO_CLOSE:
        view.choice.value = option_id
        view.say_button.click()
    assert COURSE_WORDS in " ".join(label for label, _ in view.choice.options)
    view.own_line.value = "Is there anything I haven't asked that you think I should know?"
    view.match_button.click()
    assert view.choice.value == "closing_question"
    view.say_button.click()
    assert "Nobody asks about the slow start" in view.transcript.value
    for option_id in ("ask_who_else", "keep_in_touch"):
        view.choice.value = option_id
        view.say_button.click()
    assert "A warm ending" in view.ending.value
    assert "At the end you asked what you should have asked me." in view.ending.value
    run = Store(tmp_path).load("06.1-conversation").value["runs"][-1]
    assert ["closing_question", "helped"] in run["turning_points"]
