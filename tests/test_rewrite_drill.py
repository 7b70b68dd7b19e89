"""The rewrite drill: data, checking by the coach, progress, widget wiring and the text version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils import rewrite_drill as R
from lesson_utils.coach import review
from lesson_utils.store import Store
from lesson_utils.views.rewrite_drill import EXERCISE_ID, rewrite_drill

ITEMS = R.items()


def test_the_drill_has_closed_vague_and_favour_questions():
    assert len(ITEMS) >= 6
    assert {i.kind for i in ITEMS} == {"closed", "vague", "favour"}
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    assert 1 <= R.done_at() <= len(ITEMS)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_each_original_is_weak_in_the_way_it_says(item):
    r = review(item.original)
    assert not r.good
    wanted = {"closed": {"closed"}, "vague": {"vague"}, "favour": {"asks_for_favor"}}[item.kind]
    assert wanted <= r.flags, (item.original, r.flags)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_each_sample_rewrite_passes(item):
    result = R.check(item, item.sample)
    assert result.success, (item.sample, result.message)
    assert result.items()[0] == ("good", "Well done: the checker finds nothing to fix.")


@pytest.mark.parametrize(
    "item_id, text, success, part",
    [
        ("like-your-job", "What do you enjoy most about your work?", True, "Well done"),
        ("like-your-job", "Do you like your job?", False, "the original question, unchanged"),
        ("like-your-job", "do  you like your JOB?", False, "the original question, unchanged"),
        ("like-your-job", "Is it fun?", False, "closed"),
        ("clients-need-me", "Can you send me some clients?", False, "asks for a favour"),
        ("any-advice", "Any tips?", False, "What the checker still finds to fix"),
        ("any-advice", "", False, "Type your rewrite"),
        ("any-advice", "   ", False, "Type your rewrite"),
        ("any-advice", "x" * 100_000, False, "still in the box"),
        ("team-hiring", "Hello there, nice office.", False, "Not yet"),
    ],
)
def test_check(item_id, text, success, part):
    result = R.check(R.item(item_id), text)
    assert result.success is success
    assert part.lower() in " ".join(t for _, t in result.items()).lower()


# A good question about something else is not a rewrite: it must still ask what the original was after
# (one of the item's topics, or one of its words); "Any advice?" takes any angle.
@pytest.mark.parametrize(
    "item_id, text, success",
    [
        ("like-your-job", "How did you get started in nursing?", False),
        ("like-your-job", "Who else would you suggest I talk to?", False),
        ("like-your-job", "What keeps you in this job after ten years?", True),
        ("like-your-job", "What's the most rewarding part of being a nurse?", True),
        ("like-your-job", "What is the hardest part of your week?", True),
        ("clients-need-me", "What does a typical day look like for you?", False),
        ("clients-need-me", "Where do most of your clients come from?", True),
        ("clients-need-me", "What do your clients value most in a coach?", True),
        ("clients-need-me", "How did you find your first clients?", True),
        ("any-advice", "How did you get started in nursing?", True),
        ("any-advice", "What do you wish you had known when you started?", True),
        ("hard-to-get-in", "What is a typical day like for a nurse?", False),
        ("hard-to-get-in", "What makes nursing hard to get into?", True),
        ("hard-to-get-in", "What qualifications do nursing programs look for?", True),
        ("team-hiring", "What do you enjoy most about your work?", False),
        ("team-hiring", "How does your team decide whom to hire?", True),
        ("team-hiring", "Where are openings on teams like yours usually posted?", True),
        ("your-industry", "How did you find your first clients?", False),
        ("your-industry", "What trends are shaping logistics right now?", True),
        ("your-industry", "What are the biggest challenges in your industry today?", True),
        # a learner walk passed a resources question on "the field": its words do not make it about the field today
        ("your-industry", "Which podcasts would you recommend for someone new to the field?", False),
        ("your-industry", "Who else in the sector would you suggest I talk to?", False),
        ("your-industry", "What is changing fastest in this field?", True),
        ("know-anyone", "What do you enjoy most about your work?", False),
        ("know-anyone", "Who else should I speak with to learn more about hospital pharmacy?", True),
        ("hire-me", "What does a typical week look like for you?", False),
        ("hire-me", "What makes a candidate stand out to you?", True),
        ("hire-me", "What experience matters more than a certificate in this field?", True),
    ],
)
def test_a_rewrite_stays_on_the_originals_subject(item_id, text, success):
    it = R.item(item_id)
    result = R.check(it, text)
    assert result.success is success, (item_id, text, result.message)
    if not success:
        assert result.message.startswith("A good question, but about something else") and it.about in result.message


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_each_item_says_what_it_was_after(item):
    assert item.about and item.topics and (item.words or item.topics == ("*",))


@pytest.mark.parametrize(
    "answers, solved",
    [
        (None, ()),
        ({}, ()),
        ({"like-your-job": "What do you enjoy most about your work?"}, ("like-your-job",)),
        ({"like-your-job": "Is it fun?", "unknown": "What?"}, ()),
        ({"like-your-job": 5}, ()),
    ],
)
def test_solved_ids(answers, solved):
    assert R.solved_ids(answers) == solved


@pytest.mark.parametrize("n, status", [(0, "in_progress"), (5, "in_progress"), (6, "done"), (8, "done")])
def test_status_and_progress(n, status):
    assert R.status(n) == status
    assert f"{n} of {len(ITEMS)} rewritten well" in R.progress_text(n)


def test_format_drill_lists_every_question_and_checks_saved_rewrites():
    text = R.format_drill({"like-your-job": "What do you enjoy most about your work?", "any-advice": "Any tips?"})
    for it in ITEMS:
        assert it.original in text
    assert "Well done" in text and "1 of 8 rewritten well" in text
    assert "(no rewrite saved yet)" in R.format_drill(None)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_check_never_raises(text):
    result = R.check(ITEMS[0], text)
    assert isinstance(result.message, str) and result.message
    assert result.items()


# ------------------------------------------------------------------ widget
def test_widget_check_sample_next_and_reload(tmp_path):
    store = Store(tmp_path)
    view = rewrite_drill(store=store)
    assert "Question 1 of 8" in view.prompt.value and "Do you like your job?" in view.prompt.value
    assert view.prev_button.disabled and not view.next_button.disabled
    view.box.value = "Is it fun?"
    view.check_button.click()
    assert "To improve" in view.feedback.value and "closed" in view.feedback.value.lower()
    rec = store.load(EXERCISE_ID)
    assert rec.value == {"answers": {"like-your-job": "Is it fun?"}, "solved": []} and rec.status == "in_progress"
    view.sample_button.click()
    assert ITEMS[0].sample in view.sample.value
    view.box.value = ITEMS[0].sample
    view.check_button.click()
    assert "Well done" in view.feedback.value
    assert store.load(EXERCISE_ID).value["solved"] == ["like-your-job"]
    assert "1 of 8 rewritten well" in view.progress.value
    view.next_button.click()
    assert "Question 2 of 8" in view.prompt.value and view.box.value == "" and view.sample.value == ""
    view.prev_button.click()
    assert view.box.value == ITEMS[0].sample and "Well done" in view.feedback.value
    again = rewrite_drill(store=Store(tmp_path))
    assert "Question 2 of 8" in again.prompt.value  # opens at the first question not yet solved
    assert "1 of 8 rewritten well" in again.progress.value


def test_widget_marks_done_and_escapes(tmp_path):
    store = Store(tmp_path)
    view = rewrite_drill(store=store)
    view.box.value = "<img src=x onerror=alert(1)> How?"
    view.check_button.click()
    assert "<img" not in view.feedback.value
    for n, it in enumerate(ITEMS):
        view.go(n)
        view.box.value = it.sample
        view.check_button.click()
    rec = store.load(EXERCISE_ID)
    assert rec.status == "done" and len(rec.value["solved"]) == len(ITEMS)


def test_widget_controls_are_labelled(tmp_path):
    view = rewrite_drill(store=Store(tmp_path))
    assert view.box.description == "Your rewrite"
    for b in (view.check_button, view.sample_button, view.prev_button, view.next_button):
        assert b.description.strip() and not b.icon


def test_a_ramble_of_questions_does_not_pass():
    """A long paste that asks many things inside one question is not a rewrite well done."""
    it = R.items()[2]
    text = ("I've taught chemistry for years and I love designing labs, and I wonder whether my planning counts "
            "and what I should do first, and whether I need a certificate, and how long the move takes, so what "
            "would you do first if you were starting out in instructional design today?")
    result = R.check(it, text)
    assert not result.success
    assert "several questions in one" in result.message.lower(), result.message


def test_a_paste_too_long_is_not_checked_and_says_so_in_the_drills_words():
    result = R.check(R.items()[0], "What do you enjoy most? " * 60)
    assert not result.success
    assert "It was not checked" in result.message and "Nothing was added" not in result.message


def test_a_check_sent_with_its_text_uses_that_text(tmp_path):
    """The page sends each Check with the text typed at the click (numbered); the kernel checks that
    text even when its copy of the box lags behind, once per number."""
    import json
    from lesson_utils.store import Store
    from lesson_utils.views.rewrite_drill import RewriteDrill
    view = RewriteDrill(store=Store(tmp_path))
    view.box.value = ""  # the kernel's copy has not caught up
    view.submit_field.value = json.dumps({"seq": 1, "text": "What do you enjoy most about teaching adults?"})
    assert "Well done" in view.feedback.value and view.box.value.startswith("What do you enjoy")
    assert 'data-seq="1"' in view.ack.value
    assert view.answers[view.item.id] == "What do you enjoy most about teaching adults?"
    view.feedback.value = ""
    view.submit_field.value = json.dumps({"seq": 1, "text": "again"})  # a repeat is ignored
    assert view.feedback.value == ""


def test_next_and_previous_keep_a_rewrite_typed_and_not_checked(tmp_path):
    """A learner who types a rewrite and presses Next without Check finds it there on coming back
    (the drill says its rewrites are saved), whether the text came with the click or in the box."""
    import json
    from lesson_utils.store import Store
    from lesson_utils.views.rewrite_drill import RewriteDrill
    store = Store(tmp_path)
    view = RewriteDrill(store=store)
    first = view.item.id
    view.submit_field.value = json.dumps({"seq": 1, "text": "What do you enjoy most about teaching adults?",
                                          "action": "next"})
    assert view.index == 1 and view.box.value == ""
    assert view.answers[first] == "What do you enjoy most about teaching adults?" and first in view.solved
    view.box.value = "Any tips?"
    view.prev_button.click()  # no script on the page: the button's own click keeps the box's text
    assert view.index == 0 and view.box.value.startswith("What do you enjoy")
    again = RewriteDrill(store=store)
    assert again.answers[R.items()[1].id] == "Any tips?" and R.items()[1].id not in again.solved


def test_a_submission_names_its_button():
    import json
    from lesson_utils.drafter import submission_action
    assert submission_action(json.dumps({"seq": 1, "text": "x", "action": "next"})) == "next"
    assert submission_action(json.dumps({"seq": 1, "text": "x"})) == "add"
    assert submission_action("not json") == "add" and submission_action(None) == "add"
    assert submission_action(json.dumps({"seq": 1, "action": "<b>"})) == "add"


def test_no_drill_question_is_answered_above_it_in_the_lesson():
    """The lesson's worked example reviews the visitor's "Can you refer clients to me?" with its rewrite;
    a drill question with that rewrite would be answered before the learner tried."""
    import nbformat
    from lesson_utils.coach import review
    nb = nbformat.read(Path(__file__).resolve().parent.parent / "notebooks" / "04_drafting_questions.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    shown = re.findall(r'show_review\("([^"]+)"\)', code)
    assert shown
    worked = {q for q in shown} | {review(q).rewrite for q in shown if review(q).rewrite}
    for it in ITEMS:
        assert it.original not in worked and it.sample not in worked, it.id


def test_a_rewrite_saved_under_a_replaced_question_is_kept(tmp_path):
    store = Store(tmp_path)
    store.save(EXERCISE_ID, {"answers": {"refer-clients": "Where do most of your clients come from?"}}, "in_progress")
    view = rewrite_drill(store=store)
    assert view.answers.get("clients-need-me") == "Where do most of your clients come from?"
    assert "clients-need-me" in view.solved
    assert "Where do most of your clients come from?" in R.format_drill({"refer-clients": "Where do most of your clients come from?"})
