"""What 02_the_meeting_that_went_wrong.ipynb uses."""

from __future__ import annotations

from ..faux_pas import format_glossary, format_spot
from ..quiz import quiz_functions
from ..store import Store
from ..story import format_replay, format_story
from ..views.faux_pas_spotter import spot_the_faux_pas
from ..views.replay import replay_side_by_side
from ..views.story_stepper import story_stepper
from .lesson01 import _saved

STEPPER_ID = "02.1-step-through-the-meeting"
SPOT_ID = "02.2-spot-the-faux-pas"
QUIZ_ID = "02.9-quiz"
quiz_widget, print_quiz = quiz_functions(QUIZ_ID)

#: A sample set of choices, shown by the text fallback before the learner has saved any.
EXAMPLE_CHOICES = {
    "request": "nothing",
    "arrival": "late",
    "passions": "monologue",
    "silences": "silences",
    "his-questions": "asked_for_business",
    "what-do-you-want": "no_clear_purpose",
    "parting": "nothing",
    "verdict": "no_clear_purpose",
}


def print_story(thoughts: bool = True) -> None:
    """Text fallback of the scene stepper: every scene, with the timeline in letters."""
    print(format_story(thoughts=thoughts))


def print_spot_feedback(choices: dict | None = None, exercise_id: str = SPOT_ID, store: Store | None = None) -> None:
    """Text fallback of "spot the faux pas": feedback on ``choices``, on your saved choices, or on an example."""
    if choices is None:
        saved = _saved(exercise_id, store)
        if isinstance(saved, dict) and isinstance(saved.get("choices"), dict) and any(saved["choices"].values()):
            print("Your saved choices:")
            choices = saved["choices"]
        else:
            print("No saved choices yet. Here is the feedback on an example set of choices:")
            choices = EXAMPLE_CHOICES
    print(format_spot(choices))
    print()
    print("The faux pas on the list, explained:")
    print(format_glossary())


def print_replay(thoughts: bool = False) -> None:
    """Text fallback of the replay: both versions, scene by scene."""
    print(format_replay(thoughts=thoughts))






__all__ = ["story_stepper", "print_story", "spot_the_faux_pas", "print_spot_feedback", "replay_side_by_side",
           "print_replay", "quiz_widget", "print_quiz"]
