"""A lesson is served with the kernel's full language details, so its tab opens without "unsaved changes"."""

import asyncio
import json

import pytest

from lesson_utils.lab_contents import fill_language_info, kernel_language_info


def test_the_details_are_those_the_kernel_reports():
    from ipykernel.ipkernel import IPythonKernel
    assert kernel_language_info() == IPythonKernel.language_info


PY = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}}


@pytest.mark.parametrize("metadata, filled", [
    ({**PY, "language_info": {"name": "python"}}, True),          # as the lessons ship
    (dict(PY), True),                                               # no language details at all
    ({"language_info": {"name": "python", "version": "3.8.0"}}, True),
    ({"kernelspec": {"language": "R", "name": "ir"}, "language_info": {"name": "R"}}, False),
    ({"language_info": {"name": "julia"}}, False),
])
def test_a_python_notebook_gets_the_details_and_others_are_left_alone(metadata, filled):
    nb = {"metadata": json.loads(json.dumps(metadata)), "cells": []}
    fill_language_info(nb)
    assert (nb["metadata"].get("language_info") == kernel_language_info()) is filled
    if not filled:
        assert nb["metadata"] == metadata


@pytest.mark.parametrize("odd", [None, "text", [], {"metadata": "x"}, {}])
def test_odd_notebooks_are_left_alone(odd):
    before = json.dumps(odd)
    fill_language_info(odd)  # never raises, and changes nothing it cannot read
    assert json.dumps(odd) == before


def _run(coroutine):
    """Run ``coroutine`` to its end in a thread of its own: in the whole suite another event loop may already run in
    this thread (asyncio.run then refuses)."""
    import threading
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("value", asyncio.run(coroutine)))
    worker.start()
    worker.join()
    return out["value"]


def test_the_contents_manager_serves_lessons_with_the_details_and_leaves_the_file_as_it_is(tmp_path):
    from lesson_utils.lab_contents import CourseContentsManager
    shipped = {"cells": [], "metadata": {**PY, "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "lesson.ipynb").write_text(json.dumps(shipped), encoding="utf-8")
    manager = CourseContentsManager(root_dir=str(tmp_path))
    model = _run(manager.get("lesson.ipynb"))
    assert model["content"]["metadata"]["language_info"] == kernel_language_info()
    listing = _run(manager.get("lesson.ipynb", content=False))
    assert listing["content"] is None
    assert json.loads((tmp_path / "lesson.ipynb").read_text(encoding="utf-8")) == shipped
