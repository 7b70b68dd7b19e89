"""What run_all waits for, read from a page that looks like a notebook in JupyterLab (no server needed):
"done" only when every code cell has run (or one failed) with the kernel idle and the outputs settled;
"stalled" when the kernel sits idle with cells never run and nothing queued; otherwise keep waiting."""

from __future__ import annotations

import pytest

from . import lab_driver


def notebook(status: str, prompts: list[str], error: bool = False, empty_output: bool = False) -> str:
    cells = "".join(
        f'<div class="jp-CodeCell"><div class="jp-InputArea-prompt">{p}</div>'
        f'<div class="jp-OutputArea-output"><div class="jupyter-widgets">widget</div></div></div>'
        for p in prompts
    )
    if error:
        cells += '<div class="jp-OutputArea-output" data-mime-type="application/vnd.jupyter.error"><pre>E</pre></div>'
    if empty_output:
        cells += '<div class="jp-OutputArea-output"></div>'
    return (f'<div class="jp-Notebook-ExecutionIndicator" data-status="{status}"></div>'
            f'<div class="jp-Notebook">{cells}</div>')


@pytest.fixture(scope="module")
def blank(browser):
    page = lab_driver.new_page(browser)
    yield page
    page.close()


def state(page, html: str, polls: int = 2, stall_ms: float = 0):
    page.set_content(html)
    page.evaluate("() => { window.__atlRunAllKey = null; window.__atlStalledSince = null; }")
    seen = None
    for _ in range(polls):
        seen = page.evaluate(lab_driver._RUN_ALL_STATE, [stall_ms])
    return seen


@pytest.mark.parametrize("status, prompts, error, empty_output, expected", [
    ("idle", ["[1]:", "[2]:"], False, False, "done"),
    ("idle", ["[1]:", "[ ]:"], True, False, "done"),  # Run All stopped at an error
    ("busy", ["[1]:", "[*]:"], False, False, False),  # still running
    ("idle", ["[1]:", "[*]:"], False, False, False),  # a cell queued
    ("idle", ["[1]:", "[2]:"], False, True, False),  # a widget view still rendering
    ("idle", ["[ ]:", "[ ]:"], False, False, "stalled"),  # the click was lost
    ("idle", ["[1]:", "[ ]:"], False, False, "stalled"),  # cells dropped (a kernel switched under the page)
    ("busy", ["[ ]:", "[ ]:"], False, False, False),  # the kernel is starting: not a stall
])
def test_run_all_state(blank, status, prompts, error, empty_output, expected):
    assert state(blank, notebook(status, prompts, error, empty_output)) == expected


def test_a_stall_is_only_a_stall_after_the_stall_time(blank):
    html = notebook("idle", ["[ ]:", "[ ]:"])
    assert state(blank, html, polls=2, stall_ms=60_000) is False


def test_done_needs_the_outputs_to_hold_still_for_two_polls(blank):
    assert state(blank, notebook("idle", ["[1]:"]), polls=1) is False


@pytest.mark.parametrize("before, status, prompts, started", [
    (["[ ]:", "[ ]:"], "idle", ["[ ]:", "[ ]:"], False),  # the click was lost: click again
    (["[ ]:", "[ ]:"], "idle", ["[*]:", "[*]:"], True),  # cells queued
    (["[ ]:", "[ ]:"], "busy", ["[ ]:", "[ ]:"], True),  # the kernel took the first cell
    (["[ ]:", "[ ]:"], "idle", ["[1]:", "[2]:"], True),  # already run
    (["[1]:", "[2]:"], "idle", ["[1]:", "[2]:"], False),  # a second Run All not yet seen
    (["[1]:", "[2]:"], "idle", ["[3]:", "[*]:"], True),
])
def test_run_all_is_seen_to_start(blank, before, status, prompts, started):
    blank.set_content(notebook(status, before))
    snapshot = blank.evaluate(lab_driver._PROMPTS)
    blank.set_content(notebook(status, prompts))
    assert bool(blank.evaluate(lab_driver._RUN_ALL_STARTED, [snapshot])) == started
