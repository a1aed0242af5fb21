"""The labelled corpus (tests/corpus/) scored by `mailwatch eval`.

Each field's score must stay at or above its floor in tests/corpus/floor.json: the
scores measured when the floor was last raised. A change that misreads mail the
extractor used to read fails here. The issue's targets are printed beside the scores
(run with -s); where a score is below its target the README says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from mailwatch.evaluate import evaluate, format_report

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FLOOR = json.loads((CORPUS / "floor.json").read_text())


def test_every_message_is_labelled_and_every_label_complete() -> None:
    fields = {"kind", "start", "end", "timezone", "interviewers", "company", "position",
              "decision_deadline"}
    emls = sorted(CORPUS.glob("*.eml"))
    assert len(emls) >= FLOOR["files"]
    for eml in emls:
        label = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        assert fields <= set(label), f"{eml.name}: missing {fields - set(label)}"


def test_scores_never_fall_below_the_floor() -> None:
    report = evaluate(CORPUS)
    print("\n" + format_report(report))
    assert not report.errors, f"detection crashed: {report.errors}"
    low = {name: (round(report.fields[name].score, 4), floor)
           for name, floor in FLOOR["scores"].items() if report.fields[name].score < floor}
    assert not low, f"below the floor (score, floor): {low}"


def test_eval_reports_a_crashing_detection_as_an_error(tmp_path: Path, monkeypatch) -> None:
    """A crash inside detection must not pass as an ordinary miss: eval lists it and
    `mailwatch eval` exits 1 (a broken import once read as near-zero scores)."""
    from mailwatch import cli
    from mailwatch.extract import pipeline

    eml = sorted(CORPUS.glob("*.eml"))[0]
    (tmp_path / eml.name).write_bytes(eml.read_bytes())
    (tmp_path / eml.with_suffix(".json").name).write_bytes(eml.with_suffix(".json").read_bytes())
    assert evaluate(tmp_path).errors == []

    def broken(*args: object) -> None:
        raise KeyError("no such table")

    monkeypatch.setattr(pipeline, "run", broken)
    report = evaluate(tmp_path)
    assert report.errors == [(eml.name, "KeyError: 'no such table'")]
    assert "1 extraction error(s)" in format_report(report)
    assert report.to_json()["errors"] == [{"file": eml.name, "error": "KeyError: 'no such table'"}]
    assert cli.main(["eval", str(tmp_path), "--no-misses"]) == 1
