"""A Gmail mailbox through the Gmail API (google-api-python-client).

mailwatch reads mail and writes only drafts: scopes gmail.readonly + gmail.compose, and no
call here sends, modifies or deletes a message (the one delete is `drafts.delete` of a
draft carrying our marker). Talking to Google (retries, batches, errors) lives in
`gmail_http`, credentials in `gmail_auth`.

Refs are ``inbox:<message id>`` / ``sent:<message id>``, like the IMAP and Maildir
providers' role prefixes. "sent" is any message labelled SENT; "inbox" is every other
message outside Drafts, Chats, Spam and Trash — archived mail included, since an archived
invitation is still an invitation. A draft ref is the Gmail draft id, which survives the
user's edits (each edit replaces the draft's *message*, and often its id).

The cursor is ``{"v": 1, "history": "<historyId>"}``. The first scan (cursor None) notes
the mailbox's historyId *before* listing, then lists the look-back window with
``messages.list`` (newest first, reversed here so refs come oldest first); anything that
arrives during the listing is listed again next time, and duplicates are dropped upstream
by Message-ID. Later cycles read ``history.list`` from the cursor: messageAdded, plus
labelAdded SENT/INBOX, because a draft the user sends from the Gmail app is not a new
message — its draft message is relabelled SENT. Gmail keeps history for about a week; an
older cursor answers 404, which becomes CursorInvalid and a full resync.

Bodies are fetched with ``format=raw`` in batches of at most 50 calls. `fetch_headers` is
the base class's cut of those raw bytes on purpose: ``format=metadata`` gives parsed header
values (not the exact block triage is specified to see) and no MIME tree, so it cannot
tell an invitation's calendar part from plain mail; the quota cost per message is the same.

With ``calendar = true`` calendar events follow the mail as ``event:<id>`` refs read as
synthetic invitations (`gmail_calendar`, `event_mail`); the cursor adds ``"calendar"``.

Drafts follow DESIGN.md's exactly-once protocol: one ``drafts.create`` per attempt, never
retried blindly. When it fails in a way that may have stored the draft anyway (quota,
5xx, a dropped connection), the marker is looked for first — by ``rfc822msgid:`` search,
and, because Gmail's search index can lag a fresh write, by reading every draft's
Message-ID — and the create is repeated only when no draft carries it. Threading a draft
needs Gmail's threadId plus In-Reply-To/References and a matching Subject; the threadId is
looked up from the message the draft answers (the caller's thread id is a Message-ID).
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mailwatch.providers import event_mail, gmail_auth, mime, peek
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
    body_hash,
    marker_message_id,
)
from mailwatch.providers.gmail_calendar import GmailCalendar
from mailwatch.providers.gmail_http import (
    MAX_BATCH,
    PUBLIC_ENDPOINT,
    TIMEOUT,
    Backoff,
    GmailApi,
    Transient,
)
from mailwatch.providers.gmail_refs import (
    ACTION_ID,
    CURSOR_VERSION,
    DEFAULT_LOOKBACK_DAYS,
    DRAFT_ID,
    GMAIL_ID,
    SEARCHABLE,
    SKIPPED_LABELS,
    decode_raw,
    lf,
    load_cursor,
    message_id,
    option_problems,
    same_subject,
)

__all__ = ["GmailProvider"]

log = logging.getLogger(__name__)

PAGE = 500
LISTED = "-in:chats -in:drafts"  # spam and trash are left out by messages.list itself


class GmailProvider(Provider):
    """One Gmail account. Connects (loads or fetches a token) on first use."""

    name = "gmail"
    has_server_threads = has_calendar = True

    def __init__(
        self,
        *,
        token_file: str | Path | None = None,
        token_command: str | None = None,
        api_endpoint: str | None = None,
        token_uri: str | None = None,
        lookback_days: int = DEFAULT_LOOKBACK_DAYS,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
        backoff: Backoff | None = None,
        calendar: bool = False,
    ) -> None:
        super().__init__(read_only=read_only)
        self.token_file = gmail_auth.token_path({"token_file": token_file})
        self.token_command = token_command
        endpoint = api_endpoint.strip() if api_endpoint else None
        self.api_endpoint = endpoint if not endpoint or endpoint.endswith("/") \
            else endpoint + "/"
        self.token_uri = token_uri
        self.lookback_days = lookback_days
        self.clock = clock or (lambda: datetime.now(UTC))
        self.backoff = backoff or Backoff()
        self._api: GmailApi | None = None
        self._service: Any = None
        self._creds: Any = None
        self._saved_token: str | None = None
        self.calendar: event_mail.EventReader | None = GmailCalendar(self) if calendar else None

    # -- configuration ----------------------------------------------------------

    @classmethod
    def account_options(cls, name: str, options: dict[str, Any], *,
                        lookback_days: int) -> dict[str, Any]:
        return gmail_auth.account_options(name, options, lookback_days)

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        return option_problems(options)

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False) -> GmailProvider:
        problems = cls.config_problems(options)
        if problems:
            raise ValueError("; ".join(f"{key}: {problem}" for key, problem in problems))
        return cls(
            token_file=options.get("token_file"),
            token_command=options.get("token_command"),
            api_endpoint=options.get("api_endpoint"),
            token_uri=options.get("token_uri"),
            lookback_days=options.get("lookback_days", DEFAULT_LOOKBACK_DAYS),
            read_only=read_only, calendar=options.get("calendar", False),
        )

    # -- connection ----------------------------------------------------------------

    def _connect(self) -> tuple[Any, GmailApi]:
        """The `users()` resource and the executor, built once per provider."""
        if self._api is None:
            import google_auth_httplib2
            import httplib2
            from googleapiclient.discovery import build

            if self.token_command:
                creds = gmail_auth.command_credentials(self.token_command)
            else:
                creds = gmail_auth.load_file_credentials(self.token_file, self.token_uri)
                self._saved_token = creds.token
            http = google_auth_httplib2.AuthorizedHttp(creds, http=httplib2.Http(timeout=TIMEOUT))
            options = {"api_endpoint": self.api_endpoint} if self.api_endpoint else None
            service = build("gmail", "v1", http=http, static_discovery=True,
                            cache_discovery=False, client_options=options)
            batch_path = getattr(service, "_rootDesc", {}).get("batchPath", "batch")
            self._creds, self._service = creds, service
            self._api = GmailApi(http, (self.api_endpoint or PUBLIC_ENDPOINT) + batch_path,
                                 self.backoff, self._scrub, self._persist)
        return self._service.users(), self._api

    def _scrub(self, text: str) -> str:
        """Never let a secret reach a message: the tokens and the client secret."""
        creds = self._creds
        for secret in (getattr(creds, "token", None), getattr(creds, "refresh_token", None),
                       getattr(creds, "client_secret", None)):
            if secret and len(secret) > 4:
                text = text.replace(secret, "***")
        return text

    def _persist(self) -> None:
        """Write a token refreshed during a call back to the token file."""
        creds = self._creds
        if self.token_command or creds is None or not creds.token \
                or creds.token == self._saved_token:
            return
        try:
            gmail_auth.write_token(self.token_file, creds.to_json())
            self._saved_token = creds.token
        except OSError as exc:  # the token still works for this run; say so and go on
            log.warning("cannot save the refreshed Gmail token to %s: %s", self.token_file,
                        exc.strerror)

    def close(self) -> None:
        api, self._api, self._service = self._api, None, None
        if api is not None:
            api.http.close()

    # -- reading -----------------------------------------------------------------

    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], dict[str, Any]]:
        start = load_cursor(cursor)
        mail = self._first_scan() if start is None else self._history(start)
        return event_mail.with_events(mail, self.calendar, cursor)

    def _first_scan(self) -> tuple[list[MessageRef], dict[str, Any]]:
        users, api = self._connect()
        profile = api.call(lambda: users.getProfile(userId="me"), "users.getProfile")
        window = f"newer_than:{self.lookback_days + 1}d"  # a day of slack: see cycle.py
        listed = self._list_ids(f"{window} {LISTED}")
        sent = set(self._list_ids(f"{window} in:sent"))
        refs = [MessageRef(f"{role}:{mid}", role) for mid in reversed(listed)
                for role in ("sent" if mid in sent else "inbox",)]
        return refs, {"v": CURSOR_VERSION, "history": str(profile["historyId"])}

    def _list_ids(self, q: str) -> list[str]:
        users, api = self._connect()
        ids: list[str] = []
        token: str | None = None
        while True:
            page = api.call(lambda t=token: users.messages().list(
                userId="me", q=q, maxResults=PAGE, pageToken=t), "messages.list")
            ids.extend(str(m["id"]) for m in page.get("messages", []))
            token = page.get("nextPageToken")
            if not token:
                return list(dict.fromkeys(ids))

    def _history(self, start: str) -> tuple[list[MessageRef], dict[str, Any]]:
        users, api = self._connect()
        found: dict[str, MessageRef] = {}  # message id -> ref, first mention wins
        latest: str | None = None
        token: str | None = None
        while True:
            try:
                page = api.call(lambda t=token: users.history().list(
                    userId="me", startHistoryId=start, maxResults=PAGE, pageToken=t,
                    historyTypes=["messageAdded", "labelAdded"]), "history.list")
            except NotFound:
                raise CursorInvalid(f"Gmail no longer has history since {start}") from None
            # The first page's historyId: a record added while later pages are read is
            # then listed again next time, never skipped.
            latest = latest or str(page.get("historyId") or start)
            for record in page.get("history", []):
                entries = [e.get("message") for e in record.get("messagesAdded", [])]
                entries += [e.get("message") for e in record.get("labelsAdded", [])
                            if {"SENT", "INBOX"} & set(e.get("labelIds", []))]
                for message in entries:
                    ref = self._ref_of(message)
                    if ref is not None:
                        found.setdefault(ref.ref.partition(":")[2], ref)
            token = page.get("nextPageToken")
            if not token:
                break
        return list(found.values()), {"v": CURSOR_VERSION, "history": latest or start}

    @staticmethod
    def _ref_of(message: Any) -> MessageRef | None:
        """A history entry's message as a ref, or None for drafts, chats, spam, trash."""
        if not isinstance(message, dict) or not GMAIL_ID.match(str(message.get("id", ""))):
            return None
        labels = set(message.get("labelIds", []))
        if labels & SKIPPED_LABELS:
            return None
        role = "sent" if "SENT" in labels else "inbox"
        return MessageRef(f"{role}:{message['id']}", role)

    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        return event_mail.fetch_mixed(refs, self._fetch_mail, self.calendar)

    def _fetch_mail(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        """Raw bytes in the order given, one batch of ≤ 50 at a time (never the whole
        list in memory); messages deleted since, or refs naming nothing, are skipped."""
        wanted = [(ref, mid) for ref in refs if (mid := message_id(ref)) is not None]
        if not wanted:
            return
        users, api = self._connect()
        for start in range(0, len(wanted), MAX_BATCH):
            window = wanted[start:start + MAX_BATCH]
            got = api.get_many([mid for _, mid in window], lambda mid: users.messages().get(
                userId="me", id=mid, format="raw"), "messages.get")
            for ref, mid in window:
                if mid in got:
                    try:
                        yield ref, lf(decode_raw(got[mid]["raw"]))
                    except (KeyError, TypeError, binascii.Error, ValueError):
                        log.warning("Gmail sent no readable raw message for %s", ref.ref)

    def thread(self, thread_id: str) -> list[MessageRef]:
        if not GMAIL_ID.match(thread_id):
            return []
        users, api = self._connect()
        reply = api.call(lambda: users.threads().get(userId="me", id=thread_id,
                                                     format="minimal"), "threads.get")
        return [ref for m in reply.get("messages", []) if (ref := self._ref_of(m)) is not None]

    # -- drafts --------------------------------------------------------------------

    def _create_draft(self, draft: Draft) -> DraftRef:
        raw = mime.build_draft_bytes(draft, date=self.clock(), linesep="\r\n")  # nothing sent
        users, api = self._connect()
        message = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        thread_id = self._thread_for(draft)
        if thread_id:
            message["threadId"] = thread_id
        attempt = 0
        while True:
            try:
                created = api.call(lambda: users.drafts().create(
                    userId="me", body={"message": message}), "drafts.create", retry=False)
                return DraftRef(str(created["id"]), draft.action_id, body_hash(draft.body))
            except Transient as exc:
                # The draft may be stored although the reply was lost: look before trying
                # again, or the user would get two.
                found = self.find_drafts(draft.action_id)
                if found:
                    log.info("drafts.create failed, but the draft was stored: reconciled")
                    return found[0]
                attempt += 1
                if attempt >= self.backoff.tries:
                    raise
                self.backoff.sleep(self.backoff.delay(attempt - 1, exc.retry_after))

    def _thread_for(self, draft: Draft) -> str | None:
        """Gmail's threadId for a reply: the thread of the message it answers (or of an
        earlier one it references) whose subject Gmail would accept; else None, and the
        draft starts a thread of its own instead of being refused."""
        users, api = self._connect()
        wanted = [i for i in dict.fromkeys([draft.in_reply_to, *reversed(draft.references)])
                  if i and SEARCHABLE.match(i) and not event_mail.is_synthetic(i)]
        for msgid in wanted[:3]:
            page = api.call(lambda m=msgid: users.messages().list(
                userId="me", q=f"rfc822msgid:{m} {LISTED}", maxResults=10), "messages.list")
            for hit in page.get("messages", []):
                try:
                    meta = api.call(lambda h=hit: users.messages().get(
                        userId="me", id=h["id"], format="metadata",
                        metadataHeaders=["Subject"]), "messages.get")
                except NotFound:
                    continue
                headers = meta.get("payload", {}).get("headers", [])
                subject = next((h.get("value", "") for h in headers
                                if str(h.get("name", "")).lower() == "subject"), "")
                if same_subject(subject, draft.subject):
                    return str(hit["threadId"])
        if draft.thread_id and GMAIL_ID.match(draft.thread_id):
            return draft.thread_id
        return None

    def find_drafts(self, action_id: str) -> list[DraftRef]:
        if not ACTION_ID.match(action_id):
            return []  # build_draft_bytes never writes such a marker
        users, api = self._connect()
        ids = self._draft_ids(f"rfc822msgid:{marker_message_id(action_id)}")
        if not ids:  # the search index may not have caught up with a fresh draft
            ids = self._scan_drafts(action_id)
        refs = []
        for did in ids:
            try:
                reply = api.call(lambda d=did: users.drafts().get(
                    userId="me", id=d, format="raw"), "drafts.get")
                raw = lf(decode_raw(reply["message"]["raw"]))
            except NotFound:
                continue
            if mime.carries_marker(mime.parse_headers(peek.header_block(raw)), action_id):
                refs.append(DraftRef(did, action_id, body_hash(mime.draft_body_text(raw))))
        return sorted(refs, key=lambda r: r.ref)

    def _draft_ids(self, q: str | None = None) -> dict[str, str]:
        """draft id -> its message id, for every draft matching `q` (all when None)."""
        users, api = self._connect()
        out: dict[str, str] = {}
        token: str | None = None
        while True:
            page = api.call(lambda t=token: users.drafts().list(
                userId="me", maxResults=PAGE, pageToken=t,
                **({"q": q} if q else {})), "drafts.list")
            for d in page.get("drafts", []):
                out[str(d["id"])] = str(d.get("message", {}).get("id", ""))
            token = page.get("nextPageToken")
            if not token:
                return out

    def _scan_drafts(self, action_id: str) -> list[str]:
        """Draft ids whose marker headers name `action_id`, read from every draft's
        headers instead of the search index."""
        users, api = self._connect()
        drafts = {mid: did for did, mid in self._draft_ids().items() if GMAIL_ID.match(mid)}
        got = api.get_many(drafts, lambda mid: users.messages().get(
            userId="me", id=mid, format="metadata",
            metadataHeaders=["Message-ID", MARKER_HEADER]), "messages.get")
        return sorted(drafts[mid] for mid, meta in got.items()
                      if self._carries(meta, action_id))

    @staticmethod
    def _carries(message: dict[str, Any], action_id: str) -> bool:
        headers = {str(h.get("name", "")).lower(): str(h.get("value", ""))
                   for h in message.get("payload", {}).get("headers", [])}
        return mime.first_msg_id(headers.get("message-id")) == marker_message_id(action_id) \
            or headers.get(MARKER_HEADER.lower(), "").strip() == action_id

    def draft_state(self, ref: DraftRef) -> DraftState:
        users, api = self._connect()
        if DRAFT_ID.match(ref.ref):
            try:
                reply = api.call(lambda: users.drafts().get(userId="me", id=ref.ref,
                                                            format="raw"), "drafts.get")
            except NotFound:
                reply = None
            if reply is not None:
                text = mime.draft_body_text(lf(decode_raw(reply["message"]["raw"])))
                return DraftState.EDITED if body_hash(text) != ref.body_hash \
                    else DraftState.EXISTS
        if ACTION_ID.match(ref.action_id):
            q = f"rfc822msgid:{marker_message_id(ref.action_id)} in:sent"
            page = api.call(lambda: users.messages().list(userId="me", q=q, maxResults=1),
                            "messages.list")
            if page.get("messages"):
                return DraftState.SENT
        return DraftState.GONE

    def _delete_draft(self, ref: DraftRef) -> None:
        if not DRAFT_ID.match(ref.ref):
            raise NotFound(f"no draft {ref.ref!r}")
        users, api = self._connect()
        reply = api.call(lambda: users.drafts().get(userId="me", id=ref.ref, format="metadata"),
                         "drafts.get")
        if not self._carries(reply.get("message", {}), ref.action_id):
            raise ProviderError(f"draft {ref.ref} does not carry our marker; not deleting it")
        attempt = 0
        while True:
            try:
                api.call(lambda: users.drafts().delete(userId="me", id=ref.ref),
                         "drafts.delete", retry=False)
                return
            except Transient as exc:
                attempt += 1
                if attempt >= self.backoff.tries:
                    raise
                self.backoff.sleep(self.backoff.delay(attempt - 1, exc.retry_after))
            except NotFound:
                if attempt:  # an earlier attempt went through after all
                    return
                raise
