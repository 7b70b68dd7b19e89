"""Lesson 2's scene stepper: walk through the meeting that went wrong, one scene at a time.

Previous/next buttons, "Scene 3 of 8", a checkbox for the coach's thoughts, and
a picture of the meeting (who talked, where the silences fell) with the current
scene outlined. Which scenes the learner has seen is saved; the exercise is
done once every scene has been seen.
"""

from __future__ import annotations

import ipywidgets as W

from ..store import Store
from ..story import Story, load_story, scene_position, scene_time_sentence
from ..story_picture import legend_html, meeting_svg
from ..text import escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, hbox, html, safe, SaveLine, shared_layout, style_for


TEXT_STYLE = "line-height:1.45;max-width:52em"


def scene_html(story: Story, index: int) -> str:
    scene = story.scenes[index]
    return (
        f'<div style="{TEXT_STYLE}"><div class="atl-title">{escape(scene_position(story, index))} · '
        f"{escape(scene.title)}</div>"
        f"<p><strong>What happened.</strong> {escape(scene.happened)}</p>"
        f"<p><strong>From the visitor's side.</strong> {escape(scene.visitor_side)}</p></div>"
    )


def thoughts_html(story: Story, index: int) -> str:
    scene = story.scenes[index]
    return (
        f'<blockquote style="{TEXT_STYLE};margin:4px 0 8px 0;padding:4px 10px;border-left:4px solid #888">'
        f"<strong>What the coach was thinking:</strong> <em>{escape(scene.coach_thinking)}</em></blockquote>"
    )


class StoryStepper(View):
    def __init__(self, exercise_id: str, store: Store | None = None, story: Story | None = None):
        self.story = story or load_story()
        self.saver = SaveLine(get_store(store), exercise_id)
        self.index = 0
        self.seen: list[str] = []
        self.prev_button = button("◀ Previous scene", tooltip="Go back one scene")
        self.next_button = button("Next scene ▶", tooltip="Go on to the next scene", style="primary")
        self.position = html()
        self.thoughts_box = W.Checkbox(value=False, description="Show what the coach was thinking", indent=False,
                                       layout=shared_layout(), style=style_for(W.Checkbox))
        self.scene = html()
        self.thoughts = html()
        self.picture = html()
        self.message = html()
        show = safe(self._show)
        self.prev_button.on_click(show(self.previous))
        self.next_button.on_click(show(self.next))
        self.thoughts_box.observe(show(self._thoughts_changed), names="value")

        saved = self.saver.load(default=None)
        if isinstance(saved, dict):
            ids = [s.id for s in self.story.scenes]
            self.seen = [s for s in ids if s in (saved.get("seen") or [])]
            if saved.get("scene") in ids:
                self.index = ids.index(saved["scene"])
            if isinstance(saved.get("thoughts"), bool):
                self.thoughts_box.value = saved["thoughts"]
        nav = hbox([self.prev_button, self.position, self.next_button],
                     layout=shared_layout(align_items="center", gap="12px", flex_flow="row wrap"))
        self.widget = exercise_box(
            "Step through the meeting",
            [nav, self.thoughts_box, self.scene, self.thoughts, self.picture, html(legend_html()),
             self.message, self.saver.widget],
            "Use the buttons to move through the eight scenes. Tick the box to hear what the coach was thinking.",
        )
        self._render(save=False)

    def _show(self, html: str) -> None:
        self.message.value = html

    def go(self, index: int, save: bool = True) -> None:
        self.index = max(0, min(len(self.story) - 1, index))
        self._render(save=save)

    def next(self, _button=None) -> None:
        self.go(self.index + 1)

    def previous(self, _button=None) -> None:
        self.go(self.index - 1)

    def _thoughts_changed(self, _change=None) -> None:
        self._render(save=True)

    def _render(self, save: bool = True) -> None:
        story, i = self.story, self.index
        scene_id = story.scenes[i].id
        if scene_id not in self.seen:
            self.seen.append(scene_id)
        self.position.value = f"<strong>{escape(scene_position(story, i))}</strong>"
        self.prev_button.disabled = i == 0
        self.next_button.disabled = i == len(story) - 1
        self.scene.value = scene_html(story, i)
        self.thoughts.value = thoughts_html(story, i) if self.thoughts_box.value else ""
        self.picture.value = meeting_svg(story, "original", current=i) + (
            f'<div style="{TEXT_STYLE}"><strong>On the picture:</strong> {escape(scene_time_sentence(story, i))}</div>'
        )
        done = len(self.seen) == len(story)
        if done:
            self.message.value = feedback_html([("good", "You have seen every scene. Next, spot what went wrong.")])
        elif i == len(story) - 1:
            left = len(story) - len(self.seen)
            self.message.value = feedback_html([("info", f"You skipped {left} scene{'s' if left != 1 else ''}; go back to see {'them all' if left != 1 else 'it'}.")])
        else:
            self.message.value = ""
        if save:
            order = [s.id for s in story.scenes]
            self.saver.save(
                {"scene": scene_id, "seen": [s for s in order if s in self.seen], "thoughts": self.thoughts_box.value},
                "done" if done else "in_progress",
            )


def story_stepper(exercise_id: str, store: Store | None = None) -> StoryStepper:
    return StoryStepper(exercise_id, store)
