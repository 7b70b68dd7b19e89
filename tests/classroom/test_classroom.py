"""The workshop classroom on a real JupyterHub: three learners in headless Chromium.

Run with ``make test-classroom`` (not part of ``make test``). The hub runs the course's own
configuration (instructors/hub/jupyterhub_config.py, trial mode: shared password,
SimpleLocalProcessSpawner, a home folder per learner under a temp folder); the course comes from a
bare git repository through an nbgitpuller link. Every wait is on a condition; timeouts grow with
ASK_TO_LEARN_TEST_TIMEOUT_SCALE.

The tests run in order and share one hub: each step builds on the one before, as in a real room.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.browser.lab_driver import click_menu

from . import hub_harness as H

pytestmark = pytest.mark.classroom

LEARNERS = {
    # name: (the number picked in lesson 00's setup check, a question of their own for lesson 04's drafter)
    "ana": (2, "What does a typical week look like for you as a hospital pharmacist?"),
    "ben": (5, "Which skills does a beginner carpenter need most in the first year?"),
    "caro": (7, "How did you get your first paid role as a museum educator?"),
}
FOLDER = H.COURSE_FOLDER
LESSON_00 = f"lab/tree/{FOLDER}/notebooks/00_start_here.ipynb"
LESSON_04 = f"lab/tree/{FOLDER}/notebooks/04_drafting_questions.ipynb"
VOILA_LESSON = f"voila/render/{FOLDER}/notebooks/01_why_ask_to_learn.ipynb"
SHOTS = Path(os.environ.get("ASK_TO_LEARN_CLASSROOM_SHOTS")
             or Path(os.environ.get("ASK_TO_LEARN_SCREENSHOTS", tempfile.gettempdir())) / "classroom")
WIDGET_FAILURES = ("Error displaying widget", "Loading widget", "Failed to load model")

# Lab may restore other tabs (a learner's earlier lesson): look only at the notebook on show.
ACTIVE = "[...document.querySelectorAll('.jp-NotebookPanel')].find(p => !p.classList.contains('lm-mod-hidden'))"
KERNEL_IDLE_AND_ALL_RUN = """() => {
  const panel = %s;
  const ind = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
  if (!ind || ind.getAttribute('data-status') !== 'idle') return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
  return prompts.length > 0 && prompts.every(t => /\\[\\d+\\]/.test(t));
}""" % ACTIVE
KERNEL_IDLE = """() => {
  const panel = %s;
  const ind = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
  return !!ind && ind.getAttribute('data-status') === 'idle' && !!panel.querySelector('.jp-Cell');
}""" % ACTIVE


def ms(base_seconds: float) -> float:
    return H.seconds(base_seconds) * 1000


# -- fixtures ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def classroom():
    missing = H.missing_python_packages()
    if missing:
        pytest.fail(f"missing {', '.join(missing)}: run make test-classroom (pip install -e '.[classroom]')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is missing: pip install -e '.[test]'")
    tmp = Path(tempfile.mkdtemp(prefix="atl-classroom-"))
    bare, work = H.make_upstream(tmp)
    hub = H.Hub(tmp).start()
    state = {"hub": hub, "bare": bare, "work": work, "pages": {}, "tmp": tmp}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage"])
            for user in LEARNERS:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.console_errors = []
                page.on("pageerror", lambda err, page=page: page.console_errors.append(str(err)))
                state["pages"][user] = page
            yield state
            browser.close()
    finally:
        left = hub.stop()
        assert not left, f"processes still running after the hub stopped: {left}"
        if not os.environ.get("ASK_TO_LEARN_KEEP_CLASSROOM"):
            shutil.rmtree(tmp, ignore_errors=True)


def _link(state, urlpath: str = LESSON_00) -> str:
    return H.pull_link(state["hub"].base, state["bare"], urlpath)


def _user_url(state, user: str, path: str) -> str:
    return f"{state['hub'].base}/user/{user}/{path}"


def _wait_notebook(page) -> None:
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=ms(180))
    page.wait_for_function(KERNEL_IDLE, timeout=ms(180))


def _select_kernel_dialog(page) -> bool:
    return page.locator(".jp-Dialog", has_text="Select Kernel").count() > 0


DONE_OR_STALLED = """() => {
  const panel = %s;
  const ind = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
  if (!ind || ind.getAttribute('data-status') !== 'idle') { window.__atlStalledSince = null; return false; }
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
  if (prompts.length && prompts.every(t => /\\[\\d+\\]/.test(t))) return 'done';
  const stalled = prompts.some(t => /\\[\\d+\\]/.test(t)) && !prompts.some(t => t.includes('*'))
      && !panel.querySelector('[data-mime-type="application/vnd.jupyter.error"]');
  if (!stalled) { window.__atlStalledSince = null; return false; }
  window.__atlStalledSince = window.__atlStalledSince || Date.now();
  return Date.now() - window.__atlStalledSince > 5000 ? 'stalled' : false;
}""" % ACTIVE


def _click_run_all(page) -> None:
    click_menu(page, "Run", "Run All Cells")  # opens the menu again if a click on it was lost


def _run_all(page) -> None:
    assert not _select_kernel_dialog(page), "a Select Kernel dialog blocks Run All"
    started = ("() => { const panel = %s; return !!panel && [...panel.querySelectorAll("
               "'.jp-CodeCell .jp-InputArea-prompt')].some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent)); }" % ACTIVE)
    for attempt in range(2):
        # On a loaded machine a menu click can land before Lab is ready for it: try once more.
        _click_run_all(page)
        try:
            page.wait_for_function(started, timeout=ms(60))
            break
        except Exception:
            if attempt:
                raise
            page.keyboard.press("Escape")
    try:
        # Done, or stalled: on a learner's first open the hub now and then runs only the first cell, then
        # the kernel stays idle with the others unqueued ("[ ]", no "[*]"). That state is final (a queued
        # cell shows "[*]"), so once it has held for five seconds, Run All is asked once more.
        outcome = page.wait_for_function(DONE_OR_STALLED, timeout=ms(300), polling=500).json_value()
        if outcome == "stalled":
            _click_run_all(page)
            page.wait_for_function(KERNEL_IDLE_AND_ALL_RUN, timeout=ms(300))
    except Exception as exc:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "run_all_failed.png"))
        state = page.evaluate("""() => { const panel = %s; if (!panel) return 'no panel on show';
          const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
          return {status: ind && ind.getAttribute('data-status'),
                  prompts: [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent)}; }""" % ACTIVE)
        raise AssertionError(f"Run All did not finish: {state}") from exc
    page.wait_for_selector(".jp-OutputArea .jupyter-widgets", timeout=ms(60))
    page.wait_for_function(
        "(fails) => { const t = [...document.querySelectorAll('.jp-OutputArea')].map(o => o.innerText).join(' ');"
        " return !fails.some(f => t.includes(f)); }", arg=list(WIDGET_FAILURES), timeout=ms(60))


def _problems(page) -> list[str]:
    text = page.evaluate("() => [...document.querySelectorAll('.jp-OutputArea')].map(o => o.innerText).join('\\n')")
    found = [f for f in WIDGET_FAILURES if f in text]
    if "Traceback (most recent call last)" in text:
        found.append("a traceback")
    found += [e for e in page.console_errors if "lesson_utils" in e or "widget" in e.lower()]
    return found


def _saved(state, user: str, exercise: str) -> dict:
    return json.loads((state["hub"].data_dir(user) / "work" / f"{exercise}.json").read_text(encoding="utf-8"))


# -- the scenario --------------------------------------------------------------------------------------

def test_login_starts_a_server_and_the_link_clones_the_course(classroom):
    hub = classroom["hub"]
    # All three log in one after the other, as a room does; their servers start side by side.
    for user, page in classroom["pages"].items():
        page.goto(_link(classroom), wait_until="domcontentloaded", timeout=ms(60))
        page.wait_for_selector("input[name=username]", timeout=ms(60))
        page.fill("input[name=username]", user)
        page.fill("input[name=password]", H.PASSWORD)
        page.locator("form input[type=submit], form button[type=submit]").first.click()
    for user, page in classroom["pages"].items():
        page.wait_for_url(re.compile(rf"/user/{user}/lab/tree/{FOLDER}/notebooks/00_start_here\.ipynb"),
                          timeout=ms(300))
        _wait_notebook(page)
        assert not _select_kernel_dialog(page)
        assert hub.server_ready(user)
        course = hub.home(user) / FOLDER
        assert (course / "notebooks" / "00_start_here.ipynb").is_file(), f"{user}'s copy of the course"
        assert (course / ".git").is_dir()
    hub.remember_children()


def test_run_all_on_lesson_00_and_the_setup_check(classroom):
    for user, page in classroom["pages"].items():
        number, _ = LEARNERS[user]
        _run_all(page)
        check = page.locator(".atl-exercise", has_text="Setup check").first
        check.locator(".widget-dropdown select").select_option(str(number))
        check.locator("button.jupyter-button", has_text="Try the buttons").click()
        check.locator(".widget-html-content", has_text=f"the course received your number, {number}").wait_for(
            timeout=ms(60))
        saved = H.poll(lambda: _saved(classroom, user, "00.1-setup-check"), H.seconds(30), f"{user}'s setup check saved")
        assert saved["value"]["slider"] == number
        assert not _problems(page), _problems(page)


def test_run_all_on_lesson_04_and_one_question_in_the_drafter(classroom):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for n, (user, page) in enumerate(classroom["pages"].items()):
        _, question = LEARNERS[user]
        page.goto(_user_url(classroom, user, LESSON_04 + "?reset"), wait_until="domcontentloaded", timeout=ms(60))
        _wait_notebook(page)
        _run_all(page)
        drafter = page.locator(".atl-exercise", has_text="The question drafter").first
        drafter.locator(".widget-textarea textarea").first.fill(question)
        drafter.locator("button.jupyter-button", has_text="Add to my list").click()
        drafter.locator(".widget-html-content", has_text=f"review of: “{question}").wait_for(timeout=ms(60))
        saved = H.poll(lambda: _saved(classroom, user, "04.1-question-drafter"), H.seconds(30),
                       f"{user}'s question saved")
        assert [q["text"] for q in saved["value"]["questions"]] == [question]
        assert not _problems(page), _problems(page)
        if n < 2:
            drafter.scroll_into_view_if_needed()
            page.screenshot(path=str(SHOTS / f"hub_{user}_04_drafter.png"))
    classroom["hub"].remember_children()


def test_saving_a_lesson_writes_no_outputs_into_the_course(classroom):
    """The hub's pre-save hook: a learner's save (the autosave does the same) keeps the lesson as shipped,
    with no outputs and no widget state, so the next nbgitpuller click has nothing to merge."""
    user, page = "caro", classroom["pages"]["caro"]  # lesson 04, run, with a question added
    course = classroom["hub"].home(user) / FOLDER
    saved_nb = course / "notebooks" / "04_drafting_questions.ipynb"
    assert page.locator(".jp-OutputArea .jupyter-widgets").count() > 0, "the lesson on show has run"
    before = saved_nb.stat().st_mtime_ns
    page.keyboard.press("Escape")
    page.get_by_role("menuitem", name="File", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Save Notebook\b")).first.click()
    page.wait_for_function(
        "() => { const t = [...document.querySelectorAll('.lm-TabBar-tab.lm-mod-current')]"
        ".find(t => t.innerText.includes('04_drafting')); return !!t && !t.classList.contains('jp-mod-dirty'); }",
        timeout=ms(60))
    H.poll(lambda: saved_nb.stat().st_mtime_ns != before, H.seconds(60), f"{user}'s lesson 04 saved to disk")
    nb = json.loads(saved_nb.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code), \
        "saving wrote outputs into the course's notebook"
    assert "widgets" not in nb["metadata"], "saving wrote widget state into the course's notebook"
    assert H.git("status", "--porcelain", "notebooks", cwd=course) == "", "the saved lesson differs from the course's"


def test_each_learners_work_is_in_their_own_folder_and_no_other(classroom):
    hub = classroom["hub"]
    for user, (number, question) in LEARNERS.items():
        assert _saved(classroom, user, "00.1-setup-check")["value"]["slider"] == number
        assert question in json.dumps(_saved(classroom, user, "04.1-question-drafter"), ensure_ascii=False)
        for other in LEARNERS:
            if other == user:
                continue
            for path in hub.home(other).rglob("*.json"):
                assert question not in path.read_text(encoding="utf-8", errors="replace"), \
                    f"{user}'s question found in {other}'s home: {path}"
        # Work is saved by the package, never into the course folder.
        course = hub.home(user) / FOLDER
        assert not list(course.rglob("04.1-question-drafter.json"))


def test_a_second_click_brings_an_upstream_commit_and_keeps_the_learners_work(classroom):
    user, page = "ana", classroom["pages"]["ana"]
    course = classroom["hub"].home(user) / FOLDER
    before = {name: _saved(classroom, user, name) for name in ("00.1-setup-check", "04.1-question-drafter")}
    # The learner keeps a note in the course folder, through Jupyter itself.
    note = "My note: ask about night shifts."
    status = page.evaluate(
        """async ([url, note]) => {
          const xsrf = (document.cookie.match(/_xsrf=([^;]+)/) || [])[1] || '';
          const get = await fetch(url, {headers: {'X-XSRFToken': decodeURIComponent(xsrf)}});
          const model = await get.json();
          const put = await fetch(url, {method: 'PUT', headers: {'Content-Type': 'application/json',
            'X-XSRFToken': decodeURIComponent(xsrf)},
            body: JSON.stringify({type: 'file', format: 'text', content: model.content + '\\n' + note + '\\n'})});
          return put.status;
        }""", [_user_url(classroom, user, f"api/contents/{FOLDER}/README.md"), note])
    assert status in (200, 201)
    commit = H.push_update(classroom["work"], "CONTRIBUTING.md", "Update for the next workshop.")
    page.goto(_link(classroom), wait_until="domcontentloaded", timeout=ms(60))
    page.wait_for_url(re.compile(rf"/user/{user}/lab/tree/{FOLDER}/notebooks/00_start_here\.ipynb"),
                      timeout=ms(300))
    _wait_notebook(page)
    H.git("merge-base", "--is-ancestor", commit, "HEAD", cwd=course)  # raises if the commit is missing
    assert "Update for the next workshop." in (course / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert note in (course / "README.md").read_text(encoding="utf-8"), "the learner's note was lost"
    for name, value in before.items():
        assert _saved(classroom, user, name) == value, f"{name} changed"
    # Lesson 04 still shows the learner's question after the update.
    page.goto(_user_url(classroom, user, LESSON_04 + "?reset"), wait_until="domcontentloaded", timeout=ms(60))
    _wait_notebook(page)
    _run_all(page)
    drafter = page.locator(".atl-exercise", has_text="The question drafter").first
    drafter.locator(".widget-html-content", has_text="Your saved work was loaded").wait_for(timeout=ms(60))
    assert LEARNERS[user][1] in drafter.inner_text()


def test_the_voila_link_opens_a_lesson_as_an_app(classroom):
    user, page = "ben", classroom["pages"]["ben"]
    page.goto(_user_url(classroom, user, VOILA_LESSON), wait_until="domcontentloaded", timeout=ms(300))
    page.wait_for_selector(".jupyter-widgets .widget-textarea textarea", timeout=ms(300))
    text = page.inner_text("body")
    assert not [f for f in WIDGET_FAILURES if f in text]
    assert "Traceback" not in text
    assert "from lesson_utils" not in text, "the app shows code"
    page.screenshot(path=str(SHOTS / f"hub_{user}_voila_01.png"), full_page=False)


def test_lesson_screens_for_two_learners(classroom):
    """Screens of two learners' lesson 00 after the setup check, for a person to look at."""
    for user in ("ana", "caro"):
        page = classroom["pages"][user]
        page.goto(_user_url(classroom, user, LESSON_00 + "?reset"), wait_until="domcontentloaded",
                  timeout=ms(60))
        _wait_notebook(page)
        _run_all(page)
        check = page.locator(".atl-exercise", has_text="Setup check").first
        check.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / f"hub_{user}_00_setup.png"))
        assert str(classroom["hub"].data_dir(user)) in check.inner_text() or user in check.inner_text()
