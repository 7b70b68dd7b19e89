"""The course as a learner meets it: `make start`'s address and terminal, saving and reopening,
the app's home page and lessons, and fast clicks in the drafter.

Waits are on conditions (an element, a kernel state, a file's state), never on fixed sleeps.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from . import lab_driver
from .course_server import CourseLab, git_status, sideways

pytestmark = pytest.mark.browser

ALARMING = ("not trusted", "not encrypted", "without encryption", "Traceback", "DeprecationWarning",
            "license", "Error", "websocket_ping", "cannot be longer", "403", "Forbidden", "[W ", "[E ")
LAB_WORDS = ("Shift+Enter", "Run → Run All", "Run All", "Run All Cells", "Kernel → Restart", "run the cell below",
             "the cell below", "setup cell", "Plain-text", "python -m", "make start", "pip install", "jupyter ",
             # lesson 00's help on JupyterLab itself, and the setup table's package names
             "the next cell", "If you see something else", "ipywidgets", "Python kernel", "this notebook",
             "change the code", "run a notebook", "run the notebook", "browser version",
             # where the course is hosted, and the old setup-check words (a walker met them in the app)
             "Binder", "JupyterHub", "Test the widgets", "Python received")
LESSONS = ["00_start_here", "01_why_ask_to_learn", "02_the_meeting_that_went_wrong", "03_know_what_you_want",
           "04_drafting_questions", "05_asking_for_the_meeting", "06_running_the_conversation", "07_after_the_meeting",
           "08_your_interview_plan"]


@pytest.fixture(scope="module")
def course_lab(browser):
    with CourseLab() as server:
        yield server


@pytest.fixture
def lab_page(browser, course_lab):
    page = lab_driver.new_page(browser)
    yield page
    page.close()
    course_lab.shutdown_sessions()


def _sign_in(page, course_lab) -> None:
    """Give the page the login cookie of the printed address's token (without loading lesson 00, whose
    kernel would run beside the lesson under test; opening the address is the first test's check)."""
    token = course_lab.address().rsplit("token=", 1)[1]
    response = page.goto(f"{course_lab.base}/api/status?token={token}", wait_until="domcontentloaded")
    assert response is not None and response.ok, "the printed address's token was refused"
    assert any(c["name"].startswith("username-") for c in page.context.cookies()), "no login cookie was set"


def _current_tab(page) -> str:
    return page.locator(".jp-MainAreaWidget .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel, "
                        "#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel").first.inner_text()


def test_the_printed_address_opens_lesson_00_and_the_terminal_is_quiet(lab_page, course_lab):
    address = course_lab.address()
    assert "/lab/tree/00_start_here.ipynb?token=" in address
    lab_page.goto(address, wait_until="domcontentloaded")
    lab_driver.wait_visible(lab_page.locator(".jp-Notebook .jp-Cell"), "lesson 00's cells", 90)
    lab_driver.wait_for_js(
        lab_page,
        "() => [...document.querySelectorAll('.lm-TabBar-tab.lm-mod-current')].some(t => t.innerText.includes('00_start_here'))",
        "lesson 00's tab to be the current one", 60)
    lab_driver.wait_kernel_idle(lab_page, 90)
    terminal = course_lab.terminal()
    # the random token, port and temporary folder can hold any digits ("...004030593e5"): not words
    words = re.sub(r"token=[0-9a-f]+|/tmp/\S+|127\.0\.0\.1:\d+", "…", terminal)
    for word in ALARMING:
        assert word not in words, f"the terminal shows {word!r}:\n{terminal}"
    assert len([line for line in terminal.splitlines() if line.strip()]) <= 8, terminal


def test_run_save_and_reopen_leaves_the_course_files_clean(lab_page, course_lab):
    assert git_status(["notebooks"]) == "", "start from clean notebooks"
    _sign_in(lab_page, course_lab)
    lab_driver.open_notebook(lab_page, course_lab, "01_why_ask_to_learn.ipynb")
    lab_driver.run_all(lab_page)
    lab_driver.wait_visible(lab_page.locator(".atl-exercise"), "lesson 01's exercise", 90)
    # a curious learner unfolds a folded plain-text copy's code (that was written into the file once)
    placeholder = lab_page.locator(".jp-Cell .jp-InputPlaceholder").first
    lab_driver.wait_visible(placeholder, "a folded plain-text copy's placeholder", 30)
    placeholder.click()
    lab_page.keyboard.press("Control+s")
    # Saved when the tab loses its "unsaved changes" mark.
    lab_driver.wait_for_js(
        lab_page,
        "() => { const t = [...document.querySelectorAll('.lm-TabBar-tab.lm-mod-current')]"
        ".find(t => t.innerText.includes('01_why_ask')); return t && !t.classList.contains('jp-mod-dirty'); }",
        "the saved tab to lose its unsaved-changes mark", 60)
    try:
        lab_driver.wait_until(lambda: git_status(["notebooks"]) == "", "the course files to be clean after saving", 30)
    except lab_driver.WaitTimeout:
        pass  # the assertion below says what went wrong
    assert git_status(["notebooks"]) == "", "saving wrote outputs, widget state or an unfolding into the course files"
    nb = json.loads((lab_driver.ROOT / "notebooks" / "01_why_ask_to_learn.ipynb").read_text())
    assert all(not c.get("outputs") for c in nb["cells"]) and "widgets" not in nb["metadata"]
    course_lab.shutdown_sessions()
    lab_driver.open_notebook(lab_page, course_lab, "01_why_ask_to_learn.ipynb")
    text = lab_page.locator(".jp-Notebook").inner_text()
    assert "Loading widget" not in text
    assert lab_page.locator(".jp-OutputArea-output").count() == 0
    assert "run the setup cell below to continue" in text.lower()


def test_the_app_home_is_the_course(browser, course_app):
    page = lab_driver.new_page(browser, width=1024)
    try:
        page.goto(course_app.base + "/", wait_until="domcontentloaded")
        lab_driver.wait_visible(page.locator("table a"), "the app home's table of lessons", 60)
        text = page.inner_text("body")
        assert "Ask to Learn" in text and "Select items to open" not in text and ".ipynb" not in text
        assert text.count("Not started") + text.count("In progress") + text.count("Done") == 9
        links = page.locator("table a")
        assert links.count() == 9
        assert links.first.get_attribute("href").endswith("voila/render/00_start_here.ipynb")
    finally:
        page.close()


def test_contents_in_an_app_lesson_opens_the_app_home(browser, course_app):
    """In JupyterLab "Contents" opens lesson 00's course map; in the app it opens the home page."""
    page = lab_driver.new_page(browser, width=1024)
    try:
        page.goto(course_app.base + "/voila/render/03_know_what_you_want.ipynb", wait_until="domcontentloaded")
        link = page.locator("a", has_text="Contents").first
        lab_driver.wait_visible(link, "lesson 03's Contents link in the app", 120)
        link.click()
        with lab_driver.explained(page, "the app's home page after clicking Contents"):
            page.wait_for_url("**/voila/tree**", timeout=lab_driver.scaled_ms(60))
        lab_driver.wait_visible(page.locator("th", has_text="Your progress"), "the home page's progress table", 60)
        assert page.locator("table a").count() == 9
    finally:
        page.close()


# The app page (1024 pixels wide, every cell run, every widget rendered) is shared with the axe audit in
# test_voila_accessibility.py (fixtures.app_lesson).
@pytest.mark.parametrize("app_lesson", LESSONS, indirect=True)
def test_app_lessons_have_no_notebook_words_no_copies_and_no_sideways_scroll(app_lesson):
    page = app_lesson.page
    text = page.inner_text("body")
    for word in LAB_WORDS:
        assert word not in text, f"the app shows {word!r}"
    # No printout (monospace dump): worked examples are page text, plain-text copies are not printed.
    printed = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea-output pre, '
        + '[data-mime-type="application/vnd.jupyter.stdout"], [data-mime-type="application/vnd.jupyter.stderr"]')]
        .map(e => e.innerText.trim()).filter(t => t)""")
    assert printed == [], f"the app prints: {printed[:2]}"
    assert page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert sideways(page) == []
    # the browser tab names the lesson, not its file ("04_drafting_questions")
    title = page.title()
    assert title.endswith(" · Ask to Learn") and "_" not in title and ".ipynb" not in title, title


_FAST_ADDS = """
async ([questions, gapMs]) => {
  const root = [...document.querySelectorAll('.atl-exercise')].find(e => e.innerText.includes('The question drafter'));
  const box = root.querySelector('.widget-textarea textarea');
  const btn = [...root.querySelectorAll('button.jupyter-button')].find(b => b.innerText.trim() === 'Add to my list');
  for (const q of questions) {
    box.focus();
    box.value = q;
    box.dispatchEvent(new Event('input', {bubbles: true}));
    box.dispatchEvent(new Event('change', {bubbles: true}));
    box.blur();
    btn.click();
    await new Promise(r => setTimeout(r, gapMs));
  }
}
"""


def test_thirty_fast_adds_all_reach_the_list_in_order(lab_page, course_lab):
    _sign_in(lab_page, course_lab)
    lab_driver.open_notebook(lab_page, course_lab, "04_drafting_questions.ipynb")
    lab_driver.run_all(lab_page)
    drafter = lab_page.locator(".atl-exercise", has_text="The question drafter").first
    lab_driver.wait_visible(drafter, "the question drafter", 90)
    questions = [f"What did you learn in your year number {n} in this field?" for n in range(1, 31)]
    lab_page.evaluate(_FAST_ADDS, [questions, 20])
    store = course_lab.data_dir
    saved: list[str] = []

    def thirty_saved() -> bool:
        nonlocal saved
        path = next(iter(store.rglob("04.1*.json")), None)
        if path:
            try:
                value = json.loads(path.read_text())["value"]
                saved = [q["text"] if isinstance(q, dict) else q for q in value.get("questions", [])]
            except (ValueError, KeyError):
                saved = []
        return len(saved) >= 30

    try:
        lab_driver.wait_until(thirty_saved, "thirty questions in the saved list", 180, poll=0.3)
    except lab_driver.WaitTimeout:
        pass  # the assertion below shows which questions were lost
    assert saved == questions


def _app_kernels(course_app) -> set[str]:
    """The kernel processes the app's Voila has started and not yet stopped."""
    out = subprocess.run(["pgrep", "-P", str(course_app.proc.pid), "-f", "ipykernel"], capture_output=True, text=True)
    return set(out.stdout.split())


def test_an_app_lesson_shuts_its_kernel_down_when_left_or_closed(browser, course_app):
    """Following "next →" from lesson 00 and then going back to the home page leaves no kernel running: each
    lesson page asks Voila to shut its kernel down as it goes (that request was refused before, for a
    missing _xsrf cookie, and a workshop's server filled with kernels)."""
    before = _app_kernels(course_app)
    page = lab_driver.new_page(browser, width=1024)
    try:
        page.goto(course_app.base + "/voila/render/00_start_here.ipynb", wait_until="domcontentloaded")
        lab_driver.wait_app_rendered(page, "lesson 00 in the app")
        first = _app_kernels(course_app) - before
        assert len(first) == 1, first
        page.locator("a", has_text="next: Why ask to learn").first.click()
        page.wait_for_url("**/01_why_ask_to_learn.ipynb", timeout=lab_driver.scaled_ms(60))
        lab_driver.wait_app_rendered(page, "lesson 01 in the app")
        lab_driver.wait_until(lambda: not (_app_kernels(course_app) & first),
                              "lesson 00's kernel to stop once the learner moved on to lesson 01", 60)
        second = _app_kernels(course_app) - before
        assert len(second) == 1, second
        page.goto(course_app.base + "/", wait_until="domcontentloaded")  # back to the home page
        lab_driver.wait_until(lambda: not (_app_kernels(course_app) & second),
                              "lesson 01's kernel to stop once the learner went back to the home page", 60)
    finally:
        page.close()
    terminal = course_app.terminal()
    for word in ALARMING + ("404",):  # no refused shutdown (403), no keep-alive warning, no missing icon
        assert word not in re.sub(r"/tmp/\S+|127\.0\.0\.1:\d+", "…", terminal), f"the app's terminal shows {word!r}:\n{terminal}"
