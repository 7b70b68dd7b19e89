"""lesson_utils.save_hook, table-style: what a save writes into a lesson file."""

import json

import pytest

from lesson_utils.save_hook import clean_for_save, read_notebook


def _nb(*cells, metadata=None):
    return {"metadata": metadata if metadata is not None else {"kernelspec": {"name": "python3"}},
            "nbformat": 4, "nbformat_minor": 5, "cells": [dict(c) for c in cells]}


FOLDED = {"cell_type": "code", "id": "a", "source": "print_story()", "metadata": {"jupyter": {"source_hidden": True}}}
TEXT = {"cell_type": "markdown", "id": "b", "source": "Some text", "metadata": {}}


def _ran(cell, **meta):
    out = json.loads(json.dumps(cell))
    if out["cell_type"] == "code":
        out["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x"}]
        out["execution_count"] = 7
    out["metadata"] = meta
    return out


@pytest.mark.parametrize("saved, on_disk, expected_meta", [
    # unfolded by running it, nothing else changed: the fold comes back from disk
    (_nb(_ran(FOLDED), _ran(TEXT)), _nb(FOLDED, TEXT), FOLDED["metadata"]),
    # collapsed output, execution timings: back as on disk
    (_nb(_ran(FOLDED, collapsed=True, execution={"t": 1}), TEXT), _nb(FOLDED, TEXT), FOLDED["metadata"]),
    # the learner edited the cell: their cell keeps its own metadata
    (_nb(dict(_ran(FOLDED), source="print_story()  # mine"), TEXT), _nb(FOLDED, TEXT), {}),
    # nothing on disk (a new notebook): outputs go, metadata stays as sent
    (_nb(_ran(FOLDED, collapsed=True), TEXT), None, {"collapsed": True}),
])
def test_clean_for_save(saved, on_disk, expected_meta):
    clean_for_save(saved, on_disk)
    code = saved["cells"][0]
    assert code["outputs"] == [] and code["execution_count"] is None
    assert code["metadata"] == expected_meta


def test_an_unedited_notebook_gets_its_own_metadata_back():
    saved = _nb(_ran(FOLDED), TEXT, metadata={"kernelspec": {"name": "other"}, "widgets": {"x": 1},
                                              "language_info": {"name": "python", "version": "3.11"}})
    clean_for_save(saved, _nb(FOLDED, TEXT))
    assert saved["metadata"] == {"kernelspec": {"name": "python3"}}


def test_an_edited_notebook_keeps_its_metadata_less_widgets_and_language_details():
    saved = _nb(_ran(FOLDED), TEXT, dict(TEXT, id="c"), metadata={"widgets": {"x": 1},
                                                                  "language_info": {"name": "python", "version": "3.11"}})
    clean_for_save(saved, _nb(FOLDED, TEXT))
    assert saved["metadata"] == {"language_info": {"name": "python"}}


@pytest.mark.parametrize("content", [None, "", "not json", "[]", '{"cells": "x"}', "{}"])
def test_read_notebook_gives_none_for_anything_but_a_notebook(tmp_path, content):
    path = tmp_path / "x.ipynb"
    if content is not None:
        path.write_text(content)
    assert read_notebook(path) is None


def test_read_notebook_reads_a_lesson():
    from pathlib import Path
    nb = read_notebook(Path(__file__).resolve().parents[1] / "notebooks" / "00_start_here.ipynb")
    assert nb and nb["cells"]
