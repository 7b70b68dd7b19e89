"""Open a notebook in JupyterLab in headless Chromium, Run All, and save a screenshot.

    python tools/screenshot.py notebooks/01_why_ask_to_learn.ipynb screenshots/01.png

Prints what a learner must not see (widget errors, tracebacks) if any. The learner
data folder is a fresh temporary one unless ``--data DIR`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import lab_driver  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("notebook")
    ap.add_argument("out")
    ap.add_argument("--data", help="learner data folder to use")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--exercises", action="store_true",
                    help="also save each exercise widget as OUT-1.png, OUT-2.png, ...")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rel = Path(args.notebook).resolve().relative_to(ROOT).as_posix()
    with lab_driver.Server("lab", ROOT, data_dir=args.data) as server, sync_playwright() as p:
        browser = lab_driver.launch(p)
        page = lab_driver.new_page(browser, width=args.width)
        lab_driver.open_notebook(page, server, rel)
        lab_driver.run_all(page)
        lab_driver.full_screenshot(page, Path(args.out))
        if args.exercises:
            out = Path(args.out)
            boxes = page.locator(".atl-exercise")
            for i in range(boxes.count()):
                boxes.nth(i).screenshot(path=str(out.with_name(f"{out.stem}-{i + 1}{out.suffix}")))
        problems = lab_driver.page_problems(page)
        server.shutdown_sessions()
        browser.close()
    print(f"Saved {args.out}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
