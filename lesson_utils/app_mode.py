"""Whether the lessons run in the app (``make app``, Voila) rather than in JupyterLab.

The app hides how the course runs: no plain-text copies, no package names. Nothing here imports
ipywidgets.
"""

from __future__ import annotations

import os

#: Environment variables set in a kernel started by the app (Voila sets the first two itself).
APP_MARKERS = ("VOILA_KERNEL_ID", "VOILA_BASE_URL", "ASK_TO_LEARN_APP")


def in_app() -> bool:
    """True when the lesson runs in the app (Voila), where no plain-text copy is printed."""
    return any(os.environ.get(name) for name in APP_MARKERS)


__all__ = ["APP_MARKERS", "in_app"]
