"""The read-aloud timer of exercise 3.1: a stopwatch, and a note on the time against the course's range.

The range is ``intro_seconds`` in ``data/numbers.json`` (20-30 seconds). The stopwatch takes its
clock as an argument, so it can be tested without waiting. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import math
import time
from typing import Callable

from .numbers import numbers

#: Past this, the timer was most likely left running.
LEFT_RUNNING_SECONDS = 600


def intro_range() -> tuple[int, int]:
    low, high = numbers()["intro_seconds"]
    return int(low), int(high)


def say_seconds(seconds: float) -> str:
    """``"1 second"``, ``"23 seconds"``, ``"1 minute 5 seconds"`` (whole seconds, rounded down)."""
    whole = max(0, int(math.floor(seconds))) if isinstance(seconds, (int, float)) and math.isfinite(seconds) else 0
    minutes, secs = divmod(whole, 60)
    sec_words = f"{secs} second{'s' if secs != 1 else ''}"
    if not minutes:
        return sec_words
    min_words = f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{min_words} {sec_words}" if secs else min_words


def timer_message(seconds: object) -> tuple[str, str]:
    """(kind, words) for a read-aloud that took ``seconds``: "good", "fix" or "info"."""
    low, high = intro_range()
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) \
            or seconds < 1:
        return ("info", "Press Start, read your introduction aloud at an easy pace, then press Stop.")
    took = say_seconds(seconds)
    if seconds >= LEFT_RUNNING_SECONDS:
        return ("info", f"The timer ran for {took}. Perhaps it was left running? Press Start to try again.")
    if seconds < low / 2:
        return ("fix", f"{took}: very quick. Did you read all of it? Try again at an easy, calm pace.")
    if seconds < low:
        return ("info", f"{took}: a little under {low}-{high} seconds. That is fine if it says who you are, "
                        "why them and what you hope to learn. A calm pace helps the contact follow you.")
    if seconds < high + 1:
        return ("good", f"{took}: within the {low}-{high} seconds the course suggests. Well done.")
    if seconds < high + 15:
        return ("fix", f"{took}: a little over {high} seconds. Cut one detail about your past, and keep why them "
                       "and what you hope to learn.")
    return ("fix", f"{took}: well over {high} seconds. Keep one sentence each for who you are, what you are "
                   "exploring, why them, and what you hope to learn.")


class Stopwatch:
    """Start, stop and read the elapsed seconds; ``clock`` is any function returning seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.started_at: float | None = None
        self.stopped_after: float = 0.0

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def start(self) -> None:
        self.started_at = self.clock()
        self.stopped_after = 0.0

    def elapsed(self) -> float:
        if self.started_at is None:
            return self.stopped_after
        return max(0.0, self.clock() - self.started_at)

    def stop(self) -> float:
        if self.started_at is not None:
            self.stopped_after = self.elapsed()
            self.started_at = None
        return self.stopped_after
