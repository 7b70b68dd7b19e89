"""What the simulator and the rehearsal share once a meeting ends: the verdict as text and as HTML,
the clock, the transcript, the path with its turning points, and the saved list of meetings."""

from __future__ import annotations

import pytest

from lesson_utils.meeting_verdict import (
    MAX_RUNS,
    Verdict,
    Voice,
    answer_labels,
    endings_reached,
    latest_endings,
    mark,
    mins,
    saved_runs,
    transcript_text,
    verdict_text,
    with_run,
)
from lesson_utils.views.meeting_html import clock_html, ending_message, lines_html, path_html, verdict_box_html

RUTH = Voice("Ruth", "she", "her")
CONTACT = Voice("Your contact", "they", "their", "your contact")
WORDS = {"warm": "warm", "polite": "polite but nothing more", "awkward": "awkward"}
FULL = Verdict("warm", "A warm ending", "You listened.", {"introduce": "Yes.", "refer": "Maybe."},
               ("Good questions.", "<b>on time</b>"), {})


@pytest.mark.parametrize("x, want", [
    (0, "0"), (19.02, "19"), (19.5, "20"), (19.96, "20"), (2.04, "2"), (7.25, "7"), (24.4, "24"), (2.4, "2"),
    (0.3, "1"), (-1, "-1"),
])
def test_mins(x, want):
    assert mins(x) == want


@pytest.mark.parametrize("voice, want", [
    (RUTH, ["Would she introduce you to others?", "Would she keep in touch?", "Would she refer you work?"]),
    (CONTACT, ["Would they introduce you to others?", "Would they keep in touch?", "Would they refer you work?"]),
])
def test_answer_labels(voice, want):
    assert list(answer_labels(voice).values()) == want


@pytest.mark.parametrize("voice, in_sentence", [(RUTH, "Ruth"), (CONTACT, "your contact")])
def test_voice_in_a_sentence(voice, in_sentence):
    assert voice.in_sentence == in_sentence


@pytest.mark.parametrize("kind, want", [("helped", "▲"), ("hurt", "▼"), ("", " "), ("other", " ")])
def test_mark(kind, want):
    assert mark(kind) == want


@pytest.mark.parametrize("verdict, voice, stats, want", [
    (FULL, RUTH, ["Time: 19 minutes."],
     "THE ENDING: A warm ending\n\nRuth's verdict, in her own words:\n“You listened.”\n"
     "- Would she introduce you to others? “Yes.”\n- Would she refer you work? “Maybe.”\n\n"
     "What she noticed:\n- “Good questions.”\n- “<b>on time</b>”\n\nYour meeting in numbers:\n- Time: 19 minutes."),
    (Verdict("awkward", "An awkward ending", "Hm.", {}, (), {}), CONTACT, [],
     "THE ENDING: An awkward ending\n\nYour contact's verdict, in their own words:\n“Hm.”\n\n"
     "Your meeting in numbers:"),
])
def test_verdict_text(verdict, voice, stats, want):
    assert verdict_text(verdict, voice, stats) == want


@pytest.mark.parametrize("lines, want", [
    ([], []),
    ([("Ruth", "Hello."), ("You", "Hi."), ("", "She smiles.")], ["Ruth: Hello.", "You: Hi.", "   (She smiles.)"]),
])
def test_transcript_text(lines, want):
    assert transcript_text(lines) == want


@pytest.mark.parametrize("saved, want", [
    (None, []),
    ("runs", []),
    ({}, []),
    ({"runs": "no"}, []),
    ({"runs": [{"ending": "warm"}, 3, None, {"ending": "polite"}]}, [{"ending": "warm"}, {"ending": "polite"}]),
    ({"runs": [{"n": n} for n in range(MAX_RUNS + 5)]}, [{"n": n} for n in range(5, MAX_RUNS + 5)]),
])
def test_saved_runs(saved, want):
    assert saved_runs(saved) == want


@pytest.mark.parametrize("before, want_len, first", [(0, 1, 0), (MAX_RUNS - 1, MAX_RUNS, 0), (MAX_RUNS, MAX_RUNS, 1)])
def test_with_run_keeps_the_latest(before, want_len, first):
    runs = [{"n": n} for n in range(before)]
    out = with_run(runs, {"n": before})
    assert len(out) == want_len and out[-1] == {"n": before} and out[0]["n"] == first and len(runs) == before


@pytest.mark.parametrize("runs, reached, latest", [
    ([], [], ""),
    ([{"ending": "warm"}, {"ending": "warm"}], ["warm"], "warm, warm"),
    ([{"ending": "warm"}, {"ending": "polite"}, {"ending": "gone"}, {}], ["?", "polite but nothing more", "warm"],
     "warm, polite but nothing more, ?, ?"),
    ([{"ending": e} for e in ["awkward"] + ["warm"] * 5], ["awkward", "warm"], "warm, warm, warm, warm, warm"),
])
def test_endings(runs, reached, latest):
    assert endings_reached(runs, WORDS) == reached
    assert latest_endings(runs, WORDS) == latest


# ------------------------------------------------------------------ the HTML
@pytest.mark.parametrize("minute, asked, width, over", [
    (0, 20, 0, False), (10, 20, 50, False), (20, 20, 100, False), (25, 20, 100, True), (-1, 20, 0, False),
])
def test_clock_html(minute, asked, width, over):
    html = clock_html(minute, asked, "facts <here>", " · stage: <b>")
    assert f'style="width:{width}%"' in html and ("atl-sim-over" in html) == over
    assert ("(over time)" in html) == over and f"Minute {minute:.0f} of the {asked}" in html
    assert "facts &lt;here&gt;" in html and " · stage: &lt;b&gt;" in html and 'role="status"' in html


@pytest.mark.parametrize("lines, stands_out, limit, want_host, want_in", [
    ([], True, None, 0, ""),
    ([("Ruth", "Hello"), ("You", "Hi"), ("Ruth", "So?")], True, None, 1, "<strong>Ruth:</strong> So?</div></div>"),
    ([("Ruth", "Hello"), ("You", "Hi")], False, None, 0, "<strong>You:</strong> Hi"),
    ([("", "a <pause>")], False, None, 0, '<div class="atl-sim-note">(a &lt;pause&gt;)</div>'),
    # a stage direction as the line to answer ("Ruth glances at her watch") stands out, in brackets
    ([("Ruth", "Hello"), ("", "a <pause>")], True, None, 1, '<div class="atl-sim-host"><em>(a &lt;pause&gt;)</em></div>'),
    ([("Ruth", "x" * 50)], False, 10, 0, "x" * 9 + "…"),
])
def test_lines_html(lines, stands_out, limit, want_host, want_in):
    html = lines_html(lines, stands_out, limit)
    assert html.count("atl-sim-host") == want_host and want_in in html
    assert (html == "") == (not lines)


@pytest.mark.parametrize("voice, heading, noticed", [
    (RUTH, "Ruth's verdict, in her own words:", "What Ruth noticed:"),
    (CONTACT, "Your contact's verdict, in their own words:", "What your contact noticed:"),
    (Voice("<i>Al</i>", "he", "his"), "&lt;i&gt;Al&lt;/i&gt;'s verdict, in his own words:", "What &lt;i&gt;Al"),
])
def test_verdict_box_html(voice, heading, noticed):
    html = verdict_box_html(FULL, voice, ["Time: <19>"], "<p>AFTER</p>")
    assert heading in html and noticed in html and "The ending: A warm ending" in html
    assert f"introduce you to others?</th><td>“Yes.”" in html and "keep in touch" not in html
    assert "“&lt;b&gt;on time&lt;/b&gt;”" in html and "<li>Time: &lt;19&gt;</li>" in html
    assert html.endswith("<p>AFTER</p></div>")


def test_a_verdict_without_remarks_has_no_noticed_list():
    html = verdict_box_html(Verdict("warm", "T", "W", {}, (), {}), RUTH, [])
    assert "noticed" not in html and "Your meeting in numbers" in html


@pytest.mark.parametrize("turns, helped, hurt, plain", [
    ([], 0, 0, 0),
    ([("Hi", "", "")], 0, 0, 1),
    ([("Hi", "helped", "Good start."), ("<job?>", "hurt", "A favour."), ("Bye", "", "")], 1, 1, 1),
])
def test_path_html(turns, helped, hurt, plain):
    html = path_html("Your path", turns)
    assert html.startswith("<div><strong>Your path</strong> (▲ helped, ▼ hurt; the words say which):</div>")
    assert html.count("Turning point, helped") == helped and html.count("Turning point, hurt") == hurt
    assert html.count("<li>“") == plain and "<job?>" not in html
    assert html.count("<li") == len(turns)


def test_path_html_clips_a_long_line():
    html = path_html("P", [("word " * 100, "", "")])
    assert "…" in html and len(html) < 400


@pytest.mark.parametrize("ending, runs, first, so_far", [
    ("warm", [{"ending": "warm"}], "the ending was warm.", "so far: warm. Go on."),
    ("polite", [{"ending": "warm"}, {"ending": "polite"}], "the ending was polite but nothing more.",
     "so far: polite but nothing more, warm. Go on."),
])
def test_ending_message(ending, runs, first, so_far):
    html = ending_message(ending, runs, WORDS, "Go on.")
    assert first in html and so_far in html and "Note:" in html
    assert ("Good:" in html) is (ending == "warm")  # a tick only for the warm ending
