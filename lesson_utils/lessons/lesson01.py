"""What 01_why_ask_to_learn.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading

from .common import quiz_functions
from ..reflection import FIELDS, check_reflection, format_reflection
from ..store import Store
from ..views.text_exercise import TextExercise
from .common import saved as _saved

REFLECTION_ID = "01.1-who-to-learn-from"
QUIZ_ID = "01.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)


def reflection_exercise(exercise_id: str = REFLECTION_ID, store: Store | None = None) -> TextExercise:
    """Exercise 1.1: who would you like to learn from, and why?"""
    return TextExercise(
        exercise_id,
        "Who would you like to learn from, and why?",
        FIELDS,
        instructions="Write a line or two in each box. Your answer is saved as you go; press Save when you are done.",
        checker=check_reflection,
        store=store,
        rows=2,
    )




def print_reflection_feedback(exercise_id: str = REFLECTION_ID, store: Store | None = None) -> None:
    """Text fallback: the feedback on your saved answer; before one is saved, what to write."""
    if not heading('your answer', exercise_id, store):
        return
    saved = _saved(exercise_id, store)
    if isinstance(saved, dict) and any(isinstance(v, str) and v.strip() for v in saved.values()):
        print("Your saved answer:")
        print(format_reflection(saved))
    else:
        print("No saved answer yet. Write a line or two for each of these; the feedback is printed here once "
              "your answer is saved:")
        for _, label, example in FIELDS:
            print(f"  - {label}\n      ({example})")






__all__ = ["reflection_exercise", "print_reflection_feedback", "check_reflection", "quiz_widget", "print_quiz", "choose"]

fold_copies(globals())
