"""The course running inside the learner's browser (JupyterLite, Python compiled to WebAssembly).

There, ``sys.platform`` is ``"emscripten"``. Work is saved on the browser's drive (``/drive``),
which JupyterLite keeps in the browser's own storage, so it survives a reload and a browser
restart, on this computer, in this browser only. The drive is kept only when the page comes
from a secure address (https, or localhost / 127.0.0.1); otherwise it lives in memory and is
lost on reload, and the setup check says so loudly.

The decisions are pure functions of plain values (tested with ``sys.platform`` and the probes
replaced); :func:`probe_drive` and :func:`probe_secure_context` read the real browser.
"""

from __future__ import annotations

import sys

#: Where JupyterLite mounts the browser's drive (the lessons sit at its top).
DRIVE = "/drive"
#: The learner's data folder in the browser: a folder next to the lessons.
BROWSER_DATA_DIR = f"{DRIVE}/my_saved_work"

KEPT = "kept"            # the drive is mounted and the page is a secure context
NOT_KEPT = "not_kept"    # no drive, or not a secure context: work is lost on reload
UNKNOWN = "unknown"      # the browser could not be asked


def in_browser(platform: str | None = None) -> bool:
    """True inside JupyterLite's Python (Pyodide)."""
    return (sys.platform if platform is None else platform) == "emscripten"


def storage_state(drive_mounted: bool | None, secure_context: bool | None) -> str:
    """Whether saved work outlives the page: ``KEPT``, ``NOT_KEPT`` or ``UNKNOWN``."""
    if drive_mounted is False or secure_context is False:
        return NOT_KEPT
    if drive_mounted is None or secure_context is None:
        return UNKNOWN
    return KEPT


def saved_where(state: str, folder: str) -> tuple[bool, str, str]:
    """(ok, detail, what to do) for the setup check's "Where your work is saved" line in the browser."""
    if state == KEPT:
        return (True,
                f"in this browser only, on this computer (the folder {folder}). It survives reloading the "
                "page and closing the browser. Clearing this browser's data (history, cookies and site "
                "data) erases it, and another browser or computer does not see it: export your plan in "
                "lesson 8 to keep a copy.", "")
    if state == NOT_KEPT:
        return (False,
                "NOT SAVED: this page keeps your work only in memory. Reloading or closing it loses "
                "everything you type.",
                "Open the course from an address that starts with https:// (or from localhost / "
                "127.0.0.1 on this computer); browsers keep work only for those. Ask your instructor "
                "for that address. Until then, export your plan in lesson 8 before you close the page.")
    return (True,
            f"in this browser only, on this computer (the folder {folder}), if the browser keeps it: "
            "clearing this browser's data erases it. Export your plan in lesson 8 to keep a copy.", "")


def probe_secure_context() -> bool | None:
    """``self.isSecureContext`` of the page (None outside a browser or when it cannot be read)."""
    if not in_browser():
        return None
    try:
        import js  # Pyodide's bridge to the browser

        return bool(js.isSecureContext)
    except Exception:
        return None


def probe_drive() -> bool | None:
    """Whether the browser's drive is mounted at ``/drive`` (None when it cannot be asked)."""
    if not in_browser():
        return None
    import os

    if not os.path.isdir(DRIVE):
        return False
    try:
        import pyodide_js

        node = pyodide_js.FS.lookupPath(DRIVE).node
        return str(node.mount.mountpoint) == DRIVE
    except Exception:
        return None


def current_storage_state() -> str:
    return storage_state(probe_drive(), probe_secure_context())


def settle_kernel(shell=None, jedi_present: bool | None = None) -> bool:
    """Fit the browser's Python to the site; True when something was changed. Never raises.

    The site leaves out jedi (code completion while typing Python, which learners never do), but the
    in-browser kernel asks IPython to complete with jedi. Without it, IPython's own completer is used,
    so pressing Tab in a cell still completes names instead of failing.
    """
    try:
        if jedi_present is None:
            import importlib.util

            jedi_present = importlib.util.find_spec("jedi") is not None
        if jedi_present:
            return False
        if shell is None:
            from IPython import get_ipython

            shell = get_ipython()
        completer = getattr(shell, "Completer", None)
        if completer is None or not getattr(completer, "use_jedi", False):
            return False
        completer.use_jedi = False
        return True
    except Exception:  # an optimisation of the kernel's comfort, never a reason to fail a lesson
        return False
