"""Build (and serve) the in-browser course: JupyterLite with a Pyodide kernel.

    python tools/build_lite.py build [--out _build/lite]    # what `make lite` runs
    python tools/build_lite.py serve [--port 8000]          # what `make lite-serve` runs
    python tools/build_lite.py hash                         # the hash of the build's inputs

The site is made from the same notebooks (``notebooks/*.ipynb``) and the same
package (``lesson_utils``, built into a wheel here) as the installed course. The
build needs only the package registries:

* the build tools from PyPI, at the versions in ``lite/requirements-build.txt``,
  installed into a virtual environment in the cache folder;
* the Pyodide runtime from the npm registry (``npm pack pyodide@VERSION``), at the
  version the pinned ``jupyterlite-pyodide-kernel`` names;
* every wheel the browser loads from PyPI, at the versions in ``lite/constraints.txt``,
  fetched at build time and put in the site, so the site needs no network at all.

The cache folder is ``$ASK_TO_LEARN_LITE_CACHE`` or ``_build/cache`` (ignored by git).
Each build starts from a clean staging folder and a clean output folder.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LITE = REPO / "lite"
DEFAULT_OUT = REPO / "_build" / "lite"
FIRST_NOTEBOOK = "00_start_here.ipynb"

#: The Pyodide runtime files the site needs (the npm package carries no package wheels).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm",
                 "python_stdlib.zip", "package.json")

#: Files and folders whose content decides the site (for the cache key of tests and benchmarks).
INPUTS = ("lite", "notebooks", "lesson_utils", "pyproject.toml", "README.md", "tools/build_lite.py")

#: Wheels the lock's solve brings in that the course never uses in the browser, each with the reason.
#: Each is replaced by an empty wheel of the same name (its metadata, no code), so that the packages
#: listing it as a dependency still load. Measured: 7.4 MB of the 11.1 MB of wheels.
LEFT_OUT = {
    "jedi": "code completion while typing Python: learners never type code, and IPython falls back to "
            "its own completer when jedi cannot be imported",
    "parso": "used only by jedi",
    "widgetsnbextension": "the classic Notebook's widget files: JupyterLab shows widgets with the "
                          "@jupyter-widgets/jupyterlab-manager extension that is part of the site",
    "jupyterlab-widgets": "the files of that JupyterLab extension, already in the site's extensions folder",
}
#: Icon-font formats that no browser able to run WebAssembly asks for: each font's CSS offers woff2
#: first (kept, with woff), and these are the fallbacks for Internet Explorer and very old Safari.
LEGACY_FONTS = ("fa-*.svg", "fa-*.eot", "fa-*.ttf")

MIME_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
              ".json": "application/json", ".ipynb": "application/json", ".whl": "application/zip"}


def log(message: str) -> None:
    print(f"[lite] {message}", flush=True)


def cache_dir() -> Path:
    return Path(os.environ.get("ASK_TO_LEARN_LITE_CACHE") or REPO / "_build" / "cache").resolve()


def _input_files():
    for name in INPUTS:
        path = REPO / name
        if path.is_file():
            yield path
        elif path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and "__pycache__" not in sub.parts and not sub.name.endswith(".pyc") \
                        and ".ipynb_checkpoints" not in sub.parts:
                    yield sub


def inputs_hash() -> str:
    """A short hash of everything the site is built from."""
    digest = hashlib.sha256()
    for path in _input_files():
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def run(cmd, **kwargs) -> None:
    log("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


# ------------------------------------------------------------------ tools
def tools_python() -> Path:
    """A virtual environment with the pinned build tools (made once per requirements file)."""
    reqs = LITE / "requirements-build.txt"
    key = hashlib.sha256(reqs.read_bytes()).hexdigest()[:12]
    venv = cache_dir() / f"tools-{key}"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.exists():
        shutil.rmtree(venv, ignore_errors=True)
        log(f"installing the build tools into {venv}")
        run([sys.executable, "-m", "venv", venv])
        run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", reqs])
        stamp.write_text(reqs.read_text())
    return python


def pyodide_version(python: Path) -> str:
    out = subprocess.run(
        [str(python), "-c", "from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION as v; print(v)"],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


def pyodide_package(version: str) -> Path:
    """The unpacked npm package ``pyodide@version`` (fetched once with ``npm pack``)."""
    folder = cache_dir() / "npm"
    unpacked = folder / f"pyodide-{version}"
    if (unpacked / "package" / "pyodide.asm.wasm").exists():
        return unpacked / "package"
    folder.mkdir(parents=True, exist_ok=True)
    tgz = folder / f"pyodide-{version}.tgz"
    if not tgz.exists():
        if not shutil.which("npm"):
            raise SystemExit("npm is needed once to fetch the Pyodide runtime (apt-get install npm).")
        run(["npm", "pack", f"pyodide@{version}", "--pack-destination", folder, "--silent"],
            env={**os.environ, "npm_config_cache": str(folder / "npm-cache")})
    shutil.rmtree(unpacked, ignore_errors=True)
    with tarfile.open(tgz) as archive:
        archive.extractall(unpacked, filter="data")
    return unpacked / "package"


# ------------------------------------------------------------------ build
def stage_pyodide(package: Path, version: str, dest: Path) -> None:
    dest.mkdir(parents=True)
    for name in PYODIDE_FILES:
        shutil.copy2(package / name, dest / name)
    lock = json.loads((package / "pyodide-lock.json").read_text(encoding="utf-8"))
    # Every wheel comes from the lock addon's solve, fetched at build time and served by the site.
    lock["packages"] = {}
    lock["info"]["version"] = version  # pyodide-lock 0.1.2 needs it
    (dest / "pyodide-lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")


def build_course_wheel(python: Path, stage: Path) -> Path:
    src = stage / "course-src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    shutil.copytree(REPO / "lesson_utils", src / "lesson_utils",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = stage / "wheels"
    run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-w", wheels, src])
    (found,) = wheels.glob("ask_to_learn-*.whl")
    return found


def stage_contents(stage: Path) -> Path:
    contents = stage / "contents"
    contents.mkdir()
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, contents / notebook.name)
    return contents


def write_front_door(out: Path) -> None:
    """The site's address opens lesson 00 in JupyterLab.

    The root ``index.html`` stays (every page reads its configuration block); only its
    redirect changes, from the bare JupyterLab to the first lesson.
    """
    page = out / "index.html"
    html = page.read_text(encoding="utf-8")
    target = f"lab/index.html?path={FIRST_NOTEBOOK}"
    original = "await import('./config-utils.js');"
    if original not in html:
        raise SystemExit("The JupyterLite root page has changed: update write_front_door in tools/build_lite.py.")
    html = html.replace(original, f"window.location.replace({json.dumps(target)});")
    html = html.replace("</head>", f'<noscript><meta http-equiv="refresh" content="0; url={target}"></noscript>'
                                     "\n  <title>Ask to Learn</title>\n  </head>")
    page.write_text(html, encoding="utf-8")


#: The script that makes a lesson link open the lesson in place of the one it was followed from.
ONE_LESSON_SCRIPT = "one-lesson-at-a-time.js"


def add_one_lesson_at_a_time(out: Path) -> None:
    """Lesson links replace the current lesson instead of adding a tab with its own Python.

    JupyterLab opens a linked notebook in a new tab and keeps the earlier one, with its kernel, running:
    nine lessons followed by their "next →" links made nine Pyodide kernels in one browser tab. The script
    (``lite/one-lesson-at-a-time.js``) closes the lesson a link was followed from once the linked lesson
    shows; the setting ``kernelShutdown`` stops its kernel. It reaches the app through ``window.jupyterapp``
    (``exposeAppInBrowser`` in ``lite/jupyter-lite.json``).
    """
    shutil.copy2(LITE / ONE_LESSON_SCRIPT, out / ONE_LESSON_SCRIPT)
    page = out / "lab" / "index.html"
    html = page.read_text(encoding="utf-8")
    if "</head>" not in html:
        raise SystemExit("The JupyterLite lab page has changed: update add_one_lesson_at_a_time in tools/build_lite.py.")
    html = html.replace("</head>", f'  <script src="../{ONE_LESSON_SCRIPT}" defer></script>\n  </head>', 1)
    page.write_text(html, encoding="utf-8")


def _record_hash(data: bytes) -> str:
    import base64

    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def empty_wheel(name: str, version: str, why: str, folder: Path) -> Path:
    """A wheel named ``name`` with only its metadata: it installs, and imports nothing."""
    import zipfile

    dist = name.replace("-", "_")
    ver = f"{version}+empty"
    info = f"{dist}-{ver}.dist-info"
    files = {
        f"{info}/METADATA": (f"Metadata-Version: 2.1\nName: {name}\nVersion: {ver}\n"
                             f"Summary: Left out of the in-browser course (Ask to Learn): {why}.\n"),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: ask-to-learn tools/build_lite.py\n"
                         "Root-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = "".join(f"{path},{_record_hash(text.encode())},{len(text.encode())}\n" for path, text in files.items())
    files[f"{info}/RECORD"] = record + f"{info}/RECORD,,\n"
    wheel = folder / f"{dist}-{ver}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in files.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=(2020, 1, 1, 0, 0, 0)), text)
    return wheel


#: piplite (``%pip`` in the browser) is imported by the kernel at every start; its module imports micropip,
#: 1-2 s in the browser, for a course that never installs anything. Its wheel is shipped with that module
#: loaded on first use instead (``lite/piplite_on_first_use.py``; the original kept as ``piplite/_piplite.py``).
PIPLITE_ON_FIRST_USE = "piplite_on_first_use.py"


def piplite_on_first_use(lock_path: Path, entry: dict) -> str:
    """Write the piplite wheel whose ``piplite.piplite`` loads the real module on first use; point the lock at it."""
    import zipfile

    old = (lock_path.parent / entry["file_name"]).resolve()
    dist, version = "piplite", entry["version"]
    ver = f"{version}+on.first.use"
    info = f"{dist}-{version}.dist-info"
    files = {}
    with zipfile.ZipFile(old) as archive:
        for name in archive.namelist():
            if name.endswith("/RECORD"):
                continue
            data = archive.read(name)
            if name == "piplite/piplite.py":
                files["piplite/_piplite.py"] = data
                data = (LITE / PIPLITE_ON_FIRST_USE).read_bytes()
            files[name.replace(info, f"{dist}-{ver}.dist-info")] = data
    info = f"{dist}-{ver}.dist-info"
    metadata = files[f"{info}/METADATA"].decode()
    files[f"{info}/METADATA"] = metadata.replace(f"Version: {version}\n", f"Version: {ver}\n", 1).encode()
    if "piplite/_piplite.py" not in files or f"Version: {ver}" not in files[f"{info}/METADATA"].decode():
        raise SystemExit(f"The piplite wheel has changed ({old.name}): update piplite_on_first_use in tools/build_lite.py.")
    record = "".join(f"{path},{_record_hash(data)},{len(data)}\n" for path, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    wheel = lock_path.parent / f"{dist}-{ver}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=(2020, 1, 1, 0, 0, 0)), data)
    entry.update(file_name=f"../../static/pyodide-lock/{wheel.name}", version=ver,
                 sha256=hashlib.sha256(wheel.read_bytes()).hexdigest())
    return f"piplite's module imported on first use ({old.name})"


def slim_site(out: Path) -> list[str]:
    """Leave out what the course never uses (``LEFT_OUT``, ``LEGACY_FONTS``) and load piplite's module on first
    use (``PIPLITE_ON_FIRST_USE``); return what was saved."""
    lock_path = out / "static" / "pyodide-lock" / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    notes = []
    for name, why in LEFT_OUT.items():
        entry = lock["packages"].get(name)
        if entry is None:
            raise SystemExit(f"{name} is no longer in the lock: update LEFT_OUT in tools/build_lite.py.")
        old = (lock_path.parent / entry["file_name"]).resolve()
        if old.parent != lock_path.parent.resolve():
            raise SystemExit(f"{name} is not one of the fetched wheels ({entry['file_name']}).")
        new = empty_wheel(name, entry["version"], why, old.parent)
        data = new.read_bytes()
        notes.append(f"{name} {old.stat().st_size / 1e6:.2f} MB")
        old.unlink()
        entry.update(file_name=entry["file_name"].rsplit("/", 1)[0] + "/" + new.name,
                     sha256=hashlib.sha256(data).hexdigest(), version=new.name.split("-")[1],
                     imports=[], depends=[])
    notes.append(piplite_on_first_use(lock_path, lock["packages"]["piplite"]))
    lock_path.write_text(json.dumps(lock, indent=2, sort_keys=True), encoding="utf-8")
    fonts = [f for pattern in LEGACY_FONTS for f in (out / "build").glob(pattern)]
    if fonts:
        notes.append(f"{len(fonts)} legacy icon-font files {sum(f.stat().st_size for f in fonts) / 1e6:.2f} MB")
        for font in fonts:
            font.unlink()
    return notes


def check_site(out: Path) -> None:
    """The checks that a clean build is complete (an incremental one once dropped pyodideUrl)."""
    config = json.loads((out / "jupyter-lite.json").read_text(encoding="utf-8"))["jupyter-config-data"]
    kernel = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    problems = []
    if kernel.get("pyodideUrl") != "./static/pyodide/pyodide.mjs":
        problems.append(f"pyodideUrl is {kernel.get('pyodideUrl')!r}")
    lock_url = kernel.get("loadPyodideOptions", {}).get("lockFileURL", "")
    lock_path = out / lock_url
    if not lock_url or not lock_path.is_file():
        problems.append(f"no lock file at {lock_url!r}")
    else:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
        for name, pkg in lock["packages"].items():
            file_name = pkg["file_name"]
            if "://" in file_name:
                problems.append(f"{name} would be fetched from {file_name}")
            elif not (lock_path.parent / file_name).resolve().is_file():
                problems.append(f"{name}: {file_name} is missing")
        if not lock["packages"].get("piplite", {}).get("version", "").endswith("+on.first.use"):
            problems.append("piplite is not the wheel that loads its module on first use")
        for name in LEFT_OUT:
            if lock["packages"].get(name, {}).get("imports", [None]) != []:
                problems.append(f"{name} should be an empty wheel")
    if config.get("exposeAppInBrowser") != "true":
        problems.append("exposeAppInBrowser is not set: lesson links would leave a kernel per lesson")
    if not (out / ONE_LESSON_SCRIPT).is_file() or ONE_LESSON_SCRIPT not in \
            (out / "lab" / "index.html").read_text(encoding="utf-8"):
        problems.append(f"{ONE_LESSON_SCRIPT} is not in the lab page")
    for font in (out / "build").glob("fa-*.woff"):
        if not font.with_suffix(".woff2").is_file():
            problems.append(f"{font.stem}.woff2 is missing")
    for notebook in (REPO / "notebooks").glob("*.ipynb"):
        if not (out / "files" / notebook.name).is_file():
            problems.append(f"{notebook.name} is not in the site")
    if problems:
        raise SystemExit("The site is incomplete:\n  " + "\n  ".join(problems))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def size_report(out: Path) -> str:
    parts = {
        "JupyterLab app and extensions": [out / "build", out / "extensions", out / "lab"],
        "Pyodide runtime": [out / "static" / "pyodide"],
        "Python wheels": [out / "static" / "pyodide-lock"],
    }
    total = folder_size(out)
    lines = [f"site {total / 1e6:.1f} MB in {out}"]
    counted = 0
    for label, folders in parts.items():
        size = sum(folder_size(f) for f in folders if f.exists())
        counted += size
        lines.append(f"  {label}: {size / 1e6:.1f} MB")
    lines.append(f"  other: {(total - counted) / 1e6:.1f} MB")
    wheels = sorted((out / "static" / "pyodide-lock").glob("*.whl"), key=lambda p: -p.stat().st_size)
    lines.append("  largest wheels: " + ", ".join(f"{w.name.split('-')[0]} {w.stat().st_size / 1e6:.2f} MB"
                                                   for w in wheels[:6]))
    return "\n".join(lines)


def build(out: Path = DEFAULT_OUT) -> Path:
    started = time.monotonic()
    out = out.resolve()
    python = tools_python()
    version = pyodide_version(python)
    package = pyodide_package(version)
    stage = cache_dir() / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    for name in ("jupyter_lite_config.json", "jupyter-lite.json", "overrides.json",
                 "requirements-browser.txt", "constraints.txt"):
        if (LITE / name).exists():  # constraints.txt is written by the first build when missing
            shutil.copy2(LITE / name, stage / name)
    stage_pyodide(package, version, stage / "static" / "pyodide")
    wheel = build_course_wheel(python, stage)
    log(f"course wheel {wheel.name}")
    contents = stage_contents(stage)
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "UV_CACHE_DIR": str(cache_dir() / "uv"), "PYTHONWARNINGS": "ignore"}
    env.pop("SOURCE_DATE_EPOCH", None)
    run([python.parent / "jupyter", "lite", "build", "--lite-dir", stage, "--output-dir", out,
         "--contents", contents, "--log-level", "WARN"], cwd=stage, env=env)
    write_front_door(out)
    add_one_lesson_at_a_time(out)
    log("left out or loaded on first use (never needed at start in the browser): " + "; ".join(slim_site(out)))
    check_site(out)
    log(size_report(out))
    log(f"built in {time.monotonic() - started:.0f} s; serve it with: make lite-serve")
    return out


# ------------------------------------------------------------------ serve
class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def log_message(self, format, *args):  # quiet: one line per request is noise here
        pass


def make_server(folder: Path, port: int = 0, bind: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    handler = functools.partial(SiteHandler, directory=str(folder))
    return http.server.ThreadingHTTPServer((bind, port), handler)


def serve(folder: Path, port: int) -> None:
    if not (folder / "index.html").exists():
        raise SystemExit(f"No site in {folder}: run make lite first.")
    server = make_server(folder, port)
    print(f"The course in the browser: open http://127.0.0.1:{server.server_address[1]}/ "
          "(Ctrl+C here stops it; saved work stays in the browser).", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the site")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT)
    s = sub.add_parser("serve", help="serve a built site on 127.0.0.1")
    s.add_argument("--out", type=Path, default=DEFAULT_OUT)
    s.add_argument("--port", type=int, default=8000)
    sub.add_parser("hash", help="print the hash of the build's inputs")
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.out)
    elif args.command == "serve":
        serve(args.out.resolve(), args.port)
    else:
        print(inputs_hash())
    return 0


if __name__ == "__main__":
    sys.exit(main())
