"""The fake Graph's mailbox: folders, messages and their properties, delta state.

One `FakeMailbox` per signed-in user. Its methods come in two kinds: what the Graph API
does (called by `graph_api` with the lock held, raising `GraphFault`), and what happens
outside the API — mail arriving, the user editing, sending or deleting a draft in their
mail client — which tests call directly.
"""

from __future__ import annotations

import itertools
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from . import graph_mime
from .graph_rules import Filter, GraphFault, bad, check_message

WELL_KNOWN = ("inbox", "sentitems", "drafts", "deleteditems")
ID_PREFIX = "AAMkAD"
OWNER = ("Thandi Nkosi", "thandi@example.org")


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Item:
    id: str
    folder: str
    seq: int  # creation order
    entered: int  # change number when it entered its folder
    changed: int  # change number of its last change
    created: datetime
    received: datetime
    raw: bytes | None  # exact bytes (delivered, sent, unchanged MIME import); else rendered
    subject: str = ""
    sender: tuple[str, str] | None = None
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    html: bool = False
    message_id: str = ""
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    x_headers: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)  # all, for received mail
    conversation: str = ""
    is_read: bool = False
    is_draft: bool = False
    ext: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


class FakeMailbox:
    def __init__(self, owner: tuple[str, str] = OWNER, key: str = "m1") -> None:
        self.owner, self.key = owner, key
        self.lock = threading.RLock()
        self.items: dict[str, Item] = {}
        self._numbers = itertools.count(1)
        self.change = 0
        self.clock = datetime.now(UTC).replace(microsecond=0)  # the server's time
        self.folder_ids = {wk: f"AQMkAD{key}-{wk}-AAA=" for wk in WELL_KNOWN}
        self.departures: list[tuple[str, str, int]] = []  # (folder, id, change)
        self.delta_tokens: dict[str, dict[str, Any]] = {}
        self.skip_tokens: dict[str, dict[str, Any]] = {}
        self.delta_page_size = 3  # small on purpose: clients must page
        self.list_page_size = 10  # Graph's default page of a message collection
        self.marks_read_on_reply = True  # as Exchange may when a reply is drafted
        self.token = ""  # a bearer token for this mailbox (set by the server)
        self.traffic: Any = None  # graph_api.Traffic (set by the server)

    # -- bookkeeping ----------------------------------------------------------------

    def _tick(self) -> tuple[int, datetime]:
        self.change += 1
        self.clock += timedelta(seconds=1)
        return self.change, self.clock

    def _new(self, folder: str, raw: bytes | None, received: datetime | None = None,
             **fields: Any) -> Item:
        number = next(self._numbers)
        change, now = self._tick()
        item = Item(id=f"{ID_PREFIX}{self.key}-{number:05d}_Q=", folder=folder, seq=number,
                    entered=change, changed=change, created=now, received=received or now,
                    raw=raw, **fields)
        if not item.message_id:
            item.message_id = f"<fake{number}.{self.key}@outlook.example>"
        self.items[item.id] = item
        return item

    def _move(self, item: Item, folder: str) -> None:
        """Move to another folder. Without `Prefer: IdType="ImmutableId"` (which mailwatch
        does not send) Exchange gives the moved item a new id: the old one is 404 now."""
        change, _ = self._tick()
        self.departures.append((item.folder, item.id, change))
        del self.items[item.id]
        item.id = f"{ID_PREFIX}{self.key}-{next(self._numbers):05d}_Q="
        item.folder, item.entered, item.changed = folder, change, change
        self.items[item.id] = item

    def _touch(self, item: Item) -> None:
        item.changed, _ = self._tick()

    def item(self, graph_id: str) -> Item:
        if not (graph_id.startswith(("AAMk", "AQMk")) and graph_id.isascii()
                and all(c.isalnum() or c in "-_=" for c in graph_id)):
            raise bad("Id is malformed.", "ErrorInvalidIdMalformed")
        found = self.items.get(graph_id)
        if found is None:
            raise GraphFault(404, "ErrorItemNotFound",
                             "The specified object was not found in the store.")
        return found

    def folder(self, name_or_id: str) -> str:
        if name_or_id.lower() in self.folder_ids:
            return name_or_id.lower()
        for name, folder_id in self.folder_ids.items():
            if folder_id == name_or_id:
                return name
        raise GraphFault(404, "ErrorItemNotFound", "The specified folder was not found.")

    # -- the outside world ----------------------------------------------------------------

    def deliver(self, raw: bytes, folder: str = "inbox", received: datetime | None = None
                ) -> str:
        """Mail arriving (or, into "sentitems", mail the user sent). Received at its Date."""
        with self.lock:
            parsed = graph_mime.parse(raw)
            item = self._new(folder, bytes(raw), received or parsed.date, **_fields(parsed),
                             headers=parsed.headers, is_read=folder != "inbox")
            item.conversation = graph_mime.conversation_of(graph_mime.root_of(parsed)
                                                           or item.message_id)
            return item.id

    def add_foreign_draft(self, raw: bytes) -> str:
        """A draft the user saved in their own client."""
        with self.lock:
            return self._import(raw, "drafts").id

    def drafts(self) -> list[Item]:
        with self.lock:
            return sorted((i for i in self.items.values() if i.folder == "drafts"),
                          key=lambda i: i.seq)

    def user_edit_draft(self, graph_id: str, text: str, *, html: bool = False) -> None:
        with self.lock:
            item = self.item(graph_id)
            item.text, item.html, item.raw = text, html, None
            self._touch(item)

    def user_delete(self, graph_id: str) -> str:
        """Deleting in Outlook moves a message (or draft) to Deleted Items; returns its
        new id there."""
        with self.lock:
            item = self.item(graph_id)
            self._move(item, "deleteditems")
            return item.id

    user_delete_draft = user_delete

    def user_send_draft(self, graph_id: str) -> str:
        """Send: the message leaves Drafts; Sent Items gets the sent copy (a new item with
        the same MIME and named properties, no longer a draft)."""
        with self.lock:
            draft = self.item(graph_id)
            del self.items[draft.id]
            change, now = self._tick()
            raw = self.mime(draft, date=now)  # Date is set when the message goes out
            self.departures.append(("drafts", draft.id, change))
            sent = self._new("sentitems", raw, **{
                k: getattr(draft, k) for k in ("subject", "to", "cc", "text", "html",
                                               "message_id", "in_reply_to", "references",
                                               "x_headers", "conversation")})
            sent.sender, sent.is_read, sent.ext = self.owner, True, dict(draft.ext)
            return sent.id

    def expire_delta_tokens(self) -> None:
        """The server forgot every sync state: the next delta round answers 410."""
        with self.lock:
            self.delta_tokens.clear()
            self.skip_tokens.clear()

    def mime(self, item: Item, date: datetime | None = None) -> bytes:
        if item.raw is not None:
            return item.raw
        return graph_mime.render(
            owner=self.owner, to=item.to, cc=item.cc, subject=item.subject,
            date=date or item.created,
            message_id=item.message_id, in_reply_to=item.in_reply_to,
            references=item.references, x_headers=item.x_headers, text=item.text,
            html=item.html)

    def snapshot(self) -> Any:
        with self.lock:
            return sorted((i.id, i.folder, i.is_read, i.is_draft, self.mime(i),
                           sorted(i.ext.values())) for i in self.items.values())

    # -- the API --------------------------------------------------------------------------

    def _import(self, raw: bytes, folder: str) -> Item:
        parsed = graph_mime.parse(raw)
        item = self._new(folder, bytes(raw), **_fields(parsed), is_read=True, is_draft=True)
        item.x_headers = parsed.x_headers
        item.conversation = graph_mime.conversation_of(graph_mime.root_of(parsed)
                                                       or item.message_id)
        return item

    def create_mime(self, folder: str, raw: bytes) -> Item:
        return self._import(raw, folder)

    def create_reply(self, original_id: str, body: Any) -> Item:
        original = self.item(original_id)
        if not isinstance(body, dict) or not set(body) <= {"message", "comment"}:
            raise bad("createReply takes 'message' and 'comment' only", "RequestBodyRead")
        props = check_message(body.get("message", {}), creating=True, is_draft=True)
        if "body" in props and body.get("comment") is not None:
            raise bad("Specify either a comment or the body property of the message "
                      "parameter, not both.", "ErrorInvalidRequest")
        quoted = f"{body.get('comment') or ''}\n\n-----Original Message-----\n{original.text}"
        ids = graph_mime.message_ids(original.message_id)
        item = self._new("drafts", None, subject=f"RE: {original.subject}",
                         to=[original.sender] if original.sender else [], text=quoted,
                         in_reply_to=ids[0] if ids else None,
                         references=[*original.references, *ids][-20:],
                         conversation=original.conversation, is_read=True, is_draft=True)
        self._apply(item, props)
        if self.marks_read_on_reply and not original.is_read:
            original.is_read = True
            self._touch(original)
        return item

    def patch(self, graph_id: str, body: Any) -> Item:
        item = self.item(graph_id)
        self._apply(item, check_message(body, creating=False, is_draft=item.is_draft))
        self._touch(item)
        return item

    def _apply(self, item: Item, props: dict[str, Any]) -> None:
        rendered = {"subject", "body", "toRecipients", "ccRecipients", "internetMessageId",
                    "internetMessageHeaders"}
        if rendered & set(props):
            item.raw = None  # Exchange renders the MIME from properties from now on
        for key, value in props.items():
            if key == "subject":
                item.subject = value
            elif key == "body":
                item.html, item.text = value
            elif key == "toRecipients":
                item.to = value
            elif key == "ccRecipients":
                item.cc = value
            elif key == "internetMessageId":
                item.message_id = value
            elif key == "isRead":
                item.is_read = value
            elif key == "internetMessageHeaders":
                item.x_headers = value
            elif key == "singleValueExtendedProperties":
                item.ext.update(value)

    def delete(self, graph_id: str) -> None:
        item = self.item(graph_id)
        if item.folder == "deleteditems":
            del self.items[item.id]
        else:
            self._move(item, "deleteditems")

    def matches(self, item: Item, flt: Filter | None) -> bool:
        if flt is None:
            return True
        if flt.kind == "received":
            op, when = flt.args
            return item.received >= when if op == "ge" else item.received > when
        if flt.kind == "messageId":
            return item.message_id == flt.args[0]
        if flt.kind == "conversation":
            return item.conversation == flt.args[0]
        key, value = flt.args  # Exchange compares string property values case-insensitively
        return key in item.ext and item.ext[key][1].lower() == value.lower()

    def view(self, item: Item, select: frozenset[str] | None,
             expand: tuple[str, str] | None) -> dict[str, Any]:
        """The message resource as JSON, limited to `select` (id always)."""
        def who(pair: tuple[str, str]) -> dict[str, Any]:
            return {"emailAddress": {"name": pair[0], "address": pair[1]}}

        full: dict[str, Any] = {
            "id": item.id, "subject": item.subject, "receivedDateTime": iso(item.received),
            "createdDateTime": iso(item.created), "lastModifiedDateTime": iso(item.created),
            "sentDateTime": iso(item.received), "internetMessageId": item.message_id,
            "conversationId": item.conversation, "isRead": item.is_read,
            "isDraft": item.is_draft, "parentFolderId": self.folder_ids[item.folder],
            "from": who(item.sender) if item.sender else None,
            "toRecipients": [who(p) for p in item.to], "ccRecipients": [who(p) for p in item.cc],
            "body": {"contentType": "html" if item.html else "text", "content": item.text},
            "bodyPreview": item.text[:255], "hasAttachments": False,
            "internetMessageHeaders": [{"name": k, "value": v} for k, v in
                                       (item.headers if item.raw else item.x_headers)],
        }
        out = {k: v for k, v in full.items() if select is None or k in select or k == "id"}
        if expand is not None:
            out["singleValueExtendedProperties"] = [
                {"id": prop_id, "value": value} for key, (prop_id, value) in item.ext.items()
                if key == expand]
        return out

    def new_token(self, table: dict[str, dict[str, Any]], state: dict[str, Any]) -> str:
        token = secrets.token_urlsafe(12)
        table[token] = dict(state)
        return token


def _fields(parsed: graph_mime.Parsed) -> dict[str, Any]:
    return {"subject": parsed.subject, "sender": parsed.sender, "to": parsed.to,
            "cc": parsed.cc, "text": parsed.text, "html": parsed.html,
            "message_id": parsed.message_id or "", "in_reply_to": parsed.in_reply_to,
            "references": parsed.references}


__all__ = ["FakeMailbox", "Item", "iso"]
