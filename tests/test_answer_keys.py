"""The instructors' quiz answer keys are generated from the quiz files and kept up to date."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUIZ_FILES = sorted((ROOT / "lesson_utils" / "data" / "quizzes").glob("*.json"))


def _tool():
    spec = importlib.util.spec_from_file_location("answer_keys", ROOT / "tools" / "answer_keys.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_answer_keys_are_up_to_date():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "answer_keys.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr + \
        "\nA quiz changed: run `python tools/answer_keys.py` and commit instructors/answer-keys.md."


@pytest.mark.parametrize("path", QUIZ_FILES, ids=lambda p: p.name)
def test_every_right_answer_and_reason_is_in_the_key(path):
    text = (ROOT / "instructors" / "answer-keys.md").read_text(encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert f"`{data['exercise_id']}`" in text
    for q in data["questions"]:
        right = [o for o in q["options"] if o.get("correct")]
        assert len(right) == 1
        assert f"✓ **Answer:** {' '.join(right[0]['text'].split())}" in text
        assert " ".join(right[0]["why"].split()) in text


def test_render_marks_one_answer_per_question_and_survives_odd_text():
    tool = _tool()
    quiz = {"exercise_id": "99.9-quiz", "title": "Odd\ntitle",
            "questions": [{"id": "q1", "prompt": "Line one\nline two?",
                           "options": [{"text": "Yes  <b>really</b>", "correct": True, "why": "Because."},
                                       {"text": "No", "correct": False, "why": "Because not."}]}]}
    md = tool.render_quiz("99", quiz, "")
    assert md.count("✓ **Answer:**") == 1 and md.count("✗ ") == 1
    assert "**1. Line one line two?**" in md
    assert "## Lesson 99 · Odd title" in md


def test_contents_links_match_githubs_heading_anchors():
    tool = _tool()
    assert tool._slug("Why ask to learn") == "why-ask-to-learn"
    text = (ROOT / "instructors" / "answer-keys.md").read_text(encoding="utf-8")
    for path in QUIZ_FILES:
        assert f"(#lesson-{path.stem}--" in text


def test_every_exercise_has_a_key_and_every_quiz_an_answer_key():
    from lesson_utils.course import lessons

    exercises = (ROOT / "instructors" / "exercise-keys.md").read_text(encoding="utf-8")
    answers = (ROOT / "instructors" / "answer-keys.md").read_text(encoding="utf-8")
    for lesson in lessons():
        for eid in lesson.exercises:
            where = answers if eid.endswith("-quiz") else exercises
            assert f"`{eid}`" in where, f"{eid} has no key in instructors/"
