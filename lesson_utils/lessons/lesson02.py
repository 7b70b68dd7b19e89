"""What 02_the_meeting_that_went_wrong.ipynb uses."""

from __future__ import annotations

from ..faux_pas import choice_options, format_glossary, format_spot, grade_spot
from .common import quiz_functions
from ..store import Store
from ..story import format_replay, format_story, load_story
from ..views.faux_pas_spotter import spot_the_faux_pas
from ..views.replay import replay_side_by_side
from ..views.story_stepper import story_stepper
from .common import fold_copies, heading, warm_coach
from .common import saved as _saved

STEPPER_ID = "02.1-step-through-the-meeting"
SPOT_ID = "02.2-spot-the-faux-pas"
QUIZ_ID = "02.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)



def print_story(thoughts: bool = True) -> None:
    """Text fallback of the scene stepper: every scene, with the timeline in letters."""
    if not heading('the meeting, scene by scene'):
        return
    print(format_story(thoughts=thoughts))


def print_spot_feedback(choices: dict | None = None, exercise_id: str = SPOT_ID, store: Store | None = None) -> None:
    """Plain-text copy of "spot the faux pas": the scenes and the list; the feedback once choices are saved."""
    if not heading("“Spot the faux pas”", exercise_id, store):
        return
    if choices is None:
        saved = _saved(exercise_id, store)
        if isinstance(saved, dict) and isinstance(saved.get("choices"), dict) and any(saved["choices"].values()):
            print("Your saved choices:")
            choices = saved["choices"]
    if not choices:
        print("No choices saved yet. The eight scenes:")
        for n, scene in enumerate(load_story().scenes, 1):
            print(f"  Scene {n} · {scene.spot_title}" + (f" ({scene.spot_ask})" if scene.spot_ask else ""))
        print()
        print("What could have gone wrong in each (or nothing):")
        for n, (label, _) in enumerate(choice_options(load_story()), 1):
            print(f"  {n}) {label}")
        print()
        print("The feedback and the faux pas explained appear here once you have made and saved your choices above.")
        return
    print(format_spot(choices))
    print()
    if not grade_spot(choices).complete:
        # the list explained says which scenes show each faux pas: an answer to the scenes not yet tried
        print("The faux pas on the list are explained here once every scene has a choice.")
        return
    print("The faux pas on the list, explained:")
    print(format_glossary())


def print_replay(thoughts: bool = False) -> None:
    """Text fallback of the replay: both versions, scene by scene."""
    if not heading('the replay'):
        return
    print(format_replay(thoughts=thoughts))






__all__ = ["story_stepper", "print_story", "spot_the_faux_pas", "print_spot_feedback", "replay_side_by_side",
           "print_replay", "quiz_widget", "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
