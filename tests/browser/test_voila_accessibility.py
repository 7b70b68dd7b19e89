"""axe-core over every lesson as a Voila app page, colour contrast included: no serious or critical
violations inside the course's widgets."""

from __future__ import annotations

import pytest

from .a11y import run_axe
from .test_voila import NOTEBOOKS, open_page

pytestmark = pytest.mark.browser

PAGES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.parametrize("name", PAGES)
def test_voila_page_widgets_have_no_serious_violations(vpage, voila, name):
    open_page(vpage, voila, name)  # returns once every cell has run and every widget view has rendered
    violations = run_axe(vpage, ".jupyter-widgets")
    assert not violations, violations
    # Contrast is evaluated here (it is not inside JupyterLab): make sure the rule ran on our widgets.
    ran = vpage.evaluate(
        "() => axe.run({include: [['.jupyter-widgets']]}, {runOnly: ['color-contrast'], resultTypes: ['passes']})"
        ".then(r => r.passes.length)"
    )
    assert ran >= 1, "the colour-contrast rule did not run on the widgets"
