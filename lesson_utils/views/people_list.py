"""The widget parts a saved list of people shares: a form that adds a person or edits the chosen one,
a "Choose a person" list, and Edit, Remove (with Undo) and Cancel editing.

:class:`PeopleListView` holds these steps; a subclass (the outreach tracker, the keep-in-touch plan)
builds its own form and tables and names its logic. The list's own rules live in the logic
module the subclass uses, and the shared list steps in :mod:`lesson_utils.people_list`.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import ipywidgets as W

from ..people_list import NOBODY, choices, find, kept_choice, put_back
from ..store import Store
from .base import View
from .common import button, feedback_html, get_store, html, label_style, message_html, safe, SaveLine, shared_layout


def stacked(widget):
    """``widget`` with its label above it, as every labelled control in the course."""
    widget.add_class("atl-stack")
    return widget


def person_picker() -> W.Dropdown:
    return stacked(W.Dropdown(options=[NOBODY], value="", description="Choose a person",
                              style=label_style(), layout=shared_layout(width="auto")))


def items_named(doc: str) -> property:
    """The list under the name its own view uses (``rows``, ``contacts``), read and set."""
    return property(lambda self: self.items, lambda self, value: setattr(self, "items", value), doc=doc)


class PeopleListView(View):
    """A subclass sets the words below, builds its controls after :meth:`_start_list`, and fills in the
    hooks: the form (``_form``, ``_fill_form``, ``_clear_form``), the tables (``_render_people``) and
    the logic (``_logic``)."""

    #: The key the list is saved under, and the words of the title, the edit hint and the undo message.
    saved_key = "items"
    add_title = "<strong>Add a person</strong>"
    edit_hint = "change the boxes, then press Save changes."
    list_name = "your list"

    def _start_list(self, exercise_id: str, store: Store | None, today: dt.date | None, add_label: str):
        """The state and the shared controls; returns the wrapper that turns an error into a message."""
        self.saver = SaveLine(get_store(store), exercise_id)
        self.today = today
        self.items: list = []
        self.editing: str | None = None
        self._removed: dict | None = None
        self._removed_at = 0
        self.add_button = button(add_label, style="primary", hideable=True)
        self.save_button = button("Save changes", style="primary", hideable=True)
        self.cancel_button = button("Cancel editing", hideable=True)
        self.pick = person_picker()
        self.edit_button = button("Edit this person")
        self.remove_button = button("Remove this person")
        self.undo_button = button("Undo remove", hideable=True)
        self.message = html()  # under the form's buttons: what Add, Save, Cancel and Edit did
        self.manage_message = html()  # under Remove and Undo: what they did (each message beside its button)
        self.form_title = html()
        show = safe(self._show)
        self.add_button.on_click(show(self._add))
        self.save_button.on_click(show(self._save_edit))
        self.cancel_button.on_click(show(self._cancel))
        self.edit_button.on_click(show(self._edit))
        self.remove_button.on_click(self.beside_the_list(show(self._remove)))
        self.undo_button.on_click(self.beside_the_list(show(self._undo)))
        # only the newest message shows: a new one under the form clears the one under the list
        self.message.observe(lambda change: change["new"] and setattr(self.manage_message, "value", ""),
                             names="value")
        return show

    def beside_the_list(self, callback: Callable) -> Callable:
        """``callback``, with the message it writes moved under the list's buttons, where it was clicked."""
        def run(*args):
            callback(*args)
            if self.message.value:
                self.manage_message.value, self.message.value = self.message.value, ""
        return run

    # -- hooks a subclass fills in
    def _form(self) -> tuple:
        raise NotImplementedError

    def _logic(self) -> tuple[Callable, Callable, Callable]:
        """The logic's ``add(items, *form, today=)``, ``update(items, id, *form, today=)`` and
        ``remove(items, id)``, each giving an outcome with ``ok``, ``message`` and ``items``."""
        raise NotImplementedError

    def _fill_form(self, item: dict) -> None:
        raise NotImplementedError

    def _clear_form(self) -> None:
        raise NotImplementedError

    def _render_people(self) -> None:
        """Write the tables (and anything else drawn from the list)."""

    def _pick_label(self, item: dict) -> str:
        return item["name"]

    def _needs_people(self) -> tuple:
        """The controls that are off while the list is empty."""
        return (self.edit_button, self.remove_button, self.pick)

    def _form_ready(self) -> bool:
        """False (after saying why) when the form cannot be read yet."""
        return True

    # -- display
    def _show(self, html: str) -> None:
        self.message.value = html

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _render(self, select: str | None = None) -> None:
        editing = self.editing is not None
        self.add_button.layout.display = "none" if editing else None
        self.save_button.layout.display = None if editing else "none"
        self.cancel_button.layout.display = None if editing else "none"
        self.undo_button.layout.display = None if self._removed else "none"
        self.form_title.value = "<strong>Edit this person</strong>" if editing else self.add_title
        for control in self._needs_people():
            control.disabled = not self.items
        self._render_people()
        options = choices(self.items, self._pick_label)
        keep = select if select is not None else self.pick.value
        self.pick.options = options
        self.pick.value = kept_choice(options, keep)

    def _picked(self) -> dict | None:
        return find(self.items, self.pick.value)

    def _chosen(self) -> dict | None:
        """The chosen person, or None after asking the learner to choose one."""
        item = self._picked()
        if item is None:
            self.message.value = message_html("Choose a person first.")
        return item

    def _save(self) -> None:
        self.saver.save({self.saved_key: self.items}, "done" if self.items else "in_progress")

    def _took(self, outcome, select: str | None = None) -> None:
        """Show ``outcome``; when it worked, keep its list, empty the form, redraw and save."""
        if not outcome.ok:  # the boxes keep what was typed
            self.message.value = message_html(outcome.message, "fix")
            return
        self.items = outcome.items
        self._clear_form()
        self.message.value = message_html(outcome.message, "good")
        self._render(select=select if select is not None else self.items[-1]["id"])
        self._save()

    # -- callbacks
    def _add(self, _button=None) -> None:
        if not self._form_ready():
            return
        add, _, _ = self._logic()
        outcome = add(self.items, *self._form(), today=self._today())
        if outcome.ok:
            self._removed = None
        self._took(outcome)

    def _edit(self, _button=None) -> None:
        item = self._chosen()
        if item is None:
            return
        self.editing = item["id"]
        self._fill_form(item)
        self.message.value = message_html(f"Editing {item['name']}: {self.edit_hint}")
        self._render()

    def _save_edit(self, _button=None) -> None:
        if self.editing is None or not self._form_ready():
            return
        _, update, _ = self._logic()
        outcome = update(self.items, self.editing, *self._form(), today=self._today())
        chosen = self.editing
        if outcome.ok:
            self.editing = None
        self._took(outcome, select=chosen)

    def _cancel(self, _button=None) -> None:
        self.editing = None
        self._clear_form()
        self.message.value = message_html("Editing cancelled; nothing was changed.")
        self._render()

    def _remove(self, _button=None) -> None:
        item = self._chosen()
        if item is None:
            return
        index = self.items.index(item)
        _, _, remove = self._logic()
        outcome = remove(self.items, item["id"])
        self.items = outcome.items
        self._removed, self._removed_at = item, index
        if self.editing == item["id"]:
            self.editing = None
            self._clear_form()
        self.message.value = feedback_html([("info", outcome.message + " Press Undo remove if that was a slip.")])
        self._render()
        self._save()

    def _undo(self, _button=None) -> None:
        if not self._removed:
            return
        item, self._removed = self._removed, None
        self.items = put_back(self.items, item, self._removed_at)
        self.message.value = message_html(f"{item['name']} is back in {self.list_name}.", "good")
        self._render(select=item["id"])
        self._save()
