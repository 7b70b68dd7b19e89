"""The student's worked samples in lessons 3, 4 and 5 (folded away under "Show a sample answer") pass the
same checks a learner's own answer meets: a sample the checker would fault teaches the wrong thing."""

import re
from pathlib import Path

import nbformat

from lesson_utils import intro, request_email
from lesson_utils.coach import review

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"breaking in": "breaking_in", "insight into the role": "role_insight", "skills and experience": "skills_experience",
         "valued qualities": "valued_qualities", "finding the right position": "finding_position",
         "resources": "resources", "referrals": "referrals"}


def _markdown(number: str) -> str:
    path = next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")


def _after(text: str, heading: str, stop: str) -> str:
    start = text.index(heading)
    return text[start:text.index(stop, start)]


def _quoted(block: str) -> str:
    """The lines of a markdown quote, joined, with its paragraph breaks kept."""
    lines = [ln[1:].strip() for ln in block.splitlines() if ln.startswith(">")]
    return "\n".join(lines).replace("\n\n", "\0").replace("\n", " ").replace("\0", "\n\n").strip()


def test_the_students_introduction_passes_the_introduction_check():
    block = _after(_markdown("03"), "**A student choosing a direction**", "*Purpose:*")
    sentences = re.split(r"(?<=\.) ", _quoted(block))
    assert len(sentences) == 4
    result = intro.check_intro(dict(zip(("who", "doing", "why_them", "learn"), sentences)))
    assert result.ready and not result.fixes, intro.format_intro_check(result)


def test_the_students_questions_are_good_and_of_the_kind_the_lesson_names():
    block = _after(_markdown("04"), "**Amira Haddad", "Five questions")
    items = re.findall(r"^\d+\. (.+?) \*\((.+?)\)\*$", block, flags=re.M)
    assert len(items) == 5
    for question, kind in items:
        r = review(question)
        assert not r.flags and r.topic == KINDS[kind], (question, r.topic, r.flags)


def test_the_students_request_passes_every_check():
    block = _after(_markdown("05"), "**A student writing to a graduate", "</details>")
    subject = re.search(r"\*\*Subject:\*\* (.+)", block).group(1).strip()
    result = request_email.check_request(subject, _quoted(block))
    text = request_email.format_message_check(result)
    assert "✗" not in text and "✓ Good" in text, text
    assert "85 words" in text and "85 words" in block
