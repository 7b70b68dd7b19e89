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


# Families written to generalise beyond any one writer's phrasing.
FAMILY_CASES = [
    # favour: passing a CV on, good words, keep me in mind, work my way, take me on, buy/sponsor/invest/stock
    ("Could you pass my CV along to your head of design?", {"asks_for_favor"}),
    ("Would you put in a good word for me with your manager?", {"asks_for_favor"}),
    ("Please keep me in mind if anything opens up.", {"asks_for_favor", "not_a_question"}),
    ("Could you throw some freelance work my way?", {"asks_for_favor"}),
    ("Would your firm take me on for the summer?", {"asks_for_favor", "closed"}),
    ("Any chance of a placement with your team?", {"asks_for_favor"}),
    ("Would you consider sponsoring my art show?", {"asks_for_favor"}),
    ("Could your shop stock my candles?", {"asks_for_favor"}),
    ("Can you hook me up with your recruiter?", {"asks_for_favor"}),
    ("Are you looking for an assistant?", {"asks_for_favor", "closed"}),
    ("Is your lab taking on any summer students?", {"asks_for_favor", "closed"}),
    ("Would you hire someone like me?", {"asks_for_favor", "closed"}),
    ("Could I get an interview with your company?", {"asks_for_favor"}),
    ("Any chance you could slide my resume to the hiring manager?", {"asks_for_favor"}),
    ("Could you loop me in when your firm posts the next internship?", {"asks_for_favor"}),
    ("Can you set up an interview for me with your boss?", {"asks_for_favor"}),
    ("Let me know if your team ever needs a freelance designer.", {"asks_for_favor", "not_a_question"}),
    ("I'd be thrilled if you'd consider me for the open analyst role.", {"asks_for_favor", "not_a_question"}),
    ("Are you taking on new apprentices? I'd love to be one.", {"asks_for_favor", "closed"}),
    ("We make eco-friendly packaging for restaurants and we'd love your business.", {"asks_for_favor", "not_a_question"}),
    ("We could handle all your social media for a fair price.", {"asks_for_favor", "not_a_question"}),
    # ... and their learning twins are not favours
    ("Tell me about your work.", {"vague", "not_a_question"}),
    ("What would make an application stronger for a lab role?", set()),
    ("How do agencies decide which freelancers to book?", set()),
    # researchable: facts about the host's organisation that its website answers
    ("Where is your agency's main office?", {"researchable"}),
    ("What products does your company make?", {"researchable"}),
    ("How many people does your firm employ?", {"closed", "researchable"}),
    ("When was your nonprofit founded?", {"closed", "researchable"}),
    ("Who is the CEO of your company?", {"closed", "researchable"}),
    ("Which markets does your company sell into?", {"researchable"}),
    ("What is your organisation's mission?", {"researchable"}),
    ("Where does your company have offices?", {"researchable"}),
    ("How many stores does your chain have?", {"closed", "researchable"}),
    ("What do you guys sell?", {"researchable"}),
    ("Is your firm publicly traded?", {"closed", "researchable"}),
    ("Which cities does your airline fly to?", {"researchable"}),
    ("What is your firm known for?", {"researchable"}),
    ("How long is the bar exam?", {"closed", "researchable"}),
    ("What's the average salary for a dental hygienist?", {"closed", "researchable"}),
    ("What's your job title?", {"closed", "researchable"}),
    # ... not researchable: what the host knows from inside
    ("What clients does your agency find hardest?", set()),
    ("What does your company do to support new hires?", set()),
    ("What products are hardest to sell to hospitals?", set()),
    # self_focused: sharing one's own plans or work, and asking for a reaction to it
    ("I run a small online shop selling candles and it's doing really well.", {"self_focused", "not_a_question"}),
    ("Here's my demo, what do you think?", {"self_focused"}),
    ("I want to open a vegan bakery. Is that a smart move?", {"self_focused", "closed"}),
    ("I built a budgeting app in my spare time - could you tell me what you think of it?", {"self_focused"}),
    ("Would my background in retail be a good fit for your company?", {"self_focused", "closed"}),
    ("Would you say I'm ready to apply for senior roles?", {"self_focused", "closed"}),
    ("Can I tell you about my startup idea?", {"self_focused", "closed"}),
    ("Do you think someone like me could make it in fashion?", {"self_focused", "closed"}),
    ("My goal is to have my own clinic within five years.", {"self_focused", "not_a_question"}),
    ("What do you think about me becoming a pilot?", {"self_focused"}),
    ("How would I fit in at your company?", {"self_focused"}),
    ("I think I'd be amazing at marketing, don't you agree?", {"self_focused"}),
    ("Here are some photos from my last shoot.", {"self_focused", "not_a_question"}),
    ("Is it crazy that I want to quit law for pottery?", {"self_focused", "closed"}),
    ("Am I making a mistake by leaving finance?", {"self_focused", "closed"}),
    # ... not self-focused: context before a real question, learning statements, logistics
    ("I'm a nurse - how do nurses move into informatics?", set()),
    ("I'm a nursing student. How did you choose your specialty?", set()),
    ("I need some advice on breaking into radio.", {"not_a_question"}),
    ("I'll email you tomorrow to confirm.", {"not_a_question"}),
    ("I'm a huge fan of your work.", {"not_a_question"}),
    # vague: broad frames around a bare field, tips with no angle
    ("So, what's consulting like?", {"vague"}),
    ("How is banking?", {"vague"}),
    ("Got any tips?", {"vague"}),
    ("What advice would you give me?", {"vague"}),
    ("How do I get started?", {"vague"}),
    ("What do employers want?", {"vague"}),
    ("Thoughts on publishing?", {"vague"}),
    # ... a narrowing aspect removes it
    ("What's the pay like in nursing?", set()),
    ("What do clients want from a wedding planner?", set()),
    ("How do I get started in beekeeping?", set()),
    # compound: a coordinated object is one question
    ("Which books and which podcasts would you recommend on supply chains?", set()),
    ("What books do you read, and which events do you attend?", {"compound"}),
]


@pytest.mark.parametrize("text,flags", FAMILY_CASES)
def test_flag_families(text, flags):
    assert set(review(text).flags) == flags


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
