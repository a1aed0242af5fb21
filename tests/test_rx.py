"""rx.compile: the first-character hint never changes what a pattern finds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import mailwatch.extract.pipeline  # noqa: F401 - imports every extraction module
from mailwatch import rx

CORPUS = Path(__file__).parent / "corpus"

#: Case-folding corner cases (Kelvin sign, long s, dotted and dotless i), digits, marks.
ODD = [
    "", " ", "\n", "INTERVIEW", "iNtErViEw", "\u212aelvin", "\u017fchedule", "\u0130nterview",
    "\u0131nterview", "Gespr\u00e4ch", "12/11/2026 10:00", "- item", "> quoted", "\u00e9crit",
    "webinar", "WEBINAR on Tuesday", "role at Acme", "Senior Engineer at Kestrel Robotics",
]


def _hinted() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """Every module-level pattern rx gave a start set, with its plain twin."""
    found = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("mailwatch"):
            continue
        for attr, value in vars(module).items():
            values = value if isinstance(value, list) else [value]
            for i, p in enumerate(values):
                if isinstance(p, re.Pattern) and p in rx.HINTED:
                    found[id(p)] = (f"{name}.{attr}[{i}]", p, re.compile(p.pattern, p.flags))
    return list(found.values())


def _texts() -> list[str]:
    texts = list(ODD)
    for path in sorted(CORPUS.glob("*.eml"))[:80]:
        raw = path.read_bytes().decode("utf-8", "replace")
        body = raw.partition("\n\n")[2][:3000]
        texts += [body, body.upper(), body.swapcase(), " ".join(body.split())]
    return texts


def _all(p: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text)]


def test_the_extraction_patterns_have_hints():
    names = {name for name, _, _ in _hinted()}
    assert any("notjob.NOT_JOB" in n for n in names)
    assert len(names) > 30


@pytest.mark.parametrize(
    "name,hinted,plain", _hinted(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_hinted_pattern_finds_exactly_what_the_plain_one_finds(name, hinted, plain):
    assert hinted.groupindex == plain.groupindex and hinted.groups == plain.groups
    for text in _texts():
        assert _all(hinted, text) == _all(plain, text), (name, text[:80])
        m, n = hinted.search(text), plain.search(text)
        assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups()))
        assert hinted.findall(text) == plain.findall(text)


@pytest.mark.parametrize("pattern", [
    r"a?",  # can match empty: a lookahead would forbid the empty match
    r"(?:x|)y?",
    r".foo",  # any character first
    r"[^a]b",  # negated class
    r"\Wfoo",
    r"(a)?\1b",  # a backreference can come first
])
def test_no_hint_when_any_first_character_or_an_empty_match_is_possible(pattern):
    compiled = rx.compile(pattern)
    assert compiled.pattern == pattern and compiled not in rx.HINTED


@pytest.mark.parametrize("pattern,flags,first", [
    (r"\b(?:webinar|Podcast)\b", re.I, {"w", "P"}),
    (r"(?<!\w)\d{1,2}\.\d", 0, {r"\d"}),
    (r"(?:x?y*)+z", 0, {"x", "y", "z"}),
    (r"[A-C]oo|\s+bar", 0, {"A", "B", "C", r"\s"}),
    (r"(?i:k)elvin", 0, {"k"}),
])
def test_first_characters_come_from_the_parse_tree(pattern, flags, first):
    assert rx._first_chars(pattern, flags) == first


def test_a_pattern_with_global_inline_flags_keeps_them():
    compiled = rx.compile(r"(?m)^fo+")
    assert compiled.pattern == r"(?m)^fo+" and compiled.flags & re.M
    text = "fooo\nxfoo\nfo\n\u017foo\nFoo"
    assert compiled.findall(text) == re.findall(r"(?m)^fo+", text) == ["fooo", "fo"]


@pytest.mark.parametrize("pattern,flags", [
    (r"\b(?:k|s|i)\w+", re.I),  # Kelvin sign, long s, dotted and dotless i under re.I
    (r"\b(?:gespr\u00e4ch|\u00e9crit|\u0131d)", re.I),  # cased non-ASCII letters
    (r"(?i:w)hen|Date", 0),  # re.I for a part only
    (r"\b[\d\s]x", re.I),
])
def test_the_start_set_holds_every_character_a_match_can_start_with(pattern, flags):
    compiled = rx.compile(pattern, flags)
    assert compiled in rx.HINTED
    for text in ODD + ["\u212a \u017f \u0130 \u0131 I i K S \u00c9CRIT \u00c4 \u00e4 GESPR\u00c4CH",
                       "WHEN when When DATE Date 1x 1X \tx \u00a0x"]:
        assert _all(compiled, text) == _all(re.compile(pattern, flags), text), text


def test_a_bad_pattern_raises_like_re_compile():
    with pytest.raises(re.error):
        rx.compile(r"(unclosed")


def test_opening_matches_wherever_a_pattern_starts_a_match():
    """rx.opening(*patterns) is tried before the patterns at a position: wherever one of
    them starts a match, it matches there too (here for every hinted pattern, each alone
    and the time openers together)."""
    from mailwatch.extract import times

    groups = [(p,) for _, p, _ in _hinted()] + [times._OPENERS]
    texts = _texts()[:60]
    for group in groups:
        gate = rx.opening(*group)
        assert gate is not None
        for text in texts:
            for p in group:
                for m in p.finditer(text):
                    assert gate.match(text, m.start()), (p.pattern[:40], text[m.start():][:20])
    for text in texts[:12]:  # every position, not only where finditer went
        for i in range(len(text)):
            if any(p.match(text, i) for p in times._OPENERS):
                assert times._OPENING.match(text, i), text[i:][:20]
    assert rx.opening(re.compile(r".x")) is None  # anything can come first
    assert rx.opening(re.compile(r"x?")) is None  # a match can be empty
