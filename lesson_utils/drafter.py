"""The question drafter (lesson 4): a learner's list of questions, its coverage and its time budget.

Pure logic, no ipywidgets import. A list is a tuple of :class:`Entry` (text plus the coach's
review); every operation returns a :class:`Change` with the new list and a message worded for
the learner, and never raises on learner text. What is saved (exercise ``04.1-question-drafter``):

    {"questions": [{"text": str, "topic": str, "flags": [str, ...]}, ...], "meeting_minutes": 20 | 30}
"""

from __future__ import annotations

from collections import Counter
import json
import re
from dataclasses import dataclass, field

from .numbers import numbers, question_minutes
from .question_bank import ALL_KINDS, KIND_LABELS, SIX_KINDS
from .text import clean, clip

#: The most questions a list holds: far more than any meeting needs.
MAX_QUESTIONS = 40
#: One question is rarely longer than this; longer text is kept in the box, not added.
MAX_QUESTION_CHARS = 600
#: The meeting lengths the time budget offers, in minutes.
MEETING_CHOICES = (20, 30)
DEFAULT_MINUTES = 20
#: Minutes one question takes with its follow-ups: at least and at most are the course's numbers
#: (data/numbers.json, as lesson 4's table gives them); typically, halfway.
FAST_MINUTES, SLOW_MINUTES = numbers()["minutes_per_question"]
TYPICAL_MINUTES = (FAST_MINUTES + SLOW_MINUTES) // 2
#: Minutes left for questions in a meeting (the questions stage of lesson 6's timeline, as lesson 4's
#: table gives them; the opening, purpose, time check and close take the rest).
question_room = question_minutes


def opening_minutes(minutes: int) -> int:
    """Minutes before the questions start (opening and purpose), from lesson 6's timeline."""
    from .meeting_shape import timed_stages
    return round(next(s.start for s in timed_stages(minutes) if s.stage.id == "questions"))


#: The rule for "done": this many good questions, covering this many kinds.
DONE_GOOD, DONE_KINDS = 3, 3

#: The order a conversation usually flows: broad and easy first, the contact's own work and what the
#: work needs in the middle, resources and then referrals last, leading into the close.
FLOW_ORDER: tuple[str, ...] = (
    "breaking_in",
    "role_insight",
    "skills_experience",
    "valued_qualities",
    "finding_position",
    "resources",
    "referrals",
)
#: The kinds that make a warm, broad start (lesson 4): how the contact got started, what their work is like.
BROAD_KINDS: tuple[str, ...] = ("breaking_in", "role_insight")
#: The order in which the coach words its advice, one sentence per flag.
_ADVICE_ORDER = ("asks_for_favor", "personal", "self_focused", "compound", "vague", "closed", "not_a_question", "researchable")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def kind_word(kind: str) -> str:
    """A kind's label inside a sentence ("skills and experience")."""
    label = kind_label(kind)
    return label[0].lower() + label[1:] if label else label


# ----------------------------------------------------------------------------- entries
@dataclass(frozen=True)
class Entry:
    """One question in the list, with the coach's review of it."""

    text: str
    topic: str = "none"
    flags: tuple[str, ...] = ()
    advice: tuple[str, ...] = ()
    rewrite: str | None = None
    #: not in English, so the checker could not read it: to rewrite before it can be judged
    unread: bool = False

    @property
    def good(self) -> bool:
        return self.topic in ALL_KINDS and not self.flags and not self.unread

    @property
    def aside(self) -> bool:
        """Nothing wrong, nothing to learn: a card, keeping in touch, small talk. Fine to ask, but not
        one of the learning questions the exercise counts."""
        return self.topic not in ALL_KINDS and not self.flags and not self.unread

    @property
    def needs_work(self) -> bool:
        """Flagged, or not readable: to fix or cut before the meeting (a card or keeping in touch never is)."""
        return bool(self.flags) or self.unread

    @property
    def verdict(self) -> str:
        """The verdict in words: good, needs work, or not a learning question."""
        return "good" if self.good else "not a learning question" if self.aside else "needs work"

    def to_json(self) -> dict:
        out = {"text": self.text, "topic": self.topic, "flags": list(self.flags)}
        if self.unread:
            out["unread"] = True  # lesson 8's plan keeps it with the questions still to fix
        return out


#: the time budget names up to this many questions one by one, quoting each; past it, by reason
NOTES_ONE_BY_ONE = 8
_GROUPED = {
    "not a learning question: ask it as you close": "Not learning questions (ask them as you close)",
    "spare: ask it if time allows": "Spares (ask them if time allows)",
    "needs work: fix or delete it": "Need work (fix or delete them)",
    "not checked: write it in English, or delete it": "Not checked (write them in English, or delete them)",
}


def one_line(text: object) -> str:
    """A question as the list keeps it: cleaned, with tabs as spaces, and its ends trimmed."""
    return clean(text).replace("\t", " ").strip()


def closing_request(entry: Entry) -> bool:
    """Whether a question that is fine to ask is an arrangement for the close (a card, keeping in touch,
    the meeting itself, shadowing) rather than small talk."""
    from .coach import contract
    from .coach.normalise import normalise

    return entry.aside and contract.logistics(normalise(entry.text))


def make_entry(text: str) -> Entry:
    """Review ``text`` with the question coach."""
    from .coach import FLAGS, review

    r = review(text)
    flags = tuple(f for f in FLAGS if f in r.flags)
    return Entry(text, r.topic, flags, tuple(r.advice), r.rewrite, r.unread)


#: shorthand from text messages ("wat skils do u need"): fine to think in, but the list goes into the plan
_TEXTING = frozenset("u ur ure r ya wat wot pls plz thx tho bc cuz coz rn idk imo ppl abt b4 gonna wanna gotta "
                     "kinda sorta smth sth tmrw tmr w/ wud cud shud lol lmao omg btw tbh ngl smh".split())


def texting_words(text: str) -> tuple[str, ...]:
    """The text-message shorthand in ``text``, as typed ("u", "wat"), each once ("U.S." is not "u")."""
    # a capital letter alone is a name, not shorthand ("Do you use R or Python?")
    found = [w.lower() for w in (t.strip(",.!?;:\"'()[]…") for t in text.split())
             if w.lower() in _TEXTING and not (len(w) == 1 and w.isupper())]
    return tuple(dict.fromkeys(found))


def spelling_note(text: str) -> str | None:
    """A gentle note when a question is written as a text message: an adviser saw "wat skils do u need to be a good
    welder" praised with no word on it, and the list goes into the plan a learner prints or sends."""
    found = texting_words(text)
    if not found:
        return None
    shown = ", ".join(f"“{w}”" for w in found[:3])
    return (f"It is written as a text message ({shown}). That is fine for a draft; spell it out before you use it "
            "in the meeting or in your plan.")


def review_items(entry: Entry) -> list[tuple[str, str]]:
    """The coach's review as worded feedback items ``(kind, text)``: the kind of question,
    each flag as a named problem with its advice, and the suggested rewrite."""
    from .coach import FLAG_LABELS

    if entry.unread:
        return [("info", "Kind of question: not checked."),
                *(("fix", _sentence(sentence)) for sentence in entry.advice)]
    items: list[tuple[str, str]] = [("info", f"Kind of question: {kind_label(entry.topic)}.")]
    if entry.good:
        praise = entry.advice[0] if entry.advice else "open, and asks to learn."
        praise = re.sub(r"^\s*good question\s*[:,\-—]\s*", "", praise, flags=re.I)
        items.append(("good", _sentence(praise)))
        note = spelling_note(entry.text)
        return items + ([("info", note)] if note else [])
    ordered = [f for f in _ADVICE_ORDER if f in entry.flags]
    if ordered and len(entry.advice) == len(ordered):
        for flag, sentence in zip(ordered, entry.advice):
            items.append(("fix", f"{FLAG_LABELS.get(flag, flag)}. {_sentence(_without_example(sentence, entry.rewrite))}"))
    else:
        for flag in entry.flags:
            items.append(("fix", f"{FLAG_LABELS.get(flag, flag)}."))
        for sentence in entry.advice:
            items.append(("fix" if entry.flags else "info", _sentence(sentence)))
    if not entry.flags and entry.topic not in ALL_KINDS and not entry.advice:
        items.append(("fix", "The checker cannot find anything here to learn from the contact; ask about their work."))
    if entry.rewrite:
        items.append(("info", f"Try instead: {entry.rewrite}"))
    note = spelling_note(entry.text)
    return items + ([("info", note)] if note else [])


def _without_example(sentence: str, rewrite: str | None) -> str:
    """The advice without its closing example when that example is the rewrite shown below it as
    "Try instead" (once is enough; with two flags it was shown three times)."""
    if not rewrite:
        return sentence
    for lead in (', for example "', '; for example "', ': for example "', ' for example "', ': "'):
        tail = f'{lead}{rewrite}"'
        if sentence.rstrip(". ").endswith(tail):
            return sentence.rstrip(". ")[: -len(tail)].rstrip(" ,;:")
    return sentence


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!\"”" else text + "."


def format_entry(entry: Entry, number: int | None = None) -> str:
    """One question and its review as plain text."""
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ"}
    head = f"{number}. " if number is not None else ""
    lines = [f"{head}{clip(entry.text, 300)}"]
    for kind, text in review_items(entry):
        lines.append(f"   {marks.get(kind, 'ℹ')} {text}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- operations
@dataclass(frozen=True)
class Change:
    """The result of an operation: the new list, whether it changed, and what to tell the learner."""

    questions: tuple[Entry, ...]
    ok: bool
    message: str
    selected: int | None = None
    entry: Entry | None = None
    level: str | None = None  # how the message reads, when not "good" for a change made ("info" when work is left)


def text_problem(text: object, outcome: str = "Nothing was added") -> str | None:
    """Why ``text`` cannot go into the list (worded), or None when it can. ``outcome`` says what did not
    happen ("Nothing was added" in the drafter, "It was not checked" in the rewrite drill)."""
    cleaned = one_line(text)
    if not cleaned:
        return "Type a question in the box first, then press the button."
    if len(cleaned) > MAX_QUESTION_CHARS:
        return (f"This text is {len(cleaned):,} characters long, much more than one question "
                f"(most are under 150). {outcome} and your text is still in the box: shorten it to "
                "one question of a sentence or two.")
    return None


def submission_action(raw: object) -> str:
    """The button a queued submission came from ("add" when it names none); see :func:`read_submission`."""
    data = json_message(raw)
    action = data.get("action") if data is not None else None
    return action if isinstance(action, str) and action.isalpha() else "add"


def json_message(raw: object) -> dict | None:
    """A JSON object the page sent into a hidden field, or None when ``raw`` is not one."""
    if not isinstance(raw, str) or not raw.startswith("{"):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def read_submission(raw: object, last_seq: int) -> tuple[int, str] | None:
    """One queued Add from the page, as ``(sequence number, text)``; None when it is not new.

    The page sends each Add as JSON ``{"seq": n, "text": "..."}`` with its text taken at the click, one at
    a time and numbered upwards. A number at or below ``last_seq`` was handled already (a repeat), so it is
    ignored: each Add counts once, in the order it was clicked. Anything that is not such a message is ignored.
    """
    data = json_message(raw)
    if data is None:
        return None
    seq, text = data.get("seq"), data.get("text")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(text, str) or seq <= last_seq:
        return None
    return seq, text


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()).rstrip("?.! ") == " ".join(b.casefold().split()).rstrip("?.! ")


def _valid_index(questions: tuple[Entry, ...], index: object) -> bool:
    return isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(questions)


def add(questions: tuple[Entry, ...], text: object) -> Change:
    """Add a question at the end of the list (reviewed by the coach)."""
    questions = tuple(questions)
    problem = text_problem(text)
    if problem:
        return Change(questions, False, problem)
    cleaned = one_line(text)
    if len(questions) >= MAX_QUESTIONS:
        # not added, but still checked: a full list must not stop the learner from trying a question
        return Change(questions, False,
                      f"Your list already holds {MAX_QUESTIONS} questions, far more than any meeting needs, so this "
                      "one was not added; the checker's review of it is below. Delete a few you would not ask "
                      "first; your new question is still in the box.", None, make_entry(cleaned))
    for i, q in enumerate(questions):
        if _same(q.text, cleaned):
            return Change(questions, False, f"That question is already in your list, as number {i + 1}.", i, q)
    entry = make_entry(cleaned)
    new = questions + (entry,)
    word = ("Added" if entry.good else "Added (fine to ask, but not a learning question)" if entry.aside
            else "Added, but not checked (the checker reads English)" if entry.unread
            else "Added, with something to improve")
    return Change(new, True, f"{word}: question {len(new)} of your list.", len(new) - 1, entry)


def edit(questions: tuple[Entry, ...], index: object, text: object) -> Change:
    """Replace the text of question ``index`` and review it again."""
    questions = tuple(questions)
    if not _valid_index(questions, index):
        return Change(questions, False, "Choose a question in the list first.")
    problem = text_problem(text)
    if problem:
        return Change(questions, False, problem, index)
    cleaned = one_line(text)
    if cleaned == questions[index].text:
        return Change(questions, False, f"Question {index + 1} is unchanged.", index, questions[index])
    for i, q in enumerate(questions):
        if i != index and _same(q.text, cleaned):
            return Change(questions, False, f"That question is already in your list, as number {i + 1}.", index)
    entry = make_entry(cleaned)
    new = questions[:index] + (entry,) + questions[index + 1:]
    return Change(new, True, f"Question {index + 1} changed and checked again.", index, entry)


def delete(questions: tuple[Entry, ...], index: object) -> Change:
    questions = tuple(questions)
    if not _valid_index(questions, index):
        return Change(questions, False, "Choose a question in the list first.")
    gone = questions[index]
    new = questions[:index] + questions[index + 1:]
    selected = min(index, len(new) - 1) if new else None
    return Change(new, True, f"Deleted question {index + 1}: “{clip(gone.text, 80)}”", selected)


def restore(questions: tuple[Entry, ...], entry: object, index: object) -> Change:
    """Put a deleted question back (Undo delete): at its old number, or last if the list is shorter now.
    Not when the same question is in the list again, or the list is full."""
    questions = tuple(questions)
    if not isinstance(entry, Entry):
        return Change(questions, False, "There is no deleted question to put back.")
    for i, q in enumerate(questions):
        if _same(q.text, entry.text):
            return Change(questions, False, f"That question is already in your list, as number {i + 1}.", i)
    if len(questions) >= MAX_QUESTIONS:
        return Change(questions, False, f"Your list already holds {MAX_QUESTIONS} questions; delete one first.")
    at = index if isinstance(index, int) and not isinstance(index, bool) and 0 <= index <= len(questions) else len(questions)
    new = questions[:at] + (entry,) + questions[at:]
    return Change(new, True, f"Question {at + 1} is back: “{clip(entry.text, 80)}”", at)


def move(questions: tuple[Entry, ...], index: object, delta: int) -> Change:
    """Move question ``index`` up (``delta`` -1) or down (+1)."""
    questions = tuple(questions)
    if not _valid_index(questions, index):
        return Change(questions, False, "Choose a question in the list first.")
    target = index + delta
    if not 0 <= target < len(questions):
        where = "first" if target < 0 else "last"
        return Change(questions, False, f"Question {index + 1} is already {where}.", index)
    items = list(questions)
    items[index], items[target] = items[target], items[index]
    return Change(tuple(items), True, f"Moved to number {target + 1}.", target)


def reorder(questions: tuple[Entry, ...], order: object) -> Change:
    """Put the list in ``order`` (a permutation of its indices)."""
    questions = tuple(questions)
    try:
        order = [int(i) for i in order]  # type: ignore[union-attr]
    except (TypeError, ValueError):
        order = []
    if sorted(order) != list(range(len(questions))):
        return Change(questions, False, "That order no longer matches your list; press Suggest an order again.")
    if order == list(range(len(questions))):
        return Change(questions, False, "Your list is already in this order.")
    new = tuple(questions[i] for i in order)
    weak = tuple(i for i, q in enumerate(new) if q.needs_work)
    # the order is in place, but not the list: said here too, or "Good" beside the order's "to improve" reads as
    # a contradiction (a walk)
    left = (f" {_numbers(weak).capitalize()} still {'needs' if len(weak) == 1 else 'need'} work: fix or delete "
            f"{'it' if len(weak) == 1 else 'them'}.") if weak else ""
    return Change(new, True, "Your list now follows the suggested order." + left, 0, level="info" if weak else None)


# ----------------------------------------------------------------------------- coverage
@dataclass(frozen=True)
class Coverage:
    counts: dict = field(default_factory=dict)  # kind -> number of good questions
    needs_work: int = 0

    @property
    def covered(self) -> tuple[str, ...]:
        return tuple(k for k in SIX_KINDS if self.counts.get(k, 0))

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(k for k in SIX_KINDS if not self.counts.get(k, 0))

    @property
    def role_insight(self) -> int:
        return self.counts.get("role_insight", 0)

    @property
    def summary(self) -> str:
        return f"{len(self.covered)} of 6 kinds covered: {self.detail[0].lower()}{self.detail[1:]}"

    @property
    def detail(self) -> str:
        """The summary without its count of kinds (for a view that shows the count on its own)."""
        if self.missing:
            text = "Missing " + ", ".join(kind_word(k) for k in self.missing)
        else:
            text = "Every kind has a question"
        text += "."
        # "and field": a question on typical pay in the field counts here, and a student read "own work" as wrong for it
        text += (f" Plus {self.role_insight} about the contact's work and field today." if self.role_insight
                 else " None yet about the contact's work and field today (optional, but a warm start).")
        if self.needs_work:
            text += (f" {self.needs_work} question{'s' if self.needs_work != 1 else ''} still "
                     f"need{'s' if self.needs_work == 1 else ''} work and {'do' if self.needs_work != 1 else 'does'} "
                     "not count yet.")
        return text


def coverage(questions: tuple[Entry, ...]) -> Coverage:
    """Which kinds the good questions cover (questions that still need work do not count)."""
    counts = {k: 0 for k in ALL_KINDS}
    needs = 0
    for q in questions:
        if q.good:
            counts[q.topic] += 1
        elif not q.aside:
            needs += 1
    return Coverage(counts, needs)


def is_done(questions: tuple[Entry, ...]) -> bool:
    """Done: at least three good questions, covering at least three kinds, and no question in the
    list asks for a favour (the one thing the course says never to bring)."""
    good = [q for q in questions if q.good]
    return (len(good) >= DONE_GOOD and len({q.topic for q in good}) >= DONE_KINDS
            and not any("asks_for_favor" in q.flags for q in questions))


def status(questions: tuple[Entry, ...]) -> str:
    return "done" if is_done(questions) else "in_progress"


def done_level(questions: tuple[Entry, ...]) -> str:
    """How the done line reads: "good" only when done and nothing in the list still needs work."""
    if not is_done(questions):
        return "info"
    return "info" if any(q.needs_work for q in questions) else "good"


def done_message(questions: tuple[Entry, ...]) -> str:
    good = [q for q in questions if q.good]
    kinds = {q.topic for q in good}
    six = len(kinds & set(SIX_KINDS))  # counted as the coverage panel counts them
    covered = f"{six} of 6 kinds" + (" plus the contact's work and field today" if "role_insight" in kinds else "")
    favours = tuple(i for i, q in enumerate(questions) if "asks_for_favor" in q.flags)
    weak = tuple(i for i, q in enumerate(questions) if q.needs_work)
    enough = len(good) >= DONE_GOOD and len(kinds) >= DONE_KINDS
    if enough and favours:
        one = len(favours) == 1
        return (f"Almost done: {len(good)} good questions covering {covered}, but {_numbers(favours)} "
                f"{'asks' if one else 'ask'} the contact for a favour. Rewrite {'it' if one else 'them'} as a "
                f"question to learn, or delete {'it' if one else 'them'}, and the exercise is done.")
    if enough:
        tail = (f" {_numbers(weak).capitalize()} still need{'s' if len(weak) == 1 else ''} work: fix or delete "
                f"{'it' if len(weak) == 1 else 'them'} before the meeting." if weak
                else " Keep polishing as long as you like.")
        return f"Exercise done: {len(good)} good questions covering {covered}.{tail}"
    return (f"So far {len(good)} good question{'s' if len(good) != 1 else ''} covering {covered}; "
            f"the exercise is done at {DONE_GOOD} good questions covering {DONE_KINDS} kinds, with no favour asked "
            "in the list.")


# ----------------------------------------------------------------------------- time budget
@dataclass(frozen=True)
class Budget:
    minutes: int
    count: int
    verdict: str  # "empty", "room", "fits", "tight", "too_long"
    message: str
    cut: tuple[int, ...] = ()
    to_fix: tuple[int, ...] = ()  # questions that still need work (a card or keeping in touch is not one)
    fix_message: str = ""  # "Fix or delete question 3, ...": the part of ``message`` about questions to fix
    spare_message: str = ""  # "Keep questions 5 to 7 as spares...": the part of ``message`` about asides and spares

    @property
    def size_level(self) -> str:
        """How the list's length reads on its own: "good" when it fits, else "info". A list longer than the
        meeting is a note, not a fault: lesson 4 says extra questions are fine as spares (a walk saw a red
        "too long" beside "Exercise done")."""
        return "good" if self.verdict == "fits" else "info"

    def parts(self) -> list[tuple[str, str]]:
        """The message as worded feedback: the length (``size_level``), then what to fix, apart, so that
        "fit" never sits under a "To improve" mark."""
        tail = len(self.fix_message) + len(self.spare_message) + (1 if self.fix_message else 0)
        size = self.message[: len(self.message) - tail].rstrip() if tail else self.message
        # the spares in a paragraph of their own: an adviser found the whole note one dense paragraph
        return ([(self.size_level, size)] + ([("info", self.spare_message)] if self.spare_message else [])
                + ([("fix", self.fix_message)] if self.fix_message else []))

    @property
    def level(self) -> str:
        """How the budget reads: "fix" when the list holds questions that still need work; "good" when it
        fits; otherwise "info" (room for more, or longer than the time, with spares named: nothing to
        correct)."""
        if self.to_fix:
            return "fix"
        return "good" if self.verdict == "fits" else "info"

    def notes(self, questions: tuple["Entry", ...]) -> list[str]:
        """Why each question the budget names is named: a line per question, or, past
        :data:`NOTES_ONE_BY_ONE` of them, one line per reason listing their numbers."""
        named = []
        for i in self.cut:
            q = questions[i]
            why = ("not a learning question: ask it as you close" if q.aside
                   else "spare: ask it if time allows" if q.good
                   else "not checked: write it in English, or delete it" if q.unread else "needs work: fix or delete it")
            named.append((i, why))
        if len(named) <= NOTES_ONE_BY_ONE:
            return [f"Question {i + 1} ({why}): {clip(questions[i].text, 100)}" for i, why in named]
        out = []
        for reason in dict.fromkeys(why for _, why in named):
            nums = [i + 1 for i, why in named if why == reason]
            if len(nums) == 1:
                head, _, rest = reason.partition(": ")
                out.append(f"{head[0].upper() + head[1:]} ({rest}): question {nums[0]}.")
            else:
                listed = ", ".join(map(str, nums[:-1])) + f" and {nums[-1]}"
                out.append(f"{_GROUPED[reason]}: questions {listed}.")
        return out

    @property
    def question_minutes(self) -> int:
        return question_room(self.minutes)

    @property
    def fit_low(self) -> int:
        return self.question_minutes // SLOW_MINUTES

    @property
    def fit_typical(self) -> int:
        return self.question_minutes // TYPICAL_MINUTES

    @property
    def fit_high(self) -> int:
        return self.question_minutes // FAST_MINUTES


def fits(minutes: int) -> tuple[int, int, int]:
    """(at least, typically, at most) how many questions fit a meeting of ``minutes``."""
    room = question_room(minutes)
    return room // SLOW_MINUTES, room // TYPICAL_MINUTES, room // FAST_MINUTES


def cut_candidates(questions: tuple[Entry, ...], k: int) -> tuple[int, ...]:
    """Which ``k`` questions to cut (or keep as spares): first those that still need work; then a
    second question of a kind the list already covers, from the kind with the most questions (the
    later one in the list, so your order within a kind is your priority). Every kind you have stays
    in the plan as long as it can; one referrals question and the closing question stay for the
    close. The choice does not depend on where "Suggest an order" has put each kind."""
    if k <= 0:
        return ()
    # every question that still needs work goes, however many: the budget never keeps one
    # (so do asks that are not learning questions: they are made as you close, in no question time)
    chosen: list[int] = [i for i in range(len(questions) - 1, -1, -1) if not questions[i].good]
    last_referral = next((i for i in range(len(questions) - 1, -1, -1)
                          if questions[i].good and questions[i].topic == "referrals"), None)
    pool = [i for i in range(len(questions))
            if i not in chosen and i != last_referral and not is_closing_question(questions[i].text)]
    while pool and sum(1 for c in chosen if not questions[c].aside) < k:  # an aside takes no question time
        kept = Counter(questions[i].topic for i in range(len(questions)) if i not in chosen)
        best = max(pool, key=lambda i: (kept[questions[i].topic], i))
        chosen.append(best)
        pool.remove(best)
    return tuple(sorted(chosen))


def normalise_minutes(minutes: object) -> int:
    return minutes if minutes in MEETING_CHOICES and not isinstance(minutes, bool) else DEFAULT_MINUTES


def budget(questions: tuple[Entry, ...], minutes: object = DEFAULT_MINUTES) -> Budget:
    """How the list fits a meeting of ``minutes`` (20 or 30), worded."""
    minutes = normalise_minutes(minutes)
    low, typical, high = fits(minutes)
    room = question_room(minutes)
    # a card or keeping in touch takes no question time, and a question that needs work is counted once it
    # is fixed: "Your 6 questions fit" of a list with five favours in it read as if the favours would be asked
    n = sum(1 for q in questions if q.good)
    pending = sum(1 for q in questions if q.needs_work)
    base = (f"A {minutes}-minute meeting leaves about {room} minutes for questions: the opening, your purpose, "
            f"a time check and the close take the other {minutes - room}. At {FAST_MINUTES} to {SLOW_MINUTES} "
            f"minutes a question with follow-ups, that is {low} to {high} questions; plan on about {typical}.")
    weak = tuple(i for i, q in enumerate(questions) if not q.good)
    to_fix = tuple(i for i, q in enumerate(questions) if q.needs_work)
    plural = "s" if n != 1 else ""
    ready = f" ready (besides the {pending} that still need{'s' if pending == 1 else ''} work)" if pending else ""
    if n == 0:
        head = " None of your questions is ready yet." if pending else " You have no questions yet."
        verdict, cut = "empty", weak
    elif n < low:
        verdict, cut = "room", weak
        head = (f" You have {n} question{plural}{ready}: room for {typical - n} more, so add a few in case answers "
                "are short.")
    elif n <= typical:
        verdict, cut = "fits", weak
        head = f" Your {n} question{plural}{ready} fit, with time to follow up on answers."
    else:
        cut = cut_candidates(questions, n - typical + pending)  # the questions to fix go too, however many
        if n <= high:
            verdict, head = "tight", f" Your {n} questions fit only if every answer is short."
        else:
            verdict = "too_long"
            head = (f" Your list of {n} is more than {minutes} minutes allows: keep {n - typical} as spares, "
                    "or cut them.")
        asked = tuple(i for i, q in enumerate(questions) if q.good and i not in cut)
        if asked and any(questions[i].good for i in cut):
            # which questions, said plainly before the spares; not an order (an adviser read "ask questions 1 to 3"
            # as approving the order that the order check below asked to change)
            head += f" In {minutes} minutes there is time for {_numbers(asked)}."
    fix = _fix_words(questions, cut)
    spares = _cut_words(questions, cut)
    return Budget(minutes, n, verdict, base + head + spares + fix, cut, to_fix, fix.strip(), spares.strip())


def _fix_words(questions: tuple[Entry, ...], cut: tuple[int, ...]) -> str:
    weak = tuple(i for i in cut if questions[i].needs_work)
    if not weak:
        return ""
    return f" Fix or delete {_numbers(weak)}, which still need{'s' if len(weak) == 1 else ''} work."


def _cut_words(questions: tuple[Entry, ...], cut: tuple[int, ...]) -> str:
    """What the budget says of the asides and spares it names (questions to fix: :func:`_fix_words`)."""
    aside = tuple(i for i in cut if questions[i].aside)
    spare = tuple(i for i in cut if questions[i].good)
    parts = []
    if aside:
        one = len(aside) == 1
        parts.append(f" {_numbers(aside).capitalize()} "
                     f"{'is not a learning question' if one else 'are not learning questions'}: fine to ask as you "
                     f"close, so {'it takes' if one else 'they take'} none of your question time.")
    if spare:
        kept = {questions[i].topic for i in range(len(questions)) if i not in cut and questions[i].good}
        twin = tuple(i for i in spare if questions[i].topic in kept)
        alone = tuple(i for i in spare if i not in twin)
        parts.append(f" Keep {_numbers(spare)} as {'a spare' if len(spare) == 1 else 'spares'}, to ask if time allows.")
        if twin:
            one = len(twin) == 1
            parts.append(f" {_numbers(twin).capitalize()} {'asks' if one else 'ask'} about a kind another question "
                         "already covers.")
        if alone:
            one = len(alone) == 1
            parts.append(f" {_numbers(alone).capitalize()} {'asks' if one else 'ask'} about "
                         f"{'a kind' if one else 'kinds'} no other kept question covers, but there is not time for "
                         "every kind, so the later ones wait. Move one up if it matters more to you.")
    return "".join(parts)


def _numbers(indices: tuple[int, ...]) -> str:
    """"question 3", "questions 2 and 5", "questions 4 to 11": a run of three or more reads as a range."""
    ordered = sorted(set(indices))
    if not ordered:
        return "none"
    runs: list[list[int]] = []
    for i in ordered:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0] + 1} to {run[-1] + 1}")
        else:
            parts.extend(str(i + 1) for i in run)
    word = "question" if len(ordered) == 1 else "questions"
    if len(parts) == 1:
        return f"{word} {parts[0]}"
    return f"{word} " + ", ".join(parts[:-1]) + " and " + parts[-1]


# ----------------------------------------------------------------------------- order
def suggested_order(questions: tuple[Entry, ...]) -> tuple[int, ...]:
    """A conversation order that keeps your priority. The first question of each kind comes first: your first
    broad question (how they got started, what their work is like) opens, as lesson 4 describes, and the
    other kinds follow in your own order; your further questions of a kind you already ask follow, in your
    own order, as spares to ask if time allows (the time budget names the same ones); questions about pay come after those, once the contact is at ease (lesson 4 calls
    pay a judgement call); then resources and referrals, which lead into the close; the closing question
    the course teaches last. Questions that still need work never sit in the close: they come before
    resources and referrals (fix them or cut them); asks that are not learning questions (a card,
    keeping in touch) come just before the last question, or, when the list has one good question only,
    last, after it and what needs work."""
    rank = {k: i for i, k in enumerate(FLOW_ORDER)}
    closing_kinds = ("resources", "referrals")
    good = [i for i, q in enumerate(questions) if q.good]
    weak = [i for i, q in enumerate(questions) if q.needs_work]
    aside = [i for i, q in enumerate(questions) if q.aside]
    if not good:
        return tuple(weak + aside)
    closing = [i for i in good if is_closing_question(questions[i].text)]
    tail = sorted((i for i in good if questions[i].topic in closing_kinds and i not in closing),
                  key=lambda i: (rank[questions[i].topic], i)) + closing
    rest = [i for i in good if i not in tail]
    pay = [i for i in rest if _PAY.search(questions[i].text.lower())]
    leads: list[int] = []
    extras: list[int] = []
    seen: set[str] = set()
    for i in rest:
        if i in pay:
            continue
        (extras if questions[i].topic in seen else leads).append(i)
        seen.add(questions[i].topic)
    # a broad, easy question opens (how they got in, what their work is like); the other kinds keep the learner's
    # priority, as lesson 4 asks: sorting every kind by the flow put a walk's most needed question (what clinics
    # look for in new grads) behind two broad ones, and the time budget then left it a spare
    opener = next((i for i in leads if questions[i].topic in BROAD_KINDS), None)
    if opener is not None:
        leads = [opener] + [i for i in leads if i != opener]
    head = leads + extras + pay
    if not tail and len(head) == 1 and aside:
        # one good question and an ask that is fine to make ("Can I ask one last question?", a card): the
        # question opens, the ask closes, and what needs work sits between (it never opens nor closes)
        return tuple(head + weak + aside)
    if not tail:
        head, tail = head[:-1], head[-1:]
    return tuple(head + weak + tail[:-1] + aside + tail[-1:])


#: a question about pay ("What pay range is typical...?"): asked after the others
_PAY = re.compile(r"(?<![a-z])(?:pay(?! (?:attention|off|back|for|it forward))|salary|salaries|earn|earns|earning|"
                  r"earnings|income|wage|wages|compensation|day rates?|hourly rates?|"
                  r"how much (?:[a-z']+ ){0,5}(?:paid|make|makes|charge|charges))(?![a-z])")
#: (never "paid" or "money" alone: "How did you get your first paid writing job?" is about breaking in, and
#: a learner's most important question once moved to sixth place as a "pay" question)


def is_closing_question(text: str) -> bool:
    """Whether ``text`` is the open question that closes a meeting, as the course teaches it."""
    from .coach import contract
    from .coach.normalise import clean, normalise
    try:
        return contract.closing_invitation(normalise(clean(text)))
    except Exception:  # ordering must never fail on odd text
        return False


def order_advice(questions: tuple[Entry, ...]) -> list[tuple[str, str]]:
    """Worded advice on the order of the list."""
    if len(questions) < 2:
        return [("info", "Add a few questions; then this suggests an order to ask them in.")]
    order = suggested_order(questions)
    items: list[tuple[str, str]] = []
    weak = tuple(i for i, q in enumerate(questions) if q.needs_work)
    if list(order) == list(range(len(questions))):
        if weak:  # in place, but not ready: say what is left rather than "good"
            items.append(("fix", f"Your order follows the suggested flow, kind by kind, but {_numbers(weak)} still "
                                 f"{'needs' if len(weak) == 1 else 'need'} work: fix or delete "
                                 f"{'it' if len(weak) == 1 else 'them'} before the meeting."))
        else:
            # the order is judged by kind of question, not by how broad each one is: it says only that
            items.append(("good", "Your order already follows the suggested flow, kind by kind"
                          + _close_words(questions) + "."))
        return items
    for i, q in enumerate(questions):
        after = tuple(j for j in range(i + 1, len(questions))
                      if questions[j].good and questions[j].topic not in ("referrals", "resources")
                      and not is_closing_question(questions[j].text))
        if q.good and q.topic == "referrals" and after:
            # name what comes after it: "near the end" reads as a nag to a learner whose question is 14th of 15
            # the numbers left out (resources, the closing question, those to fix) are said, or they read as a
            # miscount
            items.append(("fix", f"Question {i + 1} asks who else to talk to, and {_numbers(after)} "
                                 f"{'comes' if len(after) == 1 else 'come'} after it. Asking who else to talk to works "
                                 "best near the end, where it leads into the close: only resources, the closing "
                                 f"question and questions still to fix belong after it. Move question {i + 1} down, "
                                 "or press Suggest an order."))
            break
    firsts = questions[0]
    if firsts.good and firsts.topic in ("referrals", "resources", "finding_position"):
        items.append(("fix", f"You open with a question about {kind_word(firsts.topic)}; a broad, easy question "
                             "(how they got started, or what their work is like) makes a warmer start."))
    if weak and any(q.good for q in questions):
        items.append(("info", "Questions that still need work are moved after your broad and specific ones, "
                              "never into the close: fix them or cut them."))
    items.append(("info", "Press Suggest an order to see a proposal; nothing changes until you accept it."))
    return items


def _close_words(questions: tuple[Entry, ...]) -> str:
    """", with resources and referrals leading into the close", naming only the kinds the list has."""
    have = [k for k in ("resources", "referrals") if any(q.good and q.topic == k for q in questions)]
    if not have:
        return ""
    return ", with " + " and ".join(have) + " leading into the close"


def format_order(questions: tuple[Entry, ...], order: tuple[int, ...]) -> list[str]:
    """The proposed order as numbered lines (questions that need work say so)."""
    return [f"{n}. {clip(questions[i].text, 120)} ({kind_label(questions[i].topic)}; currently number {i + 1}"
            f"{'; needs work: fix or delete it' if questions[i].needs_work else ''})"
            for n, i in enumerate(order, 1)]


# ----------------------------------------------------------------------------- saving
def to_value(questions: tuple[Entry, ...], minutes: object) -> dict:
    return {"questions": [q.to_json() for q in questions], "meeting_minutes": normalise_minutes(minutes)}


def from_value(value: object) -> tuple[tuple[Entry, ...], int]:
    """The list and meeting length from a saved value (each question reviewed again; junk skipped)."""
    if not isinstance(value, dict):
        return (), DEFAULT_MINUTES
    out: list[Entry] = []
    rows = value.get("questions")
    for row in rows if isinstance(rows, list) else []:
        text = row.get("text") if isinstance(row, dict) else row if isinstance(row, str) else None
        if not isinstance(text, str) or text_problem(text):
            continue
        if any(_same(q.text, text) for q in out):
            continue
        out.append(make_entry(one_line(text)))
        if len(out) >= MAX_QUESTIONS:
            break
    return tuple(out), normalise_minutes(value.get("meeting_minutes"))


def format_list(questions: tuple[Entry, ...], minutes: object = DEFAULT_MINUTES) -> str:
    """The whole list as plain text: each question reviewed, then coverage, time budget and order."""
    if not questions:
        return ("Your list is empty. Add questions with the drafter above (or pick some from the question bank).\n\n"
                + budget(questions, minutes).message)
    lines = ["Your questions, in the order you will ask them:", ""]
    for n, q in enumerate(questions, 1):
        lines.append(format_entry(q, n))
    lines += ["", "Coverage: " + coverage(questions).summary, "", "Time: " + budget(questions, minutes).message,
              "", "Order:"]
    lines += [f"  - {text}" for _, text in order_advice(questions) if "Press Suggest" not in text]
    order = suggested_order(questions)
    if list(order) != list(range(len(questions))):
        lines.append("  A suggested order:")
        lines += [f"    {line}" for line in format_order(questions, order)]
    lines += ["", done_message(questions)]
    return "\n".join(lines)
