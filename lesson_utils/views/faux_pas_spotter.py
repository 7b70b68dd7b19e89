"""Lesson 2's "spot the faux pas": for each scene, what went wrong in it?

One labelled drop-down per scene, a check button, worded feedback under every
scene, a summary with the score. Choices are saved as they are made, so nothing
is lost; the feedback appears when the learner asks for it.
"""

from __future__ import annotations

import ipywidgets as W

from ..faux_pas import choice_options, faux_pas_summary, grade_spot, saved_value
from ..store import Store
from ..story import Story, load_story
from ..text import escape
from .base import View
from .common import button, exercise_box, feedback_html, get_store, html, label_style, safe, SaveLine, shared_layout, vbox

NOT_CHOSEN = ("(choose one)", "")

# The shared atl-stack style puts the label above the control but leaves a drop-down at the
# one-line height, so the list would overlap what follows; give it room for both lines.
STYLE = """<style>
.atl-spot.widget-dropdown { height: auto; }
.atl-spot.widget-dropdown > select { flex: 0 0 auto; height: var(--jp-widgets-inline-height, 28px); }
</style>"""


class FauxPasSpotter(View):
    def __init__(self, exercise_id: str, store: Store | None = None, story: Story | None = None):
        self.story = story or load_story()
        self.saver = SaveLine(get_store(store), exercise_id)
        options = [NOT_CHOSEN] + choice_options(self.story)
        self.dropdowns: dict[str, W.Dropdown] = {}
        self.feedback: dict[str, W.HTML] = {}
        rows = []
        for n, scene in enumerate(self.story.scenes, 1):
            dd = W.Dropdown(options=options, value="", description=scene.ask(n),
                            layout=shared_layout(width="100%", max_width="640px"),
                            style=label_style(), _dom_classes=("atl-stack", "atl-spot"))
            fb = html()
            self.dropdowns[scene.id] = dd
            self.feedback[scene.id] = fb
            head = html(f'<div style="line-height:1.45"><strong>Scene {n} · {escape(scene.spot_title)}.</strong> '
                          f"{escape(scene.spot)}</div>")
            rows.append(vbox([head, dd, fb], layout=shared_layout(margin="0 0 12px 0", padding="0 0 0 8px",
                                                               border_left="3px solid #ccc")))
        self.check_button = button("Check my choices", style="primary")
        self.summary = html()
        show = safe(self._show)
        self.check_button.on_click(show(self.check))
        saved = self.saver.load(default=None)
        checked_before = False
        if isinstance(saved, dict) and isinstance(saved.get("choices"), dict):
            valid = {value for _, value in options}
            for scene_id, dd in self.dropdowns.items():
                value = saved["choices"].get(scene_id)
                if isinstance(value, str) and value in valid:
                    dd.value = value
            checked_before = bool(saved.get("checked"))
        for dd in self.dropdowns.values():
            dd.observe(show(self._changed), names="value")
        self.widget = exercise_box(
            "Spot the faux pas",
            [html(STYLE)] + rows + [self.check_button, self.summary, self.saver.widget],
            "For each scene, choose what went wrong in it, or that nothing did. Then press Check my choices.",
        )
        if checked_before:
            self.check(save=False)

    def _show(self, html: str) -> None:
        self.summary.value = html

    def choices(self) -> dict:
        return {scene_id: (dd.value or None) for scene_id, dd in self.dropdowns.items()}

    def _save(self, checked: bool) -> None:
        if not any(self.choices().values()):  # nothing chosen: nothing to save, and no "Saved" to say so
            self.summary.value += self.saver.nothing("Nothing to save yet: choose, for each scene, what went wrong.")
            return
        result = grade_spot(self.choices(), self.story)
        value = saved_value(result, self.choices())
        value["checked"] = checked
        self.saver.save(value, "done" if result.complete and checked else "in_progress")

    def _changed(self, change=None) -> None:
        # A changed answer's old feedback no longer applies.
        for scene_id, dd in self.dropdowns.items():
            if change is not None and change.get("owner") is dd:
                self.feedback[scene_id].value = ""
        if self.summary.value:
            self.summary.value = feedback_html([("info", "You changed a choice: press Check my choices again.")])
        self._save(checked=False)

    def check(self, _button=None, save: bool = True) -> None:
        result = grade_spot(self.choices(), self.story)
        for j in result.judgements:
            self.feedback[j.scene_id].value = feedback_html([(j.kind, j.feedback)])
        self.summary.value = feedback_html([("info", result.summary)] + faux_pas_summary(result, self.story))
        if save:
            self._save(checked=True)


def spot_the_faux_pas(exercise_id: str, store: Store | None = None) -> FauxPasSpotter:
    return FauxPasSpotter(exercise_id, store)
