"""Outlook.com and Microsoft 365 mailboxes, through Microsoft Graph v1.0.

mailwatch reads Inbox and Sent Items and writes only drafts. Reading never changes the
mailbox: raw mail comes from ``GET /me/messages/{id}/$value``, which marks nothing read.

Refs are ``inbox:<graph id>`` / ``sent:<graph id>``; a draft ref is the draft's Graph id.
Threads are Graph's ``conversationId`` (`has_server_threads`). With ``calendar = true``
default-calendar events follow the mail as ``event:<id>`` refs read as synthetic invitations
(`outlook_calendar`, `event_mail`); the cursor adds their deltaLink under ``"calendar"``.

The cursor holds one ``@odata.deltaLink`` per folder (message delta queries on Inbox and
Sent Items, ``changeType=created``). The first scan is bounded server-side to
`lookback_days`: without it a big mailbox would be downloaded whole just to be triaged.
An expired deltaLink (410) is `CursorInvalid`; the caller rescans from None and drops
duplicates by Message-ID.

Drafts follow the exactly-once protocol of DESIGN.md. A draft answering a message in the
mailbox is made with ``createReply`` on that message, so Outlook files it in the same
conversation, carrying all three markers from the first moment: the Message-ID
``<mw.{action}@mailwatch>``, an ``X-Mailwatch-Action`` internet header (only settable at
creation) and a single-value extended property, the one marker Graph can filter on. Then
the body, recipients and subject are PATCHed to exactly what mailwatch rendered, and the
original's read state is restored if createReply changed it. That restore is owed by the
draft itself from createReply on (`outlook_refs.RESTORE_PROPERTY`), so one cut short by a
crash or a failed PATCH is finished by reconciliation, which finds the draft. When the
answered message is not in the mailbox, the draft is created from MIME
(mime.build_draft_bytes, as for IMAP) and the property added (also when the answered
message is a synthetic calendar event, `event_mail.is_synthetic`, which no server holds).
A create whose outcome is unknown (5xx, 429, timeout) is never simply repeated: the
provider waits, looks for the marker, and only retries when no draft carries it.
"""

from __future__ import annotations

import base64
import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

from mailwatch.providers import event_mail, mime
from mailwatch.providers.base import (
    MARKER_HEADER,
    CursorInvalid,
    Draft,
    DraftRef,
    DraftState,
    MessageRef,
    NotFound,
    Provider,
    ProviderError,
    Throttled,
    body_hash,
    marker_message_id,
)
from mailwatch.providers.outlook_auth import authorize, token_source
from mailwatch.providers.outlook_calendar import OutlookCalendar
from mailwatch.providers.outlook_http import (
    MAX_WAIT,
    Ambiguous,
    GraphClient,
    GraphError,
    chunks,
)
from mailwatch.providers.outlook_refs import (
    ACTION_ID_RE,
    DEFAULT_ENDPOINT,
    DEFAULT_LOOKBACK_DAYS,
    GRAPH_ID_RE,
    MARKER_EXPAND,
    MARKER_PROPERTY,
    RESTORE_EXPAND,
    RESTORE_PENDING,
    RESTORE_PROPERTY,
    RESTORED,
    ROLE_FOLDERS,
    carries,
    dump_cursor,
    id_path,
    load_cursor,
    marker_filter,
    message_id_filter,
    odata_string,
    option_problems,
    parse_ref,
    recipients,
    restore_owed,
)

from mailwatch.faults import fault_point  # crash tests: kill -9 between create and PATCH

__all__ = ["OutlookProvider", "authorize"]

log = logging.getLogger(__name__)

DELTA_PAGE = 100  # Prefer: odata.maxpagesize for delta rounds
CREATE_ATTEMPTS = 3  # createReply / MIME create tries, each after a marker search
LIST_SELECT = "id,internetMessageId,createdDateTime,parentFolderId,isDraft"
#: Codes Graph gives a delta token it no longer knows (410 Gone, or 400 for a stale one).
SYNC_STATE_ERRORS = frozenset({"SyncStateNotFound", "SyncStateInvalid", "resyncRequired"})


class OutlookProvider(Provider):
    """One Outlook mailbox. Talks HTTP only when asked; `close()` drops the sessions."""

    name = "outlook"
    has_server_threads = has_calendar = True

    def __init__(self, client: GraphClient, *, lookback_days: int | None = DEFAULT_LOOKBACK_DAYS,
                 read_only: bool = False, clock: Callable[[], datetime] | None = None,
                 calendar: bool = False) -> None:
        super().__init__(read_only=read_only)
        self.client = client
        self.lookback_days = lookback_days
        self.clock = clock or (lambda: datetime.now(UTC))
        self._folders: dict[str, str] | None = None  # well-known name -> folder id
        self._pool: ThreadPoolExecutor | None = None  # kept: its threads keep their sessions
        self.calendar: event_mail.EventReader | None = OutlookCalendar(self) if calendar else None

    # -- configuration ----------------------------------------------------------------

    @classmethod
    def account_options(cls, name: str, options: dict[str, Any], *,
                        lookback_days: int) -> dict[str, Any]:
        """The first scan reads `[timing] lookback_days` unless the account says otherwise."""
        return {**options, "lookback_days": options.get("lookback_days", lookback_days)}

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        return option_problems(options)

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False,
                    msal_http_client: Any = None) -> OutlookProvider:
        problems = cls.config_problems(options)
        if problems:
            raise ValueError("; ".join(f"{key}: {problem}" for key, problem in problems))
        tokens = token_source(options, http_client=msal_http_client)
        client = GraphClient(options.get("graph_endpoint", DEFAULT_ENDPOINT).strip(), tokens)
        return cls(client, lookback_days=options.get("lookback_days", DEFAULT_LOOKBACK_DAYS),
                   read_only=read_only, calendar=options.get("calendar", False))

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        self.client.close()

    # -- folders ------------------------------------------------------------------------

    def _folder_ids(self) -> dict[str, str]:
        """Ids of Inbox, Sent Items and Drafts (messages name their folder by id)."""
        if self._folders is None:
            self._folders = {
                name: str(self.client.get_json(f"/me/mailFolders/{name}", {"$select": "id"})["id"])
                for name in ("inbox", "sentitems", "drafts")
            }
        return self._folders

    # -- reading ------------------------------------------------------------------------

    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], dict[str, Any]]:
        previous = load_cursor(cursor, self.client.endpoint)
        found: list[tuple[str, int, int, MessageRef]] = []
        links: dict[str, str] = {}
        for rank, (role, folder) in enumerate(ROLE_FOLDERS.items()):
            items, links[role] = self._delta(folder, previous.get(role))
            for pos, item in enumerate(items):
                ref = MessageRef(f"{role}:{item['id']}", role)
                found.append((str(item.get("receivedDateTime") or ""), rank, pos, ref))
        found.sort(key=lambda entry: entry[:3])
        refs = list(dict.fromkeys(ref for *_, ref in found))  # a message twice in a round
        return event_mail.with_events((refs, dump_cursor(links)), self.calendar, cursor)

    def _delta(self, folder: str, link: str | None) -> tuple[list[dict[str, Any]], str]:
        """One delta round on a folder: new messages and the next deltaLink."""
        params: dict[str, str] | None = None
        if link is None:
            target = f"/me/mailFolders/{folder}/messages/delta"
            params = {"changeType": "created", "$select": "id,receivedDateTime"}
            if self.lookback_days:
                since = self.clock().astimezone(UTC) - timedelta(days=self.lookback_days)
                params["$filter"] = f"receivedDateTime ge {since:%Y-%m-%dT%H:%M:%SZ}"
        else:
            target = link
        items: list[dict[str, Any]] = []
        while True:
            try:
                page = self.client.get_json(target, params,
                                            prefer=f"odata.maxpagesize={DELTA_PAGE}")
            except GraphError as exc:
                if exc.status == 410 or exc.code in SYNC_STATE_ERRORS:  # resync from scratch
                    raise CursorInvalid(f"the {folder} delta token expired ({exc.code})") from None
                raise
            items.extend(v for v in page.get("value", []) if isinstance(v, dict)
                         and "@removed" not in v and GRAPH_ID_RE.match(str(v.get("id", ""))))
            params = None
            if isinstance(page.get("@odata.nextLink"), str):
                target = page["@odata.nextLink"]
            elif isinstance(page.get("@odata.deltaLink"), str):
                return items, page["@odata.deltaLink"]
            else:
                raise ProviderError(f"a {folder} delta page had neither nextLink nor deltaLink")

    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        return event_mail.fetch_mixed(refs, self._fetch_mail, self.calendar)

    def _fetch_mail(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        """Raw mail, 20 messages per `$batch`, up to 4 batches at a time, in the order
        given; refs that name nothing (any more) are skipped."""
        wanted = [(ref, parsed[1]) for ref in refs if (parsed := parse_ref(ref.ref))]
        for ref, raw in self._raw(wanted):
            if raw is not None:
                yield ref, raw.replace(b"\r\n", b"\n")  # downstream mail has LF line ends

    def _raw(self, items: list[tuple[Any, str]]) -> Iterator[tuple[Any, bytes | None]]:
        """(key, raw or None) for (key, graph id) pairs, batched and in order."""
        batches = list(chunks(items))

        def load(batch: list[tuple[Any, str]]) -> list[tuple[Any, bytes | None]]:
            answers = self.client.batch_get([f"/me/messages/{id_path(i)}/$value"
                                             for _, i in batch])
            return [(key, a.body if a is not None and isinstance(a.body, bytes) else None)
                    for (key, _), a in zip(batch, answers, strict=True)]

        if len(batches) <= 1:
            for batch in batches:
                yield from load(batch)
            return
        width = self.client.max_concurrency
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=width, thread_name_prefix="graph")
        for start in range(0, len(batches), width):  # a window: bounded memory
            for done in self._pool.map(load, batches[start : start + width]):
                yield from done

    def thread(self, thread_id: str) -> list[MessageRef]:
        """Inbox and Sent Items messages of one conversation, oldest first."""
        folders = self._folder_ids()
        roles = {folders["inbox"]: "inbox", folders["sentitems"]: "sent"}
        items = self.client.list_all("/me/messages", {
            "$filter": f"conversationId eq {odata_string(thread_id)}",
            "$select": "id,parentFolderId,receivedDateTime"})
        found = sorted((str(i.get("receivedDateTime") or ""), n, roles[i["parentFolderId"]],
                        str(i["id"])) for n, i in enumerate(items)
                       if i.get("parentFolderId") in roles and GRAPH_ID_RE.match(str(i.get("id"))))
        return [MessageRef(f"{role}:{graph_id}", role) for *_, role, graph_id in found]

    # -- drafts ---------------------------------------------------------------------------

    def _create_draft(self, draft: Draft) -> DraftRef:
        # Refuses header injection, bad addresses and ids before anything is sent.
        raw = mime.build_draft_bytes(draft, date=self.clock(), linesep="\r\n")
        fields = {
            "subject": draft.subject,
            "body": {"contentType": "text", "content": draft.body.replace("\r\n", "\n")},
            "toRecipients": recipients(draft.to),
            "ccRecipients": recipients(draft.cc),
        }
        original = self._original(draft.in_reply_to)
        draft_id = self._create_once(draft, raw, fields, original)
        fault_point("outlook-created")  # the draft exists (markers set); not PATCHed yet
        marker = [{"id": MARKER_PROPERTY, "value": draft.action_id}]
        self.client.request("PATCH", f"/me/messages/{id_path(draft_id)}",
                            json_body={**fields, "singleValueExtendedProperties": marker})
        if original is not None and original.get("isRead") is False:
            self._restore_unread(draft_id, str(original["id"]))
        return DraftRef(draft_id, draft.action_id, body_hash(draft.body))

    def _original(self, message_id: str | None) -> dict[str, Any] | None:
        """The message a draft answers, when it is in this mailbox (any folder)."""
        if not message_id or event_mail.is_synthetic(message_id):
            return None  # a synthetic event message (event_mail) is in no mailbox
        items = self.client.list_all("/me/messages", {"$filter": message_id_filter(message_id),
                                                      "$select": "id,isRead,isDraft"})
        return next((i for i in items if not i.get("isDraft")
                     and GRAPH_ID_RE.match(str(i.get("id", "")))), None)

    def _create_once(self, draft: Draft, raw: bytes, fields: dict[str, Any],
                     original: dict[str, Any] | None) -> str:
        """The id of the one draft for this action: created now, or found by its marker
        after an attempt whose outcome is unknown."""
        last: ProviderError | None = None
        for attempt in range(1, CREATE_ATTEMPTS + 1):
            if attempt > 1:
                wait = last.retry_after if isinstance(last, Throttled) else None
                if wait is not None and wait > MAX_WAIT:
                    break
                if wait is not None:
                    self.client.sleep(wait)
                else:
                    self.client.backoff(attempt - 1)
                found = self._marked("drafts", draft.action_id)
                if found:
                    log.info("draft for %s found after an unclear create", draft.action_id)
                    return str(found[0]["id"])
            try:
                return self._post_create(draft, raw, fields, original)
            except (Ambiguous, Throttled) as exc:
                last = exc
        assert last is not None
        raise last

    def _post_create(self, draft: Draft, raw: bytes, fields: dict[str, Any],
                     original: dict[str, Any] | None) -> str:
        if original is not None:
            properties = [{"id": MARKER_PROPERTY, "value": draft.action_id}]
            if original.get("isRead") is False:  # what to restore, should we die after this
                properties.append({"id": RESTORE_PROPERTY,
                                   "value": f"{RESTORE_PENDING}{original['id']}"})
            message = {
                **fields,
                "internetMessageId": f"<{marker_message_id(draft.action_id)}>",
                "internetMessageHeaders": [{"name": MARKER_HEADER, "value": draft.action_id}],
                "singleValueExtendedProperties": properties,
            }
            resp = self.client.request("POST", f"/me/messages/{id_path(original['id'])}"
                                       "/createReply", json_body={"message": message},
                                       idempotent=False)
        else:  # the answered mail is not here: the whole draft as MIME, markers included
            resp = self.client.request("POST", "/me/mailFolders/drafts/messages",
                                       data=base64.b64encode(raw),
                                       headers={"Content-Type": "text/plain"}, idempotent=False)
        try:
            created = resp.json()
        except ValueError:
            created = None
        if not (isinstance(created, dict) and GRAPH_ID_RE.match(str(created.get("id", "")))):
            raise Ambiguous("the created draft came back without an id")
        return str(created["id"])

    def _restore_unread(self, draft_id: str, original_id: str) -> None:
        """Undo createReply marking the employer's message read, so the user still sees it,
        then note on the draft that nothing is owed any more (`RESTORE_PROPERTY`).

        In that order: killed in between, the next `find_drafts` restores again, which
        changes nothing. The original gone (deleted, or moved: a move gives it a new id)
        means the user has handled it, and the draft gone means it was sent or deleted:
        either way nothing is left to do."""
        with contextlib.suppress(NotFound):
            now = self.client.get_json(f"/me/messages/{id_path(original_id)}",
                                       {"$select": "isRead"})
            if now.get("isRead") is True:
                self.client.request("PATCH", f"/me/messages/{id_path(original_id)}",
                                    json_body={"isRead": False})
        with contextlib.suppress(NotFound):
            self.client.request("PATCH", f"/me/messages/{id_path(draft_id)}", json_body={
                "singleValueExtendedProperties": [{"id": RESTORE_PROPERTY, "value": RESTORED}]})

    def _finish_restores(self, draft_ids: list[str]) -> None:
        """Restore what a process that died after createReply (or a PATCH that failed)
        left owed on these drafts of ours. Reconciliation comes here (`find_drafts`) for
        every action left `creating`, so an action never leaves that state with its
        original still marked read by us; drafts of `created` actions owe nothing, and
        are not read again for it each cycle."""
        for draft_id in draft_ids:
            try:
                item = self.client.get_json(f"/me/messages/{id_path(draft_id)}",
                                            {"$select": "id", "$expand": RESTORE_EXPAND})
            except NotFound:
                continue  # sent or deleted since it was listed
            original_id = restore_owed(item)
            if original_id is not None:
                log.info("restoring the read state a crashed draft create left behind")
                self._restore_unread(draft_id, original_id)

    def _marked(self, folder: str, action_id: str) -> list[dict[str, Any]]:
        """Messages in a well-known folder carrying the marker of `action_id`, oldest first:
        by the extended property, and by Message-ID (a MIME-created draft whose property
        PATCH was lost still has that one). Hits are confirmed, not trusted."""
        if not ACTION_ID_RE.match(action_id):
            return []  # no draft of ours can carry such a marker
        target = f"/me/mailFolders/{folder}/messages"
        seen: dict[str, dict[str, Any]] = {}
        for query in (marker_filter(action_id), message_id_filter(marker_message_id(action_id))):
            for item in self.client.list_all(target, {"$filter": query, "$select": LIST_SELECT,
                                                      "$expand": MARKER_EXPAND}):
                if carries(item, action_id) and GRAPH_ID_RE.match(str(item.get("id", ""))):
                    seen.setdefault(str(item["id"]), item)
        return sorted(seen.values(), key=lambda i: (str(i.get("createdDateTime") or ""),
                                                    str(i["id"])))

    def _texts(self, ids: list[str]) -> dict[str, str]:
        """id -> the text a draft's body hash is taken of (from its MIME, as IMAP does)."""
        return {key: mime.draft_body_text(raw) for key, raw in self._raw([(i, i) for i in ids])
                if raw is not None}

    def find_drafts(self, action_id: str) -> list[DraftRef]:
        """Drafts carrying the marker; first, the original's unread state is restored
        where one of them still owes it (`_finish_restores`), unless read-only."""
        ids = [str(i["id"]) for i in self._marked("drafts", action_id)]
        if not self.read_only:
            self._finish_restores(ids)
        texts = self._texts(ids)
        return [DraftRef(i, action_id, body_hash(texts[i])) for i in ids if i in texts]

    def draft_state(self, ref: DraftRef) -> DraftState:
        ids = [str(i["id"]) for i in self._marked("drafts", ref.action_id)]
        ids.sort(key=lambda i: i != ref.ref)  # ours first; else a copy a client re-saved
        texts = self._texts(ids)
        for graph_id in ids:
            if graph_id in texts:
                edited = body_hash(texts[graph_id]) != ref.body_hash
                return DraftState.EDITED if edited else DraftState.EXISTS
        if self._marked("sentitems", ref.action_id):
            return DraftState.SENT
        return DraftState.GONE

    def _delete_draft(self, ref: DraftRef) -> None:
        item = None
        if GRAPH_ID_RE.match(ref.ref):
            try:
                item = self.client.get_json(f"/me/messages/{id_path(ref.ref)}",
                                            {"$select": LIST_SELECT, "$expand": MARKER_EXPAND})
            except NotFound:
                item = None
        drafts = self._folder_ids()["drafts"]
        if item is not None and item.get("parentFolderId") == drafts and item.get("isDraft"):
            if not carries(item, ref.action_id):
                raise ProviderError(f"draft {ref.ref[:40]} does not carry our marker; "
                                    "not deleting it")
            target = str(item["id"])
        else:
            target = self._resaved_copy(ref)
            if target is None:
                raise NotFound(f"no draft {ref.ref[:40]} in Drafts")
        # NotFound: a retried DELETE whose first attempt had already succeeded.
        with contextlib.suppress(NotFound):
            self.client.request("DELETE", f"/me/messages/{id_path(target)}")

    def _resaved_copy(self, ref: DraftRef) -> str | None:
        """Our draft under another id, text unchanged: still ours to withdraw. An edited
        copy is the user's and is never returned."""
        ids = [str(i["id"]) for i in self._marked("drafts", ref.action_id)]
        texts = self._texts(ids)
        return next((i for i in ids if i in texts and body_hash(texts[i]) == ref.body_hash),
                    None)
