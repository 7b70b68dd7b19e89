"""Time the in-browser course (``make lite``), served on 127.0.0.1 and opened in headless Chromium, offline.

    python benchmarks/lite_timing.py            # prints one JSON object of figures

Figures:

* ``site_mb``: the size of the built site;
* ``first_widget_cold_s``: from opening ``00`` in a new browser profile (empty cache) to its first
  widget on screen (Run All pressed as soon as the notebook shows);
* ``first_widget_warm_s``: the same in a new tab of the same profile (files cached by the browser);
* ``coach_first_call_ms``: in lesson 04, the first "Add to my list" until the coach's review shows
  (the kernel's first coach call, plus the round trip and the redraw);
* ``click_to_review_ms``: the median of the next clicks (the coach's per-question time in Pyodide,
  plus the round trip and the redraw).

Clicks are timed from Python around Playwright's click and wait, so they include Playwright's own
overhead (a few tens of milliseconds): an upper bound of what a learner sees.

Aims on a quiet machine: cold <= 15 s, warm <= 8 s, site <= 40 MB, click-to-review <= 150 ms,
coach first call <= 300 ms. Not a test: the figures depend on the machine's load.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import drafter_timing  # noqa: E402
import lite_driver as L  # noqa: E402

FIRST_WIDGET = ".jp-NotebookPanel:not(.lm-mod-hidden) .atl-exercise"


def first_widget(page, base: str) -> float:
    started = time.monotonic()
    page.goto(f"{base}/lab/index.html?path=00_start_here.ipynb", wait_until="domcontentloaded")
    page.locator(L.VISIBLE_CELL).first.wait_for(timeout=L.ms(240))
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.locator(FIRST_WIDGET).first.wait_for(timeout=L.ms(300))
    return time.monotonic() - started


def drafter_clicks(page, base: str, clicks: int = 8) -> list[float]:
    L.open_lesson(page, base, "04_drafting_questions.ipynb")
    L.run_all(page)
    L.exercise(page, "The question drafter").locator(".widget-textarea textarea").first.wait_for()
    samples = []
    drafter = L.exercise(page, "The question drafter")
    box = drafter.locator(".widget-textarea textarea").first
    add = drafter.locator("button.jupyter-button", has_text="Add to my list")
    for question in drafter_timing.QUESTIONS[:clicks]:
        box.fill(question)
        review = drafter.locator(".widget-html-content", has_text=f"review of: \u201c{question}")
        started = time.perf_counter()
        add.click()
        review.wait_for(state="attached", timeout=L.ms(60))
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    from playwright.sync_api import sync_playwright

    site = L.cached_site()
    figures = {"site_mb": round(L.build_lite.folder_size(site) / 1e6, 1)}
    with L.SiteServer(site) as server, sync_playwright() as p:
        off = L.Offline(p, server)
        try:
            context = off.browser.new_context(viewport={"width": 1280, "height": 900})
            context.route("**/*", off._route)
            figures["first_widget_cold_s"] = round(first_widget(context.new_page(), off.base), 1)
            figures["first_widget_warm_s"] = round(first_widget(context.new_page(), off.base), 1)
            context.close()
            samples = drafter_clicks(off.new_page(), off.base)
            figures["coach_first_call_ms"] = round(samples[0])
            figures["click_to_review_ms"] = round(statistics.median(samples[1:]))
            figures["click_samples_ms"] = [round(s) for s in samples]
            figures["requests_blocked"] = len(off.blocked)
        finally:
            off.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
