"""The question coach: reads one drafted informational-interview question and
says which topic it covers, what could be better, and how to rewrite it.

    >>> from lesson_utils.coach import review
    >>> print(review("Can you refer clients to me?"))   # doctest: +SKIP

Importing is cheap: word lists and patterns load on the first ``review``.
"""

from .labels import FLAG_LABELS, FLAGS, TOPIC_DESCRIPTIONS, TOPIC_LABELS, TOPICS
from .review import Review, format_review, review


def warm() -> None:
    """Load the word lists, patterns and fitted readings now (lesson 4's setup can call this at
    import), so the learner's first question is answered at once."""
    review("How did you get started in your field?")
    review("Could you refer clients to me, and how much do you make?")


__all__ = ["warm", "review", "Review", "format_review", "TOPICS", "FLAGS", "TOPIC_LABELS", "FLAG_LABELS", "TOPIC_DESCRIPTIONS"]
