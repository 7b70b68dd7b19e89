"""The conversation simulator widget: pick (or type) what to say, see the contact react.

A thin view over :mod:`lesson_utils.simulator`. Saved value (exercise id such as
``"06.1-conversation"``)::

    {"current": [{"node": ..., "option": ..., "typed": ...?}, ...],   # the meeting on screen
     "runs": [{"path": [...], "ending": "warm",
               "verdict": {"title": str, "words": str, "answers": {"introduce": str, ...}, "remarks": [str]},
               "minutes": 19.0, "talk_share": 0.18,
               "visitor_lines": 0, "turning_points": [["intro_clear", "helped"], ...]}, ...]}

Status is ``"done"`` once at least one meeting has reached an ending.
"""

from __future__ import annotations

import ipywidgets as W

from ..meeting_verdict import Voice, saved_runs, with_run
from ..simulator import (
    ENDING_WORDS,
    Conversation,
    SimulatorError,
    VISITOR_BRIEF,
    format_stats,
    match_line,
    no_match_words,
    replay,
    talk_share,
    transcript_lines,
)
from ..store import Store
from ..text import clean, clip, escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, labelled_text, message_html, safe, SaveLine, shared_layout, vbox
from .ordered_adds import carried_clicks
from .meeting_html import SIM_CSS, clock_html, ending_message, lines_html, path_html, verdict_box_html


def _brief_html(script, visitor: bool = False) -> str:
    """Who meets whom; ``visitor`` for the visitor's meeting (his lines are his, not the learner's)."""
    asker = f"<div><strong>You:</strong> {escape(VISITOR_BRIEF if visitor else script.you_about)}</div>"
    return (
        '<div class="atl-sim atl-sim-card">'
        f"{asker}"
        f"<div><strong>Your contact:</strong> {escape(script.host_about)}</div>"
        f"<div><strong>Where and when:</strong> {escape(script.setting)}</div>"
        "</div>"
    )


def status_html(conv: Conversation) -> str:
    s = conv.state
    stage = conv.script.stages.get(conv.node.stage, "")
    purpose = "yes" if s["purpose_clear"] else "not yet"
    facts = (
        f"You have done {round(100 * talk_share(s))}% of the talking · silences: {s['silences']} · "
        f"does she know what you do and want? {purpose} · favours asked: {s['favour_asks']}"
    )
    return clock_html(s["minutes"], conv.script.asked_minutes, facts,
                      f" · stage: {stage}" if stage and not conv.is_over else "")


def transcript_html(conv: Conversation, asker: str = "You") -> str:
    # the contact's current line stands out: it is what the learner answers now
    return lines_html(transcript_lines(conv, asker), last_stands_out=not conv.is_over)


def verdict_html(conv: Conversation, whose: str = "Your") -> str:
    """The verdict of a finished meeting; ``whose`` is "Your" for the learner's own run, "His" for the
    visitor's meeting shown in lesson 6."""
    verdict = conv.verdict()
    if verdict is None:
        return ""
    return verdict_box_html(verdict, Voice(conv.script.host_name, "she", "her"), format_stats(verdict.stats),
                            replay_html(conv, whose), numbers_heading=f"{whose} meeting in numbers")


def replay_html(conv: Conversation, whose: str = "Your") -> str:
    # a typed line shows what it was taken as: a tester saw their question beside "a request for her clients"
    turns = [(f"{clip(s.typed, 80)} (taken as: {clip(s.option.say, 60)})" if s.typed else s.option.say, s.option.turning_kind,
              s.option.turning_note) for s in conv.steps]
    parts = [path_html(f"{whose} path, with the turning points marked", turns)]
    visitor = conv.followed_visitor()
    if visitor and whose == "Your":
        parts.append(
            f'<div class="atl-muted">{visitor} of your {len(conv.steps)} lines {"was" if visitor == 1 else "were"} the kind the visitor in the story used.</div>'
        )
    return "".join(parts)


class SimulatorView(View):
    page_script = True  # a typed line goes with its click (see ordered_adds.carried_clicks)
    def __init__(self, exercise_id: str, store: Store | None = None, title: str = "The conversation simulator"):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.conv = Conversation()
        self.runs: list = []
        self._typed = ""
        self._typed_for = None
        show = safe(self._show)

        script = self.conv.script
        self.brief = html(_brief_html(script))
        self.status = html()
        self.transcript = html()
        self.choice = W.RadioButtons(
            options=[], value=None, description="What do you say?",
            layout=shared_layout(width="100%"), style=label_style(),
            _dom_classes=("atl-stack", "atl-radio", "atl-sim-choice"),
        )
        self.say_button = button("Say this", style="primary")
        self.own_line = labelled_text("Or type your own line (it is matched to the nearest choice above)",
                                      placeholder="e.g. What did it take for you to get started?")
        self.match_button = button("Find the nearest choice")
        self.message = html()
        self.ending = html()
        self.restart_button = button("Start again")
        self._confirming = False
        self.say_button.on_click(show(self._say))
        self.match_button.on_click(show(self._match))
        self.restart_button.on_click(show(self._restart))
        self.play_area = vbox([self.choice, self.say_button, self.own_line, self.match_button], layout=W.Layout())  # shown, hidden
        self.widget = exercise_box(
            title,
            [html(SIM_CSS), self.brief, self.status, self.transcript, self.play_area, self.message,
             self.ending, self.restart_button, self.saver.widget,
             *carried_clicks({"line": self.own_line}, [self.match_button])],
            "Read what Ruth says, choose your line (or type your own), and press Say this. "
            "Play to the end to hear her verdict.",
        )
        self._load()
        self._render()

    # -- helpers
    def _show(self, html: str) -> None:
        self.message.value = html

    def _load(self) -> None:
        saved = self.saver.load(default=None)
        if not isinstance(saved, dict):
            return
        self.runs = saved_runs(saved)
        current = saved.get("current")
        if isinstance(current, list) and current:
            try:
                self.conv = replay(current)
            except SimulatorError:
                self.conv = Conversation()
                self.message.value = message_html(
                    "Your saved meeting does not fit this version of the simulator, so a new one starts. "
                    "Your earlier endings are kept.", "info")

    def _render(self) -> None:
        conv = self.conv
        self.status.value = status_html(conv)
        self.transcript.value = transcript_html(conv)
        if conv.is_over:
            self.choice.options = []
            self.play_area.layout.display = "none"
            self.ending.value = verdict_html(conv)
        else:
            self.choice.options = [(o.say, o.id) for o in conv.choices()]
            self.choice.value = None
            self.play_area.layout.display = None
            self.ending.value = ""

    def _save(self) -> None:
        status = "done" if self.runs else "in_progress"
        self.saver.save({"current": self.conv.path(), "runs": self.runs}, status)

    # -- callbacks
    def _end_confirm(self) -> None:
        self._confirming = False
        self.restart_button.description = "Start again"

    def _say(self, _button=None) -> None:
        self._end_confirm()
        if self.conv.is_over:
            self.message.value = message_html("The meeting is over. Press Start again to play another one.")
            return
        option_id = self.choice.value
        if option_id is None:
            self.message.value = message_html("Choose a line first (or type your own and press Find the nearest choice).")
            return
        typed = self._typed if option_id == self._typed_for else ""
        self.conv.choose(option_id, typed)
        self._typed, self._typed_for = "", None
        self.own_line.value = ""
        self.message.value = ""
        if self.conv.is_over:
            self._record_run()
        self._render()
        self._save()

    def _match(self, _button=None) -> None:
        self._end_confirm()
        if self.conv.is_over:
            self.message.value = message_html("The meeting is over. Press Start again to play another one.")
            return
        text = clean(self.own_line.value)
        found = match_line(text, self.conv.choices())
        if found.option is None:
            # an earlier match never stays selected: "Say this" would say a line the learner did not mean (a walk)
            self.choice.value = None
            self._typed, self._typed_for = "", None
            self.message.value = message_html(no_match_words(self.conv.script.host_name, found.message))
            return
        self._typed, self._typed_for = text.strip(), found.option.id
        self.choice.value = found.option.id
        self.message.value = feedback_html([
            ("info", f"You typed: “{clip(text.strip(), 200)}”"),
            ("info", found.message + " It is now selected: press Say this to say it, or choose another line."),
        ])

    def _restart(self, _button=None) -> None:
        steps = len(self.conv.steps)
        if steps and not self.conv.is_over and not self._confirming:
            # a meeting in progress is never thrown away by one stray click
            self._confirming = True
            self.restart_button.description = "Yes, start over"
            self.message.value = message_html(
                f"This meeting is not finished ({steps} line{'s' if steps != 1 else ''} so far). Press Yes, start "
                "over to begin a new one, or carry on with Say this. Finished meetings stay saved.")
            return
        self._end_confirm()
        self.conv = Conversation()
        self._typed, self._typed_for = "", None
        self.own_line.value = ""
        self.message.value = message_html("A new meeting starts. Your earlier endings are kept.")
        self._render()
        self._save()

    def _record_run(self) -> None:
        verdict = self.conv.verdict()
        run = {
            "path": self.conv.path(),
            "ending": verdict.ending,
            "verdict": {"title": verdict.title, "words": verdict.words, "answers": verdict.answers,
                        "remarks": list(verdict.remarks)},
            "minutes": verdict.stats["minutes"],
            "talk_share": verdict.stats["talk_share"],
            "visitor_lines": self.conv.followed_visitor(),
            "turning_points": [[s.option.id, s.option.turning_kind] for _, s in self.conv.turning_points()],
        }
        self.runs = with_run(self.runs, run)
        self.message.value = ending_message(verdict.ending, self.runs, ENDING_WORDS,
                                            "Press Start again to try another path.")


def conversation_simulator(exercise_id: str, store: Store | None = None) -> SimulatorView:
    """The conversation simulator, saving under ``exercise_id``."""
    return SimulatorView(exercise_id, store)
