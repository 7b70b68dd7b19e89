"""Spot the faux pas: grading each scene, the score, the summary, the text fallback."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lesson_utils.faux_pas import (
    NOTHING,
    choice_options,
    clean_choices,
    faux_pas_summary,
    format_glossary,
    format_spot,
    grade_spot,
    judge_scene,
    saved_value,
)
from lesson_utils.story import load_story

STORY = load_story()
IDS = [s.id for s in STORY.scenes]
PERFECT = {
    "request": NOTHING, "arrival": "unprepared", "passions": "monologue", "silences": "silences",
    "his-questions": "asked_for_business", "what-do-you-want": "no_clear_purpose",
    "parting": "no_clear_purpose", "verdict": "asked_for_business",
}


@pytest.mark.parametrize("scene_id, chosen, correct, kind, says", [
    ("request", NOTHING, True, "good", "Nothing went wrong here. Asking was the right move"),
    ("request", "monologue", False, "fix", "nothing went wrong in this scene itself"),
    ("request", "unprepared", False, "fix", "shows in scenes 2, 5, 7"),  # he plans nothing here; it costs him later
    # her own words: the ending was "not only because he wasn't prepared", so preparation is one cause of it
    ("parting", "unprepared", True, "good", "not only that he came unprepared"),
    ("request", None, False, "info", "No choice yet"),
    ("arrival", "unprepared", True, "good", "“Came unprepared: no questions, no plan”. He asked"),
    ("arrival", NOTHING, False, "fix", "Look again"),
    ("arrival", "late", False, "fix", "her account does not name it (our retelling has him on time, too)"),
    ("parting", "overran", False, "fix", "her account does not name it"),
    ("passions", "asked_for_business", False, "fix", "did happen in this story (scenes 5, 7, 8)"),
    ("passions", "silences", False, "fix", "(scene 4)"),
    ("his-questions", "unprepared", True, "good", "It also shows “Asked for business"),
    ("his-questions", "asked_for_business", True, "good", "It also shows “Came unprepared"),
    ("silences", "silences", True, "good", "The roles have flipped"),
    ("verdict", "no_clear_purpose", True, "good", "Cart before the horse"),
])
def test_judge_scene(scene_id, chosen, correct, kind, says):
    j = judge_scene(STORY, IDS.index(scene_id), chosen)
    assert (j.correct, j.kind) == (correct, kind)
    assert says in j.feedback


def test_perfect_choices_score_full_marks():
    result = grade_spot(PERFECT)
    assert (result.score, result.total, result.complete) == (8, 8, True)
    assert result.marked == IDS[1:]
    assert not result.missed
    assert "Well done" in result.summary


@pytest.mark.parametrize("choices, score, answered, summary", [
    ({}, 0, 0, "Choose, for each scene"),
    ({"request": NOTHING}, 1, 1, "7 scenes still have no choice"),
    ({**PERFECT, "verdict": None}, 7, 7, "1 scene still has no choice"),
    ({k: NOTHING for k in IDS}, 1, 8, "You judged 1 of 8"),
    ({k: "late" for k in IDS}, 0, 8, "You judged 0 of 8"),
])
def test_score_and_summary(choices, score, answered, summary):
    result = grade_spot(choices)
    assert (result.score, result.answered) == (score, answered)
    assert summary in result.summary


@pytest.mark.parametrize("junk", [None, [], "arrival", 42, {"arrival": 3}, {"arrival": "<script>"},
                                  {"no-such-scene": "late"}, {"arrival": ["late"]}])
def test_junk_counts_as_not_answered(junk):
    assert grade_spot(junk).answered == 0


def test_summary_of_the_faux_pas_found_and_missed():
    done = dict(PERFECT, passions=NOTHING)  # every scene answered, the monologue never placed
    items = dict(faux_pas_summary(grade_spot(done)))
    assert "Came unprepared" in items["good"]
    assert "Talked about himself" in items["fix"]
    assert "Arrived late" not in items["fix"]  # a distractor is never "missed"
    assert faux_pas_summary(grade_spot({})) == []


def test_the_summary_names_no_unfound_faux_pas_before_every_scene_is_answered():
    result = grade_spot({"passions": "monologue", "arrival": "late"})
    items = faux_pas_summary(result)
    text = " ".join(t for _, t in items)
    assert "Talked about himself" in text
    for f in STORY.faux_pas:
        if f.id != "monologue":
            assert f.label not in text, f.label
    assert "Once every scene has a choice" in text


def test_saved_value_shape():
    result = grade_spot(PERFECT)
    value = saved_value(result, clean_choices(PERFECT))
    assert value == {"choices": PERFECT, "marked": IDS[1:], "score": 8, "total": 8}


def test_choice_options_hold_nothing_and_every_faux_pas():
    values = [v for _, v in choice_options()]
    assert values[0] == NOTHING
    assert set(values[1:]) == {f.id for f in STORY.faux_pas}
    assert {"late", "overran"} <= set(values)  # two that did not happen


def test_format_spot_prints_each_choice_and_the_score():
    text = format_spot({"request": NOTHING, "arrival": "late"})
    assert "Scene 1 · The request · your choice: Nothing went wrong here" in text
    assert "your choice: Arrived late\n  Not quite: Lateness is a real faux pas" in text
    assert "  Right: Nothing went wrong here." in text
    assert "Scene 8 · Looking back · your choice: (no choice)" in text
    assert "You judged 1 of 8 scenes right. 6 scenes still have no choice." in text


def test_glossary_explains_every_faux_pas():
    text = format_glossary()
    for f in STORY.faux_pas:
        assert f.label in text
    assert "(not in this story)" in text and "(scene 3)" in text and "(scenes 2, 5, 7)" in text


@given(st.dictionaries(st.text(max_size=30), st.one_of(st.none(), st.text(max_size=40), st.integers()), max_size=12))
def test_grading_never_raises(choices):
    result = grade_spot(choices)
    assert 0 <= result.score <= result.total == len(STORY)
    assert isinstance(format_spot(choices), str)


@given(st.lists(st.sampled_from([NOTHING, None] + [f.id for f in STORY.faux_pas]), min_size=8, max_size=8))
def test_score_counts_exactly_the_right_scenes(picks):
    choices = dict(zip(IDS, picks))
    result = grade_spot(choices)
    expected = 0
    for scene, pick in zip(STORY.scenes, picks):
        if pick is None:
            continue
        expected += (pick == NOTHING) if not scene.faux_pas else (pick in scene.faux_pas)
    assert result.score == expected
    assert result.marked == [s for s, p in zip(IDS, picks) if p not in (None, NOTHING)]


def _pairs(text: str) -> set[tuple[str, str]]:
    import re
    words = re.findall(r"[a-z']+", text.lower())
    return set(zip(words, words[1:]))


@pytest.mark.parametrize("scene", load_story().scenes, ids=lambda s: s.id)
def test_the_exercise_shows_each_scene_without_the_words_of_its_answer(scene):
    """Spot the faux pas shows what happened, never the label the learner is to pick: no two words
    in a row of a right answer's label appear in the scene's heading or text there."""
    story = load_story()
    labels = {f.id: f.label for f in story.faux_pas}
    shown = _pairs(scene.spot_title + " " + scene.spot)
    assert scene.spot_title and scene.spot
    for fid in scene.faux_pas:
        assert not (_pairs(labels[fid]) & shown), (fid, _pairs(labels[fid]) & shown)
