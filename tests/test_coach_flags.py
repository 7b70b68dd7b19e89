"""Table tests: the coach flags what a host would find wrong with a question."""

import pytest

from lesson_utils.coach import FLAG_LABELS, FLAGS, review

FLAG_CASES = [
    # asks_for_favor: clients, jobs, interviews, hires, purchases, money, buyer intros
    ("Can you refer clients to me?", {"asks_for_favor"}),
    ("Is your team hiring right now?", {"asks_for_favor", "closed"}),
    ("Could you put me in touch with someone who hires paralegals?", {"asks_for_favor"}),
    ("Would you pass my name to your purchasing manager?", {"asks_for_favor"}),
    ("Would you be willing to buy a few of my paintings?", {"asks_for_favor"}),
    ("Please send any extra work my way.", {"asks_for_favor", "not_a_question"}),
    ("Can you get me a job at your museum?", {"asks_for_favor"}),
    ("Could you lend me some money to start my business?", {"asks_for_favor"}),
    ("r u hiring", {"asks_for_favor", "closed"}),
    # closed, and requests that are not closed
    ("Do you like working nights in the ER?", {"closed"}),
    ("Is it hard to get in?", {"closed"}),
    ("Do you know anyone in hospital administration I could speak with?", {"closed"}),
    ("Are there any good newsletters on farm policy?", {"closed"}),
    ("How many locations does your veterinary group operate?", {"closed", "researchable"}),
    ("Could you tell me how you got started in carpentry?", set()),
    ("Would you be willing to connect me with a court reporter so I can learn about the job?", set()),
    ("May I ask how you chose your first employer?", set()),
    # vague
    ("Any advice?", {"vague"}),
    ("What should I know?", {"vague"}),
    ("Tell me about your industry.", {"vague", "not_a_question"}),
    ("Could you give me the big picture on accounting?", {"vague"}),
    # self_focused
    ("Do you think I have what it takes to be an architect?", {"self_focused", "closed"}),
    ("What's your opinion of my plan to open a cat cafe?", {"self_focused"}),
    ("I've dreamed of being a journalist since I was twelve and I know I'll be great at it.",
     {"self_focused", "not_a_question"}),
    # researchable
    ("What does your company sell?", {"researchable"}),
    ("What is your company's head office address?", {"researchable"}),
    ("What does the PMP certification require?", {"researchable"}),
    # compound
    ("What do you read each week, and which events do you never miss?", {"compound"}),
    ("How did you get into teaching? Was it planned?", {"compound"}),
    ("Which books and podcasts would you recommend for a new beekeeper?", set()),
    # not_a_question
    ("tell me how people find jobs at museums", {"not_a_question"}),
    ("I'd like to hear how you built your negotiation skills.", {"not_a_question"}),
    ("what does it take to get into real estate appraisal", set()),  # no "?" but still a question
]


@pytest.mark.parametrize("text,flags", FLAG_CASES)
def test_flags(text, flags):
    assert set(review(text).flags) == flags


def test_seed_faux_pas_is_caught_and_learning_twin_is_not():
    assert "asks_for_favor" in review("Can you refer clients to me?").flags
    twin = review("How do you get customers?")
    assert twin.topic == "finding_position"
    assert twin.flags == frozenset()
    assert twin.good


def test_introduction_to_learn_is_a_referral_without_favour():
    r = review("Could you put me in touch with a pharmacist who works in industry, so I can hear what that's like?")
    assert r.topic == "referrals"
    assert "asks_for_favor" not in r.flags


def test_every_flag_has_a_label():
    assert set(FLAG_LABELS) == set(FLAGS)
    assert len(FLAGS) == 7
