"""The keep-in-touch planner: add the people you met, see when to write to each, edit or remove them.

Saved value (exercise id such as ``"07.3-keep-in-touch"``)::

    {"contacts": [{"id": "c1", "name": str, "met_on": "YYYY-MM-DD", "promised": str, "every": 3 | 4 | 6}, ...]}

The date met is picked on a calendar (``DatePicker``), never typed.

Status is ``"done"`` when the plan holds at least one person.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as W

from ..keep_in_touch import (
    DEFAULT_EVERY,
    EVERY,
    MAX_CONTACTS,
    add_contact,
    contact_schedule,
    remove_contact,
    update_contact,
    upcoming,
    valid_contacts,
)
from ..store import Store
from ..text import escape
from .base import View
from .common import (
    SaveLine,
    button,
    exercise_box,
    feedback_html,
    get_store,
    labelled_text,
    labelled_textarea,
    message_html,
    safe,
)


#: Local layout fixes: a stacked Dropdown needs room for its label, and HTML reads better with normal line spacing.
LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown { height: auto !important; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-stack.widget-datepicker { height: auto !important; flex-direction: column; align-items: flex-start; }"
    ".atl-stack.widget-datepicker > input { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); width: 12em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }</style>"
)


class KeepInTouchPlanner(View):
    def __init__(self, exercise_id: str, store: Store | None = None, today: dt.date | None = None,
                 title: str = "Plan when to write again"):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.today = today
        self.contacts: list = []
        self.editing: str | None = None
        self._removed: dict | None = None
        self._removed_at = 0

        self.name = labelled_text("Name of the person you met", placeholder="e.g. the name of the person you met")
        self.met_on = W.DatePicker(description="Date you met", value=today or dt.date.today(),
                                   style={"description_width": "initial"}, layout=W.Layout(width="auto"))
        self.met_on.add_class("atl-stack")
        self.every = W.Dropdown(options=[(words, months) for months, words in EVERY.items()], value=DEFAULT_EVERY,
                                description="How often to write after that", style={"description_width": "initial"},
                                layout=W.Layout(width="auto"))
        self.every.add_class("atl-stack")
        self.promised = labelled_textarea("What you promised to do (optional)",
                                          placeholder="e.g. Read the book she suggested; tell her how my next talk went",
                                          rows=2)
        self.add_button = button("Add to my plan", style="primary")
        self.save_button = button("Save changes", style="primary")
        self.cancel_button = button("Cancel editing")
        self.pick = W.Dropdown(options=[("(nobody yet)", "")], value="", description="Choose a person",
                               style={"description_width": "initial"}, layout=W.Layout(width="auto"))
        self.pick.add_class("atl-stack")
        self.edit_button = button("Edit this person")
        self.remove_button = button("Remove this person")
        self.undo_button = button("Undo remove")
        self.message = W.HTML()
        self.table = W.HTML()
        self.detail = W.HTML()
        self.table.add_class("atl-lh")
        self.detail.add_class("atl-lh")

        show = safe(self._show)
        self.add_button.on_click(show(self._add))
        self.save_button.on_click(show(self._save_edit))
        self.cancel_button.on_click(show(self._cancel))
        self.edit_button.on_click(show(self._edit))
        self.remove_button.on_click(show(self._remove))
        self.undo_button.on_click(show(self._undo))
        self.pick.observe(show(self._show_detail), names="value")

        self.form_title = W.HTML("<strong>Add a person you met</strong>")
        form_buttons = W.HBox([self.add_button, self.save_button, self.cancel_button])
        manage = W.HBox([self.edit_button, self.remove_button, self.undo_button])
        self.widget = exercise_box(
            title,
            [W.HTML(LAYOUT_STYLE), self.form_title, self.name, self.met_on, self.every, self.promised, form_buttons, self.message,
             W.HTML("<strong>Your plan: the next letter to each person, soonest first</strong>"), self.table,
             self.pick, manage, self.detail, self.saver.widget],
            f"Add each person you meet (up to {MAX_CONTACTS}). Choose a person below to see their full plan, edit or remove them.",
        )
        saved = self.saver.load(default=None)
        self.contacts = valid_contacts(saved)
        self._render()

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
        self.form_title.value = "<strong>Edit this person</strong>" if editing else "<strong>Add a person you met</strong>"
        has = bool(self.contacts)
        self.edit_button.disabled = self.remove_button.disabled = self.pick.disabled = not has
        self.table.value = self._table_html()
        options = [(f"{c['name']} (met {c['met_on']})", c["id"]) for c in self.contacts] or [("(nobody yet)", "")]
        keep = select if select is not None else self.pick.value
        self.pick.options = options
        ids = [v for _, v in options]
        self.pick.value = keep if keep in ids else ids[0]
        self._show_detail()

    def _table_html(self) -> str:
        if not self.contacts:
            return '<div class="atl-muted">Nobody yet. Add the first person you met above.</div>'
        rows = []
        today = self._today()
        for c, t in upcoming(self.contacts, today):
            if t is None:
                when, what = "any time", "The suggested letters are done; write whenever you have news."
            else:
                when, what = t.date.isoformat(), t.what
                if t.date == today:
                    when += " (today)"
            rows.append(f"<tr><td>{escape(when)}</td><td>{escape(c['name'])}</td><td>{escape(what)}</td></tr>")
        return (
            '<table class="atl-table"><thead><tr><th scope="col">Next letter</th><th scope="col">To</th>'
            '<th scope="col">What to write about</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
            f'<div class="atl-muted">{len(self.contacts)} of at most {MAX_CONTACTS} people.</div>'
        )

    def _show_detail(self, _change=None) -> None:
        contact = self._picked()
        if contact is None:
            self.detail.value = ""
            return
        today = self._today()
        items = []
        for t in contact_schedule(contact):
            past = " (past)" if t.date < today else ""
            items.append(f"<li><strong>{t.date.isoformat()}{past}:</strong> {escape(t.what)}</li>")
        promised = f"<div>You promised: {escape(contact['promised'])}</div>" if contact.get("promised") else ""
        self.detail.value = (
            f"<div><strong>Full plan for {escape(contact['name'])}</strong> "
            f"(met {escape(contact['met_on'])}, {escape(EVERY[contact['every']])})</div>{promised}<ul>{''.join(items)}</ul>"
        )

    def _picked(self) -> dict | None:
        return next((c for c in self.contacts if c["id"] == self.pick.value), None)

    def _form(self) -> tuple:
        return self.name.value, self.met_on.value, self.promised.value, self.every.value

    def _clear_form(self) -> None:
        self.name.value = ""
        self.promised.value = ""
        self.met_on.value = self._today()
        self.every.value = DEFAULT_EVERY

    def _save(self) -> None:
        self.saver.save({"contacts": self.contacts}, "done" if self.contacts else "in_progress")

    # -- callbacks
    def _no_date(self) -> bool:
        if self.met_on.value is None:  # the calendar was cleared; what was typed stays
            self.message.value = message_html("Pick the date you met on the calendar.", "fix")
            return True
        return False

    def _add(self, _button=None) -> None:
        if self._no_date():
            return
        outcome = add_contact(self.contacts, *self._form(), today=self._today())
        if not outcome.ok:
            self.message.value = message_html(outcome.message, "fix")
            return
        self.contacts = outcome.contacts
        self._removed = None
        self._clear_form()
        self.message.value = message_html(outcome.message, "good")
        self._render(select=self.contacts[-1]["id"])
        self._save()

    def _edit(self, _button=None) -> None:
        contact = self._picked()
        if contact is None:
            self.message.value = message_html("Choose a person first.")
            return
        self.editing = contact["id"]
        self.name.value = contact["name"]
        self.met_on.value = dt.date.fromisoformat(contact["met_on"])
        self.every.value = contact["every"]
        self.promised.value = contact.get("promised", "")
        self.message.value = message_html(f"Editing {contact['name']}: change the boxes above, then press Save changes.")
        self._render()

    def _save_edit(self, _button=None) -> None:
        if self.editing is None or self._no_date():
            return
        outcome = update_contact(self.contacts, self.editing, *self._form(), today=self._today())
        if not outcome.ok:
            self.message.value = message_html(outcome.message, "fix")
            return
        self.contacts = outcome.contacts
        chosen, self.editing = self.editing, None
        self._clear_form()
        self.message.value = message_html(outcome.message, "good")
        self._render(select=chosen)
        self._save()

    def _cancel(self, _button=None) -> None:
        self.editing = None
        self._clear_form()
        self.message.value = message_html("Editing cancelled; nothing was changed.")
        self._render()

    def _remove(self, _button=None) -> None:
        contact = self._picked()
        if contact is None:
            self.message.value = message_html("Choose a person first.")
            return
        index = self.contacts.index(contact)
        outcome = remove_contact(self.contacts, contact["id"])
        self.contacts = outcome.contacts
        self._removed, self._removed_at = contact, index
        if self.editing == contact["id"]:
            self.editing = None
            self._clear_form()
        self.message.value = feedback_html([("info", outcome.message + " Press Undo remove if that was a slip.")])
        self._render()
        self._save()

    def _undo(self, _button=None) -> None:
        if not self._removed:
            return
        contact, self._removed = self._removed, None
        self.contacts.insert(min(self._removed_at, len(self.contacts)), contact)
        self.message.value = message_html(f"{contact['name']} is back in your plan.", "good")
        self._render(select=contact["id"])
        self._save()


def keep_in_touch_planner(exercise_id: str, store: Store | None = None) -> KeepInTouchPlanner:
    return KeepInTouchPlanner(exercise_id, store)
