"""Build the course notebooks from their plain-text sources.

Each notebook is written as ``tools/notebook_sources/NN_name.py`` in the
"percent" format, which reads and diffs well:

    # %% [markdown]
    # # A heading
    # Some text.

    # %%
    from lesson_utils.lessons.lesson01 import quiz_widget

Markdown lines start with ``# `` (or are a bare ``#`` for an empty line). The
build writes ``notebooks/NN_name.ipynb`` with no outputs, no execution counts
and the ``python3`` kernelspec.

    python tools/build_notebooks.py          # write every notebook
    python tools/build_notebooks.py --check  # exit 1 if any notebook is out of date
    python tools/build_notebooks.py 04_drafting_questions   # only the named notebook(s)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "tools" / "notebook_sources"
NOTEBOOKS = ROOT / "notebooks"

METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def parse(text: str) -> list[dict]:
    cells: list[dict] = []
    kind, lines, lab_only = None, [], False

    def flush():
        if kind is None:
            return
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        source = "\n".join(lines)
        if kind == "markdown":
            cells.append({"cell_type": "markdown", "metadata": {"tags": [LAB_ONLY_TAG]} if lab_only else {},
                          "source": source})
        else:
            cells.append(
                {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}
            )

    for raw in text.splitlines():
        if raw.startswith("# %%"):
            flush()
            kind = "markdown" if "[markdown]" in raw else "code"
            lab_only = raw.rstrip().endswith(LAB_ONLY_TAG)
            lines = []
            continue
        if kind == "markdown":
            if raw == "#":
                lines.append("")
            elif raw.startswith("# "):
                lines.append(raw[2:])
            elif not raw.strip():
                lines.append("")
            else:
                raise ValueError(f"markdown line without '# ': {raw!r}")
        elif kind == "code":
            lines.append(raw)
    flush()
    fold_plain_copies(cells)
    for n, cell in enumerate(cells):
        cell["id"] = f"cell-{n:02d}"
    return cells


#: Tag of a text cell about JupyterLab itself (running cells, menus, what to do when a widget does not
#: show), written ``# %% [markdown] lab-only`` in a source: the app's template leaves it out.
LAB_ONLY_TAG = "lab-only"

#: Tag of a plain-text copy and of the one line above it that says what it is: folded in JupyterLab,
#: left out by the app's template.
COPY_TAG = "plain-text-copy"


def is_plain_copy(cell: dict) -> bool:
    """A code cell that is only a call to a ``print_...`` function: a copy for screens without buttons."""
    lines = [line for line in cell["source"].splitlines() if line.strip()]
    return cell["cell_type"] == "code" and len(lines) == 1 and lines[0].startswith("print_")


def fold_plain_copies(cells: list[dict]) -> None:
    """Fold each plain-text copy's source (its output folds itself) and tag it with the line above it."""
    for i, cell in enumerate(cells):
        if not is_plain_copy(cell):
            continue
        cell["metadata"] = {"jupyter": {"source_hidden": True}, "tags": [COPY_TAG]}
        if i and cells[i - 1]["cell_type"] == "markdown":
            cells[i - 1]["metadata"] = {"tags": [COPY_TAG]}


def render(source: Path) -> str:
    nb = {"cells": parse(source.read_text(encoding="utf-8")), "metadata": METADATA,
          "nbformat": 4, "nbformat_minor": 5}
    # Written exactly as JupyterLab writes a saved notebook (sorted keys, source split into lines),
    # so saving a lesson in JupyterLab leaves the file as it is in git.
    import nbformat

    return nbformat.writes(nbformat.from_dict(nb), version=4) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    names = {a.removesuffix(".py").removesuffix(".ipynb") for a in argv if not a.startswith("--")}
    stale = []
    for source in sorted(SOURCES.glob("*.py")):
        if names and source.stem not in names:
            continue
        target = NOTEBOOKS / (source.stem + ".ipynb")
        text = render(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(target.name)
            if not check:
                target.write_text(text, encoding="utf-8")
    if check and stale:
        print("Out of date (run python tools/build_notebooks.py):", ", ".join(stale))
        return 1
    if not check:
        print(f"Wrote {len(stale)} notebook(s)." if stale else "All notebooks up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
