"""The regex cache gives back exactly the code `rx.compile` builds, and a cache that is
missing, broken or unwritable only costs time."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mailwatch import rx, rx_cache

ROOT = Path(__file__).resolve().parents[1]
PATTERN = r"\b(?:webinar|podcast|newsletter|interview(?:er|s)?|panel)\b"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache in tmp_path, as a new process would see it."""
    monkeypatch.setenv(rx_cache.ENV, str(tmp_path))
    monkeypatch.setattr(rx_cache, "_entries", None)
    monkeypatch.setattr(rx_cache, "_dirty", False)
    return tmp_path


def _restart(monkeypatch) -> None:
    monkeypatch.setattr(rx_cache, "_entries", None)
    monkeypatch.setattr(rx_cache, "_dirty", False)


def _finds(p: re.Pattern[str]) -> list[tuple[int, int]]:
    text = "Our Webinar on interviewers; the PANEL podcast. interviews and a newsletter"
    return [m.span() for m in p.finditer(text)]


def test_a_saved_pattern_comes_back_with_the_same_code(fresh, monkeypatch) -> None:
    first = rx.compile(PATTERN, re.I)
    assert first in rx.HINTED
    rx_cache.save()
    files = list(fresh.glob("rx-*.bin"))
    assert len(files) == 1
    _restart(monkeypatch)
    key = rx_cache.key(PATTERN, re.I, True)
    entry = rx_cache.lookup(key)
    assert entry is not None
    assert entry == rx._dispatched(PATTERN, re.I, rx._first_chars(PATTERN, re.I))[1]
    again = rx.compile(PATTERN, re.I)
    assert again in rx.HINTED
    assert _finds(again) == _finds(first) == _finds(re.compile(PATTERN, re.I))
    assert not rx_cache._dirty  # (a hit adds nothing to write)


def test_a_broken_file_or_rejected_code_is_compiled_again(fresh, monkeypatch) -> None:
    rx.compile(PATTERN, re.I)
    rx_cache.save()
    (path,) = fresh.glob("rx-*.bin")
    path.write_bytes(b"\x10\x00\x00\x00{not json")
    _restart(monkeypatch)
    assert _finds(rx.compile(PATTERN, re.I)) == _finds(re.compile(PATTERN, re.I))
    # code the engine refuses (as a damaged file could give) is not used
    key = rx_cache.key(PATTERN, re.I, True)
    flags, groups, index, names, hinted, code = rx_cache.lookup(key)
    rx_cache._entries[key] = (flags, groups, index, names, hinted, [1, 2, 3, 99999])
    assert _finds(rx.compile(PATTERN, re.I)) == _finds(re.compile(PATTERN, re.I))


def test_an_empty_setting_turns_it_off_and_an_unwritable_place_is_harmless(
        tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(rx_cache.ENV, "")
    _restart(monkeypatch)
    rx.compile(PATTERN + "x", re.I)
    rx_cache.save()
    assert list(tmp_path.iterdir()) == []
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(rx_cache.ENV, str(blocker / "cache"))
    _restart(monkeypatch)
    rx.compile(PATTERN + "y", re.I)
    rx_cache.save()  # (no error: the next start compiles again)
    assert blocker.read_text() == "not a folder"


_CHECK = """
import json, sys
from mailwatch import rx, rx_cache
calls = []
plain_compile = rx.compile
def spy(pattern, flags=0, *, hint=True):
    calls.append((pattern, flags, hint))
    return plain_compile(pattern, flags, hint=hint)
rx.compile = spy
import mailwatch.extract.pipeline, mailwatch.reply
hits = differ = 0
for pattern, flags, hint in calls:
    entry = rx_cache.lookup(rx_cache.key(pattern, flags, hint))
    hits += entry is not None
    if sys.argv[1] == "compare":
        fresh = rx._dispatched(pattern, flags, rx._first_chars(pattern, flags) if hint else None)
        differ += entry != fresh[1]
print(json.dumps({"calls": len(calls), "hits": hits, "differ": differ}))
"""


def test_every_extractor_pattern_from_the_cache_is_the_one_compiled_fresh(tmp_path) -> None:
    """A second process reads every pattern of the extractor from the file the first one
    wrote, and each cached program is word for word the one `rx` builds again."""
    env = {**os.environ, rx_cache.ENV: str(tmp_path)}

    def run(mode: str) -> dict[str, int]:
        out = subprocess.run([sys.executable, "-c", _CHECK, mode], env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out.splitlines()[-1])

    run("fill")
    got = run("compare")
    assert got["calls"] > 150
    assert got["hits"] == got["calls"] and got["differ"] == 0
