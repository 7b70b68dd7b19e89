"""A keep-in-touch plan: who you met, what you promised, and when to write again.

Guides suggest writing every few months, or up to three times a year, each time
with a reason: advice you followed and how it went, news (above all when you land
a role), an article or event they would find useful, or congratulations on theirs.
This module turns a meeting date into suggested dates, and manages a list of
contacts (add, edit, remove) with sensible limits. Nothing here imports ipywidgets.

A contact is plain data (that is what is saved)::

    {"id": "c1", "name": "Ruth Ferrer", "met_on": "2026-11-27",
     "promised": "Read the book she suggested", "every": 4}
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .dates import long_date, short_date, short_from_iso
from .own_work import is_practice_contact
from .people_list import find, next_id, without
from .text import clean, clip, is_blank

MAX_CONTACTS = 60  # as many as the outreach tracker keeps
NAME_LIMIT = 80
PROMISE_LIMIT = 300
#: How many letters after the thank-you the plan suggests.
TOUCHES = 3
#: Choices for how often to write: months -> words.
EVERY = {3: "every 3 months", 4: "every 4 months (three times a year)", 6: "every 6 months"}
DEFAULT_EVERY = 4

REASONS = (
    ("advice", "Tell them which piece of their advice you followed, and how it went."),
    ("article", "Send something useful to them (an article, an event, a talk) with one line on why you thought of them."),
    ("news", "Share your news (tell them when you land a role), and congratulate them on theirs if you see any."),
)

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


@dataclass(frozen=True)
class DateResult:
    date: dt.date | None
    message: str = ""  # a problem (date is None) or a note (date is set)


#: a meeting date further ahead than this is taken for a slip of the year or month
FAR_AHEAD_DAYS = 92


def parse_date(text: object, today: dt.date | None = None) -> DateResult:
    """Read a meeting date written year-month-day (e.g. 2026-11-27), with a clear message when it can't."""
    today = today or dt.date.today()
    raw = clean(text).strip()
    if not raw:
        return DateResult(None, "Write the date you met, as year-month-day, for example 2026-11-27.")
    m = _DATE.match(raw[:40]) if len(raw) <= 40 else None
    if m is None:
        return DateResult(None, f"“{clip(raw, 40)}” is not a date this can read. Write it as year-month-day, for example 2026-11-27.")
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        return DateResult(None, f"There is no month {month}: the month comes second (year-month-day), for example 2026-11-27.")
    last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
    if not 1 <= day <= last:
        return DateResult(None, f"{calendar.month_name[month]} {year} has no day {day}. Check the day and the month.")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return DateResult(None, "That date is out of range. Write it as year-month-day, for example 2026-11-27.")
    if date < today - dt.timedelta(days=365 * 10):
        return DateResult(None, f"{long_date(date)} is more than ten years ago. Check the year.")
    if date > today + dt.timedelta(days=366):
        return DateResult(None, f"{long_date(date)} is more than a year ahead. Check the year.")
    if date > today + dt.timedelta(days=FAR_AHEAD_DAYS):
        # a meeting booked months ahead is rare; a slip of the year or month is not (a walker's plan ran into 2028)
        return DateResult(None, f"{long_date(date)} is more than three months ahead. This is the day you met, or will "
                                "meet: check the year and the month.")
    if date > today:
        return DateResult(date, "That date is still ahead: the plan counts from the day of the meeting.")
    return DateResult(date)


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` plus ``months`` calendar months (the day is clamped to the month's end)."""
    index = date.month - 1 + months
    year, month = date.year + index // 12, index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


@dataclass(frozen=True)
class Touchpoint:
    date: dt.date
    kind: str  # thank_you, promise, advice, article, news
    what: str


def schedule(met_on: dt.date, promised: str = "", every: int = DEFAULT_EVERY, touches: int = TOUCHES) -> list[Touchpoint]:
    """Suggested dates to write after meeting on ``met_on``."""
    every = every if every in EVERY else DEFAULT_EVERY
    out = [Touchpoint(met_on + dt.timedelta(days=1), "thank_you",
                      "Send your thank-you by this day (most guides: within 24 hours).")]
    promise = clip(clean(promised).strip(), PROMISE_LIMIT)
    if promise:
        out.append(Touchpoint(met_on + dt.timedelta(days=7), "promise",
                              f"Do what you promised, and tell them it's done: {promise}"))
    for k in range(1, touches + 1):
        kind, what = REASONS[(k - 1) % len(REASONS)]
        out.append(Touchpoint(add_months(met_on, every * k), kind, what))
    return out


def _iso(text: object) -> dt.date | None:
    """A saved date (already checked when it was added), or None if it is not one."""
    if not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


#: the outreach tracker's exercise (lesson 5): a person set to "Thanked" there has had their thank-you
TRACKER_ID = "05.5-outreach-tracker"


def thanked_names(tracker_value: object) -> frozenset:
    """The names (case-folded) of the people the learner's outreach tracker says were thanked."""
    from .tracker import valid_rows
    return frozenset(r["name"].strip().casefold() for r in valid_rows(tracker_value) if r.get("status") == "thanked")


def with_thanks(contacts: list, thanked: frozenset) -> list:
    """The contacts, each marked ``thanked`` when the tracker says so (a walker's plan still said "Send your thank-you"
    after the tracker said Thanked)."""
    return [{**c, "thanked": True} if str(c.get("name", "")).strip().casefold() in thanked else c for c in contacts]


def contact_schedule(contact: dict) -> list[Touchpoint]:
    met_on = _iso(contact.get("met_on"))
    if met_on is None:
        return []
    out = schedule(met_on, contact.get("promised", ""), contact.get("every", DEFAULT_EVERY))
    if contact.get("thanked"):
        out = [Touchpoint(t.date, "thank_you_done", "Thank-you sent (your outreach tracker says Thanked).")
               if t.kind == "thank_you" else t for t in out]
    return out


def next_touch(contact: dict, today: dt.date | None = None) -> Touchpoint | None:
    """The next suggested letter on or after ``today`` (None when the plan is used up); a thank-you already sent
    is not a letter still to write."""
    today = today or dt.date.today()
    return next((t for t in contact_schedule(contact) if t.date >= today and t.kind != "thank_you_done"), None)


# ------------------------------------------------------------ the contact list
@dataclass(frozen=True)
class Outcome:
    contacts: list
    ok: bool
    message: str

    @property
    def items(self) -> list:
        return self.contacts


def _build(name: object, met_on: object, promised: object, every: object, today: dt.date | None):
    """(contact fields, problem, note)."""
    clean_name = clean(name).strip().replace("\n", " ")
    if is_blank(clean_name):
        return None, "Write the name of the person you met.", ""
    if len(clean_name) > NAME_LIMIT:
        return None, f"That name is {len(clean_name)} characters long; keep it under {NAME_LIMIT}.", ""
    date = parse_date(met_on, today)
    if date.date is None:
        return None, date.message, ""
    promise = clean(promised).strip()
    note = ""
    if len(promise) > PROMISE_LIMIT:
        # refused rather than cut: the learner's text stays in the box, whole, to shorten or copy elsewhere
        return None, (f"What you promised is {len(promise):,} characters long; keep it under {PROMISE_LIMIT} (a "
                      "sentence or two: what you said you would send or do). Nothing was added, and your text is "
                      "still in the box."), ""
    try:
        months = int(every)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        months = DEFAULT_EVERY
    if months not in EVERY:
        months = DEFAULT_EVERY
    fields = {"name": clean_name, "met_on": date.date.isoformat(), "promised": promise, "every": months}
    return fields, "", " ".join(x for x in (date.message, note) if x)


def valid_contacts(value: object) -> list:
    """The well-formed contacts in a saved value (anything else is skipped, never raised on)."""
    items = value.get("contacts") if isinstance(value, dict) else value
    out = []
    if not isinstance(items, list):
        return out
    for c in items:
        if isinstance(c, dict) and isinstance(c.get("id"), str) and isinstance(c.get("name"), str) \
                and _iso(c.get("met_on")) is not None:
            out.append({"id": c["id"], "name": c["name"][:NAME_LIMIT], "met_on": c["met_on"],
                        "promised": c.get("promised", "") if isinstance(c.get("promised"), str) else "",
                        "every": c.get("every") if c.get("every") in EVERY else DEFAULT_EVERY})
    return out[:MAX_CONTACTS]


def add_contact(contacts: list, name: object, met_on: object, promised: object = "", every: object = DEFAULT_EVERY,
                today: dt.date | None = None) -> Outcome:
    if len(contacts) >= MAX_CONTACTS:
        return Outcome(list(contacts), False,
                       f"Your plan already holds {MAX_CONTACTS} people, the most it keeps. Remove someone you no longer need to follow up.")
    fields, problem, note = _build(name, met_on, promised, every, today)
    if fields is None:
        return Outcome(list(contacts), False, problem)
    contact = {"id": next_id(contacts, "c"), **fields}
    same = any(c["name"].casefold() == contact["name"].casefold() and c["met_on"] == contact["met_on"] for c in contacts)
    message = f"Added {contact['name']} to your plan."
    if is_practice_contact(contact["name"]):
        # Ruth's meeting is the practice one: say so, as 7.1's notes do (a real contact called Ruth stays)
        message += (" Ruth Ferrer is the practice contact from lesson 6, so she stays out of your exported plan. "
                    "If you met someone else of that name, add their surname.")
    earlier = [c for c in contacts if c["name"].casefold() == contact["name"].casefold() and c["met_on"] != contact["met_on"]]
    if same:
        message += " (You already had this person on this date; both are kept, so remove one if it was a slip.)"
    elif earlier:
        # a walker added the same person twice, with another date, and nothing was said
        message += (f" You already had {earlier[0]['name']}, met on {long_date(_iso(earlier[0]['met_on']))}; both are kept. "
                    "If it is the same person, remove one, or choose them and press Edit to change the date.")
    if note:
        message += " " + note
    return Outcome(list(contacts) + [contact], True, message)


def update_contact(contacts: list, contact_id: str, name: object, met_on: object, promised: object = "",
                   every: object = DEFAULT_EVERY, today: dt.date | None = None) -> Outcome:
    if not any(c["id"] == contact_id for c in contacts):
        return Outcome(list(contacts), False, "That person is no longer in your plan.")
    fields, problem, note = _build(name, met_on, promised, every, today)
    if fields is None:
        return Outcome(list(contacts), False, problem)
    out = [({"id": c["id"], **fields} if c["id"] == contact_id else c) for c in contacts]
    return Outcome(out, True, f"Saved your changes to {fields['name']}." + (f" {note}" if note else ""))


def remove_contact(contacts: list, contact_id: str) -> Outcome:
    gone = find(contacts, contact_id)
    if gone is None:
        return Outcome(list(contacts), False, "That person is no longer in your plan.")
    return Outcome(without(contacts, contact_id), True, f"Removed {gone['name']} from your plan.")


def upcoming(contacts: list, today: dt.date | None = None) -> list[tuple[dict, Touchpoint | None]]:
    """Each contact with its next letter, soonest first (finished plans last)."""
    today = today or dt.date.today()
    pairs = [(c, next_touch(c, today)) for c in contacts]
    return sorted(pairs, key=lambda p: (p[1] is None, p[1].date if p[1] else dt.date.max, p[0]["name"].casefold()))


# ------------------------------------------------------------------ text output
def format_schedule(contact: dict, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    lines = [f"{contact['name']} (met {short_from_iso(contact['met_on'])}, writing {EVERY.get(contact.get('every'), EVERY[DEFAULT_EVERY])}):"]
    for t in contact_schedule(contact):
        when = " (past)" if t.date < today else ""
        lines.append(f"  {short_date(t.date)}{when}: {t.what}")
    return "\n".join(lines)


def format_plan(contacts: list, today: dt.date | None = None) -> str:
    """The whole plan as plain text (the text fallback)."""
    today = today or dt.date.today()
    if not contacts:
        return "Your keep-in-touch plan is empty. Add the people you have met."
    lines = [f"Your keep-in-touch plan: {len(contacts)} {'person' if len(contacts) == 1 else 'people'}. Next letters, soonest first:"]
    for c, t in upcoming(contacts, today):
        if t is None:
            lines.append(f"- {c['name']}: the suggested letters are all done; write whenever you have news.")
        else:
            lines.append(f"- {short_date(t.date)} to {c['name']}: {t.what}")
    lines.append("")
    for c in contacts:
        lines.append(format_schedule(c, today))
    return "\n".join(lines)


def plan_for(name: object, met_on: object, promised: object = "", every: object = DEFAULT_EVERY,
             today: dt.date | None = None) -> str:
    """``print(plan_for("Ruth Ferrer", "2026-11-27", "Read her book tip"))``: one person's plan, as text."""
    outcome = add_contact([], name, met_on, promised, every, today)
    if not outcome.ok:
        return outcome.message
    return format_plan(outcome.contacts, today)


# ------------------------------------------------------------- meeting notes
#: The three parts of the notes to write at once after a meeting: (key, label, placeholder).
NOTE_FIELDS = (
    ("learned", "What I learned (the two or three things that surprised or helped me)",
     "e.g. the two or three things that surprised or helped you, in your own words"),
    ("fit", "How it fits me (what attracts me, what worries me)",
     "e.g. what in the work attracts you, and what worries you"),
    ("next", "Who next, and what I promised",
     "e.g. the names they suggested, and anything you promised to do"),
)


#: words that say how a meeting felt, not what was learned in it ("Great chat, she was really helpful and super
#: nice."): notes made only of these name nothing to use later
_FEELING_WORDS = frozenset("""
a about all also an and as at but chat call conversation day definitely did enjoyed everything extremely felt feel
fun generous glad good great had happy he her him honestly i incredibly informative insightful inspiring
interesting is it just kind knowledgeable learned learnt liked lot lots loads loved lovely me meeting much my nice
of overall person pretty productive quite really she so something stuff super talk talking thank thanks that the
their them they thing things this time to too totally truly us useful valuable very warm was we well went were
welcoming with you amazing awesome fantastic wonderful brilliant excellent positive friendly helpful easy
encouraging supportive open honest patient cool fine ok okay tons heaps much learning learn
""".split())


def names_nothing_learned(text: object) -> bool:
    """Whether notes say only how the meeting felt ("Great chat, she was really helpful and super nice."),
    with no word of what was learned."""
    words = re.findall(r"[a-z]+", clean(text).lower().replace("’", "'"))
    return bool(words) and all(w in _FEELING_WORDS for w in words)


def check_meeting_notes(answers: dict) -> list[tuple[str, str]]:
    """Worded feedback on the notes (kind, text); never raises."""
    answers = answers if isinstance(answers, dict) else {}
    items = []
    for key, label, _ in NOTE_FIELDS:
        value = clean(answers.get(key, ""))
        short = label.split(" (")[0]
        if is_blank(value):
            items.append(("fix", f"“{short}” is still empty: a line or two is enough."))
        elif key == "learned" and names_nothing_learned(value):
            items.append(("fix", f"“{short}” says how the meeting felt, not what you learned. Write the two or three "
                                 "things they told you that surprised or helped you, a few words each: in a month, "
                                 "those are what you will use."))
        elif len(value.split()) < 4:
            items.append(("info", f"“{short}” is very short; in a month, will you know what you meant?"))
        else:
            items.append(("good", f"“{short}” is written down."))
    if not is_blank(answers.get("next", "")):
        items.append(("info", "Add each person you will contact, and each promise, to your keep-in-touch plan below."))
    return items


def format_notes_feedback(answers: dict) -> str:
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}
    return "\n".join(f"{marks[k]} {t}" for k, t in check_meeting_notes(answers))
