"""The IMAP provider against the contract on a real Dovecot, plus what only IMAP can get wrong.

The outside world (mail arriving, the user editing, sending or deleting a draft in their
mail client) is simulated the way it happens for real: over a second IMAP connection.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient import DELETED, DRAFT, SEEN, IMAPClient
from mailwatch.providers import imap as imap_module
from mailwatch.providers import imap_conn, imap_refs
from mailwatch.providers.base import (
    AuthExpired,
    CursorInvalid,
    DraftRef,
    DraftState,
    MessageRef,
    NotFound,
    ProviderError,
)
from mailwatch.providers.imap import ImapProvider
from mailwatch.providers.registry import get_provider_class

from tests.providers import dovecot as fixtures
from tests.providers.contract import (
    ProviderContract,
    make_calendar_message,
    make_draft,
    make_message,
    parse,
    roundtrip,
)
from tests.providers.dovecot import DovecotServer, DovecotUser

dovecot_server = fixtures.dovecot_server  # the session's server
dovecot = fixtures.dovecot  # a fresh user on it, per test

CLOCK = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
FOLDERS = {"inbox": "INBOX", "sent": "Sent", "drafts": "Drafts"}


def user_client(user: DovecotUser) -> IMAPClient:
    """The user's own mail client: a separate connection."""
    client = IMAPClient(user.host, port=user.port, ssl=False, timeout=10)
    client.login(user.username, user.password)
    return client


@pytest.fixture
def imap_user(dovecot: DovecotUser) -> Iterator[tuple[DovecotUser, IMAPClient]]:
    client = user_client(dovecot)
    yield dovecot, client
    with contextlib.suppress(Exception):  # the test may have broken it on purpose
        client.logout()


def open_provider(user: DovecotUser, **options: Any) -> ImapProvider:
    provider = ImapProvider.from_config(user.options(**options))
    provider.clock = lambda: CLOCK
    return provider


def take(client: IMAPClient, uid: int) -> bytes:
    """Remove a draft the way clients do: flag \\Deleted, expunge just that UID."""
    client.select_folder("Drafts")
    raw = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
    client.add_flags([uid], [DELETED])
    client.uid_expunge([uid])
    return bytes(raw)


def drafts_in(client: IMAPClient) -> dict[int, tuple[tuple[bytes, ...], bytes]]:
    client.select_folder("Drafts", readonly=True)
    return {
        uid: (tuple(d[b"FLAGS"]), d[b"BODY[]"])
        for uid, d in client.fetch(client.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"]).items()
    }


class TestImapProvider(ProviderContract):
    @pytest.fixture
    def provider(self, imap_user: tuple[DovecotUser, IMAPClient]) -> Iterator[ImapProvider]:
        user, client = imap_user
        box = open_provider(user)
        box.user = client  # type: ignore[attr-defined]  # the other side, for the hooks
        yield box
        box.close()

    def deliver(self, provider: ImapProvider, raw: bytes, folder: str = "inbox") -> None:
        flags = (SEEN,) if folder == "sent" else ()
        provider.user.append(FOLDERS[folder], raw, flags=flags)  # type: ignore[attr-defined]

    def vanish(self, provider: ImapProvider, ref: MessageRef) -> None:
        client: IMAPClient = provider.user  # type: ignore[attr-defined]
        client.select_folder("INBOX")
        uid = int(ref.ref.rsplit(":", 1)[1])
        client.add_flags([uid], [DELETED])
        client.uid_expunge([uid])

    def draft_bytes(self, provider: ImapProvider, ref: str) -> bytes:
        raw = drafts_in(provider.user)[int(ref.split(":")[1])][1]  # type: ignore[attr-defined]
        return raw.replace(b"\r\n", b"\n")  # as stored: IMAP's CRLF is the wire's

    def user_edit(self, provider: ImapProvider, ref: DraftRef, body: str) -> None:
        """As IMAP clients save an edit: APPEND the new version, expunge the old one."""
        msg = parse(take(provider.user, int(ref.ref.split(":")[1])))  # type: ignore[attr-defined]
        msg.set_content(body)
        provider.user.append("Drafts", msg.as_bytes(), flags=(DRAFT, SEEN))  # type: ignore[attr-defined]

    def user_send(self, provider: ImapProvider, ref: DraftRef) -> None:
        client: IMAPClient = provider.user  # type: ignore[attr-defined]
        client.select_folder("Drafts")
        (uid,) = client.search(["ALL"])
        raw = take(provider.user, uid)  # type: ignore[attr-defined]
        client.append("Sent", raw, flags=(SEEN,))

    def user_delete(self, provider: ImapProvider, ref: DraftRef) -> None:
        take(provider.user, int(ref.ref.split(":")[1]))  # type: ignore[attr-defined]

    def add_foreign_draft(self, provider: ImapProvider, raw: bytes) -> str:
        client: IMAPClient = provider.user  # type: ignore[attr-defined]
        reply = client.append("Drafts", raw, flags=(DRAFT, SEEN))
        uidvalidity, uid = imap_refs.APPENDUID_RE.search(reply).groups()  # type: ignore[union-attr]
        return f"{int(uidvalidity)}:{int(uid)}"

    def snapshot(self, provider: ImapProvider) -> Any:
        """Every folder's messages with flags (\\Recent aside), read with EXAMINE."""
        client: IMAPClient = provider.user  # type: ignore[attr-defined]
        out = {}
        for _, _, name in client.list_folders():
            info = client.select_folder(name, readonly=True)
            msgs = client.fetch(client.search(["ALL"]), ["FLAGS", "BODY.PEEK[]"])
            out[name] = (
                info[b"UIDVALIDITY"],
                {
                    uid: (sorted(f for f in d[b"FLAGS"] if f != b"\\Recent"), d[b"BODY[]"])
                    for uid, d in msgs.items()
                },
            )
        return out


# ------------------------------------------------------------------ IMAP-only behaviour


@pytest.fixture
def user(imap_user: tuple[DovecotUser, IMAPClient]) -> DovecotUser:
    return imap_user[0]


@pytest.fixture
def client(imap_user: tuple[DovecotUser, IMAPClient]) -> IMAPClient:
    return imap_user[1]


@pytest.fixture
def box(user: DovecotUser) -> Iterator[ImapProvider]:
    provider = open_provider(user)
    yield provider
    provider.close()


def test_registry_finds_the_imap_provider() -> None:
    assert get_provider_class("imap") is ImapProvider


def test_fetched_mail_stays_unseen(box: ImapProvider, client: IMAPClient) -> None:
    client.append("INBOX", make_message("Interview", msgid="unseen@x"))
    refs, _ = box.changes(None)
    assert len(list(box.fetch(refs))) == 1
    client.select_folder("INBOX", readonly=True)
    (flags,) = [d[b"FLAGS"] for d in client.fetch(client.search(["ALL"]), ["FLAGS"]).values()]
    assert SEEN not in flags


def test_fetch_headers_reads_the_mime_tree_not_the_bodies(
    box: ImapProvider, client: IMAPClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The calendar flag comes from BODYSTRUCTURE (so it is known: False, not None, for
    plain mail), in one header-only FETCH, and nothing is marked \\Seen."""
    client.append("INBOX", make_message("Hello", msgid="plain@x"))
    client.append("INBOX", make_calendar_message("ics@x", how="alternative"))
    refs, _ = box.changes(None)
    asked: list[list[str]] = []
    real_fetch = IMAPClient.fetch

    def spy(self: IMAPClient, messages: Any, data: Any, *args: Any, **kwargs: Any) -> Any:
        asked.append(list(data))
        return real_fetch(self, messages, data, *args, **kwargs)

    monkeypatch.setattr(IMAPClient, "fetch", spy)
    assert [i.has_calendar for i in box.fetch_headers(refs)] == [False, True]
    assert asked == [["BODY.PEEK[HEADER]", "BODYSTRUCTURE"]]
    client.select_folder("INBOX", readonly=True)
    flags = [d[b"FLAGS"] for d in client.fetch(client.search(["ALL"]), ["FLAGS"]).values()]
    assert all(SEEN not in f for f in flags)


def test_calendar_part_in_a_bodystructure() -> None:
    plain = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 12, 1)
    ics = (b"TEXT", b"CALENDAR", (b"method", b"REQUEST"), None, None, b"base64", 40, 1)
    attached = (b"application", b"octet-stream", (b"name", b"Invite.ICS"), None, None,
                b"base64", 40, None, (b"attachment", (b"filename", b"Invite.ICS")))
    assert imap_refs.has_calendar_part(None) is None
    assert imap_refs.has_calendar_part(plain) is False
    assert imap_refs.has_calendar_part(([plain, ics], b"alternative")) is True
    assert imap_refs.has_calendar_part(([plain, attached], b"mixed")) is True


def test_draft_is_appended_with_draft_and_seen_flags(
    box: ImapProvider, client: IMAPClient
) -> None:
    ref = box.create_draft(make_draft())
    ((uid, (flags, raw)),) = drafts_in(client).items()
    assert ref.ref.endswith(f":{uid}")
    assert {DRAFT, SEEN} <= set(flags)
    assert b"\r\n" in raw and parse(raw)["Date"].datetime == CLOCK


def test_uidvalidity_change_invalidates_the_cursor(box: ImapProvider, client: IMAPClient) -> None:
    client.append("Sent", make_message("Re: x", msgid="s1@x"), flags=(SEEN,))
    refs, cursor = box.changes(None)
    assert len(refs) == 1
    client.delete_folder("Sent")  # the server rebuilds the folder: a new UIDVALIDITY
    client.create_folder("Sent")
    client.append("Sent", make_message("Re: x", msgid="s1@x"), flags=(SEEN,))
    with pytest.raises(CursorInvalid):
        box.changes(roundtrip(cursor))
    refs, _ = box.changes(None)  # what the caller does next: a full resync
    assert [r.folder for r in refs] == ["sent"]
    assert len(list(box.fetch(refs))) == 1
    stale = MessageRef(f"sent:{cursor['folders']['sent']['uidvalidity']}:1", "sent")
    assert list(box.fetch([stale])) == []  # a ref from the old UIDVALIDITY names nothing


def test_security_none_is_refused_for_a_remote_host() -> None:
    options = {"host": "imap.example.org", "username": "u", "security": "none",
               "password_command": "echo x"}
    problems = ImapProvider.config_problems(options)
    assert [k for k, _ in problems] == ["security"]
    assert "clear text" in problems[0][1]
    with pytest.raises(ValueError, match="security"):
        ImapProvider.from_config(options)
    account = imap_conn.Account("imap.example.org", "u", security="none")
    with pytest.raises(ProviderError, match="refused"):
        imap_conn.connect(account, "x")  # refused before any socket is opened
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        assert ImapProvider.config_problems({**options, "host": host}) == []


def test_config_problems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap_conn, "keyring_usable", lambda: False)
    ok = {"host": "imap.example.org", "username": "me", "password_command": "pass mail"}
    problems = ImapProvider.config_problems
    assert problems(ok) == []
    assert [k for k, _ in problems({})] == ["host", "username", "password_command"]
    assert problems({**ok, "securty": "ssl"}) == [
        ("securty", "unknown key for an imap account; did you mean 'security'?")
    ]
    bad = problems({**ok, "security": "tls"})
    assert [k for k, _ in bad] == ["security"]
    assert [k for k, _ in problems({**ok, "password": "hunter2"})] == ["password"]
    assert "hunter2" not in str(problems({**ok, "password": "hunter2"}))
    assert [k for k, _ in problems({**ok, "port": "993"})] == ["port"]
    assert [k for k, _ in problems({**ok, "drafts_folder": "X", "sent_folder": "X"})] == [
        "drafts_folder"
    ]
    no_secret = {"host": "imap.example.org", "username": "me"}
    assert [k for k, _ in problems(no_secret)] == ["password_command"]
    monkeypatch.setattr(imap_conn, "keyring_usable", lambda: True)
    assert problems(no_secret) == []  # the keyring is the source
    box = ImapProvider.from_config({**ok, "security": "starttls"}, read_only=True)
    assert (box.account.effective_port, box.read_only) == (143, True)
    assert ImapProvider.from_config(ok).account.effective_port == 993


def test_login_failure_is_auth_expired_without_the_password(
    dovecot_server: DovecotServer,
) -> None:
    user = dovecot_server.add_user(password="right-one")
    wrong = "Wr0ng-pa55word"
    box = ImapProvider.from_config(user.options(password_command=f"echo {wrong}"))
    with pytest.raises(AuthExpired) as refused:
        box.changes(None)
    message = str(refused.value)
    assert wrong not in message and user.username in message and "refused" in message
    box.close()


def test_password_command(user: DovecotUser, client: IMAPClient) -> None:
    client.append("INBOX", make_message("Hi", msgid="pw@x"))
    # First line only: `pass show` prints notes under the password.
    box = ImapProvider.from_config(
        user.options(password_command=f"printf '%s\\nnotes: x\\n' '{user.password}'")
    )
    assert len(box.changes(None)[0]) == 1
    box.close()
    box.close()  # safe twice
    failing = ImapProvider.from_config(user.options(password_command="echo oops >&2; exit 3"))
    with pytest.raises(AuthExpired, match="exit 3.*oops"):
        failing.changes(None)
    empty = ImapProvider.from_config(user.options(password_command="true"))
    with pytest.raises(AuthExpired, match="no password"):
        empty.changes(None)


def test_keyring_password(user: DovecotUser, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        options = user.options()
        del options["password_command"]
        box = ImapProvider.from_config(options)
        with pytest.raises(AuthExpired, match="mailwatch auth imap"):
            box.changes(None)
        imap_conn.store_password(options, user.password)
        assert backend.secrets == {("mailwatch", f"imap:{user.username}@127.0.0.1"): user.password}
        assert box.changes(None)[0] == []
        box.close()
    finally:
        keyring.set_keyring(previous)


def test_dropped_connection_mid_cycle_loses_and_doubles_nothing(
    user: DovecotUser, client: IMAPClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_module, "FETCH_BATCH", 2)
    for n in range(5):
        client.append("INBOX", make_message(f"Mail {n}", msgid=f"m{n}@x"))
    box = open_provider(user)
    refs, _ = box.changes(None)
    got = []
    with pytest.raises(ProviderError):
        for ref, _raw in box.fetch(refs):
            got.append(ref)
            if len(got) == 2:  # the network goes away between two batches
                box._conn.socket().shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]
    assert len(got) == 2
    box.close()  # the cycle ends; the cursor was never advanced

    again = open_provider(user)  # the next cycle
    refs2, cursor = again.changes(None)
    assert refs2 == refs
    assert [parse(raw)["Message-ID"] for _, raw in again.fetch(refs2)] == [
        f"<m{n}@x>" for n in range(5)
    ]
    assert again.changes(roundtrip(cursor))[0] == []
    again.close()


def test_lost_append_reply_is_reconciled_to_one_draft(
    box: ImapProvider, client: IMAPClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The APPEND reached the server but its reply was lost: ProviderError, and the
    reconciliation by marker finds exactly the one draft (no second APPEND)."""
    real_append = IMAPClient.append

    def append_then_drop(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        real_append(self, *args, **kwargs)
        self.socket().shutdown(socket.SHUT_RDWR)
        raise OSError("connection reset by peer")

    monkeypatch.setattr(IMAPClient, "append", append_then_drop)
    with pytest.raises(ProviderError):
        box.create_draft(make_draft("lost"))
    monkeypatch.undo()
    (found,) = box.find_drafts("lost")  # reconnects by itself
    assert box.draft_state(found) == DraftState.EXISTS
    assert len(drafts_in(client)) == 1


def test_unreachable_server_is_a_provider_error(dovecot_server: DovecotServer) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once closed
    user = dovecot_server.add_user()
    box = ImapProvider.from_config(user.options(port=port))
    with pytest.raises(ProviderError) as failed:
        box.changes(None)
    assert not isinstance(failed.value, AuthExpired)


def test_encryption_is_never_silently_skipped(user: DovecotUser) -> None:
    """The test server speaks plain IMAP only: "ssl" fails the handshake and "starttls"
    refuses to log in, rather than sending the password in clear text."""
    for security in ("ssl", "starttls"):
        box = ImapProvider.from_config(user.options(security=security))
        with pytest.raises(ProviderError) as failed:
            box.changes(None)
        assert not isinstance(failed.value, AuthExpired)
        assert security != "starttls" or "STARTTLS" in str(failed.value)


def test_special_use_and_configured_folders(user: DovecotUser, client: IMAPClient) -> None:
    client.create_folder("Outbox.Copies")
    client.append("Outbox.Copies", make_message("Mine", msgid="c@x"), flags=(SEEN,))
    client.create_folder("Entwurf")
    box = open_provider(user, sent_folder="Outbox.Copies", drafts_folder="Entwurf")
    refs, _ = box.changes(None)
    assert [r.folder for r in refs] == ["sent"]
    box.create_draft(make_draft())
    client.select_folder("Entwurf", readonly=True)
    assert len(client.search(["ALL"])) == 1
    box.close()


def test_deleted_flagged_draft_is_gone_but_still_found(
    box: ImapProvider, client: IMAPClient
) -> None:
    ref = box.create_draft(make_draft())
    client.select_folder("Drafts")
    client.add_flags([int(ref.ref.split(":")[1])], [DELETED])  # deleted, not yet expunged
    assert box.draft_state(ref) == DraftState.GONE
    assert box.find_drafts(ref.action_id) == [ref]


def test_resaved_unedited_copy_is_still_ours(box: ImapProvider, client: IMAPClient) -> None:
    """Clients re-save a draft as a new UID: an unedited copy is still ours to withdraw."""
    ref = box.create_draft(make_draft())
    raw = take(client, int(ref.ref.split(":")[1]))
    client.append("Drafts", raw, flags=(DRAFT, SEEN))
    assert box.draft_state(ref) == DraftState.EXISTS
    box.delete_draft(ref)
    assert drafts_in(client) == {}
    with pytest.raises(NotFound):
        box.delete_draft(ref)


def test_a_drafts_folder_missing_from_the_listing_stops_instead_of_reading_as_gone(
    user: DovecotUser, client: IMAPClient
) -> None:
    """A draft ref proves the account had its Drafts folder: while that folder is not
    listed (renamed away, being rebuilt), `draft_state` and `delete_draft` refuse with the
    reason instead of answering GONE or NotFound, which would read as "deleted by the user"
    for good; `find_drafts` still answers [] (as for an account that never had one), and
    once the folder is back its draft is found as before."""
    box = open_provider(user, drafts_folder="Entwurf")
    ref = box.create_draft(make_draft("m1"))  # creates Entwurf, which Dovecot never auto-creates
    client.rename_folder("Entwurf", "Entwurf-rebuilding")
    with pytest.raises(ProviderError, match="'Entwurf' is not in the server's folder list"):
        box.draft_state(ref)
    with pytest.raises(ProviderError, match="Entwurf") as refused:
        box.delete_draft(ref)
    assert not isinstance(refused.value, NotFound)
    assert box.find_drafts("m1") == []
    client.rename_folder("Entwurf-rebuilding", "Entwurf")
    assert box.draft_state(ref) == DraftState.EXISTS  # the same connection lists it again
    box.close()


def test_an_empty_stand_in_for_the_drafts_folder_is_not_read_as_drafts_deleted(
    box: ImapProvider, client: IMAPClient
) -> None:
    """Dovecot creates Drafts on demand (`auto = subscribe`): with the real folder moved
    away it lists, and on SELECT creates, a new empty one. One that never held a message
    and has another UIDVALIDITY than the ref cannot be where the draft went: refused like a
    missing folder. Once mail has been saved in the new folder it is the user's Drafts, and
    a draft of ours not in it is gone (else a deleted folder would stop the account for
    good)."""
    ref = box.create_draft(make_draft("s1"))
    client.rename_folder("Drafts", "Drafts-rebuilding")
    with pytest.raises(ProviderError, match="new, empty one"):
        box.draft_state(ref)
    client.append("Drafts", make_message("Mine", msgid="mine@x"), flags=(DRAFT, SEEN))
    assert box.draft_state(ref) == DraftState.GONE
