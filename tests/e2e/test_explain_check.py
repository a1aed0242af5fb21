"""`mailwatch explain` says where each value came from and what will be drafted when;
`mailwatch check` validates the config and templates without touching any mailbox."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mailwatch.cli import main

from .conftest import invitation
from .harness import at

SNAPSHOTS = Path(__file__).resolve().parents[1] / "snapshots" / "explain"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: Corpus messages whose explanation is pinned: a calendar invitation, prose with a
#: zone word, a rejection with a decision date, and a newsletter that only talks about
#: interviews.
PINNED = ("001-greenhouse-panel-ics", "004-bengaluru-ist-range", "008-rejection",
          "011-newsletter-job-alert")


def test_explain_a_delivered_invitation_and_its_application(box, tmp_path, capsys) -> None:
    invite = invitation()
    box.deliver(invite)
    assert box.run(at("2026-11-02 10:05")) == 0
    eml = tmp_path / "invite.eml"
    eml.write_bytes(invite.as_bytes())
    capsys.readouterr()
    assert main(["explain", str(eml), "--config", str(box.config),
                 "--now", at("2026-11-02 10:10").isoformat()]) == 0
    out = capsys.readouterr().out
    assert "kind: interview_invitation" in out
    assert "- ics METHOD:REQUEST" in out  # where the reading came from
    assert "It belongs to application" in out
    assert "thank_you" in out and "Thu 05 Nov 2026" in out  # the timeline with its times

    assert main(["status", "--json", "--config", str(box.config),
                 "--now", at("2026-11-02 10:10").isoformat()]) == 0
    app_id = json.loads(capsys.readouterr().out)["applications"][0]["id"]
    assert main(["explain", app_id[:6], "--config", str(box.config),
                 "--now", at("2026-11-02 10:10").isoformat()]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Application {app_id}") and "kind: interview_invitation" in out


def test_explain_an_unknown_target(box, capsys) -> None:
    assert main(["explain", "no-such-thing", "--config", str(box.config)]) == 2


@pytest.mark.parametrize("name", PINNED)
def test_explain_output_matches_its_snapshot(box, name, capsys) -> None:
    assert main(["explain", str(CORPUS / f"{name}.eml"), "--config", str(box.config),
                 "--now", "2026-11-01T08:00:00+02:00"]) == 0
    out = capsys.readouterr().out.replace(str(CORPUS), "CORPUS")
    snapshot = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("MAILWATCH_UPDATE_SNAPSHOTS"):  # review the diff, then commit it
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def test_check_passes_and_fails_with_fixes(box, tmp_path, capsys) -> None:
    assert main(["check", "--config", str(box.config)]) == 0
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Dear {{ recipient.first_name }, thanks\n")
    box.extra_config = f'[templates]\ndir = "{templates}"\n'
    box.write_config()
    assert main(["check", "--config", str(box.config)]) == 2
    err = capsys.readouterr().err
    assert "thank_you" in err and "fix:" in err
