"""Word the coach's feedback: one sentence per flag, a rewrite where one can be made."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .flags import UnitInfo
from .labels import TOPIC_DESCRIPTIONS, TOPIC_LABELS

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_FILLER = re.compile(r"^(?:(?:so|ok|okay|and|also|but|well|hi|hey|just|quick question|one more thing|by the way|btw)\b[,:]?\s*)+", re.I)


@lru_cache(maxsize=None)
def _data():
    d = lexicon.load("advice")
    comp = lambda rows: tuple((re.compile(p, re.I), t) for p, t in rows)  # noqa: E731
    return {
        "closed": comp(d["closed_rewrites"]),
        "naq": comp(d["naq_frames"]),
        "self": comp(d["self_rewrites"]),
        "kinds": tuple((k, re.compile(p) if p else None, what, rw) for k, p, what, rw in d["favour_kinds"]),
        "raw": d,
    }


#: leave to ask a question, with no question in it ("Can I ask one last question?", "May I ask one more?")
_ASK_LEAVE = re.compile(r"(?:^|[,;.] )(?:(?:so|and|also|ok|okay) )?(?:can|could|may|might) (?:i|we) (?:also |just |quickly |please |still )?"
                        r"ask (?:you )?(?:(?:a |one |another |some |a couple (?:of )?|a few )?(?:(?:few|couple of|quick|short|last|"
                        r"final|more|small|little|brief|follow-up|further|other) )*questions?|one more|one last|something)"
                        r"(?: (?:before (?:you go|we finish|we stop|i go)|if (?:that's|that is) (?:ok|okay|alright|all right)))?\s*[?.!]*$")


def _fill(template: str, m: re.Match) -> str:
    def sub(g: re.Match) -> str:
        try:
            return m.group(int(g.group(1))) or ""
        except (IndexError, ValueError):
            return ""
    return re.sub(r"\{(\d)\}", sub, template)


_WH_HEADS = frozenset({"how", "what", "what's", "why", "which", "where", "when", "who", "how's", "whom", "whose"})
_LOWER_I = re.compile(r"(?<![a-z0-9'])i(?=(?:'[a-z]+)?(?![a-z0-9]))")


def as_question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    text = _LOWER_I.sub("I", text)  # parts cut from the lower-case reading: "how did i..." -> "how did I..."
    text = text.rstrip("?.! ")
    if not text:
        return ""
    if len(text) > 1 and not text[1].isupper():
        text = text[0].upper() + text[1:]
    elif len(text) == 1:
        text = text.upper()
    return text + "?"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _surface(info: UnitInfo, display: str, single: bool) -> str:
    """The unit's words as typed when the item is one sentence, else the normalised unit."""
    if single:
        s = display.translate(_QUOTES).strip()
        s = _FILLER.sub("", s).strip().rstrip("?.! ")
        return s
    return info.unit.text


#: the place the contact works, as the learner named it ("your hospital", "your studio")
_ORG = re.compile(r"\b(?:your|ur) (company|organi[sz]ation|firm|hospital|school|agency|studio|lab|practice|"
                  r"business|team|department|clinic|charity|university|council|library|restaurant|store|shop|"
                  r"institution|office|startup|employer|museum|newsroom|bank|district|trust)\b")


def closed_rewrite(text: str) -> str | None:
    for rx, template in _data()["closed"]:
        m = rx.match(text.rstrip("?.! "))
        if m:
            return as_question(_fill(template, m))
    return None


def naq_rewrite(text: str) -> str | None:
    text = text.rstrip("?.! ")
    for rx, template in _data()["naq"]:
        m = rx.match(text)
        if m:
            groups = [m.group(i) or "" for i in range(1, (m.lastindex or 0) + 1)]
            if groups:
                groups[0] = _lower_first(groups[0])
            out = template
            if (template.startswith("Could you tell me {1}") and groups
                    and (groups[0].split() or [""])[0] not in _WH_HEADS | {"if", "whether"}):
                # "I'd love to hear your story" -> an open question, not one a yes or no answers
                out = "What can you tell me about {1}?"
            for i, g in enumerate(groups, 1):
                out = out.replace("{%d}" % i, g)
            return as_question(out)
    return None


_FIELD = re.compile(
    r"(?<![a-z'])(?:about|in|of|on|into|up) (?:the |this |a |an )?(?:whole )?([a-z][a-z' ]{1,40}?)"
    r"(?: (?:in general|overall|as a whole|on the whole|really like|like|all about))?\s*\??$"
)
_LEAD_FIELD = re.compile(r"^(?:so,? )?([a-z][a-z' ]{1,30}?)(?:,| in general| overall| as a whole)")
#: the contact's own job named plainly ("in this job"): not a field's name
_JOB_WORDS = {"job", "role", "position", "post", "workplace", "office", "company", "team", "organisation", "organization"}
_GENERIC_FIELD = {"field", "industry", "sector", "profession", "business", "area", "line of work", "world", "trade", "career", "work"}
_NOT_FIELD = {"it", "things", "that", "this", "me", "everything", "you", "know", "there", "all", "to know",
              # the end of an idiom or a time, not a field ("a foot in the door", "on weekends")
              "door", "weekends", "weekend", "evenings", "mornings", "nights", "the future", "future", "time",
              "touch", "mind", "person", "general", "particular", "short", "advance", "return", "the meantime",
              "meantime", "summer", "winter", "spring", "autumn", "fall", "the end", "end", "ropes", "loop"}
#: words that show the match ran into a clause ("keep me in mind if anything opens"), not a field's name
_CLAUSE_WORDS = re.compile(r"(?<![a-z'])(?:if|when|whether|anything|something|me|you|i|mind|it|is|are|was|do|does|can|could|would|will)(?![a-z'])")


#: a time or someone's own place inside the match ("any interns this summer", "the door at your firm"): not a field
_TIME_OR_OWNER = re.compile(r"(?<![a-z'])(?:your|ur|my|our|their|this (?:summer|year|week|month|season|spring|autumn|fall|winter)|"
                            r"next (?:summer|year|week|month|season)|summer|winter|today|tomorrow|tonight)(?![a-z'])")


_WHATS_LIKE = re.compile(r"^(?:so,? )?what(?:'s| is) ([a-z][a-z' ]{1,30}?) (?:really )?like(?: (?:in general|overall|as a whole|these days|today|now))?$")


def field_of(norm: str) -> str:
    norm = norm.rstrip("?.! ")
    for rx in (_FIELD, _WHATS_LIKE, _LEAD_FIELD):
        m = rx.search(norm)
        if m is None:
            continue
        f = m.group(1).strip()
        f = re.sub(r"\b(?:in general|overall|as a whole|really|actually|all about|what's it|what's)\b", "", f).strip()
        if f in _GENERIC_FIELD:
            return "your " + f  # "this industry" is the contact's: "your industry"
        if f in _JOB_WORDS:
            return "your line of work"  # "in this job" once gave "How do people in job balance..." (a review)
        if f and f not in _NOT_FIELD and len(f.split()) <= 4 \
                and not re.match(r"(?:my|our|me|us|your|you|i|at|on|in|for|to|with|by|from|as|being|since|because|if|"
                                 r"when|while|after|before|any|some|more|many|several|every|each|no)\b", f) \
                and f.split()[0] not in _NOT_FIELD and not _TIME_OR_OWNER.search(f) \
                and not _CLAUSE_WORDS.search(f):
            words_ = f.split()
            if len(words_) > 1 and words_[-1] in _GENERIC_FIELD and words_[0] not in ("the", "this", "a", "an"):
                return "the " + f  # "the restaurant industry"
            return f
    return "your field"


_INTRO_TARGET = re.compile(r"(?:introduc\w*|connect|put) (?:me |us )?(?:to|with|in touch with) (your|a|an|the|one of your) "
                           r"([a-z]+)(?![a-z' ]*(?:who|that|at|in|from)\b)")
_NOT_TARGET = {"people", "person", "someone", "anyone", "somebody", "anybody", "contacts", "contact", "network", "friends",
               "friend", "colleagues", "colleague", "team", "company", "firm", "clients", "client", "customers", "buyers"}


def _intro_target(text: str) -> tuple[str, str] | None:
    """("your", "editor") for "introduce me to your editor"; None for a generic or unclear target."""
    m = _INTRO_TARGET.search(text.lower())
    if not m or m.group(2) in _NOT_TARGET or len(m.group(2)) < 3:
        return None
    # the advice speaks to the learner about the contact: "your editor" is "their editor"
    whose = {"one of your": "one of their", "your": "their"}.get(m.group(1), "a")
    noun = m.group(2)
    if whose == "a" and noun[0] in "aeiou":
        whose = "an"
    return whose, (noun + "s" if whose == "one of their" and not noun.endswith("s") else noun)


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


#: pay named as such ("What would make a CV stand out...?" has "make" but says nothing of pay)
_PAY_NOUN = re.compile(r"(?<![a-z'])(?:pay|paid|salar(?:y|ies)|wages?|earn(?:s|ing|ings)?|income|compensation|"
                       r"day rates?|hourly rates?|rates of pay)(?![a-z'])")
#: the asker's own work that a hireability favour asks the contact to judge
_OWN_WORK = re.compile(r"(?<![a-z'])my (cv|resume|résumé|portfolio|demo reel|reel|cover letter|application|writing samples?|"
                       r"showreel|design portfolio|github|website)(?![a-z'])")


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


_TO_BUYERS = re.compile(r"\bto (?:a few |some |any |all |one of |several )?(?:of )?(?:your|ur|the) (?:[a-z-]+ )?(?:clients?|customers?|buyers?|accounts)\b")


#: a student's placement at the contact's side ("could i do my placement at ur clinic", "Can I do my practicum at your
#: hospital?"): named as such, and the rewrite asks how students get one, not how the team hires (a walk got "What
#: would you do first if you were starting out in your field today?")
_PLACEMENT = re.compile(r"(?<![a-z'])(?P<noun>placements?|practicums?|practica|internships?|interns?|interning|"
                        r"work experience|co-?op(?: placement)?s?|clinical rotations?|externships?|apprenticeships?)(?![a-z'])")
_PLACE = re.compile(r"(?<![a-z'])(?:at|with|in|on) (?:your|ur|the) (?P<place>[a-z]+)(?![a-z'])")
_PLACEMENT_NOUNS = {"intern": "internships", "interns": "internships", "interning": "internships", "practica": "practicums",
                    "co-op": "co-op placements", "coop": "co-op placements"}


def _placement(text: str, field: str) -> tuple[str, str] | None:
    m = _PLACEMENT.search(text)
    if not m:
        return None
    noun = m.group("noun")
    nouns = _PLACEMENT_NOUNS.get(noun, noun if noun in ("work experience",) or noun.endswith("s") else _plural(noun))
    place = _PLACE.search(text)
    spot = place.group("place") if place else ""
    if spot and spot not in ("field", "area", "industry", "summer", "spring", "autumn", "fall", "winter"):
        where = f"{'on' if spot in ('team', 'crew', 'staff', 'ward', 'unit') else 'at'} {_plural(spot)} like yours"
    else:
        where = f"in {field}"
    one = nouns[:-1] if nouns.endswith("s") else nouns
    # "with them": "an internship at their side" read as odd English to a student
    what = "for work experience with them" if nouns == "work experience" else f"for {_a(one)} with them"
    return what, f"How do students usually get {nouns} {where}?"


def _vague_alone(question: str) -> bool:
    """Whether a part of a question, asked on its own, is one the checker calls too vague."""
    try:
        from .review import review
        return "vague" in review(question).flags
    except Exception:  # noqa: BLE001 - advice never fails on odd text
        return False


def favour_kind(text: str, family: str | None = None, field: str = "your field") -> tuple[str, str]:
    """(what is asked for, a learning question behind it); ``family`` is the contract's favour
    family when one was found (mentoring is not "clients")."""
    fam = _data()["raw"].get("family_kinds", {})
    if family in (None, "hired_there"):
        placed = _placement(text.lower(), field)
        if placed:
            return placed
    if family == "pass_on":
        # "pass my CV on to your clients": passed to buyers, it asks for business, whatever is passed
        if _TO_BUYERS.search(text):
            for kind, _, what, rewrite in _data()["kinds"]:
                if kind == "clients":
                    return what, rewrite.format(field=field)
        # "pass my resume to HR and get me an interview": the job is what is really asked for
        for _, rx, what, rewrite in _data()["kinds"]:
            if rx is not None and rx.search(text):
                return what, rewrite.format(field=field)
    if family in fam:
        what, rewrite = fam[family]
        if family == "hireability":
            m = _OWN_WORK.search(text)
            if m:  # "would my CV get me hired there?": ask what makes a CV stand out, not "work like this"
                return what, f"What makes {_a(m.group(1))} stand out to people who hire in {field}?"
        return what, rewrite.format(field=field)
    for kind, rx, what, rewrite in _data()["kinds"]:
        if rx is None or rx.search(text):
            if kind == "intro":
                named = _intro_target(text)
                if named:  # "introduce me to your editor": say whom, and ask how such people find who they work with
                    whose, noun = named
                    return (f"for an introduction to {whose} {noun}",
                            f"How do {_plural(noun)} in {field} usually find the people they work with?")
            return what, rewrite.format(field=field)
    return "for a favour", "What would you do first if you were starting out in {field} today?".format(field=field)


_ROLE = re.compile(r"\b(?:as|being) (an? [A-Za-z][\w' -]{1,40}?)(?=\s*(?:[?.!,;]|$| (?:in|at|for|these|now|today)\b))")


#: what a private question is about when the rules named no kind ("How does your wife feel about the
#: long hours?"): the rewrite keeps that subject, asked of the field
_ASPECTS = (
    ("pay", re.compile(r"\b(?:pay|paid|salar(?:y|ies)|wages?|earn\w*|income|money|raise|bonus(?:es)?)\b", re.I)),
    ("family", re.compile(r"\b(?:wife|husband|partner|spouse|kids|children|family|hours|schedule|shifts?|weekends?|"
                          r"travel\w*|home life)\b", re.I)),
    ("health", re.compile(r"\b(?:health|sick|illness|stress|burn ?out|tired|sleep)\b", re.I)),
    ("age", re.compile(r"\b(?:age|old|young|retire\w*)\b", re.I)),
)


#: a step in a career that an age question is really about ("when you made partner", "when you became a head chef")
_MILESTONE = re.compile(r"when (?:you|u) (made|became|got|reached) ((?:a |an |the )?(?!a\b|an\b|the\b|into\b|started\b|here\b)"
                        r"[a-z]+(?: (?!in\b|at\b|and\b|or\b)[a-z]+){0,2})\W*$")


def personal_advice(kind: str, display: str, field: str) -> tuple[str, str]:
    """(what is private, a question about the field instead)."""
    kinds = _data()["raw"]["personal_kinds"]
    if kind not in kinds:
        kind = next((name for name, rx in _ASPECTS if rx.search(display)), kind)
    what, rewrite = kinds.get(kind, ("private life", "What values matter most to people in {field}?"))
    step = _MILESTONE.search(display.lower()) if kind == "age" else None
    if step:  # "How old were you when you made partner?": ask about the path to that step, not a career's start
        verb = {"made": "making", "became": "becoming", "got": "getting", "reached": "reaching"}[step.group(1)]
        return what, f"What does the path to {verb} {step.group(2)} usually look like in {field}?"
    m = _ROLE.search(display)
    # never "someone in your role": that is the contact's own pay again, by another name
    role = m.group(1) if m else f"someone starting out in {field}"
    return what, rewrite.format(role=role, field=field)


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'&.-]*[A-Za-z0-9]|[A-Za-z]")


def keep_case(text: str, display: str) -> str:
    """``text`` with the learner's own capitals put back ("UX research", "MedChart", "Priya"):
    the coach reads a lower-case copy, but a rewrite must keep the learner's words as typed."""
    own: dict[str, str] = {}
    start = True
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9'&.-]*[A-Za-z0-9]|[A-Za-z]|[.?!]", display):
        w = m.group(0)
        if w in ".?!":
            start = True
            continue
        if w != w.lower() and w != "I" and (not start or any(c.isupper() for c in w[1:])):
            own.setdefault(w.lower(), w)
        start = False
    if not own:
        return text
    return _WORD.sub(lambda m: own.get(m.group(0).lower(), m.group(0)) if m.group(0) == m.group(0).lower() else m.group(0), text)


def self_rewrite(text: str) -> str:
    for rx, template in _data()["self"]:
        m = rx.search(text)
        if m:
            return as_question(_fill(template, m))
    return _data()["raw"]["self_rewrite_default"]


_CLAUSE_START = re.compile(r"(?:, |(?<![a-z'])(?:so|and|but) )(?=(?:what|how|which|who|where|when|why)(?![a-z']))")


def _last_clause(text: str) -> str:
    """The last direct question of a run-on item ("..., and whether ..., so what would you do first?")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text)]
    return text[starts[-1]:] if starts else text


def build(topic: str, flags: frozenset[str], infos: list[UnitInfo], display: str, norm: str) -> tuple[tuple[str, ...], str | None]:
    """(advice sentences, main rewrite) for a reviewed item."""
    d = _data()["raw"]
    t = d["flags"]
    questions = [i for i in infos if i.unit.question]
    learning = [i for i in infos if i.learning]
    single = len(infos) == 1
    advice: list[str] = []
    rewrites: dict[str, str | None] = {}

    field = keep_case(field_of(norm), display)
    if "asks_for_favor" in flags:
        fav_text = " ".join(i.unit.full for i in infos if i.favour)
        family = next((i.family for i in infos if i.favour and i.family), None)
        what, rw = favour_kind(fav_text, family, field)
        if learning:
            keep = as_question(_surface(learning[0], display, single) if single else learning[0].unit.full)
            rewrites["asks_for_favor"] = keep
            advice.append(t["asks_for_favor_keep"].format(what=what, rewrite=keep))
        else:
            rewrites["asks_for_favor"] = rw
            advice.append(t["asks_for_favor"].format(what=what, rewrite=rw))

    if "personal" in flags:
        kind = next(i.personal for i in infos if i.personal)
        what, rw = personal_advice(kind, display, field)
        rewrites["personal"] = rw
        advice.append(t["personal"].format(what=what, rewrite=rw))

    if "self_focused" in flags:
        rw = self_rewrite(norm)
        rewrites["self_focused"] = rw
        from . import contract
        # a review of the asker's own work is not a plan to assess: it is feedback the contract allows asking for
        feedback = "asks_for_favor" not in flags and any(contract.feedback_on_work(i.unit.full) for i in infos)
        # after a favour, its rewrite already replaces the question: a second, near-same example is noise
        name = "self_focused_feedback" if feedback else "self_focused_plain" if "asks_for_favor" in flags else "self_focused"
        advice.append(t[name].format(rewrite=rw))

    if "compound" in flags and len(questions) < 2:
        # a ramble: questions asked inside statements ("I wonder whether ..., and how long ...")
        last = questions[-1].unit.text if questions else infos[-1].unit.text
        if display.rstrip().endswith("?"):  # it ends on a question of its own: offer that one
            rw = as_question(keep_case(_last_clause(last), display))
            rewrites["compound"] = rw
            advice.append(t["compound_ramble"].format(rewrite=rw))
        else:  # "I wonder whether ..., and how long it takes.": no question of its own to keep
            advice.append(t["compound_ramble_plain"])
    elif "compound" in flags and "asks_for_favor" in flags:
        # never "ask them one at a time" when one of them is the favour to take out
        advice.append(t["compound_with_favour"].format(count=_count_word(len(questions))))
        first = next((i for i in questions if i.learning), None)
        if first is not None:
            rewrites["compound"] = as_question(first.unit.text)
    elif "compound" in flags:
        # a yes/no part is never offered to ask as it is: its open rewrite if there is one, else a follow-up
        # ("How do insurers hire analysts, is it mostly through postings or referrals?": the second part waits)
        parts, tails, leaning = [], [], []
        for i in questions:
            rw = closed_rewrite(i.unit.text) if i.closed else None
            if i.closed and rw is None:
                tails.append(as_question(i.unit.text))
            elif not i.closed and parts and _vague_alone(as_question(i.unit.text)):
                # "What would I have to learn?" leans on the part before it: offered alone, the checker itself
                # called it too vague (a walk)
                leaning.append(as_question(i.unit.text))
            else:
                parts.append(rw or as_question(i.unit.text))
        if parts and (tails or leaning):
            quote = lambda ps: " and ".join(f"\"{p}\"" for p in ps)  # noqa: E731
            later = tails + leaning
            name = "compound_follow_up" if tails else "compound_follow_up_context"
            advice.append(t[name].format(count=_count_word(len(parts) + len(later)), open=quote(parts),
                                         closed=quote(later), them="it" if len(later) == 1 else "them"))
        else:
            parts = parts + tails
            quoted = " then ".join(f"\"{p}\"" for p in parts)
            advice.append(t["compound"].format(count=_count_word(len(parts)), parts=quoted))
        first = next((i for i in questions if i.learning), questions[0])
        rewrites["compound"] = as_question(first.unit.text)

    if "vague" in flags:
        # "Any advice?" asks for advice: the rewrite keeps to that, with an angle, instead of drifting
        tmpl = d["vague_rewrites"]["advice"] if re.search(r"\b(?:advice|tips?|pointers?|suggestions?|words of wisdom)\b", norm) else \
            d["vague_rewrites"].get(topic, d["vague_rewrites"]["none"])
        rw = tmpl.format(field=field)
        rewrites["vague"] = rw
        advice.append(t["vague"].format(rewrite=rw))

    wh_led = bool(questions) and all(i.unit.head in _WH_HEADS for i in questions)
    if "closed" in flags and wh_led:
        # "How much do you make?" already starts with how: a one-word or one-figure answer is the fault
        advice.append(t["closed_wh"])
    elif "closed" in flags and flags & {"asks_for_favor", "self_focused", "personal"}:
        # the favour, self-focus or private-life rewrite above already replaces the question
        advice.append(t["closed_plain"])
    elif "closed" in flags:
        rw = None
        for i in questions:
            rw = closed_rewrite(_surface(i, display, len(questions) == 1 and single) if i.learning or len(questions) == 1 else i.unit.text)
            if rw:
                break
        if rw is None and "vague" not in flags and len(questions) == 1:
            rw = closed_rewrite(questions[0].unit.text)
        if rw is None and topic == "referrals":
            m = re.search(r"\babout (.+?)\??$", norm)
            about = f"about {m.group(1)}" if m else "next"
            rw = as_question(d["closed_fallback"]["referrals"].format(about=about).replace(" ?", "?"))
        rewrites["closed"] = rw
        advice.append(t["closed"].format(rewrite=rw) if rw else t["closed_plain"])

    if "not_a_question" in flags:
        rw = None
        if learning and "vague" not in flags:
            rw = naq_rewrite(_surface(learning[0], display, single) if single else learning[0].unit.text)
        if rw is None and "vague" in flags:
            rw = rewrites.get("vague")
        rewrites["not_a_question"] = rw
        if rw:
            advice.append(t["not_a_question"].format(rewrite=rw))
        else:  # after a favour, "keep it short" would say to keep the request: only the favour's advice stands
            advice.append(t["not_a_question_favour" if "asks_for_favor" in flags else "not_a_question_plain"])

    if "researchable" in flags:
        # the learner's own word for the place ("your hospital"), never a "company" they did not say
        org = _ORG.search(norm)
        rw = d["researchable_rewrites"].get(topic, d["researchable_rewrites"]["default"]).format(
            org=org.group(1) if org else "company")
        rewrites["researchable"] = rw
        advice.append(t["researchable"].format(rewrite=rw))

    if not flags:
        if topic == "none":
            from . import contract
            allowed = any(contract.not_favour(i.unit.full) for i in infos)
            asked = any(i.unit.question and contract.permission(i.unit.full) for i in infos)
            leave = any(_ASK_LEAVE.search(i.unit.full) for i in infos if i.unit.question)
            # "Would it be alright if I came along one day?" is a request for the close, not warm-up small talk
            advice.append(d["ask_leave"] if leave else d["allowed_ask"] if allowed else d["request"] if asked
                          else d["small_talk"])
        else:
            from . import contract
            questions = [i for i in infos if i.unit.question]
            if questions and all(contract.closing_invitation(i.unit.full) for i in questions):
                advice.append(d["closing_praise"])
            elif questions and any(contract.field_pay(i.unit.full) and _PAY_NOUN.search(i.unit.full) for i in questions):
                advice.append(d["pay_praise"])  # lesson 4: salary is a judgement call
            else:
                label = TOPIC_LABELS[topic]
                label = label[0].lower() + label[1:]
                advice.append(d["praise"].format(topic=label, description=TOPIC_DESCRIPTIONS[topic]))

    main = None
    for flag in ("asks_for_favor", "personal", "self_focused", "compound", "vague", "not_a_question", "closed", "researchable"):
        if rewrites.get(flag):
            main = rewrites[flag]
            break
    quoted = re.compile(r'"([^"]*)"')
    advice = [quoted.sub(lambda m: '"' + keep_case(m.group(1), display) + '"', a) for a in advice]
    return tuple(advice), (keep_case(main, display) if main else main)


def _count_word(n: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))
