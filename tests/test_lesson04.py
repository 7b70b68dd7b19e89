"""Lesson 4 as a whole: the text fallbacks, the notebook's cells and the course map."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from lesson_utils.course import lessons
from lesson_utils.lessons import lesson04 as L
from lesson_utils.store import Store

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "04_drafting_questions.ipynb"


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    return Store(tmp_path)


def test_print_review_and_format_review_print_the_same(capsys):
    print(L.review("Can you refer clients to me?"))
    first = capsys.readouterr().out
    print(L.format_review(L.review("Can you refer clients to me?")))
    assert capsys.readouterr().out == first
    assert "Asks for a favour" in first and "Try:" in first


def test_print_my_questions_before_and_after_saving(data, capsys):
    L.print_my_questions()
    assert "Your list is empty" in capsys.readouterr().out
    view = L.question_drafter()
    for text in ("What does it take to break into nursing?", "Can you refer clients to me?"):
        view.input.value = text
        view.add_button.click()
    view.minutes.value = 20
    L.print_my_questions()
    out = capsys.readouterr().out
    for part in ("1. What does it take to break into nursing?", "Asks for a favour", "Coverage: 1 of 6 kinds",
                 "A 20-minute meeting", "So far 1 good question"):
        assert part in out, part


def test_print_rewrite_drill_and_check_rewrite(data, capsys):
    L.print_rewrite_drill()
    out = capsys.readouterr().out
    assert "Do you like your job?" in out and "0 of 8 rewritten well" in out
    L.check_rewrite(1, "What do you enjoy most about your work?")
    assert "Well done" in capsys.readouterr().out
    L.check_rewrite(99, "What?")
    assert "from 1 to 8" in capsys.readouterr().out


def test_print_question_bank_and_quiz(data, capsys):
    L.print_question_bank("referrals")
    assert "Who else" in capsys.readouterr().out
    L.print_quiz()
    out = capsys.readouterr().out
    assert "Can you refer clients to me?" in out and "Right." not in out and "Not quite." not in out and "choose(1, 2)" in out
    view = L.quiz_widget("04.9-quiz")
    for radio in view.radios:
        radio.value = 0
    view.check_button.click()
    L.print_quiz()
    assert "Your saved answers" in capsys.readouterr().out


def test_an_unreadable_saved_file_is_reported_not_raised(data, capsys):
    path = data.path_for("04.1-question-drafter")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json")
    L.print_my_questions()
    out = capsys.readouterr().out
    assert "could not be read" in out and "Your list is empty" in out


def test_course_map_lists_the_lessons_exercises():
    lesson = next(l for l in lessons() if l.number == "04")
    assert tuple(lesson.exercises) == ("04.1-question-drafter", "04.2-rewrite-drill", "04.9-quiz")


def test_the_notebook_calls_each_exercise_once_with_a_fallback():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    for call in ('question_drafter("04.1-question-drafter")', 'rewrite_drill("04.2-rewrite-drill")',
                 'quiz_widget("04.9-quiz")', "question_bank()", 'show_review("Can you refer clients to me?")',
                 "print_my_questions()", "print_rewrite_drill()", 'print_quiz("04.9-quiz")'):
        assert sum(src.strip() == call for src in code) == 1, call
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for fact in ("3 to 5", "8 to 10", "2 to 4 minutes per question", "judgement call",
                 "at least 3 good questions covering at least 3 kinds, and no question in your list asks the contact for a favour", "done when 6 of the 8 pass"):
        assert fact in md, fact


@pytest.mark.parametrize("question, words", [
    ("Can you refer clients to me?", ["Not a learning question", "favour"]),
    ("<script>alert(1)</script> What does a typical week look like?", ["&lt;script&gt;"]),
])
def test_the_worked_review_is_a_page_not_a_dump(monkeypatch, question, words):
    from lesson_utils.lessons import demos

    shown = []
    monkeypatch.setattr(demos, "show", lambda html, text: shown.append((html, text)))
    demos.show_review(question)
    html, text = shown[0]
    assert "<pre" not in html and "review of" in html and all(w in html for w in words)
    assert text.startswith("Your question:")


def test_the_lesson_text_never_gives_the_rewrite_drills_answers():
    """The drill's sample rewrites appear only when a learner asks for one (the button, or the folded
    sample answer), never in the lesson's open text (a table of examples once held five of them word for word)."""
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    text = " ".join(c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                    for c in json.loads((root / "notebooks" / "04_drafting_questions.ipynb").read_text())["cells"]
                    if c["cell_type"] == "markdown")
    import re
    text = re.sub(r"<details>.*?</details>", " ", text, flags=re.S)  # a sample the learner opens on purpose
    from lesson_utils import rewrite_drill as R
    shown = [it.sample for it in R.items() if it.sample.rstrip("?") in text]
    assert not shown, shown
