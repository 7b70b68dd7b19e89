"""Exercise 7.2's checks measured on thank-you notes written by someone who never saw them (90 notes, labelled
specific / resume sent / favour; ``python tools/eval_thank_you.py FILE``). The set was measured whole on arrival,
then split by the SHA-1 of each note: the -tune half was studied and the checks' readings written from it; the
-check half is only measured, never read note by note.

On arrival (the checks of f45739b), the whole set: specific 0.717 / 0.688 (precision / recall), resume sent
1.000 / 0.562, favour 0.643 / 0.818. The checks before that day's walk (6ad1cce): 0.694 / 0.521, 0.667 / 0.750,
0.643 / 0.818. Now, on the -check half: specific 0.964 / 1.000, resume sent 0.875 / 0.875, favour 0.692 / 0.750
(not good enough: the favour reading is where 7.2 still errs). Asserted at those figures minus 0.05.

A second set of 120 notes by another writer, heavy on hinted favours ("if you ever need a second shooter", "should
any briefs come your way") and near-misses, arrived with the checks of 7c6904e: specific 0.941 / 0.727, resume sent
1.000 / 0.700, favour 0.821 / 0.460. Split the same way; readings from its -tune half (offers of work however light,
work samples sent, "now I know", "thanks for telling me about…", what was done after taking their advice, a thing
named before "blew my mind" or "like you suggested", a note that says it asks nothing). Its -check half, never read:
specific 0.885 / 0.793, resume sent 1.000 / 0.778, favour 0.824 / 0.583: hinted favours in words not seen before
are still missed about four times in ten. The first set's -check half did not move.

A third set of 100 notes, written for training (hinted favours in as many phrasings as the writer could find, and
close calls that ask nothing), arrived with specific 0.902 / 0.673, resume sent 1.000 / 0.867, favour 0.905 /
0.345, and was studied whole (readings: the contact's side "ever" short of hands, free to start, "any chance I
could help out", a word or a nudge put in, a foot in the door, work offered for nothing, something to sell them;
a thing named before "you mentioned" or "we discussed"; "a lot about how…" names what follows). The -check
halves after it, still never read: first set specific 0.900 / 1.000, resume sent 0.875 / 0.875, favour 0.714 /
0.833; second set 0.897 / 0.897, 1.000 / 0.778, favour 0.857 / 0.750.
"""

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))

import eval_thank_you as E  # noqa: E402


def _score(name):
    rows = [json.loads(x) for x in (HERE / "data" / "notes" / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    out = {}
    for k in E.LABELS:
        tp = sum(1 for r in rows if r[k] and E.reading(r["note"])[k])
        fp = sum(1 for r in rows if not r[k] and E.reading(r["note"])[k])
        fn = sum(1 for r in rows if r[k] and not E.reading(r["note"])[k])
        out[k] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
    return len(rows), out


@pytest.mark.parametrize("name, n, floors", [
    ("thankyou-notes-tune.jsonl", 45, {"specific": (0.955, 1.0), "resume_sent": (1.0, 1.0), "favour": (1.0, 1.0)}),
    ("thankyou-notes-check.jsonl", 45, {"specific": (0.900, 1.0), "resume_sent": (0.875, 0.875), "favour": (0.714, 0.833)}),
    ("thankyou-notes-2-tune.jsonl", 60, {"specific": (0.974, 1.0), "resume_sent": (1.0, 0.909), "favour": (1.0, 0.962)}),
    ("thankyou-notes-2-check.jsonl", 60, {"specific": (0.897, 0.897), "resume_sent": (1.0, 0.778), "favour": (0.857, 0.750)}),
    ("thankyou-notes-3-train.jsonl", 100, {"specific": (0.980, 0.909), "resume_sent": (1.0, 0.867), "favour": (1.0, 0.982)}),
])
def test_the_thank_you_checks_hold_their_figures(name, n, floors):
    count, got = _score(name)
    assert count == n
    for label, (p, r) in floors.items():
        assert got[label][0] >= p - 0.05 and got[label][1] >= r - 0.05, (label, got[label])
