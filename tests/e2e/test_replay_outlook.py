"""The replay scenarios again, with mailwatch talking Microsoft Graph to the local fake.

The scenarios are imported from the Maildir replay modules, so every provider is held to
the same timeline; only the `box` fixture differs. `OutlookMailbox` keeps the harness's
interface: mail is delivered into the fake mailbox, "send" and "delete" are what the user
would do in Outlook, and drafts are read as the MIME Graph serves for them. The config
names an outlook account whose `graph_endpoint` is the fake and whose `token_command`
prints the fake's token, so `run_subprocess` (the kill -9 scenarios) works too: the fake
is a real HTTP server.

Two harness details are mapped rather than literal: a draft's "file name" carries the
Maildir flags its Graph state stands for (``D`` = isDraft, ``S`` = isRead), and
`draft_files()` returns handles whose `unlink()` deletes the draft in the fake mailbox.
The fake's clock is set to each run's `--now`, so drafts and sent mail are dated when the
replayed user acts, as a server's clock would date them.
"""

from __future__ import annotations

import email
import email.policy
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

import pytest

from tests.fakes.graph_api import GraphServer
from tests.fakes.graph_store import FakeMailbox

from .harness import USER, Mailbox
from .test_guarantees import (  # noqa: F401 - collected here again, against Outlook
    test_a_draft_the_user_deleted_is_never_recreated,
    test_dry_run_writes_nothing,
    test_first_start_does_not_flood_drafts_with_overdue_follow_ups,
    test_killed_between_steps_then_rerun_gives_exactly_one_draft_each,
    test_late_learned_interview_gets_a_thank_you_only_inside_24_hours,
    test_malformed_and_hostile_mail_is_skipped_and_the_cycle_goes_on,
    test_render_gives_a_linkedin_note_and_call_script_on_request,
    test_status_shows_the_application,
    test_the_daemon_logs_no_names_addresses_or_subjects_by_default,
)
from .test_replay import (  # noqa: F401 - collected here again, against Outlook
    test_draft_headers_thread_into_the_invitation,
    test_employer_reply_withdraws_our_unedited_follow_up_but_keeps_an_edited_one,
    test_follow_up_never_on_a_weekend,
    test_follow_ups_after_seven_days_in_send_window_at_most_two,
    test_human_reply_stops_follow_ups_but_auto_reply_does_not,
    test_offer_stops_everything,
    test_rejection_in_a_new_thread_joins_the_application_and_asks_for_feedback,
    test_reschedule_moves_the_thank_you_and_cancellation_drops_it,
    test_stated_decision_date_moves_the_follow_up,
    test_subject_is_never_re_re,
    test_thank_you_per_interviewer_after_the_interview_ends,
    test_user_who_already_wrote_gets_no_thank_you,
)


@dataclass(frozen=True)
class DraftFile:
    """A draft as the harness handles files: a name with Maildir-style flags, unlink()."""

    fake: FakeMailbox = field(compare=False, repr=False)
    id: str

    @property
    def name(self) -> str:
        item = self.fake.item(self.id)
        return f"{self.id}:2,{'D' if item.is_draft else ''}{'S' if item.is_read else ''}"

    def unlink(self) -> None:
        """The user deletes the draft in Outlook."""
        self.fake.user_delete_draft(self.id)


@dataclass
class OutlookMailbox(Mailbox):
    """The harness's Mailbox, but the mailbox lives in the fake Graph."""

    server: ClassVar[GraphServer | None] = None  # set by the module's fixture
    fake: FakeMailbox | None = None

    def __post_init__(self) -> None:
        if self.fake is None:
            assert OutlookMailbox.server is not None
            self.fake = OutlookMailbox.server.add_mailbox(owner=USER)
        super().__post_init__()

    def write_config(self) -> None:
        super().write_config()
        assert self.server is not None and self.fake is not None
        text = self.config.read_text(encoding="utf-8")
        maildir_account = f'provider = "maildir"\npath = "{self.mail}"\n'
        assert maildir_account in text
        account = (f'provider = "outlook"\ngraph_endpoint = "{self.server.base}"\n'
                   f'token_command = "echo {self.fake.token}"\n')
        self.config.write_text(text.replace(maildir_account, account), encoding="utf-8")

    def deliver(self, msg: email.message.EmailMessage | bytes, folder: str = "") -> None:
        assert self.fake is not None
        raw = msg if isinstance(msg, bytes) else msg.as_bytes(policy=email.policy.SMTP)
        self.fake.deliver(raw, "sentitems" if folder == ".Sent" else "inbox")

    def _at(self, now: datetime) -> None:
        assert self.fake is not None
        with self.fake.lock:
            self.fake.clock = now

    def run(self, now: datetime, *extra: str) -> int:
        self._at(now)
        return super().run(now, *extra)

    def run_subprocess(self, now: datetime, env: dict[str, str] | None = None
                       ) -> subprocess.CompletedProcess[str]:
        self._at(now)
        return super().run_subprocess(now, env)

    def drafts(self) -> list[email.message.Message]:
        assert self.fake is not None
        out = []
        for item in self.fake.drafts():
            msg = email.message_from_bytes(self.fake.mime(item), policy=email.policy.default)
            msg.path = DraftFile(self.fake, item.id)  # type: ignore[attr-defined]
            out.append(msg)
        return sorted(out, key=lambda m: (str(m["Date"]), str(m["To"])))

    def draft_files(self) -> list[DraftFile]:  # type: ignore[override]
        assert self.fake is not None
        return [DraftFile(self.fake, item.id) for item in self.fake.drafts()]

    def send_drafts(self) -> None:
        """The user presses Send in Outlook on every waiting draft."""
        assert self.fake is not None
        for item in self.fake.drafts():
            self.fake.user_send_draft(item.id)


@pytest.fixture(scope="module")
def graph_server():
    server = GraphServer()
    OutlookMailbox.server = server
    yield server
    OutlookMailbox.server = None
    server.close()


@pytest.fixture
def box(tmp_path, graph_server) -> OutlookMailbox:
    return OutlookMailbox(tmp_path)


def test_the_account_really_is_outlook(box: OutlookMailbox) -> None:
    text = box.config.read_text(encoding="utf-8")
    assert 'provider = "outlook"' in text and "maildir" not in text
    assert box.server is not None and box.server.base in text


def test_a_replayed_thank_you_is_a_create_reply_on_the_invitation(box: OutlookMailbox) -> None:
    """Through the whole daemon: the draft answers the invitation in its conversation, and
    the employer's unread invitation stays unread."""
    from .conftest import invitation
    from .harness import at, msgid

    invite = invitation()
    box.deliver(invite)
    assert box.fake is not None
    (original,) = [i for i in box.fake.items.values() if i.folder == "inbox"]
    box.run(at("2026-11-05 12:05"))
    drafts = box.fake.drafts()
    assert len(drafts) == 2 and all(d.conversation == original.conversation for d in drafts)
    assert len(box.fake.traffic.calls_to("POST", "/createReply")) == 2
    assert original.is_read is False
    assert all(d.in_reply_to == msgid(invite) for d in drafts)
