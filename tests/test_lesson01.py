"""Lesson 1: the reflection check, its widget, the quiz, and the text fallbacks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lesson_utils.lessons import lesson01
from lesson_utils.quiz import load_quiz
from lesson_utils.reflection import EXAMPLE, check_reflection, format_reflection
from lesson_utils.store import Store
from lesson_utils.text import CHECK_LIMIT

GOOD = EXAMPLE
RID = "01.1-who-to-learn-from"


def kinds(items):
    return [k for k, _ in items]


def joined(items):
    return " ".join(t for _, t in items)


@pytest.mark.parametrize("answers, kind, says", [
    ({}, "info", "Nothing to look at yet"),
    ({"who": "   ", "why": "\n", "hope": ""}, "info", "Nothing to look at yet"),
    (GOOD, "good", "You named someone to learn from"),
    (GOOD, "good", "You said why them"),
    (GOOD, "good", "These are things to learn"),
    ({**GOOD, "who": ""}, "fix", "Name someone to learn from"),
    ({**GOOD, "who": "someone"}, "fix", "narrow it down"),
    ({**GOOD, "who": "anyone in the field"}, "fix", "narrow it down"),
    ({**GOOD, "who": "!!! ???"}, "fix", "Describe them in a few words"),
    ({**GOOD, "why": "cool"}, "fix", "Add a few words"),
    ({**GOOD, "why": ""}, "fix", "Say why them"),
    ({**GOOD, "hope": ""}, "fix", "Write what you hope to learn"),
    ({**GOOD, "hope": "a job"}, "info", "You mention a job"),
    ({**GOOD, "hope": "get some clients from her network"}, "info", "never for their clients"),
    ({**GOOD, "hope": "stuff"}, "fix", "Say a little more"),
    ({**GOOD, "hope": "Her typical week, her training, her biggest surprise"}, "good", "A start"),
    # a job motive is not "the heart of your request"; an honest learning aim is not a favour
    ({**GOOD, "why": "they might have a job for me"}, "fix", "what they could give you (a job or an interview)"),
    ({**GOOD, "why": "I hope she can refer me to her clients"}, "fix", "what they could give you"),
    ({**GOOD, "why": "I want a job in analytics and she made the move from pharmacy"}, "info", "You mention a job"),
    ({**GOOD, "hope": "Whether my clinical background counts for anything or if I would be starting from zero."},
     "good", "These are things to learn"),
    ({**GOOD, "hope": "If she knows of any openings on her team"}, "fix", "asks them for a job"),
    # a reviewer's student: a field for a person, and an internship from them
    ({**GOOD, "who": "someone in science"}, "fix", "narrow it down"),
    ({**GOOD, "who": "someone who moved from biology research into science journalism"}, "good", "You named someone"),
    ({**GOOD, "hope": "maybe get an internship in their lab"}, "fix", "asks them for an internship"),
    ({**GOOD, "hope": "How people find internships in science journalism"}, "good", "These are things to learn"),
    # a walker: a learning aim about hiring got "You mention a job", and "stuff about the job" passed as "A start"
    ({**GOOD, "hope": "What hiring managers look for in someone without a degree"}, "good", "These are things to learn"),
    ({**GOOD, "hope": "stuff about the job"}, "fix", "Say what about it"),
    ({**GOOD, "hope": "I want to learn more about the field in general"}, "fix", "Say what about it"),
    # the learner's own work told with a job word is not a job wanted (a walk's store manager moving into HR)
    ({**GOOD, "why": "She moved from store management into HR, and I already hire, schedule and coach a team of 30"},
     "good", "You said why them"),
])
def test_check_reflection(answers, kind, says):
    items = check_reflection(answers)
    assert any(k == kind and says in t for k, t in items), items
    if kind in ("fix", "info") and answers.get("why") != GOOD["why"]:
        assert not any("You said why them" in t for _, t in items), items


def test_a_learning_aim_about_hiring_gets_no_job_note():
    items = check_reflection({**GOOD, "hope": "What hiring managers look for in someone without a degree"})
    assert not any("You mention a job" in t for _, t in items)


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "😀🎉 " * 50, "مهندسة برمجيات في شركة ناشئة",
    "רופאה בבית חולים", "a\x00b\x07c\x1b[31m", "x" * 100_000, "word " * 30_000,
])
@pytest.mark.parametrize("field", ["who", "why", "hope"])
def test_bad_input_gets_a_sensible_answer(text, field):
    items = check_reflection({**GOOD, field: text})
    assert items and all(k in {"good", "fix", "info"} for k in kinds(items))
    printed = format_reflection({**GOOD, field: text})
    assert "\x00" not in printed and len(printed) < 3_000


def test_long_answers_are_flagged_and_only_the_start_is_checked():
    items = check_reflection({**GOOD, "why": "because " * (CHECK_LIMIT // 4)})
    assert "looks at the start" in joined(items)


@pytest.mark.parametrize("answers", [None, "text", 3, [], {"who": 5, "why": None, "hope": ["x"]}])
def test_not_a_dict_or_not_text(answers):
    assert check_reflection(answers) == [
        ("info", "Nothing to look at yet: start with the first box, who you would like to learn from.")
    ]


@given(st.dictionaries(st.sampled_from(["who", "why", "hope", "other"]), st.text(max_size=300)))
def test_check_reflection_never_raises(answers):
    items = check_reflection(answers)
    assert items and all(isinstance(t, str) and t for _, t in items)
    assert isinstance(format_reflection(answers), str)


# ------------------------------------------------------------------ widgets

def test_reflection_widget_checks_saves_and_reloads(tmp_path):
    store = Store(tmp_path)
    view = lesson01.reflection_exercise(RID, store=store)
    assert [b.description for b in view.boxes.values()] == [
        "Who would you like to learn from?", "Why them?", "What do you hope to learn from them?"]
    view.boxes["who"].value = "someone"
    assert "narrow it down" in view.feedback.value
    record = store.load(RID)
    assert record.status == "in_progress" and record.value["who"] == "someone"
    for key, value in GOOD.items():
        view.boxes[key].value = value
    view.save_button.click()
    assert "You said why them" in view.feedback.value
    assert "Saved at" in view.saver.widget.value
    record = store.load(RID)
    assert record.status == "done" and record.value == GOOD
    again = lesson01.reflection_exercise(RID, store=store)
    assert {k: b.value for k, b in again.boxes.items()} == GOOD


def test_reflection_widget_escapes_learner_text(tmp_path):
    view = lesson01.reflection_exercise(RID, store=Store(tmp_path))
    view.boxes["who"].value = "<img src=x onerror=alert(1)>"
    assert "<img" not in view.feedback.value
    assert "&lt;img" in view.feedback.value
    assert Store(tmp_path).load(RID).value["who"] == "<img src=x onerror=alert(1)>"


def test_quiz_widget_by_id_grades_and_saves(tmp_path):
    store = Store(tmp_path)
    view = lesson01.quiz_widget("01.9-quiz", store=store)
    quiz = load_quiz("01")
    for q, radio in zip(quiz.questions, view.radios):
        radio.value = q.answer_index
    view.check_button.click()
    assert f"{len(quiz.questions)} of {len(quiz.questions)}" in view.summary.value
    saved = store.load("01.9-quiz")
    assert saved.status == "done" and saved.value["score"] == len(quiz.questions)


def test_checking_a_quiz_with_nothing_picked_saves_nothing_and_says_so(tmp_path):
    store = Store(tmp_path)
    view = lesson01.quiz_widget("01.9-quiz", store=store)
    view.check_button.click()
    assert "Nothing to save yet" in view.summary.value
    assert "Saved" not in view.saver.widget.value
    assert store.load("01.9-quiz") is None or store.load("01.9-quiz").value is None


def test_quiz_widget_refuses_a_wrong_id():
    with pytest.raises(ValueError):
        lesson01.quiz_widget("01.8-quiz")


@pytest.mark.parametrize("question_id, must_mention", [
    ("which-one", "job interview"), ("who-does-it", "mentoring"), ("who-talks", "listen"),
    ("who-runs-it", "asker"), ("why-yes", "sharing"), ("good-meeting", "glad"),
])
def test_quiz_covers_the_ideas_of_the_lesson(question_id, must_mention):
    q = next(q for q in load_quiz("01").questions if q.id == question_id)
    text = " ".join([q.prompt] + [o.text + " " + o.why for o in q.options])
    assert must_mention in text


# ------------------------------------------------------------------ text fallbacks

def test_print_reflection_feedback_prompts_then_checks_the_saved_answer(tmp_path, capsys):
    store = Store(tmp_path)
    lesson01.print_reflection_feedback(RID, store=store)
    out = capsys.readouterr().out
    # before anything is saved: what to write, and no feedback (on an example or otherwise)
    assert "No saved answer yet" in out and "Who would you like to learn from?" in out
    assert "Good:" not in out and "To improve" not in out and "hospital management" not in out
    store.save(RID, {"who": "a baker", "why": "", "hope": ""})
    lesson01.print_reflection_feedback(RID, store=store)
    out = capsys.readouterr().out
    assert "Your saved answer" in out and "a baker" in out and "(empty)" in out


def test_print_quiz_with_and_without_saved_answers(tmp_path, capsys):
    store = Store(tmp_path)
    lesson01.print_quiz("01.9-quiz", store=store)
    out = capsys.readouterr().out
    assert "Question 1. Which of these is an informational interview?" in out
    assert "Right." not in out and "Not quite." not in out and "choose(1, 2)" in out
    store.save("01.9-quiz", {"answers": {"which-one": 0}, "score": 1, "total": 6})
    lesson01.print_quiz("01.9-quiz", store=store)
    out = capsys.readouterr().out
    assert "Your saved answers" in out and "Right." in out
