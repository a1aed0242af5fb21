"""IMAP plumbing kept apart from the mailbox logic: options, secrets, connecting, faults.

Why its own module: `imap.py` reads like the Maildir provider (cursor, drafts, markers);
everything here is about *reaching* the server safely, and is where the security rules sit:

* ``security = "none"`` sends the password in clear text, so it is refused for any host but
  a loopback address (a local Dovecot, an SSH tunnel, a bridge such as Proton's).
  "localhost" is trusted by name and nothing is resolved through DNS, which could lie.
* The password never sits in the config file: it comes from ``password_command`` (stdout,
  first line) or from the OS keyring, where `store_password` puts it. It never appears in
  an exception message, even when the server echoes it.
* Every socket or protocol failure becomes `ProviderError` (the account's cycle stops, the
  daemon goes on) and a refused login becomes `AuthExpired`, which tells the user what to do.
"""

from __future__ import annotations

import contextlib
import difflib
import imaplib
import ssl
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from mailwatch.providers.base import AuthExpired, ProviderError, is_loopback, unknown_keys

OPTIONS = (
    "host",
    "port",
    "security",
    "username",
    "password_command",
    "drafts_folder",
    "sent_folder",
)
SECURITY = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
KEYRING_SERVICE = "mailwatch"
#: Seconds for connecting and for each server reply; a hung server must not hang the daemon.
TIMEOUT = 60.0
PASSWORD_COMMAND_TIMEOUT = 60.0


class ImapFault(ProviderError):
    """The network, TLS or the server failed mid-conversation: the connection is dropped and
    never reused (a later operation reconnects), unlike a refusal decided by mailwatch."""



def keyring_username(options: Mapping[str, Any]) -> str:
    """The keyring entry of an account: ``imap:user@host``.

    Keyed on the mailbox, not on the account's name in the config: options reach the
    provider without the name, and renaming an account should not lose its password.
    """
    return f"imap:{options.get('username', '')}@{str(options.get('host', '')).lower()}"


def store_password(account: Any, password: str) -> None:
    """Save an IMAP password in the OS keyring, for `mailwatch auth imap --account NAME`.

    `account` is the account's ``[[accounts]]`` options mapping, or an object with an
    ``options`` mapping (an AccountConfig). Raises ProviderError when no keyring is usable.
    """
    options = getattr(account, "options", account)
    if not isinstance(options, Mapping) or not options.get("host") or not options.get("username"):
        raise ValueError("store_password needs an account with host and username")
    if not password:
        raise ValueError("refusing to store an empty password")
    import keyring  # imported here: only auth and keyring users pay for it
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_username(options), password)
    except KeyringError as exc:
        raise ProviderError(f"cannot store the password in the OS keyring: {exc}") from exc


def keyring_usable() -> bool:
    """Whether a real keyring backend exists here (headless servers often have none)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # a broken backend configuration is as good as none
        return False


def option_problems(options: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, problem) pairs for an imap account; see `ImapProvider.config_problems`."""
    problems = [(key, "secrets never go in the config file: use password_command, or store "
                      "it with `mailwatch auth imap --account NAME`") if key == "password"
                else (key, problem)
                for key, problem in unknown_keys(options, OPTIONS, "an imap")]
    host = options.get("host")
    if host is None:
        problems.append(("host", 'missing: the IMAP server, e.g. host = "imap.example.org"'))
    elif not isinstance(host, str) or not host.strip():
        problems.append(("host", "must be a non-empty string"))
    username = options.get("username")
    if username is None:
        problems.append(("username", "missing: the IMAP login name"))
    elif not isinstance(username, str) or not username.strip():
        problems.append(("username", "must be a non-empty string"))
    port = options.get("port")
    if port is not None and not (type(port) is int and 0 < port < 65536):
        problems.append(("port", "must be a whole number from 1 to 65535"))
    security = options.get("security", "ssl")
    if security not in SECURITY:
        close = difflib.get_close_matches(str(security), SECURITY, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        problems.append(("security", f'must be "ssl", "starttls" or "none"{hint}'))
    elif security == "none" and isinstance(host, str) and host.strip() and not is_loopback(host):
        problems.append(("security", f'"none" sends your password in clear text; it is only '
                                     f'allowed for a loopback host, not {host!r}'))
    command = options.get("password_command")
    if command is not None and (not isinstance(command, str) or not command.strip()):
        problems.append(("password_command", "must be a non-empty shell command"))
    elif command is None and not keyring_usable():
        problems.append(("password_command", "no password source: set password_command (no "
                                             "OS keyring is available here)"))
    for key in ("drafts_folder", "sent_folder"):
        value = options.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append((key, "must be a non-empty folder name"))
    if options.get("drafts_folder") and options.get("drafts_folder") == options.get("sent_folder"):
        problems.append(("drafts_folder", "must differ from sent_folder"))
    return problems


@dataclass(frozen=True)
class Account:
    """The validated connection settings of one IMAP account (never the password)."""

    host: str
    username: str
    security: str = "ssl"
    port: int | None = None
    password_command: str | None = None

    @property
    def address(self) -> str:
        return f"{self.username}@{self.host}:{self.effective_port}"

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]


def read_password(account: Account) -> str:
    """The password from `password_command` or the keyring; AuthExpired when there is none."""
    if account.password_command:
        return _run_password_command(account.password_command)
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            password = keyring.get_password(
                KEYRING_SERVICE,
                keyring_username({"host": account.host, "username": account.username}),
            )
        except KeyringError as exc:
            raise AuthExpired(f"cannot read the password from the OS keyring: {exc}") from exc
    except ImportError:
        password = None
    if not password:
        raise AuthExpired(
            f"no password for {account.username}@{account.host}: set password_command or run "
            "`mailwatch auth imap --account NAME`"
        )
    return password


def _run_password_command(command: str) -> str:
    """First line of the command's stdout (``pass show`` prints notes below the password)."""
    try:
        done = subprocess.run(
            command,
            shell=True,
            capture_output=True,
            text=True,
            timeout=PASSWORD_COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise AuthExpired(f"password_command timed out after {exc.timeout:.0f} s") from None
    except OSError as exc:
        raise AuthExpired(f"password_command could not run: {exc}") from None
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [""])[-1][:200]
        raise AuthExpired(f"password_command failed (exit {done.returncode}): {why}")
    lines = done.stdout.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise AuthExpired("password_command printed no password")
    return password


def connect(account: Account, password: str, *, timeout: float = TIMEOUT) -> IMAPClient:
    """A logged-in client. Raises AuthExpired for a refused login, ProviderError otherwise."""
    if account.security == "none" and not is_loopback(account.host):
        raise ProviderError(f'security "none" is refused for non-loopback host {account.host}')
    where = account.address
    try:
        with faults(where, password):
            context = ssl.create_default_context()
            client = IMAPClient(
                account.host,
                port=account.effective_port,
                ssl=account.security == "ssl",
                ssl_context=context if account.security == "ssl" else None,
                timeout=timeout,
            )
            try:
                if account.security == "starttls":
                    if b"STARTTLS" not in client.capabilities():
                        raise ProviderError(f"{where} does not offer STARTTLS; refusing to log "
                                            "in without encryption")
                    client.starttls(context)
                client.login(account.username, password)
            except BaseException:
                _drop(client)
                raise
    except LoginError as exc:
        detail = _scrub(_text(exc), password)
        raise AuthExpired(
            f"IMAP login as {account.username} at {account.host} was refused ({detail}); "
            "check the password (password_command or `mailwatch auth imap --account NAME`)"
        ) from None
    return client


@contextmanager
def faults(where: str, password: str = "") -> Iterator[None]:
    """Socket, TLS and protocol failures -> ImapFault (a ProviderError) naming the server,
    never the password. LoginError passes through for `connect` to turn into AuthExpired."""
    try:
        yield
    except (ProviderError, LoginError):
        raise
    except ssl.SSLCertVerificationError as exc:
        raise ImapFault(f"{where}: the server's TLS certificate is not trusted: "
                        f"{exc.verify_message}") from None
    except (IMAPClientError, imaplib.IMAP4.error, OSError, EOFError) as exc:
        kind = "timed out" if isinstance(exc, TimeoutError) else "failed"
        raise ImapFault(f"IMAP {where} {kind}: {_scrub(_text(exc), password)}") from None


def _text(exc: BaseException) -> str:
    parts = [a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a) for a in exc.args]
    return " ".join(p for p in parts if p)[:300] or exc.__class__.__name__


def _scrub(text: str, password: str) -> str:
    return text.replace(password, "***") if password else text


def _drop(client: IMAPClient) -> None:
    """Close a connection without a polite LOGOUT (it may be half-open)."""
    with contextlib.suppress(Exception):  # already closed: nothing else to release
        client.shutdown()
