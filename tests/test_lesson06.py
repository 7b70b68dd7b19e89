"""Lesson 6: the facade, the meeting timeline (SVG with text alternative and worded legend), fallbacks, quiz, notebook."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from lesson_utils.lessons import lesson06
from lesson_utils.meeting_shape import clamp_minutes, format_meeting_shape, legend_html, timed_stages, timeline_svg
from lesson_utils.quiz import load_quiz
from lesson_utils.store import Store
from lesson_utils.views.meeting_timeline import MeetingTimeline

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "06_running_the_conversation.ipynb"


@pytest.mark.parametrize("minutes", [15, 20, 30, 45])
def test_stages_fill_the_meeting_in_order(minutes):
    rows = timed_stages(minutes)
    assert [r.stage.id for r in rows] == ["opening", "purpose", "questions", "time", "close"]
    assert rows[0].start == 0 and rows[-1].end == minutes
    for a, b in zip(rows, rows[1:]):
        assert a.end == b.start and a.end > a.start
    assert max(rows, key=lambda r: r.minutes).stage.id == "questions"


@pytest.mark.parametrize("odd, expected", [(None, 20), ("x", 20), (-5, 10), (10_000, 60), (float("inf"), 20), ("25", 25)])
def test_odd_lengths_are_clamped(odd, expected):
    assert clamp_minutes(odd) == expected
    assert timed_stages(odd)[-1].end == expected


def test_svg_has_a_text_alternative():
    svg = timeline_svg(20)
    assert svg.startswith("<svg") and 'role="img"' in svg
    title = re.search(r'<title id="([^"]+)">([^<]+)</title>', svg)
    desc = re.search(r'<desc id="([^"]+)">([^<]+)</desc>', svg)
    assert title and desc
    assert f'aria-labelledby="{title.group(1)} {desc.group(1)}"' in svg
    for stage in ("Opening and small talk", "The close"):
        assert stage in desc.group(2)
    assert timeline_svg(20) != svg  # ids are unique per drawing


def test_legend_words_every_stage_with_minutes_and_the_mistake_it_prevents():
    legend = legend_html(20)
    assert legend.count("<li><strong>") == 5
    assert "minutes 0 to" in legend and legend.count("Prevents:") == 5


def test_text_fallback_covers_the_conduct_facts():
    text = format_meeting_shape(20)
    for words in ("10 to 15 minutes", "no more than 5", "you pay", "taking a few notes", "Who else", "keep in touch",
                  "let them choose"):
        assert words in text, words


def test_timeline_widget_redraws_with_a_labelled_menu():
    v = MeetingTimeline(20)
    assert v.length.description == "Length of the meeting you asked for"
    assert "20-minute" in v.picture.value
    v.length.value = 30
    assert "30-minute" in v.picture.value


def test_facade_names_and_fallbacks(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path))
    for name in lesson06.__all__:
        assert hasattr(lesson06, name)
    lesson06.print_meeting_shape()
    lesson06.print_my_meeting()
    lesson06.print_quiz()
    out = capsys.readouterr().out
    assert "The close" in out and "No finished meeting saved yet" in out and "1. After a brief hello" in out
    sim = lesson06.conversation_simulator(store=Store(tmp_path))
    for option_id in sim.conv.script.sample_path:
        sim.choice.value = option_id
        sim.say_button.click()
    lesson06.print_my_meeting()
    assert "A warm ending" in capsys.readouterr().out


def test_quiz_matches_its_id_and_every_answer_explains_itself(tmp_path):
    quiz = load_quiz("06")
    assert quiz.exercise_id == lesson06.QUIZ_ID
    for q in quiz.questions:
        assert sum(o.correct for o in q.options) == 1 and all(o.why for o in q.options)
    assert len({q.answer_index for q in quiz.questions}) > 1
    view = lesson06.quiz_widget(store=Store(tmp_path))
    assert len(view.radios) == len(quiz.questions)
    with pytest.raises(ValueError):
        lesson06.quiz_widget("06.8-quiz", store=Store(tmp_path))


def test_notebook_uses_the_ids_and_the_fallbacks():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert 'conversation_simulator("06.1-conversation")' in code and 'quiz_widget("06.9-quiz")' in code
    assert "print(play(" not in code and "show_visitor_meeting()" in code
    assert "guides differ" in md.lower() and "you pay" in md
    assert "How do you get customers?" in md and "Can you refer" in md


def test_the_visitor_meeting_shows_as_a_page_with_the_same_words_as_text(capsys):
    from lesson_utils.lessons.demos import show_visitor_meeting
    from lesson_utils.simulator import play_visitor

    show_visitor_meeting()  # outside a kernel: the plain text
    assert capsys.readouterr().out.strip() == play_visitor().strip()


def test_the_visitor_meeting_never_labels_his_lines_as_the_learners():
    """His lines are his: in the fold (page and text) each is marked as played as the visitor."""
    from lesson_utils.simulator import VISITOR_ASKER, load_script, play, play_visitor, replay
    from lesson_utils.views.simulator import _brief_html, transcript_html

    script = load_script()
    text = play_visitor(script)
    his = [line for line in text.splitlines() if line.startswith(VISITOR_ASKER + ":")]
    assert len(his) == len(script.visitor_path)
    assert not any(line.startswith("You:") for line in text.splitlines()[1:])
    page = transcript_html(replay(script.visitor_path, script), VISITOR_ASKER)
    assert page.count(f"<strong>{VISITOR_ASKER}:</strong>") == len(script.visitor_path)
    assert "<strong>You:</strong>" not in page
    assert "the visitor" in _brief_html(script, visitor=True) and "You are Jo" not in _brief_html(script, visitor=True)
    # the learner's own meeting keeps "You"
    mine = play(script.sample_path, script)
    assert sum(line.startswith("You:") for line in mine.splitlines()) == len(script.sample_path)
