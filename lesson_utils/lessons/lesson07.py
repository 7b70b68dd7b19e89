"""What 07_after_the_meeting.ipynb uses."""

from __future__ import annotations

from .common import fold_copies, heading, warm_coach

import datetime as dt

from ..keep_in_touch import NOTE_FIELDS, check_meeting_notes, format_plan, plan_for, valid_contacts
from ..own_work import copied_fields, example, is_practice_contact
from ..text import clean, clip, is_blank
from ..tracker import format_tracker, valid_rows
from ..views.tracker import OutreachTracker
from ..tracker import TRACKER_ID
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

#: The example shown for 7.1: the sample learner's notes after meeting Ms Chen. Never saved as the learner's.
EXAMPLE_NOTES = example(NOTES_ID)

#: 7.1's boxes: who you met (your own contact), then the three parts of the notes.
OWN_NOTE_FIELDS = (("contact", "Who you met (your own contact: name, role and organisation)",
                    "e.g. the person you asked in lesson 5, and where they work"),) + tuple(NOTE_FIELDS)


def check_own_notes(answers: dict) -> list[tuple[str, str]]:
    """7.1's feedback: the notes checks, plus whether they are about the learner's own contact."""
    answers = answers if isinstance(answers, dict) else {}
    items = []
    contact = answers.get("contact", "")
    if is_blank(contact):
        items.append(("fix", "Write who you met: your own contact, so these notes are yours to keep."))
    elif is_practice_contact(contact):
        items.append(("info", "Ruth is the practice contact in lesson 6. Practise here if you like, but these notes "
                              "stay out of your plan. Come back after a meeting of your own."))
    else:
        items.append(("good", f"Notes on your meeting with {clip(clean(contact).strip(), 80)}."))
    if copied_fields(NOTES_ID, answers):
        items.append(("fix", "Some boxes hold the course's example word for word. Write what you learned, in your "
                             "own words: only your own notes go into your plan."))
    return items + check_meeting_notes(answers)


def meeting_notes(exercise_id: str = NOTES_ID, store: Store | None = None) -> TextExercise:
    """Exercise 7.1: the notes to write at once after the meeting."""
    return TextExercise(
        exercise_id,
        "Write up your notes while they are fresh",
        OWN_NOTE_FIELDS,
        instructions="About your own meeting: who you met, then a few lines in each box. Saved each time you leave "
                     "a box; press Save when you are done.",
        checker=check_own_notes,
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
    for key, label, _ in OWN_NOTE_FIELDS:
        value = answers.get(key, "") if isinstance(answers.get(key, ""), str) else ""
        print(f"- {label}:\n    {value.strip() or '(empty)'}")
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}
    items = check_own_notes(answers) if answers is not EXAMPLE_NOTES else check_meeting_notes(answers)
    print("\n".join(f"{marks.get(k, 'ℹ Note:')} {t}" for k, t in items))


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






def update_outreach_tracker(exercise_id: str = TRACKER_ID, store: Store | None = None, today=None) -> OutreachTracker:
    """Lesson 7: your outreach tracker from lesson 5, to update after a meeting and see what is due."""
    return OutreachTracker(exercise_id, store, today, after_meeting=True)


def print_outreach_due(exercise_id: str = TRACKER_ID, store: Store | None = None, today=None) -> None:
    """Text fallback: your saved outreach tracker, with what is due today."""
    if not heading("your outreach tracker", exercise_id, store):
        return
    print(format_tracker(valid_rows(_saved(exercise_id, store)), today or dt.date.today()))


__all__ = ["update_outreach_tracker", "print_outreach_due", "meeting_notes", "print_notes_feedback", "thank_you_drafter", "check_thank_you_note", "EXAMPLE_NOTE",
           "print_my_thank_you", "keep_in_touch_planner", "print_my_plan", "plan_for", "quiz_widget", "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
