"""JupyterLab settings the course installs beside itself (``python -m lesson_utils.lab_settings``).

Written into the environment's ``share/jupyter/lab/settings/overrides.json`` by ``make`` (and the same
settings are ``config/lab/overrides.json``, which ``make start``'s server configuration reads): no news
toast, every cell rendered (no windowing), no "Select Kernel" dialog, and a lesson's kernel shut down
when its tab closes. Autosave stays on: the server's pre-save hook (``config/jupyter_server_config.py``)
writes a lesson back exactly as shipped, so a save never changes the course's files, and the learner
is not asked "save changes?" each time a tab closes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # No "Select Kernel" dialog on opening a notebook (it appeared now and then on a busy machine).
    # Following "next →" links leaves no trail of running kernels.
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none", "kernelShutdown": True,
                                               "autoStartDefaultKernel": True},
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
