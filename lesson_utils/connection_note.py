"""Checks for lesson 5's short connection note (a LinkedIn note or other short message) and its subject line.

A connection note is the request of :mod:`request_email` squeezed into about 300 characters.
:func:`check_connection_note` reads it and says, in words, what works and what to fix:

* **length**: characters against the limit (300 on LinkedIn, spaces included), and not so short it says nothing;
* **who you are**: a few words about you;
* **why this person**: who referred you, where you found them, or what in their path made you choose them;
* **a small, specific ask with a time**: 15-30 minutes, as in the request;
* **no favour**: no request for a job or clients (saying honestly that you are looking for work is fine);
* plus the request's notes: leftover ``[placeholders]``, long text, control characters.

:func:`check_subject` gives the checks for a subject line (an InMail or email has one; a connection
note has none). The pieces come from :mod:`request_email` and the question coach; limits and extra
patterns live in ``data/connection_note.json``. Every function takes any text and never raises.
Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .content import load_json
from .favour_words import favour_requests
from .intro import Finding, FindingsMixin, count_words
from .message_checks import TimeWords, collector
from .request_email import (
    _common_notes,
    _compile,
    _favour_and_attachment,
    _first,
    _norm,
    _patterns,
    _placeholders,
    _time_asked,
    minutes_asked,
)
from .request_email import data as request_data
from .text import CHECK_LIMIT, clean, clip, is_blank


def _pleading(text: str) -> bool:
    """The question coach's judgement (imported when first needed: the coach loads on first use)."""
    from .coach.judge import pleading

    return pleading(text)


@lru_cache(maxsize=1)
def data() -> dict:
    return load_json("connection_note.json")


@lru_cache(maxsize=None)
def _own(key: str) -> tuple[re.Pattern, ...]:
    return _compile(data()[key])


def limit() -> int:
    return int(data()["limit_chars"])


def char_count(text: object) -> int:
    """Characters as a message box counts them: everything the learner typed, spaces and line breaks included."""
    return len(clean(text))


@dataclass(frozen=True)
class NoteResult(FindingsMixin):
    findings: tuple[Finding, ...]
    chars: int
    words: int


def _placeholder_re() -> str:
    return request_data()["request"]["placeholder"]


#: What the note's check says about the time asked for.
TIME_WORDS = TimeWords(
    too_long="You ask for about {most} minutes. In a short note, ask for 15-30: a small ask is easy to grant, and "
             "they can always offer more.",
    short="You ask for {most} minutes: easy to grant, but 15-30 leaves room for three or four questions.",
    ok="A small, specific ask ({most} minutes): the reader knows exactly what a yes means.",
    vague="Name the time (\"20 minutes\"), not \"a quick chat\": a specific ask is easier to say yes to.",
    missing="Add a small, specific ask with a time: \"could we talk for 20 minutes?\". Without it, the reader "
            "accepts the connection and nothing happens.",
)


def check_connection_note(text: object) -> NoteResult:
    """Worded checks on a short connection note or LinkedIn message."""
    raw = text
    full = clean(text)
    chars = len(full)
    words = count_words(full[: CHECK_LIMIT * 4])
    s = _norm(text)
    findings, add = collector()
    if is_blank(s):
        add("info", "empty", "Write your note in the box above (or press Start from a template), then press Check "
            "my note.")
        return NoteResult(tuple(findings), chars, words)

    most = limit()
    if chars > most:
        add("fix", "too_long", f"{chars:,} characters: over the {most} a LinkedIn note allows (spaces count). The box "
            f"would cut it off. Cut {chars - most:,} characters: keep who you are, why them and the small ask.")
    elif chars < data()["min_chars"]:
        add("fix", "too_short", f"{chars} characters: too short to say who you are, why them and what you ask for.")
    else:
        add("good", "length_ok", f"{chars} of {most} characters: it fits in a LinkedIn note.")

    own = re.sub(_placeholder_re(), " ", s)
    if _first(_own("who_you_are"), own):
        add("good", "who_you_are", "You say who you are, so a stranger can place you.")
    else:
        add("fix", "who_you_are_missing", "Say who you are in a few words (\"I'm a nurse moving into UX research\"). "
            "A note from someone unknown, with no reason, is easy to ignore.")

    if _first(_patterns("request", "connection"), own) or _first(_patterns("request", "why_them"), own):
        add("good", "why_them", "You say why them (a shared contact, their work, or their path): they can see they "
            "were chosen, not sent a mass message.")
    else:
        add("fix", "why_them_missing", "Say why this person: who referred you, where you found them, or what in "
            "their path made you choose them (\"because you moved from nursing into UX\").")

    _time_asked(add, own, TIME_WORDS)
    _favour_and_attachment(add, s, clean(raw))
    _placeholders(add, s)
    _common_notes(add, [raw], [raw])
    return NoteResult(tuple(findings), chars, words)


def check_subject(subject: object) -> list[Finding]:
    """Checks for a message subject line, such as "Referred by Ana Ruiz: 20 minutes on grant writing?"."""
    s = _norm(subject)
    findings, add = collector()
    if is_blank(s):
        add("info", "subject_none", "No subject: right for a LinkedIn connection note, which has none. An InMail or "
            "an email needs one.")
        return findings
    most = request_data()["request"]["subject_max_words"]
    n = count_words(s)
    hits = [h for h in favour_requests(s) if h.kind != "job_search"]
    if hits:
        add("fix", "subject_favour", f"“{clip(hits[0].phrase, 50)}” in the subject: the reader sees a request for a "
            "favour before anything else. Name the topic and the time instead.")
    if n > most:
        add("fix", "subject_long", f"The subject has {n} words; keep it under {most} so it shows whole on a phone.")
    elif _pleading(s):
        add("fix", "subject_plea", "The subject pleads for help but does not say what you hope to learn. Name the "
            "topic and the time, for example \"20 minutes on UX research?\".")
    elif not hits and not re.search(_placeholder_re(), s):
        add("good", "subject_short", "Short enough to read at a glance.")
    if re.search(_placeholder_re(), s):
        add("fix", "subject_placeholder", "Replace the part in square brackets in the subject with your own words.")
    if minutes_asked(s):
        add("good", "subject_time", "It names the time you ask for, so the reader knows the size of the ask.")
    else:
        add("info", "subject_time_missing", "Consider naming the time in the subject (\"20 minutes on ...?\"): the "
            "reader sees the ask is small before opening it.")
    if _first(_own("subject_connection"), s):
        add("good", "subject_connection", "It starts from your connection: a name they know is the likeliest reason "
            "to open it.")
    else:
        add("info", "subject_connection_missing", "If someone referred you, put their name in the subject "
            "(\"Referred by Ana Ruiz: ...\"): a name they know gets the message opened.")
    return findings


def check_message(subject: object, text: object) -> NoteResult:
    """The note's checks, then the subject's (when there is a note to check)."""
    note = check_connection_note(text)
    if note.codes <= {"empty"}:
        return note
    return NoteResult(note.findings + tuple(check_subject(subject)), note.chars, note.words)


def template() -> str:
    return data()["template"]


def sample() -> dict:
    return dict(data()["sample"])
