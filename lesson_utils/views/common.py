"""Building blocks shared by every exercise widget.

Conventions (see CONTRIBUTING.md): every control has a visible label; feedback
is worded ("Good:", "To improve:") and never colour alone; learner text is
escaped before it is shown as HTML; callbacks never let an exception reach the
learner; work is saved to the store under a stable exercise id.
"""

from __future__ import annotations

import functools
import time
import weakref
from pathlib import Path
from typing import Callable, Iterable

import ipywidgets as W

from ..store import Store, StoreError
from ..text import escape

# One small stylesheet, added to each exercise so it works in Lab and Voila.
CSS = """
<style>
.atl-exercise a.atl-lesson-link { color: #0b57d0; text-decoration: underline; }
.atl-stack.widget-textarea, .atl-stack.widget-text, .atl-stack.widget-dropdown,
.atl-stack.widget-radio, .atl-stack.widget-select { flex-direction: column; align-items: stretch;
  height: auto !important; }
.atl-stack > .widget-label { width: auto !important; max-width: none; margin-bottom: 2px;
  font-weight: 600; white-space: normal; text-align: left; }
.atl-stack textarea, .atl-stack input[type=text] { width: 100%; box-sizing: border-box; }
.atl-stack select { height: var(--jp-widgets-inline-height, 28px); flex: none; }
.atl-fb, .atl-exercise .widget-html-content { line-height: 1.45; overflow-wrap: anywhere; }
.atl-fb ul { margin: 4px 0 4px 0; padding-left: 1.2em; }
.atl-fb li { margin: 2px 0; }
.atl-good { color: #1a5e20; } .atl-saved { color: #555; } .atl-fix { color: #8a3a00; } .atl-info { color: #1f3f66; }
.atl-warn { color: #8a0000; }
.atl-title { font-size: 1.05em; font-weight: 700; margin: 4px 0; }
.atl-muted { color: #444; font-size: 0.92em; line-height: 1.45; }
.atl-exercise .widget-text, .atl-exercise .widget-textarea, .atl-exercise .widget-select, .atl-exercise .widget-dropdown,
.atl-exercise .widget-radio { box-sizing: border-box; padding-right: 2px;
  max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); } /* width 100% plus the widget's margins never overflows */
.atl-exercise textarea, .atl-exercise input[type=text] { font-family: var(--jp-content-font-family, system-ui, sans-serif);
  font-size: var(--jp-content-font-size1, 14px); }
.atl-exercise { box-sizing: border-box; }
.atl-table { border-collapse: collapse; margin: 4px 0; }
.atl-table th, .atl-table td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; } /* a pasted link or a long run of letters wraps instead of widening the table */
.atl-table th { background: #f0f0f0; }
/* the course's own words (headings, dates, statuses) wrap only between words: with "anywhere" the table's
   narrowest layout split them mid-word ("Stat/us", "Than/ked") */
.atl-table th, .atl-table td.atl-words { overflow-wrap: normal; }
.atl-radio .widget-radio-box label { white-space: normal; height: auto !important; line-height: 1.4 !important;
  margin: 3px 0 5px 0; padding-left: 0 !important; display: flex; flex-direction: row-reverse;
  justify-content: flex-end; align-items: flex-start; gap: 0.5em; }
.atl-radio .widget-radio-box label input { position: static !important; flex: none; width: 13px; height: 13px !important;
  margin: calc(0.7em - 6.5px) 0 0 0 !important; } /* the circle's centre on the first line's middle (line-height 1.4) */
.atl-radio > .widget-label { margin-top: 10px; }
.atl-radio .widget-radio-box { width: 100%; }
</style>
"""

KIND_WORDS = {
    "good": ("✓", "Good:"),
    "fix": ("✗", "To improve:"),
    "info": ("ℹ", "Note:"),
    "warn": ("!", "Problem:"),
    # that the work is saved says nothing of how good it is: no tick and no "Good:" (a walker read
    # "✓ Good: Saved" under the visitor's awkward ending as praise)
    "saved": ("", ""),
}


# --- Layout and style models that many controls share ----------------------------------------------
# Each control has a Layout model and most have a style model, and each model is a message to the page:
# a lesson made about a thousand of them, nearly all alike. A control whose layout and style never change
# shares one model per set of properties (``shared_layout``, ``shared_style``); a control that is shown
# and hidden (``.layout.display``) gets its own Layout (``W.Layout(...)``, or ``button(..., hideable=True)``).

_SHARED: dict = {}
_FIXED_CLASSES: dict = {}


class _Fixed:
    """A Layout or style shared by many controls: changing one of its properties would change them all,
    so it raises instead."""

    def __setattr__(self, name, value):
        if self.__dict__.get("_atl_fixed") and not name.startswith("_") and name in self.keys:
            raise AttributeError(f"This {type(self).__name__} is shared by many controls and never changes: "
                                 f"give the control its own to change {name!r}.")
        super().__setattr__(name, value)


def shared(kind: type, **props):
    """The one ``kind`` (``W.Layout`` or a style class) with ``props`` that controls share in this kernel."""
    key = (kind, tuple(sorted(props.items())))
    model = _SHARED.get(key)
    if model is None or getattr(model, "comm", None) is None:  # never made, or closed (Widget.close_all)
        cls = _FIXED_CLASSES.get(kind)
        if cls is None:
            cls = _FIXED_CLASSES[kind] = type(kind.__name__, (_Fixed, kind), {"__module__": __name__})
        model = cls(**props)
        model._atl_fixed = True
        _SHARED[key] = model
    return model


def shared_layout(**props) -> W.Layout:
    """A Layout with ``props`` that never changes, shared by every control that asks for the same."""
    return shared(W.Layout, **props)


def style_for(control: type, **props):
    """The shared style model of a ``control`` class (``W.Dropdown``, ``W.HTML``...) with ``props``."""
    return shared(control.class_traits()["style"].klass, **props)


def label_style(control: type = W.Dropdown):
    """The shared style of a ``control`` class whose label takes its own width (above it, with ``atl-stack``)."""
    return style_for(control, description_width="initial")


def html(value: str = "", **kwargs) -> W.HTML:
    """An HTML widget with the shared default layout and style (unless given others)."""
    kwargs.setdefault("layout", shared_layout())
    kwargs.setdefault("style", style_for(W.HTML))
    return W.HTML(value, **kwargs)


def vbox(children=(), **kwargs) -> W.VBox:
    """A VBox with the shared default layout (unless given another)."""
    kwargs.setdefault("layout", shared_layout())
    return W.VBox(list(children), **kwargs)


def hbox(children=(), **kwargs) -> W.HBox:
    """An HBox with the shared default layout (unless given another)."""
    kwargs.setdefault("layout", shared_layout())
    return W.HBox(list(children), **kwargs)


def css() -> W.HTML:
    """The course's stylesheet as a widget: one per kernel, shown at the top of every exercise."""
    model = _SHARED.get("css")
    if model is None or getattr(model, "comm", None) is None:
        model = _SHARED["css"] = html(CSS)
    return model


def feedback_html(items: Iterable[tuple[str, str]], heading: str = "") -> str:
    """Worded feedback as HTML: each item is (kind, plain text). Text is escaped."""
    parts = ['<div class="atl-fb" role="status">']
    if heading:
        parts.append(f"<div><strong>{escape(heading)}</strong></div>")
    lis = []
    for kind, text in items:
        mark, word = KIND_WORDS.get(kind, KIND_WORDS["info"])
        lead = (f'<span aria-hidden="true">{mark}</span> ' if mark else "") + (f"<strong>{word}</strong> " if word else "")
        lis.append(f'<li class="atl-{kind if kind in KIND_WORDS else "info"}">{lead}{escape(text)}</li>')
    if lis:
        parts.append("<ul>" + "".join(lis) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def message_html(text: str, kind: str = "info") -> str:
    return feedback_html([(kind, text)])


def labelled_textarea(label: str, placeholder: str = "", rows: int = 3, value: str = "",
                      hideable: bool = False) -> W.Textarea:
    box = W.Textarea(
        value=value,
        placeholder=placeholder,
        description=label,
        rows=rows,
        continuous_update=False,
        layout=W.Layout(width="100%") if hideable else shared_layout(width="100%"),
        style=label_style(W.Textarea),
        _dom_classes=("atl-stack",),  # set at once: a class added later is one more message to the page
    )
    return box


def labelled_text(label: str, placeholder: str = "", value: str = "") -> W.Text:
    box = W.Text(
        value=value,
        placeholder=placeholder,
        description=label,
        continuous_update=False,
        layout=shared_layout(width="100%"),
        style=label_style(W.Text),
        _dom_classes=("atl-stack",),
    )
    return box


def button(label: str, tooltip: str = "", style: str = "", hideable: bool = False) -> W.Button:
    """A labelled button; ``hideable=True`` gives it its own Layout, to show and hide it (``.layout.display``)."""
    layout = (W.Layout if hideable else shared_layout)(width="max-content", min_width="10em")
    return W.Button(description=label, tooltip=tooltip or label, button_style=style, layout=layout,
                    style=style_for(W.Button))


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


#: views that show saved work gathered from other exercises (lesson 8's plan) and follow saves made in this kernel
_FOLLOWERS: "weakref.WeakSet" = weakref.WeakSet()


def follow_saves(view) -> None:
    """Call ``view.saved_elsewhere(exercise_id)`` after each save to ``view.store``'s folder made in this kernel (a
    walker saved 8.1 and the plan above it still said "Not filled in yet")."""
    _FOLLOWERS.add(view)


def _tell_followers(store: Store, exercise_id: str) -> None:
    for view in list(_FOLLOWERS):
        try:
            if Path(view.store.folder) == Path(store.folder):
                view.saved_elsewhere(exercise_id)
        except Exception:  # noqa: BLE001 - a view that cannot follow never spoils the save
            pass


class SaveLine:
    """An HTML line under an exercise saying whether the work is saved."""

    def __init__(self, store: Store, exercise_id: str):
        self.store = store
        self.exercise_id = exercise_id
        self.widget = html(layout=shared_layout(min_height="1.5em"))

    def save(self, value, status: str = "in_progress") -> bool:
        try:
            self.store.save(self.exercise_id, value, status=status)
        except StoreError as exc:
            self.widget.value = message_html(str(exc), "warn")
            return False
        notes = self.store.take_notices()
        _tell_followers(self.store, self.exercise_id)
        when = time.strftime("%H:%M:%S")
        text = f"Saved at {when}" + (" (marked done)" if status == "done" else "") + "."
        items = [("saved", text)] + [("info", n) for n in notes]
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
    # 896 px plus the widget's 2 px margins fits a 900 px cell
    box = vbox([css(), html(head), *children], layout=shared_layout(width="calc(100% - 4px)", max_width="896px"),
               _dom_classes=("atl-exercise",))
    return box


def get_store(store: Store | None) -> Store:
    return store if store is not None else Store()
