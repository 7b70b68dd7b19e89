"""A lesson cell run before its setup cell says so in one sentence, never with a traceback."""

import sys
from pathlib import Path

import pytest

from lesson_utils import setup_hint

ROOT = Path(__file__).resolve().parents[1]


def test_install_writes_the_kernel_configuration_and_leaves_someone_elses_alone(tmp_path):
    assert setup_hint.install(tmp_path)
    text = setup_hint.kernel_config(tmp_path).read_text(encoding="utf-8")
    assert text.startswith(setup_hint.MARK) and '"lesson_utils.setup_hint"' in text
    assert setup_hint.install(tmp_path)  # ours: written again
    foreign = tmp_path / "other"
    setup_hint.kernel_config(foreign).parent.mkdir(parents=True)
    setup_hint.kernel_config(foreign).write_text("c.InteractiveShellApp.exec_lines = []\n", encoding="utf-8")
    assert not setup_hint.install(foreign)
    assert setup_hint.kernel_config(foreign).read_text(encoding="utf-8") == "c.InteractiveShellApp.exec_lines = []\n"


def test_make_writes_it_when_it_installs_the_course():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(VENV)/.installed:", 1)[1].split("\n\n", 1)[0]
    assert "-m lesson_utils.setup_hint" in recipe


def _run(code: str, extension: bool | None) -> tuple[list[dict], dict]:
    """(error and stream outputs, execute reply) of ``code`` in a fresh kernel. ``extension`` True or
    False says so on the kernel's command line; None leaves it to the environment's configuration."""
    jupyter_client = pytest.importorskip("jupyter_client")
    args = [] if extension is None else [
        "--InteractiveShellApp.extensions=['lesson_utils.setup_hint']" if extension
        else "--InteractiveShellApp.extensions=[]"]
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="python3", extra_arguments=args,
                                                     cwd=str(ROOT / "notebooks"))
    try:
        reply = kc.execute(code, reply=True, timeout=120)
        out = []
        while True:
            msg = kc.get_iopub_msg(timeout=120)
            if msg["msg_type"] in ("error", "stream"):
                out.append(msg["content"])
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return out, reply["content"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_a_kernel_shows_the_sentence_instead_of_a_traceback():
    # the drafter's cell of lesson 4, run after a restart without the setup cell
    out, reply = _run('question_drafter("04.1-question-drafter")', extension=True)
    assert reply["status"] == "error"
    assert len(out) == 1 and out[0]["traceback"] == [setup_hint.MESSAGE], out
    shown = "\n".join(out[0]["traceback"])
    assert "Traceback" not in shown and "question_drafter" not in shown and "NameError" not in shown
    # without the extension the same cell shows Python's traceback: the extension is what changes it
    bare, _ = _run('question_drafter("04.1-question-drafter")', extension=False)
    assert any("NameError" in line for line in bare[0]["traceback"])


def test_other_errors_are_left_as_they_are():
    out, _ = _run("1/0", extension=True)
    assert any("ZeroDivisionError" in line for line in out[0]["traceback"])


def test_the_makefile_environment_loads_it():
    """In the environment `make` built (this one, when the tests run from `make test`), every kernel
    loads the extension without being asked."""
    if not setup_hint.kernel_config(sys.prefix).exists():
        pytest.skip("not the environment make built (no kernel configuration written there)")
    out, reply = _run('question_drafter("04.1-question-drafter")', extension=None)
    assert reply["status"] == "error" and reply["traceback"] == [setup_hint.MESSAGE], reply
    assert [o["traceback"] for o in out] == [[setup_hint.MESSAGE]]


def test_the_setup_checks_copy_in_lesson_00_does_not_send_the_learner_to_lesson_00():
    from lesson_utils.check import CheckResult, format_checks

    ok = [CheckResult("Python", True, "3.11")]
    assert "Now open notebooks/00_start_here.ipynb" not in format_checks(ok, in_lesson=True)
    assert "Try the buttons above" in format_checks(ok, in_lesson=True)


def test_the_sentence_is_in_short_lines():
    """JupyterLab breaks an error's long line anywhere, even inside a word."""
    assert all(len(line) <= 50 for line in setup_hint.MESSAGE.splitlines())
