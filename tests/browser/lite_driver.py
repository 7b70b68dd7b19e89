"""Drive the in-browser course (JupyterLite, ``make lite``) in headless Chromium, offline.

Shared by ``tests/browser/test_lite.py`` and ``benchmarks/lite_timing.py``.

* :func:`cached_site` builds the site once per hash of its inputs, into the cache folder
  (``$ASK_TO_LEARN_LITE_CACHE`` or ``_build/cache``, ignored by git), and reuses it.
* :class:`SiteServer` serves it on a free loopback port (in a thread of this process).
* :class:`Offline` launches Chromium so that no request can leave the machine: page, worker and
  service-worker requests to anything but the site go to a local proxy that refuses them and
  counts them, and requests seen by Playwright are aborted and counted as well.

Every wait is on a condition in the page, never a fixed pause. Time limits are multiplied by
``$ASK_TO_LEARN_TEST_TIMEOUT_SCALE`` (default 1) for slow machines.
"""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

try:
    from . import lab_driver
except ImportError:  # imported with tests/browser on sys.path (benchmarks)
    import lab_driver  # type: ignore[no-redef]

ROOT = lab_driver.ROOT
sys.path.insert(0, str(ROOT / "tools"))
import build_lite  # noqa: E402

SCALE = float(os.environ.get("ASK_TO_LEARN_TEST_TIMEOUT_SCALE", "1") or 1)
INSECURE_NAME = "lite.test"  # mapped to 127.0.0.1: a plain-http origin that is not a secure context
#: Chromium's own background traffic (update checks, account sign-in, the push-messaging check-in
#: that Debian's Chromium 150 makes at start), not made by any page. It is refused by the proxy like
#: everything else, and listed apart instead of counted against the site.
CHROMIUM_OWN = ("update.googleapis.com", "accounts.google.com", "clients2.google.com",
                "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
                "safebrowsing.googleapis.com", "edgedl.me.gvt1.com", "redirector.gvt1.com",
                "android.clients.google.com", "mtalk.google.com")


def ms(seconds: float) -> float:
    """A time limit in milliseconds, scaled for slow machines."""
    return seconds * 1000 * SCALE


class BuildUnavailable(RuntimeError):
    """The site could not be built here (no registry, no npm)."""


_building: subprocess.Popen | None = None  # the build under way, if any (so it can be stopped)


def cached_site() -> Path:
    """The built site for the current inputs (built now if this hash has none yet)."""
    global _building
    key = build_lite.inputs_hash()
    sites = build_lite.cache_dir() / "sites"
    site = sites / key
    if (site / "index.html").is_file() and (site / "jupyter-lite.json").is_file():
        return site
    log = sites / f"{key}.log"
    sites.mkdir(parents=True, exist_ok=True)
    partial = sites / f"{key}.partial"  # renamed to the key once built whole: a stopped build is never taken
    with open(log, "w") as out:
        _building = subprocess.Popen([sys.executable, str(ROOT / "tools" / "build_lite.py"), "build", "--out", str(partial)],
                                     stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            returncode = _building.wait()
        finally:
            _building = None
    if returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise BuildUnavailable(f"make lite failed (log: {log}):\n{tail}")
    shutil.rmtree(site, ignore_errors=True)
    os.replace(partial, site)
    return site


class _Background:
    """The site's build started early, in a thread, while other tests run; :meth:`site` waits for it."""

    def __init__(self):
        self.folder: Path | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="lite-site-build", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.folder = cached_site()
        except BaseException as exc:  # handed to whoever asks for the site
            self.error = exc

    def site(self) -> Path:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.folder  # type: ignore[return-value]


_background: _Background | None = None


def start_building() -> None:
    """Start finding or building the site in the background (once), so it is ready when a test needs it.

    The build is mostly waiting on downloads and tools, so it overlaps well with the tests that run
    before the in-browser course's."""
    global _background
    if _background is None:
        _background = _Background()


def site_folder() -> Path:
    """The built site: the one started by :func:`start_building`, else built now."""
    if _background is not None:
        return _background.site()
    return cached_site()


def stop_building() -> None:
    """Stop a build still under way (the session is ending without needing it)."""
    proc = _building
    if proc is not None and proc.poll() is None:
        lab_driver.stop_process(proc)


class SiteServer:
    """The site on a free loopback port, served from a thread."""

    def __init__(self, folder: Path):
        self.server = build_lite.make_server(folder, 0)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, name: str = "127.0.0.1") -> str:
        return f"http://{name}:{self.port}"

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class _RefusingProxy(http.server.BaseHTTPRequestHandler):
    """Chromium's proxy: everything that reaches it was going off the machine. Refuse and record."""

    def _refuse(self):
        self.server.seen.append(f"{self.command} {self.path}")  # type: ignore[attr-defined]
        self.send_response(403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_CONNECT = do_DELETE = _refuse

    def log_message(self, format, *args):
        pass


class Offline:
    """A Chromium that can reach only the site's port; :attr:`blocked` lists what was attempted."""

    def __init__(self, playwright, site: SiteServer, insecure: bool = False):
        self.site = site
        self.insecure = insecure
        self.proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RefusingProxy)
        self.proxy.seen = []  # type: ignore[attr-defined]
        threading.Thread(target=self.proxy.serve_forever, daemon=True).start()
        args = [*lab_driver.CHROMIUM_ARGS, f"--proxy-server=http://127.0.0.1:{self.proxy.server_address[1]}"]
        if insecure:
            args += [f"--host-resolver-rules=MAP {INSECURE_NAME} 127.0.0.1",
                     f"--proxy-bypass-list={INSECURE_NAME}"]
        self.playwright, self.args = playwright, args
        self._browser = None
        self.profiles: list = []  # open persistent contexts (each its own Chromium)
        self.routed: list[str] = []
        self.base = site.url(INSECURE_NAME if insecure else "127.0.0.1")

    @property
    def browser(self):
        """A Chromium with an empty, throw-away profile (launched when first needed)."""
        if self._browser is None:
            self._browser = self.playwright.chromium.launch(executable_path=lab_driver.find_chromium(),
                                                            args=self.args, headless=True)
        return self._browser

    @staticmethod
    def _chromium_own(line: str) -> bool:
        target = line.split(" ", 1)[-1]
        name = (urlsplit(target).hostname if "://" in target else target.split(":")[0]) or ""
        return name in CHROMIUM_OWN

    @property
    def blocked(self) -> list[str]:
        """Requests toward anything but the site: aborted in the page, or refused by the proxy."""
        seen = [line for line in self.proxy.seen if not self._chromium_own(line)]  # type: ignore[attr-defined]
        return [*self.routed, *seen]

    @property
    def chromium_own(self) -> list[str]:
        return [line for line in self.proxy.seen if self._chromium_own(line)]  # type: ignore[attr-defined]

    def _route(self, route):
        parts = urlsplit(route.request.url)
        local = parts.scheme in ("http", "https") and parts.port == self.site.port and \
            parts.hostname in ("127.0.0.1", INSECURE_NAME)
        if local or parts.scheme in ("data", "blob"):
            route.continue_()
        else:
            self.routed.append(route.request.url)
            route.abort()

    def new_page(self, width: int = 1280, height: int = 900):
        context = self.browser.new_context(viewport={"width": width, "height": height})
        context.route("**/*", self._route)
        return self._watch(context.new_page())

    def open_profile(self, folder: Path, width: int = 1280, height: int = 900):
        """A page of a Chromium whose profile (the browser's storage) is kept in ``folder``.

        Closing it (:meth:`close_profile`) ends that Chromium completely; opening the same folder again
        is what a learner sees after quitting the browser and starting it again.
        """
        context = self.playwright.chromium.launch_persistent_context(
            str(folder), executable_path=lab_driver.find_chromium(), args=self.args, headless=True,
            viewport={"width": width, "height": height})
        context.route("**/*", self._route)
        self.profiles.append(context)
        return self._watch(context.pages[0] if context.pages else context.new_page())

    def close_profile(self, page) -> None:
        context = page.context
        context.close()
        self.profiles.remove(context)

    @staticmethod
    def _watch(page):
        page.console_errors = []  # type: ignore[attr-defined]
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        page.on("pageerror", lambda e: page.console_errors.append(f"pageerror: {e}"))
        return page

    def close(self) -> None:
        for context in self.profiles:
            context.close()
        if self._browser is not None:
            self._browser.close()
        self.proxy.shutdown()
        self.proxy.server_close()


# ------------------------------------------------------------------ the page
_ALL_RUN = """() => {
  const nb = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook');
  if (!nb) return false;
  const prompts = [...nb.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent.trim());
  const ind = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const idle = !ind || ind.getAttribute('data-status') === 'idle';
  // Run All marks every cell [*] at once; some run, none waiting, others not run: it stopped at an error.
  const ran = prompts.filter(t => /\\[\\d+\\]/.test(t)).length;
  if (idle && ran > 0 && ran < prompts.length && !prompts.some(t => /\\[\\*\\]/.test(t))) return 'error';
  return prompts.length > 0 && prompts.every(t => /\\[\\d+\\]/.test(t)) && idle && 'done';
}"""

VISIBLE_CELL = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell"

#: Forget JupyterLab's saved layout (the open tabs) in this browser profile; the drive (the learner's
#: files and saved work) is another store and stays. Run on a page of the site's origin with no app.
_FORGET_LAYOUT = """async () => {
  const names = (await indexedDB.databases()).map(d => d.name).filter(n => n && n.startsWith('JupyterLite Storage'));
  let forgotten = 0;
  for (const name of names) {
    const db = await new Promise((ok, fail) => { const q = indexedDB.open(name); q.onsuccess = () => ok(q.result);
                                                  q.onerror = () => fail(q.error); });
    if ([...db.objectStoreNames].includes('statedb')) {
      await new Promise((ok, fail) => { const tx = db.transaction('statedb', 'readwrite');
        tx.objectStore('statedb').clear(); tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
      forgotten += 1;
    }
    db.close();
  }
  return forgotten;
}"""


def forget_open_tabs(page, base: str) -> None:
    """Leave JupyterLab and clear its saved layout, so that the next lesson opens alone.

    JupyterLite reopens every tab of the last visit, each with its own Pyodide kernel: opening 08
    after 00 and 04 started three kernels at once, which on a loaded 2-core machine made lesson 08's
    Run All take minutes. Saved work is on the drive, a separate store, and is kept.
    """
    page.goto(f"{base}/jupyter-lite.json", wait_until="domcontentloaded")
    page.evaluate(_FORGET_LAYOUT)


def open_lesson(page, base: str, notebook: str, timeout_s: float = 240, alone: bool = True) -> None:
    """Open a lesson (by default alone: no earlier tab is reopened, also after the browser was started
    again on a kept profile) and wait until it shows."""
    if alone:
        forget_open_tabs(page, base)
    page.goto(f"{base}/lab/index.html?path={notebook}", wait_until="domcontentloaded")
    page.locator(VISIBLE_CELL).first.wait_for(timeout=ms(120))
    wait_one_kernel(page, notebook)


def wait_one_kernel(page, notebook: str) -> None:
    """The lesson is the only notebook open (so one kernel starts), and it is the current tab."""
    page.wait_for_function(
        """(name) => { const tabs = [...document.querySelectorAll('#jp-main-dock-panel .lm-TabBar-tab')];
                       const current = document.querySelector('#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current');
                       return tabs.length === 1 && !!current && current.textContent.includes(name); }""",
        arg=notebook.removesuffix(".ipynb"), timeout=ms(60))


def run_all(page, timeout_s: float = 240) -> None:
    """Run → Run All Cells, then wait until every code cell has run and the kernel is idle.

    On a timeout the error says what the notebook showed: the open tabs, each cell's prompt and the
    kernel's status, with the page's text and a screenshot.
    """
    page.evaluate("() => { window.__atlLostSince = null; }")
    _click_run_all(page)
    # A lost menu click leaves every cell unrun: only then, and once, ask again. A click that landed
    # marks the cells [*] at once, even while the kernel is still starting, so no cell marked after a
    # while is a lost click, asked again without waiting out the minute.
    try:
        started = page.wait_for_function(_STARTED_OR_LOST, arg=[ms(lab_driver.RUN_ALL_STALL)],
                                         timeout=ms(60), polling=500).json_value()
    except Exception:  # noqa: BLE001 (Playwright's timeout): nothing started
        started = "lost"
    if started == "lost":
        _click_run_all(page)
    try:
        outcome = page.wait_for_function(_ALL_RUN, timeout=ms(timeout_s), polling=500).json_value()
    except Exception as exc:
        if not lab_driver._is_timeout(exc):
            raise
        raise lab_driver.WaitTimeout(
            f"Run All did not finish within {ms(timeout_s) / 1000:.0f} s; the notebook showed "
            f"{notebook_state(page)}\n{lab_driver.describe_page(page, 'lite Run All')}") from None
    if outcome == "error":
        raise AssertionError(f"A cell failed during Run All: {notebook_state(page)}\n"
                             f"{lab_driver.describe_page(page, 'lite Run All error')}")


NOTEBOOK_STATE = """() => ({
  tabs: [...document.querySelectorAll('#jp-main-dock-panel .lm-TabBar-tab')].map(e => e.textContent.trim()),
  prompts: [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')]
           .map(p => p.textContent.trim()).join(' '),
  indicator: [...document.querySelectorAll('.jp-Notebook-ExecutionIndicator')].map(e => e.getAttribute('data-status')),
  kernel: (document.querySelector('.jp-KernelStatus') || {}).textContent || '',
  errors: document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type*=error]').length,
})"""


def notebook_state(page) -> str:
    try:
        return str(page.evaluate(NOTEBOOK_STATE))
    except Exception as exc:  # a crashed page
        return f"(could not read it: {exc})"


_A_CELL_STARTED = """() => [...document.querySelectorAll(
  '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')]
  .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


# "started" once a cell is queued or has run; "lost" when no cell is marked stallMs after the click (a
# click that lands marks them at once, whatever the kernel is doing); else false (still waiting).
_STARTED_OR_LOST = """([stallMs]) => {
  if ((%s)()) return 'started';
  window.__atlLostSince = window.__atlLostSince || Date.now();
  return Date.now() - window.__atlLostSince >= stallMs ? 'lost' : false;
}""" % _A_CELL_STARTED


def _click_run_all(page) -> None:
    lab_driver.click_menu(page, "Run", "Run All Cells")


def exercise(page, title: str):
    return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .atl-exercise", has_text=title).first


def problems(page) -> list[str]:
    return lab_driver.page_problems(page)
