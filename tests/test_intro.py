"""The introduction builder's logic (lesson 3) and the favour detector it uses: table tests and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils.text import clean
from lesson_utils.favour_words import asks_for_favour, disclaims_favour, favour_requests
from lesson_utils.intro import (
    FIELDS,
    check_intro,
    check_research,
    compose,
    compose_purpose,
    count_words,
    format_intro_check,
    heavy_reason,
    jargon_walls,
    purpose_quality,
    sample_answers,
    saved_value,
    speaking_seconds,
    tidy_sentence,
)


def intro(who, doing, why_them, learn):
    return {"who": who, "doing": doing, "why_them": why_them, "learn": learn}


# --------------------------------------------------------------- favour words
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Can you refer clients to me?", "clients"),
        ("Could you send some clients my way?", "clients"),
        ("I'd love a look at your client list.", "clients"),
        ("Would you introduce me to your customers?", "clients"),
        ("I really need clients for my coaching practice.", "clients"),
        ("Maybe you could become my client.", "clients"),
        ("I'd like to offer you my services.", "clients"),
        ("Are you hiring at the moment?", "job"),
        ("Could you hire me?", "job"),
        ("I'm looking for a job in UX research.", "job_search"),
        ("Could you tell me if you have any openings?", "job"),
        ("I'd love to work for you.", "job"),
        ("Is there a position for me on your team?", "job"),
        ("Please pass my CV to your manager.", "job"),
        ("Would you put in a good word for me?", "job"),
        ("I'd love to join your team.", "job"),
        ("Please consider me for any openings.", "job"),
        ("hey, any job openings at ur place??", "job"),
        ("Will you be my mentor?", "mentor"),
        ("Would you invest in my bakery?", "money"),
        ("I don't want a job, but could you hire me?", "job"),
        ("I’m hoping to land a job with you.", "job"),
        ("I’m hoping to land a job in nursing.", "job_search"),
    ],
)
def test_favour_requests_are_found(text, kind):
    assert kind in {h.kind for h in favour_requests(text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "How do you get customers?",
        "How did you find your first clients when you started out?",
        "I'd like to learn how hiring decisions are made in your team.",
        "What does a typical week in your job look like?",
        "I'm not asking for a job; I only want to learn.",
        "I am not looking for a job.",
        "I won’t ask you for clients or a job.",
        "I'm not here to sell anything.",
        "What skills would a hiring manager look for?",
        "Which associations would you recommend joining?",
        "Could we talk at a time that would work for you?",
        "I would like to learn how people land a role in UX.",
        "What should I expect when applying for a role like yours?",
        "Whatever works for you works for me.",
        "",
        "   ",
    ],
)
def test_learning_questions_and_disclaimers_are_not_favours(text):
    assert favour_requests(text) == [], text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I am not looking for a job, only hoping to learn.", True),
        ("This isn't about a job: I want to understand the work.", True),
        ("I won't be asking for clients.", True),
        ("I'd love to learn how you got started.", False),
        ("Could you hire me?", False),
        ("", False),
    ],
)
def test_disclaimers(text, expected):
    assert disclaims_favour(text) is expected


# ------------------------------------------------------------------ composing
@pytest.mark.parametrize(
    "raw, expected",
    [
        ("i teach science", "I teach science."),
        ("  I teach\n science  ", "I teach science."),
        ("Is it hard?", "Is it hard?"),
        ("I said “yes.”", "I said “yes.”"),
        ("", ""),
        ("   ", ""),
        ("أنا معلمة", "أنا معلمة."),
        ("I love baking 🍞", "I love baking 🍞."),
    ],
)
def test_tidy_sentence(raw, expected):
    assert tidy_sentence(raw) == expected


@pytest.mark.parametrize(
    "learn, expected",
    [
        ("I'd love to learn how you made that move.", "To learn how you made that move."),
        ("I hope to understand what the first year is like", "To understand what the first year is like."),
        ("I'd love to hear how you found your first clients. And more.", "To hear how you found your first clients."),
        ("Would like to find out which courses matter", "To find out which courses matter."),
        ("What skills matter most in your first year?", "To learn: what skills matter most in your first year?"),
        ("", ""),
    ],
)
def test_compose_purpose(learn, expected):
    assert compose_purpose(learn) == expected


def test_purpose_is_one_line_even_for_a_long_answer():
    purpose = compose_purpose("I want to learn " + "many things " * 200)
    assert "\n" not in purpose and len(purpose.split()) <= 31 and purpose.endswith("…")


def test_compose_joins_the_four_sentences_in_order():
    introduction, purpose = compose(intro("i'm Sam", "I teach", "Ana sent me", "I'd like to learn how you started"))
    assert introduction == "I'm Sam. I teach. Ana sent me. I'd like to learn how you started."
    assert purpose == "To learn how you started."


@pytest.mark.parametrize(
    "text, words",
    [("", 0), ("one two three", 3), ("I'm a well-known nurse", 4), ("我是一名老师", 3), ("مرحبا بكم", 2)],
)
def test_count_words(text, words):
    assert count_words(text) == words


@pytest.mark.parametrize("words, seconds", [(0, 0), (50, 20), (75, 30), (150, 60), (-3, 0)])
def test_speaking_seconds_at_150_words_a_minute(words, seconds):
    assert speaking_seconds(words) == seconds


# ---------------------------------------------------------------------- jargon
@pytest.mark.parametrize(
    "word, reason",
    [
        ("KPI", "acronym"),
        ("B2B", "acronym"),
        ("SaaS", "acronym"),
        ("synergy", "buzzword"),
        ("Leveraging", "buzzword"),
        ("internationalisation", "long word"),
        ("UK", ""),
        ("CEO", ""),
        ("teacher", ""),
        ("I", ""),
        ("我是一名老师我是一名老师我是一名老师", ""),
    ],
)
def test_heavy_words(word, reason):
    assert heavy_reason(word) == reason


@pytest.mark.parametrize(
    "text, walls",
    [
        ("I leverage scalable B2B SaaS synergies for stakeholders.", 1),
        ("We drive KPI-focused omnichannel deliverables.", 1),
        ("I teach science to teenagers and want to train adults instead.", 0),
        ("I'm a nurse thinking about a move into health IT.", 0),
        ("Synergy is a word. Then many plain words follow here before leverage and one more scalable.", 0),
        ("I WORK AS A TEACHER AND I WANT TO LEARN HOW YOU STARTED", 0),
        ("", 0),
    ],
)
def test_jargon_walls(text, walls):
    assert len(jargon_walls(text)) == walls


# ------------------------------------------------------------------- purpose
@pytest.mark.parametrize(
    "text, quality",
    [
        ("I'd like to learn how you found your first clients.", "clear"),
        ("I'd love to hear what a typical week looks like for a site manager.", "clear"),
        ("What would you do first if you were starting out today?", "clear"),
        ("I want to learn more about your industry.", "vague"),
        ("I'd like to pick your brain.", "vague"),
        ("Just curious about stuff.", "vague"),
        ("Can you refer clients to me?", "favour"),
        ("I have eight years of experience in retail.", "missing"),
        ("", "missing"),
    ],
)
def test_purpose_quality(text, quality):
    assert purpose_quality(text) == quality


# ------------------------------------------------------- whole introductions
GOOD = [
    pytest.param(sample_answers(), id="teacher-formal"),
    pytest.param(intro(
        "Hi, I'm Jo, and I've been a ward nurse at St Mary's for six years.",
        "Lately I've been wondering whether hospital IT might suit me.",
        "Priya said you made that jump three years ago and love it.",
        "I'd really like to hear what your first year in IT was like and what you wish you'd known.",
    ), id="nurse-casual"),
    pytest.param(intro(
        "My name is Amir and I am working as accountant for five years in a small firm.",
        "I am studying data analysis in the evening and want to change career.",
        "I read your article about moving from finance to analytics and it was very useful for me.",
        "I would like to understand which skills the employers value most for a junior analyst.",
    ), id="accountant-second-language"),
    pytest.param(intro(
        "I'm Lena, a third-year history student at Leeds.",
        "I'm trying to work out whether museum work could be a career for me.",
        "You curate the textile collection I spent half of last summer in.",
        "I'd love to learn how people usually get a first job in museums, and what you'd study if you were me.",
    ), id="student"),
    pytest.param(intro(
        "I'm Dev, and I've been a plumber for twelve years, mostly on new builds.",
        "My knees are telling me to look at building inspection.",
        "Your name came up at the trade association as someone who made that move in your forties.",
        "I'd like to find out what the training involved and how long it took you to get your first post.",
    ), id="plumber"),
]


@pytest.mark.parametrize("answers", GOOD)
def test_good_introductions_pass_every_check(answers):
    result = check_intro(answers)
    assert result.fixes == [], [f.text for f in result.fixes]
    assert {"length_ok", "purpose_clear", "no_favour"} <= result.codes
    assert 20 <= result.seconds <= 32
    assert result.purpose.startswith("To ")


BAD = [
    pytest.param(intro(
        "I'm Rob.",
        "I'm going to be a coach, of some kind.",
        "You know a lot of people.",
        "Can you refer clients to me?",
    ), {"favour_clients", "purpose_is_favour", "too_short"}, id="the-visitor"),
    pytest.param(intro(
        "I'm Kim, a marketing graduate who has done two internships in retail and hospitality.",
        "I'm looking for a job in marketing at a company like yours.",
        "You're the marketing director, so you decide who gets hired on your team.",
        "I'd like to learn what your team looks for in new hires and whether you have openings.",
    ), {"favour_job", "job_search"}, id="job-hunter"),
    pytest.param(intro(
        "I'm Pat, and I work in finance at a bank in the city centre.",
        "I'm thinking of a move toward something else, maybe in the charity world.",
        "A friend gave me your name and said you were very friendly and helpful.",
        "I'd like to learn more about your industry.",
    ), {"purpose_vague"}, id="vague"),
    pytest.param(intro(
        "I'm a results-driven, customer-centric growth-hacking strategist.",
        "I leverage scalable B2B SaaS synergies to empower stakeholders across verticals.",
        "Your thought-leadership in omnichannel ecosystems is best-in-class.",
        "I'd like to learn how you structure go-to-market deliverables in agile cross-functional teams.",
    ), {"jargon_wall"}, id="jargon"),
    pytest.param(intro(
        "I'm Chris, and I have had a long and winding career that started in catering, moved through retail "
        "management for a decade, took in a spell of teaching English abroad in three countries, and most "
        "recently included five years running my own small gardening business with my brother.",
        "Now I'm thinking about a move into landscape design, or possibly garden therapy, or maybe horticultural "
        "teaching, because I love plants, I love people, and I love seeing a space come alive over the seasons.",
        "You run a design studio.",
        "I'd like to learn how you got started.",
    ), {"too_long", "mostly_about_you"}, id="life-story"),
    pytest.param(intro("", "", "", "I'd like to learn how you started your practice."),
                 {"missing_who", "missing_doing", "missing_why_them", "too_short"}, id="missing-fields"),
    pytest.param(intro(
        "I'm Sam and I'm a junior designer at a small agency in Bristol.",
        "I want to grow into a senior role at a larger studio within a few years.",
        "You lead a team of twenty designers and have hired many juniors over the years.",
        "Will you be my mentor?",
    ), {"favour_mentor"}, id="mentor"),
]


@pytest.mark.parametrize("answers, codes", BAD)
def test_bad_introductions_get_the_right_fixes(answers, codes):
    result = check_intro(answers)
    assert codes <= result.codes, (codes - result.codes, [f.text for f in result.findings])
    assert all(f.kind in {"good", "fix", "info"} for f in result.findings)
    for f in result.fixes:
        assert len(f.text) > 30, "every fix says what to do and why"


def test_saying_you_are_job_hunting_is_a_note_not_a_fix():
    result = check_intro(intro(
        "I'm Ana, a recent graduate in chemistry from Leeds.",
        "I'm looking for a role in quality control at a food manufacturer.",
        "You have run the quality lab at Northfield Foods for ten years.",
        "I'd like to learn which skills matter most in a first quality-control job, and how people usually get in.",
    ))
    assert "job_search" in result.codes and "no_favour" in result.codes
    assert result.fixes == [], [f.text for f in result.fixes]


def test_empty_answers_give_one_friendly_note():
    result = check_intro({})
    assert [f.code for f in result.findings] == ["empty"]
    assert result.introduction == "" and result.purpose == ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "x" * 100_000,
        "word " * 20_000,
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "I love 🍞 and 🧁 🎉🎉🎉",
        "أريد أن أتعلم كيف بدأت عملك",
        "אני רוצה ללמוד איך התחלת",
        "I\x00 am\x07 here\x1b[31m",
    ],
    ids=["empty", "whitespace", "100k", "20k-words", "script", "img", "emoji", "arabic", "hebrew", "control"],
)
def test_bad_input_never_raises_and_is_kept(text):
    answers = intro(text, text, text, text)
    result = check_intro(answers)
    assert result.findings
    assert "\x00" not in result.introduction and "\x07" not in result.introduction
    saved = saved_value(result)
    assert set(saved) == {*FIELDS, "introduction", "purpose", "words", "seconds"}
    if text.strip() and "\x00" not in text:
        assert saved["who"] == text.replace("\r", "")
    assert isinstance(format_intro_check(result), str)


def test_long_text_is_noted_and_other_scripts_are_noted():
    assert "long_text" in check_intro(intro("x " * 5000, "a", "b", "I'd like to learn how")).codes
    arabic = check_intro(intro("أنا معلمة", "أريد أن أتعلم", "قرأت مقالك", "أريد أن أتعلم كيف بدأت"))
    assert "language" in arabic.codes


def test_control_characters_are_noted():
    assert "control_characters" in check_intro(intro("I\x07 teach", "", "", "")).codes


# ---------------------------------------------------------- research and goal
@pytest.mark.parametrize(
    "answers, kinds",
    [
        ({"found": "She leads training at Northwind.", "not_searchable": "What surprised you in year one?",
          "goal": "whether training design suits me and the first step to take"}, ["good", "good", "good"]),
        ({"found": "", "not_searchable": "", "goal": ""}, ["fix"]),
        ({"found": "x", "not_searchable": "Can you refer clients to me?", "goal": "more about stuff"},
         ["good", "fix", "fix"]),
        ({"found": "x", "not_searchable": "", "goal": "to get a job at your firm, are you hiring"}, ["good", "fix"]),
        # a job request in new words is read as lesson 4 reads a question (a walk's was called "A clear goal")
        ({"found": "x", "not_searchable": "", "goal": "whether she could put me forward for a project officer job at "
          "the Foundation, or tell me who is hiring."}, ["good", "fix"]),
        ({"found": "x", "not_searchable": "", "goal": "whether my school budget and building-project experience "
          "would count as project management in a charity"}, ["good", "good"]),
        ("not a dict", ["fix"]),
    ],
)
def test_check_research(answers, kinds):
    assert [k for k, _ in check_research(answers)] == kinds


# ----------------------------------------------------------------- properties
texts = st.text(max_size=400)


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({k: texts for k in FIELDS}))
def test_check_intro_on_arbitrary_text(answers):
    result = check_intro(answers)
    assert all(f.kind in {"good", "fix", "info"} for f in result.findings)
    assert result.seconds == speaking_seconds(result.words)
    assert "\n" not in result.introduction and "\n" not in result.purpose
    for key in FIELDS:
        assert result.answers[key].strip() == "" or tidy_sentence(result.answers[key]) in result.introduction


@settings(max_examples=200, deadline=None)
@given(texts)
def test_pure_helpers_on_arbitrary_text(text):
    assert isinstance(compose_purpose(text), str)
    assert isinstance(asks_for_favour(text), bool)
    assert isinstance(disclaims_favour(text), bool)
    assert count_words(text) >= 0
    for wall in jargon_walls(text):
        assert wall and wall in clean(text)
    assert purpose_quality(text) in {"clear", "vague", "favour", "missing"}


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc <>&\"'\n\t\x00\u202e\u0627"), max_size=200))
def test_check_research_on_arbitrary_text(text):
    items = check_research({"found": text, "not_searchable": text, "goal": text})
    assert all(kind in {"good", "fix", "info"} and isinstance(msg, str) for kind, msg in items)


def test_research_uses_the_question_coach_for_searchable_questions():
    pytest.importorskip("lesson_utils.coach")
    items = check_research({"found": "x", "not_searchable": "What does your company do?", "goal": ""})
    assert ("fix", "A quick search probably answers this one; ask about their experience or judgement instead.") in items


def test_an_introduction_that_asks_a_favour_is_not_done():
    """Every part written but one asks for a favour: the exercise is not marked done (as in 4.1)."""
    from lesson_utils.intro import check_intro, sample_answers
    answers = sample_answers()
    assert check_intro(answers).complete
    answers["learn"] = "I'd love to learn how your team works, and could you pass my CV to your manager?"
    result = check_intro(answers)
    assert any(c == "purpose_is_favour" or c.startswith("favour_") for c in result.codes), result.codes
    assert not result.complete


def test_a_favour_is_never_shown_as_the_purpose_of_the_meeting():
    """The builder once wrote "Purpose of the meeting: To learn: I was hoping you could pass my resume..."."""
    from lesson_utils.intro import check_intro
    result = check_intro({"who": "I'm Kwame, a warehouse shift lead.", "want": "I'm moving into supply-chain analysis.",
                          "why": "You made the same move.",
                          "learn": "I was hoping you could pass my resume to your hiring manager."})
    assert result.purpose == "" and not result.complete
    assert any(f.kind == "fix" for f in result.findings)


@pytest.mark.parametrize("seconds, says, never", [
    (25, "within the 20-30 seconds", "close enough"),
    (31, "a touch over 30 seconds", "within the 20-30"),  # 77 words once read "about 31 seconds... within 20-30"
    (19, "a touch under 20 seconds", "within the 20-30"),
])
def test_the_length_message_never_contradicts_its_own_figure(seconds, says, never):
    base = GOOD[0].values[0]
    words = max(1, round(seconds * 150 / 60))
    filler = " ".join(["word"] * words)
    answers = {**base, "who": filler, "doing": "", "why_them": "", "learn": ""}
    result = check_intro(answers)
    assert result.seconds == seconds
    text = " ".join(f.text for f in result.findings if f.code == "length_ok")
    assert says in text and never not in text


@pytest.mark.parametrize("learn, says", [
    ("I'd like to ask if there are any openings in your team.", "usually get their first role"),
    ("I hope you could send a few clients my way.", "find their first clients"),
])
def test_a_favour_in_the_purpose_gets_a_learning_aim_of_its_own_kind(learn, says):
    """A pharmacist asking about openings was once told to learn how people 'find their first clients'."""
    result = check_intro({**GOOD[0].values[0], "learn": learn})
    text = " ".join(f.text for f in result.findings if f.code == "purpose_is_favour")
    assert says in text


def test_a_hinted_internship_request_is_never_called_no_request():
    """A reviewer's introduction ended "...maybe hear about any internship opportunities at the paper." and was
    told "✓ No request for a job or clients", with "To hear about any internship opportunities" as its purpose."""
    answers = {**GOOD[0].values[0], "learn": "I would love to pick your brain about the industry and maybe hear "
                                            "about any internship opportunities at the paper."}
    result = check_intro(answers)
    assert "no_favour" not in result.codes and "purpose_is_favour" in result.codes
    assert not result.ready
