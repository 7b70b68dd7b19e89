"""The hub configuration's pre-save hook (no hub needed; runs with make test-classroom).

The learners' servers read a configuration file the hub writes; its hook must strip a course
notebook exactly as `make start`'s does, and leave a learner's own notebooks alone.
"""

from __future__ import annotations

import copy
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HUB_CONFIG = ROOT / "instructors" / "hub" / "jupyterhub_config.py"

pytestmark = pytest.mark.classroom


class Cfg(dict):
    """Enough of traitlets' Config for the configuration files: attributes make sections."""

    def __getattr__(self, key):
        return self.setdefault(key, Cfg())

    def __setattr__(self, key, value):
        self[key] = value

    def update(self, *args, **kwargs):  # c.Spawner.environment.update(...)
        dict.update(self, *args, **kwargs)


@pytest.fixture
def hub_cfg(tmp_path, monkeypatch):
    monkeypatch.setenv("ASK_TO_LEARN_HUB_TRIAL_DIR", str(tmp_path / "trial"))
    cfg = Cfg()
    runpy.run_path(str(HUB_CONFIG), init_globals={"get_config": lambda: cfg})
    return cfg


def _server_hook(hub_cfg):
    folder = Path(hub_cfg.Spawner.environment["JUPYTER_CONFIG_PATH"])
    server_cfg = Cfg()
    runpy.run_path(str(folder / "jupyter_server_config.py"), init_globals={"get_config": lambda: server_cfg})
    return server_cfg.FileContentsManager.pre_save_hook


def _run_model() -> dict:
    return {"type": "notebook", "content": {
        "metadata": {"widgets": {"state": {}}, "language_info": {"name": "python", "version": "3.11"},
                     "kernelspec": {"name": "python3"}},
        "cells": [{"cell_type": "code", "outputs": [{"output_type": "stream", "text": "hi"}],
                   "execution_count": 3, "metadata": {"execution": {"x": 1}}, "source": "1"},
                  {"cell_type": "markdown", "metadata": {}, "source": "text"}]}}


class FakeContents:
    def __init__(self, root: Path):
        self.root_dir = str(root)


def _course(home: Path) -> Path:
    (home / "ask-to-learn" / "lesson_utils").mkdir(parents=True)
    (home / "ask-to-learn" / "notebooks").mkdir()
    return home


def test_the_servers_read_a_config_folder_with_the_hook(hub_cfg):
    folder = Path(hub_cfg.Spawner.environment["JUPYTER_CONFIG_PATH"])
    assert (folder / "jupyter_server_config.py").is_file()
    assert callable(_server_hook(hub_cfg))


def test_a_course_notebook_is_saved_as_make_start_saves_it(hub_cfg, tmp_path):
    hook = _server_hook(hub_cfg)
    home = _course(tmp_path / "home")
    model = _run_model()
    hook(model=model, path="ask-to-learn/notebooks/04_drafting_questions.ipynb", contents_manager=FakeContents(home))
    start_cfg = Cfg()
    ns = runpy.run_path(str(ROOT / "config" / "jupyter_server_config.py"), init_globals={"get_config": lambda: start_cfg})
    expected = _run_model()
    ns["strip_outputs"](expected)
    assert model == expected
    cell = model["content"]["cells"][0]
    assert cell["outputs"] == [] and cell["execution_count"] is None
    assert "widgets" not in model["content"]["metadata"]


@pytest.mark.parametrize("path", [
    "my-notes.ipynb",                              # the learner's own notebook in their home
    "ask-to-learn/my-own/analysis.ipynb",          # inside the course folder, but not a lesson
    "other-course/notebooks/lesson.ipynb",         # a notebooks/ folder without lesson_utils beside it
])
def test_a_learners_own_notebook_keeps_its_outputs(hub_cfg, tmp_path, path):
    hook = _server_hook(hub_cfg)
    home = _course(tmp_path / "home")
    (home / "other-course" / "notebooks").mkdir(parents=True)
    model = _run_model()
    before = copy.deepcopy(model)
    hook(model=model, path=path, contents_manager=FakeContents(home))
    assert model == before


def test_files_that_are_not_notebooks_are_left_alone(hub_cfg, tmp_path):
    hook = _server_hook(hub_cfg)
    model = {"type": "file", "content": "text"}
    hook(model=model, path="ask-to-learn/README.md", contents_manager=FakeContents(_course(tmp_path / "h")))
    assert model == {"type": "file", "content": "text"}


def test_an_unfolded_lesson_is_saved_back_as_shipped_on_the_hub(hub_cfg, tmp_path):
    """Running a folded plain-text copy unfolds it; the save must not write that into the lesson file
    (the next nbgitpuller click would have to merge it)."""
    import json

    hook = _server_hook(hub_cfg)
    home = _course(tmp_path / "home")
    name = "02_the_meeting_that_went_wrong.ipynb"
    shipped = (ROOT / "notebooks" / name).read_text(encoding="utf-8")
    (home / "ask-to-learn" / "notebooks" / name).write_text(shipped, encoding="utf-8")
    nb = json.loads(shipped)
    for cell in nb["cells"]:
        cell["metadata"].pop("jupyter", None)
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [{"output_type": "stream", "name": "stdout", "text": "x"}], 2
    model = {"type": "notebook", "content": nb}
    hook(model=model, path=f"ask-to-learn/notebooks/{name}", contents_manager=FakeContents(home))
    assert model["content"] == json.loads(shipped)
