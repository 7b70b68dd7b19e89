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

#: the halves the hand rules and the two older fitted readings were written and fitted on
OLDER_TUNE = ("independent", "favour-stress", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth", "eleventh")
TRAIN = [
    ROOT.parent / "shared" / "questions-dev.jsonl",
    ROOT / "tests/data/questions-own.jsonl",
    *sorted(ROOT / f"tests/data/questions-{name}-tune.jsonl" for name in OLDER_TUNE),
]
#: sets the rules never saw: the later ``-tune`` halves and the sets written for training. Only the
#: scored model (tools/train_coach_model.py) is fitted on them, so it learns how far the rules hold.
FRESH = [
    *sorted(p for p in (ROOT / "tests/data").glob("questions-*-tune.jsonl") if p not in TRAIN),
    *sorted((ROOT / "tests/data").glob("questions-train-*.jsonl")),
]


def held_back() -> list[Path]:
    """Every set kept for measuring, never for fitting."""
    data = ROOT / "tests/data"
    return [*sorted(data.glob("questions-*-check.jsonl")), *sorted(data.glob("questions-heldout-*.jsonl")),
            data / "questions-own-holdout.jsonl", data / "questions-final.jsonl", data / "questions-final-2.jsonl",
            *sorted(p for p in data.glob("questions-guides*.jsonl") if not p.name.endswith(("-tune.jsonl", "-check.jsonl")))]


def same_text(text: str) -> str:
    """A text reduced to lower-case letters, digits and single spaces, to find repeats."""
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())


def held_back_texts() -> set[str]:
    """Texts of every held-back set: a training item that repeats one is left out, so a familiar
    question quoted in several guides is never both learned and measured."""
    out = set()
    for p in held_back():
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.add(same_text(json.loads(line)["text"]))
    return out


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


def split(src: Path, dest_dir: Path) -> tuple[Path, Path]:
    """Split a newly arrived labelled set into ``-tune`` and ``-check`` halves, deterministically:
    items are ranked by the SHA-1 of their text and dealt alternately (tune, check), each half
    keeping the file's order. Writes ``questions-NAME-tune.jsonl`` and ``...-check.jsonl``."""
    import hashlib
    lines = [ln for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    ranked = sorted(range(len(lines)), key=lambda i: hashlib.sha1(json.loads(lines[i])["text"].encode("utf-8")).hexdigest())
    tune_idx = set(ranked[0::2])
    stem = src.name[: -len(".jsonl")]
    tune, check = dest_dir / f"{stem}-tune.jsonl", dest_dir / f"{stem}-check.jsonl"
    tune.write_text("".join(lines[i] + "\n" for i in range(len(lines)) if i in tune_idx), encoding="utf-8")
    check.write_text("".join(lines[i] + "\n" for i in range(len(lines)) if i not in tune_idx), encoding="utf-8")
    return tune, check


if __name__ == "__main__":  # python tools/training_sets.py NEW_SET.jsonl: split it into tests/data/
    for arg in sys.argv[1:]:
        for out in split(Path(arg), ROOT / "tests/data"):
            print("wrote", out)
