"""The setup check: is this computer ready for the course?

Run it in a terminal before a workshop::

    python -m lesson_utils.check

It prints one line per check and what to do about any problem, and exits with
status 1 when something needs fixing. ``00_start_here.ipynb`` shows the same
checks, plus a live widget test that only a browser can do.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass

from . import __version__
from . import browser_mode
from .paths import DATA_DIR_VARIABLE, data_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _version(dist: str) -> str | None:
    from importlib import metadata  # imported here: it is slow, and only the check needs it

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _major(version: str | None) -> int | None:
    try:
        return int(str(version).split(".")[0])
    except ValueError:
        return None


def check_python() -> CheckResult:
    v = sys.version_info
    ok = v >= (3, 10)
    return CheckResult(
        "Python", ok, f"Python {v.major}.{v.minor}.{v.micro}",
        "" if ok else "The course needs Python 3.10 or newer. Ask your instructor or install a newer Python.",
    )


def check_package(dist: str, label: str, major: int, fix: str) -> CheckResult:
    version = _version(dist)
    if version is None:
        return CheckResult(label, False, "not installed", fix)
    ok = _major(version) == major
    return CheckResult(label, ok, f"version {version}", "" if ok else fix)


def check_course() -> CheckResult:
    try:
        from .course import lessons

        n = len(lessons())
    except Exception as exc:  # a broken install must be reported, not raised
        return CheckResult(
            "Course content", False, f"could not be read ({type(exc).__name__})",
            "Reinstall the course: pip install --force-reinstall ask-to-learn (or run make start again).",
        )
    return CheckResult("Course content", True, f"Ask to Learn {__version__}, {n} lessons")


def check_data_folder() -> CheckResult:
    folder = data_dir()
    fix = (
        f"Set the environment variable {DATA_DIR_VARIABLE} to a folder you can write to, "
        "then restart Jupyter."
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".write-check-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return CheckResult("Where your work is saved", False, f"{folder} is not writable ({exc.strerror})", fix)
    return CheckResult("Where your work is saved", True, str(folder))


def check_browser_runtime() -> CheckResult:
    """In the browser, JupyterLab is the page itself: nothing to install."""
    return CheckResult("Where the course runs", True,
                       "in this browser (JupyterLite): nothing to install, and nothing is sent anywhere")


def check_browser_storage(state: str | None = None) -> CheckResult:
    """Where work goes in the browser, and a loud problem when the page cannot keep it."""
    folder = data_dir()
    state = browser_mode.current_storage_state() if state is None else state
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return CheckResult("Where your work is saved", False, f"{folder} cannot be made ({exc.strerror})",
                           "Reload the page. If this stays, ask your instructor.")
    ok, detail, fix = browser_mode.saved_where(state, str(folder))
    return CheckResult("Where your work is saved", ok, detail, fix)


def run_checks(platform: str | None = None, storage: str | None = None) -> list[CheckResult]:
    """All checks; ``platform`` and ``storage`` replace what is probed (for tests)."""
    if browser_mode.in_browser(platform):
        return [check_python(), check_package("ipywidgets", "ipywidgets (the interactive exercises)", 8,
                                              "Reload the page; if this stays, ask your instructor."),
                check_browser_runtime(), check_course(), check_browser_storage(storage)]
    widget_fix = (
        "Install the course's requirements again (make start, or pip install 'ipywidgets>=8,<9'), "
        "then restart Jupyter and reload the page."
    )
    return [
        check_python(),
        check_package("ipywidgets", "ipywidgets (the interactive exercises)", 8, widget_fix),
        check_package(
            "jupyterlab_widgets", "Widget support in JupyterLab", 3, widget_fix,
        ),
        check_package(
            "jupyterlab", "JupyterLab", 4,
            "Install JupyterLab 4 (make start does this), or open the notebooks in the editor your instructor gave you.",
        ),
        check_course(),
        check_data_folder(),
    ]


def format_checks(results: list[CheckResult], in_lesson: bool = False) -> str:
    lines = []
    for r in results:
        mark = "OK     " if r.ok else "PROBLEM"
        lines.append(f"[{mark}] {r.name}: {r.detail}")
        if not r.ok and r.fix:
            lines.append(f"          What to do: {r.fix}")
    problems = sum(not r.ok for r in results)
    if problems:
        lines.append(f"{problems} problem{'s' if problems != 1 else ''} found. Fix {'them' if problems != 1 else 'it'} before the workshop, or show this to your instructor.")
    elif in_lesson or browser_mode.in_browser():  # read in lesson 00 itself: the test is on this page
        lines.append("All checks passed. Try the buttons above.")
    else:
        lines.append(
            "All checks passed. Now open lesson 00 (notebooks/00_start_here.ipynb) and press Try the buttons: "
            "it checks the one thing a terminal cannot, that the course's buttons work in your browser."
        )
    return "\n".join(lines)


def main() -> int:
    results = run_checks()
    print(format_checks(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
