"""The coach's table of pattern openings (data/coach/prefixes.json) is complete and right.

The table saves each lesson kernel the parsing of about 1,200 patterns on the coach's first call.
A pattern missing from it still works (it is worked out as before), but the first call is slower:
rewrite the table with ``python -m lesson_utils.coach.fastre``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lesson_utils.coach import fastre

# Run in a fresh interpreter: the coach's patterns are built once per process, maybe already here.
_PROBE = r"""
import json
from lesson_utils.coach import fastre
seen = {}
orig = fastre.CueSet.__init__
def record(self, named):
    for _, p in named:
        seen[fastre.pattern_key(p)] = p
    orig(self, named)
fastre.CueSet.__init__ = record
from lesson_utils.coach import review
for t in fastre.table_texts()[:400]:
    review(t)
print(json.dumps({"patterns": seen, "misses": len(fastre.table_misses)}))
"""


@pytest.fixture(scope="module")
def probe():
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_every_pattern_the_coach_builds_is_in_the_table(probe):
    assert probe["patterns"], "the probe saw no patterns: the test would prove nothing"
    assert probe["misses"] == 0, (f"{probe['misses']} patterns are missing from {fastre.PREFIX_TABLE.name}: "
                                  "run python -m lesson_utils.coach.fastre")


def test_each_table_entry_is_what_parsing_the_pattern_gives(probe):
    table = json.loads(fastre.PREFIX_TABLE.read_text(encoding="utf-8"))
    wrong = []
    for key, pattern in probe["patterns"].items():
        worked = fastre.work_out_prefixes(pattern)
        if table.get(key, "missing") != (None if worked is None else sorted(worked)):
            wrong.append(pattern[:80])
    assert not wrong, f"{len(wrong)} stale entries, e.g. {wrong[:3]}"


@pytest.mark.parametrize("pattern, expected", [
    ("industry", {"ind"}),
    ("(?:look|looks|looked) up to", {"loo"}),
    ("start(?:ed)? in\\b", {"sta"}),
    ("a|b", None),  # shorter than three characters: not knowable
])
def test_a_pattern_missing_from_the_table_is_worked_out(monkeypatch, pattern, expected):
    monkeypatch.setattr(fastre, "_prefix_table", lambda: {})
    monkeypatch.setattr(fastre, "table_misses", [])
    got = fastre.prefixes(pattern)
    assert (None if got is None else set(got)) == expected
    assert fastre.table_misses == [pattern]


def test_a_table_entry_is_used_without_parsing(monkeypatch):
    monkeypatch.setattr(fastre, "_prefix_table", lambda: {fastre.pattern_key("zzz(?:q)"): ["abc"]})
    monkeypatch.setattr(fastre, "work_out_prefixes", lambda p: pytest.fail("parsed although the table knew it"))
    assert fastre.prefixes("zzz(?:q)") == frozenset({"abc"})
    monkeypatch.setattr(fastre, "_prefix_table", lambda: {fastre.pattern_key("zzz(?:q)"): None})
    assert fastre.prefixes("zzz(?:q)") is None
