"""Lesson 1's reflection: who would you like to learn from, and why?

A light check of three short answers (who, why, what you hope to learn) that
words its feedback and never raises on any text. It looks only at the first
:data:`~lesson_utils.text.CHECK_LIMIT` characters of each answer; the whole
answer is always kept. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re

import textwrap

from .text import CHECK_LIMIT, QUOTE_LIMIT, clean, clip, is_blank, words

FIELDS = (
    ("who", "Who would you like to learn from?",
     "A person, or a kind of person: “my cousin’s friend who is a nurse”, “a UX designer at a small agency”"),
    ("why", "Why them?", "What about their work or path draws you?"),
    ("hope", "What do you hope to learn from them?", "Two or three things you would like to find out"),
)

VAGUE_WHO = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "whoever", "idk"}
JOB_WORDS = {"job", "jobs", "hire", "hired", "hiring", "vacancy", "vacancies", "opening", "openings", "employ", "employed",
             "internship", "internships", "intern", "placement", "placements"}
#: these answers speak of the person in the third person ("an internship in their lab"): a job, an internship or
#: an interview at their side is a favour from them, whatever the coach (made for questions to them) reads
_THEIR_JOB = re.compile(r"(?<![a-z])(?:jobs?|internships?|placements?|positions?|openings?|interviews?|work experience|"
                        r"a role|roles)(?: [a-z]+){0,2} (?:at|in|with|on) (?:their|her|his|the same)(?![a-z])", re.I)
BUSINESS_WORDS = {"clients", "client", "customers", "customer", "sell", "selling", "sales", "referrals", "refer"}
LEARN_WORDS = {"how", "what", "why", "which", "learn", "find", "understand", "whether", "know"}
#: words that say nothing of what to learn on their own ("stuff about the job", "more about it all")
EMPTY_HOPE = {"stuff", "things", "thing", "everything", "anything", "something", "it", "all", "about", "the", "a",
              "job", "jobs", "work", "field", "industry", "career", "more", "general", "generally", "in", "of",
              "their", "his", "her", "them", "some", "just", "basically", "like", "info", "information", "etc", "and",
              "to", "know", "learn", "i", "want", "would", "like", "lots", "lot", "bit", "overall"}

EXAMPLE = {
    "who": "A nurse who moved into hospital management",
    "why": "I have worked as a nurse for six years and wonder whether management would suit me.",
    "hope": "How she made the move, what a normal week looks like, and what she wishes she had known before.",
}


def _coach_favour(text: str) -> str | None:
    """What ``text`` asks the contact for, by the question coach's judgement (None if nothing). Only
    sentences with a job or business word are read: these answers are notes, not questions, and a note
    such as "whether my background counts for anything" asks for nothing."""
    m = _THEIR_JOB.search(text)
    if m:
        return "for an internship" if re.search(r"intern|placement|work experience", m.group(0), re.I) \
            else "for a job or an interview"
    try:
        from .coach.judge import favour_sentence
        found = favour_sentence(text, gated=True)
        return found[1] if found else None
    except Exception:  # noqa: BLE001 - the coach is optional here
        return None


def _head(text: str) -> str:
    return clean(text)[:CHECK_LIMIT]


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in words(_head(text))}


#: the learner's own work told in the first person ("I already hire, schedule and coach a team of 30"): a job word
#: there is what they do now, not a job or clients they want (a walk's HR answer got the note until "hire" went)
_OWN_WORK = re.compile(r"(?<![a-z'])(?:i|we|i've|we've)(?: (?:already|currently|now|also|often|regularly|do|have|still))* "
                       r"(?:hire|hired|recruit|recruited|interview|interviewed|employ|employed|sell|sold|refer|referred)"
                       r"(?![a-z'])", re.I)


def _wants_words(text: str) -> set[str]:
    """The answer's words, without the job words it uses of the learner's own work."""
    return _lower_words(_OWN_WORK.sub(" ", _head(text)))


def check_reflection(answers: object) -> list[tuple[str, str]]:
    """Worded feedback items ``(kind, text)`` for the three answers; never raises."""
    if not isinstance(answers, dict):
        answers = {}
    who, why, hope = (clean(answers.get(k, "")) if isinstance(answers.get(k, ""), str) else ""
                      for k, _, _ in FIELDS)
    if all(is_blank(v) for v in (who, why, hope)):
        return [("info", "Nothing to look at yet: start with the first box, who you would like to learn from.")]
    items: list[tuple[str, str]] = []
    if any(len(v) > CHECK_LIMIT for v in (who, why, hope)):
        items.append(("info", "That is a long answer. It is all saved; the feedback looks at the start of it only."))

    # Who
    who_words = _lower_words(who)
    if is_blank(who):
        items.append(("fix", "Name someone to learn from: a person you know of, or a kind of person (a role, a workplace)."))
    elif not who_words:
        items.append(("fix", "Describe them in a few words, so that you could look for them: a role, a field, a place."))
    elif who_words <= VAGUE_WHO | {"in", "a", "the", "of", "field", "any", "from", "i", "don't", "know"} or (
            words(_head(who))[0].lower() in VAGUE_WHO and len(words(_head(who))) <= 4):
        # "someone in science" names a field, not a person or a role one could look for
        items.append(("fix", "Try to narrow it down to one role or one person; “someone” is hard to find and hard to ask."))
    else:
        items.append(("good", f"You named someone to learn from: “{clip(_head(who).strip(), 80)}”."))

    # Why
    n_why = len(words(_head(why)))
    if is_blank(why):
        items.append(("fix", "Say why them: what about their work or their path draws you? It will go into your request."))
    elif n_why < 5:
        items.append(("fix", "Add a few words to your “why”: what exactly about their work or path interests you?"))
    elif _coach_favour(_head(why)):
        items.append(("fix", f"Your “why” is what they could give you ({_coach_favour(_head(why)).removeprefix('for ')}). "
                             "Make it what draws you to their work or their path: a stranger says yes to someone who "
                             "wants to learn from them, and says no to a request for a job or clients."))
    elif _wants_words(why) & (JOB_WORDS | BUSINESS_WORDS):
        items.append(("info", "You mention a job or clients. Saying you are looking is fine; the reason to meet "
                              "them is what you can learn from their work or path, so make that the heart of it."))
    else:
        items.append(("good", "You said why them. A sentence like this is the heart of your request for a meeting."))

    # Hope
    hope_words = _lower_words(hope)
    if is_blank(hope):
        items.append(("fix", "Write what you hope to learn: two or three things you would like to find out."))
    elif _coach_favour(_head(hope)):
        items.append(("fix", f"This asks them {_coach_favour(_head(hope))}, not for something to learn. The meeting "
                             "is to learn from them: write what you would like to find out, for example how they got "
                             "in and what the work needs."))
    else:
        learning = bool(hope_words & LEARN_WORDS) or "?" in _head(hope)
        if hope_words & JOB_WORDS and not learning and not hope_words & {"stuff", "things", "thing", "everything",
                                                                          "anything", "something", "info", "information"}:
            # "what hiring managers look for..." asks to learn about hiring: no note
            items.append(("info", "You mention a job. Hoping for one later is fine, but the meeting itself is to learn, "
                                  "not to ask for work: ask how people get in, not for a position."))
        if hope_words & BUSINESS_WORDS:
            items.append(("info", "You mention clients or sales. Ask how the business works, never for their clients: "
                                  "lesson 2 shows what that costs."))
        if len(words(_head(hope))) < 4:
            items.append(("fix", "Say a little more about what you hope to learn, so you can turn it into questions."))
        elif hope_words <= EMPTY_HOPE:
            items.append(("fix", "Say what about it: for example how they got in, what a normal week holds, or which "
                                 "skills matter most. “Stuff about the job” is hard to turn into questions."))
        elif learning:
            items.append(("good", "These are things to learn, ready to become your questions in lesson 4."))
        else:
            items.append(("good", "A start. In lesson 4 you will turn this into open questions (how, what, why)."))
    return items


def format_reflection(answers: object) -> str:
    """The answers and their feedback as plain text (the text fallback)."""
    if not isinstance(answers, dict):
        answers = {}
    lines = []
    for key, label, _ in FIELDS:
        value = answers.get(key)
        shown = clip(clean(value).strip(), QUOTE_LIMIT) if isinstance(value, str) and not is_blank(value) else "(empty)"
        lines.append(f"{label} {shown}")
    words_for = {"good": "Good:", "fix": "To improve:", "info": "Note:", "warn": "Problem:"}
    for kind, text in check_reflection(answers):
        lines.append(textwrap.fill(f"{words_for.get(kind, 'Note:')} {text}", 96, initial_indent="  ",
                                   subsequent_indent="    "))
    return "\n".join(lines)
