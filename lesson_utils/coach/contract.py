"""The label contract's newer readings: favour families the older rules did not know
(mentoring, judging hireability, being hired at the contact's side, pitching the asker's
services to the contact's clients), the asks that are not favours (a business card, the
meeting itself, keeping in touch, shadowing, feedback on the asker's work), and the
``personal`` flag (the contact's own pay, age, health, family, religion or politics).

Each reading is a small grammar over word classes in ``contract.json``, not a list of
whole sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import fastre, lexicon

_MACRO = re.compile(r"<([A-Z]+)>")


def _expand(p: str, macros: dict[str, str]) -> str:
    for _ in range(4):
        out = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), p)
        if out == p:
            break
        p = out
    return p


@lru_cache(maxsize=None)
def _data() -> dict:
    d = lexicon.load("contract")
    m = d["macros"]
    # each alternative that opens with a word is tried only where a word starts: the same readings, found sooner
    alt = lambda rows: fastre.compile_words([_expand(p, m) for p in rows])  # noqa: E731
    return {
        "families": tuple((k, alt(v)) for k, v in d["favour_families"].items()),
        "strong": re.compile(d["strong_favour_words"]),
        "not": alt(d["not_favours"]["logistics"] + d["not_favours"]["learning"] + d["not_favours"]["people_to_learn_from"]),
        "people": alt(d["not_favours"]["people_to_learn_from"]),
        "logistics": alt(d["not_favours"]["logistics"]),
        "feedback": alt([p for p in d["not_favours"]["learning"] if "<WORK>" in p]),
        "personal": tuple((k, alt(v)) for k, v in d["personal"].items()),
        "closing": alt(d.get("closing_invitations", ["(?!)"])),
    }


def people_to_learn_from(text: str) -> bool:
    """Asking to be sent on to other people to learn from ("Could you refer me to someone else?", "names of other
    people to speak with"): the referrals the course teaches, not a favour, unless a favour word is beside it."""
    return bool(_data()["people"].search(text)) and not_favour(text)


def closing_invitation(text: str) -> bool:
    """The open question that closes a meeting ("Is there anything I haven't asked that I should
    know?", "What should I have asked you that I didn't?"), as the course teaches it."""
    return bool(_data()["closing"].search(text))


# "What did you ask when you were starting out?" / "what do people in your role earn": a
# question about others or the field, not about the contact's own life
_ABOUT_FIELD = re.compile(r"(?<![a-z'])(?:typical(?:ly)?|usual(?:ly)?|average|range|starting|people|someone|somebody|others|juniors?|"
                          r"seniors|newcomers|beginners|entry[- ]level|starting out|start out|graduates|in (?:this|the|your) "
                          r"(?:field|industry|sector|line of work|profession)|in general|generally|most|folks|they|their)(?![a-z'])")
_THIRD = re.compile(r"^(?:how|what|when|why|where|which)(?:'s| is| are| do| does| did| can| should)? (?:a |an |the |most |many )?"
                    r"(?:people|someone|somebody|folks|juniors?|newcomers|beginners|they)(?![a-z'])")


def favour_family(text: str) -> str | None:
    """The favour family a unit's normalised text asks for, or None."""
    for name, rx in _data()["families"]:
        if rx.search(text):
            return name
    return None


def strong_words(text: str) -> bool:
    """Whether normalised ``text`` has a word a favour needs (a job, an opening, clients, hiring...)."""
    return bool(_data()["strong"].search(text))


def feedback_on_work(text: str) -> bool:
    """Whether normalised ``text`` asks for feedback on the asker's own work (a résumé, a portfolio, a
    draft), which the contract allows asking for (self-focused, not a favour)."""
    return bool(_data()["feedback"].search(text)) and favour_family(text) is None


def not_favour(text: str) -> bool:
    """An ask the contract says is not a favour (a card, the meeting, keeping in touch, shadowing,
    hearing the contact's story, feedback on the asker's work), with no favour word beside it."""
    d = _data()
    if not d["not"].search(text):
        return False
    rest = _OWN_CONTEXT.sub(lambda m: m.group(0) if lexicon.TO_CONTACT.search(m.group(0)) else " ", d["not"].sub(" ", text))
    return not d["strong"].search(rest) and favour_family(text) is None


#: the asker's own doings beside an allowed ask ("Could I keep in touch while I look for my first job?", "...as I work
#: through my apprenticeship"): a job or an application named there is the asker's, not asked of the contact,
#: unless the clause names the contact ("while I wait for your team to hire")
_OWN_CONTEXT = re.compile(r"(?<![a-z'])(?:as|while|whilst|when|once|before|after|until) (?:i|i'm|i am|i've|we|we're)(?![a-z'])"
                          r"[^?.!,;]*")


#: a request for leave ("Is it okay if I...", "Would it be alright if I came along...", "Do you mind if I...",
#: "May I..."): the contract says a permission request is not a closed question
_PERMISSION = re.compile(r"^(?:(?:so|and|also|oh|just) )?(?:(?:would|will|is) it be (?:ok|okay|alright|all right|fine|possible)"
                         r"|is it (?:ok|okay|alright|all right|fine|possible)|(?:do|would) you mind if|(?:could|can|may|might) i)"
                         r"(?![a-z'])")


def permission(text: str) -> bool:
    """Whether normalised ``text`` asks leave to do something ("Is it okay if I keep in touch?")."""
    return bool(_PERMISSION.search(text))


def logistics(text: str) -> bool:
    """A card, keeping in touch, the meeting itself or shadowing: arrangements, not questions to learn from."""
    return bool(_data()["logistics"].search(text)) and not_favour(text)


_PAY_WORDS = re.compile(r"(?<![a-z'])(?:pay|paid|salar(?:y|ies)|wages?|earn(?:s|ing|ings)?|make|income|compensation|"
                        r"comp|rates?|day rates?|hourly|per hour|an hour|a year|per year)(?![a-z'])")


def field_pay(text: str) -> bool:
    """A question about pay in the field ("What is typical pay for a junior?", "What do people in your
    role earn?"), which the contract says is fine to ask: the pay words are there, but not the
    contact's own."""
    return bool(_PAY_WORDS.search(text)) and personal(text) is None and bool(
        _THIRD.match(text) or _ABOUT_FIELD.search(text))


def personal(text: str) -> str | None:
    """Which part of the contact's private life a unit asks about (pay, age, ...), or None."""
    for name, rx in _data()["personal"]:
        m = rx.search(text)
        if not m:
            continue
        if name == "pay" and (_THIRD.match(text) or _ABOUT_FIELD.search(text[: m.start()])):
            continue  # "What do people in your role earn?", "What is typical pay...": the field's pay
        return name
    return None
