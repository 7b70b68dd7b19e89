"""How far two labellers agree on the same questions: the ceiling any coach can be judged against.

``tests/data/agreement/second-labeller.jsonl`` holds 332 guide-style questions (the ``-tune`` halves of
guides-3a, -3b, -4a and -4b and the guide-style training set ``train-guides-3``), labelled a second
time by someone who read only ``shared/question-labels.md`` and the bare texts, shuffled: never the
first labels, the coach or its data. This prints how often the two agree, per topic and per flag.

    python tools/label_agreement.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests/data/agreement/second-labeller.jsonl"


def _read(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def pairs() -> list[tuple[dict, dict]]:
    """(first label, second label) for every item of the second labeller's file."""
    out = []
    for row in _read(SECOND):
        first = {r["text"]: r for r in _read(ROOT / f"tests/data/questions-{row['set']}.jsonl")}
        out.append((first[row["text"]], row))
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


def main() -> int:
    ps = pairs()
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
    print("topic disagreements (first -> second):")
    for (x, y), c in Counter((x, y) for x, y in zip(ta, tb) if x != y).most_common():
        print(f"  {c} {x} -> {y}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
