"""MIME in and out of the fake Graph mailbox, the way Exchange treats it.

Delivered mail keeps its exact bytes (``$value`` returns what arrived). A draft is an item
of properties: Exchange renders its MIME from them on demand, with CRLF line ends, the
``internetMessageId`` as Message-ID, In-Reply-To / References from the message it answers
and the ``x-`` headers given at creation. A draft imported from MIME and never changed
keeps its bytes, like delivered mail. Written independently of mailwatch's own
`providers.mime`, so the fake cannot share a bug with the code under test.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, parsedate_to_datetime

_IDS = re.compile(r"<([^<>\s]+)>")
_RENDER = policy.SMTP.clone(refold_source="none")


def message_ids(value: object) -> list[str]:
    return _IDS.findall(str(value or ""))


def conversation_of(root: str) -> str:
    """A conversationId for the thread whose root Message-ID is `root`."""
    return "AAQkAD" + hashlib.sha1(root.encode("utf-8", "replace")).hexdigest()[:24] + "="


@dataclass
class Parsed:
    """What Exchange learns from a MIME message when it stores it."""

    subject: str = ""
    sender: tuple[str, str] | None = None
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    message_id: str | None = None  # with brackets, as Graph's internetMessageId
    in_reply_to: str | None = None  # bare ids
    references: list[str] = field(default_factory=list)
    date: datetime | None = None
    x_headers: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    html: bool = False
    headers: list[tuple[str, str]] = field(default_factory=list)


def parse(raw: bytes) -> Parsed:
    """Lenient: hostile bytes give an item with empty fields, never an exception."""
    out = Parsed()
    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    except Exception:  # the store accepts anything, as a mail server does
        return out
    out.headers = [(str(k), str(v)) for k, v in msg.items()]
    out.subject = _decoded(msg.get("Subject", ""))
    senders = _pairs(msg.get_all("From", []))
    out.sender = senders[0] if senders else None
    out.to, out.cc = _pairs(msg.get_all("To", [])), _pairs(msg.get_all("Cc", []))
    own = message_ids(msg.get("Message-ID"))
    out.message_id = f"<{own[0]}>" if own else None
    reply = message_ids(msg.get("In-Reply-To"))
    out.in_reply_to = reply[0] if reply else None
    out.references = message_ids(msg.get("References"))
    try:
        out.date = parsedate_to_datetime(str(msg.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        out.date = None
    out.x_headers = [(k, _decoded(v)) for k, v in msg.items() if k.lower().startswith("x-")]
    try:
        modern = BytesParser(policy=policy.default).parsebytes(raw)
        part = modern.get_body(preferencelist=("plain", "html"))
        if part is not None:
            out.text = str(part.get_content())
            out.html = part.get_content_subtype() == "html"
    except Exception:  # an unreadable body is an empty one
        out.text = ""
    return out


def root_of(parsed: Parsed) -> str:
    if parsed.references:
        return parsed.references[0]
    if parsed.in_reply_to:
        return parsed.in_reply_to
    own = message_ids(parsed.message_id)
    return own[0] if own else ""


def _decoded(value: object) -> str:
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(str(value))))
    except Exception:  # undecodable words stay as they came
        return str(value)


def _pairs(values: list[object]) -> list[tuple[str, str]]:
    return [(_decoded(name), addr) for name, addr in getaddresses([str(v) for v in values])
            if addr]


def _fold(ids: list[str]) -> str:
    lines, current = [], ""
    for token in (f"<{i}>" for i in ids):
        if current and len(current) + len(token) > 64:
            lines.append(current)
            current = token
        else:
            current = f"{current} {token}" if current else token
    lines.append(current)
    return "\r\n ".join(lines)


def render(*, owner: tuple[str, str], to: list[tuple[str, str]], cc: list[tuple[str, str]],
           subject: str, date: datetime, message_id: str, in_reply_to: str | None,
           references: list[str], x_headers: list[tuple[str, str]], text: str,
           html: bool) -> bytes:
    """A draft's MIME as Exchange serves it."""
    msg = EmailMessage(policy=_RENDER)
    msg["From"] = Address(display_name=owner[0], addr_spec=owner[1])
    if to:
        msg["To"] = [Address(display_name=n, addr_spec=a) for n, a in to]
    if cc:
        msg["Cc"] = [Address(display_name=n, addr_spec=a) for n, a in cc]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(UTC))
    msg.set_raw("Message-ID", message_id)
    if in_reply_to:
        msg.set_raw("In-Reply-To", f"<{in_reply_to}>")
    if references:
        msg.set_raw("References", _fold(references))
    for name, value in x_headers:
        msg[name] = value
    msg.set_content(text.replace("\r\n", "\n"), subtype="html" if html else "plain",
                    charset="utf-8")
    return msg.as_bytes(policy=_RENDER)
