"""The shared Run All per lesson (fixtures.lab_lesson): tests of one lesson are grouped, a lesson is run once
for all of them, another lesson or a test with its own page closes it, and a failed Run All is not hidden.

No browser is needed: the page, the server and the driver's two slow steps are stand-ins.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from . import fixtures, lab_driver


def item(name: str, lesson=None, kind: str = "lab_lesson"):
    callspec = SimpleNamespace(params={kind: lesson}) if lesson is not None else None
    return SimpleNamespace(name=name, callspec=callspec)


@pytest.mark.parametrize("given, expected", [
    ("00_start_here", "notebooks/00_start_here.ipynb"),
    ("00_start_here.ipynb", "notebooks/00_start_here.ipynb"),
    (lab_driver.ROOT / "notebooks" / "04_drafting_questions.ipynb", "notebooks/04_drafting_questions.ipynb"),
])
def test_a_lesson_is_named_the_same_however_it_is_given(given, expected):
    assert fixtures.lesson_notebook(given) == expected


@pytest.mark.parametrize("given, expected", [
    # smoke 00, smoke 02, axe 00, axe 02, layout 02: each lesson's tests move up beside its first one
    ([("s0", "00_a.ipynb"), ("s2", "02_b.ipynb"), ("x", None), ("a0", "00_a"), ("a2", "02_b"), ("l2", "02_b")],
     ["s0", "a0", "s2", "a2", "l2", "x"]),
    # tests without a shared lesson keep their order
    ([("x", None), ("y", None), ("z", None)], ["x", "y", "z"]),
    ([("a", "03_c"), ("x", None), ("b", "03_c")], ["a", "b", "x"]),
    ([], []),
])
def test_tests_of_one_lesson_run_one_after_the_other(given, expected):
    items = [item(n, lesson) for n, lesson in given]
    assert [i.name for i in fixtures.group_by_shared_lesson(items)] == expected


def test_a_lesson_in_jupyterlab_and_the_same_lesson_as_an_app_page_are_two_groups():
    items = [item("lab0", "00_a"), item("app0", "00_a", "app_lesson"), item("app2", "02_b", "app_lesson"),
             item("x"), item("axe-app0", "00_a.ipynb", "app_lesson"), item("axe-lab0", "00_a")]
    assert [i.name for i in fixtures.group_by_shared_lesson(items)] == ["lab0", "axe-lab0", "app0", "axe-app0",
                                                                         "app2", "x"]
    assert fixtures.shared_lesson_of(items[0]) != fixtures.shared_lesson_of(items[1])


class FakePage:
    def __init__(self):
        self.closed = False
        self.viewport_size = {"width": 1280, "height": 900}

    def is_closed(self):
        return self.closed

    def close(self):
        self.closed = True


class FakeLab:
    def __init__(self):
        self.shutdowns = 0
        self.clears = 0

    def shutdown_sessions(self):
        self.shutdowns += 1

    def clear_data(self):
        self.clears += 1


@pytest.fixture
def shared(monkeypatch):
    opened = []
    fail_for = set()

    def open_notebook(page, lab, notebook):
        opened.append(notebook)

    def run_all(page):
        if opened[-1] in fail_for:
            raise lab_driver.WaitTimeout("timed out waiting for Run All to finish\nScreenshot: /tmp/x.png")

    monkeypatch.setattr(lab_driver, "new_page", lambda browser: FakePage())
    monkeypatch.setattr(lab_driver, "open_notebook", open_notebook)
    monkeypatch.setattr(lab_driver, "run_all", run_all)
    monkeypatch.setattr(lab_driver, "scroll_top", lambda page: None)
    lessons = fixtures.SharedLessons(browser=None, lab=FakeLab())
    return SimpleNamespace(lessons=lessons, opened=opened, fail_for=fail_for)


def test_one_run_all_serves_every_test_of_a_lesson(shared):
    first = shared.lessons.get("notebooks/00_a.ipynb")
    again = shared.lessons.get("notebooks/00_a.ipynb")
    assert again is first and shared.opened == ["notebooks/00_a.ipynb"] and shared.lessons.runs == 1


def test_another_lesson_closes_the_last_one_and_shuts_its_kernel(shared):
    first = shared.lessons.get("notebooks/00_a.ipynb")
    second = shared.lessons.get("notebooks/02_b.ipynb")
    assert first.closed and not second.closed
    assert shared.lessons.lab.shutdowns == 1
    assert shared.lessons.lab.clears == 2  # each lesson starts from an empty learner data folder


def test_after_a_release_the_lesson_is_run_again(shared):
    first = shared.lessons.get("notebooks/00_a.ipynb")
    shared.lessons.release()  # what a test with its own page does first
    second = shared.lessons.get("notebooks/00_a.ipynb")
    assert first.closed and second is not first and shared.lessons.runs == 2


def test_a_page_grown_for_a_screenshot_is_given_back_at_its_usual_size(shared, monkeypatch):
    page = shared.lessons.get("notebooks/00_a.ipynb")
    page.viewport_size = {"width": 1280, "height": 9000}
    sizes = []
    page.set_viewport_size = lambda size: (sizes.append(size), setattr(page, "viewport_size", size))
    monkeypatch.setattr(lab_driver, "wait_for_js", lambda *a, **k: True)
    assert shared.lessons.get("notebooks/00_a.ipynb") is page
    assert sizes == [{"width": 1280, "height": 900}]


def test_a_failed_run_all_fails_every_test_that_shares_it_without_running_again(shared):
    shared.fail_for.add("notebooks/05_e.ipynb")
    with pytest.raises(lab_driver.WaitTimeout):
        shared.lessons.get("notebooks/05_e.ipynb")
    with pytest.raises(pytest.fail.Exception, match="(?s)Run All of notebooks/05_e.ipynb failed earlier.*Screenshot"):
        shared.lessons.get("notebooks/05_e.ipynb")
    assert shared.opened == ["notebooks/05_e.ipynb"]
    # The next lesson is run as usual.
    assert not shared.lessons.get("notebooks/06_f.ipynb").is_closed()
