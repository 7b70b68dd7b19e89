"""Checks on a thank-you note after an informational meeting.

What the guides agree on, and what this checks: send it soon (most say within
24 hours; some say the same day; one allows 3 to 5 days when writing to an
alum); thank them; name something specific you learned and how you will use it;
thank them for any introduction they offered (and gently remind them of it);
no resume unless they asked for one; no new favours; keep it short (under about
150 words). Nothing here imports ipywidgets.

The checks are plain word patterns, so they are generous: they look for the
*signs* of each part (for example "you mentioned" or "I'll"), and the feedback
says what to add when a sign is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import CHECK_LIMIT, clean, is_blank, word_count

MAX_WORDS = 150
SHORT_WORDS = 30

#: When the learner plans to send the note: (label, hours after the meeting).
WHEN_CHOICES = (
    ("Within a few hours of the meeting", 3),
    ("The same evening", 8),
    ("The next morning (within 24 hours)", 20),
    ("Two days later", 48),
    ("Four days later", 96),
    ("A week or more later", 168),
)

_THANKS = re.compile(r"\b(thank\w*|grateful|gratitude|appreciat\w*)\b")
#: where a note starts to name something from the meeting ("You mentioned…", "Your point that…", "What stayed with me
#: was…", "Hearing that…", "I didn't know that…"); what follows in the same clause must name something, not "a lot of
#: useful things"
_SPECIFIC_CUE = re.compile(
    r"\byou (mentioned|said|say|suggested|explained|described|told me|told us|tell me|pointed out|recommended|shared|advised"
    r"|talked about|spoke about|showed me|named|noted)\b"
    r"|\byour (advice|suggestion|point|tip|idea|story|comment|recommendation|insight|explanation|description|account|view"
    r"|thoughts?|warning|example|observation|remark|note|take|line) (about|on|that|to|of|when|regarding)\b"
    r"|\b(i )?(learned|learnt|learn|had(n't| not) (known|realised|realized|thought)|did(n't| not) (know|realise|realize|expect)"
    r"|now (know|understand|see)|never (knew|thought|realised|realized|considered|expected)|(had|'d) never (heard|thought|known)"
    r"|was (surprised|struck|interested) (to hear|to learn|that|by|how))\b"
    r"|\bwhat (stayed with|stuck with|struck|surprised|interested|helped) me( most)?( was| is)?\b"
    r"|\b(hearing|learning|realising|realizing|finding out|knowing|seeing|watching|sharing) (that|how|about|what|why|your|the|you)\b"
    r"|\b(fascinated|interested|surprised|glad|intrigued|amazed) to (learn|hear|see|find out)\b"
    r"|\btelling me (to|that|how|what|why|about)\b|\b(stories|story|anecdote) (about|of)\b"
    r"|\bthe (heads-up|heads up|pointer|nudge) (that|about|on|to)\b"
    r"|\bthe (fact|idea|point|advice|tip|reminder|thing|bit|part|detail|way) (that|of|about|to|you)\b|\bin particular\b"
    r"|\bespecially\b|\b(good|useful|interesting|helpful) to know\b|\balso noted\b"
    r"|\bit was (helpful|useful|eye-opening|good|great|interesting|reassuring) to (hear|learn|know|see) (that|how|about|what|why|your)\b"
    r"|\bchanged (how|the way) i (see|think|picture|look|understand)\b"
    r"|\b(i had|i'd|had) no idea (that|how|what|why)\b|\b(it )?(surprised|struck|amazed|shocked) me (that|how|to (hear|learn|see))\b"
    r"|\b(taking|following|on|per|as per) your (advice|suggestion|tip|recommendation)\b"
    r"|\bnow i (know|understand|see|realise|realize)( that)?\b|\bi know now( that)?\b|\b(i've|i have) noted\b"
    r"|\b(good|great|useful|interesting|helpful|reassuring) to (hear|learn|know)( that| how| about)?\b"
    r"|\b(for|you) (telling me about|explaining|pointing me (to|towards|toward|at)|showing me|recommending|introducing me to)\b"
)
#: taking their advice, then saying what was done with it ("I took your advice and applied through their own website")
_TOOK_ADVICE = re.compile(r"\b(took|taking|followed|following|acted on|acting on) your (advice|suggestion|tip|recommendation)\b")
#: a cue that follows the thing it names: "The sourdough starter being 30 years old blew my mind"
_AFTER_IT = re.compile(r"\b(blew my mind|stuck with me|stayed with me|really stuck|was (eye-opening|a revelation|news to me|new to me"
                       r"|an eye-opener|fascinating|a surprise|was wild|was amazing to (see|watch)))\b"
                       r"|\b(like|as) (you|u) (suggested|recommended|said|advised|showed me)\b")
#: a cue that names what comes before it ("the OWASP chapter you mentioned", "the textbook you recommended")
_AFTER_THE_THING = re.compile(r"\b(you|u) (mentioned|recommended|suggested|described|named|told me about|talked about|spoke about|flagged"
                              r"|pointed out)\b|\b(that |which )?we (discussed|talked about|spoke about)\b")
_QUOTED = re.compile(r"[\"“][^\"”]{8,}[\"”]|(?:^|[\s(])['‘][^'’\n]{6,60}?['’](?![a-z])")
#: the end of the clause a cue opens
_CLAUSE_END = re.compile(r"[.;!?…]| and\b| but\b| so i\b|, (which|and) ")
#: a clause that opens with a quantity names nothing: "I learned a ton", "You mentioned so many things I hadn't considered"
_QUANTITY = re.compile(r"^\s*(so (much|many)|a (lot|ton|great deal|bunch)|alot|lots|loads|tons|heaps|plenty|everything|all (sorts|kinds|of it)"
                       r"|more than|much|many things|a few things|some (great|good|useful|things))\b")
#: a quantity just before the cue: "Everything you mentioned about the session world", "all you said"
_QUANTITY_BEFORE = re.compile(r"\b(everything|all|so (much|many things)|a lot|lots|loads|the many things|so many things)( that)?\s*$")
#: the meeting's own subject ("your career in fundraising", "your work at the label"): what it was about, not what was learned
_THE_SUBJECT = re.compile(r"^\s*(about )?(((your|the|his|her|their) (own )?(career|work|job|role|life|path|journey|experience|business"
                          r"|field|industry|profession|studio|company|team|day|days|background|story|time)"
                          r"|(life|work|working|a day))( (in|at|as|on|with|of) [\w'&.-]+( [\w'&.-]+){0,3})?"
                          r"|((how|why|when) )?(you|u) (got|started|began|ended up|came|moved|switched|went)( into| in| out| to)?"
                          r"( [\w'&.-]+){0,4})\s*$")
#: words that name nothing on their own: "you mentioned a lot of useful things", "I learned so much"
_GENERIC = frozenset("""a an the of so such much many lot lots loads tons ton heaps plenty great good useful helpful interesting
important valuable amazing wonderful fantastic brilliant inspiring insightful thing things stuff everything something
anything all points point tips tip advice ideas idea insights insight information info really very quite some few couple
about that which what it this these those were was is are be been to for on in with me us you your i my we our they them
their there here more most just also too new way ways bit kind sort story stories journey path career experience
experiences background work time chat meeting conversation perspective perspectives day deal from by at as into over
through during today yesterday week last earlier generous generously kind kindly honest honestly openly so said told
mentioned shared everything really round around questions answering answers hadn't considered thought realised
realized known someone somebody loves love going well doing encouraging reassuring motivating eye-opening who
business""".split())


#: words that end a clause before "you mentioned" without naming a thing ("I know you mentioned…", "how you said…")
_NOT_A_THING = frozenset("how why when what where who know knew think thought believe remember hope glad grateful and as "
                         "like if because since while though although".split())


def _words_in(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'+-]*", text)


def names_something(low: str) -> bool:
    """Whether a note (lower case) names something from the meeting: a cue followed, in its clause, by a word that
    is not generic ("You mentioned niches.", "Hearing that coordinators spend most of the week on supplier calls"),
    the thing named just before "you mentioned" ("the OWASP chapter you mentioned"), or a quotation. "You mentioned a
    lot of useful things", "I learned so much" and "hearing about your career in fundraising" name nothing."""
    if _QUOTED.search(low):
        return True
    for m in _SPECIFIC_CUE.finditer(low):
        if _QUANTITY_BEFORE.search(low[max(0, m.start() - 30):m.start()]):
            continue
        rest = low[m.end():m.end() + 160].lstrip(" ,:")
        end = _CLAUSE_END.search(rest)
        clause = rest[:end.start()] if end else rest
        q = _QUANTITY.match(clause)
        if q:  # "a lot about how the nursing team is organised": what follows the quantity decides
            clause = re.sub(r"^\s*(about|from|of|watching|hearing)\b", "", clause[q.end():])
        if _THE_SUBJECT.match(clause):
            continue
        if any(w not in _GENERIC for w in _words_in(clause)):
            return True
    for m in _TOOK_ADVICE.finditer(low):
        sentence = re.split(r"[.;!?]", low[m.end():m.end() + 200])[0]
        if any(w not in _GENERIC for w in _words_in(sentence) if w not in ("and", "i", "i've", "i'm", "so")):
            return True
    for m in _AFTER_IT.finditer(low):
        before = re.split(r"[.;!?]", low[max(0, m.start() - 160):m.start()])[-1]
        if _QUANTITY.match(before) or _QUANTITY_BEFORE.search(before) or _THE_SUBJECT.match(before):
            continue
        if sum(1 for w in _words_in(before) if w not in _GENERIC) >= 2:
            return True
    for m in _AFTER_THE_THING.finditer(low):
        before = re.split(r"[.;!?,:]| and ", low[max(0, m.start() - 100):m.start()])[-1]
        if _QUANTITY_BEFORE.search(before) or _QUANTITY.match(before):
            continue
        words = _words_in(before)
        # "the WSET evening class you mentioned": a thing named just before; not "how openly you spoke about"
        if words and words[-1] not in _GENERIC and words[-1] not in _NOT_A_THING \
                and sum(1 for w in words[-8:] if w not in _GENERIC) >= 2:
            return True
    return False


_USE = re.compile(
    r"\b(i will|i'll|i am going to|i'm going to|i plan to|i intend to|i'm planning to|i am planning to|my next step"
    r"|i've (already|now|just|started|signed|booked|joined|read|ordered|written|contacted|reached|decided|begun)"
    r"|i have (already|now|just|started|signed|booked|joined|read|ordered|written|contacted|reached|decided|begun)"
    r"|i'm (now|already|starting)|i am (now|already|starting)|this week|next week|tomorrow|this month)\b"
)
_INTRO = re.compile(
    r"\b(introduc\w*|put (me|us) in touch|connect(ing)? (me|us)|mention(ing)? your name|(offer|offered|offering) to (connect|put))\b"
)
#: a gentle reminder of an offered introduction ("I'd be glad to hear from Tom", "whenever it suits you")
_REMIND_INTRO = re.compile(
    r"\b(glad|happy|delighted|pleased|love|like) (to hear from|to meet|to connect with|to talk (to|with)|of)\b"
    r"|\blook(ing)? forward to (hearing from|meeting|connecting with|talking (to|with)|speaking (to|with))\b"
    r"|\bwhenever (it )?suits\b|\b(email|e-mail) address\b|\b(his|her|their) (email|e-mail|details|contact details|number)\b"
)
#: asking for an introduction ("Could you introduce me…", "I wonder whether you might be willing to introduce me…"); thanking
#: them for one they offered ("thank you for offering to introduce me") is not asking
_ASK_INTRO = re.compile(
    r"\b((could|would|can|will|might|may) you|you (might|may|could|would) (be )?(willing|able|happy|open|mind)"
    r"|(wonder|wondering|hoping|hope) (if|whether) you)\b[^.?!]{0,40}?\b(introduc(e|ing)|connect(ing)?) (me|us)\b"
    r"|\b(could|would|can|will) you (please )?(introduce|connect|put me in touch)\b"
    r"|\b(grateful|appreciate|love|like|welcome)[^.?!]{0,30}\b(an introduction|an intro|introduce me|connect me|put me in touch)\b")
_RESUME = re.compile(r"\b(resume|résumé|cv|curriculum vitae|portfolio)\b|\battached (is )?my\b|\bmy (resume|cv) (is )?attached\b")
_CV = (r"(resume|résumé|cv|curriculum vitae|portfolio|github|showreel|reel|work samples?|writing samples?|samples of my work"
       r"|(a few |some )?(photos|pictures|examples) of (my|the) (work|pieces|projects|designs)|my (website|site|work))")
#: the asker's resume or portfolio sent with the note, or offered ("I attached my resume", "Here's my portfolio in case…",
#: "I'd be glad to send you my CV"); a resume they will improve with the contact's advice ("I'll redo my CV so it leads
#: with…") is using what they learned
_RESUME_SENT = re.compile(
    r"\battach\w*\b[^.?!]{0,40}\b" + _CV + r"\b|\b" + _CV + r"\b[^.?!]{0,30}\b(attached|enclosed|below|linked|is here|here)\b"
    r"|\b(here is|here's|i've included|i have included|i'm sending|i am sending|sending you|i'll send|i will send|i've sent"
    r"|i have sent|enclos\w*|i'm including|i am including|(happy|glad|pleased) to (send|share|forward|pass)"
    r"|(can|could) (send|share|forward))\b[^.?!]{0,25}\b" + _CV + r"\b"
    r"|\b(look|glance) (at|over|through) my " + _CV + r"\b|\b(in case|if) you (want|need|would like)[^.?!]{0,25}\b" + _CV + r"\b"
    r"|\battached (is )?my\b|\b(forward|pass|share|send) (on |along |over )?(you )?my " + _CV + r"\b"
    r"|\b(please )?find attached\b|\bi've put my [\w ]{0,20}(below|here)\b"
    r"|\b(i'm|i am) sending (you )?(a few|some|the)? ?(photos|pictures|samples|examples|pieces|links?)\b"
)
_FAVOUR = re.compile(
    r"\brefer (\w+ )?(clients|customers|business|work)\b|\byour client list\b|\b(any|your) (openings|vacancies|jobs)\b"
    r"|\b(hire|employ) me\b|\bkeep me in mind\b|\bif (anything|a position|a role|a job) (comes up|opens)\b"
    r"|\brecommend me for\b|\bgive me a job\b|\b(love|like|glad|happy|grateful) to be considered\b"
    r"|\b(pass(ing)?|forward(ing)?|send(ing)?|shar(e|ing)|show(ing)?) (it|this|them|my \w+)( along| on| over)? to (the|your|a) [\w ]{0,30}?"
    r"(team|manager|recruiters?|recruiting|hr|hiring|department|boss|director|partner|editor|producer)\b"
    # the asker offered for work, however lightly: "if you ever need a second shooter", "let me know if you ever want
    # a hand at calving time", "if you're ever taking anyone on", "should any briefs come your way"
    r"|\bif (you|u|your [\w ]{1,25}?)('re| are)? ?(ever |are ever |'re ever )?(need|needs|want|wants|are looking for"
    r"|'re looking for|looking for|hiring)"
    r"\b[^.?!]{0,50}\b(a |an |any |another |extra |some )?(hands?|help|helper|assistant|shooter|barista|cover|contractor|freelancer"
    r"|volunteer|roles?|openings?|positions?|vacanc\w*|jobs?|work|someone|anyone|person|staff|apprentice|trainee|intern)\b"
    # hearing of openings is a job asked for; hearing of someone to learn from is the referral the course teaches
    r"|\bif (you|u)( ever| happen to)? (hear of|come across|see|spot|know of)\b[^.?!]{0,40}\b(roles?|openings?|positions?"
    r"|vacanc\w*|jobs?|work going|gigs?|briefs|contracts)\b"
    r"|\bif (you|u|your [\w ]{1,25}?)('re| are| is)? ?(ever )?(taking|take|takes) (anyone|anybody|someone|people|on anyone|on someone|new people) ?(on)?\b"
    r"|\bshould any [\w ]{0,30}(briefs|roles|openings|positions|jobs|work|projects|gigs|commissions) come (up|your way)\b"
    r"|\b(send|point) (them|people|anyone|clients|customers) my way\b|\b(remember|think of) me (if|when|for|should)\b"
    r"|\bi hope you'?ll remember me\b|\b(sell|stock) [\w ]{0,30}(through|in|at) your (shop|store|gallery|caf[eé]|restaurant|business)\b"
    r"|\b(love|like|happy|glad) to (join|help|volunteer|lend a hand|tag along)[^.?!]{0,40}\bif there'?s (ever )?(space|room|a place|a spot)\b"
)
#: work offered or asked for between the lines (the readings of the third note set, in general form): the contact's
#: side "ever" short of hands, the asker free to start, "any chance I could help out", a word or a nudge put in,
#: a foot in the door, work offered for nothing, something to sell them, an internship dreamt of "there"
_HINTED = re.compile(
    r"\bif (?!you ever want to (see|hear|read|know))[\w' ]{1,40}?\b(is|are|'s|'re|were)? ?ever (short|swamped|stretched|busy|desperate"
    r"|in need|needs?|looking|has room|have room|hiring|takes on|taking)\b"
    r"|\bif (extra |more )?(help|hands) (is|are) ever (needed|wanted)\b"
    r"|\b(free|available|ready) (to start|for (freelance |paid |any |more )?(work|shifts|projects|gigs|commissions)|to help out)\b"
    r"|\b(should|if|in case) (anything|something|(a|an|any) ([\w-]+ )?(spot|place|role|position|opening|vacancy|job|post))( ever)?"
    r" (opens?|opened|comes?|came) up\b"
    r"|\b(any chance|could i|can i|may i|would it be possible for me to)\b[^.?!]{0,30}\b(help out|assist|intern|volunteer|work (with|for|on)"
    r"|join (you|your team)|tag along|come in)\b"
    r"|\ba (good )?word (from you|with)\b|\bput in a (good )?word\b|\ba nudge about me\b|\b(drop|put) my name (in|forward)\b"
    r"|\bmention(ed|ing)? your name when i apply\b|\bfoot in the door\b|\bon your radar\b|\bhear about it first\b"
    r"|\b(love|happy|glad|delighted|willing|thrilled)\b[^.?!]{0,15}\bto (pitch in|lend a hand|help out|help with your|cover (any|your|for)"
    r"|carry|sweep|do your|bring you|show you what i can do)\b"
    r"|\b(work|help|helping|do it|intern|volunteer|carry|assist|happy|glad|willing|'d|would)\b[^.?!]{0,30}\b(for (nothing|free)|even unpaid"
    r"|unpaid|in exchange for)\b"
    r"|\boff your plate\b|\bat your disposal\b|\b(sweep|mop) (the )?floors\b"
    r"|\b(dream|love|like|hope) to (intern|work|join|hang my)[^.?!]{0,30}\b(there|at your|with you|on your|for you|your)\b"
    r"|\bshould (you|your [\w ]{1,25}?|the [\w ]{1,25}?) (require|need) (an? |any )?(additional |extra )?[\w ]{0,20}(assistant|help|staff|cover)\b"
    r"|\b(mention|recommend) my [\w ]{1,20} to (any of )?your (clients|customers|contacts|network)\b"
)
#: a sentence that says it asks nothing ("I know you're not hiring, and I'm not asking"), or wishes them well
_NOT_ASKING = re.compile(r"\b(i'm not asking|i am not asking|not asking (you )?for|good luck with|best of luck with|hope you find"
                         r"|hope it goes|(you're|you are|they're|the team is|you aren't|you're not) not (hiring|recruiting)"
                         r"|(not|aren't|isn't) (hiring|recruiting) (right )?now)\b")
#: a sentence about a job or a role, beyond the resume itself ("…in case any assistant roles come up")
_JOB_WORDS = re.compile(r"\b(jobs?|roles?|positions?|openings?|vacanc\w*|hir\w*|recruit\w*|apply|application|considered|"
                        r"interview\w*|apprentice\w*|internships?|placements?|shifts?|work for you|on your team|in mind)\b")


def _coach_favour(text: str) -> str | None:
    """What the note asks the contact for, by the question coach's judgement (None when nothing
    is asked, or the coach is not available)."""
    try:
        from .coach.judge import favour_sentence, sentences as _sentences
        # a note is mostly thanks and courtesies: a sentence is read when it asks something or names a job or
        # business ("I would be very happy to talk with him" is a courtesy, not a request for an introduction)
        # a sentence only about the asker's own resume (sent, or improved with their advice) is the resume check's
        # business: the coach reads a CV as a job asked for ("I've cut my resume to one page", a walker's note)
        text = " ".join(s for s in _sentences(text) if not (_RESUME.search(s.lower()) and not _JOB_WORDS.search(s.lower()))
                        and not _NOT_ASKING.search(s.lower()))
        found = favour_sentence(text, gated=True, requests=True)
        return found[1] if found else None
    except Exception:  # noqa: BLE001 - the coach is optional here
        return None


@dataclass(frozen=True)
class Check:
    key: str
    ok: bool | None  # True passed, False needs work, None information only
    message: str

    @property
    def kind(self) -> str:
        return {True: "good", False: "fix", None: "info"}[self.ok]


@dataclass(frozen=True)
class ThankYouReport:
    checks: tuple
    words: int
    blank: bool = False

    @property
    def passed(self) -> bool:
        return not self.blank and all(c.ok is not False for c in self.checks)

    @property
    def to_fix(self) -> int:
        return sum(c.ok is False for c in self.checks)

    def items(self) -> list[tuple[str, str]]:
        return [(c.kind, c.message) for c in self.checks]

    def summary(self) -> str:
        if self.blank:
            return "Write your note in the box, then check it."
        if self.passed:
            return f"Your note ({self.words} words) has everything a good thank-you needs. Send it!"
        return (f"Your note has {self.words} words. {self.to_fix} thing{'s' if self.to_fix != 1 else ''} to improve, "
                "listed below.")


def _hours(hours: object) -> float | None:
    if isinstance(hours, bool) or hours is None:
        return None
    try:
        value = float(hours)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if value != value or value < 0 or value == float("inf"):  # NaN, negative, infinite
        return None
    return value


def check_timing(hours: object) -> Check:
    h = _hours(hours)
    if h is None:
        return Check("timing", None, "Say when you will send it: most guides say within 24 hours of the meeting.")
    if h <= 12:
        return Check("timing", True, "Sending it the same day: the quickest guides ask for that, and every guide agrees it is in time.")
    if h <= 24:
        return Check("timing", True, "Sending it within 24 hours, as most guides recommend (a few ask for the same day).")
    if h <= 120:
        # the lesson says guides differ and lets the learner choose: a note, never a fail that blocks "done"
        return Check(
            "timing", None,
            f"Sending it about {h / 24:.0f} days after the meeting. Guides differ: most say within 24 hours, and one "
            "university guide allows 3 to 5 days when writing to an alum. Your choice; sooner is safer, while the "
            "meeting is still fresh for both of you.",
        )
    return Check(
        "timing", False,
        "A week or more is late for a thank-you. Send it anyway, today: a late thank-you is far better than none.",
    )


def check_thank_you(note: object, hours: object = None, intro_offered: bool = False,
                    resume_offered: bool = False) -> ThankYouReport:
    """Check a thank-you note. Never raises; returns worded checks."""
    text = clean(note)
    if is_blank(text):
        return ThankYouReport((Check("blank", None, "Write your note in the box first; then the checks can help."),
                               check_timing(hours)), 0, blank=True)
    low = text[:CHECK_LIMIT].lower().replace("’", "'")
    words = word_count(text)
    checks = [check_timing(hours)]

    if _THANKS.search(low):
        checks.append(Check("thanks", True, "You thank them."))
    else:
        checks.append(Check("thanks", False, "Say thank you in so many words, early in the note."))

    if names_something(low):
        checks.append(Check("specific", True, "You name something specific from the meeting."))
    else:
        checks.append(Check(
            "specific", False,
            "Name one specific thing you learned, in their words if you can: for example “Your point that the first "
            "year is mostly listening…” or “You mentioned the regional association…”.",
        ))

    if _USE.search(low):
        checks.append(Check("use", True, "You say what you will do with it (or have already done)."))
    else:
        checks.append(Check(
            "use", False,
            "Say how you will use what you learned: for example “This week I'll go to the association meeting you mentioned.”",
        ))

    mentions_intro = bool(_INTRO.search(low))
    if intro_offered:
        if mentions_intro and _REMIND_INTRO.search(low):
            # a walk's note that already held the reminder was told to add one
            checks.append(Check("introduction", True,
                                "You thank them for the introduction they offered, and gently remind them of it."))
        elif mentions_intro:
            checks.append(Check(
                "introduction", True,
                "You thank them for the introduction they offered. A gentle reminder is fine, for example "
                "“I'd be glad of your colleague's email address whenever it suits you.”",
            ))
        else:
            checks.append(Check(
                "introduction", False,
                "They offered to introduce you to someone: thank them for it and gently remind them, for example "
                "“Thank you too for offering to introduce me to your colleague; I'd be glad to hear from them.”",
            ))
    elif _ASK_INTRO.search(low):
        checks.append(Check(
            "introduction", False,
            "You ask for an introduction they did not offer. Leave it out of the thank-you; next time ask "
            "“Who else should I talk to?” during the meeting.",
        ))

    mentions_resume = bool(_RESUME.search(low))
    if _RESUME_SENT.search(low) and not resume_offered:
        checks.append(Check(
            "resume", False,
            "You send or offer a resume (CV) or portfolio they did not ask for. Leave it out: it turns a thank-you into "
            "a job application.",
        ))
    elif resume_offered and mentions_resume:
        checks.append(Check("resume", True, "They asked for your resume, so attaching it is right."))
    elif resume_offered:
        checks.append(Check("resume", None, "They asked for your resume: attach it and say so in one line."))

    offered = bool(_FAVOUR.search(low) or _HINTED.search(low))
    asked = None if offered else _coach_favour(text[:CHECK_LIMIT])
    if offered:
        checks.append(Check(
            "favour", False,
            "The note asks for a job, clients or referrals. A thank-you gives; it does not ask. Take that part out.",
        ))
    elif asked:
        checks.append(Check(
            "favour", False,
            f"The note asks them {asked}: a new favour. A thank-you gives; it does not ask. Take that part out.",
        ))

    if words > MAX_WORDS:
        checks.append(Check("length", False, f"{words} words: aim for under about {MAX_WORDS}, so it reads in a minute on a phone."))
    elif words < SHORT_WORDS:
        checks.append(Check("length", None, f"{words} words: short is good, as long as the specific thing you learned is there."))
    else:
        checks.append(Check("length", True, f"{words} words: short enough to read in a minute."))
    return ThankYouReport(tuple(checks), words)


def format_report(report: ThankYouReport) -> str:
    """The checks as plain text (the text fallback)."""
    marks = {"good": "✓ Good:", "fix": "✗ To improve:", "info": "ℹ Note:"}
    lines = [report.summary()]
    lines += [f"{marks[c.kind]} {c.message}" for c in report.checks]
    return "\n".join(lines)


def check_note_text(note: object, hours: object = None, intro_offered: bool = False, resume_offered: bool = False) -> str:
    """``print(check_note_text(...))``: the same feedback as the widget, as text."""
    return format_report(check_thank_you(note, hours, intro_offered, resume_offered))


def when_label(hours: object) -> str:
    h = _hours(hours)
    for label, value in WHEN_CHOICES:
        if h == value:
            return label
    return "not said" if h is None else f"{h:g} hours after the meeting"
