"""Print the course's performance figures (a benchmark, not a test: nothing here passes or fails).

    python benchmarks/run_all.py            # everything except the venv-size build
    python benchmarks/run_all.py --venv     # also build two throwaway venvs and compare their size
    python benchmarks/run_all.py --only import,coach

Figures and their aims:
  nbval ratio    nbval over all course notebooks / nbval over as many trivial notebooks  (aim <= 1.3)
                 (wall time, best of 3 interleaved runs, NBVAL_REPEATS=N for more; median_ratio is the
                 same for the medians; cpu_ratio for CPU time, kernels included, which other work on the
                 machine disturbs far less)
  import ratio   `import lesson_utils` / `import ipywidgets`, fresh interpreters           (aim <= 1.15)
  coach          mean review time per question over the dev set                           (aim <= 0.5 ms)
  browser        the first click "Add" -> review shown in the drafter (first_ms, aim <= 100 ms),
                 and the median after warm-up
  venv size      course venv / bare jupyterlab + ipywidgets + nbval venv                 (aim <= 1.10)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def timed(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    return time.perf_counter() - start


def timed_cpu(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``cmd`` and everything it started and waited for (the kernels too).

    CPU time moves much less than wall time when other work shares the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = timed(cmd, env=env, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_nbval(repeats: int = int(os.environ.get("NBVAL_REPEATS", 3))) -> dict:
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    tmp = Path(tempfile.mkdtemp(prefix="atl-bench-nbval-"))
    trivial = tmp / "trivial"
    trivial.mkdir()
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": "1"}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i in range(len(notebooks)):
        (trivial / f"t{i:02d}.ipynb").write_text(json.dumps(nb))
    env = dict(os.environ, ASK_TO_LEARN_DATA_DIR=str(tmp / "data"))
    base = [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax", "--nbval-current-env"]
    course, floor = [], []
    for _ in range(repeats):  # interleaved, so both see the same machine load; the best of each is kept
        floor.append(timed_cpu(base + ["--rootdir", str(trivial), str(trivial)], env=env, cwd=trivial))
        course.append(timed_cpu(base + [str(p) for p in notebooks], env=env, cwd=ROOT))
    shutil.rmtree(tmp, ignore_errors=True)
    c, f = min(w for w, _ in course), min(w for w, _ in floor)
    c_cpu, f_cpu = min(u for _, u in course), min(u for _, u in floor)
    return {"notebooks": len(notebooks), "course_s": round(c, 2), "trivial_s": round(f, 2), "ratio": round(c / f, 3),
            "course_cpu_s": round(c_cpu, 2), "trivial_cpu_s": round(f_cpu, 2), "cpu_ratio": round(c_cpu / f_cpu, 3),
            # one fast run of either side moves the best-of ratio: the medians say how steady it is
            "median_ratio": round(statistics.median(w for w, _ in course) / statistics.median(w for w, _ in floor), 3),
            "runs_s": [[round(w, 1) for w, _ in floor], [round(w, 1) for w, _ in course]]}


def import_time(stmt: str, repeats: int = 9) -> float:
    times = []
    for _ in range(repeats):
        out = subprocess.run([PY, "-c", f"import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"],
                             capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def bench_import() -> dict:
    widgets = import_time("import ipywidgets")
    package = import_time("import lesson_utils")
    heaviest = {}
    for mod in sorted((ROOT / "lesson_utils" / "lessons").glob("lesson*.py")):
        heaviest[mod.stem] = import_time(f"import lesson_utils.lessons.{mod.stem}", repeats=5)
    worst = max(heaviest, key=heaviest.get) if heaviest else None
    return {
        "ipywidgets_ms": round(widgets * 1000, 1),
        "lesson_utils_ms": round(package * 1000, 1),
        "ratio": round(package / widgets, 3),
        "slowest_lesson_module": worst,
        "slowest_lesson_module_ms": round(heaviest[worst] * 1000, 1) if worst else None,
        "slowest_lesson_module_ratio": round(heaviest[worst] / widgets, 3) if worst else None,
    }


def bench_coach() -> dict:
    dev = ROOT.parent / "shared" / "questions-dev.jsonl"
    own = ROOT / "tests" / "data" / "questions-own.jsonl"
    texts = []
    for f in (dev, own):
        if f.exists():
            texts += [json.loads(l)["text"] for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
    if not texts:
        return {"skipped": "no question sets found"}
    code = (
        "import json, sys, time\n"
        "texts = json.load(sys.stdin)\n"
        "t = time.perf_counter(); from lesson_utils.coach import review; review(texts[0]); cold = time.perf_counter() - t\n"
        "best = None\n"
        "for _ in range(5):\n"
        "    t = time.perf_counter()\n"
        "    for _ in range(20):\n"
        "        for x in texts: review(x)\n"
        "    dt = (time.perf_counter() - t) / (20 * len(texts))\n"
        "    best = dt if best is None else min(best, dt)\n"
        "print(json.dumps({'cold_ms': cold * 1000, 'per_question_ms': best * 1000, 'questions': len(texts)}))\n"
    )
    out = subprocess.run([PY, "-c", code], input=json.dumps(texts), capture_output=True, text=True)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:]}
    r = json.loads(out.stdout)
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}


def bench_browser() -> dict:
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    import lab_driver  # noqa: E402

    if not lab_driver.find_chromium():
        return {"skipped": "no Chromium"}
    try:
        import drafter_timing  # noqa: E402
    except ImportError:
        return {"skipped": "the drafter timing helper is not there"}
    return drafter_timing.measure()


def du(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def bench_venv() -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="atl-bench-venv-"))
    sizes = {}
    for name, pkgs in (("bare", ["jupyterlab", "ipywidgets", "nbval"]), ("course", [str(ROOT), "nbval"])):
        venv = tmp / name
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *pkgs], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sizes[name] = du(venv)
    shutil.rmtree(tmp, ignore_errors=True)
    return {"bare_mb": round(sizes["bare"] / 1e6, 1), "course_mb": round(sizes["course"] / 1e6, 1),
            "ratio": round(sizes["course"] / sizes["bare"], 3)}


BENCHES = {"import": bench_import, "coach": bench_coach, "nbval": bench_nbval, "browser": bench_browser,
           "venv": bench_venv}
AIMS = {"import": ("ratio", 1.15), "coach": ("per_question_ms", 0.5), "nbval": ("ratio", 1.3),
        "browser": ("first_ms", 100), "venv": ("ratio", 1.10)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated: " + ",".join(BENCHES))
    ap.add_argument("--venv", action="store_true", help="include the venv-size comparison (builds two venvs)")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else [n for n in BENCHES if n != "venv" or args.venv]
    for name in names:
        result = BENCHES[name]()
        key, aim = AIMS[name]
        value = result.get(key)
        verdict = "" if value is None else ("  (meets the aim)" if value <= aim else "  (ABOVE the aim)")
        print(f"{name:8s} {json.dumps(result)}  aim {key} <= {aim}{verdict}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
