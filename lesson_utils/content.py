"""Load the course's content files (JSON inside the package), once each."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Load ``lesson_utils/data/<name>`` (a relative path with ``/``) as JSON."""
    node = resources.files("lesson_utils").joinpath("data")
    for part in name.split("/"):
        node = node.joinpath(part)
    return json.loads(node.read_text(encoding="utf-8"))
