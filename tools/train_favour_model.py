"""Fit the favour scorer's weights (lesson_utils/data/coach/favour_model.json).

    python tools/train_favour_model.py [--cv]

Training uses only the labelled sets that are not kept back for checking (the
dev set, the author's own set and the ``-tune`` halves); the ``-check`` halves,
the own hold-out and the final set are never read here. Each item is split into
units as the coach splits it. A unit of an item without ``asks_for_favor`` is a
negative. In an item with the flag, the units the favour rules catch are
positives; if the rules catch none, the units the scorer reads at all
(``favour_model.applies``) are, or failing those every unit. The negatives include
learning questions the scorer never reads: they teach it that job words alone are no favour.

The fit is plain L2-regularised logistic regression by gradient descent, with a
fixed order, so the same data gives the same weights. The threshold is the
lowest score at which cross-validated precision, over the training units the
scorer reads (``favour_model.applies``), stays at or above ``--precision``, and
never below 0.5: the scorer only speaks when a favour is the likelier reading.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

from training_sets import ROOT, files_present, rows  # noqa: E402  (tools/ is the script's folder)

OUT = ROOT / "lesson_utils/data/coach/favour_model.json"
CLASSES = ROOT / "tools/favour_classes.json"


def units_of(text: str):
    from lesson_utils.coach.normalise import clean, normalise
    from lesson_utils.coach.parse import parse
    from lesson_utils.coach.review import _mark_acronyms
    display = clean(text)
    norm = normalise(display)
    units = parse(_mark_acronyms(display, norm))
    return units, " ".join(u.full for u in units)


def examples():
    from lesson_utils.coach.favour_model import applies
    from lesson_utils.coach.flags import rule_favour
    out = []
    for row in rows():
        units, item = units_of(row["text"])
        if not units:
            continue
        if "asks_for_favor" not in row["flags"]:
            out += [(u.full, 0) for u in units]
            continue
        caught = [u for u in units if rule_favour(u, item)]
        if caught:
            pos = caught
        else:
            pos = [u for u in units if applies(u.full)] or units
        out += [(u.full, 1) for u in pos]
    return out


def fit(units, features, l2=0.01, epochs=60, lr=0.3):
    data = [(features(t), y) for t, y in units]
    w: dict[str, float] = {}
    n = len(data)
    order = list(range(n))
    rng = random.Random(7)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = lr / (1 + epoch * 0.05)
        for i in order:
            fs, y = data[i]
            z = sum(w.get(f, 0.0) for f in fs)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            for f in fs:
                wf = w.get(f, 0.0)
                w[f] = wf - step * (g + l2 * wf / n * 10)
    return w


def prob(w, fs):
    z = sum(w.get(f, 0.0) for f in fs)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--precision", type=float, default=0.98)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--show", action="store_true", help="list cross-validation errors near the threshold")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = ap.parse_args()
    classes = json.loads(CLASSES.read_text(encoding="utf-8"))
    from lesson_utils.coach import favour_model
    # read the classes from tools/, not from the shipped file being replaced
    by_word = {w: name for name, members in classes.items() for w in members}
    favour_model._classes = lambda: by_word
    data = examples()
    print(f"{len(data)} units, {sum(y for _, y in data)} favour units, from {files_present()} files")
    rng = random.Random(11)
    idx = list(range(len(data)))
    rng.shuffle(idx)
    scored = []
    for k in range(args.folds):
        test = set(idx[k::args.folds])
        w = fit([data[i] for i in idx if i not in test], favour_model.features)
        # scored only where the scorer acts: units it reads at all
        scored += [(prob(w, favour_model.features(data[i][0])), data[i][1], data[i][0]) for i in test
                   if favour_model.applies(data[i][0])]
    scored.sort(reverse=True)
    total_pos = sum(y for _, y, _ in scored)
    threshold, tp, fp = 1.0, 0, 0
    for s, y, _ in scored:
        tp += y
        fp += 1 - y
        if tp / (tp + fp) >= args.precision:
            threshold = s
    if "--show" in sys.argv:
        for s, y, t in scored:
            if (s >= threshold) != bool(y) and s > 0.3:
                print(f"  {'FP' if not y else 'FN'} {s:.2f} {t}")
    tp = sum(1 for s, y, _ in scored if s >= threshold and y)
    fp = sum(1 for s, y, _ in scored if s >= threshold and not y)
    print("(cross-validation scores only the units the scorer reads; the rules answer for the rest)")
    print(f"cross-validated at threshold {threshold:.3f}: precision {tp / max(1, tp + fp):.3f}, "
          f"recall {tp / max(1, total_pos):.3f} ({tp} of {total_pos}, {fp} false)")
    w = fit(data, favour_model.features)
    w = {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.01}
    args.out.write_text(json.dumps({
        "_about": "Weights of the favour scorer (lesson_utils/coach/favour_model.py), fitted by "
                  "tools/train_favour_model.py; classes come from tools/favour_classes.json.",
        "classes": classes, "threshold": round(max(threshold, 0.7), 4), "weights": w,
    }, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(w)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
