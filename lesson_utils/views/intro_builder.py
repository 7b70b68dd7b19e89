"""The introduction builder (lesson 3): four sentences in, an introduction, a purpose and feedback out."""

from __future__ import annotations

import ipywidgets as W

from ..intro import check_intro, field_specs, saved_value
from ..store import Store
from ..text import clip, escape, is_blank
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, labelled_textarea, safe, SaveLine

#: How much of a composed introduction is shown (all of it is saved).
SHOW_LIMIT = 3000
#: Lesson 1's exercise: whom the learner would like to learn from, and what they hope to learn.
LESSON1_EXERCISE = "01.1-who-to-learn-from"


def reminder_html(store: Store) -> str:
    """A reminder of what the learner wrote in lesson 1, if anything (escaped), else ''."""
    try:
        saved = store.value(LESSON1_EXERCISE)
        store.take_notices()
    except Exception:  # noqa: BLE001 - a reminder is optional
        return ""
    if not isinstance(saved, dict):
        return ""
    parts = []
    for key, words in (("who", "you named"), ("hope", "hoping to learn")):
        value = saved.get(key)
        if isinstance(value, str) and not is_blank(value):
            # the learner's own full stop is dropped: the sentence goes on after it
            parts.append(f"{words}: <em>{escape(clip(value.strip(), 200).rstrip('.。 '))}</em>")
    if not parts:
        return ""
    return ('<div class="atl-muted" dir="auto">From lesson 1, ' + "; ".join(parts)
            + ". Build on it here.</div>")


def intro_html(result) -> str:
    """The composed introduction and purpose (learner text escaped), then the feedback."""
    parts = []
    if result.introduction:
        shown = clip(result.introduction, SHOW_LIMIT)
        cut = (' <span class="atl-muted">(shortened here; all of your text is saved)</span>'
               if len(result.introduction) > SHOW_LIMIT else "")
        parts.append(
            f'<div class="atl-title">Your introduction (about {result.seconds} seconds aloud)</div>'
            f'<blockquote dir="auto" style="margin:4px 0 8px 0;padding:6px 10px;border-left:4px solid #888;'
            f'background:#f6f6f6">{escape(shown)}{cut}</blockquote>'
        )
    if result.purpose:
        parts.append(f'<div dir="auto"><strong>Purpose of the meeting:</strong> {escape(result.purpose)}</div>')
    parts.append(feedback_html(result.items(), heading="Feedback"))
    return "".join(parts)


class IntroBuilder(View):
    def __init__(self, exercise_id: str = "03.1-introduction", store: Store | None = None):
        self.store = get_store(store)
        self.saver = SaveLine(self.store, exercise_id)
        self.reminder = html(reminder_html(self.store))
        self.boxes = {
            spec["key"]: labelled_textarea(spec["label"], spec["placeholder"], rows=2) for spec in field_specs()
        }
        self.check_button = button("Put it together and check", style="primary")
        self.result = html()
        show = safe(self._show)
        self.check_button.on_click(show(self.update))
        saved = self.saver.load(default={})
        if isinstance(saved, dict):
            for key, box in self.boxes.items():
                if isinstance(saved.get(key), str):
                    box.value = saved[key]
        if any(not is_blank(b.value) for b in self.boxes.values()):
            show(self.update)(save=False)
        for box in self.boxes.values():
            box.observe(show(self.update), names="value")
        self.widget = exercise_box(
            "Build your introduction",
            [self.reminder, *self.boxes.values(), self.check_button, self.result, self.saver.widget],
            "Write one sentence in each box. Your introduction and the purpose of the meeting are put together "
            "below, with feedback. Your work is saved each time you leave a box or press the button.",
        )

    def _show(self, html: str) -> None:
        self.result.value = html

    def answers(self) -> dict:
        return {key: box.value for key, box in self.boxes.items()}

    def update(self, _event=None, save: bool = True) -> None:
        result = check_intro(self.answers())
        self.result.value = intro_html(result)
        if save and result.introduction:
            self.saver.save(saved_value(result), "done" if result.complete else "in_progress")


def intro_builder(exercise_id: str = "03.1-introduction", store: Store | None = None) -> IntroBuilder:
    return IntroBuilder(exercise_id, store)
