"""One judgement for every check that reads learner text.

The lessons' other checks (lesson 1's reflection, the research question in 3.2, the
request e-mail in 5.2, the thank-you note in 7.2, the drafter's order and time budget)
call these instead of keeping their own word lists, so a favour the coach catches in
lesson 4 is caught everywhere, and a search question is a search question everywhere.
"""

from __future__ import annotations

import re

from .review import review

_SENTENCE = re.compile(r"(?<=[.?!;])\s+|\n+")
_LIMIT = 2000


def sentences(text: object) -> list[str]:
    """The sentences of ``text`` (the first 2,000 characters), blanks dropped."""
    s = text if isinstance(text, str) else ""
    return [p.strip() for p in _SENTENCE.split(s[:_LIMIT]) if p and p.strip()]


def favour(text: object) -> str | None:
    """What ``text`` asks the contact for, worded for a learner ("for a job or an interview"),
    or None when no sentence asks a favour."""
    from .advice import favour_kind
    for s in sentences(text):
        r = review(s)
        if "asks_for_favor" in r.flags:
            reason = r.advice[0] if r.advice else ""
            m = re.match(r"It asks the contact (.+?), which ", reason)
            return m.group(1) if m else favour_kind(s.lower())[0]
    return None


#: words without which a sentence of a message is not read for a favour (a job, an opening, clients...)
MESSAGE_FAVOUR_WORDS = re.compile(
    r"(?<![a-z'])(?:jobs?|openings?|positions?|vacanc\w*|hire|hired|hiring|considered|consider me|interviews?|"
    r"internships?|apply|applying|application|resume|résumé|cv|clients?|customers?|business|buy|purchase|"
    r"work for you|keep me in mind|good word|refer me|recommend me|reference|mentor\w*|opportunit(?:y|ies)|"
    r"placements?|apprenticeships?|traineeships?|work experience|(?:open|available|vacant|any|spare) (?:roles?|spots?|shifts?|gigs?)|"
    r"(?:roles?|spots?|shifts?|gigs?) (?:are |is )?(?:open|available|going|free))(?![a-z'])", re.I)


#: a sentence that asks the reader to do something ("Could you also forward it to Priya?", "Please send...")
_REQUEST = re.compile(r"\?\s*$|^(?:and |also |but |so )?(?:could|would|can|will|might) (?:you|u)\b|^please\b|"
                      r"\b(?:would|could) you (?:please |kindly )?(?:mind|be able)\b", re.I)


def favour_sentence(text: object, gated: bool = False, requests: bool = False) -> tuple[str, str] | None:
    """(the first sentence of ``text`` that asks the contact a favour, what it asks for), or None.
    ``gated``: judge only sentences with a word a job or business favour needs (``MESSAGE_FAVOUR_WORDS``):
    a message is mostly statements and courtesies, which the coach was not made to read.
    ``requests``: with ``gated``, judge a request or question whatever its words ("Could you also forward
    it to Priya?"), while a courtesy such as "I would be very happy to talk with him" is still left alone."""
    from .advice import favour_kind
    for s in sentences(text):
        if gated and not MESSAGE_FAVOUR_WORDS.search(s) and not (requests and _REQUEST.search(s)):
            continue
        r = review(s)
        if "asks_for_favor" in r.flags:
            reason = r.advice[0] if r.advice else ""
            m = re.match(r"It asks the contact (.+?), which ", reason)
            return s, (m.group(1) if m else favour_kind(s.lower())[0])
    return None


def researchable(text: object) -> bool:
    """Whether a sentence of ``text`` asks what a quick search answers."""
    return any("researchable" in review(s).flags for s in sentences(text))


def flags(text: object) -> frozenset:
    """Every flag the coach gives any sentence of ``text``."""
    out: set[str] = set()
    for s in sentences(text):
        out |= review(s).flags
    return frozenset(out)


_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")
_PLEA = re.compile(r"(?<![a-z'])(?:please|pls|plz|desperate(?:ly)?|begging|beg|urgent(?:ly)?|asap|help me|help a|help an|"
                   r"need (?:your )?help|save me|any help)(?![a-z'])", re.I)


def pleading(text: object) -> bool:
    """A plea rather than a topic ("🙏🙏 Please help a nurse 🙏🙏", "URGENT: need help"): it asks for
    rescue and says nothing about what the asker hopes to learn."""
    s = text if isinstance(text, str) else ""
    s = s[:_LIMIT]
    return bool(_PLEA.search(s)) or len(_EMOJI.findall(s)) >= 2


def warm() -> None:
    """Load the coach's word lists and fitted readings now (a lesson's setup cell calls this),
    so the learner's first question is answered at once."""
    from . import warm as _warm
    _warm()
