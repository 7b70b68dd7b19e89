"""Fixtures for every browser test (loaded for the whole suite by the top-level conftest.py).

One headless Chromium, one JupyterLab server and one Voila server per test session; each test gets
a fresh page (its own browser context) and an empty learner data folder, and its kernels are shut
down after it. When a browser test fails, the page's text and a screenshot's path are printed.

Tests that only *read* a lesson after Run All (the smoke checks, axe, the sideways-scroll check) share
one Run All per lesson through ``lab_lesson`` (parametrized ``indirect=True`` with a lesson's name or
path). The tests that share a lesson are run one after the other, and the lesson's page and kernel are
closed as soon as the last of them is done. A test that types, clicks or saves uses ``page`` instead.
Likewise ``app_lesson`` is one lesson rendered once as ``make app`` serves it (``course_app``), for the
tests that only read that app page (the app's words and layout, axe).

When Chromium or Playwright is missing the tests are skipped with a message, unless
``ASK_TO_LEARN_REQUIRE_BROWSER=1`` (set by .ci/run), which turns the skip into a failure.

Tests under tests/browser/ are marked ``browser`` automatically (``make test-quick`` leaves them out).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from . import lab_driver

REQUIRED = os.environ.get("ASK_TO_LEARN_REQUIRE_BROWSER") == "1"
SHOTS = Path(os.environ.get("ASK_TO_LEARN_SCREENSHOTS", lab_driver.ROOT / "screenshots"))
BROWSER_DIR = Path(__file__).resolve().parent


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if not lab_driver.find_chromium():
        return "no Chromium found (on Debian/Ubuntu: apt-get install chromium)"
    return None


def _voila_missing() -> str | None:
    try:
        import voila  # noqa: F401
    except ImportError:
        return "Voila is not installed (pip install -e '.[test]' or '.[app]')"
    return None


def skip_or_fail(why: str) -> None:
    if REQUIRED:
        pytest.fail(f"Browser tests are required here but cannot run: {why}")
    pytest.skip(f"Browser tests skipped: {why}")


def pytest_collection_modifyitems(config, items):
    # Runs before `-m` selects (so `make test-quick` leaves these out).
    for item in items:
        if BROWSER_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


class _GroupSharedLessons:
    """Tests that read the same lesson after one shared Run All run one after the other (see ``lab_lesson``)."""

    @pytest.hookimpl(trylast=True)  # after any other reordering, so the grouping holds
    def pytest_collection_modifyitems(self, config, items):
        items[:] = group_by_shared_lesson(items)


def pytest_configure(config):
    config.pluginmanager.register(_GroupSharedLessons(), "ask-to-learn-shared-lessons")


LITE_TESTS = BROWSER_DIR / "test_lite.py"


def pytest_collection_finish(session):
    """When the in-browser course's tests are to run, start building its site now, in the background:
    the build mostly waits on downloads and tools, and is done long before those tests start."""
    if session.config.option.collectonly or _missing():
        return
    if any(Path(str(item.fspath)).resolve() == LITE_TESTS for item in session.items):
        from . import lite_driver

        lite_driver.start_building()


def pytest_unconfigure(config):
    lite = sys.modules.get(f"{__package__}.lite_driver")
    if lite is not None:
        lite.stop_building()  # a session that ended early does not leave the build running


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        # Read by the page fixtures to explain a failure (unless a failed wait already did).
        item.atl_call_failed = report.failed and "Screenshot:" not in report.longreprtext


def _explain_failure(request, page) -> None:
    if getattr(request.node, "atl_call_failed", False) and not page.is_closed():
        print(f"\n--- {request.node.nodeid} failed; what the browser showed:\n"
              + lab_driver.describe_page(page, request.node.name))


@pytest.fixture(scope="session")
def browser():
    why = _missing()
    if why:
        skip_or_fail(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = lab_driver.launch(p)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def lab(browser):
    """One JupyterLab server for the session (root: the repository)."""
    with lab_driver.Server("lab", lab_driver.ROOT) as server:
        yield server


@pytest.fixture
def page(request, browser, lab):
    """A fresh page on the session's JupyterLab, with an empty learner data folder."""
    if _SHARED is not None:  # a shared lesson's kernel must not see this test's data or shutdowns
        _SHARED.release()
    lab.clear_data()
    pg = lab_driver.new_page(browser)
    try:
        yield pg
    finally:
        _explain_failure(request, pg)
        pg.close()
        lab.shutdown_sessions()


@pytest.fixture(scope="session")
def voila(browser):
    """One Voila server for the session, serving notebooks/ (each page load starts its own kernel)."""
    why = _voila_missing()
    if why:
        if REQUIRED:
            pytest.fail(f"The Voila tests are required here but cannot run: {why}")
        pytest.skip(f"Voila tests skipped: {why}")
    with lab_driver.Server("voila", lab_driver.ROOT / "notebooks") as server:
        yield server


@pytest.fixture
def vpage(request, browser, voila):
    """A fresh page for the session's Voila, with an empty learner data folder."""
    voila.clear_data()
    pg = lab_driver.new_page(browser)
    try:
        yield pg
    finally:
        _explain_failure(request, pg)
        pg.close()


@pytest.fixture(scope="session")
def course_app(browser):
    """The course as `make app` serves it (Voila with the course's template and config/), for the session."""
    why = _voila_missing()
    if why:
        if REQUIRED:
            pytest.fail(f"The app tests are required here but cannot run: {why}")
        pytest.skip(f"App tests skipped: {why}")
    from .course_server import CourseApp

    with CourseApp() as server:
        yield server


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


# ------------------------------------------------------------------ one Run All per lesson, shared
@dataclass
class LessonRun:
    """A lesson opened in JupyterLab after Run All has finished: read it, never type into it."""

    page: object
    notebook: str  # "notebooks/NN_name.ipynb"

    @property
    def stem(self) -> str:
        return Path(self.notebook).stem


def lesson_notebook(lesson) -> str:
    """``notebooks/NN_name.ipynb`` for a lesson given as a path, a file name or a bare name."""
    return f"notebooks/{Path(str(lesson)).stem}.ipynb"


class _SharedPages:
    """One lesson's page kept for as many read-only tests as ask for it in a row.

    Asking for another lesson (or ``release()``) closes the page. A page that failed to open is not
    tried again for the next test of the same lesson: that test fails with the first failure's
    message (which has the page's text and a screenshot). Subclasses say how a lesson is opened
    (``_load``), what its window looks like (``_reset_view``) and what the failure is called.
    """

    failure = "The page"

    def __init__(self, browser, server):
        self.browser, self.server = browser, server
        self.notebook: str | None = None
        self.page = None
        self.error: str | None = None

    def get(self, notebook: str):
        if notebook != self.notebook or (self.error is None and (self.page is None or self.page.is_closed())):
            self._open(notebook)
        if self.error is not None:
            pytest.fail(f"{self.failure} of {notebook} failed earlier in this session for another test sharing it:\n"
                        f"{self.error}", pytrace=False)
        self._reset_view()
        return self.page

    def _open(self, notebook: str) -> None:
        self.release()
        self.server.clear_data()
        self.notebook = notebook
        try:
            self._load(notebook)
        except Exception as exc:
            self.error = str(exc) or type(exc).__name__
            raise

    def _load(self, notebook: str) -> None:
        raise NotImplementedError

    def _reset_view(self) -> None:
        raise NotImplementedError

    def _window(self, width: int) -> None:
        """The size a fresh page has: an earlier test may have grown it for a screenshot."""
        if self.page.viewport_size != {"width": width, "height": 900}:
            self.page.set_viewport_size({"width": width, "height": 900})
            lab_driver.wait_for_js(self.page, f"() => window.innerWidth === {width} && window.innerHeight === 900",
                                   f"the window to be {width} x 900 again", 20)

    def release(self) -> None:
        page, self.page, self.notebook, self.error = self.page, None, None, None
        if page is not None and not page.is_closed():
            page.close()


class SharedLessons(_SharedPages):
    """A lesson opened in JupyterLab after Run All; closing it also shuts its kernel down."""

    failure = "Run All"

    def __init__(self, browser, lab):
        super().__init__(browser, lab)
        self.runs = 0  # how many Run Alls were made (one per lesson when the tests are grouped)

    @property
    def lab(self):
        return self.server

    def _load(self, notebook: str) -> None:
        self.page = lab_driver.new_page(self.browser)
        self.runs += 1
        lab_driver.open_notebook(self.page, self.lab, notebook)
        lab_driver.run_all(self.page)

    def _reset_view(self) -> None:
        self._window(1280)
        lab_driver.scroll_top(self.page)

    def release(self) -> None:
        had_page = self.page is not None
        super().release()
        if had_page:
            self.lab.shutdown_sessions()


class SharedAppLessons(_SharedPages):
    """A lesson rendered as an app page (``make app``'s Voila), 1024 pixels wide (a small laptop),
    opened once every cell has run and every widget view has rendered. Closing the page lets Voila
    shut its kernel down."""

    failure = "The app page"
    WIDTH = 1024

    def __init__(self, browser, app):
        super().__init__(browser, app)
        self.renders = 0

    def _load(self, notebook: str) -> None:
        self.page = lab_driver.new_page(self.browser, width=self.WIDTH)
        self.renders += 1
        name = Path(notebook).name
        self.page.goto(f"{self.server.base}/voila/render/{name}", wait_until="domcontentloaded")
        lab_driver.wait_visible(self.page.locator(".atl-exercise"), f"the exercises of {name}", 120)
        lab_driver.wait_app_rendered(self.page, f"the app page of {name}")

    def _reset_view(self) -> None:
        self._window(self.WIDTH)


_SHARED: SharedLessons | None = None
_SHARED_APP: SharedAppLessons | None = None


def _keep_shared(kind, browser, server):
    """A session's shared pages of one kind, released at the end (and reachable by the teardown hook)."""
    shared = kind(browser, server)
    globals()["_SHARED" if kind is SharedLessons else "_SHARED_APP"] = shared
    try:
        yield shared
    finally:
        shared.release()
        globals()["_SHARED" if kind is SharedLessons else "_SHARED_APP"] = None


def _lesson_run(request, shared):
    notebook = lesson_notebook(request.param)
    run = LessonRun(shared.get(notebook), notebook)
    yield run
    if run.page is not None and not run.page.is_closed():
        _explain_failure(request, run.page)


@pytest.fixture(scope="session")
def shared_lessons(browser, lab):
    yield from _keep_shared(SharedLessons, browser, lab)


@pytest.fixture
def lab_lesson(request, shared_lessons) -> LessonRun:
    """The lesson named by the test's ``indirect=True`` parameter, opened in JupyterLab after Run All
    (one Run All shared by every test of that lesson)."""
    yield from _lesson_run(request, shared_lessons)


@pytest.fixture(scope="session")
def shared_app_lessons(browser, course_app):
    yield from _keep_shared(SharedAppLessons, browser, course_app)


@pytest.fixture
def app_lesson(request, shared_app_lessons) -> LessonRun:
    """The lesson named by the test's ``indirect=True`` parameter, rendered as ``make app`` shows it
    (one render shared by every test of that lesson)."""
    yield from _lesson_run(request, shared_app_lessons)


SHARED_KINDS = ("lab_lesson", "app_lesson")


def shared_lesson_of(item) -> tuple[str, str] | None:
    """(``"lab_lesson"`` or ``"app_lesson"``, the lesson's notebook) for a test that shares one, else None."""
    callspec = getattr(item, "callspec", None)
    if callspec is None:
        return None
    for kind in SHARED_KINDS:
        if kind in callspec.params:
            return kind, lesson_notebook(callspec.params[kind])
    return None


def group_by_shared_lesson(items: list) -> list:
    """The same items, with every test of one shared lesson moved up beside the first of them.

    Everything else keeps its order, so each lesson is opened and run once."""
    groups: dict[str, list] = {}
    order: list = []
    for item in items:
        key = shared_lesson_of(item)
        if key is None:
            order.append([item])
        elif key in groups:
            groups[key].append(item)
        else:
            groups[key] = [item]
            order.append(groups[key])
    return [item for group in order for item in group]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    # Close a shared lesson as soon as the next test does not read it (its kernel and page cost memory).
    key = shared_lesson_of(item)
    if key is not None and (nextitem is None or shared_lesson_of(nextitem) != key):
        shared = _SHARED if key[0] == "lab_lesson" else _SHARED_APP
        if shared is not None:
            shared.release()
