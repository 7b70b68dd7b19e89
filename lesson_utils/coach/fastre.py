"""Compile long lists of word-bounded alternatives so they scan quickly.

Python's ``re`` tries every alternative at every word start. Grouping the
alternatives by the letters they can start with, behind a one-character
lookahead, lets the engine skip most of them. The result matches exactly
what the plain alternation would.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from functools import lru_cache
from pathlib import Path

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ALPHABET = frozenset(string.ascii_lowercase + string.digits + "'$\\")
_ANY = frozenset(chr(i) for i in range(32, 127))
START = r"(?<![a-z0-9'])"
END = r"(?:(?<= )|(?![a-z0-9]))"


def _first(items) -> tuple[frozenset[str], bool]:
    """(possible first characters, can the sequence match empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
            return frozenset(chars), False
        if op is _c.NOT_LITERAL or op is _c.ANY:
            return _ANY, False
        if op is _c.IN:
            s: set[str] = set()
            for iop, iav in av:
                if iop is _c.LITERAL:
                    s.add(chr(iav))
                elif iop is _c.RANGE:
                    s.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:  # categories, negation: be safe
                    return _ANY, False
            chars |= s
            return frozenset(chars), False
        if op is _c.SUBPATTERN:
            sub = av[-1]
            f, empty = _first(sub.data if hasattr(sub, "data") else sub)
            chars |= f
            if not empty:
                return frozenset(chars), False
            continue
        if op is _c.BRANCH:
            any_empty = False
            for branch in av[1]:
                f, empty = _first(branch.data if hasattr(branch, "data") else branch)
                chars |= f
                any_empty = any_empty or empty
            if not any_empty:
                return frozenset(chars), False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            f, empty = _first(sub.data if hasattr(sub, "data") else sub)
            chars |= f
            if lo > 0 and not empty:
                return frozenset(chars), False
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width
        return _ANY, False
    return frozenset(chars), True


def first_chars(pattern: str) -> frozenset[str]:
    try:
        f, empty = _first(_sre_parse.parse(pattern).data)
    except Exception:
        return _ANY
    return _ANY if empty else f


def compile_bounded(named: list[tuple[str | None, str]]) -> re.Pattern:
    """One regex for (group name or None, pattern) pairs, each matched as whole words.

    Named alternatives become named groups (suffixed per bucket) so callers can
    tell which matched; use :func:`group_base` to strip the suffix.
    """
    buckets: dict[str, list[tuple[str | None, str]]] = {}
    wild: list[tuple[str | None, str]] = []
    for name, p in named:
        f = first_chars(p)
        if f is _ANY or not f <= _ALPHABET or "\\" in f:
            wild.append((name, p))
            continue
        for ch in sorted(f):
            buckets.setdefault(ch, []).append((name, p))
    parts = []
    for ch in sorted(buckets):
        alts = "|".join(_alt(name, p, ch) for name, p in buckets[ch])
        parts.append(f"(?={re.escape(ch)})(?:{alts})")
    if wild:
        parts.append("|".join(_alt(name, p, "w") for name, p in wild))
    return re.compile(START + "(?:" + "|".join(parts) + ")" + END)


_LETTERS = frozenset(string.ascii_lowercase + string.digits)


def compile_words(patterns: list[str]) -> re.Pattern:
    """The alternation ``p1|p2|...`` where each alternative that opens with a letter or digit is tried only at
    the start of a word (behind one shared look-behind), so the scan skips every position inside a word at once.
    The others (opening with ``^``, punctuation or a space) are tried everywhere, after them."""
    at_word, rest = [], []
    for p in patterns:
        f = first_chars(p)
        (at_word if f is not _ANY and f and f <= _LETTERS and not p.startswith("^") else rest).append(f"(?:{p})")
    parts = ([START + "(?:" + "|".join(at_word) + ")"] if at_word else []) + rest
    return re.compile("|".join(parts) if parts else "(?!)")


def _alt(name: str | None, p: str, ch: str) -> str:
    if name is None:
        return f"(?:{p})"
    tag = ch if ch.isalnum() else f"x{ord(ch)}"
    return f"(?P<{name}__{tag}>{p})"


def group_base(name: str | None) -> str | None:
    return name.split("__", 1)[0] if name else None


# --- Prefiltering by the first three characters of a match -------------------

_N = 3
_WORD_START = re.compile(r"(?<![a-z0-9'])[a-z0-9$]")


def _expand(items, current: set[str]) -> set[str] | None:
    """Extend each partial prefix in ``current`` by ``items``; None when unknowable."""
    cur = set(current)
    for op, av in items:
        if all(len(s) >= _N for s in cur):
            return cur
        if op is _c.LITERAL:
            cur = {s + chr(av) if len(s) < _N else s for s in cur}
        elif op is _c.IN:
            chars: list[str] = []
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.append(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < 12:
                    chars.extend(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            cur = {s + ch if len(s) < _N else s for s in cur for ch in chars}
        elif op is _c.SUBPATTERN:
            sub = av[-1]
            r = _expand(sub.data if hasattr(sub, "data") else sub, cur)
            if r is None:
                return None
            cur = r
        elif op is _c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                r = _expand(branch.data if hasattr(branch, "data") else branch, cur)
                if r is None:
                    return None
                out |= r
            cur = out
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, hi, sub = av
            data = sub.data if hasattr(sub, "data") else sub
            if lo == 0 and hi == 1:
                r = _expand(data, cur)
                if r is None:
                    return None
                cur = cur | r
            elif lo == 1 and hi == 1:
                r = _expand(data, cur)
                if r is None:
                    return None
                cur = r
            else:
                return None
        elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        else:
            return None
        if len(cur) > 400:
            return None
    return cur


# Working the openings out parses each pattern with ``re``'s parser: about half of the coach's first
# call (hundreds of milliseconds per lesson kernel). The answers depend on the pattern text only, so
# they ship worked out in ``data/coach/prefixes.json``, keyed by a hash of the pattern; a pattern not
# in the table (new or changed data) is worked out as before. ``python -m lesson_utils.coach.fastre``
# rewrites the table; tests/test_coach_prefix_table.py checks that it is complete and right.
PREFIX_TABLE = Path(__file__).resolve().parents[1] / "data" / "coach" / "prefixes.json"
_MISSING = object()
table_misses: list[str] = []  # patterns worked out because the table lacked them (read by the test)


def pattern_key(pattern: str) -> str:
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=8).hexdigest()


@lru_cache(maxsize=1)
def _prefix_table() -> dict:
    try:
        table = json.loads(PREFIX_TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def prefixes(pattern: str) -> frozenset[str] | None:
    """Every possible first three characters of a match, or None if not knowable."""
    known = _prefix_table().get(pattern_key(pattern), _MISSING)
    if known is None:
        return None
    if isinstance(known, list):
        return frozenset(known)
    table_misses.append(pattern)
    return work_out_prefixes(pattern)


def work_out_prefixes(pattern: str) -> frozenset[str] | None:
    """:func:`prefixes` without the table: parse ``pattern`` and follow it for three characters."""
    try:
        r = _expand(_sre_parse.parse(pattern).data, {""})
    except Exception:
        return None
    if r is None or any(len(s) < _N for s in r):
        return None
    return frozenset(r)


@lru_cache(maxsize=512)
def text_index(text: str) -> dict[str, tuple[int, ...]]:
    """Where each three-character word opening occurs in ``text``."""
    out: dict[str, list[int]] = {}
    for m in _WORD_START.finditer(text):
        i = m.start()
        out.setdefault(text[i: i + _N], []).append(i)
    return {k: tuple(v) for k, v in out.items()}


class CueSet:
    """Named patterns matched as whole words.

    Each pattern is tried only at the word starts where its first three
    characters occur (patterns whose opening cannot be worked out are searched
    in full). Patterns are compiled on first use.
    """

    def __init__(self, named: list[tuple[str, str]]):
        self.names = [n for n, _ in named]
        self._src = [p for _, p in named]
        self._at: list[re.Pattern | None] = [None] * len(named)
        self._full: list[re.Pattern | None] = [None] * len(named)
        self._always: list[int] = []
        self._by_prefix: dict[str, list[int]] = {}
        for i, (_, p) in enumerate(named):
            pre = prefixes(p)
            if pre is None:
                self._always.append(i)
            else:
                for x in pre:
                    self._by_prefix.setdefault(x, []).append(i)

    def _at_rx(self, i: int) -> re.Pattern:
        rx = self._at[i]
        if rx is None:  # used with .match at a known word start
            rx = self._at[i] = re.compile(f"(?:{self._src[i]})" + END)
        return rx

    def _full_rx(self, i: int) -> re.Pattern:
        rx = self._full[i]
        if rx is None:
            rx = self._full[i] = re.compile(START + f"(?:{self._src[i]})" + END)
        return rx

    def _hits(self, text: str, indexed_only: bool = False):
        """Yield (pattern id, match) for every pattern that matches somewhere."""
        by_prefix = self._by_prefix
        compiled = self._at
        done: set[int] = set()
        for pre, positions in text_index(text).items():
            ids = by_prefix.get(pre)
            if not ids:
                continue
            for i in ids:
                if i in done:
                    continue
                rx = compiled[i] or self._at_rx(i)
                for pos in positions:
                    m = rx.match(text, pos)
                    if m:
                        done.add(i)
                        yield i, m
                        break
        if indexed_only:
            return
        for i in self._always:
            m = self._full_rx(i).search(text)
            if m:
                yield i, m

    @property
    def unindexed(self) -> list[int]:
        """Ids of the patterns whose opening could not be worked out (searched in full)."""
        return self._always

    def search_indexed(self, text: str) -> re.Match | None:
        """Like :meth:`search`, over the indexed patterns only."""
        for _, m in self._hits(text, indexed_only=True):
            return m
        return None

    def full_at(self, i: int, text: str, pos: int) -> re.Match | None:
        """Pattern ``i`` matched as a whole word starting at ``pos``."""
        return self._at_rx(i).match(text, pos)

    def matched(self, text: str) -> list[str]:
        return [self.names[i] for i, _ in self._hits(text)]

    def search(self, text: str) -> re.Match | None:
        for _, m in self._hits(text):
            return m
        return None

    def finditer_starts(self, text: str) -> list[int]:
        return [m.start() for _, m in self._hits(text)]

    def match(self, text: str) -> re.Match | None:
        """A match starting at the beginning of ``text``."""
        for _, m in self._hits(text):
            if m.start() == 0:
                return m
        return None


def write_prefix_table(texts: list[str]) -> int:
    """Review ``texts`` with the table switched off, and write every pattern's opening to the table."""
    seen: dict[str, list[str] | None] = {}
    orig_init = CueSet.__init__

    def record(self, named):
        for _, p in named:
            if pattern_key(p) not in seen:
                r = work_out_prefixes(p)
                seen[pattern_key(p)] = None if r is None else sorted(r)
        orig_init(self, named)

    CueSet.__init__ = record  # type: ignore[method-assign]
    try:
        from .review import review

        for t in texts:
            review(t)
    finally:
        CueSet.__init__ = orig_init  # type: ignore[method-assign]
    PREFIX_TABLE.write_text(json.dumps(dict(sorted(seen.items())), separators=(",", ":")) + "\n", encoding="utf-8")
    _prefix_table.cache_clear()
    return len(seen)


def table_texts() -> list[str]:
    """Questions that reach every part of the coach: the course's own labelled questions."""
    root = Path(__file__).resolve().parents[2] / "tests" / "data"
    texts = ["How did you get started in your field?", "Could you refer clients to me, and how much do you make?"]
    for f in sorted(root.glob("questions-*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


if __name__ == "__main__":  # python -m lesson_utils.coach.fastre: rewrite data/coach/prefixes.json
    from lesson_utils.coach import fastre as _module  # the module the coach uses, not this __main__ copy

    print(f"{_module.write_prefix_table(_module.table_texts())} patterns written to {_module.PREFIX_TABLE}")
