"""Dates as a learner reads them, the same in every lesson: ``5 December 2026`` in sentences and
``5 Dec 2026`` in tables and lists (day, month in words, year: never 12/05 against 05/12). Saved
dates stay ISO (``2026-12-05``)."""

from __future__ import annotations

import datetime as dt


def long_date(d: dt.date) -> str:
    """``5 December 2026`` (no leading zero, on every system)."""
    return f"{d.day} {d:%B %Y}"


def short_date(d: dt.date) -> str:
    """``5 Dec 2026``."""
    return f"{d.day} {d:%b %Y}"


def short_from_iso(value: object) -> str:
    """A saved ISO date as ``5 Dec 2026``; anything else as it is (a text, never an error)."""
    if isinstance(value, str):
        try:
            return short_date(dt.date.fromisoformat(value.strip()))
        except ValueError:
            return value
    return "" if value is None else str(value)


__all__ = ["long_date", "short_date", "short_from_iso"]
