"""The introduction builder's logic (lesson 3): compose and check a short introduction.

The learner writes four sentences: who they are, what they do or are moving
toward, why this person, and what they hope to learn. :func:`compose` joins them
into an introduction of about 20-30 seconds and draws a one-line purpose for the
meeting from the last one. :func:`check_intro` gives worded feedback:

* **length**: words, and seconds spoken at about 150 words a minute (aim 20-30 s);
* **purpose**: says what the learner hopes to learn, concretely enough to answer;
* **no favour**: no request for a job, clients, money or mentorship;
* **plain words**: no *jargon wall*, which we define simply: three or more "heavy"
  words within five words in a row, a heavy word being an acronym (KPI, B2B), a
  buzzword from a short list (synergy, leverage, scalable...) or a word of 13 or
  more letters;
* **balance**: the part about the learner (first two sentences) is not most of it.

Everything takes any text (empty, huge, markup, emoji, right-to-left) and never
raises. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .content import load_json
from .favour_words import favour_message, favour_requests
from .text import CHECK_LIMIT, clean, clip, had_control_characters, is_blank

FIELDS = ("who", "doing", "why_them", "learn")

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
# Scripts written without spaces between words: a run of them is not one word.
_NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"\s+")
_END_PUNCT = ".!?…"
_CLOSERS = "\"'”’)]»"


@dataclass(frozen=True)
class Finding:
    """One piece of feedback: kind is good / fix / info; code is stable for tests."""

    kind: str
    code: str
    text: str

    def as_item(self) -> tuple[str, str]:
        return (self.kind, self.text)


class FindingsMixin:
    """What every checked-text result offers: its finding codes, the fixes, and (kind, text) items."""

    findings: tuple[Finding, ...]

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    @property
    def fixes(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "fix"]

    def items(self) -> list[tuple[str, str]]:
        return [f.as_item() for f in self.findings]

    @property
    def ready(self) -> bool:
        """Nothing left to improve: no finding is a point to fix. An exercise is marked done only then."""
        return not self.fixes


@dataclass(frozen=True)
class IntroResult(FindingsMixin):
    answers: dict
    introduction: str
    purpose: str
    words: int
    seconds: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        """Done: every part written, and nothing left to fix (a favour, a length well over a minute...):
        "done" on the course map means ready to use."""
        return all(not is_blank(self.answers.get(k, "")) for k in FIELDS) and self.ready


@lru_cache(maxsize=1)
def data() -> dict:
    return load_json("intro.json")


def field_specs() -> list[dict]:
    """The four fields as (key, label, placeholder, missing) dicts, in order."""
    return list(data()["fields"])


def sample_answers() -> dict:
    return dict(data()["sample"])


# ------------------------------------------------------------------ counting
def _tokens(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _token_words(token: str) -> int:
    n = len(_NO_SPACE.findall(token))
    if not n:
        return 1
    return max(1, math.ceil(n / 2)) + (1 if len(token) > n and any(c.isalpha() for c in _NO_SPACE.sub("", token)) else 0)


def count_words(text: object) -> int:
    """Words in ``text``; in scripts written without spaces, about two characters make a word."""
    return sum(_token_words(m.group(0)) for m in _tokens(clean(text)))


def speaking_seconds(words: int) -> int:
    """Seconds to say ``words`` words at an easy pace (about 150 words a minute)."""
    return round(max(0, words) * 60 / data()["words_per_minute"])


# ----------------------------------------------------------------- composing
def tidy_sentence(text: object) -> str:
    """One line: spaces collapsed, first letter capitalised, a full stop added if missing."""
    s = _SPACES.sub(" ", clean(text)).strip()
    if not s:
        return ""
    if s[0].islower():
        s = s[0].upper() + s[1:]
    if s.rstrip(_CLOSERS)[-1:] not in _END_PUNCT:
        s += "."
    return s


def compose_introduction(answers: dict) -> str:
    """The four sentences joined, in order, skipping empty ones."""
    answers = answers if isinstance(answers, dict) else {}
    return " ".join(s for s in (tidy_sentence(answers.get(k, "")) for k in FIELDS) if s)


def _phrase_pattern(phrases) -> re.Pattern:
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.I)


@lru_cache(maxsize=1)
def _purpose_verbs() -> re.Pattern:
    return _phrase_pattern(data()["purpose_verbs"])


@lru_cache(maxsize=1)
def _learning_phrases() -> re.Pattern:
    return _phrase_pattern(data()["learning_phrases"])


def _first_sentence(text: str) -> str:
    m = re.search(r"[.!?…](?=\s|$)", text)
    return text[: m.end()] if m else text


PURPOSE_WORD_LIMIT = 30


def compose_purpose(learn: object) -> str:
    """A one-line purpose for the meeting, drawn from what the learner hopes to learn.

    "I'd love to learn how you made the move." becomes "To learn how you made the move."
    """
    s = _SPACES.sub(" ", clean(learn)[:CHECK_LIMIT]).strip()
    if not s:
        return ""
    s = _first_sentence(s).strip()
    m = _purpose_verbs().search(s)
    if m:
        rest = s[m.start():]
        line = "To " + rest[0].lower() + rest[1:]
    else:
        line = "To learn: " + (s[0].lower() + s[1:] if s[:1].isupper() and s[1:2].islower() else s)
    words = line.split(" ")
    if len(words) > PURPOSE_WORD_LIMIT:
        line = " ".join(words[:PURPOSE_WORD_LIMIT]).rstrip(",;:") + "…"
    elif line.rstrip(_CLOSERS)[-1:] not in _END_PUNCT:
        line += "."
    return line


def compose(answers: dict) -> tuple[str, str]:
    """(introduction, purpose) for the four answers."""
    answers = answers if isinstance(answers, dict) else {}
    return compose_introduction(answers), compose_purpose(answers.get("learn", ""))


# ------------------------------------------------------------------- purpose
def has_learning_aim(text: object) -> bool:
    """True when the text says it wants to learn, hear, understand... or asks a question."""
    s = clean(text)[:CHECK_LIMIT]
    return bool(_learning_phrases().search(s)) or "?" in s


def concrete_words(text: object) -> list[str]:
    """The words of ``text`` left after removing filler ("learn more about your industry")."""
    vague = set(data()["vague_words"])
    out = []
    for m in _tokens(clean(text)[:CHECK_LIMIT]):
        w = m.group(0).lower().replace("’", "'")
        if w not in vague:
            out.append(m.group(0))
    return out


def purpose_quality(text: object) -> str:
    """'clear', 'vague' (an aim with nothing specific in it), 'favour' (a request instead) or 'missing'."""
    if is_blank(text):
        return "missing"
    if any(hit.kind != "job_search" for hit in favour_requests(text)):
        return "favour"
    if "asks_for_favor" in _coach_flags(clean(text)[:CHECK_LIMIT]):
        return "favour"  # the question coach's judgement, the same in every lesson
    if not has_learning_aim(text):
        return "missing"
    return "clear" if len(concrete_words(text)) >= 2 else "vague"


# -------------------------------------------------------------------- jargon
def _is_acronym(token: str, common: set[str]) -> bool:
    letters = [c for c in token if c.isalpha()]
    if len(token) > 8 or len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters) and token.upper() not in common


def heavy_reason(token: str, shouting: bool = False) -> str:
    """Why a word is heavy ('acronym', 'buzzword', 'long word') or '' when it is not."""
    d = data()
    low = token.lower().replace("’", "'")
    if low in _buzzwords():
        return "buzzword"
    if not shouting and _is_acronym(token, _common_acronyms()):
        return "acronym"
    if not _NO_SPACE.search(token) and sum(c.isalpha() for c in token) >= d["long_word_letters"]:
        return "long word"
    if "-" in token:  # a compound is heavy when a part is ("KPI-focused")
        for part in token.split("-"):
            if part and part != token and heavy_reason(part, shouting):
                return heavy_reason(part, shouting)
    return ""


@lru_cache(maxsize=1)
def _buzzwords() -> frozenset:
    return frozenset(w.lower() for w in data()["buzzwords"])


@lru_cache(maxsize=1)
def _common_acronyms() -> frozenset:
    return frozenset(w.upper() for w in data()["common_acronyms"])


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 20 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def jargon_walls(text: object) -> list[str]:
    """Stretches of text with 3+ heavy words within 5 words in a row (quoted as written)."""
    s = clean(text)[:CHECK_LIMIT]
    tokens = _tokens(s)
    shouting = _shouting(s)
    heavy = [bool(heavy_reason(m.group(0), shouting)) for m in tokens]
    window, need = data()["wall_window"], data()["wall_heavy"]
    spans: list[list[int]] = []
    for i in range(len(tokens)):
        idx = [j for j in range(i, min(i + window, len(tokens))) if heavy[j]]
        if len(idx) >= need:
            start, end = tokens[idx[0]].start(), tokens[idx[-1]].end()
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
    return [s[a:b] for a, b in spans]


def buzzwords_used(text: object) -> list[str]:
    seen, out = set(), []
    for m in _tokens(clean(text)[:CHECK_LIMIT]):
        low = m.group(0).lower().replace("’", "'")
        if low in _buzzwords() and low not in seen:
            seen.add(low)
            out.append(m.group(0))
    return out


def mostly_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    return len(_LATIN.findall("".join(letters))) * 2 >= len(letters)


# -------------------------------------------------------------------- checks
def _answers(raw: object) -> dict:
    raw = raw if isinstance(raw, dict) else {}
    return {k: clean(raw.get(k, "")) if isinstance(raw.get(k, ""), str) else "" for k in FIELDS}


def check_intro(raw_answers: dict) -> IntroResult:
    """Compose the introduction and purpose, and say what works and what to fix."""
    raw = raw_answers if isinstance(raw_answers, dict) else {}
    answers = _answers(raw)
    introduction, purpose = compose(answers)
    if purpose and purpose_quality(answers.get("learn", "")) == "favour":
        purpose = ""  # a favour is not a purpose: never "To learn: ...could you pass my resume..." (the check says why)
    words = count_words(introduction[: CHECK_LIMIT * 4])
    seconds = speaking_seconds(words)
    findings: list[Finding] = []
    add = lambda kind, code, text: findings.append(Finding(kind, code, text))  # noqa: E731

    if all(is_blank(v) for v in answers.values()):
        add("info", "empty", "Fill in the four boxes (one sentence each); your introduction is put together for you.")
        return IntroResult(answers, "", "", 0, 0, tuple(findings))

    for spec in field_specs():
        if is_blank(answers[spec["key"]]):
            add("fix", f"missing_{spec['key']}", spec["missing"])

    d = data()
    low, high, slack = d["seconds_min"], d["seconds_max"], d["seconds_slack"]
    spoken = f"{words} words, about {seconds} seconds spoken at an easy pace (150 words a minute)"
    if seconds < low - slack:
        more = " Fill the empty boxes and it will grow." if any(f.code.startswith("missing_") for f in findings) else (
            " Add a detail: what drew you to the field, or what you want to understand."
        )
        add("fix", "too_short", f"{spoken}: shorter than the 20-30 seconds that lets the person you meet place you.{more}")
    elif seconds > high + slack:
        add("fix", "too_long", f"{spoken}: longer than 20-30 seconds. Listeners tune out of long openings, and the "
            "meeting is for their answers: keep one idea per sentence and cut the rest.")
    elif seconds > high:
        add("good", "length_ok", f"{spoken}: a touch over 30 seconds, close enough to the 20-30 that works.")
    elif seconds < low:
        add("good", "length_ok", f"{spoken}: a touch under 20 seconds, close enough to the 20-30 that works.")
    else:
        add("good", "length_ok", f"{spoken}: within the 20-30 seconds that works.")

    if not is_blank(answers["learn"]):
        quality = purpose_quality(answers["learn"])
        if quality == "clear":
            add("good", "purpose_clear", "You say what you hope to learn, so the person you meet knows what "
                "help to give and whom they might introduce you to.")
        elif quality == "favour":
            business = re.search(r"(?<![a-z])(?:clients?|customers?|business|buy|buyers?|sales|contracts?)(?![a-z])",
                                 answers["learn"].lower())
            aim = ("how people in your field find their first clients" if business else
                   "how people in your field usually get their first role")
            add("fix", "purpose_is_favour", "Your last sentence asks for something instead of saying what you hope "
                f"to learn. Turn the favour into a learning aim: \"I'd like to learn {aim}.\"")
        elif quality == "vague":
            add("fix", "purpose_vague", "What you hope to learn is too general to answer (\"learn more about your "
                "industry\", \"pick your brain\"). Name one thing: how people get started, a skill, a decision "
                "you face.")
        else:
            add("fix", "purpose_missing", "The last sentence does not say what you want to learn. Start it with "
                "\"I'd like to learn...\" or \"I'd love to hear how...\", or write it as a question.")

    hits = favour_requests(introduction)
    for hit in hits:
        if hit.kind == "job_search":
            # Saying where you are heading is part of an introduction; only a request to *them* is a fix.
            add("info", "job_search", f"“{hit.phrase}”: saying what you are aiming for helps them place you. "
                "Keep the meeting's purpose to learning (how people get in, what the work needs), and let any "
                "talk of openings come from them.")
        else:
            add("fix", f"favour_{hit.kind}", favour_message(hit))
    found = any(hit.kind != "job_search" for hit in hits)
    if not found:
        # the phrase list misses new wordings ("maybe hear about any internship opportunities at the paper"):
        # the coach reads each sentence that names a job or business, as it does in lessons 4 and 5
        asked = _coach_favour_sentence(introduction)
        if asked is not None:
            found = True
            if purpose_quality(answers["learn"]) != "favour":  # else the purpose's own fix above says it
                add("fix", "favour_coach", f"“{clip(asked[0], 90)}” asks them {asked[1]}. Leave it out: the "
                    "meeting is to learn, and a request for a job or business puts them on the spot.")
    if not found:
        add("good", "no_favour", "No request for a job or clients: the person you meet can relax and share what they know.")

    walls = jargon_walls(introduction)
    if walls:
        quoted = "; ".join(f"“{clip(w, 80)}”" for w in walls[:2])
        add("fix", "jargon_wall", f"Jargon wall: {quoted}. Three or more acronyms, buzzwords or very long words "
            "close together make a listener stop following. Say it as you would to a friend from another field.")
    else:
        buzz = buzzwords_used(introduction)
        if len(buzz) >= 2:
            add("info", "buzzwords", "You use " + ", ".join(f"“{b}”" for b in buzz[:4]) + ". Fine if you can say "
                "what each means in plain words; otherwise swap them for what you actually do.")
        else:
            add("good", "plain_words", "Plain words: no jargon wall (three or more acronyms, buzzwords or very "
                "long words close together).")

    about_you = count_words(answers["who"][:CHECK_LIMIT]) + count_words(answers["doing"][:CHECK_LIMIT])
    if words >= 30 and about_you * 3 > words * 2:
        add("fix", "mostly_about_you", f"{about_you} of your {words} words are about you. You do get to share "
            "your story, but the visitor in the story used the meeting to talk about his passions: keep your "
            "part brief and leave room for why them and what you want to learn.")

    if not mostly_latin(introduction[:CHECK_LIMIT]):
        add("info", "language", "These checks read English words; in another language, use them as a rough "
            "guide and count the seconds by saying it aloud.")
    if any(len(v) > CHECK_LIMIT for v in answers.values()):
        add("info", "long_text", f"Only the first {CHECK_LIMIT:,} characters of each box are checked; all of "
            "your text is kept.")
    if any(had_control_characters(raw.get(k)) for k in FIELDS):
        add("info", "control_characters", "Some invisible control characters were removed from your text.")
    return IntroResult(answers, introduction, purpose, words, seconds, tuple(findings))


MARKS = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}


def format_findings(findings) -> str:
    return "\n".join(f"  {MARKS.get(f.kind, 'ℹ Note:')} {f.text}" for f in findings)


def format_intro_check(result: IntroResult) -> str:
    """The composed introduction, purpose and feedback as plain text (the text fallback)."""
    lines = []
    if result.introduction:
        lines += ["Your introduction:", f"  {clip(result.introduction, 2000)}", ""]
    if result.purpose:
        lines += ["Purpose of the meeting:", f"  {clip(result.purpose, 400)}", ""]
    lines += ["Feedback:", format_findings(result.findings)]
    return "\n".join(lines)


def saved_value(result: IntroResult) -> dict:
    """What the exercise saves: the four answers plus what was composed from them."""
    return {**{k: result.answers[k] for k in FIELDS}, "introduction": result.introduction,
            "purpose": result.purpose, "words": result.words, "seconds": result.seconds}


# ------------------------------------------------ research and a goal (03.2)
RESEARCH_FIELDS = (
    ("found", "What a search told you about them and their work (two or three facts)",
     "e.g. She leads training at Northwind; she wrote a post on moving from teaching; the team is six people."),
    ("not_searchable", "One thing you want to know that no search can tell you",
     "e.g. What surprised you most in your first year out of the classroom?"),
    ("goal", "Your goal for the meeting: after it, I will know...",
     "e.g. whether training design suits me, and which first step she would take in my place."),
)


def _coach_favour_sentence(text: str) -> tuple[str, str] | None:
    """(a sentence of ``text`` that asks a favour, what it asks for) by the coach's judgement, or None."""
    try:
        from .coach.judge import favour_sentence
        return favour_sentence(clean(text)[:CHECK_LIMIT], gated=True)
    except Exception:  # noqa: BLE001 - the coach is optional here
        return None


def _coach_flags(text: str) -> frozenset:
    """Flags from the question coach when it is installed; an empty set otherwise."""
    try:
        from .coach import review  # imported lazily: the coach is optional here
    except Exception:  # noqa: BLE001
        return frozenset()
    try:
        from .coach.judge import flags
        return flags(text)
    except Exception:  # noqa: BLE001
        return frozenset()


def check_research(raw_answers: dict) -> list[tuple[str, str]]:
    """Feedback for the research-and-goal exercise, as (kind, text) items."""
    raw = raw_answers if isinstance(raw_answers, dict) else {}
    found = clean(raw.get("found", "")) if isinstance(raw.get("found"), str) else ""
    question = clean(raw.get("not_searchable", "")) if isinstance(raw.get("not_searchable"), str) else ""
    goal = clean(raw.get("goal", "")) if isinstance(raw.get("goal"), str) else ""
    items: list[tuple[str, str]] = []
    if is_blank(found):
        items.append(("fix", "Look them up first (their organisation's site, a profile, something they wrote) "
                      "and note what you found, so you never spend their time on what a search answers."))
    else:
        items.append(("good", "You did your homework: you can skip what a search answers and ask better questions."))
    if not is_blank(question):
        flags = _coach_flags(question[:CHECK_LIMIT])
        hits = favour_requests(question)
        if hits:
            items.append(("fix", favour_message(hits[0])))
        elif "asks_for_favor" in flags:
            items.append(("fix", "This asks them for a favour rather than for something to learn; ask what only "
                          "their experience can tell you."))
        elif "researchable" in flags:
            items.append(("fix", "A quick search probably answers this one; ask about their experience or "
                          "judgement instead."))
        else:
            items.append(("good", "A question only a person can answer: this is what the meeting is for."))
    if not is_blank(goal):
        hits = favour_requests(goal)
        # the phrase list misses new wordings ("whether she could put me forward for a project officer job"): the
        # coach reads the goal as lesson 4 reads a question (a walk's job request was called "A clear goal")
        asked = None if hits else _coach_favour_sentence(goal)
        if hits:
            items.append(("fix", favour_message(hits[0])))
        elif asked is not None:
            items.append(("fix", f"This goal asks them {asked[1]}: a meeting to learn is never a way to ask for a job, "
                                 "clients or their contacts. Make the goal what you will know afterwards (\"whether "
                                 "the work suits me, and which first step to take\")."))
        elif len(concrete_words(goal)) < 2:
            items.append(("fix", "Make the goal concrete: what will you know, or be able to decide, after the meeting?"))
        else:
            items.append(("good", "A clear goal: you can tell afterwards whether the meeting gave you what you needed."))
    return items
