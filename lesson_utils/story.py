"""The story of lesson 2, a meeting that went wrong, as data.

The scenes live in ``data/story.json``. Each scene says what happened, what
the coach (the person who gave her time) was thinking, which faux pas it
shows, and what a prepared asker would have done at that moment; each also
carries a timeline of who talked and where the silences fell, and a *replay*:
the same moment with a prepared asker.

This module loads and checks the data and words it as plain text (the text
fallback of the lesson's widgets). Nothing here imports ipywidgets.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import lru_cache

from .content import load_json

SPEAKERS = ("visitor", "coach", "silence")
VERSIONS = ("original", "replay")


@dataclass(frozen=True)
class Segment:
    speaker: str  # one of SPEAKERS
    minutes: float


@dataclass(frozen=True)
class Version:
    """One telling of a scene: as it happened, or replayed with a prepared asker."""

    happened: str
    coach_thinking: str
    timeline: tuple[Segment, ...]


@dataclass(frozen=True)
class Scene:
    id: str
    title: str
    summary: str
    happened: str
    visitor_side: str
    coach_thinking: str
    faux_pas: tuple[str, ...]
    lesson: str
    prepared: str
    timeline: tuple[Segment, ...]
    replay: Version
    #: the scene as the faux-pas exercise shows it: what happened, in words that do not name the fault
    spot_title: str = ""
    spot: str = ""
    #: the exercise's question for this scene; a scene that shows the cost of earlier mistakes asks what led to it
    spot_ask: str = ""

    def ask(self, number: int) -> str:
        return self.spot_ask or f"What went wrong in scene {number}?"

    @property
    def went_wrong(self) -> bool:
        return bool(self.faux_pas)

    def version(self, which: str = "original") -> Version:
        if which == "replay":
            return self.replay
        return Version(self.happened, self.coach_thinking, self.timeline)


@dataclass(frozen=True)
class FauxPas:
    id: str
    label: str
    explanation: str
    in_story: bool


@dataclass(frozen=True)
class Speaker:
    id: str
    label: str
    short: str


@dataclass(frozen=True)
class Story:
    title: str
    setting: str
    meeting_minutes: float
    speakers: tuple[Speaker, ...]
    faux_pas: tuple[FauxPas, ...]
    scenes: tuple[Scene, ...]

    def __len__(self) -> int:
        return len(self.scenes)

    def scene(self, scene_id: str) -> Scene:
        for s in self.scenes:
            if s.id == scene_id:
                return s
        raise KeyError(scene_id)

    def index(self, scene_id: str) -> int:
        return next(i for i, s in enumerate(self.scenes) if s.id == scene_id)

    def faux(self, faux_id: str) -> FauxPas:
        for f in self.faux_pas:
            if f.id == faux_id:
                return f
        raise KeyError(faux_id)

    def speaker(self, speaker_id: str) -> Speaker:
        return next(s for s in self.speakers if s.id == speaker_id)

    def scenes_showing(self, faux_id: str) -> tuple[int, ...]:
        """1-based numbers of the scenes that show ``faux_id``."""
        return tuple(n for n, s in enumerate(self.scenes, 1) if faux_id in s.faux_pas)

    def spans(self, which: str = "original") -> list[tuple[float, float]]:
        """(start, end) minute of each scene in the meeting; scenes outside it have start == end."""
        out, t = [], 0.0
        for s in self.scenes:
            length = total_minutes(s.version(which).timeline)
            out.append((t, t + length))
            t += length
        return out

    def timeline(self, which: str = "original") -> tuple[Segment, ...]:
        return tuple(seg for s in self.scenes for seg in s.version(which).timeline)


# ---------------------------------------------------------------- loading

def _text(d: dict, key: str, where: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: '{key}' must be a non-empty text")
    return value


def _timeline(raw, where: str) -> tuple[Segment, ...]:
    if not isinstance(raw, list):
        raise ValueError(f"{where}: timeline must be a list")
    out = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 2):
            raise ValueError(f"{where}: each timeline entry is [speaker, minutes]")
        speaker, minutes = item
        if speaker not in SPEAKERS:
            raise ValueError(f"{where}: unknown speaker {speaker!r}")
        if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or minutes <= 0:
            raise ValueError(f"{where}: minutes must be a positive number")
        out.append(Segment(speaker, float(minutes)))
    return tuple(out)


def parse_story(data: dict) -> Story:
    """Build a :class:`Story` from the JSON data, checking it; ``ValueError`` names any problem."""
    faux = tuple(
        FauxPas(_text(f, "id", "faux pas"), _text(f, "label", f["id"]), _text(f, "explanation", f["id"]),
                bool(f.get("in_story")))
        for f in data["faux_pas"]
    )
    faux_ids = {f.id for f in faux}
    if len(faux_ids) != len(faux):
        raise ValueError("faux pas ids must be unique")
    speakers = tuple(Speaker(s["id"], s["label"], s["short"]) for s in data["speakers"])
    if tuple(s.id for s in speakers) != SPEAKERS:
        raise ValueError(f"speakers must be {SPEAKERS}")
    scenes = []
    for raw in data["scenes"]:
        where = f"scene {raw.get('id')!r}"
        named = tuple(raw.get("faux_pas", ()))
        for f in named:
            if f not in faux_ids:
                raise ValueError(f"{where}: unknown faux pas {f!r}")
        replay = raw.get("replay")
        if not isinstance(replay, dict):
            raise ValueError(f"{where}: a replay is needed")
        scenes.append(Scene(
            id=_text(raw, "id", where),
            title=_text(raw, "title", where),
            summary=_text(raw, "summary", where),
            happened=_text(raw, "happened", where),
            visitor_side=_text(raw, "visitor_side", where),
            coach_thinking=_text(raw, "coach_thinking", where),
            faux_pas=named,
            lesson=_text(raw, "lesson", where),
            prepared=_text(raw, "prepared", where),
            timeline=_timeline(raw.get("timeline"), where),
            replay=Version(
                _text(replay, "happened", where + " replay"),
                _text(replay, "coach_thinking", where + " replay"),
                _timeline(replay.get("timeline"), where + " replay"),
            ),
            spot_title=_text(raw, "spot_title", where),
            spot=_text(raw, "spot", where),
            spot_ask=str(raw.get("spot_ask", "") or ""),
        ))
    if len({s.id for s in scenes}) != len(scenes):
        raise ValueError("scene ids must be unique")
    return Story(_text(data, "title", "story"), _text(data, "setting", "story"),
                 float(data["meeting_minutes"]), speakers, faux, tuple(scenes))


@lru_cache(maxsize=1)
def load_story() -> Story:
    """The story of lesson 2 (``data/story.json``)."""
    return parse_story(load_json("story.json"))


# ---------------------------------------------------------------- minutes

def total_minutes(segments) -> float:
    return sum(s.minutes for s in segments)


def minutes_by_speaker(segments) -> dict[str, float]:
    out = {k: 0.0 for k in SPEAKERS}
    for s in segments:
        out[s.speaker] += s.minutes
    return out


def fmt_minutes(m: float) -> str:
    """12.5 -> '12½', 1.0 -> '1', 0.5 -> '½'."""
    whole = int(m)
    half = abs(m - whole - 0.5) < 1e-9
    if half:
        return ("" if whole == 0 else str(whole)) + "½"
    return str(int(round(m)))


def minutes_phrase(segments) -> str:
    """'the visitor talked 6 min, the coach 1 min, no silence' for a list of segments."""
    by = minutes_by_speaker(segments)
    if total_minutes(segments) == 0:
        return "no time in the meeting itself"
    parts = [f"the visitor talked {fmt_minutes(by['visitor'])} min", f"the coach {fmt_minutes(by['coach'])} min"]
    parts.append(f"silence {fmt_minutes(by['silence'])} min" if by["silence"] else "no silence")
    return ", ".join(parts)


def text_timeline(segments, per_char: float = 0.5) -> str:
    """A timeline in letters, one per half minute: V visitor, C coach, '.' silence."""
    short = {"visitor": "V", "coach": "C", "silence": "."}
    return "".join(short[s.speaker] * max(1, round(s.minutes / per_char)) for s in segments)


TEXT_TIMELINE_KEY = "Key: one letter per half minute; V = the visitor talking, C = the coach talking, . = silence."


# ---------------------------------------------------------------- plain text

TEXT_WIDTH = 96


def wrap(text: str, indent: str = "", hang: str = "  ") -> str:
    """One paragraph wrapped for a plain-text fallback, later lines indented by ``hang`` more."""
    return textwrap.fill(text, TEXT_WIDTH, initial_indent=indent, subsequent_indent=indent + hang,
                         break_long_words=True, break_on_hyphens=False)


def scene_position(story: Story, index: int) -> str:
    return f"Scene {index + 1} of {len(story)}"


def scene_time_sentence(story: Story, index: int, which: str = "original") -> str:
    """Where a scene falls in the meeting and who used its time, in words."""
    scene = story.scenes[index]
    start, end = story.spans(which)[index]
    if end == start:
        where = "before the meeting starts" if start == 0 else "after the meeting is over"
        return f"This scene happens {where}, so it has no place on the timeline."
    return (f"This scene takes minutes {fmt_minutes(start)} to {fmt_minutes(end)}: "
            f"{minutes_phrase(scene.version(which).timeline)}.")


def format_scene(story: Story, index: int, thoughts: bool = True) -> str:
    scene = story.scenes[index]
    lines = [f"{scene_position(story, index)} · {scene.title}", wrap(scene.happened, hang=""),
             wrap(f"From the visitor's side: {scene.visitor_side}")]
    if thoughts:
        lines.append(wrap(f"What the coach was thinking: {scene.coach_thinking}"))
    lines.append(wrap(scene_time_sentence(story, index)))
    if scene.timeline:
        lines.append(f"Timeline: {text_timeline(scene.timeline)}")
    return "\n".join(lines)


def format_story(story: Story | None = None, thoughts: bool = True) -> str:
    """Every scene as plain text, with the whole meeting's timeline at the end."""
    story = story or load_story()
    parts = [story.title.upper(), wrap(story.setting, hang=""), ""]
    for i in range(len(story)):
        parts += [format_scene(story, i, thoughts), ""]
    parts += [f"The whole meeting ({fmt_minutes(total_minutes(story.timeline()))} min): "
              f"{minutes_phrase(story.timeline())}.",
              text_timeline(story.timeline()), TEXT_TIMELINE_KEY]
    return "\n".join(parts)


def format_replay(story: Story | None = None, thoughts: bool = False) -> str:
    """The meeting as it happened and as a prepared asker would have run it, scene by scene."""
    story = story or load_story()
    lines = ["THE SAME MEETING, TWICE: as it happened, and with a prepared asker", ""]
    for n, scene in enumerate(story.scenes, 1):
        lines.append(f"Scene {n} · {scene.title}")
        lines.append(wrap(f"As it happened: {scene.happened}", "  "))
        if thoughts:
            lines.append(wrap(f"(the coach thinks: {scene.coach_thinking})", "    "))
        lines.append(wrap(f"Done right: {scene.replay.happened}", "  "))
        if thoughts:
            lines.append(wrap(f"(the coach thinks: {scene.replay.coach_thinking})", "    "))
        lines.append("")
    for which, label in (("original", "As it happened"), ("replay", "Done right")):
        tl = story.timeline(which)
        lines.append(f"{label}: {minutes_phrase(tl)}.")
        lines.append("  " + text_timeline(tl))
    lines.append(TEXT_TIMELINE_KEY)
    return "\n".join(lines)
