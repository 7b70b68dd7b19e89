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
