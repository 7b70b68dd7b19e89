"""environment.yml (the conda and Binder route) and pyproject.toml must name the same runtime dependencies."""

from __future__ import annotations

import re
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]


def parse_environment_yml(text: str) -> dict:
    """A small reader for the one shape our environment.yml has (no YAML library needed)."""
    out = {"channels": [], "conda": [], "pip": []}
    section = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if re.match(r"^name:", line):
            out["name"] = line.split(":", 1)[1].strip()
        elif re.match(r"^channels:", line):
            section = "channels"
        elif re.match(r"^dependencies:", line):
            section = "conda"
        elif re.match(r"^\s+- pip:\s*$", line):
            section = "pip"
        elif m := re.match(r"^(\s+)- (.+)$", line):
            item = m.group(2).strip()
            if section == "pip" and len(m.group(1)) <= 2:
                section = "conda"
            out[section].append(item)
    return out


def split_spec(spec: str) -> tuple[str, str]:
    m = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", spec)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def load():
    env = parse_environment_yml((ROOT / "environment.yml").read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return env, project


def test_parser_reads_a_known_file():
    env = parse_environment_yml("name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n"
                                "  - pip\n  - a>=1\n  - pip:\n      - .\n  - b\n")
    assert env == {"name": "x", "channels": ["conda-forge"], "conda": ["python=3.11", "pip", "a>=1", "b"],
                   "pip": ["."]}


def test_same_runtime_dependencies_in_both_files():
    env, project = load()
    conda = dict(split_spec(s) for s in env["conda"] if not s.startswith(("python", "pip")))
    pyproject = dict(split_spec(s) for s in project["dependencies"])
    assert set(conda) == set(pyproject), f"only in environment.yml: {set(conda) - set(pyproject)}; " \
                                         f"only in pyproject.toml: {set(pyproject) - set(conda)}"
    for name, spec in pyproject.items():
        assert conda[name] == spec, f"{name}: {spec!r} in pyproject.toml, {conda[name]!r} in environment.yml"


def test_conda_route_shape():
    env, project = load()
    assert env["channels"] == ["conda-forge"]
    python = [s for s in env["conda"] if s.startswith("python")]
    assert len(python) == 1 and re.fullmatch(r"python=3\.\d+", python[0]), "python pinned to a minor version"
    minor = python[0].split("=")[1]
    assert re.match(r">=3\.(\d+)", project["requires-python"])
    assert tuple(map(int, minor.split("."))) >= tuple(map(int, project["requires-python"][2:].split(".")))
    jlab = [s for s in env["conda"] if s.startswith("jupyterlab")]
    assert jlab and re.search(r">=4[.\d]*,<5", jlab[0]), "jupyterlab within a major range"
    assert "." in env["pip"], "the pip section installs the course package"
