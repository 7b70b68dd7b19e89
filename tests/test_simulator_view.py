"""The simulator widget's wiring: choose, type, restart, save, reload."""

from __future__ import annotations

import pytest

from lesson_utils.simulator import load_script
from lesson_utils.store import Store
from lesson_utils.views.simulator import SimulatorView

EID = "06.1-conversation"
SCRIPT = load_script()


def say(view, option_id):
    view.choice.value = option_id
    view.say_button.click()


def test_starts_with_the_host_and_labelled_choices(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    assert "Did you find the place all right?" in v.transcript.value
    assert v.choice.description == "What do you say?"
    assert [o for _, o in v.choice.options] == ["smalltalk_brief", "smalltalk_long", "passions_first"]
    assert "Minute 0 of the 20" in v.status.value
    assert v.own_line.description and v.say_button.description == "Say this"
    assert v.restart_button.description == "Start again"


def test_say_without_a_choice_asks_for_one(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    v.say_button.click()
    assert "Choose a line first" in v.message.value
    assert Store(tmp_path).load(EID) is None


def test_a_turn_is_shown_and_saved(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    say(v, "smalltalk_brief")
    assert "A flat white, please." in v.transcript.value
    assert "how can I help?" in v.transcript.value
    rec = Store(tmp_path).load(EID)
    assert rec.status == "in_progress"
    assert rec.value["current"] == [{"node": "arrive", "option": "smalltalk_brief"}]


def test_typed_line_selects_the_nearest_choice_and_is_kept(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    say(v, "smalltalk_brief")
    v.own_line.value = "I'm in HR and exploring career coaching; I'd love to learn how you did it"
    v.match_button.click()
    assert v.choice.value == "intro_clear"
    assert "press Say this" in v.message.value
    v.say_button.click()
    rec = Store(tmp_path).load(EID)
    assert rec.value["current"][-1]["typed"].startswith("I'm in HR")
    assert "taken as" in v.transcript.value


def test_a_line_not_caught_clears_the_earlier_match(tmp_path):
    """A walk's joke was not caught, but the earlier match stayed selected: "Say this" said the old line."""
    v = SimulatorView(EID, store=Store(tmp_path))
    v.own_line.value = "thanks for your time, coffee is on me"
    v.match_button.click()
    assert v.choice.value == "smalltalk_brief"
    v.own_line.value = "Quantum chromodynamics lattice gauge"
    v.match_button.click()
    assert v.choice.value is None and "didn&#x27;t catch that" in v.message.value
    v.say_button.click()
    assert "Choose a line first" in v.message.value and Store(tmp_path).load(EID) is None


def test_typed_line_is_dropped_if_the_learner_picks_another(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    v.own_line.value = "thanks for your time, coffee is on me"
    v.match_button.click()
    assert v.choice.value == "smalltalk_brief"
    say(v, "smalltalk_long")
    assert "typed" not in Store(tmp_path).load(EID).value["current"][-1]


@pytest.mark.parametrize("bad", ["", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "x" * 100_000])
def test_bad_typed_lines_are_escaped_or_refused(tmp_path, bad):
    v = SimulatorView(EID, store=Store(tmp_path))
    v.own_line.value = bad
    v.match_button.click()
    html = v.message.value
    assert "<script>" not in html and "<img" not in html
    assert html  # some worded message either way
    assert len(html) < 5_000


def test_the_visitor_path_ends_awkward_and_is_saved_done(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    for option_id in SCRIPT.visitor_path:
        say(v, option_id)
    assert v.conv.is_over
    assert "The visitor&#x27;s ending" in v.ending.value
    assert "Would she introduce you to others?" in v.ending.value
    assert "Turning point, hurt" in v.ending.value
    assert v.play_area.layout.display == "none"
    rec = Store(tmp_path).load(EID)
    assert rec.status == "done"
    run = rec.value["runs"][-1]
    assert run["ending"] == "awkward" and run["visitor_lines"] >= 7
    assert run["verdict"]["answers"]["introduce"].startswith("No")
    assert "uncomfortable" in run["verdict"]["words"] and run["verdict"]["remarks"]
    assert ["refer_clients_lull", "hurt"] in run["turning_points"]
    v.say_button.click()
    assert "meeting is over" in v.message.value


def test_start_again_keeps_earlier_runs(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    for option_id in SCRIPT.sample_path:
        say(v, option_id)
    assert "A warm ending" in v.ending.value
    v.restart_button.click()
    assert not v.conv.steps and v.ending.value == ""
    assert v.play_area.layout.display is None
    rec = Store(tmp_path).load(EID)
    assert rec.status == "done" and rec.value["current"] == []
    assert [r["ending"] for r in rec.value["runs"]] == ["warm"]


def test_reload_restores_the_meeting_in_progress(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    say(v, "smalltalk_brief")
    say(v, "intro_clear")
    again = SimulatorView(EID, store=Store(tmp_path))
    assert again.conv.node_id == "q1"
    assert "Your saved work was loaded" in again.saver.widget.value


def test_reload_of_a_finished_meeting_shows_the_verdict(tmp_path):
    v = SimulatorView(EID, store=Store(tmp_path))
    for option_id in SCRIPT.sample_path:
        say(v, option_id)
    again = SimulatorView(EID, store=Store(tmp_path))
    assert "A warm ending" in again.ending.value


@pytest.mark.parametrize(
    "saved",
    [
        {"current": [{"node": "nowhere", "option": "nothing"}], "runs": [{"ending": "warm"}]},
        {"current": "garbage", "runs": "garbage"},
        "just a string",
        [1, 2, 3],
    ],
)
def test_odd_saved_values_start_fresh_without_losing_runs(tmp_path, saved):
    Store(tmp_path).save(EID, saved)
    v = SimulatorView(EID, store=Store(tmp_path))
    assert v.conv.node_id == SCRIPT.start
    if isinstance(saved, dict) and isinstance(saved.get("runs"), list):
        assert v.runs == saved["runs"]


def test_runs_are_capped(tmp_path):
    Store(tmp_path).save(EID, {"current": [], "runs": [{"ending": "polite"}] * 50}, "done")
    v = SimulatorView(EID, store=Store(tmp_path))
    for option_id in SCRIPT.sample_path:
        say(v, option_id)
    runs = Store(tmp_path).load(EID).value["runs"]
    assert len(runs) == 20 and runs[-1]["ending"] == "warm"


def test_start_again_in_the_middle_asks_first(tmp_path):
    """One stray click on Start again never throws away a meeting in progress: it asks, and any other
    action cancels the question."""
    v = SimulatorView(EID, store=Store(tmp_path))
    say(v, SCRIPT.sample_path[0])
    v.restart_button.click()
    assert len(v.conv.steps) == 1 and v.restart_button.description == "Yes, start over"
    assert "not finished (1 line so far)" in v.message.value
    say(v, SCRIPT.sample_path[1])  # carrying on cancels it
    assert v.restart_button.description == "Start again" and len(v.conv.steps) == 2
    v.restart_button.click()
    v.restart_button.click()
    assert not v.conv.steps and v.restart_button.description == "Start again"
    assert "A new meeting starts" in v.message.value


@pytest.mark.parametrize("ending, mark", [("warm", "atl-good"), ("polite", "atl-info"), ("unclear", "atl-info"),
                                          ("awkward", "atl-fix")])
def test_the_ending_message_ticks_only_a_warm_ending(ending, mark):
    """"✓ Good: the ending was awkward" once greeted the visitor's ending."""
    from lesson_utils.simulator import ENDING_WORDS
    from lesson_utils.views.meeting_html import ending_message

    first = ending_message(ending, [{"ending": ending}], ENDING_WORDS, "Play again.").split("</li>")[0]
    assert mark in first and "the ending was" in first


def test_the_path_shows_what_a_typed_line_was_taken_as():
    """A tester saw their own words beside "Ending on a request for her clients" with no sign of the line they became."""
    from lesson_utils.simulator import Conversation
    from lesson_utils.views.simulator import replay_html
    conv = Conversation()
    conv.choose("smalltalk_brief", typed="Hi! Found it easily, thanks. Can I get you a coffee?")
    page = replay_html(conv)
    assert "Hi! Found it easily" in page and "taken as:" in page and "right by the station" in page


@pytest.mark.parametrize("lines, shown, never", [
    ([("Ruth", "(Ruth stirs her coffee and waits.)")], "(Ruth stirs her coffee and waits.)", "<strong>Ruth:</strong>"),
    ([("", "(Your contact answers, but keeps looking at the clock.)")], "(Your contact answers", "(("),
    ([("", "Your contact waits.")], "(Your contact waits.)", "(("),
    ([("Ruth", "Good question (and a rare one).")], "<strong>Ruth:</strong> Good question (and a rare one).", "(("),
])
def test_stage_directions_are_narration_bracketed_once(lines, shown, never):
    from lesson_utils.views.meeting_html import lines_html
    page = lines_html(lines, False)
    assert shown in page and never not in page


@pytest.mark.parametrize("minute, shown, over", [(19.6, "Minute 20 of the 20", False), (20.3, "Minute 20 of the 20", False),
                                                 (20.6, "Minute 21 of the 20", True), (12.0, "Minute 12 of the 20", False)])
def test_the_clock_never_says_over_time_beside_the_minute_asked_for(minute, shown, over):
    from lesson_utils.views.meeting_html import clock_html
    page = clock_html(minute, 20, "")
    assert shown in page and ("(over time)" in page) is over
