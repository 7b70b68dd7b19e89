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
