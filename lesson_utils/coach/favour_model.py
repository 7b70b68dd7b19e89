"""A small linear scorer for favours, a second reading beside the favour rules.

The rules in ``favour.py`` read requests by their grammar and are precise but
miss phrasings nobody listed. This scorer reads a unit as a bag of words,
word pairs and word *classes* (a job word, a money word, a word for the contact,
one for the asker...), so "any shifts going at your place?" scores like
"any jobs at your firm?" even if neither was ever seen. Its weights are plain
numbers in ``data/coach/favour_model.json``, fitted by
``tools/train_favour_model.py`` (logistic regression in pure Python) on the
labelled sets that are not kept back for checking. Nothing is downloaded and
nothing but a dictionary look-up per feature happens at run time.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from . import lexicon
from .normalise import words


@lru_cache(maxsize=None)
def _classes() -> dict[str, str]:
    """word -> class name, from the model file's word classes."""
    out: dict[str, str] = {}
    for name, members in lexicon.load("favour_model")["classes"].items():
        for w in members:
            out[w] = name
    return out


def features(text: str) -> set[str]:
    """The features of one normalised unit: words, word pairs, their classes, how it opens."""
    ws = words(text)[:60]
    if not ws:
        return set()
    cls = _classes()
    cs = [cls.get(w, w) for w in ws]
    feats = {"bias"}
    feats.update("w:" + w for w in ws)
    feats.update("c:" + c for c in cs if c.isupper())
    for a, b in zip(ws, ws[1:]):
        feats.add(f"p:{a} {b}")
    for a, b in zip(cs, cs[1:]):
        if a.isupper() or b.isupper():
            feats.add(f"q:{a} {b}")
    feats.add("s:" + cs[0])
    if len(cs) > 1:
        feats.add(f"s:{cs[0]} {cs[1]}")
    present = {c for c in cs if c.isupper()}
    # pairs of classes anywhere in the unit: the contact acting on the asker's work...
    for a in sorted(present):
        for b in sorted(present):
            if a < b:
                feats.add(f"x:{a}+{b}")
    return feats


@lru_cache(maxsize=None)
def _weights() -> tuple[dict[str, float], float]:
    d = lexicon.load("favour_model")
    return d["weights"], float(d["threshold"])


def score(text: str) -> float:
    """The probability-like score (0-1) that ``text`` asks the contact for a favour."""
    w, _ = _weights()
    z = sum(w.get(f, 0.0) for f in features(text))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


# introductions are left to the rules: whether the person met hires or teaches decides them
_INTRODUCTION = re.compile(r"(?<![a-z'])(?:introduc\w*|intros?|connect(?:ed|ing)? (?:me|us)|in (?:touch|contact) with|pass(?:ing)? (?:on )?my name|"
                           r"names? of|point me (?:to|toward|towards|at))(?![a-z'])")


# questions about how things are or were done at the contact's side, and verdicts asked on the asker
_NOT_REQUEST = re.compile(
    r"(?<![a-z'])(?:ever|usually|mostly|typically|generally|normally|often|tend to|would you say|do you think|don't you think|"
    r"let me (?:play|show|walk|tell) you|strong enough|good enough|fit right in|"
    r"if you were|if you had|someday|some day|one day|eventually|in the future|down the (?:road|line)|make sense of|"
    r"to confirm|to (?:re)?schedule|thank you|thanks|(?:said|say|mention|tell (?:them|her|him)) (?:that )?you (?:sent|referred) me|"
    r"did you|have you|give me (?:an idea|a sense|an overview|a feel|a picture|a rundown)|get paid)(?![a-z'])"
    r"|^(?:would|will|does|do|is|are|was|can|could) (?:my|our)(?![a-z'])"
    # the contact's own words taken up ("You mentioned your HR work."), unless it holds them to an offer
    r"|^(?:(?:earlier|before|so|and|now) )?(?:as )?(?:you|u) (?:just )?(?:mentioned|talked about|spoke about|brought up|described|said)"
    r"(?! (?:that )?(?:you|u)(?:'d| would| could| can| might| will| may) (?:\w+ )?(?:introduce|send|pass|forward|refer|connect|put|"
    r"give|help|hire|take|look|review|mentor|recommend|share|show|get)(?![a-z']))"
    r"|^(?:does|do) (?:you|your (?:[a-z']+ ){0,2}[a-z]+) (?:use|work with|rely on|pay|train|outsource|hire|bring in|take on|"
    r"sponsor|offer|provide|fund|support|recruit|accept|consider) "
    r"(?!(?:me|us|my|our)(?![a-z']))")


def applies(text: str) -> bool:
    """Whether the scorer reads ``text`` at all. Units that ask how, what or why, ask to learn,
    ask about habits, the past or the contact's practice ("have you ever hired...", "does your
    team use freelancers"), ask a verdict, or ask for an introduction (whether the person met
    hires or teaches decides those) are left to the rules."""
    from .favour import learning_words
    return not (learning_words(text) or _INTRODUCTION.search(text) or _NOT_REQUEST.search(text))


def is_favour(text: str) -> bool:
    """Whether the score passes the threshold chosen when the weights were fitted."""
    return applies(text) and score(text) >= _weights()[1]
