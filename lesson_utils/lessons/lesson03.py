"""What 03_know_what_you_want.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, wait_for_coach, warm_coach

from ..intro import RESEARCH_FIELDS, check_intro, check_research, field_specs, format_intro_check
from .common import quiz_functions
from ..views.intro_builder import intro_builder
from ..views.read_aloud_timer import read_aloud_timer
from ..views.text_exercise import TextExercise
from .common import saved as _saved

INTRO_ID = "03.1-introduction"
RESEARCH_ID = "03.2-research-and-goal"
QUIZ_ID = "03.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)




def print_intro_check() -> None:
    """Text fallback: the introduction check on your saved answers; before they are saved, what to write."""
    if not heading('your introduction', INTRO_ID):
        return
    saved = _saved(INTRO_ID)
    if isinstance(saved, dict) and any(isinstance(saved.get(k), str) and saved[k].strip()
                                       for k in ("who", "doing", "why_them", "learn")):
        wait_for_coach()
        print("Your saved introduction, checked:\n")
        print(format_intro_check(check_intro(saved)))
    else:
        print("No introduction saved yet. Write a sentence for each of these; the check is printed here once "
              "your introduction is saved:")
        for spec in field_specs():
            print(f"  - {spec['label']}\n      ({spec['placeholder']})")


def research_and_goal(exercise_id: str = RESEARCH_ID, store=None) -> TextExercise:
    return TextExercise(
        exercise_id,
        "Do your homework and set a goal",
        RESEARCH_FIELDS,
        "Look the person up before you ask for time. Then write one question only they can answer, and your "
        "goal for the meeting. Saved each time you leave a box.",
        checker=check_research,
        store=store,
        rows=2,
    )


def print_research_check() -> None:
    """Text fallback: feedback on your saved research and goal, or a reminder of what to write."""
    if not heading('your homework and goal', RESEARCH_ID):
        return
    saved = _saved(RESEARCH_ID)
    if not isinstance(saved, dict) or not any(isinstance(v, str) and v.strip() for v in saved.values()):
        print("Nothing saved yet. Write down, for the person you have in mind:")
        for _, label, example in RESEARCH_FIELDS:
            print(f"  - {label}\n      ({example})")
        return
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}
    for kind, text in check_research(saved):
        print(f"  {marks.get(kind, 'ℹ Note:')} {text}")






__all__ = ["intro_builder", "read_aloud_timer", "print_intro_check", "research_and_goal", "print_research_check", "quiz_widget",
           "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
