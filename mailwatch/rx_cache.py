"""The compiled code of `rx.compile`'s patterns, kept on disk between processes.

Regrouping and start sets make the extractor's big phrase patterns search several times
faster, but building them costs about 7 s of CPU at every start of a process (some 1,300
patterns, 2 million code words), against about 1 s for the stdlib's plain compile. A
`mailwatch scan one.eml`, a daemon restart and every subprocess of the test suite paid it.
The result depends only on the pattern, its flags, this Python's regex engine and the code
of `rx` itself, so it is computed once and kept, as Python keeps bytecode in `.pyc` files.

The file lives in the user cache directory (`MAILWATCH_RX_CACHE` names another; an empty
value turns the cache off). Its name carries a digest of everything the code depends on,
so a new Python or a changed `rx` reads a new file, never a stale one. A file that cannot
be read, or whose code the engine rejects (`_sre.compile` validates every program it is
given), is ignored and the pattern compiled again: the cache can make a start slower,
never a pattern different. It is written at exit, whole, through a temporary file and a
rename, so a reader never sees half a file; two processes writing at once lose at most
each other's new entries, which the next start recomputes.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["ENV", "Entry", "key", "lookup", "remember", "save"]

ENV = "MAILWATCH_RX_CACHE"
#: (flags given to _sre, groups, groupindex, indexgroup, hinted, code); code None: plain.
Entry = tuple[int, int, dict[str, int], tuple[str | None, ...], bool, list[int] | None]

_entries: dict[str, Entry] | None = None  # loaded on first use
_dirty = False


def key(pattern: str, flags: int, hint: bool) -> str:
    return hashlib.sha256(f"{flags}\0{int(hint)}\0{pattern}".encode()).hexdigest()[:32]


def _path() -> Path | None:
    where = os.environ.get(ENV)
    if where == "":
        return None
    folder = Path(where) if where else Path(platformdirs.user_cache_dir("mailwatch"))
    import _sre

    from . import rx

    source = Path(rx.__file__).read_bytes()
    tag = hashlib.sha256(b"\0".join([
        sys.version.encode(), str(_sre.MAGIC).encode(), str(_sre.CODESIZE).encode(),
        sys.byteorder.encode(), source])).hexdigest()[:16]
    return folder / f"rx-{tag}.bin"


def _load() -> dict[str, Entry]:
    """The file's entries: a JSON index (a 4-byte length first), then the code words."""
    global _entries
    if _entries is not None:
        return _entries
    _entries = {}
    path = _path()
    if path is None:
        return _entries
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, IndexError):
        data = path.read_bytes()
        size = int.from_bytes(data[:4], "little")
        index = json.loads(data[4 : 4 + size])
        words = array("I")
        words.frombytes(data[4 + size :])
        loaded: dict[str, Entry] = {}
        for k, (flags, groups, groupindex, indexgroup, hinted, at, n) in index.items():
            code = None if at < 0 else words[at : at + n].tolist()
            loaded[k] = (int(flags), int(groups), {str(g): int(i) for g, i in groupindex.items()},
                         tuple(indexgroup), bool(hinted), code)
        _entries = loaded
    return _entries


def lookup(k: str) -> Entry | None:
    return _load().get(k)


def remember(k: str, entry: Entry) -> None:
    global _dirty
    entries = _load()
    if k not in entries:
        entries[k] = entry
        _dirty = True


def save() -> None:
    """Write the entries when this process added any; a cache that cannot be written (a
    read-only home under a sandboxed service) is only a slower next start."""
    global _dirty
    path = _path() if _dirty else None
    if path is None or _entries is None:
        return
    words = array("I")
    index: dict[str, Any] = {}
    for k, (flags, groups, groupindex, indexgroup, hinted, code) in _entries.items():
        at = -1 if code is None else len(words)
        if code is not None:
            words.extend(code)
        index[k] = [flags, groups, groupindex, list(indexgroup), hinted, at,
                    0 if code is None else len(code)]
    head = json.dumps(index, separators=(",", ":")).encode()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rx-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(len(head).to_bytes(4, "little") + head + words.tobytes())
            os.replace(tmp, path)
            _dirty = False
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def compiled(pattern: str, entry: Entry) -> re.Pattern[str] | None:
    """The pattern from a cached entry; None when the engine rejects the cached code."""
    import _sre

    flags, groups, groupindex, indexgroup, _hinted, code = entry
    if code is None:
        return re.compile(pattern, flags)
    try:
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        return None


atexit.register(save)
