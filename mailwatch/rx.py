"""`compile`: a regular expression with a first-character start set, for searching long texts.

Python's regex engine has no fast scan for a case-insensitive alternation such as
`\\b(?:webinar|podcast|newsletter|...)`: at every position of the text it enters the
pattern, and at every word boundary it tries each alternative in turn. It does have a fast
scan for a pattern that must start with a character of a known set: its info block can hold
that set, and a search then tries a match only where the text has one of its characters,
found by a loop in C. The stdlib's compiler fills that set in only for a pattern that opens
with a plain literal or class (not under re.I, not behind `\\b`); `compile` fills it in for
every pattern whose first characters it can tell. The search of our big phrase patterns is
then several times faster than the plain pattern's, and a third faster than with the
lookahead (`(?=(?i:[wpn...]))`) this module used to put in front for the same purpose.

The set never changes a match. Its characters are read from the pattern's own parse tree,
not written by hand: every character the first consumed element of a match can be (the
union over alternatives; optional and zero-width elements let the next element add its
own), with every character re.I matches to one of them, so it covers the pattern under
any flags. When that set is unknowable (a class like `\\W`, `.`, a backreference) or a
match can be empty, or the stdlib found a prefix or set itself, the pattern is compiled
as it is. Nothing else of the compiled pattern changes: its `pattern`, flags, groups,
`match` and `fullmatch` (which do not read the set) are those of `re.compile(pattern,
flags)`.

Second, alternations are dispatched on their first character (`_regroup`). At a word start
the engine tries every alternative of `(?:webinar|podcast|...)` in turn, and under re.I it
cannot reject one by its first letter without entering it: it has that shortcut only for an
exact literal. So a run of alternatives that each must open with a character of a known set
is regrouped by that character, written exactly ("w" under re.I is `w` or `W`; "k" is also
the Kelvin sign, "s" the long s, "i" the dotted and dotless i: the only non-ASCII characters
re.I matches to ASCII letters): `(?-i:w)(?:ebinar|...)|(?-i:W)(?:ebinar|...)|(?-i:p)...`.
At a given character only its own group can start, and inside it the run's alternatives
that open with it follow in their order, so the engine tries the same alternatives in the
same order, with the same backtracking, and finds the same match and groups; it skips the
others at once. A position test the run's alternatives all start with (`\\b`) is the same
test at the same place for each, so it is made once, before them. The regrouped parse tree
is compiled by the stdlib's own compiler; anything unexpected there (another Python's
internals, a pattern that would grow too much) gives the plain compiled pattern.
"""

from __future__ import annotations

import re
import weakref

from . import rx_cache

try:  # the stdlib's own regex parser; private, so its absence only costs the start set
    import _sre
    import re._compiler as _compiler
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python < 3.11 or a reshuffled stdlib
    _parser = None

__all__ = ["compile", "lowered", "opening"]

#: A class range wider than this is as good as "any character": no start set.
_MAX_RANGE = 1000
#: Classes kept as themselves among the first characters (`_start_set` maps them back).
_CATEGORIES = (
    {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
    if _parser is not None
    else {}
)


def compile(pattern: str, flags: int = 0, *, hint: bool = True) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, searching only from the characters a match can start
    with when those are known (`hint=False`: not, for a pattern the engine already scans
    fast, such as one that opens with a literal) and its alternations dispatched on their
    first character."""
    key = rx_cache.key(pattern, flags, hint)
    if (entry := rx_cache.lookup(key)) is not None and (
            cached := rx_cache.compiled(pattern, entry)) is not None:
        if entry[4]:
            HINTED.add(cached)
        return cached
    chars = _first_chars(pattern, flags) if hint else None  # None for a bad pattern too
    compiled, entry = _dispatched(pattern, flags, chars)
    rx_cache.remember(key, entry)
    return compiled


def opening(*patterns: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern for the characters a match of any of `patterns` can start
    with (with their re.I equivalents: a superset), to `match` at a position before trying
    each pattern there; None when one of them can start with anything or match nothing.
    The characters are the start set's (`_first_chars`)."""
    items: set[str] = set()
    for p in patterns:
        chars = _first_chars(p.pattern, p.flags)
        if chars is None:
            return None
        items |= chars
    return re.compile("[" + "".join(sorted(items)) + "]", re.I)


def lowered(text: str) -> str:
    """`text` lower-cased for substring tests that stand in for a re.I search: an ASCII
    word re.I finds in `text` is, lower-cased, a substring of the result. (Lower-casing
    alone misses the four non-ASCII characters re.I matches to ASCII letters, so they are
    made those letters first; no other character lower-cases into ASCII.)"""
    if not text.isascii() and any(ch in text for ch in _SPECIAL):
        text = text.translate(_TO_ASCII)
    return text.lower()


def _dispatched(pattern: str, flags: int, first: set[str] | None = None
                ) -> tuple[re.Pattern[str], rx_cache.Entry]:
    """`re.compile(pattern, flags)` with its alternations regrouped by first character
    (see the module docstring) and, given the characters a match can start with (`first`),
    their start set; the plain compiled pattern when nothing changes. With it, what the
    cache keeps to build it again."""
    plain = re.compile(pattern, flags)  # raises re.error for a bad pattern, as before
    as_plain: rx_cache.Entry = (flags, 0, {}, (), False, None)
    if _parser is None or flags & (re.ASCII | re.DEBUG):
        return plain, as_plain
    try:
        tree = _parser.parse(pattern, flags)
        code = _compiler._code(tree, flags)
        # "^" first: the engine tries a match at the start (or each line start) only, or
        # as cheaply as it would test a start set.
        anchored = bool(tree.data) and tree.data[0] in _AT_STARTS
        data, changed = _regroup(tree.data, tree.state.flags | flags)
        if changed:
            tree.data, tree.width = data, None  # the width is recomputed (and is the same)
            regrouped = _compiler._code(tree, flags)  # what _compiler.compile does, on our tree
            changed = len(regrouped) <= _MAX_GROWTH * len(code)
            code = regrouped if changed else code
        # A start set only where the stdlib found no prefix or set of its own (code[2],
        # the info flags) and every match is at least one character long (code[3]): the
        # engine's set search skips the check that stops finditer and sub from finding an
        # empty match twice at one place, so there must be no empty match.
        hinted = (bool(first) and not anchored and code[0] == _c.INFO and code[2] == 0
                  and code[3] >= 1)
        if hinted:
            code = _with_start_set(code, _start_set(first))
        elif not changed:
            return plain, as_plain
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: rx_cache.Entry = (flags | tree.state.flags, tree.state.groups - 1, groupindex,
                                 tuple(indexgroup), hinted, code)
        compiled = rx_cache.compiled(pattern, entry)
        if compiled is None:
            return plain, as_plain
        if hinted:
            HINTED.add(compiled)
        return compiled, entry
    except Exception:  # noqa: BLE001 - the plain pattern is always correct
        return plain, as_plain


#: The patterns `compile` gave a start set (for the tests, which compare them with `re`'s).
HINTED: weakref.WeakSet[re.Pattern[str]] = weakref.WeakSet()
#: "^" and "\\A" as the parser writes them.
_AT_STARTS = (
    [(_c.AT, at) for at in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE)]
    if _parser is not None
    else []
)
#: The largest code point.
_MAX_CHAR = 0x10FFFF
_CATEGORY_OF = {v: k for k, v in _CATEGORIES.items()}


def _start_set(chars: set[str]) -> list[int]:
    """The compiled character set (`_sre` charset code) of every character that re.I can
    match to one of the class items `chars` (from `_first_chars`); without re.I, as the
    engine tests its start set. A cased non-ASCII letter adds all of non-ASCII (a
    superset: its own equivalents are not listed anywhere) and the ASCII letters re.I
    matches to it (dotless i is "i", say). \\d \\s \\w are themselves: no character outside
    one of them lower-cases into it, so re.I adds nothing (checked over all of Unicode)."""
    items: list[tuple[object, object]] = []
    for item in sorted(chars):  # (sorted: the same code in every process)
        if item in _CATEGORY_OF:
            items.append((_c.CATEGORY, _CATEGORY_OF[item]))
            continue
        code = ord(item[-1])  # the item is re.escape(ch): ch, or a backslash and ch
        exact = _exact(code, re.I)
        if exact is None:
            items.append((_c.RANGE, (0x80, _MAX_CHAR)))
            exact = [c for c in range(0x80) if re.fullmatch(re.escape(chr(code)), chr(c), re.I)]
        items.extend((_c.LITERAL, c) for c in exact)
    charset, _cased = _compiler._optimize_charset(items)
    out: list[int] = []
    _compiler._compile_charset(charset, _c.SRE_FLAG_UNICODE, out)
    return out


def _with_start_set(code: list[int], charset: list[int]) -> list[int]:
    """The compiled pattern `code` with `charset` as its info block's start set: a search
    then tries a match only where the text has one of its characters, found by a loop in
    C, instead of entering the pattern at every position. (The info block is read only by
    search, which skips it for the pattern; the pattern's jumps are relative, so it can
    grow.) The block: INFO, its length, flags, min and max width, then the set."""
    info = [_c.INFO, 4 + len(charset), _c.SRE_INFO_CHARSET, code[3], code[4], *charset]
    return info + code[1 + code[1] :]


#: The non-ASCII characters re.I (Unicode) matches to ASCII letters: dotted I, dotless i,
#: long s, Kelvin sign. `_exact` keeps only those the engine itself matches to a letter.
_SPECIAL = "\u0130\u0131\u017f\u212a"
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
#: A character class of more characters than this is not worth a dispatch entry each.
_MAX_CLASS = 24
#: Regrouping copies what follows a group into each of its first characters' entries; a
#: pattern whose code would grow more than this many times is compiled as it is. Our
#: largest, classify.RESCHEDULE (its "not progress" lookahead copied after every verb),
#: grows 13 times, to about 100k code words, and searches in half the time for it, as
#: CANCEL (7 times) and duration._FRAME (9) do; a bound of 6 had left all three plain.
_MAX_GROWTH = 16


def _exact(code: int, flags: int) -> list[int] | None:
    """The characters a literal matches under `flags`; None when not known exactly (a
    cased non-ASCII letter under re.I, or re.I under ASCII or LOCALE rules)."""
    if not flags & _c.SRE_FLAG_IGNORECASE or not _sre.unicode_iscased(code):
        return [code]
    if code > 127 or flags & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE):
        return None
    ch = chr(code)
    found = {c for c in {ch.lower(), ch.upper(), *_SPECIAL} if re.fullmatch(ch, c, re.I)}
    return sorted(ord(c) for c in found)


def _class_exact(items: list, flags: int) -> list[int] | None:
    """The characters of a small class of literals and ranges; None otherwise."""
    codes: list[int] = []
    for op, av in items:
        if op is _c.LITERAL:
            codes.append(av)
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            codes.extend(range(av[0], av[1] + 1))
        else:  # NEGATE, a category, a big range
            return None
    out: list[int] = []
    for code in codes:
        chars = _exact(code, flags)
        if chars is None:
            return None
        out.extend(c for c in chars if c not in out)
    return out if len(out) <= _MAX_CLASS else None


def _opening(items: list, flags: int) -> dict[int, list] | None:
    """For a sequence that must begin by consuming one character of a known set: each such
    character -> what the sequence still has to match after it; None when not known.

    A literal or a small class gives its characters (their exact re.I equivalents); an
    alternation whose alternatives all have openings gives the union, each character
    followed by the alternatives that open with it, in their order, then the rest; a
    non-capturing group, its content's opening, the rest of it kept in the group's flags."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL or op is _c.IN:
        chars = _exact(av, flags) if op is _c.LITERAL else _class_exact(av, flags)
        return None if chars is None else {c: rest for c in chars}
    if op is _c.BRANCH:
        tails: dict[int, list[list]] = {}
        for alt in av[1]:
            opening = _opening(alt.data, flags)
            if opening is None:
                return None
            for c, tail in opening.items():
                tails.setdefault(c, []).append(tail)
        like = av[1][0]
        return {c: (ts[0] + rest if len(ts) == 1 else [_branch(like, ts), *rest])
                for c, ts in tails.items()}
    if op is _c.SUBPATTERN and av[0] is None:
        _group, add, delete, sub = av
        inner = _opening(sub.data, _compiler._combine_flags(flags, add, delete))
        if inner is None:
            return None
        return {c: ([(op, (None, add, delete, _like(sub, tail)))] if tail else []) + rest
                for c, tail in inner.items()}
    return None


def _regroup(items: list, flags: int) -> tuple[list, bool]:
    """The items with every alternation in them regrouped (innermost first); and whether
    anything changed."""
    out, changed = [], False
    for op, av in items:
        did = False
        if op is _c.BRANCH:
            alts, did = _regroup_branch(av[1], flags)
            out.append((op, (av[0], alts)))
        elif op is _c.SUBPATTERN:
            group, add, delete, sub = av
            data, did = _regroup(sub.data, _compiler._combine_flags(flags, add, delete))
            out.append((op, (group, add, delete, _like(sub, data))))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            data, did = _regroup(sub.data, flags)
            out.append((op, (lo, hi, _like(sub, data))))
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, sub = av
            data, did = _regroup(sub.data, flags)
            out.append((op, (direction, _like(sub, data))))
        elif op is _c.ATOMIC_GROUP:
            data, did = _regroup(av.data, flags)
            out.append((op, _like(av, data)))
        else:
            out.append((op, av))
        changed = changed or did
    return out, changed


def _regroup_branch(alternatives: list, flags: int) -> tuple[list, bool]:
    """The alternatives, each run of ones with an opening (after the same position test,
    such as \\b, if any) regrouped by first character; the others stay where they are."""
    out: list = []
    run: list[dict[int, list]] = []
    lead_of_run = None
    changed = False
    for alt in alternatives:
        data, did = _regroup(alt.data, flags)  # the inner alternations first, once
        changed = changed or did
        lead = data[0] if data and data[0][0] is _c.AT else None
        opening = _opening(data[1:] if lead else data, flags)
        if opening is not None and (not run or lead == lead_of_run):
            run.append(opening)
            lead_of_run = lead
            continue
        if run:
            out += _emit(run, lead_of_run, alt)
            changed, run = True, []
        if opening is not None:
            run, lead_of_run = [opening], lead
            continue
        out.append(_like(alt, data))
    if run:
        out += _emit(run, lead_of_run, alternatives[0])
        changed = True
    return out, changed


def _emit(run: list[dict[int, list]], lead: object, like: object) -> list:
    """The run as one alternative per first character: that exact character, then what
    the run's alternatives opening with it still match, as an alternation in their order;
    behind the run's shared position test, if any."""
    tails: dict[int, list[list]] = {}
    for opening in run:
        for c, tail in opening.items():
            tails.setdefault(c, []).append(tail)
    out = []
    for c, ts in tails.items():
        exact = (_c.SUBPATTERN, (None, 0, _c.SRE_FLAG_IGNORECASE, _like(like, [(_c.LITERAL, c)])))
        out.append(_like(like, [exact, *(ts[0] if len(ts) == 1 else [_branch(like, ts)])]))
    if lead is None:
        return out
    return [_like(like, [lead, _branch(like, [alt.data for alt in out])])]


def _branch(like: object, alternatives: list[list]) -> tuple:
    return (_c.BRANCH, (None, [_like(like, data) for data in alternatives]))


def _like(sub: object, data: list) -> object:
    """A parse-tree node holding `data`, in the same parser state as `sub`."""
    return _parser.SubPattern(sub.state, data)  # type: ignore[attr-defined]


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    """The class items (escaped characters, \\d \\s \\w) a match can start with."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - no start set is always correct
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
