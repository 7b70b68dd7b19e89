"""Fixtures for the browser tests: one JupyterLab server and one headless Chromium per session.

When Chromium or Playwright is missing the tests are skipped with a message, unless
``ASK_TO_LEARN_REQUIRE_BROWSER=1`` (set by .ci/run), which turns the skip into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from . import lab_driver

REQUIRED = os.environ.get("ASK_TO_LEARN_REQUIRE_BROWSER") == "1"
SHOTS = Path(os.environ.get("ASK_TO_LEARN_SCREENSHOTS", lab_driver.ROOT / "screenshots"))


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    if not lab_driver.find_chromium():
        return "no Chromium found (on Debian/Ubuntu: apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    why = _missing()
    if why:
        if REQUIRED:
            pytest.fail(f"Browser tests are required here but cannot run: {why}")
        pytest.skip(f"Browser tests skipped: {why}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = lab_driver.launch(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def lab(browser):
    with lab_driver.Server("lab", lab_driver.ROOT) as server:
        yield server


@pytest.fixture
def page(browser, lab):
    pg = lab_driver.new_page(browser)
    yield pg
    pg.close()
    lab.shutdown_sessions()


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
