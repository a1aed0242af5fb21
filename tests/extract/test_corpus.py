"""Run detect over the labelled corpus (tests/corpus/NNN-name.eml + .json).

Each message must match every expected field; the per-field accuracy table is printed
(run with -s to see it) so a later, deeper extractor can be compared field by field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mailwatch.extract import detect
from mailwatch.message import parse_message
from mailwatch.model import Detection

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
USERS = frozenset({"thandi@example.org"})
FIELDS = (
    "kind",
    "start",
    "end",
    "timezone",
    "interviewers",
    "company",
    "position",
    "decision_deadline",
)
FILES = sorted(CORPUS.glob("*.eml"))


def actual(d: Detection) -> dict[str, Any]:
    iv = d.interview
    return {
        "kind": d.kind.value,
        "start": iv.start.isoformat() if iv else None,
        "end": iv.end.isoformat() if iv and iv.end else None,
        "timezone": iv.timezone if iv else None,
        "interviewers": sorted(p.name for p in iv.interviewers if p.name) if iv else [],
        "company": d.company,
        "position": d.position,
        "decision_deadline": d.decision_deadline.isoformat() if d.decision_deadline else None,
    }


def expected(path: Path) -> dict[str, Any]:
    data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    data["interviewers"] = sorted(data.get("interviewers") or [])
    return data


def run(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    d = detect(parse_message(path.read_bytes()), user_addresses=USERS)
    return actual(d), expected(path)


def test_corpus_is_labelled() -> None:
    assert len(FILES) >= 12
    for path in FILES:
        assert path.with_suffix(".json").exists(), path.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_message(path: Path) -> None:
    got, want = run(path)
    wrong = {f: (want.get(f), got[f]) for f in FIELDS if f in want and want[f] != got[f]}
    assert not wrong, f"{path.name}: field -> (expected, got): {wrong}"


def test_corpus_accuracy_report() -> None:
    right = dict.fromkeys(FIELDS, 0)
    for path in FILES:
        got, want = run(path)
        for f in FIELDS:
            right[f] += want.get(f) == got[f]
    print(f"\ncorpus: {len(FILES)} messages")
    for f in FIELDS:
        print(f"  {f:<18} {right[f]:>3}/{len(FILES)}  {right[f] / len(FILES):6.1%}")
    assert right["kind"] == len(FILES)
