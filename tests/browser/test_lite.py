"""The course in the browser (``make lite``): the static site, served on a free loopback port, offline.

The site is built once per hash of its inputs (cached outside the tracked files); when a session includes
these tests the build starts in the background as the session starts (fixtures.py), so it is mostly done
by the time they run. Chromium may reach
only the site's port: any other request is refused and counted, and the tests fail if there is one.
Each lesson opens alone (the layout of the last visit is forgotten first), so one Pyodide kernel runs at a
time: reopened earlier tabs each start their own, which made lesson 08 crawl on a loaded machine. Work
survives a reload, and closing the whole browser (a profile kept in a folder) and starting it again: the
restart brings back the questions the offline run saved in that same profile (run alone, it saves one of
its own first).
Without a way to build the site (no registries, no npm) the tests are skipped, unless
``ASK_TO_LEARN_REQUIRE_BROWSER=1`` (set by .ci/run), which makes that a failure.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from . import lite_driver as L
from .fixtures import REQUIRED, _missing

pytestmark = pytest.mark.browser

Q1 = "What does a typical week look like for you as a library assistant?"
Q2 = "Do you like your job?"  # the mistake: a closed question
Q3 = "How did you find your first job in a library?"


def _unavailable(why: str):
    if REQUIRED:
        pytest.fail(f"The in-browser course test is required here but cannot run: {why}")
    pytest.skip(f"In-browser course test skipped: {why}")


@pytest.fixture(scope="module")
def site():
    why = _missing()
    if why:
        _unavailable(why)
    try:
        folder = L.site_folder()  # started early by fixtures.py, while other tests run
    except L.BuildUnavailable as exc:
        _unavailable(str(exc))
    with L.SiteServer(folder) as server:
        yield server


@pytest.fixture(scope="module")
def pw(browser):
    """The session's Playwright, seen through its Chromium type: only one sync Playwright may run at a
    time, so the offline Chromium is launched from the one the shared ``browser`` came from."""
    return SimpleNamespace(chromium=browser.browser_type)


@pytest.fixture(scope="module")
def learner(site, pw, tmp_path_factory):
    """One learner's offline Chromium whose profile (the browser's storage) is kept in a folder, for the
    offline run and then the restart; ``saved`` lists the questions known to be saved in that profile."""
    off = L.Offline(pw, site)
    state = SimpleNamespace(off=off, profile=tmp_path_factory.mktemp("lite") / "browser-profile", page=None, saved=[])
    try:
        yield state
    finally:
        off.close()


def _review_shown(drafter, question: str) -> str:
    review = drafter.locator(".widget-html-content", has_text=f"review of: “{question}")
    review.wait_for(timeout=L.ms(60))
    return review.inner_text()


def _wait_text(page, locator_js: str, words: str, seconds: float = 60) -> None:
    page.wait_for_function(
        "([sel, words]) => [...document.querySelectorAll(sel)].some(e => e.innerText.includes(words))",
        arg=[locator_js, words], timeout=L.ms(seconds),
    )


def test_the_course_runs_offline_saves_and_exports(learner, shots_dir):
    off = learner.off
    try:
        page = learner.page = off.open_profile(learner.profile)
        # 00 opens from the site's address, runs, and its setup check knows it is in the browser.
        page.goto(f"{off.base}/", wait_until="domcontentloaded")
        page.wait_for_url("**/lab/index.html*", timeout=L.ms(60))
        page.locator(L.VISIBLE_CELL).first.wait_for(timeout=L.ms(120))
        L.wait_one_kernel(page, "00_start_here.ipynb")
        L.run_all(page)
        check = L.exercise(page, "Setup check")
        text = check.text_content()
        assert "You are using the course in your browser" in text and "this browser only" in text
        assert "✗ Problem" not in text and "not installed" not in text
        assert check.locator("td").filter(has_text="JupyterLab").count() == 0
        check.locator("select").select_option("7")
        check.locator("button.jupyter-button", has_text="Try the buttons").click()
        _wait_text(page, ".atl-exercise", "the course received your number, 7")
        _wait_text(page, ".jp-OutputArea", "saved in this browser only")
        assert not L.problems(page)
        page.screenshot(path=str(shots_dir / "lite_00_setup_check.png"))

        # 04: two questions, each reviewed by the coach.
        L.open_lesson(page, off.base, "04_drafting_questions.ipynb")
        L.run_all(page)
        drafter = L.exercise(page, "The question drafter")
        box = drafter.locator(".widget-textarea textarea").first
        for question in (Q1, Q2):
            box.fill(question)
            drafter.locator("button.jupyter-button", has_text="Add to my list").click()
            review = _review_shown(drafter, question)
            assert "Kind of question" in review
        assert "closed" in review.lower() or "yes or no" in review.lower() or "✗" in review
        drafter.locator(".widget-html-content", has_text="Saved at").first.wait_for(timeout=L.ms(30))
        learner.saved = [Q1, Q2]
        drafter.scroll_into_view_if_needed()
        drafter.screenshot(path=str(shots_dir / "lite_04_reviews.png"))

        # A reload: the list comes back from the browser's drive.
        page.reload(wait_until="domcontentloaded")
        page.locator(L.VISIBLE_CELL).first.wait_for(timeout=L.ms(120))
        L.wait_one_kernel(page, "04_drafting_questions.ipynb")
        L.run_all(page)
        drafter = L.exercise(page, "The question drafter")
        listing = drafter.locator("table.atl-qtable")
        listing.wait_for(timeout=L.ms(60))
        listed = listing.text_content()
        assert Q1 in listed and Q2 in listed

        # 08: the export offers both files as downloads.
        L.open_lesson(page, off.base, "08_your_interview_plan.ipynb")
        L.run_all(page)
        exporter = L.exercise(page, "Export your plan")
        exporter.locator("button.jupyter-button", has_text="Export my plan").click()
        link = exporter.locator("a[download$='.md']")
        link.wait_for(timeout=L.ms(60))
        assert exporter.locator("a[download$='.html']").count() == 1
        with page.expect_download(timeout=L.ms(30)) as info:
            link.click()
        download = info.value
        assert download.suggested_filename.endswith(".md")
        assert Q1 in open(download.path(), encoding="utf-8").read()
        assert not L.problems(page)
    finally:
        blocked = off.blocked
        print(f"\nrequests blocked (not to the site): {len(blocked)}; "
              f"Chromium's own background requests refused: {len(off.chromium_own)}")
    assert blocked == [], f"{len(blocked)} request(s) tried to leave the machine: {blocked[:10]}"


def test_saved_work_survives_closing_the_browser_and_starting_it_again(learner):
    off, profile = learner.off, learner.profile
    try:
        if not learner.saved:  # run alone, or the offline run stopped before saving: save a question here
            if learner.page is not None:
                off.close_profile(learner.page)
            page = learner.page = off.open_profile(profile)
            L.open_lesson(page, off.base, "04_drafting_questions.ipynb")
            L.run_all(page)
            drafter = L.exercise(page, "The question drafter")
            drafter.locator(".widget-textarea textarea").first.fill(Q3)
            drafter.locator("button.jupyter-button", has_text="Add to my list").click()
            _review_shown(drafter, Q3)
            drafter.locator(".widget-html-content", has_text="Saved at").first.wait_for(timeout=L.ms(30))
            learner.saved = [Q3]
        off.close_profile(learner.page)  # the whole Chromium ends; only the profile folder is left
        learner.page = None
        assert not off.profiles, "a Chromium of this profile is still running"
        assert list(profile.glob("*/IndexedDB/*")), "the browser kept no storage in its profile folder"

        page = learner.page = off.open_profile(profile)
        L.open_lesson(page, off.base, "04_drafting_questions.ipynb")
        L.run_all(page)
        listing = L.exercise(page, "The question drafter").locator("table.atl-qtable")
        listing.wait_for(timeout=L.ms(60))
        listed = listing.text_content()
        for question in learner.saved:
            assert question in listed
        assert not L.problems(page)
    finally:
        blocked = off.blocked
        print(f"\nrequests blocked (not to the site): {len(blocked)}")
    assert blocked == [], f"{len(blocked)} request(s) tried to leave the machine: {blocked[:10]}"


def test_a_non_secure_address_warns_that_work_is_not_saved(site, pw, shots_dir):
    off = L.Offline(pw, site, insecure=True)
    try:
        page = off.new_page()
        L.open_lesson(page, off.base, "00_start_here.ipynb")
        assert page.evaluate("() => window.isSecureContext") is False
        L.run_all(page)
        alert = L.exercise(page, "Setup check").locator("[role=alert]")
        alert.wait_for(timeout=L.ms(60))
        assert "NOT being saved" in alert.text_content()
        alert.scroll_into_view_if_needed()
        L.exercise(page, "Setup check").screenshot(path=str(shots_dir / "lite_00_not_saved_warning.png"))
    finally:
        blocked = off.blocked
        print(f"\nrequests blocked (not to the site): {len(blocked)}")
        off.close()
    assert blocked == [], f"{len(blocked)} request(s) tried to leave the machine: {blocked[:10]}"


#: Counts the page's live Web Workers (each Pyodide kernel is one): made before the site's scripts run.
_COUNT_WORKERS = """(() => {
  const live = window.__atlWorkers = new Set();
  const Original = window.Worker;
  window.Worker = function (url, options) {
    const worker = new Original(url, options);
    live.add(worker);
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => { live.delete(worker); terminate(); };
    return worker;
  };
  window.Worker.prototype = Original.prototype;
})();"""

_RUNNING = """() => ({
  workers: window.__atlWorkers ? window.__atlWorkers.size : -1,
  kernels: window.jupyterapp ? [...window.jupyterapp.serviceManager.kernels.running()].length : -1,
  tabs: [...document.querySelectorAll('#jp-main-dock-panel .lm-TabBar-tab')].map(e => e.textContent.trim()),
})"""

_KERNEL_READY = """(name) => {
  const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = widget && widget.sessionContext && widget.sessionContext.session && widget.sessionContext.session.kernel;
  return !!kernel && widget.context.path === name && kernel.status === 'idle';
}"""


def _follow_link(page, words: str, lesson: str) -> None:
    """Click a link of the lesson shown, then wait until the linked lesson shows with its Python ready."""
    link = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedMarkdown a", has_text=words).first
    link.click()
    page.wait_for_function(_KERNEL_READY, arg=lesson, timeout=L.ms(180))


def test_following_lesson_links_leaves_one_kernel_running(site, pw):
    off = L.Offline(pw, site)
    try:
        page = off.new_page()
        page.context.add_init_script(_COUNT_WORKERS)
        L.open_lesson(page, off.base, "00_start_here.ipynb")
        page.wait_for_function(_KERNEL_READY, arg="00_start_here.ipynb", timeout=L.ms(180))
        assert page.evaluate(_RUNNING)["kernels"] == 1
        _follow_link(page, "next: Why ask to learn", "01_why_ask_to_learn.ipynb")
        _follow_link(page, "next: Learn from a meeting", "02_the_meeting_that_went_wrong.ipynb")
        try:
            page.wait_for_function(f"() => {{ const r = ({_RUNNING})(); "
                                   "return r.workers === 1 && r.kernels === 1 && r.tabs.length === 1; }",
                                   timeout=L.ms(60))
        except Exception as exc:  # the figures below say what was left running
            if not L.lab_driver._is_timeout(exc):
                raise
        running = page.evaluate(_RUNNING)
        assert len(running["tabs"]) == 1 and "02_the_meeting_that_went_wrong" in running["tabs"][0], running
        assert running["kernels"] == 1, f"after following two lesson links: {running}"
        assert running["workers"] == 1, f"after following two lesson links: {running}"
        assert not L.problems(page)
    finally:
        blocked = off.blocked
        print(f"\nrequests blocked (not to the site): {len(blocked)}")
        off.close()
    assert blocked == [], f"{len(blocked)} request(s) tried to leave the machine: {blocked[:10]}"
