"""The replay scenarios again, with mailwatch talking to Gmail (the strict fake over HTTP).

The scenarios are imported from the Maildir modules, so every provider is held to the
same timelines; only the `box` fixture differs. `GmailMailbox` keeps the harness's
interface but drives the fake: mail arrives by `FakeGmail.deliver`, the user's Send and
Delete act on Gmail drafts, and `drafts()` reads the drafts behind the API's back. The
account in the config is ``provider = "gmail"`` with the fake's URL and a token_command, so
`run_subprocess` (and kill -9 in the middle of a cycle) reaches the same fake.

Two Maildir notions are mapped rather than skipped: a draft's "path" is named
``<draft id>:2,<flags>`` with ``D`` exactly when Gmail labels it DRAFT (Gmail drafts are
never unread, hence ``S``), and `draft_files()` returns handles whose ``unlink()`` deletes
the draft in Gmail, as the user would.
"""

from __future__ import annotations

import email
import email.policy
import shlex
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path, PurePath

import pytest
from mailwatch.providers.gmail_http import Backoff

from tests.fakes.gmail_api import FakeGmail

from .conftest import SUBJECT, invitation
from .harness import USER, Mailbox, at, msgid
from .test_guarantees import (  # noqa: F401 - collected here again, against Gmail
    test_a_draft_the_user_deleted_is_never_recreated,
    test_daemon_cycles_then_stops_cleanly_on_sigterm,
    test_dry_run_writes_nothing,
    test_first_start_does_not_flood_drafts_with_overdue_follow_ups,
    test_killed_between_steps_then_rerun_gives_exactly_one_draft_each,
    test_late_learned_interview_gets_a_thank_you_only_inside_24_hours,
    test_malformed_and_hostile_mail_is_skipped_and_the_cycle_goes_on,
    test_render_gives_a_linkedin_note_and_call_script_on_request,
    test_status_shows_the_application,
    test_the_daemon_logs_no_names_addresses_or_subjects_by_default,
)
from .test_regressions import (  # noqa: F401 - collected here again, against Gmail
    test_fresh_thank_you_to_an_interviewer_known_only_from_the_invite_counts,
    test_users_own_thank_you_synced_before_the_invitation_still_counts,
)
from .test_replay import (  # noqa: F401 - collected here again, against Gmail
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
from .test_triage_cycle import (  # noqa: F401 - collected here again, against Gmail
    parsed,
    test_mail_already_stored_is_not_fetched_again_on_a_resync,
    test_mail_older_than_the_look_back_window_is_not_fetched,
    test_unrelated_mail_is_not_parsed_but_the_invitation_and_its_thread_are,
)

#: Fakes started by mailboxes a scenario makes itself (``type(box)(path)``).
_started: list[FakeGmail] = []


@dataclass(frozen=True)
class DraftHandle:
    """A Gmail draft where the Maildir scenarios hold a file: ``unlink()`` is the user
    deleting it in Gmail; equal handles name the same draft."""

    id: str
    fake: FakeGmail

    def unlink(self) -> None:
        self.fake.user_delete_draft(self.id)


@dataclass
class GmailMailbox(Mailbox):
    fake: FakeGmail | None = None

    def __post_init__(self) -> None:
        if self.fake is None:
            self.fake = FakeGmail().start()
            _started.append(self.fake)
        self.root.mkdir(parents=True, exist_ok=True)
        self.token_file = self.root / "gmail-access-token"
        self.token_file.write_text(self.fake.token + "\n")
        super().__post_init__()  # the Maildir stays empty: the account is Gmail

    def write_config(self) -> None:
        super().write_config()
        assert self.fake is not None
        text = self.config.read_text(encoding="utf-8")
        maildir_account = f'provider = "maildir"\npath = "{self.mail}"\n'
        assert maildir_account in text
        command = f"cat {shlex.quote(str(self.token_file))}"
        gmail_account = (f'provider = "gmail"\napi_endpoint = "{self.fake.url}"\n'
                         f"token_command = {_toml_str(command)}\n")
        self.config.write_text(text.replace(maildir_account, gmail_account), encoding="utf-8")

    def deliver(self, msg: EmailMessage | bytes, folder: str = "") -> None:
        assert self.fake is not None
        raw = msg if isinstance(msg, bytes) else msg.as_bytes(policy=email.policy.SMTP)
        self.fake.deliver(raw, ("SENT",) if folder == ".Sent" else ("INBOX", "UNREAD"))

    def drafts(self) -> list[email.message.Message]:
        assert self.fake is not None
        out = []
        for did, raw in self.fake.drafts_raw().items():
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            flags = ("D" if "DRAFT" in self.fake.draft_labels(did) else "") + "S"
            msg.path = PurePath(f"{did}:2,{flags}")  # type: ignore[attr-defined]
            out.append(msg)
        return sorted(out, key=lambda m: (str(m["Date"]), str(m["To"])))

    def draft_files(self) -> list[DraftHandle]:  # type: ignore[override]
        assert self.fake is not None
        return sorted((DraftHandle(did, self.fake) for did in self.fake.drafts_raw()),
                      key=lambda h: h.id)

    def send_drafts(self) -> None:
        """The user presses Send on every waiting draft in Gmail."""
        assert self.fake is not None
        for did in list(self.fake.drafts_raw()):
            self.fake.user_send_draft(did)


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture(autouse=True)
def _stop_fakes():
    yield
    while _started:
        _started.pop().stop()


@pytest.fixture
def box(tmp_path: Path) -> GmailMailbox:  # noqa: F811 - replaces the Maildir box
    return GmailMailbox(tmp_path)


def test_the_account_really_is_gmail(box: GmailMailbox) -> None:
    text = box.config.read_text(encoding="utf-8")
    assert 'provider = "gmail"' in text and "maildir" not in text
    assert USER[1] in text


def test_drafts_land_in_the_invitations_gmail_thread(box: GmailMailbox) -> None:
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    fake = box.fake
    assert fake is not None
    (invite_id,) = [m.id for m in fake.box.messages.values() if m.message_id == msgid(invite)]
    thread = fake.box.messages[invite_id].thread_id
    drafts = [fake.box.messages[mid] for mid in fake.box.drafts.values()]
    assert len(drafts) == 2
    assert {d.thread_id for d in drafts} == {thread}
    assert all(str(email.message_from_bytes(d.raw)["Subject"]) == f"Re: {SUBJECT}"
               for d in drafts)


def test_a_quota_hiccup_in_a_cycle_costs_nothing(box: GmailMailbox, monkeypatch) -> None:
    """429s and 503s on reads are waited out and the cycle drafts exactly as without them
    (the waits are shortened here; their lengths are tested in test_gmail.py)."""
    waits: list[int] = []
    monkeypatch.setattr(Backoff, "delay", lambda self, attempt, retry_after=None:
                        waits.append(attempt) or 0.001)
    fake = box.fake
    assert fake is not None
    box.deliver(invitation())
    fake.fail_next(1, "429", method="messages.list")
    fake.fail_next(1, "503", method="messages.get")
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]
    assert waits == [0, 0]


def test_an_expired_history_cursor_resyncs_without_duplicates(box: GmailMailbox) -> None:
    fake = box.fake
    assert fake is not None
    box.deliver(invitation())
    box.run(at("2026-11-02 10:05"))
    fake.expire_history()
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]


def test_crash_after_create_then_user_sends_the_draft_is_not_recreated(tmp_path) -> None:
    """test_regressions' scenario (it builds a Maildir box itself), on Gmail: the draft the
    user sent in Gmail while mailwatch was down is found as sent mail, not drafted again."""
    box = GmailMailbox(tmp_path, timing={"thank_you_per_interviewer": False})
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
