"""The Gmail provider against the contract and the strict fake, plus what only Gmail can get
wrong: history cursors, batches, quota, ambiguous draft creates, threading, tokens.

The outside world (mail arriving, the user editing, sending or deleting a draft in the
Gmail app) is the fake's test helpers; the provider only ever talks HTTP to the fake
through the real google-api-python-client.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mailwatch.providers.base import (
    AuthExpired,
    CursorInvalid,
    DraftRef,
    DraftState,
    MessageRef,
    NotFound,
    ProviderError,
    Throttled,
)
from mailwatch.providers.gmail import GmailProvider
from mailwatch.providers.registry import get_provider_class

from tests.fakes.gmail_api import FakeGmail
from tests.fakes.gmail_fixtures import TokenSource, fake, open_provider, tokens
from tests.providers.contract import (
    ProviderContract,
    make_draft,
    make_message,
    parse,
    roundtrip,
)

__all__ = ["fake", "tokens"]  # fixtures, used by name


class TestGmailProvider(ProviderContract):
    @pytest.fixture
    def provider(self, fake: FakeGmail, tokens: TokenSource) -> GmailProvider:
        box = open_provider(fake, tokens)
        box.fake = fake  # type: ignore[attr-defined]  # the other side, for the hooks
        yield box
        box.close()

    def deliver(self, provider: GmailProvider, raw: bytes, folder: str = "inbox") -> None:
        provider.fake.deliver(raw, ("INBOX", "UNREAD") if folder == "inbox" else ("SENT",))  # type: ignore[attr-defined]

    def vanish(self, provider: GmailProvider, ref: MessageRef) -> None:
        provider.fake.delete_message(ref.ref.partition(":")[2])  # type: ignore[attr-defined]

    def draft_bytes(self, provider: GmailProvider, ref: str) -> bytes:
        return provider.fake.draft_raw(ref)  # type: ignore[attr-defined]

    def user_edit(self, provider: GmailProvider, ref: DraftRef, body: str) -> None:
        provider.fake.user_edit_draft(ref.ref, body)  # type: ignore[attr-defined]

    def user_send(self, provider: GmailProvider, ref: DraftRef) -> None:
        provider.fake.user_send_draft(ref.ref)  # type: ignore[attr-defined]

    def user_delete(self, provider: GmailProvider, ref: DraftRef) -> None:
        provider.fake.user_delete_draft(ref.ref)  # type: ignore[attr-defined]

    def add_foreign_draft(self, provider: GmailProvider, raw: bytes) -> str:
        return provider.fake.add_user_draft(raw)  # type: ignore[attr-defined]

    def snapshot(self, provider: GmailProvider) -> Any:
        return provider.fake.snapshot()  # type: ignore[attr-defined]


@pytest.fixture
def box(fake: FakeGmail, tokens: TokenSource) -> GmailProvider:
    provider = open_provider(fake, tokens)
    yield provider
    provider.close()


def msgid_of(raw: bytes) -> str:
    return str(parse(raw)["Message-ID"]).strip("<>")


def test_registry_finds_the_gmail_provider() -> None:
    assert get_provider_class("gmail") is GmailProvider


# ------------------------------------------------------------------ changes


def test_stale_history_id_is_cursor_invalid_and_a_resync_works(box, fake) -> None:
    fake.deliver(make_message("First", msgid="first@x"))
    _, cursor = box.changes(None)
    fake.deliver(make_message("Second", msgid="second@x"))
    fake.expire_history()
    with pytest.raises(CursorInvalid):
        box.changes(roundtrip(cursor))
    refs, fresh = box.changes(None)
    assert [msgid_of(raw) for _, raw in box.fetch(refs)] == ["first@x", "second@x"]
    assert box.changes(roundtrip(fresh))[0] == []


def test_a_draft_the_user_sends_in_gmail_shows_up_as_sent_mail(box, fake) -> None:
    """Sending a draft relabels its message (no messageAdded): labelAdded must count."""
    _, cursor = box.changes(None)
    ref = box.create_draft(make_draft("sent-later"))
    refs, cursor = box.changes(roundtrip(cursor))
    assert refs == []  # a draft is not mail
    fake.user_send_draft(ref.ref)
    refs, _ = box.changes(roundtrip(cursor))
    assert [r.folder for r in refs] == ["sent"]
    assert [msgid_of(raw) for _, raw in box.fetch(refs)] == ["mw.sent-later@mailwatch"]


def test_long_listings_and_histories_are_read_page_by_page(box, fake) -> None:
    for n in range(501):
        fake.deliver(make_message(f"Mail {n}", msgid=f"a{n}@x"))
    refs, cursor = box.changes(None)
    assert len(refs) == 501 and len(set(refs)) == 501
    for n in range(502):
        fake.deliver(make_message(f"Later {n}", msgid=f"b{n}@x"))
    later, _ = box.changes(roundtrip(cursor))
    assert len(later) == 502
    assert [msgid_of(raw) for _, raw in box.fetch([refs[0], later[0], later[-1]])] == \
        ["a0@x", "b0@x", "b501@x"]
    assert fake.calls.count("gmail.users.history.list") == 2


def test_mail_starred_or_read_after_the_cursor_is_not_listed_again(box, fake) -> None:
    mid = fake.deliver(make_message("Interview", msgid="inv@x"))
    _, cursor = box.changes(None)
    fake.box.relabel(mid, add={"STARRED", "IMPORTANT"}, remove={"UNREAD"})
    assert box.changes(roundtrip(cursor))[0] == []


def test_spam_trash_and_chats_are_not_read(box, fake) -> None:
    fake.deliver(make_message("Win a prize", msgid="spam@x"), ("SPAM",))
    fake.deliver(make_message("Chat", msgid="chat@x"), ("CHAT",))
    fake.deliver(make_message("Archived invitation", msgid="kept@x"), ())
    refs, cursor = box.changes(None)
    fake.deliver(make_message("Binned", msgid="bin@x"), ("TRASH",))
    later, _ = box.changes(roundtrip(cursor))
    assert [msgid_of(raw) for _, raw in box.fetch(refs + later)] == ["kept@x"]


def test_the_first_scan_is_bounded_by_the_look_back_window(fake, tokens) -> None:
    fake.deliver(make_message("Old", msgid="old@x"))
    fake.box.messages[next(iter(fake.box.messages))].internal_ms -= 40 * 86_400_000
    fake.deliver(make_message("New", msgid="new@x"))
    provider = open_provider(fake, tokens, lookback_days=30)
    refs, _ = provider.changes(None)
    assert [msgid_of(raw) for _, raw in provider.fetch(refs)] == ["new@x"]


def test_thread_lists_the_conversation_without_drafts(box, fake) -> None:
    first = fake.deliver(make_message("Interview", msgid="inv@x"))
    fake.deliver(make_message("Re: Interview", msgid="re@x", in_reply_to="inv@x",
                              references=("inv@x",)), ("SENT",))
    box.create_draft(make_draft("in-thread", subject="Re: Interview", in_reply_to="re@x",
                                references=("inv@x", "re@x")))
    thread_id = fake.box.messages[first].thread_id
    refs = box.thread(thread_id)
    assert [r.folder for r in refs] == ["inbox", "sent"]
    assert [msgid_of(raw) for _, raw in box.fetch(refs)] == ["inv@x", "re@x"]
    assert box.thread("not-a-thread") == []
    with pytest.raises(NotFound):
        box.thread("0123456789abcdef")


# ------------------------------------------------------------------ batches and quota


def test_bodies_are_fetched_in_batches_of_at_most_fifty(box, fake) -> None:
    for n in range(120):
        fake.deliver(make_message(f"Mail {n}", msgid=f"m{n}@x"))
    refs, _ = box.changes(None)
    assert len(refs) == 120
    fake.batch_sizes.clear()
    got = list(box.fetch(refs))
    assert [msgid_of(raw) for _, raw in got] == [f"m{n}@x" for n in range(120)]
    assert fake.batch_sizes == [50, 50, 20]
    assert fake.calls.count("gmail.users.messages.get") == 120


@pytest.mark.parametrize("kind", ["429", "403", "403-rate", "500", "503"])
def test_throttled_reads_succeed_after_backoff(box, fake, kind) -> None:
    fake.deliver(make_message("Hello", msgid="h@x"))
    fake.fail_next(2, kind, method="messages.list")
    refs, _ = box.changes(None)
    assert len(refs) == 1
    assert len(box.slept) == 2 and all(0 < s <= 32 for s in box.slept)
    assert box.slept[1] > box.slept[0] / 2  # grows, with jitter


def test_throttled_calls_inside_a_batch_are_sent_again_alone(box, fake) -> None:
    for n in range(10):
        fake.deliver(make_message(f"Mail {n}", msgid=f"m{n}@x"))
    refs, _ = box.changes(None)
    fake.batch_sizes.clear()
    fake.fail_next(3, "429", method="messages.get")
    fake.fail_next(1, "503", method="batch")
    assert len(list(box.fetch(refs))) == 10
    assert fake.batch_sizes == [10, 3]  # the envelope's 503 reached no call
    assert len(box.slept) == 2


def test_retry_after_is_honoured(box, fake) -> None:
    fake.fail_next(1, "429", method="getProfile", retry_after=20)
    box.changes(None)
    assert box.slept and box.slept[0] >= 20


def test_quota_that_does_not_recover_is_throttled(box, fake) -> None:
    fake.fail_next(10, "429", method="getProfile")
    with pytest.raises(Throttled) as caught:
        box.changes(None)
    assert "rateLimitExceeded" in str(caught.value)
    assert len(box.slept) == box.backoff.tries - 1


def test_other_errors_are_not_retried(box, fake) -> None:
    """A 400 (here: a search operator the strict fake refuses) fails at once."""
    users, api = box._connect()
    with pytest.raises(ProviderError) as caught:
        api.call(lambda: users.messages().list(userId="me", q="from:lerato"), "messages.list")
    assert "HTTP 400" in str(caught.value) and "from:lerato" in str(caught.value)
    assert box.slept == []


# ------------------------------------------------------------------ drafts


def test_a_create_that_failed_after_storing_is_reconciled_not_duplicated(box, fake) -> None:
    fake.fail_create_after_store()
    ref = box.create_draft(make_draft("ambiguous"))
    assert list(fake.box.drafts) == [ref.ref]
    assert fake.calls.count("gmail.users.drafts.create") == 1
    assert box.find_drafts("ambiguous") == [ref]


def test_reconciling_does_not_trust_a_lagging_search_index(box, fake) -> None:
    fake.box.search_lag = True  # the stored draft is not searchable yet
    fake.fail_create_after_store()
    ref = box.create_draft(make_draft("lagging"))
    assert list(fake.box.drafts) == [ref.ref]
    assert fake.calls.count("gmail.users.drafts.create") == 1


def test_a_create_refused_before_storing_is_tried_again_once(box, fake) -> None:
    fake.fail_next(1, "500", method="drafts.create")
    ref = box.create_draft(make_draft("retried"))
    assert list(fake.box.drafts) == [ref.ref]
    assert fake.calls.count("gmail.users.drafts.create") == 2
    assert len(box.slept) == 1


def test_a_create_that_keeps_failing_writes_nothing_twice(box, fake) -> None:
    fake.fail_next(10, "429", method="drafts.create")
    with pytest.raises(Throttled):
        box.create_draft(make_draft("never"))
    assert fake.box.drafts == {}
    assert fake.calls.count("gmail.users.drafts.create") == box.backoff.tries


def test_drafts_thread_into_the_conversation_they_answer(box, fake) -> None:
    invite = fake.deliver(make_message("Interview: Data Engineer", msgid="inv@x"))
    fake.deliver(make_message("Something else", msgid="other@x"))
    reply = fake.deliver(make_message("RE: Interview: Data Engineer", msgid="re@x",
                                      in_reply_to="inv@x", references=("inv@x",)))
    thread = fake.box.messages[invite].thread_id
    assert fake.box.messages[reply].thread_id == thread
    ref = box.create_draft(make_draft("threaded", subject="Re: Interview: Data Engineer",
                                      in_reply_to="re@x", references=("inv@x", "re@x"),
                                      thread_id="inv@x"))
    assert fake.box.messages[fake.box.drafts[ref.ref]].thread_id == thread


def test_a_reply_whose_subject_gmail_would_not_thread_gets_a_thread_of_its_own(
    box, fake
) -> None:
    """Strict fake: a threadId Gmail would ignore is refused, so the provider must not send
    one when the subjects differ."""
    fake.deliver(make_message("Interview: Data Engineer", msgid="inv@x"))
    ref = box.create_draft(make_draft("own-thread", subject="Re: Our call on Friday",
                                      in_reply_to="inv@x", references=("inv@x",)))
    message = fake.box.messages[fake.box.drafts[ref.ref]]
    assert message.thread_id == message.id  # a new thread


def test_a_bad_thread_id_is_refused_by_the_strict_fake_and_not_retried(box, fake) -> None:
    other = fake.deliver(make_message("Unrelated", msgid="u@x"))
    draft = make_draft("bad-thread", in_reply_to=None, references=(),
                       thread_id=fake.box.messages[other].thread_id)
    with pytest.raises(ProviderError) as caught:
        box.create_draft(draft)
    assert "strict threading" in str(caught.value)
    assert not isinstance(caught.value, Throttled)
    assert fake.calls.count("gmail.users.drafts.create") == 1 and box.slept == []


def test_a_draft_is_created_as_json_with_both_markers(box, fake) -> None:
    ref = box.create_draft(make_draft("markers"))
    assert fake.draft_labels(ref.ref) == {"DRAFT"}
    msg = parse(fake.draft_raw(ref.ref))
    assert str(msg["X-Mailwatch-Action"]) == "markers"
    assert msg["Date"].datetime.isoformat() == "2026-11-05T12:00:00+00:00"


def test_deleting_a_draft_the_user_edited_in_gmail_is_refused_when_the_marker_is_gone(
    box, fake
) -> None:
    ref = box.create_draft(make_draft("stripped"))
    mid = fake.box.drafts[ref.ref]
    raw = fake.box.messages[mid].raw.replace(b"X-Mailwatch-Action", b"X-Other")
    fake.box.messages[mid].raw = raw.replace(b"mw.stripped@mailwatch", b"new@mail.gmail.com")
    with pytest.raises(ProviderError) as caught:
        box.delete_draft(ref)
    assert not isinstance(caught.value, NotFound)
    assert ref.ref in fake.box.drafts


def test_a_draft_sent_and_then_gone_from_drafts_is_sent_not_gone(box, fake) -> None:
    ref = box.create_draft(make_draft("sent"))
    fake.user_send_draft(ref.ref)
    assert box.draft_state(ref) == DraftState.SENT
    assert box.draft_state(DraftRef("r-1", "never-made", "")) == DraftState.GONE


# ------------------------------------------------------------------ tokens


def test_a_rejected_token_runs_token_command_again(box, fake, tokens) -> None:
    box.changes(None)
    assert tokens.count == 1
    tokens.write(fake.rotate_token())  # the old token now answers 401
    box.changes(None)
    assert tokens.count == 2


def test_a_token_still_rejected_after_a_fresh_one_is_auth_expired(box, fake, tokens) -> None:
    tokens.write("ya29.not-a-token-the-fake-issued")
    with pytest.raises(AuthExpired) as caught:
        box.changes(None)
    assert "ya29" not in str(caught.value)
    assert "token_command" in str(caught.value)


def test_a_rejected_token_inside_a_batch_is_replaced_too(box, fake, tokens) -> None:
    fake.deliver(make_message("Hello", msgid="h@x"))
    refs, _ = box.changes(None)
    fake.rotate_token()
    tokens.write(fake.token)
    assert len(list(box.fetch(refs))) == 1
    assert tokens.count >= 2  # the envelope and its parts may each be refused once


def test_a_failing_token_command_is_auth_expired(fake, tmp_path) -> None:
    provider = GmailProvider.from_config(
        {"api_endpoint": fake.url, "token_command": "echo 'no such pass entry' >&2; exit 3"})
    with pytest.raises(AuthExpired) as caught:
        provider.changes(None)
    assert "exit 3" in str(caught.value) and "no such pass entry" in str(caught.value)


def test_no_token_file_is_auth_expired_naming_the_command(fake, tmp_path) -> None:
    provider = GmailProvider.from_config(
        {"api_endpoint": fake.url, "token_file": str(tmp_path / "missing.json")})
    with pytest.raises(AuthExpired) as caught:
        provider.changes(None)
    assert "mailwatch auth gmail" in str(caught.value)


# ------------------------------------------------------------------ configuration


@pytest.mark.parametrize(
    ("options", "key", "needle"),
    [
        ({"token_fle": "x"}, "token_fle", "did you mean 'token_file'"),
        ({"refresh_token": "1//x"}, "refresh_token", "secrets never go in the config"),
        ({"token_file": "a", "token_command": "b"}, "token_command", "not both"),
        ({"token_command": ""}, "token_command", "non-empty"),
        ({"api_endpoint": "http://gmail.example.org/"}, "api_endpoint", "loopback"),
        ({"api_endpoint": "ftp://127.0.0.1/"}, "api_endpoint", "http(s) URL"),
        ({"lookback_days": 0}, "lookback_days", "1 to 3650"),
        ({"lookback_days": True}, "lookback_days", "1 to 3650"),
    ],
)
def test_config_problems(options: dict[str, Any], key: str, needle: str) -> None:
    problems = GmailProvider.config_problems(options)
    assert any(k == key and needle in p for k, p in problems), problems
    with pytest.raises(ValueError):
        GmailProvider.from_config(options)


def test_good_configs_have_no_problems() -> None:
    assert GmailProvider.config_problems({}) == []
    assert GmailProvider.config_problems({"token_file": "~/gmail.json", "lookback_days": 90,
                                          "api_endpoint": "http://localhost:8080"}) == []
    provider = GmailProvider.from_config({"api_endpoint": "http://[::1]:9000",
                                          "token_command": "pass show gmail"})
    assert provider.api_endpoint == "http://[::1]:9000/"


def test_a_foreign_cursor_from_another_provider_is_invalid(box) -> None:
    imap_cursor = {"v": 1, "folders": {}}
    with pytest.raises(CursorInvalid):
        box.changes(json.loads(json.dumps(imap_cursor)))


def test_nothing_is_read_before_the_first_call(fake, tmp_path: Path) -> None:
    GmailProvider.from_config({"api_endpoint": fake.url,
                               "token_file": str(tmp_path / "absent.json")})
    assert fake.calls == []
