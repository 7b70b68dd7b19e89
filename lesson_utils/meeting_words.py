"""What a line typed in a rehearsed meeting says besides a question: thanks, keeping in touch, a goodbye, a
silence, being done with one's questions, asking to carry on past the time. Pure functions over the learner's
text, shared by the simulator (lesson 6.1) and the rehearsal (lesson 6.2) so both hear a line the same way.
"""

from __future__ import annotations

import re

#: thanks however typed
THANKS = re.compile(r"(?<![a-z'])(?:thank|thanks|thx|ty|cheers|much appreciated|i appreciate|i really appreciate|"
                    r"appreciate (?:your|the) time|grateful for (?:your|the) time)(?![a-z'])")

#: keeping in touch in the asker's own words ("can I write to you and let you know how it goes?")
KEEP_IN_TOUCH = re.compile(r"(?<![a-z'])(?:(?:keep|keeping|kept|stay|stayed|staying|be|get|getting|remain) in (?:touch|contact)|follow(?:ing)? up|let you know how|"
                           r"tell you how|update you|keep you (?:posted|updated)|write to you|email you|e-mail you|"
                           r"drop you a (?:line|note)|reach out (?:again|later)|connect on linkedin|check in)(?![a-z'])")

#: a goodbye ("Ok, I won't keep you any longer. Thanks again and have a good day!")
GOODBYE = re.compile(r"(?<![a-z'])(?:bye|goodbye|good bye|take care|see you|have a (?:good|great|nice|lovely) (?:day|evening|"
                     r"afternoon|weekend|week|one)|won't keep you|will not keep you|i'll let you go|i will let you go|"
                     r"let you get (?:back|on)|until next time)(?![a-z'])")

#: a silence described rather than said ("(I don't say anything for a long while and look at my notes)", "*shrugs*")
SILENCE = re.compile(r"^\s*(?:\(.*\)|\*.*\*|\[.*\])\s*$|(?<![a-z'])(?:say nothing|don't say anything|do not say anything|"
                     r"stay silent|stay quiet|keep quiet|remain silent|(?:a |long )?silence|shrugs?|nods?(?: silently)?)(?![a-z'])")

#: asking to go on past the time ("I still have quite a few questions left, if you don't mind staying longer")
CARRY_ON = re.compile(r"(?<![a-z'])(?:questions (?:left|to go)|(?:a few|some|quite a few|several|a couple of|two|three) more "
                      r"questions|(?:stay|staying|go on|going on|keep going|carry on|carrying on|continue|continuing)"
                      r"(?: (?:a (?:little|bit|few minutes)|for a (?:bit|few minutes)))? ?(?:longer|on|going|over)?(?: if)?)(?![a-z'])")

#: having asked what one came to ask ("Thank you, I think that covers all of my questions.")
DONE_ASKING = re.compile(r"(?<![a-z'])(?:(?:that|this) covers (?:all |everything|it)|covers (?:all )?(?:of )?my questions|"
                         r"(?:that's|that is|those are) (?:all|everything) (?:i (?:had|wanted|have)|my questions|from me)|"
                         r"no more questions|(?:i've|i have) asked (?:all|everything)|(?:all|everything) i wanted to ask)(?![a-z'])")

#: picking up the contact's own words ("You mentioned choosing a niche sooner...", "When you say a niche, ...")
FOLLOW_UP = re.compile(r"(?<![a-z'])(?:you (?:just )?(?:said|mentioned|talked about|spoke about|brought up|described)|"
                       r"when you (?:say|said|talk about|talked about)|(?:going|coming|getting) back to|"
                       r"(?:tell|say) (?:me )?more about (?:that|this|it)|what (?:would|does|did) (?:that|this|it) "
                       r"(?:look like|mean|involve)|how (?:would|does|did) (?:that|this|it) (?:work|look|go))(?![a-z'])")


def low(text: str) -> str:
    """``text`` lower-cased, with curly apostrophes made straight."""
    return text.lower().replace("’", "'")


def says(rx: re.Pattern, text: str) -> bool:
    return bool(rx.search(low(text)))


def silent(text: str) -> bool:
    """Whether a typed line describes staying silent (or an action in brackets) instead of saying something."""
    return says(SILENCE, text) and "?" not in text


def coach_reading(name: str, text: str, default=None):
    """The label contract's reading ``name`` (``favour_family``, ``feedback_on_work``, ``logistics``...) of a typed
    line, or ``default`` if it cannot be read: a meeting never fails on odd text."""
    try:
        from .coach import contract
        from .coach.normalise import clean, normalise
        return getattr(contract, name)(normalise(clean(text)))
    except Exception:  # noqa: BLE001
        return default


def keeps_in_touch(text: str) -> bool:
    """Asking to keep in touch (or for a card): the close the course teaches, not a favour."""
    return bool(coach_reading("logistics", text, False)) and bool(
        re.search(r"\b(?:touch|contact|card|linkedin|follow up|update|let you know|tell you how|keep you posted)", low(text)))
