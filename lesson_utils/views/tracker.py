"""The outreach tracker: add each person you asked, with dates picked on a calendar; edit, remove, see what is due.

Saved value (exercise id such as ``"05.5-outreach-tracker"``)::

    {"rows": [{"id": "r1", "name": str, "role": str, "asked_on": "YYYY-MM-DD" | "",
               "follow_up_on": "YYYY-MM-DD" | "", "status": str}, ...]}

Status is ``"done"`` when the tracker holds at least one person. The logic is in
:mod:`lesson_utils.tracker`; the form, Edit, Remove and Undo are shared with the keep-in-touch
plan (:mod:`lesson_utils.views.people_list`); this is only the tracker's own widgets.
"""

from __future__ import annotations

import datetime as dt

import ipywidgets as W

from ..store import Store
from ..text import escape
from ..tracker import (
    MAX_ROWS,
    STATUSES,
    add_row,
    due,
    due_now,
    due_summary,
    undated_steps,
    follow_up_wait_days,
    remove_row,
    set_status,
    suggest_follow_up,
    suggested_status,
    table_rows,
    to_date,
    update_row,
    valid_rows,
)
from .ordered_adds import carried_clicks
from .common import button, exercise_box, hbox, html, label_style, labelled_text, message_html, shared_layout
from .people_list import PeopleListView, items_named, stacked

LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown, .atl-stack.widget-datepicker { height: auto !important; flex-direction: column;"
    " align-items: flex-start; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-stack.widget-datepicker > input { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); width: 12em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }"
    ".atl-due-overdue { color: #8a0000; font-weight: 600; } .atl-due-today { color: #8a3a00; font-weight: 600; }</style>"
)

TITLE_LESSON_5 = "Track who you asked"
SOMEONE_NEW = "<strong>Someone new?</strong> Add them here."
TITLE_LESSON_7 = "Update your outreach tracker"


class OutreachTracker(PeopleListView):
    page_script = True  # the name and role typed go with Add or Save (see ordered_adds.carried_clicks)
    saved_key = "rows"
    rows = items_named("The people in the tracker, as saved.")
    add_title = "<strong>Add a person you asked</strong>"
    list_name = "your tracker"

    def __init__(self, exercise_id: str, store: Store | None = None, today: dt.date | None = None,
                 after_meeting: bool = False):
        show = self._start_list(exercise_id, store, today, "Add to my tracker")
        self.after_meeting = after_meeting

        self.name = labelled_text("Name of the person you asked", placeholder="e.g. Jo Park")
        self.role = labelled_text("Their role and organisation (optional)",
                                  placeholder="e.g. UX researcher, City Hospital digital team")
        self.asked_on = stacked(W.DatePicker(description="Date you asked", value=self._today(),
                                             style=label_style(), layout=shared_layout(width="auto")))
        self.follow_up_on = stacked(W.DatePicker(description="Follow-up date, if there is no reply",
                                                 value=suggest_follow_up(self._today(), None, None),
                                                 style=label_style(),
                                                 layout=shared_layout(width="auto")))
        self.status = stacked(W.Dropdown(options=[(w, k) for k, w in STATUSES.items()], value="asked",
                                         description="Status", style=label_style(),
                                         layout=shared_layout(width="auto")))
        self.summary = html()
        self.table = html()
        self.summary.add_class("atl-lh")
        self.table.add_class("atl-lh")
        self.new_status = stacked(W.Dropdown(options=[(w, k) for k, w in STATUSES.items()], value="met",
                                             description="Their new status", style=label_style(),
                                             layout=shared_layout(width="auto")))
        self.status_button = button("Update status", style="primary")
        self.status_button.on_click(self.beside_the_list(show(self._update_status)))
        self.asked_on.observe(show(self._asked_changed), names="value")
        if after_meeting:
            # "Their new status" starts at the likely next step of the person chosen, not at the last one set
            self.pick.observe(show(self._picked_changed), names="value")

        form = [self.form_title, self.name, self.role, self.status, self.asked_on, self.follow_up_on,
                hbox([self.add_button, self.save_button, self.cancel_button])]
        manage = [self.pick]
        if after_meeting:
            manage += [self.new_status, self.status_button]
        manage.append(hbox([self.edit_button, self.remove_button, self.undo_button]))
        manage.append(self.manage_message)
        table_head = html("<strong>Your tracker</strong>")
        self.someone_new = html(SOMEONE_NEW)  # lesson 7: above the form, except while a person is edited there
        if after_meeting:
            children = [html(LAYOUT_STYLE), self.summary, table_head, self.table, *manage,
                        self.someone_new, *form, self.message, self.saver.widget]
            title = TITLE_LESSON_7
            instructions = ("See what is due today. After a meeting, choose the person and set their status to "
                            "Met, and to Thanked once your note is sent. Dates are picked on a calendar.")
        else:
            children = [html(LAYOUT_STYLE), *form, self.message, self.summary, table_head, self.table, *manage,
                        self.saver.widget]
            title = TITLE_LESSON_5
            instructions = (f"Add each person you ask (up to {MAX_ROWS}). Pick the dates on the calendar: the "
                            f"follow-up date is filled in for you, {follow_up_wait_days()} days after the date "
                            "you asked.")
        children += carried_clicks({"name": self.name, "role": self.role}, [self.add_button, self.save_button],
                                   clears=(self.add_button,))
        self.widget = exercise_box(title, children, instructions)
        self.items = valid_rows(self.saver.load(default=None))
        self._render()

    # -- display
    def _render(self, select: str | None = None) -> None:
        super()._render(select)
        if hasattr(self, "someone_new"):
            self.someone_new.value = "" if self.editing is not None else SOMEONE_NEW

    def _needs_people(self) -> tuple:
        return (self.edit_button, self.remove_button, self.pick, self.new_status, self.status_button)

    def _pick_label(self, row: dict) -> str:
        return f"{row['name']} ({STATUSES[row['status']]})"

    def _render_people(self) -> None:
        today = self._today()
        self.summary.value = self._summary_html(today)
        self.table.value = self._table_html(today)

    def _summary_html(self, today: dt.date) -> str:
        if not self.rows:
            return '<div role="status"></div>'  # the table says "Nobody yet": once is enough (a walker read it twice)
        now = due_now(self.rows, today)
        if not now:
            return f'<div role="status">{escape(due_summary(self.rows, today))}</div>'
        items = "".join(f"<li><strong>{escape(r['name'])}</strong>: "
                        f"{'follow up' if r['status'] == 'asked' else 'move on to the next person'} "
                        f"({escape(d.words)})</li>" for r, d in now)
        steps = undated_steps(self.rows)
        return (f'<div role="status"><strong>Due now ({len(now)})</strong><ul>{items}</ul>'
                + (f"<div>{escape(steps)}</div>" if steps else "") + "</div>")

    def _table_html(self, today: dt.date) -> str:
        if not self.rows:
            return '<div class="atl-muted">Nobody yet. Add the first person you asked.</div>'
        body = []
        for row, (name, role, asked, follow, status, step) in zip(self.rows, table_rows(self.rows, today)):
            state = due(row, today).state
            css = f' class="atl-due-{state}"' if state in ("overdue", "today") else ""
            body.append(f'<tr><td dir="auto">{escape(name)}</td><td dir="auto">{escape(role)}</td>'
                        f'<td class="atl-words">{escape(asked)}</td><td class="atl-words">{escape(follow)}</td>'
                        f'<td class="atl-words">{escape(status)}</td>'
                        f"<td{css}>{escape(step)}</td></tr>")
        return ('<table class="atl-table"><thead><tr><th scope="col">Name</th><th scope="col">Role and organisation</th>'
                '<th scope="col">Asked on</th><th scope="col">Follow up on</th><th scope="col">Status</th>'
                '<th scope="col">What is next</th></tr></thead><tbody>' + "".join(body) + "</tbody></table>"
                f'<div class="atl-muted">{len(self.rows)} of at most {MAX_ROWS} people.</div>')

    def _logic(self) -> tuple:
        return add_row, update_row, remove_row

    def _form(self) -> tuple:
        return self.name.value, self.role.value, self.asked_on.value, self.follow_up_on.value, self.status.value

    def _clear_form(self) -> None:
        self.name.value = ""
        self.role.value = ""
        self.status.value = "asked"
        self.asked_on.value = self._today()
        self.follow_up_on.value = suggest_follow_up(self._today(), None, None)

    def _fill_form(self, row: dict) -> None:
        self.name.value = row["name"]
        self.role.value = row["role"]
        self.status.value = row["status"]
        self.asked_on.value = to_date(row["asked_on"]) or self._today()
        self.follow_up_on.value = to_date(row["follow_up_on"]) or suggest_follow_up(self.asked_on.value, None, None)

    # -- callbacks
    def _asked_changed(self, change) -> None:
        self.follow_up_on.value = suggest_follow_up(change["new"], change["old"], self.follow_up_on.value)

    def _picked_changed(self, _change=None) -> None:
        row = self._picked()
        if row is not None:
            self.new_status.value = suggested_status(row["status"])

    def _update_status(self, _button=None) -> None:
        row = self._chosen()
        if row is None:
            return
        outcome = set_status(self.rows, row["id"], self.new_status.value, today=self._today())
        if not outcome.ok:
            self.message.value = message_html(outcome.message + " Use Edit this person to add the date.", "fix")
            return
        self.rows = outcome.rows
        self.message.value = message_html(outcome.message, "good")
        self._render(select=row["id"])
        self._save()
