"""Find requests for favours by composition rather than by listing whole phrasings.

A unit asks for a favour when a request or wish aimed at the contact (or an act the
contact's side would do) has a favour as its object (a job, work, a hire, a purchase,
money, an introduction to someone who hires, buys or funds) directed at the asker.
Learning questions that merely mention jobs, clients or hiring are kept out by
blockers: wh-questions about how things work, third-person and hypothetical
subjects, advice about the asker's own next step, negation, and introductions
whose purpose is to learn. Vocabularies and rule templates live in favour.json;
``<NAME>`` macros there expand recursively.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .fastre import text_index
from .normalise import words

_MACRO = re.compile(r"<([A-Z]+)>")
_ASKER_OBJECTS = frozenset({"me", "us", "my", "our", "myself", "ourselves", "mine", "ours"})
_ASKER_SUBJECTS = frozenset({"i", "i'm", "i'd", "i've", "i'll", "we", "we're", "we'd", "we've", "please"})
_FIRST_PERSON = re.compile(r"(?<![a-z'])(?:i|i'm|i'd|i've|i'll|me|my|mine|myself|we|we're|we'd|we've|us|our|ours|ourselves)(?![a-z'])")


def expand(pattern: str, macros: dict[str, str]) -> str:
    """``pattern`` with every ``<NAME>`` replaced, macros inside macros included."""
    for _ in range(8):
        out = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if out == pattern:
            break
        pattern = out
    return pattern


@lru_cache(maxsize=None)
def _data():
    d = lexicon.load("favour")
    macros = d["macros"]
    ex = lambda p: expand(p, macros)  # noqa: E731
    rules = {cat: lexicon.compile_any([ex(p) for p in rows]) for cat, rows in d["rules"].items()}
    return {
        "rules": rules,
        "negation": lexicon.compile_any([ex(p) for p in d["blockers"]["negation"]]),
        "advice": re.compile("|".join(f"(?:{ex(p)})" for p in d["blockers"]["advice"])),
        "escape": lexicon.compile_any([ex("<ESCAPE>")]),
        # every "req" rule opens with a request or wish form: look for one before trying them
        "request": re.compile(r"(?<![a-z0-9'])(?:" + ex("<REQ>") + r")(?![a-z0-9])"),
        "request_at": re.compile(r"(?:" + ex("<REQ>") + r"|let (?:me|us))(?![a-z0-9])"),
        "opinion": re.compile(ex(d["opinion_frames"])),
        "permission": re.compile(ex(d["permission"])),
        "context": tuple((re.compile(ex(u)), re.compile(ex(i))) for u, i in d["context_rules"]),
        "contact": frozenset(d["contact_words"]),
        "imperative_ok": frozenset(d["imperative_ok"]),
        "wh": frozenset(d["wh_heads"]),
        "imperatives": frozenset(d["imperatives"]),
        "strong": lexicon.compile_any([ex(p) for p in d["strong"]["rules"]]),
        "broad": {k: re.compile(v, re.I) for k, v in d["broad"].items() if not k.startswith("_")},
    }


def broad_request(text: str) -> bool:
    """The last, broad reading: a request to the contact, for the asker, about work or money, asking nothing to learn."""
    b = _data()["broad"]
    if not (b["request"].search(text) and b["object"].search(text)):
        return False
    if b["learning"].search(text) or _data()["negation"].search(text):
        return False
    return bool(b["asker"].search(b["not_asker"].sub(" ", text)))


def strong(text: str) -> bool:
    """The contact acting on the asker with a favour verb ("so you can hire me"), or the asker
    asking to take a job at the contact's side or offering to start: a favour however it is framed."""
    d = _data()
    return bool(d["strong"].search(text)) and not d["negation"].search(text) and not _HYPOTHETICAL.search(text)


def learning_words(text: str) -> bool:
    """Whether ``text`` asks how, what, why... or asks to learn, hear, be told or advised."""
    return bool(_data()["broad"]["learning"].search(text))


def _contact_side(prefix: str, matched: str, after: str = "") -> bool:
    """Whether the act matched after ``prefix`` is asked of the contact's side: the contact is
    named before it, it opens the unit as a command, or the asker asks permission to do it
    to the contact ("Could I send my CV to your recruiter?", "Any chance I could exhibit my
    photos at your gallery?")."""
    d = _data()
    if _HYPOTHETICAL.search(prefix):
        return False
    ws = words(d["opinion"].sub(" ", prefix))
    contacts = [k for k, w in enumerate(ws) if w in d["contact"]]
    if contacts:
        # "How would you suggest I approach a shop about stocking my products?": the asker
        # (or someone else) acts after the contact is named
        tail = ws[contacts[-1] + 1:]
        return not any(w in ("i", "we", "i'm", "we're") for w in tail)
    if all(w in d["imperative_ok"] for w in ws):
        return True
    if d["permission"].search(prefix):
        return any(w in d["contact"] for w in words(matched)) or any(w in d["contact"] for w in words(after)[:5])
    return False


def advice_asked(text: str, head_text: str) -> bool:
    """An advice question about the asker's own step ("Should I send my CV to HR?")."""
    d = _data()
    return bool(d["advice"].match(head_text) or d["advice"].search(text[:60]))


# "What would you look for if you were hiring a junior like me?": a hypothetical, not a request
_HYPOTHETICAL = re.compile(r"(?<![a-z'])(?:if you were|if you had|if you're|were you to|imagine|suppose|supposing|hypothetically|say you)(?![a-z'])")
# "Do you think agencies would take on someone with my background?": an opinion about others
_THIRD_PARTY_OPINION = re.compile(
    r"(?:do|would|don't) you (?:think|say|believe|guess|imagine|suppose|expect|feel)(?: that)? "
    r"(?!(?:you|your|yours|you'd|you'll|i|we)(?![a-z']))(?:[a-z']+ ){1,3}(?:would|will|could|might|can|are|is|do|does|'d)(?![a-z'])")
# "What makes a CV stand out when you're hiring for a busy kitchen?": hiring as the setting of a wh-question
_WHEN_HIRING = re.compile(r"(?<![a-z'])(?:when|whenever|if|while|once|as|before|after) (?:you|you're|you are|your (?:[a-z']+ ){0,2}(?:is|are)|"
                          r"they|they're|companies|firms|employers|managers|people) (?:[a-z]+ )?(?:hiring|recruiting|interviewing|"
                          r"looking for|taking on|screening|staffing)(?![a-z'])")
# "What do people who hire dog trainers care about?": a question about those who hire or buy
_ABOUT_THOSE_WHO = re.compile(r"(?:what|how|why|which|when|where)(?:'s)? (?:do|does|did|would|will|can|should|is|are) "
                              r"(?:the |most |many |some )?(?:[a-z']+ ){0,2}(?:who|that) ")
#: a wh-question about what others in the field do ("How do video editors usually get introduced to the producers
#: who end up hiring them?"): with the asker named nowhere in it, it asks how things are done, not for a favour
_OTHERS_WH = re.compile(r"(?:how|where|when|why|what|which) (?:do|does|did|would|will|can|could|should|is|are) (?:the |most |many |some |"
                        r"other |new |young |junior |senior |a |an )?(?:[a-z-]+ ){0,2}(?:people|folks|someone|somebody|others|"
                        r"[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ses|ics|ts|ns|es))(?: (?:usually|typically|often|normally|generally|"
                        r"mostly|tend to|still))? (?:get|find|meet|land|end up|come|go|make|build|win|reach)(?![a-z'])")
_ASKER_NAMED = re.compile(r"(?<![a-z'])(?:i|i'm|i'd|i've|i'll|im|me|my|mine|myself|we|we're|we'd|us|our|ours|someone like|people like)(?![a-z'])")
_LEARNING_COMMAND = re.compile(r"(?:please |could you |can you |would you )?(?:list|name|describe|explain|outline|tell me (?:about|which|what|how|who))"
                               r" (?:the |some |a few |all )?(?:sorts|kinds|types|range|names|list)?(?: of)?(?![a-z'])")
_PASS_ON = re.compile(r"(?<![a-z'])(?:pass(?:ing)? (?:on )?my name|introduc\w*|intros?|connect(?:ing)? me|(?:put|get)(?:ting)? me in (?:touch|contact))(?![a-z'])")
# "... so I can learn how they screen CVs": an introduction whose stated purpose is to learn
_LEARN_PURPOSE = re.compile(r"(?<![a-z'])(?:(?:so (?:that )?(?:i|we) (?:can|could|might)|to|and) (?:learn|understand|hear|find out|ask (?:them|him|her) "
                            r"(?:about|how|what|why))|(?:willing|happy|able) to (?:explain|share|talk|tell))(?![a-z'])")
_GATEKEEPER = re.compile(r"(?<![a-z'])(?:recruit\w*|hiring|hires?|hr|buyers?|investors?|clients?|customers?|openings?|jobs?|vacanc\w*|"
                         r"purchas\w*|procurement|funders?|a&r)(?![a-z'])")
_CONDITIONAL_LEAD = re.compile(r"(?:when|whenever|if|once|while|as|after|before|(?:in|from|with) your (?:experience|time|years))(?![a-z'])")
# "when your team is hiring, ...": a subordinate clause split off as its own unit
_SUBORDINATE = re.compile(r"(?:when|whenever|once|while) (?!(?:is|are|was|were|do|does|did|will|would|can|could|should|might|has|have|had)(?![a-z']))")


def phrase_rule_blocked(text: str, head_text: str, lead: str = "", head: str = "") -> bool:
    """Whether a match of the listed favour phrasings is really a learning question:
    advice about the asker's own step, a wh-question after a conditional lead ("When your
    team is hiring, what makes a CV stand out?"), or a statement or wh-question whose
    purpose is to learn ("I'd love to hear how you built your client list")."""
    d = _data()
    if advice_asked(text, head_text):
        return True
    if head in d["wh"] and lead and _CONDITIONAL_LEAD.match(lead):
        return True
    if _SUBORDINATE.match(head_text):
        return True
    if head in d["wh"] and (_HYPOTHETICAL.search(text) or _WHEN_HIRING.search(text) or _ABOUT_THOSE_WHO.match(head_text)):
        return True
    if _THIRD_PARTY_OPINION.match(head_text):
        return True
    if head in d["wh"] and _OTHERS_WH.match(head_text) and not _ASKER_NAMED.search(text):
        return True
    if (not head or head in d["wh"]) and d["escape"].search(text):
        return True
    if _LEARNING_COMMAND.match(head_text):
        return True  # "List the sorts of employers that hire wildlife biologists.": a request to learn
    if _PASS_ON.search(text) and d["escape"].search(text) and (not _GATEKEEPER.search(text) or _LEARN_PURPOSE.search(text)):
        # "Could you pass my name to a designer who'd be open to a short chat?": met to learn
        return True
    return False


_PERSON = re.compile(r"(?<![a-z'])(?:i|i'm|i'd|i've|i'll|im|me|my|mine|myself|we|we're|we'd|we've|us|our|ours|ourselves|"
                     r"you|your|yours|yourself|yourselves|you'd|you're|you've|you'll|u|ur|ya|y'all|please|pls|plz|"
                     r"someone like|people like)(?![a-z'])")

# Where a second, coordinated clause starts: "Tell me what X look for, and then book us for...".
_TAIL = re.compile(r"(?:[,;]|\s-)\s+(?:and\s+|but\s+)?(?:then\s+|also\s+|maybe\s+)?|\s+and (?:then|also|maybe)\s+")


def detect(text: str, head_text: str, item: str = "") -> bool:
    """Whether the unit ``text`` asks a favour, in the whole or in a coordinated clause of its own."""
    if not _PERSON.search(text):
        return False  # every reading below needs the asker, the contact or a "please"
    if _detect_one(text, head_text, item) or broad_request(text) or strong(text):
        return True
    if len(text) > len(head_text) + 12 and text.endswith(head_text):
        # "I'm keen to work for your company, what would I need to do?": a statement leading
        # a question is read on its own (but not a conditional: "when your team is hiring, ...")
        lead = text[: len(text) - len(head_text)].strip(" ,;:-")
        if len(words(lead)) >= 4 and not _CONDITIONAL_LEAD.match(lead) and not _SUBORDINATE.match(lead) \
                and _detect_one(lead, lead, item):
            return True
    pieces = _TAIL.split(text)
    if len(pieces) < 2:
        return False
    # "Can I shadow you and then apply for the job at your company?": the request that opens
    # the unit governs each coordinated clause after it
    opener = _data()["request"].match(text)
    for p in pieces[1:]:
        if len(p) <= 8:
            continue
        if _detect_one(p, p, item):
            return True
        if opener and not _data()["request"].match(p) and _detect_one(f"{opener.group(0)} {p}", p, item):
            return True
    return False


def _req(text: str, cues) -> bool:
    """``cues.search(text)`` for the "req" rules, faster: the rules whose opening the cue index
    cannot work out all open with a request or wish form (or "let me"), so they are tried
    only at the word starts where one begins, instead of searched for everywhere."""
    if cues.search_indexed(text):
        return True
    at = _data()["request_at"]
    starts = [p for ps in text_index(text).values() for p in ps if at.match(text, p)]
    return any(cues.full_at(i, text, p) for i in cues.unindexed for p in starts)


def _detect_one(text: str, head_text: str, item: str = "") -> bool:
    """Whether the unit ``text`` (with any leading clause) asks a favour.

    ``head_text`` is the unit from its interrogative head (or the statement itself);
    ``item`` is the whole normalised item, for first-person context.
    """
    d = _data()
    if advice_asked(text, head_text):
        return False
    if d["negation"].search(text):
        return False
    first = words(head_text[:24])
    wh = bool(first) and first[0] in d["wh"]
    if first and (first[0] in d["imperatives"] or first[:2] in (["please"], ["just"])) and text.startswith(head_text):
        # a command ("Send any work my way") is a request: read it as "please send..."
        text = "please " + text
    rules = d["rules"]
    toks = set(words(text))
    asker = not toks.isdisjoint(_ASKER_OBJECTS)
    contact = not toks.isdisjoint(d["contact"])
    if asker:  # every act rule has the asker (me, my...) as its object
        for _, m in rules["act"]._hits(text):
            if _contact_side(text[: m.start()], m.group(0), text[m.end(): m.end() + 40]):
                return True
    if wh or not (asker or contact or not toks.isdisjoint(_ASKER_SUBJECTS)):
        return False
    if contact and rules["contact_org"].search(text):
        return True
    escaped = d["escape"].search(text) is not None
    if escaped:
        return False
    if rules["gate"].search(text):
        return True
    if d["request"].search(text) and _req(text, rules["req"]):
        return True
    if rules["req_fp"].search(text) and _FIRST_PERSON.search(item or text):
        return True
    # "Here's my resume, please pass it along.", "My dream is to work at your studio. Can you make
    # that happen?": a request made plain only by what the asker said before it
    for unit_rx, item_rx in d["context"]:
        if unit_rx.search(text) and item_rx.search(item or text):
            return True
    return False
