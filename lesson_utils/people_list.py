"""The steps every saved list of people shares: the outreach tracker (lessons 5 and 7) and the
keep-in-touch plan (lesson 7).

An item is a plain dict with a string ``"id"`` made of a letter and a number (``"r3"``, ``"c12"``).
These functions number new items, find one, take one out, put a removed one back where it was, and
build the "Choose a person" list. Nothing here imports ipywidgets, and nothing raises on odd items.
"""

from __future__ import annotations

import re

#: The one entry of the "Choose a person" list while the list is empty.
NOBODY = ("(nobody yet)", "")


def next_id(items: list, prefix: str) -> str:
    """``prefix`` and one more than the highest number used so far (``"r1"`` for an empty list)."""
    pattern = re.compile(re.escape(prefix) + r"\d+")
    used = [int(i["id"][len(prefix):]) for i in items
            if isinstance(i, dict) and isinstance(i.get("id"), str) and pattern.fullmatch(i["id"])]
    return f"{prefix}{max(used, default=0) + 1}"


def find(items: list, item_id: object) -> dict | None:
    """The item with ``item_id``, or None."""
    return next((i for i in items if isinstance(i, dict) and i.get("id") == item_id), None)


def without(items: list, item_id: object) -> list:
    """A new list with every item but the one with ``item_id``."""
    return [i for i in items if not (isinstance(i, dict) and i.get("id") == item_id)]


def put_back(items: list, item: dict, index: int) -> list:
    """A new list with ``item`` back at ``index`` (at the end if the list has grown shorter since)."""
    out = list(items)
    out.insert(max(0, min(index, len(out))), item)
    return out


def choices(items: list, label) -> list[tuple[str, str]]:
    """(label, id) pairs for the "Choose a person" list; :data:`NOBODY` alone when the list is empty."""
    return [(label(i), i["id"]) for i in items] or [NOBODY]


def kept_choice(options: list[tuple[str, str]], wanted: object) -> str:
    """``wanted`` if it is still one of the ``options``, else the first option's id."""
    ids = [value for _, value in options]
    return wanted if wanted in ids else ids[0]
