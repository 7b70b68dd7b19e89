"""Thin ipywidgets views over the pure logic in :mod:`lesson_utils`.

Only this sub-package (and :mod:`lesson_utils.lessons`, which re-exports it for
the notebooks) imports ipywidgets.
"""
