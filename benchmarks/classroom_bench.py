"""Classroom benchmark (not a test): the course's JupyterHub configuration on this machine.

Prints:
* the time until 8, then 20, learners whose servers start together are all ready;
* memory per learner after two lessons (server + kernels, resident set size);
* CPU-seconds per login (hub, proxy, the learner's server and kernel, from login to lesson 00 run).

    python benchmarks/classroom_bench.py [--rooms 8,20] [--lessons-learners 2]

Needs the classroom extra (make bench-classroom installs it). Timings move with load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.classroom import hub_harness as H  # noqa: E402

MB = 1024 * 1024


def cpu_seconds(processes) -> float:
    total = 0.0
    for p in processes:
        try:
            t = p.cpu_times()
            total += t.user + t.system + getattr(t, "children_user", 0) + getattr(t, "children_system", 0)
        except Exception:  # noqa: BLE001
            pass
    return total


def room(hub: H.Hub, n: int, prefix: str) -> float:
    users = [f"{prefix}{i}" for i in range(n)]
    hub.api("POST", "/users", {"usernames": users})
    start = time.monotonic()
    for u in users:
        hub.api("POST", f"/users/{u}/server")
    H.poll(lambda: all(hub.server_ready(u) for u in users), 900, f"{n} servers ready", every=1)
    took = time.monotonic() - start
    hub.remember_children()
    for u in users:
        hub.api("DELETE", f"/users/{u}/server")
    H.poll(lambda: not any(hub.server_ready(u) for u in users), 300, "servers stopped", every=1)
    return took


STARTED = ("() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]"
           ".some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))")


def run_all(page) -> None:
    """Run → Run All Cells; on a loaded machine a menu click can be lost, so try up to three times."""
    for attempt in range(3):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            page.wait_for_function(STARTED, timeout=60_000)
            return
        except Exception:
            if attempt == 2:
                raise
            page.keyboard.press("Escape")


def learner_session(hub, bare, page, user: str, lessons: list[str]) -> None:
    link = H.pull_link(hub.base, bare, f"lab/tree/{H.COURSE_FOLDER}/notebooks/{lessons[0]}")
    page.goto(link, wait_until="domcontentloaded", timeout=120_000)
    page.wait_for_selector("input[name=username]", timeout=120_000)
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", H.PASSWORD)
    page.locator("form input[type=submit], form button[type=submit]").first.click()
    for n, lesson in enumerate(lessons):
        if n:
            page.goto(f"{hub.base}/user/{user}/lab/tree/{H.COURSE_FOLDER}/notebooks/{lesson}?reset",
                      wait_until="domcontentloaded", timeout=120_000)
        page.wait_for_url(f"**/user/{user}/lab/tree/**{lesson}*", timeout=600_000)
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=300_000)
        page.wait_for_function("() => { const i = document.querySelector('.jp-Notebook-ExecutionIndicator');"
                               " return i && i.getAttribute('data-status') === 'idle'; }", timeout=300_000)
        run_all(page)
        page.wait_for_function("""() => { const i = document.querySelector('.jp-Notebook-ExecutionIndicator');
            const ps = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
            return i && i.getAttribute('data-status') === 'idle' && ps.length && ps.every(t => /\\[\\d+\\]/.test(t)); }""",
                               timeout=600_000)


def server_tree(hub, user: str):
    home = str(hub.home(user))
    for p in hub.tree():
        try:
            if "jupyterhub-singleuser" in " ".join(p.cmdline()) and p.cwd() == home:
                return [p, *p.children(recursive=True)]
        except Exception:  # noqa: BLE001
            continue
    return []


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", default="8,20")
    parser.add_argument("--lessons-learners", type=int, default=2)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="atl-bench-"))
    bare, _ = H.make_upstream(tmp)
    hub = H.Hub(tmp).start()
    try:
        for n in [int(x) for x in args.rooms.split(",") if x]:
            took = room(hub, n, f"r{n}x")
            print(f"{n} learners starting together: all ready after {took:.1f} s (Spawner timeouts 300 s)", flush=True)

        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            base_cpu = cpu_seconds(hub.tree())
            users = [f"learner{i}" for i in range(args.lessons_learners)]
            pages = {}
            for u in users:
                pages[u] = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                learner_session(hub, bare, pages[u], u, ["00_start_here.ipynb"])
            hub.remember_children()
            login_cpu = (cpu_seconds(hub.tree()) - base_cpu) / len(users)
            print(f"CPU-seconds per login (login, server start, nbgitpuller clone, lesson 00 run): "
                  f"{login_cpu:.1f} s (mean of {len(users)})", flush=True)
            for u in users:
                learner_session_more = ["04_drafting_questions.ipynb"]
                page = pages[u]
                page.goto(f"{hub.base}/user/{u}/lab/tree/{H.COURSE_FOLDER}/notebooks/04_drafting_questions.ipynb?reset",
                          wait_until="domcontentloaded", timeout=120_000)
                page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=300_000)
                page.wait_for_function("() => { const i = document.querySelector('.jp-Notebook-ExecutionIndicator');"
                                       " return i && i.getAttribute('data-status') === 'idle'; }", timeout=300_000)
                run_all(page)
                page.wait_for_selector(".atl-exercise .widget-textarea textarea", timeout=300_000)
                del learner_session_more
            for u in users:
                tree = server_tree(hub, u)
                if not tree:
                    print(f"{u}: server process not found")
                    continue
                server = tree[0].memory_info().rss / MB
                kernels = [p.memory_info().rss / MB for p in tree[1:] if "ipykernel" in " ".join(p.cmdline())]
                print(f"memory after two lessons ({u}): server {server:.0f} MB + {len(kernels)} kernels "
                      f"{sum(kernels):.0f} MB = {server + sum(kernels):.0f} MB", flush=True)
            browser.close()
        for name in ("hub", "proxy"):
            for p in hub.tree():
                cmd = " ".join(p.cmdline())
                if (name == "hub" and p.pid == hub.proc.pid) or (name == "proxy" and "configurable-http-proxy" in cmd):
                    print(f"{name}: {p.memory_info().rss / MB:.0f} MB")
    finally:
        left = hub.stop()
        print("stopped every process it started" if not left else f"still running: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
