"""The learner's work store: round trips, faults, and the promise that nothing saved is lost."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lesson_utils import store as store_mod
from lesson_utils.store import SCHEMA_VERSION, Store, StoreError, valid_exercise_id


@pytest.mark.parametrize(
    "value",
    [
        "plain text",
        "",
        {"who": "Ana", "why": "she runs a bakery"},
        ["q1", "q2", "q3"],
        {"nested": {"list": [1, 2.5, None, True]}},
        "emoji 🙂🎉 and RTL שלום مرحبا",
        "x" * 100_000,
        "<script>alert(1)</script>",
        "lone surrogate \ud800 kept",
    ],
)
def test_round_trip(tmp_path, value):
    s = Store(tmp_path)
    s.save("04.2-open-questions", value)
    assert Store(tmp_path).value("04.2-open-questions") == value


@pytest.mark.parametrize(
    "eid, ok",
    [("04.2-open-questions", True), ("00.1-setup-check", True), ("01-quiz", True),
     ("4.2-x", False), ("04.2-Open", False), ("../etc/passwd", False), ("04.2-a/b", False), ("", False), (None, False)],
)
def test_exercise_ids(eid, ok):
    assert valid_exercise_id(eid) is ok


def test_bad_id_is_refused(tmp_path):
    with pytest.raises(ValueError):
        Store(tmp_path).save("../../evil", "x")


def test_record_carries_schema_and_status(tmp_path):
    s = Store(tmp_path)
    s.save("03.1-introduction", {"a": 1}, status="done")
    raw = json.loads((tmp_path / "work" / "03.1-introduction.json").read_text(encoding="utf-8"))
    assert raw["schema"] == SCHEMA_VERSION
    assert raw["status"] == "done"
    assert raw["exercise_id"] == "03.1-introduction"
    assert s.status("03.1-introduction") == "done"
    assert s.status("03.2-other") == "not_started"


def test_overwrite_keeps_latest(tmp_path):
    s = Store(tmp_path)
    s.save("01.1-reflection", "first")
    s.save("01.1-reflection", "second")
    assert s.value("01.1-reflection") == "second"
    assert [p.name for p in (tmp_path / "work").iterdir()] == ["01.1-reflection.json"]


def test_kill_during_write_keeps_old_version(tmp_path, monkeypatch):
    s = Store(tmp_path)
    s.save("04.1-drafts", {"questions": ["old"]})

    def dying_replace(src, dst):
        raise KeyboardInterrupt("killed between write and rename")

    monkeypatch.setattr(store_mod.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        s.save("04.1-drafts", {"questions": ["new"]})
    monkeypatch.undo()
    assert Store(tmp_path).value("04.1-drafts") == {"questions": ["old"]}
    assert not list((tmp_path / "work").glob("*.tmp"))


def test_killed_process_mid_write_leaves_old_version_whole(tmp_path):
    """A real process is killed (SIGKILL) while it writes a big record: the old one survives."""
    Store(tmp_path).save("04.1-drafts", {"questions": ["old"]})
    script = textwrap.dedent(
        f"""
        import os, signal
        from lesson_utils import store as m
        real_fsync = os.fsync
        def fsync_then_die(fd):
            real_fsync(fd)
            os.kill(os.getpid(), signal.SIGKILL)
        m.os.fsync = fsync_then_die
        m.Store({str(tmp_path)!r}).save("04.1-drafts", {{"questions": ["new"] * 10000}})
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode != 0
    assert Store(tmp_path).value("04.1-drafts") == {"questions": ["old"]}


def test_disk_full_keeps_old_version_and_says_so(tmp_path, monkeypatch):
    s = Store(tmp_path)
    s.save("05.1-request", "old email")

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_mod.os, "fsync", full)
    with pytest.raises(StoreError, match="disk .* is full"):
        s.save("05.1-request", "new email")
    monkeypatch.undo()
    assert s.value("05.1-request") == "old email"
    assert not list((tmp_path / "work").glob("*.tmp"))


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"schema": 1}', b'"just a string"',
     b'{"schema": 1, "exercise_id": "someone-else", "status": "done", "value": 1}'],
)
def test_unreadable_file_is_set_aside_and_work_continues(tmp_path, content):
    work = tmp_path / "work"
    work.mkdir()
    (work / "02.2-spot").write_bytes(b"")  # unrelated non-json file is ignored
    (work / "02.2-spot.json").write_bytes(content)
    s = Store(tmp_path)
    assert s.load("02.2-spot") is None
    notices = s.take_notices()
    assert len(notices) == 1 and "could not be read" in notices[0] and "nothing was deleted" in notices[0]
    kept = list(work.glob("02.2-spot.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == content
    s.save("02.2-spot", {"ok": True})
    assert s.value("02.2-spot") == {"ok": True}


def test_future_schema_is_left_alone_then_kept_aside_on_save(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    future = {"schema": SCHEMA_VERSION + 1, "exercise_id": "03.1-intro", "status": "done", "value": {"v2": 1}}
    (work / "03.1-intro.json").write_text(json.dumps(future))
    s = Store(tmp_path)
    assert s.load("03.1-intro") is None
    assert "newer version" in s.take_notices()[0]
    assert json.loads((work / "03.1-intro.json").read_text()) == future  # untouched
    s.save("03.1-intro", {"v1": 1})
    kept = list(work.glob("03.1-intro.newer-*.json"))
    assert len(kept) == 1 and json.loads(kept[0].read_text()) == future
    assert s.value("03.1-intro") == {"v1": 1}


def _save_many(folder: str, exercise_id: str, n: int) -> None:
    s = Store(folder)
    for i in range(n):
        s.save(exercise_id, {"i": i, "who": exercise_id})


def test_two_processes_saving_different_exercises(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_save_many, args=(str(tmp_path), eid, 60)) for eid in ("04.1-a", "05.1-b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    s = Store(tmp_path)
    assert s.value("04.1-a") == {"i": 59, "who": "04.1-a"}
    assert s.value("05.1-b") == {"i": 59, "who": "05.1-b"}


def test_two_processes_saving_the_same_exercise_never_corrupt(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_save_many, args=(str(tmp_path), "04.1-a", 60)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    s = Store(tmp_path)
    assert s.value("04.1-a") == {"i": 59, "who": "04.1-a"}
    assert s.take_notices() == []


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_unwritable_folder_gives_clear_message(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(locked, os.W_OK):  # root ignores permission bits: use a file as the folder instead
            locked = tmp_path / "a-file"
            locked.write_text("not a folder")
        with pytest.raises(StoreError) as info:
            Store(locked).save("01.1-reflection", "hello")
        msg = str(info.value)
        assert str(locked) in msg and "ASK_TO_LEARN_DATA_DIR" in msg
    finally:
        (tmp_path / "locked").chmod(stat.S_IRWXU)


def test_data_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path / "mine"))
    s = Store()
    s.save("01.1-reflection", "x")
    assert (tmp_path / "mine" / "work" / "01.1-reflection.json").exists()


def test_default_data_dir_is_outside_the_package(monkeypatch):
    monkeypatch.delenv("ASK_TO_LEARN_DATA_DIR", raising=False)
    import lesson_utils
    from lesson_utils.paths import data_dir

    pkg = Path(lesson_utils.__file__).resolve().parent
    repo = pkg.parent
    d = data_dir().resolve()
    assert pkg not in d.parents and repo not in d.parents and d != repo


def test_read_only_install_still_works(tmp_path):
    """Copy the package somewhere, make every file read-only, and use it from there."""
    import shutil

    import lesson_utils

    src = Path(lesson_utils.__file__).resolve().parent
    site = tmp_path / "site"
    shutil.copytree(src, site / "lesson_utils", ignore=shutil.ignore_patterns("__pycache__"))
    for p in sorted(site.rglob("*"), reverse=True):
        p.chmod(0o555 if p.is_dir() else 0o444)
    (site).chmod(0o555)
    data = tmp_path / "data"
    code = (
        "import lesson_utils, sys; from lesson_utils.store import Store; from lesson_utils.course import lessons;"
        f"assert lesson_utils.__file__.startswith({str(site)!r}), lesson_utils.__file__;"
        f"s = Store({str(data)!r}); s.save('01.1-reflection', 'hi'); assert s.value('01.1-reflection') == 'hi';"
        "assert len(lessons()) >= 1; print('ok')"
    )
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    for p in site.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    site.chmod(0o755)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_export_gathers_everything(tmp_path):
    s = Store(tmp_path)
    s.save("01.1-reflection", "a", status="done")
    s.save("04.1-drafts", ["q"])
    out = s.export()
    assert set(out["work"]) == {"01.1-reflection", "04.1-drafts"}
    assert out["work"]["01.1-reflection"]["value"] == "a"
