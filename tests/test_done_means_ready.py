"""An exercise is marked done on the course map only when its checks find nothing left to fix: "✗ To improve"
beside "Saved (marked done)" once told learners and instructors the work was finished when it was not."""

from __future__ import annotations

import pytest

from lesson_utils.intro import check_intro
from lesson_utils.store import Store
from lesson_utils.views.intro_builder import intro_builder
from lesson_utils.views.request_email import decline_reply_drafter, follow_up_drafter, request_email_drafter
from lesson_utils.views.text_exercise import TextExercise

GOOD_EMAIL = ("Dear Ms Lee,\n\nJo Park suggested I write to you. I'm Kwame, a warehouse shift lead moving into "
              "supply-chain analysis, and your move from operations into analysis is the path I hope to take. "
              "Would you have 20 minutes in the next few weeks, by phone or over coffee, at a time that suits "
              "you? I'm not asking about jobs; I'd like to learn how you made the move.\n\nThank you,\nKwame")


def _status(store, eid):
    record = store.load(eid)
    return record.status if record else None


@pytest.mark.parametrize("body, status", [
    (GOOD_EMAIL, "done"),
    (GOOD_EMAIL.replace("Thank you,", "I attached my resume. Thank you,"), "in_progress"),
    (GOOD_EMAIL.replace("I'd like to learn", "If your team has any openings I'd love to be considered. I'd like to learn"),
     "in_progress"),
])
def test_a_request_email_is_done_only_with_nothing_to_fix(tmp_path, body, status):
    store = Store(tmp_path)
    view = request_email_drafter(store=store)
    view.subject.value = "Jo Park suggested I write: 20 minutes on supply-chain analysis?"
    view.body.value = body
    view.check_button.click() if hasattr(view, "check_button") else view.update()
    fixes = [k for k, _ in __import__("lesson_utils.request_email", fromlist=["x"]).check_request(
        view.subject.value, body).items() if k == "fix"]
    assert _status(store, "05.2-request-email") == status, fixes


@pytest.mark.parametrize("text, status", [
    ("Thank you for letting me know, and for reading my note. If someone on your team would be easier to ask, "
     "I'd be glad of a name. Best wishes, Kwame", "done"),
    ("Are you sure? It would only take 5 minutes. Kwame", "in_progress"),
])
def test_a_reply_to_a_no_is_done_only_with_nothing_to_fix(tmp_path, text, status):
    store = Store(tmp_path)
    view = decline_reply_drafter(store=store)
    view.text.value = text
    assert _status(store, "05.4-if-they-say-no") == status


def test_a_follow_up_with_a_point_to_fix_is_saved_but_not_done(tmp_path):
    store = Store(tmp_path)
    view = follow_up_drafter(store=store)
    view.text.value = "Hi, any update? I attached my CV again. Kwame"
    assert _status(store, "05.3-follow-up") == "in_progress" and store.load("05.3-follow-up").value["text"]


def test_an_introduction_well_over_a_minute_is_not_done():
    long = {"who": "I'm Kwame. " + "I have run shifts, trained new starters and planned the weekly rota. " * 12,
            "want": "I want to move into supply-chain analysis.",
            "learn": "I'd like to learn how you moved from operations into analysis.",
            "why": "Your path from the warehouse floor to analysis is the one I hope to take."}
    result = check_intro(long)
    assert any(f.kind == "fix" for f in result.findings) and not result.complete
    short = {**long, "who": "I'm Kwame, a warehouse shift lead for six years."}
    assert check_intro(short).complete == check_intro(short).ready


@pytest.mark.parametrize("feedback, status", [([("good", "Clear.")], "done"), ([("fix", "Name one thing.")], "in_progress")])
def test_a_written_exercise_is_done_only_when_its_check_finds_nothing_to_fix(tmp_path, feedback, status):
    store = Store(tmp_path)
    view = TextExercise("01.9-test", "Test", [("a", "A", "")], checker=lambda answers: feedback, store=store)
    view.boxes["a"].value = "An answer."
    assert _status(store, "01.9-test") == status
