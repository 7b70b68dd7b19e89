"""The question bank: every kind has examples from varied fields, and the coach agrees with each one."""

from __future__ import annotations

import pytest

from lesson_utils import question_bank as Q
from lesson_utils.coach import review
from lesson_utils.store import Store
from lesson_utils.views.drafter import EXERCISE_ID as DRAFTER_ID
from lesson_utils.views.drafter import question_drafter
from lesson_utils.views.question_bank import question_bank

EXAMPLES = Q.examples()


def test_the_bank_has_every_kind_in_teaching_order():
    assert tuple(k.kind for k in Q.kinds()) == Q.ALL_KINDS
    assert Q.SIX_KINDS == ("breaking_in", "skills_experience", "valued_qualities", "finding_position", "referrals",
                           "resources")


@pytest.mark.parametrize("kind", Q.kinds(), ids=lambda k: k.kind)
def test_every_kind_has_several_examples_from_varied_fields(kind):
    assert len(kind.examples) >= 3
    assert len({e.field for e in kind.examples}) >= 3
    assert kind.about.strip()


def test_fields_across_the_bank():
    fields = {e.field for e in EXAMPLES}
    assert {"trades", "health", "tech", "arts", "public sector", "nonprofit", "business"} <= fields
    assert len({e.text for e in EXAMPLES}) == len(EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.text[:50])
def test_the_coach_reviews_each_example_as_good_with_its_kind(example):
    r = review(example.text)
    assert r.good, (example.text, sorted(r.flags))
    assert r.topic == example.kind, (example.text, r.topic)


def test_every_kind_has_a_label():
    for k in Q.ALL_KINDS + ("none",):
        assert Q.KIND_LABELS[k].strip()


@pytest.mark.parametrize("name, part", [(None, "Breaking in"), ("referrals", "Who else"), ("nope", "no kind called")])
def test_format_bank(name, part):
    assert part in Q.format_bank(name)


def test_browse_a_kind(tmp_path):
    view = question_bank(store=Store(tmp_path))
    assert view.kind.description == "Kind of question"
    view.kind.value = "resources"
    assert [v for _, v in view.example.options] == [e.text for e in Q.kind("resources").examples]
    assert "read, join" in view.about.value


def test_add_to_the_live_drafter(tmp_path):
    store = Store(tmp_path)
    drafter = question_drafter(store=store)
    bank = question_bank(store=store)
    bank.kind.value = "referrals"
    bank.add_button.click()
    first = Q.kind("referrals").examples[0].text
    assert [q.text for q in drafter.questions] == [first]
    assert "Referrals" in drafter.review.value
    assert store.load(DRAFTER_ID).value["questions"][0]["text"] == first
    assert "Added as question 1" in bank.message.value
    bank.add_button.click()
    assert "already in your list" in bank.message.value
    assert len(store.load(DRAFTER_ID).value["questions"]) == 1


def test_add_without_a_drafter_writes_to_the_store(tmp_path):
    store = Store(tmp_path / "elsewhere")
    bank = question_bank(store=store)
    bank.add_button.click()
    rec = store.load(DRAFTER_ID)
    assert rec.value["questions"][0]["text"] == Q.kind("breaking_in").examples[0].text
    assert "run the question drafter" in bank.message.value
    assert [q.text for q in question_drafter(store=store).questions] == [rec.value["questions"][0]["text"]]
