"""Messages where they belong: an empty save says "Nothing to save yet" beside the button pressed, never
also "Saved"; and the plan's Refresh button answers under itself."""

from __future__ import annotations

import pytest

from lesson_utils.lessons.lesson01 import reflection_exercise
from lesson_utils.store import Store
from lesson_utils.views.plan import plan_viewer
from lesson_utils.views.request_email import follow_up_drafter, request_email_drafter
from lesson_utils.views.thank_you import thank_you_drafter


def _text_exercise(store):
    view = reflection_exercise(store=store)
    boxes = list(view.boxes.values())
    return view, (lambda text: setattr(boxes[0], "value", text)), view.save_button, view.feedback


def _request_email(store):
    view = request_email_drafter(store=store)
    return view, (lambda text: setattr(view.body, "value", text)), view.check_button, view.feedback


def _follow_up(store):
    view = follow_up_drafter(store=store)
    return view, (lambda text: setattr(view.text, "value", text)), view.check_button, view.feedback


def _thank_you(store):
    view = thank_you_drafter("07.2-thank-you", store=store)
    return view, (lambda text: setattr(view.note, "value", text)), view.check_button, view.feedback


@pytest.mark.parametrize("make", [_text_exercise, _request_email, _follow_up, _thank_you])
def test_an_empty_save_says_nothing_to_save_and_not_saved(tmp_path, make):
    view, type_text, press, beside = make(Store(tmp_path))
    type_text("Dear Ms Rahman, thank you for the twenty minutes you gave me on Tuesday.")
    assert "Saved at" in view.saver.widget.value
    type_text("")
    press.click()
    assert "Nothing to save yet" in beside.value
    assert "Saved" not in view.saver.widget.value
    type_text("Dear Ms Rahman, thank you again.")
    assert "Saved at" in view.saver.widget.value and "Nothing to save yet" not in beside.value


def test_refresh_my_plan_answers_under_its_button(tmp_path):
    view = plan_viewer(Store(tmp_path))
    assert view.refreshed.value == ""
    view.refresh_button.click()
    assert "Plan refreshed at" in view.refreshed.value
    children = list(view.widget.children)
    assert children.index(view.refreshed) == children.index(view.refresh_button) + 1
