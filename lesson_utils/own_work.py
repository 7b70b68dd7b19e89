"""Only the learner's own work goes into their plan.

The lessons show examples (the running sample learner's notes) and a practice contact (Ruth, in
lesson 6's simulator). A learner may copy an example into a box, or write about the practice
meeting. That is fine for practice, but it must never land in their plan or its export as if it
were theirs. :func:`keep_own` takes the saved values the plan reads and leaves out what is the
course's, with a note in words for each thing left out. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re

from typing import Any

from .content import load_json
from .text import clean

NOTES_ID = "07.1-meeting-notes"
LIST_KEYS = {"07.3-keep-in-touch": "contacts", "05.5-outreach-tracker": "rows"}


def _norm(text: object) -> str:
    return " ".join(clean(text).casefold().split()) if isinstance(text, str) else ""


def _data() -> dict:
    try:
        data = load_json("own_work.json")
        return data if isinstance(data, dict) else {}
    except Exception:  # noqa: BLE001 - without the list, nothing is left out
        return {}


def example(exercise_id: str) -> dict:
    """The example shown for an exercise (a copy), or {}."""
    found = _data().get("examples", {}).get(exercise_id, {})
    return dict(found) if isinstance(found, dict) else {}


def is_practice_contact(name: object) -> bool:
    """True for the simulator's practice contact, written as the lessons write her name."""
    norm = _norm(name).strip(" .,;:")
    if not norm:
        return False
    names = {_norm(n) for n in _data().get("practice_contacts", [])}
    # "Ruth Ferrer, career coach (from the simulator)": the name before a role or a note in brackets
    head = re.split(r"\s*(?:[,;(]|\s[-–—]\s)", norm, maxsplit=1)[0].strip(" .:")
    return norm in names or head in names or bool(re.search(r"\b(?:simulator|practice meeting)\b", norm))


def copied_fields(exercise_id: str, value: object) -> list[str]:
    """The keys of ``value`` whose text is the course's example, word for word."""
    sample = example(exercise_id)
    if not isinstance(value, dict) or not sample:
        return []
    return [k for k, text in sample.items() if _norm(value.get(k)) and _norm(value.get(k)) == _norm(text)]


def keep_own(saved: dict[str, tuple[Any, str]]) -> tuple[dict[str, tuple[Any, str]], list[str]]:
    """(saved values with the course's examples and practice contacts left out, notes in words)."""
    out = dict(saved)
    notes: list[str] = []
    if NOTES_ID in out:
        value, status = out[NOTES_ID]
        if isinstance(value, dict):
            if is_practice_contact(value.get("contact")):
                del out[NOTES_ID]
                notes.append("Your notes in exercise 7.1 are about Ruth, the practice contact in lesson 6, "
                             "so they are left out of your plan. Write notes after a meeting of your own.")
            else:
                copied = copied_fields(NOTES_ID, value)
                if copied:
                    value = {k: v for k, v in value.items() if k not in copied}
                    out[NOTES_ID] = (value, "in_progress")
                    notes.append("Some of your notes in exercise 7.1 are the course's example, word for word, "
                                 "so they are left out of your plan. Write what you learned in your own words.")
    for eid, key in LIST_KEYS.items():
        if eid not in out:
            continue
        value, status = out[eid]
        items = value.get(key) if isinstance(value, dict) else value
        if not isinstance(items, list):
            continue
        kept = [i for i in items if not (isinstance(i, dict) and is_practice_contact(i.get("name")))]
        if len(kept) < len(items):
            out[eid] = ({**value, key: kept} if isinstance(value, dict) else kept, status if kept else "in_progress")
            where = "keep-in-touch plan (7.3)" if eid.startswith("07") else "outreach tracker (5.5)"
            notes.append(f"Ruth, the practice contact in lesson 6, is left out of your {where} in this plan. "
                         "Add the people you really met.")
    return out, notes
