"""What 06_running_the_conversation.ipynb uses."""

from __future__ import annotations

from ..meeting_shape import format_meeting_shape
from ..quiz import format_quiz, format_result, grade, load_quiz
from ..simulator import format_run, play, play_visitor
from ..store import Store, StoreError
from ..views.meeting_timeline import meeting_timeline
from ..views.quiz import QuizView
from ..views.simulator import SimulatorView

SIMULATOR_ID = "06.1-conversation"
QUIZ_ID = "06.9-quiz"


def _saved(exercise_id: str, store: Store | None = None):
    try:
        return (store or Store()).value(exercise_id)
    except StoreError as exc:
        print(exc)
        return None


def print_meeting_shape(minutes: int = 20) -> None:
    """Text fallback for the timeline: the stages, their minutes, what to do in each."""
    print(format_meeting_shape(minutes))


def conversation_simulator(exercise_id: str = SIMULATOR_ID, store: Store | None = None) -> SimulatorView:
    """Exercise 6.1: the meeting with Ruth, played turn by turn."""
    return SimulatorView(exercise_id, store, title="Coffee with Ruth: the conversation simulator")


def print_my_meeting(exercise_id: str = SIMULATOR_ID, store: Store | None = None) -> None:
    """Text fallback: your last finished meeting (verdict and path), if you have one."""
    print(format_run(_saved(exercise_id, store)))


def quiz_widget(exercise_id: str = QUIZ_ID, store: Store | None = None) -> QuizView:
    """The lesson's quiz (``data/quizzes/06.json``), named by its exercise id."""
    quiz = load_quiz(exercise_id[:2])
    if quiz.exercise_id != exercise_id:
        raise ValueError(f"quiz {exercise_id[:2]} has the id {quiz.exercise_id}, not {exercise_id}")
    return QuizView(quiz, store)


def print_quiz(exercise_id: str = QUIZ_ID, store: Store | None = None) -> None:
    """Text fallback: the questions, then the feedback on your saved answers if there are any."""
    quiz = load_quiz(exercise_id[:2])
    print(format_quiz(quiz))
    saved = _saved(exercise_id, store)
    print()
    if isinstance(saved, dict) and isinstance(saved.get("answers"), dict):
        print("Your saved answers:")
        print(format_result(grade(quiz, saved["answers"])))
    else:
        print("(Answer with the quiz widget above; your answers and their explanations will be printed here.)")


__all__ = ["meeting_timeline", "print_meeting_shape", "conversation_simulator", "play", "play_visitor",
           "print_my_meeting", "quiz_widget", "print_quiz"]
