"""The steps the tracker and the keep-in-touch plan share: numbering, finding, removing and putting
back a person, the "Choose a person" list, and the view that holds the form, Edit, Remove and Undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from lesson_utils.people_list import NOBODY, choices, find, kept_choice, next_id, put_back, without
from lesson_utils.store import Store
from lesson_utils.views.common import labelled_text
from lesson_utils.views.people_list import PeopleListView, person_picker, stacked

A, B, C = ({"id": "p1", "name": "Ana"}, {"id": "p2", "name": "Ben"}, {"id": "p7", "name": "Cy"})


@pytest.mark.parametrize("items, prefix, want", [
    ([], "r", "r1"),
    ([{"id": "r1"}, {"id": "r2"}], "r", "r3"),
    ([{"id": "r9"}, {"id": "r2"}], "r", "r10"),  # after the highest, not the count
    ([{"id": "c4"}, {"id": "r2"}], "c", "c5"),  # another prefix is not counted
    ([{"id": "r"}, {"id": "rx1"}, {"id": "r1a"}, {"id": 3}, {}, "r5"], "r", "r1"),  # odd ids and items skipped
    ([{"id": "ab12"}], "ab", "ab13"),
])
def test_next_id(items, prefix, want):
    assert next_id(items, prefix) == want


@pytest.mark.parametrize("items, item_id, want", [
    ([A, B], "p2", B),
    ([A, B], "p3", None),
    ([], "p1", None),
    ([A, "p1", None], "p1", A),
    ([A], None, None),
])
def test_find(items, item_id, want):
    assert find(items, item_id) == want


@pytest.mark.parametrize("items, item_id, want", [
    ([A, B, C], "p2", [A, C]),
    ([A, B], "p9", [A, B]),
    ([], "p1", []),
])
def test_without_leaves_the_original_alone(items, item_id, want):
    before = list(items)
    assert without(items, item_id) == want
    assert items == before


@pytest.mark.parametrize("items, index, want", [
    ([A, C], 1, [A, B, C]),
    ([A, C], 0, [B, A, C]),
    ([A, C], 2, [A, C, B]),
    ([A], 5, [A, B]),  # the list grew shorter since: back at the end
    ([], 3, [B]),
    ([A, C], -2, [B, A, C]),
])
def test_put_back(items, index, want):
    before = list(items)
    assert put_back(items, B, index) == want
    assert items == before


@pytest.mark.parametrize("items, want", [
    ([], [NOBODY]),
    ([A], [("Ana!", "p1")]),
    ([B, A], [("Ben!", "p2"), ("Ana!", "p1")]),
])
def test_choices(items, want):
    assert choices(items, lambda i: i["name"] + "!") == want


@pytest.mark.parametrize("wanted, want", [
    ("p2", "p2"),
    ("p9", "p1"),
    ("", "p1"),
    (None, "p1"),
])
def test_kept_choice(wanted, want):
    assert kept_choice([("Ana", "p1"), ("Ben", "p2")], wanted) == want


def test_kept_choice_on_the_empty_list_is_nobody():
    assert kept_choice([NOBODY], "p1") == ""


# ------------------------------------------------------------------ the view
@dataclass(frozen=True)
class Outcome:
    items: list
    ok: bool
    message: str


def add_name(items, typed, today):
    name = typed.strip()
    if not name:
        return Outcome(items, False, "Write a name.")
    return Outcome(items + [{"id": next_id(items, "n"), "name": name}], True, f"Added {name} on {today}.")


def update_name(items, item_id, typed, today):
    name = typed.strip()
    if not name:
        return Outcome(items, False, "Write a name.")
    return Outcome([dict(i, name=name) if i["id"] == item_id else i for i in items], True, "Saved.")


def remove_name(items, item_id):
    return Outcome(without(items, item_id), True, f"Removed {find(items, item_id)['name']}.")


class Names(PeopleListView):
    """The smallest list: one name per person, names must not be empty."""

    saved_key = "names"
    add_title = "<strong>Add a name</strong>"
    list_name = "your names"

    def __init__(self, store, today=None):
        self._start_list("99.1-names", store, today, "Add the name")
        self.name = labelled_text("Name")
        self.widget = stacked(labelled_text("unused"))
        self.items = list((self.saver.load(default=None) or {}).get("names", []))
        self._render()

    def _logic(self):
        return add_name, update_name, remove_name

    def _form(self):
        return (self.name.value,)

    def _fill_form(self, item):
        self.name.value = item["name"]

    def _clear_form(self):
        self.name.value = ""


def names(tmp_path, *typed):
    v = Names(Store(tmp_path), dt.date(2026, 12, 5))
    for name in typed:
        v.name.value = name
        v.add_button.click()
    return v


def shown(button) -> bool:
    return button.layout.display != "none"


def test_the_picker_is_labelled_and_starts_with_nobody():
    p = person_picker()
    assert p.description == "Choose a person" and "atl-stack" in p._dom_classes and p.value == ""


def test_an_empty_list_turns_off_what_needs_a_person(tmp_path):
    v = names(tmp_path)
    assert v.pick.options == (NOBODY,) and v.pick.disabled and v.edit_button.disabled and v.remove_button.disabled
    assert v.form_title.value == "<strong>Add a name</strong>"
    assert shown(v.add_button) and not shown(v.save_button) and not shown(v.undo_button)
    v.edit_button.click()
    assert "Choose a person first" in v.message.value


@pytest.mark.parametrize("typed, count, kind, name_left", [
    (["Ana"], 1, "Good", ""),
    (["Ana", "Ben"], 2, "Good", ""),
    (["  "], 0, "To improve", "  "),  # a refused entry keeps what was typed
    (["Ana", ""], 1, "To improve", ""),
])
def test_add(tmp_path, typed, count, kind, name_left):
    v = names(tmp_path, *typed)
    assert len(v.items) == count and kind in v.message.value and v.name.value == name_left
    saved = Store(tmp_path).load("99.1-names")
    assert (saved.value["names"] if saved else []) == v.items
    if count:
        assert v.pick.value == v.items[-1]["id"] and not v.pick.disabled


def test_edit_then_save_or_cancel(tmp_path):
    v = names(tmp_path, "Ana", "Ben")
    v.pick.value = "n1"
    v.edit_button.click()
    assert v.editing == "n1" and v.name.value == "Ana" and "Editing Ana" in v.message.value
    assert v.form_title.value == "<strong>Edit this person</strong>"
    assert shown(v.save_button) and shown(v.cancel_button) and not shown(v.add_button)
    v.name.value = ""
    v.save_button.click()  # refused: still editing, nothing lost
    assert v.editing == "n1" and "Write a name" in v.message.value
    v.name.value = "Ana Ruiz"
    v.save_button.click()
    assert v.editing is None and [i["name"] for i in v.items] == ["Ana Ruiz", "Ben"] and v.pick.value == "n1"
    v.edit_button.click()
    v.name.value = "changed my mind"
    v.cancel_button.click()
    assert v.editing is None and v.name.value == "" and "nothing was changed" in v.message.value
    assert [i["name"] for i in v.items] == ["Ana Ruiz", "Ben"]


@pytest.mark.parametrize("remove, then_add, back", [
    ("n1", None, ["Ana", "Ben", "Cy"]),  # back in its place
    ("n3", None, ["Ana", "Ben", "Cy"]),
    ("n2", "Di", None),  # a new person ends the chance to undo
])
def test_remove_and_undo(tmp_path, remove, then_add, back):
    v = names(tmp_path, "Ana", "Ben", "Cy")
    v.pick.value = remove
    v.remove_button.click()
    assert remove not in [i["id"] for i in v.items] and shown(v.undo_button)
    assert "Undo remove" in v.manage_message.value and v.message.value == ""
    if then_add:
        v.name.value = then_add
        v.add_button.click()
        assert not shown(v.undo_button)
        v.undo_button.click()
        assert remove not in [i["id"] for i in v.items]
        return
    v.undo_button.click()
    assert [i["name"] for i in v.items] == back and v.pick.value == remove
    assert "is back in your names" in v.manage_message.value and not shown(v.undo_button)
    assert Store(tmp_path).load("99.1-names").value["names"] == v.items


def test_removing_the_person_being_edited_ends_the_edit(tmp_path):
    v = names(tmp_path, "Ana")
    v.edit_button.click()
    v.remove_button.click()
    assert v.editing is None and v.name.value == "" and v.items == []
    assert Store(tmp_path).status("99.1-names") == "in_progress"


def test_a_failing_step_shows_words_not_a_traceback(tmp_path, monkeypatch):
    v = names(tmp_path)

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(v, "_logic", lambda: (boom, boom, boom))
    v.name.value = "Ana"
    v.add_button.click()
    assert "Traceback" not in v.message.value and "disk on fire" not in v.message.value
    assert v.message.value and v.name.value == "Ana"


def test_each_view_names_its_list_as_it_is_saved(tmp_path):
    from lesson_utils.views.keep_in_touch import KeepInTouchPlanner
    from lesson_utils.views.tracker import OutreachTracker

    for view, name in ((OutreachTracker("05.5-outreach-tracker", store=Store(tmp_path)), "rows"),
                       (KeepInTouchPlanner("07.3-keep-in-touch", store=Store(tmp_path)), "contacts")):
        setattr(view, name, [A])
        assert view.items == [A] and getattr(view, name) is view.items


def test_only_the_newest_message_shows_each_beside_its_button(tmp_path):
    v = names(tmp_path, "Ana", "Ben")
    v.pick.value = "n1"
    v.remove_button.click()
    assert "Undo remove" in v.manage_message.value and v.message.value == ""
    v.name.value = "Cy"
    v.add_button.click()  # a message under the form clears the one under the list
    assert v.message.value and v.manage_message.value == ""
