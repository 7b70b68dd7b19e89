"""The course served as `make start` and `make app` serve it, for the browser tests.

``CourseLab`` runs ``jupyter lab --config=config/jupyter_server_config.py`` from ``notebooks/`` with a
token (as a learner gets it); ``CourseApp`` runs Voila with ``config/`` on its paths. Both keep
their terminal output in ``.log`` so a test can read what a learner would see there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from . import lab_driver

ROOT = lab_driver.ROOT
CONFIG = ROOT / "config"


class _Served:
    """A server started in its own process group; leaving the ``with`` block stops that group."""

    def __init__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="atl-course-"))
        self.data_dir = self.tmp / "learner-data"
        self.port = lab_driver.free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = self.tmp / "terminal.log"
        self.proc: subprocess.Popen | None = None
        self._out = None

    def env(self) -> dict:
        env = dict(os.environ)
        env["ASK_TO_LEARN_DATA_DIR"] = str(self.data_dir)
        env["JUPYTERLAB_SETTINGS_DIR"] = str(self.tmp / "user-settings")
        env["JUPYTER_RUNTIME_DIR"] = str(self.tmp / "runtime")
        env["PYTHONWARNINGS"] = "ignore::DeprecationWarning"
        return env

    def _start(self, cmd: list[str], cwd: Path, env: dict, ready: str) -> None:
        self.proc, self._out = lab_driver.start_process(cmd, cwd, env, self.log)
        try:
            lab_driver.wait_http(ready, self.proc, self.log)
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def clear_data(self) -> None:
        """Empty the learner data folder."""
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def terminal(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def _before_stop(self) -> None:
        pass

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            try:
                self._before_stop()
            except Exception:  # stopping must go on whatever happens
                pass
        lab_driver.stop_process(self.proc)
        if self._out:
            self._out.close()
            self._out = None
        shutil.rmtree(self.tmp, ignore_errors=True)


class CourseLab(_Served):
    """JupyterLab exactly as `make start` runs it (with a token), minus the browser it would open."""

    def __enter__(self) -> "CourseLab":
        cmd = [str(Path(sys.executable).parent / "jupyter"), "lab", f"--config={CONFIG / 'jupyter_server_config.py'}",
               "--ip", "127.0.0.1", "--port", str(self.port), "--no-browser"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        # The login page answers without a token, so the readiness check logs no 403 in the terminal.
        self._start(cmd, ROOT / "notebooks", self.env(), f"{self.base}/login")
        return self

    def address(self, timeout: float = 30) -> str:
        """The tokened address the terminal shows the learner."""
        found = lab_driver.wait_until(
            lambda: re.findall(r"http://127\.0\.0\.1:\d+/\S*\?token=\w+", self.terminal()),
            "an address with a token in the terminal", timeout, describe=lambda: "terminal:\n" + self.terminal()[-2000:])
        return found[-1]

    def _before_stop(self) -> None:
        self.shutdown_sessions()

    def shutdown_sessions(self) -> None:
        """Shut every kernel session down (the REST API, with the learner's token)."""
        import json

        token = self.address().rsplit("token=", 1)[1]
        headers = {"Authorization": f"token {token}"}
        req = urllib.request.Request(f"{self.base}/api/sessions", headers=headers)
        with urllib.request.urlopen(req, timeout=10) as r:
            sessions = json.loads(r.read())
        for s in sessions:
            req = urllib.request.Request(f"{self.base}/api/sessions/{s['id']}", method="DELETE", headers=headers)
            urllib.request.urlopen(req, timeout=20).close()


class CourseApp(_Served):
    """Voila exactly as `make app` runs it."""

    def __enter__(self) -> "CourseApp":
        env = self.env()
        env["JUPYTER_PATH"] = str(CONFIG)
        env["JUPYTER_CONFIG_PATH"] = str(CONFIG)
        env["ASK_TO_LEARN_APP"] = "1"
        cmd = [str(Path(sys.executable).parent / "voila"), "--no-browser", f"--port={self.port}",
               "--Voila.ip=127.0.0.1", "--template=course", "--Voila.log_level=WARN",
               "--KernelManager.transport=ipc", "notebooks"]
        self._start(cmd, ROOT, env, f"{self.base}/")
        return self


def sideways(page) -> list[str]:
    """Elements inside exercises or outputs that scroll sideways (wider content than their box)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.atl-exercise, .atl-exercise *, .jp-OutputArea-output')]
             .filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
             .map(e => (e.className || e.tagName).toString().slice(0, 80) + ' ' + e.scrollWidth + '>' + e.clientWidth)"""
    )


def git_status(paths: list[str]) -> str:
    return subprocess.run(["git", "status", "--porcelain", "--", *paths], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout
