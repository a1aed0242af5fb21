"""Pure helpers of the IMAP provider: refs, the cursor, marker searches, folder names.

Kept apart from `imap.py` so the parts that must never go wrong with hostile input (refs
read back from the store, cursors from an older version, SEARCH criteria built from an
action id) are plain functions, readable and testable without a server.
"""

from __future__ import annotations

import re
from typing import Any

from mailwatch.providers import mime
from mailwatch.providers.base import MARKER_HEADER, CursorInvalid, marker_message_id

CURSOR_VERSION = 1
#: Messages per UID FETCH: one round trip each, without holding a huge reply in memory.
FETCH_BATCH = 50
DRAFT_NAMES = ("Drafts", "INBOX.Drafts", "[Gmail]/Drafts", "Draft", "Entwürfe")
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "[Gmail]/Sent Mail",
              "Sent Mail", "Gesendet")
ACTION_ID_RE = re.compile(r"^[A-Za-z0-9._=+-]{1,200}$")  # as mime.build_draft_bytes allows
APPENDUID_RE = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID X-MAILWATCH-ACTION)]"


def parse_pair(text: str) -> tuple[int, int] | None:
    """``"uidvalidity:uid"`` -> ints, or None for anything else (refs come from the store)."""
    first, sep, second = text.partition(":")
    if not (sep and first.isdigit() and second.isdigit() and first.isascii()
            and second.isascii()):
        return None
    return int(first), int(second)


def lf(raw: bytes) -> bytes:
    """IMAP serves CRLF line ends (a wire format); mailwatch hands every provider's mail
    downstream with LF, as Maildir and the memory provider store it."""
    return raw.replace(b"\r\n", b"\n")


def load_cursor(cursor: Any | None) -> dict[str, dict[str, Any]]:
    if cursor is None:
        return {}
    if not (isinstance(cursor, dict) and cursor.get("v") == CURSOR_VERSION
            and isinstance(cursor.get("folders"), dict)):
        raise CursorInvalid(f"not an IMAP cursor: {cursor!r:.80}")
    folders: dict[str, dict[str, Any]] = {}
    for role, entry in cursor["folders"].items():
        if not (role in ("inbox", "sent") and isinstance(entry, dict)
                and isinstance(entry.get("name"), str)
                and type(entry.get("uidvalidity")) is int
                and type(entry.get("last_uid")) is int and entry["last_uid"] >= 0):
            raise CursorInvalid(f"not an IMAP cursor entry: {entry!r:.80}")
        folders[role] = entry
    return folders


def unchanged(info: dict[bytes, Any], prev: dict[str, Any], name: str) -> bool:
    """True when a STATUS/SELECT reply shows no UID above the cursor's mark; CursorInvalid
    when the folder's UIDVALIDITY is not the cursor's."""
    if int(info[b"UIDVALIDITY"]) != prev["uidvalidity"]:
        raise CursorInvalid(f"UIDVALIDITY of {name!r} changed: the server rebuilt it")
    return 0 < int(info.get(b"UIDNEXT", 0)) <= prev["last_uid"] + 1


def carries(data: dict[bytes, Any], action_id: str) -> bool:
    """Whether a FETCH of `HEADERS` shows the marker of `action_id`. SEARCH HEADER is a
    substring match (``a1`` also hits ``a10``), so every hit is confirmed here."""
    block = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
    return isinstance(block, bytes) and mime.carries_marker(mime.parse_headers(block), action_id)


def has_calendar_part(structure: Any) -> bool | None:
    """Whether a BODYSTRUCTURE (as imapclient parses it) holds a text/calendar or
    application/ics part, or any parameter (name, filename) ending in ``.ics``; None when
    the server sent none. Every atom of the tree is looked at, ignoring positions: servers
    disagree on the extension fields, and a false hit only costs one fetch."""
    if structure is None:
        return None
    atoms: list[bytes] = []
    stack = [structure]
    while stack:
        item = stack.pop()
        if isinstance(item, bytes):
            atoms.append(item.lower())
        elif isinstance(item, str):
            atoms.append(item.encode("utf-8", "replace").lower())
        elif isinstance(item, (list, tuple)):
            stack.extend(reversed(item))
    pairs = set(zip(atoms, atoms[1:], strict=False))
    if (b"text", b"calendar") in pairs or (b"application", b"ics") in pairs:
        return True
    return any(atom.rstrip(b'" ').endswith(b".ics") for atom in atoms)


def marker_criteria(action_id: str, *, live: bool = False) -> list[Any] | None:
    """SEARCH criteria for mail carrying either marker of `action_id` (without \\Deleted
    ones when `live`); None for an id no draft of ours can carry."""
    if not ACTION_ID_RE.match(action_id):
        return None
    criteria: list[Any] = ["OR", "HEADER", "Message-ID", f"<{marker_message_id(action_id)}>",
                           "HEADER", MARKER_HEADER, action_id]
    return ["NOT", "DELETED", *criteria] if live else criteria
