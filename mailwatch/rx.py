"""`compile`: a regular expression with a first-character hint, for searching long texts.

Python's regex engine has no fast scan for a case-insensitive alternation such as
`\\b(?:webinar|podcast|newsletter|...)`: at every word boundary of the text it enters each
alternative in turn. Put a lookahead in front that says which characters a match can start
with (`(?=(?i:[wpn...]))`) and most positions fail with one character test instead, which
halves the search time of our big phrase patterns.

The hint never changes a match. Its characters are read from the pattern's own parse tree,
not written by hand: every character the first consumed element of a match can be (the
union over alternatives; optional and zero-width elements let the next element add its
own), taken case-insensitively so it covers the pattern under any flags. When that set is
unknowable (a class like `\\w`, `.`, a backreference) or a match can be empty, the pattern
is compiled as it is. The lookahead and the wrapping group capture nothing, so group
numbers, names, spans and `findall` results are those of `re.compile(pattern, flags)`.
"""

from __future__ import annotations

import re

try:  # the stdlib's own regex parser; private, so its absence only costs the hint
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python < 3.11 or a reshuffled stdlib
    _parser = None

__all__ = ["compile"]

#: A class range wider than this is as good as "any character": no hint.
_MAX_RANGE = 1000
#: Classes written as themselves in the hint (same flags, so the same characters).
_CATEGORIES = (
    {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
    if _parser is not None
    else {}
)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a first-character lookahead when one is known."""
    chars = _first_chars(pattern, flags)  # None for a bad pattern: re.compile says why
    if chars:
        hint = "".join(sorted(chars))
        try:
            return re.compile(f"(?=(?i:[{hint}]))(?:{pattern})", flags)
        except re.error:  # e.g. global inline flags, which must open the pattern
            pass
    return re.compile(pattern, flags)


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """The class items (escaped characters, \\d \\s \\w) a match can start with."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - no hint is always correct
        return None
    chars, may_be_empty = _first(tree.data)
    return None if chars is None or may_be_empty else chars


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(class items a match of this sequence can start with, can it match empty?);
    None when any character is possible."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: the next element decides
            continue
        if op is _c.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is _c.IN:
            chars = _class_chars(av)
            return (None, False) if chars is None else (out | chars, False)
        if op is _c.BRANCH:
            sub, empty = _union(av[1])
        elif op is _c.SUBPATTERN:
            sub, empty = _first(av[3])
        elif op is _c.ATOMIC_GROUP:
            sub, empty = _first(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...: anything can come first
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not empty:
            return out, False
    return out, True


def _union(alternatives: list) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    empty = False
    for alt in alternatives:
        chars, alt_empty = _first(alt)
        if chars is None:
            return None, False
        out |= chars
        empty = empty or alt_empty
    return out, empty


def _class_chars(items: list) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            out.update(re.escape(chr(code)) for code in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # NEGATE, \W \S \D, a huge range
            return None
    return out
