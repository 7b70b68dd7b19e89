"""Plain-English figures for lesson prose: sentences and their length in words.

Used by the tests to measure every markdown cell of the lessons. Markdown syntax (links, emphasis,
tables, code, HTML tags, headings) is stripped first; each table row, list item and heading
counts as its own piece of text. Nothing here imports ipywidgets.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "Ms.", "Mr.", "Dr.", "vs.", "approx.", "No.")

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_CODE = re.compile(r"`[^`]*`")
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*")
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)*_]*\s+(?=[\"“‘(*_]*[A-Z0-9\"“‘(])")


def plain_pieces(markdown: str) -> list[str]:
    """The text of a markdown cell as separate pieces: paragraphs, list items, headings, table cells."""
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    text = _CODE.sub("code", text)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    pieces: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            pieces.append(" ".join(paragraph))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or set(line) <= set("|-: "):
            flush()
            continue
        if line.startswith("|"):
            flush()
            pieces += [c.strip() for c in line.strip("|").split("|") if c.strip()]
            continue
        if re.match(r"^(#+|[-*+]|\d+\.|>)\s", line):
            flush()
            line = re.sub(r"^(#+|[-*+]|\d+\.|>)\s+", "", line)
            if line.startswith(">"):
                line = line.lstrip("> ")
        paragraph.append(line)
    flush()
    return pieces


def sentences(markdown: str) -> list[str]:
    """The sentences of a markdown cell, each one stripped of markdown."""
    out = []
    for piece in plain_pieces(markdown):
        protected = piece
        for abbr in _ABBREVIATIONS:
            protected = protected.replace(abbr, abbr.replace(".", "\u2024"))
        for s in _SPLIT.split(protected):
            s = s.replace("\u2024", ".").strip()
            if word_count(s):
                out.append(s)
    return out


def word_count(sentence: str) -> int:
    return len(_WORD.findall(sentence))
