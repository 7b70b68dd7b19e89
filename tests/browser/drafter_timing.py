"""Time the question drafter in a real JupyterLab: click "Add to my list" until the coach's review shows.

    python tests/browser/drafter_timing.py        # prints {"median_ms": ..., "samples": ...}

Used by ``benchmarks/run_all.py --only browser``. Each sample is measured inside the page with
``performance.now()``: from the click to the moment the review naming that question is in the DOM
(the kernel's round trip, the coach, and the redraw). The first samples are warm-up and ignored.
"""

from __future__ import annotations

import json
import statistics
import sys

try:
    from . import lab_driver
except ImportError:  # run as a script, or imported with tests/browser on sys.path
    import lab_driver  # type: ignore[no-redef]

NOTEBOOK = "notebooks/04_drafting_questions.ipynb"
CLICKS = 12
WARM_UP = 2
QUESTIONS = [
    "What does a typical week look like for you as a site supervisor?",
    "Which skills does a plumber need most?",
    "What do your customers value most in a carpenter?",
    "How do most welders in this area find steady work?",
    "Who else would you suggest I ask about grant writing?",
    "What should I read to understand how small accounting firms work?",
    "What is the hardest part of running a small dance studio?",
    "What are the usual entry paths into city planning?",
    "What experience and training does a policy analyst need?",
    "What makes clients come back to the same photographer?",
    "How do pharmacists usually find openings in community pharmacy?",
    "Which events or festivals are worth attending for someone starting out in film editing?",
    "What surprised you most when you started working in retail management?",
    "What do you wish you had known before you joined the fire service?",
]

# Click the button, then resolve when the drafter shows the review of `question`.
_CLICK_AND_WAIT = """
async ([question, timeoutMs]) => {
  const root = [...document.querySelectorAll('.atl-exercise')].find(e => e.innerText.includes('The question drafter'));
  const btn = [...root.querySelectorAll('button.jupyter-button')].find(b => b.innerText.trim() === 'Add to my list');
  const shown = () => [...root.querySelectorAll('.widget-html-content')].some(
      h => h.innerText.includes('review of: \\u201c' + question) && h.innerText.includes('Kind of question'));
  return await new Promise((resolve, reject) => {
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (shown()) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(root, {subtree: true, childList: true, characterData: true});
    setTimeout(() => { obs.disconnect(); reject(new Error('no review within ' + timeoutMs + ' ms')); }, timeoutMs);
    btn.click();
  });
}
"""


def _textarea(page):
    drafter = page.locator(".atl-exercise", has_text="The question drafter").first
    return drafter.locator(".widget-textarea textarea").first


def measure(clicks: int = CLICKS, warm_up: int = WARM_UP) -> dict:
    """Start a Lab server and Chromium, open lesson 4, Run All, and time ``clicks`` Adds."""
    from playwright.sync_api import sync_playwright

    samples: list[float] = []
    with lab_driver.Server("lab", lab_driver.ROOT) as server, sync_playwright() as p:
        browser = lab_driver.launch(p)
        try:
            page = lab_driver.new_page(browser)
            lab_driver.open_notebook(page, server, NOTEBOOK)
            lab_driver.run_all(page)
            box = _textarea(page)
            lab_driver.wait_visible(box, "the drafter's text box", 90)
            for n in range(clicks):
                question = QUESTIONS[n % len(QUESTIONS)]
                # The previous Add has finished when its list is saved and the box is empty again.
                lab_driver.wait_for_js(page, "(el) => el.value === ''", "the drafter's box to be empty again",
                                       60, arg=box.element_handle())
                lab_driver.wait_kernel_idle(page, 60)
                box.fill(question)
                box.press("Tab")  # the box sends its text when it loses focus
                lab_driver.settled(page)
                lab_driver.wait_kernel_idle(page, 60)  # the text has reached the kernel before the clock starts
                samples.append(page.evaluate(_CLICK_AND_WAIT, [question, 60_000]))
            server.shutdown_sessions()
        finally:
            browser.close()
    kept = samples[warm_up:]
    return {"first_ms": round(samples[0], 1), "median_ms": round(statistics.median(kept), 1), "samples": len(kept),
            "min_ms": round(min(kept), 1), "max_ms": round(max(kept), 1)}


if __name__ == "__main__":
    print(json.dumps(measure()))
    sys.exit(0)
