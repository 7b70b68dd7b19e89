"""The labelled sets the coach's fitted readings are trained on, in one place.

Only the dev set, the author's own set and the ``-tune`` halves: never a ``-check`` half,
the own hold-out or the final sets, which are kept back for measuring.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TRAIN = [
    ROOT.parent / "shared" / "questions-dev.jsonl",
    ROOT / "tests/data/questions-own.jsonl",
    *sorted((ROOT / "tests/data").glob("questions-*-tune.jsonl")),
]


def rows() -> Iterator[dict]:
    """Every labelled item (text, topic, flags) of the training sets that are present."""
    for path in TRAIN:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def files_present() -> int:
    return sum(1 for p in TRAIN if p.exists())
