"""Score exercise 7.2's thank-you checks on labelled notes written by people who never saw them.

    python tools/eval_thank_you.py FILE.jsonl [--errors]

Each line is ``{"note": ..., "specific": bool, "resume_sent": bool, "favour": bool}``. For each label the checker's
reading is: ``specific`` when the "specific" check passes; ``resume_sent`` when the "resume" check asks to leave
the resume out; ``favour`` when the "favour" check says the note asks for something, or the "introduction" check
that it asks for an introduction nobody offered. Prints precision and recall
per label; ``--errors`` lists the notes read wrongly (for training sets only: never study a held-back set).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lesson_utils.thank_you import check_thank_you  # noqa: E402

LABELS = ("specific", "resume_sent", "favour")


def reading(note: str) -> dict[str, bool]:
    checks = {c.key: c.ok for c in check_thank_you(note, 20).checks}
    # the contact offered no introduction here, so asking for one is a new favour (the "introduction" check says so)
    return {"specific": checks.get("specific") is True, "resume_sent": checks.get("resume") is False,
            "favour": checks.get("favour") is False or checks.get("introduction") is False}


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = []
    print(f"{path.name}: {len(rows)} notes")
    counts = {k: [0, 0, 0] for k in LABELS}  # tp, fp, fn
    for row in rows:
        got = reading(row["note"])
        for k in LABELS:
            gold = bool(row[k])
            counts[k][0] += gold and got[k]
            counts[k][1] += got[k] and not gold
            counts[k][2] += gold and not got[k]
            if gold != got[k]:
                errors.append((k, gold, row["note"]))
    for k, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"  {k:12s} precision {p:.3f}  recall {r:.3f}  (labelled {tp + fn}, read {tp + fp})")
    if "--errors" in argv:
        for k, gold, note in errors:
            print(f"- {k}: labelled {gold}, read {not gold}: {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
