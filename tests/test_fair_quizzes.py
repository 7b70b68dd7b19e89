"""Fair quizzes: the right answer is not given away by its length or its place.

Prints the figures (share of right answers that are the longest option, positions used) so
they can be read with ``pytest -s``.
"""

from __future__ import annotations

from collections import Counter

import pytest

from lesson_utils.content import load_json
from lesson_utils.quiz import Question, Quiz, display_orders, load_quiz, parse_quiz

QUIZZES = ["01", "02", "03", "04", "05", "06", "07", "08"]


def _longest_is_right(q: Question) -> bool:
    lengths = [len(o.text) for o in q.options]
    return lengths[q.answer_index] == max(lengths)


def _shown_positions(quiz: Quiz) -> list[int]:
    orders = display_orders(quiz)
    return [orders[q.id].index(q.answer_index) for q in quiz.questions]


def test_the_right_answer_is_the_longest_in_at_most_a_third_of_the_questions():
    questions = [q for name in QUIZZES for q in load_quiz(name).questions]
    longest = sum(_longest_is_right(q) for q in questions)
    print(f"\nright answer is the longest option in {longest} of {len(questions)} questions "
          f"({longest / len(questions):.0%})")
    assert longest * 3 <= len(questions)


@pytest.mark.parametrize("name", QUIZZES)
def test_each_quiz_spreads_the_right_answer_over_several_positions(name):
    quiz = load_quiz(name)
    positions = _shown_positions(quiz)
    counts = Counter(positions)
    print(f"\nquiz {name}: right answer shown at positions {positions}")
    assert len(counts) >= 3
    assert max(counts.values()) * 2 <= len(positions) + 1


@pytest.mark.parametrize("name", QUIZZES)
def test_the_order_is_a_permutation_and_the_same_every_time(name):
    quiz = load_quiz(name)
    first, again = display_orders(quiz), display_orders(load_quiz(name))
    assert first == again
    for q in quiz.questions:
        assert sorted(first[q.id]) == list(range(len(q.options)))


def test_the_order_depends_on_the_exercise_id():
    data = load_json("quizzes/04.json")
    other = dict(data, exercise_id="99.9-quiz")
    a, b = display_orders(parse_quiz(data)), display_orders(parse_quiz(other))
    assert a != b


@pytest.mark.parametrize("name", QUIZZES)
def test_the_widget_shows_the_shuffled_order_and_keeps_original_indices(name, tmp_path):
    from lesson_utils.store import Store
    from lesson_utils.views.quiz import QuizView

    quiz = load_quiz(name)
    view = QuizView(quiz, Store(tmp_path))
    orders = display_orders(quiz)
    for q, radio in zip(quiz.questions, view.radios):
        assert [value for _label, value in radio.options] == list(orders[q.id])
        assert [label for label, _value in radio.options] == [q.options[i].text for i in orders[q.id]]
    # choosing the right answers by their place on screen gives full marks
    for q, radio in zip(quiz.questions, view.radios):
        radio.value = radio.options[orders[q.id].index(q.answer_index)][1]
    view.check_button.click()
    assert Store(tmp_path).value(quiz.exercise_id)["score"] == len(quiz.questions)


def test_a_quiz_with_every_right_answer_first_is_spread_out():
    data = {"exercise_id": "50.9-quiz", "title": "t", "questions": [
        {"id": f"q{k}", "prompt": "p", "options": [
            {"text": "right", "correct": True, "why": "w"},
            {"text": "wrong one", "correct": False, "why": "w"},
            {"text": "wrong two", "correct": False, "why": "w"},
            {"text": "wrong three", "correct": False, "why": "w"}]} for k in range(8)]}
    quiz = parse_quiz(data)
    positions = _shown_positions(quiz)
    assert Counter(positions) == Counter({0: 2, 1: 2, 2: 2, 3: 2})


@pytest.mark.parametrize("name", QUIZZES)
def test_no_quiz_gives_its_answer_away_by_length_or_punctuation(name):
    """Per quiz: the right option is the longest in at most half the questions, and no question's right
    option is the only one ending differently (a learner once spotted it by its missing full stop)."""
    quiz = load_quiz(name)
    longest = sum(_longest_is_right(q) for q in quiz.questions)
    assert longest * 2 <= len(quiz.questions), (name, longest)
    for q in quiz.questions:
        ends = [str(getattr(o, "text", o)).rstrip()[-1:] in ".?!\"”" for o in q.options]
        right = q.answer_index
        if ends.count(ends[right]) == 1 and len(ends) > 2:
            raise AssertionError(f"{name} {q.id}: the right option alone ends differently")
