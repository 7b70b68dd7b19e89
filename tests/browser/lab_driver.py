"""Drive JupyterLab (and Voila) in headless Chromium: shared by the browser tests and tools/screenshot.py.

Chromium comes from Debian (``/usr/bin/chromium``), never from ``playwright install``.

Every wait here is on a condition (a server answers, the kernel is idle, every widget view has
rendered, a text is shown), with a timeout scaled by ``ASK_TO_LEARN_TEST_TIMEOUT_SCALE`` (see
``tests/waiting.py``). A wait that fails says what the page showed and where its screenshot is.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # imported as a plain module (tools/screenshot.py, the Makefile)
    sys.path.insert(0, str(ROOT))

from tests.waiting import WaitTimeout, scaled, scaled_ms, wait_until  # noqa: E402,F401  (re-exported)

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
from lesson_utils.lab_settings import LAB_OVERRIDES, write_lab_overrides  # noqa: E402,F401
# What a learner must never see in a notebook after Run All.
WIDGET_FAILURES = ("Error displaying widget", "Loading widget", "Failed to load model")
# Playwright's default for every wait that does not give its own timeout (seconds, before scaling).
DEFAULT_TIMEOUT = 60


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


# ------------------------------------------------------------------ failures that explain themselves
def failure_dir() -> Path:
    """Where a failed wait saves its screenshot: $ASK_TO_LEARN_SCREENSHOTS/failures, else a temp folder."""
    base = os.environ.get("ASK_TO_LEARN_SCREENSHOTS")
    folder = Path(base) / "failures" if base else Path(tempfile.gettempdir()) / "ask-to-learn-failures"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def describe_page(page, what: str = "page") -> str:
    """What the page shows (an excerpt of its visible text) and the path of a screenshot of it."""
    try:
        url = page.url
        text = page.evaluate("() => document.body ? document.body.innerText : ''")
        excerpt = " ".join(str(text).split())
        excerpt = excerpt[:800] + (" …" if len(excerpt) > 800 else "")
    except Exception as exc:  # a closed or crashed page
        url, excerpt = "?", f"(could not read the page: {exc})"
    slug = re.sub(r"[^A-Za-z0-9]+", "-", what).strip("-")[:60] or "page"
    path = failure_dir() / f"{time.strftime('%H%M%S')}-{os.getpid()}-{slug}.png"
    try:
        page.screenshot(path=str(path), full_page=True, timeout=scaled_ms(20))
        shot = str(path)
    except Exception as exc:
        shot = f"(no screenshot: {exc})"
    return f"The page ({url}) showed: {excerpt!r}\nScreenshot: {shot}"


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, (TimeoutError, WaitTimeout)) or type(exc).__name__ == "TimeoutError"


@contextlib.contextmanager
def explained(page, what: str):
    """Turn a Playwright timeout inside the block into a WaitTimeout naming ``what``, with the page's
    text and a screenshot's path."""
    try:
        yield
    except Exception as exc:
        if not _is_timeout(exc) or isinstance(exc, WaitTimeout):
            raise
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise WaitTimeout(f"timed out waiting for {what} ({first})\n{describe_page(page, what)}") from None


def wait_for_js(page, script: str, what: str, timeout: float = DEFAULT_TIMEOUT, arg=None, polling: int = 200):
    """Wait until ``script`` (a JS function) returns something truthy in the page; return its value."""
    with explained(page, what):
        handle = page.wait_for_function(script, arg=arg, timeout=scaled_ms(timeout), polling=polling)
        return handle.json_value()


def wait_visible(locator, what: str, timeout: float = DEFAULT_TIMEOUT, state: str = "visible") -> None:
    """Wait until ``locator`` (its first match) is visible (or in another ``state``: "attached", ...)."""
    with explained(locator.page, what):
        locator.first.wait_for(timeout=scaled_ms(timeout), state=state)


def wait_count(locator, count: int, what: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Wait until ``locator`` matches exactly ``count`` elements."""
    wait_until(lambda: locator.count() == count, what, timeout, poll=0.1,
               describe=lambda: describe_page(locator.page, what))


def settled(page) -> None:
    """Wait until the browser has painted twice: what the DOM holds is on screen (for screenshots)."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")


# ------------------------------------------------------------------ servers
def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status < 500
    except urllib.error.HTTPError as exc:  # 403 before a token: the server answers
        return exc.code < 500
    except (urllib.error.URLError, OSError):
        return False


def wait_http(url: str, proc: subprocess.Popen, log: Path | None = None, timeout: float = 90) -> None:
    """Bounded poll until ``url`` answers; fail at once (with the server's output) if the server exits."""

    def ready():
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"the server exited early with code {proc.returncode}:\n{tail}")
        return _answers(url)

    def describe():
        return ("server output:\n" + log.read_text(errors="replace")[-2000:]) if log and log.exists() else ""

    wait_until(ready, f"the server to answer at {url}", timeout, poll=0.25, describe=describe)


def start_process(cmd: list[str], cwd: Path, env: dict, log: Path) -> tuple[subprocess.Popen, object]:
    """Start a server in its own process group (so stopping it stops all it started)."""
    out = open(log, "wb")
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return proc, out


def stop_process(proc: subprocess.Popen | None, grace: float = 15) -> None:
    """Stop a process started by ``start_process``, by its id: SIGTERM to its process group, then
    SIGKILL if anything in the group lingers."""
    if proc is None:
        return
    try:
        own_group = os.getpgid(proc.pid) == proc.pid  # never signal a group we did not create
    except ProcessLookupError:
        own_group = False
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        try:
            if own_group:
                os.killpg(proc.pid, sig)
            elif proc.poll() is None:
                proc.send_signal(sig)
            else:
                break
        except ProcessLookupError:
            break
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            continue
        if not own_group or not _group_alive(proc.pid):
            break
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


class Server:
    """A JupyterLab or Voila server on a free loopback port, with its own temp data folder.

    Use as a context manager: it waits (bounded) until the server answers and always stops the
    server's whole process group on the way out, also when a test fails.
    """

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
        self._out = None

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
                   # Without a token the REST API refuses a DELETE with no XSRF cookie, so the tests could
                   # not shut kernels down: every test's kernel stayed up, and a later test reused it.
                   "--ServerApp.disable_check_xsrf=True",
                   f"--ServerApp.root_dir={self.root_dir}", "--ServerApp.open_browser=False",
                   # as config/jupyter_server_config.py and the hub set it: lesson links in exercises use it
                   "--LabApp.expose_app_in_browser=True",
                   # as the course's configurations set it: a lesson opens with the kernel's language details
                   "--ServerApp.contents_manager_class=lesson_utils.lab_contents.CourseContentsManager"]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                cmd.append("--allow-root")
            status = f"{self.base}/api/status"
        else:
            cmd = [str(bindir / "voila"), "--no-browser", f"--port={self.port}", "--Voila.ip=127.0.0.1",
                   self.voila_target or str(self.root_dir)]
            status = f"{self.base}/"
        self.proc, self._out = start_process(cmd, self.root_dir, env, self.log)
        try:
            wait_http(status, self.proc, self.log)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self.kind == "lab" and self.proc and self.proc.poll() is None:
            with contextlib.suppress(Exception):  # stopping the server below must happen whatever this does
                self.shutdown_sessions()
        stop_process(self.proc)
        if self._out:
            self._out.close()
            self._out = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def clear_data(self) -> None:
        """Empty the learner data folder (between tests, after their kernels are shut down)."""
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def sessions(self) -> list:
        try:
            with urllib.request.urlopen(f"{self.base}/api/sessions", timeout=scaled(10)) as r:
                return json.loads(r.read())
        except (urllib.error.URLError, OSError, ValueError):
            return []

    def shutdown_sessions(self) -> None:
        """Shut every kernel session down (each DELETE returns once its kernel is stopped).

        A refusal (an HTTP error) is an error: a kernel left running would carry its state into the
        next test. A session already gone (404) is fine.
        """
        for s in self.sessions():
            req = urllib.request.Request(f"{self.base}/api/sessions/{s['id']}", method="DELETE")
            try:
                urllib.request.urlopen(req, timeout=scaled(20)).close()
            except urllib.error.HTTPError as exc:
                if exc.code != 404:
                    raise RuntimeError(f"the server refused to shut session {s['path']} down: "
                                       f"{exc.code} {exc.read()[:200]!r}") from None
            except (urllib.error.URLError, OSError):
                pass


# ------------------------------------------------------------------ the browser
def launch(playwright):
    exe = find_chromium()
    if not exe:
        raise RuntimeError("no Chromium found")
    return playwright.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)


def new_page(browser, width: int = 1280, height: int = 900):
    """A page in its own fresh browser context (cookies, storage), with scaled default timeouts.

    Closing the page closes its context too.
    """
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(scaled_ms(DEFAULT_TIMEOUT))
    page.set_default_navigation_timeout(scaled_ms(DEFAULT_TIMEOUT))
    page.console_errors = []  # type: ignore[attr-defined]

    def on_console(msg):
        if msg.type == "error":
            page.console_errors.append(msg.text)  # type: ignore[attr-defined]

    page.on("console", on_console)
    page.on("pageerror", lambda err: page.console_errors.append(f"pageerror: {err}"))  # type: ignore
    # The kernels the page talks to (see open_notebook: a kernel switched while opening breaks Run All).
    page.kernel_ids = []  # type: ignore[attr-defined]

    def on_websocket(ws):
        found = re.search(r"/api/kernels/([0-9a-f-]+)/channels", ws.url)
        if found and found.group(1) not in page.kernel_ids:  # type: ignore[attr-defined]
            page.kernel_ids.append(found.group(1))  # type: ignore[attr-defined]

    page.on("websocket", on_websocket)
    return page


# ------------------------------------------------------------------ JupyterLab
_KERNEL_STATE = """() => {
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  const status = ind ? ind.getAttribute('data-status') : null;
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
  return {status, running: prompts.some(t => t.includes('*')), prompts};
}"""

# All code cells have run (or Run All stopped at an error), the kernel is idle, every widget view has
# rendered (no empty output panel), and the number of outputs and widgets held still since the last poll.
_RUN_ALL_DONE = """() => {
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  if (!ind || ind.getAttribute('data-status') !== 'idle') return false;
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
  if (prompts.some(t => t.includes('*'))) return false;
  const errored = document.querySelector('.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]');
  if (!errored && !prompts.every(t => /\\[\\d+\\]/.test(t))) return false;
  const outs = [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output')];
  // An output with nothing in it is a view still rendering; a script output (the drafter's ordered Adds)
  // is empty by design.
  const script = o => (o.getAttribute('data-mime-type') || '').includes('javascript');
  if (outs.some(o => !o.firstElementChild && !o.textContent.trim() && !script(o))) return false;
  const key = outs.length + '/' + document.querySelectorAll('.jp-Notebook .jupyter-widgets').length;
  const stable = window.__atlRunAllKey === key;
  window.__atlRunAllKey = key;
  return stable;
}"""


class RecoveredWait(UserWarning):
    """A known hitch of a busy machine that a wait recovered from (listed in pytest's warnings summary)."""


def _goto_leaving(page, url: str) -> None:
    """Go to ``url``; if the page asks "Leave site? Changes may not be saved", leave (only during this goto)."""

    def leave(dialog):
        if dialog.type == "beforeunload":
            dialog.accept()
        else:
            dialog.dismiss()

    page.on("dialog", leave)
    try:
        page.goto(url, wait_until="domcontentloaded")
    finally:
        page.remove_listener("dialog", leave)


def _cell_count(server, relpath: str) -> int | None:
    """How many cells the notebook file has (the server's root folder, else notebooks/), or None."""
    root = Path(getattr(server, "root_dir", ROOT / "notebooks"))
    try:
        return len(json.loads((root / relpath).read_text(encoding="utf-8"))["cells"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def open_notebook(page, server: Server, relpath: str) -> None:
    """Open a notebook and wait until its cells are shown and its kernel is idle.

    On a busy machine JupyterLab now and then starts a kernel for the notebook, shuts it down at once
    and starts another (the server logs both). The page then never runs a cell: Run All leaves every
    cell at [ ]. When the page has talked to more than one kernel, the notebook is opened once more
    (it then joins the running kernel).
    """
    for attempt in (1, 2):
        if hasattr(page, "kernel_ids"):
            page.kernel_ids.clear()
        _goto_leaving(page, f"{server.base}/lab/tree/{relpath}?reset")
        wait_visible(page.locator(".jp-Notebook .jp-Cell"), f"the cells of {relpath}", 90)
        cells = _cell_count(server, relpath)
        if cells:  # Lab first shows an empty notebook ("Click to add a cell") until the file's contents arrive
            wait_for_js(page, "(n) => document.querySelectorAll('.jp-Notebook .jp-Cell').length === n",
                        f"all {cells} cells of {relpath} to be shown", 90, arg=cells)
        # The status indicator says "idle" before any kernel exists: a Run All clicked then runs nothing.
        # So first wait until the page has opened its kernel's channels.
        if hasattr(page, "kernel_ids"):
            wait_until(lambda: page.evaluate("() => true") and page.kernel_ids,  # evaluate lets events arrive
                       f"the page to connect to the kernel of {relpath}", 90, poll=0.2,
                       describe=lambda: describe_page(page, f"kernel of {relpath}"))
        wait_kernel_idle(page, 90)
        if len(getattr(page, "kernel_ids", ())) <= 1:
            break
        warnings.warn(f"JupyterLab switched kernels while {relpath} opened; opening it again", RecoveredWait)
    page.atl_opened = (server, relpath)  # type: ignore[attr-defined]  (run_all may open it again)
    hide_sidebar(page)


def wait_kernel_idle(page, timeout: float = 120) -> None:
    """The notebook's kernel is idle and no cell is queued or running."""
    wait_for_js(page, f"() => {{ const s = ({_KERNEL_STATE})(); return s.status === 'idle' && !s.running; }}",
                "the kernel to be idle with no cell running", timeout)


# Run All's state at one poll: "done" (as _RUN_ALL_DONE), "stalled" (the kernel idle, no cell running or
# queued, no error, yet some code cell has not run, and that for STALL_MS in a row), else false.
# A stall is a lost menu click (nothing started), or cells whose run was dropped (a kernel switched
# under the page while the notebook opened: the cells went [*], then back to [ ]).
_RUN_ALL_STATE = """([stallMs]) => {
  if ((%s)()) return 'done';
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
  const errored = document.querySelector('.jp-Notebook [data-mime-type="application/vnd.jupyter.error"]');
  const stalled = ind && ind.getAttribute('data-status') === 'idle' && !errored
    && !prompts.some(t => t.includes('*')) && prompts.some(t => !/\\[\\d+\\]/.test(t));
  if (!stalled) { window.__atlStalledSince = null; return false; }
  window.__atlStalledSince = window.__atlStalledSince || Date.now();
  return Date.now() - window.__atlStalledSince >= stallMs ? 'stalled' : false;
}""" % _RUN_ALL_DONE
# How long Run All may sit idle with cells not run before it counts as stalled (seconds, before scaling).
# Cells are marked queued [*] as soon as the click lands, so 15 s idle with cells never run is a stall, not
# a slow machine (the wait itself still has its full timeout).
RUN_ALL_STALL = 15


def click_menu(page, menu: str, item: str, tries: int = 4) -> None:
    """Open ``menu`` in the menu bar and click ``item``. On a busy machine a click on the menu bar can
    land before the menu answers, and its item never shows: then the menu is closed and opened again
    (each try waits for the item to show, the whole up to the page's own timeout)."""
    entry = page.get_by_role("menuitem", name=item, exact=True)
    per_try = max(DEFAULT_TIMEOUT / tries, 10)
    for attempt in range(1, tries + 1):
        page.get_by_role("menuitem", name=menu, exact=True).click()
        try:
            entry.wait_for(state="visible", timeout=scaled_ms(per_try))
        except Exception as exc:  # noqa: BLE001 (Playwright's timeout): the menu did not open
            if not _is_timeout(exc) or attempt == tries:
                raise
            page.keyboard.press("Escape")
            continue
        entry.click()
        return


_PROMPTS = """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')]
  .map(p => p.textContent.trim()).join('|')"""
# Run All has started once any prompt changes (cells are marked queued [*] as soon as the command runs) or
# the kernel is busy
_RUN_ALL_STARTED = """([before]) => {
  const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
  return (%s)() !== before || (ind && ind.getAttribute('data-status') === 'busy');
}""" % _PROMPTS
# How long a click on Run All Cells may take to mark the first cell queued (seconds, before scaling)
RUN_ALL_LANDS = 10


def _click_run_all(page, tries: int = 3) -> None:
    """Click Run → Run All Cells until the command is seen to run. On a very busy machine a click on the
    menu item can land while the menu closes, and nothing runs: nothing was queued, so clicking again
    cannot run a cell twice."""
    before = page.evaluate(_PROMPTS)
    for attempt in range(1, tries + 1):
        click_menu(page, "Run", "Run All Cells")
        try:
            wait_for_js(page, _RUN_ALL_STARTED, "Run All to start", RUN_ALL_LANDS, arg=[before], polling=100)
            return
        except WaitTimeout:
            if attempt == tries:
                return  # the stall check in run_all decides what happens next
            warnings.warn(f"Run All Cells did not start in {page.url}; clicking it again", RecoveredWait)


def run_all(page, timeout: float = 180) -> None:
    """Run → Run All Cells, then wait until every cell has run and every widget view has rendered.

    If Run All stalls (see _RUN_ALL_STATE), and only then, the notebook is opened again (when
    open_notebook opened it: the page then joins the kernel the server really runs) and Run All is
    asked once more. Asking while cells run would run them twice.
    """
    what = "Run All to finish: every cell run, the kernel idle, every widget rendered"
    for attempt in (1, 2):
        page.evaluate("() => { window.__atlRunAllKey = null; window.__atlStalledSince = null; }")
        _click_run_all(page)
        state = wait_for_js(page, _RUN_ALL_STATE, what, timeout, arg=[scaled_ms(RUN_ALL_STALL)], polling=300)
        if state == "done":
            return
        if attempt == 2:
            raise WaitTimeout(f"{what}: Run All stalled twice (the kernel idle, no cell running, some cells "
                              f"never run)\n{describe_page(page, 'Run All stalled')}")
        opened = getattr(page, "atl_opened", None)
        warnings.warn(f"Run All stalled in {page.url} (the kernel idle, cells not run for "
                      f"{scaled(RUN_ALL_STALL):.0f} s); " + ("opening the notebook again and asking once more"
                                                           if opened else "asking once more"), RecoveredWait)
        if opened:
            open_notebook(page, *opened)


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
    wait_for_js(page, "() => [...document.querySelectorAll('.jp-WindowedPanel-outer, .jp-NotebookPanel-notebook')]"
                ".every(e => e.scrollTop === 0)", "the notebook to scroll to the top", 20)
    settled(page)


def hide_sidebar(page) -> None:
    """Collapse the left sidebar (file browser) so the notebook gets the width."""
    if page.evaluate("() => !!document.querySelector('#jp-left-stack:not(.lm-mod-hidden)')"):
        page.keyboard.press("Control+b")
        wait_for_js(page, "() => !document.querySelector('#jp-left-stack:not(.lm-mod-hidden)')",
                    "the left sidebar to close", 20)


def grow_viewport(page, height: int) -> None:
    """Make the viewport ``height`` tall and wait until the page has laid itself out at that size."""
    height = min(int(height), 16000)
    page.set_viewport_size({"width": page.viewport_size["width"], "height": height})
    wait_for_js(page, "(h) => window.innerHeight === h", f"the window to be {height} px tall", 20, arg=height)
    settled(page)


def notebook_height(page) -> int:
    return int(page.evaluate(
        "() => { const n = document.querySelector('.jp-WindowedPanel-inner') || document.querySelector('.jp-Notebook');"
        " return n ? n.scrollHeight : document.body.scrollHeight; }"
    ))


def full_screenshot(page, path: Path) -> None:
    """Screenshot the whole notebook: grow the viewport to the notebook's height first."""
    grow_viewport(page, notebook_height(page) + 200)
    scroll_top(page)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


# ------------------------------------------------------------------ Voila
# The app page has finished: the "Executing N of M" cover is gone, every widget view has rendered
# (no empty output panel), and the number of outputs and widgets held still since the last poll.
_APP_DONE = """() => {
  const cover = document.querySelector('#loading');
  if (cover && getComputedStyle(cover).display !== 'none') return false;
  if (document.readyState !== 'complete') return false;
  const outs = [...document.querySelectorAll('.jp-OutputArea-output')];
  // An output with nothing in it is a view still rendering; a script output (the drafter's ordered Adds)
  // is empty by design.
  const script = o => (o.getAttribute('data-mime-type') || '').includes('javascript');
  if (outs.some(o => !o.firstElementChild && !o.textContent.trim() && !script(o))) return false;
  const key = outs.length + '/' + document.querySelectorAll('.jupyter-widgets').length;
  const stable = window.__atlAppKey === key;
  window.__atlAppKey = key;
  return stable;
}"""


def wait_app_rendered(page, what: str = "the app page", timeout: float = 120) -> None:
    """Wait until a Voila page has run every cell and rendered every widget view."""
    wait_for_js(page, _APP_DONE, f"{what} to finish rendering its widgets", timeout, polling=300)
