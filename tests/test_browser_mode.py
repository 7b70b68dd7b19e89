"""The course in the browser (JupyterLite, sys.platform == "emscripten"): the pure decisions, table-style,
with sys.platform and the browser probes replaced."""

from __future__ import annotations

import sys

import pytest

from lesson_utils import browser_mode, check, paths
from lesson_utils.browser_mode import KEPT, NOT_KEPT, UNKNOWN


@pytest.mark.parametrize("platform, expected", [
    ("emscripten", True), ("linux", False), ("darwin", False), ("win32", False), ("wasi", False),
])
def test_in_browser(platform, expected):
    assert browser_mode.in_browser(platform) is expected


@pytest.mark.parametrize("drive, secure, expected", [
    (True, True, KEPT),
    (True, False, NOT_KEPT),     # plain http under a name: the drive would be memory only
    (False, True, NOT_KEPT),     # no drive mounted at all
    (False, False, NOT_KEPT),
    (None, True, UNKNOWN),
    (True, None, UNKNOWN),
    (None, False, NOT_KEPT),
    (None, None, UNKNOWN),
])
def test_storage_state(drive, secure, expected):
    assert browser_mode.storage_state(drive, secure) == expected


@pytest.mark.parametrize("state, ok, must_say", [
    (KEPT, True, ["this browser only", "this computer", "Clearing this browser's data", "lesson 8"]),
    (UNKNOWN, True, ["this browser only", "this computer", "erases it", "lesson 8"]),
    (NOT_KEPT, False, ["NOT SAVED", "loses everything"]),
])
def test_saved_where_wording(state, ok, must_say):
    got_ok, detail, fix = browser_mode.saved_where(state, "/drive/my_saved_work")
    assert got_ok is ok
    for words in must_say:
        assert words in detail
    if not ok:
        assert "https://" in fix and "lesson 8" in fix
    assert "host" not in (detail + fix).lower().replace("localhost", "")


@pytest.mark.parametrize("platform, override, expected", [
    ("emscripten", "", "/drive/my_saved_work"),
    ("emscripten", "/drive/elsewhere", "/drive/elsewhere"),
    ("linux", "/tmp/atl-x", "/tmp/atl-x"),
])
def test_data_dir_default_in_the_browser(monkeypatch, platform, override, expected):
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, override)
    assert str(paths.data_dir()) == expected


def test_data_dir_off_the_browser_is_not_the_drive(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE, raising=False)
    assert not str(paths.data_dir()).startswith("/drive")


@pytest.mark.parametrize("storage, problems, words", [
    (KEPT, [], "this browser only"),
    (UNKNOWN, [], "this browser only"),
    (NOT_KEPT, ["Where your work is saved"], "NOT SAVED"),
])
def test_setup_check_in_the_browser(monkeypatch, tmp_path, storage, problems, words):
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "saved"))
    results = check.run_checks(storage=storage)
    names = [r.name for r in results]
    assert "JupyterLab" not in names, "the browser mode never reports a missing JupyterLab"
    assert "Where the course runs" in names
    assert [r.name for r in results if not r.ok] == problems
    saved = next(r for r in results if r.name == "Where your work is saved")
    assert words in saved.detail
    text = check.format_checks(results)
    assert "not installed" not in text and "make start" not in text and "terminal" not in text


def test_setup_check_on_a_computer_still_checks_jupyterlab(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path))
    names = [r.name for r in check.run_checks()]
    assert "JupyterLab" in names and "Where the course runs" not in names


def test_probes_outside_a_browser_say_unknown(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert browser_mode.probe_secure_context() is None
    assert browser_mode.probe_drive() is None


@pytest.mark.parametrize("state, alert", [(NOT_KEPT, True), (KEPT, False), (UNKNOWN, False)])
def test_setup_check_banner(state, alert):
    from lesson_utils.views.setup_check import browser_banner_html

    html = browser_banner_html(state)
    assert ('role="alert"' in html) is alert
    assert ("NOT being saved" in html) is alert
    if not alert:
        assert "this browser only" in html and "lesson 8" in html


def test_setup_check_widget_in_a_non_secure_browser_page(monkeypatch, tmp_path):
    from lesson_utils.store import Store
    from lesson_utils.views import setup_check as view

    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(browser_mode, "current_storage_state", lambda: NOT_KEPT)
    widget = view.setup_check(store=Store(tmp_path))
    assert "NOT being saved" in widget.banner.value
    widget.test_button.click()
    assert "NOT being saved" in widget.answer.value
    assert "JupyterLab" not in widget.table.value


def test_warming_the_coach_needs_no_thread_in_the_browser(monkeypatch):
    import threading

    from lesson_utils.lessons import common

    def no_threads(*args, **kwargs):
        raise RuntimeError("can't start new thread")  # what Pyodide says

    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(threading, "Thread", no_threads)
    monkeypatch.setattr(common, "_warmed", [])
    common.warm_coach()  # must not raise
    assert len(common._warmed) == 1


class _Completer:
    def __init__(self, use_jedi):
        self.use_jedi = use_jedi


class _Shell:
    def __init__(self, use_jedi):
        self.Completer = _Completer(use_jedi)


class _Broken:
    @property
    def Completer(self):
        raise RuntimeError("no completer here")


@pytest.mark.parametrize("shell, jedi_present, changed, use_jedi_after", [
    (_Shell(True), False, True, False),    # the site left jedi out: IPython's own completer is used
    (_Shell(True), True, False, True),     # jedi is there: nothing to change
    (_Shell(False), False, False, False),  # already off
    (object(), False, False, None),        # no completer at all
    (_Broken(), False, False, None),       # a failure is swallowed, never raised into a lesson
])
def test_settle_kernel_turns_jedi_completion_off_only_when_jedi_is_missing(shell, jedi_present, changed,
                                                                          use_jedi_after):
    assert browser_mode.settle_kernel(shell, jedi_present) is changed
    if use_jedi_after is not None:
        assert shell.Completer.use_jedi is use_jedi_after
