"""Where the learner's work is kept.

The folder is ``$ASK_TO_LEARN_DATA_DIR`` when that variable is set, otherwise the
per-user data folder that :mod:`platformdirs` names for "ask-to-learn". It is
never inside the installed package or the course's own files.

In the browser (JupyterLite, ``sys.platform == "emscripten"``) the default is a folder on
the browser's drive, ``/drive/my_saved_work``, which the browser keeps across reloads; the
per-user folder there would live in memory and vanish with the page.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "ASK_TO_LEARN_DATA_DIR"
APP_NAME = "ask-to-learn"


def data_dir() -> Path:
    """Return the learner data folder (not created here)."""
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    from .browser_mode import BROWSER_DATA_DIR, in_browser

    if in_browser():
        return Path(BROWSER_DATA_DIR)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
