"""Every check that reads learner text uses the question coach's judgement (coach.judge)."""

import pytest

from lesson_utils.coach import judge
from lesson_utils.intro import check_research, purpose_quality
from lesson_utils.reflection import check_reflection
from lesson_utils.thank_you import check_thank_you


@pytest.mark.parametrize("text,asked", [
    ("Whether she can get me an interview at her company and pass my resume to HR", True),
    ("If he could put in a good word for me with the hiring manager", True),
    ("Could you also forward it to Priya?", True),
    ("Would you be my mentor?", True),
    ("How she moved from nursing into UX research, and what a normal week looks like.", False),
    ("Thank you again for your time on Tuesday.", False),
    ("Could you send me the link to that article?", False),
    ("", False),
])
def test_favour(text, asked):
    assert (judge.favour(text) is not None) == asked


@pytest.mark.parametrize("text,searchable", [
    ("What does MedChart Systems make?", True),
    ("Where is Northwind Health based?", True),
    ("What does BrightPath sell?", True),
    ("What surprised you most in your first year at MedChart?", False),
    ("What does Priya do on a typical day?", False),
])
def test_researchable(text, searchable):
    assert judge.researchable(text) == searchable


@pytest.mark.parametrize("subject,plea", [
    ("\U0001F64F\U0001F64F Please help a nurse \U0001F64F\U0001F64F", True),
    ("URGENT: need help with my career", True),
    ("Nurse moving into UX research: 20 minutes of your advice?", False),
    ("Question from a fellow Northwind alum", False),
])
def test_pleading(subject, plea):
    assert judge.pleading(subject) == plea


def test_reflection_hope_that_asks_for_a_job_is_fixed():
    items = check_reflection({"who": "A UX researcher at a health-tech company",
                              "why": "I have been a nurse for eight years and love patient research.",
                              "hope": "Whether she can get me an interview at her company and pass my resume to HR"})
    fixes = [t for k, t in items if k == "fix"]
    assert any("job or an interview" in t for t in fixes)
    assert not any(k == "good" and "things to learn" in t for k, t in items)


def test_reflection_learning_hope_is_good():
    items = check_reflection({"who": "A UX researcher at a health-tech company",
                              "why": "I have been a nurse for eight years and love patient research.",
                              "hope": "How she moved into research, what a normal week looks like, what she wishes she had known."})
    assert not any(k == "fix" for k, _ in items)


def test_purpose_with_a_job_request_is_a_favour():
    assert purpose_quality("Whether she can get me an interview at her company and pass my resume to HR") == "favour"


def test_research_question_that_a_search_answers():
    items = check_research({"found": "She leads research at MedChart Systems.",
                            "not_searchable": "What does MedChart Systems make?",
                            "goal": "whether research suits me and which first step she would take in my place"})
    assert any(k == "fix" and "search" in t for k, t in items)


def test_research_question_only_a_person_answers():
    items = check_research({"found": "She leads research at MedChart Systems.",
                            "not_searchable": "What surprised you most in your first year at MedChart?"})
    assert any(k == "good" and "only a person" in t for k, t in items)


def _check(report, key):
    return next(c for c in report.checks if c.key == key)


def test_thank_you_praise_without_anything_specific():
    report = check_thank_you("You were amazing and so inspiring! I learned a lot.", 8)
    assert _check(report, "specific").ok is False


def test_thank_you_with_something_specific():
    report = check_thank_you("Thank you for Tuesday. I learned that most researchers start in support roles; "
                             "this week I'll ask our support lead to let me sit in on interviews.", 8)
    assert _check(report, "specific").ok is True


def test_thank_you_asking_a_new_favour():
    report = check_thank_you("Thank you for Tuesday. Your point about niches stuck with me, and this week I'll "
                             "test one. Could you also forward it to Priya?", 8)
    assert _check(report, "favour").ok is False


def test_thank_you_without_a_favour_has_no_favour_check():
    report = check_thank_you("Thank you for Tuesday. Your point about niches stuck with me, and this week I'll "
                             "test one with two friends.", 8)
    assert not any(c.key == "favour" for c in report.checks)


@pytest.mark.parametrize("text", [None, 42, "", "x" * 100_000, "<script>alert(1)</script>", "🙂🙂🙂",
                                  "ما هي المهارات المطلوبة؟", "\x00\x07\x1b[31mred\x7f", "Hi. " * 5000])
def test_judge_never_raises(text):
    judge.favour(text)
    judge.researchable(text)
    judge.flags(text)
    judge.pleading(text)
