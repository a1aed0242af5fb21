"""`mailwatch scan`: detection only, on files. Touches no state and no mailbox.

The JSON lines written here are a stable contract other tools read; fields are exactly
those of the contract, plus `error` on a message that could not be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .extract import detect
from .message import MalformedMessage, parse_message
from .settings import Config
from .vocabulary import NO_VOCABULARY

_CONTRACT_INTERVIEW_KEYS = ("start", "end", "timezone", "interviewers", "company", "position",
                            "location", "meeting_url")


def iter_message_files(paths: list[Path]) -> Iterator[Path]:
    """.eml files as given; folders walked in name order; a Maildir's cur/ and new/."""
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or child.name.startswith("."):
                    continue
                if child.parent.name in ("cur", "new") or child.suffix.lower() == ".eml":
                    yield child
        else:
            print(f"mailwatch scan: no such file or folder: {path}", file=sys.stderr)


def scan_record(path: Path, config: Config | None) -> dict:
    record: dict = {"source": str(path), "message_id": None, "kind": "other",
                    "interview": None, "decision_deadline": None, "confidence": 0.0}
    try:
        msg = parse_message(path.read_bytes())
    except (MalformedMessage, OSError) as exc:
        record["error"] = str(exc)
        return record
    # Without a config, the addressee of the mail stands in for the user, so the
    # candidate is not listed among their own interviewers.
    user = config.user.addresses if config else frozenset(a.email for a in msg.to)
    detection = detect(msg, user_addresses=user,  # never raises
                       date_order=config.detection.date_order if config else "auto",
                       vocabulary=config.detection.vocabulary if config else NO_VOCABULARY)
    record["message_id"] = msg.message_id
    record["kind"] = detection.kind.value
    if detection.interview:
        full = detection.interview.to_json()
        record["interview"] = {k: full[k] for k in _CONTRACT_INTERVIEW_KEYS}
    if detection.decision_deadline:
        record["decision_deadline"] = detection.decision_deadline.isoformat()
    record["confidence"] = round(detection.confidence, 3)
    return record


def scan_paths(paths: list[Path], config: Config | None, *, as_json: bool) -> int:
    missing = [p for p in paths if not p.exists()]
    count = 0
    for path in iter_message_files(paths):
        record = scan_record(path, config)
        count += 1
        if as_json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(_human(record))
    if not as_json:
        print(f"{count} message(s) scanned", file=sys.stderr)
    return 2 if missing else 0


def _human(record: dict) -> str:
    line = f"{record['kind']:<21} {record['confidence']:.2f}  {record['source']}"
    if record.get("error"):
        return line + f"\n    unreadable: {record['error']}"
    iv = record["interview"]
    if iv:
        who = ", ".join(p["name"] or p["email"] or "?" for p in iv["interviewers"]) or "-"
        line += (f"\n    {iv['start']} -> {iv['end'] or '?'} ({iv['timezone'] or 'zone ?'})"
                 f"\n    {iv['company'] or '?'} / {iv['position'] or '?'}; with {who}")
    if record["decision_deadline"]:
        line += f"\n    decision by {record['decision_deadline']}"
    return line
