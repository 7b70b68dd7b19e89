"""The outreach tracker: add each person you asked, with dates picked on a calendar; edit, remove, see what is due.

Saved value (exercise id such as ``"05.5-outreach-tracker"``)::

    {"rows": [{"id": "r1", "name": str, "role": str, "asked_on": "YYYY-MM-DD" | "",
               "follow_up_on": "YYYY-MM-DD" | "", "status": str}, ...]}

Status is ``"done"`` when the tracker holds at least one person. The logic is in
:mod:`lesson_utils.tracker`; this is only the widgets.
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
    follow_up_wait_days,
    remove_row,
    set_status,
    suggest_follow_up,
    table_rows,
    to_date,
    update_row,
    valid_rows,
)
from .base import View
from .common import SaveLine, button, exercise_box, feedback_html, get_store, labelled_text, message_html, safe

LAYOUT_STYLE = (
    "<style>.atl-stack.widget-dropdown, .atl-stack.widget-datepicker { height: auto !important; flex-direction: column;"
    " align-items: flex-start; }"
    ".atl-stack.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 36em; }"
    ".atl-stack.widget-datepicker > input { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); width: 12em; }"
    ".atl-lh, .atl-lh .widget-html-content { line-height: 1.45; }"
    ".atl-due-overdue { color: #8a0000; font-weight: 600; } .atl-due-today { color: #8a3a00; font-weight: 600; }</style>"
)

TITLE_LESSON_5 = "Track who you asked"
TITLE_LESSON_7 = "Update your outreach tracker"


def _stacked(widget):
    widget.add_class("atl-stack")
    return widget


class OutreachTracker(View):
    def __init__(self, exercise_id: str, store: Store | None = None, today: dt.date | None = None,
                 after_meeting: bool = False):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.today = today
        self.after_meeting = after_meeting
        self.rows: list = []
        self.editing: str | None = None
        self._removed: dict | None = None
        self._removed_at = 0

        self.name = labelled_text("Name of the person you asked", placeholder="e.g. Jo Park")
        self.role = labelled_text("Their role and organisation (optional)",
                                  placeholder="e.g. UX researcher, City Hospital digital team")
        self.asked_on = _stacked(W.DatePicker(description="Date you asked", value=self._today(),
                                              style={"description_width": "initial"}, layout=W.Layout(width="auto")))
        self.follow_up_on = _stacked(W.DatePicker(description="Follow-up date, if there is no reply",
                                                  value=suggest_follow_up(self._today(), None, None),
                                                  style={"description_width": "initial"},
                                                  layout=W.Layout(width="auto")))
        self.status = _stacked(W.Dropdown(options=[(w, k) for k, w in STATUSES.items()], value="asked",
                                          description="Status", style={"description_width": "initial"},
                                          layout=W.Layout(width="auto")))
        self.add_button = button("Add to my tracker", style="primary")
        self.save_button = button("Save changes", style="primary")
        self.cancel_button = button("Cancel editing")
        self.message = W.HTML()
        self.summary = W.HTML()
        self.table = W.HTML()
        self.summary.add_class("atl-lh")
        self.table.add_class("atl-lh")
        self.pick = _stacked(W.Dropdown(options=[("(nobody yet)", "")], value="", description="Choose a person",
                                        style={"description_width": "initial"}, layout=W.Layout(width="auto")))
        self.edit_button = button("Edit this person")
        self.remove_button = button("Remove this person")
        self.undo_button = button("Undo remove")
        self.new_status = _stacked(W.Dropdown(options=[(w, k) for k, w in STATUSES.items()], value="met",
                                              description="Their new status", style={"description_width": "initial"},
                                              layout=W.Layout(width="auto")))
        self.status_button = button("Update status", style="primary")

        show = safe(self._show)
        self.add_button.on_click(show(self._add))
        self.save_button.on_click(show(self._save_edit))
        self.cancel_button.on_click(show(self._cancel))
        self.edit_button.on_click(show(self._edit))
        self.remove_button.on_click(show(self._remove))
        self.undo_button.on_click(show(self._undo))
        self.status_button.on_click(show(self._update_status))
        self.asked_on.observe(show(self._asked_changed), names="value")

        self.form_title = W.HTML()
        form = [self.form_title, self.name, self.role, self.status, self.asked_on, self.follow_up_on,
                W.HBox([self.add_button, self.save_button, self.cancel_button])]
        manage = [self.pick]
        if after_meeting:
            manage += [self.new_status, self.status_button]
        manage.append(W.HBox([self.edit_button, self.remove_button, self.undo_button]))
        table_head = W.HTML("<strong>Your tracker</strong>")
        if after_meeting:
            children = [W.HTML(LAYOUT_STYLE), self.summary, table_head, self.table, *manage, self.message,
                        W.HTML("<strong>Someone new?</strong> Add them here."), *form, self.saver.widget]
            title = TITLE_LESSON_7
            instructions = ("See what is due today. After a meeting, choose the person and set their status to "
                            "Met, and to Thanked once your note is sent. Dates are picked on a calendar.")
        else:
            children = [W.HTML(LAYOUT_STYLE), *form, self.message, self.summary, table_head, self.table, *manage,
                        self.saver.widget]
            title = TITLE_LESSON_5
            instructions = (f"Add each person you ask (up to {MAX_ROWS}). Pick the dates on the calendar: the "
                            f"follow-up date is filled in for you, {follow_up_wait_days()} days after the date "
                            "you asked.")
        self.widget = exercise_box(title, children, instructions)
        self.rows = valid_rows(self.saver.load(default=None))
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
        self.form_title.value = ("<strong>Edit this person</strong>" if editing
                                 else "<strong>Add a person you asked</strong>")
        has = bool(self.rows)
        for control in (self.edit_button, self.remove_button, self.pick, self.new_status, self.status_button):
            control.disabled = not has
        today = self._today()
        self.summary.value = self._summary_html(today)
        self.table.value = self._table_html(today)
        options = [(f"{r['name']} ({STATUSES[r['status']]})", r["id"]) for r in self.rows] or [("(nobody yet)", "")]
        keep = select if select is not None else self.pick.value
        self.pick.options = options
        ids = [v for _, v in options]
        self.pick.value = keep if keep in ids else ids[0]

    def _summary_html(self, today: dt.date) -> str:
        now = due_now(self.rows, today)
        if not now:
            return f'<div role="status">{escape(due_summary(self.rows, today))}</div>'
        items = "".join(f"<li><strong>{escape(r['name'])}</strong>: "
                        f"{'follow up' if r['status'] == 'asked' else 'move on to the next person'} "
                        f"({escape(d.words)})</li>" for r, d in now)
        return f'<div role="status"><strong>Due now ({len(now)})</strong><ul>{items}</ul></div>'

    def _table_html(self, today: dt.date) -> str:
        if not self.rows:
            return '<div class="atl-muted">Nobody yet. Add the first person you asked.</div>'
        body = []
        for row, (name, role, asked, follow, status, step) in zip(self.rows, table_rows(self.rows, today)):
            state = due(row, today).state
            css = f' class="atl-due-{state}"' if state in ("overdue", "today") else ""
            body.append(f'<tr><td dir="auto">{escape(name)}</td><td dir="auto">{escape(role)}</td>'
                        f"<td>{escape(asked)}</td><td>{escape(follow)}</td><td>{escape(status)}</td>"
                        f"<td{css}>{escape(step)}</td></tr>")
        return ('<table class="atl-table"><thead><tr><th scope="col">Name</th><th scope="col">Role and organisation</th>'
                '<th scope="col">Asked on</th><th scope="col">Follow up on</th><th scope="col">Status</th>'
                '<th scope="col">What is next</th></tr></thead><tbody>' + "".join(body) + "</tbody></table>"
                f'<div class="atl-muted">{len(self.rows)} of at most {MAX_ROWS} people.</div>')

    def _picked(self) -> dict | None:
        return next((r for r in self.rows if r["id"] == self.pick.value), None)

    def _form(self) -> tuple:
        return self.name.value, self.role.value, self.asked_on.value, self.follow_up_on.value, self.status.value

    def _clear_form(self) -> None:
        self.name.value = ""
        self.role.value = ""
        self.status.value = "asked"
        self.asked_on.value = self._today()
        self.follow_up_on.value = suggest_follow_up(self._today(), None, None)

    def _save(self) -> None:
        self.saver.save({"rows": self.rows}, "done" if self.rows else "in_progress")

    # -- callbacks
    def _asked_changed(self, change) -> None:
        self.follow_up_on.value = suggest_follow_up(change["new"], change["old"], self.follow_up_on.value)

    def _add(self, _button=None) -> None:
        outcome = add_row(self.rows, *self._form(), today=self._today())
        if not outcome.ok:  # the boxes keep what was typed
            self.message.value = message_html(outcome.message, "fix")
            return
        self.rows = outcome.rows
        self._removed = None
        self._clear_form()
        self.message.value = message_html(outcome.message, "good")
        self._render(select=self.rows[-1]["id"])
        self._save()

    def _edit(self, _button=None) -> None:
        row = self._picked()
        if row is None:
            self.message.value = message_html("Choose a person first.")
            return
        self.editing = row["id"]
        self.name.value = row["name"]
        self.role.value = row["role"]
        self.status.value = row["status"]
        self.asked_on.value = to_date(row["asked_on"]) or self._today()
        self.follow_up_on.value = to_date(row["follow_up_on"]) or suggest_follow_up(self.asked_on.value, None, None)
        self.message.value = message_html(f"Editing {row['name']}: change the boxes, then press Save changes.")
        self._render()

    def _save_edit(self, _button=None) -> None:
        if self.editing is None:
            return
        outcome = update_row(self.rows, self.editing, *self._form(), today=self._today())
        if not outcome.ok:
            self.message.value = message_html(outcome.message, "fix")
            return
        self.rows = outcome.rows
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

    def _update_status(self, _button=None) -> None:
        row = self._picked()
        if row is None:
            self.message.value = message_html("Choose a person first.")
            return
        outcome = set_status(self.rows, row["id"], self.new_status.value, today=self._today())
        if not outcome.ok:
            self.message.value = message_html(outcome.message + " Use Edit this person to add the date.", "fix")
            return
        self.rows = outcome.rows
        self.message.value = message_html(outcome.message, "good")
        self._render(select=row["id"])
        self._save()

    def _remove(self, _button=None) -> None:
        row = self._picked()
        if row is None:
            self.message.value = message_html("Choose a person first.")
            return
        index = self.rows.index(row)
        outcome = remove_row(self.rows, row["id"])
        self.rows = outcome.rows
        self._removed, self._removed_at = row, index
        if self.editing == row["id"]:
            self.editing = None
            self._clear_form()
        self.message.value = feedback_html([("info", outcome.message + " Press Undo remove if that was a slip.")])
        self._render()
        self._save()

    def _undo(self, _button=None) -> None:
        if not self._removed:
            return
        row, self._removed = self._removed, None
        self.rows.insert(min(self._removed_at, len(self.rows)), row)
        self.message.value = message_html(f"{row['name']} is back in your tracker.", "good")
        self._render(select=row["id"])
        self._save()
