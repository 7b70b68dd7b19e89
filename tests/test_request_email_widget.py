"""Wiring of lesson 5's drafters: the request, the follow-up note and the reply to a no."""

from __future__ import annotations

import pytest

from lesson_utils.intro import sample_answers
from lesson_utils.request_email import samples
from lesson_utils.store import Store
from lesson_utils.views.request_email import (
    RequestEmail,
    decline_reply_drafter,
    follow_up_drafter,
    request_email_drafter,
)

EID = "05.2-request-email"


def test_request_check_and_save(tmp_path):
    view = request_email_drafter(EID, store=Store(tmp_path))
    view.subject.value = samples()["subject"]
    view.body.value = samples()["body"]
    view.check_button.click()
    html = view.feedback.value
    assert "Every check passes" in html
    assert "how you found them" in html and "small ask (20 minutes)" in html
    record = Store(tmp_path).load(EID)
    assert record.status == "done"
    assert record.value == {"subject": samples()["subject"], "body": samples()["body"], "words": 91}


def test_a_bad_request_gets_worded_fixes(tmp_path):
    view = RequestEmail(EID, store=Store(tmp_path))
    view.body.value = "Hi, can you refer clients to me? Attached is my resume."
    html = view.feedback.value
    assert "things to improve" in html and "To improve:" in html
    assert "leave the resume out" in html and "request for clients" in html
    assert Store(tmp_path).load(EID).status == "in_progress"


def test_template_uses_the_saved_introduction(tmp_path):
    Store(tmp_path).save("03.1-introduction", {**sample_answers(), "introduction": "", "purpose": ""})
    view = RequestEmail(EID, store=Store(tmp_path))
    view.template_button.click()
    assert "Sam Okafor" in view.body.value and view.subject.value.startswith("Request:")
    assert "square brackets" in view.feedback.value
    assert Store(tmp_path).load(EID).status == "in_progress"


def test_template_never_overwrites_a_draft(tmp_path):
    view = RequestEmail(EID, store=Store(tmp_path))
    view.body.value = "My own draft"
    view.template_button.click()
    assert view.body.value == "My own draft"
    assert "Your draft is kept" in view.feedback.value


def test_template_without_lesson3_has_blanks(tmp_path):
    view = RequestEmail(EID, store=Store(tmp_path))
    view.template_button.click()
    assert "[One sentence on who you are.]" in view.body.value


def test_reload(tmp_path):
    first = RequestEmail(EID, store=Store(tmp_path))
    first.subject.value = "Hello"
    first.body.value = samples()["body"]
    second = RequestEmail(EID, store=Store(tmp_path))
    assert second.body.value == samples()["body"] and second.subject.value == "Hello"
    assert "Feedback" in second.feedback.value or "Every check" in second.feedback.value or "No check fails" in second.feedback.value


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_learner_text_is_escaped(tmp_path, evil):
    view = RequestEmail(EID, store=Store(tmp_path))
    view.body.value = evil + " attached"
    assert "<script>" not in view.feedback.value and "<img" not in view.feedback.value


@pytest.mark.parametrize(
    "factory, eid, sample, good_words",
    [
        (follow_up_drafter, "05.3-follow-up", "follow_up", "remind them of your first message"),
        (decline_reply_drafter, "05.4-if-they-say-no", "decline", "You ask who else might help"),
    ],
)
def test_short_notes(tmp_path, factory, eid, sample, good_words):
    view = factory(eid, store=Store(tmp_path))
    view.text.value = samples()[sample]
    view.check_button.click()
    assert good_words in view.feedback.value and "Every check passes" in view.feedback.value
    record = Store(tmp_path).load(eid)
    assert record.status == "done" and record.value["text"] == samples()[sample]
    again = factory(eid, store=Store(tmp_path))
    assert again.text.value == samples()[sample]


@pytest.mark.parametrize("factory, eid", [(follow_up_drafter, "05.3-follow-up"),
                                          (decline_reply_drafter, "05.4-if-they-say-no")])
def test_short_note_template_and_blank(tmp_path, factory, eid):
    view = factory(eid, store=Store(tmp_path))
    view.check_button.click()
    assert "Start from a template" in view.feedback.value
    assert Store(tmp_path).load(eid) is None
    view.template_button.click()
    assert "[their name]" in view.text.value
    assert Store(tmp_path).load(eid).status == "in_progress"
    view.text.value = "My own words"
    view.template_button.click()
    assert view.text.value == "My own words"


def test_every_control_has_a_visible_label(tmp_path):
    view = RequestEmail(EID, store=Store(tmp_path))
    assert view.subject.description and view.body.description
    note = follow_up_drafter(store=Store(tmp_path))
    assert note.text.description and note.template_button.description
