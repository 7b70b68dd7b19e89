"""Time the in-browser course (``make lite``), served on 127.0.0.1 and opened in headless Chromium, offline.

    python benchmarks/lite_timing.py            # prints one JSON object of figures

Figures:

* ``site_mb``: the size of the built site;
* ``first_widget_cold_s``: from opening ``00`` in a new browser profile (empty cache) to its first
  widget on screen (Run All pressed as soon as the notebook shows);
* ``first_widget_warm_s``: the same in a new tab of the same profile (files cached by the browser);
* ``notebook_shown_cold_s`` / ``_warm_s``: the part of each spent until JupyterLab shows the notebook
  (the rest is the Pyodide kernel starting and the lesson's setup cell);
* ``coach_first_call_ms``: in lesson 04, the first "Add to my list" until the coach's review shows
  (the kernel's first coach call, plus the round trip and the redraw);
* ``click_to_review_ms``: the median of the next clicks, timed in the page: from the click event
  (``performance.now()`` in a listener on the button) to the review's text appearing in the page
  (a ``MutationObserver``), i.e. the round trip to Pyodide, the coach, and the widget's update;
* ``click_to_review_painted_ms``: the same, to the next frame painted after the text appeared;
* ``click_to_review_playwright_ms``: the same clicks timed from Python around Playwright's click and
  wait (adds Playwright's own overhead, a few tens of milliseconds; the figure earlier versions gave).

The cold page is closed before the warm one opens, so only one Pyodide kernel runs at a time.

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


def first_widget(page, base: str) -> tuple[float, float]:
    """(seconds to the notebook shown, seconds to its first widget) from opening lesson 00."""
    started = time.monotonic()
    page.goto(f"{base}/lab/index.html?path=00_start_here.ipynb", wait_until="domcontentloaded")
    page.locator(L.VISIBLE_CELL).first.wait_for(timeout=L.ms(240))
    shown = time.monotonic() - started
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.locator(FIRST_WIDGET).first.wait_for(timeout=L.ms(300))
    return shown, time.monotonic() - started


#: Started just before a click: resolves with (ms to the review's text, ms to the next painted frame),
#: both from the click event on the button.
_TIME_REVIEW = """([question]) => {
  const wanted = 'review of: \u201c' + question;
  window.__atlReview = new Promise((resolve, reject) => {
    let clicked = null;
    setTimeout(() => reject(new Error('no review 60 s after the click (clicked: ' + (clicked !== null) + ')')), 60000);
    const onClick = (event) => {
      const button = event.target.closest && event.target.closest('button');
      if (!button || !button.textContent.includes('Add to my list')) return;
      clicked = performance.now();
      window.removeEventListener('click', onClick, true);
    };
    window.addEventListener('click', onClick, true);  // before the course's own listener on document
    const shown = () => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes(wanted));
    const observer = new MutationObserver(() => {
      if (clicked === null || !shown()) return;
      const text = performance.now() - clicked;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve([text, performance.now() - clicked]), 0));
    });
    observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  });
  return true;
}"""


def drafter_clicks(page, base: str, clicks: int = 8) -> list[tuple[float, float, float]]:
    """(in-page to text, in-page to paint, from Python) for each click, in milliseconds."""
    L.open_lesson(page, base, "04_drafting_questions.ipynb")
    L.run_all(page)
    drafter = L.exercise(page, "The question drafter")
    box = drafter.locator(".widget-textarea textarea").first
    box.wait_for()
    add = drafter.locator("button.jupyter-button", has_text="Add to my list")
    samples = []
    for question in drafter_timing.QUESTIONS[:clicks]:
        box.fill(question)
        review = drafter.locator(".widget-html-content", has_text=f"review of: \u201c{question}")
        page.evaluate(_TIME_REVIEW, [question])
        started = time.perf_counter()
        add.click()
        review.wait_for(state="attached", timeout=L.ms(60))
        outside = (time.perf_counter() - started) * 1000
        text, painted = page.evaluate("() => window.__atlReview")
        samples.append((text, painted, outside))
        print(f"click {len(samples)}: {text:.0f} ms in the page, {outside:.0f} ms from Python", file=sys.stderr)
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
            cold = context.new_page()
            shown, widget = first_widget(cold, off.base)
            figures["first_widget_cold_s"], figures["notebook_shown_cold_s"] = round(widget, 1), round(shown, 1)
            print(f"cold: {figures}", file=sys.stderr)
            cold.close()  # its kernel stops: the warm page runs alone, from the browser's cache
            shown, widget = first_widget(context.new_page(), off.base)
            figures["first_widget_warm_s"], figures["notebook_shown_warm_s"] = round(widget, 1), round(shown, 1)
            context.close()
            samples = drafter_clicks(off.new_page(), off.base)
            first, rest = samples[0], samples[1:]
            figures["coach_first_call_ms"] = round(first[0])
            figures["click_to_review_ms"] = round(statistics.median(s[0] for s in rest))
            figures["click_to_review_painted_ms"] = round(statistics.median(s[1] for s in rest))
            figures["click_to_review_playwright_ms"] = round(statistics.median(s[2] for s in rest))
            figures["click_samples_ms"] = [round(s[0]) for s in samples]
            figures["requests_blocked"] = len(off.blocked)
        finally:
            off.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
