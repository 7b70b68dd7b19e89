"""Every notebook in a real JupyterLab in headless Chromium: Run All, then look for what a learner must not see.

The Run All of each lesson is shared with test_accessibility.py (see ``lab_lesson`` in fixtures.py)."""

from __future__ import annotations

import pytest

from . import lab_driver

NOTEBOOKS = sorted((lab_driver.ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.browser


# Each lesson's Run All is shared with the axe audit and the sideways-scroll check (fixtures.lab_lesson).
@pytest.mark.parametrize("lab_lesson", NOTEBOOKS, ids=lambda p: p.name, indirect=True)
def test_run_all_shows_no_errors(lab_lesson, shots_dir):
    page = lab_lesson.page
    widgets = page.locator(".jupyter-widgets").count()
    lab_driver.full_screenshot(page, shots_dir / f"{lab_lesson.stem}.png")
    problems = lab_driver.page_problems(page)
    assert not problems, problems
    assert widgets > 0, "no widget rendered"


def test_setup_check_widget_answers(page, lab, shots_dir):
    lab_driver.open_notebook(page, lab, "notebooks/00_start_here.ipynb")
    lab_driver.run_all(page)
    page.locator("button.jupyter-button", has_text="Try the buttons").click()
    answer = page.locator(".widget-html-content", has_text="received your number")
    lab_driver.wait_visible(answer, "the setup check's answer", 30)
    assert "the course received your number, 3" in answer.inner_text()
    assert page.locator(".widget-html-content", has_text="Saved at").count() >= 1
    assert (lab.data_dir / "work" / "00.1-setup-check.json").exists()
    lab_driver.settled(page)
    page.screenshot(path=str(shots_dir / "00_setup_check_clicked.png"))


def test_a_lesson_opens_without_unsaved_changes(page, lab):
    # the tab said "unsaved changes" as soon as the kernel started, before the learner did anything (a walker)
    lab_driver.open_notebook(page, lab, "notebooks/07_after_the_meeting.ipynb")
    lab_driver.settled(page)
    assert page.locator(".lm-TabBar-tab.jp-mod-dirty").count() == 0
    assert page.locator(".lm-TabBar-tab", has_text="07_after_the_meeting").count() == 1


def test_the_detector_catches_a_traceback(page, lab):
    """The checks above must be able to fail: a notebook that raises is caught."""
    import json
    import shutil

    folder = lab_driver.ROOT / "browser-check-tmp"
    folder.mkdir(exist_ok=True)
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                     "source": "import ipywidgets as W\nW.IntSlider(description='ok')"},
                    {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                     "source": "raise ValueError('deliberate')"}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    (folder / "broken.ipynb").write_text(json.dumps(nb))
    try:
        lab_driver.open_notebook(page, lab, "browser-check-tmp/broken.ipynb")
        lab_driver.run_all(page)
        problems = lab_driver.page_problems(page)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert any("ValueError" in p or "traceback" in p for p in problems), problems


def test_lesson_00s_contents_link_goes_to_the_course_map(page, lab):
    """Lesson 00 is the contents page: its Contents link scrolls to the course map, not to the page itself."""
    lab_driver.open_notebook(page, lab, "notebooks/00_start_here.ipynb")
    link = page.locator(".jp-Notebook .jp-RenderedMarkdown a", has_text="Contents").first
    lab_driver.wait_visible(link, "the Contents link", 60)
    heading = page.locator(".jp-Notebook h2", has_text="The course map").first
    assert not heading.is_visible() or not _in_view(page, heading), "the course map is already in view"
    link.click()
    lab_driver.wait_until(lambda: _in_view(page, heading), "the course map heading to scroll into view", 30)
    assert page.url.split("#")[0].endswith("00_start_here.ipynb") or "00_start_here" in page.url


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return bool(box) and 0 <= box["y"] < height


def test_a_lesson_link_in_the_course_map_opens_a_tab_without_reloading_the_page(page, lab):
    """A link inside an exercise (the course map, the plan) opens the lesson beside the others, as links in
    the lesson text do; a plain link reloaded the whole page and emptied every open lesson's exercises."""
    lab_driver.open_notebook(page, lab, "notebooks/00_start_here.ipynb")
    lab_driver.run_all(page)
    link = page.locator(".atl-exercise a.atl-lesson-link", has_text="Why ask to learn").first
    lab_driver.wait_visible(link, "the course map's link to lesson 01", 60)
    page.evaluate("window.__atlSamePage = true")
    link.click()
    tab = page.locator(".lm-TabBar-tab", has_text="01_why_ask_to_learn")
    lab_driver.wait_visible(tab, "lesson 01's tab", 60)
    assert page.evaluate("window.__atlSamePage === true"), "the page was reloaded"
    assert page.locator(".lm-TabBar-tab", has_text="00_start_here").count() == 1
