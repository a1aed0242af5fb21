"""Split a message's new text into units: sentences, and templated "When:/Time:" blocks.

Dates are only trusted inside a unit that talks about the meeting, so the unit boundaries
matter: hard-wrapped lines are joined back into sentences, while labelled lines of an
invitation template ("Date: ...", "Time: ...") are kept together as one unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LABEL = re.compile(
    r"^\s*[*\-•]?\s*(?:when|date|dates|time|times|day|start|starts|start\s+time|end\s+time"
    r"|time\s*zone|timezone|duration|where|location|venue|address|format|interview\s+(?:date"
    r"|time|slot|details)|datum|zeit|uhrzeit|ort)\s*:",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[*\-•·]|\d{1,2}[.)])\s+")
_BREAK = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(])")
_ABBREV = re.compile(r"(?:\b[ap]\.m\.|\b(?:Dr|Mr|Mrs|Ms|St|Prof|approx|e\.g|i\.e|No|Nr)\.)$", re.I)


@dataclass(frozen=True)
class Unit:
    text: str
    templated: bool = False  # a block of "Label: value" lines


def sentences(paragraph: str) -> list[str]:
    """Split joined prose at sentence ends, but not after "a.m.", "Dr." and the like."""
    out: list[str] = []
    start = 0
    for m in _BREAK.finditer(paragraph):
        if _ABBREV.search(paragraph[start : m.start()]):
            continue
        out.append(paragraph[start : m.start()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def units(text: str) -> list[Unit]:
    """Sentences and templated blocks, in order."""
    out: list[Unit] = []
    prose: list[str] = []
    block: list[str] = []

    def flush_prose() -> None:
        if prose:
            out.extend(Unit(s) for s in sentences(" ".join(prose)))
            prose.clear()

    def flush_block() -> None:
        if block:
            out.append(Unit(" ; ".join(block), templated=True))
            block.clear()

    for para in re.split(r"\n\s*\n", text or ""):
        for raw in para.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            if LABEL.match(line):
                flush_prose()
                block.append(line)
            elif _BULLET.match(line):
                flush_prose()
                flush_block()
                out.append(Unit(_BULLET.sub("", line)))
            else:
                flush_block()
                prose.append(line)
        flush_prose()
        flush_block()
    return out
