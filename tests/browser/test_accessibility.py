"""axe-core over the course's widgets in JupyterLab: no serious or critical violations caused by our widgets."""

from __future__ import annotations

import pytest

from . import lab_driver
from .a11y import run_axe

NOTEBOOKS = sorted((lab_driver.ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.browser


# The lesson's Run All is shared with test_lab_smoke.py (see ``lab_lesson`` in fixtures.py).
@pytest.mark.parametrize("lab_lesson", NOTEBOOKS, ids=lambda p: p.name, indirect=True)
def test_widgets_have_no_serious_violations(lab_lesson):
    violations = run_axe(lab_lesson.page, ".jupyter-widgets")
    assert not violations, violations


def test_axe_can_fail(page, lab):
    """The audit must be able to fail: an unlabelled icon-only button is reported."""
    lab_driver.open_notebook(page, lab, "notebooks/00_start_here.ipynb")
    page.evaluate(
        "() => { const d = document.createElement('div'); d.className = 'jupyter-widgets a11y-probe';"
        " d.innerHTML = '<button class=\"jupyter-button\"><i class=\"fa fa-check\"></i></button>';"
        " document.querySelector('.jp-Notebook').appendChild(d); }"
    )
    violations = run_axe(page, ".a11y-probe")
    assert any(v["id"] == "button-name" for v in violations), violations
