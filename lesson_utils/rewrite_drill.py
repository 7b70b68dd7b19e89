"""The rewrite drill (lesson 4): closed, vague and favour-asking questions to turn into good ones.

Each rewrite is checked by the question coach: it succeeds when the coach finds nothing to fix,
the question asks to learn (its topic is one of the learning topics), and it stays on the original's
subject (one of the item's topics, or one of its words: a good question about something else is not
a rewrite). Content lives in
``data/rewrite_drill.json``. Nothing here imports ipywidgets. What is saved
(exercise ``04.2-rewrite-drill``):

    {"answers": {item id: str, ...}, "solved": [item id, ...]}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .content import load_json
from .drafter import Entry, make_entry, review_items, text_problem
from .text import clean, clip

KIND_WORDS = {
    "closed": "a closed question, answered with yes, no or one word",
    "vague": "a vague question, too broad to answer",
    "favour": "a favour: it asks for business or a job",
}


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    original: str
    hint: str
    sample: str
    about: str = ""
    topics: tuple[str, ...] = ("*",)
    words: tuple[str, ...] = field(default=())
    was: str = ""  # the id this question had before it was replaced (a saved rewrite carries over)
    #: kinds that ask about something else however the rewrite is worded ("Which conferences would you
    #: recommend for someone new to the field?" is not about the field today): no word rescues them
    elsewhere: tuple[str, ...] = ()

    def on_subject(self, text: str, topic: str) -> bool:
        """Whether a rewrite still asks about what the original was after: the checker's topic is one
        of this item's, or the rewrite has one of its words (at the start of a word)."""
        if "*" in self.topics or topic in self.topics:
            return True
        if topic in self.elsewhere:
            return False
        folded = " ".join(clean(text).casefold().replace("’", "'").split())
        return any(re.search(r"(?<![a-z])" + re.escape(w.casefold()), folded) for w in self.words)

    @property
    def problem(self) -> str:
        return KIND_WORDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class Result:
    item: Item
    text: str
    success: bool
    message: str
    entry: Entry | None = None

    def items(self) -> list[tuple[str, str]]:
        """Worded feedback: the verdict, then the coach's review."""
        head = [("good" if self.success else "fix", self.message)]
        return head + (review_items(self.entry) if self.entry is not None else [])


def items() -> tuple[Item, ...]:
    data = load_json("rewrite_drill.json")
    return tuple(Item(r["id"], r["kind"], r["original"], r["hint"], r["sample"], r.get("about", ""),
                      tuple(r.get("topics", ("*",))), tuple(r.get("words", ())), r.get("was", ""),
                      tuple(r.get("elsewhere", ())))
                 for r in data["items"])


def carried_over(answers: dict) -> dict:
    """Saved rewrites under the drill's current ids: a rewrite saved for a question since replaced
    (``was``) is kept, as the rewrite of the question that took its place."""
    out = dict(answers)
    for it in items():
        if it.was and it.was in out and it.id not in out:
            out[it.id] = out.pop(it.was)
    return out


def done_at() -> int:
    """How many good rewrites mark the drill done."""
    return int(load_json("rewrite_drill.json").get("done_at", len(items())))


def item(item_id: str) -> Item | None:
    return next((i for i in items() if i.id == item_id), None)


def check(it: Item, text: object) -> Result:
    """Check a rewrite of ``it``: success when the coach finds no flag and a learning topic."""
    problem = text_problem(text, "It was not checked")
    if problem:
        if clean(text).strip():
            return Result(it, clean(text), False, problem)
        return Result(it, "", False, "Type your rewrite in the box first, then press Check my rewrite.")
    cleaned = clean(text).strip()
    if " ".join(cleaned.casefold().split()) == " ".join(it.original.casefold().split()):
        return Result(it, cleaned, False,
                      "That is the original question, unchanged. Rewrite it so it opens the conversation up.")
    entry = make_entry(cleaned)
    if entry.good and not it.on_subject(cleaned, entry.topic):
        return Result(it, cleaned, False,
                      f"A good question, but about something else. The original was after {it.about}: "
                      "rewrite it so you would still learn that.")
    if entry.good:
        return Result(it, cleaned, True, "Well done: the checker finds nothing to fix.", entry)
    if entry.flags:
        from .coach import FLAG_LABELS
        still = "; ".join(FLAG_LABELS.get(f, f).lower() for f in entry.flags)
        why = f"Not yet. What the checker still finds to fix: {still}. See below."
    else:
        why = "Not yet: the checker cannot find anything here that you want to learn. Ask about the contact's work."
    return Result(it, cleaned, False, why, entry)


def solved_ids(answers: object) -> tuple[str, ...]:
    """The items whose saved rewrite passes the check (in drill order)."""
    if not isinstance(answers, dict):
        return ()
    answers = carried_over(answers)
    return tuple(i.id for i in items() if isinstance(answers.get(i.id), str) and check(i, answers[i.id]).success)


def progress_text(solved: int, total: int | None = None) -> str:
    total = len(items()) if total is None else total
    need = done_at()
    text = f"{solved} of {total} rewritten well."
    if solved >= need:
        text += " The drill is done" + (": every one of them." if solved == total else f" (it needs {need}).")
    else:
        text += f" The drill is done at {need}."
    return text


def status(solved: int) -> str:
    return "done" if solved >= done_at() else "in_progress"


def to_value(answers: dict) -> dict:
    clean_answers = {i.id: clean(answers[i.id]) for i in items() if isinstance(answers.get(i.id), str)}
    return {"answers": clean_answers, "solved": list(solved_ids(clean_answers))}


def format_drill(answers: object = None) -> str:
    """The drill as plain text: each question, what is wrong, and the saved rewrite checked (if any)."""
    answers = carried_over(answers) if isinstance(answers, dict) else {}
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ"}
    lines = []
    solved = 0
    for n, it in enumerate(items(), 1):
        lines.append(f"{n}. {it.original}   (the problem: {it.problem})")
        lines.append(f"   Hint: {it.hint}")
        text = answers.get(it.id)
        if isinstance(text, str) and clean(text).strip():
            r = check(it, text)
            solved += r.success
            lines.append(f"   Your rewrite: {clip(clean(text).strip(), 200)}")
            for kind, msg in r.items():
                lines.append(f"   {marks.get(kind, 'ℹ')} {msg}")
        else:
            lines.append("   (no rewrite saved yet)")
        lines.append("")
    lines.append(progress_text(solved))
    return "\n".join(lines)
