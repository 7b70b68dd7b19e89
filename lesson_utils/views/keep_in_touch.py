"""The keep-in-touch planner: add the people you met, see when to write to each, edit or remove them.

Saved value (exercise id such as ``"07.3-keep-in-touch"``)::

    {"contacts": [{"id": "c1", "name": str, "met_on": "YYYY-MM-DD", "promised": str, "every": 3 | 4 | 6}, ...]}

The date met is picked on a calendar (``DatePicker``), never typed.

Status is ``"done"`` when the plan holds at least one person. The form, Edit, Remove and Undo are
shared with the outreach tracker (:mod:`lesson_utils.views.people_list`).
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as W

from ..dates import short_date, short_from_iso
from ..keep_in_touch import (
    DEFAULT_EVERY,
    EVERY,
    MAX_CONTACTS,
    TRACKER_ID,
    add_contact,
    contact_schedule,
    remove_contact,
    update_contact,
    thanked_names,
    upcoming,
    valid_contacts,
    with_thanks,
)
from ..store import Store
from ..text import escape
from .ordered_adds import carried_clicks
from .common import exercise_box, hbox, html, label_style, labelled_text, labelled_textarea, message_html, shared_layout
from .people_list import PeopleListView, items_named, stacked


#: Local layout fixes: a stacked Dropdown needs room for its label, and HTML reads better with normal line spacing.
LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown { height: auto !important; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-stack.widget-datepicker { height: auto !important; flex-direction: column; align-items: flex-start; }"
    ".atl-stack.widget-datepicker > input { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); width: 12em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }</style>"
)


class KeepInTouchPlanner(PeopleListView):
    page_script = True  # the name and promise typed go with Add or Save (see ordered_adds.carried_clicks)
    saved_key = "contacts"
    contacts = items_named("The people in the plan, as saved.")
    add_title = "<strong>Add a person you met</strong>"
    edit_hint = "change the boxes above, then press Save changes."
    list_name = "your plan"

    def __init__(self, exercise_id: str, store: Store | None = None, today: dt.date | None = None,
                 title: str = "Plan when to write again"):
        show = self._start_list(exercise_id, store, today, "Add to my plan")

        self.name = labelled_text("Name of the person you met", placeholder="e.g. the name of the person you met")
        self.met_on = stacked(W.DatePicker(description="Date you met", value=today or dt.date.today(),
                                           style=label_style(), layout=shared_layout(width="auto")))
        self.every = stacked(W.Dropdown(options=[(words, months) for months, words in EVERY.items()],
                                        value=DEFAULT_EVERY, description="How often to write after that",
                                        style=label_style(), layout=shared_layout(width="auto")))
        self.promised = labelled_textarea("What you promised to do (optional)",
                                          placeholder="e.g. Read the book she suggested; tell her how my next talk went",
                                          rows=2)
        self.table = html()
        self.detail = html()
        self.table.add_class("atl-lh")
        self.detail.add_class("atl-lh")
        self.pick.observe(show(self._show_detail), names="value")

        form_buttons = hbox([self.add_button, self.save_button, self.cancel_button])
        manage = hbox([self.edit_button, self.remove_button, self.undo_button])
        self.widget = exercise_box(
            title,
            [html(LAYOUT_STYLE), self.form_title, self.name, self.met_on, self.every, self.promised, form_buttons, self.message,
             html("<strong>Your plan: the next letter to each person, soonest first</strong>"), self.table,
             self.pick, manage, self.manage_message, self.detail, self.saver.widget,
             *carried_clicks({"name": self.name, "promised": self.promised}, [self.add_button, self.save_button],
                            clears=(self.add_button,))],
            f"Add each person you meet (up to {MAX_CONTACTS}). Choose a person below to see their full plan, edit or remove them.",
        )
        saved = self.saver.load(default=None)
        self.items = valid_contacts(saved)
        self._render()

    # -- display
    def _thanked(self) -> frozenset:
        """Who the learner's outreach tracker says was thanked (read each time: it may change in another tab)."""
        try:
            record = self.saver.store.load(TRACKER_ID)
            return thanked_names(record.value if record is not None else None)
        except Exception:  # noqa: BLE001 - an unreadable tracker never stops the plan
            return frozenset()

    def _pick_label(self, contact: dict) -> str:
        return f"{contact['name']} (met {short_from_iso(contact['met_on'])})"

    def _render_people(self) -> None:
        self.table.value = self._table_html()

    def _render(self, select: str | None = None) -> None:
        super()._render(select)
        self._show_detail()

    def _table_html(self) -> str:
        if not self.contacts:
            return '<div class="atl-muted">Nobody yet. Add the first person you met above.</div>'
        rows = []
        today = self._today()
        for c, t in upcoming(with_thanks(self.contacts, self._thanked()), today):
            if t is None:
                when, what = "any time", "The suggested letters are done; write whenever you have news."
            else:
                when, what = short_date(t.date), t.what
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
        for t in contact_schedule(with_thanks([contact], self._thanked())[0]):
            past = " (past)" if t.date < today else ""
            items.append(f"<li><strong>{short_date(t.date)}{past}:</strong> {escape(t.what)}</li>")
        promised = f"<div>You promised: {escape(contact['promised'])}</div>" if contact.get("promised") else ""
        self.detail.value = (
            f"<div><strong>Full plan for {escape(contact['name'])}</strong> "
            f"(met {escape(short_from_iso(contact['met_on']))}, {escape(EVERY[contact['every']])})</div>{promised}<ul>{''.join(items)}</ul>"
        )

    def _logic(self) -> tuple:
        return add_contact, update_contact, remove_contact

    def _form(self) -> tuple:
        return self.name.value, self.met_on.value, self.promised.value, self.every.value

    def _clear_form(self) -> None:
        self.name.value = ""
        self.promised.value = ""
        self.met_on.value = self._today()
        self.every.value = DEFAULT_EVERY

    def _fill_form(self, contact: dict) -> None:
        self.name.value = contact["name"]
        self.met_on.value = dt.date.fromisoformat(contact["met_on"])
        self.every.value = contact["every"]
        self.promised.value = contact.get("promised", "")

    def _form_ready(self) -> bool:
        if self.met_on.value is None:  # the calendar was cleared; what was typed stays
            self.message.value = message_html("Pick the date you met on the calendar.", "fix")
            return False
        return True


def keep_in_touch_planner(exercise_id: str, store: Store | None = None) -> KeepInTouchPlanner:
    return KeepInTouchPlanner(exercise_id, store)
