"""The features the coach's scored model weighs, and the model itself.

One item becomes a bag of named features:
- the rules' reading (``rf:``/``rt:``): which flags and topic the hand rules give, and what they
  saw in each unit (a favour family of the contract, an ask the contract allows, small talk,
  a learning request, a closed or vague unit, the contact's private life...);
- the topic cue sums (``cue:``), scaled;
- the parse (``h:``, ``nq:``, ``nu:``, ``len:``): interrogative heads, how many questions and units;
- the words (``w:``, ``p:``, ``s:``) and word classes (``c:``, ``k:``), and the request's
  direction (``d:``): the contact asked to act on the asker ("could you ... me / my ...").

``model.json`` holds one weight table per output: the topic (a weight per topic) and each flag
(one weight, with a threshold chosen when fitting). Scoring sums the weights of the features
present; nothing else happens at run time.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from . import lexicon
from .normalise import words

_REQUEST = re.compile(r"(?<![a-z'])(?:can|could|would|will|might|may)(?: you| u)(?: (?:please|possibly|maybe|perhaps|kindly|ever|also|just))?"
                      r" ([a-z']+)")
_TO_ASKER = re.compile(r"(?<![a-z'])(?:me|my|us|our|mine|myself)(?![a-z'])")
TO_CONTACT = lexicon.TO_CONTACT
_ASKER = re.compile(r"(?<![a-z'])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)(?![a-z'])")


def _len_bucket(n: int) -> str:
    for limit, name in ((3, "1-3"), (6, "4-6"), (12, "7-12"), (25, "13-25")):
        if n <= limit:
            return name
    return "26+"


@lru_cache(maxsize=None)
def _classes() -> tuple[dict[str, str], dict[str, str]]:
    from . import favour_model
    topic = {w: name for name, members in lexicon.load("topic_classes").items() for w in members}
    return favour_model._classes(), topic


def features(a) -> dict[str, float]:
    """Feature -> value for one ``review.Analysis``."""
    out: dict[str, float] = {"bias": 1.0}
    for f in a.rule_flags:
        out["rf:" + f] = 1.0
    out["rt:" + a.rule_topic] = 1.0
    if not a.rule_flags and a.rule_topic != "none":
        out["rf:good"] = 1.0
    top = max(a.total.values(), default=0)
    for t, v in a.total.items():
        if v > 0:
            out["cue:" + t] = min(v, 16) / 4.0
            if v == top:
                out["top:" + t] = 1.0
    questions = [i for i in a.infos if i.unit.question]
    out["nq:" + ("0" if not questions else "1" if len(questions) == 1 else "2+")] = 1.0
    out["nu:" + ("1" if len(a.infos) == 1 else "2" if len(a.infos) == 2 else "3+")] = 1.0
    for i in a.infos:
        u = i.unit
        # how each unit opens ("could i interview", "is yours looking"): a request in a later clause
        uw = words(u.text)[:3]
        if uw:
            out["o:" + " ".join(uw)] = 1.0
            if len(uw) > 1:
                out["o:" + " ".join(uw[:2])] = 1.0
        if u.question:
            out["h:" + (u.head or "-")] = 1.0
            if u.lead:
                out["u:lead"] = 1.0
        if i.family:
            out["u:family:" + i.family] = 1.0
            out["u:family"] = 1.0
        for name in ("favour", "self_focused", "smalltalk", "learning", "closed", "vague", "researchable"):
            if getattr(i, name):
                out["u:" + name] = 1.0
        if i.personal:
            out["u:personal:" + i.personal] = 1.0
            out["u:personal"] = 1.0
    if a.infos and all(i.closed for i in questions) and questions:
        out["u:all_closed"] = 1.0
    from . import contract, favour_model
    for i in a.infos:
        t = i.unit.full
        if contract.not_favour(t):
            out["u:allowed_ask"] = 1.0
        if favour_model.applies(t):
            s = favour_model.score(t)
            out["fm:score"] = max(out.get("fm:score", 0.0), s)
            if s >= 0.5:
                out["fm:high"] = 1.0
    _words(a.marked, out)
    return out


def _words(text: str, out: dict[str, float]) -> None:
    ws = words(text)[:80]
    out["len:" + _len_bucket(len(ws))] = 1.0
    if not ws:
        return
    fav, top = _classes()
    for w in ws:
        out["w:" + w] = 1.0
        c = fav.get(w)
        if c:
            out["c:" + c] = 1.0
        k = top.get(w)
        if k:
            out["k:" + k] = 1.0
    for x, y in zip(ws, ws[1:]):
        out[f"p:{x} {y}"] = 1.0
    out["s:" + ws[0]] = 1.0
    if len(ws) > 1:
        out[f"s2:{ws[0]} {ws[1]}"] = 1.0
    for m in _REQUEST.finditer(text):
        out["d:request"] = 1.0
        out["d:request:" + m.group(1)] = 1.0
        rest = text[m.end():m.end() + 80]
        if _TO_ASKER.search(rest):
            out["d:request>asker"] = 1.0
    if _ASKER.search(text):
        out["d:asker"] = 1.0
    if TO_CONTACT.search(text):
        out["d:contact"] = 1.0


@lru_cache(maxsize=None)
def model() -> dict:
    """The fitted weights: {"topics": [...], "scale": s, "topic": {feature: [w per topic]}, "flags":
    {flag: {"weights": {feature: w}, "threshold": t}}}, each weight stored as a whole number ``s``
    times its value; empty when none are fitted. The file stores it packed (see :func:`unpack`)."""
    try:
        return unpack(lexicon.load("model"))
    except (OSError, KeyError, ValueError, TypeError):
        return {}


def pack(m: dict) -> dict:
    """The model as shipped: every feature name once, in ``features``, and each table as a list in
    that order (the topic rows, 0 where a feature has no row; each flag's weights, 0 where it has none).
    Written this way, the names are not repeated nine times and the file is a third of the size."""
    names = sorted(set(m["topic"]).union(*(spec["weights"] for spec in m["flags"].values())))
    return {
        **{k: v for k, v in m.items() if k not in ("topic", "flags", "_fused")},
        "features": names,
        "topic": [m["topic"].get(n, 0) for n in names],
        "flags": {f: {"threshold": spec["threshold"], "weights": [spec["weights"].get(n, 0) for n in names]}
                  for f, spec in m["flags"].items()},
    }


def unpack(d: dict) -> dict:
    """The inverse of :func:`pack` (a model already in table form is returned as it is)."""
    if "features" not in d:
        return d
    names = d["features"]
    return {
        **{k: v for k, v in d.items() if k not in ("features", "topic", "flags")},
        "topic": {n: row for n, row in zip(names, d["topic"]) if row},
        "flags": {f: {"threshold": spec["threshold"], "weights": {n: w for n, w in zip(names, spec["weights"]) if w}}
                  for f, spec in d["flags"].items()},
    }


def topic_scores(feats: dict[str, float], m: dict) -> dict[str, float]:
    topics = m["topics"]
    sums = [0.0] * len(topics)
    table = m["topic"]
    for f, v in feats.items():
        row = table.get(f)
        if row is not None:
            for k, w in enumerate(row):
                sums[k] += w * v
    scale = m.get("scale", 1)
    return {t: s / scale for t, s in zip(topics, sums)}


def _fused(m: dict) -> tuple[list[str], list[str], dict[str, tuple]]:
    """(topics, flags, {feature: its topic weights then its flag weights}): every weight a feature
    has, behind one look-up. Built once per model and kept beside it."""
    got = m.get("_fused")
    if got is None:
        topics, flags = list(m["topics"]), list(m["flags"])
        nt, width = len(topics), len(topics) + len(flags)
        rows: dict[str, list] = {name: list(row) + [0] * len(flags) for name, row in m["topic"].items()}
        for j, f in enumerate(flags):
            for name, w in m["flags"][f]["weights"].items():
                row = rows.get(name)
                if row is None:
                    row = rows[name] = [0] * width
                row[nt + j] = w
        got = m["_fused"] = (topics, flags, {name: tuple(row) for name, row in rows.items()})
    return got


def scores(feats: dict[str, float], m: dict) -> tuple[dict[str, float], dict[str, float]]:
    """(score per topic, probability per flag) in one pass over the features: the same figures as
    :func:`topic_scores` and :func:`flag_probability`, a feature's weights fetched once."""
    topics, flags, table = _fused(m)
    rows = []
    for f, v in feats.items():
        row = table.get(f)
        if row is not None:
            rows.append(row if v == 1.0 else tuple(w * v for w in row))
    sums = [sum(col) for col in zip(*rows)] if rows else [0.0] * (len(topics) + len(flags))
    scale = m.get("scale", 1)
    nt = len(topics)
    probs = {}
    for j, f in enumerate(flags):
        z = max(-30.0, min(30.0, sums[nt + j] / scale))
        probs[f] = 1.0 / (1.0 + math.exp(-z))
    return {t: sums[k] / scale for k, t in enumerate(topics)}, probs


def flag_probability(feats: dict[str, float], table: dict[str, float], scale: float = 1) -> float:
    """The flag's probability; the table's weights are stored multiplied by ``scale`` (whole numbers
    take less room in the shipped file than decimals)."""
    z = sum(table.get(f, 0.0) * v for f, v in feats.items()) / scale
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
