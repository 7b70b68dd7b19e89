"""The coach's final decision: one scored model over the rules' reading.

The hand rules (``flags.py``, ``contract.py``, ``favour.py``, ``topics.py``) no longer decide on
their own. What they read becomes features beside the words, word classes, the parse and the
request's direction (``scored.features``), and one fitted model (``data/coach/model.json``)
weighs them all: a score per topic, and a probability per flag against the threshold chosen
when it was fitted (``tools/train_coach_model.py``).

Some readings stay firm whatever the scores say:
- a favour family the lessons name as out of bounds (a job, clients, a purchase, mentoring,
  judging hireability, a good word, free work as a way in, "keep me in mind") is a favour, and
  an ask the contract allows (a card, the meeting, keeping in touch, shadowing, feedback on the
  asker's work) with no such family is not;
- a question about the contact's own pay, age, health, family, religion or politics is personal;
- ``compound`` and ``not_a_question`` are facts of the parse (how many questions, whether any);
- a question about why the contact went into their work, or about the ways into a field, is about breaking in.

The units are then brought in line with the decision, so the advice speaks of the same faults.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import contract, scored
from . import flags as flagmod
from .labels import FLAGS

PARSED = ("compound", "not_a_question")
_OPEN_HEADS = frozenset({"what", "how", "why", "which", "where", "when", "who", "what's", "how's"})
#: the score the private-life flag needs when the rules name no part of the contact's private life
UNNAMED_PERSONAL = 0.5
#: how the contact copes with the work's demands ("How do you manage stress in this job?", "How do you handle the
#: long hours?"): a question about the work, not the contact's private life, unless the rules name a part of it
#: (their health, their family...)
_COPING = re.compile(r"(?<![a-z'])(?:manage|managing|handle|handling|deal with|dealing with|cope with|coping with|"
                     r"avoid|avoiding|prevent|preventing|keep on top of|balance|balancing) (?:all )?(?:the |that |this )?"
                     r"(?:stress|pressure|pressures|burnout|long hours|hours|workload|deadlines|fatigue|night shifts|shift work|"
                     r"travel|emotional (?:side|toll|demands)|demands)(?![a-z'])"
                     # the balance of work and home, a staple of career-centre lists (a reviewer saw it flagged)
                     r"|(?<![a-z'])balanc\w* (?:your )?(?:work|job|career) (?:and|with) (?:your )?(?:family|home|personal) ?(?:life)?"
                     r"|(?<![a-z'])(?:work|work-life|work/life|life) balance(?![a-z'])")
#: the contract's own examples of a question with no angle, asked whole: the field or the work as a whole ("What's
#: your industry like?") or advice with no subject ("What advice do you have for me?"); the rules read them as vague,
#: and a reviewer saw the score let them pass while "What's nursing like?" was flagged
_BARE_VAGUE = re.compile(
    r"^(?:so,? |and |ok,? )?(?:what(?:'s| is) (?:your|the|this|that) (?:industry|field|job|work|line of work|profession|"
    r"sector|career|role|trade) (?:really )?like|what advice (?:do|would|can|could) you (?:have|give|offer)(?: (?:for )?me)?)"
    r"\W*$")
#: advice asked for in the light of the asker's background ("Based on my background, what areas should I look
#: into?"): the contact's knowledge applied, a question career-centre lists print; not a request to judge the asker
_ADVICE_GIVEN_MINE = re.compile(
    r"^(?:so,? )?(?:based on|given|with|considering|knowing|in light of) (?:what you know (?:about|of) )?my "
    r"(?:[a-z]+ )?(?:background|experience|skills|interests|goals|profile|situation)\b[^?]{0,60}?,? "
    r"(?:what|which|where|how)\b(?![^?]*\b(?:weakness\w*|chances?|odds|good enough|fit (?:for|on|in) your|hire|hired)\b)")
#: the referral question the course teaches ("Who else should I talk to?", "Who else would you suggest I speak with?")
_WHO_ELSE = re.compile(r"^(?:so,? |and |lastly,? |finally,? )?who else (?:should|could|would you suggest|do you (?:think|suggest|recommend)(?: that)?|"
                       r"would you recommend)(?: that)? i (?:talk|speak|reach out|chat) (?:to|with)(?: next)?\W*$")
#: the score a favour needs in open questions that never name the asker, when no rule reads one: on the
#: training sets' cross-validated scores no such question scored even 0.3, favour or not, so the words alone
#: decided it; a learner's "What does your manager value most in a junior analyst on the team?" scored 0.90
#: on "your manager" and "on the team" and was called a favour at the old 0.5
UNNAMED_FAVOUR = 0.95
#: the score ``closed`` needs in a question opened by a wh-word that the rules do not read as closed: on the
#: training sets' cross-validated scores, the lowest at which such flags reach the precision the trainer asks of
#: ``closed`` (0.93): at the fitted threshold only 12 of 21 were right
WH_CLOSED = 0.95
_OR_FEATURE = re.compile(r"^(?:w:or|p:or .*|p:.* or|s:or|s2:or .*)$")
#: "or" offering the contact a choice at the end of a question ("..., X or Y?"): an alternative question
_CHOICE_TAIL = re.compile(r",\s*(?:[a-z'&]+\s+){0,4}or\s+[a-z'&]+(?:\s+[a-z'&]+){0,3}\W*$")
#: a whole field as the subject: "Is the warehouse sector short of workers?", "Is the industry hiring?"
_FIELD_SUBJECT = re.compile(r"(?<![a-z'])(?:the|this|that) (?:[a-z]+ ){0,2}(?:sector|industry|field|trade|profession|"
                            r"job market|labou?r market|market)(?![a-z'])")
#: the score a statement needs to be a favour when no rule reads one in it
STATEMENT_FAVOUR = 0.5
#: ... when it only tells of the asker ("Honestly I don't really know yet... I just love helping people, you know?",
#: which scored 0.68 and was matched to the simulator's "Is your practice hiring?"): on the training sets'
#: cross-validated scores, such statements that no rule reads as a favour were favours 3 times in 71
SELF_STATEMENT_FAVOUR = 0.8
#: a statement closed by a tag asking for agreement ("..., you know?", "..., right?"): still a statement
_TAGGED_STATEMENT = re.compile(r"^(?:[a-z',]+ ){0,2}(?:i|i'm|i've|i'd|my|we|we're)(?![a-z']).*(?:,| -)? (?:you know|ya know|y'know|"
                               r"right|yeah|eh|no|isn't it|don't you think|you see)\W*$")
#: the asker's own plan ("this week I'll test it", "I'm going to try..."): with nothing asked of the
#: contact after it, a statement of what the asker will do is never a request
_OWN_PLAN = re.compile(r"(?<![a-z'])(?:i'll|i will|i'm going to|i am going to|i plan to|i'm planning to|"
                       r"i intend to|i'm gonna|i want to try|i'll try to)(?![a-z'])(?P<rest>.*)$")


#: the score a favour needs in a follow-up on the contact's own words ("You said you'd choose a niche sooner. How could
#: someone like me test one?", the simulator's own scripted line, scored 0.23): the course teaches this very form,
#: so with no rule reading a favour in it the words alone must be clear, as for a statement
FOLLOW_UP_FAVOUR = 0.5
#: taking up what the contact said ("You mentioned…", "Earlier you said…"), unless it holds them to an offer made to
#: the asker ("You said you could pass my CV on…")
_TAKES_UP = re.compile(r"^(?:(?:earlier|before|so|and|now) )?(?:as )?(?:you|u) (?:just )?(?:said|mentioned|talked about|spoke about|"
                       r"brought up|described)(?! (?:that )?(?:you|u)(?:'d| would| could| can| might| will| may) (?:\w+ )?(?:introduce|send|"
                       r"pass|forward|refer|connect|put|give|help|hire|take|look|review|mentor|recommend|share|show|get)(?![a-z']))")


def takes_up(unit_text: str) -> bool:
    """Whether a unit takes up the contact's own words without holding them to an offer."""
    return bool(_TAKES_UP.search(unit_text))


def own_plan(unit_text: str) -> bool:
    """Whether a statement tells the asker's own next step and asks nothing of the contact."""
    m = _OWN_PLAN.search(unit_text)
    return bool(m) and not scored.TO_CONTACT.search(m.group("rest"))


def _request(u) -> bool:
    """A question the rules read as a request or an invitation ("Could you tell me...", "Is there
    anything else I should know?"), which the contract says is not closed."""
    from . import flags as flagmod
    aux = flagmod._sets()[0]
    return u.head in aux and not flagmod.is_closed(u)


def decide(a, m: dict | None = None) -> tuple[str, frozenset]:
    """(topic, flags) for one ``review.Analysis``; ``m`` replaces the shipped model (for fitting)."""
    topic, flags, _ = decide_with_units(a, m)
    return topic, flags


#: why the contact went into their line of work ("What made you want to become a chef?", "Why did you
#: choose nursing?"): how they got started, whatever a word such as "made" scores elsewhere ("what made
#: them stand out" is about what is valued)
_WHY_THEY_ENTERED = re.compile(
    r"^(?:so |and |but )?(?:(?:what|who) (?:made|led|inspired|drew|motivated|encouraged|pushed|prompted) you "
    r"(?:to )?(?:(?:want|decide|choose) to )?|why did you (?:(?:want|decide|choose) to )?)"
    r"(?:become|go into|get into|move into|switch to|pursue|enter|take up|"
    r"(?:choose|pick|go for) (?:(?:this|that|your|the) (?:field|career|profession|path|line of work|job|role|"
    r"specialty|specialism|work|industry|major|area|sector|trade)|[a-z]+ing\b(?! (?:me|us|your|our|my|a|an|the)\b)))")


#: the ways in ("What are the most common ways people get into data analysis...?", "How do most people break
#: into sound design?"): entry paths are breaking in (contract), whatever a degree or a skill named beside them
_ENTRY_PATH = re.compile(
    r"(?:(?:ways?|paths?|routes?|avenues?|entry points?) (?:that |by which |through which )?|how (?:do|did|does|can|could|would) )"
    r"(?:most |many |other |new )?(?:people|someone|somebody|one|others|newcomers|beginners|graduates|grads|career changers|"
    r"folks|juniors|(?:[a-z]+ )?[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ses|ics|ts)) (?:usually |typically |often |commonly |normally |generally |still )?"
    r"(?:get|break|come|move|go|transition|make (?:it|their way)) (?:in|into)(?![a-z'])"
    r"(?! (?:trouble|debt|difficult\w*|arguments?|fights?|disputes?|conflicts?|a rut|the habit|bad habits|burnout|accidents?)\b)")


#: what was hard about getting in ("What was the hardest part of getting into nursing for you?"): a learner's answer
#: to lesson 4's drill "Is it hard to get into nursing?" was read as the work today and rejected as off the subject
_HARD_WAY_IN = re.compile(r"(?:hard|tough|difficult|challenging|biggest|main|first|worst)\w* (?:part|challenge|obstacle|hurdle|barrier|"
                          r"thing|step|struggle|surprise)s? (?:of|about|in|when|with) (?:(?:first )?(?:getting|breaking|moving|"
                          r"going|coming|making it) (?:into|in)|starting out)(?![a-z'])")


def the_way_in(unit_text: str) -> bool:
    """A question about why the contact went into their work or the ways into a field: breaking in."""
    return bool(_WHY_THEY_ENTERED.search(unit_text) or _ENTRY_PATH.search(unit_text) or _HARD_WAY_IN.search(unit_text))


#: whether a step of training is worth it ("Is the residency worth it?", "Is an MBA worth the money?"): a question
#: about the training a career needs; a walk saw "Is the residency worth it, or can I start right after graduation?"
#: read as "Not a learning question"
_WORTH_IT = re.compile(r"(?:^|(?<=[,;] ))(?:is|are|was|would) (?:a |an |the |that |this |my |doing a |doing an |doing the |getting a |getting an |getting the )?"
                       r"(?:[a-z'-]+ ){0,2}(?:residency|residencies|degree|degrees|master's|masters|mba|phd|doctorate|certificate|"
                       r"certification|certifications|bootcamp|course|courses|apprenticeship|licen[cs]e|diploma|program|programme|"
                       r"training|fellowship|qualification|qualifications|internship|placement|exam|school)s? "
                       r"(?:really |actually |still )?worth (?:it|the (?:money|time|cost|effort|investment)|doing|getting)(?![a-z'])")


def decide_with_units(a, m: dict | None = None) -> tuple[str, frozenset, list]:
    """(topic, flags, units in line with them) for one ``review.Analysis``."""
    m = scored.model() if m is None else m
    infos = list(a.infos)
    if not m:
        return a.rule_topic, a.rule_flags, infos
    feats = scored.features(a)
    ts, all_probs = scored.scores(feats, m)
    topic = max(m["topics"], key=lambda t: ts[t])
    flags = {f for f in PARSED if f in a.rule_flags}
    probs = {}
    for f in FLAGS:
        spec = m["flags"].get(f)
        if f in PARSED:
            continue
        if spec is None:
            if f in a.rule_flags:
                flags.add(f)
            continue
        probs[f] = all_probs[f]
        if probs[f] >= spec["threshold"]:
            flags.add(f)
    questions = [i for i in infos if i.unit.question]
    # "i just really like helping ppl, you know?": the asker's own statement with a tag asks the contact for nothing
    asking = [i for i in questions if not (not i.unit.head and i.self_focused and _TAGGED_STATEMENT.search(i.unit.full))]
    if "closed" in flags and questions and not asking:
        flags.discard("closed")  # a tag asks for agreement, not for a yes or no the contact must give
    if "closed" in flags and "closed" not in a.rule_flags and questions \
            and all(i.unit.head in ("what", "how", "why") and not _CHOICE_TAIL.search(i.unit.text) for i in questions):
        # "What difference does a NEBOSH or CRSP certificate make...?": an "or" inside an open wh-question
        # joins two things to ask about; it does not offer the contact a choice to pick from
        spec = m["flags"]["closed"]
        plain = {k: v for k, v in feats.items() if not _OR_FEATURE.search(k)}
        if scored.flag_probability(plain, spec["weights"], m.get("scale", 1)) < spec["threshold"]:
            flags.discard("closed")
    if "closed" in flags and "closed" not in a.rule_flags and questions \
            and all(i.unit.head in _OPEN_HEADS for i in questions) and probs.get("closed", 1.0) < WH_CLOSED:
        # "When was there a time that you were nervous?", "What do you think the university should do?": a
        # question opened by a wh-word that the rules do not read as closed needs a clear score to be one
        flags.discard("closed")
    if "closed" in flags and questions and all(
            _request(i.unit) or (contract.permission(i.unit.full) and contract.logistics(i.unit.full)) for i in questions):
        # requests, open invitations and leave to keep in touch ("Is it okay if I keep in touch?") are not
        # yes/no questions (contract)
        flags.discard("closed")
    if "asks_for_favor" in flags and not asking and not any(i.favour or i.family for i in infos) \
            and probs.get("asks_for_favor", 1.0) < (SELF_STATEMENT_FAVOUR if all(i.self_focused or i.smalltalk for i in infos)
                                                   else STATEMENT_FAVOUR):
        # a statement no rule reads as a favour needs a clear score: thank-you notes and reflections
        # are statements, and their plans ("this week I'll try it") are not requests
        flags.discard("asks_for_favor")
    if "asks_for_favor" in flags and not any(i.favour or i.family for i in infos) and "d:asker" not in feats \
            and questions and all(i.unit.head in _OPEN_HEADS for i in questions) and len(questions) == len(infos) \
            and probs.get("asks_for_favor", 1.0) < UNNAMED_FAVOUR:
        # "If a role opened on your team, what would you look for in the person?": an open question that
        # never names the asker, and that no rule reads as a favour, asks to learn
        flags.discard("asks_for_favor")
    if "asks_for_favor" in flags and not any(i.favour or i.family for i in infos) and "d:asker" not in feats \
            and "d:contact" not in feats and _FIELD_SUBJECT.search(a.norm):
        # a question about a whole field that names neither the asker nor the contact asks nobody for
        # anything ("Is the warehouse sector short of workers right now?"): a question about its trends
        flags.discard("asks_for_favor")
        if topic == "none":
            topic = max((t for t in m["topics"] if t != "none"), key=lambda t: ts[t])
    if "asks_for_favor" in flags and not any(i.favour or i.family for i in infos) and len(infos) > 1 \
            and not infos[0].unit.question and takes_up(infos[0].unit.full) and questions \
            and all(i.unit.head in _OPEN_HEADS for i in questions) and probs.get("asks_for_favor", 1.0) < FOLLOW_UP_FAVOUR:
        # a follow-up on the contact's own words, then an open question: the listening the course teaches
        flags.discard("asks_for_favor")
        if topic == "none":
            topic = max((t for t in m["topics"] if t != "none"), key=lambda t: ts[t])
    if "asks_for_favor" in flags and not questions and not any(i.favour or i.family for i in infos) \
            and all(own_plan(i.unit.full) for i in infos):
        # "this week I'll test one with two friends": the asker's plan, not a request
        flags.discard("asks_for_favor")
    if "vague" in flags and "vague" not in a.rule_flags and len(questions) == 1 == len(infos) \
            and _WHO_ELSE.search(questions[0].unit.full):
        # "Who else should I talk to?" is the referral question lesson 4 teaches word for word, and leads into the
        # close: the course never calls its own question too vague
        flags.discard("vague")
    if questions and all(contract.closing_invitation(i.unit.full) for i in questions):
        # the closing question the course teaches: a learning question about the contact's field (and never a favour
        # unless a rule reads one: "Before we finish: is there anything important I forgot to ask you about?" scored 0.24)
        flags -= {"closed", "vague"}
        if not any(i.favour or i.family for i in infos):
            flags.discard("asks_for_favor")
        topic = "role_insight"  # what the contact knows of the field that the asker did not think to ask
    if questions and all(the_way_in(i.unit.full) for i in questions) \
            and "asks_for_favor" not in flags and topic != "none":
        topic = "breaking_in"
    if topic == "none" and "asks_for_favor" not in flags and questions and _WORTH_IT.search(questions[0].unit.full):
        topic = "skills_experience"
    if "self_focused" in flags and "self_focused" not in a.rule_flags and len(questions) == 1 == len(infos) \
            and _ADVICE_GIVEN_MINE.search(questions[0].unit.full):
        # a reviewer saw "Based on my background, what areas should I look into?" failed as being about the asker
        flags.discard("self_focused")
        if topic == "none" and a.rule_topic != "none":
            topic = a.rule_topic
    if "vague" in a.rule_flags and len(questions) == 1 == len(infos) and _BARE_VAGUE.search(questions[0].unit.text):
        flags.add("vague")
    family = any(i.family for i in infos)
    if family:
        flags.add("asks_for_favor")
    elif "asks_for_favor" in flags and all(contract.not_favour(i.unit.full) for i in infos if i.favour) \
            and any(contract.not_favour(i.unit.full) for i in infos):
        flags.discard("asks_for_favor")
    if not family and topic == "none" and "asks_for_favor" not in flags \
            and any(contract.people_to_learn_from(i.unit.full) for i in infos):
        # "Could you refer me to someone else?": people to learn from are the referrals kind (contract); a tester's
        # "give me names of other persons to speak with" was matched to the simulator's "refer clients to me"
        topic = "referrals"
    if "personal" in flags and "personal" not in a.rule_flags and not any(i.personal for i in infos) \
            and (probs.get("personal", 1.0) < UNNAMED_PERSONAL or all(_COPING.search(i.unit.full) for i in questions)):
        # the rules name no part of the contact's private life ("How do you deal with pressure?"): the
        # score alone must make it more likely than not
        flags.discard("personal")
    if "personal" in a.rule_flags:
        flags.add("personal")
    elif "personal" in flags and any(contract.field_pay(i.unit.full) for i in infos if i.unit.question):
        flags.discard("personal")  # the field's pay, not the contact's own: fine to ask (contract)
    elif "personal" in flags and not any(i.personal for i in infos):
        # the rules found no kind: the advice then speaks of the contact's private life in general
        k = next((k for k, i in enumerate(infos) if i.unit.question), 0)
        infos[k] = replace(infos[k], personal=contract.personal(infos[k].unit.full) or "private")
    infos = _align_favour(infos, "asks_for_favor" in flags)
    if topic == "none" and not any(i.learning for i in infos):
        # vague and researchable describe a question asked to learn; with none, they say nothing
        flags -= {"vague", "researchable"}
    elif topic == "none" and "vague" in flags and "asks_for_favor" not in flags and a.rule_topic != "none" \
            and questions and all(i.learning and not contract.permission(i.unit.full) and not _request(i.unit)
                                  for i in questions):
        # "do u have any tips for me": too broad, but asked to learn (the contract gives vague questions a topic);
        # "Not a learning question" beside "too vague" read as a contradiction in a walk
        topic = a.rule_topic
    elif topic == "none" and "asks_for_favor" not in flags and a.rule_topic != "none" and infos \
            and all(not i.unit.question and i.learning and flagmod.is_learning_statement(i.unit.text) for i in infos):
        # "I was wondering if you could give me some advice on places to network that offer policy internships.":
        # a request to learn put as a statement keeps what it asks about (a guide quote read "Not a learning question")
        topic = max((t for t in m["topics"] if t != "none"), key=lambda t: ts[t])
    if topic != "none" and not any(i.learning for i in infos) and "asks_for_favor" not in flags:
        # a topic was read in something the rules did not take as a question to learn from
        infos = [replace(i, learning=True) if i.unit.question and not i.smalltalk else i for i in infos]
    return topic, frozenset(flags), infos


def _align_favour(infos: list, favour: bool) -> list:
    """Mark the favour on the unit that asks it (or clear it) so the advice matches the flag."""
    marked = [k for k, i in enumerate(infos) if i.favour]
    if favour and not marked:
        from . import favour_model
        best = max(range(len(infos)), key=lambda k: (infos[k].unit.question, favour_model.score(infos[k].unit.full)))
        i = infos[best]
        infos[best] = replace(i, favour=True, learning=False, self_focused=False, smalltalk=False)
    elif not favour and marked:
        for k in marked:
            i = infos[k]
            infos[k] = replace(i, favour=False, family=None, learning=i.unit.question)
    return infos
