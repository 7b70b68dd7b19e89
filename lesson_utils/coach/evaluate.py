"""Score the coach against labelled questions (JSON lines: text, topic, flags)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .labels import FLAGS, TOPICS

OTHER_FLAGS: tuple[str, ...] = tuple(f for f in FLAGS if f != "asks_for_favor")


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(frozen=True)
class Item:
    text: str
    topic: str
    flags: frozenset


@dataclass(frozen=True)
class Result:
    n: int
    topic_accuracy: float
    topics: dict
    flags: dict
    mean_other_f1: float
    errors: tuple  # (item, predicted topic, predicted flags)
    confusion: Counter  # (gold topic, predicted topic) -> count, errors only
    good: int = 0  # items labelled good: a learning topic and no flag
    good_flagged: int = 0  # ... that got some flag (the nag count)
    learning: int = 0  # items asking to learn with no favour (topic not none, no asks_for_favor)
    learning_called_favours: int = 0

    @property
    def nag_rate(self) -> float:
        return self.good_flagged / self.good if self.good else 0.0

    @property
    def favour(self) -> PRF:
        return self.flags["asks_for_favor"]


def load(path: str | Path) -> list[Item]:
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                row = json.loads(line)
                items.append(Item(row["text"], row["topic"], frozenset(row.get("flags", ()))))
    return items


def prf(gold: Iterable[bool], pred: Iterable[bool]) -> PRF:
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        tp += g and p
        fp += p and not g
        fn += g and not p
    return PRF(tp, fp, fn)


def score(items: list[Item], predictions: list[tuple[str, frozenset]]) -> Result:
    """Metrics for ``predictions`` (topic, flags) against ``items``, in order."""
    n = len(items)
    correct = sum(it.topic == p[0] for it, p in zip(items, predictions))
    topics = {t: prf((it.topic == t for it in items), (p[0] == t for p in predictions)) for t in TOPICS}
    flags = {f: prf((f in it.flags for it in items), (f in p[1] for p in predictions)) for f in FLAGS}
    mean_other = sum(flags[f].f1 for f in OTHER_FLAGS) / len(OTHER_FLAGS)
    errors = tuple((it, p[0], p[1]) for it, p in zip(items, predictions) if it.topic != p[0] or it.flags != p[1])
    confusion = Counter((it.topic, p[0]) for it, p in zip(items, predictions) if it.topic != p[0])
    good = [(it, p) for it, p in zip(items, predictions) if it.topic != "none" and not it.flags]
    learning = [(it, p) for it, p in zip(items, predictions) if it.topic != "none" and "asks_for_favor" not in it.flags]
    return Result(n, correct / n if n else 0.0, topics, flags, mean_other, errors, confusion,
                  len(good), sum(1 for _, p in good if p[1]),
                  len(learning), sum(1 for _, p in learning if "asks_for_favor" in p[1]))


def evaluate(items: list[Item], reviewer: Callable | None = None) -> Result:
    if reviewer is None:
        from .review import review as reviewer
    preds = []
    for it in items:
        r = reviewer(it.text)
        preds.append((r.topic, frozenset(r.flags)))
    return score(items, preds)


def report(res: Result, show_errors: bool = False) -> str:
    out = [f"items: {res.n}", f"topic accuracy: {res.topic_accuracy:.3f}", "",
           f"{'topic':<20}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for t, m in res.topics.items():
        out.append(f"{t:<20}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}{m.support:>6}")
    out += ["", f"{'flag':<20}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for f, m in res.flags.items():
        out.append(f"{f:<20}{m.precision:>7.3f}{m.recall:>7.3f}{m.f1:>7.3f}{m.support:>6}")
    fav = res.favour
    out += ["", f"asks_for_favor: precision {fav.precision:.3f}, recall {fav.recall:.3f}, F1 {fav.f1:.3f}",
            f"mean F1 of the other flags ({len(OTHER_FLAGS)}): {res.mean_other_f1:.3f}", "",
            f"good questions that got some flag (nag rate): {res.good_flagged} of {res.good} ({res.nag_rate:.3f})",
            f"learning questions called favours: {res.learning_called_favours} of {res.learning}",
            f"items with any error: {len(res.errors)}"]
    if res.confusion:
        out.append("topic confusions (gold -> predicted: count):")
        for (g, p), c in res.confusion.most_common():
            out.append(f"  {g} -> {p}: {c}")
    flag_err = Counter()
    for it, _, pf in res.errors:
        for f in it.flags - pf:
            flag_err[f"missed {f}"] += 1
        for f in pf - it.flags:
            flag_err[f"extra {f}"] += 1
    if flag_err:
        out.append("flag errors: " + ", ".join(f"{k}: {v}" for k, v in flag_err.most_common()))
    if show_errors:
        out += ["", "errors:"]
        for it, pt, pf in res.errors:
            out.append(f"  {it.text}")
            out.append(f"     gold {it.topic} {sorted(it.flags)}  |  got {pt} {sorted(pf)}")
    return "\n".join(out)
