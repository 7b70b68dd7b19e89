"""What 04_drafting_questions.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, warm_coach

from .. import drafter as D
from .. import rewrite_drill as R
from ..coach import format_review, review
from ..question_bank import format_bank
from .common import quiz_functions
from .demos import show_review
from ..views.drafter import EXERCISE_ID as DRAFTER_ID
from ..views.drafter import question_drafter
from ..views.question_bank import question_bank
from ..views.rewrite_drill import EXERCISE_ID as DRILL_ID
from ..views.rewrite_drill import rewrite_drill
from .common import saved as _saved

QUIZ_ID = "04.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)




def print_my_questions(exercise_id: str = DRAFTER_ID) -> None:
    """Text fallback for the drafter: your saved list, each question reviewed, with coverage, time and order."""
    if not heading('your questions', exercise_id):
        return
    questions, minutes = D.from_value(_saved(exercise_id))
    print(D.format_list(questions, minutes))


def print_rewrite_drill(exercise_id: str = DRILL_ID) -> None:
    """Text fallback for the rewrite drill: each question with a hint, and your saved rewrites checked."""
    if not heading('the rewrite drill', exercise_id):
        return
    saved = _saved(exercise_id)
    answers = saved.get("answers") if isinstance(saved, dict) else None
    print(R.format_drill(answers))


def check_rewrite(number: int, text: str) -> None:
    """Check a rewrite of drill question ``number`` (1-8) without widgets."""
    items = R.items()
    if not isinstance(number, int) or not 1 <= number <= len(items):
        print(f"Choose a question number from 1 to {len(items)}.")
        return
    result = R.check(items[number - 1], text)
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ"}
    print(f"Question {number}: {items[number - 1].original}")
    for kind, msg in result.items():
        print(f"  {marks.get(kind, 'ℹ')} {msg}")


def print_question_bank(kind: str | None = None) -> None:
    """Text fallback for the question bank: every kind (or one, e.g. "referrals") with its examples."""
    if not heading('the question bank'):
        return
    print(format_bank(kind))






__all__ = ["review", "format_review", "question_drafter", "print_my_questions", "rewrite_drill",
           "print_rewrite_drill", "check_rewrite", "question_bank", "print_question_bank", "quiz_widget", "print_quiz", "choose"]
__all__ += ["show_review"]

warm_coach()

fold_copies(globals())
