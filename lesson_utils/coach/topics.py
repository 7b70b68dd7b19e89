"""Score a text against each topic's cue phrases (data: topics.json)."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .fastre import CueSet


@lru_cache(maxsize=None)
def _compiled() -> tuple[CueSet, dict[str, tuple[str, int]], tuple[str, ...]]:
    """All topics' cues in one set; each cue's name maps to (topic, weight)."""
    from .flags import expand
    data = lexicon.load("topics")
    macros = data.get("macros", {})
    named, weights = [], {}
    for topic in data["order"]:
        for weight, patterns in data["cues"][topic].items():
            for p in patterns:
                name = f"c{len(named)}"
                named.append((name, expand(p, macros)))
                weights[name] = (topic, int(weight))
    return CueSet(named), weights, tuple(data["order"])


def scores(text: str) -> dict[str, int]:
    """Topic -> summed weight of the distinct cues found in ``text``."""
    cues, weights, topics = _compiled()
    result = dict.fromkeys(topics, 0)
    for name in cues.matched(text):
        topic, w = weights[name]
        result[topic] += w
    return result


def order() -> tuple[str, ...]:
    return _compiled()[2]


def best(total: dict[str, int]) -> str:
    """The highest-scoring topic (ties go to the earlier topic in the data's order), or ""."""
    top = max(total.values(), default=0)
    if top <= 0:
        return ""
    for topic in order():
        if total.get(topic, 0) == top:
            return topic
    return ""
