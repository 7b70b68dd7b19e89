"""Fit the topic reading's weights (lesson_utils/data/coach/topic_model.json).

    python tools/train_topic_model.py

Reads only the labelled sets not kept back for checking (the dev set, the
author's own set and the ``-tune`` halves). Each item with a learning topic is
run through the coach up to the point where it weighs topics
(``review.topic_evidence``): the learning units' text and the summed cue
weights. A multinomial logistic regression over words, word pairs, word classes
(tools/topic_classes.json) and the scaled cue sums is fitted by stochastic
gradient descent in a fixed order. In a share of the steps (CUE_DROPOUT) the cue sums
are hidden, so the words carry weight of their own: the cues were written while reading
these very sets and fit them better than they fit new questions. Five-fold
cross-validation prints the accuracy of the cue sums alone beside the fitted reading's.
Run it after tools/train_favour_model.py: it runs the coach, favour scorer included.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

from training_sets import ROOT, files_present, rows  # noqa: E402  (tools/ is the script's folder)

OUT = ROOT / "lesson_utils/data/coach/topic_model.json"
CLASSES = ROOT / "tools/topic_classes.json"
#: share of training steps in which the cue sums are hidden (chosen by cross-validation: 0.976
#: against 0.970 without; it also raised accuracy on the held-back sets)
CUE_DROPOUT = 0.3


def fit(data, topics, l2=1e-4, epochs=40, lr=0.2, cue_dropout=CUE_DROPOUT):
    w = {t: {} for t in topics}
    # every topic weighs the same in total: the favour-heavy sets lean to some topics
    counts = {t: sum(1 for _, y in data if y == t) or 1 for t in topics}
    balance = {t: len(data) / (len(topics) * counts[t]) for t in topics}
    order = list(range(len(data)))
    rng = random.Random(5)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = lr / (1 + 0.1 * epoch)
        for i in order:
            fs, y = data[i]
            if cue_dropout and rng.random() < cue_dropout:
                # the cues were written while reading these very sets, so they fit them better
                # than they will fit new questions: often hide them, so the words carry weight too
                fs = {f: v for f, v in fs.items() if not f.startswith(("cue:", "top:"))}
            z = {t: sum(w[t].get(f, 0.0) * v for f, v in fs.items()) for t in topics}
            m = max(z.values())
            e = {t: math.exp(z[t] - m) for t in topics}
            s = sum(e.values())
            for t in topics:
                g = (e[t] / s - (1.0 if t == y else 0.0)) * balance[y]
                wt = w[t]
                for f, v in fs.items():
                    old = wt.get(f, 0.0)
                    wt[f] = old - step * (g * v + l2 * old)
    return w


def predict(w, topics, fs):
    return max(topics, key=lambda t: sum(w[t].get(f, 0.0) * v for f, v in fs.items()))


def main() -> int:
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = ap.parse_args()
    classes = json.loads(CLASSES.read_text(encoding="utf-8"))
    from lesson_utils.coach import topic_model, topics as cue_topics
    from lesson_utils.coach.labels import TOPICS
    learn_topics = [t for t in TOPICS if t != "none"]
    # read the classes from tools/, not from the shipped file being replaced
    by_word = {w: name for name, members in classes.items() for w in members}
    topic_model._data = lambda: (by_word, {}, tuple(learn_topics))
    from lesson_utils.coach.review import topic_evidence
    data, cue_pred = [], []
    for row in rows():
        if row["topic"] == "none":
            continue
        ev = topic_evidence(row["text"])
        if ev is None:
            continue
        text, total = ev
        data.append((topic_model.features(text, total), row["topic"]))
        cue_pred.append(cue_topics.best(total) or "role_insight")
    print(f"{len(data)} learning items from {files_present()} files")
    idx = list(range(len(data)))
    random.Random(3).shuffle(idx)
    right_cue = right_fit = 0
    for k in range(5):
        test = set(idx[k::5])
        w = fit([data[i] for i in idx if i not in test], learn_topics)
        for i in test:
            right_fit += predict(w, learn_topics, data[i][0]) == data[i][1]
            right_cue += cue_pred[i] == data[i][1]
    print(f"cross-validated accuracy: cue sums alone {right_cue / len(data):.3f}, fitted reading {right_fit / len(data):.3f}")
    w = fit(data, learn_topics)
    w = {t: {f: round(v, 4) for f, v in sorted(ws.items()) if abs(v) >= 0.03} for t, ws in w.items()}
    args.out.write_text(json.dumps({
        "_about": "Weights of the topic reading (lesson_utils/coach/topic_model.py), fitted by "
                  "tools/train_topic_model.py; classes come from tools/topic_classes.json.",
        "classes": classes, "topics": learn_topics, "weights": w,
    }, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {sum(len(v) for v in w.values())} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
