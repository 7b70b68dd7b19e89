"""The learner's work store: one JSON file per exercise, written atomically.

Work is keyed by a stable exercise id such as ``"04.2-open-questions"`` (never
by a cell's position) and kept in ``<data folder>/work/<exercise id>.json``.
Each record carries a schema version. Nothing here imports ipywidgets.

Promises:

* A save either lands whole or leaves the previous version untouched (temporary
  file in the same folder, fsync, ``os.replace``).
* A file that cannot be read is never deleted: it is renamed aside with a time
  stamp and the learner is told in plain words; work then continues.
* A file written by a newer version of the course is kept as it is; saving
  over it first sets it aside.
* Problems reach the learner as a :class:`StoreError` whose message says what
  happened and what to do, never as a traceback.

In the browser (JupyterLite, ``sys.platform == "emscripten"``) the folder is on the
browser's drive (``/drive/my_saved_work``). What still holds there: whole-file saves
through a temporary file and ``os.replace`` (both work on the drive), setting damaged or
newer files aside, and friendly errors. What cannot hold: ``fsync`` returns but the browser's
storage decides when data reaches the disk; nothing guards two tabs of the same lesson saving
over each other (the last save wins); and when the page is not a secure context the drive is
memory only, so nothing survives a reload (the setup check warns in red; see
:mod:`lesson_utils.browser_mode`). No locks, threads or subprocesses are used here.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .paths import DATA_DIR_VARIABLE, data_dir

SCHEMA_VERSION = 1
STATUSES = ("not_started", "in_progress", "done")
STATUS_WORDS = {"not_started": "not started", "in_progress": "in progress", "done": "done"}

_EXERCISE_ID = re.compile(r"^\d{2}(?:\.\d+)?-[a-z0-9]+(?:-[a-z0-9]+)*$")


class StoreError(Exception):
    """A problem with the learner's saved work, worded for the learner."""


def valid_exercise_id(exercise_id: object) -> bool:
    return isinstance(exercise_id, str) and bool(_EXERCISE_ID.match(exercise_id))


@dataclass(frozen=True)
class Record:
    exercise_id: str
    value: Any
    status: str
    saved_at: float
    schema: int = SCHEMA_VERSION

    def to_json(self) -> dict:
        return {
            "schema": self.schema,
            "exercise_id": self.exercise_id,
            "status": self.status,
            "saved_at": self.saved_at,
            "value": self.value,
        }


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000:06d}"


class Store:
    """Saved work in one data folder (by default the learner's)."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else data_dir()
        self.notices: list[str] = []

    # ----------------------------------------------------------------- paths
    @property
    def work_dir(self) -> Path:
        return self.folder / "work"

    def path_for(self, exercise_id: str) -> Path:
        if not valid_exercise_id(exercise_id):
            raise ValueError(f"not a valid exercise id: {exercise_id!r}")
        return self.work_dir / f"{exercise_id}.json"

    def _unwritable(self, detail: str = "") -> StoreError:
        extra = f" ({detail})" if detail else ""
        return StoreError(
            f"Your work cannot be saved: the folder {self.folder} is not writable{extra}. "
            f"Set the environment variable {DATA_DIR_VARIABLE} to a folder you can write to "
            "(for example a folder in your home directory), then restart the kernel "
            "(Kernel → Restart Kernel) and run the notebook again."
        )

    def _ensure_dir(self) -> None:
        try:
            self.work_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._unwritable(exc.strerror or type(exc).__name__) from None
        if not os.access(self.work_dir, os.W_OK):
            raise self._unwritable()

    # ------------------------------------------------------------------ save
    def save(self, exercise_id: str, value: Any, status: str = "in_progress") -> Record:
        """Save ``value`` (anything JSON can hold) for ``exercise_id``."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        path = self.path_for(exercise_id)
        record = Record(exercise_id, value, status, time.time())
        try:
            payload = json.dumps(record.to_json(), ensure_ascii=False, indent=1)
            data = payload.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: keep them as \\u escapes
            data = json.dumps(record.to_json(), ensure_ascii=True, indent=1).encode("ascii")
        except (TypeError, ValueError) as exc:
            raise StoreError(f"This answer could not be saved: it is not plain data ({exc}).") from None
        self._ensure_dir()
        self._set_aside_if_newer(path)
        self._atomic_write(path, data)
        return record

    def _atomic_write(self, path: Path, data: bytes) -> None:
        tmp_name = None
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self.work_dir, prefix=f".{path.stem}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
            tmp_name = None
            self._fsync_dir()
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise self._unwritable(exc.strerror or "") from None
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StoreError(
                    f"Your latest change could not be saved because the disk holding {self.folder} "
                    "is full. What you saved before is safe. Free some space, then press Save again."
                ) from None
            raise StoreError(
                f"Your latest change could not be saved ({exc.strerror or exc}). "
                "What you saved before is safe; please try again."
            ) from None
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)

    def _fsync_dir(self) -> None:
        if os.name != "posix":
            return
        with contextlib.suppress(OSError):
            fd = os.open(self.work_dir, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def _set_aside(self, path: Path, why: str) -> Path | None:
        target = path.with_name(f"{path.stem}.{why}-{_stamp()}.json")
        try:
            os.replace(path, target)
        except OSError:
            return None
        return target

    def _set_aside_if_newer(self, path: Path) -> None:
        raw = self._read_raw(path)
        if isinstance(raw, dict) and isinstance(raw.get("schema"), int) and raw["schema"] > SCHEMA_VERSION:
            kept = self._set_aside(path, "newer")
            if kept is not None:
                self.notices.append(
                    f"Work saved by a newer version of the course was kept as {kept.name} "
                    "before saving your new answer."
                )

    # ------------------------------------------------------------------ load
    def _read_raw(self, path: Path) -> Any:
        try:
            with open(path, "rb") as handle:
                return json.loads(handle.read().decode("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return _UNREADABLE

    def load(self, exercise_id: str) -> Record | None:
        """The saved record for ``exercise_id``, or ``None`` when there is none.

        A file that does not parse (or is not one of ours) is set aside and a
        notice is added to :attr:`notices`.
        """
        path = self.path_for(exercise_id)
        if not path.exists():
            return None
        raw = self._read_raw(path)
        if raw is None:
            return None
        if raw is not _UNREADABLE and isinstance(raw, dict) and isinstance(raw.get("schema"), int):
            if raw["schema"] > SCHEMA_VERSION:
                self.notices.append(
                    f"Your saved work for {exercise_id} was made by a newer version of the course, "
                    f"so this version leaves it untouched in {path}. Update the course to see it."
                )
                return None
            if raw.get("exercise_id") == exercise_id and raw.get("status") in STATUSES and "value" in raw:
                saved_at = raw.get("saved_at")
                return Record(
                    exercise_id,
                    raw["value"],
                    raw["status"],
                    float(saved_at) if isinstance(saved_at, (int, float)) else 0.0,
                    raw["schema"],
                )
        kept = self._set_aside(path, "unreadable")
        where = f"as {kept.name} in {kept.parent}" if kept else f"at {path}"
        self.notices.append(
            f"Your saved work for {exercise_id} could not be read, so it was kept {where} "
            "(nothing was deleted) and this exercise starts fresh."
        )
        return None

    def value(self, exercise_id: str, default: Any = None) -> Any:
        record = self.load(exercise_id)
        return default if record is None else record.value

    def status(self, exercise_id: str) -> str:
        record = self.load(exercise_id)
        return "not_started" if record is None else record.status

    def exercise_ids(self) -> list[str]:
        if not self.work_dir.is_dir():
            return []
        ids = []
        for path in sorted(self.work_dir.glob("*.json")):
            if valid_exercise_id(path.stem):
                ids.append(path.stem)
        return ids

    def all_records(self) -> dict[str, Record]:
        out = {}
        for exercise_id in self.exercise_ids():
            record = self.load(exercise_id)
            if record is not None:
                out[exercise_id] = record
        return out

    def take_notices(self) -> list[str]:
        notices, self.notices = self.notices, []
        return notices

    def export(self) -> dict:
        """All saved work as one plain dictionary (for a backup or a move)."""
        return {
            "schema": SCHEMA_VERSION,
            "exported_at": time.time(),
            "work": {eid: rec.to_json() for eid, rec in self.all_records().items()},
        }


class _Unreadable:
    pass


_UNREADABLE = _Unreadable()


def default_store() -> Store:
    """A store on the learner's data folder (read from the environment each call)."""
    return Store()
