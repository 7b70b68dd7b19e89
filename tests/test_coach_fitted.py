"""The favour scorer (one of the rules' readings) and the rules written beside it.

Examples here are our own, written for these tests, not taken from any labelled set.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lesson_utils.coach.review import rule_reading as rules

from lesson_utils.coach import review
from lesson_utils.coach import favour_model

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "lesson_utils" / "data" / "coach"


# Favours in phrasings no single rule lists: the scorer or the new rules catch them
FAVOURS = [
    "How can I get you to buy my product?",
    "Where do I send my CV so you can hire me?",
    "What would it take for you to hire me?",
    "When can I start working for you?",
    "Can I get a job there?",
    "I'd be happy to do a trial shift whenever suits you.",
    "i need a job, can u help",
    "IS YOUR CREW HIRING THIS SUMMER??",
    "Does your cafe need a new coffee supplier? We roast every week.",
    "Could you connect me with some of the landlords you manage for who need a cleaner?",
    "Any openings on your team right now?",
    "Would your shop be interested in carrying my candles?",
    "I was hoping you might have some contract work I could pick up.",
    "Would you be willing to invest in my food truck?",
    "Please keep me in mind if you need a sub.",
    "I'm available to start Monday if your kitchen needs a hand.",
    "Can I come in for a working interview next week?",
    "Any spare hours at the clinic I could take?",
    "Do you think your manager would let me start as a volunteer and work up to paid?",
    "Please forward this to whoever handles vendor onboarding.",
]

# Learning questions full of job, money and hiring words: never favours
NOT_FAVOURS = [
    "What makes a junior cook's CV stand out when you're hiring for a busy kitchen?",
    "How did you convince your first customer to buy from you?",
    "Can you tell me about the hiring process at your firm?",
    "Would you recommend any job boards for lab technicians?",
    "Would you be willing to introduce me to one of the nurses on your ward? I'm not job hunting, I just want to hear about the work.",
    "Let me play you my demo first, then you can tell me if it's any good.",
    "What's your honest take on my idea to open a bike repair van?",
    "How do small breweries get their beer stocked in shops?",
    "What do investors want to see before funding a startup like yours?",
    "If you were hiring someone like me, what would you look for?",
    "How do freelancers in your field find steady work?",
    "Are there any jobs in this field I could realistically get with a history degree?",
    "Would your manager let me sit in on a planning meeting to see how it runs?",
]


@pytest.mark.parametrize("text,applies", [
    ("could you hook me up with some freelance work", True),
    ("how do you find freelance work", False),          # asks how: left to the rules
    ("could you introduce me to your hiring manager", False),  # introductions: left to the rules
    ("tell me about your clients", False),
    ("any openings on your team", True),
])
def test_scorer_reads_only_requests(text, applies):
    assert favour_model.applies(text) is applies


def test_scorer_scores_are_probabilities_and_order_requests_above_questions():
    ask = favour_model.score("any chance of some shifts at your bar for me")
    learn = favour_model.score("my friend works shifts at a bar")
    assert 0.0 <= learn < ask <= 1.0
    assert favour_model.features("") == set()


@pytest.mark.parametrize("text,topic", [
    ("Where is the next national beekeeping congress being held?", "resources"),
    ("I'd really appreciate the names of one or two stage managers I could learn from.", "referrals"),
    ("I'd love a book recommendation on how ad agencies really work.", "resources"),
    ("What does a typical week look like for you as a court reporter?", "role_insight"),
])
def test_topics_of_our_own_examples(text, topic):
    assert rules(text).topic == topic


@pytest.mark.parametrize("text,flag,expected", [
    ("I'm hoping to move into UX research within the next year.", "self_focused", True),
    ("So yeah, I'm planning to quit my job and open a tattoo studio.", "self_focused", True),
    ("be honest, does my plan to quit teaching and open a gym sound crazy to you", "self_focused", True),
    ("I'm hoping to learn how you plan a season of exhibitions.", "self_focused", False),
    ("What training do I need for healthcare?", "vague", False),
    ("List all the skills I'd need for tech.", "vague", False),
    ("What training do I need to run a hospital pharmacy night shift?", "vague", False),
    ("What are the licensing exam requirements for dental hygienists in Ontario?", "researchable", True),
    ("What's on the programme for this year's conservation conference?", "researchable", True),
    ("Might you be able to recommend an engineer I could talk to about timber buildings?", "closed", False),
    ("culd you tell me how you got started", "not_a_question", False),
    ("DID YOU START AS A DENTAL ASSISTANT", "closed", True),
    # a wh-question whose whole answer is one fact (contract: one-word answers are closed)
    ("What is your current role?", "closed", True),
    ("Where did you earn your Masters degree?", "closed", True),
    ("Who do you report to?", "closed", True),
    ("What is your role in the organization?", "closed", False),
    ("What is your role like?", "closed", False),
    ("Where do you get your inspiration?", "closed", False),
    ("Where did you study how to price your work?", "closed", False),
])
def test_rules_written_beside_the_fitted_readings(text, flag, expected):
    assert (flag in rules(text).flags) is expected, review(text)


def test_shouted_text_reads_like_any_other():
    quiet = review("What makes a truck driver good in a dispatcher's eyes?")
    loud = review("WHAT MAKES A TRUCK DRIVER GOOD IN A DISPATCHER'S EYES")
    assert loud.topic == quiet.topic == "valued_qualities"


@pytest.mark.parametrize("text,topic", [
    # (a word-based reading has blind spots: "a kiln *firing* schedule" reads as a hiring question)
    ("Please explain how a kiln schedule works.", "role_insight"),
    ("Why do glassblowers anneal their pieces?", "role_insight"),
])
def test_requests_no_cue_recognises_go_to_the_contacts_field(text, topic):
    assert rules(text).topic == topic


def test_rewrite_capitalises_the_asker():
    r = review("How did you get into sales? What did i need to learn first?")
    assert "What did I need to learn first?" in " ".join(r.advice)


def test_shipped_classes_are_the_tools_classes():
    shipped = json.loads((DATA / "favour_model.json").read_text(encoding="utf-8"))
    listed = json.loads((ROOT / "tools" / "favour_classes.json").read_text(encoding="utf-8"))
    assert shipped["classes"] == listed


def test_training_reads_no_held_back_set():
    src = (ROOT / "tools" / "training_sets.py").read_text(encoding="utf-8")
    listed = src.split("TRAIN = [")[1].split("]")[0]
    assert "-tune.jsonl" in listed and "-check" not in listed
    assert "holdout" not in listed and "final" not in listed
    for tool in ("train_favour_model.py", "train_coach_model.py"):
        code = (ROOT / "tools" / tool).read_text(encoding="utf-8")
        assert "from training_sets import" in code and ".jsonl" not in code


@pytest.mark.skipif(not (ROOT.parent / "shared" / "questions-dev.jsonl").exists(),
                    reason="the shared dev set must sit beside the clone")
def test_favour_weights_are_what_the_trainer_fits(tmp_path):
    """The shipped weights come from the tool and the listed sets, nothing else."""
    out = tmp_path / "favour_model.json"
    subprocess.run([sys.executable, str(ROOT / "tools" / "train_favour_model.py"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads((DATA / "favour_model.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,what", [
    ("I'd be happy to do a trial shift whenever suits you.", "a job or an interview"),
    ("Can I come in for a working interview next week?", "a job or an interview"),
    ("Does your cafe need a new coffee supplier? We roast every week.", "a purchase"),
    ("Would you be willing to invest in my food truck?", "money"),
])
def test_favour_advice_names_what_is_asked(text, what):
    advice = " ".join(review(text).advice)
    assert f"asks the contact for {what}," in advice or f"asks the contact for {what} on their team," in advice


# Families added after studying the eighth and ninth sets' -tune halves; examples are our own
LAST_ROUND = [
    ("Glad to work a free Saturday so you can see what I can do.", True),
    ("could u get my mixtape to someone at the label who actually signs artists", True),
    ("Can we get our street-food stall into this year's festival line up?", True),
    ("Does your agency have any budget this year for a copywriter like me?", True),
    ("I'd gladly take whatever your studio can't handle.", True),
    ("Would you stock a few of my soaps on consignment?", True),
    ("Could you put in a good word with the head chef?", True),
    ("Which of your clients need a bookkeeper, and could you introduce me to them?", True),
    ("Who handles purchasing at your hotel? I'd love to send them our price list.", True),
    ("I bake wedding cakes, in case that's ever useful to you.", True),
    ("Could you introduce me to your old colleague, to hear about her work and ask if she has any openings?", True),
    ("what do people who hire wedding planners actually care about", False),
    ("Could you pass my name to a set designer who'd be open to a short chat?", False),
    ("Does putting in a good word for someone actually help them get hired?", False),
    ("How does your studio handle work it can't take on?", False),
]


@pytest.mark.parametrize("text,favour", [(t, True) for t in FAVOURS] + [(t, False) for t in NOT_FAVOURS] + LAST_ROUND)
def test_favour_or_not(text, favour):
    assert ("asks_for_favor" in rules(text).flags) is favour, review(text)


@pytest.mark.parametrize("text,flag,expected", [
    ("Would you book my band for one of your open-mic nights?", "closed", False),  # a request
    ("Would you hire me if I retrained as a welder?", "closed", True),  # contract: hypothetical
    ("Could I put in a bid for the cleaning contract at your office?", "closed", False),  # permission
    ("Could I realistically get a job with only a certificate?", "closed", True),  # possibility
    ("Is a licence needed to operate a forklift commercially?", "researchable", True),
    ("Is a teaching licence required for corporate training roles?", "researchable", False),
    ("Where can I find the guild's directory of accredited courses?", "researchable", True),
    ("how does anyone get into fashion", "vague", False),
    ("Is there anything I should learn?", "vague", True),
])
def test_flag_families_from_the_last_round(text, flag, expected):
    assert (flag in rules(text).flags) is expected, review(text)


@pytest.mark.parametrize("text,topic,flag", [
    ("I just want you to know I'm a quick learner and a hard worker.", "none", "self_focused"),
    ("Could you tell me whether my plan for a dog-walking business makes sense?", "none", "self_focused"),
    ("Tell me when your studio starts hiring juniors; I'd like to be first in line.", "none", "asks_for_favor"),
    ("I'd like to hear how you got your first commission.", "breaking_in", "not_a_question"),
])
def test_wishes_that_ask_nothing_to_learn(text, topic, flag):
    r = review(text)
    assert r.topic == topic and flag in r.flags, r


@pytest.mark.parametrize("text,topic,flags", [
    ("In your experience hiring line cooks, what red flags show up in the first week?", "valued_qualities", set()),
    ("List the kinds of employers that hire marine biologists outside government.", "finding_position", {"not_a_question"}),
    ("Could you introduce me to your friend at the bank who hires analysts?", "none", {"asks_for_favor"}),
    ("Could you introduce me to someone who hires paralegals, so I can learn how they screen CVs?", "referrals", set()),
    ("Who should I talk to about hospice work, and would you mind if I said you sent me?", "referrals", {"compound"}),
    ("So that's my story: ten years in sales and now I'm ready to become a nurse.", "none", {"self_focused", "not_a_question"}),
    ("Do you like the logo I made for my bakery?", "none", {"closed", "self_focused"}),
    ("Would 3pm on Friday work for a follow-up call?", "none", {"closed"}),
    ("I've read your annual report but what's it really like inside the R&D group", "role_insight", set()),
    ("Which hospitals in Leeds are hiring radiographers right now?", "finding_position", {"researchable"}),
    ("What would I need to learn, basically?", "skills_experience", {"vague"}),
])
def test_families_from_the_tenth_and_eleventh_sets(text, topic, flags):
    r = review(text)
    assert (r.topic, set(r.flags)) == (topic, flags), r


def _trainer():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_coach_model
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return train_coach_model


@pytest.mark.parametrize("flag, scores_gold, expected", [
    # the precision asked for is reached: the lowest threshold that reaches it
    ("closed", [(0.2, False), (0.45, False), (0.6, True), (0.7, True), (0.8, True)], 0.5),
    # never reached (a confident miss at 0.99): the best precision among thresholds that can be shipped,
    # not one above the clamp that would ship at 0.95 unmeasured
    ("vague", [(0.999, True), (0.99, False), (0.8, True), (0.7, True), (0.6, True), (0.45, False), (0.3, False)], 0.5),
    # a favour: the highest threshold whose recall reaches the target
    ("asks_for_favor", [(0.9, True), (0.3, True), (0.2, False), (0.1, False)], 0.3),
])
def test_thresholds_are_chosen_among_those_shipped(flag, scores_gold, expected):
    assert _trainer().choose_threshold(flag, scores_gold) == expected
