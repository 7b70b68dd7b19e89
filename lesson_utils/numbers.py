"""The course's numbers, kept once in ``data/numbers.json``, and the lesson-time estimate.

A lesson's time is its reading time (the words of its text cells at ``reading_words_per_minute``)
plus the minutes its exercise headings give, plus ``quiz_minutes`` when it has a quiz, rounded
up to the next 5 minutes. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import math
import re

from .content import load_json
from .prose_stats import plain_pieces, word_count

_EXERCISE_MINUTES = re.compile(r"^#{2,3} .*\(≈\s*(\d+)\s*min\)", re.M)


def numbers() -> dict:
    return load_json("numbers.json")


def question_minutes(meeting_minutes: int) -> int:
    """Minutes for questions in a meeting of 20 or 30 minutes."""
    return int(numbers()["question_minutes"][str(meeting_minutes)])


def questions_that_fit(meeting_minutes: int) -> tuple[int, int]:
    """The fewest and most questions that fit, at the slowest and quickest pace per question."""
    slow, quick = numbers()["minutes_per_question"][1], numbers()["minutes_per_question"][0]
    minutes = question_minutes(meeting_minutes)
    return minutes // slow, minutes // quick


def reading_words(markdown_cells: list[str]) -> int:
    return sum(word_count(piece) for cell in markdown_cells for piece in plain_pieces(cell))


def exercise_minutes(markdown_cells: list[str]) -> int:
    return sum(int(m) for cell in markdown_cells for m in _EXERCISE_MINUTES.findall(cell))


def lesson_minutes(markdown_cells: list[str], has_quiz: bool) -> int:
    """The estimated minutes for a lesson, rounded up to the next 5."""
    n = numbers()
    minutes = reading_words(markdown_cells) / n["reading_words_per_minute"]
    minutes += exercise_minutes(markdown_cells) + (n["quiz_minutes"] if has_quiz else 0)
    return max(5, 5 * math.ceil(minutes / 5))
