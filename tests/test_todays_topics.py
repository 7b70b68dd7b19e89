"""What a learner of today expects: each topic is in the lesson where it belongs, with a check where it teaches a skill."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from lesson_utils import meeting_shape, question_bank
from lesson_utils.coach import review
from lesson_utils.content import load_json

ROOT = Path(__file__).resolve().parents[1]
CLOSING = "What should I have asked you that I didn't?"


def _cells(number: str):
    path = next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
    return nbformat.read(path, as_version=4).cells


def _markdown(number: str) -> str:
    return "\n".join(c.source for c in _cells(number) if c.cell_type == "markdown")


def _section(number: str, heading: str) -> str:
    text = _markdown(number)
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end < 0 else text[start:end]


def test_the_connection_note_comes_right_after_the_request_email():
    code = [c.source for c in _cells("05") if c.cell_type == "code"]
    widgets = [re.search(r'^(\w+)\("(05\.[^"]+)"\)', s, re.M) for s in code]
    order = [m.group(2) for m in widgets if m]
    assert order.index("05.2-connection-note") == order.index("05.2-request-email") + 1
    fallbacks = [s.strip() for s in code]
    assert fallbacks.index("print_connection_note_check()") == fallbacks.index("print_request_check()") + 2


def test_lesson_five_teaches_the_short_note_and_subject_lines():
    text = _section("05", "## A short note instead")
    for part in ("300 characters", "who you are", "why this person", "small, specific ask with a time",
                 "Referred by Ana Ruiz: 20 minutes on grant writing?", "Subject lines", "looking for work is fine"):
        assert part in text, part
    assert "### Exercise 5.2b" in _markdown("05")


@pytest.mark.parametrize("heading, parts", [
    ("## Video and phone meetings", ["Join a few minutes early", "Test your camera and sound", "who sends the link",
                                     "time zone", "On the phone"]),
    ("## If you feel nervous, or you are an introvert", ["Prepare a short script", "Rehearse", "Breathe slowly",
                                                         "pauses"]),
    ("## Culture and access", ["Forms of address", "Who pays", "Small talk", "Asking for an adjustment"]),
    ("## The last question", [CLOSING]),
])
def test_lesson_six_sections(heading, parts):
    text = _section("06", heading)
    for part in parts:
        assert part in text, (heading, part)
    assert "Sources:" in text or "uatshadygrove" in text


def test_a_video_call_note_sits_beside_the_simulator():
    cells = [c for c in _cells("06")]
    sim = next(i for i, c in enumerate(cells) if 'conversation_simulator("06.1' in c.source)
    after = "\n".join(c.source for c in cells[sim:sim + 6] if c.cell_type == "markdown")
    assert "**If this meeting were a video call.**" in after


def test_the_closing_question_is_in_the_bank_and_the_close():
    bank = {e.text: e.kind for e in question_bank.examples()}
    assert bank[CLOSING] == "role_insight"
    r = review(CLOSING)
    assert r.good and r.topic == "role_insight"
    close = next(s for s in meeting_shape.stages() if s.id == "close")
    assert any(CLOSING in d for d in close.do)
    assert CLOSING in _markdown("06")


def test_lesson_seven_keeps_confidences():
    text = _section("07", "## Keep what they told you to yourself")
    for part in ("Your notes are for you", "Ask before you use their name", "keep something private",
                 "career.berkeley.edu"):
        assert part in text, part


@pytest.mark.parametrize("quiz, words", [
    ("06", ["video call", "time zone"]),
    ("07", ["reorganised", "Pass on advice, not secrets"]),
])
def test_the_quizzes_check_the_new_topics(quiz, words):
    text = str(load_json(f"quizzes/{quiz}.json"))
    for w in words:
        assert w in text, w
