"""The question drafter (lesson 4): write questions, see the coach's review at once, and shape the list.

A thin view over :mod:`lesson_utils.drafter`: every change goes through its pure functions, then the
list, coverage, time budget and order advice are redrawn and the list is saved.
"""

from __future__ import annotations

import weakref

import ipywidgets as W

from .. import drafter as D
from ..question_bank import ALL_KINDS, SIX_KINDS
from ..store import Store
from ..text import clip, escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, hbox, html, label_style, labelled_textarea, safe, SaveLine, shared_layout
from .ordered_adds import ack_html, carried_clicks, queued_controls

EXERCISE_ID = "04.1-question-drafter"

# The drafter shown most recently for each (data folder, exercise id), so the question bank can add to it.
_LIVE: dict[tuple[str, str], "weakref.ref[QuestionDrafter]"] = {}

_EXTRA_CSS = """
<style>
.atl-cov { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 6px 0; }
.atl-cov > div { border: 2px solid #555; border-radius: 4px; padding: 3px 8px; min-width: 7em; }
.atl-cov .atl-on { background: #dcefdc; border-color: #1a5e20; }
.atl-cov .atl-off { background: #fff; border-style: dashed; color: #333; }
.atl-qtable td.atl-n { text-align: right; white-space: nowrap; }
.atl-qtable th { white-space: nowrap; }
.atl-qtable td:nth-child(3), .atl-qtable td:nth-child(4) { min-width: 8em; }
.atl-qselect.widget-dropdown { height: auto !important; }
.atl-qselect.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); max-width: 40em; }
.atl-sub { font-weight: 700; margin: 10px 0 2px 0; }
.atl-budget { display: flex; margin: 4px 0; max-width: 640px; }
.atl-budget > div { border: 1px solid #555; padding: 2px 6px; font-size: 0.9em; white-space: nowrap; overflow: hidden; }
</style>
"""


def review_html(entry: D.Entry, heading: str = "The checker's review") -> str:
    """The coach's review of one question, worded (learner text escaped): the kind of question, each
    problem with its advice, and a suggested rewrite."""
    items = D.review_items(entry)
    if entry.unread:
        kind, nothing = "Not checked", " (the checker reads English)"
    else:
        kind = D.kind_label(entry.topic)
        nothing = ("" if entry.topic in ALL_KINDS
                   else " (a request for the close, not a question to learn from)" if D.closing_request(entry)
                   else " (nothing here to learn from the contact)")
    return (f'<div class="atl-fb" role="status"><div dir="auto"><strong>{escape(heading)} of: '
            f"“{escape(clip(entry.text, 200))}”</strong></div>"
            f"<div>Kind of question: <strong>{escape(kind)}</strong>{nothing}</div></div>"
            + feedback_html(items[1:]))


def list_html(questions: tuple[D.Entry, ...]) -> str:
    if not questions:
        return ('<div class="atl-muted">Your list is empty. Type a question above and press '
                '<strong>Add to my list</strong>, or pick one from the question bank further down.</div>')
    rows = []
    for n, q in enumerate(questions, 1):
        if q.good:
            verdict = '<span class="atl-good"><span aria-hidden="true">✓</span> Good</span>'
        elif q.unread:
            verdict = ('<span class="atl-fix"><span aria-hidden="true">✗</span> Not checked: '
                       "write it in English</span>")
        elif q.aside:
            verdict = ('<span class="atl-muted"><span aria-hidden="true">ℹ</span> Fine to ask; '
                       "not a learning question</span>")
        else:
            from ..coach import FLAG_LABELS
            what = ", ".join(FLAG_LABELS.get(f, f) for f in q.flags)
            verdict = (f'<span class="atl-fix"><span aria-hidden="true">✗</span> Needs work: '
                       f"{escape(what)}</span>")
        rows.append(f'<tr><td class="atl-n">{n}</td><td dir="auto">{escape(clip(q.text, 300))}</td>'
                    f"<td>{escape('Not checked' if q.unread else D.kind_label(q.topic))}</td><td>{verdict}</td></tr>")
    return ('<table class="atl-table atl-qtable"><caption class="atl-muted" style="text-align:left">'
            "Your questions, in the order you will ask them</caption>"
            "<tr><th>#</th><th>Question</th><th>Kind</th><th>Verdict</th></tr>" + "".join(rows) + "</table>")


def coverage_html(questions: tuple[D.Entry, ...]) -> str:
    cov = D.coverage(questions)
    cells = []
    for k in SIX_KINDS + ("role_insight",):
        n = cov.counts.get(k, 0)
        extra = " (optional)" if k == "role_insight" else ""
        if n:
            cells.append(f'<div class="atl-on"><span aria-hidden="true">✓</span> {escape(D.kind_label(k))}{extra}: '
                         f"{n} question{'s' if n != 1 else ''}</div>")
        elif k == "role_insight":  # optional: never a ✗ (a walk read the empty list's ✗ as a failure)
            cells.append(f'<div class="atl-off"><span aria-hidden="true">–</span> {escape(D.kind_label(k))}{extra}: '
                         "none yet</div>")
        else:
            cells.append(f'<div class="atl-off"><span aria-hidden="true">✗</span> {escape(D.kind_label(k))}{extra}: '
                         "missing</div>")
    n = len(cov.covered)
    bar = (f'<div><strong>{n} of 6 kinds covered.</strong></div>'
           f'<div class="atl-cov" role="list" aria-label="Kinds of question">'
           + "".join(c.replace("<div ", '<div role="listitem" ', 1) for c in cells) + "</div>")
    # the bold line already gives the count: the note says the rest (a walk read the count said twice)
    return bar + feedback_html([("good" if not cov.missing else "info", cov.detail)])


#: the time bar's length for the longest meeting (the stylesheet's max-width for .atl-budget)
BUDGET_BAR_PX = 640


def budget_html(questions: tuple[D.Entry, ...], minutes: int) -> str:
    b = D.budget(questions, minutes)
    room = b.question_minutes
    before = D.opening_minutes(b.minutes)
    parts = [("Open", before), (f"Questions: about {room} min", room), ("Close", b.minutes - before - room)]
    strip = "".join(f'<div style="flex:{m} 0 auto; min-width:{"6.5em" if label in ("Open", "Close") else "12em"}">'
                    f'{escape(label)}{" " + str(m) + " min" if label in ("Open", "Close") else ""}</div>'
                    for label, m in parts)
    items = b.parts() + [("info", line) for line in b.notes(questions)]
    # the bar's length is the meeting's: 20 minutes two thirds of 30 (the parts keep the same shares, so a
    # walk saw no change between 20 and 30 when only the labels changed)
    width = round(BUDGET_BAR_PX * b.minutes / max(D.MEETING_CHOICES))
    return (f'<div class="atl-budget" aria-hidden="true" style="max-width:{width}px">{strip}</div>'
            + feedback_html(items, heading=budget_heading(questions, b)))


def budget_heading(questions: tuple[D.Entry, ...], b) -> str:
    """"4 questions for a 20-minute meeting"; when some are not ready, says so ("7 of your 9 questions ready
    for..."): a walk read the count of good questions alone as a miscount of the list."""
    total = len(questions)
    if b.count == total:
        return f"{b.count} question{'s' if b.count != 1 else ''} for a {b.minutes}-minute meeting"
    return f"{b.count} of your {total} question{'s' if total != 1 else ''} ready for a {b.minutes}-minute meeting"


class QuestionDrafter(View):
    page_script = True  # quick clicks carry the typed text (see ordered_adds)

    def __init__(self, exercise_id: str = EXERCISE_ID, store: Store | None = None):
        self.store = get_store(store)
        self.exercise_id = exercise_id
        self.saver = SaveLine(self.store, exercise_id)
        self.questions: tuple[D.Entry, ...] = ()
        self.proposal: tuple[int, ...] | None = None

        self.input = labelled_textarea("Your question", "For example: What does a typical week look like for you?",
                                       rows=2)
        self.add_button = button("Add to my list", style="primary")
        # Quick Adds keep every click's text, in order (see ordered_adds): a hidden field and its confirmation.
        self.submit_field, self.ack = queued_controls(self.input, [(self.add_button, None)])
        self._seq = 0
        self.message = html()  # under Add: its result and the coach's review
        self.review = html()
        self.list_message = html()  # under the list's buttons: their result (and the review of an edit)
        self.order_message = html()  # under the order buttons
        self.list_view = html()
        # The table above is the list; this only picks which question to change (a second list box
        # once showed every question twice).
        self.select = W.Dropdown(options=[], value=None, description="Question to change",
                                 layout=shared_layout(width="100%"), style=label_style())
        self.select.add_class("atl-stack")
        self.select.add_class("atl-qselect")
        self.edit_box = labelled_textarea("Edit the selected question", "Choose a question under Question to change.", rows=2)
        self.save_edit_button = button("Save the edit")
        self.up_button = button("Move up")
        self.down_button = button("Move down")
        self.delete_button = button("Delete")
        self.undo_button = button("Undo delete", hideable=True)  # shown after a delete, until it is used
        self.undo_button.layout.display = "none"
        self._deleted: tuple[D.Entry, int] | None = None
        self.minutes = W.ToggleButtons(options=[("20 minutes", 20), ("30 minutes", 30)], value=D.DEFAULT_MINUTES,
                                       description="Meeting length", style=label_style(W.ToggleButtons),
                                       tooltips=["A 20-minute meeting", "A 30-minute meeting"])
        self.coverage_view = html()
        self.budget_view = html()
        self.order_view = html()
        self.suggest_button = button("Suggest an order")
        self.accept_button = button("Use this order")
        self.accept_button.disabled = True
        self.done_view = html()

        # Each message appears beside the control that caused it.
        show = safe(self._show)
        show_list = safe(lambda html: self._say(self.list_message, html))
        show_order = safe(lambda html: self._say(self.order_message, html))
        self.add_button.on_click(show(self._add))
        self.save_edit_button.on_click(show_list(self._edit))
        self.up_button.on_click(show_list(lambda _b: self._move(-1)))
        self.down_button.on_click(show_list(lambda _b: self._move(1)))
        self.delete_button.on_click(show_list(self._delete))
        self.undo_button.on_click(show_list(self._undo))
        self.suggest_button.on_click(show_order(self._suggest))
        self.accept_button.on_click(show_order(self._accept))

        saved = self.saver.load(default=None)
        self.questions, minutes = D.from_value(saved)
        self.minutes.value = minutes
        self._redraw(select=0 if self.questions else None)
        self.select.observe(show_list(self._selected), names="value")
        self.submit_field.observe(self._submitted, names="value")
        self.minutes.observe(show(self._minutes_changed), names="value")

        sub = lambda text: html(f'<div class="atl-sub">{escape(text)}</div>')  # noqa: E731
        self.widget = exercise_box(
            "The question drafter",
            [
                html(_EXTRA_CSS),
                sub("1. Write a question"),
                self.input, self.add_button, self.message, self.review,
                sub("2. Your list"),
                self.list_view, self.select, self.edit_box,
                hbox([self.save_edit_button, self.up_button, self.down_button, self.delete_button, self.undo_button],
                       layout=shared_layout(flex_flow="row wrap", gap="4px")),
                self.list_message,
                sub("3. Coverage: the six kinds"),
                self.coverage_view,
                sub("4. Time budget"),
                self.minutes, self.budget_view,
                sub("5. Order"),
                self.order_view,
                hbox([self.suggest_button, self.accept_button], layout=shared_layout(flex_flow="row wrap", gap="4px")),
                self.order_message,
                self.done_view, self.saver.widget, self.submit_field, self.ack,
                *carried_clicks({"edit": self.edit_box}, [self.save_edit_button]),
            ],
            "Type one question and press Add to my list: the checker reviews it at once. To edit, move or "
            "delete a question, choose it under Question to change (Undo delete puts a deleted one back). "
            "Your list is saved after every change.",
        )
        _LIVE[(str(self.store.folder), exercise_id)] = weakref.ref(self)

    # ------------------------------------------------------------------ drawing
    def _show(self, html: str) -> None:
        self._say(self.message, html)

    def _say(self, where: W.HTML, html: str) -> None:
        """Show ``html`` in ``where`` and clear the other message lines, so only the newest message shows."""
        for line in (self.message, self.list_message, self.order_message):
            if line is not where:
                line.value = ""
        if where is not self.message:
            self.review.value = ""
        where.value = html

    def _options(self):
        return [(f"Question {n}: {clip(q.text.replace(chr(10), ' '), 70)}", n - 1)
                for n, q in enumerate(self.questions, 1)]

    def _redraw(self, select: int | None = None) -> None:
        self._drawing = True
        try:
            self.select.options = self._options()
            self.select.value = select if select is not None and 0 <= select < len(self.questions) else None
        finally:
            self._drawing = False
        chosen = self.select.value
        self.edit_box.value = self.questions[chosen].text if chosen is not None else ""
        self.list_view.value = list_html(self.questions)
        self.coverage_view.value = coverage_html(self.questions)
        self.budget_view.value = budget_html(self.questions, self.minutes.value)
        self.order_view.value = feedback_html(D.order_advice(self.questions))
        self.done_view.value = feedback_html([(D.done_level(self.questions), D.done_message(self.questions))])
        self.proposal = None
        self.accept_button.disabled = True
        for b in (self.save_edit_button, self.up_button, self.down_button, self.delete_button):
            b.disabled = not self.questions
        self.suggest_button.disabled = len(self.questions) < 2

    def _save(self) -> None:
        self.saver.save(D.to_value(self.questions, self.minutes.value), D.status(self.questions))

    def _apply(self, change: D.Change, review_heading: str = "The checker's review",
               where: W.HTML | None = None) -> D.Change:
        """Apply ``change``; its message (and review) show under Add, or in ``where`` for the other buttons."""
        kind = change.level or ("good" if change.ok and (change.entry is None or change.entry.good) else "info")
        said = feedback_html([(kind, change.message)])
        # The review first: it is what the learner is waiting for; the list, meters and save follow.
        if where is None or where is self.message:
            # a refused Add clears the last review: under "Nothing was added" it would read as this text's review
            self.review.value = review_html(change.entry, review_heading) if change.entry is not None else ""
            self._say(self.message, said)
        else:
            review = review_html(change.entry, review_heading) if change.entry is not None and change.ok else ""
            self._say(where, said + review)
        if change.ok:
            self.questions = change.questions
            self._redraw(select=change.selected)
            self._save()
        return change

    # ------------------------------------------------------------------ actions
    def add_text(self, text: str) -> D.Change:
        """Add ``text`` to the list (used by the Add button and by the question bank)."""
        return self._apply(D.add(self.questions, text))

    def _add(self, _b=None) -> None:
        change = D.add(self.questions, self.input.value)
        if change.ok:
            self.input.value = ""  # emptied first, so it never clears what the learner types next
        self._apply(change)

    def _submitted(self, change) -> None:
        """One queued Add from the page: added once, in click order, then confirmed by its number."""
        found = D.read_submission(change["new"], self._seq)
        if found is None:
            return
        self._seq, text = found
        ok = False
        try:
            result = safe(self._show)(lambda: self._apply(D.add(self.questions, text)))()
            ok = bool(result is not None and result.ok)
        finally:
            self.ack.value = ack_html(self._seq, ok)

    def _edit(self, _b=None) -> None:
        self._apply(D.edit(self.questions, self.select.value, self.edit_box.value), "The checker's new review",
                    self.list_message)

    def _delete(self, _b=None) -> None:
        index = self.select.value
        gone = self.questions[index] if isinstance(index, int) and 0 <= index < len(self.questions) else None
        change = self._apply(D.delete(self.questions, index), where=self.list_message)
        if change.ok and gone is not None:
            self._deleted = (gone, index)
            self.undo_button.layout.display = None
            self._say(self.list_message, feedback_html([("info", change.message + " Press Undo delete if that was a slip.")]))

    def _undo(self, _b=None) -> None:
        if self._deleted is None:
            return
        entry, index = self._deleted
        change = self._apply(D.restore(self.questions, entry, index), where=self.list_message)
        if change.ok:
            self._deleted = None
            self.undo_button.layout.display = "none"

    def _move(self, delta: int) -> None:
        self._apply(D.move(self.questions, self.select.value, delta), where=self.list_message)

    def _selected(self, change) -> None:
        if getattr(self, "_drawing", False):
            return
        i = change["new"]
        if i is None or not 0 <= i < len(self.questions):
            self.edit_box.value = ""
            return
        self.edit_box.value = self.questions[i].text
        self._say(self.list_message, review_html(self.questions[i], f"The checker's review (question {i + 1})"))

    def _minutes_changed(self, _change=None) -> None:
        self.budget_view.value = budget_html(self.questions, self.minutes.value)
        self._save()

    def _suggest(self, _b=None) -> None:
        if len(self.questions) < 2:
            self.order_view.value = feedback_html(D.order_advice(self.questions))
            return
        order = D.suggested_order(self.questions)
        if list(order) == list(range(len(self.questions))):
            self.order_view.value = feedback_html([("good", "Your list is already in the suggested order.")])
            return
        self.proposal = order
        self.accept_button.disabled = False
        lines = "".join(f'<li dir="auto">{escape(line)}</li>' for line in D.format_order(self.questions, order))
        lines = lines.replace("<li", '<li style="list-style:none"')
        self.order_view.value = (feedback_html(D.order_advice(self.questions)[:-1])
                                 + f'<div><strong>A suggested order</strong> (press <strong>Use this order</strong> '
                                   f"to accept it):</div><ul style=\"padding-left:0.5em\">{lines}</ul>")

    def _accept(self, _b=None) -> None:
        if self.proposal is None:
            self._say(self.order_message, feedback_html([("info", "Press Suggest an order first.")]))
            return
        self._apply(D.reorder(self.questions, self.proposal), where=self.order_message)


def question_drafter(exercise_id: str = EXERCISE_ID, store: Store | None = None) -> QuestionDrafter:
    return QuestionDrafter(exercise_id, store)


def live_drafter(store: Store, exercise_id: str = EXERCISE_ID) -> QuestionDrafter | None:
    """The drafter shown most recently on ``store`` for ``exercise_id``, if it still exists."""
    ref = _LIVE.get((str(store.folder), exercise_id))
    return ref() if ref is not None else None


__all__ = ["QuestionDrafter", "question_drafter", "live_drafter", "review_html", "EXERCISE_ID", "ALL_KINDS"]
