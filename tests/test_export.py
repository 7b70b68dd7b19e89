"""Exporting the plan: Markdown and HTML content, escaping, file names, folders that cannot be written,
and the lesson's widgets wired to the store."""

from __future__ import annotations

import base64
import datetime as dt
import errno
import html.parser
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson_utils.export import (
    data_uri,
    md_escape,
    plan_fragment,
    plan_html,
    plan_markdown,
    resolve_folder,
    write_plan,
)
from lesson_utils.plan import build_plan
from lesson_utils.store import Store

from .test_plan import FULL, TODAY, store_with

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[click](javascript:alert(1))"


def hostile_store(tmp_path) -> Store:
    values = dict(FULL)
    values["01.1-who-to-learn-from"] = ({"who": SCRIPT, "why": IMG, "hope": LINK}, "done")
    values["05.2-request-email"] = ({"subject": "**bold** & <b>", "body": "# Heading\n- item\n1. one\n> quote\n```"},
                                    "done")
    values["04.1-question-drafter"] = ({"questions": [{"text": "كيف بدأت؟ 🙂", "topic": "breaking_in", "flags": []},
                                                      {"text": SCRIPT, "topic": "none", "flags": []}]}, "done")
    return store_with(tmp_path, values)


class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str):
    p = Tags()
    p.feed(page)
    return p.tags


# ---------------------------------------------------------------- Markdown
@pytest.mark.parametrize("text, expected", [
    ("plain words", "plain words"),
    (SCRIPT, r"\<script\>alert(1)\</script\>"),
    (LINK, r"\[click\](javascript:alert(1))"),
    ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
    ("# not a heading", r"\# not a heading"),
    ("- not a list", r"\- not a list"),
    ("+ nor this", r"\+ nor this"),
    ("1. nor this", r"1\. nor this"),
    ("12) nor this", r"12\) nor this"),
    ("> nor a quote", r"\> nor a quote"),
    ("===", r"\===",),
    ("a | b", r"a \| b"),
    ("&lt;script&gt;", r"\&lt;script\&gt;"),
    ("line one\nline two", "line one  \nline two"),
    ("    indented", "indented"),
    ("كيف بدأت؟ 🙂", "كيف بدأت؟ 🙂"),
])
def test_md_escape(text, expected):
    assert md_escape(text) == expected


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_md_escape_leaves_no_raw_html_or_link(text):
    out = md_escape(text)
    assert not re.search(r"(?<!\\)<", out)
    assert not re.search(r"(?<!\\)\[", out)
    assert not re.search(r"(?<!\\)`", out)


def test_markdown_has_every_part_and_neutralises_learner_markup(tmp_path):
    md = plan_markdown(build_plan(hostile_store(tmp_path), today=TODAY))
    assert md.startswith("# My interview plan\n")
    for heading in ("## Before I ask", "## Asking for the meeting", "## On the day", "## After the meeting",
                    "### My questions, most important first", "### My request email", "### My thank-you note"):
        assert heading in md
    assert not re.search(r"(?<!\\)<", md), "raw HTML in the Markdown"
    assert r"\<script\>alert(1)\</script\>" in md
    assert r"\[click\](javascript:alert(1))" in md
    assert "> **Subject:** \\*\\*bold\\*\\* \\& \\<b\\>" in md
    assert "> \\# Heading" in md and "\\`\\`\\`" in md
    assert "1. كيف بدأت؟ 🙂 *(Breaking in)*" in md
    assert "- [ ] Confirm the day before" in md
    assert "| Ms Lin Chen | 27 Nov 2026 |" in md


def test_markdown_names_missing_parts_and_their_lessons(tmp_path):
    md = plan_markdown(build_plan(Store(tmp_path), today=TODAY))
    assert "Still to do:" in md and "*Not filled in yet.*" in md
    assert "lesson 4, *Draft questions that open doors*" in md
    assert ".ipynb" not in md  # read away from the course, a link to a notebook file leads nowhere


# -------------------------------------------------------------------- HTML
def test_html_page_is_escaped_and_print_ready(tmp_path):
    page = plan_html(build_plan(hostile_store(tmp_path), today=TODAY))
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page and '<meta charset="utf-8">' in page
    assert "@media print" in page and "page-break-before: always" in page and "break-inside: avoid" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    found = {t for t, _ in tags(page)}
    assert "script" not in found and "img" not in found and "b" not in found
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert all("href" not in attrs for t, attrs in tags(page) if t == "a")  # no links in the exported page
    assert page.count('<div class="part') == 4 and page.count('class="part first"') == 1
    assert 'dir="auto"' in page and "كيف بدأت؟ 🙂" in page
    assert "Print command" in page


def test_html_of_an_empty_plan_shows_what_to_do(tmp_path):
    page = plan_html(build_plan(Store(tmp_path), today=TODAY))
    assert "Not filled in yet" in page and "Still to do:" in page and "lesson 4, Draft questions that open doors" in page
    assert ".ipynb" not in page  # a printed plan names lessons, not files


def test_the_fragment_links_missing_parts_to_their_lessons(tmp_path):
    fragment = plan_fragment(build_plan(Store(tmp_path), today=TODAY))
    hrefs = {attrs.get("href") for t, attrs in tags(fragment) if t == "a"}
    assert "04_drafting_questions.ipynb" in hrefs and "07_after_the_meeting.ipynb" in hrefs
    assert all(h and re.fullmatch(r"\d{2}_[a-z_]+\.ipynb", h) for h in hrefs)


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_learner_text_is_escaped_in_html(tmp_path_factory, text):
    store = Store(tmp_path_factory.mktemp("h"))
    store.save("05.2-request-email", {"subject": text, "body": text}, "done")
    store.save("01.1-who-to-learn-from", {"who": text, "why": text, "hope": text}, "done")
    page = plan_html(build_plan(store, today=TODAY))
    found = {t for t, _ in tags(page)}
    assert found <= {"html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "div", "span",
                     "section", "strong", "em", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr",
                     "th", "td"}


def test_data_uri_round_trips_unicode():
    uri = data_uri("Zoë 🙂 <b>", "text/html")
    assert uri.startswith("data:text/html;charset=utf-8;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]).decode("utf-8") == "Zoë 🙂 <b>"


# ---------------------------------------------------------------- writing
def test_write_plan_writes_both_files(tmp_path):
    plan = build_plan(store_with(tmp_path, FULL), today=TODAY)
    result = write_plan(plan, "my_interview_plan", "interview-plan", cwd=tmp_path)
    folder = tmp_path / "my_interview_plan"
    assert result.ok and result.folder == folder
    assert [p.name for p in result.files] == ["interview-plan.md", "interview-plan.html"]
    assert (folder / "interview-plan.md").read_text(encoding="utf-8") == plan_markdown(plan)
    assert (folder / "interview-plan.html").read_text(encoding="utf-8") == plan_html(plan)
    assert str(folder) in result.message
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary files left
    again = write_plan(plan, str(folder), "interview-plan")  # an absolute folder; files replaced
    assert again.ok and sorted(p.name for p in folder.iterdir()) == ["interview-plan.html", "interview-plan.md"]


@pytest.mark.parametrize("name, expected", [
    ("../../escape", "escape"),
    ("Plan für Zoë", "Plan-für-Zoë"),
    ("CON", "plan-CON"),
    ("", "interview-plan"),
    ("a/b\\c", "a-b-c"),
    ("\u202eexe.txt", "exe.txt"),
    ("خطة 🙂", "خطة-🙂"),
])
def test_odd_file_names_stay_in_the_chosen_folder(tmp_path, name, expected):
    plan = build_plan(Store(tmp_path / "data"), today=TODAY)
    result = write_plan(plan, "out", name, cwd=tmp_path)
    assert result.ok
    assert {p.name for p in (tmp_path / "out").iterdir()} == {expected + ".md", expected + ".html"}
    assert {p.name for p in tmp_path.iterdir()} - {"data"} == {"out"}


def test_home_folders_are_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    folder, problem = resolve_folder("~/Documents/plan")
    assert problem == "" and folder == tmp_path / "Documents" / "plan"


@pytest.mark.parametrize("folder", ["", "   ", "plan?", SCRIPT, "a" * 2000, "x\x00y"])
def test_unusable_folder_text_writes_nothing(tmp_path, folder):
    result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), folder, cwd=tmp_path)
    assert not result.ok and result.message and not result.files
    assert {p.name for p in tmp_path.iterdir()} - {"data"} == set()


def test_a_file_in_the_way_is_named(tmp_path):
    (tmp_path / "plan").write_text("not a folder")
    result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), "plan", cwd=tmp_path)
    assert not result.ok and str(tmp_path / "plan") in result.message and "not a folder" in result.message
    deeper = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), "plan/inner", cwd=tmp_path)
    assert not deeper.ok and str(tmp_path / "plan" / "inner") in deeper.message


@pytest.mark.parametrize("err, words", [
    (errno.EACCES, "permission"),
    (errno.EPERM, "permission"),
    (errno.EROFS, "read-only"),
    (errno.ENOSPC, "disk is full"),
])
def test_an_unwritable_folder_gives_a_clear_message_naming_it(tmp_path, monkeypatch, err, words):
    target = tmp_path / "locked"

    def refuse(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr("lesson_utils.export.tempfile.mkstemp", refuse)
    result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), str(target))
    assert not result.ok and not result.files
    assert f"folder {target}" in result.message and words in result.message
    assert "Export my plan again" in result.message


def test_a_read_only_folder_for_real(tmp_path):
    """A folder the system really refuses: permission bits for a user; for root (who ignores them), /proc."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        locked = Path("/proc/ask-to-learn-export-check")
        assert not locked.exists()
        result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), str(locked))
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), str(locked))
        finally:
            locked.chmod(0o700)
    assert not result.ok and str(locked) in result.message


# ------------------------------------------------------------------ widgets
def test_plan_viewer_shows_the_plan_and_refreshes(tmp_path):
    from lesson_utils.views.plan import PlanViewer

    store = Store(tmp_path)
    view = PlanViewer(store)
    assert "Not filled in yet" in view.view.value and "0 of" in view.view.value
    store.save("01.1-who-to-learn-from", {"who": SCRIPT, "why": "x", "hope": "y"}, "done")
    view.refresh_button.click()
    assert "&lt;script&gt;" in view.view.value and SCRIPT not in view.view.value
    assert "1 of" in view.view.value


def test_the_plan_shows_work_saved_on_its_page_at_once(tmp_path):
    # a walker saved 8.1 below the plan, and the plan still said "Not filled in yet" until Refresh
    import datetime as dt
    from lesson_utils.views.first_step import FirstStepView
    from lesson_utils.views.plan import PlanViewer

    store = Store(tmp_path)
    view = PlanViewer(store)
    elsewhere = PlanViewer(Store(tmp_path / "another learner"))
    before = elsewhere.view.value
    step = FirstStepView("08.1-next-step", store, today=dt.date(2026, 12, 8))
    step.who.value = "Marcus Lee, who runs weddings at the Riverside Inn"
    step.by.value = dt.date(2026, 12, 15)
    step.save_button.click()
    assert "Marcus Lee" in view.view.value
    assert elsewhere.view.value == before  # another data folder's plan is not touched


def test_exporter_writes_saves_and_offers_downloads(tmp_path):
    from lesson_utils.views.plan import PlanExporter

    store = store_with(tmp_path, FULL)
    view = PlanExporter("08.2-export-plan", store, cwd=tmp_path)
    assert view.folder.value == "my_interview_plan" and view.name.value == "interview-plan"
    assert view.folder.description and view.name.description
    view.name.value = "Plan für Zoë/../x"
    view.export_button.click()
    assert "✓" in view.result.value and "saved in the folder" in view.result.value
    assert "made safe" in view.result.value
    written = sorted(p.name for p in (tmp_path / "my_interview_plan").iterdir())
    assert written == ["Plan-für-Zoë-.-x.html", "Plan-für-Zoë-.-x.md"]
    links = [attrs for t, attrs in tags(view.links.value) if t == "a"]
    assert [a["download"] for a in links] == ["Plan-für-Zoë-.-x.html", "Plan-für-Zoë-.-x.md"]
    assert all(a["href"].startswith("data:text/") for a in links)
    record = store.load("08.2-export-plan")
    assert record.status == "done" and record.value["files"] == written[::-1]
    assert record.value["folder"] == str(tmp_path / "my_interview_plan")
    # rebuilt (the cell is run again): the last export is remembered
    again = PlanExporter("08.2-export-plan", store, cwd=tmp_path)
    assert "You last exported" in again.result.value and again.name.value == "Plan-für-Zoë-.-x"
    from lesson_utils.dates import short_date
    assert f"on {short_date(dt.date.today())} to" in again.result.value  # a date in words, never 2026-12-07


def test_exporter_with_an_unusable_folder_keeps_the_downloads_and_saves_nothing(tmp_path, monkeypatch):
    from lesson_utils.views.plan import PlanExporter

    store = Store(tmp_path / "data")
    view = PlanExporter("08.2-export-plan", store, cwd=tmp_path)
    (tmp_path / "blocked").write_text("x")
    view.folder.value = "blocked"
    view.export_button.click()
    assert "Problem:" in view.result.value and str(tmp_path / "blocked") in view.result.value
    assert "Download" in view.links.value
    assert store.load("08.2-export-plan") is None
    view.folder.value = ""
    view.export_button.click()
    assert "Write the folder" in view.result.value


def test_lesson08_text_fallbacks(tmp_path, monkeypatch, capsys):
    from lesson_utils.lessons import lesson08

    monkeypatch.setenv("ASK_TO_LEARN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    md = lesson08.plan_markdown()
    assert md.startswith("# My interview plan") and "Still to do:" in md
    out = lesson08.save_plan()
    assert "saved in the folder" in out and (tmp_path / "my_interview_plan" / "interview-plan.html").exists()
    assert "still to do" in out
    lesson08.print_next_step()
    assert "No first step saved yet" in capsys.readouterr().out
    Store(tmp_path / "data").save("08.1-next-step", {"who": "Priya", "by": "2020-01-01"}, "done")
    lesson08.print_next_step()
    printed = capsys.readouterr().out
    assert "Priya" in printed and "already passed" in printed
    lesson08.print_quiz()
    assert "Your interview plan" in capsys.readouterr().out


def test_next_step_widget_saves_and_reloads(tmp_path):
    from lesson_utils.lessons.lesson08 import next_step

    store = Store(tmp_path)
    view = next_step("08.1-next-step", store)
    view.who.value = "Priya"
    view.by.value = dt.date.today() + dt.timedelta(days=7)
    view.save_button.click()
    assert store.load("08.1-next-step").status == "done"
    assert "calendar" in view.feedback.value
    again = next_step("08.1-next-step", store)
    assert again.who.value == "Priya" and again.by.value == dt.date.today() + dt.timedelta(days=7)


def test_quiz_widget_matches_its_id():
    from lesson_utils.lessons.lesson08 import quiz_widget

    assert quiz_widget().quiz.exercise_id == "08.9-quiz"
    with pytest.raises(ValueError):
        quiz_widget("08.8-quiz")


@pytest.mark.skipif(os.name == "nt", reason="on Windows such a folder is a real one")
@pytest.mark.parametrize("folder", ["C:\\Users\\Lucia\\Documents\\plan", "D:\\", "c:/plans", "Documents\\plan"])
def test_a_windows_folder_on_a_hub_is_explained_and_nothing_is_written(tmp_path, folder):
    """On Mac, Linux or a hub, "C:\\Users\\..." would become a folder of that name beside the lesson (and
    be called saved): it is refused with a way to keep the plan on the learner's own computer."""
    result = write_plan(build_plan(Store(tmp_path / "data"), today=TODAY), folder, cwd=tmp_path)
    assert not result.ok and "Windows" in result.message and "download links" in result.message
    assert {p.name for p in tmp_path.iterdir()} - {"data"} == set()


def test_lesson_8_is_done_only_when_the_plan_exported_is_whole(tmp_path):
    """The course map once said lesson 8 was done while the exported plan listed six parts still to do."""
    from lesson_utils.views.plan import PlanExporter

    from .test_plan import FULL, store_with

    empty = Store(tmp_path / "empty")
    PlanExporter("08.2-export", empty, cwd=tmp_path).export_button.click()
    assert empty.load("08.2-export").status == "in_progress"
    full = store_with(tmp_path / "full", FULL)
    PlanExporter("08.2-export", full, cwd=tmp_path).export_button.click()
    assert full.load("08.2-export").status == "done"


def test_the_exported_plan_speaks_in_the_learners_voice(tmp_path):
    """"My interview plan" once said "13 of 14 parts of your plan are filled in"."""
    plan = build_plan(Store(tmp_path), today=TODAY)
    for text in (plan_markdown(plan), plan_html(plan)):
        assert "parts of my plan" in text and "parts of your plan" not in text
    assert "parts of your plan" in plan_fragment(plan)  # in the lesson, the course speaks to the learner


@pytest.mark.parametrize("text, where, out", [
    ("Name the first person you will write to, and by when (exercise 8.1).", "lesson 8",
     "Name the first person you will write to, and by when (exercise 8.1, lesson 8)."),
    ("Draft your questions and put them in order (lesson 4).", "lesson 4", "Draft your questions and put them in order (lesson 4)."),
    ("Add each person you ask, and update it after each meeting.", "lesson 5",
     "Add each person you ask, and update it after each meeting (lesson 5)."),
    ("Fill it in", "lesson 2", "Fill it in (lesson 2)"),
    ("Check <this> (exercise 1.1).", '<a href="01.ipynb">lesson 1</a>', 'Check &lt;this&gt; (exercise 1.1, <a href="01.ipynb">lesson 1</a>).'),
])
def test_a_missing_part_names_where_to_fill_it_in_once(text, where, out):
    # "…by when (exercise 8.1). (lesson 8)" read as a slip (a walker)
    from lesson_utils.export import with_where
    assert with_where(text, where) == out
