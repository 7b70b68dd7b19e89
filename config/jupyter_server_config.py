"""Server settings for the course: `make start` uses this file, and a JupyterHub's single-user servers can too
(``jupyterhub-singleuser --config=config/jupyter_server_config.py``, or ``c.Spawner.args``).

* Opens on lesson 00, not the Launcher.
* Saving never writes outputs or widget state into a notebook: the course files stay as shipped, so
  reopening shows a clean lesson and ``git pull`` never conflicts. The learner's work is in the data folder.
* A kernel shuts down when its tab closes (lab setting ``kernelShutdown`` in ``config/lab/overrides.json``),
  and idle kernels are culled, so following "next →" links leaves no trail of running kernels.
* A lesson opens without "unsaved changes": it is served with the kernel's language details.
* Each start gets a fresh layout, so reopening the course opens one lesson, not every tab ever opened.
* The terminal shows the address to open and little else.
"""

import logging
import tempfile
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent

c = get_config()  # noqa: F821  (provided by Jupyter when it reads this file)

# Open on the first lesson: the address printed with its token opens it too.
c.ServerApp.default_url = "/lab/tree/00_start_here.ipynb"
c.LabApp.default_url = "/lab/tree/00_start_here.ipynb"

# The terminal: the address and real problems only.
c.ServerApp.log_level = "WARN"
c.LabApp.log_level = "WARN"
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.filterwarnings("ignore", message="Overriding existing pre_save_hook")
# The app (`make app`) runs Voila on its own; inside JupyterLab its extension only adds warnings.
c.ServerApp.jpserver_extensions = {"voila.server_extension": False}

# A lesson link inside an exercise (the course map, the plan) opens the lesson in a new JupyterLab tab,
# as links in the lesson text do, instead of reloading the page (which would empty every open lesson's
# exercises until Run All): the page script of lesson_utils/views/ordered_adds.py uses the app for it.
c.LabApp.expose_app_in_browser = True

# A lesson opens with the kernel's full language details, so its tab does not say "unsaved changes" the moment
# the kernel starts (the files keep only the language's name: lesson_utils/lab_contents.py).
c.ServerApp.contents_manager_class = "lesson_utils.lab_contents.CourseContentsManager"

# Kernels talk over local sockets (no "not encrypted" warning at each start).
c.KernelManager.transport = "ipc"

# Kernels: cull those idle for 20 minutes with no tab connected, checked every minute.
c.MappingKernelManager.cull_idle_timeout = 20 * 60
c.MappingKernelManager.cull_interval = 60
c.MappingKernelManager.cull_connected = False
c.MappingKernelManager.cull_busy = False

# Lab settings shipped with the course (kernel shut down on tab close, no news toast), and a fresh
# workspace (open tabs) for each start.
c.LabApp.app_settings_dir = str(HERE / "lab")
c.LabApp.workspaces_dir = tempfile.mkdtemp(prefix="ask-to-learn-layout-")


def strip_outputs(model, path=None, contents_manager=None, **kwargs):
    """Before any notebook is saved: drop outputs, execution counts and widget state, and keep each cell
    the learner did not edit as it is on disk (folded or not), so a save never changes a course file
    (``lesson_utils/save_hook.py``)."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    from lesson_utils.save_hook import clean_for_save, read_notebook

    on_disk = None
    if path and contents_manager is not None:
        try:
            on_disk = read_notebook(contents_manager._get_os_path(path))
        except Exception:  # another kind of contents manager: strip only
            on_disk = None
    clean_for_save(model["content"], on_disk)


c.FileContentsManager.pre_save_hook = strip_outputs


class _Quiet(logging.Filter):
    """Hide log lines that alarm a learner and ask nothing of them."""

    NOISE = ("is not trusted", "not encrypted", "encrypt", "Kernel culling", "Culling",
             # jupyter_server's websocket keep-alive (a ping every 30 s, closed after 90 s without an answer)
             # hands its millisecond values to tornado, which reads them as seconds for its own, unused ping
             # (every 30,000 s) and since tornado 6.5 warns that 90,000 > 30,000 on the first connection.
             # The keep-alive itself works as intended (jupyter_server issue #1612), so the line says nothing.
             "websocket_ping_timeout")

    def filter(self, record):
        message = record.getMessage()
        return not any(word in message for word in self.NOISE)


# A filter on a logger does not see records of its child loggers: tornado's warnings come from "tornado.general".
for name in ("ServerApp", "LabApp", "NotebookApp", "tornado", "tornado.general", ""):
    logging.getLogger(name).addFilter(_Quiet())
