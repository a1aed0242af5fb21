"""`mailwatch eval DIR`: score extraction against a labelled corpus, field by field.

Labels (`NNN-name.json` beside `NNN-name.eml`) follow tests/corpus/README.md. Scoring is
deliberately strict where a wrong value would hurt a user (start instants must be equal
to the second) and lenient only about spelling the same thing (company names compare
without case, punctuation or legal suffix).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .extract import detect
from .extract.same_name import norm_org, norm_role
from .message import MalformedMessage, parse_message

DEFAULT_USER = "thandi@example.org"

#: The targets of the extraction issue, per field (accuracy, or F1 for interviewers).
TARGETS = {"kind": 0.98, "start": 0.98, "end": 0.95, "interviewers": 0.95,
           "company": 0.95, "position": 0.95, "decision_deadline": 1.0}

def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass
class FieldScore:
    """Counts for one field: true positives, predictions, gold values, exact agreement."""

    name: str
    correct: int = 0  # non-null prediction equal to a non-null label
    predicted: int = 0  # non-null predictions
    gold: int = 0  # non-null labels
    agree: int = 0  # messages where prediction == label (nulls included)
    total: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.agree / self.total if self.total else 1.0

    @property
    def score(self) -> float:
        """The number compared with the target: F1 for sets, accuracy otherwise."""
        return self.f1 if self.name == "interviewers" else self.accuracy


@dataclass
class Report:
    fields: dict[str, FieldScore]
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    #: Messages whose detection raised (detect() turns a crash into kind=other; eval must
    #: not let that pass as an ordinary miss, or a broken import reads as bad scores).
    errors: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "fields": {n: {"score": round(f.score, 4), "precision": round(f.precision, 4),
                           "recall": round(f.recall, 4), "accuracy": round(f.accuracy, 4),
                           "target": TARGETS.get(n)} for n, f in self.fields.items()},
            "misses": [{"file": f, "field": n, "expected": e, "got": g}
                       for f, n, e, g in self.misses],
            "errors": [{"file": f, "error": e} for f, e in self.errors],
        }


_ERROR = "extraction error: "


def predict(path: Path, user: str) -> dict[str, Any]:
    """What mailwatch reads from one file, as label fields; "error" is set when detection
    crashed (the message then reads as kind=other, as `scan` would report it)."""
    try:
        msg = parse_message(path.read_bytes())
    except MalformedMessage:
        return {"kind": "other", "start": None, "end": None, "timezone": None,
                "interviewers": [], "company": None, "position": None,
                "decision_deadline": None, "error": None}
    d = detect(msg, user_addresses=frozenset({user}))
    iv = d.interview
    return {
        "kind": d.kind.value,
        "start": iv.start.isoformat() if iv else None,
        "end": iv.end.isoformat() if iv and iv.end else None,
        "timezone": iv.timezone if iv else None,
        "interviewers": [p.name for p in (iv.interviewers if iv else d.people) if p.name],
        "company": (iv.company if iv and iv.company else d.company),
        "position": (iv.position if iv and iv.position else d.position),
        "decision_deadline": d.decision_deadline.isoformat() if d.decision_deadline else None,
        "error": next((r.removeprefix(_ERROR) for r in d.reasons if r.startswith(_ERROR)), None),
    }


def _count(score: FieldScore, gold: Any, got: Any, same: bool) -> None:
    score.total += 1
    score.gold += gold is not None
    score.predicted += got is not None
    score.correct += gold is not None and got is not None and same
    score.agree += same


def evaluate(directory: Path) -> Report:
    names = ("kind", "start", "end", "timezone", "interviewers", "company", "position",
             "decision_deadline")
    report = Report(fields={n: FieldScore(n) for n in names})
    for eml in sorted(directory.glob("*.eml")):
        label_path = eml.with_suffix(".json")
        if not label_path.exists():
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        got = predict(eml, label.get("user") or DEFAULT_USER)
        report.files += 1
        if got["error"]:
            report.errors.append((eml.name, got["error"]))
        job = label["kind"] != "other"
        for name in names:
            gold, value = label.get(name), got[name]
            if name == "interviewers":
                _score_people(report, eml.name, gold or [], value)
                continue
            if name in ("company", "position"):
                if not job:
                    continue
                norm = norm_org if name == "company" else norm_role
                same = norm(gold) == norm(value)
                gold, value = gold or None, value or None
            elif name in ("start", "end"):
                same = _instant(gold) == _instant(value)
            else:
                same = gold == value
            _count(report.fields[name], gold, value, same)
            if not same:
                report.misses.append((eml.name, name, gold, value))
    return report


def _score_people(report: Report, name: str, gold: list[str], got: list[str]) -> None:
    score = report.fields["interviewers"]
    want = {" ".join(n.casefold().split()) for n in gold}
    have = {" ".join(n.casefold().split()) for n in got}
    score.total += 1
    score.gold += len(want)
    score.predicted += len(have)
    score.correct += len(want & have)
    score.agree += want == have
    if want != have:
        report.misses.append((name, "interviewers", sorted(gold), sorted(got)))


def format_report(report: Report, *, misses: bool = True) -> str:
    lines = [f"{report.files} labelled message(s)", ""]
    if report.errors:
        lines += [f"{len(report.errors)} extraction error(s) - detection crashed, scored as "
                  "kind=other:"]
        lines += [f"  {file}  {error}" for file, error in report.errors]
        lines.append("")
    lines.append(f"{'field':<18} {'score':>7} {'target':>7} {'prec':>7} {'recall':>7}  ok")
    for name, s in report.fields.items():
        target = TARGETS.get(name)
        ok = "" if target is None else ("yes" if s.score >= target else "NO")
        tgt = f"{target:.2f}" if target is not None else "-"
        lines.append(f"{name:<18} {s.score:>7.3f} {tgt:>7} {s.precision:>7.3f} "
                     f"{s.recall:>7.3f}  {ok}")
    lines.append("(score: F1 for interviewers, accuracy otherwise; company and position on "
                 "job mail only)")
    if misses and report.misses:
        lines += ["", f"{len(report.misses)} miss(es):"]
        for file, name, gold, got in report.misses:
            lines.append(f"  {file}  {name}: expected {gold!r}, got {got!r}")
    return "\n".join(lines)

