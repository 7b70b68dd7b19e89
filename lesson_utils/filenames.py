"""Safe file names for what the course writes, and checks on the folder a learner types.

:func:`safe_filename` turns anything a learner types into one file name that stays inside the
chosen folder on Linux, macOS and Windows: no path separators, no ``..``, no control or invisible
formatting characters, no characters Windows forbids, no reserved device names (``CON``,
``NUL``, ``COM1``...), no leading dot (hidden files), and not too long for a file system. Letters
of any script are kept. :func:`path_in` joins a folder and a name and refuses any result outside
the folder. :func:`check_folder_text` reads the folder box. Nothing here imports ipywidgets, and
nothing here raises on any string.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

#: Characters Windows forbids in names, plus both path separators.
FORBIDDEN = '<>:"/\\|?*'
#: Device names Windows reserves, with or without an extension.
RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10)),
            "com¹", "com²", "com³", "lpt¹", "lpt²", "lpt³", "conin$", "conout$"}
#: Bytes kept for the stem of a name (file systems allow 255 for the whole name).
MAX_BYTES = 120
#: The longest folder path the folder box accepts.
MAX_FOLDER = 1000
DEFAULT_NAME = "interview-plan"

_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"-{2,}")
_DOTS = re.compile(r"\.{2,}")


def _visible(ch: str) -> bool:
    """False for control, format (e.g. right-to-left overrides), surrogate, private and unassigned characters."""
    return unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _clip_bytes(text: str, limit: int) -> str:
    out, used = [], 0
    for ch in text:
        size = len(ch.encode("utf-8", "surrogatepass"))
        if used + size > limit:
            break
        out.append(ch)
        used += size
    return "".join(out)


def safe_filename(name: object, default: str = DEFAULT_NAME, max_bytes: int = MAX_BYTES) -> str:
    """A file name (without its ending) made from ``name``; ``default`` when nothing usable is left.

    >>> safe_filename("../../etc/passwd")
    'etc-passwd'
    >>> safe_filename("Plan für Zoë")
    'Plan-für-Zoë'
    """
    text = name if isinstance(name, str) else ("" if name is None else str(name))
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch if _visible(ch) or ch in " \t\n" else "" for ch in text)
    text = "".join("-" if ch in FORBIDDEN else ch for ch in text)
    text = _SPACES.sub("-", text.strip())
    text = _DOTS.sub(".", text)
    text = _DASHES.sub("-", text)
    text = _clip_bytes(text, max_bytes)
    text = text.strip(" .-_")
    if not text:
        return default
    if text.split(".")[0].casefold() in RESERVED:
        text = f"plan-{text}"
    return text


def path_in(folder: os.PathLike | str, name: str, ending: str) -> Path:
    """``folder / (safe name + ending)``; raises ValueError if the result would leave ``folder``."""
    base = Path(folder)
    target = base / (safe_filename(name) + ending)
    if target.parent != base or os.sep in target.name or (os.altsep and os.altsep in target.name):
        raise ValueError(f"{target} is not inside {base}")
    try:
        if target.resolve(strict=False).parent != base.resolve(strict=False):
            raise ValueError(f"{target} is not inside {base}")
    except OSError:
        pass
    return target


def windows_path(text: str) -> bool:
    """Whether ``text`` is a Windows folder path (``C:\\Users\\...``, ``D:``, or any backslash)."""
    t = text.strip()
    return bool(re.match(r"^[A-Za-z]:(?:[\\/]|$)", t)) or "\\" in t


def check_folder_text(text: object) -> tuple[str, str]:
    """(folder text to use, problem). The problem is "" when the text can be used as a folder path.

    The learner chooses where their plan goes, so any folder is allowed; this only refuses text that
    cannot be a folder name on every system: empty, too long, control characters, or one of
    ``< > " | ? *`` (a colon is allowed only as a Windows drive, as in ``C:\\``).
    """
    raw = text if isinstance(text, str) else ("" if text is None else str(text))
    folder = raw.strip()
    if not folder:
        return "", "Write the folder where your plan should go, for example my_interview_plan."
    if len(folder) > MAX_FOLDER:
        return "", f"That folder name is {len(folder):,} characters long; use a shorter one, for example my_interview_plan."
    if any(not _visible(ch) for ch in folder):
        return "", ("The folder name holds invisible control characters (perhaps from a copy and paste). "
                    "Type it again, for example my_interview_plan.")
    bad = sorted({ch for ch in folder if ch in '<>"|?*'})
    colon = [m.start() for m in re.finditer(":", folder)]
    drive = colon == [1] and folder[0].isascii() and folder[0].isalpha() and (len(folder) == 2 or folder[2] in "\\/")
    if colon and not drive:
        bad.append(":")
    if bad:
        shown = " ".join(bad)
        return "", (f"A folder name cannot contain {shown} (they are not allowed in folder names on every "
                    "computer). Use letters, numbers, spaces, - and _, for example my_interview_plan.")
    return folder, ""
