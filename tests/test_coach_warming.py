"""A lesson cell that uses the coach at once waits for the warming thread instead of building the coach twice."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Count how often the coach's pattern sets are built in a fresh kernel-like process: the lesson's setup
# starts the warming thread, then the cell's coach call runs at once (lesson 4's worked review).
_PROBE = r"""
import json, sys
from lesson_utils.coach import fastre
built = []
orig = fastre.CueSet.__init__
def record(self, named):
    built.append(len(named))
    orig(self, named)
fastre.CueSet.__init__ = record
mode = sys.argv[1]
from lesson_utils.coach import review
if mode == "alone":
    review("How did you find your first clients?")
else:
    from lesson_utils.lessons import common, demos
    common.warm_coach()
    if mode == "wait":
        demos.show_review("Can you refer clients to me?")
    else:
        review("Can you refer clients to me?")
    common.wait_for_coach()
print(json.dumps(len(built)))
"""


def _built(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def once() -> int:
    n = _built("alone")
    assert n > 0
    return n


def test_the_worked_review_waits_for_the_warming_thread(once):
    assert _built("wait") == once


def test_wait_for_coach_returns_at_once_when_nothing_warms():
    from lesson_utils.lessons import common

    saved = list(common._warmed)
    try:
        common._warmed[:] = []
        common.wait_for_coach(timeout=0.01)  # must not raise or block
        common._warmed[:] = [lambda: None]  # the browser's queued warm-up is not a thread
        common.wait_for_coach(timeout=0.01)
    finally:
        common._warmed[:] = saved


class _Events:
    """IPython's event hooks, as a kernel's shell has them."""

    def __init__(self):
        self.callbacks = {"pre_run_cell": [], "post_run_cell": []}

    def register(self, name, fn):
        self.callbacks[name].append(fn)

    def trigger(self, name):
        for fn in list(self.callbacks[name]):
            fn(None)


class _Shell:
    def __init__(self):
        self.events = _Events()


def _warmer(monkeypatch, delay=0.05):
    import threading

    from lesson_utils.lessons import common

    monkeypatch.setattr(common, "WARM_WHEN_IDLE_FOR", delay)
    ran = threading.Event()
    shell = _Shell()
    warmer = common._IdleWarmer(shell, run=ran.set)
    return shell, warmer, ran


def test_the_coach_warms_once_the_cells_have_stopped(monkeypatch):
    shell, warmer, ran = _warmer(monkeypatch)
    warmer.start()  # from the setup cell
    shell.events.trigger("pre_run_cell")  # cells keep running with no pause: nothing warms
    assert not ran.wait(0.2)
    shell.events.trigger("post_run_cell")  # the last cell is done: the kernel is idle
    assert ran.wait(5)
    warmer.wait(5)
    assert warmer.thread is not None


def test_a_batch_run_that_never_pauses_never_warms(monkeypatch):
    shell, warmer, ran = _warmer(monkeypatch, delay=0.3)
    warmer.start()
    for _ in range(5):  # cells run back to back, each starting before the idle delay has passed
        shell.events.trigger("pre_run_cell")
        shell.events.trigger("post_run_cell")
        shell.events.trigger("pre_run_cell")
    assert not ran.wait(0.6)
    assert warmer.thread is None


def test_warm_coach_outside_a_kernel_warms_at_once(monkeypatch):
    from lesson_utils.lessons import common

    monkeypatch.setattr(common, "_warmed", [])
    monkeypatch.setattr(common, "_shell", lambda: None)
    common.warm_coach()
    assert len(common._warmed) == 1
    common.wait_for_coach(30)
    assert not common._warmed[0].is_alive()
