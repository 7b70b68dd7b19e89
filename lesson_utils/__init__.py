"""Ask to Learn: the package behind the course notebooks.

Importing this package is cheap on purpose: the notebooks import only the
lesson module they need (``from lesson_utils.lessons.lesson01 import ...``),
and pure logic lives in modules that never import ipywidgets.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
