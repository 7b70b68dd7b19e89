"""Names for the coach's topics and flags (kept in code so importing is cheap)."""

from __future__ import annotations

#: The eight topics, in the order the course presents them.
TOPICS: tuple[str, ...] = (
    "breaking_in",
    "skills_experience",
    "valued_qualities",
    "finding_position",
    "referrals",
    "resources",
    "role_insight",
    "none",
)

#: The eight flags.
FLAGS: tuple[str, ...] = (
    "asks_for_favor",
    "closed",
    "vague",
    "self_focused",
    "researchable",
    "compound",
    "not_a_question",
    "personal",
)

TOPIC_LABELS: dict[str, str] = {
    "breaking_in": "Breaking in",
    "skills_experience": "Skills and experience",
    "valued_qualities": "Valued qualities",
    "finding_position": "Finding the right position",
    "referrals": "Referrals",
    "resources": "Resources",
    "role_insight": "Insight into the role",
    "none": "Not a learning question",
}

#: What each topic covers, used in praise ("it asks about breaking in — ...").
TOPIC_DESCRIPTIONS: dict[str, str] = {
    "breaking_in": "what it takes to get started",
    "skills_experience": "what the work asks you to know and to have done",
    "valued_qualities": "what the people who matter value and reward",
    "finding_position": "how openings or clients are found and chosen",
    "referrals": "who else you could learn from",
    "resources": "what to read, join or attend",
    "role_insight": "what the contact's work is really like",
    "none": "nothing the contact can teach you",
}

FLAG_LABELS: dict[str, str] = {
    "asks_for_favor": "Asks for a favour",
    "closed": "Closed (yes/no or one word)",
    "vague": "Too vague",
    "self_focused": "About you, not the contact",
    "researchable": "Answered by a quick search",
    "compound": "Several questions in one",
    "not_a_question": "Not a question",
    "personal": "About the contact's private life",
}
