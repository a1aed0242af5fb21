"""`mailwatch scan --json`: the stable contract other tools read."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mailwatch.cli import main

CORPUS = Path(__file__).parent / "corpus"
TOP_KEYS = {"source", "message_id", "kind", "interview", "decision_deadline", "confidence"}
INTERVIEW_KEYS = {"start", "end", "timezone", "interviewers", "company", "position",
                  "location", "meeting_url"}
KINDS = {"interview_invitation", "interview_request", "reschedule", "cancellation",
         "rejection", "offer", "status_update", "other"}


def _scan(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["scan", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


NO_CONFIG = str(CORPUS / "no-such-config.toml")


@pytest.fixture(scope="module")
def corpus_scan() -> str:
    """`scan --json` over the whole corpus, once for the tests that read it (a pass costs
    about half a minute)."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        mp.setenv("MAILWATCH_CONFIG", NO_CONFIG)
        assert main(["scan", "--json", str(CORPUS)]) == 0
    return out.getvalue()


def test_scan_output_is_deterministic(corpus_scan: str) -> None:
    """Another process (another hash seed, a cold start) writes the same bytes."""
    command = [sys.executable, "-m", "mailwatch", "scan", "--json", str(CORPUS)]
    env = {**os.environ, "MAILWATCH_CONFIG": NO_CONFIG}
    other = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert other.stdout == corpus_scan
    assert corpus_scan.count("\n") == len(list(CORPUS.glob("*.eml")))


def test_one_object_per_message_with_exactly_the_contract_fields(corpus_scan: str) -> None:
    records = [json.loads(line) for line in corpus_scan.splitlines()]
    assert len(records) == len(list(CORPUS.glob("*.eml")))
    for r in records:
        assert set(r) == TOP_KEYS
        assert r["kind"] in KINDS
        assert 0 <= r["confidence"] <= 1
        if r["interview"] is not None:
            assert set(r["interview"]) == INTERVIEW_KEYS
            assert r["interview"]["start"][-6] in "+-"  # an offset, always
            # (her own sent mail aside: without a config its addressee stands in for the
            # user, and she is then its sender like any other; 7027 is one)
            own = b"\nFrom: Thandi Nkosi <thandi@example.org>" in (
                b"\n" + Path(r["source"]).read_bytes())  # (its first header line too)
            for person in r["interview"]["interviewers"]:
                assert set(person) == {"name", "email", "title"}
                assert own or person["email"] != "thandi@example.org"


def test_unreadable_file_is_reported_not_fatal(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILWATCH_CONFIG", str(tmp_path / "none.toml"))
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"\x00\x01 not mail")
    good = next(CORPUS.glob("*.eml"))
    records = _scan(capsys, str(bad), str(good))
    assert records[0]["kind"] == "other" and "error" in records[0]
    assert records[1]["message_id"]


def test_scan_reads_a_maildir_and_writes_nothing(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILWATCH_CONFIG", str(tmp_path / "none.toml"))
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True)
    for i, eml in enumerate(sorted(CORPUS.glob("*.eml"))[:3]):
        (tmp_path / "Mail" / "new" / f"{i}.test").write_bytes(eml.read_bytes())
    before = sorted(p.name for p in tmp_path.rglob("*"))
    records = _scan(capsys, str(tmp_path / "Mail"))
    assert len(records) == 3
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
