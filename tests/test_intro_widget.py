"""Wiring of the introduction builder widget (lesson 3): type, click, see escaped feedback, find it saved."""

from __future__ import annotations

import pytest

from lesson_utils.intro import sample_answers
from lesson_utils.store import Store
from lesson_utils.views.intro_builder import IntroBuilder, intro_builder

EID = "03.1-introduction"


def fill(view, answers):
    for key, value in answers.items():
        view.boxes[key].value = value


def test_fill_and_check_shows_the_introduction_purpose_and_feedback(tmp_path):
    view = intro_builder(EID, store=Store(tmp_path))
    fill(view, sample_answers())
    view.check_button.click()
    html = view.result.value
    assert "Your introduction (about 23 seconds aloud)" in html
    assert "Purpose of the meeting:" in html and "To learn how you made that move" in html
    assert "✓" in html and "Good:" in html and "57 words" in html
    saved = Store(tmp_path).load(EID)
    assert saved.status == "done"
    assert saved.value["who"] == sample_answers()["who"]
    assert saved.value["purpose"].startswith("To learn how you made that move")
    assert saved.value["introduction"].startswith("I'm Sam Okafor")
    assert saved.value["seconds"] == 23 and saved.value["words"] == 57
    assert "Saved at" in view.saver.widget.value


def test_partial_answer_is_saved_in_progress_with_worded_fixes(tmp_path):
    view = IntroBuilder(EID, store=Store(tmp_path))
    view.boxes["learn"].value = "Can you refer clients to me?"
    html = view.result.value
    assert "To improve:" in html and "reads as a request for clients" in html
    assert Store(tmp_path).load(EID).status == "in_progress"


def test_reload_brings_the_work_back(tmp_path):
    first = IntroBuilder(EID, store=Store(tmp_path))
    fill(first, sample_answers())
    second = IntroBuilder(EID, store=Store(tmp_path))
    assert second.boxes["why_them"].value == sample_answers()["why_them"]
    assert "Your introduction" in second.result.value
    assert "saved work was loaded" in second.saver.widget.value


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_learner_text_is_escaped(tmp_path, evil):
    view = IntroBuilder(EID, store=Store(tmp_path))
    view.boxes["who"].value = evil
    html = view.result.value
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html or "&lt;img" in html
    assert Store(tmp_path).load(EID).value["who"] == evil


def test_clearing_every_box_does_not_overwrite_saved_work(tmp_path):
    view = IntroBuilder(EID, store=Store(tmp_path))
    fill(view, sample_answers())
    for box in view.boxes.values():  # the last box emptied leaves all four blank: that is not saved
        box.value = ""
    assert Store(tmp_path).load(EID).value["learn"] == sample_answers()["learn"]
    assert "Fill in the four boxes" in view.result.value


def test_huge_and_strange_text_is_handled(tmp_path):
    view = IntroBuilder(EID, store=Store(tmp_path))
    view.boxes["who"].value = "word " * 20_000
    view.boxes["doing"].value = "שלום 🎉 \x07"
    assert "shortened here" in view.result.value
    assert "To improve:" in view.result.value
    assert len(Store(tmp_path).load(EID).value["who"]) == len("word " * 20_000)


def test_a_failing_store_shows_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    view = IntroBuilder(EID, store=Store(blocker))
    fill(view, sample_answers())
    assert "cannot be saved" in view.saver.widget.value
    assert "Your introduction" in view.result.value


def test_lesson1_answer_is_shown_as_a_reminder(tmp_path):
    Store(tmp_path).save("01.1-who-to-learn-from", {"who": "a nurse <b>manager</b>", "why": "x", "hope": "how"})
    view = IntroBuilder(EID, store=Store(tmp_path))
    assert "From lesson 1" in view.reminder.value and "&lt;b&gt;" in view.reminder.value
    assert IntroBuilder("03.1-introduction", store=Store(tmp_path / "fresh")).reminder.value == ""


def test_every_control_has_a_visible_label(tmp_path):
    view = IntroBuilder(EID, store=Store(tmp_path))
    assert all(box.description for box in view.boxes.values())
    assert view.check_button.description


def test_lesson1_reminder_never_doubles_the_learners_full_stop(tmp_path):
    Store(tmp_path).save("01.1-who-to-learn-from", {"who": "A pharmacist", "why": "x",
                                                   "hope": "How she moved into analytics."})
    value = IntroBuilder(EID, store=Store(tmp_path)).reminder.value
    assert "analytics</em>. Build on it here." in value and ".." not in value
