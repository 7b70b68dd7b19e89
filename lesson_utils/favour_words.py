"""Does a text ask the reader for a favour (a job, clients, money, mentorship)?

Asking for a job or for clients is the mistake every guide warns about and the
one that spoiled the meeting in the course's story ("Can you refer clients to
me?"). This module finds such requests in an introduction, a request email or a
note, with simple patterns kept as data (``data/favour_words.json``).

A match does not count when a negation comes shortly before it in the same
clause: "I am not asking for a job" is a welcome disclaimer, not a request, and
:func:`disclaims_favour` reports it. Learning questions about the same topics
("How did you find your first clients?") are not requests and do not match.

Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .content import load_json
from .text import CHECK_LIMIT, clean

# Where one clause ends and the next begins, for the negation rule.
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]|,\s*(?:but|however|yet|although|though|so)\b|\b(?:but|however)\b", re.I)
_TOKEN = re.compile(r"[\w'’-]+")
#: How many words before a match a negation may stand and still cancel it.
NEGATION_WINDOW = 6


@dataclass(frozen=True)
class FavourHit:
    kind: str  # job, clients, money, mentor
    phrase: str  # the words that matched, as the learner wrote them
    label: str  # "a job", "clients or business", ...
    why: str  # why it matters to the reader, one or two sentences


@lru_cache(maxsize=1)
def _rules():
    data = load_json("favour_words.json")
    kinds = []
    for kind, spec in data["kinds"].items():
        patterns = tuple(re.compile(p, re.I) for p in spec["patterns"])
        kinds.append((kind, spec["label"], spec["why"], patterns))
    negations = tuple(data["negations"])
    disclaimer = re.compile(data["disclaimer"], re.I)
    return tuple(kinds), negations, disclaimer


def _normalise(text: object) -> str:
    # Curly apostrophes count as straight ones so "don’t" negates like "don't".
    return clean(text)[:CHECK_LIMIT].replace("’", "'")


def _clause_start(text: str, index: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, index):
        start = m.end()
    return start


def negated(text: str, start: int) -> bool:
    """True when a negation stands within a few words before ``start`` in the same clause."""
    before = text[_clause_start(text, start):start].lower().replace("’", "'")
    tokens = _TOKEN.findall(before)[-NEGATION_WINDOW:]
    _, negations, _ = _rules()
    for token in tokens:
        if token in negations or token.endswith("n't"):
            return True
    tail = " ".join(tokens)
    return any(" " in n and n in tail for n in negations)


def favour_requests(text: object) -> list[FavourHit]:
    """Every request for a favour in ``text`` (one hit per kind, first match), in order found."""
    body = _normalise(text)
    if not body.strip():
        return []
    kinds, _, _ = _rules()
    hits: list[tuple[int, FavourHit]] = []
    for kind, label, why, patterns in kinds:
        best = None
        for pattern in patterns:
            for m in pattern.finditer(body):
                if negated(body, m.start()):
                    continue
                if best is None or m.start() < best[0]:
                    best = (m.start(), FavourHit(kind, m.group(0), label, why))
                break
        if best is not None:
            hits.append(best)
    return [hit for _, hit in sorted(hits, key=lambda pair: pair[0])]


def asks_for_favour(text: object) -> bool:
    return bool(favour_requests(text))


def disclaims_favour(text: object) -> bool:
    """True when the text says plainly it is *not* asking for a job, clients or a sale."""
    body = _normalise(text)
    if not body.strip():
        return False
    _, _, disclaimer = _rules()
    return bool(disclaimer.search(body))


def favour_message(hit: FavourHit) -> str:
    """One worded sentence about a hit, for feedback."""
    return f"“{hit.phrase}” reads as a request for {hit.label}. {hit.why}"
