"""Decide what each unit of a drafted item is, and which flags the item earns.

Rules are written against the labelling contract: a unit may ask for a
favour, be about the asker (self-focused), be small talk, or be a learning
question or learning request. Patterns come from flags.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import contract
from . import favour as favour_rules
from . import favour_model
from . import lexicon
from .normalise import words
from .parse import Unit


@dataclass(frozen=True)
class UnitInfo:
    unit: Unit
    favour: bool
    self_focused: bool
    smalltalk: bool
    learning: bool  # asks or requests something to learn
    closed: bool
    vague: bool
    researchable: bool
    personal: str | None = None  # which part of the contact's private life it asks about
    family: str | None = None  # the favour family the contract names, when one is found


_MACRO = re.compile(r"<([A-Z]+)>")


def expand(pattern: str, macros: dict[str, str]) -> str:
    """``pattern`` with each ``<NAME>`` replaced by the shared fragment ``macros[NAME]``."""
    return _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)


@lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    data = lexicon.load("flags")
    macros = data.get("macros", {})
    ex = lambda rows: [expand(p, macros) for p in rows]  # noqa: E731
    intro = set(data["favour_intro_only"])
    strong = [p for p in data["favour"] if p not in intro]
    out = {
        "favour": lexicon.compile_any(ex(strong)),
        "favour_intro": lexicon.compile_any(ex(data["favour_intro_only"])),
        "favour_escape": lexicon.compile_any(ex(data["favour_learning_escape"])),
    }
    for name in ("request", "one_word_answer", "researchable", "researchable_company", "self_react", "self_judge",
                 "self_markers", "learning_frames", "smalltalk", "vague_patterns", "self_share", "self_ask"):
        out[name] = lexicon.compile_any(ex(data.get(name, [])))
    for name in ("favour_role_description", "would_closed_verbs", "self_statement_start", "self_plan", "imperative_heads", "learning_statement"):
        out[name] = re.compile(expand(data[name], macros))
    return out


@lru_cache(maxsize=None)
def _sets():
    return (lexicon.words("auxiliaries"), lexicon.words("question_words"),
            frozenset(lexicon.load("flags")["generic_words"]),
            frozenset(lexicon.load("flags")["vague_aspect_words"]))


_REACTION = frozenset("thoughts what do you think feedback opinion your any how about it that this does look "
                      "sound good ok okay honest honestly reaction impressions impression so and".split())


def is_favour(text: str) -> bool:
    rx = _rx()
    if rx["favour"].search(text):
        # "What's the hardest part of being the one who does the hiring?": the contact's role described,
        # not a request for the person who hires
        rest = rx["favour_role_description"].sub(" ", text)
        return rest == text or bool(rx["favour"].search(rest))
    if " who" not in text and " that" not in text:
        return False
    return bool(rx["favour_intro"].search(text)) and not rx["favour_escape"].search(text)


def is_closed(u: Unit) -> bool:
    """Answerable with yes, no or one word (requests and permission asks are not)."""
    rx = _rx()
    aux, qwords, _, _ = _sets()
    t = u.text
    h = u.head
    if h in aux:
        if h in ("would", "wouldn't") and rx["would_closed_verbs"].match(t) and not _ASKER_OBJECT_REQUEST.match(t):
            return True
        return not rx["request"].match(t)
    if h in qwords:
        return bool(rx["one_word_answer"].search(t))
    if h in ("any", "anyone", "anybody"):
        # "Any advice?" stands for "Do you have any advice?"; "Any chance you could...?" and
        # "Any chance of a placement?" are requests; "Any chance you know someone...?" is yes/no
        if _ANY_CHANCE_OF.match(t):
            return False
        if _ANY_CHANCE_FACT.match(t):
            return True
        return not rx["request"].match(t)
    if not h:
        if _REACTION_TAG.search(t) or _ELLIPTIC_VERDICT.match(t):
            return True  # "..., sound good?", "Good idea?"
        return bool(re.match(r"(?:you|you're|your|it|it's|there's|they|they're|this|that's)\b", t)) and len(words(t)) > 2
    return False


# "Would you book my trio for a Thursday?": a request about the asker's work, not a yes/no opinion
# (but "Would you hire me if I retrained?" stays closed: a hypothetical)
_ASKER_OBJECT_REQUEST = re.compile(r"(?:would|wouldn't) you (?:[a-z]+ )?[a-z]+ (?:(?:a|some|any|one|a few|a dozen|two|three) )?(?:of )?"
                                   r"(?:my|our|us|me)(?![a-z'])(?!.* if (?:i|we)(?![a-z']))")
_ANY_CHANCE_OF = re.compile(r"any (?:chance|way|possibility|hope|opportunity) (?:of|for)\b")
_ANY_CHANCE_FACT = re.compile(r"any (?:chance|way) (?:that )?you (?:know|have|happen|are|remember|ever)\b")
_ELLIPTIC_VERDICT = re.compile(r"(?:a )?(?:good|bad|smart|wise|crazy|realistic|sensible|reasonable|dumb|silly|solid|sound)"
                               r"(?: (?:idea|move|plan|choice|call|path|bet))?$")
_REACTION_TAG = re.compile(r"[,;:-] (?:does (?:that|this|it) |would (?:that|this|it) |do you think (?:that|this|it) )?"
                           r"(?:sounds?|looks?|seems?) (?:good|ok|okay|right|reasonable|realistic|sensible|doable|feasible|"
                           r"smart|like a (?:good )?plan)$")


@lru_cache(maxsize=None)
def _vague_frames() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in lexicon.load("flags").get("vague_frames", ()))


def _frame_is_vague(text: str) -> bool:
    """A broad frame ("what's X like", "how do people get started", "any tips?") around at
    most a short field name and no narrowing aspect (pay, typical day, clients...)."""
    _, _, _, aspects = _sets()
    for rx in _vague_frames():
        m = rx.match(text)
        if not m:
            continue
        x = m.groupdict().get("x")
        if x is None:
            return True
        toks = words(x)
        if 0 < len(toks) <= 3 and not any(w in aspects or _participle(w) for w in toks):
            return True
    return False


#: past participles that do not end in -ed ("How is the work done?")
_IRREGULAR_PARTICIPLES = frozenset("done paid made chosen given run set kept taught built known seen shown held split "
                                   "spent sold bought won led met found sent told written driven drawn".split())


def _participle(word: str) -> bool:
    """A passive verb inside a broad frame narrows it to a process: "How is your performance measured?",
    "How are new staff trained?" ask how something is done, not what the field is like."""
    return word in _IRREGULAR_PARTICIPLES or (len(word) >= 6 and word.endswith("ed") and word not in ("hundred",))


def is_vague(text: str, full: str | None = None) -> bool:
    """``full`` is the unit with any leading clause: a frame is vague only if nothing leads it."""
    rx = _rx()
    _, _, generic, _ = _sets()
    if rx["vague_patterns"].search(text):
        return True
    if len(text) <= 90 and _frame_is_vague(text if full is None else full):
        return True
    # "If you could change one thing about the industry, what would it be?": the lead gives the angle
    toks = words(text if full is None else full)
    if 0 < len(toks) <= 7 and all(w in generic for w in toks):
        return True
    return False


def is_self_unit(u: Unit) -> bool:
    rx = _rx()
    t = u.full
    if rx["self_react"].search(t) or rx["self_judge"].search(u.text):
        return True
    if u.question and u.lead and rx["self_statement_start"].match(u.lead) and rx["self_ask"].search(u.text):
        # "I made a game last summer; would you play it?": the lead shares, the question asks for a reaction
        return True
    # a statement typed with a question mark ("I'd be great at this, right?") is still a statement
    if (not u.question or not u.head) and rx["self_statement_start"].match(t):
        if rx["learning_frames"].search(t):
            return False
        if rx["self_plan"].match(t):
            return True  # "I'm hoping to move into UX next year": the asker's plan, nothing asked
        if rx["self_markers"].search(t):
            return True
        # any other statement about the asker (background, work, plans) that asks nothing
        # to learn, unless it is a pleasantry or logistics ("I'll send you a note")
        if not is_learning_statement(u.text) and not rx["smalltalk"].search(t):
            return True
    return False


def is_self_ask(u: Unit) -> bool:
    """A question asking the contact to react to what the asker just shared ("Does that sound realistic?")."""
    return u.question and bool(_rx()["self_ask"].search(u.text))


def is_smalltalk(text: str) -> bool:
    return bool(_rx()["smalltalk"].search(text))


def is_learning_statement(text: str) -> bool:
    rx = _rx()
    return bool(rx["imperative_heads"].match(text) or rx["learning_statement"].match(text))


def is_company_fact(text: str) -> bool:
    """Asks a fact about the contact's organisation that its website answers (where based, size, products...)."""
    return bool(_rx()["researchable_company"].search(text))


@lru_cache(maxsize=None)
def company_fact_bonus() -> int:
    return int(lexicon.load("flags").get("company_fact_topic_bonus", 0))


def is_researchable(text: str) -> bool:
    return bool(_rx()["researchable"].search(text)) or is_company_fact(text)


def rule_favour(u: Unit, item: str) -> bool:
    """Whether the favour rules read the unit ``u`` (of the whole normalised ``item``) as a favour."""
    t = u.full
    return ((is_favour(t) and not favour_rules.phrase_rule_blocked(t, u.text, u.lead, u.head))
            or favour_rules.detect(t, u.text, item))


def describe(units: list[Unit], topic_score) -> list[UnitInfo]:
    """Classify every unit; ``topic_score(text)`` gives the best topic weight of a text."""
    infos: list[UnitInfo] = []
    item = " ".join(u.full for u in units)
    for u in units:
        t = u.full
        family = contract.favour_family(t)
        # "Could you refer me to other bakers I could learn from?": referred to people, as introduced to them,
        # is a referral unless they hire or buy
        read = _as_introduction(u) if _REFER_TO.search(t) and not _HIRER.search(t) else u
        favour = family is not None or rule_favour(read, item) or favour_model.is_favour(read.full)
        # a card, the meeting, keeping in touch, shadowing, feedback on the asker's work: not favours;
        # the first four are arrangements rather than questions to learn from
        small = family is None and contract.logistics(t)
        if favour and family is None and contract.not_favour(t):
            favour = False
        personal = contract.personal(t)
        if favour and family is None and personal and u.question:
            # "Would you mind telling me your age?", "Are you paid more than the other managers?": a
            # question about the contact's own life asks them for nothing (too personal, not a favour);
            # an offer that names their family ("Happy to tutor your kids...") is still a pitch
            favour = False
        # asking for a verdict on the asker's own work is about the asker as well as a favour
        selfish = (not favour or family == "hireability") and not small and (family == "hireability" or is_self_unit(u))
        if not favour and not selfish and not small:
            # pleasantries that open the unit decide it; elsewhere only if nothing else is asked.
            # A pleasantry leading a question ("Sorry for my English - how did you start?") is
            # only a lead: the question decides.
            own = u.text if (u.question and u.lead) else t
            starts = _rx()["smalltalk"].finditer_starts(own)
            small = bool(starts) and (min(starts) == 0 or topic_score(own) < 4)
        learning = False
        if not (favour or selfish or small):
            learning = u.question or is_learning_statement(u.text)
        infos.append(UnitInfo(
            unit=u, favour=favour, self_focused=selfish, smalltalk=small, learning=learning,
            closed=u.question and is_closed(u),
            vague=learning and is_vague(u.text if u.question else t, t),
            researchable=learning and is_researchable(u.text if u.question else t),
            personal=personal if not favour else None,
            family=family,
        ))
    # "Could you introduce me to a UX researcher on your team? I'd like to learn how research works
    # there.": an introduction whose reason, said next, is to learn is a referral (contract), unless
    # it is to someone who hires or buys
    for k in range(len(infos) - 1):
        i, after = infos[k], infos[k + 1]
        if i.favour and i.family is None and _INTRODUCE.search(i.unit.full) and not _HIRER.search(i.unit.full) \
                and not after.unit.question and _TO_LEARN.match(after.unit.full) and not after.favour \
                and not contract.strong_words(after.unit.full):
            infos[k] = UnitInfo(i.unit, False, False, False, True, i.closed, False, False, i.personal)
    # "I'd be glad to help out on your studies for free. How could we set that up?": a short question that
    # points back at the favour before it chases that favour; it is not a question to learn from
    for k in range(1, len(infos)):
        i = infos[k]
        if i.learning and i.unit.question and any(p.favour for p in infos[:k]) and len(words(i.unit.text)) <= 9 \
                and _POINTS_BACK.search(i.unit.text) and topic_score(i.unit.full) < 4:
            infos[k] = UnitInfo(i.unit, True, False, False, False, i.closed, False, False, None, infos[k - 1].family)
    # "Here's my portfolio. Thoughts?" / "I want to open a bakery. Is that realistic?":
    # a request for a reaction to what the asker has just shared about themselves
    if any(i.self_focused for i in infos):
        for k, i in enumerate(infos):
            if i.learning and (set(words(i.unit.text)) <= _REACTION or is_self_ask(i.unit)):
                infos[k] = UnitInfo(i.unit, False, True, False, False, i.closed, False, False, i.personal)
    # A statement with strong topic cues counts as learning when nothing else does.
    if not any(i.learning for i in infos):
        for k, i in enumerate(infos):
            if not (i.favour or i.self_focused or i.smalltalk) and topic_score(i.unit.full) >= 6:
                infos[k] = UnitInfo(i.unit, False, False, False, True, i.closed,
                                    is_vague(i.unit.full), is_researchable(i.unit.full), i.personal)
    return infos


# "...and I wonder whether my experience counts and what I should do first, and whether I need a
# certificate, and how long it takes...": questions asked inside statements ("whether", "and how long")
#: "refer me to someone who...": sent to a person, as "introduce me to" says
_REFER_TO = re.compile(r"(?<![a-z'])refer (?:me|us) (?:on )?to(?![a-z'])")


def _as_introduction(u: Unit) -> Unit:
    """The unit with "refer me to" read as "introduce me to" (its lead and text alike)."""
    from dataclasses import replace
    return replace(u, text=_REFER_TO.sub("introduce me to", u.text), lead=_REFER_TO.sub("introduce me to", u.lead))


#: a pronoun pointing back at what was just said ("set that up", "would it work", "is this possible")
_POINTS_BACK = re.compile(r"(?<![a-z'])(?:that|this|it)(?![a-z'])")
#: asking to be introduced or put in touch
_INTRODUCE = re.compile(r"(?<![a-z'])(?:introduce|introduction|put (?:me |us )?in touch|connect (?:me|us))(?![a-z'])")
#: someone who hires, recruits or buys, or a job or place: an introduction to them, or with them, is a
#: favour whatever the reason given
_HIRER = re.compile(r"(?<![a-z'])(?:hir(?:e|es|ed|ing)|hiring manager|recruit\w*|managers?|boss|directors?|hr|"
                    r"clients?|customers?|buyers?|buys?|purchas\w*|investors?|decision makers?|jobs?|positions?|openings?|"
                    r"vacanc\w+|intern\w*|trainee\w*|apprentic\w+|placements?|employ\w*|start as|work for|work with you)(?![a-z'])")
def hirer(text: str) -> bool:
    """Whether normalised ``text`` names someone who hires, recruits or buys, or a job or place."""
    return bool(_HIRER.search(text))


#: the reason said next is to learn: "I'd like to learn how...", "I'm hoping to hear about..."
_TO_LEARN = re.compile(r"^(?:(?:so|because|as) )?(?:i(?:'d| would) (?:really )?(?:like|love)|i want|i'm hoping|i am hoping|"
                       r"i hope|it would help me|i'm trying|i am trying)(?: to)? (?:[a-z]+ ){0,2}"
                       r"(?:learn|hear|understand|ask|know|find out|see how|get a sense|picture)(?![a-z'])")


_INDIRECT = re.compile(r"(?<![a-z'])whether(?![a-z'])|(?:,|(?<![a-z'])and|(?<![a-z'])or) (?:how (?:long|much|many|often)|"
                       r"what (?:i|you|people|it)|which|where|when|why|who|if)(?![a-z'])")


def indirect_questions(infos: list[UnitInfo]) -> int:
    """How many questions are asked inside the item's statements ("I wonder whether ...")."""
    n = 0
    for i in infos:
        u = i.unit
        n += len(_INDIRECT.findall(u.lead)) if u.lead else 0
        n += len(_INDIRECT.findall(u.text[1:] if u.question else u.text))  # not a question's own head
    return n


def many_asked(infos: list[UnitInfo]) -> bool:
    """A ramble: one direct question (or none) with at least two more asked inside statements,
    three or more in all. The contact will answer one of them."""
    questions = sum(1 for i in infos if i.unit.question)
    return questions < 2 and questions + indirect_questions(infos) >= 3


def item_flags(infos: list[UnitInfo]) -> frozenset[str]:
    flags: set[str] = set()
    questions = [i for i in infos if i.unit.question]
    learning = [i for i in infos if i.learning]
    if any(i.favour for i in infos):
        flags.add("asks_for_favor")
    if not questions:
        flags.add("not_a_question")
    if len(questions) >= 2 or many_asked(infos):
        flags.add("compound")
    if questions and all(i.closed for i in questions):
        flags.add("closed")
    if learning and all(i.vague for i in learning):
        flags.add("vague")
    # a favour is the fault the contact hears; "I'd love to be one" after it is part of the pitch
    if any(i.self_focused for i in infos) and not learning and "asks_for_favor" not in flags:
        flags.add("self_focused")
    if any(i.self_focused and i.family == "hireability" for i in infos):
        flags.add("self_focused")
    if any(i.researchable for i in learning):
        flags.add("researchable")
    if any(i.personal for i in infos):
        flags.add("personal")
    return frozenset(flags)
