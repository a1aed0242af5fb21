"""A real Dovecot IMAP server on loopback, for the IMAP provider's tests.

Why a real server rather than a fake: the IMAP provider's correctness lives in details a
fake would have to guess (SEARCH HEADER matching, APPENDUID, UID EXPUNGE, UIDVALIDITY on a
re-created folder, \\Seen staying off under BODY.PEEK). Dovecot starts in about 0.1 s.

One server per test session; every test gets a fresh *user* (a passwd-file of its own: the
passdb path contains %n, so no cached file is ever re-read), so every test starts with an
empty mailbox without restarting anything. The server runs unprivileged as ``nobody`` (see
API-NOTES), so every directory it touches is made traversable or writable by that user.

Without ``/usr/sbin/dovecot`` the IMAP tests are skipped with a reason saying how to
install it; CI installs ``dovecot-imapd`` whenever ``tests/providers/test_imap*.py`` exist.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DOVECOT = Path("/usr/sbin/dovecot")
PASSWORD = "s3cret-Pa55"
_users = itertools.count(1)

_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = nobody
default_internal_user = nobody
default_internal_group = nogroup
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {base}/passwd.d/%n
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={base}/home/%n
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = .
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
  # No brute-force penalty: the login-failure test would slow every later login by 4 s.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


@dataclass(frozen=True)
class DovecotUser:
    """One mailbox on the running server; `maildir` is its Maildir on disk."""

    host: str
    port: int
    username: str
    password: str
    maildir: Path

    def options(self, **extra: object) -> dict[str, object]:
        """An ``[[accounts]]`` table for this user (minus name and provider)."""
        return {
            "host": self.host,
            "port": self.port,
            "security": "none",
            "username": self.username,
            "password_command": f"printf '%s\\n' '{self.password}'",
            **extra,
        }


@dataclass(frozen=True)
class DovecotServer:
    base: Path
    port: int

    def add_user(self, password: str = PASSWORD) -> DovecotUser:
        """A fresh, empty mailbox: a new passwd-file, read on its first login."""
        name = f"user{next(_users)}"
        entry = self.base / "passwd.d" / name
        entry.write_text(f"{name}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
        entry.chmod(0o644)
        return DovecotUser(
            "127.0.0.1", self.port, name, password, self.base / "home" / name / "Maildir"
        )

    def log(self) -> str:
        try:
            return (self.base / "dovecot.log").read_text(errors="replace")
        except FileNotFoundError:
            return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def _skip(reason: str) -> None:
    """Skip on a developer's machine; in CI a missing Dovecot is a failure, not a skip,
    so the IMAP suite can never silently stop running there."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the IMAP tests: {reason}")
    pytest.skip(reason)


class DovecotUnavailable(Exception):
    """Dovecot cannot run here (not installed, not root, a path nobody cannot reach)."""


class DovecotFailed(Exception):
    """Dovecot was started and did not come up; the message holds its error output."""


@contextlib.contextmanager
def running_dovecot(prefix: str = "mailwatch-dovecot-") -> Iterator[DovecotServer]:
    """A Dovecot on 127.0.0.1 for the length of the block, started as nobody: the one
    start-up the tests and the benchmarks share. Raises DovecotUnavailable before starting
    anything, DovecotFailed when it does not come up."""
    if not DOVECOT.exists():
        raise DovecotUnavailable(
            f"{DOVECOT} not found (apt-get install dovecot-imapd; CI installs it)")
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        raise DovecotUnavailable("Dovecot is started as 'nobody' with runuser, which needs root")
    base = Path(tempfile.mkdtemp(prefix=prefix))
    port = _free_port()
    for sub in ("run", "state", "home", "passwd.d"):
        (base / sub).mkdir()
    conf = base / "dovecot.conf"
    conf.write_text(_CONFIG.format(base=base, port=port), encoding="utf-8")
    # mkdtemp makes 0700 dirs; Dovecot runs as nobody and must reach, write and read these.
    for path in (base, base / "run", base / "state", base / "home"):
        os.chmod(path, 0o777)
    os.chmod(base / "passwd.d", 0o755)
    os.chmod(conf, 0o644)
    server = DovecotServer(base, port)
    try:
        for parent in base.parents:
            if not os.access(parent, os.X_OK):  # only a world-traversable path works
                raise DovecotUnavailable(
                    f"{parent} is not traversable by nobody; set TMPDIR elsewhere")
        # The master daemonises and keeps its stdio: never a pipe we would wait on.
        with (base / "start.err").open("w") as err:
            started = subprocess.run(
                ["runuser", "-u", "nobody", "--", str(DOVECOT), "-c", str(conf)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=30,
            )
        if started.returncode != 0 or not _wait_for_port(port):
            why = (base / "start.err").read_text(errors="replace").strip()
            raise DovecotFailed(f"dovecot did not start: {why}\n{server.log()}")
        yield server
    finally:
        _stop(base / "run" / "master.pid")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    try:
        with running_dovecot() as server:
            yield server
    except DovecotUnavailable as exc:
        _skip(f"IMAP tests need Dovecot: {exc}")
    except DovecotFailed as exc:
        pytest.fail(str(exc))


def _stop(pidfile: Path) -> None:
    """SIGTERM the master by its pid file (never by name) and wait for it to go."""
    try:
        pid = int(pidfile.read_text().strip())
    except (FileNotFoundError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> DovecotUser:
    """A fresh, empty mailbox on the session's server."""
    return dovecot_server.add_user()
