"""One plain sentence instead of a traceback when a lesson's cell runs before its setup cell.

After a kernel restart (or on reopening a lesson), running an exercise's cell on its own raises
NameError: the names it uses come from the lesson's setup cell. A learner never edits code, so a
NameError always means "run the setup first"; the kernel says exactly that.

Loaded as an IPython extension by the kernel configuration that ``make`` writes into the course's
environment (``python -m lesson_utils.setup_hint``); nothing here imports ipywidgets.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: In short lines: JupyterLab shows an error's text as it is, breaking a long line anywhere (a learner
#: once read "Run All C" and "ells" on two lines).
MESSAGE = ("This cell needs the lesson's setup first.\n"
           "Choose Run → Run All Cells, or run the first\n"
           "code cell of this lesson, then this cell again.\n"
           "Your saved work is safe.")

#: the first line of the kernel configuration this module writes, to know it as ours
MARK = "# Written by python -m lesson_utils.setup_hint (Ask to Learn)"


def _handler(shell, etype, value, tb, tb_offset=None):  # noqa: ARG001 - IPython's signature
    # IPython leaves the showing to a custom handler; the kernel sends it as the cell's error output
    shell._showtraceback(etype, value, [MESSAGE])
    return [MESSAGE]


def load_ipython_extension(ip) -> None:
    """Show :data:`MESSAGE` instead of a NameError's traceback in this kernel."""
    ip.set_custom_exc((NameError,), _handler)


def kernel_config(prefix: str | Path = sys.prefix) -> Path:
    """The IPython kernel configuration of the environment at ``prefix`` (read by every kernel it starts)."""
    return Path(prefix) / "etc" / "ipython" / "ipython_kernel_config.py"


def install(prefix: str | Path = sys.prefix) -> bool:
    """Write the kernel configuration that loads this extension. A configuration someone else
    wrote is left alone (returns False)."""
    path = kernel_config(prefix)
    if path.exists() and not path.read_text(encoding="utf-8").startswith(MARK):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'{MARK}\nc.InteractiveShellApp.extensions = ["lesson_utils.setup_hint"]\n', encoding="utf-8")
    return True


if __name__ == "__main__":
    if not install():
        print(f"{kernel_config()} exists and was not written by the course: left as it is.")
