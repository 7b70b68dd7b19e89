"""Wiring of the foundation widgets: set values, click, read what is shown and saved."""

from __future__ import annotations

import pytest

from lesson_utils.store import Store
from lesson_utils.views.common import feedback_html, safe
from lesson_utils.views.course_map import CourseMap
from lesson_utils.views.quiz import QuizView
from lesson_utils.views.setup_check import EXERCISE_ID, SetupCheck
from lesson_utils.views.text_exercise import TextExercise
from tests.test_quiz_and_course import QUIZ


def test_setup_check_live_test_saves_and_answers(tmp_path):
    s = Store(tmp_path)
    view = SetupCheck(store=s)
    assert view.table.value.count("✓ OK") == len(view.results)
    view.slider.value = 7
    view.test_button.click()
    assert "the course received your number, 7" in view.answer.value
    assert s.load(EXERCISE_ID).status == "done"
    assert "Saved at" in view.saver.widget.value


@pytest.mark.parametrize("status, words", [("in_progress", "Saved at "), ("done", "(marked done).")])
def test_the_save_line_says_the_work_is_saved_and_never_praises_it(tmp_path, status, words):
    # under the visitor's awkward ending "✓ Good: Saved at ..." read as praise: a save is not a verdict
    from lesson_utils.views.common import SaveLine
    line = SaveLine(Store(tmp_path), "99.1-quiz")
    assert line.save({"a": 1}, status)
    assert words in line.widget.value and 'class="atl-saved"' in line.widget.value
    assert "✓" not in line.widget.value and "Good:" not in line.widget.value


def test_quiz_view_grades_saves_and_reloads(tmp_path):
    s = Store(tmp_path)
    view = QuizView(QUIZ, store=s)
    view.radios[0].value = 0
    view.check_button.click()
    assert "Not quite" in view.feedback[0].value and "No answer yet" in view.feedback[1].value
    assert s.load("99.1-quiz").status == "in_progress"
    view.radios[0].value = 1
    view.radios[1].value = 0
    view.check_button.click()
    assert "2 of 2" in view.summary.value
    assert s.load("99.1-quiz").status == "done"
    again = QuizView(QUIZ, store=s)
    assert [r.value for r in again.radios] == [1, 0]
    assert "2 of 2" in again.summary.value


def test_text_exercise_saves_escapes_and_reloads(tmp_path):
    s = Store(tmp_path)
    fields = [("who", "Who?", ""), ("why", "Why?", "")]
    ex = TextExercise("01.1-reflection", "Reflect", fields, store=s,
                      checker=lambda a: [("info", "You wrote: " + a["who"])])
    ex.save_button.click()
    assert "Nothing to save yet" in ex.feedback.value and s.load("01.1-reflection") is None
    ex.boxes["who"].value = "<script>alert(1)</script>"
    assert "&lt;script&gt;" in ex.feedback.value and "<script>" not in ex.feedback.value
    assert s.load("01.1-reflection").status == "in_progress"
    ex.boxes["why"].value = "to learn"
    assert s.load("01.1-reflection").status == "done"
    again = TextExercise("01.1-reflection", "Reflect", fields, store=s)
    assert again.boxes["who"].value == "<script>alert(1)</script>"


def test_store_problem_is_shown_not_raised(tmp_path):
    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    ex = TextExercise("01.1-reflection", "Reflect", [("who", "Who?", "")], store=Store(afile))
    ex.boxes["who"].value = "Ana"
    assert "cannot be saved" in ex.saver.widget.value and "ASK_TO_LEARN_DATA_DIR" in ex.saver.widget.value
    assert ex.boxes["who"].value == "Ana"


def test_safe_turns_exceptions_into_words():
    shown = []

    @safe(shown.append)
    def boom():
        raise RuntimeError("internal detail")

    boom()
    assert "nothing you typed was lost" in shown[0] and "internal detail" not in shown[0]


@pytest.mark.parametrize("kind, word", [("good", "Good:"), ("fix", "To improve:"), ("warn", "Problem:"), ("odd", "Note:")])
def test_feedback_is_worded(kind, word):
    assert word in feedback_html([(kind, "x")])


def test_course_map_refreshes(tmp_path):
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "00_start_here.ipynb").write_text("{}")
    s = Store(tmp_path / "d")
    view = CourseMap(store=s, notebooks_dir=nb)
    assert "not started" in view.table.value
    s.save(EXERCISE_ID, {}, status="done")
    view.refresh_button.click()
    assert "● done" in view.table.value
