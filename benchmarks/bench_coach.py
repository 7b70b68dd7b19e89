"""Time the question coach: cold first call, then mean microseconds per question.

    python benchmarks/bench_coach.py [FILE.jsonl ...]

Not a test: prints figures only. Wall-clock and CPU times are both shown,
since a busy machine inflates wall-clock times.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_FILES = [
    ROOT.parent / "shared" / "questions-dev.jsonl",
    ROOT / "tests" / "data" / "questions-own.jsonl",
    ROOT / "tests" / "data" / "questions-own-holdout.jsonl",
]


def load(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [p for p in DEFAULT_FILES if p.exists()]
    ref = time.perf_counter()
    sum(range(10_000_000))
    print(f"machine reference, sum(range(10**7)): {1e3 * (time.perf_counter() - ref):.0f} ms "
          f"(about 100 ms on an idle 3 GHz core; scale the figures below if much slower)")
    if hasattr(__import__("os"), "getloadavg"):
        print(f"load average: {__import__('os').getloadavg()[0]:.1f}")
    t0 = time.perf_counter()
    import lesson_utils.coach as coach
    t1 = time.perf_counter()
    coach.review("What does a typical day look like for you?")
    t2 = time.perf_counter()
    print(f"import lesson_utils.coach: {1e3 * (t1 - t0):.1f} ms")
    print(f"first review (cold: loads data, compiles patterns): {1e3 * (t2 - t1):.1f} ms")
    all_texts: list[str] = []
    for path in files:
        texts = load(path)
        all_texts += texts
        # first pass over a file also compiles the patterns it needs
        t = time.perf_counter()
        for q in texts:
            coach.review(q)
        warm = (time.perf_counter() - t) / len(texts)
        reps = max(5, 20_000 // len(texts))
        best_wall, best_cpu = float("inf"), float("inf")
        for _ in range(3):
            w, c = time.perf_counter(), time.process_time()
            for _ in range(reps):
                for q in texts:
                    coach.review(q)
            n = reps * len(texts)
            best_wall = min(best_wall, (time.perf_counter() - w) / n)
            best_cpu = min(best_cpu, (time.process_time() - c) / n)
        print(f"{path.name}: {len(texts)} questions, first pass {1e6 * warm:.0f} us/q, "
              f"then {1e6 * best_wall:.0f} us/q wall, {1e6 * best_cpu:.0f} us/q CPU "
              f"(best of 3 x {reps} repetitions)")
    if all_texts:
        w = time.perf_counter()
        for _ in range(5):
            for q in all_texts:
                coach.review(q)
        print(f"all {len(all_texts)}: {1e6 * (time.perf_counter() - w) / (5 * len(all_texts)):.0f} us/q wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
