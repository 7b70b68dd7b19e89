"""The coach's entry point: ``review(text) -> Review``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import FLAG_LABELS, FLAGS, TOPIC_LABELS

_ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z]{2,7}|[A-Z][a-z]?[A-Z]{2,5})(?![A-Za-z])")
_NOT_ORG = frozenset({"I", "OK", "CEO", "HR", "AI", "IT", "CV", "UK", "US", "USA", "GM", "ER", "ICU", "UX", "UI", "PM",
                      "PR", "TV", "ID", "MBA", "PHD", "PhD", "QA", "VP", "CTO", "CFO", "COO", "LLC", "NYC", "LA", "EU",
                      "RN", "LPN", "NP", "DJ", "IRL", "AM", "PM", "FAQ", "OT", "PT", "RE", "DM", "ASAP", "SEO", "CNC",
                      "CPA", "EMT", "ESL", "STEM", "GP", "MD", "DO", "IV", "HVAC", "ADHD", "NHS", "SQL", "CAD", "GIS", "K"})


_WH = frozenset({"how", "what", "what's", "why", "which", "where", "when", "who", "how's"})


@dataclass(frozen=True)
class Review:
    """What the coach says about one drafted question."""

    text: str
    topic: str
    flags: frozenset = field(default_factory=frozenset)
    advice: tuple = ()
    rewrite: str | None = None
    #: the checker could not read it (no English): nothing was judged, so it is not "fine to ask"
    unread: bool = False

    @property
    def good(self) -> bool:
        """A learning question with nothing to fix."""
        return self.topic != "none" and not self.flags and not self.unread

    @property
    def topic_label(self) -> str:
        return TOPIC_LABELS.get(self.topic, self.topic)

    @property
    def flag_labels(self) -> tuple[str, ...]:
        return tuple(FLAG_LABELS[f] for f in FLAGS if f in self.flags)

    def __str__(self) -> str:
        return format_review(self)


def format_review(r: Review) -> str:
    """Plain multi-line text of a review, for notebooks without widgets."""
    quoted = r.text if len(r.text) <= 200 else r.text[:199].rstrip() + "\u2026"
    lines = [f"Your question: {quoted}" if quoted else "Your question: (empty)",
             f"Topic: {r.topic_label}"]
    lines.append("Flags: " + (", ".join(r.flag_labels) if r.flags else "none"))
    for sentence in r.advice:
        lines.append(f"- {sentence}")
    if r.rewrite:
        lines.append(f"Try: {r.rewrite}")
    return "\n".join(lines)


_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


# "MedChart Systems", "Northwind Health", "BrightPath": a named organisation (a word with inner
# capitals, or capitalised words ending in a company word)
_NAMED_ORG = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]+[A-Z][A-Za-z]*(?: (?:[A-Z][a-z]+))*|(?:[A-Z][a-z]+ ){1,3}"
                        r"(?:Systems|Inc|Ltd|LLC|Labs|Group|Health|Healthcare|Corp|Corporation|Technologies|Tech|Solutions|"
                        r"Partners|Bank|Foods|Media|Studios|Software|Industries|Pharma|Consulting|Logistics|Networks|Holdings|"
                        r"Energy|Motors|Hospital|Clinic|Agency|Associates|Company|Co)"
                        # "the Westfield Courier": a capitalised name after "the", inside the sentence
                        r"|(?<=[a-z] the )(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]{2,}"
                        # "What does Northwind actually make or sell?": one capitalised name that makes or sells
                        r"|(?:(?<=does )|(?<=do ))[A-Z][a-z]{2,}(?= (?:actually |really |exactly |mainly |mostly )?"
                        r"(?:make|sell|offer|produce|manufacture|provide|build|publish)\b))(?![A-Za-z])")


def _mark_acronyms(display: str, norm: str) -> str:
    upper = len(_UPPER.findall(display))
    if upper > 8 and upper > 1.5 * len(_LOWER.findall(display)):
        return norm  # SHOUTED TEXT: capitals say nothing about acronyms
    for name in {n for n in _NAMED_ORG.findall(display)}:
        low = re.escape(name.lower())
        norm = re.sub(rf"(?<![a-z0-9']){low}(?![a-z0-9])", "zorg", norm)
    found = {a for a in _ACRONYM.findall(display) if a not in _NOT_ORG}
    for a in found:
        norm = re.sub(rf"(?<![a-z0-9']){re.escape(a.lower())}(?![a-z0-9])", "zorg", norm)
    return norm


def _blank(display: str) -> Review:
    from . import lexicon
    return Review(display, "none", frozenset({"not_a_question"}), (lexicon.load("advice")["blank"],), None)


def review(text: object) -> Review:
    """Review one drafted question. Never raises."""
    from .normalise import clean
    display = ""
    try:
        display = clean(text)
        return _review(display)
    except Exception:  # the coach must never break a lesson
        return _blank(display)


@dataclass(frozen=True)
class Analysis:
    """What the rules read in one item: the evidence the scored decision weighs."""

    display: str
    norm: str
    marked: str  # the normalised text with organisation names and acronyms marked
    units: tuple
    infos: tuple
    rule_topic: str
    rule_flags: frozenset
    text: str  # the learning units' text
    total: dict  # topic -> summed cue weight


def analyse(display: str) -> Analysis | Review:
    """The rules' reading of cleaned text, or a finished ``Review`` for blank or non-English text."""
    from . import flags as flagmod, topics
    from .normalise import normalise
    from .parse import parse

    if not any(ch.isalnum() for ch in display):
        return _blank(display)
    norm = normalise(display)
    if not any(ch.isalnum() for ch in norm) or not re.search(r"[a-z0-9]", norm):
        r = _blank(display)
        return Review(display, "none", frozenset({"not_a_question"}), r.advice, None) if not norm.strip() else _foreign(display, norm)
    marked = _mark_acronyms(display, norm)
    units = parse(marked)
    if not units:
        return _blank(display)
    cache: dict[str, dict[str, int]] = {}

    def scores(t: str) -> dict[str, int]:
        if t not in cache:
            cache[t] = topics.scores(t)
        return cache[t]

    def top_score(t: str) -> int:
        return max(scores(t).values(), default=0)

    infos = flagmod.describe(units, top_score)
    fl = flagmod.item_flags(infos)
    learning = [i for i in infos if i.learning]
    text, total = "", {}
    if not learning:
        topic = "none"
        text = " ".join(u.full for u in units)
    else:
        text, total = _evidence(learning, scores)
        # no cue at all: nothing recognisable is asked ("hi?", "and and?")
        topic = topics.best(total) or "none"
        if topic == "none" and (all(i.vague for i in learning) or any(i.researchable for i in learning)
                                or any(i.unit.question and i.unit.head in _WH for i in learning)
                                or any(not i.unit.question for i in learning)):
            # "Any tips?", "What is a paralegal?", "Explain how councils award contracts.": a learning
            # question or request with no topic cue at all: the contact's own work and field
            topic = "role_insight"
    return Analysis(display, norm, marked, tuple(units), tuple(infos), topic, fl, text, total)


def _review(display: str) -> Review:
    from . import advice, decide

    a = analyse(display)
    if isinstance(a, Review):
        return a
    topic, fl, infos = decide.decide_with_units(a)
    adv, rw = advice.build(topic, fl, infos, display, a.norm)
    return Review(display, topic, fl, adv, rw)


def _evidence(learning, scores) -> tuple[str, dict[str, float]]:
    """The learning units' text and their summed topic-cue weights."""
    from . import flags as flagmod
    total: dict[str, float] = {}
    asked = any(i.unit.question for i in learning)
    parts = []
    for i in learning:
        # when the item asks something, statements around it only add context
        share = 1.0 if (i.unit.question or not asked) else 0.5
        if share == 1.0:
            parts.append(i.unit.full)
        for k, v in scores(i.unit.full).items():
            total[k] = total.get(k, 0) + v * share
        if i.researchable and flagmod.is_company_fact(i.unit.full):
            # facts about the contact's organisation are insight into their work (contract)
            total["role_insight"] = total.get("role_insight", 0) + flagmod.company_fact_bonus() * share
    return " ".join(parts), total


def topic_evidence(text: object) -> tuple[str, dict[str, float]] | None:
    """For fitting the topic reading: the learning text and cue sums ``review`` weighs, or None."""
    from . import flags as flagmod, topics
    from .normalise import clean, normalise
    from .parse import parse
    display = clean(text)
    units = parse(_mark_acronyms(display, normalise(display)))
    if not units:
        return None
    learning = [i for i in flagmod.describe(units, lambda t: max(topics.scores(t).values(), default=0)) if i.learning]
    if not learning:
        return None
    return _evidence(learning, topics.scores)


def _foreign(display: str, norm: str) -> Review:
    """Text with no Latin letters: the coach reads English only."""
    asked = display.rstrip().endswith(("?", "\uff1f", "\u061f", "\u037e"))
    msg = ("The question checker reads questions in English; try writing your question in English so it can "
           "tell you what the contact will hear.")
    return Review(display, "none", frozenset() if asked else frozenset({"not_a_question"}), (msg,), None, unread=True)


def rule_reading(text: object) -> Review:
    """What the hand rules alone read in ``text`` (topic and flags, no advice): the features the
    scored decision weighs. For tests of the rules and for fitting."""
    from .normalise import clean
    display = clean(text)
    a = analyse(display)
    if isinstance(a, Review):
        return a
    return Review(display, a.rule_topic, a.rule_flags, (), None)
