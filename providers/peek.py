"""Cheap looks at raw message bytes: the header block, and whether a calendar part exists.

Why a module of its own: triage (DESIGN.md, "Data flows one way") must decide from headers
alone whether a message deserves a full fetch and parse. Every provider that holds bytes
(Maildir files, the in-memory box, the base class's fallback) answers the same two
questions the same way, with byte scans and no MIME parsing: reading is cheap, parsing is
not. Nothing here imports the rest of the package, so `base` can use it.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

#: Cap on the header block read by `read_header_block`, so a hostile file cannot stall a scan.
MAX_HEADER_BYTES = 256 * 1024
#: What a calendar part leaves in the bytes whatever its transfer encoding: its MIME
#: headers (a content type or a file name) are never encoded. An ``.ics`` mention in a
#: text body also matches; that costs one needless fetch, never a missed invitation.
_CALENDAR_RE = re.compile(rb"text/calendar|application/ics|\.ics\b|BEGIN:VCALENDAR", re.I)
_CHUNK = 1 << 20
_OVERLAP = 32  # longer than any marker, so a marker split between two chunks is found


def read_header_block(fp: BinaryIO, limit: int = MAX_HEADER_BYTES) -> bytes:
    """Bytes up to the blank line ending the header, so scans never read bodies."""
    lines: list[bytes] = []
    size = 0
    for line in fp:
        if line in (b"\n", b"\r\n") or size > limit:
            break
        lines.append(line)
        size += len(line)
    return b"".join(lines)


def header_block(raw: bytes) -> bytes:
    """The header block of a whole message held in memory."""
    return read_header_block(io.BytesIO(raw))


def has_calendar_marker(raw: bytes) -> bool:
    """Whether `raw` shows a text/calendar, application/ics or ``*.ics`` part."""
    return _CALENDAR_RE.search(raw) is not None


def scan_calendar(fp: BinaryIO) -> bool:
    """`has_calendar_marker` over the rest of an open file, in chunks, stopping at the
    first hit, so a message with a large attachment is never held in memory whole."""
    tail = b""
    while chunk := fp.read(_CHUNK):
        window = tail + chunk
        if _CALENDAR_RE.search(window):
            return True
        tail = window[-_OVERLAP:]
    return False
