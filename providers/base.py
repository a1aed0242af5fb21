"""The provider boundary: everything mailwatch needs from a mailbox, nothing more.

Terminology
-----------
message ref
    An opaque string naming one message inside one account (a Maildir key, an IMAP
    ``folder/uidvalidity/uid``, a Gmail message id). Only its provider interprets it.
thread id
    The provider's notion of a conversation. For mailboxes without server threads
    (Maildir, IMAP without THREAD) it is the root Message-ID of the References chain.
cursor
    An opaque JSON-able value returned by `changes`; passing it back yields only what
    changed since. ``None`` means "initial scan": everything inside the look-back window.
draft ref
    An opaque string naming one draft mailwatch created. Drafts are found again by the
    action marker (`marker_message_id`), so a lost draft ref is never fatal.
header info
    What `fetch_headers` returns: a message's raw header block and whether it carries a
    calendar part. Enough for the caller's cheap triage to decide whether the whole
    message is worth a `fetch` (DESIGN.md, "Data flows one way").

Providers know nothing about interviews. Read-only / dry-run is enforced here, once:
the public `create_draft` / `delete_draft` refuse to write when `read_only` is set, and
subclasses implement only the underscored hooks.
"""

from __future__ import annotations

import difflib
import hashlib
import ipaddress
import os
import stat
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from mailwatch.providers import peek

MARKER_DOMAIN = "mailwatch"
MARKER_HEADER = "X-Mailwatch-Action"


def marker_message_id(action_id: str) -> str:
    """The deterministic Message-ID (without brackets) of the draft for `action_id`."""
    return f"mw.{action_id}@{MARKER_DOMAIN}"


def action_from_message_id(message_id: str | None) -> str | None:
    if message_id and message_id.startswith("mw.") and message_id.endswith("@" + MARKER_DOMAIN):
        return message_id[3 : -len(MARKER_DOMAIN) - 1]
    return None


def body_hash(body: str) -> str:
    """Hash of a draft's text, to tell an untouched draft from one the user edited."""
    normalized = "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:32]


def unknown_keys(options: dict[str, Any], known: tuple[str, ...] | list[str],
                 kind: str) -> list[tuple[str, str]]:
    """(key, problem) for each option a `kind` account does not know, with a did-you-mean:
    the shared first part of every provider's `config_problems`."""
    problems = []
    for key in options:
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append((key, f"unknown key for {kind} account{hint}"))
    return problems


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals; no DNS lookup on purpose. Plain
    (unencrypted) connections and endpoints are accepted only for these."""
    name = host.strip().rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def check_private(path: Path, holds: str, fix: str) -> None:
    """Refuse a secret file (a token file, a token cache) that other users could read, or
    replace: `AuthExpired`, which stops only this account, with the fix in the message.

    Read: any group or other bit on the file (it holds `holds`). Replace: a directory others
    can write to without the sticky bit lets them rename their own file over this one, so
    mailwatch would read mail as whoever they signed in as (ssh's StrictModes refuses the
    same). Refused, never "fixed" here: a token others could read may already be copied,
    and the user has to know. `fix` is the other way out (signing in again). Here, not in
    one provider's auth module, because every provider that keeps a secret on disk must
    refuse the same things with the same words."""
    if os.name != "posix":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise AuthExpired(f"{path} is readable or writable by other users (mode "
                          f"{stat.S_IMODE(mode):04o}); it holds {holds}: "
                          f"run `chmod 600 {path}`, or {fix}")
    folder = path.parent
    mode = folder.stat().st_mode
    if mode & (stat.S_IWGRP | stat.S_IWOTH) and not mode & stat.S_ISVTX:
        raise AuthExpired(f"{folder} is writable by other users (mode "
                          f"{stat.S_IMODE(mode):04o}), so {holds} in {path.name} could be "
                          f"swapped for theirs: run `chmod 700 {folder}`")


# ---------------------------------------------------------------- exceptions


class ProviderError(Exception):
    """Anything the mailbox refused; the account's cycle stops, others go on."""


class AuthExpired(ProviderError):
    """Credentials are missing, wrong or expired; the user must act."""


class Throttled(ProviderError):
    def __init__(self, message: str = "throttled", retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class CursorInvalid(ProviderError):
    """The stored cursor is no longer valid; the caller does a full resync."""


class NotFound(ProviderError):
    """The message, thread or draft does not exist (any more)."""


class ReadOnlyError(ProviderError):
    """A write was attempted on a provider opened read-only (dry run)."""


# ---------------------------------------------------------------- value types


@dataclass(frozen=True)
class MessageRef:
    ref: str  # provider-specific id
    folder: str = "inbox"  # "inbox" | "sent" (logical role, not the server's name)


@dataclass(frozen=True)
class HeaderInfo:
    """One message as triage sees it: headers only, plus one fact about the body.

    `headers` is the raw header block, line ends as `fetch` returns them, without the
    blank line that ends it. `has_calendar` says whether a text/calendar, application/ics
    or ``*.ics`` part exists; None when the provider cannot tell without the body.
    """

    ref: MessageRef
    headers: bytes
    has_calendar: bool | None = None


@dataclass(frozen=True)
class Draft:
    """A draft to write. Headers are plain strings; the provider builds the MIME."""

    action_id: str
    from_: str  # formatted address
    to: tuple[str, ...]  # formatted addresses
    subject: str
    body: str  # text/plain, UTF-8
    in_reply_to: str | None = None  # message id without brackets
    references: tuple[str, ...] = ()
    thread_id: str | None = None  # provider thread id where the API needs one
    cc: tuple[str, ...] = ()

    @property
    def message_id(self) -> str:
        return marker_message_id(self.action_id)


class DraftState(StrEnum):
    EXISTS = "exists"  # still in Drafts, unedited
    EDITED = "edited"  # still in Drafts, the user changed it
    SENT = "sent"  # a message with our marker is in Sent
    GONE = "gone"  # neither: the user deleted it


@dataclass(frozen=True)
class DraftRef:
    ref: str
    action_id: str
    body_hash: str


# ---------------------------------------------------------------- the base class


class Provider(ABC):
    """One mailbox. Subclasses implement the underscored hooks and the abstract reads."""

    name: ClassVar[str] = "abstract"
    has_calendar: ClassVar[bool] = False
    supports_push: ClassVar[bool] = False
    has_server_threads: ClassVar[bool] = False

    def __init__(self, *, read_only: bool = False) -> None:
        self.read_only = read_only

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False) -> Provider:
        """Build from an `[[accounts]]` table (minus `name`/`provider`)."""
        raise NotImplementedError(f"{cls.__name__} cannot be configured from a file")

    @classmethod
    def account_options(cls, name: str, options: dict[str, Any], *,
                        lookback_days: int) -> dict[str, Any]:
        """The options `from_config` gets, with what only the whole config knows filled in
        (a per-account token file, the look-back window). Most providers need nothing."""
        return options

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        """(key, problem) pairs for this provider's options; empty when valid."""
        return []

    # -- reading -------------------------------------------------------------

    @abstractmethod
    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], Any]:
        """Refs of messages new or changed since `cursor`, oldest first, and a new cursor.

        Raises `CursorInvalid` when the cursor can no longer be used.
        """

    @abstractmethod
    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        """Raw RFC 822 bytes for each ref that still exists (missing ones are skipped)."""

    def fetch_headers(self, refs: Iterable[MessageRef]) -> Iterator[HeaderInfo]:
        """Header block and calendar flag for each ref that still exists (missing ones are
        skipped), so a big mailbox is triaged without fetching every body.

        This default fetches whole messages and cuts them: correct for any provider, but
        only as cheap as `fetch`. Providers that can read headers alone override it.
        """
        for ref, raw in self.fetch(refs):
            yield HeaderInfo(ref, peek.header_block(raw), peek.has_calendar_marker(raw))

    def wait_for_mail(self, timeout: float) -> bool | None:
        """Block until the mailbox reports new mail (True) or `timeout` seconds pass
        (False). None means this mailbox cannot push: the caller polls instead. Only
        providers with `supports_push` ever return anything but None."""
        return None

    def thread(self, thread_id: str) -> list[MessageRef]:
        """Messages of one server-side thread. Only for `has_server_threads` providers."""
        return []

    # -- drafts ----------------------------------------------------------------

    def create_draft(self, draft: Draft) -> DraftRef:
        """Write one draft. Called once per attempt; never retried blindly by callers."""
        if self.read_only:
            raise ReadOnlyError("read-only provider: not creating a draft")
        return self._create_draft(draft)

    def delete_draft(self, ref: DraftRef) -> None:
        if self.read_only:
            raise ReadOnlyError("read-only provider: not deleting a draft")
        self._delete_draft(ref)

    @abstractmethod
    def _create_draft(self, draft: Draft) -> DraftRef: ...

    @abstractmethod
    def _delete_draft(self, ref: DraftRef) -> None: ...

    @abstractmethod
    def find_drafts(self, action_id: str) -> list[DraftRef]:
        """Drafts carrying the marker of `action_id` (normally zero or one)."""

    @abstractmethod
    def draft_state(self, ref: DraftRef) -> DraftState:
        """Where the draft is now; EDITED when its text no longer hashes to `ref.body_hash`."""

    def close(self) -> None:  # noqa: B027 - an optional hook, empty by default
        """Release connections. Safe to call twice."""
