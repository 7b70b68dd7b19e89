"""The question drafter widget: type, Add, see the review, edit, delete, move, order, reload from the store."""

from __future__ import annotations

import pytest

from lesson_utils.store import Store
from lesson_utils.views.drafter import EXERCISE_ID, question_drafter

from .test_drafter import CLOSED, FAVOUR, GOOD


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path)


def add(view, text):
    view.input.value = text
    view.add_button.click()


def saved(store):
    return store.load(EXERCISE_ID)


def test_add_shows_the_review_at_once_and_saves(store):
    view = question_drafter(store=store)
    add(view, FAVOUR)
    review = view.review.value
    assert "Kind of question: <strong>Not a learning question</strong>" in review
    assert "Asks for a favour." in review and "request for help" in review
    assert "Try instead: How do people in your line of work usually find their clients?" in review
    assert "Can you refer clients to me?" in review
    assert "Added, with something to improve: question 1" in view.message.value
    assert view.input.value == ""  # emptied for the next question
    rec = saved(store)
    assert rec.value == {"questions": [{"text": FAVOUR, "topic": "none", "flags": ["asks_for_favor"]}],
                         "meeting_minutes": 20}
    assert rec.status == "in_progress"
    assert "Needs work: Asks for a favour" in view.list_view.value


def test_a_good_question_names_its_kind_and_counts_for_coverage(store):
    view = question_drafter(store=store)
    add(view, GOOD["breaking_in"])
    assert "Kind of question: <strong>Breaking in</strong>" in view.review.value
    assert "✓" in view.list_view.value and "Good" in view.list_view.value
    assert "1 of 6 kinds covered" in view.coverage_view.value
    assert "Missing skills and experience" in view.coverage_view.value
    assert view.coverage_view.value.count("of 6 kinds covered") == 1  # the count is said once


def test_done_after_three_good_questions_of_three_kinds(store):
    view = question_drafter(store=store)
    for k in ("breaking_in", "skills_experience"):
        add(view, GOOD[k])
    assert saved(store).status == "in_progress"
    add(view, GOOD["referrals"])
    assert saved(store).status == "done"
    assert "Exercise done" in view.done_view.value


def test_learner_markup_is_escaped(store):
    view = question_drafter(store=store)
    add(view, "<script>alert(1)</script> What should I read to learn about nursing?")
    for html in (view.review.value, view.list_view.value):
        assert "<script>" not in html and "&lt;script&gt;" in html


def test_huge_text_is_kept_in_the_box_and_not_added(store):
    view = question_drafter(store=store)
    add(view, GOOD["breaking_in"])
    huge = "How did you start? " * 6000
    add(view, huge)
    assert view.input.value == huge
    assert "still in the box" in view.message.value
    assert len(saved(store).value["questions"]) == 1
    assert view.review.value == ""  # the last question's review would read as this text's


def test_a_refused_add_clears_the_last_review(store):
    view = question_drafter(store=store)
    add(view, CLOSED)
    assert view.review.value
    add(view, "   ")
    assert view.review.value == "" and view.message.value


def test_edit_the_selected_question(store):
    view = question_drafter(store=store)
    add(view, GOOD["breaking_in"])
    add(view, CLOSED)
    assert view.select.value == 1 and view.edit_box.value == CLOSED  # the new question is selected
    view.select.value = 0
    # The review of a chosen question shows under the list's buttons, and the Add message above is cleared.
    assert view.edit_box.value == GOOD["breaking_in"] and "question 1" in view.list_message.value
    assert view.message.value == "" and view.review.value == ""
    view.select.value = 1
    assert view.edit_box.value == CLOSED
    assert "question 2" in view.list_message.value
    view.edit_box.value = "What do you enjoy most about your work?"
    view.save_edit_button.click()
    assert "changed and checked again" in view.list_message.value
    assert "new review" in view.list_message.value and view.message.value == ""
    assert [q["text"] for q in saved(store).value["questions"]] == [GOOD["breaking_in"],
                                                                    "What do you enjoy most about your work?"]
    assert saved(store).value["questions"][1]["flags"] == []


def test_delete_and_move(store):
    view = question_drafter(store=store)
    for k in ("referrals", "breaking_in", "resources"):
        add(view, GOOD[k])
    view.select.value = 0
    view.down_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["breaking_in", "referrals", "resources"]
    assert view.select.value == 1  # the moved question stays selected
    view.down_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["breaking_in", "resources", "referrals"]
    view.down_button.click()
    assert "already last" in view.list_message.value
    view.up_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["breaking_in", "referrals", "resources"]
    view.delete_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["breaking_in", "resources"]
    assert "Deleted question 2" in view.list_message.value
    add(view, GOOD["skills_experience"])  # the newest message replaces the older one further down
    assert "Added" in view.message.value and view.list_message.value == ""


def test_undo_delete_puts_the_question_back_where_it_was_and_saves(store):
    view = question_drafter(store=store)
    for k in ("referrals", "breaking_in", "resources"):
        add(view, GOOD[k])
    assert view.undo_button.layout.display == "none"  # nothing to undo yet
    view.select.value = 1
    view.delete_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["referrals", "resources"]
    assert "Undo delete" in view.list_message.value and view.undo_button.layout.display != "none"
    view.undo_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["referrals", "breaking_in", "resources"]
    assert "is back" in view.list_message.value and view.undo_button.layout.display == "none"
    assert view.select.value == 1
    # after a reload the list is the restored one
    assert [q.topic for q in question_drafter(store=store).questions] == ["referrals", "breaking_in", "resources"]


def test_meeting_length_changes_the_budget_and_is_saved(store):
    view = question_drafter(store=store)
    for k in ("breaking_in", "skills_experience", "valued_qualities", "finding_position", "resources",
              "referrals"):
        add(view, GOOD[k])
    assert "Your 6 questions fit" in view.budget_view.value
    view.minutes.value = 20
    assert "fit only if every answer is short" in view.budget_view.value
    assert saved(store).value["meeting_minutes"] == 20


def test_suggest_an_order_then_accept_it(store):
    view = question_drafter(store=store)
    for k in ("referrals", "resources", "breaking_in"):
        add(view, GOOD[k])
    assert view.accept_button.disabled
    assert "Question 1 asks who else to talk to" in view.order_view.value
    view.suggest_button.click()
    assert "A suggested order" in view.order_view.value
    assert not view.accept_button.disabled
    assert [q["topic"] for q in saved(store).value["questions"]] == ["referrals", "resources", "breaking_in"]
    view.accept_button.click()
    assert [q["topic"] for q in saved(store).value["questions"]] == ["breaking_in", "resources", "referrals"]
    assert view.order_message.value and view.message.value == ""
    assert view.accept_button.disabled
    assert "already follows the suggested flow, kind by kind" in view.order_view.value


def test_reload_from_the_store(store):
    view = question_drafter(store=store)
    add(view, GOOD["breaking_in"])
    add(view, FAVOUR)
    view.minutes.value = 20
    again = question_drafter(store=Store(store.folder))
    assert [q.text for q in again.questions] == [GOOD["breaking_in"], FAVOUR]
    assert again.minutes.value == 20
    assert "Your saved work was loaded" in again.saver.widget.value
    assert len(again.select.options) == 2 and again.select.value == 0
    assert "Asks for a favour" in again.list_view.value


def test_cap_gives_a_friendly_message(store):
    # a full list: four good questions, the rest closed (yes/no questions the checker always flags)
    texts = [f"Do you like part {i} of your job?" if i % 10 else f"What does step {i} of your daily routine involve?"
             for i in range(40)]
    store.save(EXERCISE_ID, {"questions": [{"text": t} for t in texts], "meeting_minutes": 30})
    view = question_drafter(store=store)
    add(view, GOOD["referrals"])
    assert "already holds 40" in view.message.value
    assert view.input.value == GOOD["referrals"]
    # questions the checker finds something to fix in count once they are fixed
    assert "that still need work" in view.budget_view.value and "Fix or delete" in view.budget_view.value


def test_every_control_has_a_visible_label(store):
    view = question_drafter(store=store)
    assert view.input.description and view.edit_box.description
    assert view.select.description == "Question to change"
    assert view.minutes.description == "Meeting length"
    for b in (view.add_button, view.save_edit_button, view.up_button, view.down_button, view.delete_button,
              view.suggest_button, view.accept_button):
        assert b.description.strip() and not b.icon


def submit(view, seq, text):
    import json
    view.submit_field.value = json.dumps({"seq": seq, "text": text})


def test_queued_adds_count_once_each_in_click_order(store):
    view = question_drafter(store=store)
    texts = [GOOD["breaking_in"], GOOD["referrals"], GOOD["resources"]]
    for n, text in enumerate(texts, 1):
        submit(view, n, text)
        assert 'data-seq="%d" data-ok="1"' % n in view.ack.value
    submit(view, 2, GOOD["role_insight"])      # a repeated number: ignored
    view.submit_field.value = "plain text"      # not a queued Add: ignored
    assert [q.text for q in view.questions] == texts
    assert [q["text"] for q in saved(store).value["questions"]] == texts
    assert "review of: “" + texts[-1] in view.review.value


def test_a_queued_add_that_fails_is_confirmed_as_not_added(store):
    view = question_drafter(store=store)
    submit(view, 1, "   ")
    assert 'data-seq="1" data-ok="0"' in view.ack.value
    assert "Type a question" in view.message.value and view.questions == ()
    submit(view, 2, GOOD["breaking_in"])
    submit(view, 3, GOOD["breaking_in"].upper())  # the same question again
    assert 'data-seq="3" data-ok="0"' in view.ack.value and len(view.questions) == 1
    assert "already in your list" in view.message.value


def test_the_list_shows_once(store):
    """The table is the list; the control that picks a question to change is a drop-down, not a second
    list box repeating every question with its verdict."""
    import ipywidgets as W
    view = question_drafter(store=store)
    add(view, GOOD["referrals"])
    add(view, CLOSED)
    assert isinstance(view.select, W.Dropdown) and not isinstance(view.select, W.Select)
    assert [label for label, _ in view.select.options][0].startswith("Question 1: ")
    assert view.list_view.value.count("<tr>") == 3  # a header and the two questions
    assert "Needs work" in view.list_view.value and "Needs work" not in str(view.select.options)


def test_the_budget_heading_says_how_many_of_the_list_are_ready():
    """A walk read "7 questions for a 20-minute meeting" under a list of 9 as a miscount."""
    from lesson_utils import drafter as D
    from lesson_utils.views.drafter import budget_heading
    qs = ()
    for t in (GOOD["breaking_in"], CLOSED, GOOD["skills_experience"]):
        qs = D.add(qs, t).questions
    assert budget_heading(qs, D.budget(qs, 20)) == "2 of your 3 questions ready for a 20-minute meeting"
    qs = D.delete(qs, 1).questions
    assert budget_heading(qs, D.budget(qs, 20)) == "2 questions for a 20-minute meeting"


def test_the_time_bar_is_as_long_as_the_meeting():
    """A walk switched 20 and 30 minutes and saw the same bar: the parts keep their shares, so the length shows it."""
    from lesson_utils.views.drafter import BUDGET_BAR_PX, budget_html
    assert f'max-width:{BUDGET_BAR_PX}px' in budget_html((), 30)
    assert f'max-width:{round(BUDGET_BAR_PX * 2 / 3)}px' in budget_html((), 20)
