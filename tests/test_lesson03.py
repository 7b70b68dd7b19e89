"""Lesson 3's facade: what the notebook imports, the text fallbacks, the quiz data and the course map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lesson_utils.course import lessons
from lesson_utils.lessons import lesson03
from lesson_utils.quiz import load_quiz
from lesson_utils.store import Store

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "notebook_sources" / "03_know_what_you_want.py"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    return tmp_path


def test_the_notebook_imports_exactly_what_the_module_offers():
    text = SOURCE.read_text(encoding="utf-8")
    assert "from lesson_utils.lessons.lesson03 import *  # this lesson's exercises" in text
    assert all(callable(getattr(lesson03, name)) or name.isupper() for name in lesson03.__all__)


def test_exercise_ids_are_in_the_course_map():
    lesson = next(l for l in lessons() if l.number == "03")
    assert lesson.exercises == ("03.1-introduction", "03.2-research-and-goal", "03.9-quiz")
    text = SOURCE.read_text(encoding="utf-8")
    for eid in lesson.exercises:
        assert f'"{eid}"' in text


def test_intro_fallback_uses_the_sample_then_the_saved_answer(data_dir, capsys):
    lesson03.print_intro_check()
    out = capsys.readouterr().out
    # before anything is saved: the four things to write, and no check (on the sample or otherwise)
    assert "No introduction saved yet" in out and "Why this person" in out
    assert "✓ Good:" not in out and "✗ To improve:" not in out and "Sam Okafor" not in out
    Store(data_dir).save("03.1-introduction", {"who": "I'm Rob.", "doing": "", "why_them": "",
                                               "learn": "Can you refer clients to me?"})
    lesson03.print_intro_check()
    out = capsys.readouterr().out
    assert "Your saved introduction" in out and "request for clients" in out and "✗ To improve:" in out


def test_research_fallback(data_dir, capsys):
    lesson03.print_research_check()
    assert "Nothing saved yet" in capsys.readouterr().out
    Store(data_dir).save("03.2-research-and-goal", {"found": "", "not_searchable": "", "goal": "stuff"})
    lesson03.print_research_check()
    out = capsys.readouterr().out
    assert "Look them up first" in out and "Make the goal concrete" in out


def test_unreadable_saved_work_is_reported_not_raised(data_dir, capsys):
    (data_dir / "work").mkdir()
    (data_dir / "work" / "03.1-introduction.json").write_text("{not json")
    lesson03.print_intro_check()
    out = capsys.readouterr().out
    assert "could not be read" in out and "No introduction saved yet" in out


def test_widgets_build(data_dir):
    assert lesson03.intro_builder("03.1-introduction").widget is not None
    assert lesson03.research_and_goal("03.2-research-and-goal").widget is not None
    assert lesson03.quiz_widget("03.9-quiz").widget is not None
    with pytest.raises(ValueError):
        lesson03.quiz_widget("03.8-quiz")


def test_research_exercise_saves(tmp_path):
    view = lesson03.research_and_goal(store=Store(tmp_path))
    view.boxes["found"].value = "She leads training at Northwind."
    assert "You did your homework" in view.feedback.value
    assert Store(tmp_path).load("03.2-research-and-goal").status == "in_progress"


@pytest.mark.parametrize("name", ["03", "05"])
def test_quiz_files_are_well_formed(name):
    quiz = load_quiz(name)
    assert quiz.exercise_id == f"{name}.9-quiz"
    assert len({q.id for q in quiz.questions}) == len(quiz.questions) >= 5
    for q in quiz.questions:
        assert sum(o.correct for o in q.options) == 1
        assert all(o.why.strip() and o.text.strip() for o in q.options)
    assert len({q.answer_index for q in quiz.questions}) >= 3, "the right answer is not always in one place"


def test_quiz_fallback_prints_questions_only_then_saved_result(data_dir, capsys):
    lesson03.print_quiz("03.9-quiz")
    out = capsys.readouterr().out
    assert "Right." not in out and "Not quite." not in out and "choose(1, 2)" in out
    Store(data_dir).save("03.9-quiz", {"answers": {"q1": 1}, "score": 1, "total": 6})
    lesson03.print_quiz("03.9-quiz")
    out = capsys.readouterr().out
    assert "Your saved answers" in out and "Right." in out
