"""What the lesson modules share for their text fallbacks."""

from __future__ import annotations

from ..store import Store, StoreError


def saved(exercise_id: str, store: Store | None = None):
    """The learner's saved value for ``exercise_id``, or None; problems are printed in words, never raised."""
    try:
        store = store if store is not None else Store()
        value = store.value(exercise_id)
        for note in store.take_notices():
            print("Note:", note)
        return value
    except (StoreError, OSError, ValueError) as exc:
        print("Note: your saved work could not be read:", exc)
        return None
