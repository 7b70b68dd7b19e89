"""Rehearse my meeting: the simulator plays the contact to the asker's own plan (exercise 6.2).

A thin view over :mod:`lesson_utils.rehearsal`. The plan comes from the saved work of
exercises 3.1 (introduction, purpose) and 4.1 (questions, time budget), read when the view is
built and again on "Start again". Saved value::

    {"plan": {...MeetingPlan.to_json()}, "current": [{"move": ..., "text": ...?}, ...],
     "runs": [run_record(...), ...]}

Status is ``"done"`` once a rehearsal has reached the contact's verdict.
"""

from __future__ import annotations

from typing import Callable

import ipywidgets as W

from .. import rehearsal as R
from ..meeting_verdict import saved_runs, with_run
from ..simulator import SimulatorError
from ..store import Store
from ..text import clean, clip, escape
from .base import View
from .ordered_adds import carried_clicks
from .common import button, exercise_box, feedback_html, get_store, hbox, html, label_style, labelled_text, labelled_textarea, message_html, safe, SaveLine, vbox
from .meeting_html import SIM_CSS, clock_html, ending_message, lines_html, path_html, verdict_box_html

def plan_html(plan: R.MeetingPlan) -> str:
    qs = "".join(f"<li>{escape(clip(q, 300))}</li>" for q in plan.questions)
    intro = escape(clip(plan.introduction, 1200)) if plan.introduction.strip() else \
        "<em>None saved: you will type it when the contact asks what brings you.</em>"
    which = "The short sample plan" if plan.sample else "Your plan, from your saved work"
    return (
        '<div class="atl-sim atl-sim-card">'
        f"<div><strong>{which}</strong> · a meeting of {plan.minutes} minutes about "
        f"{escape(R.field_words(plan))}</div>"
        f"<div><strong>Your introduction:</strong> {intro}</div>"
        + (f"<div><strong>Your purpose:</strong> {escape(clip(plan.purpose, 400))}</div>" if plan.purpose.strip() else "")
        + f"<div><strong>Your questions, in your order:</strong></div><ol>{qs}</ol></div>"
    )


def needs_html(plan: R.MeetingPlan) -> str:
    # work not yet done in an earlier lesson is not a fault here: it is what the rehearsal will use
    items = [("info", n) for n in R.plan_needs(plan)]
    if not R.can_start(plan):
        items.append(("info", "“Start the rehearsal” stays off until you have at least one question. Until then, "
                              "try the short sample plan below: Sam's four questions about moving from teaching into "
                              "training design, in a 20-minute meeting (the contact answers about that field)."))
    return feedback_html(items, "To rehearse your own meeting, the simulator needs:") if items else ""


def status_html(r: R.Rehearsal) -> str:
    s = r.state
    facts = (f"You have done {round(100 * R.talk_share(s))}% of the talking · do they know what you do and want? "
             f"{'yes' if s['purpose_clear'] else 'not yet'} · questions asked: {s['questions']} "
             f"({s['questions_left']} of your {len(r.plan.questions)} still to ask) · favours asked: {s['favour_asks']}")
    return clock_html(s["minutes"], r.plan.minutes, facts)


#: how much of a prepared line its choice shows; a longer one is also shown in full below the meeting
LABEL_CHARS = 220


def transcript_html(r: R.Rehearsal) -> str:
    lines = R.transcript_lines(r)
    out = lines_html(lines, not r.is_over and bool(lines) and lines[-1][0] != "You", limit=1500)
    if not r.is_over:
        # a tester could not read the sample plan's introduction past "…" in its choice: the whole line, here
        long = [m for m in r.moves() if m.line and len(m.line) > LABEL_CHARS]
        out += "".join(f'<div class="atl-muted" dir="auto"><strong>{escape(m.label)}, in full:</strong> '
                       f"{escape(m.line)}</div>" for m in long)
    return out


def verdict_html(r: R.Rehearsal) -> str:
    v = r.verdict()
    if v is None:
        return ""
    return verdict_box_html(v, R.VOICE, R.format_stats(v.stats), replay_html(r))


def changes_html(r: R.Rehearsal) -> str:
    changes = r.changes()
    if not changes:
        return "<div><strong>Nothing big to change.</strong> Rehearse again with a different order, or with a follow-up on every answer.</div>"
    items = []
    for c in changes:
        link = (f' <a class="atl-lesson-link" href="{escape(c["file"])}">Lesson {escape(c["lesson"])}: {escape(c["title"])}</a>'
                if c["file"] else "")
        items.append(f"<li>{escape(c['text'])}{link}</li>")
    head = "The two changes that would help most:" if len(items) > 1 else "The change that would help most:"
    return f"<div><strong>{head}</strong></div><ol>" + "".join(items) + "</ol>"


def replay_html(r: R.Rehearsal) -> str:
    turns = [(t.said or t.reply or "(you moved on)", t.turning_kind, t.turning_note) for t in r.turns]
    return path_html("Your meeting again, with the turning points marked", turns) + changes_html(r)


def move_label(m: R.Move) -> str:
    return f"{m.label}: “{clip(m.line, LABEL_CHARS)}”" if m.line else m.label


class RehearsalView(View):
    page_script = True  # typed words go with their click (see ordered_adds.carried_clicks)
    def __init__(self, exercise_id: str, load_plan: Callable[[], R.MeetingPlan], store: Store | None = None,
                 title: str = "Rehearse my meeting"):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.load_plan = load_plan
        self.plan = R.MeetingPlan()
        self.rehearsal: R.Rehearsal | None = None
        self.runs: list = []
        self._last_typed = ""  # the line the learner typed and said last (see _say)
        show = safe(self._show)

        self.plan_box = html()
        self.needs = html()
        self.field_box = labelled_text("The field you are exploring (your contact's answers use it)",
                                       placeholder="e.g. UX research")
        self.next_step_box = labelled_text("Your next step after the meeting (you say it at the close)",
                                           placeholder="e.g. I'll contact the people you suggest this week.")
        self.start_button = button("Start the rehearsal", style="primary")
        self.sample_button = button("Try the short sample plan")
        self.start_button.on_click(show(self._start))
        self.sample_button.on_click(show(self._sample))
        self.setup_area = vbox([self.plan_box, self.needs, self.field_box, self.next_step_box,
                                hbox([self.start_button, self.sample_button])], layout=W.Layout())  # shown, hidden

        self.status = html()
        self.transcript = html()
        self.choice = W.RadioButtons(options=[], value=None, description="What do you say?",
                                     layout=W.Layout(width="100%"), style=label_style(),  # its own: shown, hidden
                                     _dom_classes=("atl-stack", "atl-radio"))
        self.own_words = labelled_textarea("Your own words (for the choice that says you type them)", rows=2,
                                           placeholder="e.g. What surprised you most in your first year?", hideable=True)
        self.say_button = button("Say it", style="primary", hideable=True)
        self.say_button.on_click(show(self._say))
        self.own_words.observe(show(self._words_typed), names="value")
        self.play_area = vbox([self.status, self.transcript, self.choice, self.own_words, self.say_button],
                              layout=W.Layout())  # shown, hidden
        self.message = html()
        self.ending = html()
        self.restart_button = button("Start again", hideable=True)
        self.restart_button.on_click(show(self._restart))
        self.widget = exercise_box(
            title,
            [html(SIM_CSS), self.setup_area, self.play_area, self.message, self.ending, self.restart_button,
             self.saver.widget,
             *carried_clicks({"field": self.field_box, "step": self.next_step_box, "words": self.own_words},
                             [self.start_button, self.say_button])],
            "Your contact reacts to your own introduction and questions. Choose what to say, press Say it, "
            "and play to the end to hear their verdict.",
        )
        self.widget.add_class("atl-rehearsal")
        self._load()
        self._render()

    # -- helpers
    def _show(self, html: str) -> None:
        self.message.value = html

    def _fresh_plan(self) -> R.MeetingPlan:
        try:
            return self.load_plan()
        except Exception:  # noqa: BLE001 - unreadable saved work means an empty plan, never an error
            return R.MeetingPlan()

    def _load(self) -> None:
        self.plan = self._fresh_plan()
        saved = self.saver.load(default=None)
        if not isinstance(saved, dict):
            return
        self.runs = saved_runs(saved)
        plan = R.plan_from_json(saved.get("plan"))
        current = saved.get("current")
        if plan is not None and isinstance(current, list) and current:
            try:
                self.rehearsal = R.replay(plan, current)
                self.plan = plan
            except SimulatorError:
                self.message.value = message_html(
                    "Your saved rehearsal does not fit this version of the course, so it starts again. "
                    "Your earlier verdicts are kept.")

    def _render(self) -> None:
        r = self.rehearsal
        playing = r is not None
        self.setup_area.layout.display = "none" if playing else None
        self.play_area.layout.display = None if playing else "none"
        self.restart_button.layout.display = None if playing else "none"
        if not playing:
            self.plan_box.value = plan_html(self.plan) if R.can_start(self.plan) or self.plan.introduction else ""
            self.needs.value = needs_html(self.plan)
            self.field_box.value = self.plan.field
            self.next_step_box.value = self.plan.next_step
            self.start_button.disabled = not R.can_start(self.plan)
            self.ending.value = ""
            return
        self.status.value = status_html(r)
        self.transcript.value = transcript_html(r)
        if r.is_over:
            self.choice.options = []
            self.choice.layout.display = self.own_words.layout.display = self.say_button.layout.display = "none"
            self.ending.value = verdict_html(r)
        else:
            self.choice.layout.display = self.own_words.layout.display = self.say_button.layout.display = None
            moves = r.moves()
            self.choice.options = [(move_label(m), m.id) for m in moves]
            # the first prepared line, not "say what I type" with an empty box (pressing Say it would only complain)
            self.choice.value = next((m.id for m in moves if m.id != "typed"), moves[0].id) if moves else None
            self.ending.value = ""

    def _save(self) -> None:
        value = {"plan": self.plan.to_json(), "current": list(self.rehearsal.path) if self.rehearsal else [],
                 "runs": self.runs}
        self.saver.save(value, "done" if self.runs else "in_progress")

    # -- callbacks
    def _begin(self, plan: R.MeetingPlan) -> None:
        field_text = clean(self.field_box.value).strip()[: R.MAX_FIELD_CHARS]
        step = clean(self.next_step_box.value).strip()[: R.MAX_LINE_CHARS]
        if not plan.sample:
            plan = R.MeetingPlan(plan.introduction, plan.purpose, field_text or plan.field, plan.questions,
                                 plan.minutes, step or plan.next_step)
        self.plan = plan
        self.rehearsal = R.Rehearsal(plan)
        self.message.value = message_html("The meeting starts. Your contact speaks first.")
        self._render()
        self._save()

    def _start(self, _button=None) -> None:
        if not R.can_start(self.plan):
            self.message.value = needs_html(self.plan)
            return
        if not clean(self.field_box.value).strip() and not self.plan.field:
            # without it the contact can only say "your field", and that is what reaches the plan
            self.message.value = message_html(
                "Type the field you are exploring first (for example, instructional design): your contact's "
                "answers use it. Then press Start the rehearsal again.")
            return
        self._begin(self.plan)

    def _words_typed(self, change) -> None:
        """Typing your own words ticks the choice that says them, so the choice shown is what Say it does."""
        if clean(change["new"]).strip() and "typed" in [v for _, v in self.choice.options]:
            self.choice.value = "typed"

    def _sample(self, _button=None) -> None:
        sample = R.sample_plan()
        self._begin(sample)
        if clean(self.field_box.value).strip() or clean(self.next_step_box.value).strip():
            # a tester's own field, typed beside the sample's button, seemed ignored without a word
            own = ("press Start again after this one to use them" if R.can_start(self._fresh_plan())
                   else "it needs your saved introduction (exercise 3.1) and questions (exercise 4.1) first")
            self.message.value = message_html(
                f"The meeting starts, with the sample plan: Sam's, in {sample.field}. The field and next step you typed "
                f"are kept for your own rehearsal; {own}.")

    def _say(self, _button=None) -> None:
        r = self.rehearsal
        if r is None or r.is_over:
            self.message.value = message_html("The meeting is over. Press Start again to rehearse it once more.")
            return
        move = self.choice.value
        offered = [m.id for m in r.moves()]
        words = clean(self.own_words.value).strip()
        if words and words == self._last_typed:
            # the line just said, carried again by a quick second click before the page saw its box emptied:
            # said once, never twice (a learner once saw the same favour counted two times)
            self.own_words.value = ""
            if move == "typed":
                move = next((m for m in offered if m != "typed"), None)
        if clean(self.own_words.value).strip() and move != "typed" and "typed" in offered:
            move = "typed"  # words typed in the box are what the learner means to say, whatever is ticked
        if move is None:
            self.message.value = message_html("Choose what to say first.")
            return
        typed = self.own_words.value if move == "typed" else ""
        try:
            turn = r.say(move, typed)
        except SimulatorError as exc:
            self.message.value = message_html(str(exc), "fix")
            return
        self._last_typed = clean(typed).strip() if move == "typed" else ""
        if move == "typed":
            self.own_words.value = ""
        self.message.value = ""
        if turn.turning_kind:
            word = "helped" if turn.turning_kind == "helped" else "hurt"
            self.message.value = feedback_html([("good" if word == "helped" else "fix",
                                                 f"A turning point that {word}: {turn.turning_note}")])
        if r.is_over:
            self._record()
        self._render()
        self._save()

    def _record(self) -> None:
        record = R.run_record(self.rehearsal)
        self.runs = with_run(self.runs, record)
        self.message.value = ending_message(record["ending"], self.runs, R.ENDING_WORDS,
                                            "Read the verdict and the turning points below, then press Start "
                                            "again to rehearse once more.")

    def _restart(self, _button=None) -> None:
        typed = (self.field_box.value, self.next_step_box.value)
        self.rehearsal = None
        self.plan = self._fresh_plan()
        self.message.value = message_html("Your plan was read again from your saved work. Your earlier verdicts are kept.")
        self._render()
        # what the learner typed in the two boxes stays, unless their saved work now gives one (a walk's were wiped)
        if typed[0].strip() and not self.field_box.value.strip():
            self.field_box.value = typed[0]
        if typed[1].strip() and not self.next_step_box.value.strip():
            self.next_step_box.value = typed[1]
        self._save()
