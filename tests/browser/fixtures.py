"""Fixtures for every browser test (loaded for the whole suite by the top-level conftest.py).

One headless Chromium, one JupyterLab server and one Voila server per test session; each test gets
a fresh page (its own browser context) and an empty learner data folder, and its kernels are shut
down after it. When a browser test fails, the page's text and a screenshot's path are printed.

When Chromium or Playwright is missing the tests are skipped with a message, unless
``ASK_TO_LEARN_REQUIRE_BROWSER=1`` (set by .ci/run), which turns the skip into a failure.

Tests under tests/browser/ are marked ``browser`` automatically (``make test-quick`` leaves them out).
"""

from __future__ import annotations

import os
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
    for item in items:
        if BROWSER_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


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
def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
