"""Find and build every exercise widget of every notebook, without a browser or a kernel.

A notebook's widget cells are single calls such as ``intro_builder("03.1-introduction")`` on a
name imported in its one setup cell. They are read with :mod:`ast` (never executed as text):
the function is looked up in the lesson module and called with the cell's literal arguments.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import ipywidgets as W
import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _setup_module(nb) -> tuple[str, set[str]] | None:
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lesson_utils"):
                if any(a.name == "*" for a in node.names):  # the one-line setup: the module's __all__
                    return node.module, set(importlib.import_module(node.module).__all__)
                return node.module, {a.asname or a.name for a in node.names}
    return None


def widget_calls(path: Path) -> list[tuple[str, str, tuple, dict]]:
    """(module, function, args, kwargs) for each cell that is one call of an imported name."""
    nb = nbformat.read(path, as_version=4)
    found = _setup_module(nb)
    if not found:
        return []
    module, names = found
    calls = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
            continue
        call = tree.body[0].value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in names):
            continue
        try:
            args = tuple(ast.literal_eval(a) for a in call.args)
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
        except ValueError:
            continue
        calls.append((module, call.func.id, args, kwargs))
    return calls


def build(module: str, func: str, args: tuple, kwargs: dict):
    """Call the function; return the root widget if the result is an exercise, else None."""
    obj = getattr(importlib.import_module(module), func)(*args, **kwargs)
    if isinstance(obj, W.Widget):
        return obj
    widget = getattr(obj, "widget", None)
    return widget if isinstance(widget, W.Widget) else None


def walk(widget: W.Widget):
    """Every widget in the tree under ``widget`` (boxes, tabs, accordions)."""
    seen = set()
    stack = [widget]
    while stack:
        w = stack.pop()
        if id(w) in seen:
            continue
        seen.add(id(w))
        yield w
        for child in getattr(w, "children", ()) or ():
            if isinstance(child, W.Widget):
                stack.append(child)


def exercise_cases():
    """(notebook name, module, function, args, kwargs) for every widget cell of the course."""
    for path in NOTEBOOKS:
        for module, func, args, kwargs in widget_calls(path):
            yield path.name, module, func, args, kwargs
