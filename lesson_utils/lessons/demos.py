"""The lessons' worked examples, shown as a page (the page's font, headings, no monospace dump) in JupyterLab
and in the app, with the same words as plain text for a screen that shows only text."""

from __future__ import annotations

from ..views.common import CSS

# Each example imports what it shows when it is shown: lesson 4 shows the coach's review, lesson 6 the
# simulator's replay, and neither lesson should load the other's parts.


def show(html: str, text: str) -> None:
    """Display ``html``, with ``text`` for a frontend that shows only text. Outside a kernel, print ``text``."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with the kernel
        get_ipython = None
    if get_ipython is None or get_ipython() is None:
        print(text)
        return
    display({"text/html": f'<div class="atl-demo" style="line-height:1.45">{html}</div>', "text/plain": text},
            raw=True)


def show_review(question: str) -> None:
    """The question coach's review of ``question`` (lesson 4's worked example)."""
    from .. import drafter as D
    from ..coach import format_review, review
    from ..views.drafter import review_html
    from .common import wait_for_coach

    wait_for_coach()
    show(CSS + review_html(D.make_entry(question)), format_review(review(question)))


def show_visitor_meeting() -> None:
    """The visitor's meeting from lesson 2, played in the simulator, with Ruth's verdict (lesson 6)."""
    from ..simulator import VISITOR_ASKER, load_script, play_visitor, replay
    from ..views.simulator import SIM_CSS, _brief_html, transcript_html, verdict_html

    script = load_script()
    conv = replay(script.visitor_path, script)
    # folded: the learner plays the visitor's lines first (exercise 6.1), then opens his meeting
    body = _brief_html(script, visitor=True) + transcript_html(conv, VISITOR_ASKER) + verdict_html(conv, whose="His")
    show(CSS + SIM_CSS + '<details class="atl-fold"><summary><strong>Show the visitor\'s meeting</strong> '
         "(open it after you have played the simulator once)</summary>" + body + "</details>",
         play_visitor(script))


__all__ = ["show", "show_review", "show_visitor_meeting"]
