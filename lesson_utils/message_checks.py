"""What the checks of lesson 5's messages share: the request (:mod:`request_email`) and the short
connection note (:mod:`connection_note`).

* :func:`collector`: the list of findings a check fills, and the function that adds one;
* :func:`time_findings`: the verdict on the time the message asks for (15-30 minutes is the small,
  specific ask every guide recommends), worded by the caller for its kind of message.

Nothing here imports ipywidgets, and nothing raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .intro import Finding

#: The time asked for that guides call a small ask, in minutes.
SHORTEST, LONGEST = 15, 30


def collector() -> tuple[list[Finding], Callable[[str, str, str], None]]:
    """``(findings, add)``: ``add(kind, code, text)`` appends a :class:`Finding` to ``findings``."""
    findings: list[Finding] = []

    def add(kind: str, code: str, text: str) -> None:
        findings.append(Finding(kind, code, text))

    return findings, add


@dataclass(frozen=True)
class TimeWords:
    """What to say about the time asked for; ``{most}`` stands for the minutes asked."""

    too_long: str
    short: str
    ok: str
    vague: str
    missing: str


def time_findings(add, minutes: list[int], vague: bool, words: TimeWords) -> None:
    """One finding on the time asked: ``minutes`` are the amounts the text names, ``vague`` whether
    it asks for time without a number ("a quick chat")."""
    if minutes:
        most = max(minutes)
        if most > LONGEST:
            add("fix", "time_too_long", words.too_long.format(most=most))
        elif most < SHORTEST:
            add("info", "time_short", words.short.format(most=most))
        else:
            add("good", "time_ok", words.ok.format(most=most))
    elif vague:
        add("fix", "time_vague", words.vague)
    else:
        add("fix", "time_missing", words.missing)
