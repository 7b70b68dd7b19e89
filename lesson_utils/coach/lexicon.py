"""Load the coach's word lists and patterns from package data, once, on first use.

Data lives in ``lesson_utils/data/coach/*.json`` and is read with
``importlib.resources``. Patterns are compiled lazily and cached.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_PACKAGE = "lesson_utils"
_FOLDER = "data/coach"

#: the contact named as a word of its own ("you", "your", texting's "u" and "ur")
TO_CONTACT = re.compile(r"(?<![a-z'])(?:you|your|yours|u|ur)(?![a-z'])")


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed JSON data file ``name`` (without ``.json``)."""
    text = resources.files(_PACKAGE).joinpath(f"{_FOLDER}/{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def compile_any(patterns: list[str]):
    """A matcher for any of ``patterns`` as whole words (``.search(text)`` like a regex)."""
    from .fastre import CueSet
    return CueSet([(str(i), p) for i, p in enumerate(patterns)])


@lru_cache(maxsize=None)
def word_fixes() -> dict[str, str]:
    return dict(load("lexicon")["word_fixes"])


@lru_cache(maxsize=None)
def phrase_fixes() -> tuple[tuple[re.Pattern, str, str], ...]:
    return tuple((re.compile(p), r, t) for p, r, t in load("lexicon")["phrase_fixes"])


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(load("lexicon")[name])


@lru_cache(maxsize=None)
def pattern(group: str, name: str) -> re.Pattern:
    """Compiled alternation for the list ``name`` in data file ``group``."""
    return compile_any(load(group)[name])


@lru_cache(maxsize=None)
def word_fix_pattern() -> re.Pattern:
    keys = sorted(word_fixes(), key=len, reverse=True)
    body = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![a-z0-9'&])(?:{body})(?![a-z0-9'&])")  # "R&D" is not "are & d"
