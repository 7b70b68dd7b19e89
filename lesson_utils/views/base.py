"""A view object: holds its controls (so tests can drive them) and displays as its widget."""

from __future__ import annotations


class View:
    widget = None  # set by subclasses
    #: The page script (see ordered_adds) is sent with every exercise: it keeps text typed in a box that was
    #: not left before a reload, and some exercises' buttons carry the page's text with each click.
    page_script = True

    #: What a screen without widgets shows in place of the exercise (instead of the widget's code-like repr).
    PLAIN = ("[An interactive exercise. If you can read this line, this screen cannot show its buttons: "
             "use the plain-text copy below it, or open the lesson in JupyterLab.]")

    def _repr_mimebundle_(self, **kwargs):
        if self.page_script:
            from .ordered_adds import publish_script
            publish_script()
        widget = self.widget
        if getattr(widget, "comm", None) is not None and getattr(widget, "_view_name", None) is not None:
            # What ipywidgets 8 shows for a widget, without first writing out the whole tree of controls as
            # text (a few milliseconds for an exercise) only to replace that text with PLAIN.
            return {"text/plain": self.PLAIN,
                    "application/vnd.jupyter.widget-view+json": {"version_major": 2, "version_minor": 0,
                                                                 "model_id": widget.model_id}}
        bundle = widget._repr_mimebundle_(**kwargs)
        if isinstance(bundle, dict):
            bundle = dict(bundle)
            bundle["text/plain"] = self.PLAIN
        return bundle

    def __repr__(self) -> str:  # what a learner sees if widgets cannot render
        return (
            f"<{type(self).__name__}: an interactive exercise. If you can read this line instead of "
            "the exercise, widgets are not showing: see the setup check in 00_start_here.>"
        )
