"""The facilitator kit agrees with itself: the guide's and the role cards' timings come from one data
file (lesson_utils/data/workshop.json), and the printable handout and worksheet are current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from lesson_utils import workshop
from lesson_utils.content import load_json
from lesson_utils.meeting_shape import timed_stages
from lesson_utils.question_bank import KIND_LABELS, SIX_KINDS

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "instructors" / "facilitator-guide.md").read_text(encoding="utf-8")
CARDS = (ROOT / "instructors" / "role-cards.md").read_text(encoding="utf-8")


def _builder():
    spec = importlib.util.spec_from_file_location("build_handouts", ROOT / "tools" / "build_handouts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


NINETY = _section(GUIDE, "## The 90-minute session", "## The two-hour session")
TWO_HOUR = _section(GUIDE, "## The two-hour session", "## The half-day")
HALF_DAY = _section(GUIDE, "## The half-day", "## Printed materials")


def test_generated_files_are_current():
    for path, text in _builder().outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run python tools/build_handouts.py"


@pytest.mark.parametrize("plan", workshop.PLANS)
def test_blocks_fill_the_session_exactly(plan):
    blocks = workshop.schedule(plan)
    assert blocks[0].start == 0
    assert all(a.end == b.start for a, b in zip(blocks, blocks[1:]))
    assert all(b.minutes > 0 for b in blocks)
    assert blocks[-1].end == workshop.total(plan)


@pytest.mark.parametrize("plan, section", [("ninety_minute", NINETY), ("two_hour", TWO_HOUR), ("half_day", HALF_DAY)])
def test_every_block_heading_in_the_prose_is_a_block_of_the_data(plan, section):
    bounds = {(workshop.clock(b.start, plan), workshop.clock(b.end, plan)) for b in workshop.schedule(plan)}
    headings = re.findall(r"^\*\*([\d:]+)-([\d:]+) · ", section, re.M)
    assert len(headings) >= 8
    for start, end in headings:
        assert (start, end) in bounds, f"the guide's block {start}-{end} is not in workshop.json"


@pytest.mark.parametrize("key", ["A", "B"])
def test_role_play_breakdowns_in_guide_and_cards_match_the_data(key):
    rp = workshop.role_plays()[key]
    pattern = (rf"{rp.setup} min set-up, two rounds of {rp.play} min[^,]*, {rp.debrief} min debrief")
    assert rp.rounds == 2, "both partners rehearse: two rounds"
    assert re.search(pattern, NINETY), f"the guide's prose for role-play {key} disagrees with workshop.json"
    assert re.search(rf"Role-play {key} · [^(]*\({rp.minutes} minutes: {pattern}", CARDS)
    # Every "N min set-up ..." the guide and cards give is one of the two role-plays.
    found = set(re.findall(r"(\d+) min set-up, two rounds of (\d+) min[^,]*, (\d+) min debrief", GUIDE + CARDS))
    allowed = {(str(r.setup), str(r.play), str(r.debrief)) for r in workshop.role_plays().values()}
    assert found <= allowed


@pytest.mark.parametrize("key", ["A", "B"])
def test_the_contact_time_cue_falls_inside_a_round(key):
    rp = workshop.role_plays()[key]
    assert 1 <= rp.time_cue < rp.play
    assert f"time cue at minute {rp.time_cue}" in GUIDE + CARDS or f"minute {rp.time_cue}" in CARDS
    contact_card = _section(CARDS, "## Card 1", "## Card 2")
    cues = [int(n) for n in re.findall(r"At about \*\*(\d+) minutes\*\*", contact_card)]
    cues += [int(n) for n in re.findall(r"\(\*\*(\d+) minutes\*\* in role-play B\)", contact_card)]
    assert sorted(cues) == sorted(r.time_cue for r in workshop.role_plays().values())


def test_old_contradictions_are_gone():
    for phrase in ("Swap roles only if you run ahead", "then swap if time allows", "At about 18 minutes",
                   "8 minutes of play, 7 of debrief", "cut the\nemail block"):
        assert phrase not in GUIDE + CARDS


@pytest.mark.parametrize("block_id", ["setup_slack", "six_kinds", "request_email", "role_play_a", "role_play_b"])
def test_the_ninety_minute_plan_has_the_blocks_the_review_asked_for(block_id):
    assert workshop.block("ninety_minute", block_id).minutes > 0


@pytest.mark.parametrize("block_id", ["setup", "who_to_learn_from", "role_play_a", "role_play_b", "simulator", "break", "export"])
def test_the_two_hour_plan_needs_no_homework_and_rehearses_twice(block_id):
    """The two-hour session runs set-up and lesson 01 in the room (no homework), both role-plays, the
    simulator and a break, and ends with the export, in two hours exactly."""
    assert workshop.block("two_hour", block_id).minutes > 0
    assert workshop.total("two_hour") == 120
    assert workshop.schedule("two_hour")[-2].id == "export"


def test_six_kinds_script_is_three_minutes_and_names_all_six():
    assert workshop.block("ninety_minute", "six_kinds").minutes == 3
    script = _section(GUIDE, "### The six kinds of question in three minutes", "## The two-hour session")
    for kind in SIX_KINDS:
        assert KIND_LABELS[kind].lower() in script.lower()


@pytest.mark.parametrize("heading", [
    "### The follow-up email", "### The feedback form", "### Remote, with breakout rooms",
    "### Non-native speakers", "### Role-play anxiety",
])
def test_guide_has_the_missing_sections(heading):
    assert heading in GUIDE


def test_generic_contact_card_exists():
    card = _section(CARDS, "## Card 4", "## Card 5")
    assert "any field" in card and "do not know" in card


def test_handout_is_built_from_the_course_data():
    handout = (ROOT / "instructors" / "handout.html").read_text(encoding="utf-8")
    for kind in SIX_KINDS:
        assert KIND_LABELS[kind] in handout
    for stage in timed_stages(load_json("numbers.json")["simulator_meeting_minutes"]):
        assert stage.stage.title in handout
    for faux_pas in load_json("story.json")["faux_pas"]:
        assert faux_pas["label"] in handout


def test_worksheet_is_built_from_the_course_data():
    sheet = (ROOT / "instructors" / "worksheet.html").read_text(encoding="utf-8")
    for field in load_json("intro.json")["fields"]:
        assert field["label"] in sheet
    assert load_json("request_email.json")["templates"]["subject"] in sheet


@pytest.mark.parametrize("name", ["handout.html", "worksheet.html", "facilitator-guide.md", "role-cards.md"])
def test_kit_uses_the_course_words(name):
    text = (ROOT / "instructors" / name).read_text(encoding="utf-8")
    assert not re.search(r"\bhost(s|ed|ing)?\b", text, re.I)
    assert "the asker" in text or "asker" in text


def test_the_facilitator_guide_lists_each_lesson_as_the_course_does():
    """The kit once gave lesson 05 25 minutes and four exercises while the course said 50 and seven."""
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    guide = (root / "instructors" / "facilitator-guide.md").read_text(encoding="utf-8")
    course = json.loads((root / "lesson_utils" / "data" / "course.json").read_text(encoding="utf-8"))
    for lesson in course["lessons"]:
        row = re.search(rf"^\| {lesson['number']} \| [^|]+\| (\d+) \| ([^\n]+) \|$", guide, re.M)
        assert row, lesson["number"]
        assert int(row.group(1)) == lesson["minutes"], lesson["number"]
        for ex in lesson["exercises"]:
            assert ex.endswith("-quiz") or f"`{ex}`" in row.group(2), ex
    total = sum(l["minutes"] for l in course["lessons"])
    readme = (root / "instructors" / "README.md").read_text(encoding="utf-8")
    assert f"{total} minutes" in readme
