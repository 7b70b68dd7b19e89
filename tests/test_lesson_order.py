"""Each lesson reads in order: its exercises, then the quiz, then Key points and What's next,
with the navigation line once at the top and once at the very end."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [p for p in NOTEBOOKS if re.match(r"0[1-9]_", p.name)]
EXERCISE_ID = re.compile(r"""["'](\d{2}\.\d+-[a-z0-9]+(?:-[a-z0-9]+)*)["']""")
QUIZ_ID = re.compile(r"^\d{2}\.9-quiz$")
NAV = re.compile(r"\[Contents[^\]]*\]\((00_start_here\.ipynb|#The-course-map)\)")


def cells(path: Path):
    return nbformat.read(path, as_version=4).cells


def first_cell_with(path: Path, pattern: str) -> int:
    found = [n for n, c in enumerate(cells(path)) if c.cell_type == "markdown" and re.search(pattern, c.source, re.M)]
    assert found, f"{path.name}: no cell matches {pattern!r}"
    return found[0]


def exercise_places(path: Path) -> dict[str, list[int]]:
    """Cell numbers of the exercise headings, the exercises' widget cells and the quiz's cells."""
    out = {"headings": [], "widgets": [], "quiz": []}
    for n, c in enumerate(cells(path)):
        if c.cell_type == "markdown" and re.search(r"^#{2,4}\s+Exercise\s+\d", c.source, re.M):
            out["headings"].append(n)
        if c.cell_type == "code":
            for eid in EXERCISE_ID.findall(c.source):
                out["quiz" if QUIZ_ID.match(eid) else "widgets"].append(n)
    return out


def nav_lines(path: Path) -> list[tuple[int, int]]:
    """(cell number, line number) of every navigation line."""
    return [(n, k) for n, c in enumerate(cells(path)) if c.cell_type == "markdown"
            for k, line in enumerate(c.source.splitlines()) if NAV.search(line)]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_the_quiz_comes_after_every_exercise(path):
    places = exercise_places(path)
    quiz_heading = first_cell_with(path, r"^##\s+Check your understanding")
    assert places["headings"] and places["widgets"] and places["quiz"]
    late = [n for n in places["headings"] + places["widgets"] if n > quiz_heading]
    assert not late, f"{path.name}: exercise cells {late} come after the quiz (cell {quiz_heading})"
    assert min(places["quiz"]) > quiz_heading


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_key_points_and_whats_next_close_the_lesson(path):
    quiz_heading = first_cell_with(path, r"^##\s+Check your understanding")
    key_points = first_cell_with(path, r"^##\s+Key points")
    whats_next = first_cell_with(path, r"^##\s+What's next")
    assert quiz_heading < key_points <= whats_next
    assert max(exercise_places(path)["quiz"]) < key_points
    assert whats_next == len(cells(path)) - 1, f"{path.name}: cells follow What's next"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_navigation_line_shows_at_the_top_and_once_at_the_end(path):
    found = nav_lines(path)
    last = len(cells(path)) - 1
    assert [n for n, _ in found] == [0, last], f"{path.name}: navigation lines in cells {[n for n, _ in found]}"
    assert cells(path)[last].source.rstrip().splitlines()[-1] == cells(path)[0].source.splitlines()[found[0][1]]


def test_lesson_5_tracker_sits_between_the_last_exercise_and_the_quiz():
    path = next(p for p in LESSONS if p.name.startswith("05_"))
    source = [c.source for c in cells(path)]
    tracker = next(n for n, s in enumerate(source) if "05.5-outreach-tracker" in s)
    reply = next(n for n, s in enumerate(source) if "05.4-if-they-say-no" in s)
    quiz = first_cell_with(path, r"^##\s+Check your understanding")
    assert reply < tracker < quiz


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_course_map_lists_a_lessons_exercises_in_the_order_the_lesson_shows_them(path):
    import json
    course = json.loads((ROOT / "lesson_utils/data/course.json").read_text(encoding="utf-8"))
    listed = next(lesson["exercises"] for lesson in course["lessons"] if lesson["file"] == path.name)
    shown = []
    for c in cells(path):
        if c.cell_type == "code":
            shown += [eid for eid in EXERCISE_ID.findall(c.source) if eid not in shown]
    assert listed == shown
