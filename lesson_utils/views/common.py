"""Building blocks shared by every exercise widget.

Conventions (see CONTRIBUTING.md): every control has a visible label; feedback
is worded ("Good:", "To improve:") and never colour alone; learner text is
escaped before it is shown as HTML; callbacks never let an exception reach the
learner; work is saved to the store under a stable exercise id.
"""

from __future__ import annotations

import functools
import time
from typing import Callable, Iterable

import ipywidgets as W

from ..store import Store, StoreError
from ..text import escape

# One small stylesheet, added to each exercise so it works in Lab and Voila.
CSS = """
<style>
.atl-stack.widget-textarea, .atl-stack.widget-text, .atl-stack.widget-dropdown,
.atl-stack.widget-radio, .atl-stack.widget-select { flex-direction: column; align-items: stretch;
  height: auto !important; }
.atl-stack > .widget-label { width: auto !important; max-width: none; margin-bottom: 2px;
  font-weight: 600; white-space: normal; text-align: left; }
.atl-stack textarea, .atl-stack input[type=text] { width: 100%; box-sizing: border-box; }
.atl-stack select { height: var(--jp-widgets-inline-height, 28px); flex: none; }
.atl-fb { line-height: 1.45; }
.atl-fb ul { margin: 4px 0 4px 0; padding-left: 1.2em; }
.atl-fb li { margin: 2px 0; }
.atl-good { color: #1a5e20; } .atl-fix { color: #8a3a00; } .atl-info { color: #1f3f66; }
.atl-warn { color: #8a0000; }
.atl-title { font-size: 1.05em; font-weight: 700; margin: 4px 0; }
.atl-muted { color: #444; font-size: 0.92em; line-height: 1.45; }
.atl-exercise .widget-html-content { line-height: 1.45; }
.atl-exercise .widget-text, .atl-exercise .widget-textarea, .atl-exercise .widget-select, .atl-exercise .widget-dropdown,
.atl-exercise .widget-radio { box-sizing: border-box; padding-right: 2px;
  max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); } /* width 100% plus the widget's margins never overflows */
.atl-exercise textarea, .atl-exercise input[type=text] { font-family: var(--jp-content-font-family, system-ui, sans-serif);
  font-size: var(--jp-content-font-size1, 14px); }
.atl-exercise { box-sizing: border-box; }
.atl-table { border-collapse: collapse; margin: 4px 0; }
.atl-table th, .atl-table td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }
.atl-table th { background: #f0f0f0; }
.atl-radio .widget-radio-box label { white-space: normal; height: auto !important; line-height: 1.4 !important;
  margin: 3px 0 5px 0; padding-left: 0 !important; display: flex; flex-direction: row-reverse;
  justify-content: flex-end; align-items: flex-start; gap: 0.5em; }
.atl-radio .widget-radio-box label input { position: static !important; margin: 0.25em 0 0 0 !important; flex: none; }
.atl-radio > .widget-label { margin-top: 10px; }
.atl-radio .widget-radio-box { width: 100%; }
</style>
"""

KIND_WORDS = {
    "good": ("✓", "Good:"),
    "fix": ("✗", "To improve:"),
    "info": ("ℹ", "Note:"),
    "warn": ("!", "Problem:"),
}


def css() -> W.HTML:
    return W.HTML(CSS)


def feedback_html(items: Iterable[tuple[str, str]], heading: str = "") -> str:
    """Worded feedback as HTML: each item is (kind, plain text). Text is escaped."""
    parts = ['<div class="atl-fb" role="status">']
    if heading:
        parts.append(f"<div><strong>{escape(heading)}</strong></div>")
    lis = []
    for kind, text in items:
        mark, word = KIND_WORDS.get(kind, KIND_WORDS["info"])
        lis.append(
            f'<li class="atl-{kind if kind in KIND_WORDS else "info"}">'
            f'<span aria-hidden="true">{mark}</span> <strong>{word}</strong> {escape(text)}</li>'
        )
    if lis:
        parts.append("<ul>" + "".join(lis) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def message_html(text: str, kind: str = "info") -> str:
    return feedback_html([(kind, text)])


def labelled_textarea(label: str, placeholder: str = "", rows: int = 3, value: str = "") -> W.Textarea:
    box = W.Textarea(
        value=value,
        placeholder=placeholder,
        description=label,
        rows=rows,
        continuous_update=False,
        layout=W.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    box.add_class("atl-stack")
    return box


def labelled_text(label: str, placeholder: str = "", value: str = "") -> W.Text:
    box = W.Text(
        value=value,
        placeholder=placeholder,
        description=label,
        continuous_update=False,
        layout=W.Layout(width="100%"),
        style={"description_width": "initial"},
    )
    box.add_class("atl-stack")
    return box


def button(label: str, tooltip: str = "", style: str = "") -> W.Button:
    return W.Button(description=label, tooltip=tooltip or label, button_style=style,
                    layout=W.Layout(width="max-content", min_width="10em"))


FRIENDLY_ERROR = (
    "Something went wrong while checking this, but nothing you typed was lost. "
    "Try again; if it keeps happening, restart the kernel (Kernel → Restart Kernel) and run the notebook again."
)


def safe(show: Callable[[str], None]):
    """Decorator for callbacks: an exception becomes a friendly message, never a traceback.

    ``show`` receives HTML to display. A :class:`StoreError` shows its own message.
    """

    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except StoreError as exc:
                show(message_html(str(exc), "warn"))
            except Exception:  # noqa: BLE001 - the learner must never see a traceback
                show(message_html(FRIENDLY_ERROR, "warn"))
            return None

        return inner

    return wrap


class SaveLine:
    """An HTML line under an exercise saying whether the work is saved."""

    def __init__(self, store: Store, exercise_id: str):
        self.store = store
        self.exercise_id = exercise_id
        self.widget = W.HTML(layout=W.Layout(min_height="1.5em"))

    def save(self, value, status: str = "in_progress") -> bool:
        try:
            self.store.save(self.exercise_id, value, status=status)
        except StoreError as exc:
            self.widget.value = message_html(str(exc), "warn")
            return False
        notes = self.store.take_notices()
        when = time.strftime("%H:%M:%S")
        text = f"Saved at {when}" + (" (marked done)" if status == "done" else "") + "."
        items = [("good", text)] + [("info", n) for n in notes]
        self.widget.value = feedback_html(items)
        return True

    def nothing(self, text: str = "Nothing to save yet.") -> str:
        """An empty answer was not saved: clear any earlier "Saved" line and return the message (HTML) to show
        beside the control that was used."""
        self.widget.value = ""
        return feedback_html([("info", text)])

    def load(self, default=None):
        """The saved value, or ``default``; problems are shown, never raised."""
        try:
            record = self.store.load(self.exercise_id)
        except StoreError as exc:
            self.widget.value = message_html(str(exc), "warn")
            return default
        notes = self.store.take_notices()
        if notes:
            self.widget.value = feedback_html([("info", n) for n in notes])
        elif record is not None:
            self.widget.value = feedback_html([("info", "Your saved work was loaded.")])
        return default if record is None else record.value


def exercise_box(title: str, children: list, instructions: str = "") -> W.VBox:
    """The frame of an exercise: a title, one line of instructions, then the controls."""
    head = f'<div class="atl-title">{escape(title)}</div>'
    if instructions:
        head += f'<div class="atl-muted">{escape(instructions)}</div>'
    box = W.VBox([css(), W.HTML(head), *children], layout=W.Layout(width="calc(100% - 4px)", max_width="896px"))
    box.add_class("atl-exercise")  # 896 px plus the widget's 2 px margins fits a 900 px cell
    return box


def get_store(store: Store | None) -> Store:
    return store if store is not None else Store()
