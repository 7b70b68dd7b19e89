"""What 05_asking_for_the_meeting.ipynb uses."""

from __future__ import annotations

import datetime as dt

from .common import fold_copies, heading, warm_coach

from ..request_email import (
    WHO_FIELDS,
    check_decline_reply,
    check_follow_up,
    check_request,
    check_who_to_ask,
    format_message_check,
    samples,
)
from ..connection_note import check_message as check_connection_message
from ..connection_note import sample as connection_note_sample
from ..views.connection_note import connection_note_drafter
from ..views.request_email import decline_reply_drafter, follow_up_drafter, request_email_drafter
from ..views.text_exercise import TextExercise
from .common import quiz_functions
from .common import saved as _saved
from ..tracker import TRACKER_ID, format_tracker, valid_rows
from ..views.tracker import OutreachTracker

WHO_ID = "05.1-who-to-ask"
REQUEST_ID = "05.2-request-email"
FOLLOW_UP_ID = "05.3-follow-up"
DECLINE_ID = "05.4-if-they-say-no"
NOTE_ID = "05.2-connection-note"
QUIZ_ID = "05.9-quiz"
quiz_widget, print_quiz, choose = quiz_functions(QUIZ_ID)


def who_to_ask(exercise_id: str = WHO_ID, store=None) -> TextExercise:
    return TextExercise(
        exercise_id,
        "Find people to ask",
        WHO_FIELDS,
        "Names or descriptions are enough; nobody sees this list but you. Saved each time you leave a box.",
        checker=check_who_to_ask,
        store=store,
        rows=2,
    )


def print_who_to_ask() -> None:
    """Text fallback: your saved list with feedback, or what to write down."""
    if not heading('your list of people to ask', WHO_ID):
        return
    saved = _saved(WHO_ID)
    if not isinstance(saved, dict) or not any(isinstance(v, str) and v.strip() for v in saved.values()):
        print("Nothing saved yet. Write down:")
        for _, label, example in WHO_FIELDS:
            print(f"  - {label}\n      ({example})")
        return
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}
    for kind, text in check_who_to_ask(saved):
        print(f"  {marks.get(kind, 'ℹ Note:')} {text}")


def _print_message(exercise_id: str, key: str, check, sample_key: str, what: str) -> None:
    saved = _saved(exercise_id)
    if isinstance(saved, dict) and isinstance(saved.get(key), str) and saved[key].strip():
        print(f"Your saved {what}, checked:\n")
        print(saved[key])
        print()
        print(format_message_check(check(saved[key])))
        return
    print(f"Nothing saved yet for your {what}, so here is the check on the sample:\n")
    text = samples()[sample_key]
    print(text)
    print()
    print(format_message_check(check(text)))


def print_request_check() -> None:
    """Text fallback: the checks on your saved request, or on the sample."""
    if not heading('your request', REQUEST_ID):
        return
    saved = _saved(REQUEST_ID)
    if isinstance(saved, dict) and isinstance(saved.get("body"), str) and saved["body"].strip():
        subject = saved.get("subject") if isinstance(saved.get("subject"), str) else ""
        print("Your saved request, checked:\n")
        print(f"Subject: {subject}\n\n{saved['body']}\n")
        print(format_message_check(check_request(subject, saved["body"])))
        return
    s = samples()
    print("No request saved yet, so here is the check on the sample:\n")
    print(f"Subject: {s['subject']}\n\n{s['body']}\n")
    print(format_message_check(check_request(s["subject"], s["body"])))


def print_connection_note_check() -> None:
    """Text fallback: the checks on your saved connection note, or on the sample."""
    if not heading('your connection note', NOTE_ID):
        return
    saved = _saved(NOTE_ID)
    if isinstance(saved, dict) and isinstance(saved.get("text"), str) and saved["text"].strip():
        subject = saved.get("subject") if isinstance(saved.get("subject"), str) else ""
        print("Your saved note, checked:\n")
        what = saved
    else:
        print("No note saved yet, so here is the check on the sample:\n")
        what = connection_note_sample()
        subject = what["subject"]
    if subject.strip():
        print(f"Subject: {subject}\n")
    print(what["text"])
    print()
    result = check_connection_message(subject, what["text"])
    print(format_message_check(result, heading=f"Feedback ({result.chars} characters):"))


def print_follow_up_check() -> None:
    """Text fallback: the checks on your saved follow-up note, or on the sample."""
    if not heading('your follow-up note', FOLLOW_UP_ID):
        return
    _print_message(FOLLOW_UP_ID, "text", check_follow_up, "follow_up", "follow-up note")


def print_decline_check() -> None:
    """Text fallback: the checks on your saved reply to a no, or on the sample."""
    if not heading('your reply to a no', DECLINE_ID):
        return
    _print_message(DECLINE_ID, "text", check_decline_reply, "decline", "reply to a no")


def outreach_tracker(exercise_id: str = TRACKER_ID, store=None, today=None) -> OutreachTracker:
    """Exercise 5.5: each person you asked, the dates (picked on a calendar) and the status."""
    return OutreachTracker(exercise_id, store, today)


def print_outreach_tracker(exercise_id: str = TRACKER_ID, store=None, today=None) -> None:
    """Text fallback: your saved tracker, with what is due."""
    if not heading("your outreach tracker", exercise_id, store):
        return
    print(format_tracker(valid_rows(_saved(exercise_id, store)), today or dt.date.today()))


__all__ = ["outreach_tracker", "print_outreach_tracker", "who_to_ask", "print_who_to_ask", "request_email_drafter", "print_request_check",
           "connection_note_drafter", "print_connection_note_check",
           "follow_up_drafter", "print_follow_up_check", "decline_reply_drafter", "print_decline_check",
           "quiz_widget", "print_quiz", "choose"]

warm_coach()

fold_copies(globals())
