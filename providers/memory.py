"""An in-memory mailbox: the reference provider for tests and `mailwatch demo`.

It is deliberately the simplest faithful model of a mailbox, not a mock: drafts are real
RFC 5322 bytes built by `mime.build_draft_bytes`, the user's actions (edit, delete, send a
draft) are simulated by the methods a real mail client would trigger, and the contract suite
holds it to the same semantics as Maildir and IMAP. Anything the daemon gets right against
this provider it should get right against a real mailbox.

The cursor is a plain int: the sequence number of the last message delivered.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from typing import Any

from mailwatch.providers import mime, peek
from mailwatch.providers.base import (
    CursorInvalid,
    Draft,
    DraftRef,
    DraftState,
    HeaderInfo,
    MessageRef,
    NotFound,
    Provider,
    ProviderError,
    body_hash,
)

_FOLDERS = ("inbox", "sent")


@dataclass
class _Stored:
    seq: int
    folder: str
    raw: bytes


class MemoryProvider(Provider):
    """A mailbox held in dicts. `drafts` maps draft ref -> bytes, for tests to inspect."""

    name = "memory"

    def __init__(
        self, *, read_only: bool = False, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(read_only=read_only)
        self.clock = clock or (lambda: datetime.now(UTC))
        self._seq = 0
        self._messages: dict[str, _Stored] = {}  # "inbox:3" -> stored message
        self.drafts: dict[str, bytes] = {}  # "draft:4" -> bytes

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False) -> MemoryProvider:
        return cls(read_only=read_only)

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        return [(key, "unknown key: the memory provider takes no options") for key in options]

    # -- the outside world: mail arriving, the user acting ----------------------

    def deliver(self, raw: bytes, folder: str = "inbox") -> MessageRef:
        """Mail arriving in `folder` ("inbox" or "sent")."""
        if folder not in _FOLDERS:
            raise ValueError(f"folder must be one of {_FOLDERS}, not {folder!r}")
        self._seq += 1
        ref = f"{folder}:{self._seq}"
        self._messages[ref] = _Stored(self._seq, folder, bytes(raw))
        return MessageRef(ref, folder)

    def send(self, raw: bytes) -> MessageRef:
        """The user sending a message from their client: it lands in Sent."""
        return self.deliver(raw, "sent")

    def expunge(self, ref: MessageRef | str) -> None:
        """The user deleting (or moving away) a message."""
        key = ref.ref if isinstance(ref, MessageRef) else ref
        if self._messages.pop(key, None) is None:
            raise NotFound(key)

    def edit_draft(self, ref: DraftRef | str, new_body: str) -> None:
        """The user rewriting a draft's text in their client; headers stay."""
        key = self._draft_key(ref)
        keep_headers = policy.default.clone(refold_source="none")  # no re-encoded ids
        msg = BytesParser(policy=keep_headers).parsebytes(self.drafts[key])
        msg.set_content(new_body, subtype="plain", charset="utf-8")
        self.drafts[key] = msg.as_bytes()

    def user_delete_draft(self, ref: DraftRef | str) -> None:
        del self.drafts[self._draft_key(ref)]

    def user_send_draft(self, ref: DraftRef | str) -> MessageRef:
        """The user pressing Send on a draft: it leaves Drafts and appears in Sent."""
        return self.send(self.drafts.pop(self._draft_key(ref)))

    def _draft_key(self, ref: DraftRef | str) -> str:
        key = ref.ref if isinstance(ref, DraftRef) else ref
        if key not in self.drafts:
            raise NotFound(f"no draft {key}")
        return key

    # -- reading -------------------------------------------------------------

    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], int]:
        if cursor is None:
            since = 0
        elif isinstance(cursor, int) and not isinstance(cursor, bool) and 0 <= cursor <= self._seq:
            since = cursor
        else:
            raise CursorInvalid(f"not a cursor of this mailbox: {cursor!r}")
        new = sorted(
            (m.seq, MessageRef(ref, m.folder)) for ref, m in self._messages.items() if m.seq > since
        )
        return [ref for _, ref in new], self._seq

    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        for ref in refs:
            stored = self._messages.get(ref.ref)
            if stored is not None:
                yield ref, stored.raw

    def fetch_headers(self, refs: Iterable[MessageRef]) -> Iterator[HeaderInfo]:
        """Derived from the stored bytes, exactly as a file-based provider would."""
        for ref in refs:
            stored = self._messages.get(ref.ref)
            if stored is not None:
                raw = stored.raw
                yield HeaderInfo(ref, peek.header_block(raw), peek.has_calendar_marker(raw))

    def thread(self, thread_id: str) -> list[MessageRef]:
        """Messages whose root Message-ID (References, else In-Reply-To) is `thread_id`."""
        found = [
            (m.seq, MessageRef(ref, m.folder))
            for ref, m in self._messages.items()
            if mime.thread_root(mime.parse_headers(_head(m.raw))) == thread_id
        ]
        return [ref for _, ref in sorted(found)]

    # -- drafts ----------------------------------------------------------------

    def _create_draft(self, draft: Draft) -> DraftRef:
        raw = mime.build_draft_bytes(draft, date=self.clock())
        self._seq += 1
        key = f"draft:{self._seq}"
        self.drafts[key] = raw
        return DraftRef(key, draft.action_id, body_hash(draft.body))

    def find_drafts(self, action_id: str) -> list[DraftRef]:
        return [
            DraftRef(key, action_id, body_hash(mime.draft_body_text(raw)))
            for key, raw in self.drafts.items()
            if mime.carries_marker(mime.parse_headers(_head(raw)), action_id)
        ]

    def draft_state(self, ref: DraftRef) -> DraftState:
        raw = self.drafts.get(ref.ref)
        if raw is None:  # a client may have re-saved it under a new id: look by marker
            found = self.find_drafts(ref.action_id)
            raw = self.drafts[found[0].ref] if found else None
        if raw is not None:
            edited = body_hash(mime.draft_body_text(raw)) != ref.body_hash
            return DraftState.EDITED if edited else DraftState.EXISTS
        for stored in self._messages.values():
            if stored.folder == "sent" and mime.carries_marker(
                mime.parse_headers(_head(stored.raw)), ref.action_id
            ):
                return DraftState.SENT
        return DraftState.GONE

    def _delete_draft(self, ref: DraftRef) -> None:
        raw = self.drafts.get(ref.ref)
        if raw is None:
            raise NotFound(f"no draft {ref.ref}")
        if not mime.carries_marker(mime.parse_headers(_head(raw)), ref.action_id):
            raise ProviderError(f"draft {ref.ref} does not carry our marker; not deleting it")
        del self.drafts[ref.ref]


def _head(raw: bytes) -> bytes:
    """The header block of `raw` (everything before the first blank line)."""
    return mime.read_header_block(io.BytesIO(raw))
