"""Write the interview plan as Markdown and as a print-ready HTML page.

* :func:`plan_markdown` and :func:`plan_html` turn a :class:`~lesson_utils.plan.Plan` into text.
  Learner text is escaped in HTML, and in Markdown it is neutralised: raw HTML, links, emphasis
  and list or heading markers typed by the learner show as the characters typed.
* :func:`plan_fragment` is the plan as an HTML fragment for the lesson's widget (with links to
  the lessons that fill the missing parts).
* :func:`write_plan` writes both files into a folder the learner chose, with safe file names,
  atomically; it never raises, and a folder that cannot be written gives a message naming it.
* :func:`data_uri` makes a download link's address (for Binder or a hub, where the files stay on
  the server).

Nothing here imports ipywidgets.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .dates import long_date
from .filenames import DEFAULT_NAME, check_folder_text, path_in, safe_filename, windows_path
from .plan import Block, Plan, Section, lesson_words
from .text import escape

DEFAULT_FOLDER = "my_interview_plan"
COURSE = "Ask to Learn"

# ---------------------------------------------------------------- Markdown
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def md_escape(text: str) -> str:
    """Learner text made inert in Markdown: every line shows as typed (no HTML, links or markup)."""
    lines = []
    for line in str(text).split("\n"):
        line = line.strip()
        line = _MD_INLINE.sub(r"\\\1", line)
        m = _MD_LINE_START.match(line)
        if m:
            marker = m.group(2)
            if marker[-1] in ".)":
                line = m.group(1) + marker[:-1] + "\\" + marker[-1] + line[m.end():]
            else:
                line = m.group(1) + "\\" + marker + line[m.end():]
        lines.append(line)
    # A blank line would end a paragraph or a quote: keep it as an empty hard-broken line.
    return "  \n".join(lines)


def _md_block(block: Block) -> list[str]:
    if block.kind == "field":
        return [f"**{md_escape(block.label)}:** {md_escape(block.text)}", ""]
    if block.kind == "text":
        out = [f"**{md_escape(block.label)}:**", ""] if block.label else []
        return out + ["> " + md_escape(block.text).replace("\n", "\n> "), ""]
    if block.kind == "letter":
        out = [f"**{md_escape(block.label)}**", ""] if block.label else []
        if block.subject:
            out += [f"> **Subject:** {md_escape(block.subject)}", ">"]
        return out + ["> " + md_escape(block.text).replace("\n", "\n> "), ""]
    if block.kind == "questions":
        out = [f"**{md_escape(block.label)}:**", ""] if block.label else []
        for n, (question, kind, *warn) in enumerate(block.items, 1):
            tail = f" *({md_escape(kind)})*" if kind else ""
            if warn and warn[0]:
                tail += f" **Note: {md_escape(warn[0])}.**"
            out.append(f"{n}. {md_escape(question)}{tail}")
        return out + [""]
    if block.kind == "checklist":
        return [f"- [ ] {md_escape(item)}" for item in block.items] + [""]
    if block.kind == "table":
        def row(cells):
            return "| " + " | ".join(md_escape(c).replace("  \n", " ") or " " for c in cells) + " |"
        return [row(block.headers), "|" + "---|" * len(block.headers), *(row(r) for r in block.items), ""]
    if block.kind == "note":
        return [f"*{md_escape(block.text)}*", ""]
    return [md_escape(block.text), ""] if block.text else []


_WHERE_IN_TEXT = re.compile(r" \(([^()]*)\)\.$")


def with_where(text: str, where: str, esc=escape) -> str:
    """A missing part's text with where to fill it in, in one bracket: "…by when (exercise 8.1, lesson 8)." rather
    than "…by when (exercise 8.1). (lesson 8)"; a text that already names its lesson keeps only ``where``.
    ``text`` is plain and escaped here with ``esc``; ``where`` is ready to print."""
    m = _WHERE_IN_TEXT.search(text)
    if not m:
        return f"{esc(text[:-1])} ({where})." if text.endswith(".") else f"{esc(text)} ({where})"
    inner = m.group(1)
    said = "" if re.match(r"lessons? \d", inner) else f"{esc(inner)}, "
    return f"{esc(text[:m.start()])} ({said}{where})."


def _md_where(section: Section) -> str:
    """The lesson by number and title, as words: the exported file is read away from the course (printed,
    or opened from another folder), where a link to a notebook file would lead nowhere."""
    name = f", *{md_escape(section.lesson_title)}*" if section.lesson_title else ""
    return f"lesson {md_escape(lesson_words(section.lesson))}{name}"


def _md_section(section: Section) -> list[str]:
    out = [f"### {md_escape(section.title)}", ""]
    if section.is_missing:
        out += [f"*Not filled in yet.* {md_escape(section.missing_text)} Fill it in {_md_where(section)}.", ""]
        return out
    for block in section.blocks:
        out += _md_block(block)
    if section.state == "draft":
        out += [f"*Draft: some checks in lesson {lesson_words(section.lesson)} still suggest changes.*", ""]
    return out


def plan_markdown(plan: Plan) -> str:
    """The whole plan as Markdown."""
    out = [f"# {md_escape(plan.title)}", "",
           f"*Made on {long_date(plan.made_on)} with the {COURSE} course.*", ""]
    if plan.intro:
        out += [md_escape(plan.intro), ""]
    out += [f"**{md_escape(plan.my_summary)}**", ""]
    if plan.missing:
        out += ["Still to do:", ""]
        out += [f"- {md_escape(s.title)}: {with_where(s.missing_text, _md_where(s), md_escape)}" for s in plan.missing]
        out.append("")
    for note in plan.notices:
        out += [f"*Note: {md_escape(note)}*", ""]
    for key, title in plan.parts:
        sections = plan.sections_in(key)
        if not sections:
            continue
        out += [f"## {md_escape(title)}", ""]
        for section in sections:
            out += _md_section(section)
    return "\n".join(out).rstrip() + "\n"


# -------------------------------------------------------------------- HTML
PAGE_CSS = """
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1.2em; }
h1 { font-size: 1.8em; margin: 0 0 .2em; }
h2 { font-size: 1.35em; margin: 1.6em 0 .4em; padding-bottom: .2em; border-bottom: 2px solid #1f3f66; color: #1f3f66; }
h3 { font-size: 1.1em; margin: 1.2em 0 .3em; }
.made { color: #444; margin: 0 0 1em; }
.summary { font-weight: 600; }
.state { font-size: .8em; font-weight: 600; border: 1px solid currentColor; border-radius: .3em;
  padding: 0 .35em; margin-left: .4em; vertical-align: middle; white-space: nowrap; }
.state-ready { color: #1a5e20; } .state-draft { color: #8a3a00; } .state-missing { color: #8a0000; }
.missing { border: 1px dashed #8a0000; border-radius: .3em; padding: .4em .7em; color: #333; }
.todo li { margin: .2em 0; }
.field { margin: .35em 0; }
.field .label { font-weight: 600; }
.learner { white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote, .letter { margin: .5em 0; padding: .6em .9em; border-left: 4px solid #1f3f66; background: #f4f6f9; }
.letter .subject { font-weight: 600; margin-bottom: .5em; }
.letter-label { font-weight: 600; margin: .8em 0 .2em; }
ol.questions li { margin: .35em 0; }
.kind { color: #444; font-size: .9em; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
.note { color: #444; font-style: italic; }
.warn { color: #8a0000; }
table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: .95em; }
th, td { border: 1px solid #999; padding: .3em .5em; text-align: start; vertical-align: top; }
th { background: #eef1f5; }
.howto { color: #444; font-size: .9em; border-top: 1px solid #ccc; margin-top: 2em; padding-top: .5em; }
@page { margin: 16mm 16mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  .part { break-before: page; page-break-before: always; }
  .part.first { break-before: auto; page-break-before: auto; }
  section, .letter, blockquote, table, li, .field { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .screen-only { display: none; }
  blockquote, .letter, th { background: none; }
  a { color: inherit; text-decoration: none; }
}
"""


def _html_text(text: str) -> str:
    return f'<span class="learner" dir="auto">{escape(text)}</span>'


def _html_block(block: Block) -> str:
    if block.kind == "field":
        return (f'<div class="field"><span class="label">{escape(block.label)}:</span> '
                f"{_html_text(block.text)}</div>")
    if block.kind == "text":
        label = f'<div class="letter-label">{escape(block.label)}</div>' if block.label else ""
        return f'{label}<blockquote class="learner" dir="auto">{escape(block.text)}</blockquote>'
    if block.kind == "letter":
        label = f'<div class="letter-label">{escape(block.label)}</div>' if block.label else ""
        subject = (f'<div class="subject">Subject: <span dir="auto">{escape(block.subject)}</span></div>'
                   if block.subject else "")
        return f'{label}<div class="letter">{subject}<div class="learner" dir="auto">{escape(block.text)}</div></div>'
    if block.kind == "questions":
        lis = []
        for question, kind, *warn in block.items:
            tail = f' <span class="kind">({escape(kind)})</span>' if kind else ""
            if warn and warn[0]:
                tail += f' <strong class="warn">Note: {escape(warn[0])}.</strong>'
            lis.append(f"<li>{_html_text(question)}{tail}</li>")
        label = f'<div class="letter-label">{escape(block.label)}</div>' if block.label else ""
        return label + '<ol class="questions">' + "".join(lis) + "</ol>"
    if block.kind == "checklist":
        return '<ul class="checklist">' + "".join(f"<li>{escape(i)}</li>" for i in block.items) + "</ul>"
    if block.kind == "table":
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in block.headers)
        rows = "".join("<tr>" + "".join(f'<td dir="auto">{escape(c)}</td>' for c in r) + "</tr>" for r in block.items)
        return f'<div class="table-box"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    if block.kind == "note":
        return f'<p class="note">{escape(block.text)}</p>'
    return f"<p>{_html_text(block.text)}</p>" if block.text else ""


def _html_section(section: Section, link_lessons: bool) -> str:
    badge = f'<span class="state state-{section.state}">{escape(section.state_words)}</span>'
    body = []
    if section.is_missing:
        where = escape(section.where)
        if link_lessons:
            where = (f'<a class="atl-lesson-link" href="{escape(section.lesson_file)}">lesson {escape(lesson_words(section.lesson))}'
                     f'{", " + escape(section.lesson_title) if section.lesson_title else ""}</a>')
        body.append(f'<p class="missing">{escape(section.missing_text)} Fill it in {where}.</p>')
    else:
        body += [_html_block(b) for b in section.blocks]
        if section.state == "draft":
            body.append(f'<p class="note">Draft: some checks in lesson {escape(lesson_words(section.lesson))} still suggest changes.</p>')
    return f'<section id="{escape(section.key)}"><h3>{escape(section.title)} {badge}</h3>{"".join(body)}</section>'


def _html_body(plan: Plan, link_lessons: bool, heading: int = 1) -> str:
    h = f"h{heading}"
    parts = [f"<{h}>{escape(plan.title)}</{h}>",
             f'<p class="made">Made on {escape(long_date(plan.made_on))} with the {COURSE} course.</p>']
    if plan.intro:
        parts.append(f"<p>{escape(plan.intro)}</p>")
    # in the lesson the course speaks to the learner; the exported page speaks in the learner's own voice
    summary = plan.summary if link_lessons else plan.my_summary
    parts.append(f'<p class="summary" role="status">{escape(summary)}</p>')
    if plan.missing:
        lis = []
        for s in plan.missing:
            where = escape(s.where)
            if link_lessons:
                where = f'<a class="atl-lesson-link" href="{escape(s.lesson_file)}">lesson {escape(lesson_words(s.lesson))}</a>'
            lis.append(f"<li><strong>{escape(s.title)}</strong>: {with_where(s.missing_text, where)}</li>")
        parts.append('<div class="todo"><p>Still to do:</p><ul>' + "".join(lis) + "</ul></div>")
    for note in plan.notices:
        parts.append(f'<p class="note">Note: {escape(note)}</p>')
    first = True
    for key, title in plan.parts:
        sections = plan.sections_in(key)
        if not sections:
            continue
        inner = "".join(_html_section(s, link_lessons) for s in sections)
        css = "part first" if first else "part"
        first = False
        parts.append(f'<div class="{css}" id="part-{escape(key)}"><h2>{escape(title)}</h2>{inner}</div>')
    return "".join(parts)


def plan_html(plan: Plan) -> str:
    """The plan as one self-contained HTML page (no scripts, no outside files), ready to print."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>{escape(plan.title)}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n<main>\n"
        + _html_body(plan, link_lessons=False)
        + "\n</main>\n<p class=\"howto screen-only\">To print this plan, or to keep it as a PDF, use your browser's "
        "Print command (Ctrl+P, or ⌘P on a Mac) and choose a printer or <em>Save as PDF</em>. "
        "Each part starts on a new page.</p>\n</body>\n</html>\n"
    )


FRAGMENT_CSS = """<style>
.atl-plan { max-width: 860px; line-height: 1.45; }
.atl-plan h3 { font-size: 1.25em; margin: .2em 0; }
.atl-plan h2 { font-size: 1.1em; margin: 1.1em 0 .3em; border-bottom: 2px solid #1f3f66; color: #1f3f66; }
.atl-plan h3 + p { margin-top: 0; }
.atl-plan section h3 { font-size: 1em; margin: .8em 0 .2em; }
.atl-plan .state { font-size: .8em; font-weight: 600; border: 1px solid currentColor; border-radius: .3em; padding: 0 .35em; margin-left: .3em; }
.atl-plan .state-ready { color: #1a5e20; } .atl-plan .state-draft { color: #8a3a00; } .atl-plan .state-missing { color: #8a0000; }
.atl-plan .missing { border: 1px dashed #8a0000; border-radius: .3em; padding: .3em .6em; margin: .2em 0; }
.atl-plan .learner { white-space: pre-wrap; overflow-wrap: anywhere; }
.atl-plan blockquote, .atl-plan .letter { margin: .4em 0; padding: .4em .8em; border-left: 4px solid #1f3f66; background: #f4f6f9; }
.atl-plan .letter .subject, .atl-plan .letter-label, .atl-plan .field .label { font-weight: 600; }
.atl-plan .kind, .atl-plan .note, .atl-plan .made { color: #444; }
.atl-plan .note { font-style: italic; }
.atl-plan .warn { color: #8a0000; }
.atl-plan ul.checklist { list-style: none; padding-left: .2em; }
.atl-plan ul.checklist li::before { content: "☐ "; }
.atl-plan table { border-collapse: collapse; }
/* a cell breaks between words, never inside one ("Dana Whitfiel d" in a narrow column, inherited "anywhere"); a run of
   letters too long for the page scrolls in its own box instead of widening the lesson */
.atl-plan .table-box { overflow-x: auto; max-width: 100%; }
.atl-plan th, .atl-plan td { overflow-wrap: break-word; }
.atl-plan th, .atl-plan td { border: 1px solid #999; padding: 3px 6px; text-align: start; vertical-align: top; }
.atl-plan .summary { font-weight: 600; }
.atl-plan a { color: #1a4f9c; text-decoration: underline; }
</style>"""


def plan_fragment(plan: Plan) -> str:
    """The plan as HTML for the lesson's widget, with links to the lessons that fill the gaps."""
    return FRAGMENT_CSS + '<div class="atl-plan">' + _html_body(plan, link_lessons=True, heading=3) + "</div>"


def data_uri(text: str, mime: str) -> str:
    """A ``data:`` address holding ``text`` (UTF-8), for a download link."""
    payload = base64.b64encode(text.encode("utf-8", "surrogatepass")).decode("ascii")
    return f"data:{mime};charset=utf-8;base64,{payload}"


# ------------------------------------------------------------------ writing
@dataclass(frozen=True)
class ExportResult:
    ok: bool
    message: str
    folder: Path | None = None
    files: tuple[Path, ...] = ()


def _why(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to write there"
    if exc.errno == errno.EROFS:
        return "it is on a read-only disk"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return "a file (not a folder) is in the way"
    return exc.strerror or type(exc).__name__


def _atomic_write(path: Path, text: str) -> None:
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".plan-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8", "surrogatepass"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def resolve_folder(folder_text: object, cwd: Path | None = None) -> tuple[Path | None, str]:
    """(absolute folder, problem) for what the learner typed; relative folders are under ``cwd``."""
    text, problem = check_folder_text(folder_text)
    if problem:
        return None, problem
    if os.name != "nt" and windows_path(text):
        # on a hub (or any Mac or Linux machine) "C:\Users\..." would become a folder of that name here
        return None, (f"“{text}” is a Windows folder, and this course is running on a Mac, on Linux or on a "
                      "workshop's server, where that folder does not exist. Leave the folder as "
                      f"{DEFAULT_FOLDER} and press Export my plan, or keep the plan wherever you like on your "
                      "own computer with the download links below.")
    try:
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            folder = (cwd or Path.cwd()) / folder
        return Path(os.path.normpath(folder)), ""
    except (OSError, RuntimeError, ValueError) as exc:
        return None, f"“{text}” cannot be used as a folder ({exc}). Try my_interview_plan."


def write_plan(plan: Plan, folder_text: object = DEFAULT_FOLDER, name: object = DEFAULT_NAME,
               cwd: Path | None = None) -> ExportResult:
    """Write ``<name>.md`` and ``<name>.html`` into the folder; never raises."""
    folder, problem = resolve_folder(folder_text, cwd)
    if folder is None:
        return ExportResult(False, problem)
    stem = safe_filename(name)
    try:
        if folder.exists() and not folder.is_dir():
            return ExportResult(False, f"Your plan could not be written: {folder} is a file, not a folder. "
                                       "Choose another folder name and press Export my plan again.", folder)
        folder.mkdir(parents=True, exist_ok=True)
        md_path, html_path = path_in(folder, stem, ".md"), path_in(folder, stem, ".html")
        _atomic_write(md_path, plan_markdown(plan))
        _atomic_write(html_path, plan_html(plan))
    except OSError as exc:
        return ExportResult(False, (
            f"Your plan could not be written to the folder {folder}: {_why(exc)}. Choose a folder you can "
            "write to (for example my_interview_plan, or a folder in your home such as ~/Documents/my_interview_plan) "
            "and press Export my plan again. The download links below work either way."), folder)
    except Exception as exc:  # noqa: BLE001 - the learner gets a message, never a traceback
        return ExportResult(False, f"Your plan could not be written to the folder {folder} ({type(exc).__name__}). "
                                   "Try another folder, or use the download links below.", folder)
    return ExportResult(True, f"Your plan was saved in the folder {folder} as {md_path.name} and {html_path.name}.",
                        folder, (md_path, html_path))
