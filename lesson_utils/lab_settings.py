"""JupyterLab settings the course installs beside itself (``python -m lesson_utils.lab_settings``).

Written into the environment's ``share/jupyter/lab/settings/overrides.json`` by ``make``: no news
toast, every cell rendered (no windowing), no "Select Kernel" dialog, and no autosave, so the course's
notebooks are never saved with outputs behind the learner's back.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # No "Select Kernel" dialog on opening a notebook (it appeared now and then on a busy machine).
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none", "autoStartDefaultKernel": True},
    # Never save a notebook behind the learner's back (outputs in the course files; see config/).
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
}


def write_lab_overrides(prefix: str = sys.prefix) -> Path:
    """Write the settings into the environment at ``prefix``; returns the file written."""
    folder = Path(prefix) / "share" / "jupyter" / "lab" / "settings"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "overrides.json"
    path.write_text(json.dumps(LAB_OVERRIDES, indent=1))
    return path


if __name__ == "__main__":
    write_lab_overrides()
