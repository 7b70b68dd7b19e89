"""Learner-facing text says "1 question" and "2 questions", never "question(s)" (a programmer's plural)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from .test_one_voice import _strings  # every string value of a JSON document

ROOT = Path(__file__).resolve().parents[1] / "lesson_utils"
PLURAL = re.compile(r"[A-Za-z]\(s\)")


def test_no_programmer_plurals_in_learner_text():
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                    and PLURAL.search(node.value)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    for path in sorted(ROOT.rglob("*.json")):
        for text in _strings(json.loads(path.read_text(encoding="utf-8"))):
            if PLURAL.search(text):
                found.append(f"{path.relative_to(ROOT)}: {text[:60]!r}")
    assert not found, found
