"""Lesson 8's widgets: the plan gathered from every lesson, and its export.

* :class:`PlanViewer` shows the plan (each part ready, draft or missing, with a link to the lesson
  that fills it) and rebuilds it on *Refresh my plan*.
* :class:`PlanExporter` writes the plan as Markdown and HTML into a folder the learner types, and
  offers download links (``data:`` addresses, so they work in JupyterLab, Voila, Binder and a hub
  alike: the files on the server may not be reachable from the learner's computer). The export is
  saved as done once the files are written.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import ipywidgets as W

from ..export import DEFAULT_FOLDER, data_uri, plan_fragment, plan_html, plan_markdown, write_plan
from ..filenames import DEFAULT_NAME, safe_filename
from ..plan import build_plan
from ..store import Store
from ..dates import short_from_iso
from ..text import clean, escape
from .base import View
from .ordered_adds import carried_clicks
from .common import SaveLine, button, exercise_box, feedback_html, follow_saves, get_store, html, labelled_text, safe

#: Links look like links in JupyterLab and in Voila alike.
LINK_STYLE = "color: #1a4f9c; text-decoration: underline; font-weight: 600;"
#: Above this size a download link is not offered (the written files still are).
MAX_LINK_BYTES = 4_000_000


class PlanViewer(View):
    page_script = True  # a lesson link opens the lesson in a new tab in JupyterLab (see ordered_adds)
    def __init__(self, store: Store | None = None):
        self.store = get_store(store)
        self.view = html()
        self.refresh_button = button("Refresh my plan")
        self.refreshed = html()  # under the button: what pressing it did
        self.refresh_button.on_click(safe(self._said)(self._refresh_pressed))
        self.widget = exercise_box(
            "Your plan, gathered from every lesson",
            [self.view, self.refresh_button, self.refreshed],
            "Each part says whether it is ready, a draft, or still to do (with a link to the lesson that fills it). "
            "Work saved on this page shows here at once. After changing an exercise in another lesson, press "
            "Refresh my plan.",
        )
        safe(self._show)(self.refresh)()
        follow_saves(self)

    def saved_elsewhere(self, _exercise_id: str) -> None:
        """Work was saved in this kernel (the first step below, the export): the plan shows it at once."""
        self.refresh()

    def _show(self, html: str) -> None:
        self.view.value = html

    def _said(self, html: str) -> None:
        self.refreshed.value = html

    def refresh(self, _button=None) -> None:
        self.view.value = plan_fragment(build_plan(self.store))

    def _refresh_pressed(self, _button=None) -> None:
        self.refresh()
        self.refreshed.value = feedback_html([("good", f"Plan refreshed at {time.strftime('%H:%M')}: it shows "
                                                        "your latest work (scroll up to read it).")])


def download_links(stem: str, markdown: str, html: str) -> str:
    """HTML with two download links holding the files themselves (``data:`` addresses)."""
    links = []
    for text, ending, mime, what in ((html, ".html", "text/html", "the page to print"),
                                     (markdown, ".md", "text/markdown", "Markdown, to edit")):
        if len(text.encode("utf-8", "surrogatepass")) > MAX_LINK_BYTES:
            continue
        name = escape(stem + ending)
        links.append(f'<li><a download="{name}" href="{data_uri(text, mime)}" style="{LINK_STYLE}">'
                     f"Download {name}</a> ({what})</li>")
    if not links:
        return ""
    return ('<div class="atl-fb"><strong>Keep a copy on your computer:</strong><ul>' + "".join(links) + "</ul>"
            '<div class="atl-muted">If the course runs on a shared server, use these links: the folder above is on the '
            "server, not on your computer.</div></div>")


class PlanExporter(View):
    page_script = True  # the folder and name typed go with the click (see ordered_adds.carried_clicks)
    def __init__(self, exercise_id: str, store: Store | None = None, cwd: Path | None = None):
        self.store = get_store(store)
        self.cwd = cwd
        self.saver = SaveLine(self.store, exercise_id)
        self.folder = labelled_text("Folder for your plan", placeholder=DEFAULT_FOLDER, value=DEFAULT_FOLDER)
        self.name = labelled_text("File name (the course adds .md and .html)", placeholder=DEFAULT_NAME,
                                  value=DEFAULT_NAME)
        self.export_button = button("Export my plan", style="primary")
        self.result = html()
        self.links = html()
        show = safe(self._show)
        self.export_button.on_click(show(self._export))
        saved = self.saver.load(default=None)
        if isinstance(saved, dict):
            if isinstance(saved.get("folder_text"), str) and saved["folder_text"].strip():
                self.folder.value = saved["folder_text"]
            if isinstance(saved.get("name"), str) and saved["name"].strip():
                self.name.value = saved["name"]
            if isinstance(saved.get("folder"), str) and isinstance(saved.get("exported_on"), str):
                self.result.value = feedback_html([(
                    "info", f"You last exported your plan on {short_from_iso(clean(saved['exported_on']))} to {clean(saved['folder'])}. "
                            "Press Export my plan again to write it with your latest work.")])
        self.widget = exercise_box(
            "Export your plan",
            [self.folder, self.name, self.export_button, self.result, self.links, self.saver.widget,
             *carried_clicks({"folder": self.folder, "name": self.name}, [self.export_button])],
            "Type the folder to write to (a name alone means a folder beside the lessons), then press Export my plan.",
        )

    def _show(self, html: str) -> None:
        self.result.value = html

    def _export(self, _button=None) -> None:
        plan = build_plan(self.store)
        stem = safe_filename(self.name.value)
        outcome = write_plan(plan, self.folder.value, stem, self.cwd)
        items = [("good" if outcome.ok else "warn", outcome.message)]
        if clean(self.name.value).strip() and stem != clean(self.name.value).strip():
            items.append(("info", f"The file name was made safe for every computer: {stem}."))
        if plan.missing and outcome.ok:  # "listed at the top of the files" only once files were written
            n = len(plan.missing)
            items.append(("info", f"{n} part{'s' if n != 1 else ''} of your plan {'are' if n != 1 else 'is'} still to do; {'they are' if n != 1 else 'it is'} listed at the top "
                                  "of the files. Export again when you have filled them in."))
        for note in plan.notices:
            items.append(("info", note))
        self.result.value = feedback_html(items)
        self.links.value = download_links(stem, plan_markdown(plan), plan_html(plan))
        if outcome.ok:
            self.saver.save({
                "folder_text": clean(self.folder.value).strip(),
                "folder": str(outcome.folder),
                "name": stem,
                "files": [p.name for p in outcome.files],
                "exported_on": dt.date.today().isoformat(),
                "parts_missing": len(plan.missing),
            }, "in_progress" if plan.missing else "done")  # lesson 8 is done when the plan exported is whole


def plan_viewer(store: Store | None = None) -> PlanViewer:
    return PlanViewer(store)


def plan_exporter(exercise_id: str, store: Store | None = None, cwd: Path | None = None) -> PlanExporter:
    return PlanExporter(exercise_id, store, cwd)
