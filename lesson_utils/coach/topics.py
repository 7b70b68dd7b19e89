"""Score a text against each topic's cue phrases (data: topics.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .fastre import CueSet


@lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[str, re.Pattern, dict[str, int]], ...]:
    data = lexicon.load("topics")
    out = []
    for topic in data["order"]:
        named, weights = [], {}
        for weight, patterns in data["cues"][topic].items():
            for p in patterns:
                name = f"c{len(named)}"
                named.append((name, p))
                weights[name] = int(weight)
        rx = CueSet(named)
        out.append((topic, rx, weights))
    return tuple(out)


def scores(text: str) -> dict[str, int]:
    """Topic -> summed weight of the distinct cues found in ``text``."""
    result: dict[str, int] = {}
    for topic, rx, weights in _compiled():
        result[topic] = sum(weights[g] for g in rx.matched(text))
    return result


def order() -> tuple[str, ...]:
    return tuple(t for t, _, _ in _compiled())


def best(total: dict[str, int]) -> str:
    """The highest-scoring topic (ties go to the earlier topic in the data's order), or ""."""
    top = max(total.values(), default=0)
    if top <= 0:
        return ""
    for topic in order():
        if total.get(topic, 0) == top:
            return topic
    return ""
