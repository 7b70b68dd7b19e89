"""Drive JupyterLab (and Voila) in headless Chromium: shared by the browser tests and tools/screenshot.py.

Chromium comes from Debian (``/usr/bin/chromium``), never from ``playwright install``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
# What a learner must never see in a notebook after Run All.
WIDGET_FAILURES = ("Error displaying widget", "Loading widget", "Failed to load model")


def find_chromium() -> str | None:
    env = os.environ.get("CHROMIUM_PATH")
    if env and Path(env).exists():
        return env
    for c in CHROMIUM_CANDIDATES:
        if Path(c).exists():
            return c
    return shutil.which("chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_lab_overrides(prefix: str = sys.prefix) -> None:
    """Quiet JupyterLab's news toast and render every cell (no windowing)."""
    folder = Path(prefix) / "share" / "jupyter" / "lab" / "settings"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "overrides.json").write_text(json.dumps(LAB_OVERRIDES, indent=1))


def _wait_http(url: str, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status < 500:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url} within {timeout}s")


class Server:
    """A JupyterLab or Voila server on a free loopback port, with its own temp data folder."""

    def __init__(self, kind: str = "lab", root_dir: Path = ROOT, data_dir: Path | None = None,
                 voila_target: str | None = None):
        self.kind = kind
        self.root_dir = Path(root_dir)
        self.tmp = Path(tempfile.mkdtemp(prefix="atl-browser-"))
        self.data_dir = Path(data_dir) if data_dir else self.tmp / "learner-data"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.voila_target = voila_target
        self.proc: subprocess.Popen | None = None
        self.log = self.tmp / "server.log"

    def __enter__(self) -> "Server":
        env = dict(os.environ)
        env["ASK_TO_LEARN_DATA_DIR"] = str(self.data_dir)
        env["JUPYTERLAB_WORKSPACES_DIR"] = str(self.tmp / "workspaces")
        env["JUPYTERLAB_SETTINGS_DIR"] = str(self.tmp / "user-settings")
        env["JUPYTER_RUNTIME_DIR"] = str(self.tmp / "runtime")
        bindir = Path(sys.executable).parent
        if self.kind == "lab":
            write_lab_overrides()
            cmd = [str(bindir / "jupyter"), "lab", "--no-browser", "--ip", "127.0.0.1",
                   "--port", str(self.port), "--IdentityProvider.token=", "--ServerApp.password=",
                   f"--ServerApp.root_dir={self.root_dir}", "--ServerApp.open_browser=False"]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                cmd.append("--allow-root")
            status = f"{self.base}/api/status"
        else:
            cmd = [str(bindir / "voila"), "--no-browser", f"--port={self.port}", "--Voila.ip=127.0.0.1",
                   self.voila_target or str(self.root_dir)]
            status = f"{self.base}/"
        self._out = open(self.log, "wb")
        self.proc = subprocess.Popen(cmd, cwd=self.root_dir, env=env, stdout=self._out,
                                     stderr=subprocess.STDOUT)
        try:
            _wait_http(status, 60, self.proc)
        except Exception:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_out", None):
            self._out.close()

    def shutdown_sessions(self) -> None:
        try:
            with urllib.request.urlopen(f"{self.base}/api/sessions", timeout=5) as r:
                sessions = json.loads(r.read())
        except (urllib.error.URLError, OSError, ValueError):
            return
        for s in sessions:
            req = urllib.request.Request(f"{self.base}/api/sessions/{s['id']}", method="DELETE")
            try:
                urllib.request.urlopen(req, timeout=10).close()
            except (urllib.error.URLError, OSError):
                pass


def launch(playwright):
    exe = find_chromium()
    if not exe:
        raise RuntimeError("no Chromium found")
    return playwright.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)


def new_page(browser, width: int = 1280, height: int = 900):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.console_errors = []  # type: ignore[attr-defined]

    def on_console(msg):
        if msg.type == "error":
            page.console_errors.append(msg.text)  # type: ignore[attr-defined]

    page.on("console", on_console)
    page.on("pageerror", lambda err: page.console_errors.append(f"pageerror: {err}"))  # type: ignore
    return page


def open_notebook(page, server: Server, relpath: str) -> None:
    page.goto(f"{server.base}/lab/tree/{relpath}?reset", wait_until="domcontentloaded")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    wait_kernel_idle(page, 60)
    hide_sidebar(page)


def wait_kernel_idle(page, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        busy = page.evaluate(
            """() => {
              const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
              const status = ind ? ind.getAttribute('data-status') : null;
              const prompts = [...document.querySelectorAll('.jp-InputArea-prompt')].map(p => p.textContent);
              const running = prompts.some(t => t.includes('*'));
              return {status, running};
            }"""
        )
        if busy["status"] == "idle" and not busy["running"]:
            return
        time.sleep(0.3)
    raise TimeoutError("the kernel stayed busy")


def run_all(page, timeout: float = 180) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    time.sleep(1.0)
    wait_kernel_idle(page, timeout)
    time.sleep(1.0)  # let widget views render


def page_problems(page) -> list[str]:
    """What a learner must not see: widget failures, tracebacks, console errors from our code."""
    found = []
    # Only outputs count: the lessons' own text may mention these words.
    text = page.evaluate(
        "() => { const outs = [...document.querySelectorAll('.jp-OutputArea, .jp-Notebook .jp-Cell-outputWrapper')];"
        " return outs.length ? outs.map(o => o.innerText).join('\\n') : "
        "(document.querySelector('.jp-Notebook') ? '' : document.body.innerText); }"
    )
    for marker in WIDGET_FAILURES:
        if marker in text:
            found.append(f"page shows {marker!r}")
    errors = page.evaluate(
        """() => [...document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], .jp-RenderedText[data-mime-type="application/vnd.jupyter.error"]')].map(e => e.innerText.slice(0, 400))"""
    )
    for e in errors:
        found.append(f"error output: {e}")
    if "Traceback (most recent call last)" in text:
        found.append("a Python traceback is shown")
    for err in getattr(page, "console_errors", []):
        if any(k in err for k in ("lesson_utils", "widget", "Widget", "model")):
            found.append(f"console error: {err[:300]}")
    return found


def scroll_top(page) -> None:
    page.evaluate(
        "() => document.querySelectorAll('.jp-WindowedPanel-outer, .jp-NotebookPanel-notebook')"
        ".forEach(e => { e.scrollTop = 0; })"
    )
    time.sleep(0.3)


def hide_sidebar(page) -> None:
    """Collapse the left sidebar (file browser) so the notebook gets the width."""
    if page.evaluate("() => !!document.querySelector('#jp-left-stack:not(.lm-mod-hidden)')"):
        page.keyboard.press("Control+b")
        time.sleep(0.3)


def full_screenshot(page, path: Path) -> None:
    """Screenshot the whole notebook: grow the viewport to the notebook's height first."""
    height = page.evaluate(
        "() => { const n = document.querySelector('.jp-WindowedPanel-inner') || document.querySelector('.jp-Notebook');"
        " return n ? n.scrollHeight : document.body.scrollHeight; }"
    )
    page.set_viewport_size({"width": page.viewport_size["width"], "height": min(int(height) + 200, 16000)})
    time.sleep(0.8)
    scroll_top(page)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
