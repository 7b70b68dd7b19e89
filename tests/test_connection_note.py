"""Lesson 5's short connection note and subject lines: the checks, hostile input, and the widget."""

from __future__ import annotations

import pytest

from lesson_utils.connection_note import (
    char_count,
    check_connection_note,
    check_message,
    check_subject,
    limit,
    sample,
    template,
)
from lesson_utils.request_email import check_follow_up, check_request
from lesson_utils.store import Store
from lesson_utils.views.connection_note import ConnectionNote, connection_note_drafter

EID = "05.2-connection-note"

GOOD = ("Hello Dr Osei, Ana Ruiz suggested I write. I'm a nurse of ten years, moving into UX research. Because you "
        "made the same move at Northwind Health, could we talk for 20 minutes, at a time that suits you? Only to "
        "learn. Thank you, Priya Nair")


def codes(text):
    return check_connection_note(text).codes


def test_the_limit_is_300_characters():
    assert limit() == 300


@pytest.mark.parametrize("text, expected", [
    ("", 0),
    ("abc", 3),
    ("a b\nc", 5),
    ("🙂 hi", 4),
    ("x\x00y", 2),  # control characters are removed before counting
])
def test_characters_are_counted_as_typed(text, expected):
    assert char_count(text) == expected


@pytest.mark.parametrize("text, present, absent", [
    (GOOD, {"length_ok", "who_you_are", "why_them", "time_ok", "no_favour"},
     {"too_long", "too_short", "who_you_are_missing", "why_them_missing", "time_missing"}),
    # One mistake: no time in the ask.
    (GOOD.replace("for 20 minutes", "sometime"), {"time_missing"}, {"time_ok"}),
    (GOOD.replace("for 20 minutes", "for a quick chat"), {"time_vague"}, {"time_ok"}),
    (GOOD.replace("20 minutes", "an hour"), {"time_too_long"}, {"time_ok"}),
    (GOOD.replace("20 minutes", "10 minutes"), {"time_short"}, {"time_ok"}),
    # Too long: the same note twice is over 300 characters.
    (GOOD + " " + GOOD, {"too_long"}, {"length_ok"}),
    ("Hi! 20 minutes?", {"too_short", "who_you_are_missing", "why_them_missing"}, {"length_ok"}),
    # No word about who you are.
    ("Hello Dr Osei, Ana Ruiz suggested I write. Because you made the move into UX research at Northwind Health, "
     "could we talk for 20 minutes, at a time that suits you? Thank you, Priya",
     {"who_you_are_missing", "why_them"}, {"who_you_are"}),
    # "I am not asking for a job" is not "who you are".
    ("Hello Dr Osei. I am not asking for a job. Could we talk for 20 minutes, at a time that suits you? Your "
     "path interests me. Thank you, Priya", {"who_you_are_missing"}, {"who_you_are"}),
    # No reason for choosing this person.
    ("Hello, I'm a nurse moving into UX research. Could we talk for 20 minutes at a time that suits you? It would "
     "help me a lot. Thank you, Priya", {"why_them_missing", "who_you_are"}, {"why_them"}),
    # Favours.
    ("Hello Dr Osei, I'm a career coach. I saw your talk on UX research. Can you refer clients to me? 20 minutes "
     "would do. Thanks, Jo", {"favour_clients"}, {"no_favour"}),
    ("Hello Dr Osei, I'm a nurse. I saw your talk. Could you give me a job on your team? 20 minutes would do. "
     "Thanks, Priya", {"favour_job"}, {"no_favour"}),
    # Saying honestly you are looking for work is not a favour.
    ("Hello Dana, I'm a recent graduate looking for a job in marketing. I saw your talk on brand research. Could we "
     "talk for 20 minutes at a time that suits you? Thanks, Lee", {"job_search", "no_favour"}, set()),
    (template(), {"placeholders"}, set()),
    # a reviewer's student wrote who she is and why this person in a note's shorthand
    ("Hi Dr Lee, biology student here, huge fan of your microplastics piece in the Courier. Could I ask you 3 quick "
     "questions about getting into science journalism over a 15-minute call? Thanks, Maya",
     {"who_you_are", "why_them"}, {"who_you_are_missing", "why_them_missing"}),
])
def test_note_checks(text, present, absent):
    found = codes(text)
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found)


@pytest.mark.parametrize("subject, present, absent", [
    ("Referred by Ana Ruiz: 20 minutes on grant writing?", {"subject_short", "subject_time", "subject_connection"},
     {"subject_plea", "subject_long", "subject_favour"}),
    ("20 minutes on UX research?", {"subject_time", "subject_connection_missing"}, {"subject_connection"}),
    ("UX research", {"subject_time_missing"}, {"subject_time"}),
    ("", {"subject_none"}, {"subject_short"}),
    ("Please help me!!!", {"subject_plea"}, {"subject_short"}),
    ("Can you get me a job at your company?", {"subject_favour"}, {"subject_short"}),
    ("A request from a nurse who is hoping to learn everything there is about UX research in twenty minutes",
     {"subject_long"}, {"subject_short"}),
    ("[topic]: 20 minutes?", {"subject_placeholder"}, {"subject_short"}),
    ("Fellow alumna: 20 minutes on hospital IT?", {"subject_connection", "subject_time"}, set()),
])
def test_subject_checks(subject, present, absent):
    found = {f.code for f in check_subject(subject)}
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found)


def test_the_sample_passes_every_check():
    s = sample()
    result = check_message(s["subject"], s["text"])
    assert result.chars <= limit()
    assert not result.fixes, result.fixes
    assert {"who_you_are", "why_them", "time_ok", "no_favour", "subject_connection", "subject_time"} <= result.codes


def test_an_empty_note_skips_the_subject_checks():
    assert check_message("Referred by Ana Ruiz: 20 minutes?", "").codes == {"empty"}


HOSTILE = {
    "empty": "",
    "whitespace": " \n\t ",
    "huge": "x" * 100_000,
    "markup": "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "emoji": "🙂🎉👩🏽‍💻 Could we talk for 20 minutes? 🚀",
    "rtl": "שלום, אני אחות. كيف بدأت في هذا المجال؟",
    "control": "Hi\x00 I'm\x07 a nurse\x1b[31m. 20 minutes?\r\n",
    "not text": 12345,
    "none": None,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_gets_a_worded_answer(name):
    value = HOSTILE[name]
    result = check_message(value, value)
    assert result.findings
    assert all(f.kind in {"good", "fix", "info"} and f.text.strip() for f in result.findings)
    assert all(f.kind in {"good", "fix", "info"} and f.text.strip() for f in check_subject(value))


def test_hostile_input_specific_answers():
    assert check_message("", HOSTILE["whitespace"]).codes == {"empty"}
    huge = check_connection_note(HOSTILE["huge"])
    assert {"too_long", "long_text"} <= huge.codes and huge.chars == 100_000
    assert "control_characters" in check_connection_note(HOSTILE["control"]).codes
    assert "time_ok" in check_connection_note(HOSTILE["emoji"]).codes


# ---------------------------------------------------------------- job seekers are not asking a favour

JOB_SEEKER = "I'm a recent graduate looking for a job in marketing"


@pytest.mark.parametrize("body", [
    JOB_SEEKER + ".",
    f"Dear Ms Chen,\n{JOB_SEEKER}. Could I have 20 minutes to learn how you got started in brand strategy?\nBest, Sam",
    f"Dear Ms Chen,\n{JOB_SEEKER.replace('I' + chr(39) + 'm', 'I am')}, and I read your article on brand research. "
    "Could we talk for 20 minutes, by phone or coffee, at a time that suits you?\nThank you, Sam",
])
def test_the_job_seeker_line_is_not_a_favour_in_the_request(body):
    found = check_request("20 minutes to learn about marketing?", body).codes
    assert not any(c.startswith("favour_") for c in found), found
    assert {"no_favour", "job_search"} <= found


def test_the_job_seeker_line_is_not_a_favour_in_the_follow_up_or_the_note():
    follow = check_follow_up(f"Dear Ms Chen,\nI wrote last week. {JOB_SEEKER}. 20 minutes?\nSam").codes
    note = codes(f"Hello Ms Chen, {JOB_SEEKER}. I read your post. 20 minutes, at a time that suits you? Sam")
    for found in (follow, note):
        assert not any(c.startswith("favour_") for c in found), found
        assert "no_favour" in found


# ---------------------------------------------------------------- the widget

def test_widget_checks_counts_and_saves(tmp_path):
    view = connection_note_drafter(EID, store=Store(tmp_path))
    view.subject.value = "Referred by Ana Ruiz: 20 minutes on UX research?"
    view.text.value = GOOD
    view.check_button.click()
    html = view.feedback.value
    assert f"{len(GOOD)} of 300 characters" in html
    assert "Every check passes" in html or "No check fails" in html
    record = Store(tmp_path).load(EID)
    assert record.status == "done"
    assert record.value == {"subject": "Referred by Ana Ruiz: 20 minutes on UX research?", "text": GOOD,
                            "chars": len(GOOD)}


def test_widget_one_mistake_gets_a_worded_fix(tmp_path):
    view = ConnectionNote(EID, store=Store(tmp_path))
    view.text.value = GOOD.replace("for 20 minutes", "sometime")
    html = view.feedback.value
    assert "1 thing to improve" in html and "To improve:" in html and "20 minutes" in html


def test_widget_too_long_is_saved_but_not_done(tmp_path):
    view = ConnectionNote(EID, store=Store(tmp_path))
    view.text.value = GOOD + " " + GOOD
    assert "over the 300" in view.feedback.value
    record = Store(tmp_path).load(EID)
    assert record.status == "in_progress" and record.value["text"] == GOOD + " " + GOOD


def test_widget_escapes_markup_and_reloads(tmp_path):
    view = ConnectionNote(EID, store=Store(tmp_path))
    view.text.value = "<script>alert(1)</script> I'm a nurse. 20 minutes?"
    assert "<script>" not in view.feedback.value
    again = ConnectionNote(EID, store=Store(tmp_path))
    assert again.text.value.startswith("<script>")
    assert "Your saved work was loaded" in again.saver.widget.value


def test_widget_template_fills_only_an_empty_box(tmp_path):
    view = ConnectionNote(EID, store=Store(tmp_path))
    view.template_button.click()
    assert view.text.value == template()
    assert "square brackets" in view.feedback.value
    view.text.value = "My own draft"
    view.template_button.click()
    assert view.text.value == "My own draft" and "Your draft is kept" in view.feedback.value
