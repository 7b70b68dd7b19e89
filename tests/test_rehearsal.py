"""Rehearse my meeting (exercise 6.2): the plan, the contact's reactions, the clock, the verdict, the replay."""

from __future__ import annotations

import json
import re

import pytest

from lesson_utils import rehearsal as R
from lesson_utils.content import load_json
from lesson_utils.export import plan_html, plan_markdown
from lesson_utils.intro import check_intro, saved_value
from lesson_utils.plan import build_plan
from lesson_utils.simulator import SimulatorError
from lesson_utils.store import Store

NURSE_INTRO = {
    "who": "I'm Dana Reyes, and I've been a ward nurse for nine years.",
    "doing": "I'm exploring a move into UX research.",
    "why_them": "Your talk at the health-tech meetup on testing patient apps with nurses stayed with me.",
    "learn": "I'd love to learn how you moved into research, and which of my nursing skills carry over.",
}
GOOD_QUESTIONS = [
    "How did you get your first role in UX research?",
    "Which skills from clinical work carry over best into research with patients?",
    "What do hiring managers look for in a junior UX researcher portfolio?",
    "Who else would you suggest I talk to about UX research in healthcare?",
]
FAVOUR = "Could you refer me to your hiring manager for a junior researcher job?"
#: The moves a prepared asker makes, in order of preference, whatever is on offer.
GOOD_MOVES = ("intro", "follow_up", "next", "close_time", "close", "referral", "next_step", "thank", "leave")


def saved(questions, minutes=20, intro=NURSE_INTRO):
    return saved_value(check_intro(intro)), {"questions": [{"text": q} for q in questions], "meeting_minutes": minutes}


def nurse_plan(questions=GOOD_QUESTIONS, minutes=20, intro=NURSE_INTRO):
    return R.plan_from_saved(*saved(questions, minutes, intro))


def play(r: R.Rehearsal, prefer=GOOD_MOVES, limit=200) -> R.Rehearsal:
    """Play to the end, taking the first preferred move on offer each turn."""
    for _ in range(limit):
        if r.is_over:
            return r
        ids = [m.id for m in r.moves()]
        r.say(next(i for i in prefer if i in ids))
    raise AssertionError("the meeting never ended")


# ------------------------------------------------------------------ the plan
@pytest.mark.parametrize("doing, field", [
    ("I'm exploring a move into UX research.", "UX research"),
    ("I want a career in hospital pharmacy, and soon.", "hospital pharmacy"),
    ("I'm moving toward data journalism because I love stories.", "data journalism"),
    ("I'm thinking of becoming a career coach.", "career coach"),
    ("I teach science.", ""),
    ("", ""),
    (None, ""),
])
def test_the_field_is_read_from_what_you_are_moving_toward(doing, field):
    assert R.field_from(doing) == field


def test_a_saved_plan_keeps_the_questions_in_their_saved_order_and_the_time_budget():
    plan = nurse_plan(minutes=30)
    assert plan.questions == tuple(GOOD_QUESTIONS) and plan.minutes == 30
    assert plan.field == "UX research" and "ward nurse" in plan.introduction
    assert plan.purpose.startswith("To learn how you moved into research")
    assert R.can_start(plan) and R.plan_needs(plan) == []


@pytest.mark.parametrize("intro_value, questions_value, needs, can_start", [
    (None, None, 2, False),
    ({}, {"questions": []}, 2, False),
    ("junk", ["", "   ", 7], 2, False),
    (saved_value(check_intro(NURSE_INTRO)), None, 1, False),
    (None, {"questions": [{"text": GOOD_QUESTIONS[0]}]}, 1, True),
])
def test_an_empty_or_partial_plan_says_what_it_needs(intro_value, questions_value, needs, can_start):
    plan = R.plan_from_saved(intro_value, questions_value)
    assert len(R.plan_needs(plan)) == needs
    assert R.can_start(plan) is can_start
    if not can_start:
        with pytest.raises(SimulatorError, match="exercise 4.1"):
            R.Rehearsal(plan)
        text = R.rehearse(plan)
        assert "needs" in text and "sample plan" in text


def test_the_sample_plan_is_short_good_and_follows_the_course_persona():
    plan = R.sample_plan()
    assert plan.sample and 3 <= len(plan.questions) <= 5 and plan.minutes == 20
    assert "Sam Okafor" in plan.introduction
    assert all(R.read_question(q).kind == "good" for q in plan.questions)
    assert play(R.Rehearsal(plan)).ending() == "warm"
    # Sam's introduction is offered as the sample's, never as the learner's own (a walker was puzzled)
    labels = [m.label for m in R.Rehearsal(plan).moves()]
    assert "Give the sample plan's introduction" in labels and "Give my saved introduction" not in labels


# ------------------------------------------------------------------ endings
@pytest.mark.parametrize("questions, minutes, moves, ending", [
    (GOOD_QUESTIONS, 20, GOOD_MOVES, "warm"),
    (GOOD_QUESTIONS, 30, GOOD_MOVES, "warm"),
    (GOOD_QUESTIONS[:3], 20, GOOD_MOVES, "warm"),  # no referral question on the list: asked at the close
    (GOOD_QUESTIONS[:1] + [FAVOUR] + GOOD_QUESTIONS[1:], 20, GOOD_MOVES, "awkward"),
    (GOOD_QUESTIONS, 20, ("intro", "next", "close_time", "close", "leave"), "polite"),  # no thanks
])
def test_plans_reach_the_ending_they_deserve(questions, minutes, moves, ending):
    r = play(R.Rehearsal(nurse_plan(questions, minutes)), moves)
    v = r.verdict()
    assert v.ending == ending
    assert v.title == load_json("rehearsal.json")["endings"][ending]["title"]
    assert "{field}" not in v.words and all("{" not in a for a in v.answers.values())


def test_a_good_plan_reaches_the_warm_ending_with_the_field_filled_in():
    r = play(R.Rehearsal(nurse_plan()))
    v = r.verdict()
    assert v.ending == "warm" and "UX research" in v.words
    assert v.stats["purpose_clear"] and v.stats["favour_asks"] == 0 and v.stats["talk_share"] <= 0.5
    assert v.stats["respected_time"] and not v.stats["overstayed"] and v.stats["questions_left"] == 0
    answers = [t.reply for t in r.turns if t.kind == "good"]
    assert len(answers) == len(GOOD_QUESTIONS) and all("UX research" in a for a in answers)
    assert any("Ask a follow-up, or move on?" == t.note for t in r.turns)


def test_a_favour_gets_the_awkward_reaction_and_the_awkward_ending():
    r = play(R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1] + [FAVOUR] + GOOD_QUESTIONS[1:])))
    favour = next(t for t in r.turns if t.said == FAVOUR)
    assert favour.kind == "asks_for_favor" and favour.turning_kind == "hurt"
    assert "awkward pause" in favour.note.lower() and "uncomfortable" in favour.note
    v = r.verdict()
    assert v.ending == "awkward" and v.answers["introduce"].startswith("No")
    assert any("favour" in x for x in v.remarks)
    top = r.changes()[0]
    assert top["lesson"] == "04" and top["file"] == "04_drafting_questions.ipynb" and "favour" in top["text"]


# ------------------------------------------------------------------ reactions
@pytest.mark.parametrize("question, kind, reply", [
    ("Is UX research hard to get into?", "closed", r"^(Yes|Mostly, yes|It depends)\.$"),
    ("What is UX research like?", "vague", r"^Where would you like me to start\?$"),
    ("Any advice?", "vague", r"^Where would you like me to start\?$"),
    ("What does your company sell?", "researchable", r"^It's on our website, actually\.$"),
    ("Where is your company based?", "researchable", r"^It's on our website, actually\.$"),
    (FAVOUR, "asks_for_favor", r"not .*able|not something I can do"),
    ("Can you refer clients to me?", "asks_for_favor", r"not .*able|not something I can do"),
    ("How much do you make?", "personal", r"keep that to myself"),
    ("I love research.", "self_focused", r"What would you like to ask me\?"),
    ("How did you get your first role in UX research?", "good", r"UX research"),
    ("What books or communities would you recommend for someone new to UX research?", "good", r"UX research"),
    ("What does a typical week look like for you?", "good", r"UX research"),
])
def test_each_kind_of_question_gets_its_reaction(question, kind, reply):
    r = R.Rehearsal(nurse_plan())
    r.say("intro")
    turn = r.say("typed", question)
    assert turn.kind == kind
    assert re.search(reply, turn.reply), turn.reply
    assert (turn.turning_kind == "hurt") is (kind != "good")
    follow = any(m.id == "follow_up" for m in r.moves())
    assert follow is (kind == "good")


@pytest.mark.parametrize("kind", ["breaking_in", "skills_experience", "valued_qualities", "finding_position",
                                  "referrals", "resources", "role_insight"])
def test_every_kind_has_several_answers_with_the_field_and_a_hook(kind):
    answers = load_json("rehearsal.json")["answers"][kind]
    assert len(answers) >= 3 and len({a["say"] for a in answers}) == len(answers)
    assert all("{field}" in a["say"] and a["hook"] for a in answers)


def test_the_same_question_gets_the_same_answer_and_different_questions_vary():
    replies = set()
    for q in ["How did you get your first role in UX research?", "How did you get started in UX research?",
              "What did it take to get your first job in UX research?", "How do most people break into UX research?"]:
        first, second = R.Rehearsal(nurse_plan()), R.Rehearsal(nurse_plan())
        for r in (first, second):
            r.say("intro")
        a, b = first.say("typed", q), second.say("typed", q)
        assert a.reply == b.reply
        replies.add(a.reply)
    assert len(replies) >= 2


@pytest.mark.parametrize("intro, purpose, result", [
    (NURSE_INTRO, None, "clear"),
    ({**NURSE_INTRO, "who": "I'm Dana. " + "I have worked on wards, in clinics, on night shifts and in training. " * 8},
     None, "too_long"),
    ({**NURSE_INTRO, "learn": "Just to chat."}, "", "no_purpose"),
    ({**NURSE_INTRO, "learn": "I'm hoping you could hire me as a junior researcher on your team."}, None, "favour"),
])
def test_the_opening_reply_depends_on_the_3_1_checks(intro, purpose, result):
    plan = nurse_plan(intro=intro)
    if purpose is not None:
        plan = R.MeetingPlan(plan.introduction, purpose, plan.field, plan.questions, plan.minutes)
    r = R.Rehearsal(plan)
    turn = r.say("intro")
    assert turn.kind == result
    assert (turn.turning_kind == "helped") is (result == "clear")
    assert r.state["purpose_clear"] is (result in ("clear", "too_long"))
    if result == "no_purpose":
        assert r.phase == "opening" and "what would you like to learn" in r.prompt  # asked again, as in the story
        turn = r.say("typed", "I'm a nurse moving into UX research, and I'd love to learn which nursing skills carry over.")
        assert turn.kind == "clear" and r.phase == "questions"


# ------------------------------------------------------------------ the clock
def test_forty_questions_run_into_the_time_signal_and_then_the_last_call():
    questions = [f"What did you learn in year {n} of your work in UX research?" for n in range(1, 41)]
    plan = nurse_plan(questions, 20)
    assert len(plan.questions) == R.MAX_QUESTIONS == 40
    r = R.Rehearsal(plan)
    r.say("intro")
    while r.phase == "questions":
        r.say("next")
    assert r.phase == "time" and "20 minutes" in r.prompt
    assert 16 <= r.minute < 20
    r.say("run_over")
    while r.phase == "questions":
        r.say("next")
    assert r.phase == "close" and r.state["cut_short"] and r.state["overstayed"]
    last = r.turns[-1]
    assert last.move == "last_call" and last.turning_kind == "hurt"
    play(r)
    v = r.verdict()
    assert v.ending == "polite" and v.stats["questions_left"] > 20 and v.stats["overstayed"]
    assert any("ran well over" in x for x in v.remarks)
    assert any(c["lesson"] == "06" for c in r.changes(5))


def test_offering_to_stop_keeps_the_time_and_counts_the_questions_left():
    questions = [f"What did you learn in year {n} of your work in UX research?" for n in range(1, 41)]
    r = R.Rehearsal(nurse_plan(questions, 30))
    r.say("intro")
    while r.phase == "questions":
        r.say("next")
    r.say("close_time")
    play(r)
    v = r.verdict()
    assert v.stats["respected_time"] and not v.stats["overstayed"] and v.stats["minutes"] <= 30
    left = v.stats['questions_left']
    words = "one more question" if left == 1 else f"{left} more questions"
    assert any(f"You had {words} on your list" in x for x in v.remarks)


# ------------------------------------------------------------------ verdict and replay
def test_turning_points_and_the_two_changes_name_what_happened():
    questions = ["Is UX research hard to get into?", "What is UX research like?", GOOD_QUESTIONS[0]]
    r = play(R.Rehearsal(nurse_plan(questions)), ("intro", "next", "close", "leave"))
    points = r.turning_points()
    kinds = [(t.kind, t.turning_kind) for _, t in points]
    assert ("clear", "helped") in kinds and ("closed", "hurt") in kinds and ("vague", "hurt") in kinds
    assert ("leave", "hurt") in kinds  # no thank-you
    changes = r.changes()
    assert len(changes) == 2 and all(c["file"].endswith(".ipynb") and c["title"] for c in changes)
    assert [c["lesson"] for c in changes] == ["04", "04"]
    assert "closed" in changes[0]["text"] and "broad" in changes[1]["text"]
    text = R.format_replay(r)
    assert text.count("Turning point") == len(points) and "04_drafting_questions.ipynb" in text


def test_a_saved_path_replays_to_the_same_meeting():
    first = play(R.Rehearsal(nurse_plan()))
    again = R.replay(first.plan, first.path)
    assert R.transcript_lines(again) == R.transcript_lines(first)
    assert again.verdict() == first.verdict()
    with pytest.raises(SimulatorError):
        R.replay(first.plan, [{"move": "leave"}])
    record = R.run_record(first)
    assert json.loads(json.dumps(record)) == record and record["ending"] == "warm"


@pytest.mark.parametrize("move", ["", "nonsense", None, 3])
def test_a_move_that_is_not_on_offer_is_refused_in_words(move):
    r = R.Rehearsal(nurse_plan())
    with pytest.raises(SimulatorError, match="not a choice"):
        r.say(move)
    assert r.turns == []


# ------------------------------------------------------------------ hostile text
HOSTILE = ["", "x" * 100_000, "<script>alert(1)</script>", "🙂🚀 " * 20, "أريد أن أتعلم كيف بدأت؟",
           "ab\x00c\x07d\x1b[31m?", "   \n\t  "]


@pytest.mark.parametrize("text", HOSTILE, ids=["empty", "huge", "script", "emoji", "rtl", "control", "spaces"])
def test_hostile_text_in_every_field_never_breaks_the_rehearsal(text):
    intro = {k: text for k in ("who", "doing", "why_them", "learn")}
    plan = R.plan_from_saved({**intro, "introduction": text, "purpose": text},
                             {"questions": [{"text": text}, {"text": GOOD_QUESTIONS[0]}, text], "meeting_minutes": text})
    assert plan.minutes == 20 and len(plan.introduction) <= R.MAX_INTRO_CHARS
    assert all(q.strip() and len(q) <= R.MAX_LINE_CHARS for q in plan.questions)
    r = R.Rehearsal(plan)
    moves = [m.id for m in r.moves()]
    assert "typed" in moves
    if "intro" in moves:
        r.say("intro")
    else:
        r.say("typed", "I'm a nurse moving into UX research, and I'd love to learn how people get started.")
    while r.phase == "opening":
        r.say("typed", "I'd love to learn how nurses move into UX research.")
    before = len(r.turns)
    if not text.strip():
        with pytest.raises(SimulatorError, match="Type what you want to say"):
            r.say("typed", text)
        assert len(r.turns) == before
    elif len(text) > R.MAX_LINE_CHARS:
        with pytest.raises(SimulatorError, match="shorten it"):
            r.say("typed", text)
        assert len(r.turns) == before
    else:
        turn = r.say("typed", text)
        assert "\x00" not in turn.said and turn.reply
    play(r)
    assert r.verdict() is not None
    assert "\x00" not in R.format_replay(r) and "\x07" not in R.rehearse(plan, ["typed"])


# ------------------------------------------------------------------ plan and export
def test_the_verdict_goes_into_the_lesson_8_plan_and_its_export(tmp_path):
    store = Store(tmp_path)
    r = play(R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1] + [FAVOUR])))
    store.save(R.EXERCISE_ID, {"plan": r.plan.to_json(), "current": [], "runs": [R.run_record(r)]}, "done")
    plan = build_plan(store)
    section = next(s for s in plan.sections if s.key == "my_rehearsal")
    # an awkward ending lists what to change: a draft until a rehearsal goes well
    assert section.state == "draft" and section.lesson == "06"
    text = " ".join(b.text for b in section.blocks)
    assert "awkward" in text and r.verdict().words in text and "favour" in text
    md, page = plan_markdown(plan), plan_html(plan)
    assert "My rehearsal of my own meeting" in md and "That was uncomfortable" in md
    assert "My rehearsal of my own meeting" in page and "That was uncomfortable" in page


@pytest.mark.parametrize("value", [None, {}, {"runs": "x"}, {"runs": [{"ending": "odd"}, 5]}, {"runs": []}])
def test_the_plan_shows_the_rehearsal_as_missing_until_one_is_finished(tmp_path, value):
    store = Store(tmp_path)
    if value is not None:
        store.save(R.EXERCISE_ID, value, "in_progress")
    section = next(s for s in build_plan(store).sections if s.key == "my_rehearsal")
    assert section.is_missing and "6.2" in section.missing_text


def test_the_exercise_is_in_the_course_map_and_the_data_never_says_host():
    lesson = next(l for l in load_json("course.json")["lessons"] if l["number"] == "06")
    assert R.EXERCISE_ID in lesson["exercises"]
    raw = json.dumps(load_json("rehearsal.json"))
    assert not re.search(r"\bhost", raw, re.I)


CLOSING = "Is there anything I haven't asked that I should know?"


def test_the_close_offers_the_closing_question_and_the_contact_answers_it():
    r = play(R.Rehearsal(nurse_plan()), ("intro", "next", "close_time", "close", "closing_question", "referral",
                                         "next_step", "thank", "leave"))
    turn = next(t for t in r.turns if t.kind == "closing_question")
    assert turn.said == CLOSING and "UX research" in turn.reply
    assert turn.turning_kind == "helped" and "lets the contact add" in turn.turning_note and turn.lesson == "04"
    assert r.verdict().ending == "warm"


def to_the_close(r: R.Rehearsal) -> R.Rehearsal:
    """Ask every question on the list, then move to the close."""
    for _ in range(100):
        if r.phase == "close":
            return r
        ids = [m.id for m in r.moves()]
        r.say(next(i for i in ("intro", "next", "close_time", "close") if i in ids))
    raise AssertionError("the close never came")


def test_the_closing_question_is_not_offered_again_once_asked():
    r = to_the_close(R.Rehearsal(nurse_plan(GOOD_QUESTIONS + [CLOSING])))
    assert any(t.said == CLOSING and t.kind == "good" for t in r.turns)
    assert "closing_question" not in [m.id for m in r.moves()]


def test_without_the_closing_question_it_is_on_offer_at_the_close():
    r = to_the_close(R.Rehearsal(nurse_plan()))
    assert "closing_question" in [m.id for m in r.moves()]


@pytest.mark.parametrize("minutes, respected, overstayed, words", [
    (19.5, True, False, "Kept to time: yes, you offered to stop."),
    (23.0, True, False, "Kept to time: you offered to stop, though the meeting still ran over."),
    (23.0, False, False, "Kept to time: no, you went over and did not offer to stop."),
    (28.0, False, True, "Kept to time: no."),
    (12.0, False, False, "Kept to time: not raised."),
])
def test_kept_to_time_never_says_yes_beside_over_time(minutes, respected, overstayed, words):
    stats = {"minutes": minutes, "asked_minutes": 20, "talk_share": 0.4, "purpose_clear": True, "questions": 3,
             "good_questions": 3, "follow_ups": 1, "questions_left": 0, "planned_questions": 3, "favour_asks": 0,
             "respected_time": respected, "overstayed": overstayed, "asked_referrals": True,
             "keep_in_touch": True, "thanked": True}
    assert words in R.format_stats(stats)


@pytest.mark.parametrize("typed, hears", [
    ("How does your team decide who to hire for a HR job?", "look first at people someone can vouch for"),
    ("What was the hardest part when you started in UX research?", "learning to say no"),
    ("What does a typical week look like for you?", "half meetings and half quiet work"),
    ("What do you like least about your job?", "What I like least"),
    ("Which books should I read first?", "introductory book"),
    ("Where are openings in UX research usually posted?", "filled through people"),
    ("What certificate or degree do I need?", "say more than a certificate"),
])
def test_the_contact_answers_what_was_asked(typed, hears):
    """Within a kind of question, the answer that shares the question's subject comes first (a learner's
    hiring question once got "I'd look at smaller organisations first")."""
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    assert hears in r.say("typed", typed).reply


def _next_step_line(next_step: str) -> str:
    """The line the close offers for saying the next step, played with the good moves up to it."""
    r = R.Rehearsal(R.plan_from_saved(*saved(GOOD_QUESTIONS), next_step=next_step))
    for _ in range(200):
        moves = {m.id: m for m in r.moves()}
        if "next_step" in moves:
            return moves["next_step"].line
        r.say(next(i for i in GOOD_MOVES if i in moves and i != "next_step"))
    raise AssertionError("the next step was never offered")


@pytest.mark.parametrize("next_step, says", [
    # "...thank you by email tomorrow May I write..." once ran two sentences together
    ("send my thank you by email tomorrow", "My next step: send my thank you by email tomorrow. May I write"),
    # "Pitch one short piece on local river ecology" was once said to the contact as an order
    ("Pitch one short piece on local river ecology", "My next step: pitch one short piece on local river ecology. May I"),
    ("I'll write to Priya this week", "I'll write to Priya this week. May I write"),
])
def test_the_next_step_is_said_as_the_askers_own_sentence(next_step, says):
    line = _next_step_line(next_step)
    assert line.startswith(says), line


def test_carrying_on_past_the_clock_is_never_called_not_raised_or_running_past_the_time():
    """A reviewer read "Time: 18 minutes of the 20", "Kept to time: not raised" and "You ran past the time you
    asked for" about one meeting."""
    prefer = ("intro", "run_over", "next", "close", "referral", "next_step", "thank", "leave")
    many = [f"{q[:-1]}, in your experience?" for q in GOOD_QUESTIONS] + GOOD_QUESTIONS + [
        f"{q[:-1]}, as a newcomer?" for q in GOOD_QUESTIONS]
    r = play(R.Rehearsal(nurse_plan(questions=many)), prefer=prefer)
    stats = r.verdict().stats
    assert stats["ran_over"]
    lines = " ".join(R.format_stats(stats))
    assert "Kept to time: not raised" not in lines and "Kept to time: no" in lines
    notes = [t.turning_note for t in r.turns if t.turning_note]
    # true whatever the minutes: carrying on is named as that, never as having run past the time
    assert "you carried on with more questions instead of offering to stop" in " ".join(notes)
    assert not any("ran past the time" in n for n in notes)


@pytest.mark.parametrize("stats, over, says", [
    ({"overstayed": False, "respected_time": False, "ran_over": True}, False, "no, you carried on"),
    ({"overstayed": False, "respected_time": False, "ran_over": False}, False, "not raised"),
    ({"overstayed": False, "respected_time": True, "ran_over": False}, False, "yes, you offered to stop"),
    ({"overstayed": True, "respected_time": False, "ran_over": True}, True, "no"),
])
def test_kept_to_time_says_what_happened_at_the_clock(stats, over, says):
    assert R._kept_to_time(stats, over).startswith(says)


def test_a_typed_follow_up_counts_as_one_and_keeping_in_touch_closes():
    """A walk's "you said ... what would that look like for someone like me?" was read as a new line with
    nothing to learn, and "can i keep in touch?" as nothing to learn either."""
    r = R.Rehearsal(nurse_plan())
    r.say("intro")
    r.say("next")
    turn = r.say("typed", "you said one small piece of real work to point to — what would that look like for "
                          "someone like me?")
    assert turn.kind == "follow_up" and r.stats()["follow_ups"] == 1
    r.say("close")
    turn = r.say("typed", "can i keep in touch?")
    assert turn.kind == "next_step" and r.stats()["keep_in_touch"]
    # a new question typed after an answer is still a question, and a favour is still a favour
    r2 = R.Rehearsal(nurse_plan())
    r2.say("intro")
    r2.say("next")
    assert r2.say("typed", "What does a typical week look like for you?").kind == "good"
    r3 = R.Rehearsal(nurse_plan())
    r3.say("intro")
    r3.say("next")
    assert r3.say("typed", "You mentioned your team is hiring: could you pass my CV to your manager?").kind == "asks_for_favor"


def test_a_typed_time_check_offers_to_stop():
    """A walk's "we're nearly at 20 min, should I wrap up?" got "Mostly, yes." and a closed-question turning point."""
    r = R.Rehearsal(nurse_plan())
    r.say("intro")
    r.say("next")
    before = r.stats()["questions"]
    turn = r.say("typed", "we're nearly at 20 min, should I wrap up?")
    assert turn.kind == "close_time" and turn.turning_kind == "helped"
    assert r.stats()["respected_time"] and r.stats()["questions"] == before and r.phase == "close"


@pytest.mark.parametrize("field, said", [
    ("food product development (snacks)", "food product development"),  # the aside is the learner's note
    ("nursing [adult]", "nursing"),
    ("UX research", "UX research"),
    ("(snacks)", "(snacks)"),  # nothing else to say: kept as typed
])
def test_the_field_is_said_without_the_learners_asides(field, said):
    assert R.field_words(R.MeetingPlan(field=field)) == said


# From a tester who typed their own lines in the rehearsal
def test_a_closed_question_about_who_else_still_counts_as_asking_who_else():
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", "Is there anybody else in UX research you'd recommend I speak to?")
    assert turn.kind == "closed" and "one or two people" in turn.reply
    assert r.state["asked_referrals"] is True


def test_a_closed_question_about_reading_gets_a_fitting_short_answer():
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", "Are there any newsletters or communities you would suggest I join?")
    assert turn.kind == "closed" and turn.reply == "Yes, a couple."


def test_a_request_to_look_at_the_askers_work_is_not_answered_as_news():
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", "Would you be willing to look at my portfolio and tell me what you think?")
    assert turn.kind == "self_focused" and "good to hear" not in turn.reply and "another time" in turn.reply


@pytest.mark.parametrize("typed, kept_in_touch", [
    ("My plan is to redo one of my lessons for adults this month - can I write to you and let you know how it goes?", True),
    ("I'll let you know how it goes, if that's all right", True),
    ("Could you let me know if anything opens up?", False),
])
def test_saying_you_will_write_and_tell_them_how_it_goes_is_keeping_in_touch(typed, kept_in_touch):
    r = to_the_close(R.Rehearsal(nurse_plan()))
    r.say("typed", typed)
    assert r.state["keep_in_touch"] is kept_in_touch


@pytest.mark.parametrize("typed, thanked", [
    ("Ok, I won't keep you any longer. Thanks again and have a good day!", True),
    ("Bye, take care", False),
])
def test_a_typed_goodbye_at_the_close_ends_the_meeting(typed, thanked):
    r = to_the_close(R.Rehearsal(nurse_plan()))
    r.say("typed", typed)
    assert r.is_over and r.state["thanked"] is thanked


@pytest.mark.parametrize("typed", ["(I don't say anything for a long while and look at my notes)", "*shrugs*",
                                   "I just stay silent"])
def test_a_silence_described_is_a_silence_not_a_favour(typed):
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", typed)
    assert turn.kind == "silence" and r.state["favour_asks"] == 0 and r.state["questions"] == 0


@pytest.mark.parametrize("typed", ["thx so much for ur time, this was super helpful!!", "Thanks, that's really useful."])
def test_thanks_typed_during_the_questions_is_thanks(typed):
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", typed)
    assert turn.kind == "thank" and r.state["thanked"] is True and r.state["questions"] == 0


def _at_the_time_check() -> R.Rehearsal:
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS, 20))
    for _ in range(100):
        if r.phase == "time":
            return r
        ids = [m.id for m in r.moves()]
        r.say(next(i for i in ("intro", "next", "follow_up", "typed") if i in ids), "What keeps you in this work?")
    raise AssertionError("the time check never came")


@pytest.mark.parametrize("typed, phase, respected", [
    # a tester's own time check, typed at the contact's glance at the clock, was dropped for the ticked line
    ("I notice we are nearly at twenty minutes, shall we stop here?", "close", True),
    ("What was the hardest part of your first year?", "questions", False),
])
def test_words_typed_at_the_time_check_are_what_is_said(typed, phase, respected):
    r = _at_the_time_check()
    assert "typed" in [m.id for m in r.moves()]
    r.say("typed", typed)
    assert r.phase == phase and r.state["respected_time"] is respected
    assert r.turns[-1].said == typed


def test_a_request_to_be_mentored_hears_about_mentoring_not_passing_work():
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", "Would you be willing to be my mentor while I make this switch?")
    assert turn.kind == "asks_for_favor" and "mentee" in turn.reply and "pass work" not in turn.reply


@pytest.mark.parametrize("typed", ["Before we finish, what do you wish I had asked you today that I didn't?",
                                   "Is there anything you would like to add before I go?"])
def test_the_closing_question_in_the_askers_own_words_is_credited(typed):
    """A tester's own closing question got no credit (and once "Nothing to learn in that line")."""
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    turn = r.say("typed", typed)
    assert turn.kind == "good" and turn.turning_kind == "helped" and r.state["asked_closing"] is True


@pytest.mark.parametrize("typed, phase, over", [
    ("Thank you, I think that covers all of my questions.", "close", False),
    ("Oh goodness, look at the time. I'd better let you get on - goodbye!", "over", True),
])
def test_saying_you_are_done_or_goodbye_during_the_questions_moves_on(typed, phase, over):
    r = R.Rehearsal(nurse_plan(GOOD_QUESTIONS[:1]))
    r.say("intro")
    r.say("typed", typed)
    assert r.phase == phase and r.is_over is over and r.state["favour_asks"] == 0


def test_asking_to_carry_on_at_the_time_check_is_running_over_not_a_favour():
    r = _at_the_time_check()
    r.say("typed", "Oh, I still have quite a few questions left, if you don't mind staying a little longer.")
    assert r.state["ran_over"] is True and r.state["favour_asks"] == 0 and r.turns[-1].kind == "run_over"


@pytest.mark.parametrize("typed, planned, same", [
    ("How did you make the move from teaching into training design?",
     "How did you move from teaching into training design?", True),
    ("which skills mattered most in your first year?", "Which skills mattered most in your first year as a training designer?", True),
    ("What does a typical week look like?", "Which skills mattered most in your first year?", False),
    ("How did you get started?", "How did you find your first clients?", False),
])
def test_a_question_on_the_list_asked_in_other_words_counts_as_asked(typed, planned, same):
    """A tester asked their list in their own words and was told 4 of 4 were never asked."""
    assert R.same_question(typed, planned) is same
    r = R.Rehearsal(nurse_plan([planned]))
    r.say("intro")
    r.say("typed", typed)
    assert (planned in r.asked) is same
