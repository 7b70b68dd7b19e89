"""JupyterHub configuration for an Ask to Learn workshop: the file a career centre starts from.

Use it as it is for a trial on one machine, or copy it into a real hub:

* **Trial on this computer** (loopback only, shared password, no system users)::

      ASK_TO_LEARN_HUB_TRIAL_DIR=/tmp/atl-hub ASK_TO_LEARN_HUB_PASSWORD=choose-one \\
          jupyterhub -f instructors/hub/jupyterhub_config.py

  Learners' home folders are made under the trial folder. ``make test-classroom`` runs the course
  on exactly this configuration with three learners.

* **The Littlest JupyterHub (TLJH):** copy this file into ``/opt/tljh/config/jupyterhub_config.d/``
  and run ``sudo tljh-config reload``. TLJH already sets the authenticator, system users, the
  proxy and HTTPS; leave ``ASK_TO_LEARN_HUB_TRIAL_DIR`` unset so the trial section below stays off.

* **Any other hub:** merge the sections marked "every hub" into its ``jupyterhub_config.py``.

Lines a real deployment changes are marked **DEPLOYMENT**: the authenticator (how learners log in),
the spawner (separate system users or containers: that, not the course, is what keeps learners
apart), and HTTPS.
"""

import json
import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821  (provided by JupyterHub when it reads this file)

# ---------------------------------------------------------------------------------------------
# Every hub: generous start-up times.
# A room of learners logging in at once starts many servers together. With JupyterHub's defaults
# (30 s for the server to answer, 60 s to start) twenty simultaneous starts all failed on a
# 2-core machine; with 300 s all twenty were ready in 66-92 s.
# ---------------------------------------------------------------------------------------------
c.Spawner.http_timeout = 300
c.Spawner.start_timeout = 300

# ---------------------------------------------------------------------------------------------
# Every hub: the JupyterLab settings `make start` uses (config/lab/overrides.json):
#   autoStartDefaultKernel: a lesson opens with its Python kernel, with no "Select Kernel" dialog;
#   fetchNews / checkForUpdates off: no "Jupyter news" pop-up;
#   kernelShutdown: closing a lesson's tab stops its kernel; windowingMode none: every cell is drawn.
# They are written to a folder the user servers read (LabApp.app_settings_dir).
# ---------------------------------------------------------------------------------------------
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension:tracker": {
        "windowingMode": "none",
        "kernelShutdown": True,
        "autoStartDefaultKernel": True,
    },
}

TRIAL_DIR = os.environ.get("ASK_TO_LEARN_HUB_TRIAL_DIR", "")
# DEPLOYMENT: a folder every learner's server can read. /srv is the usual place on a hub machine.
STATE_DIR = Path(TRIAL_DIR or os.environ.get("ASK_TO_LEARN_HUB_STATE_DIR", "/srv/ask-to-learn-hub"))
LAB_SETTINGS_DIR = STATE_DIR / "lab-settings"
LAB_SETTINGS_DIR.mkdir(parents=True, exist_ok=True)
(LAB_SETTINGS_DIR / "overrides.json").write_text(json.dumps(LAB_SETTINGS, indent=1), encoding="utf-8")
LAB_SETTINGS_DIR.chmod(0o755)
SERVER_CONFIG_DIR = STATE_DIR / "server-config"
SERVER_CONFIG_DIR.mkdir(parents=True, exist_ok=True)

# ---------------------------------------------------------------------------------------------
# Every hub: saving never writes outputs or widget state into the course's notebooks (the same
# pre-save hook as `make start`'s config/jupyter_server_config.py). JupyterLab autosaves every two
# minutes; without this, a learner's outputs land in the lesson files, reopening shows stale text
# and "Loading widget...", and the next nbgitpuller click has to merge them. The learner's work is
# in their data folder, never in the notebooks. Only the course's own notebooks (notebooks/ beside
# lesson_utils/) are stripped: a learner's own notebooks keep their outputs.
# The hook is written to a folder the learners' servers read as Jupyter configuration
# (JUPYTER_CONFIG_PATH, below), so it works whichever spawner the hub uses.
# ---------------------------------------------------------------------------------------------
SERVER_CONFIG = '''"""Learners' Jupyter servers on the Ask to Learn hub (written by the hub's jupyterhub_config.py)."""
from pathlib import Path


def strip_outputs(model, path="", contents_manager=None, **kwargs):
    """Before a course notebook is saved: drop outputs, execution counts and widget state, and keep each
    cell the learner did not edit as it is on disk (folded or not), so a save never changes a lesson file
    (the course's lesson_utils/save_hook.py, as under make start)."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    where = None
    if contents_manager is not None:
        where = Path(getattr(contents_manager, "root_dir", "") or ".") / str(path).strip("/")
        if where.parent.name != "notebooks" or not (where.parent.parent / "lesson_utils").is_dir():
            return  # not one of the course's lessons
    try:
        from lesson_utils.save_hook import clean_for_save, read_notebook
    except ImportError:  # the course is installed beside the learners' servers (setup.md); if not, say so
        import logging
        logging.getLogger("ServerApp").error(
            "Ask to Learn: lesson_utils is not installed where this server runs, so saving a lesson keeps its "
            "outputs; install the course into the same environment as JupyterLab (instructors/setup.md).")
        return
    clean_for_save(model["content"], read_notebook(where) if where is not None else None)


c = get_config()  # noqa: F821
c.FileContentsManager.pre_save_hook = strip_outputs

# A lesson opens with the kernel's language details, so its tab does not say "unsaved changes" as soon as the
# kernel starts (lesson_utils/lab_contents.py); where the course is not installed, the usual manager stays.
try:
    import lesson_utils.lab_contents  # noqa: F401
except ImportError:
    pass
else:
    c.ServerApp.contents_manager_class = "lesson_utils.lab_contents.CourseContentsManager"
'''

# ---------------------------------------------------------------------------------------------
# Every hub: culling.
# Kernels: a lesson's kernel idle for 20 minutes with no tab open is stopped (checked each minute).
# Servers: the idle culler stops a learner's server after an hour without activity, freeing its
# memory (about 130 MB fresh, 275 MB after two lessons). Saved work is on disk and is not touched.
# ---------------------------------------------------------------------------------------------
c.Spawner.args = [
    f"--LabApp.app_settings_dir={LAB_SETTINGS_DIR}",
    "--MappingKernelManager.cull_idle_timeout=1200",
    "--MappingKernelManager.cull_interval=60",
    "--MappingKernelManager.cull_connected=False",
    "--MappingKernelManager.cull_busy=False",
    # a lesson link inside an exercise opens the lesson in a new tab, without reloading the page
    "--LabApp.expose_app_in_browser=True",
]

c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600", "--cull-every=300"],
    }
]
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]

# ---------------------------------------------------------------------------------------------
# Every hub: the learners' environment. Updated, never replaced, so variables set elsewhere
# (by TLJH, by another file in jupyterhub_config.d) are kept.
# ---------------------------------------------------------------------------------------------
(SERVER_CONFIG_DIR / "jupyter_server_config.py").write_text(SERVER_CONFIG, encoding="utf-8")
SERVER_CONFIG_DIR.chmod(0o755)
c.Spawner.environment.update({
    # Deprecation notices from libraries mean nothing to a learner.
    "PYTHONWARNINGS": "ignore::DeprecationWarning",
    # The pre-save hook above: a configuration folder searched before the usual places. (If your
    # hub already sets JUPYTER_CONFIG_PATH for learners, add this folder to it instead.)
    "JUPYTER_CONFIG_PATH": str(SERVER_CONFIG_DIR),
})
# Where each learner's work is saved: by default ~/.local/share/ask-to-learn in their own home.
# To use a visible folder instead, set it BEFORE the first workshop; changing it after learners
# have started hides their earlier work (it stays in the old folder):
# c.Spawner.environment.update({"ASK_TO_LEARN_DATA_DIR": "~/ask-to-learn-work"})

# ---------------------------------------------------------------------------------------------
# Trial on one machine (only when ASK_TO_LEARN_HUB_TRIAL_DIR is set).
# ---------------------------------------------------------------------------------------------
if TRIAL_DIR:
    TRIAL = Path(TRIAL_DIR)
    BIN = Path(sys.executable).parent

    # DEPLOYMENT: the authenticator. Here one shared password and any user name, which is fine on
    # 127.0.0.1 and nowhere else. A real hub uses the college's login (e.g. `oauthenticator` for
    # Google or Microsoft accounts, `ldapauthenticator`), or TLJH's first-use authenticator with
    # accounts the facilitator creates and an allowed-users list.
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ.get("ASK_TO_LEARN_HUB_PASSWORD", "ask-to-learn-trial")
    c.Authenticator.allow_all = True

    # DEPLOYMENT: the spawner. "simple" runs every learner's server as the same system user, each
    # in its own home folder: their work lands in separate folders, but nothing stops one learner's
    # code from reading another's. Real isolation needs a system user per learner (TLJH and the
    # default LocalProcessSpawner do this) or a container per learner (DockerSpawner, KubeSpawner).
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = str(TRIAL / "homes" / "{username}")
    c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        c.Spawner.args = c.Spawner.args + ["--allow-root"]
    # The singleuser server and its kernels come from this Python's environment.
    c.Spawner.environment.update({"PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"})

    # DEPLOYMENT: addresses and HTTPS. The trial listens on 127.0.0.1 only, over plain HTTP. A real
    # hub serves https:// (TLJH: `sudo tljh-config set https.enabled true` with Let's Encrypt, or
    # c.JupyterHub.ssl_cert / ssl_key) on the machine's public address.
    port = int(os.environ.get("ASK_TO_LEARN_HUB_PORT", "8000"))
    c.JupyterHub.bind_url = f"http://127.0.0.1:{port}"
    c.JupyterHub.hub_ip = "127.0.0.1"
    c.JupyterHub.hub_port = int(os.environ.get("ASK_TO_LEARN_HUB_API_PORT", "8081"))
    c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('ASK_TO_LEARN_HUB_PROXY_API_PORT', '8001')}"
    proxy = os.environ.get("ASK_TO_LEARN_HUB_PROXY") or shutil.which("configurable-http-proxy")
    if proxy:
        c.ConfigurableHTTPProxy.command = [proxy]
    c.ConfigurableHTTPProxy.should_start = True

    # Scripts that drive the trial (the classroom test and benchmark) may pass a token: it becomes a
    # service allowed to create learners and start and stop their servers. Never on a real hub.
    if os.environ.get("ASK_TO_LEARN_HUB_ADMIN_TOKEN"):
        c.JupyterHub.services.append(
            {"name": "classroom-driver", "api_token": os.environ["ASK_TO_LEARN_HUB_ADMIN_TOKEN"]})
        c.JupyterHub.load_roles.append({
            "name": "classroom-driver",
            "scopes": ["admin:users", "admin:servers", "list:users", "read:users", "access:servers"],
            "services": ["classroom-driver"],
        })

    # The hub's own state: its database and cookie secret, in the trial folder.
    c.JupyterHub.db_url = f"sqlite:///{TRIAL / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(TRIAL / "jupyterhub_cookie_secret")
    c.ConfigurableHTTPProxy.pid_file = str(TRIAL / "jupyterhub-proxy.pid")
