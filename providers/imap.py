"""Any IMAP mailbox (Dovecot, Fastmail, Gmail's IMAP, Exchange's IMAP, …), via imapclient.

mailwatch reads INBOX and Sent and writes only into Drafts. Reading never changes the
mailbox: folders are opened with EXAMINE (read-only) and bodies fetched with BODY.PEEK[],
so nothing is marked as read.

Refs are ``inbox:<uidvalidity>:<uid>`` / ``sent:<uidvalidity>:<uid>``; a draft ref is
``<uidvalidity>:<uid>`` in the drafts folder. UIDs are only meaningful together with the
folder's UIDVALIDITY, so both are always carried; a ref from an older UIDVALIDITY names
nothing and is skipped.

The cursor is, per watched folder, its name, UIDVALIDITY and the highest UID already
returned: IMAP UIDs only grow, so "new mail" is exactly "UID above the mark". An idle cycle
costs one STATUS per folder (UIDNEXT did not move), no SELECT and no SEARCH. A changed
UIDVALIDITY (the server rebuilt the folder) or a different folder name makes the cursor
meaningless: `CursorInvalid`, and the caller resyncs from None (duplicates are dropped
upstream by Message-ID). CONDSTORE would add nothing here: it reports flag changes, and
mailwatch only cares about arrivals.

Drafts follow the exactly-once protocol of DESIGN.md: one APPEND per attempt (never
retried here), found again by the marker headers with SEARCH HEADER, then confirmed by
parsing the headers (SEARCH HEADER is a substring match, so ``a1`` would also hit ``a10``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from imapclient import DELETED, DRAFT, SEEN, IMAPClient
from mailwatch.providers import mime, peek
from mailwatch.providers.base import (
    AuthExpired,
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
from mailwatch.providers.imap_conn import (
    Account,
    ImapFault,
    connect,
    faults,
    option_problems,
    read_password,
    store_password,
)
from mailwatch.providers.imap_refs import (
    APPENDUID_RE,
    CURSOR_VERSION,
    DRAFT_NAMES,
    HEADERS,
    SENT_NAMES,
    carries,
    has_calendar_part,
    lf,
    load_cursor,
    marker_criteria,
    parse_pair,
    unchanged,
)

__all__ = ["ImapProvider", "store_password"]

log = logging.getLogger(__name__)

#: Messages per UID FETCH: one round trip each, without holding a huge reply in memory.
FETCH_BATCH = 50
#: Header-only FETCHes are small: this many times more messages per round trip.
HEADER_BATCH_FACTOR = 4


class ImapProvider(Provider):
    """One IMAP account. Connects on first use; `close()` logs out."""

    name = "imap"
    supports_push = True

    def __init__(
        self,
        account: Account,
        *,
        drafts_folder: str | None = None,
        sent_folder: str | None = None,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(read_only=read_only)
        self.account = account
        self.drafts_folder = drafts_folder
        self.sent_folder = sent_folder
        self.clock = clock or (lambda: datetime.now(UTC))
        self._conn: IMAPClient | None = None
        self._listing: dict[str, tuple[bytes, ...]] | None = None  # folder -> LIST flags
        self._selected: tuple[str, bool, int] | None = None  # name, readonly, uidvalidity
        self._fresh: set[str] = set()  # folders (re)opened during the current operation
        self._inbox_count: int | None = None  # INBOX size at the last wait_for_mail

    # -- configuration ----------------------------------------------------------

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        return option_problems(options)

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False) -> ImapProvider:
        problems = cls.config_problems(options)
        if problems:
            raise ValueError("; ".join(f"{key}: {problem}" for key, problem in problems))
        account = Account(
            host=options["host"].strip(),
            username=options["username"],
            security=options.get("security", "ssl"),
            port=options.get("port"),
            password_command=options.get("password_command"),
        )
        return cls(
            account,
            drafts_folder=options.get("drafts_folder"),
            sent_folder=options.get("sent_folder"),
            read_only=read_only,
        )

    # -- connection ----------------------------------------------------------------

    def _client(self) -> IMAPClient:
        if self._conn is None:
            self._conn = connect(self.account, read_password(self.account))
            self._listing = None
            self._selected = None
        return self._conn

    @contextmanager
    def _io(self) -> Iterator[IMAPClient]:
        """One public operation: faults become ProviderError and a broken connection is
        dropped, so the next cycle starts on a fresh one. Each operation re-opens the
        folders it reads: another client may have changed them since."""
        self._fresh = set()
        try:
            with faults(self.account.address):
                yield self._client()
        except (ImapFault, AuthExpired):
            self._abandon()
            raise

    def _abandon(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # half-closed already: nothing to release
                conn.shutdown()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.logout()
        except Exception:  # the server went away first: just drop the socket
            with contextlib.suppress(Exception):
                conn.shutdown()

    # -- push ---------------------------------------------------------------------------

    def wait_for_mail(self, timeout: float) -> bool | None:
        """IMAP IDLE on INBOX for up to `timeout` seconds: True when the server reports a
        new message (EXISTS/RECENT), None when it does not offer IDLE.

        Meant for a connection of its own (the daemon's watcher thread), not the one a
        cycle uses: a client in IDLE can issue no other command until it leaves it."""
        with self._io() as client:
            if b"IDLE" not in client.capabilities():
                return None
            # Mail that arrived between two waits shows only in the message count.
            count = int(self._open(client, "INBOX", readonly=True).get(b"EXISTS", 0))
            seen, self._inbox_count = self._inbox_count, count
            if seen is not None and count > seen:
                return True
            client.idle()
            try:
                responses = client.idle_check(timeout=timeout)
            finally:
                client.idle_done()
        news = [r for r in responses if len(r) > 1 and r[1] in (b"EXISTS", b"RECENT")]
        if news:
            self._inbox_count = None  # recount on the next wait
        return bool(news)

    # -- folders ----------------------------------------------------------------------

    def _folders(self, client: IMAPClient) -> dict[str, tuple[bytes, ...]]:
        if self._listing is None:
            self._listing = {name: tuple(flags) for flags, _, name in client.list_folders()}
        return self._listing

    def _find(self, client: IMAPClient, configured: str | None, flag: bytes,
              names: tuple[str, ...]) -> str | None:
        """The configured folder, else the SPECIAL-USE one, else a common name."""
        listing = self._folders(client)
        if configured:
            return configured if configured in listing else None
        for name, flags in listing.items():
            if any(f.lower() == flag.lower() for f in flags):
                return name
        lowered = {name.lower(): name for name in listing}
        return next((lowered[n.lower()] for n in names if n.lower() in lowered), None)

    def _drafts(self, client: IMAPClient) -> str | None:
        return self._find(client, self.drafts_folder, b"\\Drafts", DRAFT_NAMES)

    def _listed_drafts(self, client: IMAPClient) -> str | None:
        """The Drafts folder, looked for in a fresh listing when the one kept for the
        provider's life has none: the folder may be back already."""
        name = self._drafts(client)
        if name is None:
            self._listing = None
            name = self._drafts(client)
        return name

    def _drafts_missing(self) -> ProviderError:
        """Why a cycle stops when the Drafts folder that held our drafts is not listed.

        A draft ref proves the account had a Drafts folder (the first draft creates one),
        so a listing without it is not "no drafts": answered as GONE, every draft would be
        taken for deleted by the user, for good — never written again, never withdrawn when
        an employer's answer makes a follow-up stale. The folder goes missing for a while
        when a sync tool or the server rebuilds it, or the user renames it, so the account
        stops for this cycle and keeps its state, as Maildir does. `find_drafts` never
        raises this: it also runs for an account that never had a Drafts folder, where "no
        draft" is the true answer."""
        missing = (f"the Drafts folder {self.drafts_folder!r} is not" if self.drafts_folder
                   else "no Drafts folder (\\Drafts, or named Drafts) is")
        return ProviderError(
            f"{missing} in the server's folder list, though mailwatch wrote drafts there: "
            "stopping this account rather than take them for deleted; if the folder is "
            "being rebuilt, the next cycle carries on; if it was renamed, set drafts_folder "
            "in this account's config")

    def _sent(self, client: IMAPClient) -> str | None:
        return self._find(client, self.sent_folder, b"\\Sent", SENT_NAMES)

    def _roles(self, client: IMAPClient) -> dict[str, str]:
        roles = {"inbox": "INBOX"}
        sent = self._sent(client)
        if sent is not None and sent.upper() != "INBOX":
            roles["sent"] = sent
        return roles

    def _select(self, client: IMAPClient, name: str, *, readonly: bool = True) -> int:
        """Open `name` (EXAMINE when `readonly`) and return its UIDVALIDITY."""
        if self._selected is not None and self._selected[:2] == (name, readonly) \
                and name in self._fresh:
            return self._selected[2]
        return int(self._open(client, name, readonly=readonly)[b"UIDVALIDITY"])

    def _open(self, client: IMAPClient, name: str, *, readonly: bool) -> dict[bytes, Any]:
        self._selected = None
        info = client.select_folder(name, readonly=readonly)
        self._selected = (name, readonly, int(info[b"UIDVALIDITY"]))
        self._fresh.add(name)
        return info

    # -- reading -----------------------------------------------------------------------

    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], dict[str, Any]]:
        previous = load_cursor(cursor)
        found: list[tuple[datetime, int, str, MessageRef]] = []
        state: dict[str, dict[str, Any]] = {}
        with self._io() as client:
            for role, name in self._roles(client).items():
                entry, uids = self._new_uids(client, role, name, previous.get(role))
                state[role] = entry
                uv = entry["uidvalidity"]
                for uid, when in self._arrival_times(client, uids).items():
                    found.append((when, uid, role, MessageRef(f"{role}:{uv}:{uid}", role)))
        found.sort(key=lambda item: item[:3])
        return [ref for *_, ref in found], {"v": CURSOR_VERSION, "folders": state}

    def _new_uids(self, client: IMAPClient, role: str, name: str,
                  prev: dict[str, Any] | None) -> tuple[dict[str, Any], list[int]]:
        """UIDs above the cursor's mark in one folder, and the folder's next cursor entry."""
        if prev is not None:
            if prev["name"] != name:
                raise CursorInvalid(f"the {role} folder is now {name!r}, not {prev['name']!r}")
            # Dovecot answers STATUS for the folder this session has selected from the
            # stale selected view: that one is re-opened instead.
            if self._selected is None or self._selected[0] != name:
                status = client.folder_status(name, [b"UIDVALIDITY", b"UIDNEXT"])
                if unchanged(status, prev, name):
                    return prev, []  # the idle cycle: one STATUS, nothing selected
        info = self._open(client, name, readonly=True)
        if prev is not None and unchanged(info, prev, name):
            return prev, []
        uidvalidity = int(info[b"UIDVALIDITY"])
        last = prev["last_uid"] if prev is not None else 0
        uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"] if last else ["ALL"])
                      if u > last)
        # Everything below UIDNEXT-at-select was in this SEARCH's view or is gone already.
        mark = max([last, *uids, int(info.get(b"UIDNEXT", 1)) - 1])
        return {"name": name, "uidvalidity": uidvalidity, "last_uid": mark}, uids

    def _arrival_times(self, client: IMAPClient, uids: list[int]) -> dict[int, datetime]:
        """INTERNALDATE per UID, so INBOX and Sent interleave oldest first."""
        times: dict[int, datetime] = {}
        for start in range(0, len(uids), FETCH_BATCH * 20):
            batch = uids[start : start + FETCH_BATCH * 20]
            for uid, data in client.fetch(batch, ["INTERNALDATE"]).items():
                when = data.get(b"INTERNALDATE")
                if isinstance(when, datetime):
                    times[uid] = when if when.tzinfo else when.astimezone()
        epoch = datetime.fromtimestamp(0, UTC)
        return {uid: times.get(uid, epoch) for uid in uids}

    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        for ref, data in self._fetch_items(refs, ["BODY.PEEK[]"], FETCH_BATCH):
            body = data.get(b"BODY[]")
            if isinstance(body, bytes):
                yield ref, lf(body)

    def fetch_headers(self, refs: Iterable[MessageRef]) -> Iterator[HeaderInfo]:
        """One FETCH of the header block and BODYSTRUCTURE per batch: the server knows the
        MIME tree, so no body byte crosses the wire. PEEK: nothing is marked read."""
        items = ["BODY.PEEK[HEADER]", "BODYSTRUCTURE"]
        for ref, data in self._fetch_items(refs, items, FETCH_BATCH * HEADER_BATCH_FACTOR):
            block = data.get(b"BODY[HEADER]")
            if isinstance(block, bytes):
                calendar = has_calendar_part(data.get(b"BODYSTRUCTURE"))
                yield HeaderInfo(ref, peek.header_block(lf(block)), calendar)

    def _fetch_items(self, refs: Iterable[MessageRef], items: list[str], batch: int
                     ) -> Iterator[tuple[MessageRef, dict[bytes, Any]]]:
        """The FETCH reply for each ref that still exists, in the order given, one UID
        FETCH per folder and batch. Refs of another UIDVALIDITY name nothing: skipped."""
        pending = list(refs)
        with self._io() as client:
            roles = self._roles(client)
            for start in range(0, len(pending), batch):
                window = pending[start : start + batch]
                wanted: dict[str, dict[int, list[MessageRef]]] = {}
                for ref in window:
                    role, _, rest = ref.ref.partition(":")
                    pair = parse_pair(rest)
                    if role in roles and pair is not None:
                        wanted.setdefault(role, {}).setdefault(pair[0], []).append(ref)
                got: dict[MessageRef, dict[bytes, Any]] = {}
                for role, by_validity in wanted.items():
                    uidvalidity = self._select(client, roles[role])
                    refs_here = by_validity.get(uidvalidity, [])  # other validities: gone
                    by_uid = {int(r.ref.rsplit(":", 1)[1]): r for r in refs_here}
                    if not by_uid:
                        continue
                    for uid, data in client.fetch(sorted(by_uid), items).items():
                        if uid in by_uid:
                            got[by_uid[uid]] = data
                for ref in window:
                    if ref in got:
                        yield ref, got.pop(ref)

    # -- drafts --------------------------------------------------------------------------

    def _create_draft(self, draft: Draft) -> DraftRef:
        raw = mime.build_draft_bytes(draft, date=self.clock(), linesep="\r\n")  # nothing sent
        with self._io() as client:
            name = self._drafts(client) or self._make_drafts_folder(client)
            reply = client.append(name, raw, flags=(DRAFT, SEEN), msg_time=self.clock())
            match = APPENDUID_RE.search(reply if isinstance(reply, bytes) else b"")
            if match:
                uidvalidity, uid = int(match.group(1)), int(match.group(2))
            else:  # no UIDPLUS: look our draft up by its marker
                uidvalidity = self._select(client, name)
                uids = self._marked(client, draft.action_id)
                if not uids:
                    raise ProviderError(f"the draft appended to {name!r} cannot be found again")
                uid = max(uids)
        return DraftRef(f"{uidvalidity}:{uid}", draft.action_id, body_hash(draft.body))

    def _make_drafts_folder(self, client: IMAPClient) -> str:
        """Create (and subscribe) a Drafts folder when the account has none, the way mail
        clients do, inside the personal namespace (``INBOX.`` on Courier and Cyrus)."""
        name = self.drafts_folder
        if name is None:
            prefix = ""
            try:
                personal = client.namespace().personal
                prefix = personal[0][0] if personal else ""
            except Exception:  # no NAMESPACE support: the root is the usual answer
                prefix = ""
            name = f"{prefix}Drafts"
        client.create_folder(name)
        try:
            client.subscribe_folder(name)
        except Exception:  # subscribing is a courtesy to mail clients, not a requirement
            log.info("could not subscribe %s", name)
        self._listing = None
        return name

    def _marked(self, client: IMAPClient, action_id: str, *, live: bool = False) -> list[int]:
        """UIDs in the selected folder whose headers carry the marker of `action_id`."""
        criteria = marker_criteria(action_id, live=live)
        if criteria is None:
            return []  # build_draft_bytes never writes such a marker
        uids = sorted(client.search(criteria))
        if not uids:
            return []
        heads = client.fetch(uids, [HEADERS])
        return [uid for uid in uids if uid in heads and carries(heads[uid], action_id)]

    def _texts(self, client: IMAPClient, uids: list[int]) -> dict[int, str]:
        """uid -> the text a draft's body hash is taken of, read without marking anything."""
        out: dict[int, str] = {}
        if uids:
            for uid, data in client.fetch(uids, ["BODY.PEEK[]"]).items():
                raw = data.get(b"BODY[]")
                if isinstance(raw, bytes):
                    out[uid] = mime.draft_body_text(raw)
        return out

    def find_drafts(self, action_id: str) -> list[DraftRef]:
        """Every draft carrying the marker, \\Deleted ones included: a deleted-flagged
        draft still proves the action ran, and `draft_state` reports it GONE."""
        with self._io() as client:
            name = self._drafts(client)
            if name is None:
                return []
            uidvalidity = self._select(client, name)
            texts = self._texts(client, self._marked(client, action_id))
        return [DraftRef(f"{uidvalidity}:{uid}", action_id, body_hash(text))
                for uid, text in sorted(texts.items())]

    def draft_state(self, ref: DraftRef) -> DraftState:
        """EXISTS or EDITED while a draft carries the marker in Drafts, SENT once a message
        with it is in Sent, else GONE (the user deleted it) — but only when the Drafts
        folder it was written to is still the one there: otherwise ProviderError, and the
        account stops for this cycle with its state kept (`_drafts_missing`).

        A server that creates Drafts on demand (Dovecot's ``auto = create`` or
        ``subscribe``) never lists it as missing: while the real folder is away it shows,
        and on SELECT creates, a new empty one. That stand-in has another UIDVALIDITY than
        our ref and has never held a message (UIDNEXT 1), which no Drafts folder we wrote
        to can have: the same stop. A replaced folder that has held mail since (UIDNEXT
        above 1) is the user's new Drafts, and a draft not in it is gone."""
        pair = parse_pair(ref.ref)
        with self._io() as client:
            name = self._listed_drafts(client)
            info: dict[bytes, Any] = {}
            if name is not None:
                info = self._open(client, name, readonly=True)
                uidvalidity = int(info[b"UIDVALIDITY"])
                texts = self._texts(client, self._marked(client, ref.action_id, live=True))
                # The draft we wrote first; else a copy a client re-saved under a new UID.
                order = sorted(texts, key=lambda uid: pair != (uidvalidity, uid))
                if order:
                    edited = body_hash(texts[order[0]]) != ref.body_hash
                    return DraftState.EDITED if edited else DraftState.EXISTS
            sent = self._roles(client).get("sent")
            if sent is not None:
                self._select(client, sent)
                if self._marked(client, ref.action_id, live=True):
                    return DraftState.SENT
        if name is None:
            raise self._drafts_missing()
        if pair is not None and pair[0] != uidvalidity and int(info.get(b"UIDNEXT", 0)) == 1:
            raise ProviderError(
                f"the Drafts folder {name!r} is a new, empty one (UIDVALIDITY {uidvalidity}, "
                f"not {pair[0]}), not the one mailwatch wrote drafts to: stopping this "
                "account rather than take them for deleted; if the folder is being rebuilt "
                "or restored, the next cycle carries on; if you deleted it with its drafts, "
                "mailwatch carries on once anything has been saved in the new one")
        return DraftState.GONE

    def _delete_draft(self, ref: DraftRef) -> None:
        with self._io() as client:
            name = self._listed_drafts(client)
            if name is None:
                raise self._drafts_missing()
            uidvalidity = self._select(client, name, readonly=False)
            pair = parse_pair(ref.ref)
            uid = pair[1] if pair is not None and pair[0] == uidvalidity else None
            heads = client.fetch([uid], [HEADERS]) if uid is not None else {}
            if uid in heads:
                if not carries(heads[uid], ref.action_id):
                    raise ProviderError(f"draft {ref.ref} does not carry our marker; "
                                        "not deleting it")
            else:
                uid = self._resaved_copy(client, ref)
                if uid is None:
                    raise NotFound(f"no draft {ref.ref} in {name!r}")
            client.add_flags([uid], [DELETED])
            if client.has_capability("UIDPLUS"):
                client.uid_expunge([uid])
            else:
                client.expunge()

    def _resaved_copy(self, client: IMAPClient, ref: DraftRef) -> int | None:
        """Our draft saved again by a client under a new UID, text unchanged: still ours to
        withdraw. An edited copy is the user's and is never returned."""
        texts = self._texts(client, self._marked(client, ref.action_id, live=True))
        return next((uid for uid, text in sorted(texts.items())
                     if body_hash(text) == ref.body_hash), None)
