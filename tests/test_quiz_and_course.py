"""Quiz grading, every quiz file's shape, the course map and the setup check."""

from __future__ import annotations

from importlib import resources

import pytest

from lesson_utils.check import CheckResult, format_checks, run_checks
from lesson_utils.course import course_map, format_course_map, lesson_status, lessons
from lesson_utils.quiz import format_quiz, format_result, grade, load_quiz, parse_quiz
from lesson_utils.store import Store

QUIZ = parse_quiz({
    "exercise_id": "99.1-quiz",
    "title": "Test quiz",
    "questions": [
        {"id": "a", "prompt": "Pick B", "options": [
            {"text": "A", "why": "A is wrong."}, {"text": "B", "correct": True, "why": "B is right."}]},
        {"id": "b", "prompt": "Pick A", "options": [
            {"text": "A", "correct": True, "why": "Yes."}, {"text": "B", "why": "No."}]},
    ],
})


@pytest.mark.parametrize(
    "answers, score, answered, summary_part",
    [
        ({}, 0, 0, "Pick an answer"),
        ({"a": 1, "b": 0}, 2, 2, "2 of 2 right. Well done"),
        ({"a": 0, "b": 0}, 1, 2, "1 of 2"),
        ({"a": 1}, 1, 1, "1 question still has no answer"),
        ({"a": 7, "b": -1}, 0, 0, "Pick an answer"),
        ({"a": True, "b": "0"}, 0, 0, "Pick an answer"),
        (None, 0, 0, "Pick an answer"),
    ],
)
def test_grade(answers, score, answered, summary_part):
    result = grade(QUIZ, answers)
    assert (result.score, result.answered) == (score, answered)
    assert summary_part in result.summary


def test_wrong_answer_feedback_names_the_right_one():
    r = grade(QUIZ, {"a": 0}).results[0]
    assert "A is wrong." in r.feedback and "“B”" in r.feedback
    assert "Your answer: A" in format_result(grade(QUIZ, {"a": 0}))
    assert ") A" in format_quiz(QUIZ) and ") B" in format_quiz(QUIZ)


def quiz_names():
    folder = resources.files("lesson_utils").joinpath("data", "quizzes")
    if not folder.is_dir():
        return []
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


@pytest.mark.parametrize("name", quiz_names())
def test_every_quiz_file_is_well_formed(name):
    quiz = load_quiz(name)
    assert quiz.exercise_id.startswith(name)
    assert len(quiz.questions) >= 3
    assert len({q.id for q in quiz.questions}) == len(quiz.questions)
    for q in quiz.questions:
        assert q.prompt.strip()
        assert sum(o.correct for o in q.options) == 1, q.id
        assert len(q.options) >= 2
        assert all(o.text.strip() and len(o.why.strip()) > 10 for o in q.options), q.id


@pytest.mark.parametrize(
    "exercises, statuses, expected",
    [
        ((), {}, ("not_started", 0)),
        (("a", "b"), {}, ("not_started", 0)),
        (("a", "b"), {"a": "in_progress"}, ("in_progress", 0)),
        (("a", "b"), {"a": "done"}, ("in_progress", 1)),
        (("a", "b"), {"a": "done", "b": "done"}, ("done", 2)),
        (("a",), {"zzz": "done"}, ("not_started", 0)),
    ],
)
def test_lesson_status(exercises, statuses, expected):
    lesson = lessons()[0].__class__("01", "x.ipynb", "X", 10, exercises)
    assert lesson_status(lesson, statuses) == expected


def test_course_json_is_consistent():
    all_lessons = lessons()
    assert [l.number for l in all_lessons] == sorted(l.number for l in all_lessons)
    ids = [e for l in all_lessons for e in l.exercises]
    assert len(ids) == len(set(ids))
    for l in all_lessons:
        assert l.file.startswith(l.number + "_") and l.file.endswith(".ipynb")
        assert all(e.startswith(l.number) for e in l.exercises)
        assert 5 <= l.minutes <= 60


def test_course_map_lists_only_existing_notebooks_and_progress(tmp_path):
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "00_start_here.ipynb").write_text("{}")
    s = Store(tmp_path / "data")
    rows = course_map(s, nb)
    assert [r.lesson.number for r in rows] == ["00"]
    assert rows[0].status == "not_started"
    s.save("00.1-setup-check", {"slider": 3}, status="done")
    rows = course_map(s, nb)
    assert rows[0].status == "done" and rows[0].done == 1
    assert "done" in format_course_map(rows)


def test_setup_checks_pass_here_and_word_problems(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    results = run_checks()
    assert all(r.ok for r in results), format_checks(results)
    text = format_checks(results + [CheckResult("Thing", False, "broken", "Do this.")])
    assert "[PROBLEM] Thing: broken" in text and "What to do: Do this." in text
    assert "1 problem found" in text


def test_check_cli_runs(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, ASK_TO_LEARN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "lesson_utils.check"], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "All checks passed" in out.stdout


def test_check_reports_unwritable_data_folder(tmp_path, monkeypatch):
    afile = tmp_path / "file"
    afile.write_text("x")
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(afile))
    from lesson_utils.check import check_data_folder

    r = check_data_folder()
    assert not r.ok and "ASK_TO_LEARN_DATA_DIR" in r.fix


@pytest.mark.parametrize("n, words", [(1, "(1 of 1 exercise)"), (3, "(1 of 3 exercises)")])
def test_the_course_map_counts_exercises_in_plain_english(tmp_path, n, words):
    from lesson_utils.course import Lesson, MapRow
    from lesson_utils.views.course_map import course_map_html
    lesson = Lesson("01", "x.ipynb", "X", 10, tuple(f"01.{k}-x" for k in range(1, n + 1)))
    html = course_map_html([MapRow(lesson, "in_progress", 1)])
    assert words in html
