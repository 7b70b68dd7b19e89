"""The story of lesson 2 as data, its plain-text telling, and the picture of the meeting."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

import pytest

from lesson_utils.content import load_json
from lesson_utils.story import (
    SPEAKERS,
    Segment,
    fmt_minutes,
    format_replay,
    format_scene,
    format_story,
    load_story,
    minutes_by_speaker,
    parse_story,
    scene_time_sentence,
    text_timeline,
    total_minutes,
)
from lesson_utils.story_picture import legend_html, meeting_svg, picture_description

STORY = load_story()
RAW = load_json("story.json")

EXPECTED_ORDER = ["request", "arrival", "passions", "silences", "his-questions", "what-do-you-want", "parting", "verdict"]


def test_scenes_are_in_the_order_of_the_anecdote():
    assert [s.id for s in STORY.scenes] == EXPECTED_ORDER
    assert len(STORY) == 8


@pytest.mark.parametrize("scene", STORY.scenes, ids=lambda s: s.id)
def test_every_scene_has_the_four_parts_and_a_replay(scene):
    for part in (scene.happened, scene.coach_thinking, scene.prepared, scene.lesson, scene.title, scene.summary,
                 scene.visitor_side, scene.replay.happened, scene.replay.coach_thinking):
        assert part.strip()
    assert isinstance(scene.faux_pas, tuple)
    for f in scene.faux_pas:
        assert STORY.faux(f).in_story


@pytest.mark.parametrize("scene_id, went_wrong", [
    ("request", False), ("arrival", True), ("passions", True), ("silences", True),
    ("his-questions", True), ("what-do-you-want", True), ("parting", True), ("verdict", True),
])
def test_which_scenes_went_wrong(scene_id, went_wrong):
    assert STORY.scene(scene_id).went_wrong is went_wrong


@pytest.mark.parametrize("scene_id, must_show", [
    ("arrival", "unprepared"), ("passions", "monologue"), ("silences", "silences"),
    ("his-questions", "asked_for_business"), ("what-do-you-want", "no_clear_purpose"),
])
def test_each_faux_pas_is_shown_where_it_happened(scene_id, must_show):
    assert must_show in STORY.scene(scene_id).faux_pas


@pytest.mark.parametrize("faux", STORY.faux_pas, ids=lambda f: f.id)
def test_every_faux_pas_in_the_exercise_is_explained(faux):
    assert len(faux.explanation.split()) >= 8
    assert faux.label.strip()
    if faux.in_story:
        assert STORY.scenes_showing(faux.id), f"{faux.id} is in the story but no scene shows it"
    else:
        assert not STORY.scenes_showing(faux.id)


def test_the_quoted_questions_and_the_verdict_appear():
    text = format_story()
    assert "“How do you get customers?”" in text
    assert "“Can you refer clients to me?”" in text
    assert "cart before the horse" in text.lower()
    assert "cart before the horse" in STORY.scene("verdict").happened.lower()


@pytest.mark.parametrize("phrase", [
    "lengthy lulls", "hard pressed", "i asked the question repeatedly", "talk about cart before",
    "used the time to share his passions only", "came without questions", "incredibly awkward",
])
def test_the_retelling_is_in_our_own_words(phrase):
    assert phrase not in format_story().lower()
    assert phrase not in format_replay(thoughts=True).lower()


def test_the_meeting_lasts_the_agreed_half_hour_in_both_versions():
    assert total_minutes(STORY.timeline("original")) == STORY.meeting_minutes == 30
    assert total_minutes(STORY.timeline("replay")) <= STORY.meeting_minutes


def test_the_replay_turns_the_talk_around():
    before = minutes_by_speaker(STORY.timeline("original"))
    after = minutes_by_speaker(STORY.timeline("replay"))
    assert before["visitor"] > before["coach"] and before["silence"] > 5
    assert after["coach"] > 2 * after["visitor"] and after["silence"] < before["silence"]


def test_scenes_outside_the_meeting_have_no_time():
    spans = STORY.spans()
    assert spans[0] == (0.0, 0.0)
    assert spans[-1][0] == spans[-1][1] == 30
    assert "before the meeting" in scene_time_sentence(STORY, 0)
    assert "after the meeting" in scene_time_sentence(STORY, 7)
    assert "minutes 3 to 10" in scene_time_sentence(STORY, 2)


@pytest.mark.parametrize("minutes, words", [(12.5, "12½"), (1.0, "1"), (0.5, "½"), (30, "30"), (0, "0")])
def test_fmt_minutes(minutes, words):
    assert fmt_minutes(minutes) == words


@pytest.mark.parametrize("segments, letters", [
    ([Segment("visitor", 1), Segment("silence", 0.5)], "VV."),
    ([Segment("coach", 2)], "CCCC"),
    ([], ""),
])
def test_text_timeline(segments, letters):
    assert text_timeline(segments) == letters


def _broken(mutate):
    data = copy.deepcopy(RAW)
    mutate(data)
    return data


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["scenes"][1].update(happened=""), "happened"),
    (lambda d: d["scenes"][1].pop("prepared"), "prepared"),
    (lambda d: d["scenes"][1].update(faux_pas=["no-such"]), "unknown faux pas"),
    (lambda d: d["scenes"][1].update(timeline=[["narrator", 1]]), "unknown speaker"),
    (lambda d: d["scenes"][1].update(timeline=[["coach", 0]]), "positive"),
    (lambda d: d["scenes"][1].update(timeline=[["coach", True]]), "positive"),
    (lambda d: d["scenes"][1].pop("replay"), "replay"),
    (lambda d: d["scenes"][2].update(id="arrival"), "unique"),
    (lambda d: d["faux_pas"].append(dict(d["faux_pas"][0])), "unique"),
])
def test_parse_story_names_problems_in_the_data(mutate, message):
    with pytest.raises(ValueError, match=message):
        parse_story(_broken(mutate))


def test_format_scene_with_and_without_thoughts():
    with_thoughts = format_scene(STORY, 3, thoughts=True)
    assert with_thoughts.startswith("Scene 4 of 8")
    assert "What the coach was thinking" in with_thoughts
    assert "What the coach was thinking" not in format_scene(STORY, 3, thoughts=False)
    assert "Timeline:" in with_thoughts


def test_plain_text_lines_are_wrapped():
    for text in (format_story(), format_replay(thoughts=True)):
        assert max(len(line) for line in text.splitlines()) <= 100


# ------------------------------------------------------------------ the picture

def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


NS = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("which, current", [("original", None), ("original", 3), ("replay", None), ("original", 0)])
def test_svg_is_well_formed_with_a_text_alternative(which, current):
    root = _parse(meeting_svg(STORY, which, current=current, uid="t1"))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t1-title t1-desc"
    title = root.find(f"{NS}title")
    desc = root.find(f"{NS}desc")
    assert title is not None and title.get("id") == "t1-title" and title.text
    assert desc is not None and desc.get("id") == "t1-desc"
    assert "minutes" in desc.text and "visitor talked" in desc.text
    labels = {t.text for t in root.iter(f"{NS}text")}
    assert {"Visitor talking", "Coach talking", "Silence", "30 min"} <= labels


def test_svg_draws_one_block_per_segment_and_outlines_the_current_scene():
    root = _parse(meeting_svg(STORY, "original", current=3, uid="t2"))
    blocks = [r for r in root.iter(f"{NS}rect") if r.get("fill-opacity") is not None]
    assert len(blocks) == len(STORY.timeline("original"))
    outlined = [r for r in blocks if r.get("stroke") == "#000"]
    assert len(outlined) == len(STORY.scenes[3].timeline)
    assert "Scene 4" in {t.text for t in root.iter(f"{NS}text")}
    assert "Scene 4 is highlighted" in root.find(f"{NS}desc").text


def test_each_picture_gets_its_own_ids():
    a, b = meeting_svg(STORY), meeting_svg(STORY)
    ida = re.search(r'id="([^"]+)-title"', a).group(1)
    idb = re.search(r'id="([^"]+)-title"', b).group(1)
    assert ida != idb


def test_the_legend_is_in_words():
    legend = legend_html()
    for words in ("top row is the visitor talking", "middle row the coach talking", "bottom row silence",
                  "black outline"):
        assert words in legend
    assert "black outline" not in legend_html(with_focus=False)


def test_description_matches_the_minutes():
    text = picture_description(STORY, "replay")
    assert "the coach 22½ min" in text and "no silence" in text


def test_speakers_are_the_three_rows():
    assert [s.id for s in STORY.speakers] == list(SPEAKERS)
