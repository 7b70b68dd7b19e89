"""Spot the faux pas: grade a learner's judgement of each scene of the story.

For every scene the learner picks what went wrong in it, from the story's list
of faux pas (some of which did *not* happen), or says that nothing went wrong.
Each choice gets worded feedback that explains the scene; the score is the
number of scenes judged right. Nothing here imports ipywidgets.

A set of choices is a dict ``{scene id: choice}`` where a choice is a faux pas
id, :data:`NOTHING` ("nothing went wrong here"), or ``None`` (not answered).
Anything else (unknown ids, wrong types) counts as not answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from .story import Story, load_story, wrap

NOTHING = "nothing"
NOTHING_LABEL = "Nothing went wrong here"


@dataclass(frozen=True)
class SceneJudgement:
    number: int  # 1-based
    scene_id: str
    chosen: str | None
    correct: bool
    kind: str  # good / fix / info, for the worded feedback
    feedback: str


@dataclass(frozen=True)
class SpotResult:
    judgements: tuple[SceneJudgement, ...]
    found: tuple[str, ...]  # faux pas of the story the learner named correctly somewhere
    missed: tuple[str, ...]  # faux pas of the story never named correctly

    @property
    def score(self) -> int:
        return sum(j.correct for j in self.judgements)

    @property
    def total(self) -> int:
        return len(self.judgements)

    @property
    def answered(self) -> int:
        return sum(j.chosen is not None for j in self.judgements)

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def marked(self) -> list[str]:
        """Scenes the learner marked as having gone wrong."""
        return [j.scene_id for j in self.judgements if j.chosen not in (None, NOTHING)]

    @property
    def summary(self) -> str:
        if self.answered == 0:
            return "Choose, for each scene, what went wrong in it (or that nothing did), then press Check my choices."
        text = f"You judged {self.score} of {self.total} scenes right."
        if not self.complete:
            left = self.total - self.answered
            text += f" {left} scene{'s' if left != 1 else ''} still {'have' if left != 1 else 'has'} no choice."
        elif self.score == self.total:
            text += " Well done: you can see exactly where this meeting went wrong."
        return text


def choice_options(story: Story | None = None) -> list[tuple[str, str]]:
    """(label, value) for every choice, in the order shown to the learner."""
    story = story or load_story()
    return [(NOTHING_LABEL, NOTHING)] + [(f.label, f.id) for f in story.faux_pas]


def clean_choices(choices: object, story: Story | None = None) -> dict[str, str | None]:
    """Every scene id mapped to a valid choice or None; junk is dropped, never raised on."""
    story = story or load_story()
    valid = {NOTHING} | {f.id for f in story.faux_pas}
    out: dict[str, str | None] = {}
    for scene in story.scenes:
        value = choices.get(scene.id) if isinstance(choices, dict) else None
        out[scene.id] = value if isinstance(value, str) and value in valid else None
    return out


def _labels(story: Story, ids) -> str:
    names = [f"“{story.faux(i).label}”" for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def judge_scene(story: Story, index: int, chosen: str | None) -> SceneJudgement:
    scene = story.scenes[index]
    n = index + 1
    if chosen is None:
        return SceneJudgement(n, scene.id, None, False, "info", "No choice yet.")
    if not scene.went_wrong:
        if chosen == NOTHING:
            return SceneJudgement(n, scene.id, chosen, True, "good", f"Nothing went wrong here. {scene.lesson}")
        faux = story.faux(chosen)
        later = [k for k in story.scenes_showing(chosen) if k > n] if faux.in_story else []
        if later:  # its seed may be here ("he plans nothing more"), but the mistake itself comes later
            where = ("scene " if len(later) == 1 else "scenes ") + ", ".join(str(k) for k in later)
            text = (f"Not yet: nothing went wrong in this scene itself. “{faux.label}” shows in {where}, where "
                    f"it costs him. {scene.lesson}")
        else:
            text = f"You picked “{faux.label}”, but nothing went wrong here. {scene.lesson}"
        return SceneJudgement(n, scene.id, chosen, False, "fix", text)
    right = _labels(story, scene.faux_pas)
    if chosen in scene.faux_pas:
        others = [f for f in scene.faux_pas if f != chosen]
        also = f" It also shows {_labels(story, others)}." if others else ""
        return SceneJudgement(
            n, scene.id, chosen, True, "good",
            f"“{story.faux(chosen).label}”.{also} {scene.lesson}",
        )
    if chosen == NOTHING and scene.spot_ask:  # a scene that shows the cost of earlier mistakes
        text = (f"Not quite: the question here is which earlier mistakes led to this: {right}. (Nothing new "
                f"goes wrong in the scene itself.) {scene.lesson}")
    elif chosen == NOTHING:
        text = f"Look again: something did go wrong here: {right}. {scene.lesson}"
    else:
        faux = story.faux(chosen)
        if not faux.in_story:
            text = f"{faux.explanation} What went wrong here: {right}. {scene.lesson}"
        else:
            nums = story.scenes_showing(chosen)
            shown = ("scene " if len(nums) == 1 else "scenes ") + ", ".join(str(k) for k in nums)
            text = (f"“{faux.label}” did happen in this story ({shown}), but it is not what went "
                    f"wrong here. Here it was {right}. {scene.lesson}")
    return SceneJudgement(n, scene.id, chosen, False, "fix", text)


def grade_spot(choices: object, story: Story | None = None) -> SpotResult:
    story = story or load_story()
    clean = clean_choices(choices, story)
    judgements = tuple(judge_scene(story, i, clean[s.id]) for i, s in enumerate(story.scenes))
    named = {j.chosen for j in judgements if j.correct}
    in_story = [f.id for f in story.faux_pas if f.in_story]
    found = tuple(f for f in in_story if f in named)
    missed = tuple(f for f in in_story if f not in named)
    return SpotResult(judgements, found, missed)


def faux_pas_summary(result: SpotResult, story: Story | None = None) -> list[tuple[str, str]]:
    """Feedback on the list of faux pas as a whole: which ones the learner has found."""
    story = story or load_story()
    if result.answered == 0:
        return []
    items = []
    if result.found:
        items.append(("good", f"Faux pas you placed in the right scene: {_labels(story, result.found)}."))
    if result.missed and not result.complete:
        # naming the faux pas not yet found would answer the scenes the learner has not tried
        items.append(("info", "Once every scene has a choice, this names any faux pas of the story you have "
                              "not yet placed."))
    elif result.missed:
        items.append(("fix", f"Faux pas of this story you have not yet picked in a scene that shows it: "
                             f"{_labels(story, result.missed)}. (A scene's feedback may name it; pick it where "
                             "it goes wrong.)"))
    return items


def saved_value(result: SpotResult, choices: dict) -> dict:
    """What the exercise saves: the choices, the scenes marked as wrong, and the score."""
    return {"choices": dict(choices), "marked": result.marked, "score": result.score, "total": result.total}


def format_spot(choices: object, story: Story | None = None) -> str:
    """Plain-text feedback for a set of choices (the text fallback)."""
    story = story or load_story()
    result = grade_spot(choices, story)
    labels = dict((v, k) for k, v in choice_options(story))
    lines = []
    for j in result.judgements:
        picked = labels.get(j.chosen, "(no choice)") if j.chosen else "(no choice)"
        scene = story.scenes[j.number - 1]
        lines.append(f"Scene {j.number} · {scene.spot_title} · your choice: {picked}")
        word = {"good": "Right: ", "fix": "Not quite: "}.get(j.kind, "")
        lines.append(wrap(word + j.feedback, "  "))
    for kind, text in faux_pas_summary(result, story):
        lines.append(wrap(text))
    lines.append(wrap(result.summary))
    return "\n".join(lines)


def format_glossary(story: Story | None = None) -> str:
    """Every faux pas on the list, explained."""
    story = story or load_story()
    lines = []
    for f in story.faux_pas:
        where = story.scenes_showing(f.id)
        if where:
            shown = f" ({'scene' if len(where) == 1 else 'scenes'} {', '.join(map(str, where))})"
        else:
            shown = " (not in this story)"
        lines.append(wrap(f"- {f.label}{shown}: {f.explanation}"))
    return "\n".join(lines)
