"""Run axe-core (the copy bundled by the axe-playwright-python package) in a page."""

from __future__ import annotations

from importlib import resources

from . import lab_driver

SERIOUS = ("serious", "critical")


def axe_source() -> str:
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def run_axe(page, include: str | None = ".jupyter-widgets", rules_off: tuple[str, ...] = ()) -> list[dict]:
    """Serious or critical violations inside ``include`` (the whole page when None)."""
    if include:
        # axe fails ("No elements found for include") if it runs before the widgets are there.
        lab_driver.wait_visible(page.locator(include), f"{include!r} to be on the page before the audit", 60,
                                state="attached")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    context = {"include": [[include]]} if include else "document"
    options = {"resultTypes": ["violations"]}
    if rules_off:
        options["rules"] = {r: {"enabled": False} for r in rules_off}
    result = page.evaluate("([ctx, opts]) => axe.run(ctx, opts)", [context, options])
    out = []
    for v in result["violations"]:
        if v.get("impact") in SERIOUS:
            nodes = [n.get("target") for n in v.get("nodes", [])][:5]
            out.append({"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": nodes})
    return out
