"""The scored decision over the rules' reading: its firm readings, its data budget, and advice
that always speaks of the flags the decision gave."""

import importlib
from pathlib import Path

import pytest

from lesson_utils.coach import FLAG_LABELS, review
from lesson_utils.coach import decide, scored
from lesson_utils.coach.normalise import clean

R = importlib.import_module("lesson_utils.coach.review")
DATA = Path(R.__file__).resolve().parents[1] / "data" / "coach"


def analysis(text):
    a = R.analyse(clean(text))
    assert not isinstance(a, R.Review), text
    return a


def forced(**flags):
    """The shipped model with the given flags' scores pinned: ``always`` or ``never``."""
    m = dict(scored.model())
    big = 20.0 * m.get("scale", 1)  # a probability of 1 or 0, whatever the other features add
    pin = {"always": {"threshold": 0.01, "weights": {"bias": big}},
           "never": {"threshold": 0.99, "weights": {"bias": -big}}}
    m["flags"] = dict(m["flags"], **{f: pin[how] for f, how in flags.items()})
    return m


def test_the_coach_data_fits_the_budget():
    total = sum(p.stat().st_size for p in DATA.glob("*.json"))
    assert total <= 1_500_000, total  # 1.5 MB


def test_the_model_has_a_table_for_every_output():
    m = scored.model()
    assert m["topics"] and set(m["flags"]) == set(FLAG_LABELS)
    for f, spec in m["flags"].items():
        assert 0.0 < spec["threshold"] < 1.0, f
        assert len(spec["weights"]) > 100, f
    assert all(len(row) == len(m["topics"]) for row in m["topic"].values())


# one of our own wording per favour family the lessons name as out of bounds
FAMILIES = [
    "Could you pass my CV to whoever does the hiring at your hospital?",
    "Would you send a few of your catering clients my way?",
    "Would your shop buy a batch of my hand-thrown mugs?",
    "Would you be willing to be my mentor for the next year?",
    "Could you look at my reel and tell me if it's strong enough to get hired at your studio?",
    "Could you put in a good word for me with the head of nursing?",
    "I'd be happy to work for free for a month if it gets my foot in the door at your agency.",
    "Please keep me in mind if a junior role opens up on your team.",
]


@pytest.mark.parametrize("text", FAMILIES)
def test_every_named_favour_family_is_caught(text):
    assert "asks_for_favor" in review(text).flags


# the families the label contract added, read by its small grammars (contract.json)
CONTRACT_FAMILIES = [
    "Would you be willing to be my mentor for the next year?",
    "Could you look at my reel and tell me if it's strong enough to get hired at your studio?",
    "How do I get hired here?",
    "Which of your clients do you think would be a good fit for my services?",
]


@pytest.mark.parametrize("text", CONTRACT_FAMILIES)
def test_a_family_is_a_favour_whatever_the_scores(text):
    a = analysis(text)
    assert any(i.family for i in a.infos), text
    assert "asks_for_favor" in decide.decide(a, forced(asks_for_favor="never"))[1]


@pytest.mark.parametrize("text", [
    "Can I please have one of your business cards?",
    "Would it be all right if I kept in touch after today?",
    "Could I shadow you for a morning on the ward sometime?",
])
def test_an_ask_the_contract_allows_is_never_a_favour(text):
    a = analysis(text)
    assert "asks_for_favor" not in decide.decide(a, forced(asks_for_favor="always"))[1]


def test_without_a_model_the_rules_decide():
    a = analysis("Do you like your job?")
    assert decide.decide(a, {}) == (a.rule_topic, a.rule_flags)


@pytest.mark.parametrize("text", [
    "Do you like your job? What did you study?",
    "Tell me about your field.",
])
def test_compound_and_not_a_question_come_from_the_parse(text):
    a = analysis(text)
    flags = decide.decide(a, forced(compound="never", not_a_question="never"))[1]
    for f in ("compound", "not_a_question"):
        assert (f in flags) is (f in a.rule_flags)


ADVICE_CASES = [
    "How much do you earn, and do you have kids?",
    "Could you maybe check whether the bakery down the road wants a part-time decorator like me?",
    "ok so how did u start lol and r u hiring",
    "What's it like?",
    "Where is your company based?",
    "I'm passionate about sustainable fashion.",
    "Would you be my mentor? I'm a nurse moving into UX research.",
    "What does a typical week look like for you as a hospital pharmacist?",
]


@pytest.mark.parametrize("text", ADVICE_CASES)
def test_every_flag_given_has_its_advice(text):
    r = review(text)
    assert r.advice, r
    joined = " ".join(r.advice).lower()
    if "asks_for_favor" in r.flags:
        assert "asks the contact" in joined, r
    if "personal" in r.flags:
        assert "private" in joined or "pay" in joined or "family" in joined or "age" in joined, r
    if not r.flags and r.topic != "none":
        assert "good" in joined or "kind" in joined or r.topic_label.lower() in joined, r


@pytest.mark.parametrize("flag", sorted(FLAG_LABELS))
def test_a_forced_flag_never_breaks_the_advice(flag):
    """Whatever the model decides, the advice is written without error (no blank fallback)."""
    m = forced(**{flag: "always"})
    for text in ADVICE_CASES + FAMILIES:
        a = analysis(text)
        topic, flags, infos = decide.decide_with_units(a, m)
        from lesson_utils.coach import advice
        adv, _ = advice.build(topic, flags, infos, a.display, a.norm)
        assert adv, (flag, text)


@pytest.mark.parametrize("text, favour", [
    ("This week I'll test the niche idea with two friends.", False),
    ("I'm going to try the niche idea with three people I know.", False),
    ("Next month I plan to join the local guild.", False),
    ("I'll send you my portfolio so you can pass it to your hiring manager.", True),
    ("I'm going to apply to your company next week, so please put in a good word.", True),
])
def test_the_askers_own_plan_is_not_a_request_unless_it_asks_the_contact(text, favour):
    a = analysis(text)
    _, flags = decide.decide(a, forced(asks_for_favor="always"))
    assert ("asks_for_favor" in flags) == favour
    assert decide.own_plan(a.infos[0].unit.full) != favour or any(i.favour or i.family for i in a.infos)


def test_a_scale_leaves_the_probabilities_as_they_were():
    feats = {"bias": 1.0, "w:job": 1.0}
    assert scored.flag_probability(feats, {"bias": -50, "w:job": 150}, 100) == pytest.approx(
        scored.flag_probability(feats, {"bias": -0.5, "w:job": 1.5}))
    m = {"topics": ["a", "b"], "scale": 100, "topic": {"bias": [10, -10]}}
    assert scored.topic_scores(feats, m) == {"a": 0.1, "b": -0.1}


@pytest.mark.parametrize("feats", [
    {},
    {"bias": 1.0},
    {"bias": 1.0, "w:job": 1.0, "cue:referrals": 0.5},
    {"bias": 1.0, "w:unknown": 1.0, "w:job": 2.0},
])
def test_scores_in_one_pass_match_the_tables_one_by_one(feats):
    m = {"topics": ["a", "b"], "scale": 100,
         "topic": {"bias": [10, -10], "cue:referrals": [0, 40]},
         "flags": {"closed": {"threshold": 0.5, "weights": {"bias": -50, "w:job": 150}},
                   "vague": {"threshold": 0.5, "weights": {"cue:referrals": -80}}}}
    topics, probs = scored.scores(feats, m)
    assert topics == pytest.approx(scored.topic_scores(feats, m))
    for f, spec in m["flags"].items():
        assert probs[f] == pytest.approx(scored.flag_probability(feats, spec["weights"], 100))
    assert "_fused" not in scored.pack(m)


def test_the_shipped_model_packs_and_unpacks_to_the_same_tables():
    m = scored.model()
    plain = {k: v for k, v in m.items() if k != "_fused"}
    assert scored.unpack(scored.pack(plain)) == plain


@pytest.mark.parametrize("text, topic", [
    ("What made you want to become a nurse?", "breaking_in"),
    ("What made you choose teaching?", "breaking_in"),
    ("Why did you decide to go into HR?", "breaking_in"),
    ("What led you to pursue a career in logistics?", "breaking_in"),
    ("Why did you choose this career path?", "breaking_in"),
    ("What inspired you to take up welding?", "breaking_in"),
    # the ways in, whatever a degree or skill named beside them
    ("What are the usual ways people get into sound design without a music degree?", "breaking_in"),
    ("How do most career changers break into UX research?", "breaking_in"),
    ("What are the most common ways teachers get into instructional design without a master's degree?", "breaking_in"),
    ("How do most nurses get into clinical informatics?", "breaking_in"),
    # not why they went in: what is valued, why they stay, a pitch
    ("What made you stand out when you applied?", "valued_qualities"),
    ("What made you choose your current accountant?", None),
])
def test_why_the_contact_went_into_their_work_is_breaking_in(text, topic):
    r = review(text)
    if topic is None:
        assert r.topic != "breaking_in"
    else:
        assert r.topic == topic


@pytest.mark.parametrize("text, topic, favour", [
    # people to learn from are the referrals the course teaches (contract), however put; a favour word beside keeps it
    ("Could you refer me to someone else?", "referrals", False),
    ("Can you recommend me to anyone else? I'd love to learn from other coaches too.", "referrals", False),
    ("i would be very grateful if you can give me names of other persons to speak with", "referrals", False),
    ("Could you refer me to anyone who is hiring?", "none", True),
    ("Could you refer me to other clients?", "none", True),
    ("Can you recommend me to your manager?", "none", True),
    # a statement with a tag asks nothing; a coffee offered is small talk; the asker's services offered are a pitch
    ("honestly not sure yet lol. i just really like helping ppl, you know?", "none", False),
    ("Good morning! It was easy to find. May I offer you a coffee?", "none", False),
    ("Thank you very much for this meeting. I invite you for coffee, please.", "none", False),
    ("Could I invite you to lunch to pitch my services?", "none", True),
    ("Could I offer you my services?", "none", True),
    # what was hard about getting in is breaking in; whether a step of training is worth it is about training
    ("What was the hardest part of getting into nursing for you?", "breaking_in", False),
    ("Is the residency worth it, or can I start working right after graduation?", "skills_experience", False),
    ("Is an MBA worth the money for someone in nonprofit management?", "skills_experience", False),
])
def test_readings_from_a_simulator_tester_and_a_student(text, topic, favour):
    r = review(text)
    assert r.topic == topic, r.topic
    assert ("asks_for_favor" in r.flags) is favour, r.flags


@pytest.mark.parametrize("text, favour", [
    # a job or a client found for the asker at a third party, however casually asked
    ("know anywhere that needs a line cook?", True),
    ("heard of any jobs going for line cooks?", True),
    ("does anyone you know need a bookkeeper?", True),
    # asking about the market, or about people to learn from
    ("Are there many jobs going in renewables right now?", False),
    ("Does anyone you know work in museum education?", False),
    ("How do line cooks usually hear about kitchens that need staff?", False),
])
def test_a_lead_for_the_asker_at_another_employer_is_a_favour(text, favour):
    assert ("asks_for_favor" in review(text).flags) is favour


@pytest.mark.parametrize("text, topic", [
    # a request to learn put as a statement keeps its kind; a favour put so stays a favour
    ("I was wondering if you could share how agencies in your city usually find their interns.", "finding_position"),
    ("I'd love to hear how you found your first apprenticeship", "breaking_in"),
    ("I was wondering if you could get me an interview at your firm.", "none"),
])
def test_a_request_to_learn_put_as_a_statement_keeps_its_kind(text, topic):
    r = review(text)
    assert "not_a_question" in r.flags
    assert r.topic == topic, r.topic
    assert ("asks_for_favor" in r.flags) is (topic == "none")


@pytest.mark.parametrize("text, learning", [
    # too broad, but asked to learn: a kind of question, never "not a learning question" beside "too vague"
    ("do u have any tips for me", True),
    ("Any advice?", True),
    # asking for the meeting itself, however vague, stays an arrangement (the labelled sets say so)
    ("Can I pick your brain?", False),
])
def test_a_vague_question_asked_to_learn_keeps_a_kind(text, learning):
    r = review(text)
    assert "vague" in r.flags
    assert (r.topic != "none") is learning


@pytest.mark.parametrize("text, self_focused", [
    # advice in the light of the asker's background is the contact's knowledge applied (a reviewer saw it failed)
    ("Based on my background, what areas should I look into?", False),
    ("Given my background in teaching, which roles in L&D would suit me best?", False),
    # asking the contact to judge the asker stays about the asker
    ("Based on what you know about me, what do you see as my weaknesses?", True),
    ("Given my background, how do you rate my chances?", True),
])
def test_advice_given_the_askers_background_is_a_question_to_learn(text, self_focused):
    r = review(text)
    assert ("self_focused" in r.flags) is self_focused
    assert (r.topic != "none") is (not self_focused)


@pytest.mark.parametrize("text", [
    # the questions the lessons teach word for word are never nagged (a walk saw "Who else should I talk to?"
    # called too vague, the referral question lessons 4 and 6 recommend)
    "Who else should I talk to?",
    "who else should i talk to",
    "Who else would you suggest I talk to?",
    "What should I have asked you that I didn't?",
    "Is there anything I haven't asked that I should know?",
])
def test_the_courses_own_questions_are_good(text):
    r = review(text)
    assert r.good, (r.topic, r.flags)


@pytest.mark.parametrize("text, good", [
    # the closing question the course teaches, in a tester's own words: never a favour, never closed
    ("Before we finish: is there anything important I forgot to ask you about?", True),
    ("Is there something important I didn't ask about that you think I should know?", True),
    ("What's one thing I should have asked you today but didn't?", True),
    # the asker's own statement with a tag asks nothing of the contact
    ("Honestly I don't really know yet... I just really love helping people, you know?", False),
])
def test_the_closing_question_in_other_words_and_a_tagged_statement(text, good):
    r = review(text)
    assert "asks_for_favor" not in r.flags and "closed" not in r.flags, r.flags
    assert r.good is good


@pytest.mark.parametrize("text, searchable", [
    ("Where is Northwind based?", True),
    ("Where is everyone based?", False),
    ("Where are most UX researchers based?", False),
])
def test_where_a_named_organisation_is_based_is_a_search_question(text, searchable):
    assert ("researchable" in review(text).flags) is searchable


@pytest.mark.parametrize("text, favour", [
    # leaving, or asking to go on past the time, asks for nothing but the meeting itself (a third tester)
    ("Oh goodness, look at the time. I'd better let you get on - goodbye!", False),
    ("I will write it down, thank you so much. Well, I had better let you get to your client. Goodbye!", False),
    ("Oh, I still have quite a few questions left, if you don't mind staying a little longer.", False),
    # a favour beside the goodbye stays one
    ("Bye! And could you send me a few of your clients?", True),
    ("Could I invite you to lunch to pitch my services?", True),
])
def test_leaving_and_staying_longer_are_not_favours(text, favour):
    assert ("asks_for_favor" in review(text).flags) is favour


@pytest.mark.parametrize("text", ["Before we finish, what do you wish I had asked you today that I didn't?",
                                  "Is there anything you would like to add before I go?"])
def test_more_wordings_of_the_closing_question(text):
    r = review(text)
    assert r.good and r.topic == "role_insight", (r.topic, r.flags)


def test_what_a_single_named_organisation_makes_or_sells_is_a_search_question():
    assert "researchable" in review("What does Northwind actually make or sell?").flags
    assert "researchable" not in review("What does Priya do at the bank?").flags
