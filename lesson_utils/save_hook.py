"""What saving a lesson writes: the notebook as it was shipped, whatever the learner ran or unfolded.

The server configurations (``config/jupyter_server_config.py`` for ``make start`` and the hub's, written
by ``instructors/hub/jupyterhub_config.py``) call these from their pre-save hook, so a save never puts
outputs, widget state or an unfolded copy into a lesson file and ``git pull`` or nbgitpuller never has
to merge. The learner's work is in their data folder, never in the notebooks. Pure: no Jupyter imports.
"""

from __future__ import annotations

import json
from pathlib import Path


def read_notebook(path: object) -> dict | None:
    """The notebook at ``path`` as it is on disk (the shipped lesson), or None: a new file, a damaged
    one, anything unreadable."""
    try:
        nb = json.loads(Path(str(path)).read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 (a save must go on whatever the file on disk holds)
        return None
    return nb if isinstance(nb, dict) and isinstance(nb.get("cells"), list) else None


def _text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _copy(value):
    return json.loads(json.dumps(value))


def clean_for_save(nb: dict, on_disk: dict | None = None) -> None:
    """Make ``nb`` (a notebook as JupyterLab sends it to be saved) what the course file should hold.

    Outputs, execution counts and widget state go, and the kernel's language details shrink to its name.
    Each cell the learner did not edit (same id, kind and text as in ``on_disk``) gets its metadata back
    from disk: running a folded copy unfolds it, and that would otherwise be written into the file. When
    nothing at all was edited, the notebook's own metadata is taken from disk too."""
    metadata = nb.setdefault("metadata", {}) if isinstance(nb.get("metadata", {}), dict) else {}
    metadata.pop("widgets", None)
    if isinstance(metadata.get("language_info"), dict):
        metadata["language_info"] = {"name": metadata["language_info"].get("name", "python")}
    cells = [c for c in nb.get("cells", []) if isinstance(c, dict)]
    for cell in cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if isinstance(cell.get("metadata"), dict):
            cell["metadata"].pop("execution", None)
    if not on_disk:
        return
    shipped = {c.get("id"): c for c in on_disk["cells"] if isinstance(c, dict) and c.get("id")}
    unedited = len(cells) == len(on_disk["cells"])
    for cell in cells:
        old = shipped.get(cell.get("id"))
        if old is not None and old.get("cell_type") == cell.get("cell_type") and _text(old) == _text(cell):
            cell["metadata"] = _copy(old.get("metadata", {}))
        else:
            unedited = False
    if unedited and isinstance(on_disk.get("metadata"), dict):
        nb["metadata"] = _copy(on_disk["metadata"])
