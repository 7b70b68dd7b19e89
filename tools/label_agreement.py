"""How far two labellers agree on the same questions: the ceiling any coach can be judged against.

``tests/data/agreement/second-labeller.jsonl`` holds 332 guide-style questions (the ``-tune`` halves of
guides-3a, -3b, -4a and -4b and the guide-style training set ``train-guides-3``), labelled a second
time by someone who read only ``shared/question-labels.md`` and the bare texts, shuffled: never the
first labels, the coach or its data. This prints how often the two agree, per topic and per flag.

    python tools/label_agreement.py

``tests/data/agreement/second-labeller-guides.jsonl`` holds every guide quote held back at the time (1,048: guides,
-2, -5 to -9 and the ``-check`` halves of -3a/b and -4a/b), labelled a second time the same way, in two
shuffled halves by two labellers. These are measuring sets, never studied: ``--guides`` prints only
totals, with the coach's figures beside them (its topic against each labeller and against the items both
agree on, and its nags on the questions both call good), never an item. Sets split since (the ``-tune``
halves of guides-5 to -9 are now trained on) count only their ``-check`` halves there.

    python tools/label_agreement.py --guides
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests/data/agreement/second-labeller.jsonl"
SECOND_GUIDES = ROOT / "tests/data/agreement/second-labeller-guides.jsonl"


def _read(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _set_rows(name: str) -> dict[str, dict]:
    """Text -> first label of a set; a set split after its arrival is read from its two halves, each row
    marked ``trained`` when it sits in the ``-tune`` half the model is fitted on."""
    whole = ROOT / f"tests/data/questions-{name}.jsonl"
    if whole.exists():
        return {r["text"]: r for r in _read(whole)}
    rows = {}
    for half in ("tune", "check"):
        for r in _read(ROOT / f"tests/data/questions-{name}-{half}.jsonl"):
            rows[r["text"]] = {**r, "trained": half == "tune"}
    return rows


def pairs(path: Path = SECOND, held_back_only: bool = False) -> list[tuple[dict, dict]]:
    """(first label, second label) for every item of a second labeller's file (with ``held_back_only``,
    only the items no model was fitted on)."""
    out, sets = [], {}
    for row in _read(path):
        if row["set"] not in sets:
            sets[row["set"]] = _set_rows(row["set"])
        first = sets[row["set"]][row["text"]]
        if not (held_back_only and first.get("trained")):
            out.append((first, row))
    return out


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa: agreement beyond what the two labellers' own label rates give by chance."""
    n = len(a)
    seen = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    chance = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (seen - chance) / (1 - chance) if chance < 1 else 1.0


def good(row: dict) -> bool:
    return row["topic"] != "none" and not row["flags"]


def coach_beside(ps: list[tuple[dict, dict]]) -> dict:
    """The coach's figures beside two labellings, as totals only (no item)."""
    from lesson_utils.coach import review
    got = [review(a["text"]) for a, _ in ps]
    n = len(ps)
    agreed = [(g, a) for g, (a, b) in zip(got, ps) if a["topic"] == b["topic"]]
    both_good = [g for g, (a, b) in zip(got, ps) if good(a) and good(b)]
    return {
        "n": n,
        "topic_first": sum(g.topic == a["topic"] for g, (a, _) in zip(got, ps)) / n,
        "topic_second": sum(g.topic == b["topic"] for g, (_, b) in zip(got, ps)) / n,
        "agreed": len(agreed),
        "topic_agreed": sum(g.topic == a["topic"] for g, a in agreed) / len(agreed),
        "good_first": sum(1 for a, _ in ps if good(a)),
        "nags_first": sum(1 for g, (a, _) in zip(got, ps) if good(a) and g.flags),
        "both_good": len(both_good),
        "nags_both_good": sum(1 for g in both_good if g.flags),
    }


def main() -> int:
    guides = "--guides" in sys.argv[1:]
    ps = pairs(SECOND_GUIDES, held_back_only=True) if guides else pairs(SECOND)
    n = len(ps)
    ta, tb = [a["topic"] for a, _ in ps], [b["topic"] for _, b in ps]
    same = sum(x == y for x, y in zip(ta, tb))
    print(f"{n} items; topic agreement {same}/{n} = {same / n:.3f}, Cohen's kappa {kappa(ta, tb):.3f}")
    sure = [(a, b) for a, b in ps if not b.get("unsure")]
    print(f"  on the {len(sure)} the second labeller was sure of: "
          f"{sum(a['topic'] == b['topic'] for a, b in sure) / len(sure):.3f}")
    by_set = Counter(b["set"] for _, b in ps)
    for s in sorted(by_set):
        sub = [(a, b) for a, b in ps if b["set"] == s]
        print(f"  {s}: {sum(a['topic'] == b['topic'] for a, b in sub)}/{len(sub)}")
    print("flags (first labeller / second / both):")
    for flag in sorted({f for a, b in ps for f in (*a["flags"], *b["flags"])}):
        fa = {i for i, (a, _) in enumerate(ps) if flag in a["flags"]}
        fb = {i for i, (_, b) in enumerate(ps) if flag in b["flags"]}
        print(f"  {flag}: {len(fa)} / {len(fb)} / {len(fa & fb)}")
    ga = [i for i, (a, _) in enumerate(ps) if good(a)]
    flagged = sum(1 for i in ga if ps[i][1]["flags"])
    print(f"good to the first labeller and flagged by the second: {flagged} of {len(ga)}")
    if guides:
        c = coach_beside(ps)
        print(f"the coach: topic {c['topic_first']:.3f} against the first labeller, {c['topic_second']:.3f} against "
              f"the second, {c['topic_agreed']:.3f} on the {c['agreed']} items both gave the same topic")
        print(f"  good questions flagged: {c['nags_first']} of the first labeller's {c['good_first']}; "
              f"{c['nags_both_good']} of the {c['both_good']} both labellers call good")
        return 0
    print("topic disagreements (first -> second):")
    for (x, y), c in Counter((x, y) for x, y in zip(ta, tb) if x != y).most_common():
        print(f"  {c} {x} -> {y}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
