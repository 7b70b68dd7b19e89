"""Lesson 7: the facade, the notes exercise, the text fallbacks, the quiz and the notebook."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from lesson_utils.lessons import lesson07
from lesson_utils.quiz import load_quiz
from lesson_utils.store import Store

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "07_after_the_meeting.ipynb"


def test_facade_names():
    for name in lesson07.__all__:
        assert hasattr(lesson07, name)


def test_notes_exercise_saves_and_gives_feedback(tmp_path):
    v = lesson07.meeting_notes(store=Store(tmp_path))
    labels = [box.description for box in v.boxes.values()]
    assert all(labels) and "Who you met" in labels[0] and "Who next" in labels[3]
    v.boxes["learned"].value = "First clients come from people who know your work."
    rec = Store(tmp_path).load(lesson07.NOTES_ID)
    assert rec.status == "in_progress"
    v.boxes["fit"].value = "I like the one-to-one work; the business side worries me."
    v.boxes["next"].value = "Lee Okafor and Mira; promised to report back."
    v.save_button.click()
    assert Store(tmp_path).load(lesson07.NOTES_ID).status == "in_progress"  # who you met is still empty
    v.boxes["contact"].value = "Amara Osei, UX researcher at St Luke's"
    v.save_button.click()
    assert Store(tmp_path).load(lesson07.NOTES_ID).status == "done"
    assert "keep-in-touch plan" in v.feedback.value


def test_text_fallbacks_without_and_with_saved_work(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    lesson07.print_notes_feedback()
    lesson07.print_my_thank_you()
    lesson07.print_my_plan()
    lesson07.print_quiz()
    print(lesson07.check_thank_you_note(lesson07.EXAMPLE_NOTE, hours=20, intro_offered=True))
    out = capsys.readouterr().out
    assert "Here is the feedback on an example" in out
    assert "No thank-you note saved yet" in out
    assert "plan is empty" in out
    assert "Send it!" in out
    store = Store(tmp_path)
    drafter = lesson07.thank_you_drafter(store=store)
    drafter.when.value = 8
    drafter.note.value = lesson07.EXAMPLE_NOTE
    planner = lesson07.keep_in_touch_planner(store=store)
    planner.name.value = "Amara Osei"
    planner.add_button.click()
    lesson07.print_my_thank_you()
    lesson07.print_my_plan()
    out = capsys.readouterr().out
    assert "to send: The same evening" in out and "Dear Ms Chen" in out
    assert "to Amara Osei" in out


def test_quiz(tmp_path):
    quiz = load_quiz("07")
    assert quiz.exercise_id == lesson07.QUIZ_ID
    for q in quiz.questions:
        assert sum(o.correct for o in q.options) == 1 and all(o.why for o in q.options)
    assert len({q.answer_index for q in quiz.questions}) > 1
    assert len(lesson07.quiz_widget(store=Store(tmp_path)).radios) == len(quiz.questions)


def test_notebook_uses_the_ids_and_says_guides_differ():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for call in ('meeting_notes("07.1-meeting-notes")', 'thank_you_drafter("07.2-thank-you")',
                 'keep_in_touch_planner("07.3-keep-in-touch")', 'quiz_widget("07.9-quiz")'):
        assert call in code
    assert "Guides differ" in md and "24 hours" in md and "3 to 5 days" in md
    assert "150 words" in md and "three times a year" in md
