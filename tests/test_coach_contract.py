"""The label contract's newer readings: favour families, not-favours, the narrower vague,
the personal flag, and advice that names the actual favour and keeps the learner's words."""

import pytest

from lesson_utils.coach import FLAG_LABELS, contract, review
from lesson_utils.coach.normalise import normalise

# Favour families the lessons name as out of bounds: the quoted cases plus our own wordings
FAVOURS = [
    # judging hireability
    ("Would you be willing to look over my portfolio and tell me if it's good enough to get hired?", "hireability"),
    ("Do you think my writing samples are strong enough to land me a job on your team?", "hireability"),
    ("Is my reel good enough to get hired at your studio?", "hireability"),
    ("Do you think I'm good enough to get hired?", "hireability"),
    ("Could you skim my CV and let me know if I'd land an interview at your agency?", "hireability"),
    ("would u look at my reel n tell me if i'd make the cut at ur studio", "hireability"),
    ("Can you tell me whether I would get hired on your team with this portfolio?", "hireability"),
    ("Do you think my profile is good enough for be hired in your company?", "hireability"),  # a learner's English
    # mentoring
    ("Would you be my mentor?", "mentoring"),
    ("Could you mentor me while I retrain as a welder?", "mentoring"),
    ("Would you consider being my mentor for the next year?", "mentoring"),
    ("Please take me under your wing.", "mentoring"),
    ("Could I count on you as my mentor while I retrain?", "mentoring"),
    ("I'd love to have you as a mentor.", "mentoring"),
    ("You clearly had great mentors early on; would you be willing to be mine?", "mentoring"),
    ("Could you tell me whether I'd make the shortlist for your apprenticeship?", "hireability"),
    ("Let me know if I'd get shortlisted with this CV.", "hireability"),
    ("Which of your customers might need a freelance translator, so I can get in touch?", "clients_for_me"),
    ("Thanks for explaining the rota. Any chance of an interview?", "hired_there"),
    ("and any chance of a trial shift at your place?", "hired_there"),
    ("Could you spare an hour a month to guide me through my first year as a paralegal?", "mentoring"),
    ("Would you be able to give me thirty minutes every week to coach me on my welding tests?", "mentoring"),
    # a job at the contact's side
    ("How do I get hired here?", "hired_there"),
    ("What would it take for you to hire me?", "hired_there"),
    ("How can I get a job on your team?", "hired_there"),
    ("Would your firm hire me as a trainee?", "hired_there"),
    ("Could I come in for a trial shift one Saturday?", "hired_there"),
    ("Can we book a working interview for next week?", "hired_there"),
    ("How can I find a job at your company?", "hired_there"),
    ("How I can find a job in your team?", "hired_there"),  # second-language word order
    ("Where could we look for an opening at your agency?", "hired_there"),
    # vouching: their name in an application, or a reference
    ("Can I say your name when I apply to your company?", "vouch"),
    ("Can I mention your name in my cover letter?", "vouch"),
    ("Could I list you as a reference?", "vouch"),
    ("Can I ask if you are hiring?", "hired_there"),
    ("Can I apply?", "hired_there"),
    ("Should we apply there?", "hired_there"),
    # the contact's clients as the asker's buyers or employers
    ("Which of your clients do you think would be a good fit for my services?", "clients_for_me"),
    ("Do any of the restaurants you consult for need a pastry chef, by chance?", "clients_for_me"),
    ("cmon even just 1 or 2 would really help, i need the work", "clients_for_me"),  # pushing after a no
    ("come on, just one or two clients? I'd do a really good job for them", "clients_for_me"),
    ("Even a couple of referrals would help.", "clients_for_me"),
    ("Do any of your clients need a freelance bookkeeper at the moment?", "clients_for_me"),
    ("Could my bakery be a good match for any of your customers?", "clients_for_me"),
    # the asker's work offered for free as a way in, whatever reason is given for it
    ("I could work for free for a month to learn the ropes.", "free_work"),
    ("I'd be happy to volunteer unpaid on weekends.", "free_work"),
    ("We can help out for free at your next event.", "free_work"),
    ("Honestly I'd work for nothing just to get my foot in the door.", "free_work"),
    # a purchase: a sales pitch to the contact
    ("Can I treat you to lunch and tell you about my landscaping business?", "sell_to_you"),
    ("Would your team like to hear about our scheduling software?", "sell_to_you"),
    ("Could I walk you through our wholesale prices?", "sell_to_you"),
    ("Is your clinic in the market for a new booking system?", "sell_to_you"),
]


@pytest.mark.parametrize("text,family", FAVOURS)
def test_favour_families_are_caught(text, family):
    r = review(text)
    assert "asks_for_favor" in r.flags, r


# Learning questions that look like favours: never called favours
LEARNING = [
    "How do sound editors usually get introduced to the directors who end up hiring them?",
    "How do new bookkeepers typically find the clients who keep them busy?",
    "Where do most junior chefs get the interviews that lead to a first job?",
    "How much time a week did your mentor spend with you when you were starting out?",
    "How did you find a mentor when you were starting out?",
    "What makes a portfolio good enough to get hired in UX research?",
    "How do junior designers usually get hired at studios like yours?",
    "What do your clients value most in a consultant?",
    "Which kinds of clients are the best fit for a new bookkeeper?",
    "How do restaurants decide when they need another pastry chef?",
    "What did you look for the last time you hired a junior?",
    "How do people in your role find their first clients?",
    "Do people in your field usually work for free at first?",
    "How common is unpaid interning in UX research?",
    "I worked for free for a year before my first paid gig, so I know the trade-off.",
    "How do people find jobs at your company?",
    "How do I find a job in your field?",
    "How did you find a job at your company?",
    "May I use your name when I contact them?",  # a referral to learn from: the guides' own advice
    "Could I ask you about your first year there?",  # asking to ask: the meeting itself
    "May I ask a few questions about your work?",
    "What do employers check when they call a reference?",
    # where, when or how to apply is advice about applying anywhere, not a request to apply to them
    "Where should I apply?",
    "When should we apply?",
    "How should I apply?",
    # leave to ask one more question, after a word about the time, asks to learn
    "I know we're nearly at twenty minutes, so I'll wrap up. Can I ask one last question?",
    "We're almost out of time. May I ask one more?",
    "Could I ask a couple more questions before you go?",
    "Can I ask how you asked for your first raise?",
    # the asker's own plans, told to learn, and how the contact sold their own work
    "Can I tell you about my business idea and get your thoughts?",
    "How did you tell people about your services when you started out?",
    "What would you want to hear from someone pitching their catering to you?",
    # how to begin in a line of work, asked to learn: not a request to start with the contact
    "How might I get my start as an educator at a science museum?",
    "How did you find just one or two clients at first?",
    "Even one or two tips would really help.",
    "How could I begin as a junior analyst somewhere with good training?",
    # an open question about what the contact's manager values never names the asker (a learner walk)
    "What does your manager value most in a junior analyst on the team?",
    # the shortlist, mentors and the contact's clients, asked about to learn
    "What gets an applicant onto the shortlist for your graduate scheme?",
    "How do people get shortlisted for roles like yours?",
    "How did you find your mentor, and what made them a good one?",
    "Which of your clients usually need a translator, and how do they find one?",
    # the contact's own words taken up before a question
    "You mentioned your HR work. What do your clients value most in a coach?",
    "Earlier you mentioned your recruiting work; how did it prepare you for coaching?",
    "You said you'd choose a niche sooner. How could someone like me test one?",  # lesson 6's own follow-up
    "You mentioned starting with a few unpaid clients. How would somebody like me find those first people?",
]


@pytest.mark.parametrize("text", LEARNING)
def test_learning_questions_are_not_favours(text):
    assert "asks_for_favor" not in review(text).flags


# The contract's not-favours: a card, the meeting, keeping in touch, shadowing, feedback, hearing the story
NOT_FAVOURS = [
    "My CV is attached below. I would welcome any honest feedback.",
    "Here is a link to my sketches; I'd appreciate your thoughts.",
    "I'd love to hear your story.",
    "Can I please have one of your business cards?",
    # a time check, however casual, offers to stop: it asks nothing (a walk's was read as a favour)
    "no worries if you need to head off, i can stop here or ask one last quick one",
    "I see we're at time - I'll let you go, thank you",
    "Could I grab your card before I go?",
    "Can we keep in touch after today?",
    "Would it be all right to stay in touch on LinkedIn?",
    "Could I shadow you for a day at the clinic?",
    "Would you be open to meeting for 20 minutes next week?",
    "Could we set up an informational interview next week?",
    "Could you look over my resume and tell me what to improve?",
    # the meeting itself, however it is put
    "Could I treat you to a coffee one morning next week?",
    "Would you be able to spare twenty minutes some time this month?",
    "Might we schedule a brief call at your convenience?",
    "I'd love a 15-minute chat whenever suits you.",
    "Could I sit down with you over coffee sometime?",
    # feedback on the asker's own work, whatever the work is
    "Any pointers on how to improve my personal statement?",
    "I'd be glad of your thoughts on my grant proposal.",
    "Could you listen to my demo tracks and be honest?",
    "Would you mind marking up my essay draft?",
    # names of people to learn from
    "Do you know anyone in hospital pharmacy who might talk to me about the work?",
    "Could you point me towards other carpenters I could contact to hear their side?",
    "Do you know any beekeepers who might talk to me about swarm season?",
    # shadowing, whatever its object: a team, a shift, a site visit
    "Could I job shadow someone in your unit for an afternoon?",
    "Would you be open to me shadowing one of your night shifts?",
    "Might I tag along on one of your site visits?",
    "Could I sit in on one of your team meetings to see how it runs?",
    "Can I shadow one of your early rounds on the ward?",
    # keeping in touch while the asker looks for work: the job named is the asker's own doing
    "Could I keep in touch while I look for my first job in the trade?",
    "Can I stay in touch once I start applying for jobs?",
    "Could I shadow one of your weekend shifts at the bakery?",
    # the contact's role described, not a request for the person who hires
    "What's the hardest part of being the one who does the hiring at the bakery?",
    "How does it feel to be the person who hires every seasonal worker?",
]


# asking leave to ask *for* a job, an internship or a referral is asking for it
ASK_FOR = [
    ("Can I ask you for a job?", "hired_there"),
    ("Could I ask for an internship on your team?", "hired_there"),
    ("May I ask about getting an interview with your team?", "hired_there"),
    ("Can I ask you for a referral?", "vouch"),
    ("Could I ask you for a reference when I apply?", "vouch"),
]


@pytest.mark.parametrize("text, family", ASK_FOR)
def test_asking_leave_to_ask_for_a_favour_is_the_favour(text, family):
    assert "asks_for_favor" in review(text).flags
    assert contract.favour_family(normalise(text)) == family


@pytest.mark.parametrize("text", NOT_FAVOURS)
def test_not_favours(text):
    assert "asks_for_favor" not in review(text).flags


@pytest.mark.parametrize("text", [
    "Could I shadow you for a day and then apply for the opening on your team?",
    "Can I have your card so I can send you my CV for the job?",
    "Would you put my business card on your front desk?",
    # the meeting or feedback beside a favour: still the favour
    "Could you spare twenty minutes to tell me if my portfolio would get me hired at your studio?",
    "Could I treat you to lunch and pitch my catering to your clients?",
    "Do you know anyone who is hiring junior designers?",
    "Could you read my cover letter and pass it on to your hiring manager?",
    # shadowing as a way into a job
    "Could I sit in on your team meetings as an unpaid intern?",
    "Could I job shadow someone in your unit and then start as a trainee?",
    "Could I shadow one of your night shifts and then pick up shifts myself?",
    "Could I keep in touch in case a job opens on your team?",
    "Could I keep in touch while I wait for your team to hire again?",
    "Can I start as an apprentice with you once I finish college?",
    "Could I come in one Saturday and stay on as a junior baker?",
    "Are there any shifts on your team I could pick up?",
    "Could you put me in touch with the one who does the hiring at your store?",
])
def test_a_favour_beside_a_not_favour_is_still_caught(text):
    assert "asks_for_favor" in review(text).flags


# vague covers only the field as a whole and bare fragments
VAGUE = [
    ("How did you get into this industry?", False),
    ("What skills are essential to succeed in this field?", False),
    ("How do people break into this field?", False),
    ("If you could change one thing about the industry, what would it be?", False),
    ("How did you get started?", False),
    ("What training do I need for hospital pharmacy?", False),
    ("Tell me about working with difficult clients.", False),
    ("What's nursing like?", True),
    # the same, asked of the contact's industry or as advice with no subject (a reviewer saw them pass)
    ("What's your industry like?", True),
    ("What advice do you have for me?", True),
    ("What advice would you give someone moving into UX research?", False),
    ("What is the industry like for newcomers?", False),
    ("Tell me about your industry.", True),
    ("Any advice?", True),
    ("What should I know?", True),
    ("What skills matter?", True),
    ("How do I get in?", True),
    ("What should I read?", True),
]


@pytest.mark.parametrize("text,vague", VAGUE)
def test_vague_is_narrow(text, vague):
    assert ("vague" in review(text).flags) == vague


PERSONAL = [
    ("How much do you make as a senior researcher?", True),
    ("What's your salary?", True),
    ("How much did you earn in your first year?", True),
    ("How old are you?", True),
    ("Are you married?", True),
    ("Do you have kids?", True),
    ("Who did you vote for?", True),
    ("Are you religious?", True),
    ("How is your health these days?", True),
    # the question asked inside a request for leave ("Can I ask what you earn?")
    ("Can I ask what you earn?", True),
    ("Can I ask how much you make as a charge nurse?", True),
    ("I'm curious how much you take home as a freelancer.", True),
    ("Can I ask how much people in your role make?", False),
    ("Can I ask what you make in your workshop?", False),
    ("What is the typical pay for a junior UX researcher?", False),
    ("How much do people in your role usually make?", False),
    ("What salary range should a new graduate expect?", False),
    ("What salary range is normal for a first-year paralegal?", False),
    ("What hourly rate do freelance editors usually charge?", False),
    ("What do you make of the new licensing rules?", False),
    ("Which hospitals are part of your health network?", False),
    ("How do people on night shifts balance the work with family life?", False),
    # the contact's own pay, health, faith and vote, however it is put
    ("Could you tell me roughly what you take home each month as a long-haul trucker?", True),
    ("Do you make lots of money?", True),
    ("How much does your company pay you now?", True),
    ("How has your health held up under the physical demands of this job?", True),
    ("What medication do you take to get through the night shifts?", True),
    ("Have you ever had to take leave for stress since joining the police force?", True),
    ("Sir, you are Hindu or Muslim?", True),
    ("do u get paid well tbh", True),
    ("Do people in this field get paid well?", False),
    ("Are you a churchgoer yourself?", True),
    ("Where do you personally stand politically on the new zoning rules?", True),
    ("What does your pay structure look like for new hires?", False),
    ("How do you set your day rate?", False),
    # coping with the work's demands is about the work
    ("How do you manage stress in this job?", False),
    ("How do you handle the long hours?", False),
    ("How do you deal with burnout?", False),
    # the balance of work and home life, a staple of career-centre lists (a reviewer saw it flagged)
    ("How do you balance work and family life in this job?", False),
    ("How do you keep a good work-life balance?", False),
    ("How does your husband feel about the night shifts?", True),
]


@pytest.mark.parametrize("text,personal", PERSONAL)
def test_personal_flag(text, personal):
    assert ("personal" in review(text).flags) == personal


# A question about the contact's own life is too personal, but it asks them for nothing: never a favour.
# An offer that only names their family is still a pitch.
PERSONAL_NOT_FAVOUR = [
    ("Would you mind telling me your age?", False),
    ("Are you paid more than the other buyers on your team?", False),
    ("Would you mind sharing what you earn as a site manager?", False),
    ("Do you mind me asking how much you make a year?", False),
    ("Happy to tutor your kids at a discount if you're interested.", True),
    ("Did your partner decide whether the practice will use my bookkeeping services?", True),
]


@pytest.mark.parametrize("text,favour", PERSONAL_NOT_FAVOUR)
def test_a_personal_question_is_not_a_favour(text, favour):
    r = review(text)
    assert ("asks_for_favor" in r.flags) == favour, (text, r.flags)
    if not favour:
        assert "personal" in r.flags, (text, r.flags)


def test_personal_has_a_label_and_points_to_the_field():
    assert FLAG_LABELS["personal"]
    r = review("How much do you make as a senior researcher?")
    assert "personal" in r.flags
    text = " ".join(r.advice)
    assert "pay" in text and "field" in text
    assert r.rewrite == "What pay range is typical for a senior researcher?"


# The reason names the actual favour; nothing is "clients" unless it was about clients
REASONS = [
    ("Would you be my mentor?", "mentor", "client"),
    ("Would you be willing to look over my portfolio and tell me if it's good enough to get hired?", "hired", "client"),
    ("How do I get hired here?", "job", "client"),
    ("Which of your clients do you think would be a good fit for my services?", "clients", "mentor"),
    ("I could work for free for a month to learn the ropes.", "unpaid", "client"),
]


@pytest.mark.parametrize("text,names,never", REASONS)
def test_favour_advice_names_the_favour(text, names, never):
    r = review(text)
    reason = r.advice[0]
    assert names in reason
    assert never not in reason.split("for example")[0]


@pytest.mark.parametrize("text,kept", [
    ("Would you mentor me through my move into UX research?", "UX research"),
    ("I want to move into UX research. Could you mentor me, and what was your first step?", "UX research"),
    ("What's MedChart like as a place to work? Also could you hire me?", "MedChart"),
])
def test_rewrite_keeps_the_learners_capitals(text, kept):
    r = review(text)
    assert "asks_for_favor" in r.flags
    shown = " ".join(r.advice) + " " + (r.rewrite or "")
    assert kept in shown or kept.lower() not in shown


@pytest.mark.parametrize("text", [q for q, _ in FAVOURS] + NOT_FAVOURS + [q for q, _ in PERSONAL] + [q for q, _ in VAGUE])
def test_no_output_says_host(text):
    r = review(text)
    words = " ".join(r.advice) + " " + (r.rewrite or "") + " " + " ".join(r.flag_labels) + " " + r.topic_label
    assert "host" not in words.lower()


# Closing invitations, salary ranges in the field and the contact's own path are not nagged
@pytest.mark.parametrize("text", [
    "Is there anything I haven't asked that I should know?",
    "Is there anything else you would like to add?",
    "What is the salary range for entry-level positions?",
    "Can you tell me about your career path?",
])
def test_open_invitations_are_not_nagged(text):
    assert not review(text).flags


def test_a_command_about_the_contacts_own_path_is_not_vague():
    assert review("Tell me about your first year in the job.").flags == {"not_a_question"}


@pytest.mark.parametrize("text", [
    "I'd be happy to volunteer unpaid on weekends.",
    "Honestly I'd work for nothing just to get my foot in the door.",
    "What's nursing like in general?",
])
def test_a_rewrite_never_takes_a_time_or_an_idiom_for_the_field(text):
    rewrite = review(text).rewrite or ""
    for word in ("weekends", "door", "general"):
        assert f"in {word} " not in rewrite and not rewrite.endswith(f"in {word}?"), rewrite


def test_the_pay_rewrite_without_a_role_asks_about_the_field_not_the_contacts_own_role():
    """"What pay range is typical for someone in your role?" is the contact's own pay by another name."""
    r = review("How much do you earn now compared to when you were a pharmacist?")
    assert "personal" in r.flags
    assert r.rewrite and "your role" not in r.rewrite and "starting out in" in r.rewrite


@pytest.mark.parametrize("text, leave", [
    ("Can I ask one last question?", True),
    ("We're nearly at time, so I'll wrap up. May I ask one more?", True),
    ("Could I ask a couple more questions before you go?", True),
    ("Can I have your card?", False),
    ("Can I ask how you got started?", False),
])
def test_leave_to_ask_gets_its_own_advice(text, leave):
    """Asking leave to ask is no favour, and its advice says so, not "a card, keeping in touch or shadowing"."""
    from lesson_utils.coach import format_review
    out = format_review(review(text))
    assert ("Asking leave to ask a question is polite" in out) is leave
    assert "shadowing" not in out or not leave


@pytest.mark.parametrize("text, feedback", [
    ("Could you look over my portfolio and tell me what to improve?", True),
    ("I'd be glad of your thoughts on my grant proposal.", True),
    ("I'd love to tell you all about my passion for design.", False),
    ("Could you look over my portfolio and tell me if it's good enough to get hired?", False),  # a favour
])
def test_a_review_of_the_askers_work_is_called_fair_to_ask_not_a_plan_to_assess(text, feedback):
    from lesson_utils.coach import format_review
    r = review(text)
    assert "self_focused" in r.flags
    out = format_review(r)
    assert ("Feedback on your own work is a fair thing to ask for" in out) is feedback
    assert ("assess your plans" in out) is not feedback


@pytest.mark.parametrize("text", [
    # holding the contact to an offer in their own words is still the favour
    "You said you could pass my CV to your HR team - could you?",
    "You said you'd introduce me to your hiring manager. Could you do that this week?",
    "Is the library looking for any part-time help?",
    "Is your clinic short of weekend staff?",
    "Do you know anyone who'd want to invest in a small bakery?",
])
def test_hinted_requests_for_work_or_money_are_favours(text):
    assert "asks_for_favor" in review(text).flags


@pytest.mark.parametrize("text", [
    "Is the field short of staff?",
    "Do you know anyone who invests in startups that I could learn from?",
    "How do bakeries find people who invest in them?",
])
def test_the_same_words_asked_to_learn_are_not(text):
    assert "asks_for_favor" not in review(text).flags


# The rules' reading of introductions, which the scored model weighs (it still calls the midwife item and two
# of the "refer me to" items favours, on the word "refer"): an introduction whose reason, said in the next
# sentence, is to learn is a referral, and "refer me to" people reads as "introduce me to" them; to someone
# who hires or buys, it stays a favour whatever reason is given.
INTRODUCTIONS = [
    ("Could you introduce me to a UX researcher on your team? I would like to learn how research works there.", False),
    ("Would you put me in touch with a midwife on your unit? I'm hoping to hear how she handles night births.", False),
    ("Could you introduce me to your hiring manager? I'd like to learn about the role.", True),
    ("Could you put me in touch with the person who buys for your shop?", True),
    ("Could you connect me with one of your clients? I'd love to hear what they need.", True),
    ("Could you introduce me to a designer at your agency? I'd love to work there.", True),
    ("Could you refer me to other bakers I could learn from?", False),
    ("Could you refer me to other bakers who could tell me about the trade?", False),
    ("Could you refer me to anyone else I should talk to?", False),
    ("Can you refer me to someone who could explain how grants work?", False),
    ("Could you refer me to your recruiter?", True),
    ("Could you refer me for the job?", True),
    ("Could you refer me to your clients?", True),
]


@pytest.mark.parametrize("text,favour", INTRODUCTIONS)
def test_the_rules_read_introductions_to_learn_as_referrals(text, favour):
    from lesson_utils.coach.review import rule_reading
    assert ("asks_for_favor" in rule_reading(text).flags) == favour, text


# Readings this stop added, each a flag present or absent (the group comments say why):
READINGS = [
    # a question about a whole field that names neither the asker nor the contact asks nobody for anything
    ("Is the warehouse sector short of workers right now?", "asks_for_favor", False),
    ("Is the construction trade short of apprentices these days?", "asks_for_favor", False),
    ("Is the library looking for any part-time help?", "asks_for_favor", True),
    ("Is your warehouse short of workers? I could start next week.", "asks_for_favor", True),
    # an "or" inside an open wh-question joins two things to ask about; a choice offered to pick from is closed
    ("What difference does a NEBOSH or CRSP certificate make for OH&S jobs in Ontario?", "closed", False),
    ("How much does a CDL or a forklift ticket matter for warehouse jobs?", "closed", False),
    ("Which is better, a diploma or a degree?", "closed", True),
    ("Do you prefer days or nights?", "closed", True),
    # someone who hires, described as the one a question is about, is not a request to be hired; knowing
    # anyone hiring, or the contact's side hiring, still is
    ("What would make my CV stand out to someone hiring for a junior safety role?", "asks_for_favor", False),
    ("What do people hiring for junior analyst roles look for?", "asks_for_favor", False),
    ("How do managers recruiting for night shifts judge a candidate's stamina?", "asks_for_favor", False),
    ("Do you know anyone hiring for junior roles?", "asks_for_favor", True),
    ("Are you hiring for a junior safety role?", "asks_for_favor", True),
    ("Could you pass my CV to someone hiring for a junior role?", "asks_for_favor", True),
    # an open question that never names the asker, and that no rule reads as a favour, asks to learn; a
    # hint the rules read stays a favour
    ("If a role opened on your team, what would you look for in the person?", "asks_for_favor", False),
    ("If a junior post came up in your lab, what would make one applicant stand out?", "asks_for_favor", False),
    ("When is your team hiring again?", "asks_for_favor", True),
    ("Which of your clients might need a bilingual bookkeeper?", "asks_for_favor", True),
    ("Would your clients ever need a freelance illustrator?", "asks_for_favor", True),
    ("Which of your clients might need a freelance e-learning developer?", "asks_for_favor", True),
    ("What do your clients most often need from their accountant?", "asks_for_favor", False),
    # the private-life flag needs the rules to name a part of the contact's private life, or a score that
    # makes it more likely than not; the spouse or partner is private whatever the question says of work
    ("How do you fit exercise around the rota?", "personal", False),
    ("How much do you make as a charge nurse?", "personal", True),
    ("Are you married?", "personal", True),
    ("How does your wife feel about the long hours you work?", "personal", True),
    ("What does your wife think about your long hours?", "personal", True),
    ("What did your partner think when you changed careers?", "personal", True),
    ("How do people on night shifts balance the work with family life?", "personal", False),
    ("Did your partner decide whether the practice will use my bookkeeping services?", "personal", False),
]


@pytest.mark.parametrize("text,flag,present", READINGS)
def test_readings(text, flag, present):
    assert (flag in review(text).flags) == present, (text, review(text).flags)


def test_a_question_about_the_whole_field_keeps_a_learning_topic():
    assert review("Is the warehouse sector short of workers right now?").topic != "none"


# Joining the contact's team asked softly is a job request; a short question pointing back at a favour
# chases it; rewrites keep what the favour was about.
SOFT_FAVOURS = [
    ("What would it take for someone like me to get onto your team?", True, None),
    ("How could someone like me get onto your crew?", True, None),
    ("How did you get onto your team?", False, None),
    ("I'd be glad to help out on your studies for free while I learn. How could we set that up?", True,
     "How do newcomers in your field usually get their first hands-on experience?"),
    ("Would you look at my CV and tell me whether it would get me hired at your hospital?", True,
     "What makes a CV stand out to people who hire in your field?"),
    ("Is my portfolio good enough to get hired at your studio?", True,
     "What makes a portfolio stand out to people who hire in your field?"),
    ("Would you be my mentor while I learn research?", True,
     "Who or what helped you most when you were starting out in your field?"),
]


@pytest.mark.parametrize("text,favour,rewrite", SOFT_FAVOURS)
def test_soft_favours_and_their_rewrites(text, favour, rewrite):
    r = review(text)
    assert ("asks_for_favor" in r.flags) == favour, (text, r.flags)
    if rewrite:
        assert r.rewrite == rewrite, r.rewrite
        assert review(r.rewrite).good, r.rewrite


def test_advice_names_what_is_asked():
    # the pay caution needs pay named; a referral to a recruiter is an introduction to someone who hires
    assert "judgement call" not in " ".join(review(
        "What would make a CV stand out to someone hiring for an HR assistant role?").advice)
    r = review("Could you refer me to your recruiter?")
    assert "asks_for_favor" in r.flags and "someone who hires" in r.advice[0] and "client" not in r.rewrite



# the families read more widely: a standing claim on the contact's time, a judgement of whether the asker's
# work would get them hired there, a job asked for after a learning question, a price list passed to the
# contact's clients, free work offered as a way in
WIDER_FAMILIES = [
    ("I was hoping you might agree to mentor me while I retrain as an electrician.", "mentoring"),
    ("Could you guide me through the move into logistics on a regular basis?", "mentoring"),
    ("Would you meet with me every other week this spring to advise me on my switch to HR?", "mentoring"),
    ("can i text u every few weeks for advice while i finish my course?", "mentoring"),
    ("Could we make this a monthly catch-up while I look for work in conservation?", "mentoring"),
    ("Would it be possible to set up a regular mentoring call once a quarter?", "mentoring"),
    ("Would my writing samples get me an interview at your paper?", "hireability"),
    ("If my CV crossed your desk, would I get a callback?", "hireability"),
    ("Could you tell me whether my portfolio would stand out at your agency?", "hireability"),
    ("Is my code at the level your team hires at?", "hireability"),
    ("Does my reel make the cut?", "hireability"),
    ("Having seen my drawings, would I have a shot?", "hireability"),
    ("Where would someone like me rank against the candidates you interviewed last year?", "hireability"),
    ("What is a typical shift like on the ward, and any openings there right now?", "hired_there"),
    ("How do firms decide whom to take on, and is yours hiring?", "hired_there"),
    ("Could you submit me through your referral program?", "hired_there"),
    ("Is there a spot for an unpaid intern at your practice this summer?", "hired_there"),
    ("Could you forward my price list to the couples who book you?", "pass_on"),
    ("I could edit your newsletter for free in the hope of becoming your regular editor.", "free_work"),
]


@pytest.mark.parametrize("text, family", WIDER_FAMILIES)
def test_the_wider_families_are_favours(text, family):
    import importlib
    analysis = importlib.import_module("lesson_utils.coach.review").analyse(text)
    assert family in {i.family for i in analysis.infos}, [(i.unit.full, i.family) for i in analysis.infos]
    assert "asks_for_favor" in review(text).flags


@pytest.mark.parametrize("text", [
    "How do mentoring relationships usually work in your field?",
    "How often do people in your field meet with their mentors?",
    "How do new hires get guided through their first months on a regular basis?",
    "What level does your team hire at for junior developers?",
    "How do candidates compare against each other in your hiring rounds?",
    "Are there usually openings in this field in the spring?",
    "What makes a price list stand out to couples booking a photographer?",
    "How does your referral program work?",
    "Do people in your field ever work for free early on to get experience?",
])
def test_learning_questions_beside_the_wider_families_are_not_favours(text):
    assert "asks_for_favor" not in review(text).flags
