"""A real JupyterHub on this machine, run with the course's own configuration
(``instructors/hub/jupyterhub_config.py`` in its trial mode), for the classroom test and benchmark.

It makes sure what the hub needs is there (jupyterhub, nbgitpuller and jupyterhub-idle-culler in
this Python; configurable-http-proxy from npm in a local folder), serves the course from a bare git
repository, and stops every process it started by process id.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
HUB_CONFIG = ROOT / "instructors" / "hub" / "jupyterhub_config.py"
BIN = Path(sys.executable).parent
PROXY_DIR = Path(sys.prefix) / "classroom-proxy"
PROXY = PROXY_DIR / "node_modules" / ".bin" / "configurable-http-proxy"
PASSWORD = "classroom-" + secrets.token_hex(4)
COURSE_FOLDER = "ask-to-learn"  # the bare repository's name, so the learners' folder name


def scale() -> float:
    try:
        return max(1.0, float(os.environ.get("ASK_TO_LEARN_TEST_TIMEOUT_SCALE", "1")))
    except ValueError:
        return 1.0


def seconds(base: float) -> float:
    """A timeout, stretched by ASK_TO_LEARN_TEST_TIMEOUT_SCALE for slow or busy machines."""
    return base * scale()


def poll(condition, timeout: float, what: str, every: float = 0.25):
    """Check ``condition()`` until it returns something true, for at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            result = condition()
            if result:
                return result
        except Exception as exc:  # noqa: BLE001  (the condition may fail until it holds)
            last_error = exc
        time.sleep(every)
    raise TimeoutError(f"{what}: not true after {timeout:.0f} s" + (f" (last error: {last_error})" if last_error else ""))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_python_packages() -> list[str]:
    out = []
    for module, package in (("jupyterhub", "jupyterhub"), ("nbgitpuller", "nbgitpuller"),
                            ("jupyterhub_idle_culler", "jupyterhub-idle-culler")):
        try:
            __import__(module)
        except ImportError:
            out.append(package)
    return out


def ensure_proxy() -> Path:
    """configurable-http-proxy from npm, in a folder inside the venv (Node from Debian if missing)."""
    if PROXY.exists():
        return PROXY
    if not shutil.which("npm"):
        raise RuntimeError("npm is missing: install Node (apt-get install nodejs npm) or run make test-classroom")
    PROXY_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--prefix", str(PROXY_DIR), "--no-audit", "--no-fund",
                    "configurable-http-proxy@5"], check=True, capture_output=True, timeout=600)
    return PROXY


def course_files() -> list[str]:
    """The course as it is in this checkout: tracked files and new ones not ignored."""
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, check=True, capture_output=True).stdout.decode()
    return [f for f in out.split("\0") if f and (ROOT / f).is_file()]


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Course", "GIT_AUTHOR_EMAIL": "course@example.org",
           "GIT_COMMITTER_NAME": "Course", "GIT_COMMITTER_EMAIL": "course@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


def make_upstream(tmp: Path) -> tuple[Path, Path]:
    """A bare repository holding this checkout's course on branch main, and a work clone to push from."""
    work = tmp / "upstream-work"
    work.mkdir()
    for rel in course_files():
        dest = work / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, dest)
    git("init", "-q", "-b", "main", cwd=work)
    git("add", "-A", cwd=work)
    git("commit", "-q", "-m", "The course", cwd=work)
    bare = tmp / COURSE_FOLDER
    git("clone", "-q", "--bare", str(work), str(bare), cwd=tmp)
    git("remote", "add", "bare", str(bare), cwd=work)
    return bare, work


def push_update(work: Path, rel: str, line: str) -> str:
    """A new upstream commit that appends ``line`` to ``rel``; returns the commit id."""
    path = work / rel
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")
    git("commit", "-q", "-am", "Course update", cwd=work)
    git("push", "-q", "bare", "main", cwd=work)
    return git("rev-parse", "HEAD", cwd=work).strip()


def pull_link(base: str, repo: Path, urlpath: str) -> str:
    query = urllib.parse.urlencode({"repo": repo.as_uri(), "branch": "main", "urlpath": urlpath})
    return f"{base}/hub/user-redirect/git-pull?{query}"


class Hub:
    """JupyterHub with the course's configuration on free loopback ports, in a temp folder."""

    def __init__(self, tmp: Path | None = None):
        self.tmp = Path(tmp or tempfile.mkdtemp(prefix="atl-hub-"))
        self.trial = self.tmp / "trial"
        self.trial.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(16)
        self.proc: subprocess.Popen | None = None
        # Every process seen in the hub's tree, as psutil handles: a handle checks the process's start
        # time before signalling, so a process id reused by someone else is never touched.
        self.started: dict[int, psutil.Process] = {}
        self.log_path = self.tmp / "hub.log"

    def home(self, user: str) -> Path:
        return self.trial / "homes" / user

    def data_dir(self, user: str) -> Path:
        return self.home(user) / ".local" / "share" / "ask-to-learn"

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "ASK_TO_LEARN_DATA"))}
        env.update({
            "ASK_TO_LEARN_HUB_TRIAL_DIR": str(self.trial),
            "ASK_TO_LEARN_HUB_PASSWORD": PASSWORD,
            "ASK_TO_LEARN_HUB_PORT": str(self.port),
            "ASK_TO_LEARN_HUB_API_PORT": str(free_port()),
            "ASK_TO_LEARN_HUB_PROXY_API_PORT": str(free_port()),
            "ASK_TO_LEARN_HUB_PROXY": str(ensure_proxy()),
            "ASK_TO_LEARN_HUB_ADMIN_TOKEN": self.token,
            "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        })
        return env

    def start(self) -> "Hub":
        log = open(self.log_path, "w")
        self.proc = subprocess.Popen([str(BIN / "jupyterhub"), "-f", str(HUB_CONFIG)], cwd=self.trial,
                                     env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.started[self.proc.pid] = psutil.Process(self.proc.pid)

        def up():
            if self.proc.poll() is not None:
                raise RuntimeError(f"the hub exited ({self.proc.returncode}); see {self.log_path}")
            return self.api("GET", "/users") is not None

        poll(up, seconds(120), "the hub answers its API")
        return self

    # -- the hub's REST API, with the driver token ------------------------------------------------
    def api(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.base}/hub/api{path}", data=data, method=method,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return json.loads(text) if text else {}

    def server_ready(self, user: str) -> bool:
        info = self.api("GET", f"/users/{user}")
        server = (info.get("servers") or {}).get("")
        return bool(server and server.get("ready"))

    # -- processes --------------------------------------------------------------------------------
    def tree(self) -> list[psutil.Process]:
        """The hub and everything it started (proxy, culler, learners' servers, their kernels)."""
        if not self.proc:
            return []
        try:
            hub = psutil.Process(self.proc.pid)
            return [hub, *hub.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def remember_children(self) -> None:
        for process in self.tree():
            self.started.setdefault(process.pid, process)

    def stop(self) -> list[int]:
        """Stop the hub and every process it started, by process id. Returns those still alive (none)."""
        if not self.proc:
            return []
        self.remember_children()
        for user in self._users():
            try:
                self.api("DELETE", f"/users/{user}/server")
            except Exception:  # noqa: BLE001  (already stopped, or the hub is gone)
                pass
        self.remember_children()
        processes = list(self.started.values())

        def alive() -> list[psutil.Process]:
            return [p for p in processes if _alive(p)]

        for sig in (signal.SIGTERM, signal.SIGKILL):
            for process in alive():
                try:
                    process.send_signal(sig)
                except psutil.NoSuchProcess:
                    pass
            try:
                poll(lambda: not alive(), seconds(20), "every process the hub started has stopped", every=0.3)
                break
            except TimeoutError:
                continue
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        return [p.pid for p in alive()]

    def _users(self) -> list[str]:
        try:
            return [u["name"] for u in self.api("GET", "/users")]
        except Exception:  # noqa: BLE001
            return []


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
