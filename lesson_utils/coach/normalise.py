"""Turn raw learner text into the forms the coach reads.

``clean`` keeps what the learner typed (minus invisible control characters)
for display; ``normalise`` builds a lower-case matching form with curly quotes
straightened, accents dropped, common misspellings and apostrophe-less
contractions repaired, and whitespace collapsed. Neither ever raises.
"""

from __future__ import annotations

import re
import unicodedata

from . import lexicon

#: Only this many characters of a text are read.
READ_LIMIT = 2_000

from ..text import ANSI  # noqa: E402

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2014": " - ", "\u2013": " - ",
                         "\uff1f": "?", "\u061f": "?", "\u037e": "?"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
_LOOSE_HYPHEN = re.compile(r"\s+-+\s+|--+")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")


def clean(text: object) -> str:
    """Return ``text`` as a display string: never raises, keeps what was typed.

    ``None`` becomes ``""``; non-strings are converted with ``str``; control and
    invisible direction characters are removed; only the first
    :data:`READ_LIMIT` characters are kept; outer whitespace is stripped.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # a hostile __str__ must not break the coach
            return ""
    text = text[: READ_LIMIT * 2]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", ANSI.sub("", text))
    try:
        text = unicodedata.normalize("NFC", text)
    except Exception:
        pass
    return text[:READ_LIMIT].strip()


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fix_word(match: re.Match, fixes: dict[str, str]) -> str:
    word = match.group(0)
    return fixes.get(word, word)


#: "site(s)", "class(es)": a plural written as an option reads as the plural
_PLURAL_MARK = re.compile(r"(?<=[a-z])\((s|es)\)")


def normalise(text: str) -> str:
    """Lower-case matching form of already cleaned ``text``."""
    text = text.translate(_QUOTES)
    text = _strip_accents(text).lower()
    text = _PLURAL_MARK.sub(r"\1", text)
    text = _ELLIPSIS.sub(". ", text)
    text = _HYPHEN.sub(" ", text)
    text = _LOOSE_HYPHEN.sub(" - ", text)
    text = text.replace("\n", ". ")
    fixes = lexicon.word_fixes()
    text = lexicon.word_fix_pattern().sub(lambda m: fixes[m.group(0)], text)
    for pattern, replacement, trigger in lexicon.phrase_fixes():
        if trigger in text:
            text = pattern.sub(replacement, text)
    text = _SPACE.sub(" ", text)
    return text.strip()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=\?)(?=[a-z])|(?<=[.!?])\s*\.\s+")


#: a sentence that ends in an abbreviation ("...farming (i.e.", "...a candidate vs.") goes on in the next part
_ABBREVIATION_END = re.compile(r"(?<![a-z])(?:i\.e|e\.g|vs|etc|approx|esp|incl|cf|dr|mr|mrs|ms|jr|sr)\.$")


def sentences(norm: str) -> list[str]:
    """Split a normalised text into sentences, keeping end punctuation."""
    raw: list[str] = []
    for p in _SENTENCE_END.split(norm):
        if raw and _ABBREVIATION_END.search(raw[-1].rstrip()):
            raw[-1] = raw[-1].rstrip() + " " + p
        else:
            raw.append(p)
    parts = [p.strip(" .") if not p.rstrip().endswith("?") else p.strip() for p in raw]
    return [p for p in parts if any(ch.isalnum() for ch in p)]


def words(text: str) -> list[str]:
    return _WORD.findall(text)
