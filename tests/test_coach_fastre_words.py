"""``fastre.compile_words``: an alternation whose word-opening alternatives are tried only where a word starts,
which the label contract's readings use. Table-style: what matches, and where."""

import re

import pytest

from lesson_utils.coach import fastre

PATTERNS = [r"(?:would|could) you mentor (?:me|us)\b", r"^(?!.*\bbalanc).*?your kids", r"(?:^|[,;] )even one client",
            r"\btake me under your wing", r"(?<!how )can i apply"]


@pytest.mark.parametrize("text, span", [
    ("so would you mentor me?", (3, 22)),
    ("how are your kids?", (0, 17)),             # anchored at the start: tried there, as before
    ("work-life balance and your kids", None),   # the anchored alternative's own look-ahead still holds
    ("thanks, even one client would help", (6, 23)),
    ("please take me under your wing", (7, 30)),
    ("how can i apply", None),                   # the look-behind inside an alternative still holds
    ("so can i apply?", (3, 14)),
    ("scan i apply", None),                      # inside a word: not a reading ("can" in "scan")
    ("", None),
])
def test_word_alternatives_match_only_at_word_starts(text, span):
    found = fastre.compile_words(PATTERNS).search(text)
    assert (found and found.span()) == span


def test_where_no_word_is_split_it_finds_what_the_plain_alternation_finds():
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    fast = fastre.compile_words(PATTERNS)
    for text in ["so would you mentor me?", "how are your kids?", "thanks, even one client", "can i apply", "nothing here"]:
        a, b = plain.search(text), fast.search(text)
        assert (a and a.span()) == (b and b.span()), text


def test_an_empty_list_matches_nothing():
    assert fastre.compile_words([]).search("anything") is None
