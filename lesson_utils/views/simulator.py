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

from ..simulator import (
    ENDING_WORDS,
    Conversation,
    SimulatorError,
    format_stats,
    match_line,
    replay,
    talk_share,
    transcript_lines,
)
from ..store import Store
from ..text import clean, clip, escape
from .base import View
from .common import SaveLine, button, exercise_box, feedback_html, get_store, labelled_text, message_html, safe

MAX_RUNS = 20

SIM_CSS = """
<style>
.atl-sim { line-height: 1.45; }
.atl-sim-choice .widget-radio-box label { margin: 3px 0 6px 0; }
.atl-sim-card { border: 1px solid #bbb; border-radius: 4px; padding: 6px 10px; margin: 4px 0; background: #fafafa; }
.atl-sim-line { margin: 3px 0; }
.atl-sim-host { font-size: 1.05em; border-left: 4px solid #1f3f66; padding: 4px 8px; margin: 6px 0; background: #f3f6fa; }
.atl-sim-note { color: #444; font-style: italic; margin: 2px 0 6px 1.2em; }
.atl-sim-bar { height: 8px; background: #ddd; border-radius: 4px; margin: 2px 0 4px 0; max-width: 420px; }
.atl-sim-bar > div { height: 8px; background: #1f3f66; border-radius: 4px; }
.atl-sim-over > div { background: #8a3a00; }
.atl-sim-quote { border-left: 4px solid #888; padding: 4px 10px; margin: 6px 0; font-style: italic; }
.atl-sim-path li { margin: 3px 0; }
</style>
"""


def _brief_html(script) -> str:
    return (
        '<div class="atl-sim atl-sim-card">'
        f"<div><strong>You:</strong> {escape(script.you_about)}</div>"
        f"<div><strong>Your contact:</strong> {escape(script.host_about)}</div>"
        f"<div><strong>Where and when:</strong> {escape(script.setting)}</div>"
        "</div>"
    )


def status_html(conv: Conversation) -> str:
    s = conv.state
    asked = conv.script.asked_minutes
    minute = s["minutes"]
    share = round(100 * talk_share(s))
    stage = conv.script.stages.get(conv.node.stage, "")
    width = max(0, min(100, round(100 * minute / asked)))
    over = minute > asked
    clock = f"Minute {minute:.0f} of the {asked} you asked for" + (" (over time)" if over else "")
    purpose = "yes" if s["purpose_clear"] else "not yet"
    facts = (
        f"You have done {share}% of the talking · silences: {s['silences']} · "
        f"does she know what you do and want? {purpose} · favours asked: {s['favour_asks']}"
    )
    return (
        '<div class="atl-fb atl-sim" role="status">'
        f"<div><strong>{escape(clock)}</strong>" + (f" · stage: {escape(stage)}" if stage and not conv.is_over else "") + "</div>"
        f'<div class="atl-sim-bar{" atl-sim-over" if over else ""}" aria-hidden="true"><div style="width:{width}%"></div></div>'
        f'<div class="atl-muted">{escape(facts)}</div></div>'
    )


def transcript_html(conv: Conversation) -> str:
    lines = transcript_lines(conv)
    rows = []
    for n, (who, text) in enumerate(lines):
        if not who:
            rows.append(f'<div class="atl-sim-note">({escape(text)})</div>')
        elif n == len(lines) - 1 and not conv.is_over:
            # the host's current line stands out: it is what the learner answers now
            rows.append(f'<div class="atl-sim-host"><strong>{escape(who)}:</strong> {escape(text)}</div>')
        else:
            rows.append(f'<div class="atl-sim-line"><strong>{escape(who)}:</strong> {escape(text)}</div>')
    return '<div class="atl-sim">' + "".join(rows) + "</div>" if rows else ""


def verdict_html(conv: Conversation) -> str:
    verdict = conv.verdict()
    if verdict is None:
        return ""
    host = escape(conv.script.host_name)
    parts = [
        '<div class="atl-sim">',
        f'<div class="atl-title">The ending: {escape(verdict.title)}</div>',
        f"<div><strong>{host}'s verdict, in her own words:</strong></div>",
        f'<div class="atl-sim-quote">“{escape(verdict.words)}”</div>',
        '<table class="atl-table"><tbody>',
    ]
    labels = {"introduce": "Would she introduce you to others?", "keep_in_touch": "Would she keep in touch?",
              "refer": "Would she refer you work?"}
    for key, label in labels.items():
        if key in verdict.answers:
            parts.append(f'<tr><th scope="row">{escape(label)}</th><td>“{escape(verdict.answers[key])}”</td></tr>')
    parts.append("</tbody></table>")
    if verdict.remarks:
        parts.append(f"<div><strong>What {host} noticed:</strong></div><ul>")
        parts += [f"<li>“{escape(r)}”</li>" for r in verdict.remarks]
        parts.append("</ul>")
    parts.append("<div><strong>Your meeting in numbers:</strong></div><ul>")
    parts += [f"<li>{escape(x)}</li>" for x in format_stats(verdict.stats)]
    parts.append("</ul>")
    parts.append(replay_html(conv))
    parts.append("</div>")
    return "".join(parts)


def replay_html(conv: Conversation) -> str:
    parts = [
        "<div><strong>Your path, with the turning points marked</strong> "
        "(▲ helped, ▼ hurt; the words say which):</div>",
        '<ol class="atl-sim-path">',
    ]
    for step in conv.steps:
        opt = step.option
        said = escape(clip(step.typed or opt.say, 160))
        if opt.turning_kind:
            mark = "▲" if opt.turning_kind == "helped" else "▼"
            word = "Turning point, helped" if opt.turning_kind == "helped" else "Turning point, hurt"
            parts.append(
                f'<li><span aria-hidden="true">{mark}</span> <strong>{word}:</strong> “{said}”'
                f'<div class="atl-muted">{escape(opt.turning_note)}</div></li>'
            )
        else:
            parts.append(f"<li>“{said}”</li>")
    parts.append("</ol>")
    visitor = conv.followed_visitor()
    if visitor:
        parts.append(
            f'<div class="atl-muted">{visitor} of your {len(conv.steps)} lines were the kind the visitor in the story used.</div>'
        )
    return "".join(parts)


class SimulatorView(View):
    def __init__(self, exercise_id: str, store: Store | None = None, title: str = "The conversation simulator"):
        self.saver = SaveLine(get_store(store), exercise_id)
        self.conv = Conversation()
        self.runs: list = []
        self._typed = ""
        self._typed_for = None
        show = safe(self._show)

        script = self.conv.script
        self.brief = W.HTML(_brief_html(script))
        self.status = W.HTML()
        self.transcript = W.HTML()
        self.choice = W.RadioButtons(
            options=[], value=None, description="What do you say?",
            layout=W.Layout(width="100%"), style={"description_width": "initial"},
        )
        self.choice.add_class("atl-stack")
        self.choice.add_class("atl-radio")
        self.choice.add_class("atl-sim-choice")
        self.say_button = button("Say this", style="primary")
        self.own_line = labelled_text("Or type your own line (it is matched to the nearest choice above)",
                                      placeholder="e.g. What did it take for you to get started?")
        self.match_button = button("Find the nearest choice")
        self.message = W.HTML()
        self.ending = W.HTML()
        self.restart_button = button("Start again")
        self.say_button.on_click(show(self._say))
        self.match_button.on_click(show(self._match))
        self.restart_button.on_click(show(self._restart))
        self.play_area = W.VBox([self.choice, self.say_button, self.own_line, self.match_button])
        self.widget = exercise_box(
            title,
            [W.HTML(SIM_CSS), self.brief, self.status, self.transcript, self.play_area, self.message,
             self.ending, self.restart_button, self.saver.widget],
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
        runs = saved.get("runs")
        if isinstance(runs, list):
            self.runs = [r for r in runs if isinstance(r, dict)][-MAX_RUNS:]
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
    def _say(self, _button=None) -> None:
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
        if self.conv.is_over:
            self.message.value = message_html("The meeting is over. Press Start again to play another one.")
            return
        text = clean(self.own_line.value)
        found = match_line(text, self.conv.choices())
        if found.option is None:
            self.message.value = message_html(found.message)
            return
        self._typed, self._typed_for = text.strip(), found.option.id
        self.choice.value = found.option.id
        self.message.value = feedback_html([
            ("info", f"You typed: “{clip(text.strip(), 200)}”"),
            ("info", found.message + " It is now selected: press Say this to say it, or choose another line."),
        ])

    def _restart(self, _button=None) -> None:
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
        self.runs = (self.runs + [run])[-MAX_RUNS:]
        endings = sorted({ENDING_WORDS.get(r.get("ending"), "?") for r in self.runs})
        self.message.value = feedback_html([
            ("good", f"Meeting over: the ending was {ENDING_WORDS[verdict.ending]}."),
            ("info", f"Endings you have reached so far: {', '.join(endings)}. Press Start again to try another path."),
        ])


def conversation_simulator(exercise_id: str, store: Store | None = None) -> SimulatorView:
    """The conversation simulator, saving under ``exercise_id``."""
    return SimulatorView(exercise_id, store)
