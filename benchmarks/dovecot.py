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
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from imapclient import IMAPClient

from tests.providers.dovecot import (
    _CONFIG,
    DOVECOT,
    DovecotServer,
    DovecotUser,
    _free_port,
    _stop,
    _wait_for_port,
)

from .mailgen import working_copy

NOBODY = 65534


class Unavailable(Exception):
    """No Dovecot here, or not allowed to start it; the IMAP rows say why."""


@contextlib.contextmanager
def server() -> Iterator[DovecotServer]:
    """A running Dovecot on 127.0.0.1 for the length of the block."""
    if not DOVECOT.exists():
        raise Unavailable(f"{DOVECOT} not found (apt-get install dovecot-imapd)")
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        raise Unavailable("starting Dovecot as nobody needs root and runuser")
    base = Path(tempfile.mkdtemp(prefix="mailwatch-bench-dovecot-"))
    port = _free_port()
    for sub in ("run", "state", "home", "passwd.d"):
        (base / sub).mkdir()
    conf = base / "dovecot.conf"
    conf.write_text(_CONFIG.format(base=base, port=port), encoding="utf-8")
    for path in (base, base / "run", base / "state", base / "home"):
        os.chmod(path, 0o777)
    os.chmod(base / "passwd.d", 0o755)
    os.chmod(conf, 0o644)
    try:
        with (base / "start.err").open("w") as err:
            started = subprocess.run(
                ["runuser", "-u", "nobody", "--", str(DOVECOT), "-c", str(conf)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, timeout=30)
        if started.returncode != 0 or not _wait_for_port(port):
            why = (base / "start.err").read_text(errors="replace").strip()
            raise Unavailable(f"dovecot did not start: {why}")
        yield DovecotServer(base, port)
    finally:
        _stop(base / "run" / "master.pid")
        shutil.rmtree(base, ignore_errors=True)


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
