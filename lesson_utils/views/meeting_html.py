"""The HTML a played meeting shows, shared by the simulator (lesson 6.1) and the rehearsal (6.2):
the clock with its bar, the transcript, the contact's verdict, the path with its turning points,
and the message when a meeting ends. Each takes plain values and escapes all text it shows.
"""

from __future__ import annotations

from typing import Iterable

from ..meeting_verdict import Verdict, Voice, answer_labels, endings_reached
from ..text import clip, escape
from .common import feedback_html

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


def clock_html(minute: float, asked: int, facts: str, after_clock: str = "") -> str:
    """The minute against the time asked for, a bar that turns at the limit, and one line of facts.
    ``after_clock`` is text shown after the clock (escaped here)."""
    width = max(0, min(100, round(100 * minute / asked)))
    shown = round(minute)
    over = shown > asked  # the minute as shown: "Minute 20 of the 20 (over time)" read as a contradiction (a tester)
    clock = f"Minute {shown} of the {asked} you asked for" + (" (over time)" if over else "")
    return (
        '<div class="atl-fb atl-sim" role="status">'
        f"<div><strong>{escape(clock)}</strong>{escape(after_clock)}</div>"
        f'<div class="atl-sim-bar{" atl-sim-over" if over else ""}" aria-hidden="true"><div style="width:{width}%"></div></div>'
        f'<div class="atl-muted">{escape(facts)}</div></div>'
    )


def lines_html(lines: list[tuple[str, str]], last_stands_out: bool, limit: int | None = None) -> str:
    """(speaker, text) pairs; a narrator's note (no speaker) in brackets. When ``last_stands_out``,
    the last line is set apart: it is what the learner answers now. Empty when there are no lines."""
    rows = []
    for n, (who, text) in enumerate(lines):
        text = clip(text, limit) if limit else text
        stripped = text.strip()
        if stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1 \
                and (not who or stripped[1:].lower().startswith((who.lower(), "your contact", "the contact"))):
            # a stage direction is narration, never a speaker's words ("Ruth: (Ruth stirs her coffee and waits.)"),
            # and is bracketed once ("((Your contact answers...))" read as a typo to a tester)
            who, text = "", stripped[1:-1]
        if not who and n == len(lines) - 1 and last_stands_out:
            rows.append(f'<div class="atl-sim-host"><em>({escape(text)})</em></div>')  # "(Ruth glances at her watch.)"
        elif not who:
            rows.append(f'<div class="atl-sim-note">({escape(text)})</div>')
        elif n == len(lines) - 1 and last_stands_out:
            rows.append(f'<div class="atl-sim-host"><strong>{escape(who)}:</strong> {escape(text)}</div>')
        else:
            rows.append(f'<div class="atl-sim-line"><strong>{escape(who)}:</strong> {escape(text)}</div>')
    return '<div class="atl-sim">' + "".join(rows) + "</div>" if rows else ""


def verdict_box_html(v: Verdict, voice: Voice, stats: list[str], after: str = "",
                     numbers_heading: str = "Your meeting in numbers") -> str:
    """The ending, the contact's words and answers, what they noticed, the meeting in numbers,
    then ``after`` (HTML, such as the path)."""
    parts = [
        '<div class="atl-sim">',
        f'<div class="atl-title">The ending: {escape(v.title)}</div>',
        f"<div><strong>{escape(voice.name)}'s verdict, in {escape(voice.possessive)} own words:</strong></div>",
        f'<div class="atl-sim-quote">“{escape(v.words)}”</div>',
        '<table class="atl-table"><tbody>',
    ]
    for key, label in answer_labels(voice).items():
        if key in v.answers:
            parts.append(f'<tr><th scope="row">{escape(label)}</th><td>“{escape(v.answers[key])}”</td></tr>')
    parts.append("</tbody></table>")
    if v.remarks:
        parts.append(f"<div><strong>What {escape(voice.in_sentence)} noticed:</strong></div><ul>")
        parts += [f"<li>“{escape(x)}”</li>" for x in v.remarks]
        parts.append("</ul>")
    parts.append(f"<div><strong>{escape(numbers_heading)}:</strong></div><ul>")
    parts += [f"<li>{escape(x)}</li>" for x in stats]
    parts.append("</ul>")
    parts.append(after)
    parts.append("</div>")
    return "".join(parts)


def path_html(heading: str, turns: Iterable[tuple[str, str, str]]) -> str:
    """``heading`` (HTML), then each turn (what was said, "helped"/"hurt"/"", the note) in order,
    with the turning points marked in symbols and in words."""
    parts = [f"<div><strong>{heading}</strong> (▲ helped, ▼ hurt; the words say which):</div>",
             '<ol class="atl-sim-path">']
    for said, kind, note in turns:
        said = escape(clip(said, 160))
        if kind:
            mark = "▲" if kind == "helped" else "▼"
            word = "Turning point, helped" if kind == "helped" else "Turning point, hurt"
            parts.append(f'<li><span aria-hidden="true">{mark}</span> <strong>{word}:</strong> “{said}”'
                         f'<div class="atl-muted">{escape(note)}</div></li>')
        else:
            parts.append(f"<li>“{said}”</li>")
    parts.append("</ol>")
    return "".join(parts)


def ending_message(ending: str, runs: list, words: dict, next_step: str) -> str:
    """Said when a meeting ends: which ending it was, every ending reached so far, and ``next_step``."""
    return feedback_html([
        # worded by the ending: a tick only for the warm one, never for the visitor's
        ({"warm": "good", "awkward": "fix"}.get(ending, "info"), f"Meeting over: the ending was {words[ending]}."),
        ("info", f"Endings you have reached so far: {', '.join(endings_reached(runs, words))}. {next_step}"),
    ])
