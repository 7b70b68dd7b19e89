"""The course map: every lesson, its time, and the learner's progress in it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .content import load_json
from .store import STATUS_WORDS, Store


@dataclass(frozen=True)
class Lesson:
    number: str
    file: str
    title: str
    minutes: int
    exercises: tuple[str, ...]


@dataclass(frozen=True)
class MapRow:
    lesson: Lesson
    status: str  # not_started / in_progress / done
    done: int  # exercises done

    @property
    def status_words(self) -> str:
        return STATUS_WORDS[self.status]


def lessons() -> tuple[Lesson, ...]:
    data = load_json("course.json")
    return tuple(
        Lesson(d["number"], d["file"], d["title"], int(d["minutes"]), tuple(d["exercises"]))
        for d in data["lessons"]
    )


def lesson_status(lesson: Lesson, statuses: dict[str, str]) -> tuple[str, int]:
    """(status, number of exercises done) for ``lesson`` given each exercise's status."""
    seen = [statuses.get(e, "not_started") for e in lesson.exercises]
    done = sum(s == "done" for s in seen)
    if seen and done == len(seen):
        return "done", done
    if any(s != "not_started" for s in seen):
        return "in_progress", done
    return "not_started", done


def find_notebooks_dir(start: Path | None = None) -> Path | None:
    """The folder holding the course notebooks, looked for from ``start`` (default: cwd)."""
    start = Path.cwd() if start is None else Path(start)
    for candidate in (start, start / "notebooks", start.parent / "notebooks"):
        if (candidate / "00_start_here.ipynb").is_file():
            return candidate
    return None


def course_map(store: Store | None = None, notebooks_dir: Path | None = None) -> list[MapRow]:
    """One row per lesson whose notebook exists (every lesson when the folder is unknown)."""
    store = store if store is not None else Store()
    folder = notebooks_dir if notebooks_dir is not None else find_notebooks_dir()
    statuses = {}
    for eid in store.exercise_ids():
        statuses[eid] = store.status(eid)
    rows = []
    for lesson in lessons():
        if folder is not None and not (Path(folder) / lesson.file).is_file():
            continue
        status, done = lesson_status(lesson, statuses)
        rows.append(MapRow(lesson, status, done))
    return rows


def format_course_map(rows: list[MapRow]) -> str:
    """The course map as plain text."""
    total = sum(r.lesson.minutes for r in rows)
    noun = "lesson" if len(rows) == 1 else "lessons"
    lines = [f"The course: {len(rows)} {noun}, about {total} minutes in all."]
    for r in rows:
        lines.append(
            f"  {r.lesson.number}  {r.lesson.title:<40} ~{r.lesson.minutes:>2} min   {r.status_words}"
        )
    return "\n".join(lines)
