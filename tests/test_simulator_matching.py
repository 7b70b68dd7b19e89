"""Typed lines in the conversation simulator reach the option they mean (with the coach's reading),
and a line that matches nothing well gets "I didn't catch that; pick the closest line"."""

import pytest

from lesson_utils import simulator as sim
from lesson_utils.simulator import load_script, match_line

SCRIPT = load_script()
ALL = [o for n in SCRIPT.nodes.values() for o in n.options]


def at(node):
    return list(SCRIPT.nodes[node].options)


TABLE = [
    ("arrive", "Thanks so much for meeting me, can I grab you a coffee?", "smalltalk_brief"),
    ("arrive", "ugh the traffic was terrible and my train was late", "smalltalk_long"),
    ("arrive", "I've always been passionate about helping people grow", "passions_first"),
    ("purpose", "I'm in HR and want to learn how you moved into coaching", "intro_clear"),
    ("purpose", "Is your practice hiring? I need a job", "intro_job"),
    ("purpose", "honestly I'm still figuring things out, I just like helping", "intro_vague"),
    ("q1", "How did you get started as a coach?", "q_breaking_in"),
    ("q1", "what services do you offer", "q_website"),
    ("q1", "How do you find clients?", "how_customers_early"),
    ("q1", "Where do your customers come from?", "how_customers_early"),
    ("a_breaking_in", "How did you pick your niche?", "follow_niche"),
    # a follow-up on her own words, however put: the coach may read its topic from the new words
    ("a_breaking_in", "You mentioned that you would pick a niche earlier. How would somebody like me try one out before committing?",
     "follow_niche"),
    ("a_breaking_in", "When you say a niche, how do I test whether a niche works for somebody who's new?", "follow_niche"),
    # the scripted follow-up typed word for word, and another on her words: two sentences, one follow-up (a walker)
    ("a_breaking_in", "You said you'd choose a niche sooner. How could someone like me test one?", "follow_niche"),
    ("a_breaking_in", "You mentioned coaching a few people for little or nothing at first. How would somebody like me find "
     "those first people?", "follow_niche"),
    # at the time check: offering to stop names the time; asking on without a word about it is running over
    ("time_up", "I know your time is precious. Would you like to stop here?", "respect_time"),
    ("time_up", "We're almost out of time - shall we wrap up?", "respect_time"),
    ("time_up", "Sorry, one more question: how do you price packages?", "ignore_time"),
    # "stayed in touch" is keeping in touch (a walker's verdict said they never asked)
    ("close_names", "That's really kind, thank you. Would it be OK if I stayed in touch and let you know how I get on?",
     "keep_in_touch"),
    ("a_breaking_in", "Which skills matter most day to day?", "q_skills"),
    ("a_breaking_in", "(nod silently)", "silence_mid"),
    ("a_breaking_in", "That's just like me, I help colleagues all the time", "talk_self_mid"),
    ("a_niche", "What do your clients value most in a coach?", "q_qualities_n"),
    ("a_niche", "What do clients appreciate most in a coach?", "q_qualities_n"),
    ("a_niche", "You mentioned your HR work. What do your clients value most in a coach?", "q_qualities_n"),
    ("a_niche", "Could you send some clients my way?", "refer_clients_niche"),
    ("a_niche", "Should I join a company, an outplacement firm, or go straight to my own practice?", "q_finding"),
    ("a_skills", "What makes clients recommend a coach?", "q_qualities"),
    ("a_skills", "Would you refer customers to me?", "refer_clients_skills"),
    ("a_skills", "How would I find the right first role?", "q_finding_skills"),
    ("a_customers", "Can you pass some of your clients to me?", "refer_clients_customers"),
    ("a_customers", "How did you find your very first client?", "follow_customers"),
    ("lull", "So how do you get customers?", "how_customers"),
    ("lull", "I don't have any questions really", "no_questions"),
    ("q2", "What skills does the work need?", "q_skills_q2"),
    ("q2", "Where should I look for a first position?", "q_finding_q2"),
    ("q2", "Can you refer clients to me?", "refer_clients_q2"),
    ("a_finding", "Oh, is that opening still available? Could I apply?", "pounce_opening"),
    ("a_finding", "Thank you, that's really helpful to know.", "gracious_opening"),
    ("time_up", "I see we're at time - I'll let you go, thank you", "respect_time"),
    ("time_up", "I know we're nearly at twenty minutes, so I'll wrap up. Can I ask one last question?", "respect_time"),
    ("a_breaking_in", "How could I try out a niche before I commit to it?", "follow_niche"),
    ("close", "Who else would you suggest I talk to?", "ask_who_else"),
    ("close", "What should I read to learn more?", "ask_resources"),
    ("close", "Can you refer some clients to me?", "refer_clients_close"),
    ("close_names", "Thank you, I'll keep you posted on how it goes", "keep_in_touch"),
    ("close_final", "Bye, thanks again", "leave"),
    # a learner's own casual lines (a walk): the time check, the vague purpose, the push after a no
    ("time_up", "oh wow its almost 20 min already… one more or wrap up?", "respect_time"),
    ("a_skills", "oh wow its almost 20 min already… one more or wrap up?", "time_check_skills"),
    ("a_niche", "no worries if you need to head off, i can stop here or ask one last quick one", "time_check_niche"),
    ("purpose", "honestly im still kinda figuring stuff out lol, i just really like helping people", "intro_vague"),
    ("favour_reaction", "cmon even just 1 or 2 would really help, i need the work", "push_favour"),
    ("favour_reaction", "come on, just one or two clients? I'd do a really good job for them", "push_favour"),
    ("favour_reaction", "are you sure? even one referral would really help me", "push_favour"),
    ("favour_reaction", "please, can you refer me just one client?", "push_favour"),
    # a tester's own lines: names of people to learn from are the referral question, not a favour; a tag
    # ("you know?") asks nothing; silence, a formal greeting, talking about oneself and running over, in other words
    ("close", "Can you recommend me to anyone else? I'd love to learn from other coaches too.", "ask_who_else"),
    ("close", "i would be very grateful if you can give me names of other persons to speak with", "ask_who_else"),
    ("purpose", "honestly not sure yet lol. i just really like helping ppl, you know?", "intro_vague"),
    ("probe", "umm... *shrugs*", "silence_probe"),
    ("time_up", "I don't say anything about the time, I just wait for her", "wait_time"),
    ("time_up", "I still have a bunch more questions, like what you charge and which apps you use, is that ok?", "ignore_time"),
    ("a_breaking_in", "Same here!! I've coached tons of coworkers already, there was this one time when I...", "talk_self_mid"),
    ("arrive", "Good morning, Ms Ferrer. Yes, it was quite easy to find. I greatly appreciate you taking the time to see me. "
               "May I offer you a coffee?", "smalltalk_brief"),
    ("arrive", "Hello! Yes, no problem. Thank you very much for this meeting. I invite you for coffee, please.", "smalltalk_brief"),
    ("q1", "Please, how you were starting as coach? What was needed for the beginning?", "q_breaking_in"),
    # a third tester: leaving with thanks, where a client is named only as the contact's next appointment
    ("a_closing", "I will write it down, thank you so much. Well, I had better let you get to your client. Goodbye, and "
                  "thank you again!", "thanks_goodbye"),
    ("a_closing", "…thank you so much, that is really useful. I won't keep you any longer - goodbye!", "thanks_goodbye"),
    ("a_website", "Looking back, what was required of you to establish yourself as a coach?", "q_breaking_in_late"),
]


@pytest.mark.parametrize("typed, effects", [
    # what the typed words never said is not counted: thanks alone reached the thanks-and-keep-in-touch line
    ("Thank you very much for your time, it was very helpful. Goodbye.", {"thanked": True}),
    ("thanks so much! can i keep in touch and let you know how it goes?", {"thanked": True, "keep_in_touch": True}),
    ("May I stay in touch?", {"keep_in_touch": True}),
    ("", {"thanked": True, "keep_in_touch": True}),  # a line picked from the list does what it says
])
def test_a_typed_line_counts_only_what_it_says(typed, effects):
    assert sim.typed_effects({"thanked": True, "keep_in_touch": True}, typed) == effects


def test_a_typed_thanks_without_keeping_in_touch_is_not_counted_as_keeping_in_touch():
    conv = sim.Conversation(SCRIPT)
    for option_id in ("smalltalk_brief", "intro_clear", "q_breaking_in", "talk_self_mid", "time_check_skills", "ask_resources"):
        conv.choose(option_id)
    assert conv.node.id == "close_final"
    conv.choose("keep_in_touch_final", typed="Thank you very much for your time, it was very helpful. Goodbye.")
    assert conv.state["thanked"] is True and conv.state["keep_in_touch"] is False


def test_the_table_is_large():
    assert len(TABLE) >= 30


@pytest.mark.parametrize("node,typed,expected", TABLE)
def test_typed_line_reaches_its_option(node, typed, expected):
    found = match_line(typed, at(node))
    assert found.option is not None and found.option.id == expected, found


def test_valued_qualities_beats_getting_customers_among_all_lines():
    found = match_line("What do your clients value most in a coach?", ALL)
    assert found.option is not None and found.option.topic == "valued_qualities"
    assert "customers" not in found.option.say.lower()


@pytest.mark.parametrize("typed", [
    "What do your clients value most in a coach?",  # no valued-qualities line here: not forced onto customers
    "What surprised you most about running your own business?",
])
def test_no_forced_match_on_the_first_question(typed):
    found = match_line(typed, at("q1"))
    assert found.option is None or found.option.id not in ("q_website", "how_customers_early")


@pytest.mark.parametrize("typed", ["Quantum chromodynamics lattice gauge", "What's your favourite colour?"])
def test_fallback_when_nothing_matches(typed):
    found = match_line(typed, at("q1"))
    assert found.option is None
    assert found.message == sim.NO_MATCH == "I didn't catch that; pick the closest line from the list."


@pytest.mark.parametrize("node, typed", [(n, t) for n in SCRIPT.nodes for t in (
    "What do your clients value most in a coach?",
    "How did you build your practice after HR?",
    "Which books would you suggest for a new coach?",
    "Who else would be good to talk to?",
) if any("asks_for_favor" in o.flags for o in SCRIPT.nodes[n].options)])
def test_a_line_that_asks_no_favour_is_never_taken_as_one(node, typed):
    """At every turn that offers a favour, a learning question typed there never lands on it: the
    learner would be told they asked for a job or for clients."""
    found = match_line(typed, at(node))
    assert found.option is None or "asks_for_favor" not in found.option.flags, (node, found)


@pytest.mark.parametrize("node, typed", [(n, t) for n in SCRIPT.nodes for t in (
    "Could you send a few clients my way?",
    "Is your practice hiring at the moment?",
) if any(o.say and "asks_for_favor" not in o.flags for o in SCRIPT.nodes[n].options)])
def test_a_favour_is_never_taken_as_a_line_that_asks_none(node, typed):
    found = match_line(typed, at(node))
    assert found.option is None or "asks_for_favor" in found.option.flags, (node, found)


def test_silent_lines_need_silence():
    found = match_line("I see we're at time - I'll let you go", at("time_up"))
    assert found.option is None or "silence" not in found.option.flags


@pytest.mark.parametrize("node, typed", [
    ("probe", "What do your clients value most in a coach?"),
    ("probe", "How did you get started as a coach?"),
    ("purpose", "What did it take for you to get started?"),
    ("time_up", "What surprised you most about running your own business?"),
    ("time_up", "How did you find your first clients?"),
    ("a_qualities", "How do you know a client is ready to stop?"),
])
def test_a_question_asked_to_learn_never_lands_on_a_statement(node, typed):
    """Asked when Ruth wants to know what the asker does, or when time is up, a learning question is not
    the asker's introduction or an offer to stop: it is matched to a question or not at all."""
    m = match_line(typed, at(node))
    assert m.option is None or "not_a_question" not in m.option.flags, (m.option.id, m.score)
    assert m.option is None or m.option.id != "respect_time"


def test_a_closed_question_matched_to_an_open_line_is_told_so():
    """A tester's "Is it hard to become a coach?" quietly became "What did it take...?"."""
    m = match_line("Is it hard to become a coach?", at("q1"))
    assert m.option.id == "q_breaking_in" and "yes or no" in m.message
    m = match_line("How did you get started as a coach?", at("q1"))
    assert m.option.id == "q_breaking_in" and "yes or no" not in m.message
