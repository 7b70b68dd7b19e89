"""The course's surfaces: plain-text copies (no spoilers, dated, none in the app), the package's layering,
the notebooks' folded copies, and the server configuration `make start` uses."""

from __future__ import annotations

import ast
import json
import runpy
from pathlib import Path

import pytest

from lesson_utils.lessons import common, lesson02, lesson04, lesson06
from lesson_utils.store import Store
from lesson_utils.views.text_exercise import TextExercise

ROOT = Path(__file__).resolve().parents[1]
PURE = sorted(p for p in (ROOT / "lesson_utils").glob("*.py"))


@pytest.mark.parametrize("path", PURE, ids=lambda p: p.name)
def test_pure_modules_never_import_views_or_widgets(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            name = ("." * node.level) + (node.module or "")
            assert "views" not in name and "lessons" not in name and "ipywidgets" not in name, name
        elif isinstance(node, ast.Import):
            assert all("ipywidgets" not in a.name for a in node.names)


@pytest.mark.parametrize("path", sorted((ROOT / "lesson_utils/views").glob("*.py")), ids=lambda p: p.name)
def test_views_never_import_the_lessons(path):
    """The lessons reach the widgets, never the other way round."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            name = ("." * node.level) + (node.module or "")
            assert "lessons" not in name, name


@pytest.mark.parametrize("call, spoilers", [
    (lambda s: lesson04.print_quiz(store=s), ("Right.", "Not quite.", "The best answer")),
    (lambda s: lesson02.print_quiz(store=s), ("Right.", "Not quite.", "The best answer")),
    (lambda s: lesson02.print_spot_feedback(store=s), ("Right:", "Not quite:", "(scene")),
    (lambda s: lesson06.print_my_meeting(store=s), ("offers", "▼", "play(")),
])
def test_copies_give_nothing_away_before_an_answer_is_saved(tmp_path, capsys, monkeypatch, call, spoilers):
    for name in common.APP_MARKERS:
        monkeypatch.delenv(name, raising=False)
    call(Store(tmp_path))
    out = capsys.readouterr().out
    assert out.startswith("Plain-text copy of") and "when you had saved nothing here yet" in out
    for word in spoilers:
        assert word not in out


@pytest.mark.parametrize("marker", common.APP_MARKERS)
def test_no_copy_in_the_app(tmp_path, capsys, monkeypatch, marker):
    monkeypatch.setenv(marker, "1")
    lesson04.print_quiz(store=Store(tmp_path))
    lesson02.print_story()
    assert capsys.readouterr().out == ""


def test_copy_says_when_it_was_saved_and_choose_answers_without_buttons(tmp_path, capsys, monkeypatch):
    for name in common.APP_MARKERS:
        monkeypatch.delenv(name, raising=False)
    store = Store(tmp_path)
    lesson04.choose(1, 1, store=store)
    out = capsys.readouterr().out
    assert out.startswith("Question 1: ") and ("Right." in out or "Not quite." in out)
    lesson04.choose(99, 1, store=store)
    assert "There are questions 1 to" in capsys.readouterr().out
    lesson04.print_quiz(store=store)
    out = capsys.readouterr().out
    record = store.load("04.9-quiz")
    assert f"as saved at {common.clock(record.saved_at)}" in out and "Your saved answers" in out


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "notebooks").glob("0*.ipynb")))
def test_copies_are_folded_and_ask_nothing_of_code(name):
    nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    cells = nb["cells"]
    for i, cell in enumerate(cells):
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if cell["cell_type"] == "code" and src.startswith("print_"):
            assert cell["metadata"]["jupyter"] == {"source_hidden": True}
            assert "plain-text-copy" in cells[i - 1]["metadata"]["tags"]
        if cell["cell_type"] == "markdown":
            assert "change `" not in src.lower() and "change the number" not in src.lower()
    code = "\n".join(c["source"] if isinstance(c["source"], str) else "".join(c["source"])
                     for c in cells if c["cell_type"] == "code")
    assert "save_plan()" not in code and "print(play([" not in code


def test_empty_save_says_nothing_to_save_and_not_saved(tmp_path):
    ex = TextExercise("01.1-who-to-learn-from", "t", [("a", "A", "")], store=Store(tmp_path))
    ex.boxes["a"].value = "Someone in UX research"
    assert "Saved at" in ex.saver.widget.value
    ex.boxes["a"].value = ""
    ex.save_button.click()
    assert "Nothing to save yet" in ex.feedback.value and "Saved" not in ex.saver.widget.value


class _Cfg(dict):
    """A stand-in for Jupyter's config object: any attribute path can be set and read back."""

    def __getattr__(self, name):
        return self.setdefault(name, _Cfg())

    def __setattr__(self, name, value):
        self[name] = value


def _server_config(cfg: "_Cfg | None" = None) -> dict:
    """Run make start's server configuration; returns its namespace (``strip_outputs``...)."""
    cfg = _Cfg() if cfg is None else cfg
    return runpy.run_path(str(ROOT / "config" / "jupyter_server_config.py"), init_globals={"get_config": lambda: cfg})


def test_server_config_strips_outputs_and_culls_kernels():
    cfg = _Cfg()
    ns = _server_config(cfg)
    assert cfg.ServerApp.default_url.endswith("/00_start_here.ipynb")
    assert cfg.LabApp.default_url.endswith("/00_start_here.ipynb")
    assert cfg.MappingKernelManager.cull_idle_timeout > 0 and cfg.MappingKernelManager.cull_interval > 0
    model = {"type": "notebook", "content": {"metadata": {"widgets": {"x": 1}}, "cells": [
        {"cell_type": "code", "outputs": [{"output_type": "stream"}], "execution_count": 4, "metadata": {}}]}}
    ns["strip_outputs"](model)
    assert model["content"] == {"metadata": {}, "cells": [
        {"cell_type": "code", "outputs": [], "execution_count": None, "metadata": {}}]}
    overrides = json.loads((ROOT / "config" / "lab" / "overrides.json").read_text())
    assert overrides["@jupyterlab/notebook-extension:tracker"]["kernelShutdown"] is True


@pytest.mark.parametrize("texts", [
    ["What does a typical week look like for you?", "How did you get your first job in nursing?",
     "Which skills does a nurse need most?", "Who else would you suggest I talk to?"],
    ["How did you get your first job in nursing?", "Which skills does a nurse need most?"],
    [],
])
def test_done_message_counts_kinds_as_the_coverage_panel_does(texts):
    from lesson_utils import drafter as D

    questions = ()
    for t in texts:
        questions = D.add(questions, t).questions
    shown = f"{len(D.coverage(questions).covered)} of 6 kinds"
    assert shown in D.done_message(questions) and shown in D.coverage(questions).summary


@pytest.mark.parametrize("findings, ready", [
    ([], None),
    ([("fix", "x")], False),
    ([("info", "flex_place_missing")], False),
    ([("info", "no_thanks"), ("good", "g")], False),
    ([("good", "g")], True),
    ([("good", "g"), ("info", "long_text")], True),
])
def test_ready_to_send_only_when_nothing_is_left_to_improve(findings, ready):
    from lesson_utils.intro import Finding
    from lesson_utils.request_email import MessageResult
    from lesson_utils.views.request_email import _summary

    fields = {f: None for f in MessageResult.__dataclass_fields__ if f != "findings"}
    result = MessageResult(**fields, findings=tuple(Finding(k, c, "t") for k, c in findings))
    text = _summary(result)
    if ready is None:
        assert text == ""
    else:
        assert ("ready to send" in text) is ready


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_a_lesson_saved_after_a_run_is_byte_for_byte_the_shipped_file(name):
    """Save as JupyterLab does (the kernel's language details and outputs filled in, then the server's
    pre-save hook, then nbformat.write): the file must come out exactly as it is in git."""
    import nbformat

    ns = _server_config()
    path = ROOT / "notebooks" / name
    shipped = path.read_text(encoding="utf-8")
    nb = nbformat.reads(shipped, as_version=4)
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.7", "mimetype": "text/x-python",
                                    "codemirror_mode": {"name": "ipython", "version": 3}}
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.v4.new_output("stream", text="hello")]
            cell.execution_count = 3
    model = {"type": "notebook", "content": nb}
    ns["strip_outputs"](model)
    assert nbformat.writes(model["content"], version=nbformat.NO_CONVERT) + "\n" == shipped


def test_the_lab_settings_are_the_same_wherever_they_are_read(tmp_path):
    """`make` (and a hub's setup) writes the course's JupyterLab settings into the environment, and
    `make start`'s server reads config/lab: the two agree (they once differed on autosave, so `make start`
    saved every two minutes while the docs said it never did). Autosave is on, as the pre-save hook keeps
    the files as shipped. It is a course module, not a test helper."""
    import json
    from lesson_utils.lab_settings import LAB_OVERRIDES, write_lab_overrides
    path = write_lab_overrides(str(tmp_path))
    data = json.loads(path.read_text())
    assert data == LAB_OVERRIDES == json.loads((ROOT / "config" / "lab" / "overrides.json").read_text())
    assert data["@jupyterlab/notebook-extension:tracker"]["kernelShutdown"] is True
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    assert "-m lesson_utils.lab_settings" in makefile and "tests/browser" not in makefile


def test_choose_numbers_answers_as_the_buttons_and_the_printed_list_show_them(tmp_path, capsys, monkeypatch):
    """The plain-text list once numbered answers in the data's order while the buttons showed them shuffled, so
    choose(1, 2) picked a different answer from the second one on screen."""
    from lesson_utils.quiz import display_orders, quiz_for
    from lesson_utils.views.quiz import QuizView
    for name in common.APP_MARKERS:
        monkeypatch.delenv(name, raising=False)
    quiz = quiz_for("04.9-quiz")
    q = quiz.questions[0]
    shown = [text for text, _ in QuizView(quiz, Store(tmp_path / "w")).radios[0].options]
    printed = common.quiz_questions_text(quiz)
    for n, text in enumerate(shown, 1):
        assert f"   {n}) {text}" in printed
    store = Store(tmp_path)
    lesson04.choose(1, 2, store=store)
    capsys.readouterr()
    assert store.load("04.9-quiz").value["answers"][q.id] == display_orders(quiz)[q.id][1]
    assert q.options[store.load("04.9-quiz").value["answers"][q.id]].text == shown[1]


class _Disk:
    """A contents manager's one method the hook uses: where a notebook lives on disk."""

    def __init__(self, folder):
        self.folder = folder

    def _get_os_path(self, path):
        return str(self.folder / path)


def _unfold(cell):
    cell.metadata.pop("jupyter", None)  # what running a folded copy (or unfolding it) does


def _edit(cell):
    _unfold(cell)
    cell.source += "\n# my note"


@pytest.mark.parametrize("change, same_as_shipped", [
    (lambda nb: None, True),
    (lambda nb: [_unfold(c) for c in nb.cells if c.metadata.get("jupyter")], True),
    (lambda nb: [c.metadata.update(collapsed=True) for c in nb.cells if c.cell_type == "code"], True),
    (lambda nb: nb.metadata.update(kernelspec={"name": "python3", "display_name": "Python 3", "language": "python"}), True),
    (lambda nb: _edit(next(c for c in nb.cells if c.metadata.get("jupyter"))), False),
    (lambda nb: nb.cells.append(__import__("nbformat").v4.new_code_cell("print('mine')")), False),
])
def test_a_save_writes_an_unedited_lesson_back_as_shipped(tmp_path, change, same_as_shipped):
    """Running a folded plain-text copy unfolds it, and a save then wrote the unfolding into the lesson
    file (a walker's git status showed 02 modified). Cells the learner did not edit keep their metadata as
    on disk; an edited cell keeps the learner's."""
    import shutil

    import nbformat

    ns = _server_config()
    name = "02_the_meeting_that_went_wrong.ipynb"
    shutil.copy(ROOT / "notebooks" / name, tmp_path / name)
    shipped = (tmp_path / name).read_text(encoding="utf-8")
    nb = nbformat.reads(shipped, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.v4.new_output("stream", text="hello")]
            cell.execution_count = 3
    change(nb)
    model = {"type": "notebook", "content": nb}
    ns["strip_outputs"](model, path=name, contents_manager=_Disk(tmp_path))
    written = nbformat.writes(model["content"], version=nbformat.NO_CONVERT) + "\n"
    assert (written == shipped) is same_as_shipped
    assert all(not c.get("outputs") for c in model["content"].cells)
    if not same_as_shipped and any("# my note" in c.source for c in model["content"].cells):
        edited = next(c for c in model["content"].cells if "# my note" in c.source)
        assert "jupyter" not in edited.metadata  # the learner's own cell keeps the learner's state


@pytest.mark.parametrize("disk_text", [None, "", "not json", "[]", '{"cells": "x"}'])
def test_the_save_hook_strips_even_when_the_file_on_disk_is_missing_or_damaged(tmp_path, disk_text):
    ns = _server_config()
    if disk_text is not None:
        (tmp_path / "x.ipynb").write_text(disk_text)
    model = {"type": "notebook", "content": {"metadata": {"widgets": {}}, "cells": [
        {"cell_type": "code", "id": "a", "source": "1", "outputs": [{"output_type": "stream"}], "execution_count": 1,
         "metadata": {}}]}}
    ns["strip_outputs"](model, path="x.ipynb", contents_manager=_Disk(tmp_path))
    assert model["content"]["cells"][0]["outputs"] == [] and "widgets" not in model["content"]["metadata"]
