"""One course, one voice: roles, numbers from one source, titles, plain English, honest story.

Run with ``-s`` to see the figures (sentence lengths, lesson minutes).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from lesson_utils import meeting_shape
from lesson_utils.content import load_json
from lesson_utils.numbers import lesson_minutes, numbers, question_minutes, questions_that_fit
from lesson_utils.prose_stats import sentences, word_count

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
DATA = ROOT / "lesson_utils" / "data"
COURSE = load_json("course.json")["lessons"]


def _cells(path: Path, kind: str = "markdown") -> list[str]:
    return [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == kind]


def _lesson(number: str) -> Path:
    return next(p for p in NOTEBOOKS if p.name.startswith(number))


def _strings(value):
    """Every string value in a JSON document (keys are internal and left out)."""
    if isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


# ------------------------------------------------------------------ roles

LEARNER_DATA = sorted(p for p in DATA.rglob("*.json") if "coach" not in p.relative_to(DATA).parts)
INSTRUCTOR_FILES = [ROOT / "instructors" / n for n in ("answer-keys.md", "exercise-keys.md", "README.md")]
HOST = re.compile(r"\bhost(s|ed|ing|'s)?\b", re.I)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_lesson_says_host(path):
    text = "\n".join(_cells(path))
    assert not HOST.search(text), HOST.search(text)


@pytest.mark.parametrize("path", LEARNER_DATA, ids=lambda p: p.name)
def test_no_data_file_shows_host(path):
    found = [s for s in _strings(json.loads(path.read_text(encoding="utf-8"))) if HOST.search(s)]
    assert not found


@pytest.mark.parametrize("path", INSTRUCTOR_FILES + [ROOT / "README.md"], ids=lambda p: p.name)
def test_no_instructor_page_says_host(path):
    assert not HOST.search(path.read_text(encoding="utf-8"))


def test_the_asker_runs_the_meeting_in_lesson_one():
    text = "\n".join(_cells(_lesson("01")))
    assert "You are the asker" in text and "contact" in text


# ------------------------------------------------------------------ numbers from one source

def test_the_question_minutes_match_the_timeline():
    for meeting in (20, 30):
        rows = {r.stage.id: r.minutes for r in meeting_shape.timed_stages(meeting)}
        assert rows["questions"] == question_minutes(meeting)


def test_lesson_four_table_uses_the_numbers():
    text = "\n".join(_cells(_lesson("04")))
    for meeting in (20, 30):
        low, high = questions_that_fit(meeting)
        row = f"| {meeting} minutes | about {question_minutes(meeting)} minutes | {low} to {high} |"
        assert row in text


def test_the_story_and_the_simulator_lengths_come_from_the_numbers():
    n = numbers()
    assert load_json("story.json")["meeting_minutes"] == n["story_meeting_minutes"]
    sim = load_json("simulator.json")
    asides = json.dumps(sim)
    assert f'{{">": {n["simulator_meeting_minutes"]}}}' in asides
    lesson6 = "\n".join(_cells(_lesson("06")))
    assert f"agreed to {n['simulator_meeting_minutes']} minutes" in lesson6
    assert "half an hour in our retelling" in lesson6  # says why the two differ


def test_no_fixed_meeting_length_in_the_timeline_lines():
    for stage in load_json("meeting_shape.json")["stages"]:
        assert not re.search(r"\b(twenty|thirty|\d+) minutes I asked for", stage["say"])


def test_the_introduction_length_is_one_range():
    low, high = numbers()["intro_seconds"]
    intro = load_json("intro.json")
    assert (intro["seconds_min"], intro["seconds_max"]) == (low, high)
    assert "http" in numbers()["intro_seconds_source"]
    texts = ["\n".join(_cells(p)) for p in NOTEBOOKS]
    texts += [s for p in LEARNER_DATA for s in _strings(json.loads(p.read_text(encoding="utf-8")))]
    for text in texts:
        assert not re.search(r"\b(a minute|one-minute) (on who|account|to say|or so)", text)
        assert not re.search(r"introduction, a minute", text)
        for other in re.findall(r"\b(\d+)\s*(?:-|to)\s*(\d+) seconds?\b", text):
            assert tuple(map(int, other)) == (low, high), other


@pytest.mark.parametrize("lesson", COURSE, ids=lambda l: l["number"])
def test_lesson_minutes_are_estimated_and_agree(lesson):
    path = ROOT / "notebooks" / lesson["file"]
    md = _cells(path)
    has_quiz = any("quiz_widget(" in c for c in _cells(path, "code"))
    estimate = lesson_minutes(md, has_quiz)
    print(f"\nlesson {lesson['number']}: estimated {estimate} min, course.json {lesson['minutes']} min")
    assert estimate <= lesson["minutes"] <= estimate + 5
    time_line = re.search(r"\*\*Time:\*\*\s*~\s*(\d+)\s*min", "\n".join(md))
    if time_line:
        assert int(time_line.group(1)) == lesson["minutes"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| {lesson['number']} | {lesson['title']} |" in readme
    row = next(line for line in readme.splitlines() if line.startswith(f"| {lesson['number']} |"))
    assert row.rstrip().endswith(f"| {lesson['minutes']} min |")


def test_lesson_minutes_rise_with_reading_and_exercises():
    assert lesson_minutes(["word " * 200], False) == 5
    assert lesson_minutes(["word " * 2000], False) == 10
    assert lesson_minutes(["### Exercise 9.1 · Try (≈12 min)"], True) == 20


# ------------------------------------------------------------------ titles

@pytest.mark.parametrize("lesson", COURSE, ids=lambda l: l["number"])
def test_each_title_is_the_same_everywhere(lesson):
    title = lesson["title"]
    first = _cells(ROOT / "notebooks" / lesson["file"])[0]
    assert first.splitlines()[0] == f"# {title}"
    for other in NOTEBOOKS:
        for text, target in re.findall(r"\[(?:← previous|next): ([^\]]*?)(?: →)?\]\(([^)]+)\)", "\n".join(_cells(other))):
            if target == lesson["file"]:
                assert text == title, (other.name, text)
    assert f"| {lesson['number']} | {title} |" in (ROOT / "README.md").read_text(encoding="utf-8")


# ------------------------------------------------------------------ one persona

def test_the_sample_plan_follows_one_learner_and_one_contact():
    request = load_json("request_email.json")["samples"]["body"]
    intro = load_json("intro.json")["sample"]["who"]
    first_step = "\n".join(_cells(_lesson("08")))
    thanks = "\n".join(_cells(_lesson("07")))
    who_to_ask = "\n".join(_cells(_lesson("05")))
    assert "Sam Okafor" in intro and "Sam Okafor" in request
    for text in (request, first_step, thanks, who_to_ask):
        assert "Ms Chen" in text or "Lin Chen" in text
    everything = "\n".join("\n".join(_cells(p)) for p in NOTEBOOKS)
    assert "Priya" not in everything and "Lee Okafor" not in everything
    assert "Lee Okafor" not in json.dumps(load_json("simulator.json"))


# ------------------------------------------------------------------ plain English

def _all_sentences():
    return [(p.name[:2], s) for p in NOTEBOOKS for cell in _cells(p) for s in sentences(cell)]


def test_sentences_in_lesson_prose_are_short():
    found = _all_sentences()
    lengths = [word_count(s) for _, s in found]
    over_25 = sum(n > 25 for n in lengths)
    over_40 = [(nb, s) for nb, s in found if word_count(s) > 40]
    share = 1 - over_25 / len(lengths)
    print(f"\n{len(lengths)} sentences in lesson prose; {share:.1%} have 25 words or fewer "
          f"({over_25} over 25, {len(over_40)} over 40, longest {max(lengths)} words)")
    assert share >= 0.95
    assert not over_40, over_40


@pytest.mark.parametrize("markdown, expected", [
    ("One. Two words here. Three!", [1, 3, 1]),
    ("| a b | c |\n|---|---|\n| d e f | g |", [2, 1, 3, 1]),
    ("- item one\n- item two is longer", [2, 4]),
    ("Say e.g. this. Then [a link](x.ipynb) and `code`.", [3, 5]),
    ("", []),
])
def test_sentences_are_counted_as_expected(markdown, expected):
    assert [word_count(s) for s in sentences(markdown)] == expected


IDIOMS = ["before they leap", "on the table", "name on the line", "read the room",
          "forgives more than", "grab at it", "grabbed at", "grabbing", "straight face", "horse before the cart",
          "on the spot", "off guard"]


@pytest.mark.parametrize("path", NOTEBOOKS + LEARNER_DATA, ids=lambda p: p.name)
def test_no_idioms_in_the_lessons_or_their_data(path):
    if path.suffix == ".ipynb":
        texts = _cells(path)
    else:
        texts = list(_strings(json.loads(path.read_text(encoding="utf-8"))))
    text = "\n".join(texts).lower()
    assert [i for i in IDIOMS if i in text] == []


def test_the_start_page_has_a_glossary():
    text = "\n".join(_cells(_lesson("00")))
    for word in ("Informational interview", "Asker", "Contact", "Faux pas", "Referral", "Follow-up"):
        assert f"| **{word}** |" in text


AMERICAN = ["organization", "recognize", "behavior", "color", "favor", "practise", "center", "catalog"]
BRITISH = ["organisation", "recognise", "behaviour", "colour", "favour", "practice", "centre"]


def test_one_spelling_convention():
    text = "\n".join("\n".join(_cells(p)) for p in NOTEBOOKS).lower()
    american = {w: len(re.findall(rf"\b{w}", text)) for w in ("organiz", "recogniz", "behavior", "color", "favor")}
    assert sum(american.values()) == 0, american


# ------------------------------------------------------------------ the story, told honestly

def test_lesson_two_says_what_is_hers_and_what_is_ours():
    text = "\n".join(_cells(_lesson("02")))
    assert "*based on*" in text and "imagined" in text
    assert "a few questions, and she quoted two" in text
    assert "**What is a faux pas?**" in text
    assert text.index("**What is a faux pas?**") < text.index("Exercise 2.2")
    assert "only two questions" not in text.lower() and "one true story" not in text.lower()
    quoted = re.findall(r'"([^"]+)"[^"\n]*\(her words', text)
    assert len(quoted) >= 5


def test_invented_details_are_not_answer_keys():
    story = load_json("story.json")
    for fp in story["faux_pas"]:
        if not fp["in_story"]:
            assert "her account does not name it" in fp["explanation"]
            assert "arrived on time" not in fp["explanation"] and "ended when" not in fp["explanation"]
    quiz = load_json("quizzes/02.json")
    for q in quiz["questions"]:
        if "timeline" in q["prompt"]:
            assert "in our retelling" in q["prompt"].lower()


@pytest.mark.parametrize("claim", ["rarely asked", "expect to be asked", "every guide's list"])
def test_unsupported_claims_are_gone(claim):
    texts = ["\n".join(_cells(p)) for p in NOTEBOOKS]
    texts += [s for p in LEARNER_DATA for s in _strings(json.loads(p.read_text(encoding="utf-8")))]
    assert not any(claim in t for t in texts)


def test_the_start_page_gives_the_range_of_lesson_times_the_map_shows():
    text = " ".join(_cells(_lesson("00")))
    low, high = min(l["minutes"] for l in COURSE), max(l["minutes"] for l in COURSE)
    m = re.search(r"Each lesson takes (\d+) to (\d+) minutes", text)
    assert m and (int(m.group(1)), int(m.group(2))) == (low, high)
