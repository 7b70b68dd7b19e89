"""The app's home page (the Voila tree template) says where to go next from the learner's progress."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

jinja2 = pytest.importorskip("jinja2")

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [ROOT / "config/voila/templates/course/tree.html", ROOT / "config/voila/templates/course/tree-lab.html"]


def _rows(statuses):
    from lesson_utils.course import lessons
    return [SimpleNamespace(lesson=lesson, status=status, done=0) for lesson, status in zip(lessons(), statuses)]


def _render(path, statuses):
    env = jinja2.Environment(autoescape=True, loader=jinja2.FileSystemLoader(str(path.parent)))
    return env.get_template(path.name).render(
        course_rows=_rows(statuses), base_url="/", contents={"content": []})


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
@pytest.mark.parametrize("statuses, says, never", [
    (["not_started"] * 9, "Start with lesson 00.", "Next: lesson"),
    (["done", "done", "in_progress"] + ["not_started"] * 6, "Next: lesson 02", "Start with lesson 00"),
    (["done"] * 9, "Every lesson is done.", "Start with lesson 00"),
])
def test_the_home_page_points_to_the_next_lesson(path, statuses, says, never):
    """It once said "Start with lesson 00" to a learner who had finished lesson 00."""
    html = _render(path, statuses)
    assert says in html and never not in html
