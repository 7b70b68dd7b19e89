"""What the scripted simulator (lesson 6.1) and the rehearsal of the asker's own meeting (6.2) share
once a meeting ends: the contact's verdict, its plain-text form, the marks of the turning points,
and the list of finished meetings that is saved.

The two differ only in how they name the contact: the simulator's contact has a name ("Ruth",
"she", "her"), the rehearsal's is "your contact" ("they", "their"). A :class:`Voice` carries that.
Nothing here imports ipywidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The most finished meetings kept in a saved value (the oldest go first).
MAX_RUNS = 20

#: The contact's three answers, in the order they are shown; ``{}`` is "she" or "they".
ANSWER_QUESTIONS = {
    "introduce": "Would {} introduce you to others?",
    "keep_in_touch": "Would {} keep in touch?",
    "refer": "Would {} refer you work?",
}

MARKS = {"helped": "▲", "hurt": "▼"}


@dataclass(frozen=True)
class Verdict:
    ending: str
    title: str
    words: str
    answers: dict
    remarks: tuple
    stats: dict


@dataclass(frozen=True)
class Voice:
    """How the contact is named: ``Voice("Ruth", "she", "her")`` or
    ``Voice("Your contact", "they", "their", "your contact")``."""

    name: str  # at the start of a sentence
    subject: str  # "she", "they"
    possessive: str  # "her", "their"
    inline: str = ""  # the name inside a sentence, when it is written otherwise

    @property
    def in_sentence(self) -> str:
        return self.inline or self.name


def mins(x: float) -> str:
    """Minutes as a person says them: whole minutes (``19`` for 19.02, ``24`` for 24.4, ``20`` for 19.5),
    and ``1`` rather than ``0`` for a moment that has begun."""
    n = int(x + 0.5) if x >= 0 else -int(-x + 0.5)
    return "1" if n == 0 and x > 0 else str(n)


def answer_labels(voice: Voice) -> dict[str, str]:
    return {key: question.format(voice.subject) for key, question in ANSWER_QUESTIONS.items()}


def mark(turning_kind: str) -> str:
    """▲ for a turning point that helped, ▼ for one that hurt, a space for any other turn."""
    return MARKS.get(turning_kind, " ")


def verdict_text(v: Verdict, voice: Voice, stats: list[str]) -> str:
    """The verdict as plain text (the text fallback), with ``stats``, the meeting in numbers."""
    lines = [f"THE ENDING: {v.title}", "", f"{voice.name}'s verdict, in {voice.possessive} own words:", f"“{v.words}”"]
    for key, label in answer_labels(voice).items():
        if key in v.answers:
            lines.append(f"- {label} “{v.answers[key]}”")
    if v.remarks:
        lines += ["", f"What {voice.subject} noticed:"] + [f"- “{x}”" for x in v.remarks]
    lines += ["", "Your meeting in numbers:"] + [f"- {x}" for x in stats]
    return "\n".join(lines)


def transcript_text(lines: list[tuple[str, str]]) -> list[str]:
    """(speaker, text) pairs as lines; a narrator's note (no speaker) in brackets."""
    return [f"   ({text})" if not who else f"{who}: {text}" for who, text in lines]


def saved_runs(saved: object) -> list[dict]:
    """The finished meetings in a saved value, the last :data:`MAX_RUNS` of them; [] for anything odd."""
    runs = saved.get("runs") if isinstance(saved, dict) else None
    return [x for x in runs if isinstance(x, dict)][-MAX_RUNS:] if isinstance(runs, list) else []


def with_run(runs: list, record: dict) -> list[dict]:
    """``runs`` with ``record`` added, the oldest dropped past :data:`MAX_RUNS`."""
    return (list(runs) + [record])[-MAX_RUNS:]


def endings_reached(runs: list, words: dict) -> list[str]:
    """The words for every ending in ``runs``, each once, in alphabetical order ("?" for an unknown one)."""
    return sorted({words.get(x.get("ending"), "?") for x in runs if isinstance(x, dict)})


def latest_endings(runs: list, words: dict, n: int = 5) -> str:
    """The words for the last ``n`` endings, oldest first, joined by commas."""
    return ", ".join(words.get(x.get("ending"), "?") for x in runs[-n:])
