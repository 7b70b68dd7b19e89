"""Score a text against each topic's cue phrases (data: topics.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=None)
def _compiled() -> tuple[tuple[str, re.Pattern, dict[str, int]], ...]:
    data = lexicon.load("topics")
    out = []
    for topic in data["order"]:
        groups, weights = [], {}
        for weight, patterns in data["cues"][topic].items():
            for p in patterns:
                name = f"c{len(groups)}"
                groups.append(f"(?P<{name}>{p})")
                weights[name] = int(weight)
        rx = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(groups) + r")(?![a-z0-9])")
        out.append((topic, rx, weights))
    return tuple(out)


def scores(text: str) -> dict[str, int]:
    """Topic -> summed weight of the distinct cues found in ``text``."""
    result: dict[str, int] = {}
    for topic, rx, weights in _compiled():
        seen = {m.lastgroup for m in rx.finditer(text)}
        result[topic] = sum(weights[g] for g in seen if g)
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
