"""Exactly-once drafts, never recreating a deleted draft, bad input, dry runs, first start."""

from __future__ import annotations

import json

import pytest

from mailwatch.cli import main

from .conftest import invitation
from .harness import at


@pytest.mark.parametrize("point", ["after-begin", "after-create", "after-facts"])
def test_killed_between_steps_then_rerun_gives_exactly_one_draft_each(box, point):
    box.deliver(invitation())
    assert box.run_subprocess(at("2026-11-02 10:05")).returncode == 0
    crashed = box.run_subprocess(at("2026-11-05 12:05"), env={"MAILWATCH_CRASH_AT": point})
    assert crashed.returncode == -9, crashed.stderr
    for _ in range(2):
        rerun = box.run_subprocess(at("2026-11-05 12:10"))
        assert rerun.returncode == 0, rerun.stderr
    assert box.kinds() == ["thank_you", "thank_you"]
    assert len({str(d["Message-ID"]) for d in box.drafts()}) == 2


def test_a_draft_the_user_deleted_is_never_recreated(box):
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    first, second = box.draft_files()
    first.unlink()
    for moment in ("2026-11-05 12:10", "2026-11-05 18:00", "2026-11-06 09:00"):
        box.run(at(moment))
    assert box.draft_files() == [second]


def test_malformed_and_hostile_mail_is_skipped_and_the_cycle_goes_on(box, capsys):
    box.deliver(b"this is not an e-mail at all")
    box.deliver(b"From: x@y.example\nSubject: no id\n\nhello\n")
    box.deliver(b"\x00\xff\xfe garbage \r\n\r\n\x00")
    box.deliver(invitation())
    assert box.run(at("2026-11-05 12:05")) == 0
    out = capsys.readouterr().out
    assert out.count("skipped") >= 2
    assert box.kinds() == ["thank_you", "thank_you"]


def test_dry_run_writes_nothing(box, capsys):
    box.deliver(invitation())
    assert box.run(at("2026-11-05 12:05"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would draft thank_you" in out
    assert "Pieter" in out
    assert box.drafts() == []
    assert not (box.root / "state.db").exists()
    box.run(at("2026-11-05 12:05"))  # the real run afterwards still drafts
    assert len(box.drafts()) == 2


def test_late_learned_interview_gets_a_thank_you_only_inside_24_hours(box, tmp_path):
    box.deliver(invitation())
    box.run(at("2026-11-05 20:00"))  # first run long after the end, inside 24 h
    assert box.kinds() == ["thank_you", "thank_you"]

    late = type(box)(tmp_path / "late")
    late.deliver(invitation())
    late.run(at("2026-11-06 12:30"))  # 25.5 h after the end: too late
    assert late.drafts() == []


def test_first_start_does_not_flood_drafts_with_overdue_follow_ups(box, tmp_path, capsys):
    box.deliver(invitation())
    box.run(at("2026-11-20 10:00"))  # installed two weeks after the interview
    assert box.drafts() == []
    capsys.readouterr()
    main(["plan", "--config", str(box.config), "--now", at("2026-11-20 10:05").isoformat()])
    assert "catch_up" in capsys.readouterr().out

    eager = type(box)(tmp_path / "eager", timing={"catch_up": True})
    eager.deliver(invitation())
    eager.run(at("2026-11-20 10:00"))
    assert eager.kinds() == ["follow_up"]


def test_bad_config_lists_every_problem_and_exits_2(tmp_path, capsys):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("""
[user]
name = "T"
email = "not-an-address"
timezone = "Mars/Olympus"

[[accounts]]
name = "x"
provider = "maildirr"

[timing]
follow_up_dayz = 3
max_follow_ups = -1
""")
    assert main(["run", "--once", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    for needle in (
        "user.email",
        "user.timezone",
        "accounts[0].provider",
        "did you mean 'maildir'",
        "timing.follow_up_dayz",
        "did you mean 'follow_up_days'",
        "timing.max_follow_ups",
    ):
        assert needle in err, needle


def test_now_must_be_aware(box, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["run", "--once", "--now", "2026-11-05T12:00", "--config", str(box.config)])
    assert exc.value.code == 2
    assert "no UTC offset" in capsys.readouterr().err


def test_status_shows_the_application(box, capsys):
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    capsys.readouterr()
    main(
        [
            "status",
            "--json",
            "--config",
            str(box.config),
            "--now",
            at("2026-11-03 10:00").isoformat(),
        ]
    )
    row = json.loads(capsys.readouterr().out)["applications"][0]
    assert row["company"] == "Greenleaf Analytics"
    assert row["position"] == "Data Engineer"
    assert row["interview"].startswith("Thu 05 Nov 2026 10:00")
    assert sorted(row["interviewers"]) == ["Aisha Patel", "Pieter van Wyk"]
    assert row["stage"] == "scheduled"
    assert row["next_action"] == "thank_you"


def test_render_gives_a_linkedin_note_and_call_script_on_request(box, capsys):
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    capsys.readouterr()
    args = ["--config", str(box.config), "--now", at("2026-11-06 10:00").isoformat()]
    assert main(["render", "linkedin_note", "greenleaf", "--to", "Aisha", *args]) == 0
    note = capsys.readouterr().out
    assert note.startswith("Hi Aisha,") and len(note) <= 300
    assert main(["render", "call_script", "Greenleaf Analytics", *args]) == 0
    assert "Data Engineer" in capsys.readouterr().out
    assert main(["render", "call_script", "no such company", *args]) == 2


def test_daemon_cycles_then_stops_cleanly_on_sigterm(box):
    import signal
    import subprocess
    import sys
    import time

    box.deliver(invitation())
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailwatch", "run", "--config", str(box.config),
         "--now", at("2026-11-05 12:05").isoformat()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while len(box.draft_files()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(box.draft_files()) == 2
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        proc.kill()
        proc.wait()


def _start_daemon(box, *extra: str):
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-m", "mailwatch", "-v", "run", "--config", str(box.config),
         "--now", at("2026-11-05 12:05").isoformat(), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, seconds: float = 30) -> bool:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_a_second_daemon_on_the_same_state_refuses_to_start(box):
    import signal

    box.deliver(invitation())
    first = _start_daemon(box)
    try:
        assert _wait_for(lambda: len(box.draft_files()) == 2)
        second = _start_daemon(box)
        _, err = second.communicate(timeout=30)
        assert second.returncode == 1
        assert f"pid {first.pid}" in err and "already running" in err
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=10) == 0
    finally:
        first.kill()
        first.wait()


def test_sighup_reloads_the_config_and_a_broken_edit_keeps_the_old_one(box):
    import signal

    first = _start_daemon(box)
    try:
        assert _wait_for(lambda: (box.root / "state.db").exists())
        good = box.config.read_text()
        box.config.write_text(good.replace("[timing]", "[timing]\ninterval_minutes = 7"))
        import time

        first.send_signal(signal.SIGHUP)
        time.sleep(2.5)  # the loop notices a signal within a second
        box.config.write_text(good + "\n[nonsense]\n")
        first.send_signal(signal.SIGHUP)
        time.sleep(2.5)
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=10)
        assert first.returncode == 0
        assert "config reloaded: 1 account(s), every 7 min" in err
        assert "config not reloaded" in err and "nonsense" in err
    finally:
        first.kill()
        first.wait()


def test_the_daemon_logs_no_names_addresses_or_subjects_by_default(box):
    import signal
    import subprocess
    import sys

    box.deliver(invitation())
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailwatch", "run", "--config", str(box.config),
         "--now", at("2026-11-05 12:05").isoformat()],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(lambda: len(box.draft_files()) == 2)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
        proc.wait()
    logged = out + err
    assert "2 drafted" in logged
    for secret in ("Pieter", "pieter@", "aisha@", "Greenleaf", "Data Engineer", "Lerato"):
        assert secret not in logged, secret
