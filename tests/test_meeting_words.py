"""What a typed line in a rehearsed meeting says besides a question, read the same way by the simulator and the
rehearsal (lesson 6): thanks, keeping in touch, a goodbye, a silence, being done, carrying on."""

import pytest

from lesson_utils import meeting_words as W


@pytest.mark.parametrize("text, thanks, touch, bye, silent, done, carry", [
    ("thx so much for ur time, this was super helpful!!", True, False, False, False, False, False),
    ("I'd be grateful if you could tell me how you started.", False, False, False, False, False, False),
    ("Can I write to you and let you know how it goes?", False, True, False, False, False, False),
    ("Ok, I won't keep you any longer. Thanks again and have a good day!", True, False, True, False, False, False),
    ("(I don't say anything for a long while and look at my notes)", False, False, False, True, False, False),
    ("*shrugs*", False, False, False, True, False, False),
    ("Is there a silence rule in your office?", False, False, False, False, False, False),
    ("Thank you, I think that covers all of my questions.", True, False, False, False, True, False),
    ("Oh, I still have quite a few questions left, if you don't mind staying a little longer.", False, False, False, False, False, True),
])
def test_what_a_typed_line_says(text, thanks, touch, bye, silent, done, carry):
    assert W.says(W.THANKS, text) is thanks
    assert W.says(W.KEEP_IN_TOUCH, text) is touch
    assert W.says(W.GOODBYE, text) is bye
    assert W.silent(text) is silent
    assert W.says(W.DONE_ASKING, text) is done
    assert W.says(W.CARRY_ON, text) is carry


@pytest.mark.parametrize("text, keeps", [
    ("can i keep in touch?", True),
    ("Would it be OK if I stayed in touch?", True),  # a walker's words
    ("I hope we stay in contact.", True),
    ("My plan is to redo one lesson this month - can I write to you and let you know how it goes?", True),
    ("Could you let me know if anything opens up?", False),
    ("", False),
])
def test_keeping_in_touch_is_the_close_and_never_a_favour(text, keeps):
    assert W.keeps_in_touch(text) is keeps


def test_a_reading_of_odd_text_never_fails():
    assert W.coach_reading("no_such_reading", "anything", "fallback") == "fallback"
    assert W.coach_reading("favour_family", "Would you be my mentor?") == "mentoring"
