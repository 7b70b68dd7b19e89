"""A view object: holds its controls (so tests can drive them) and displays as its widget."""

from __future__ import annotations


class View:
    widget = None  # set by subclasses

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def __repr__(self) -> str:  # what a learner sees if widgets cannot render
        return (
            f"<{type(self).__name__}: an interactive exercise. If you can read this line instead of "
            "the exercise, widgets are not showing: see the setup check in 00_start_here.>"
        )
