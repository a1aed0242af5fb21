"""The four mailboxes the reliability tests run against, and what each can suffer.

A `World` is one of the end-to-end harness boxes (tests/e2e) — the Maildir `Mailbox`, the
Dovecot-backed `ImapMailbox`, `GmailMailbox` on the strict Gmail fake, `OutlookMailbox` on
the strict Graph fake — plus the faults its provider can meet, injected the way they
happen for real: through the fakes' own switches, through Dovecot, or by breaking the one
client call that would fail on the wire. Every scenario is written once against this
interface and runs on all four providers.

In-process runs (`box.run`) see the faults and the recorded waits; `box.run_subprocess`
(the kill -9 tests) sees only what lives outside the process: files, Dovecot, the fakes.
"""

from __future__ import annotations

import errno
import functools
import shutil
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httplib2
import pytest
import requests
from imapclient import DELETED, IMAPClient
from mailwatch.providers import gmail as gmail_module
from mailwatch.providers import maildir as maildir_module
from mailwatch.providers import outlook as outlook_module
from mailwatch.providers.gmail_http import Backoff
from mailwatch.providers.outlook_http import GraphClient

from mailwatch.store import Store
from tests.e2e.harness import Mailbox
from tests.e2e.test_replay_gmail import GmailMailbox
from tests.e2e.test_replay_imap import ImapMailbox
from tests.e2e.test_replay_outlook import OutlookMailbox
from tests.fakes.gmail_api import FakeGmail
from tests.fakes.graph_api import GraphServer
from tests.providers.dovecot import DovecotUser

PROVIDERS = ("maildir", "imap", "gmail", "outlook")
ACCOUNT = "personal"  # the harness config's account name


def _once(fail: Any, spent: list[list[bool]]) -> Any:
    """A wrapper factory: the first call of the wrapped function fails via `fail`.
    `spent` collects the flag that tells whether that call happened yet."""
    armed = [True]
    spent.append(armed)

    def wrap(real: Any) -> Any:
        @functools.wraps(real)
        def call(*args: Any, **kwargs: Any) -> Any:
            if armed[0]:
                armed[0] = False
                return fail(real, *args, **kwargs)
            return real(*args, **kwargs)

        return call

    return wrap


@dataclass
class World:
    name: str
    box: Mailbox
    mp: pytest.MonkeyPatch
    #: seconds the provider asked to wait (backoff, Retry-After), recorded instead of slept
    waits: list[float] = field(default_factory=list)
    #: the provider retries a failed read itself; else the cycle stops and the next resumes
    retries_reads: bool = False
    armed: list[list[bool]] = field(default_factory=list)

    def fault_spent(self) -> bool:
        """Every fault injected so far has actually happened."""
        return not any(flag[0] for flag in self.armed)

    def state(self) -> Store:
        return Store.open(self.box.root / "state.db")

    def expire_cursor(self) -> None:
        """The mailbox no longer honours the stored cursor."""
        raise NotImplementedError

    def lose_next_create(self) -> None:
        """The next draft is stored by the server, but the client sees a failure."""
        raise NotImplementedError

    def time_out_next_read(self) -> None:
        """The next read of the mailbox times out before any answer arrives."""
        raise NotImplementedError

    def empty_inbox(self) -> None:
        """Every message leaves the inbox (the user archived everything, a sync glitch)."""
        raise NotImplementedError

    def close(self) -> None:
        pass


class MaildirWorld(World):
    def expire_cursor(self) -> None:
        # A cursor the provider cannot read (another version, another provider).
        store = self.state()
        try:
            with store.transaction():
                store.set_cursor(ACCOUNT, {"written-by": "something else"})
        finally:
            store.close()

    def lose_next_create(self) -> None:
        # The draft file is renamed into cur/, then syncing the directory fails (EIO).
        def fail(real: Any, path: Path) -> None:
            raise OSError(errno.EIO, "Input/output error", str(path))

        self.mp.setattr(maildir_module, "_fsync_dir",
                        _once(fail, self.armed)(maildir_module._fsync_dir))

    def time_out_next_read(self) -> None:
        # A Maildir on a network mount that stops answering.
        def fail(real: Any, path: Path) -> Any:
            raise TimeoutError(errno.ETIMEDOUT, "Connection timed out", str(path))

        self.mp.setattr(maildir_module, "_peek_file",
                        _once(fail, self.armed)(maildir_module._peek_file))

    def empty_inbox(self) -> None:
        away = self.box.root / "archived"
        away.mkdir(exist_ok=True)
        for sub in ("cur", "new"):
            for path in (self.box.mail / sub).iterdir():
                shutil.move(path, away / path.name)


class ImapWorld(World):
    user: DovecotUser

    def client(self) -> IMAPClient:
        client = IMAPClient(self.user.host, port=self.user.port, ssl=False, timeout=10)
        client.login(self.user.username, self.user.password)
        return client

    def expire_cursor(self) -> None:
        # The server rebuilds Sent: a new UIDVALIDITY makes every stored UID meaningless.
        client = self.client()
        try:
            client.select_folder("Sent")
            kept = [d[b"BODY[]"] for d in client.fetch(client.search(["ALL"]),
                                                      ["BODY.PEEK[]"]).values()]
            client.close_folder()
            client.delete_folder("Sent")
            client.create_folder("Sent")
            for raw in kept:
                client.append("Sent", raw, flags=(b"\\Seen",))
        finally:
            client.logout()

    def lose_next_create(self) -> None:
        # APPEND reaches Dovecot; the tagged OK never reaches mailwatch.
        def fail(real: Any, client: IMAPClient, *args: Any, **kwargs: Any) -> Any:
            real(client, *args, **kwargs)
            client.socket().shutdown(socket.SHUT_RDWR)
            raise TimeoutError("timed out")

        self.mp.setattr(IMAPClient, "append", _once(fail, self.armed)(IMAPClient.append))

    def time_out_next_read(self) -> None:
        def fail(real: Any, client: IMAPClient, *args: Any, **kwargs: Any) -> Any:
            client.socket().shutdown(socket.SHUT_RDWR)
            raise TimeoutError("timed out")

        self.mp.setattr(IMAPClient, "fetch", _once(fail, self.armed)(IMAPClient.fetch))

    def empty_inbox(self) -> None:
        client = self.client()
        try:
            client.select_folder("INBOX")
            uids = client.search(["ALL"])
            if uids:
                client.add_flags(uids, [DELETED])
                client.uid_expunge(uids)
        finally:
            client.logout()


class GmailWorld(World):
    fake: FakeGmail

    def arm(self) -> None:
        """Backoff waits are recorded, not slept (their lengths are computed as ever)."""
        self.mp.setattr(gmail_module, "Backoff",
                        lambda: Backoff(sleep=self.waits.append))

    def expire_cursor(self) -> None:
        self.fake.expire_history()

    def lose_next_create(self) -> None:
        self.fake.fail_create_after_store(1)

    def fault_spent(self) -> bool:
        return super().fault_spent() and self.fake.fail_after_store == 0

    def time_out_next_read(self) -> None:
        def fail(real: Any, *args: Any, **kwargs: Any) -> Any:
            raise TimeoutError("timed out")

        self.mp.setattr(httplib2.Http, "request", _once(fail, self.armed)(httplib2.Http.request))

    def empty_inbox(self) -> None:
        with self.fake.box.lock:
            gone = [m.id for m in self.fake.box.messages.values() if "INBOX" in m.labels]
        for mid in gone:
            self.fake.delete_message(mid)

    def close(self) -> None:
        self.fake.stop()


class OutlookWorld(World):
    @property
    def fake(self) -> Any:
        return self.box.fake  # type: ignore[attr-defined]

    def arm(self) -> None:
        """Retry-After and backoff waits are recorded, not slept."""
        self.mp.setattr(outlook_module, "GraphClient",
                        functools.partial(GraphClient, sleep=self.waits.append))

    def expire_cursor(self) -> None:
        self.fake.expire_delta_tokens()

    def lose_next_create(self) -> None:
        with self.fake.traffic.lock:
            self.fake.traffic.fail_after_create += 1

    def fault_spent(self) -> bool:
        return super().fault_spent() and self.fake.traffic.fail_after_create == 0

    def time_out_next_read(self) -> None:
        def fail(real: Any, *args: Any, **kwargs: Any) -> Any:
            raise requests.exceptions.ReadTimeout("read timed out")

        self.mp.setattr(requests.Session, "request",
                        _once(fail, self.armed)(requests.Session.request))

    def empty_inbox(self) -> None:
        for item in [i for i in self.fake.items.values() if i.folder == "inbox"]:
            self.fake.user_delete(item.id)


def make_world(name: str, root: Path, mp: pytest.MonkeyPatch, request: Any) -> World:
    """A fresh, empty mailbox of provider `name`, with its config written under `root`."""
    if name == "maildir":
        return MaildirWorld(name, Mailbox(root), mp)
    if name == "imap":
        user = request.getfixturevalue("dovecot")
        world = ImapWorld(name, ImapMailbox(root, user=user), mp)
        world.user = user
        return world
    if name == "gmail":
        fake = FakeGmail().start()
        world = GmailWorld(name, GmailMailbox(root, fake=fake), mp, retries_reads=True)
        world.fake = fake
        world.arm()
        return world
    if name == "outlook":
        server: GraphServer = request.getfixturevalue("graph_server")
        OutlookMailbox.server = server
        world = OutlookWorld(name, OutlookMailbox(root), mp, retries_reads=True)
        world.arm()
        return world
    raise ValueError(name)
