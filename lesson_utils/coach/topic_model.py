"""A fitted reading of a learning question's topic, over the cue sums.

``topics.py`` adds up hand-written cue phrases per topic. On its own it picks the
topic with the highest sum; this module weighs those sums together with the
question's words, word pairs and a few word classes, with weights fitted by
``tools/train_topic_model.py`` (multinomial logistic regression in pure Python)
on the labelled sets not kept back for checking. The weights are numbers in
``data/coach/topic_model.json``; choosing costs a few hundred look-ups.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .normalise import words

#: cue sums are divided by this before they are weighed
CUE_SCALE = 4.0
#: a cue sum at least this high and twice the next is taken as it is
CLEAR_SCORE = 10
#: ... and so is a cue sum this high when no other topic has any cue
SOLE_SCORE = 4


@lru_cache(maxsize=None)
def _data() -> tuple[dict[str, str], dict[str, tuple[float, ...]], tuple[str, ...]]:
    """Word classes, feature -> one weight per topic (in ``topics`` order), and the topics."""
    d = lexicon.load("topic_model")
    classes = {w: name for name, members in d["classes"].items() for w in members}
    topics = tuple(d["topics"])
    by_feature: dict[str, list[float]] = {}
    for k, t in enumerate(topics):
        for f, v in d["weights"].get(t, {}).items():
            by_feature.setdefault(f, [0.0] * len(topics))[k] = v
    return classes, {f: tuple(v) for f, v in by_feature.items()}, topics


@lru_cache(maxsize=None)
def _tables() -> dict[str, dict]:
    """The weights split by kind of feature and keyed by the bare word, pair or class, so
    scoring a question builds no feature names."""
    _, weights, topics = _data()
    out: dict[str, dict] = {"w": {}, "c": {}, "p": {}, "s": {}, "cue": {}, "top": {}}
    for f, row in weights.items():
        kind, _, key = f.partition(":")
        if kind in out:
            out[kind][key] = row
    out["bias"] = {"": weights.get("bias", (0.0,) * len(topics))}
    return out


def features(text: str, total: dict[str, float]) -> dict[str, float]:
    """Feature -> value: words and pairs (1.0 each), classes, and the scaled cue sums."""
    classes, _, topics = _data()
    ws = words(text)[:80]
    out: dict[str, float] = {"bias": 1.0}
    for w in ws:
        out["w:" + w] = 1.0
        c = classes.get(w)
        if c:
            out["c:" + c] = 1.0
    for a, b in zip(ws, ws[1:]):
        out[f"p:{a} {b}"] = 1.0
    if ws:
        out["s:" + ws[0]] = 1.0
    top = max(total.values(), default=0)
    for t in topics:
        v = total.get(t, 0)
        out["cue:" + t] = min(v, 16) / CUE_SCALE
        if v and v == top:
            out["top:" + t] = 1.0
    return out


def scores(text: str, total: dict[str, float]) -> dict[str, float]:
    """Topic -> linear score: the sum of the weights of ``features(text, total)``."""
    classes, _, topics = _data()
    tb = _tables()
    ws = words(text)[:80]
    rows = [tb["bias"][""]]
    seen = set(ws)
    w_rows, c_rows, p_rows = tb["w"], tb["c"], tb["p"]
    rows += [w_rows[w] for w in seen if w in w_rows]
    rows += [c_rows[c] for c in {classes[w] for w in seen if w in classes} if c in c_rows]
    rows += [p_rows[p] for p in {f"{a} {b}" for a, b in zip(ws, ws[1:])} if p in p_rows]
    if ws and ws[0] in tb["s"]:
        rows.append(tb["s"][ws[0]])
    top = max(total.values(), default=0)
    for t in topics:
        v = total.get(t, 0)
        row = tb["cue"].get(t)
        if row is not None and v:
            scale = min(v, 16) / CUE_SCALE
            rows.append(tuple(x * scale for x in row))
        if v and v == top and t in tb["top"]:
            rows.append(tb["top"][t])
    return dict(zip(topics, map(sum, zip(*rows))))


def choose(text: str, total: dict[str, float], always: bool = False) -> str:
    """The best topic for a learning question, or "" to keep the cue sums' answer: when no
    weights are fitted, or (unless ``always``) when one topic's cues are clearly ahead."""
    _, weights, topics = _data()
    if not weights:
        return ""
    top, second = (sorted(total.values(), reverse=True) + [0, 0])[:2]
    if not always and ((top >= CLEAR_SCORE and top >= 2 * second) or (top >= SOLE_SCORE and not second)):
        return ""  # the cues leave no doubt: on the fitted sets the reading almost never differs here
    s = scores(text, total)
    return max(topics, key=lambda t: s[t])


#: with no cue at all, the words must favour another topic by this much over the contact's work
FALLBACK_MARGIN = 4.0


def fallback(text: str, total: dict[str, float], default: str = "role_insight") -> str:
    """The topic of a learning question no cue recognised: ``default`` (the contact's own work and
    field), unless its words clearly point elsewhere."""
    _, weights, topics = _data()
    if not weights:
        return default
    s = scores(text, total)
    best = max(topics, key=lambda t: s[t])
    return best if s[best] - s.get(default, 0.0) >= FALLBACK_MARGIN else default
