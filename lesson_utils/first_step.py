"""Exercise 8.1, the first step: who you will write to first, and the date you will send your request by.

The saved value (exercise id ``"08.1-next-step"``)::

    {"who": str, "by": "YYYY-MM-DD" | "", "by_note": str}

``by`` is picked on a calendar. Older saves typed it as text ("2026-12-04", "this Friday",
"4 Dec 2026, in the morning"). :func:`migrate` reads any saved value into the shape above and
never drops a word: a date it can read goes into ``by``, and typed text that says more than the
date (or that it cannot read) is kept in ``by_note``, which the exercise shows under the calendar
and the plan shows under the date. Nothing here imports ipywidgets, and nothing raises on odd input.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import clean, clip, is_blank

#: (key, label, placeholder) of the two text boxes; the date itself is picked on a calendar.
FIELDS = (
    ("who", "The first person you will write to (a name, or who they are)",
     "e.g. Priya, my cousin's partner, who moved from nursing into hospital IT"),
    ("by_note", "A note on the timing (optional)",
     "e.g. Friday morning, from the draft in lesson 5"),
)
DATE_LABEL = "The date you will send your request by"
WHO_LIMIT = 300
NOTE_LIMIT = 300
#: How much of an old typed date is read when looking for a date in it.
READ_LIMIT = 200

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = {m.lower(): n for n, m in enumerate(MONTHS, 1)}
_MONTH.update({m[:3].lower(): n for n, m in enumerate(MONTHS, 1)})
_MONTH["sept"] = 9
_MONTH_WORD = r"\b(" + "|".join(sorted(_MONTH, key=len, reverse=True)) + r")\b\.?"

# year-month-day with -, / or . between (ISO and its near relatives), alone or inside other words
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
# 4 December 2026, 4th Dec 2026
_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r",?\s+(\d{4})(?!\d)", re.I)
# December 4, 2026, Dec 4th 2026
_MDY = re.compile(_MONTH_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)
_FILLER = re.compile(r"[\s,.;:()\-–—/]+")


@dataclass(frozen=True)
class Found:
    """A date read from text, and the span of the text it came from."""

    date: dt.date
    start: int
    end: int


def _make(year: str, month: int | str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None


def find_date(text: object) -> Found | None:
    """The first date in ``text`` written year-month-day (``2026-12-04``, ``2026/12/4``,
    ``2026.12.04``) or with the month as a word (``4 December 2026``, ``Dec 4, 2026``).
    Dates such as ``04/12/2026`` are not read: the day and the month could be either way round."""
    if not isinstance(text, str):
        return None
    head = clean(text)[:READ_LIMIT]
    found: list[Found] = []
    for m in _YMD.finditer(head):
        date = _make(m.group(1), m.group(2), m.group(3))
        if date:
            found.append(Found(date, m.start(), m.end()))
            break
    for m in _DMY.finditer(head):
        date = _make(m.group(3), _MONTH[m.group(2).lower()], m.group(1))
        if date:
            found.append(Found(date, m.start(), m.end()))
            break
    for m in _MDY.finditer(head):
        date = _make(m.group(3), _MONTH[m.group(1).lower()], m.group(2))
        if date:
            found.append(Found(date, m.start(), m.end()))
            break
    return min(found, key=lambda f: f.start) if found else None


def parse_date(text: object) -> dt.date | None:
    """The date in ``text`` (see :func:`find_date`), or None."""
    found = find_date(text)
    return found.date if found else None


def to_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or a saved ISO string; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def readable(date: object) -> str:
    """``Friday 4 December 2026``: the same in every language setting of the computer."""
    d = to_date(date)
    if d is None:
        return ""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def migrate(value: object) -> tuple[dict, str]:
    """Any saved value as ``{"who", "by", "by_note"}``, and a notice in words when typed text was
    moved ("" when there is nothing to say). No typed word is dropped: text that is more than a
    date, or that holds no date that can be read, is kept in ``by_note``."""
    if isinstance(value, str):  # a very old shape: one text box
        value = {"who": value}
    if not isinstance(value, dict):
        return {"who": "", "by": "", "by_note": ""}, ""
    who = value.get("who") if isinstance(value.get("who"), str) else ""
    note = value.get("by_note") if isinstance(value.get("by_note"), str) else ""
    raw = value.get("by")
    by = to_date(raw)
    if by is not None or not isinstance(raw, str) or is_blank(raw):
        return {"who": who, "by": by.isoformat() if by else "", "by_note": note}, ""
    typed = raw.strip()
    found = find_date(typed)
    rest = ""
    if found is not None:
        rest = _FILLER.sub(" ", clean(typed)[: found.start] + " " + clean(typed)[found.end:]).strip()
    keep_typed = found is None or bool(rest) or len(clean(typed)) > READ_LIMIT
    if keep_typed and typed not in note:
        note = f"{typed} · {note}" if note.strip() else typed
    new = {"who": who, "by": found.date.isoformat() if found else "", "by_note": note}
    quoted = f"“{clip(typed, 80)}”"
    if found is None:
        notice = (f"You typed {quoted} for the date before this exercise had a calendar. It is kept in the note "
                  "below. Pick the date on the calendar too, so it is easy to check later.")
    elif keep_typed:
        notice = (f"You typed {quoted} for the date before this exercise had a calendar. The date "
                  f"{readable(found.date)} is now on the calendar, and your words are kept in the note below. "
                  "Check the date is right.")
    else:
        notice = (f"You typed {quoted} for the date before this exercise had a calendar. It is now on the "
                  f"calendar as {readable(found.date)}. Check it is right.")
    return new, notice


def is_complete(value: object, today: dt.date | None = None) -> bool:
    """A person and a date: the exercise is done. With ``today`` (when it is saved), a date already
    past is not a plan for a step yet to take, so the step is not done."""
    v, _ = migrate(value)
    if is_blank(v["who"]) or not v["by"] or names_nobody(v["who"]):
        return False
    date = to_date(v["by"])
    return today is None or date is None or date >= today


#: "someone", "somebody in training", "a person at a hotel": nobody the learner could write to tomorrow
_NOBODY = re.compile(r"^(?:some ?one|somebody|anyone|anybody|a person|person|people|a contact|contacts|an? (?:expert|professional|"
                     r"recruiter|manager|person)s?)(?:$|\s+(?:in|from|at|who|working|that|with|doing|on)\b)", re.IGNORECASE)
_SOMEBODY_KNOWN = re.compile(r"\b(?:my|our)\b|'s\b|’s\b", re.IGNORECASE)


def names_nobody(who: str) -> bool:
    """Whether the first person is only "someone" (or "somebody in training"): no name, no relation to the
    learner ("my cousin's partner") and no named place ("someone at Northwind")."""
    text = " ".join(who.split()).strip(" .,!?;:")
    if not _NOBODY.match(text) or _SOMEBODY_KNOWN.search(text):
        return False
    return not any(w[:1].isupper() for w in text.split()[1:])


def check(value: object, today: dt.date | None = None) -> list[tuple[str, str]]:
    """Worded feedback (kind, text) on the first step; never raises."""
    today = today or dt.date.today()
    v, _ = migrate(value)
    who, date, note = v["who"], to_date(v["by"]), v["by_note"]
    if is_blank(who) and date is None and is_blank(note):
        return [("info", "Name the first person you will write to, and pick the date you will send your request by.")]
    items: list[tuple[str, str]] = []
    if is_blank(who):
        items.append(("fix", "Name the person (or describe them) so the step is concrete."))
    elif names_nobody(who):
        items.append(("fix", f"“{' '.join(who.split())[:60]}” could be anybody: name the person, or say who they are "
                             "(“Priya, my cousin's partner, who works in hospital IT”), so you know whom to write to."))
    else:
        items.append(("good", "You know who you will write to first."))
    if date is None:
        if is_blank(note):
            items.append(("fix", "Pick a date on the calendar: a step with a date is far more likely to happen."))
        else:
            items.append(("fix", "Your note on the timing is kept. Pick the date on the calendar too, so it is easy "
                                 "to check later."))
        return items
    if date < today:
        items.append(("fix", f"{readable(date)} has already passed: pick a day in the next week or two."))
    elif (date - today).days > 31:
        items.append(("info", f"{readable(date)} is more than a month away. Sooner keeps the momentum: "
                              "a request takes ten minutes once the plan is ready."))
    else:
        items.append(("good", f"Send it by {readable(date)}. Put it in your calendar now."))
    return items


PLAN_LABELS = {"who": "The first person I will write to", "by": "I will send my request by",
               "by_note": "My note on the timing"}


def plan_fields(value: object, labels: dict | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs for the plan and its export, the date written out in words. An older
    typed date that could not be read is shown as it was typed."""
    labels = {**PLAN_LABELS, **(labels or {})}
    v, _ = migrate(value)
    out = []
    if not is_blank(v["who"]):
        out.append((labels["who"], v["who"].strip()))
    if v["by"]:
        out.append((labels["by"], readable(v["by"])))
    if not is_blank(v["by_note"]):
        out.append((labels["by_note"] if v["by"] else labels["by"], v["by_note"].strip()))
    return out
