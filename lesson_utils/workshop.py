"""The workshop's timings (instructors' kit), read from ``data/workshop.json``.

One place for every minute the facilitator guide and the role cards give: the blocks of the
90-minute session and the half-day, and the set-up, rounds, play and debrief of each role-play.
``tools/build_handouts.py`` writes the guide's tables and the cards' timing lines from here.
Nothing here imports ipywidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import load_json

PLANS = ("ninety_minute", "two_hour", "half_day")


@dataclass(frozen=True)
class RolePlay:
    key: str
    title: str
    cards: str
    setup: int
    rounds: int
    play: int
    debrief: int
    time_cue: int

    @property
    def minutes(self) -> int:
        return self.setup + self.rounds * self.play + self.debrief

    def breakdown(self) -> str:
        """E.g. '2 min set-up, two rounds of 4 min with partners swapping roles, 5 min debrief'."""
        rounds = {1: "one round", 2: "two rounds", 3: "three rounds"}.get(self.rounds, f"{self.rounds} rounds")
        swap = " with partners swapping roles" if self.rounds > 1 else ""
        return f"{self.setup} min set-up, {rounds} of {self.play} min{swap}, {self.debrief} min debrief"


@dataclass(frozen=True)
class Block:
    id: str
    start: int
    end: int
    block: str
    who: str
    lesson: str

    @property
    def minutes(self) -> int:
        return self.end - self.start


def data() -> dict:
    return load_json("workshop.json")


def role_plays() -> dict[str, RolePlay]:
    return {key: RolePlay(key, **row) for key, row in data()["role_plays"].items()}


def schedule(plan: str) -> list[Block]:
    """The blocks of one plan with their start and end minute, role-plays timed from their cards."""
    plays = role_plays()
    out, start = [], 0
    for row in data()[plan]:
        minutes = plays[row["role_play"]].minutes if "role_play" in row else int(row["minutes"])
        out.append(Block(row["id"], start, start + minutes, row["block"], row["who"], row["lesson"]))
        start += minutes
    return out


def total(plan: str) -> int:
    return data()[f"{plan}_total"]


def clock(minute: int, plan: str) -> str:
    """Minutes as the guide writes them: '35' in the 90-minute plan, '0:35' in the half-day."""
    return str(minute) if plan == "ninety_minute" else f"{minute // 60}:{minute % 60:02d}"


def block(plan: str, block_id: str) -> Block:
    return next(b for b in schedule(plan) if b.id == block_id)
