"""What JupyterLab is served when it opens a lesson: the notebook with the kernel's full language details.

A lesson file keeps only ``{"name": "python"}`` as its language (``save_hook.py``), so that ``git pull`` never
has to merge a Python version. When the kernel starts, JupyterLab writes the kernel's full details into the
open notebook, and the tab shows "unsaved changes" before the learner has done anything (a walker asked what
they had changed). Served with the same details the kernel will report, the notebook opens clean.

``fill_language_info`` is pure; ``CourseContentsManager`` is the server's usual contents manager with that one
change, named in ``config/jupyter_server_config.py`` and the hub's server configuration.
"""

from __future__ import annotations

import sys


def kernel_language_info() -> dict:
    """The language details a Python kernel of this interpreter reports (as ipykernel words them)."""
    return {"name": "python", "version": sys.version.split()[0], "mimetype": "text/x-python",
            "codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
            "pygments_lexer": f"ipython{sys.version_info[0]}", "nbconvert_exporter": "python", "file_extension": ".py"}


def fill_language_info(nb: object) -> None:
    """Give a Python notebook the kernel's full language details, in place; anything else is left alone."""
    if not isinstance(nb, dict) or not isinstance(nb.get("metadata"), dict):
        return
    meta = nb["metadata"]
    spec = meta.get("kernelspec") if isinstance(meta.get("kernelspec"), dict) else {}
    info = meta.get("language_info") if isinstance(meta.get("language_info"), dict) else {}
    if info.get("name", spec.get("language")) != "python" or spec.get("language", "python") != "python":
        return
    meta["language_info"] = kernel_language_info()


def _manager_class():
    from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager

    class CourseContentsManager(AsyncLargeFileManager):
        """The server's usual contents manager; a notebook it serves carries the kernel's language details."""

        async def get(self, path, content=True, type=None, format=None, **kwargs):  # noqa: A002 - the base's names
            model = await super().get(path, content=content, type=type, format=format, **kwargs)
            if content and model.get("type") == "notebook":
                fill_language_info(model.get("content"))
            return model

    return CourseContentsManager


def __getattr__(name: str):  # the class is made on first use: importing this module needs no Jupyter server
    if name == "CourseContentsManager":
        cls = _manager_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)
