"""A few replay scenarios again, with mailwatch talking IMAP to a real Dovecot.

Why this works without a second harness: Dovecot keeps the user's mail in a Maildir, so the
existing `Mailbox` harness can still deliver mail, "send" drafts and read the drafts as
files, while mailwatch itself only sees the IMAP account. Dovecot notices the files the
harness adds or moves behind its back, as it does for any local delivery agent.

The scenarios are imported from the Maildir replay modules, so both providers are held to
the same timeline; only the `box` fixture differs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from imapclient import IMAPClient

from tests.providers import dovecot as fixtures
from tests.providers.dovecot import DovecotUser

from .harness import USER, Mailbox
from .test_guarantees import (  # noqa: F401 - collected here again, against IMAP
    test_a_draft_the_user_deleted_is_never_recreated,
    test_dry_run_writes_nothing,
    test_killed_between_steps_then_rerun_gives_exactly_one_draft_each,
)
from .test_replay import (  # noqa: F401 - collected here again, against IMAP
    test_draft_headers_thread_into_the_invitation,
    test_employer_reply_withdraws_our_unedited_follow_up_but_keeps_an_edited_one,
    test_follow_ups_after_seven_days_in_send_window_at_most_two,
    test_thank_you_per_interviewer_after_the_interview_ends,
)

dovecot_server = fixtures.dovecot_server
dovecot = fixtures.dovecot


@dataclass
class ImapMailbox(Mailbox):
    """The harness's Mailbox, but the Maildir is Dovecot's and the account is IMAP."""

    user: DovecotUser | None = None

    def __post_init__(self) -> None:
        assert self.user is not None
        # Let Dovecot create the Maildir and its folders (as its own user) before the
        # harness touches them: directories made by the test would not be Dovecot's.
        client = IMAPClient(self.user.host, port=self.user.port, ssl=False, timeout=10)
        client.login(self.user.username, self.user.password)
        for folder in ("INBOX", "Sent", "Drafts"):
            client.select_folder(folder, readonly=True)
        client.logout()
        self.mail = self.user.maildir
        self.config = self.root / "config.toml"
        self.write_config()

    def write_config(self) -> None:
        super().write_config()
        assert self.user is not None
        options = self.user.options()
        account = "\n".join(
            f"{key} = {value}" if isinstance(value, int) else f"{key} = {_toml_str(value)}"
            for key, value in options.items()
        )
        text = self.config.read_text(encoding="utf-8")
        maildir_account = f'provider = "maildir"\npath = "{self.mail}"\n'
        assert maildir_account in text
        self.config.write_text(
            text.replace(maildir_account, f'provider = "imap"\n{account}\n'), encoding="utf-8"
        )


def _toml_str(value: object) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def box(tmp_path, dovecot: DovecotUser) -> ImapMailbox:  # noqa: F811 - the fixture above
    return ImapMailbox(tmp_path, user=dovecot)


def test_the_account_really_is_imap(box: ImapMailbox) -> None:
    text = box.config.read_text(encoding="utf-8")
    assert 'provider = "imap"' in text and "maildir" not in text
    assert USER[1] in text
