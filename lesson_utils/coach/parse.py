"""Find the questions in a drafted item.

A drafted item is split into sentences and each sentence into *units*: one
unit per interrogative clause ("What do you read, and which events do you
attend?" is two units) and one unit per statement or command. A unit records
whether it is a question and where its interrogative head starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .normalise import sentences, words


@dataclass(frozen=True)
class Unit:
    text: str  # normalised text; for questions it starts at the head
    question: bool
    head: str  # first word of the interrogative head, "" for statements
    sentence: int  # index of the sentence the unit came from
    lead: str = ""  # a leading clause before the head ("coming from retail")

    @property
    def full(self) -> str:
        """The unit with its leading clause, for topic cues."""
        return f"{self.lead}, {self.text}" if self.lead else self.text


@lru_cache(maxsize=None)
def _lists():
    q = lexicon.words("question_words")
    aux = lexicon.words("auxiliaries")
    ell = lexicon.words("elliptic_heads")
    fill = lexicon.words("fillers")
    subj = lexicon.words("subject_pronouns")
    return q, aux, ell, fill, subj


@lru_cache(maxsize=None)
def _regexes():
    q, aux, _, _, subj = _lists()
    qw = "|".join(sorted((re.escape(w) for w in q), key=len, reverse=True))
    qwc = "|".join(sorted((re.escape(w) for w in q if "'" in w), key=len, reverse=True))
    ax = "|".join(sorted((re.escape(w) for w in aux), key=len, reverse=True))
    sj = "|".join(sorted((re.escape(w) for w in subj), key=len, reverse=True))
    subj2 = r"you|i|it|there|they|we|he|she|your|the|this|that|anyone|anybody|someone|any|my|most|people|a|an|these|those|it's|there's|other|others"
    new_clause = (
        rf"(?:(?:{qwc})(?![a-z'])|(?:{qw})(?![a-z'])(?! (?:{sj})(?![a-z']))(?! why\b)"
        rf"|(?:{ax}) (?:{subj2})(?![a-z']))"
    )
    split = re.compile(
        rf"(?:[,;:] ?| - ?| )(?:and also|and then|and|also|plus|but also|but) ?,? (?={new_clause})"
        rf"|(?:; ?| - )(?={new_clause})"
    )
    comma_q = re.compile(rf"[,:;] (?={new_clause})| - (?={new_clause})")
    tag = re.compile(
        r"(?:,\s*|\s+)(?:do you think|don't you think|would you say|you think|right|or not|if so|if any|"
        r"in your opinion|in your experience|in your view|do you reckon|(?:don't|wouldn't|would|do) you agree|agreed|yeah)\s*\??\s*$"
    )
    return split, comma_q, tag


#: a question asked inside a sentence with no question mark and no comma before it, known by its
#: inverted order ("I read your post what red flags do u see in junior devs"): a wh-word, up to three
#: words, an auxiliary, then who is asked about
_AUX = r"(?:do|does|did|would|should|could|can|will|is|are|have|has)"
_INVERTED_Q = re.compile(
    r"(?<![a-z'])(?:what|which|how|where|who|when|why)(?:"
    # "what red flags do u see": words between the wh-word and the auxiliary
    rf"(?: [a-z']+){{1,3}} {_AUX} (?:you|u|i|we|they|people|most|your|ur|the|a|an|someone|anyone|it|there)"
    # "how do you", but not a relative clause ("the chef who does the hiring")
    rf"| {_AUX} (?:you|u|i|we|they))(?![a-z'])")
_STATEMENT_SPLIT = re.compile(r"(?:;| - )\s*(?:and |but |also |plus )?(?=[a-z']+,? [a-z']+ )")
_SUBORDINATE_HEADS = frozenset({"when", "whenever", "once", "while", "after", "before"})
#: an aside between commas that the clause goes on after ("What degrees, if any, do they get?")
_PARENTHETICAL_END = re.compile(r", (?:if any|if so|if at all|if ever|in your opinion|in your experience|in your view|"
                                r"roughly|typically|usually|generally|for example|for instance|say|honestly)$")


def _head_index(toks: list[str]) -> int:
    """Index of the interrogative head in ``toks`` when it opens the clause, else -1."""
    q, aux, ell, fill, _ = _lists()
    i = 0
    while i < len(toks) and i < 5 and toks[i] in fill and toks[i] not in q:
        i += 1
    if i < len(toks) and (toks[i] in q or toks[i] in aux or toks[i] in ell):
        if toks[i] in ell and toks[i] in ("thoughts", "ideas", "suggestions", "recommendations", "tips", "advice"):
            # "Thoughts on X?" is a question only when typed as one; handled by "?".
            return -1
        return i
    return -1


def _strip_tag(s: str) -> str:
    _, _, tag = _regexes()
    out = tag.sub("", s)
    return out if len(words(out)) >= 2 else s


def _split_units(s: str) -> list[str]:
    split, comma_q, _ = _regexes()
    parts = [p.strip(" ,;:-") for p in split.split(s)]
    out: list[str] = []
    for p in parts:
        # "What do you do, how did you start?": a comma between two questions
        pieces = comma_q.split(p)
        if len(pieces) > 1 and _head_index(words(pieces[0])) >= 0:
            kept: list[str] = []
            for x in pieces:
                if kept and _PARENTHETICAL_END.search(kept[-1]):
                    kept[-1] = kept[-1] + ", " + x  # "What degrees, if any, do they get?": one question
                else:
                    kept.append(x)
            out.extend(x.strip(" ,;:-") for x in kept)
        else:
            out.append(p)
    # "which books and which podcasts would you recommend": a coordinated object, one question
    q, aux, _, _, _ = _lists()
    joined: list[str] = []
    carry = ""
    for k, p in enumerate(out):
        toks = words(p)
        if (k < len(out) - 1 and 1 < len(toks) <= 3 and toks[0] in ("which", "what")
                and not any(t in aux or (t in q and i) for i, t in enumerate(toks))):
            carry += p + " and "
            continue
        joined.append(carry + p)
        carry = ""
    out = joined
    # "how and why did you choose teaching": wh-words coordinated over one clause ask one question
    fronted: list[str] = []
    lead_wh = ""
    for k, p in enumerate(out):
        toks = words(p)
        if k < len(out) - 1 and 1 <= len(toks) <= 2 and all(t in q for t in toks) and words(out[k + 1])[:1] \
                and words(out[k + 1])[0] in q:
            lead_wh += p + " and "
            continue
        fronted.append(lead_wh + p)
        lead_wh = ""
    out = fronted
    merged: list[str] = []
    for p in out:
        if merged and len(words(p)) < 3:
            merged[-1] = merged[-1] + " " + p  # "..., and why?" is not a separate question
        else:
            merged.append(p)
    return [m for m in merged if m]


def parse(norm: str) -> list[Unit]:
    """Units of a normalised text, in order."""
    units: list[Unit] = []
    _, comma_q, _ = _regexes()
    for si, sent in enumerate(sentences(norm)):
        asked = sent.endswith("?")
        body = _strip_tag(sent.rstrip("?!. ").strip())
        toks = words(body)
        if not toks:
            continue
        h = _head_index(toks)
        start = body
        if 0 <= h < len(toks) - 1 and toks[h] in _SUBORDINATE_HEADS and toks[h + 1] not in _lists()[1]:
            # "When a client drops a designer, what has gone wrong?": a time clause, not a question
            m = comma_q.search(body)
            if m:
                start = body[m.end():]
                h = 0
        if h < 0:
            # "..., how did you start?" or "I've read the report but what's it really like?"
            m = comma_q.search(body) or _regexes()[0].search(body)
            if m:
                start = body[m.end():]
                h = 0
            elif not asked:
                m = _INVERTED_Q.search(body)
                if m and m.start() > 0:
                    start = body[m.start():]
                    h = 0
        elif h > 0 and start is body:
            # drop the fillers before the head ("so, what ...")
            m = re.search(r"(?<![a-z'])" + re.escape(toks[h]) + r"(?![a-z'])", body)
            start = body[m.start():] if m else body
        if h < 0 and not asked:
            # "Tell me how you started - and feel free to send work my way": two statements
            for part in _STATEMENT_SPLIT.split(body):
                part = part.strip(" ,;:-")
                if words(part):
                    units.append(Unit(part, False, "", si))
            continue
        lead = body[: len(body) - len(start)].strip(" ,:;-") if h >= 0 else ""
        pieces = _split_units(start) if h >= 0 else [body]
        for k, piece in enumerate(pieces):
            ptoks = words(piece)
            if not ptoks:
                continue
            head = ptoks[0] if h >= 0 else ""
            units.append(Unit(piece, True, head, si, lead if k == 0 else ""))
    return units


def lead_text(norm: str) -> str:
    """The whole normalised text; topic cues may sit in a leading clause."""
    return norm
