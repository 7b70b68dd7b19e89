"""Every notebook, read with nbformat (nothing executed): clean, well formed, and built like a lesson."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import nbformat
import pytest

from lesson_utils.course import lessons

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
LESSONS = [p for p in NOTEBOOKS if re.match(r"0[1-9]_", p.name)]
EXERCISE_ID = re.compile(r"""["'](\d{2}\.\d+-[a-z0-9]+(?:-[a-z0-9]+)*)["']""")
MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HTML_HREF = re.compile(r"""<(a|img)\b([^>]*)>""", re.I)


def read(path: Path):
    return nbformat.read(path, as_version=4)


def markdown_without_code(text: str) -> str:
    return re.sub(r"```.*?```", "", text, flags=re.S)


def ids(path: Path) -> set[str]:
    nb = read(path)
    return {m for c in nb.cells if c.cell_type == "code" for m in EXERCISE_ID.findall(c.source)}


def test_there_are_notebooks():
    assert (ROOT / "notebooks" / "00_start_here.ipynb") in NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_clean_and_valid(path):
    nb = read(path)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    assert "widgets" not in nb.metadata
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], "outputs are stored"
            assert cell.execution_count is None, "an execution count is stored"
            for banned in ("input(", "sys.path", "!pip", "%pip", "eval(", "exec(", "pickle"):
                assert banned not in cell.source, f"{banned} in a code cell"
    text = path.read_text(encoding="utf-8")
    for absolute in ("/root/", "/tmp/", "/home/", "C:\\\\"):
        assert absolute not in text


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_one_h1_in_the_first_cell_with_navigation(path):
    nb = read(path)
    h1 = []
    for n, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        body = markdown_without_code(cell.source)
        h1 += [n for line in body.splitlines() if re.match(r"#\s", line)]
        h1 += [n for _ in re.findall(r"<h1\b", body, re.I)]
    assert h1 == [0], f"H1 headings in cells {h1}"
    if path.name != "00_start_here.ipynb":
        assert "[Contents](00_start_here.ipynb)" in nb.cells[0].source
        return
    # Lesson 00 is the contents page: its link goes to the course map on the same page, not to itself.
    assert "(00_start_here.ipynb)" not in nb.cells[0].source
    anchor = re.search(r"\[Contents[^\]]*\]\(#([^)]+)\)", nb.cells[0].source)
    assert anchor, "lesson 00's first cell has no Contents link"
    headings = {
        re.sub(r"\s+", "-", line.lstrip("#").strip())
        for cell in nb.cells if cell.cell_type == "markdown"
        for line in cell.source.splitlines() if re.match(r"#{1,6}\s", line)
    }
    assert anchor.group(1) in headings, f"#{anchor.group(1)} names no heading in lesson 00"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_skeleton(path):
    nb = read(path)
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert re.search(r"^##\s+Learning objectives", md, re.M | re.I)
    assert re.search(r"\*\*Time:\*\*\s*~?\s*\d+\s*min", md)
    assert re.search(r"\*\*Before this:\*\*", md)
    assert re.search(r"^##\s+Key points", md, re.M | re.I)
    assert re.search(r"^##\s+Check your understanding", md, re.M | re.I)
    assert re.search(r"^##\s+What's next", md, re.M | re.I)
    setup = [c for c in nb.cells if c.cell_type == "code" and re.search(r"^\s*(from|import)\s", c.source, re.M)]
    assert len(setup) == 1, "exactly one setup cell imports"
    assert "lesson_utils" in setup[0].source
    for c in nb.cells:
        if c.cell_type == "code":
            assert not re.search(r"^\s*(def|class)\s", c.source, re.M), "nothing is defined in notebooks"
    # Each exercise has a sample answer or worked solution folded away.
    n_exercises = len(re.findall(r"^###\s+Exercise\s", md, re.M))
    assert n_exercises >= 1
    assert md.count("<details>") >= 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_links_resolve_and_images_have_alt_text(path):
    nb = read(path)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        body = markdown_without_code(cell.source)
        targets = []
        for bang, label, target in MD_LINK.findall(body):
            if bang:
                assert label.strip(), f"image without alt text: {target}"
            targets.append(target)
        for tag, attrs in HTML_HREF.findall(body):
            if tag.lower() == "img":
                assert re.search(r'alt="[^"]+"', attrs), f"<img> without alt text: {attrs}"
            m = re.search(r'(?:href|src)="([^"]+)"', attrs)
            if m:
                targets.append(m.group(1))
        for target in targets:
            if re.match(r"^(https?:|mailto:|#)", target):
                continue
            file_part = target.split("#")[0].split("?")[0]
            assert (path.parent / file_part).exists(), f"broken link: {target}"


def test_exercise_ids_unique_and_match_the_course_map():
    where = defaultdict(set)
    for path in NOTEBOOKS:
        for eid in ids(path):
            where[eid].add(path.name)
    twice = {e: sorted(p) for e, p in where.items() if len(p) > 1}
    assert not twice, f"exercise ids used in more than one notebook: {twice}"
    by_file = {l.file: set(l.exercises) for l in lessons()}
    for path in NOTEBOOKS:
        assert path.name in by_file, f"{path.name} is not in course.json"
        assert ids(path) == by_file[path.name], f"{path.name}: notebook ids differ from course.json"


def test_notebooks_match_their_sources():
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "build_notebooks.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    sources = {p.stem for p in (ROOT / "tools" / "notebook_sources").glob("*.py")}
    assert sources == {p.stem for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_internal_ids_in_the_lesson_text(path):
    """The simulator's line ids (`intro_clear`, `smalltalk_brief`...) are internal names: a sample answer
    says what to do in words, never which id to pick."""
    ids = set(re.findall(r'"id": "([a-z]+_[a-z_]+)"', (ROOT / "lesson_utils" / "data" / "simulator.json").read_text()))
    assert len(ids) > 20
    text = "\n".join(c.source for c in read(path).cells if c.cell_type == "markdown")
    found = sorted(i for i in ids if re.search(rf"(?<![a-z_]){i}(?![a-z_])", text))
    assert not found, found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_setup_line_brings_every_name_the_lesson_uses(path):
    """The setup cell is one line (`from lesson_utils.lessons.lessonNN import *`), not a list of function
    names; every name a later cell calls is in that module's __all__."""
    import ast
    import importlib
    cells = [c.source for c in read(path).cells if c.cell_type == "code"]
    setup = [s for s in cells if s.startswith("from lesson_utils.lessons.")]
    assert len(setup) == 1 and setup[0].count("\n") == 0 and "import *" in setup[0], setup
    module = importlib.import_module(setup[0].split()[1])
    used = {n.func.id for s in cells if s is not setup[0] for n in ast.walk(ast.parse(s))
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert used and used <= set(module.__all__), used - set(module.__all__)
