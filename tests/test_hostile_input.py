"""Every exercise widget of every lesson, driven with hostile input by setting values and clicking.

Each case must give a clear message or a sensible result: no exception escapes a callback,
learner text is never shown as live HTML, and nothing saved earlier is lost.
"""

from __future__ import annotations

import logging

import ipywidgets as W
import pytest

from lesson_utils.store import Store

from .exercise_harness import build, exercise_cases, walk

HOSTILE = {
    "empty": "",
    "whitespace": " \n\t  \n",
    "huge": ("I would like to learn how you started. " * 2600)[:100_000],
    "script": "<script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "emoji": "🙂🎉👩🏽‍💻 How did you get started? 🚀",
    "rtl": "كيف بدأت في هذا المجال؟ איך התחלת?",
    "control": "How\x00 did\x07 you\x1b[31m start\x7f?\r\n",
}
LIVE_MARKUP = ("<script>alert(1)", "<img src=x onerror")
# Only the cells that build a widget (a text fallback prints instead). Built once here, on the
# session's temporary data folder, just to sort them.
CASES = [c for c in exercise_cases() if build(*c[1:]) is not None]


def _texts(root):
    return [w for w in walk(root) if isinstance(w, (W.Text, W.Textarea))]


def _buttons(root):
    return [w for w in walk(root) if isinstance(w, W.Button) and not w.disabled]


def _html_values(root):
    return [w.value for w in walk(root) if isinstance(w, (W.HTML, W.HTMLMath))]


def _assert_no_live_markup(root, where):
    for value in _html_values(root):
        low = value.lower()
        for bad in LIVE_MARKUP:
            assert bad not in low, f"{where}: learner text shown as live HTML: {value[:200]!r}"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    s = Store(tmp_path)
    s.save("99.1-sentinel", {"kept": "earlier work"}, status="done")
    return s


def test_the_harness_finds_the_exercises():
    assert any(c[2] == "setup_check" for c in CASES)
    assert len(CASES) >= 1


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}:{c[2]}:{'-'.join(map(str, c[3]))[:40]}")
def test_hostile_values_are_handled(case, store, caplog):
    name, module, func, args, kwargs = case
    root = build(module, func, args, kwargs)
    caplog.set_level(logging.WARNING)
    for label, value in HOSTILE.items():
        for box in _texts(root):
            box.value = value  # observers run here: an exception would fail the test
        for b in _buttons(root):
            b.click()
        _assert_no_live_markup(root, f"{func} with {label}")
        # A widget rebuilt on the same store (the learner re-runs the cell) must still come up.
        again = build(module, func, args, kwargs)
        _assert_no_live_markup(again, f"{func} rebuilt after {label}")
    escaped = [r for r in caplog.records if "Exception in callback" in r.getMessage()]
    assert not escaped, escaped[0].getMessage()
    assert store.value("99.1-sentinel") == {"kept": "earlier work"}
    assert not any("could not be read" in n for n in store.take_notices())
    for eid in store.exercise_ids():
        assert store.load(eid) is not None or eid == "99.1-sentinel"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}:{c[2]}:{'-'.join(map(str, c[3]))[:40]}")
def test_very_many_entries(case, store, caplog):
    name, module, func, args, kwargs = case
    root = build(module, func, args, kwargs)
    caplog.set_level(logging.WARNING)
    texts = _texts(root)
    for i in range(60):
        for box in texts:
            box.value = f"Entry {i}: what surprised you most in your first year in this field?"
        for b in _buttons(root):
            b.click()
    escaped = [r for r in caplog.records if "Exception in callback" in r.getMessage()]
    assert not escaped, escaped[0].getMessage()
    assert build(module, func, args, kwargs) is not None


def test_the_checks_can_fail(caplog):
    """A widget that shows learner text unescaped, or whose callback raises, is caught."""
    box = W.Text()
    shown = W.HTML()
    go = W.Button(description="Go")
    box.observe(lambda ch: setattr(shown, "value", ch["new"]), names="value")
    go.on_click(lambda b: 1 / 0)
    root = W.VBox([box, go, shown])
    box.value = HOSTILE["script"]
    with pytest.raises(AssertionError):
        _assert_no_live_markup(root, "probe")
    caplog.set_level(logging.WARNING)
    go.click()
    assert any("Exception in callback" in r.getMessage() for r in caplog.records)
