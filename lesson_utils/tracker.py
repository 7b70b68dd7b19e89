"""The outreach tracker: who you asked for a meeting, when, when to follow up, and where it stands.

A row is plain data (that is what is saved)::

    {"id": "r1", "name": "Dana Reyes", "role": "UX researcher, City Hospital",
     "asked_on": "2026-12-01", "follow_up_on": "2026-12-08", "status": "asked"}

``asked_on`` and ``follow_up_on`` are ISO dates, or "" while the request is only drafted. The
follow-up date defaults to the date asked plus the course's follow-up wait
(``follow_up_wait_days`` in ``data/numbers.json``). What is due is always computed from a given
``today``, so it can be tested. Nothing here imports ipywidgets, and nothing here raises on
odd input: every problem comes back as a message in words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .dates import long_date, short_date
from .numbers import numbers
from .people_list import find, next_id, without
from .text import clean, clip, is_blank

#: The outreach tracker's exercise id: made in lesson 5, updated after a meeting in lesson 7.
TRACKER_ID = "05.5-outreach-tracker"

MAX_ROWS = 60
NAME_LIMIT = 80
ROLE_LIMIT = 120

#: Status key -> words, in the order a request usually moves.
STATUSES = {
    "drafted": "Request drafted, not sent yet",
    "asked": "Asked, no reply yet",
    "followed_up": "Followed up once",
    "booked": "Meeting booked",
    "met": "Met",
    "thanked": "Thanked",
    "declined": "Said no (I thanked them)",
    "moved_on": "No reply, so I moved on",
}
#: The status a person most likely moves to next (lesson 7's "Their new status" starts there when they are
#: chosen): a booked meeting is met, a meeting is thanked for.
NEXT_STATUS = {"drafted": "asked", "asked": "met", "followed_up": "met", "booked": "met", "met": "thanked"}


def suggested_status(current: object) -> str:
    """The status to offer next for a person whose status is ``current``: the next step, or where they are when
    there is none (a walk saw "Met" offered for someone already thanked: a careless click set them back);
    "met" for anything unknown."""
    if not isinstance(current, str):
        return "met"
    return NEXT_STATUS.get(current, current if current in STATUSES else "met")


#: Statuses that need the date the request was sent.
NEEDS_ASKED_DATE = tuple(k for k in STATUSES if k != "drafted")
#: Statuses still waiting on a reply, so a follow-up date matters.
WAITING = ("asked", "followed_up")

#: What to do next, per status.
NEXT_STEP = {
    "drafted": "Send your request, then change the status to “Asked” and pick the date.",
    "asked": "Send one short, polite follow-up if there is still no reply.",
    "followed_up": "If there is still no reply by then, move on to the next person on your list.",
    "booked": "Confirm the day before. Have your introduction and your first three questions ready.",
    "met": "Send your thank-you within 24 hours (exercise 7.2). Add them to your keep-in-touch plan (7.3).",
    "thanked": "Keep in touch every few months, with a reason each time (your keep-in-touch plan, exercise 7.3).",
    "declined": "Nothing more to send. Did you ask who else might help?",
    "moved_on": "Nothing more to send. Ask the next person on your list.",
}


def follow_up_wait_days() -> int:
    """The course's wait before one follow-up (``numbers.json``), 7 if it cannot be read."""
    try:
        days = int(numbers()["follow_up_wait_days"])
    except (KeyError, TypeError, ValueError):
        return 7
    return days if 1 <= days <= 60 else 7


def to_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def default_follow_up(asked_on: object) -> dt.date | None:
    """The date to follow up if there is no reply: the date asked plus the course's wait."""
    asked = to_date(asked_on)
    return asked + dt.timedelta(days=follow_up_wait_days()) if asked else None


def suggest_follow_up(new_asked: object, old_asked: object, follow_up: object) -> dt.date | None:
    """The follow-up date to show after the learner picks a new date asked.

    The suggestion replaces an empty follow-up date, or one that was the default for the old date;
    a date the learner chose themselves is kept.
    """
    current = to_date(follow_up)
    new = to_date(new_asked)
    if new is not None and not 1900 <= new.year <= 2100:
        # a year half typed into the date box ("0120" on the way to "2026"): leave the follow-up alone
        return current
    if current is None or current == default_follow_up(old_asked):
        return default_follow_up(new_asked)
    return current


@dataclass(frozen=True)
class Outcome:
    rows: list
    ok: bool
    message: str

    @property
    def items(self) -> list:
        return self.rows


def _long(d: dt.date) -> str:
    """``5 December 2026`` (no leading zero, on every system)."""
    return long_date(d)


def _one_line(value: object) -> str:
    return " ".join(clean(value).split())


def _build(name: object, role: object, asked_on: object, follow_up_on: object, status: object,
           today: dt.date) -> tuple[dict | None, str, str]:
    """(row fields, problem, note): a problem means nothing is stored; a note goes with success."""
    status = status if isinstance(status, str) and status in STATUSES else None
    if status is None:
        return None, "Choose a status from the list.", ""
    clean_name = _one_line(name)
    if is_blank(clean_name):
        return None, "Write the name of the person you asked (or who they are, e.g. “the clinic's UX lead”).", ""
    if len(clean_name) > NAME_LIMIT:
        return None, (f"That name is {len(clean_name):,} characters long; keep it under {NAME_LIMIT}. "
                      "Your text is still in the box."), ""
    clean_role = _one_line(role)
    if len(clean_role) > ROLE_LIMIT:
        return None, (f"The role and organisation is {len(clean_role):,} characters long; keep it under "
                      f"{ROLE_LIMIT}. Your text is still in the box."), ""
    if asked_on not in (None, "") and to_date(asked_on) is None:
        return None, "The date asked could not be read. Pick it again with the calendar.", ""
    if follow_up_on not in (None, "") and to_date(follow_up_on) is None:
        return None, "The follow-up date could not be read. Pick it again with the calendar.", ""
    asked = to_date(asked_on)
    follow = to_date(follow_up_on)
    notes = []
    if status == "drafted":
        if asked is not None:
            notes.append("The status says the request is not sent yet, so the date asked was left out.")
        asked = follow = None
    else:
        if asked is None:
            return None, (f"Pick the date you sent your request (the status says “{STATUSES[status]}”). "
                          "If you have not sent it yet, choose “Request drafted, not sent yet”."), ""
        if asked > today:
            return None, (f"The date asked ({_long(asked)}) is after today. Pick the day you sent it, or "
                          "choose “Request drafted, not sent yet” if it is still to send."), ""
        if asked.year < 1900:  # the calendar box holds a year half typed, or typed with too many digits
            return None, ("The year in “Date you asked” is not a year we can read. Pick the day on the calendar, "
                          "or type the year as four digits."), ""
        if asked < today - dt.timedelta(days=3 * 365):
            return None, f"The date asked ({_long(asked)}) is more than three years ago. Check the year.", ""
        if follow is None:
            follow = default_follow_up(asked)
            if status in WAITING:
                notes.append(f"Follow-up set for {_long(follow)}, {follow_up_wait_days()} days after you asked.")
        elif follow < asked:
            return None, (f"The follow-up date ({_long(follow)}) is before the date you asked "
                          f"({_long(asked)}). Pick a later day."), ""
        elif follow > asked + dt.timedelta(days=365):
            return None, "The follow-up date is more than a year after you asked. Check the year.", ""
        elif status in WAITING and (follow - asked).days < follow_up_wait_days():
            notes.append(f"Guides suggest waiting about {follow_up_wait_days()} days before a follow-up; "
                         "busy people need time to reply.")
    fields = {"name": clean_name, "role": clean_role,
              "asked_on": asked.isoformat() if asked else "",
              "follow_up_on": follow.isoformat() if follow else "", "status": status}
    return fields, "", " ".join(notes)


def valid_rows(value: object) -> list:
    """The well-formed rows in a saved value (anything else is skipped, never raised on)."""
    items = value.get("rows") if isinstance(value, dict) else value
    out = []
    if not isinstance(items, list):
        return out
    for r in items:
        if not isinstance(r, dict) or not isinstance(r.get("id"), str) or not isinstance(r.get("name"), str):
            continue
        name = _one_line(r["name"])[:NAME_LIMIT]
        if not name:
            continue
        status = r.get("status") if r.get("status") in STATUSES else "drafted"
        asked, follow = to_date(r.get("asked_on")), to_date(r.get("follow_up_on"))
        if status != "drafted" and asked is None:
            status = "drafted"
        out.append({"id": r["id"], "name": name,
                    "role": _one_line(r.get("role"))[:ROLE_LIMIT] if isinstance(r.get("role"), str) else "",
                    "asked_on": asked.isoformat() if asked and status != "drafted" else "",
                    "follow_up_on": follow.isoformat() if follow and status != "drafted" else "",
                    "status": status})
    return out[:MAX_ROWS]


def add_row(rows: list, name: object, role: object = "", asked_on: object = None, follow_up_on: object = None,
            status: object = "asked", today: dt.date | None = None) -> Outcome:
    today = today or dt.date.today()
    if len(rows) >= MAX_ROWS:
        return Outcome(list(rows), False, f"Your tracker already holds {MAX_ROWS} people, the most it keeps. "
                                          "Remove someone you no longer need to follow.")
    fields, problem, note = _build(name, role, asked_on, follow_up_on, status, today)
    if fields is None:
        return Outcome(list(rows), False, problem)
    row = {"id": next_id(rows, "r"), **fields}
    message = f"Added {row['name']} to your tracker."
    if any(r["name"].casefold() == row["name"].casefold() for r in rows):
        message += " (This name was already there; both are kept, so remove one if it was a slip.)"
    return Outcome(list(rows) + [row], True, message + (f" {note}" if note else ""))


def update_row(rows: list, row_id: str, name: object, role: object = "", asked_on: object = None,
               follow_up_on: object = None, status: object = "asked", today: dt.date | None = None) -> Outcome:
    today = today or dt.date.today()
    if not any(r["id"] == row_id for r in rows):
        return Outcome(list(rows), False, "That person is no longer in your tracker.")
    fields, problem, note = _build(name, role, asked_on, follow_up_on, status, today)
    if fields is None:
        return Outcome(list(rows), False, problem)
    out = [({"id": r["id"], **fields} if r["id"] == row_id else r) for r in rows]
    return Outcome(out, True, f"Saved your changes to {fields['name']}." + (f" {note}" if note else ""))


def set_status(rows: list, row_id: str, status: object, today: dt.date | None = None) -> Outcome:
    """Change only the status of one row (lesson 7: after the meeting)."""
    row = next((r for r in rows if r["id"] == row_id), None)
    if row is None:
        return Outcome(list(rows), False, "That person is no longer in your tracker.")
    outcome = update_row(rows, row_id, row["name"], row["role"], row["asked_on"] or None,
                         row["follow_up_on"] or None, status, today)
    if outcome.ok:
        return Outcome(outcome.rows, True, f"{row['name']}: now “{STATUSES[status]}”.")
    return outcome


def remove_row(rows: list, row_id: str) -> Outcome:
    gone = find(rows, row_id)
    if gone is None:
        return Outcome(list(rows), False, "That person is no longer in your tracker.")
    return Outcome(without(rows, row_id), True, f"Removed {gone['name']} from your tracker.")


# ------------------------------------------------------------------ what is due
@dataclass(frozen=True)
class Due:
    state: str  # "overdue", "today", "soon", "later", "none"
    date: dt.date | None
    words: str  # e.g. "due today", "3 days late", "in 5 days"


def due(row: dict, today: dt.date) -> Due:
    """When the next dated step for ``row`` falls, seen from ``today``."""
    if row.get("status") not in WAITING:
        return Due("none", None, "")
    base = to_date(row.get("follow_up_on"))
    if base is None:
        return Due("none", None, "")
    when = base if row["status"] == "asked" else base + dt.timedelta(days=follow_up_wait_days())
    days = (when - today).days
    if days < 0:
        late = -days
        return Due("overdue", when, f"due {late} day{'s' if late != 1 else ''} ago")
    if days == 0:
        return Due("today", when, "due today")
    return Due("soon" if days <= 2 else "later", when, f"in {days} day{'s' if days != 1 else ''}")


def due_now(rows: list, today: dt.date) -> list[tuple[dict, Due]]:
    """Rows whose follow-up (or moving on) is due today or late, the latest first."""
    found = [(r, due(r, today)) for r in rows]
    found = [(r, d) for r, d in found if d.state in ("overdue", "today")]
    return sorted(found, key=lambda p: (p[1].date, p[0]["name"].casefold()))


def next_step(row: dict, today: dt.date) -> str:
    d = due(row, today)
    step = NEXT_STEP.get(row.get("status"), "")
    if d.date is None:
        return step
    verb = "Follow up" if row["status"] == "asked" else "Move on"
    return f"{verb} on {format_date(d.date)} ({d.words}). {step}"


def due_summary(rows: list, today: dt.date) -> str:
    """One line for the top of the tracker: what needs doing today."""
    if not rows:
        return "Nobody in your tracker yet."
    now = due_now(rows, today)
    # steps with no date of their own: a thank-you after a meeting, a drafted request (a walker read "Nothing is due
    # today" above "Send your thank-you within 24 hours")
    steps = undated_steps(rows)
    if not now:
        waiting = sum(r["status"] in WAITING for r in rows)
        tail = f" {waiting} still waiting for a reply." if waiting else ""
        return f"{steps} No follow-up is due today.{tail}" if steps else f"Nothing is due today.{tail}"
    return f"Due now ({len(now)}): {clip(_names([r for r, _ in now]), 200)}." + (f" {steps}" if steps else "")


def undated_steps(rows: list) -> str:
    """Steps with no date of their own, in one line: "Thank-you to send: Dana. Request to send: Eve." (or "")."""
    return " ".join(f"{label}: {clip(_names([r for r in rows if r.get('status') == status]), 200)}."
                    for status, label in (("met", "Thank-you to send"), ("drafted", "Request to send"))
                    if any(r.get("status") == status for r in rows))


def _names(rows: list) -> str:
    return ", ".join(r["name"] for r in rows[:5]) + (" and others" if len(rows) > 5 else "")


def format_date(value: object) -> str:
    d = to_date(value)
    return short_date(d) if d else "not sent yet"


def table_rows(rows: list, today: dt.date) -> list[tuple[str, str, str, str, str, str]]:
    """(name, role, date asked, follow up on, status, what is next) for the plan and the text copy."""
    out = []
    for r in rows:
        follow = format_date(r["follow_up_on"]) if r["follow_up_on"] and r["status"] in WAITING else "-"
        out.append((r["name"], r["role"] or "-", format_date(r["asked_on"]), follow,
                    STATUSES.get(r["status"], r["status"]), next_step(r, today)))
    return out


def format_tracker(rows: list, today: dt.date) -> str:
    """The tracker as plain text (the text copy for a screen without buttons)."""
    if not rows:
        return "Your outreach tracker is empty. Add each person you ask for a meeting."
    lines = [f"Your outreach tracker: {len(rows)} {'person' if len(rows) == 1 else 'people'}. {due_summary(rows, today)}"]
    for name, role, asked, follow, status, step in table_rows(rows, today):
        lines.append(f"- {name} ({role}): asked {asked}; follow up {follow}; {status}.\n    Next: {step}")
    return "\n".join(lines)
