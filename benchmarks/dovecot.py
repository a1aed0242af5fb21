"""A Dovecot on loopback for the IMAP benchmarks, and generated mailboxes loaded into it.

The server is the test suite's (tests/providers/dovecot.py: same config, run as
``nobody``, one passwd file per user), started here without pytest. A mailbox is loaded
the way Dovecot stores mail: the generated Maildir is placed in the user's home as is (hard
links to world-readable files, in folders owned by ``nobody``), so loading 100k messages
takes seconds instead of the minutes 100k APPENDs would; file mtimes become INTERNALDATEs.
`warm` then has Dovecot index the folders once, as a long-running server already has.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from imapclient import IMAPClient

from tests.providers.dovecot import (
    DovecotFailed,
    DovecotServer,
    DovecotUnavailable,
    DovecotUser,
    running_dovecot,
)

from .mailgen import working_copy

NOBODY = 65534


class Unavailable(Exception):
    """No Dovecot here, or not allowed to start it; the IMAP rows say why."""


@contextlib.contextmanager
def server() -> Iterator[DovecotServer]:
    """A running Dovecot on 127.0.0.1 for the length of the block (the tests' start-up)."""
    try:
        with running_dovecot(prefix="mailwatch-bench-dovecot-") as started:
            yield started
    except (DovecotUnavailable, DovecotFailed) as exc:
        raise Unavailable(str(exc)) from None


def load(server: DovecotServer, maildir: Path | None) -> DovecotUser:
    """A new user whose mailbox is a copy of `maildir` (None: an empty mailbox)."""
    user = server.add_user()
    home = user.maildir.parent
    if maildir is not None:
        working_copy(maildir, user.maildir)
    else:
        user.maildir.mkdir(parents=True)
    # Dovecot writes its index and uidlist files into every folder; the message files stay
    # root's (0644, readable), so the generator's cache is never chowned under other copies.
    for folder, _dirs, _files in os.walk(home):
        os.chown(folder, NOBODY, NOBODY)
    return user


def client(user: DovecotUser) -> IMAPClient:
    """The user's own mail client (a second connection, never mailwatch's)."""
    conn = IMAPClient(user.host, port=user.port, ssl=False, timeout=120)
    conn.login(user.username, user.password)
    return conn


def warm(user: DovecotUser) -> float:
    """Have Dovecot index INBOX and Sent (SELECT), as a long-running server has; seconds."""
    started = time.perf_counter()
    conn = client(user)
    try:
        for folder in ("INBOX", "Sent"):
            conn.select_folder(folder, readonly=True)
    finally:
        conn.logout()
    return time.perf_counter() - started
