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

import psutil  # noqa: E402

from tests.classroom import hub_harness as H  # noqa: E402
from tests.classroom import test_classroom as T  # noqa: E402  (its browser waits)

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


# The browser steps reuse the classroom test's waits (tests/classroom/test_classroom.py), which pass on a
# busy machine: each looks only at the notebook on show, every wait has a bound (scaled by
# ASK_TO_LEARN_TEST_TIMEOUT_SCALE), and Run All is asked once more only if no cell started.
def login(hub, bare, page, user: str) -> None:
    """Log in through the nbgitpuller link (clone the course, open lesson 00) and wait for the lesson."""
    page.goto(H.pull_link(hub.base, bare, T.LESSON_00), wait_until="domcontentloaded", timeout=T.ms(120))
    page.wait_for_selector("input[name=username]", timeout=T.ms(120))
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", H.PASSWORD)
    page.locator("form input[type=submit], form button[type=submit]").first.click()
    page.wait_for_url(f"**/user/{user}/lab/tree/**00_start_here.ipynb*", timeout=T.ms(300))
    T._wait_notebook(page)


def open_and_run(hub, page, user: str, urlpath: str) -> None:
    """Open a lesson (fresh layout) and Run All, until every cell has run and the widgets show."""
    page.goto(f"{hub.base}/user/{user}/{urlpath}?reset", wait_until="domcontentloaded", timeout=T.ms(120))
    T._wait_notebook(page)
    T._run_all(page)


def server_processes(hub, user: str) -> list:
    """The learner's single-user server (the process id the hub's spawner keeps) and its kernels."""
    info = hub.api("GET", f"/users/{user}")
    state = ((info.get("servers") or {}).get("") or {}).get("state") or {}
    pid = state.get("pid")
    if not pid:  # a token without the server-state scope: find the server by its home folder
        home = str(hub.home(user))
        for p in hub.tree():
            try:
                if "jupyterhub-singleuser" in " ".join(p.cmdline()) and p.cwd() == home:
                    pid = p.pid
                    break
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
    if not pid:
        return []
    try:
        server = psutil.Process(pid)
        return [server, *server.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def memory_mb(processes) -> dict:
    """Resident memory of the server and of its kernels (ipykernel processes), in MB."""
    out = {"server": 0.0, "kernels": []}
    for n, p in enumerate(processes):
        try:
            rss = p.memory_info().rss / MB
            is_kernel = "ipykernel" in " ".join(p.cmdline())
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
        if n == 0:
            out["server"] = rss
        elif is_kernel:
            out["kernels"].append(rss)
    return out


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
            try:
                hub.remember_children()
                base_cpu = cpu_seconds(hub.tree())
                users = [f"learner{i}" for i in range(args.lessons_learners)]
                pages = {}
                for u in users:
                    pages[u] = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                    login(hub, bare, pages[u], u)
                    T._run_all(pages[u])
                hub.remember_children()
                login_cpu = (cpu_seconds(hub.tree()) - base_cpu) / len(users)
                print(f"CPU-seconds per login (login, server start, nbgitpuller clone, lesson 00 run): "
                      f"{login_cpu:.1f} s (mean of {len(users)})", flush=True)
                for u in users:
                    open_and_run(hub, pages[u], u, T.LESSON_04)
                    pages[u].locator(".atl-exercise .widget-textarea textarea").first.wait_for(timeout=T.ms(120))
                for u in users:
                    m = memory_mb(server_processes(hub, u))
                    if not m["server"]:
                        print(f"{u}: server process not found", flush=True)
                        continue
                    kernels = " + ".join(f"{k:.0f}" for k in m["kernels"]) or "none"
                    print(f"memory after two lessons ({u}): server {m['server']:.0f} MB + {len(m['kernels'])} kernels "
                          f"({kernels} MB) = {m['server'] + sum(m['kernels']):.0f} MB (resident)", flush=True)
            finally:
                browser.close()
        for p in hub.tree():
            try:
                cmd = " ".join(p.cmdline())
                name = "hub" if p.pid == hub.proc.pid else ("proxy" if "configurable-http-proxy" in cmd else None)
                if name:
                    print(f"{name}: {p.memory_info().rss / MB:.0f} MB", flush=True)
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
    finally:
        left = hub.stop()
        print("stopped every process it started" if not left else f"still running: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
