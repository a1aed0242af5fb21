"""The benchmark mailbox generator at a tiny size: deterministic, and about 1 % job mail.

The benchmarks themselves are not part of the test suite (they take minutes); this keeps
their generator honest in well under five seconds, so a benchmark result always describes
the mailbox its docstring promises.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from benchmarks import mailgen


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_same_seed_same_bytes_and_names(tmp_path: Path) -> None:
    mailgen.write_maildir(mailgen.generate(50, 7), tmp_path / "a")
    mailgen.write_maildir(mailgen.generate(50, 7), tmp_path / "b")
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(first) == 50 + 2  # 50 messages and the two folders' maildirfolder markers
    assert first == second
    mailgen.write_maildir(mailgen.generate(50, 8), tmp_path / "c")
    assert _files(tmp_path / "c") != first


def test_file_times_are_arrival_times(tmp_path: Path) -> None:
    mails = mailgen.generate(50, 7)
    mailgen.write_maildir(mails, tmp_path)
    for index, mail in enumerate(mails):
        folder = tmp_path / ".Sent" if mail.folder == "sent" else tmp_path
        (path,) = folder.glob(f"*/{mailgen.file_name(index, mail)}")
        assert abs(path.stat().st_mtime - mail.when.timestamp()) < 1e-3
        assert mail.when <= mailgen.NOW


def test_every_message_parses_with_the_headers_mailwatch_needs() -> None:
    for mail in mailgen.generate(50, 7):
        msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
        assert msg["Message-ID"].strip("<>") == mail.msgid
        assert msg["Date"].datetime == mail.when.replace(microsecond=0)
        assert not msg.defects


def test_tiny_mailbox_still_holds_a_job_conversation() -> None:
    stats = mailgen.stats(mailgen.generate(50, 7))
    assert stats["messages"] == 50
    assert 1 <= stats["kinds"].get("job", 0) <= 3  # at least one, never a flood


def test_about_one_percent_is_job_mail_and_every_category_appears() -> None:
    stats = mailgen.stats(mailgen.generate(2000, 3))
    assert stats["messages"] == 2000
    assert 0.008 <= stats["job_share"] <= 0.012
    assert set(stats["kinds"]) == {"job", "newsletter", "notification", "receipt",
                                   "personal", "attachment"}
    assert 0 < stats["sent"] < 2000 * 0.15
