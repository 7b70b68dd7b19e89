"""Checks for the messages of lesson 5: the request, the follow-up and the reply to a no.

:func:`check_request` reads a subject and body and says, in words, what works
and what to fix, with why it matters to the reader:

* **length**: under about 150 words (guides differ: some say under 100, readable
  on a phone; Duke's guide says under 150);
* **connection**: how you found them or who referred you;
* **why them**: something specific about their work or path;
* **a small, specific time ask**: a number of minutes, 15-30;
* **flexibility** on time and on place or format;
* **no favour**: no request for a job or clients (see :mod:`favour_words`);
* **no attachment**: no resume or CV attached or mentioned;
* plus notes: a greeting, a thank-you, a plain "I am not asking for a job",
  leftover ``[placeholders]`` from a template.

:func:`check_follow_up` and :func:`check_decline_reply` give lighter checks on the
two short notes. Patterns and templates live in ``data/request_email.json``.
Every function takes any text and never raises. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .content import load_json
from .favour_words import disclaims_favour, favour_message, favour_requests, negated
from .intro import FIELDS as INTRO_FIELDS
from .intro import Finding, FindingsMixin, count_words, format_findings, tidy_sentence
from .message_checks import TimeWords, collector, time_findings
from .text import CHECK_LIMIT, clean, clip, had_control_characters, is_blank


def _pleading(text: str) -> bool:
    """The question coach's judgement (imported when first needed: the coach loads on first use)."""
    from .coach.judge import pleading

    return pleading(text)


def _subject_job(subject: str) -> str:
    """The job word a subject names ("Openings on your team?"), or "" (none, or only denied or asked about: "Not a job request", "How hiring works")."""
    spec = data()["request"]
    for m in re.finditer(spec["subject_job"], subject, re.IGNORECASE):
        if not re.search(spec["subject_job_not_asked"], subject[:m.start()], re.IGNORECASE):
            return m.group(0)
    return ""


@lru_cache(maxsize=1)
def data() -> dict:
    return load_json("request_email.json")


def _compile(patterns) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


@lru_cache(maxsize=None)
def _patterns(section: str, key: str) -> tuple[re.Pattern, ...]:
    return _compile(data()[section][key])


def _norm(text: object) -> str:
    return clean(text)[:CHECK_LIMIT].replace("’", "'")


def _first(patterns, text: str, allow_negated: bool = True) -> re.Match | None:
    best = None
    for p in patterns:
        for m in p.finditer(text):
            if not allow_negated and negated(text, m.start()):
                continue
            if best is None or m.start() < best.start():
                best = m
            break
    return best


# ---------------------------------------------------------------- time asked
_NUM = r"(\d{1,3}|one|two|three|five|ten|fifteen|twenty(?:[- ]five)?|thirty|forty(?:[- ]five)?|sixty|ninety)"
_MIN = r"[- ]?(?:min|mins|minute|minutes)\b"
_RANGE = re.compile(rf"\b{_NUM}\s*(?:-|–|—|to|or)\s*{_NUM}{_MIN}", re.I)
_SINGLE = re.compile(rf"\b{_NUM}{_MIN}", re.I)
_HALF = re.compile(r"\bhalf[- ](?:an[- ])?hour\b|\bhalf an hour\b", re.I)
_QUARTER = re.compile(r"\bquarter of an hour\b|\bquarter[- ]hour\b", re.I)
_HOURS = re.compile(r"\b(an|one|1|a full|a whole|two|2|a couple of|a few|several) hours?\b", re.I)
_HOUR_VALUES = {"two": 120, "2": 120, "a couple of": 120, "a few": 180, "several": 180}


def _number(word: str) -> int | None:
    word = word.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    table = {k.replace("-", " "): v for k, v in data()["time_numbers"].items()}
    return table.get(word)


def minutes_asked(text: object) -> list[int]:
    """Every amount of time the text mentions, in minutes (ranges give their upper end)."""
    s = _norm(text)
    found: list[int] = []

    def blank(m: re.Match) -> str:
        return " " * (m.end() - m.start())

    for m in _RANGE.finditer(s):
        low, high = _number(m.group(1)), _number(m.group(2))
        if low is None or high is None or high <= low:  # "twenty-five minutes" is not a range
            continue
        found.append(high)
        s = s[: m.start()] + blank(m) + s[m.end():]
    for m in _SINGLE.finditer(s):
        value = _number(m.group(1))
        if value is not None:
            found.append(value)
    for m in _HALF.finditer(s):
        found.append(30)
    s = _HALF.sub(blank, s)
    for m in _QUARTER.finditer(s):
        found.append(15)
    s = _QUARTER.sub(blank, s)
    for m in _HOURS.finditer(s):
        found.append(_HOUR_VALUES.get(m.group(1).lower(), 60))
    return found


# ---------------------------------------------------------------- the request
#: What the request's check says about the time asked for.
TIME_WORDS = TimeWords(
    too_long="You ask for about {most} minutes. Ask for 15-30: a small ask is easy to grant, and they can always "
             "offer more.",
    short="You ask for {most} minutes: easy to grant, but 15-30 leaves room for three or four questions.",
    ok="A specific, small ask ({most} minutes): easy for a busy person to say yes to.",
    vague="Name the time you ask for (\"20 minutes\"), not \"a few minutes\" or \"a quick chat\": a specific, "
          "small ask tells the reader exactly what they agree to.",
    missing="Say how much time you ask for: 15-30 minutes. A specific, small ask is easy to say yes to.",
)


def _time_asked(add, text: str, words: TimeWords) -> None:
    """The finding on the time ``text`` asks for (a number of minutes, vague words, or nothing), in ``words``."""
    time_findings(add, minutes_asked(text), bool(_first(_patterns("request", "time_vague"), text)), words)


@dataclass(frozen=True)
class MessageResult(FindingsMixin):
    findings: tuple[Finding, ...]
    words: int


_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\uFE0F]")


def _common_notes(add, raw_texts, texts) -> None:
    emoji = sorted({m.group(0) for t in texts for m in _EMOJI.finditer(clean(t)) if m.group(0) != "\uFE0F"})
    if emoji:
        add("fix", "emoji", f"Emoji ({''.join(emoji[:4])}): leave them out of a message to someone you have not met "
            "yet; plain words read as more professional, and some email programs show emoji as empty boxes.")
    if any(len(clean(t)) > CHECK_LIMIT for t in texts):
        add("info", "long_text", f"Only the first {CHECK_LIMIT:,} characters are checked; all of your text is kept.")
    if any(had_control_characters(t) for t in raw_texts):
        add("info", "control_characters", "Some invisible control characters were removed from your text.")


def _placeholders(add, text: str) -> None:
    found = re.findall(data()["request"]["placeholder"], text)
    if found:
        shown = ", ".join(clip(p, 45) for p in found[:3])
        more = f" and {len(found) - 3} more" if len(found) > 3 else ""
        add("fix", "placeholders", f"Replace the parts in square brackets with your own words ({shown}{more}): "
            "a reader who sees a template stops reading.")


def _coach_favour(text: str):
    """The question coach's judgement on each sentence (the same as lesson 4's): (sentence, what it asks
    for) for the first that asks the contact a favour, or None."""
    from .coach.judge import favour_sentence
    return favour_sentence(text, gated=True)


def _coach_favour_past_attachments(text: str):
    """The coach's (sentence, what it asks for) for the first favour in ``text``, or None. A sentence about an
    attached resume is read again without its attachment words ("I've attached my resume, and I'd love to hear
    if your team is hiring"): the attachment point says that part once, and a request beside it is still named,
    quoting the learner's own sentence."""
    asked = _coach_favour(text)
    remaining, read_again = text, []  # (the sentence without its attachment words, the learner's sentence)
    for _ in range(5):
        m = asked and _first(_patterns("request", "attachment"), asked[0].lower(), allow_negated=False)
        if not m:
            break
        sentence = asked[0]
        if sentence not in remaining:
            return None
        rest = sentence[: m.start()] + " " + sentence[m.end():] if len(sentence.lower()) == len(sentence) else " "
        remaining = remaining.replace(sentence, rest, 1)
        read_again.append((" ".join(rest.split()), _learners(sentence, read_again)))
        asked = _coach_favour(remaining)
    return None if asked is None else (_learners(asked[0], read_again), asked[1])


def _learners(sentence: str, read_again: list) -> str:
    """The learner's own sentence behind ``sentence`` (which may be one read again without some words)."""
    flat = " ".join(sentence.split())
    return next((whole for rest, whole in read_again if flat in rest), sentence)


def _favour_and_attachment(add, text: str, raw: str = "", after_a_no: bool = False) -> None:
    hits = favour_requests(text)
    for hit in hits:
        if hit.kind == "job_search":
            add("info", "job_search", f"“{hit.phrase}”: saying honestly that you are looking for work is fine. "
                "Keep the request about learning, and do not ask them for a job.")
        else:
            add("fix", f"favour_{hit.kind}", favour_message(hit))
    found = any(hit.kind != "job_search" for hit in hits)
    if not found:
        # the phrase list misses new wordings ("if your team has any openings I'd love to be considered"):
        # the coach reads every sentence as lesson 4 does
        asked = _coach_favour_past_attachments(raw or text)
        if asked is not None:
            sentence, what = asked
            found = True
            add("fix", "favour_coach", f"“{clip(sentence, 90)}” asks the contact {what}. Leave it out: a request "
                "to learn that also asks for a job or business puts them on the spot, and most say no to both.")
    if not found:
        add("good", "no_favour", "No request for a job or clients: the reader can say yes without feeling used.")
    m = _first(_patterns("request", "attachment"), text, allow_negated=False)
    if m:
        if after_a_no:  # there is no meeting to bring it to (a walk was told to)
            add("fix", "attachment", f"“{clip(m.group(0), 60)}”: leave the resume out. Sent after a no, it reads as "
                "a job application they did not ask for; thanks and a name to ask next are all this reply needs.")
        else:
            add("fix", "attachment", f"“{clip(m.group(0), 60)}”: leave the resume out. Attached to a request to "
                "learn, it reads as a job application. Bring it to the meeting and share it only if they ask.")


def check_request(subject: object, body: object) -> MessageResult:
    """Worded checks on a request for a short meeting to learn."""
    raw_subject, raw_body = subject, body
    subject_text, body_text = _norm(subject), _norm(body)
    words = count_words(clean(body)[: CHECK_LIMIT * 4])
    findings, add = collector()
    spec = data()["request"]

    if is_blank(body_text):
        if is_blank(subject_text):
            add("info", "empty", "Write your email in the boxes above (or press Start from a template), then "
                "press Check my email.")
        else:
            add("fix", "body_missing", "The subject is there; now write the body of the email.")
        return MessageResult(tuple(findings), words)

    # Subject
    if is_blank(subject_text):
        add("fix", "subject_missing", "Add a subject. A clear one (\"Request: 20 minutes to learn about school "
            "librarianship\") tells a busy reader what this is before they open it.")
    elif count_words(subject_text) > spec["subject_max_words"]:
        add("fix", "subject_long", f"The subject has {count_words(subject_text)} words; keep it under "
            f"{spec['subject_max_words']} so it shows whole on a phone.")
    elif _pleading(subject_text):
        add("fix", "subject_plea", "The subject pleads for help but does not say what you hope to learn. Name the "
            "topic and the time, for example \"20 minutes to learn about UX research?\".")
    elif _subject_job(subject_text):
        add("fix", "subject_job", f"The subject says “{_subject_job(subject_text)}”: in an inbox it reads as a "
            "job application before the email is even opened. Name what you hope to learn and the time instead, for "
            "example \"20 minutes to learn about UX research?\".")
    elif not re.search(spec["placeholder"], subject_text):
        add("good", "subject_ok", "A short subject the reader can take in at a glance.")
        if not re.search(r"\d|\b(?:minutes?|mins?|hour|coffee|call|chat|meeting)\b", subject_text, re.IGNORECASE):
            # lesson 5: a clear subject names the topic and the time ("Quick question from a student" names neither)
            add("info", "subject_no_time", "The subject does not say how much time you ask for. Naming it, with "
                "the topic (\"20 minutes on science journalism?\"), tells the reader at a glance how small the ask is.")

    # The rule every guide puts first: no job, no clients, no resume.
    _favour_and_attachment(add, subject_text + "\n" + body_text, clean(raw_subject) + "\n" + clean(raw_body))

    # Length
    if words > spec["words_max"]:
        add("fix", "too_long", f"{words} words: over 150. Guides differ on the limit (some say under 100, so it reads "
            "on a phone without scrolling; Duke University's career guide says under 150), but all agree a stranger "
            "gives a long email less attention. Cut to who you are, why them and the small ask.")
    elif words > spec["words_good"]:
        add("info", "length_between", f"{words} words: under the 150 that Duke University's career guide allows, "
            "but over the 100 that other guides suggest for reading on a phone. The guides differ: your call. Shorter "
            "is easier to say yes to.")
    elif words < spec["words_min"]:
        add("fix", "too_short", f"{words} words: too short to say who you are, why them and what you ask for.")
    else:
        add("good", "length_ok", f"{words} words: short enough to read on a phone (100 or fewer; guides ask for "
            "under 100 to 150).")

    # The checks below read the learner's own words, not a template's [placeholders].
    placeholders = re.findall(spec["placeholder"], subject_text + "\n" + body_text)
    own = re.sub(spec["placeholder"], " ", body_text)

    # Connection
    if _first(_patterns("request", "connection"), own):
        add("good", "connection", "You say how you found them or who referred you: a shared connection is the "
            "main reason strangers say yes.")
    else:
        add("fix", "connection_missing", "Say how you found them or who referred you (\"Ana Ruiz suggested I write\", "
            "\"I read your article on...\", \"as a fellow alumna\"). Without it the reader wonders why a stranger "
            "is writing.")

    # Why them
    if _first(_patterns("request", "why_them"), own):
        add("good", "why_them", "You say why them, so the reader knows you chose them for a reason, not from a "
            "mass mailing.")
    else:
        add("fix", "why_them_missing", "Say why them: what in their work, path or experience drew you (\"because "
            "you moved from nursing into health IT\"). People say yes when they see their experience is what you need.")

    # Time asked
    _time_asked(add, own, TIME_WORDS)

    # Flexibility
    flex_time = _first(_patterns("request", "flex_time"), own)
    flex_place = _first(_patterns("request", "flex_place"), own)
    if flex_time and flex_place:
        add("good", "flexible", "You fit their schedule and their place or format: the reader does not have to "
            "bend anything for you.")
    elif flex_time:
        add("info", "flex_place_missing", "You are flexible on time; offer a choice of place or format too (a call, "
            "a video call, coffee near their office).")
    elif flex_place:
        add("info", "flex_time_missing", "You offer a choice of format; say the time is theirs too (\"at a time "
            "that suits you\").")
    else:
        add("fix", "flex_missing", "Offer to fit their schedule and place (\"a call or a coffee near your office, "
            "at a time that suits you\"). You are the one asking, so you do the adapting.")

    # Notes
    asks = {f.code for f in findings if f.code.startswith("favour_") or f.code == "attachment"}
    if disclaims_favour(own) and not asks:
        add("good", "says_not_job", "You say plainly you are not asking for a job: it puts the reader at ease.")
    elif asks:
        pass  # "not asking for a job" beside a request for one (or a resume) would contradict the points above
    else:
        add("info", "no_disclaimer", "Consider one plain sentence saying you are not asking for a job (\"I am not "
            "looking for a job; I am hoping to learn from your experience\"). Some guides recommend it.")
    if not _first(_patterns("request", "learn"), body_text.lower()):
        # the lesson's fifth part of a request: a walk's draft left it out and nothing said so
        add("info", "no_learn", "Say what you hope to learn from them (\"I would love to learn how you moved into "
            "training design\"): it tells them what the meeting is for, and that it is not about a job.")
    if not re.search(spec["greeting"], body_text, re.I):
        add("info", "no_greeting", "Start with a greeting and their name (\"Dear Ms Ruiz,\" or \"Hello Ana,\").")
    if not re.search(spec["thanks"], body_text, re.I):
        add("info", "no_thanks", "Thank them for considering it: a small courtesy that makes a yes more likely.")
    if placeholders:
        _placeholders(add, subject_text + "\n" + body_text)
    _common_notes(add, [raw_subject, raw_body], [raw_subject, raw_body])
    return MessageResult(tuple(findings), words)


# ----------------------------------------------------------------- follow-up
def _start(text: object):
    """What every message check begins with: the raw text, its normalised form, its word count,
    the list of findings and the function that adds one."""
    return (text, _norm(text), count_words(clean(text)[: CHECK_LIMIT * 4])) + collector()


def check_follow_up(text: object) -> MessageResult:
    """Light checks on a single polite follow-up, sent about a week after the request."""
    raw, s, words, findings, add = _start(text)
    spec = data()["follow_up"]
    if is_blank(s):
        add("info", "empty", "Write your follow-up note above (or press Start from a template), then press Check.")
        return MessageResult(tuple(findings), words)
    if words > spec["words_max"]:
        add("fix", "too_long", f"{words} words. A follow-up should be shorter than the first message: a few "
            "lines the reader can answer from a phone.")
    elif words > spec["words_good"]:
        add("info", "longish", f"{words} words: fine, though a follow-up reads best under {spec['words_good']}.")
    else:
        add("good", "length_ok", f"{words} words: short, as a follow-up should be.")
    if _first(_patterns("follow_up", "refers_back"), s):
        add("good", "refers_back", "You remind them of your first message, so they do not have to search for it.")
    else:
        add("fix", "refers_back_missing", "Say that you wrote before (\"I wrote last week to ask...\") so the reader "
            "can place you at once.")
    if minutes_asked(s):
        add("good", "restates_ask", "You restate the small ask, so they can answer yes right away.")
    else:
        add("info", "no_ask", "Restate the small ask in a few words (\"20 minutes to learn about...\").")
    pushy = _first(_patterns("follow_up", "pushy"), s)
    if pushy:
        add("fix", "pushy", f"“{clip(pushy.group(0), 60)}” sounds like pressure or blame. They owe you nothing; a "
            "gentle tone keeps the door open.")
    chase = _first(_patterns("follow_up", "chase"), s)
    if chase:
        add("fix", "chase", f"“{clip(chase.group(0), 60)}” chases them on another channel. One polite follow-up, the "
            "way you first wrote, is enough: calls and messages on every channel read as pressure.")
    if _first(_patterns("follow_up", "easy_out"), s):
        add("good", "easy_out", "You give them an easy way out, which makes a reply, even a no, more likely.")
    else:
        add("info", "no_easy_out", "Give them an easy way out (\"no worries if now is a busy time\", \"if someone "
            "else would be easier to ask, I would be glad of a name\").")
    _favour_and_attachment(add, s, clean(raw))
    _placeholders(add, s)
    _common_notes(add, [raw], [raw])
    return MessageResult(tuple(findings), words)


# ----------------------------------------------------------- the reply to a no
def check_decline_reply(text: object) -> MessageResult:
    """Light checks on a reply to someone who said no: thank them, ask who else, do not push."""
    raw, s, words, findings, add = _start(text)
    spec = data()["decline"]
    if is_blank(s):
        add("info", "empty", "Write your reply above (or press Start from a template), then press Check.")
        return MessageResult(tuple(findings), words)
    if re.search(data()["request"]["thanks"], s, re.I):
        add("good", "thanks", "You thank them: a warm reply to a no leaves a good memory, and doors reopen.")
    else:
        add("fix", "thanks_missing", "Thank them for replying. A no is still an answer, and a gracious one is "
            "remembered.")
    if _first(_patterns("decline", "who_else"), s):
        add("good", "who_else", "You ask who else might help (or what to read): a no can still grow your network.")
    else:
        add("fix", "who_else_missing", "Ask who else might help (\"Is there anyone else you would suggest I talk "
            "to?\"): the easiest yes for someone who cannot meet.")
    pushy = _first(_patterns("decline", "pushy"), s)
    if pushy:
        add("fix", "pushy", f"“{clip(pushy.group(0), 60)}” pushes after a no. Respect it: the person who felt "
            "heard may help later; the one who felt pressed will not.")
    if words > spec["words_good"]:
        add("fix", "too_long", f"{words} words: keep a reply to a no to a few lines.")
    else:
        add("good", "length_ok", f"{words} words: short and easy to answer.")
    _favour_and_attachment(add, s, clean(raw), after_a_no=True)
    _placeholders(add, s)
    _common_notes(add, [raw], [raw])
    return MessageResult(tuple(findings), words)


# ------------------------------------------------------------------ templates
def request_template(intro: dict | None = None) -> tuple[str, str]:
    """(subject, body) of a request to adapt, using the learner's lesson-3 introduction when given."""
    t = data()["templates"]
    intro = intro if isinstance(intro, dict) else {}
    parts = {}
    for key in INTRO_FIELDS:
        value = intro.get(key)
        parts[key] = tidy_sentence(value) if isinstance(value, str) and not is_blank(value) else t["blanks"][key]
    body = t["body"]
    for key, value in parts.items():
        body = body.replace("{" + key + "}", value)
    return t["subject"], body


def follow_up_template() -> str:
    return data()["templates"]["follow_up"]


def decline_template() -> str:
    return data()["templates"]["decline"]


def samples() -> dict:
    return dict(data()["samples"])


def format_message_check(result: MessageResult, heading: str = "Feedback:") -> str:
    """Plain-text feedback (the text fallback)."""
    return "\n".join([heading, format_findings(result.findings)])


# ------------------------------------------------------------ who to ask (05.1)
WHO_FIELDS = (
    ("known", "People you already know who work in or near the field, or might know someone who does",
     "e.g. my cousin's partner is a nurse; a parent at my daughter's school works in hospital IT."),
    ("wider", "Where you could find more: alumni, an association, a group or event",
     "e.g. my college's alumni directory; the regional health informatics association's meetups."),
    ("first", "The first person you will ask, and how you know of them",
     "e.g. Priya, my cousin's partner: she moved from the ward into health IT three years ago."),
)


#: an answer that says there is nobody ("not sure, nobody really", "idk", "none"): not a name to start from
_NO_ONE = re.compile(r"(?<![a-z'])(?:nobody|no ?one|none|nothing|not sure|unsure|idk|dunno|no idea|n/?a|nope|"
                     r"(?:don't|dont|do not) (?:really )?know (?:anyone|anybody|any(?: \w+)?)|can't think of (?:anyone|any))(?![a-z'])")


def says_no_one(text: str) -> bool:
    """Whether a short answer says the learner knows nobody to ask ("not sure, nobody really")."""
    low = text.lower().replace("’", "'")
    return len(low.split()) <= 10 and bool(_NO_ONE.search(low))


def check_who_to_ask(raw_answers: dict) -> list[tuple[str, str]]:
    """Light feedback for the who-to-ask list, as (kind, text) items."""
    raw = raw_answers if isinstance(raw_answers, dict) else {}
    get = lambda key: clean(raw.get(key, "")) if isinstance(raw.get(key), str) else ""  # noqa: E731
    items: list[tuple[str, str]] = []
    if says_no_one(get("known")):
        # a walk's "not sure, nobody really" was praised as a start with people you know
        items.append(("info", "Most people know more people than they think. Try your close circle's circle: "
                      "friends' partners, former colleagues and classmates, neighbours, people from a club or a "
                      "place of worship. Any of them might know someone in the field."))
    elif not is_blank(get("known")):
        items.append(("good", "Start with people you know: a warm connection is the likeliest yes, and each can "
                      "name two more."))
    else:
        items.append(("info", "Think wider than your close circle: friends' partners, former colleagues, "
                      "neighbours, people from a club or a place of worship. Anyone might know someone."))
    if not is_blank(get("wider")) and not says_no_one(get("wider")):
        items.append(("good", "Alumni, associations and groups are good places to find people to ask."))
    if says_no_one(get("first")):
        items.append(("info", "Once you have a few names, pick the one you would most like to learn from, or the "
                      "easiest to reach, and write them here."))
    elif not is_blank(get("first")):
        hits = favour_requests(get("first"))
        if hits:
            items.append(("fix", favour_message(hits[0])))
        else:
            items.append(("good", "You know whom to ask first. At the end of each meeting, ask who else you "
                          "should talk to: that is how the list grows."))
    return items
