"""The question bank (lesson 4): example questions of each kind, from varied fields.

Content lives in ``data/question_bank.json``; this module only reads and words it.
Nothing here imports ipywidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import load_json
from .coach.labels import TOPIC_LABELS, TOPICS

#: The six kinds of question a prepared asker brings (the order the lesson teaches them),
#: then questions about the contact's own work.
SIX_KINDS: tuple[str, ...] = TOPICS[:6]
ALL_KINDS: tuple[str, ...] = SIX_KINDS + ("role_insight",)

#: The kinds' names are the coach's topic labels.
KIND_LABELS = TOPIC_LABELS


@dataclass(frozen=True)
class Example:
    kind: str
    field: str
    text: str


@dataclass(frozen=True)
class Kind:
    kind: str
    label: str
    about: str
    examples: tuple[Example, ...]


def kinds() -> tuple[Kind, ...]:
    """Every kind in the bank, in teaching order."""
    data = load_json("question_bank.json")
    out = []
    for row in data["kinds"]:
        k = row["kind"]
        out.append(Kind(k, KIND_LABELS.get(k, k), row["about"],
                        tuple(Example(k, e["field"], e["text"]) for e in row["examples"])))
    return tuple(out)


def kind(name: str) -> Kind | None:
    return next((k for k in kinds() if k.kind == name), None)


def examples(name: str | None = None) -> tuple[Example, ...]:
    """The examples of one kind, or of every kind."""
    return tuple(e for k in kinds() if name in (None, k.kind) for e in k.examples)


def format_bank(name: str | None = None) -> str:
    """The bank (or one kind of it) as plain text, for the text fallback."""
    chosen = [k for k in kinds() if name in (None, k.kind)]
    if not chosen:
        known = ", ".join(f'"{k.kind}"' for k in kinds())
        return f"There is no kind called {name!r}. Choose one of: {known}."
    lines = []
    for k in chosen:
        lines.append(f"{k.label}")
        lines.append(f"  {k.about}")
        for e in k.examples:
            lines.append(f"  - {e.text}  ({e.field})")
        lines.append("")
    return "\n".join(lines).rstrip()
