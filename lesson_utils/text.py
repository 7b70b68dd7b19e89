"""Helpers for learner text: cleaning, escaping and clipping.

Learner text can be anything: empty, huge, full of emoji, right-to-left, or
markup. These helpers never raise on a ``str`` and never lose what was typed:
cleaning removes only invisible control characters.
"""

from __future__ import annotations

import html
import re
import unicodedata

# C0 and C1 control characters except tab, newline and carriage return, plus
# the Unicode "noncharacters" that some editors leave behind.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
#: terminal colour and cursor codes pasted from a console ("\x1b[31m"): invisible, and without this their
#: visible tail ("[31m") would stay behind once the escape character is removed
ANSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)

#: Past this many characters, feedback looks only at the start of a text.
CHECK_LIMIT = 5_000
#: How many characters of learner text a message quotes back at most.
QUOTE_LIMIT = 200


def clean(text: object) -> str:
    """Return ``text`` as a string with control characters removed.

    ``None`` becomes ``""``; any other non-string is converted with ``str``.
    Line breaks are normalised to ``\\n`` and the result is NFC-normalised.
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", ANSI.sub("", text))
    return unicodedata.normalize("NFC", text)


def had_control_characters(text: object) -> bool:
    """True when :func:`clean` would remove something other than line endings."""
    return isinstance(text, str) and bool(_CONTROL.search(text.replace("\r", "")) or ANSI.search(text))


def clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Shorten ``text`` to at most ``limit`` characters, marking the cut with an ellipsis; the cut falls
    between words when a space is near the end ("instructional desi…" reads as a typo)."""
    text = text or ""
    if len(text) <= limit:
        return text
    head = text[: max(0, limit - 1)]
    space = head.rfind(" ")
    if space >= max(1, int(limit * 0.7)):
        head = head[:space]
    return head.rstrip(" ,;:-.…") + "…"  # never "young...…": a cut after the text's own dots keeps one ellipsis


def escape(text: object) -> str:
    """Escape learner text for safe display inside HTML."""
    return html.escape(clean(text), quote=True)


def words(text: str) -> list[str]:
    """Split text into words (letters and digits in any script)."""
    return _WORD.findall(text or "")


def word_count(text: str) -> int:
    return len(words(text))


def is_blank(text: object) -> bool:
    return not clean(text).strip()
