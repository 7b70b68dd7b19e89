"""The conversation simulator: a branching role-play, as data, played turn by turn.

The learner plays the asker in a coffee meeting with a career coach. The dialogue
lives in ``data/simulator.json``: *nodes* (what the contact says, and the lines the
learner may choose), *routers* (which ending the meeting reaches, decided from
what happened) and *endings* (the contact's verdict in her own words).

A :class:`Conversation` keeps the state the contact notices: minutes used, who
talked how much, silences, whether the purpose was made clear, favours asked,
questions and follow-ups, whether time was respected, and how the meeting was
closed. Nothing here imports ipywidgets.

Text fallbacks: ``print(play(["smalltalk_brief", "intro_clear"]))`` plays a list of
choices; ``print(play_visitor())`` replays the visitor's meeting from the story.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from . import meeting_words as W
from .content import load_json
from .meeting_verdict import Verdict, Voice, transcript_text, verdict_text
from .meeting_verdict import mins as _mins
from .text import CHECK_LIMIT, clean, clip, words

SCRIPT_FILE = "simulator.json"
#: Minutes past the time asked for that count as overstaying (unless the contact chose to go on).
OVER_GRACE = 3

#: The state a meeting starts with. Booleans are set by effects; numbers are added to.
INITIAL_STATE: dict[str, Any] = {
    "minutes": 0.0,
    "you_minutes": 0.0,
    "host_minutes": 0.0,
    "silence_minutes": 0.0,
    "silences": 0,
    "purpose_clear": False,
    "favour_asks": 0,
    "questions": 0,
    "follow_ups": 0,
    "passions": 0,
    "researchable": 0,
    "unprepared": False,
    "asked_referrals": False,
    "asked_closing_question": False,
    "keep_in_touch": False,
    "thanked": False,
    "respected_time": False,
    "overstayed": False,
    "gracious_opening": False,
    "resume_unasked": False,
}

ENDING_WORDS = {
    "warm": "warm",
    "polite": "polite but nothing more",
    "unclear": "pleasant but pointless",
    "awkward": "awkward (the visitor's ending)",
}


class SimulatorError(Exception):
    """A problem with a choice or the script, worded for the learner."""


# --------------------------------------------------------------------- script
@dataclass(frozen=True)
class Option:
    id: str
    say: str
    to: str
    reply: str = ""
    reaction: str = ""
    you_minutes: float = 0.0
    host_minutes: float = 0.0
    silence_minutes: float = 0.0
    effects: dict = field(default_factory=dict)
    flags: frozenset = frozenset()
    topic: str = "none"
    keywords: str = ""
    turning_kind: str = ""  # "helped", "hurt" or ""
    turning_note: str = ""
    visitor: bool = False
    only_if: dict | None = None
    #: ((condition, {"reply"|"reaction"|"turning_note": text}), ...): the first that holds when the line is said
    #: replaces those words (Ruth answers a request differently after two requests for her clients)
    variants: tuple = ()

    def as_said(self, state: dict) -> "Option":
        """This line as it lands in a meeting in ``state`` (before its own effects)."""
        for cond, words in self.variants:
            if holds(cond, state):
                return replace(self, **{k: v for k, v in words.items() if k in _VARIANT_WORDS}, variants=())
        return self


_VARIANT_WORDS = ("reply", "reaction", "turning_note")


@dataclass(frozen=True)
class Node:
    id: str
    stage: str = ""
    host: str = ""
    host_minutes: float = 0.0
    asides: tuple = ()  # ((condition, text), ...)
    contact_variants: tuple = ()  # ((condition, text), ...): the first that holds replaces what the contact says
    options: tuple = ()  # (Option, ...)
    route: tuple = ()  # ((condition or None, target), ...)
    ending: str = ""
    title: str = ""
    verdict: str = ""
    answers: dict = field(default_factory=dict)
    variants: tuple = ()  # ((condition, verdict, answers), ...): the first that holds replaces the default

    def said(self, state: dict) -> tuple[str, dict]:
        """The ending's verdict and answers for how the meeting went (``state``)."""
        for cond, verdict, answers in self.variants:
            if holds(cond, state):
                return verdict or self.verdict, {**self.answers, **answers}
        return self.verdict, dict(self.answers)

    @property
    def is_router(self) -> bool:
        return bool(self.route)

    @property
    def is_ending(self) -> bool:
        return bool(self.ending)


@dataclass(frozen=True)
class Script:
    title: str
    asked_minutes: int
    host_name: str
    host_about: str
    you_name: str
    you_about: str
    setting: str
    start: str
    nodes: dict
    remarks: tuple  # ((condition, text), ...)
    stages: dict
    visitor_path: tuple
    sample_path: tuple

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise SimulatorError(f"The script has no step called {node_id!r}.") from None

    @property
    def endings(self) -> dict:
        return {n.ending: n for n in self.nodes.values() if n.is_ending}


def _option(d: dict) -> Option:
    turning = d.get("turning") or {}
    return Option(
        id=d["id"],
        say=d["say"],
        to=d["to"],
        reply=d.get("reply", ""),
        reaction=d.get("reaction", ""),
        you_minutes=float(d.get("you_minutes", 0)),
        host_minutes=float(d.get("host_minutes", 0)),
        silence_minutes=float(d.get("silence_minutes", 0)),
        effects=dict(d.get("effects", {})),
        flags=frozenset(d.get("flags", ())),
        topic=d.get("topic", "none"),
        keywords=d.get("keywords", ""),
        turning_kind=turning.get("kind", ""),
        turning_note=turning.get("note", ""),
        visitor=bool(d.get("visitor", False)),
        only_if=d.get("only_if"),
        variants=tuple((v["when"], {k: v[k] for k in _VARIANT_WORDS if k in v}) for v in d.get("variants", ())),
    )


def parse_script(data: dict) -> Script:
    nodes = {}
    for node_id, d in data["nodes"].items():
        nodes[node_id] = Node(
            id=node_id,
            stage=d.get("stage", ""),
            host=d.get("contact", ""),
            host_minutes=float(d.get("host_minutes", 0)),
            asides=tuple((a["when"], a["text"]) for a in d.get("asides", ())),
            contact_variants=tuple((v["when"], v["text"]) for v in d.get("contact_variants", ())),
            options=tuple(_option(o) for o in d.get("options", ())),
            route=tuple((r.get("when"), r["to"]) for r in d.get("route", ())),
            ending=d.get("ending", ""),
            title=d.get("title", ""),
            verdict=d.get("verdict", ""),
            answers=dict(d.get("answers", {})),
            variants=tuple((v["when"], v.get("verdict", ""), dict(v.get("answers", {}))) for v in d.get("variants", ())),
        )
    return Script(
        title=data["title"],
        asked_minutes=int(data["asked_minutes"]),
        host_name=data["contact"]["name"],
        host_about=data["contact"]["about"],
        you_name=data["you"]["name"],
        you_about=data["you"]["about"],
        setting=data.get("setting", ""),
        start=data["start"],
        nodes=nodes,
        remarks=tuple((r["when"], r["text"]) for r in data.get("remarks", ())),
        stages=dict(data.get("stages", {})),
        visitor_path=tuple(data.get("visitor_path", ())),
        sample_path=tuple(data.get("sample_path", ())),
    )


_SCRIPT: Script | None = None


def load_script() -> Script:
    """The course's simulator script (parsed once)."""
    global _SCRIPT
    if _SCRIPT is None:
        _SCRIPT = parse_script(load_json(SCRIPT_FILE))
    return _SCRIPT


# ----------------------------------------------------------------- conditions
_OPS = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
}


def talk_share(state: dict) -> float:
    """The asker's share of the talking (0 to 1); 0 when nobody has spoken."""
    you = float(state.get("you_minutes", 0))
    host = float(state.get("host_minutes", 0))
    return you / (you + host) if you + host > 0 else 0.0


def _lookup(state: dict, key: str):
    if key == "talk_share":
        return talk_share(state)
    if key not in state:
        raise SimulatorError(f"The script tests an unknown fact: {key!r}.")
    return state[key]


def holds(condition: dict | None, state: dict) -> bool:
    """Whether ``condition`` (the script's small condition language) holds in ``state``.

    ``None`` or ``{}`` always holds. Keys are state facts compared for equality,
    or with ``{">=": n}``-style operators; ``any``, ``all`` and ``not`` combine.
    """
    if not condition:
        return True
    for key, want in condition.items():
        if key == "any":
            if not any(holds(c, state) for c in want):
                return False
        elif key == "all":
            if not all(holds(c, state) for c in want):
                return False
        elif key == "not":
            if holds(want, state):
                return False
        else:
            have = _lookup(state, key)
            if isinstance(want, dict):
                for op, value in want.items():
                    if op not in _OPS:
                        raise SimulatorError(f"The script uses an unknown comparison: {op!r}.")
                    if not _OPS[op](have, value):
                        return False
            elif have != want:
                return False
    return True


def apply_effects(state: dict, effects: dict) -> None:
    for key, value in effects.items():
        if key not in state:
            raise SimulatorError(f"The script changes an unknown fact: {key!r}.")
        if isinstance(state[key], bool):
            state[key] = bool(value)
        else:
            state[key] = state[key] + value


# ------------------------------------------------------------------- playing
@dataclass(frozen=True)
class Step:
    """One turn: what the contact said, what the learner chose (and typed), and the clock after."""

    node_id: str
    host_line: str
    option: Option
    typed: str = ""
    minute: float = 0.0


class Conversation:
    """One play-through of the script."""

    def __init__(self, script: Script | None = None):
        self.script = script if script is not None else load_script()
        self.state: dict = dict(INITIAL_STATE)
        self.steps: list[Step] = []
        self.purpose_minute: float | None = None
        self.node_id = ""
        self.host_line = ""
        self._enter(self.script.start)

    # -- moving through the graph
    def _enter(self, node_id: str) -> None:
        seen = 0
        node = self.script.node(node_id)
        if (node.is_router or node.is_ending) and not self.state["respected_time"] \
                and self.state["minutes"] > self.script.asked_minutes + OVER_GRACE:
            self.state["overstayed"] = True
        while node.is_router:
            seen += 1
            if seen > len(self.script.nodes):
                raise SimulatorError("The script's routing goes round in circles.")
            target = next((to for cond, to in node.route if holds(cond, self.state)), None)
            if target is None:
                raise SimulatorError(f"No route out of {node.id!r} fits this meeting.")
            node = self.script.node(target)
        self.node_id = node.id
        if node.host_minutes:
            self._talk(host=node.host_minutes)
        self.host_line = self._host_line(node)

    def _host_line(self, node: Node) -> str:
        said = next((text for cond, text in node.contact_variants if holds(cond, self.state)), node.host)
        extra = [text for cond, text in node.asides if holds(cond, self.state)]
        return " ".join([said, *extra]).strip()

    def _talk(self, you: float = 0.0, host: float = 0.0, silence: float = 0.0) -> None:
        self.state["you_minutes"] += you
        self.state["host_minutes"] += host
        self.state["silence_minutes"] += silence
        self.state["minutes"] += you + host + silence

    def fork(self) -> "Conversation":
        """An independent copy (for exploring every path without replaying from the start)."""
        twin = object.__new__(Conversation)
        twin.script = self.script
        twin.state = dict(self.state)
        twin.steps = list(self.steps)
        twin.purpose_minute = self.purpose_minute
        twin.node_id = self.node_id
        twin.host_line = self.host_line
        return twin

    @property
    def node(self) -> Node:
        return self.script.node(self.node_id)

    @property
    def is_over(self) -> bool:
        return self.node.is_ending

    @property
    def minute(self) -> float:
        return self.state["minutes"]

    def choices(self) -> list[Option]:
        """The lines the learner may say now (none once the meeting is over)."""
        return [o for o in self.node.options if holds(o.only_if, self.state)]

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.choices() if o.id == option_id), None)

    def choose(self, option_id: str, typed: str = "") -> Step:
        """Say the line ``option_id``. ``typed`` is the learner's own words, if any."""
        if self.is_over:
            raise SimulatorError("The meeting is over. Start again to play another one.")
        opt = self.option(option_id)
        if opt is None:
            ids = ", ".join(o.id for o in self.choices())
            raise SimulatorError(f"“{clip(clean(option_id), 60)}” is not one of the choices here. The choices are: {ids}.")
        opt = opt.as_said(self.state)
        step = Step(self.node_id, self.host_line, opt, clip(clean(typed).strip(), 500), 0.0)
        late = self.state["minutes"] > self.script.asked_minutes + OVER_GRACE
        self._talk(you=opt.you_minutes, host=opt.host_minutes, silence=opt.silence_minutes)
        apply_effects(self.state, typed_effects(opt.effects, step.typed))
        if late and opt.effects.get("respected_time"):
            # raising the time only counts while the meeting is still (nearly) within it
            self.state["respected_time"] = False
        if self.state["purpose_clear"] and self.purpose_minute is None:
            self.purpose_minute = self.state["minutes"]
        self._enter(opt.to)
        step = Step(step.node_id, step.host_line, opt, step.typed, self.state["minutes"])
        self.steps.append(step)
        return step

    # -- reading the result
    def stats(self) -> dict:
        s = self.state
        return {
            "minutes": round(s["minutes"], 1),
            "asked_minutes": self.script.asked_minutes,
            "talk_share": round(talk_share(s), 2),
            "silences": s["silences"],
            "purpose_clear": s["purpose_clear"],
            "purpose_minute": None if self.purpose_minute is None else round(self.purpose_minute, 1),
            "favour_asks": s["favour_asks"],
            "questions": s["questions"],
            "follow_ups": s["follow_ups"],
            "asked_referrals": s["asked_referrals"],
            "asked_closing_question": s["asked_closing_question"],
            "keep_in_touch": s["keep_in_touch"],
            "thanked": s["thanked"],
            "respected_time": s["respected_time"],
            "overstayed": s["overstayed"],
        }

    def verdict(self) -> Verdict | None:
        if not self.is_over:
            return None
        node = self.node
        remarks = tuple(text for cond, text in self.script.remarks if holds(cond, self.state))
        verdict, answers = node.said(self.state)
        return Verdict(node.ending, node.title, verdict, answers, remarks, self.stats())

    def turning_points(self) -> list[tuple[int, Step]]:
        """(turn number from 1, step) for the turns the script marks as turning points."""
        return [(n, s) for n, s in enumerate(self.steps, 1) if s.option.turning_kind]

    def path(self) -> list[dict]:
        """The path as plain data (for saving)."""
        out = []
        for s in self.steps:
            item = {"node": s.node_id, "option": s.option.id}
            if s.typed:
                item["typed"] = s.typed
            out.append(item)
        return out

    def followed_visitor(self) -> int:
        """How many of the learner's lines were the visitor's kind of line."""
        return sum(s.option.visitor for s in self.steps)


def replay(path: Iterable, script: Script | None = None) -> Conversation:
    """Rebuild a conversation from a saved path; raises SimulatorError if it no longer fits."""
    conv = Conversation(script)
    for item in path:
        if isinstance(item, dict):
            option_id, typed = item.get("option"), item.get("typed", "")
            if item.get("node") not in (None, conv.node_id):
                raise SimulatorError("The saved meeting does not fit the current script.")
        else:
            option_id, typed = item, ""
        if not isinstance(option_id, str):
            raise SimulatorError("The saved meeting has a step that is not a choice.")
        conv.choose(option_id, typed if isinstance(typed, str) else "")
    return conv


# ------------------------------------------------------------ typed lines
STOPWORDS = frozenset(
    """a an the and or but so to of in on at for with by from as is are was were be been it its this that
    i me my you your we our they them he she his her do does did have has had will would could can
    just if then than there here what how who when where why which about up out into very really""".split()
)


#: what a typed line must say for the line it was matched to to count it: a tester's "Thank you very much for your
#: time... Goodbye." reached the thanks-and-keep-in-touch line, and the summary said they had asked to keep in touch
_TYPED_SAYS = {"keep_in_touch": W.KEEP_IN_TOUCH, "thanked": W.THANKS}


def typed_effects(effects: dict, typed: str) -> dict:
    """The effects of a line the learner typed: what the matched line does, less keeping in touch or thanks that the
    typed words never said."""
    if not typed:
        return effects
    low = W.low(typed)
    return {k: v for k, v in effects.items() if not (v is True and k in _TYPED_SAYS and not _TYPED_SAYS[k].search(low))}


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    # "choose" and "choosing", "value" and "valued" meet ("choos", "valu"): a tester's niche follow-up was not caught
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def content_words(text: str) -> set[str]:
    """Lower-cased, lightly stemmed words of ``text`` without the commonest ones."""
    return {_stem(w) for w in words(text) if w.lower() not in STOPWORDS}


@dataclass(frozen=True)
class Match:
    option: Option | None
    score: float
    message: str
    coach_used: bool = False


def _coach_review(text: str):
    """The question coach's review of ``text``, or None if the coach is not available."""
    try:
        from .coach import review  # imported lazily: the coach is optional here
    except Exception:  # noqa: BLE001 - any import problem means "no coach"
        return None
    try:
        return review(text)
    except Exception:  # noqa: BLE001
        return None


NO_MATCH = "I didn't catch that; pick the closest line from the list."


def no_match_words(contact: str, message: str) -> str:
    """What the learner reads when a typed line was not placed: "I didn't catch that" is the contact
    speaking, so it is said with their name (the message sits under the course's own controls)."""
    if message != NO_MATCH:
        return message
    # not the learner's fault: a fine question may simply not be one of the lines this meeting can play (two testers read
    # the contact's "I didn't catch that" as saying they had spoken unclearly)
    return (f"The simulator didn't catch that: none of the lines on offer here is close enough to yours, and {contact} can "
            "only answer those. Pick the closest line from the list, or put yours another way.")


def _match_data() -> dict:
    global _MATCH_DATA
    if _MATCH_DATA is None:
        d = load_json("simulator_match.json")
        canon: dict[str, str] = {}
        phrases: list[tuple[str, str]] = []
        for row in d.get("same", []):
            head = _stem(row[0])
            for w in row:
                if " " in w:
                    phrases.append((w, row[0]))
                else:
                    canon[_stem(w)] = head
        phrases.sort(key=lambda p: -len(p[0]))
        _MATCH_DATA = {"canon": canon, "phrases": phrases, "stop": STOPWORDS | frozenset(d.get("stop", ())),
                       **{k: v for k, v in d.items() if not isinstance(v, list)}}
    return _MATCH_DATA


_MATCH_DATA: dict | None = None


def _concepts(text: str) -> set[str]:
    """The typed or scripted line as concepts: content words, with words that mean the same here
    ("customers", "clients") and phrases ("get into", "who else") folded together."""
    d = _match_data()
    low = " " + " ".join(w.lower() for w in words(text)) + " "
    out: set[str] = set()
    for phrase, head in d["phrases"]:
        if f" {phrase} " in low:
            out.add(_stem(head.split()[0]) if " " not in head else head)
            low = low.replace(f" {phrase} ", " ")
    for w in low.split():
        if w in d["stop"]:
            continue
        st = _stem(w)
        out.add(d["canon"].get(st, st))
    return out


def _weights(options: list[Option]) -> dict[str, float]:
    """Rarer concepts among the lines on offer say more about which one was meant."""
    seen: dict[str, int] = {}
    for opt in options:
        for c in _concepts(opt.say + " " + opt.keywords):
            seen[c] = seen.get(c, 0) + 1
    n = len(options)
    return {c: 1.0 + math.log((1 + n) / (1 + k)) for c, k in seen.items()}


def match_line(text: object, options: list[Option], use_coach: bool = True) -> Match:
    """The option nearest to a typed line: shared concepts (rarer ones weigh more), helped by the
    question coach's reading (topic, favour, flags) when available. When nothing is close, no
    option is forced: the learner is asked to pick the closest line."""
    line = clean(text).strip()[:CHECK_LIMIT]
    if not options:
        return Match(None, 0.0, "The meeting is over, so there is nothing to say.")
    if not line:
        silent = any("silence" in o.flags for o in options)  # the bracket hint only where a silent line is on offer
        return Match(None, 0.0, "Type a line first, or pick one from the list."
                     + (" (To stay silent, pick a line in brackets.)" if silent else ""))
    if not content_words(line):
        return Match(None, 0.0, "That line has no words the contact could answer. Try a sentence, or pick one from the list.")
    d = _match_data()
    mine = _concepts(line)
    review = _coach_review(line) if use_coach else None
    flags = frozenset(getattr(review, "flags", ()) or ()) if review is not None else frozenset()
    topic = getattr(review, "topic", None) if review is not None else None
    # a direct question the coach reads as asking to learn ("I'd love to learn how..." may still be an introduction)
    asked = bool(topic and topic != "none" and "not_a_question" not in flags and line.rstrip().endswith("?"))
    follow_up = W.says(W.FOLLOW_UP, line)
    weight = _weights(options)
    mine_w = sum(weight.get(c, 1.0 + math.log(1 + len(options))) for c in mine)
    best, best_score = None, 0.0
    for opt in options:
        theirs = _concepts(opt.say + " " + opt.keywords)
        if not theirs or ("silence" in opt.flags and _stem("silence") not in mine):
            continue  # a silent line is reached only by saying nothing, nodding, pausing...
        shared = sum(weight[c] for c in mine & theirs)
        # half how alike the two lines are, half how much of what was typed the line covers
        score = (0.5 * shared / math.sqrt(mine_w * sum(weight[c] for c in theirs)) + 0.5 * shared / mine_w) if shared else 0.0
        if review is not None:
            if ("asks_for_favor" in flags) != ("asks_for_favor" in opt.flags):
                # a line that asks no favour is never taken as a favour, and a favour never as a line
                # that asks none: the learner would be told they said what they did not
                continue
            if asked and "not_a_question" in opt.flags:
                continue  # a question asked to learn is not an answer, small talk or a statement ("what I do is...")
            if "asks_for_favor" in flags:
                score += d["favour_bonus"]
            if topic and topic != "none" and opt.topic != "none":
                # a question on another topic keeps only part of its word overlap
                # ...except a follow-up on the contact's own words reaching the follow-up line: the coach reads such a
                # line's topic from its new words ("How would somebody like me try one out?" read as referrals)
                if topic == opt.topic:
                    score += d["topic_bonus"]
                elif not (follow_up and opt.effects.get("follow_ups")):
                    score *= 1 - d["topic_mismatch"]
            for f in ("researchable", "self_focused", "vague"):
                if f in opt.flags and f not in flags:
                    score -= d["flag_penalty"]
        if opt.effects.get("respected_time") and not ({"time", "stop here"} & mine):
            continue  # offering to stop says something of the time ("one more question: how do you price?" does not)
        if opt.effects.get("keep_in_touch") and not W.says(W.KEEP_IN_TOUCH, line):
            # thanks alone is not asking to keep in touch (a tester's thanks reached "May I keep in touch...?")
            score -= d["flag_penalty"]
        if score > best_score:
            best, best_score = opt, score
    if (best is None or best_score < d["threshold"]) and asked and not ({"time", "stop here"} & mine):
        # the contact has looked at the clock and the asker asks on without a word about the time: running over
        over = next((o for o in options if o.effects.get("overstayed")), None)
        if over is not None:
            return Match(over, round(max(best_score, d["threshold"]), 2),
                         f"Your line asks on without a word about the time, like: “{over.say}”", review is not None)
    if best is None or best_score < d["threshold"]:
        return Match(None, round(best_score, 2), NO_MATCH, review is not None)
    closeness = "close to" if best_score >= 0.3 else "nearest to"
    said = f"Your line is {closeness}: “{best.say}”"
    if "closed" in flags and "closed" not in best.flags and best.topic != "none":
        # "Is it hard to become a coach?" reached an open question without a word (a tester)
        said += " Yours can be answered with yes or no; this line asks it openly."
    return Match(best, round(best_score, 2), said, review is not None)


# -------------------------------------------------------------- text output
def status_line(conv: Conversation) -> str:
    s = conv.state
    share = round(100 * talk_share(s))
    purpose = "yes" if s["purpose_clear"] else "not yet"
    return (
        f"Minute {_mins(s['minutes'])} of the {conv.script.asked_minutes} you asked for · "
        f"you did {share}% of the talking · silences: {s['silences']} · "
        f"your purpose is clear to her: {purpose} · favours asked: {s['favour_asks']}"
    )


def format_stats(stats: dict) -> list[str]:
    share = round(100 * stats["talk_share"])
    purpose = (
        f"yes, from minute {_mins(stats['purpose_minute'])}" if stats["purpose_clear"] and stats["purpose_minute"] is not None
        else ("yes" if stats["purpose_clear"] else "never")
    )
    return [
        f"Time: {_mins(stats['minutes'])} minutes of the {stats['asked_minutes']} you asked for"
        + (" (over time)" if stats["minutes"] > stats["asked_minutes"] + 1 else "") + ".",
        f"Talking: you {share}%, your contact {100 - share}%.",
        f"Silences: {stats['silences']}.",
        f"Did she know what you do and want? {purpose}.",
        f"Questions asked: {stats['questions']} (follow-ups: {stats['follow_ups']}).",
        f"Favours asked: {stats['favour_asks']}.",
        f"Asked who else to talk to: {'yes' if stats['asked_referrals'] else 'no'}. "
        f"Asked to keep in touch: {'yes' if stats['keep_in_touch'] else 'no'}. "
        f"Said thank you: {'yes' if stats['thanked'] else 'no'}.",
        f"Asked “What should I have asked you that I didn't?”: {'yes' if stats.get('asked_closing_question') else 'no'}.",
    ]


def transcript_lines(conv: Conversation, asker: str = "You") -> list[tuple[str, str]]:
    """The meeting so far as (speaker, text) pairs; speaker is the contact, ``asker`` ("You" for the
    learner's own meeting, :data:`VISITOR_ASKER` for the visitor's) or "" for narration."""
    host, out = conv.script.host_name, []

    def said(line: str) -> tuple[str, str]:
        # "(Ruth glances at her watch.)": a stage direction is narration, not a line of hers
        if _STAGE_ONLY.match(line.strip()):
            return "", " ".join(part.strip() for part in re.findall(r"\(([^()]*)\)", line))
        return host, line

    for s in conv.steps:
        out.append(said(s.host_line))
        if s.typed:
            out.append((asker, f"{s.typed}  [taken as: {s.option.say}]"))
        else:
            out.append((asker, s.option.say))
        if s.option.reply:
            out.append((host, s.option.reply))
        if s.option.reaction:
            out.append(("", s.option.reaction))
    if conv.host_line and not conv.is_over:
        out.append(said(conv.host_line))
    return out


#: a line made only of stage directions in brackets
_STAGE_ONLY = re.compile(r"^(?:\([^()]*\)\s*)+$")


def format_transcript(conv: Conversation, asker: str = "You") -> str:
    return "\n".join(transcript_text(transcript_lines(conv, asker)))


def format_verdict(verdict: Verdict, host_name: str = "Ruth") -> str:
    return verdict_text(verdict, Voice(host_name, "she", "her"), format_stats(verdict.stats))


def format_replay(conv: Conversation, names: bool = False) -> str:
    """Your path, turn by turn, with the turning points marked. ``names`` shows each line's name, which the
    text version of the simulator (:func:`play`) is played with; the plain-text copy of a meeting played with
    the buttons never shows them (a walk read "[passions_first]" as code)."""
    lines = ["Your path (▲ = a turning point that helped, ▼ = one that hurt):"]
    for n, s in enumerate(conv.steps, 1):
        mark = {"helped": "▲", "hurt": "▼"}.get(s.option.turning_kind, " ")
        said = clip(s.typed, 110) + " (taken as: " + clip(s.option.say, 80) + ")" if s.typed else clip(s.option.say, 110)
        lines.append(f"{mark} {n}. [{s.option.id}] {said}" if names else f"{mark} {n}. {said}")
        if s.option.turning_kind:
            word = "helped" if s.option.turning_kind == "helped" else "hurt"
            lines.append(f"     Turning point ({word}): {s.option.turning_note}")
    return "\n".join(lines)


def format_choices(conv: Conversation) -> str:
    lines = ["What do you say next? Add one of these names to your list:"]
    for o in conv.choices():
        lines.append(f"  {o.id!r}: {o.say}")
    return "\n".join(lines)


# The visitor's meeting (lesson 6's fold): the reader plays his lines, so the narration's "you" still fits
VISITOR_ASKER = "You, as the visitor"
VISITOR_BRIEF = ("Here you play the visitor from the story in lesson 2, in Jo's place, with the lines he used: "
                 "passions instead of a purpose, then two favours.")


def play(choices: Iterable = (), script: Script | None = None, asker: str = "You") -> str:
    """Play a list of choices (option names, or your own lines) and return the transcript.

    When the meeting ends you get the contact's verdict and your path; when it has not
    ended yet, the next choices are listed so you can add one and play again.
    """
    conv = Conversation(script)
    sc = conv.script
    who = sc.you_about if asker == "You" else f"You: {VISITOR_BRIEF}"
    head = [f"{sc.title}. {who}", f"{sc.host_about}", sc.setting, ""]
    problem = ""
    if isinstance(choices, str):
        choices = [choices]
    try:
        items = list(choices)
    except TypeError:
        items, problem = [], "Give play() a list of choices, for example play([\"smalltalk_brief\", \"intro_clear\"])."
    for item in items:
        if conv.is_over:
            problem = "The meeting had already ended, so the rest of your list was not used."
            break
        line = clean(item).strip()
        if conv.option(line) is not None:
            conv.choose(line)
            continue
        found = match_line(line, conv.choices())
        if found.option is None:
            problem = (f"At this point, “{clip(line, 80)}” is not one of the choices. "
                       f"{no_match_words(conv.script.host_name, found.message)}")
            break
        conv.choose(found.option.id, typed=line)
    parts = head + [format_transcript(conv, asker)]
    if problem:
        parts += ["", problem]
    if conv.is_over:
        parts += ["", format_verdict(conv.verdict(), sc.host_name), "", format_replay(conv, names=True)]
    else:
        parts += ["", status_line(conv), "", format_choices(conv)]
    return "\n".join(parts)


def play_visitor(script: Script | None = None) -> str:
    """The visitor's meeting from the story, played with his kind of lines."""
    sc = script if script is not None else load_script()
    return play(sc.visitor_path, sc, asker=VISITOR_ASKER)


def format_run(value: Any) -> str:
    """A saved run (the simulator's saved value) as text, for the text fallback."""
    if not isinstance(value, dict) or not isinstance(value.get("runs"), list) or not value["runs"]:
        return "No finished meeting saved yet. Play the simulator above to the end (or use play([...]) for a text version)."
    last = value["runs"][-1]
    try:
        conv = replay(last.get("path", []))
    except SimulatorError:
        return "Your saved meeting no longer fits this version of the simulator; play it again."
    if not conv.is_over:
        return "Your saved meeting did not reach an ending; play it again."
    n = len(value["runs"])
    endings = ", ".join(ENDING_WORDS.get(r.get("ending"), "?") for r in value["runs"][-5:])
    return "\n".join([
        f"You have finished {n} meeting{'s' if n != 1 else ''}. Latest endings: {endings}.", "",
        format_verdict(conv.verdict(), conv.script.host_name), "", format_replay(conv),
    ])
