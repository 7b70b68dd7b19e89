"""What 01_why_ask_to_learn.ipynb uses."""

from __future__ import annotations

from ..quiz import format_quiz, format_result, grade, load_quiz
from ..reflection import EXAMPLE, FIELDS, check_reflection, format_reflection
from ..store import Store, StoreError
from ..views.quiz import QuizView
from ..views.text_exercise import TextExercise

REFLECTION_ID = "01.1-who-to-learn-from"
QUIZ_ID = "01.9-quiz"


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


def _saved(exercise_id: str, store: Store | None):
    try:
        return (store or Store()).value(exercise_id)
    except StoreError as exc:
        print(exc)
        return None


def print_reflection_feedback(exercise_id: str = REFLECTION_ID, store: Store | None = None) -> None:
    """Text fallback: the feedback on your saved answer, or on an example if there is none yet."""
    saved = _saved(exercise_id, store)
    if isinstance(saved, dict) and any(isinstance(v, str) and v.strip() for v in saved.values()):
        print("Your saved answer:")
        print(format_reflection(saved))
    else:
        print("No saved answer yet. Here is the feedback on an example answer:")
        print(format_reflection(EXAMPLE))


def quiz_widget(exercise_id: str = QUIZ_ID, store: Store | None = None) -> QuizView:
    """The lesson's quiz (``data/quizzes/01.json``), named by its exercise id."""
    quiz = load_quiz(exercise_id[:2])
    if quiz.exercise_id != exercise_id:
        raise ValueError(f"quiz {exercise_id[:2]} has the id {quiz.exercise_id}, not {exercise_id}")
    return QuizView(quiz, store)


def print_quiz(exercise_id: str = QUIZ_ID, store: Store | None = None) -> None:
    """Text fallback: the questions, then the feedback on your saved answers if there are any."""
    quiz = load_quiz(exercise_id[:2])
    print(format_quiz(quiz))
    saved = _saved(exercise_id, store)
    if isinstance(saved, dict) and isinstance(saved.get("answers"), dict):
        print()
        print("Your saved answers:")
        print(format_result(grade(quiz, saved["answers"])))
    else:
        print()
        print("(Answer with the quiz widget above; your answers and their explanations will be printed here.)")


__all__ = ["reflection_exercise", "print_reflection_feedback", "check_reflection", "quiz_widget", "print_quiz"]
