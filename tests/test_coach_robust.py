"""The coach never raises and always answers in its own vocabulary."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lesson_utils.coach import FLAGS, TOPICS, Review, format_review, review


def check(r):
    assert isinstance(r, Review)
    assert r.topic in TOPICS
    assert set(r.flags) <= set(FLAGS)
    assert isinstance(r.advice, tuple) and r.advice
    assert all(isinstance(a, str) and a.strip() for a in r.advice)
    assert r.rewrite is None or isinstance(r.rewrite, str)
    assert isinstance(format_review(r), str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text):
    r = review(text)
    check(r)
    assert review(text) == r  # deterministic


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_unicode_text(text):
    check(review(text))


WORDS = ["how", "what", "do", "you", "your", "hire", "me", "clients", "?", ",", "and", "is", "there",
         "any", "tell", "about", "my", "refer", "who", "else", "could", "I", "talk", "to", ".", "—"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_word_salad(words):
    check(review(" ".join(words)))


@pytest.mark.parametrize("value", [
    None, "", " ", "\n\t  ", "?", "???", "....", "a" * 100_000, "how? " * 20_000,
    "😀🚀✨", "What do you love about your job? 😀", "ما هو أصعب جزء في عملك؟", "מה הדבר הכי קשה בעבודה שלך?",
    "<script>alert(1)</script>", "<b>What</b> do you <i>value</i>?", "\x00\x01\x02\x1b[31mWhat?\x7f",
    "\u202eWhat do you do?\u202c", "\ufeffHow did you start?", "ＷＨＡＴ　ＤＯ　ＹＯＵ　ＤＯ？", 42, 3.5, b"bytes", ["a", "list"],
    "(" * 5000, "\\" * 3000, "{0} {1} %s %(x)s", "'; DROP TABLE questions; --",
])
def test_explicit_cases(value):
    check(review(value))


def test_blank_gets_a_prompt():
    for value in (None, "", "   "):
        r = review(value)
        assert r.topic == "none"
        assert r.flags <= {"not_a_question"}
        assert "question" in r.advice[0].lower()


def test_long_input_is_fast_and_clipped():
    import time
    t = time.perf_counter()
    r = review("What do you do? " * 10_000)
    assert time.perf_counter() - t < 1.0
    assert len(r.text) <= 2_000


def test_object_with_broken_str():
    class Bad:
        def __str__(self):
            raise RuntimeError("no")
    check(review(Bad()))
