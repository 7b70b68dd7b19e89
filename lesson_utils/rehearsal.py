"""Rehearse my meeting (lesson 6, exercise 6.2): the contact, played to the asker's own plan.

The plan is the asker's saved work: the introduction and purpose from exercise 3.1 and the
questions from exercise 4.1, in their saved order, with that list's time budget. A
:class:`Rehearsal` runs the meeting in four phases (opening, questions, time, close) and keeps
the facts the contact notices. What the contact says lives in ``data/rehearsal.json``; the
question coach (:func:`lesson_utils.coach.review`) and the introduction checks of lesson 3
decide which line fits. Conditions use the simulator's condition language
(:func:`lesson_utils.simulator.holds`). Nothing here imports ipywidgets.

Text fallback: ``print(rehearse(plan, ["intro", "next", "follow_up", ...]))``.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable

from .content import load_json
from .drafter import is_closing_question
from . import meeting_words as W
from .favour_words import favour_requests
from .intro import count_words, purpose_quality, tidy_sentence
from .meeting_verdict import Verdict, Voice, latest_endings, mark, transcript_text, verdict_text
from .meeting_verdict import mins as _mins
from .simulator import SimulatorError, holds
from .text import CHECK_LIMIT, clean, clip, is_blank

DATA_FILE = "rehearsal.json"
EXERCISE_ID = "06.2-rehearse-my-meeting"
#: The most questions a plan holds (as the drafter's list), and the longest line said at once.
MAX_QUESTIONS = 40
MAX_LINE_CHARS = 600
MAX_INTRO_CHARS = 3000
MAX_FIELD_CHARS = 80
MEETING_CHOICES = (20, 30)
#: The order the coach's flags decide the contact's reaction: the worst first.
FLAG_ORDER = ("asks_for_favor", "personal", "researchable", "vague", "closed", "compound", "self_focused",
              "not_a_question")
PHASES = ("opening", "questions", "time", "close", "over")
ENDING_WORDS = {
    "warm": "warm",
    "polite": "polite but nothing more",
    "unclear": "pleasant but pointless",
    "awkward": "awkward (the visitor's ending)",
}

INITIAL_STATE: dict[str, Any] = {
    "minutes": 0.0,
    "asker_minutes": 0.0,
    "contact_minutes": 0.0,
    "silence_minutes": 0.0,
    "purpose_clear": False,
    "opening_tries": 0,
    "opening_too_long": False,
    "favour_asks": 0,
    "questions": 0,
    "good_questions": 0,
    "follow_ups": 0,
    "closed": 0,
    "vague": 0,
    "researchable": 0,
    "personal": 0,
    "compound": 0,
    "self_focused": 0,
    "not_a_question": 0,
    "none": 0,
    "questions_left": 0,
    "asked_referrals": False,
    "asked_closing": False,
    "thanked": False,
    "keep_in_touch": False,
    "respected_time": False,
    "ran_over": False,
    "overstayed": False,
    "time_signalled": False,
    "cut_short": False,
}


@lru_cache(maxsize=1)
def data() -> dict:
    return load_json(DATA_FILE)


# ----------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class MeetingPlan:
    """What the asker brings: introduction, purpose, field, questions (in order), minutes, next step."""

    introduction: str = ""
    purpose: str = ""
    field: str = ""
    questions: tuple[str, ...] = ()
    minutes: int = 20
    next_step: str = ""
    sample: bool = False

    def to_json(self) -> dict:
        return {"introduction": self.introduction, "purpose": self.purpose, "field": self.field,
                "questions": list(self.questions), "minutes": self.minutes, "next_step": self.next_step,
                "sample": self.sample}


def _text(value: object, limit: int) -> str:
    """Learner text from a saved value: a cleaned, stripped string cut to ``limit`` characters, else ""."""
    if not isinstance(value, str):
        return ""
    return clean(value).strip()[:limit]


def normalise_minutes(value: object) -> int:
    try:
        n = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return MEETING_CHOICES[0]
    return n if n in MEETING_CHOICES else MEETING_CHOICES[0]


_FIELD = re.compile(
    r"\b(?:move into|moving into|move to|moving to|switch to|switching to|career in|careers in|work in|into|toward|towards|"
    r"becoming an?|become an?)\s+(?:a |an |the )?([^.,;:!?\n]{2,60}?)(?=\s*(?:[.,;:!?\n]|$|\band\b|\bat\b|\bbecause\b|\bwhere\b))",
    re.I,
)


def field_from(text: object) -> str:
    """The field a sentence such as "I'm exploring a move into UX research." names ("UX research"), or ""."""
    s = clean(text)[:CHECK_LIMIT]
    found = [m.group(1).strip() for m in _FIELD.finditer(s)]
    found = [f for f in found if f and not re.match(r"(?i)^(it|this|that|them|you|your)\b", f)]
    return clip(found[-1], MAX_FIELD_CHARS) if found else ""


def questions_from(value: object) -> tuple[str, ...]:
    """The questions of a saved 4.1 list (``{"questions": [{"text": ...}, ...]}``), in order, without blanks."""
    rows = value.get("questions") if isinstance(value, dict) else value if isinstance(value, list) else None
    out: list[str] = []
    for row in rows if isinstance(rows, list) else []:
        text = row.get("text") if isinstance(row, dict) else row
        text = _text(text, MAX_LINE_CHARS)
        if text and text not in out:
            out.append(text)
        if len(out) >= MAX_QUESTIONS:
            break
    return tuple(out)


def plan_from_saved(intro_value: object, questions_value: object, next_step: object = "") -> MeetingPlan:
    """A plan from the saved values of exercises 3.1 and 4.1 (any of them may be missing or odd)."""
    intro = intro_value if isinstance(intro_value, dict) else {}
    introduction = _text(intro.get("introduction"), MAX_INTRO_CHARS)
    if not introduction:
        parts = [_text(intro.get(k), MAX_INTRO_CHARS) for k in ("who", "doing", "why_them", "learn")]
        introduction = " ".join(p for p in parts if p)[:MAX_INTRO_CHARS]
    purpose = _text(intro.get("purpose"), MAX_LINE_CHARS) or _text(intro.get("learn"), MAX_LINE_CHARS)
    field_text = field_from(intro.get("doing")) or field_from(introduction)
    minutes = questions_value.get("meeting_minutes") if isinstance(questions_value, dict) else None
    return MeetingPlan(introduction, purpose, field_text, questions_from(questions_value),
                       normalise_minutes(minutes), _text(next_step, MAX_LINE_CHARS))


def sample_plan() -> MeetingPlan:
    d = data()["sample_plan"]
    return MeetingPlan(d["introduction"], d["purpose"], d["field"], tuple(d["questions"]), int(d["minutes"]),
                       d["next_step"], sample=True)


def plan_needs(plan: MeetingPlan) -> list[str]:
    """What the plan still needs before a rehearsal can start (worded), or [] when it is ready."""
    needs = data()["needs"]
    out = []
    if is_blank(plan.introduction):
        out.append(needs["introduction"])
    if not plan.questions:
        out.append(needs["questions"])
    return out


def can_start(plan: MeetingPlan) -> bool:
    """A rehearsal needs at least one question; an introduction can be typed when the contact asks."""
    return bool(plan.questions)


def field_words(plan: MeetingPlan) -> str:
    # an aside in brackets is the learner's note, not part of the field's name: "food product development
    # (snacks)" said in every reply read as robotic (a walk)
    field = re.sub(r"\s*[(\[][^)\]]*[)\]]", "", clean(plan.field)).strip(" ,;:-")
    return clip(field or clean(plan.field).strip(), MAX_FIELD_CHARS) or data()["default_field"]


# ----------------------------------------------------------------------- judging lines
def judge_opening(introduction: object, purpose: object = "") -> str:
    """How the contact hears an opening: 'favour', 'no_purpose', 'too_long' or 'clear' (the 3.1 checks)."""
    text = clean(introduction)[:CHECK_LIMIT].strip()
    aim = clean(purpose)[:CHECK_LIMIT].strip() or text
    if not text and not aim:
        return "no_purpose"
    if any(hit.kind != "job_search" for hit in favour_requests(text)) or purpose_quality(aim) == "favour":
        return "favour"
    quality = purpose_quality(aim)
    if quality != "clear" and aim is not text:
        quality = purpose_quality(text)  # the purpose may be said in the introduction itself
    if quality != "clear":
        return "no_purpose"
    if speaking_minutes(text) * 60 > 30 + intro_slack():
        return "too_long"
    return "clear"


def intro_slack() -> int:
    from .intro import data as intro_data

    return int(intro_data().get("seconds_slack", 5))


def speaking_minutes(text: str) -> float:
    return count_words(text[: CHECK_LIMIT * 4]) / data()["clock"]["speaking_words_per_minute"]


@dataclass(frozen=True)
class Reading:
    """The coach's reading of a question: its topic and flags, and the one that decides the reaction."""

    topic: str
    flags: tuple[str, ...]
    kind: str  # "good", a flag from FLAG_ORDER, or "none"


def read_question(text: str) -> Reading:
    from .coach import review

    r = review(clean(text)[:CHECK_LIMIT])
    flags = tuple(f for f in FLAG_ORDER if f in r.flags)
    if flags:
        kind = flags[0]
    elif r.topic == "none":
        kind = "none"
    else:
        kind = "good"
    return Reading(r.topic, flags, kind)


#: a typed line that builds on what the contact just said: "you said...", "you mentioned...", "so..." + that/it
_FOLLOW_UP = W.FOLLOW_UP


#: the asker raising the time and offering to stop ("we're nearly at 20 min, should I wrap up?")
_TIME_CHECK = re.compile(
    r"(?<![a-z'])(?:(?:nearly|almost|close to|coming up on|at|out of|past|over) (?:the |our )?(?:\d+|ten|fifteen|twenty|"
    r"thirty|forty)[- ]?(?:min|mins|minutes)|(?:we're|we are) (?:nearly |almost |right )?(?:at|out of|over) (?:time|our time)|"
    r"wrap (?:it |things )?up|let you go|respect your time|keep (?:an eye on|to) (?:the|our) time|"
    r"(?:i can|i could|happy to|should i|shall i|shall we|should we) (?:stop|finish|leave it) (?:here|there|now)?)(?![a-z'])")


def _says_without_favour(rx: re.Pattern, text: str) -> bool:
    """Whether a typed line says what ``rx`` reads, and asks the contact for no favour (by lesson 4's checker)."""
    if not rx.search(clean(text).lower().replace("’", "'")):
        return False
    from .coach import review
    return "asks_for_favor" not in review(clean(text)[:CHECK_LIMIT]).flags


def _time_check(text: str) -> bool:
    """Whether a typed line raises the time and offers to stop."""
    return _says_without_favour(_TIME_CHECK, text)


def _follows_up(text: str) -> bool:
    """Whether a typed line is a follow-up on the contact's last answer rather than a new question."""
    return _says_without_favour(_FOLLOW_UP, text)


def same_question(typed: str, planned: str) -> bool:
    """Whether a typed question asks a question on the list in other words: most of the content words of each are in
    the other (a tester who asked their list in their own words was told 4 of 4 were never asked)."""
    from .simulator import content_words
    a, b = content_words(typed), content_words(planned)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 2 and shared >= 0.6 * min(len(a), len(b))


def _pick(options: list, key: str, salt: int = 0, used: set | None = None):
    """One of ``options``, chosen by the line's text so that the same line always gets the same answer;
    options in ``used`` (already heard in this meeting) are passed over while others are left."""
    if not options:
        return None
    start = zlib.crc32(key.encode("utf-8", "replace")) + salt
    ordered = [options[(start + i) % len(options)] for i in range(len(options))]
    # an answer whose keys the line shares comes first: "how does your team decide whom to hire" hears
    # about hiring, not about smaller organisations (a key matches the start of a word, or a phrase)
    said = " " + " ".join(re.findall(r"[a-z']+", key.lower().replace("’", "'"))) + " "
    fit = lambda o: sum(1 for k in (o.get("keys", ()) if isinstance(o, dict) else ()) if " " + k in said)  # noqa: E731
    ordered.sort(key=fit, reverse=True)  # stable: among equals, the line's own order stays
    fresh = [o for o in ordered if used is None or json.dumps(o, sort_keys=True) not in used]
    choice = (fresh or ordered)[0]
    if used is not None:
        used.add(json.dumps(choice, sort_keys=True))
    return choice


def _fill(template: str, **values: str) -> str:
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", v)
    return out


# ----------------------------------------------------------------------- playing
@dataclass(frozen=True)
class Move:
    id: str
    label: str
    line: str = ""  # what the asker says (empty when the asker types it)


@dataclass(frozen=True)
class Turn:
    """One turn: what the contact said before, what the asker said, the reply and a narrator's note."""

    phase: str
    prompt: str
    move: str
    said: str
    reply: str = ""
    note: str = ""
    kind: str = ""  # the coach's reading or the opening's result
    turning_kind: str = ""  # "helped", "hurt" or ""
    turning_note: str = ""
    lesson: str = ""
    minute: float = 0.0


def talk_share(state: dict) -> float:
    a, c = float(state.get("asker_minutes", 0)), float(state.get("contact_minutes", 0))
    return a / (a + c) if a + c > 0 else 0.0


def _facts(state: dict) -> dict:
    """The state as the condition language reads it (``talk_share`` is worked out from the minutes)."""
    return {**state, "you_minutes": state["asker_minutes"], "host_minutes": state["contact_minutes"]}


def check(condition: dict | None, state: dict) -> bool:
    return holds(condition, _facts(state))


class Rehearsal:
    """One rehearsal of the asker's own meeting."""

    def __init__(self, plan: MeetingPlan):
        if not can_start(plan):
            raise SimulatorError(" ".join(plan_needs(plan)))
        self.plan = plan
        self.field = field_words(plan)
        self.state: dict = dict(INITIAL_STATE)
        self.state["questions_left"] = len(plan.questions)
        self.turns: list[Turn] = []
        self.path: list[dict] = []
        self.next_index = 0
        self.last_hook = ""
        self.asked: set[str] = set()
        self.heard: set[str] = set()  # the contact's answers already given, so none is said twice
        self.phase = "opening"
        self.prompt = data()["opening"]["greeting"]
        self.can_follow_up = False
        self.close_done: set[str] = set()
        self._talk(contact=data()["clock"]["greeting"])

    # -- the clock
    def _talk(self, asker: float = 0.0, contact: float = 0.0, silence: float = 0.0) -> None:
        s = self.state
        s["asker_minutes"] += asker
        s["contact_minutes"] += contact
        s["silence_minutes"] += silence
        s["minutes"] += asker + contact + silence

    @property
    def minute(self) -> float:
        return self.state["minutes"]

    @property
    def is_over(self) -> bool:
        return self.phase == "over"

    def _line_minutes(self, text: str) -> float:
        c = data()["clock"]
        return min(c["question_max"], max(c["question_min"], speaking_minutes(text)))

    # -- what the asker may do now
    def next_question(self) -> str:
        """The first question on the list not asked yet (in the list's order), or ""."""
        while self.next_index < len(self.plan.questions) and self.plan.questions[self.next_index] in self.asked:
            self.next_index += 1
        return self.plan.questions[self.next_index] if self.next_index < len(self.plan.questions) else ""

    def referral_question(self) -> str:
        """The asker's own referral question if one is still unasked, else the course's."""
        from .coach import review

        for q in self.plan.questions:
            if q not in self.asked and review(clean(q)[:CHECK_LIMIT]).topic == "referrals":
                return q
        return data()["close"]["referral_default"]

    def moves(self) -> list[Move]:
        d = data()
        if self.phase == "opening":
            out = []
            if not is_blank(self.plan.introduction):
                # the sample plan's introduction is Sam's, not the learner's own
                label = "Give the sample plan's introduction" if self.plan.sample else "Give my saved introduction"
                out.append(Move("intro", label, clip(self.plan.introduction, MAX_INTRO_CHARS)))
            out.append(Move("typed", "Say what I type in the box below"))
            return out
        if self.phase == "questions":
            out = []
            if self.can_follow_up and self.last_hook:
                line = _fill(d["follow_up"]["line"], hook=self.last_hook)
                out.append(Move("follow_up", "Ask a follow-up on what they just said", line))
            q = self.next_question()
            if q:
                out.append(Move("next", f"Ask my next question ({self.next_index + 1} of {len(self.plan.questions)})", q))
            out.append(Move("typed", "Ask a different question (type it in the box below)"))
            out.append(Move("close", "Move on to the close", d["close"]["move_on"]))
            return out
        if self.phase == "time":
            t = d["time"]
            return [Move("close_time", "Say the time is nearly up, and offer to stop",
                         _fill(t["close_line"], minutes=str(self.plan.minutes))),
                    Move("run_over", "Keep going with my questions", t["run_over_line"]),
                    # a tester's own time check typed here was dropped for the line ticked above it
                    Move("typed", "Say what I type in the box below")]
        if self.phase == "close":
            c = d["close"]
            out = []
            if not self.state["asked_referrals"]:
                out.append(Move("referral", "Ask who else to talk to", self.referral_question()))
            if not self.state["asked_closing"]:
                out.append(Move("closing_question", "Ask what I haven't thought to ask", c["closing_question"]))
            if "next_step" not in self.close_done:
                # the learner's own words end as a sentence before the question that follows them
                step = tidy_sentence(clip(clean(self.plan.next_step).strip(), MAX_LINE_CHARS))
                if step and not re.match(r"(?i)(?:i|i'll|i'm|i've|i'd|my|we|we'll|next|this|tomorrow|on|after)\b", step):
                    # "Pitch one short piece..." would be said as an order to the contact
                    step = "My next step: " + step[0].lower() + step[1:]
                step = step or c["default_next_step"]
                out.append(Move("next_step", "Say my next step and ask to keep in touch",
                                _fill(c["next_step_line"], next_step=step)))
            if not self.state["thanked"]:
                line = _fill(c["thanks_line"], hook=self.last_hook) if self.last_hook else c["thanks_plain"]
                out.append(Move("thank", "Thank them", line))
            out.append(Move("typed", "Say what I type in the box below"))
            out.append(Move("leave", "Say goodbye and leave", c["goodbye"]))
            return out
        return []

    def move(self, move_id: str) -> Move | None:
        return next((m for m in self.moves() if m.id == move_id), None)

    # -- taking a turn
    def say(self, move_id: str, typed: object = "") -> Turn:
        """Take the move ``move_id`` (``typed`` is the asker's own words, for the "typed" move)."""
        if self.is_over:
            raise SimulatorError("The meeting is over. Start again to rehearse it once more.")
        move = self.move(move_id) if isinstance(move_id, str) else None
        if move is None:
            names = ", ".join(m.id for m in self.moves())
            raise SimulatorError(f"“{clip(clean(move_id), 60)}” is not a choice at this point. The choices are: {names}.")
        text = move.line
        if move.id == "typed":
            text = clean(typed).strip()
            limit = MAX_INTRO_CHARS if self.phase == "opening" else MAX_LINE_CHARS
            if not text:
                other = ", or choose one of the other lines" if len(self.moves()) > 1 else ""
                raise SimulatorError(f"Type what you want to say in the box first{other}.")
            if len(text) > limit:
                raise SimulatorError(
                    f"That is {len(text):,} characters, much more than one line in a conversation. Nothing was said, "
                    f"and your text is still in the box: shorten it to under {limit:,} characters.")
        prompt, phase = self.prompt, self.phase
        handler = {"opening": self._opening, "questions": self._question_turn, "time": self._time,
                   "close": self._close}[phase]
        turn = handler(move, text)
        turn = replace(turn, phase=phase, prompt=prompt, move=move.id, said=text, minute=round(self.minute, 1))
        self.turns.append(turn)
        item = {"move": move.id}
        if move.id == "typed":
            item["text"] = text
        self.path.append(item)
        self._after_turn()
        return turn

    def _after_turn(self) -> None:
        """The clock's part: the time signal, overstaying, and the contact's last call."""
        c, s = data()["clock"], self.state
        budget = self.plan.minutes
        if s["minutes"] > budget + c["over_grace"] and not s["respected_time"]:
            s["overstayed"] = True
        if self.phase == "questions":
            if not s["time_signalled"] and s["minutes"] >= budget * c["signal_share"]:
                s["time_signalled"] = True
                self.phase = "time"
                self.prompt = _fill(data()["time"]["signal"], minutes=str(budget))
            elif s["ran_over"] and s["minutes"] >= budget + c["last_call_after"]:
                t = data()["time"]
                s["cut_short"] = True
                self.turns.append(Turn("questions", "", "last_call", "", t["last_call"], "",
                                       "last_call", t["last_call_turning"]["kind"], t["last_call_turning"]["note"],
                                       t["last_call_turning"]["lesson"], round(self.minute, 1)))
                self.phase = "close"
                self.prompt = data()["close"]["prompt"]
            elif not self.next_question() and not (self.can_follow_up and self.last_hook):
                self.prompt = data()["time"]["out_of_questions"] + " " + self.prompt
        s["questions_left"] = sum(q not in self.asked for q in self.plan.questions)

    # -- the phases
    def _turning(self, spec: dict | None) -> dict:
        spec = spec or {}
        return {"turning_kind": spec.get("kind", ""), "turning_note": spec.get("note", ""), "lesson": spec.get("lesson", "")}

    def _opening(self, move: Move, text: str) -> Turn:
        d, c = data()["opening"], data()["clock"]
        s = self.state
        purpose = self.plan.purpose if move.id == "intro" else ""
        result = judge_opening(text, purpose)
        s["opening_tries"] += 1
        self._talk(asker=min(c["intro_max"], max(c["question_min"], speaking_minutes(text))), contact=c["opening_reply"])
        spec = d["replies"][result]
        reply = _pick(spec["say"], text)
        if result == "favour":
            s["favour_asks"] += 1
        if result in ("clear", "too_long"):
            s["purpose_clear"] = True
        if result == "too_long":
            s["opening_too_long"] = True
        if result == "no_purpose" and s["opening_tries"] < 2:
            self.prompt = d["retry"]  # as in the story, the contact asks again
        else:
            self.phase = "questions"
            self.prompt = "Go ahead, what would you like to know?"
        return Turn("", "", "", "", reply, spec["note"], result, **self._turning(spec.get("turning")))

    def _answer(self, text: str) -> tuple[str, str, str, dict]:
        """(reply, note, kind, turning) for a question asked in the meeting."""
        d, c, s = data(), data()["clock"], self.state
        reading = read_question(text)
        self._talk(asker=self._line_minutes(text))
        s["questions"] += 1
        if reading.kind == "good":
            s["good_questions"] += 1
            turning = {}
            if is_closing_question(text):
                s["asked_closing"] = True
                turning = d["close"]["closing_turning"]  # the course's closing question, in the asker's own words
            if reading.topic == "referrals" and not s["asked_referrals"]:
                s["asked_referrals"] = True
                turning = d["close"]["referral_turning"]
            answer = _pick(d["answers"].get(reading.topic) or d["answers"]["role_insight"], text, used=self.heard)
            self._talk(contact=c["good_answer"] if self.phase == "questions" and not s["ran_over"] else c["short_answer"] * 2)
            self.last_hook = answer["hook"]
            self.can_follow_up = True
            return _fill(answer["say"], field=self.field), d["follow_up"]["prompt"], "good", turning
        spec = d["reactions"][reading.kind]
        if reading.kind != "asks_for_favor":
            s[reading.kind] += 1
        say = spec["say"]
        if reading.kind == "closed":
            # "Is there anybody else you'd recommend I speak to?" is closed, and still asks who else: a tester was told
            # "You never asked who else you should talk to" after asking it
            say = spec.get("by_topic", {}).get(reading.topic) or say
            if reading.topic == "referrals":
                s["asked_referrals"] = True
        elif reading.kind == "asks_for_favor":
            # "Would you be willing to be my mentor?" heard "I only pass work to people whose work I know well"
            say = spec.get("by_family", {}).get(W.coach_reading("favour_family", text) or "") or say
        elif reading.kind == "self_focused" and W.coach_reading("feedback_on_work", text, False):
            say = spec.get("feedback") or say  # "That's good to hear" answered a request to look at a portfolio
        reply = _pick(say, text)
        extra = [a["text"] for a in spec.get("asides", ()) if check(a.get("when"), s)]
        if reading.kind == "asks_for_favor":
            s["favour_asks"] += 1
            self._talk(contact=c["short_answer"], silence=c["silence"])
        elif reading.kind == "closed":
            self._talk(contact=0.1, silence=c["silence"])
        else:
            self._talk(contact=c["short_answer"])
        self.can_follow_up = False
        return " ".join([reply, *extra]), spec["note"], reading.kind, spec.get("turning") or {}

    def _question_turn(self, move: Move, text: str) -> Turn:
        d, c, s = data(), data()["clock"], self.state
        if move.id == "close":
            self.phase = "close"
            self.prompt = d["close"]["prompt"]
            self.can_follow_up = False
            return Turn("", "", "", "", "", "")
        if move.id == "follow_up":
            self._talk(asker=self._line_minutes(text), contact=c["follow_up_answer"])
            s["follow_ups"] += 1
            reply = _fill(_pick(d["follow_up"]["replies"], self.last_hook, used=self.heard), field=self.field,
                          hook=self.last_hook)
            first = s["follow_ups"] == 1
            self.can_follow_up = False
            self.prompt = ""
            return Turn("", "", "", "", reply, "", "follow_up", **self._turning(d["follow_up"]["turning"] if first else None))
        if move.id == "next":
            self.next_index += 1
        if move.id == "typed" and W.silent(text):
            return self._silence()
        low = text.lower().replace("’", "'")
        if move.id == "typed" and "?" not in text and (W.DONE_ASKING.search(low) or W.GOODBYE.search(low)):
            # "Thank you, I think that covers all of my questions." moves on to the close; a goodbye ends the meeting
            if W.THANKS.search(low):
                self.state["thanked"] = True
            if W.GOODBYE.search(low):
                self.phase = "close"
                return self._close(Move("leave", "", text), text)
            return self._question_turn(Move("close", "", text), text)
        if move.id == "typed" and W.THANKS.search(W.low(text)) and "?" not in text and not W.keeps_in_touch(text):
            # "thx so much for ur time, this was super helpful!!" is thanks, not a statement where a question was needed
            self.state["thanked"] = True
            self._talk(asker=self._line_minutes(text), contact=0.1)
            self.prompt = "What else would you like to know?"
            return Turn("", "", "", "", "You're welcome.", "", "thank")
        if move.id == "typed" and _time_check(text):
            # "we're nearly at 20 min, should I wrap up?" offers to stop: the time check the lesson teaches, not a
            # closed question (a walk's got "Mostly, yes" and a turning point that hurt)
            return self._time(Move("close_time", "", text), text)
        if move.id == "typed" and self.can_follow_up and self.last_hook and _follows_up(text):
            # a typed follow-up on what the contact just said ("you said one small piece of real work: what would
            # that look like for someone like me?") is a follow-up, whatever a question read alone would be
            return self._question_turn(Move("follow_up", "", text), text)
        self.asked.add(text)
        if move.id == "typed":
            self.asked.update(q for q in self.plan.questions if same_question(text, q))
        reply, note, kind, turning = self._answer(text)
        self.prompt = "" if kind == "good" else "So... what else would you like to know?"
        return Turn("", "", "", "", reply, note, kind, **self._turning(turning))

    def _silence(self) -> Turn:
        """The asker says nothing: the contact waits, and the meeting loses a minute."""
        spec = data()["silence"]
        self._talk(silence=data()["clock"]["silence"])
        self.can_follow_up = False
        return Turn("", "", "", "", spec["reply"], spec["note"], "silence", **self._turning(spec["turning"]))

    def _time(self, move: Move, text: str) -> Turn:
        t, s = data()["time"], self.state
        if move.id == "typed":
            low = text.lower().replace("’", "'")
            if _time_check(text) or (W.GOODBYE.search(low) and "?" not in text):
                move = Move("close_time", "", text)  # offering to stop, in the asker's own words
            elif W.CARRY_ON.search(low):
                move = Move("run_over", "", text)  # "I still have a few questions left, if you don't mind staying"
            else:
                # carrying on: the contact answers, with an eye on the clock
                s["ran_over"] = True
                self.phase = "questions"
                turn = self._question_turn(move, text)
                return replace(turn, turning_kind=turn.turning_kind or t["run_over_turning"]["kind"],
                               turning_note=turn.turning_note or t["run_over_turning"]["note"],
                               lesson=turn.lesson or t["run_over_turning"]["lesson"])
        self._talk(asker=0.2, contact=0.1)
        if move.id == "close_time":
            s["respected_time"] = True
            self.phase = "close"
            self.prompt = data()["close"]["prompt"]
            return Turn("", "", "", "", t["close_reply"], "", "close_time", **self._turning(t["close_turning"]))
        s["ran_over"] = True
        self.phase = "questions"
        self.prompt = "(Your contact waits for your next question.)"
        return Turn("", "", "", "", "", t["run_over_reply"], "run_over", **self._turning(t["run_over_turning"]))

    def _close(self, move: Move, text: str) -> Turn:
        d, c, s = data(), data()["clock"], self.state
        cl = d["close"]
        self.prompt = cl["again"]
        if move.id == "leave":
            self._talk(asker=0.1, contact=0.1)
            self.phase = "over"
            self.prompt = ""
            turning = None if s["thanked"] else cl["no_thanks_turning"]
            return Turn("", "", "", "", cl["goodbye_reply"], "", "leave", **self._turning(turning))
        if move.id == "thank":
            s["thanked"] = True
            self._talk(asker=0.2, contact=0.1)
            return Turn("", "", "", "", cl["thanks_reply"], "", "thank")
        if move.id == "next_step":
            s["keep_in_touch"] = True
            self.close_done.add("next_step")
            self._talk(asker=self._line_minutes(text), contact=0.1)
            return Turn("", "", "", "", cl["next_step_reply"], "", "next_step")
        asked_at_close = {"closing_question": ("asked_closing", "role_insight", "closing_turning"),
                          "referral": ("asked_referrals", "referrals", "referral_turning")}
        if move.id in asked_at_close:
            done, kind, turning = asked_at_close[move.id]
            self.asked.add(text)
            s[done] = True
            s["questions"] += 1
            s["good_questions"] += 1
            self._talk(asker=self._line_minutes(text), contact=c["close_move"] * 2)
            answer = _pick(d["answers"][kind], text, used=self.heard)
            self.last_hook = self.last_hook or answer["hook"]
            return Turn("", "", "", "", _fill(answer["say"], field=self.field), "", move.id,
                        **self._turning(cl[turning]))
        # a typed line at the close: thanks, keeping in touch, a question, or a favour
        if W.silent(text):
            return self._silence()
        low = text.lower().replace("’", "'")
        if W.GOODBYE.search(low) and "?" not in text:
            # a typed goodbye ends the meeting (a tester's "I won't keep you any longer... have a good day!" heard
            # "Anything else?"); thanks said in it count
            if re.search(r"\b(?:thank|thanks|thx|cheers)", low):
                s["thanked"] = True
            return self._close(Move("leave", "", text), text)
        if W.THANKS.search(low) and "?" not in text:
            # "thx so much for ur time" was read as a statement where a question was needed
            s["thanked"] = True
            self._talk(asker=self._line_minutes(text), contact=0.1)
            return Turn("", "", "", "", cl["thanks_reply"], "", "thank")
        if W.keeps_in_touch(text):
            # "can i keep in touch?" is the close the course teaches (a walk's was scored "Nothing to learn")
            s["keep_in_touch"] = True
            self.close_done.add("next_step")
            self._talk(asker=self._line_minutes(text), contact=0.1)
            return Turn("", "", "", "", cl["next_step_reply"], "", "next_step")
        reply, note, kind, turning = self._answer(text)
        self.can_follow_up = False
        self.prompt = cl["again"]
        return Turn("", "", "", "", reply, note if kind != "good" else "", kind, **self._turning(turning))

    # -- the result
    def stats(self) -> dict:
        s = self.state
        return {
            "minutes": round(s["minutes"], 1),
            "asked_minutes": self.plan.minutes,
            "talk_share": round(talk_share(s), 2),
            "purpose_clear": s["purpose_clear"],
            "favour_asks": s["favour_asks"],
            "questions": s["questions"],
            "good_questions": s["good_questions"],
            "follow_ups": s["follow_ups"],
            "questions_left": s["questions_left"],
            "planned_questions": len(self.plan.questions),
            "asked_referrals": s["asked_referrals"],
            "keep_in_touch": s["keep_in_touch"],
            "thanked": s["thanked"],
            "respected_time": s["respected_time"],
            "overstayed": s["overstayed"],
            "ran_over": s["ran_over"],
        }

    def ending(self) -> str:
        for rule in data()["route"]:
            if check(rule.get("when"), self.state):
                return rule["to"]
        return "polite"

    def verdict(self) -> Verdict | None:
        if not self.is_over:
            return None
        end = self.ending()
        spec = data()["endings"][end]
        left = self.state["questions_left"]
        values = {"field": self.field, "questions_left": str(left),
                  "more_questions": "one more question" if left == 1 else f"{left} more questions"}
        remarks = tuple(_fill(r["text"], **values) for r in data()["remarks"] if check(r.get("when"), self.state))
        answers = {k: _fill(v, **values) for k, v in spec["answers"].items()}
        return Verdict(end, spec["title"], _fill(spec["words"], **values), answers, remarks, self.stats())

    def turning_points(self) -> list[tuple[int, Turn]]:
        return [(n, t) for n, t in enumerate(self.turns, 1) if t.turning_kind]

    def changes(self, n: int = 2) -> list[dict]:
        """The ``n`` changes that would help this meeting most, each with the lesson that teaches it."""
        if not self.is_over:
            return []
        picked = sorted((c for c in data()["changes"] if check(c.get("when"), self.state)),
                        key=lambda c: -c["weight"])[:n]
        files = _lesson_files()
        out = []
        for c in picked:
            file, title = files.get(c["lesson"], ("", ""))
            out.append({"text": c["text"], "lesson": c["lesson"], "file": file, "title": title})
        return out


@lru_cache(maxsize=1)
def _lesson_files() -> dict[str, tuple[str, str]]:
    return {l["number"]: (l["file"], l["title"]) for l in load_json("course.json")["lessons"]}


def replay(plan: MeetingPlan, path: Iterable) -> Rehearsal:
    """Rebuild a rehearsal from a saved path; raises SimulatorError when it no longer fits."""
    r = Rehearsal(plan)
    for item in path:
        if not isinstance(item, dict) or not isinstance(item.get("move"), str):
            raise SimulatorError("The saved rehearsal has a step that is not a choice.")
        r.say(item["move"], item.get("text", ""))
    return r


def plan_from_json(value: object) -> MeetingPlan | None:
    """A plan saved with a rehearsal (``MeetingPlan.to_json``), or None when it is not one."""
    if not isinstance(value, dict):
        return None
    qs = value.get("questions")
    plan = MeetingPlan(_text(value.get("introduction"), MAX_INTRO_CHARS), _text(value.get("purpose"), MAX_LINE_CHARS),
                       _text(value.get("field"), MAX_FIELD_CHARS), questions_from(qs if isinstance(qs, list) else []),
                       normalise_minutes(value.get("minutes")), _text(value.get("next_step"), MAX_LINE_CHARS),
                       bool(value.get("sample")))
    return plan if can_start(plan) else None


def run_record(r: Rehearsal) -> dict:
    """What is saved for a finished rehearsal."""
    v = r.verdict()
    if v is None:
        raise SimulatorError("The meeting is not over yet.")
    return {
        "ending": v.ending,
        "verdict": {"title": v.title, "words": v.words, "answers": v.answers, "remarks": list(v.remarks)},
        "stats": v.stats,
        "turning_points": [[n, t.turning_kind, clip(t.said or t.reply, 200), t.turning_note] for n, t in r.turning_points()],
        "changes": r.changes(),
        "path": list(r.path),
        "sample": r.plan.sample,
    }


# ----------------------------------------------------------------------- text
#: How the rehearsal names the contact.
VOICE = Voice("Your contact", "they", "their", "your contact")


def transcript_lines(r: Rehearsal) -> list[tuple[str, str]]:
    """(speaker, text) pairs: the contact, "You", or "" for a narrator's note."""
    who = data()["contact_name"]
    out: list[tuple[str, str]] = [(who, data()["opening"]["greeting"])]
    for n, t in enumerate(r.turns):
        if t.prompt and n:
            out.append((who, t.prompt))
        if t.said:
            out.append(("You", t.said))
        if t.reply:
            out.append((who, t.reply))
        if t.note:
            out.append(("", t.note))
    if not r.is_over and r.prompt and r.turns:
        out.append((who, r.prompt))
    return out


def status_line(r: Rehearsal) -> str:
    s = r.state
    return (f"Minute {_mins(s['minutes'])} of the {r.plan.minutes} you asked for · you did "
            f"{round(100 * talk_share(s))}% of the talking · your purpose is clear to them: "
            f"{'yes' if s['purpose_clear'] else 'not yet'} · questions asked: {s['questions']} of "
            f"{len(r.plan.questions)} planned · favours asked: {s['favour_asks']}")


def _kept_to_time(stats: dict, over: bool) -> str:
    """Never "yes" beside "(over time)": offering to stop counts only within the time asked for."""
    if stats["overstayed"]:
        return "no"
    if stats["respected_time"]:
        return "you offered to stop, though the meeting still ran over" if over else "yes, you offered to stop"
    if stats.get("ran_over"):  # they glanced at the clock and the asker carried on, however few the minutes
        return "no, you carried on when they glanced at the clock"
    return "no, you went over and did not offer to stop" if over else "not raised"


def format_stats(stats: dict) -> list[str]:
    share = round(100 * stats["talk_share"])
    over = stats["minutes"] > stats["asked_minutes"] + 1
    return [
        f"Time: {_mins(stats['minutes'])} minutes of the {stats['asked_minutes']} you asked for"
        + (" (over time)" if over else "") + ".",
        f"Talking: you {share}%, your contact {100 - share}%.",
        f"Did they know what you do and want? {'yes' if stats['purpose_clear'] else 'no'}.",
        f"Questions asked: {stats['questions']}, {stats['good_questions']} of them answered in full "
        f"(follow-ups: {stats['follow_ups']}); left unasked from your list: {stats['questions_left']} "
        f"of {stats['planned_questions']}.",
        f"Favours asked: {stats['favour_asks']}.",
        f"Kept to time: {_kept_to_time(stats, over)}.",
        f"Asked who else to talk to: {'yes' if stats['asked_referrals'] else 'no'}. "
        f"Said a next step and asked to keep in touch: {'yes' if stats['keep_in_touch'] else 'no'}. "
        f"Said thank you: {'yes' if stats['thanked'] else 'no'}.",
    ]


def format_verdict(v: Verdict) -> str:
    return verdict_text(v, VOICE, format_stats(v.stats))


def format_replay(r: Rehearsal) -> str:
    lines = ["Your meeting, turn by turn (▲ = a turning point that helped, ▼ = one that hurt):"]
    for n, t in enumerate(r.turns, 1):
        said = clip(t.said or t.reply or "(you moved on)", 110)
        lines.append(f"{mark(t.turning_kind)} {n}. {said}")
        if t.turning_kind:
            lines.append(f"     Turning point ({t.turning_kind}): {t.turning_note}")
    changes = r.changes()
    if changes:
        lines += ["", "The two changes that would help most:" if len(changes) > 1 else "The change that would help most:"]
        for c in changes:
            lines.append(f"- {c['text']} (lesson {c['lesson']}: {c['title']}, {c['file']})")
    return "\n".join(lines)


def format_moves(r: Rehearsal) -> str:
    lines = ["What do you say next? Add one of these names to your list:"]
    for m in r.moves():
        lines.append(f"  {m.id!r}: {m.label}" + (f": “{clip(m.line, 120)}”" if m.line else ""))
    return "\n".join(lines)


def rehearse(plan: MeetingPlan | None, moves: Iterable = ()) -> str:
    """Rehearse ``plan`` with a list of moves (move names, or ``("typed", "your words")`` pairs), as text."""
    if plan is None or not can_start(plan):
        needs = plan_needs(plan) if plan is not None else list(data()["needs"].values())
        return "\n".join(["To rehearse your own meeting, the simulator needs:"] + [f"- {n}" for n in needs]
                         + ["", "Until then, try the short sample plan: rehearse(sample_plan(), [...])."])
    r = Rehearsal(plan)
    problem = ""
    items = [moves] if isinstance(moves, str) else list(moves) if isinstance(moves, (list, tuple)) else []
    for item in items:
        if r.is_over:
            problem = "The meeting had already ended, so the rest of your list was not used."
            break
        move, typed = (item[0], item[1]) if isinstance(item, (list, tuple)) and len(item) == 2 else (item, "")
        try:
            r.say(move, typed)
        except SimulatorError as exc:
            problem = str(exc)
            break
    parts = [f"Rehearsing your meeting about {r.field} ({plan.minutes} minutes).", ""]
    parts += transcript_text(transcript_lines(r))
    if problem:
        parts += ["", problem]
    if r.is_over:
        parts += ["", format_verdict(r.verdict()), "", format_replay(r)]
    else:
        parts += ["", status_line(r), "", format_moves(r)]
    return "\n".join(parts)


def format_saved(value: Any) -> str:
    """A saved rehearsal (the exercise's saved value) as text, for the text fallback."""
    runs = value.get("runs") if isinstance(value, dict) else None
    runs = [x for x in runs if isinstance(x, dict)] if isinstance(runs, list) else []
    if not runs:
        return "No finished rehearsal saved yet. Rehearse your meeting above to the end, and it appears here."
    last = runs[-1]
    plan = plan_from_json(value.get("plan"))
    if plan is not None:
        try:
            r = replay(plan, last.get("path", []))
            if r.is_over:
                n = len(runs)
                endings = latest_endings(runs, ENDING_WORDS)
                return "\n".join([f"You have finished {n} rehearsal{'s' if n != 1 else ''}. Latest endings: {endings}.", "",
                                  format_verdict(r.verdict()), "", format_replay(r)])
        except SimulatorError:
            pass
    v = last.get("verdict") if isinstance(last.get("verdict"), dict) else {}
    title = clean(v.get("title", "")) if isinstance(v.get("title"), str) else ""
    words = clean(v.get("words", "")) if isinstance(v.get("words"), str) else ""
    return f"Your last rehearsal: {title}\n“{words}”" if title else "Your saved rehearsal could not be read; rehearse it again."
