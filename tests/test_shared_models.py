"""Controls share their Layout and style models when these never change, so a lesson sends the page a few
shared models instead of one per control; a control that is shown and hidden keeps a Layout of its own."""

from __future__ import annotations

import datetime as dt

import ipywidgets as W
import pytest

from lesson_utils.rehearsal import MeetingPlan
from lesson_utils.store import Store
from lesson_utils.views.common import (
    button, css, exercise_box, html, label_style, labelled_text, labelled_textarea, shared_layout, style_for,
)
from lesson_utils.views.rehearsal import RehearsalView
from lesson_utils.views.tracker import OutreachTracker


def test_the_same_properties_give_the_same_model_and_others_another():
    assert shared_layout(width="100%") is shared_layout(width="100%")
    assert shared_layout(width="100%") is not shared_layout(width="auto")
    assert shared_layout(width="100%", max_width="9em") is shared_layout(max_width="9em", width="100%")
    assert label_style(W.Dropdown) is label_style(W.RadioButtons)  # both a DescriptionStyle
    assert label_style(W.Text) is not label_style(W.Dropdown)  # a TextStyle


@pytest.mark.parametrize("make, kind", [
    (lambda: labelled_textarea("Why?"), W.Textarea),
    (lambda: labelled_text("Who?"), W.Text),
    (lambda: button("Check"), W.Button),
    (lambda: html("<b>hi</b>"), W.HTML),
])
def test_two_controls_made_alike_share_their_layout_and_style(make, kind):
    a, b = make(), make()
    assert isinstance(a, kind) and a is not b
    assert a.layout is b.layout and a.style is b.style
    assert a.layout.model_id == b.layout.model_id  # one model in the page


def test_the_shared_properties_are_what_the_controls_asked_for():
    box = labelled_textarea("Why?")
    assert box.layout.width == "100%" and box.style.description_width == "initial"
    assert button("Go").layout.min_width == "10em"
    assert isinstance(style_for(W.HTML), type(W.HTML().style))


@pytest.mark.parametrize("change", [
    lambda: setattr(shared_layout(width="100%"), "display", "none"),
    lambda: setattr(button("Go").layout, "width", "3em"),
    lambda: setattr(label_style(W.Dropdown), "description_width", "10em"),
])
def test_a_shared_model_cannot_be_changed(change):
    with pytest.raises(AttributeError, match="shared by many controls"):
        change()
    assert shared_layout(width="100%").display is None and button("Go").layout.width == "max-content"


def test_a_hideable_button_hides_alone():
    a, b = button("Save", hideable=True), button("Save")
    a.layout.display = "none"
    assert a.layout is not b.layout and b.layout.display is None
    assert button("Save").layout.display is None


def test_a_closed_shared_model_is_made_again():
    layout = shared_layout(width="12.5em")
    layout.close()
    again = shared_layout(width="12.5em")
    assert again is not layout and again.comm is not None and again.width == "12.5em"


def test_every_exercise_shows_the_one_stylesheet():
    a, b = exercise_box("One", []), exercise_box("Two", [])
    assert a.children[0] is b.children[0] is css()
    assert "<style>" in css().value


def test_the_views_that_show_and_hide_parts_still_do(tmp_path):
    """The tracker's Save/Cancel/Undo and the rehearsal's areas have Layouts of their own."""
    t = OutreachTracker("05.5-outreach-tracker", Store(tmp_path), today=dt.date(2026, 12, 5))
    assert t.save_button.layout.display == "none" and t.add_button.layout.display is None
    assert t.save_button.layout is not t.add_button.layout
    r = RehearsalView("06.2-rehearse-my-meeting", MeetingPlan, Store(tmp_path))
    for part in (r.setup_area, r.play_area, r.restart_button, r.choice, r.own_words, r.say_button):
        part.layout.display = "none"  # raises if the Layout were shared
        part.layout.display = None


@pytest.mark.parametrize("make", [
    lambda tmp_path: OutreachTracker("05.5-outreach-tracker", Store(tmp_path), today=dt.date(2026, 12, 5)),
    lambda tmp_path: RehearsalView("06.2-rehearse-my-meeting", MeetingPlan, Store(tmp_path)),
])
def test_a_view_shows_as_its_widget_with_the_plain_line(tmp_path, make):
    """A view's display is its widget's own (the same model and protocol), with View.PLAIN as its text."""
    view = make(tmp_path)
    want = dict(view.widget._repr_mimebundle_())
    want["text/plain"] = view.PLAIN
    assert view._repr_mimebundle_() == want
