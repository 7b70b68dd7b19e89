"""Carried clicks: a button that acts on typed text gets the text the page showed at the click, even when
the box's newest value would reach the kernel after the click (a busy kernel)."""

from __future__ import annotations

import datetime as dt
import json

import ipywidgets as W
import pytest

from lesson_utils.store import Store
from lesson_utils.views.ordered_adds import ack_html, carried_clicks, read_carried


@pytest.mark.parametrize(
    "raw, last, expected",
    [
        ('{"seq": 1, "button": 0, "fields": {"name": "Ana"}}', 0, (1, 0, {"name": "Ana"})),
        ('{"seq": 3, "button": 1, "fields": {"name": "Ana", "x": 5, "7": "ok"}}', 2, (3, 1, {"name": "Ana", "7": "ok"})),
        ('{"seq": 2, "button": 0, "fields": "nope"}', 0, (2, 0, {})),
        ('{"seq": 2, "button": 0}', 2, None),                      # handled already: a repeat
        ('{"seq": 1, "button": -1, "fields": {}}', 0, None),
        ('{"seq": true, "button": 0, "fields": {}}', 0, None),
        ('{"seq": 1, "button": "0", "fields": {}}', 0, None),
        ('[1, 2]', 0, None),
        ('{not json', 0, None),
        ("Ana Ruiz", 0, None),                                     # plain text is not a carried click
        (None, 0, None),
    ],
)
def test_read_carried(raw, last, expected):
    assert read_carried(raw, last) == expected


def test_the_click_runs_with_the_carried_text_once_each_in_order():
    box, other = W.Text(), W.Textarea()
    first, second = W.Button(), W.Button()
    seen = []
    first.on_click(lambda _b: seen.append(("first", box.value, other.value)))
    second.on_click(lambda _b: seen.append(("second", box.value, other.value)))
    field, ack = carried_clicks({"a": box, "b": other}, [first, second])
    assert "atl-carry-box" in box._dom_classes and "atl-carry-key-b" in other._dom_classes
    assert "atl-carry-n-1" in second._dom_classes and "atl-carry-submit" in field._dom_classes
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"a": "typed", "b": "more"}})
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"a": "again"}})  # a repeat: ignored
    field.value = json.dumps({"seq": 2, "button": 1, "fields": {"a": "newer"}})
    assert seen == [("first", "typed", "more"), ("second", "newer", "more")]
    assert ack.value == ack_html(2, True)
    second.disabled = True  # off by the time the click arrives: not run, but confirmed
    field.value = json.dumps({"seq": 3, "button": 1, "fields": {}})
    assert len(seen) == 2 and ack.value == ack_html(3, True)


def test_a_failing_handler_is_still_confirmed():
    box, b = W.Text(), W.Button()
    b.on_click(lambda _b: 1 / 0)
    field, ack = carried_clicks({"a": box}, [b])
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"a": "x"}})
    assert ack.value == ack_html(1, True)


def _carry_parts(view):
    found = {}

    def walk(w):
        for c in getattr(w, "children", ()):
            walk(c)
        for cls in getattr(w, "_dom_classes", ()):
            found.setdefault(cls, []).append(w)

    walk(view.widget)
    return found


def test_the_tracker_adds_the_name_the_page_sent_not_the_kernels_stale_copy(tmp_path):
    from lesson_utils.views.tracker import OutreachTracker

    v = OutreachTracker("05.5-outreach-tracker", store=Store(tmp_path), today=dt.date(2026, 12, 5))
    parts = _carry_parts(v)
    field = parts["atl-carry-submit"][0]
    v.name.value = "Ana"  # the kernel's copy lags behind the page
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"name": "Ana Ruiz", "role": "HR partner, Acme"}})
    assert [(r["name"], r["role"]) for r in v.items] == [("Ana Ruiz", "HR partner, Acme")]


def _views(tmp_path):
    from lesson_utils.views.drafter import QuestionDrafter
    from lesson_utils.views.keep_in_touch import KeepInTouchPlanner
    from lesson_utils.views.plan import PlanExporter
    from lesson_utils.views.rehearsal import RehearsalView
    from lesson_utils.views.simulator import SimulatorView
    from lesson_utils.views.tracker import OutreachTracker
    from lesson_utils.rehearsal import plan_from_saved

    store = Store(tmp_path)
    return {
        "drafter": (QuestionDrafter(store=store), 1),
        "tracker": (OutreachTracker("05.5-outreach-tracker", store=store), 2),
        "keep in touch": (KeepInTouchPlanner("07.3-keep-in-touch", store=store), 2),
        "simulator": (SimulatorView("06.1-conversation", store), 1),
        "rehearsal": (RehearsalView("06.2-rehearsal", lambda: plan_from_saved(None, None), store), 3),
        "plan export": (PlanExporter("08.2-export", store=store), 2),
    }


def test_every_exercise_that_acts_on_typed_text_carries_it(tmp_path):
    for name, (view, boxes) in _views(tmp_path).items():
        parts = _carry_parts(view)
        assert view.page_script, name
        assert len(parts.get("atl-carry-submit", [])) == 1 and len(parts.get("atl-carry-ack", [])) == 1, name
        assert len(parts.get("atl-carry-box", [])) == boxes, name
        assert parts.get("atl-carry-click"), name


def _record_sends(box):
    sent = []
    original = box.send_state

    def record(key=None):
        sent.append((key, box.value))
        return original(key=key)

    box.send_state = record
    return sent


def test_a_carried_text_is_not_sent_back_to_the_page():
    """The page shows the text already (or newer text typed since the click): an echo would overwrite it."""
    box, b = W.Text(value="Ana"), W.Button()
    b.on_click(lambda _b: None)
    field, _ack = carried_clicks({"name": box}, [b])
    sent = _record_sends(box)
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"name": "Ana Ruiz"}})
    assert box.value == "Ana Ruiz" and sent == []


@pytest.mark.parametrize("added", [True, False])
def test_an_add_that_empties_its_form_is_confirmed_ok_and_sends_no_emptying(added):
    name, role, add_button = W.Text(), W.Textarea(), W.Button()

    def add(_b):
        if added and name.value:
            name.value = role.value = ""

    add_button.on_click(add)
    field, ack = carried_clicks({"name": name, "role": role}, [add_button], clears=(add_button,))
    assert "atl-carry-clears" in add_button._dom_classes
    sends = _record_sends(name) + _record_sends(role)
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"name": "Ana Ruiz", "role": "HR"}})
    # the page emptied the form at the click: the kernel's emptying is not sent (it would wipe new typing)
    assert sends == []
    if added:
        assert (name.value, role.value) == ("", "") and ack.value == ack_html(1, True)
    else:  # kept: the page puts the text back
        assert (name.value, role.value) == ("Ana Ruiz", "HR") and ack.value == ack_html(1, False)


def test_a_failed_tracker_add_is_confirmed_as_not_added(tmp_path):
    from lesson_utils.views.tracker import OutreachTracker

    v = OutreachTracker("05.5-outreach-tracker", store=Store(tmp_path), today=dt.date(2026, 12, 5))
    parts = _carry_parts(v)
    field, ack = parts["atl-carry-submit"][0], parts["atl-carry-ack"][0]
    field.value = json.dumps({"seq": 1, "button": 0, "fields": {"name": "", "role": "HR partner"}})
    assert v.items == [] and 'data-ok="0"' in ack.value and v.role.value == "HR partner"
    field.value = json.dumps({"seq": 2, "button": 0, "fields": {"name": "Ana Ruiz", "role": "HR partner"}})
    assert [r["name"] for r in v.items] == ["Ana Ruiz"] and 'data-ok="1"' in ack.value
    assert (v.name.value, v.role.value) == ("", "")
