"""axe-core over every lesson as an app page (as `make app` serves it), colour contrast included: no serious
or critical violations inside the course's widgets.

Each lesson's app page is rendered once and shared with the app-words check in test_course_surfaces.py
(fixtures.app_lesson)."""

from __future__ import annotations

import pytest

from .a11y import run_axe
from .test_voila import NOTEBOOKS

pytestmark = pytest.mark.browser

PAGES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.parametrize("app_lesson", PAGES, indirect=True)
def test_voila_page_widgets_have_no_serious_violations(app_lesson):
    page = app_lesson.page  # every cell has run and every widget view has rendered
    violations = run_axe(page, ".jupyter-widgets")
    assert not violations, violations
    # Contrast is evaluated here (it is not inside JupyterLab): make sure the rule ran on our widgets.
    ran = page.evaluate(
        "() => axe.run({include: [['.jupyter-widgets']]}, {runOnly: ['color-contrast'], resultTypes: ['passes']})"
        ".then(r => r.passes.length)"
    )
    assert ran >= 1, "the colour-contrast rule did not run on the widgets"
