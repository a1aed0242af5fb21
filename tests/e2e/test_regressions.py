"""Named regressions for bugs that could duplicate, lose or misplace a draft."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from .conftest import AISHA, PIETER, SUBJECT, invitation
from .harness import USER, Mailbox, at, message, msgid


def test_users_own_thank_you_synced_before_the_invitation_still_counts(box):
    invite = invitation()
    mine = message(sender=USER, to=PIETER, subject=f"Re: {SUBJECT}",
                   body="Dear Pieter,\n\nThank you for your time today.\n\nThandi\n",
                   date=at("2026-11-05 11:20"), in_reply_to=msgid(invite))
    box.send(mine)  # a fresh sync writes Sent before INBOX
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []


def test_fresh_thank_you_to_an_interviewer_known_only_from_the_invite_counts(box):
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    box.send(message(sender=USER, to=AISHA, subject="Thank you",
                     body="Dear Aisha,\n\nThank you for the conversation today.\n\nThandi\n",
                     date=at("2026-11-05 11:30")))
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []


def test_crash_after_create_then_user_sends_the_draft_is_not_recreated(tmp_path):
    box = Mailbox(tmp_path, timing={"thank_you_per_interviewer": False})
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    crashed = box.run_subprocess(at("2026-11-05 12:05"),
                                 env={"MAILWATCH_CRASH_AT": "after-create"})
    assert crashed.returncode == -9
    assert len(box.draft_files()) == 1
    box.send_drafts()
    box.run(at("2026-11-05 12:20"))
    box.run(at("2026-11-05 13:00"))
    assert box.draft_files() == []


def test_overlapping_runs_wait_for_each_other_instead_of_drafting_twice(tmp_path):
    box = Mailbox(tmp_path, timing={"thank_you_per_interviewer": False})
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    slow = textwrap.dedent(f"""
        import sys, time
        from mailwatch.providers import maildir
        original = maildir.MaildirProvider._create_draft
        def slow(self, draft):
            time.sleep(2)  # a slow disk or a slow server
            return original(self, draft)
        maildir.MaildirProvider._create_draft = slow
        from mailwatch.cli import main
        sys.exit(main(["run", "--once", "--now", "{at('2026-11-05 12:05').isoformat()}",
                       "--config", "{box.config}"]))
    """)
    first = subprocess.Popen([sys.executable, "-c", slow])
    time.sleep(1.0)
    second = box.run_subprocess(at("2026-11-05 12:06"))
    assert first.wait(timeout=60) == 0
    assert second.returncode == 0
    assert len(box.draft_files()) == 1
