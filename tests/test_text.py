import pytest
from hypothesis import given, strategies as st

from lesson_utils.text import clean, clip, escape, had_control_characters, is_blank, word_count


@pytest.mark.parametrize(
    "raw, expected",
    [
        (None, ""),
        ("", ""),
        ("a\x00b\x07c", "abc"),
        ("line\r\nnext\rlast", "line\nnext\nlast"),
        ("tab\tkept", "tab\tkept"),
        ("e\u0301", "\u00e9"),
        (42, "42"),
        ("שלום 🙂", "שלום 🙂"),
        # terminal colour codes pasted from a console leave nothing behind
        ("look\x1b[31m like\x1b[0m", "look like"),
        ("bold\x1b[1;4mly", "boldly"),
        ("title\x1b]0;x\x07 here", "title here"),
        ("[31m typed by hand", "[31m typed by hand"),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
        ("a & b", "a &amp; b"),
    ],
)
def test_escape(raw, expected):
    assert escape(raw) == expected


@pytest.mark.parametrize(
    "text, n", [("", 0), ("one", 1), ("don't stop-now", 2), ("مرحبا بالعالم", 2), ("🙂 🙂", 0), ("3 steps", 2)]
)
def test_word_count(text, n):
    assert word_count(text) == n


def test_clip_and_blank():
    assert clip("abc", 5) == "abc"
    assert clip("abcdefgh", 5) == "abcd…"
    assert is_blank(" \n\t\x00") and not is_blank(" x ")
    assert had_control_characters("a\x01") and not had_control_characters("a\r\nb")


@given(st.text())
def test_escape_never_leaves_markup(s):
    out = escape(s)
    assert "<" not in out and ">" not in out


@given(st.text())
def test_clean_is_idempotent(s):
    assert clean(clean(s)) == clean(s)


def test_clip_cuts_between_words_when_it_can():
    text = "Which skills from classroom teaching carry over best to instructional design?"
    out = clip(text, 70)
    assert out == "Which skills from classroom teaching carry over best to…"
    assert len(out) <= 70
    assert clip("x" * 100, 10) == "x" * 9 + "…"  # one long word: cut inside it
