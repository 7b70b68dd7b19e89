"""Table tests: the coach names the topic a drafted question asks about."""

import pytest

from lesson_utils.coach import TOPIC_LABELS, TOPICS, review

CASES = [
    # breaking_in
    ("What does it take to get a first coaching client?", "breaking_in"),
    ("How did you get your foot in the door in publishing?", "breaking_in"),
    ("If you were starting out in accounting today, what would you do first?", "breaking_in"),
    ("what are the usual entry-level jobs in conservation", "breaking_in"),
    # skills_experience
    ("Which certifications matter most for a junior network engineer?", "skills_experience"),
    ("How did you learn to read blueprints?", "skills_experience"),
    ("What hands-on experience should a nursing student get before graduating?", "skills_experience"),
    # valued_qualities
    ("What do clients value most in a financial planner?", "valued_qualities"),
    ("Which habits make a new line cook stand out?", "valued_qualities"),
    ("what do principals look for in a new teacher", "valued_qualities"),
    # finding_position
    ("How do you get customers?", "finding_position"),
    ("Where do freelance translators find steady work?", "finding_position"),
    ("How does a school district decide which candidates to interview?", "finding_position"),
    ("Which kinds of agencies would suit a copywriter who loves technical topics?", "finding_position"),
    # referrals
    ("Who else would you suggest I talk to about forestry?", "referrals"),
    ("Could you introduce me to someone I could learn from about beekeeping?", "referrals"),
    ("who would u suggest i talk to next", "referrals"),
    # resources
    ("What books would you recommend for a new carpenter?", "resources"),
    ("Which conferences are worth attending for museum educators?", "resources"),
    ("what podcasts do nurses actually listen to", "resources"),
    # role_insight
    ("What does a typical day look like for an ICU nurse?", "role_insight"),
    ("What do you wish you had known before becoming a teacher?", "role_insight"),
    ("How has remote work changed the way your logistics team operates?", "role_insight"),
    # none
    ("Can you refer clients to me?", "none"),
    ("How was your weekend?", "none"),
    ("Thanks so much for your time today.", "none"),
    ("I'm a passionate baker and I want to open the best bakery in town.", "none"),
]


# Other writers' phrasings of each topic.
FAMILY_CASES = [
    ("What would you tell an accountant who wants to retrain as a midwife?", "breaking_in"),
    ("Please explain how one typically gets hired as a park ranger.", "breaking_in"),
    ("Where do most junior sound engineers get their start?", "breaking_in"),
    ("How did you teach yourself to use CAD?", "skills_experience"),
    ("Which abilities matter most for a sign language interpreter?", "skills_experience"),
    ("How did you get so good at negotiating?", "skills_experience"),
    ("How do people develop the stamina for long surgeries?", "skills_experience"),
    ("Is it worth getting certified in Salesforce?", "skills_experience"),
    ("What do hiring partners admire in a first-year associate?", "valued_qualities"),
    ("What do your wholesale customers value most in a cheese supplier?", "valued_qualities"),
    ("Where are the best places to look for remote copywriting work?", "finding_position"),
    ("How are most jobs in museum education filled?", "finding_position"),
    ("How do publishers choose which translators to commission?", "finding_position"),
    ("Tell me how new bands usually find a manager.", "finding_position"),
    ("Is there somebody you'd point me to for questions about patent law?", "referrals"),
    ("Who might be able to tell me more about patent law?", "referrals"),
    ("Are there other translators you think I should get in touch with?", "referrals"),
    ("Which growers nearby would be good to learn grafting from?", "referrals"),
    ("Could you connect me with a sound designer so I can learn how they work?", "referrals"),
    ("Who would you talk to if you were just starting to explore actuarial work?", "referrals"),
    ("I'd love to meet other architects; who would you suggest?", "referrals"),
    ("Where do nurses go online to swap advice?", "resources"),
    ("Which newsletters keep you up to date on biotech?", "resources"),
    ("What mistakes make podcast listeners unsubscribe from a show?", "valued_qualities"),
    ("What surprised you most when you became a headteacher?", "role_insight"),
    ("What services does your logistics firm list on its website?", "role_insight"),
    ("Which clinics are part of your hospital group?", "role_insight"),
    ("Any tips?", "role_insight"),
    ("I've been playing guitar since I was six and I know I could make it as a session musician.", "none"),
    ("Could you throw some freelance work my way?", "none"),
]


@pytest.mark.parametrize("text,topic", FAMILY_CASES)
def test_topic_families(text, topic):
    assert review(text).topic == topic


@pytest.mark.parametrize("text,topic", CASES)
def test_topic(text, topic):
    assert review(text).topic == topic


def test_every_topic_has_a_label():
    assert set(TOPIC_LABELS) == set(TOPICS)
    assert TOPIC_LABELS["breaking_in"] == "Breaking in"


def test_topic_comes_from_the_learning_part_even_with_a_favour():
    r = review("Where does most of your work come from? I'd be grateful if you forwarded me any jobs you can't take.")
    assert r.topic == "finding_position"
    assert "asks_for_favor" in r.flags
