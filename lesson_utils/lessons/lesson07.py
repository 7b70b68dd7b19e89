"""What 07_after_the_meeting.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, warm_coach

from ..keep_in_touch import NOTE_FIELDS, check_meeting_notes, format_notes_feedback, format_plan, plan_for, valid_contacts
from .common import quiz_functions
from ..store import Store
from ..thank_you import check_note_text, when_label
from ..views.keep_in_touch import KeepInTouchPlanner
from ..views.text_exercise import TextExercise
from ..views.thank_you import ThankYouDrafter
from .common import saved as _saved

NOTES_ID = "07.1-meeting-notes"
THANK_YOU_ID = "07.2-thank-you"
KEEP_IN_TOUCH_ID = "07.3-keep-in-touch"
QUIZ_ID = "07.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)

EXAMPLE_NOTE = """Dear Ms Chen,

Thank you for meeting me on Tuesday. Your point about designing for what people will do on Monday morning changed
how I see training. This week I'll rework one of my own lessons that way, and I'll tell you how it goes.

Thank you too for offering to introduce me to your colleague Dev Patel. I'd be glad of his email address whenever
it suits you.

Best wishes,
Sam Okafor"""

EXAMPLE_NOTES = {
    "learned": "Training design starts from what people will do on Monday morning, not from the slides. "
               "Most new designers start by redesigning training they already give.",
    "fit": "I like building courses. Long projects with many reviewers worry me.",
    "next": "Dev Patel (learning team at Northwind). Promised Ms Chen: tell her how the reworked lesson goes.",
}




def meeting_notes(exercise_id: str = NOTES_ID, store: Store | None = None) -> TextExercise:
    """Exercise 7.1: the notes to write at once after the meeting."""
    return TextExercise(
        exercise_id,
        "Write up your notes while they are fresh",
        NOTE_FIELDS,
        instructions="A few lines in each box. Saved each time you leave a box; press Save when you are done.",
        checker=check_meeting_notes,
        store=store,
        rows=3,
    )


def print_notes_feedback(exercise_id: str = NOTES_ID, store: Store | None = None) -> None:
    """Text fallback: feedback on your saved notes, or on an example."""
    if not heading('your notes', exercise_id, store):
        return
    saved = _saved(exercise_id, store)
    if isinstance(saved, dict) and any(isinstance(v, str) and v.strip() for v in saved.values()):
        print("Your saved notes:")
        answers = saved
    else:
        print("No notes saved yet. Here is the feedback on an example:")
        answers = EXAMPLE_NOTES
    for key, label, _ in NOTE_FIELDS:
        value = answers.get(key, "") if isinstance(answers.get(key, ""), str) else ""
        print(f"- {label}:\n    {value.strip() or '(empty)'}")
    print(format_notes_feedback(answers))


def thank_you_drafter(exercise_id: str = THANK_YOU_ID, store: Store | None = None) -> ThankYouDrafter:
    """Exercise 7.2: the thank-you note, checked."""
    return ThankYouDrafter(exercise_id, store)


def check_thank_you_note(note: str, hours=None, intro_offered: bool = False, resume_offered: bool = False) -> str:
    """Text fallback: ``print(check_thank_you_note(note, hours=20, intro_offered=True))``."""
    return check_note_text(note, hours, intro_offered, resume_offered)


def print_my_thank_you(exercise_id: str = THANK_YOU_ID, store: Store | None = None) -> None:
    """Text fallback: your saved note with its checks."""
    if not heading('your thank-you note', exercise_id, store):
        return
    saved = _saved(exercise_id, store)
    if not isinstance(saved, dict) or not isinstance(saved.get("note"), str) or not saved["note"].strip():
        print("No thank-you note saved yet. Write one in the drafter above, or check the example with "
              "check_thank_you_note(...).")
        return
    print(f"Your saved note (to send: {when_label(saved.get('hours'))}):\n")
    print(saved["note"])
    print()
    print(check_note_text(saved["note"], saved.get("hours"), saved.get("intro_offered") is True,
                          saved.get("resume_offered") is True))


def keep_in_touch_planner(exercise_id: str = KEEP_IN_TOUCH_ID, store: Store | None = None) -> KeepInTouchPlanner:
    """Exercise 7.3: who you met, what you promised, when to write again."""
    return KeepInTouchPlanner(exercise_id, store)


def print_my_plan(exercise_id: str = KEEP_IN_TOUCH_ID, store: Store | None = None) -> None:
    """Text fallback: your saved keep-in-touch plan."""
    if not heading('your keep-in-touch plan', exercise_id, store):
        return
    print(format_plan(valid_contacts(_saved(exercise_id, store))))






__all__ = ["meeting_notes", "print_notes_feedback", "thank_you_drafter", "check_thank_you_note", "EXAMPLE_NOTE",
           "print_my_thank_you", "keep_in_touch_planner", "print_my_plan", "plan_for", "quiz_widget", "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
