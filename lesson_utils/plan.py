"""The interview plan (lesson 8): the learner's saved work from every lesson, gathered in one place.

The sections are data (``data/plan.json``): a title, the lesson that fills it, the exercise id(s)
it reads, and the *extractor* that turns a saved value into content. :func:`build_plan` reads a
:class:`~lesson_utils.store.Store` and returns a :class:`Plan`: one :class:`Section` per entry,
each either with content (a tuple of :class:`Block`) or marked missing, with the lesson that fills
it. Saved values may be partial, empty, from an older version of a lesson, or simply odd: every
extractor is tolerant, and :func:`build_plan` never raises.

The content is plain data; :mod:`lesson_utils.export` writes it as Markdown or HTML. Nothing here
imports ipywidgets.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .dates import long_date, short_date, short_from_iso
from .content import load_json
from .store import Store
from .text import clean, is_blank, word_count

#: A section's state: ``ready`` (the exercise is done), ``draft`` (saved, still in progress), ``missing``.
STATES = ("ready", "draft", "missing")
STATE_WORDS = {"ready": "Ready", "draft": "Draft", "missing": "Not filled in yet"}
#: At most this many questions, contacts or list items are taken into the plan.
MAX_ITEMS = 60

_LESSON_FILES: dict[str, tuple[str, str]] | None = None



def lesson_words(lesson: object) -> str:
    """A lesson's number as the lessons write it: "04" -> "4" (anything else as it is)."""
    text = str(lesson)
    return str(int(text)) if text.isdigit() else text


@dataclass(frozen=True)
class Block:
    """One piece of a section's content.

    ``kind`` is one of: ``field`` (a label and a text), ``text`` (a paragraph of learner text),
    ``letter`` (a message, with an optional ``subject``), ``questions`` (``items`` of
    (question, kind label, warning or "")), ``table`` (``headers`` and ``items`` as rows), ``checklist``
    (``items`` of course text), ``note`` (a short remark from the course).
    """

    kind: str
    label: str = ""
    text: str = ""
    subject: str = ""
    items: tuple = ()
    headers: tuple = ()


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    part: str
    lesson: str
    lesson_file: str
    lesson_title: str
    exercise_ids: tuple[str, ...]
    state: str
    blocks: tuple[Block, ...] = ()
    missing_text: str = ""
    source: str = ""  # the exercise id the content came from

    @property
    def is_missing(self) -> bool:
        return self.state == "missing"

    @property
    def state_words(self) -> str:
        return STATE_WORDS.get(self.state, self.state)

    @property
    def where(self) -> str:
        """Where to fill it, in words: "lesson 04, Draft questions that open doors" (no file name)."""
        name = f", {self.lesson_title}" if self.lesson_title else ""
        return f"lesson {lesson_words(self.lesson)}{name}"


@dataclass(frozen=True)
class Plan:
    title: str
    intro: str
    parts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    made_on: dt.date
    notices: tuple[str, ...] = field(default=())

    @property
    def missing(self) -> list[Section]:
        return [s for s in self.sections if s.is_missing]

    @property
    def filled(self) -> int:
        return sum(not s.is_missing for s in self.sections)

    def sections_in(self, part: str) -> list[Section]:
        return [s for s in self.sections if s.part == part]

    @property
    def summary(self) -> str:
        total = len(self.sections)
        if not self.missing:
            return f"All {total} parts of your plan are filled in."
        return f"{self.filled} of {total} parts of your plan are filled in; {len(self.missing)} still to do."

    @property
    def my_summary(self) -> str:
        """The summary in the exported plan's own voice ("My interview plan": "parts of my plan")."""
        return self.summary.replace("parts of your plan", "parts of my plan")


# ------------------------------------------------------------------ helpers
def _s(value: Any) -> str:
    """Learner text from a saved value: strings (and plain numbers) cleaned and stripped; else ""."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return clean(value).strip()
    return ""


def _lessons() -> dict[str, tuple[str, str]]:
    """Lesson number -> (notebook file, title), from course.json."""
    global _LESSON_FILES
    if _LESSON_FILES is None:
        out = {}
        try:
            for lesson in load_json("course.json")["lessons"]:
                out[str(lesson["number"])] = (str(lesson["file"]), str(lesson["title"]))
        except Exception:  # noqa: BLE001 - the plan still builds without titles
            pass
        _LESSON_FILES = out
    return _LESSON_FILES


def _first_lines(text: str) -> list[str]:
    """Lines of a block of text, list markers and numbers removed, blanks dropped."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^\s*(?:[-*•·]|\d{1,3}[.)])\s*", "", line).strip()
        if line:
            out.append(line)
    return out


# A saved value as the extractors receive it: (value, status) per exercise id, only for ids saved.
Saved = dict[str, tuple[Any, str]]
# An extractor returns (blocks, source id); no blocks means missing.
Extractor = Callable[[dict, Saved], tuple[list[Block], str]]


def _first_saved(spec: dict, saved: Saved) -> tuple[Any, str]:
    for eid in spec.get("exercises", []):
        if eid in saved:
            return saved[eid][0], eid
    return None, ""


# --------------------------------------------------------------- extractors
def extract_fields(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """Labelled answers from a dict of strings (or one plain string, an older shape)."""
    value, eid = _first_saved(spec, saved)
    fields = [(f[0], f[1]) for f in spec.get("fields", []) if isinstance(f, (list, tuple)) and len(f) == 2]
    if isinstance(value, str) and fields:
        value = {fields[0][0]: value}
    if not isinstance(value, dict):
        return [], ""
    blocks = [Block("field", label, _without_prompt(label, _s(value.get(key)))) for key, label in fields
              if _s(value.get(key))]
    return blocks, eid if blocks else ""


def _without_prompt(label: str, text: str) -> str:
    """``text`` without a first repeat of the label's own words: a learner who typed the prompt ("After this
    meeting, I will know if...") would otherwise read "My goal: after this meeting, I will know: After this
    meeting, I will know if..." in their plan."""
    tail = label.split(":", 1)[1] if ":" in label else ""
    tail = " ".join(tail.split()).strip(" .…")
    if not tail:
        return text
    variants = {tail, tail.replace("after this meeting", "after it"), tail.split(", ")[-1]}
    low = text.lstrip().lower()
    for v in sorted(variants, key=len, reverse=True):
        v = v.lower()
        if v and low.startswith(v) and (len(low) == len(v) or not low[len(v)].isalnum()):
            rest = text.lstrip()[len(v):].lstrip(" .…:,")
            return rest or text
    return text


def extract_introduction(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """Lesson 3's introduction: the composed text and purpose, or the four sentences joined."""
    value, eid = _first_saved(spec, saved)
    if isinstance(value, str):
        value = {"introduction": value}
    if not isinstance(value, dict):
        return [], ""
    intro = _s(value.get("introduction"))
    if not intro:
        parts = [_s(value.get(k)) for k in ("who", "doing", "why_them", "learn")]
        intro = " ".join(p for p in parts if p)
    purpose = _s(value.get("purpose"))
    blocks = []
    if purpose:
        blocks.append(Block("field", "My purpose for the meeting", purpose))
    if intro:
        blocks.append(Block("text", "My introduction (say it in 20-30 seconds)", intro))
        seconds = round(word_count(intro) / 150 * 60)
        if seconds:
            blocks.append(Block("note", text=f"About {seconds} seconds to say aloud."))
    return blocks, eid if blocks else ""


def _topic_words(topic: Any) -> str:
    if not isinstance(topic, str) or not topic.strip():
        return ""
    try:
        from .coach.labels import TOPIC_LABELS
    except Exception:  # noqa: BLE001
        TOPIC_LABELS = {}
    key = topic.strip()
    if key in TOPIC_LABELS:
        return TOPIC_LABELS[key]
    return clean(key).replace("_", " ").strip().capitalize()[:60]


def _coach_review(text: str) -> tuple[str, frozenset]:
    """The question coach's (topic, flags) for ``text`` (imported lazily; empty when it is not available)."""
    try:
        from .coach import review

        found = review(text)
        return str(found.topic or ""), frozenset(found.flags)
    except Exception:  # noqa: BLE001
        return "", frozenset()


_QUESTION_KEYS = ("text", "question", "q", "draft", "final", "rewrite", "value")
_TOPIC_KEYS = ("topic", "kind", "label", "category")
_LIST_KEYS = ("ordered", "order", "questions", "final", "items", "list", "drafts")


def _flags_of(item: dict) -> frozenset | None:
    flags = item.get("flags")
    if isinstance(flags, (list, tuple)):
        # text the checker could not read (lesson 4 saves "unread") was never judged: still to fix
        return frozenset(f for f in flags if isinstance(f, str)) | ({"unread"} if item.get("unread") is True else set())
    return None


def _question_entries(value: Any, depth: int = 0) -> list[tuple[str, Any, frozenset | None]]:
    """(question text, saved topic or None, saved flags or None) from any shape a question list may take."""
    if depth > 3:
        return []
    if isinstance(value, str):
        return [(line, None, None) for line in _first_lines(clean(value))]
    if isinstance(value, dict):
        lists = {k: value[k] for k in _LIST_KEYS if isinstance(value.get(k), (list, str)) and value.get(k)}
        questions = value.get("questions")
        order = value.get("order")
        # {"questions": [...], "order": [indices or ids]}: follow the order.
        if isinstance(questions, list) and isinstance(order, list) and order and questions:
            by_id = {}
            for i, q in enumerate(questions):
                by_id[i] = q
                if isinstance(q, dict) and isinstance(q.get("id"), (str, int)):
                    by_id[q["id"]] = q
            picked = [by_id[o] for o in order if isinstance(o, (str, int)) and not isinstance(o, bool) and o in by_id]
            if picked:
                return _question_entries(picked, depth + 1)
        for key in _LIST_KEYS:
            if key in lists:
                found = _question_entries(lists[key], depth + 1)
                if found:
                    return found
        text = next((value[k] for k in _QUESTION_KEYS if isinstance(value.get(k), str)), None)
        if text is not None:
            if "\n" in clean(text).strip():  # a whole list typed in one box
                return _question_entries(text, depth + 1)
            topic = next((value[k] for k in _TOPIC_KEYS if isinstance(value.get(k), str)), None)
            return [(clean(text).strip(), topic, _flags_of(value))] if clean(text).strip() else []
        return []
    if isinstance(value, list):
        out = []
        for item in value[: MAX_ITEMS * 2]:
            if isinstance(item, str):
                if clean(item).strip():
                    out.append((clean(item).strip(), None, None))
            elif isinstance(item, dict):
                if item.get("include") is False or item.get("dropped") is True:
                    continue
                out += _question_entries(item, depth + 1)[:1]
            elif isinstance(item, (list, tuple)) and item and isinstance(item[0], str):
                topic = item[1] if len(item) > 1 and isinstance(item[1], str) else None
                if clean(item[0]).strip():
                    out.append((clean(item[0]).strip(), topic, None))
        return out
    return []


def _question_warning(flags) -> str:
    """What still needs work in a planned question, in words ("" when nothing does)."""
    flags = [f for f in flags if isinstance(f, str)]
    if "asks_for_favor" in flags:
        return "asks for a favour: rewrite it as a question to learn"
    if "unread" in flags:
        return "not checked: write it in English"
    if not flags:
        return ""
    from .coach import FLAG_LABELS
    # "Closed (yes/no or one word)" -> "closed: yes/no or one word", so the note has one pair of brackets
    what = "; ".join(FLAG_LABELS.get(f, f.replace("_", " ")).lower().replace(" (", ": ").rstrip(")") for f in flags)
    return f"needs work ({what})"


#: the label of the questions that still need work, kept apart from the list to ask (extract_questions)
TO_FIX_LABEL = "Still to fix (not to ask as written)"

#: the label of the changes a rehearsal still asks for (extract_my_rehearsal)
CHANGES_LABEL = "What to change before the real meeting"


def has_changes_to_make(blocks) -> bool:
    """A rehearsal whose contact still names changes to make: not ready for the real meeting."""
    return any(b.kind == "field" and b.label == CHANGES_LABEL for b in blocks)


def has_weak_questions(blocks) -> bool:
    """A questions block with a question that still needs work."""
    return any(b.kind == "questions" and any(len(it) > 2 and it[2] for it in b.items) for b in blocks)


def extract_questions(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """Lesson 4's questions in order, each with its kind (saved, or from the question coach)."""
    value, eid = _first_saved(spec, saved)
    entries = _question_entries(value)[:MAX_ITEMS]
    if not entries:
        return [], ""
    items = []
    for text, topic, flags in entries:
        if topic is None or flags is None:
            coached, coached_flags = _coach_review(text)
            topic = topic if topic is not None else coached
            flags = flags if flags is not None else coached_flags
        items.append((text, _topic_words(topic), _question_warning(flags)))
    # lesson 4's time budget names the spares: the plan says so beside each (a walk saw the spare in a flat list)
    spares = _spares(value)
    items = [(t, f"{k}; a spare: ask it if time allows" if t in spares and not w else k, w) for t, k, w in items]
    # the list to ask holds the ready questions; one that still needs work (a favour above all) is never
    # printed among them, where a learner would ask it as written
    ready = tuple(it for it in items if not it[2])
    to_fix = tuple(it for it in items if it[2])
    blocks = [Block("questions", items=ready)] if ready else []
    weak = len(to_fix)
    if weak:
        one = weak == 1
        blocks.append(Block("questions", label=TO_FIX_LABEL, items=to_fix))
        blocks.append(Block("note", text=f"{weak} question{'' if one else 's'} still need{'s' if one else ''} work: "
                                         f"fix or delete {'it' if one else 'them'} in lesson 4's question drafter, "
                                         "and this part is ready."))
    minutes = value.get("meeting_minutes") if isinstance(value, dict) else None
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 5 <= minutes <= 120:
        blocks.insert(0, Block("note", text=f"Planned for a {minutes}-minute meeting."))
        too_long = _too_long_for(value, minutes)
        if too_long:
            blocks.append(Block("field", CHANGES_LABEL, too_long))
    if len(ready) > 3:
        blocks.append(Block("note", text="If they only have ten minutes, ask the first three."))
    return blocks, eid


def _spares(value: Any) -> set:
    """The texts of the ready questions lesson 4's time budget keeps as spares, or an empty set."""
    try:
        from . import drafter as D
        questions, saved_minutes = D.from_value(value)
        b = D.budget(questions, saved_minutes)
    except Exception:  # noqa: BLE001 - an odd saved list is shown as it is, never an error
        return set()
    return {questions[i].text for i in b.cut if questions[i].good}


def _too_long_for(value: Any, minutes: int) -> str:
    """What lesson 4's time budget says when the saved list is too long for the meeting, or ""."""
    try:
        from . import drafter as D
        questions, saved_minutes = D.from_value(value)
        b = D.budget(questions, saved_minutes)
    except Exception:  # noqa: BLE001 - an odd saved list is shown as it is, never an error
        return ""
    if b.verdict != "too_long":
        return ""
    return (f"The list is too long for a {b.minutes}-minute meeting: keep {len(b.cut)} of the questions as spares "
            "(marked below, as lesson 4's time budget names them), or cut them.")


def extract_email(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    value, eid = _first_saved(spec, saved)
    if isinstance(value, str):
        value = {"body": value}
    if not isinstance(value, dict):
        return [], ""
    body = _s(value.get("body")) or _s(value.get("text"))
    subject = _s(value.get("subject"))
    if not body and not subject:
        return [], ""
    return [Block("letter", "", body, subject=subject)], eid


def extract_messages(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """One letter per exercise id that has a saved text (e.g. the follow-up and the reply to a no)."""
    labels = spec.get("labels") if isinstance(spec.get("labels"), dict) else {}
    blocks, source = [], ""
    for eid in spec.get("exercises", []):
        if eid not in saved:
            continue
        value = saved[eid][0]
        text = _s(value) if isinstance(value, str) else _s(value.get("text") or value.get("body")) \
            if isinstance(value, dict) else ""
        if text:
            blocks.append(Block("letter", str(labels.get(eid, "")), text))
            source = source or eid
    if blocks:
        for eid in spec.get("exercises", []):
            if not any(b.label == str(labels.get(eid, "")) for b in blocks) and labels.get(eid):
                blocks.append(Block("note", text=f"{labels[eid]}: not written yet (exercise {_exercise_number(eid)})."))
    return blocks, source


def _exercise_number(eid: str) -> str:
    """ "05.4-if-they-say-no" -> "5.4"."""
    m = re.match(r"^0?(\d+)\.(\d+)-", eid)
    return f"{m.group(1)}.{m.group(2)}" if m else eid


def extract_thank_you(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    value, eid = _first_saved(spec, saved)
    if isinstance(value, str):
        value = {"note": value}
    if not isinstance(value, dict):
        return [], ""
    note = _s(value.get("note")) or _s(value.get("text"))
    if not note:
        return [], ""
    blocks = [Block("letter", "", note)]
    hours = value.get("hours")
    if isinstance(hours, (int, float)) and not isinstance(hours, bool):
        try:
            from .thank_you import when_label

            when = when_label(hours)
        except Exception:  # noqa: BLE001
            when = f"{hours:g} hours after the meeting"
        blocks.insert(0, Block("field", "When I will send it", _s(when)))
    if value.get("intro_offered") is True:
        blocks.append(Block("note", text="They offered an introduction: the note thanks them and gently reminds them."))
    return blocks, eid


def _contact_rows(value: Any, today: dt.date, thanked: frozenset = frozenset()) -> list[tuple[str, ...]]:
    items = value.get("contacts") if isinstance(value, dict) else value
    if not isinstance(items, list):
        return []
    rows = []
    for c in items[:MAX_ITEMS]:
        if not isinstance(c, dict):
            continue
        name = _s(c.get("name"))
        if not name:
            continue
        met = short_from_iso(_s(c.get("met_on")))
        every = c.get("every")
        every_words = f"every {every} months" if isinstance(every, int) and not isinstance(every, bool) and 0 < every < 100 else ""
        nxt = ""
        try:
            from .keep_in_touch import next_touch

            touch = next_touch({**c, "promised": c.get("promised") if isinstance(c.get("promised"), str) else "",
                                "every": every, "thanked": name.strip().casefold() in thanked}, today)
            if touch is not None:
                nxt = f"{short_date(touch.date)}: {clean(touch.what).strip()}"
        except Exception:  # noqa: BLE001 - a contact the planner cannot schedule still shows
            nxt = ""
        rows.append((name, met, every_words, _s(c.get("promised")), nxt))
    return rows


def extract_contacts(spec: dict, saved: Saved, today: dt.date | None = None) -> tuple[list[Block], str]:
    value, eid = _first_saved(spec, saved)
    try:  # the outreach tracker says who was thanked: their thank-you is not the next letter
        from .keep_in_touch import TRACKER_ID, thanked_names
        thanked = thanked_names(saved.get(TRACKER_ID, (None, ""))[0])
    except Exception:  # noqa: BLE001 - an odd tracker never stops the plan
        thanked = frozenset()
    rows = _contact_rows(value, today or dt.date.today(), thanked)
    if not rows:
        return [], ""
    headers = ("Name", "Met on", "Write", "What I promised", "Next letter")
    return [Block("table", headers=headers, items=tuple(rows))], eid


def extract_outreach(spec: dict, saved: Saved, today: dt.date | None = None) -> tuple[list[Block], str]:
    """The outreach tracker (lessons 5 and 7): who I asked, when, the follow-up due and the status."""
    from .tracker import due_now, table_rows, valid_rows

    value, eid = _first_saved(spec, saved)
    today = today or dt.date.today()
    rows = valid_rows(value)[:MAX_ITEMS]
    if not rows:
        return [], ""
    headers = ("Name", "Role and organisation", "Asked on", "Follow up on", "Status", "What is next")
    blocks = [Block("table", headers=headers, items=tuple(table_rows(rows, today)))]
    late = due_now(rows, today)
    if late:
        names = ", ".join(r["name"] for r, _ in late[:5])
        blocks.append(Block("note", text=f"Due on {long_date(today)}: {names}."))
    return blocks, eid


ENDING_RANK = {"warm": 4, "polite": 3, "unclear": 2, "awkward": 1}
ENDING_WORDS = {
    "warm": "the warm ending (introductions offered, and an open door)",
    "polite": "the polite ending (pleasant, and nothing more)",
    "unclear": "a pleasant chat that went nowhere",
    "awkward": "the visitor's awkward ending",
}


def extract_rehearsal(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """The checklist for the day (course text), once the practice meeting has been played. The practice
    meeting's own result stays out: it is Jo's meeting with Ruth, not the asker's (lesson 8 says only the
    asker's own work goes into the plan; their own rehearsal is the "my_rehearsal" section)."""
    value, eid = _first_saved(spec, saved)
    runs = value.get("runs") if isinstance(value, dict) else None
    endings = [r.get("ending") for r in runs if isinstance(r, dict)] if isinstance(runs, list) else []
    endings = [e for e in endings if e in ENDING_RANK]
    checklist = tuple(str(x) for x in spec.get("checklist", []) if isinstance(x, str))
    blocks = []
    if checklist:
        blocks.append(Block("checklist", items=checklist))
    return blocks, eid if endings else ""


def extract_my_rehearsal(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """The contact's verdict on the asker's last rehearsal of their own meeting (exercise 6.2)."""
    value, eid = _first_saved(spec, saved)
    runs = value.get("runs") if isinstance(value, dict) else None
    runs = [r for r in runs if isinstance(r, dict) and r.get("ending") in ENDING_RANK] if isinstance(runs, list) else []
    if not runs:
        return [], ""
    last = runs[-1]
    verdict = last.get("verdict") if isinstance(last.get("verdict"), dict) else {}
    blocks = [Block("field", "Rehearsals played", f"{len(runs)}; the last one reached {ENDING_WORDS[last['ending']]}"
                    + (" (with the sample plan)." if last.get("sample") else "."))]
    words = _s(verdict.get("words"))
    if words:
        blocks.append(Block("field", "My contact's verdict", f"“{words}”"))
    changes = last.get("changes") if isinstance(last.get("changes"), list) else []
    items = tuple(_s(c.get("text")) for c in changes[:2] if isinstance(c, dict) and _s(c.get("text")))
    if items:
        blocks.append(Block("field", CHANGES_LABEL, " ".join(items)))
    return blocks, eid


def extract_first_step(spec: dict, saved: Saved) -> tuple[list[Block], str]:
    """Exercise 8.1: the person, and the date written out in words (an older typed date is kept)."""
    from .first_step import plan_fields

    value, eid = _first_saved(spec, saved)
    labels = {f[0]: f[1] for f in spec.get("fields", []) if isinstance(f, (list, tuple)) and len(f) == 2}
    blocks = [Block("field", label, text) for label, text in plan_fields(value, labels)]
    return blocks, eid if blocks else ""


EXTRACTORS: dict[str, Extractor] = {
    "fields": extract_fields,
    "introduction": extract_introduction,
    "questions": extract_questions,
    "email": extract_email,
    "messages": extract_messages,
    "thank_you": extract_thank_you,
    "contacts": extract_contacts,
    "rehearsal": extract_rehearsal,
    "outreach": extract_outreach,
    "my_rehearsal": extract_my_rehearsal,
    "first_step": extract_first_step,
}


# -------------------------------------------------------------- the builder
def plan_spec() -> dict:
    return load_json("plan.json")


def _read(store: Store, ids: list[str]) -> tuple[Saved, list[str]]:
    saved: Saved = {}
    problems = []
    for eid in ids:
        try:
            record = store.load(eid)
        except Exception as exc:  # noqa: BLE001 - one unreadable exercise never stops the plan
            problems.append(f"Your saved work for {eid} could not be read ({exc}).")
            continue
        if record is not None:
            saved[eid] = (record.value, record.status)
    return saved, problems


def build_plan(store: Store | None = None, spec: dict | None = None, today: dt.date | None = None) -> Plan:
    """The plan from ``store`` (default: the learner's). Never raises on saved values."""
    store = store if store is not None else Store()
    spec = spec if isinstance(spec, dict) else plan_spec()
    today = today or dt.date.today()
    sections_spec = [s for s in spec.get("sections", []) if isinstance(s, dict)]
    ids = [e for s in sections_spec for e in s.get("exercises", []) if isinstance(e, str)]
    saved, problems = _read(store, list(dict.fromkeys(ids)))
    from .own_work import keep_own  # only the learner's own work goes into the plan

    saved, left_out = keep_own(saved)
    notices = list(problems) + left_out
    try:
        notices += store.take_notices()
    except Exception:  # noqa: BLE001
        pass
    lessons = _lessons()
    sections = []
    for s in sections_spec:
        lesson = str(s.get("lesson", ""))
        file, title = lessons.get(lesson, (f"{lesson}_lesson.ipynb", ""))
        extractor = EXTRACTORS.get(str(s.get("extractor")), extract_fields)
        try:
            if extractor in (extract_contacts, extract_outreach):
                blocks, source = extractor(s, saved, today)
            else:
                blocks, source = extractor(s, saved)
        except Exception:  # noqa: BLE001 - odd saved values make a section missing, never an error
            blocks, source = [], ""
            notices.append(f"Part of your plan (“{s.get('title', '')}”) could not be read from your saved work, "
                           f"so it is shown as missing; open lesson {lesson_words(lesson)} to see it there.")
        if source:
            state = "ready" if saved.get(source, (None, ""))[1] == "done" else "draft"
            if state == "ready" and (has_weak_questions(blocks) or has_changes_to_make(blocks)):
                # "Ready" only when nothing is left to fix
                state = "draft"
        else:
            state = "missing"
        sections.append(Section(
            key=str(s.get("key", "")), title=str(s.get("title", "")), part=str(s.get("part", "")),
            lesson=lesson, lesson_file=file, lesson_title=title,
            exercise_ids=tuple(e for e in s.get("exercises", []) if isinstance(e, str)),
            state=state, blocks=tuple(blocks), missing_text=str(s.get("missing", "")), source=source,
        ))
    parts = tuple((str(p.get("key", "")), str(p.get("title", ""))) for p in spec.get("parts", []) if isinstance(p, dict))
    return Plan(str(spec.get("title", "My interview plan")), str(spec.get("intro", "")), parts, tuple(sections),
                today, tuple(notices))


# ----------------------------------------------------- exercise 8.1: first step
# The checks live in first_step.py (the date is picked on a calendar); these names stay for older imports.
from .first_step import FIELDS as NEXT_STEP_FIELDS  # noqa: E402,F401
from .first_step import check as check_next_step  # noqa: E402,F401
