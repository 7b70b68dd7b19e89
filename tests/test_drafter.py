"""The question drafter's pure logic: list operations, cap, coverage, time budget, order, saving."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils import drafter as D

GOOD = {
    "breaking_in": "What does it take to break into nursing?",
    "skills_experience": "Which skills does a plumber need most?",
    "valued_qualities": "What do your customers value most in a carpenter?",
    "finding_position": "How do most welders in this area find steady work?",
    "referrals": "Who else would you suggest I talk to?",
    "resources": "What should I read to understand how small accounting firms work?",
    "role_insight": "What is the hardest part of running a small dance studio?",
}
FAVOUR = "Can you refer clients to me?"
CLOSED = "Do you like your job?"


def build(*texts: str) -> tuple[D.Entry, ...]:
    qs: tuple[D.Entry, ...] = ()
    for t in texts:
        change = D.add(qs, t)
        assert change.ok, (t, change.message)
        qs = change.questions
    return qs


def texts(qs) -> list[str]:
    return [q.text for q in qs]


# ------------------------------------------------------------------ reviews of entries
@pytest.mark.parametrize("kind, text", sorted(GOOD.items()))
def test_good_questions_are_reviewed_good_with_their_kind(kind, text):
    entry = D.make_entry(text)
    assert entry.good and entry.topic == kind
    items = D.review_items(entry)
    assert items[0] == ("info", f"Kind of question: {D.kind_label(kind)}.")
    assert items[1][0] == "good" and not items[1][1].lower().startswith("good question")


@pytest.mark.parametrize(
    "text, flag_label, in_advice",
    [
        (FAVOUR, "Asks for a favour", "request for help"),
        (CLOSED, "Closed (yes/no or one word)", "yes, no or one word"),
        ("Any advice?", "Too vague", "broad"),
    ],
)
def test_weak_questions_name_each_problem_with_advice_and_a_rewrite(text, flag_label, in_advice):
    entry = D.make_entry(text)
    assert not entry.good
    items = D.review_items(entry)
    fixes = [t for k, t in items if k == "fix"]
    assert any(t.startswith(flag_label) and in_advice in t for t in fixes), fixes
    assert any(k == "info" and t.startswith("Try instead: ") for k, t in items)
    assert "Try instead" in D.format_entry(entry, 1)


# ------------------------------------------------------------------ add / edit / delete / move
@pytest.mark.parametrize(
    "start, text, ok, length, message_part",
    [
        ((), GOOD["referrals"], True, 1, "Added: question 1"),
        ((), FAVOUR, True, 1, "something to improve"),
        ((), "", False, 0, "Type a question"),
        ((), " \n\t ", False, 0, "Type a question"),
        ((), "x" * 100_000, False, 0, "100,000 characters"),
        ((GOOD["referrals"],), "who else would you suggest I talk to", False, 1, "already in your list, as number 1"),
        ((GOOD["referrals"],), GOOD["resources"], True, 2, "question 2"),
    ],
)
def test_add(start, text, ok, length, message_part):
    change = D.add(build(*start), text)
    assert change.ok is ok
    assert len(change.questions) == length
    assert message_part in change.message


def test_a_huge_text_is_not_added_and_the_message_says_it_is_kept():
    change = D.add((), "How did you start? " * 6000)
    assert not change.ok and change.questions == ()
    assert "still in the box" in change.message


def test_the_list_is_capped():
    qs = tuple(D.Entry(f"Question number {i}?", "role_insight") for i in range(D.MAX_QUESTIONS))
    change = D.add(qs, GOOD["referrals"])
    assert not change.ok and len(change.questions) == D.MAX_QUESTIONS
    assert f"already holds {D.MAX_QUESTIONS}" in change.message and "still in the box" in change.message
    # not added, but checked all the same: a full list never stops the learner from trying a question
    assert change.entry is not None and change.entry.text == GOOD["referrals"] and change.entry.good
    assert D.add(qs, FAVOUR).entry.flags == ("asks_for_favor",)


def test_a_long_list_s_budget_says_plainly_which_questions_to_ask():
    qs = build(*[f"What does a typical {part} look like for a {job}?" for part in ("day", "week", "month")
                 for job in ("nurse", "welder", "baker", "pilot", "farmer")], GOOD["referrals"])
    said = D.budget(qs, 20).message
    assert "In 20 minutes there is time for questions 1 to 3 and 16. Keep questions 4 to 15 as spares" in said


@pytest.mark.parametrize(
    "index, text, ok, expected, message_part",
    [
        (1, GOOD["resources"], True, [GOOD["breaking_in"], GOOD["resources"], GOOD["referrals"]], "changed"),
        (1, CLOSED, True, [GOOD["breaking_in"], CLOSED, GOOD["referrals"]], "changed"),
        (1, "", False, None, "Type a question"),
        (1, GOOD["referrals"], False, None, "already in your list, as number 3"),
        (1, FAVOUR, False, None, "unchanged"),
        (7, GOOD["resources"], False, None, "Choose a question"),
        (None, GOOD["resources"], False, None, "Choose a question"),
        (True, GOOD["resources"], False, None, "Choose a question"),
    ],
)
def test_edit(index, text, ok, expected, message_part):
    qs = build(GOOD["breaking_in"], FAVOUR, GOOD["referrals"])
    change = D.edit(qs, index, text)
    assert change.ok is ok and message_part in change.message
    assert texts(change.questions) == (expected if expected else texts(qs))
    if ok:
        assert change.questions[index] == D.make_entry(text)  # reviewed again


@pytest.mark.parametrize(
    "index, ok, expected, selected",
    [
        (0, True, ["B", "C"], 0),
        (2, True, ["A", "B"], 1),
        (3, False, ["A", "B", "C"], None),
        (-1, False, ["A", "B", "C"], None),
    ],
)
def test_delete(index, ok, expected, selected):
    qs = tuple(D.Entry(t) for t in "ABC")
    change = D.delete(qs, index)
    assert change.ok is ok
    assert texts(change.questions) == expected
    if ok:
        assert change.selected == selected


@pytest.mark.parametrize(
    "start, entry, index, ok, expected, part",
    [
        ("AC", "B", 1, True, ["A", "B", "C"], "Question 2 is back"),
        ("A", "B", 5, True, ["A", "B"], "Question 2 is back"),  # the list got shorter: put back last
        ("", "B", 0, True, ["B"], "Question 1 is back"),
        ("AB", "b", 0, False, ["A", "B"], "already in your list, as number 2"),  # added again meanwhile
        ("AB", None, 0, False, ["A", "B"], "no deleted question"),
    ],
)
def test_restore_puts_a_deleted_question_back(start, entry, index, ok, expected, part):
    qs = tuple(D.Entry(t) for t in start)
    change = D.restore(qs, D.Entry(entry) if entry else None, index)
    assert change.ok is ok and texts(change.questions) == expected and part in change.message


def test_restore_never_overfills_the_list():
    full = tuple(D.Entry(f"Question {n}?") for n in range(D.MAX_QUESTIONS))
    change = D.restore(full, D.Entry("One more?"), 0)
    assert not change.ok and len(change.questions) == D.MAX_QUESTIONS


def test_deleting_the_last_question_leaves_nothing_selected():
    change = D.delete((D.Entry("A"),), 0)
    assert change.ok and change.questions == () and change.selected is None


@pytest.mark.parametrize(
    "index, delta, ok, expected, message_part",
    [
        (1, -1, True, ["B", "A", "C"], "number 1"),
        (1, 1, True, ["A", "C", "B"], "number 3"),
        (0, -1, False, ["A", "B", "C"], "already first"),
        (2, 1, False, ["A", "B", "C"], "already last"),
        (5, 1, False, ["A", "B", "C"], "Choose a question"),
    ],
)
def test_move(index, delta, ok, expected, message_part):
    change = D.move(tuple(D.Entry(t) for t in "ABC"), index, delta)
    assert change.ok is ok and message_part in change.message
    assert texts(change.questions) == expected


@pytest.mark.parametrize(
    "order, ok",
    [([2, 0, 1], True), ([0, 1, 2], False), ([0, 0, 1], False), ([0, 1], False), ("abc", False), (None, False)],
)
def test_reorder(order, ok):
    qs = tuple(D.Entry(t) for t in "ABC")
    change = D.reorder(qs, order)
    assert change.ok is ok
    if ok:
        assert texts(change.questions) == ["C", "A", "B"]
    else:
        assert change.questions == qs


# ------------------------------------------------------------------ coverage and done
@pytest.mark.parametrize(
    "kinds, weak, covered, summary_part",
    [
        ((), (), 0, "0 of 6 kinds covered: missing breaking in, skills and experience"),
        (("breaking_in", "referrals", "resources", "valued_qualities"), (), 4,
         "4 of 6 kinds covered: missing skills and experience, finding the right position."),
        (tuple(GOOD), (), 6, "6 of 6 kinds covered: every kind has a question. Plus 1 about the contact's work and field today."),
        (("referrals",), (FAVOUR, CLOSED), 1, "2 questions still need work and do not count yet"),
        (("role_insight",), (), 0, "Plus 1 about the contact's work and field today"),
    ],
)
def test_coverage(kinds, weak, covered, summary_part):
    qs = build(*[GOOD[k] for k in kinds], *weak)
    cov = D.coverage(qs)
    assert len(cov.covered) == covered
    assert summary_part in cov.summary
    assert set(cov.covered) | set(cov.missing) == set(D.SIX_KINDS)


@pytest.mark.parametrize(
    "kinds, weak, done",
    [
        (("breaking_in", "referrals", "resources"), (), True),
        (("breaking_in", "referrals", "role_insight"), (), True),
        (("breaking_in", "referrals"), (FAVOUR, CLOSED), False),  # weak questions do not count
        (("breaking_in", "referrals"), (), False),
        ((), (), False),
    ],
)
def test_done_rule(kinds, weak, done):
    qs = build(*[GOOD[k] for k in kinds], *weak)
    assert D.is_done(qs) is done
    assert D.status(qs) == ("done" if done else "in_progress")
    assert ("Exercise done" in D.done_message(qs)) is done


def test_done_needs_three_kinds_not_just_three_questions():
    qs = build(GOOD["referrals"], "Who else could I learn from about working in a hospital laboratory?",
               "Who else would you suggest I ask about grant writing?")
    assert len([q for q in qs if q.good]) == 3 and not D.is_done(qs)


# ------------------------------------------------------------------ time budget
@pytest.mark.parametrize(
    "minutes, expected",
    [(20, (3, 4, 6)), (30, (4, 6, 9))],
)
def test_how_many_questions_fit(minutes, expected):
    assert D.fits(minutes) == expected


@pytest.mark.parametrize("minutes", D.MEETING_CHOICES)
def test_the_budget_uses_the_lessons_numbers(minutes):
    """Lesson 4's table, lesson 6's timeline and the drafter give one answer (they once said 18 and 24)."""
    from lesson_utils.numbers import question_minutes, questions_that_fit
    low, _, high = D.fits(minutes)
    assert (low, high) == questions_that_fit(minutes)
    b = D.budget((), minutes)
    assert f"about {question_minutes(minutes)} minutes for questions" in b.message
    assert D.opening_minutes(minutes) + question_minutes(minutes) < minutes


@pytest.mark.parametrize(
    "minutes, n, verdict, n_cut",
    [
        (20, 0, "empty", 0),
        (20, 2, "room", 0),
        (20, 4, "fits", 0),
        (20, 5, "tight", 1),
        (20, 6, "tight", 2),
        (20, 7, "too_long", 3),
        (30, 3, "room", 0),
        (30, 6, "fits", 0),
        (30, 7, "tight", 1),
        (30, 9, "tight", 3),
        (30, 10, "too_long", 4),
        ("45", 6, "tight", 2),  # an unknown length falls back to 20 minutes, the length the lessons use
    ],
)
def test_budget(minutes, n, verdict, n_cut):
    qs = tuple(D.Entry(f"Question {i}?", "role_insight") for i in range(n))
    b = D.budget(qs, minutes)
    assert b.verdict == verdict
    assert len(b.cut) == n_cut
    assert b.cut == tuple(range(n - n_cut, n))  # the lowest priorities: the end of the list
    assert "the opening, your purpose, a time check and the close take the other" in b.message


def test_budget_cuts_weak_questions_first_and_keeps_a_referral_for_the_close():
    qs = build(GOOD["breaking_in"], FAVOUR, GOOD["skills_experience"], GOOD["valued_qualities"],
               GOOD["finding_position"], GOOD["resources"], GOOD["role_insight"], GOOD["referrals"])
    b = D.budget(qs, 20)
    assert b.verdict == "too_long"
    assert b.cut == (1, 4, 5, 6)  # the favour, then the last ones except the referral (index 7)
    assert "Fix or delete question 2, which still needs work" in b.message
    assert "Keep questions 5 to 7 as spares" in b.message


def test_spares_keep_every_kind_whatever_the_order():
    """A second question of a kind goes before a kind's only question, and the same questions are
    named as spares before and after "Suggest an order" (it once cut by position, so reordering
    changed which questions were spares and could drop a whole kind)."""
    b2 = "How did you land your first paid role in this field?"
    s2 = "Which software do new analysts have to learn in their first year?"
    qs = build(GOOD["breaking_in"], b2, GOOD["skills_experience"], s2, GOOD["role_insight"],
               GOOD["resources"], GOOD["referrals"])
    assert all(q.good for q in qs)
    b = D.budget(qs, 20)
    spares = {qs[i].text for i in b.cut}
    assert spares == {b2, s2, GOOD["resources"]}
    kept = {q.topic for i, q in enumerate(qs) if i not in b.cut}
    assert kept == {"breaking_in", "skills_experience", "role_insight", "referrals"}
    reordered = tuple(qs[i] for i in D.suggested_order(qs))
    assert {reordered[i].text for i in D.budget(reordered, 20).cut} == spares
    # each spare's reason is its own: a second question of a kind, or the only one of its kind
    assert "Questions 2 and 4 ask about a kind another question already covers." in b.message
    assert "Question 6 asks about a kind no other kept question covers" in b.message


@pytest.mark.parametrize("texts, twins, alone", [
    ([GOOD["breaking_in"], "How did you land your first paid role in this field?", GOOD["role_insight"],
      GOOD["skills_experience"], GOOD["valued_qualities"], GOOD["referrals"]], "Question 2 asks",
     "Question 5 asks about a kind no other kept question covers"),
    ([GOOD["breaking_in"], GOOD["skills_experience"], GOOD["valued_qualities"], GOOD["finding_position"],
      GOOD["role_insight"], GOOD["resources"], GOOD["referrals"]], None, "no other kept question covers"),
])
def test_a_spares_reason_is_true_of_it(texts, twins, alone):
    """The budget never says "a kind you already cover" of a kind's only question (a learner saw her only
    question about finding a position named a spare for that reason), nor "the only question of its kind" of
    two spares that share a kind."""
    b = D.budget(build(*texts), 20)
    assert b.cut
    assert (twins in b.message) if twins else ("another question already covers" not in b.message)
    assert (alone in b.message) if alone else ("No question kept in the plan covers" not in b.message)


# ------------------------------------------------------------------ order
def test_suggested_order_runs_broad_to_specific_then_weak_then_resources_and_referrals_into_the_close():
    qs = build(GOOD["referrals"], CLOSED, GOOD["resources"], GOOD["finding_position"], GOOD["breaking_in"],
               GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"])
    order = D.suggested_order(qs)
    good = [qs[i].topic for i in order if qs[i].good]
    # a broad question opens; the other kinds keep the learner's order; resources, then referrals, close
    assert good == ["breaking_in", "finding_position", "role_insight", "skills_experience", "valued_qualities",
                    "resources", "referrals"]
    assert qs[order[-1]].topic == "referrals" and qs[order[-1]].good  # a good question closes
    assert qs[order[-3]].text == CLOSED and qs[order[-2]].topic == "resources"


def test_a_question_about_pay_comes_after_the_other_learning_questions():
    pay = "What pay range is typical for a senior UX researcher?"
    qs = build(GOOD["breaking_in"], pay, GOOD["skills_experience"], GOOD["referrals"])
    assert qs[1].good
    order = D.suggested_order(qs)
    assert [qs[i].text for i in order][-2:] == [pay, GOOD["referrals"]]


def test_the_referral_advice_ignores_the_closing_question_after_it():
    qs = build(GOOD["breaking_in"], GOOD["referrals"], "Is there anything I haven't asked that I should know?")
    assert not any("works best near the end" in text for _, text in D.order_advice(qs))
    qs = build(GOOD["referrals"], GOOD["breaking_in"])
    assert any("works best near the end" in text for _, text in D.order_advice(qs))


def test_the_closing_question_is_never_a_spare():
    closing = "Is there anything I haven't asked that I should know?"
    goods = [GOOD[k] for k in D.FLOW_ORDER] + [f"What did your first {w} teach you?" for w in ("month", "client")]
    qs = build(*goods, closing)
    b = D.budget(qs, 20)
    assert b.cut and len(qs) - 1 not in b.cut


@pytest.mark.parametrize("closing", [
    "Is there anything I haven't asked that I should know?",
    "What should I have asked you that I didn't?",
    "Is there anything else you would like to add?",
])
def test_the_closing_question_ends_the_suggested_order(closing):
    qs = build(GOOD["breaking_in"], closing, GOOD["skills_experience"], CLOSED, GOOD["referrals"])
    order = D.suggested_order(qs)
    assert qs[order[-1]].text == closing
    assert qs[order[-2]].topic == "referrals" or qs[order[-2]].text == CLOSED
    assert D.is_closing_question(closing)
    assert not D.is_closing_question(GOOD["skills_experience"])


@pytest.mark.parametrize("text", ["", "\x00\x01", "<script>x</script>", "🙏" * 50, "ا" * 30, "x" * 100_000])
def test_closing_question_check_takes_any_text(text):
    assert D.is_closing_question(text) is False


def test_suggested_order_keeps_the_learners_priority_within_a_kind():
    second = "Who else could I learn from about working in a hospital laboratory?"
    qs = build(GOOD["referrals"], second, GOOD["breaking_in"])
    assert D.suggested_order(qs) == (2, 0, 1)


@pytest.mark.parametrize(
    "questions, part",
    [
        ((GOOD["breaking_in"], GOOD["referrals"]), "already follows the suggested flow, kind by kind"),
        ((GOOD["referrals"], GOOD["breaking_in"]), "Question 1 asks who else to talk to"),
        ((GOOD["resources"], GOOD["breaking_in"]), "You open with a question about resources"),
        ((GOOD["referrals"],), "Add a few questions"),
    ],
)
def test_order_advice(questions, part):
    assert any(part in text for _, text in D.order_advice(build(*questions)))


def test_order_advice_is_not_good_while_a_question_still_needs_work():
    """An order already in place is "good" only when nothing in it still needs work."""
    qs = build(GOOD["breaking_in"], "Would you be my mentor?", GOOD["referrals"])
    assert D.suggested_order(qs) == (0, 1, 2)
    advice = D.order_advice(qs)
    assert [kind for kind, _ in advice] == ["fix"]
    assert "question 2 still needs work" in advice[0][1]
    fixed = build(GOOD["breaking_in"], GOOD["referrals"])
    assert [kind for kind, _ in D.order_advice(fixed)] == ["good"]


def test_a_business_card_is_not_a_question_that_needs_work_in_the_order_advice():
    qs = build(GOOD["referrals"], GOOD["breaking_in"], "Can I please have one of your business cards?")
    assert not any("still need work" in text for _, text in D.order_advice(qs))


# ------------------------------------------------------------------ saving and the text version
@pytest.mark.parametrize("text, needs_work", [
    (GOOD["breaking_in"], False), ("Can I please have one of your business cards?", False),
    (FAVOUR, True), (CLOSED, True)])
def test_needs_work_is_a_flagged_question_never_a_card(text, needs_work):
    entry = build(text)[0]
    assert entry.needs_work is needs_work
    assert entry.needs_work is (not entry.good and not entry.aside)


def test_value_round_trip():
    qs = build(GOOD["breaking_in"], FAVOUR)
    value = D.to_value(qs, 20)
    assert value == {"questions": [{"text": GOOD["breaking_in"], "topic": "breaking_in", "flags": []},
                                   {"text": FAVOUR, "topic": "none", "flags": ["asks_for_favor"]}],
                     "meeting_minutes": 20}
    assert D.from_value(value) == (qs, 20)


@pytest.mark.parametrize(
    "value, n, minutes",
    [
        (None, 0, 20),
        ("junk", 0, 20),
        ({"questions": "nope", "meeting_minutes": 99}, 0, 20),
        ({"questions": [{"text": 5}, {"no": "text"}, "A plain string question?", {"text": ""}], "meeting_minutes": 20},
         1, 20),
        ({"questions": [{"text": "Same?"}, {"text": "same"}]}, 1, 20),
        ({"questions": [{"text": f"Question {i}?"} for i in range(60)]}, D.MAX_QUESTIONS, 20),
    ],
)
def test_from_value_survives_odd_saved_values(value, n, minutes):
    qs, m = D.from_value(value)
    assert len(qs) == n and m == minutes


def test_format_list_has_reviews_coverage_time_and_order():
    text = D.format_list(build(GOOD["referrals"], FAVOUR, GOOD["breaking_in"]), 20)
    for part in ("1. Who else would you suggest I talk to?", "Asks for a favour", "Coverage: 2 of 6 kinds",
                 "Time: A 20-minute meeting", "A suggested order:", "So far 2 good questions"):
        assert part in text, part
    assert "Your list is empty" in D.format_list((), 30)


# ------------------------------------------------------------------ properties
HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "🙂🎉 How did you start? 🚀",
                     "كيف بدأت في هذا المجال؟", "How\x00 did\x07 you start?\r\n", "x" * 100_000]),
)


@settings(max_examples=60, deadline=None)
@given(HOSTILE, st.integers(-3, 5), st.sampled_from([-1, 1]))
def test_operations_never_raise_and_keep_the_list_consistent(text, index, delta):
    qs = build(GOOD["breaking_in"], FAVOUR)
    for change in (D.add(qs, text), D.edit(qs, index, text), D.delete(qs, index), D.move(qs, index, delta)):
        assert isinstance(change.message, str) and change.message
        assert len(change.questions) <= D.MAX_QUESTIONS
        if not change.ok:
            assert change.questions == qs  # nothing lost on a refusal
        for q in change.questions:
            assert q.text.strip() and len(q.text) <= D.MAX_QUESTION_CHARS
    added = D.add(qs, text)
    D.format_list(added.questions, 20)
    D.budget(added.questions, 30)
    D.coverage(added.questions)
    assert sorted(D.suggested_order(added.questions)) == list(range(len(added.questions)))


# ------------------------------------------------- flagged questions never close, never kept
PORTFOLIO = "Would you be willing to look over my portfolio and tell me if it's good enough to get hired?"


@pytest.mark.parametrize("texts", [
    (GOOD["breaking_in"], GOOD["role_insight"], PORTFOLIO),
    (PORTFOLIO, GOOD["referrals"], GOOD["breaking_in"]),
    (GOOD["referrals"], FAVOUR, CLOSED, GOOD["skills_experience"]),
    (GOOD["resources"], "Would you be my mentor?", GOOD["breaking_in"], "How much do you make?"),
])
def test_suggested_order_never_closes_on_a_flagged_question(texts):
    qs = build(*texts)
    order = D.suggested_order(qs)
    assert sorted(order) == list(range(len(qs)))
    assert qs[order[-1]].good


def test_one_good_question_opens_and_an_ask_closes_with_what_needs_work_between():
    """A walker's list: five questions that need work, one fair ask and one good question. The good one
    came last, after the ask, and the advice said work-in-progress goes after the broad ones."""
    qs = build("Can I ask you for a job?", "Would you be my mentor?", "How did you get into UX research?",
               "How much do you make as a senior researcher?", "Can I ask one last question?")
    order = D.suggested_order(qs)
    assert sorted(order) == list(range(len(qs)))
    assert qs[order[0]].good and qs[order[-1]].aside
    assert all(qs[i].needs_work for i in order[1:-1])


def test_format_order_says_which_questions_need_work():
    qs = build(GOOD["breaking_in"], PORTFOLIO, GOOD["referrals"])
    lines = D.format_order(qs, D.suggested_order(qs))
    assert "needs work" in lines[1] and "needs work" not in lines[-1]


def test_the_budget_counts_only_questions_that_are_ready():
    """A walker's list of six, five needing work, read "Your 6 questions fit only if every answer is short"."""
    qs = build("Can I ask you for a job?", "Would you be my mentor?", "How did you get into UX research?",
               "How much do you make as a senior researcher?", FAVOUR, CLOSED)
    b = D.budget(qs, 20)
    assert b.count == 1 and b.verdict == "room"
    assert "You have 1 question ready (besides the 5 that still need work)" in b.message
    assert "Fix or delete" in b.message
    assert "None of your questions is ready yet" in D.budget(build(FAVOUR, CLOSED), 20).message


@pytest.mark.parametrize("minutes,extra_good", [(30, 1), (30, 4), (20, 2), (20, 8)])
def test_budget_never_keeps_a_flagged_question(minutes, extra_good):
    goods = [GOOD[k] for k in D.FLOW_ORDER][:extra_good] + [f"What did your first {w} teach you?" for w in
                                                            ("month", "client", "mistake", "manager")][:max(0, extra_good - 7)]
    qs = build(*goods, PORTFOLIO, FAVOUR, CLOSED)
    b = D.budget(qs, minutes)
    weak = {i for i, q in enumerate(qs) if not q.good}
    assert weak and weak <= set(b.cut)
    assert "Fix or delete" in b.message


# ------------------------------------------------------------------ queued Adds from the page
@pytest.mark.parametrize("raw, last_seq, expected", [
    ('{"seq": 1, "text": "What is a typical week like?"}', 0, (1, "What is a typical week like?")),
    ('{"seq": 7, "text": ""}', 6, (7, "")),
    ('{"seq": 3, "text": "again"}', 3, None),          # a repeat of the last Add
    ('{"seq": 2, "text": "late"}', 5, None),           # older than the last Add
    ('{"seq": "4", "text": "x"}', 0, None),            # number as text
    ('{"seq": true, "text": "x"}', 0, None),
    ('{"seq": 4}', 0, None),
    ('{"seq": 4, "text": 5}', 0, None),
    ('[1, "x"]', 0, None),
    ("{not json", 0, None),
    ("What is a typical week like?", 0, None),        # plain text is not a queued Add
    ("", 0, None),
    (None, 0, None),
    ('{"seq": 2, "text": "<script>alert(1)</script> \\u202e\\u0001 😀"}', 1,
     (2, "<script>alert(1)</script> \u202e\u0001 😀")),
])
def test_read_submission(raw, last_seq, expected):
    assert D.read_submission(raw, last_seq) == expected


CARD = "Can I please have one of your business cards?"
KEEP_IN_TOUCH = "Could we keep in touch after today?"


@pytest.mark.parametrize("text, verdict", [
    (GOOD["breaking_in"], "good"),
    (CARD, "not a learning question"),
    (KEEP_IN_TOUCH, "not a learning question"),
    (CLOSED, "needs work"),
    (FAVOUR, "needs work"),
])
def test_each_question_has_a_verdict_in_words(text, verdict):
    (q,) = build(text)
    assert q.verdict == verdict
    assert q.aside == (verdict == "not a learning question")


def test_a_card_request_is_added_as_fine_to_ask_not_as_something_to_improve():
    change = D.add((), CARD)
    assert change.ok and "fine to ask" in change.message and "improve" not in change.message


def test_the_budget_sends_a_card_request_to_the_close_and_never_calls_it_work_to_fix():
    qs = build(GOOD["breaking_in"], CARD, CLOSED)
    b = D.budget(qs, 20)
    assert "Question 2 is not a learning question" in b.message
    assert "Fix or delete question 3," in b.message and "question 2," not in b.message


def test_asks_that_are_not_learning_questions_come_after_those_to_fix_and_before_the_close():
    qs = build(CARD, GOOD["breaking_in"], CLOSED, GOOD["referrals"])
    order = D.suggested_order(qs)
    assert order == (1, 2, 0, 3)
    lines = D.format_order(qs, order)
    assert "needs work" in lines[1] and "needs work" not in lines[2]


def test_the_time_budget_does_not_count_a_card_as_a_question():
    """Six good questions fit a 30-minute meeting; a card asked for as you close takes no question
    time, so it neither tips the list into "tight" nor counts among the questions to cut."""
    six = [GOOD[k] for k in ("breaking_in", "skills_experience", "valued_qualities", "finding_position",
                             "role_insight", "referrals")]
    card = "Can I please have one of your business cards?"
    plain = D.budget(build(*six), 30)
    with_card = D.budget(build(*six, card), 30)
    assert (plain.verdict, plain.count) == ("fits", 6)
    assert (with_card.verdict, with_card.count) == ("fits", 6)
    assert "takes none of your question time" in with_card.message
    longer = build(*six, GOOD["resources"], card, "What is the hardest part of running a bakery?")
    eight = D.budget(longer, 30)
    assert eight.verdict == "tight" and eight.count == 8
    spares = [i for i in eight.cut if not longer[i].aside]
    assert len(spares) == 2  # 8 questions, about 6 fit: two spares, the card not among them


def test_the_order_check_names_only_the_closing_kinds_the_list_has():
    only_referrals = D.order_advice(build(GOOD["breaking_in"], GOOD["referrals"]))
    assert only_referrals == [("good", "Your order already follows the suggested flow, kind by kind, with referrals "
                                       "leading into the close.")]
    both = D.order_advice(build(GOOD["breaking_in"], GOOD["resources"], GOOD["referrals"]))
    assert "with resources and referrals leading into the close" in both[0][1]
    neither = D.order_advice(build(GOOD["breaking_in"], GOOD["role_insight"]))
    assert neither[0][1] == "Your order already follows the suggested flow, kind by kind."


@pytest.mark.parametrize("texts, minutes, level", [
    ((GOOD["breaking_in"], GOOD["role_insight"]), 30, "info"),  # room for more
    ((GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"],
      GOOD["finding_position"], GOOD["referrals"]), 30, "good"),  # fits
    ((GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"],
      GOOD["finding_position"], GOOD["resources"], GOOD["referrals"],
      "What is the hardest part of running a bakery?"), 30, "info"),  # 8 of 4-9: tight, nothing to correct
    ((GOOD["breaking_in"], FAVOUR), 30, "fix"),  # a question still needs work
    ((GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"],
      GOOD["finding_position"], GOOD["resources"], GOOD["referrals"]), 20, "info"),  # 7 for 20 minutes: spares named
])
def test_the_budget_is_marked_to_improve_only_when_something_needs_doing(texts, minutes, level):
    assert D.budget(build(*texts), minutes).level == level


def test_each_question_the_budget_names_says_why():
    qs = build(GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"],
               GOOD["finding_position"], GOOD["resources"], FAVOUR, "Can I please have one of your business cards?",
               GOOD["referrals"])
    notes = D.budget(qs, 30).notes(qs)
    assert any(n.startswith("Question 7 (needs work") for n in notes)
    assert any(n.startswith("Question 8 (not a learning question") for n in notes)
    assert all("(" in n for n in notes)


def test_a_favour_in_the_list_keeps_the_exercise_from_done():
    """Three good questions of three kinds, but the list still asks for a favour: not done, and the
    message says which question and what to do."""
    qs = build(GOOD["breaking_in"], GOOD["skills_experience"], FAVOUR, GOOD["resources"])
    assert not D.is_done(qs) and D.status(qs) == "in_progress"
    msg = D.done_message(qs)
    assert msg.startswith("Almost done") and "question 3 asks the contact for a favour" in msg
    fixed = D.delete(qs, 2).questions
    assert D.is_done(fixed) and D.done_level(fixed) == "good"


def test_the_rule_for_done_is_said_whole_before_it_is_met():
    """A walk found the favour condition only when it blocked: the "so far" line names it up front."""
    qs = build(GOOD["breaking_in"])
    msg = D.done_message(qs)
    assert msg.startswith("So far 1 good question") and "with no favour asked in the list" in msg


def test_done_with_questions_that_still_need_work_says_so():
    qs = build(GOOD["breaking_in"], CLOSED, GOOD["skills_experience"], GOOD["resources"])
    assert D.is_done(qs)
    msg = D.done_message(qs)
    assert msg.startswith("Exercise done") and "Question 2 still needs work" in msg
    assert D.done_level(qs) == "info"  # not shown as a plain success while something is left


def test_the_example_rewrite_is_shown_once():
    """With two flags the same example once appeared in each piece of advice and again as "Try instead"."""
    entry = D.make_entry("Tell me about your job.")
    items = D.review_items(entry)
    assert entry.rewrite and sum(entry.rewrite in text for _, text in items) == 1
    assert items[-1] == ("info", f"Try instead: {entry.rewrite}")


@pytest.mark.parametrize(
    "texts, minutes, size_level, fix",
    [
        (["How did you get into nursing informatics?", "What skills matter most on your team?",
          "Can you refer me to your hiring manager?", "What do you read to keep up?"], 20, "good", "question 3"),
        (["How did you get into nursing informatics?", "Is your team hiring?"], 20, "info", "question 2"),
        (["How did you get into nursing informatics?", "What skills matter most on your team?"], 20, "info", ""),
        (["Do you like your job?"], 30, "info", "question 1"),
    ],
)
def test_the_budget_keeps_what_fits_apart_from_what_to_fix(texts, minutes, size_level, fix):
    """"fit" never sits under a "To improve" mark: the length is one item, the questions to fix another."""
    qs = tuple(D.make_entry(t) for t in texts)
    b = D.budget(qs, minutes)
    parts = b.parts()
    assert parts[0][0] == size_level and "Fix or delete" not in parts[0][1]
    if fix:
        assert parts[1] == ("fix", b.fix_message) and fix in b.fix_message and b.level == "fix"
    else:
        assert len(parts) == 1 and not b.fix_message
    assert " ".join(t for _, t in parts) == b.message  # the plain text says the same


def test_the_spares_are_a_paragraph_of_their_own_and_the_budget_names_no_order():
    """An adviser found the budget one dense paragraph, and read "ask questions 1 to 3" as approving the order
    that the order check asked to change."""
    qs = build(GOOD["referrals"], GOOD["breaking_in"], GOOD["skills_experience"], GOOD["valued_qualities"],
               GOOD["finding_position"], GOOD["role_insight"], GOOD["resources"], "What surprised you most in your first year?",
               "Is your team hiring?")
    b = D.budget(qs, 20)
    parts = b.parts()
    assert [level for level, _ in parts] == ["info", "info", "fix"], parts
    assert parts[1][1].startswith("Keep question") and "Keep question" not in parts[0][1]
    assert "there is time for" in parts[0][1] and ", ask question" not in b.message
    assert " ".join(t for _, t in parts) == b.message


def test_two_spares_of_one_kind_are_never_called_the_only_ones_of_their_kind():
    qs = build(GOOD["breaking_in"], GOOD["skills_experience"], GOOD["valued_qualities"], GOOD["finding_position"],
               GOOD["role_insight"], GOOD["resources"], "Which employers near here hire people with my background?",
               GOOD["referrals"])
    b = D.budget(qs, 20)
    assert "only question" not in b.message and "no other kept question covers" in b.message


@pytest.mark.parametrize("indices, words", [
    ((2,), "question 3"), ((1, 4), "questions 2 and 5"), ((3, 4, 5, 6), "questions 4 to 7"),
    ((0, 1, 3, 4, 5, 9), "questions 1, 2, 4 to 6 and 10"), ((), "none"),
])
def test_question_numbers_read_as_ranges(indices, words):
    assert D._numbers(indices) == words


def test_suggested_order_keeps_priority_across_kinds_and_puts_the_spares_together():
    """A learner's four extra questions about the role once jumped ahead of her skills question; after
    "Use this order" the budget then named them spares in the middle of the list."""
    role2 = ["What surprised you most when you started?", "What do you enjoy most about the work?",
             "What is the hardest part of the job?"]
    qs = build(GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"],
               GOOD["referrals"], *role2)
    assert all(q.good for q in qs)
    order = D.suggested_order(qs)
    texts = [qs[i].text for i in order]
    assert texts[:4] == [GOOD["breaking_in"], GOOD["role_insight"], GOOD["skills_experience"], GOOD["valued_qualities"]]
    assert texts[4:7] == role2 and texts[-1] == GOOD["referrals"]
    reordered = tuple(qs[i] for i in order)
    cut = D.budget(reordered, 20).cut
    assert list(cut) == list(range(min(cut), max(cut) + 1))  # one run of spares, never scattered


def test_the_referral_advice_names_the_questions_after_it():
    qs = build(GOOD["breaking_in"], GOOD["skills_experience"], GOOD["referrals"], GOOD["valued_qualities"])
    said = " ".join(text for _, text in D.order_advice(qs))
    assert "Question 3 asks who else to talk to, and question 4 comes after it. " in said
    # a resource question after it is not named, and the sentence says why
    qs = build(GOOD["referrals"], GOOD["breaking_in"], GOOD["resources"], GOOD["valued_qualities"])
    said = " ".join(text for _, text in D.order_advice(qs))
    assert "Question 1 asks who else to talk to, and questions 2 and 4 come after it. " in said
    assert "only resources, the closing question and questions still to fix belong after it" in said


@pytest.mark.parametrize("text, pay", [
    ("How did you get your first paid writing job after your biology degree?", False),
    ("What should I pay attention to in my first year?", False),
    ("How much does a science journalist earn when they are starting out?", True),
    ("How much do freelancers get paid?", True),
    ("What are typical day rates for freelance designers?", True),
])
def test_only_questions_about_pay_wait_until_after_the_others(text, pay):
    """"paid" in "my first paid writing job" once sent a learner's key question to sixth place."""
    assert bool(D._PAY.search(text.lower())) is pay


def test_the_key_breaking_in_question_leads_the_suggested_order():
    qs = build("What skills are essential to succeed in this field?",
               "How did you get your first paid writing job after your biology degree?",
               GOOD["valued_qualities"], GOOD["referrals"])
    order = D.suggested_order(qs)
    assert qs[order[0]].text == "How did you get your first paid writing job after your biology degree?"


# Text the checker cannot read (no English) was never judged: it is not "fine to ask", and the budget,
# the order and the list say to write it in English or delete it. An arrangement for the close (a card,
# keeping in touch, shadowing) is named as such, not as "nothing to learn".
UNREAD_AND_CLOSING = [
    ("ما هي المهارات التي يحتاجها مدير السلامة؟", "needs work", True, False),
    ("这个工作最难的是什么？", "needs work", True, False),
    ("Could I shadow you on one of your safety walks to see how you spot hazards?", "not a learning question", False, True),
    ("Can I have your business card?", "not a learning question", False, True),
    # an adviser saw watching the contact at work called "nothing here to learn"
    ("Would it be alright if I came along one day to watch you work?", "not a learning question", False, True),
    ("How was your weekend?", "not a learning question", False, False),
]


@pytest.mark.parametrize("text,verdict,unread,closing", UNREAD_AND_CLOSING)
def test_unread_text_needs_work_and_a_closing_request_is_named(text, verdict, unread, closing):
    from lesson_utils.views.drafter import list_html, review_html
    e = D.make_entry(text)
    assert (e.verdict, e.unread, D.closing_request(e)) == (verdict, unread, closing)
    shown = review_html(e)
    assert ("Not checked" in shown) == unread and ("Not checked" in list_html((e,))) == unread
    assert ("a request for the close" in shown) == closing
    assert ("nothing here to learn" in shown) == (not unread and not closing)
    if unread:
        assert e.needs_work and not e.aside
        b = D.budget((e,) * 12, 20)
        assert any("in English, or delete" in line for line in b.notes((e,) * 12))


def test_a_question_keeps_no_terminal_codes_or_tabs():
    change = D.add((), "What does a day look\x1b[31m like\x1b[0m\tfor a safety manager?")
    assert change.ok and change.questions[0].text == "What does a day look like for a safety manager?"


def test_a_long_list_s_budget_names_questions_by_reason_not_one_line_each():
    few = build(*[f"What does a typical day look like for a {job}?" for job in ("nurse", "welder", "baker", "pilot",
                                                                               "farmer", "teacher")])
    assert all(n.startswith("Question ") for n in D.budget(few, 20).notes(few))
    many = build(*[f"What does a typical {part} look like for a {job}?" for part in ("day", "week", "month")
                   for job in ("nurse", "welder", "baker", "pilot", "farmer")], FAVOUR, CLOSED)
    notes = D.budget(many, 20).notes(many)
    assert len(notes) == 2, notes
    assert notes[0].startswith("Spares (ask them if time allows): questions ") and notes[0].endswith(" and 15.")
    assert notes[1] == "Need work (fix or delete them): questions 16 and 17."
    one_weak = many[:15] + (many[15],)
    assert D.budget(one_weak, 20).notes(one_weak)[-1] == "Needs work (fix or delete it): question 16."


def test_advice_without_its_example_never_ends_on_a_dangling_word():
    """The drafter drops an advice's closing example when it shows the same rewrite as "Try instead";
    what is left must read as a whole sentence ("...; to learn, ask" did not)."""
    import json
    from importlib.resources import files
    data = json.loads(files("lesson_utils").joinpath("data/coach/advice.json").read_text(encoding="utf-8"))
    for name, template in data["flags"].items():
        if "{rewrite}" not in template:
            continue
        sentence = template.replace("{rewrite}", "How did you start?").format(
            what="for a job", count="two", parts="", topic="", description="", field="nursing")
        left = D._without_example(sentence, "How did you start?")
        last = left.rstrip(" .;,:").split()[-1]
        assert last not in {"ask", "to", "like", "as", "example", "learn,"}, (name, left)


def test_unread_text_is_saved_as_such_and_the_plan_keeps_it_to_fix():
    from lesson_utils import plan
    qs = build(GOOD["breaking_in"], "ما هي المهارات التي يحتاجها مدير السلامة؟")
    value = D.to_value(qs, 20)
    assert value["questions"][1].get("unread") is True and "unread" not in value["questions"][0]
    entries = plan._question_entries(value)
    assert plan._question_warning(entries[1][2]) == "not checked: write it in English"
    assert plan._question_warning(entries[0][2]) == ""


def test_suggested_order_keeps_the_question_the_learner_moved_up():
    """A walk moved "what clinics look for" to second place; Suggest an order put it back behind two broad
    questions by kind, and the 20-minute budget then left it a spare."""
    qs = build("how did u get into physio in the first place",
               "what do sports clinics look for when they hire new grads",
               "what were ur placements like during ur degree",
               "whats a normal day like for u at the clinic",
               "how do new grads usually find jobs at sports clinics",
               "what should i read or follow to learn more about sports physio",
               "who else do u think i should talk to")
    assert all(q.good for q in qs), [(q.text, q.topic, q.flags) for q in qs]
    order = D.suggested_order(qs)
    assert order[:2] == (0, 1)
    reordered = tuple(qs[i] for i in order)
    assert 1 not in D.budget(reordered, 20).cut


def test_using_the_suggested_order_says_what_still_needs_work():
    """"Good: your list now follows the suggested order" beside the order's "to improve" read as a contradiction."""
    qs = build(GOOD["referrals"], GOOD["breaking_in"], FAVOUR, GOOD["valued_qualities"])
    change = D.reorder(qs, D.suggested_order(qs))
    assert change.ok and change.message.startswith("Your list now follows the suggested order.")
    weak = next(n for n, q in enumerate(change.questions, 1) if q.needs_work)
    assert f"Question {weak} still needs work" in change.message
    fine = build(GOOD["referrals"], GOOD["breaking_in"])
    assert D.reorder(fine, D.suggested_order(fine)).message == "Your list now follows the suggested order."


@pytest.mark.parametrize("text, words", [
    # an adviser saw "wat skils do u need to be a good welder" praised with no word on how it was written
    ("wat skils do u need to be a good welder", ("wat", "u")),
    ("how did u get ur first gig", ("u", "ur")),
    ("Do you work w/ clients directly?", ("w/",)),
    # not shorthand: a name, an abbreviation, an apostrophe left out
    ("Do you use R or Python for analysis?", ()),
    ("Whats it like working with U.S. clients?", ()),
    ("What's the best part of your job?", ()),
])
def test_text_message_shorthand_gets_a_gentle_note(text, words):
    assert D.texting_words(text) == words
    items = D.review_items(D.make_entry(text))
    noted = [t for kind, t in items if "written as a text message" in t]
    assert len(noted) == (1 if words else 0)
    assert all(kind == "info" for kind, t in items if "written as a text message" in t)
