"""Lesson 5's facade: what the notebook imports, the text fallbacks and the course map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lesson_utils.course import lessons
from lesson_utils.lessons import lesson05
from lesson_utils.store import Store

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "notebook_sources" / "05_asking_for_the_meeting.py"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    return tmp_path


def test_the_notebook_imports_exactly_what_the_module_offers():
    text = SOURCE.read_text(encoding="utf-8")
    assert "from lesson_utils.lessons.lesson05 import *  # this lesson's exercises" in text
    assert all(callable(getattr(lesson05, name)) or name.isupper() for name in lesson05.__all__)


def test_exercise_ids_are_in_the_course_map():
    lesson = next(l for l in lessons() if l.number == "05")
    assert lesson.exercises == ("05.1-who-to-ask", "05.2-request-email", "05.2-connection-note", "05.3-follow-up",
                                "05.4-if-they-say-no", "05.5-outreach-tracker", "05.9-quiz")
    text = SOURCE.read_text(encoding="utf-8")
    for eid in lesson.exercises:
        assert f'"{eid}"' in text


@pytest.mark.parametrize(
    "printer, eid, value, saved_words, sample_words",
    [
        (lesson05.print_request_check, "05.2-request-email",
         {"subject": "", "body": "Can you refer clients to me?"}, "request for clients", "Ms Chen"),
        (lesson05.print_connection_note_check, "05.2-connection-note",
         {"subject": "", "text": "Can you refer clients to me?"}, "request for clients", "Ms Chen"),
        (lesson05.print_follow_up_check, "05.3-follow-up", {"text": "Why haven't you replied? Urgent."},
         "sounds like pressure", "I wrote last week"),
        (lesson05.print_decline_check, "05.4-if-they-say-no", {"text": "Are you sure?"}, "pushes after a no",
         "anyone else"),
    ],
)
def test_message_fallbacks(data_dir, capsys, printer, eid, value, saved_words, sample_words):
    printer()
    out = capsys.readouterr().out
    assert "on the sample" in out and sample_words in out and "✓ Good:" in out
    Store(data_dir).save(eid, value)
    printer()
    out = capsys.readouterr().out
    assert "Your saved" in out and saved_words in out and "✗ To improve:" in out


def test_who_to_ask_fallback_and_widget(data_dir, capsys, tmp_path):
    lesson05.print_who_to_ask()
    assert "Nothing saved yet" in capsys.readouterr().out
    view = lesson05.who_to_ask("05.1-who-to-ask")
    view.boxes["first"].value = "Priya, my cousin's partner"
    assert "You know whom to ask first" in view.feedback.value
    lesson05.print_who_to_ask()
    assert "You know whom to ask first" in capsys.readouterr().out


def test_widgets_build(data_dir):
    assert lesson05.request_email_drafter("05.2-request-email").widget is not None
    assert lesson05.connection_note_drafter("05.2-connection-note").widget is not None
    assert lesson05.follow_up_drafter("05.3-follow-up").widget is not None
    assert lesson05.decline_reply_drafter("05.4-if-they-say-no").widget is not None
    assert lesson05.quiz_widget("05.9-quiz").quiz.exercise_id == "05.9-quiz"


def test_quiz_fallback(data_dir, capsys):
    lesson05.print_quiz("05.9-quiz")
    out = capsys.readouterr().out
    assert "Ask for the meeting" in out and "Right." not in out and "Not quite." not in out and "choose(1, 2)" in out
