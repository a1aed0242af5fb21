"""The state behind the fake Gmail API: messages, threads, drafts and the history log.

Gmail semantics kept here, because the provider depends on them:

* Ids: message ids are 16 hex digits growing with time; a thread's id is the id of its
  first message; draft ids are ``r-`` and digits and survive edits, while the draft's
  *message* is replaced (new message id) on every edit.
* Every change bumps one mailbox-wide history id and is logged as a history record
  (messageAdded, messageDeleted, labelAdded, labelRemoved). Old records can be dropped
  (`expire_history`): a startHistoryId before the oldest kept record is then a 404.
* Threading of delivered mail: a message joins the thread of a message its References or
  In-Reply-To names, but only when the subjects match once Re:/Fwd: prefixes are dropped.
* Mail is served with CRLF line ends whatever it was delivered with.
* Search (``q``) understands only the operators below and refuses everything else, so a
  provider query the fake does not understand fails a test instead of matching nothing.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message as Compat32Message
from email.parser import BytesParser
from email.policy import compat32
from typing import Any

from .gmail_schema import Invalid

_MSGID = re.compile(r"<([^<>\s]+)>")
_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv|wg)(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_NEWER = re.compile(r"^(\d+)([dmy])$")
_UNIT_S = {"d": 86_400, "m": 31 * 86_400, "y": 366 * 86_400}
_IN = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT", "chats": "CHAT",
       "chat": "CHAT", "spam": "SPAM", "trash": "TRASH", "anywhere": "*"}


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def headers_of(raw: bytes) -> Compat32Message:
    return BytesParser(policy=compat32).parsebytes(raw, headersonly=True)


def msg_ids(value: object) -> list[str]:
    return _MSGID.findall(str(value)) if value is not None else []


def decoded(value: object) -> str:
    """A header value with RFC 2047 encoded-words decoded, as the Gmail API shows them."""
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        return str(value)


def base_subject(subject: object) -> str:
    """A subject as Gmail compares them for threading: no reply/forward prefixes, no case."""
    return " ".join(_PREFIX.sub("", decoded(subject)).split()).lower()


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    labels: set[str]
    raw: bytes  # CRLF, as served
    internal_ms: int
    history_id: int

    @property
    def headers(self) -> Compat32Message:
        return headers_of(self.raw)

    @property
    def message_id(self) -> str | None:
        found = msg_ids(self.headers.get("Message-ID"))
        return found[0] if found else None

    def brief(self, *, labels: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "threadId": self.thread_id}
        if labels:
            out["labelIds"] = sorted(self.labels)
        return out


@dataclass
class Record:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message: dict[str, Any]  # id, threadId (labelIds filled in when listed)
    labels: tuple[str, ...] = ()


@dataclass
class Mailbox:
    """One user's mailbox. Every public method takes the lock: the server is threaded."""

    address: str = "thandi@example.org"
    clock: Callable[[], float] = time.time
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    history: list[Record] = field(default_factory=list)
    history_id: int = 4000
    oldest_kept: int = 0  # records with an id at or below this were dropped
    unindexed: set[str] = field(default_factory=set)  # ids search cannot see yet
    search_lag: bool = False  # when set, new drafts stay unsearchable until `index_now`
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: Iterable[int] = field(default_factory=lambda: itertools.count(0x18F3_0000_0000_0000))
    _draft_ids: Iterable[int] = field(default_factory=lambda: itertools.count(8_812_000_001))

    # -- changes -------------------------------------------------------------------

    def _bump(self) -> int:
        self.history_id += 1
        return self.history_id

    def _log(self, kind: str, msg: StoredMessage, labels: Iterable[str] = ()) -> None:
        hid = self._bump()
        msg.history_id = hid
        self.history.append(Record(hid, kind, msg.brief(labels=False), tuple(sorted(labels))))

    def add(self, raw: bytes, labels: Iterable[str], *, thread_id: str | None = None,
            internal_ms: int | None = None) -> StoredMessage:
        with self.lock:
            mid = f"{next(self._ids):016x}"  # type: ignore[call-overload]
            stamp = internal_ms if internal_ms is not None else int(self.clock() * 1000)
            msg = StoredMessage(mid, thread_id or mid, set(labels), crlf(raw), stamp, 0)
            self.messages[mid] = msg
            self._log("messageAdded", msg)
            return msg

    def remove(self, mid: str) -> None:
        with self.lock:
            msg = self.messages.pop(mid)
            self.unindexed.discard(mid)
            self._log("messageDeleted", msg)

    def relabel(self, mid: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        with self.lock:
            msg = self.messages[mid]
            added, removed = set(add) - msg.labels, set(remove) & msg.labels
            msg.labels = (msg.labels | added) - removed
            if added:
                self._log("labelAdded", msg, added)
            if removed:
                self._log("labelRemoved", msg, removed)

    def expire_history(self) -> None:
        """Drop every history record so far, as Gmail does after about a week."""
        with self.lock:
            self.oldest_kept = self.history_id
            self.history.clear()

    def index_now(self) -> None:
        with self.lock:
            self.unindexed.clear()

    # -- threads ----------------------------------------------------------------------

    def thread_for(self, raw: bytes) -> str | None:
        """The thread a delivered message joins, Gmail's way; None for a new thread."""
        head = headers_of(raw)
        wanted = set(msg_ids(head.get("References")) + msg_ids(head.get("In-Reply-To")))
        if not wanted:
            return None
        subject = base_subject(head.get("Subject"))
        for msg in self.messages.values():
            if msg.message_id in wanted and base_subject(msg.headers.get("Subject")) == subject:
                return msg.thread_id
        return None

    def thread(self, thread_id: str) -> list[StoredMessage]:
        return sorted((m for m in self.messages.values() if m.thread_id == thread_id),
                      key=lambda m: (m.internal_ms, m.id))

    def threading_problem(self, thread_id: str, raw: bytes) -> str | None:
        """Why Gmail would silently put a draft with this `threadId` into a new thread
        instead (None when it threads): see the server module's strict mode."""
        members = self.thread(thread_id)
        if not members:
            return f"threadId {thread_id} names no thread"
        head = headers_of(raw)
        named = set(msg_ids(head.get("References")) + msg_ids(head.get("In-Reply-To")))
        if not named & {m.message_id for m in members}:
            return ("In-Reply-To/References name no message of thread "
                    f"{thread_id}: Gmail would start a new thread")
        subjects = {base_subject(m.headers.get("Subject")) for m in members}
        if base_subject(head.get("Subject")) not in subjects:
            return (f"Subject does not match thread {thread_id}: Gmail would start a new "
                    "thread")
        return None

    # -- search -----------------------------------------------------------------------

    def search(self, q: str | None, *, spam_trash: bool = False,
               pool: Iterable[StoredMessage] | None = None) -> list[StoredMessage]:
        """Messages matching `q`, newest first, as messages.list orders them."""
        tests = _parse_query(q or "", self.clock())
        asks_spam = any(t[1] == "in" and t[2] in ("SPAM", "TRASH", "*") and not t[0]
                        for t in tests)
        found = []
        for msg in pool if pool is not None else self.messages.values():
            if q and msg.id in self.unindexed:
                continue
            if not (spam_trash or asks_spam) and msg.labels & {"SPAM", "TRASH"}:
                continue
            if all(_matches(msg, test) for test in tests):
                found.append(msg)
        return sorted(found, key=lambda m: (m.internal_ms, m.id), reverse=True)

    def snapshot(self) -> Any:
        with self.lock:
            return ({m.id: (m.thread_id, sorted(m.labels), m.raw)
                     for m in self.messages.values()}, dict(self.drafts))


def _parse_query(q: str, now: float) -> list[tuple[bool, str, Any]]:
    """(negated, operator, value) per term. Quotes, OR, braces, free text and every other
    operator are refused: the fake would otherwise have to guess what Gmail matches."""
    tests = []
    for term in q.split():
        negated = term.startswith("-")
        body = term[1:] if negated else term
        op, sep, value = body.partition(":")
        if not sep or not value:
            raise Invalid(f"the fake Gmail search does not understand {term!r}")
        if op == "newer_than" and (m := _NEWER.match(value)):
            tests.append((negated, op, now - int(m.group(1)) * _UNIT_S[m.group(2)]))
        elif op == "in" and value.lower() in _IN:
            tests.append((negated, op, _IN[value.lower()]))
        elif op == "rfc822msgid" and re.match(r"^<?[^<>\s\"(){}]+>?$", value):
            tests.append((negated, op, value.strip("<>")))
        else:
            raise Invalid(f"the fake Gmail search does not understand {term!r}")
    return tests


def _matches(msg: StoredMessage, test: tuple[bool, str, Any]) -> bool:
    negated, op, value = test
    if op == "newer_than":
        hit = msg.internal_ms >= value * 1000
    elif op == "in":
        hit = value == "*" or value in msg.labels
    else:
        hit = msg.message_id == value
    return hit != negated
