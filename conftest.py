"""Test session set-up: learner data goes to a temporary folder, never the real one.

Set before any kernel starts, so every notebook run by nbval (each in a fresh
kernel) saves into this folder too.
"""

import os
import shutil
import tempfile

# The browser fixtures (one JupyterLab, one Voila and one Chromium per session), for every browser
# test wherever it lives; also marks tests under tests/browser/ as `browser`.
pytest_plugins = ["tests.browser.fixtures"]

_DATA = tempfile.mkdtemp(prefix="ask-to-learn-test-data-")
os.environ["ASK_TO_LEARN_DATA_DIR"] = _DATA


def pytest_unconfigure(config):
    shutil.rmtree(_DATA, ignore_errors=True)
