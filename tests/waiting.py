"""Waiting on conditions, with timeouts that grow with one setting.

Tests wait for something to become true (a server answers, a file is saved, a page shows a
text), never for a fixed time. ``wait_until`` is the one polling loop: it checks the condition
every ``poll`` seconds and gives up after the timeout, saying what it waited for.

``ASK_TO_LEARN_TEST_TIMEOUT_SCALE`` (default 1) multiplies every timeout: set it to 3 on a slow or
busy machine. Polling intervals do not scale.
"""

from __future__ import annotations

import os
import time
from typing import Callable, TypeVar

T = TypeVar("T")


def _scale() -> float:
    raw = os.environ.get("ASK_TO_LEARN_TEST_TIMEOUT_SCALE", "").strip()
    try:
        value = float(raw) if raw else 1.0
    except ValueError:
        raise ValueError(f"ASK_TO_LEARN_TEST_TIMEOUT_SCALE must be a number, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"ASK_TO_LEARN_TEST_TIMEOUT_SCALE must be above 0, not {raw!r}")
    return value


SCALE = _scale()


def scaled(seconds: float) -> float:
    """A timeout in seconds, multiplied by ASK_TO_LEARN_TEST_TIMEOUT_SCALE."""
    return seconds * SCALE


def scaled_ms(seconds: float) -> float:
    """A timeout for Playwright (milliseconds), given in seconds and scaled."""
    return scaled(seconds) * 1000


class WaitTimeout(AssertionError):
    """A condition did not become true in time. The message says what was awaited and what was seen."""


def wait_until(condition: Callable[[], T], what: str, timeout: float = 30, poll: float = 0.2,
               describe: Callable[[], str] | None = None) -> T:
    """Call ``condition`` until it returns something truthy, and return that.

    ``timeout`` is in seconds before scaling. On timeout raise ``WaitTimeout`` naming ``what``,
    the last value seen, and whatever ``describe()`` adds (for example the page's text and a
    screenshot's path).
    """
    limit = scaled(timeout)
    deadline = time.monotonic() + limit
    last: object = None
    while True:
        last = condition()
        if last:
            return last  # type: ignore[return-value]
        if time.monotonic() >= deadline:
            break
        time.sleep(poll)
    message = f"waited {limit:.0f} s for {what}; last seen: {str(last)[:300]!r}"
    if describe is not None:
        try:
            message += "\n" + describe()
        except Exception as exc:  # the description must never hide the timeout
            message += f"\n(could not describe the state: {exc})"
    raise WaitTimeout(message)
