"""Draft bytes, and the few header reads every file-based provider needs.

Why a module of its own: Maildir, the in-memory provider and IMAP (APPEND) all store a
draft as RFC 5322 bytes, and all must agree on the marker headers that make the
exactly-once protocol work. Building those bytes in one place means one place to refuse
header injection and one place to get threading headers right.

Three traps this module avoids on purpose:

* `email.policy.default` refolds long ``In-Reply-To`` / ``References`` values into RFC 2047
  encoded-words (a CPython quirk), which silently breaks threading in every client. Message
  ids are therefore written raw (``set_raw``) and folded by hand at whitespace.
* A header value with CR or LF would let mail content (a subject, a name) add headers such as
  ``Bcc:``. Every value is checked before anything is built, so a bad draft writes nothing.
* A display name is mail content too, and the email package decodes encoded words even
  inside quotes. Address headers are therefore built from `headerregistry.Address` objects
  (the package then quotes or encodes the name itself) from a name cleaned of control
  characters and of ``=?``; then the built bytes are read back and refused unless they say
  exactly what was meant, which stays the safety net for whatever slips past the rest.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime
from email import policy
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.message import Message as Compat32Message
from email.parser import BytesParser

from mailwatch.providers.base import (
    MARKER_HEADER,
    Draft,
    action_from_message_id,
    marker_message_id,
)
from mailwatch.providers.peek import (  # noqa: F401 - re-exported: callers read them here
    MAX_HEADER_BYTES,
    read_header_block,
)

#: Serialise as-is what we set raw (ids are folded by hand); everything else folds normally.
_BUILD_POLICY = policy.default.clone(refold_source="none")
_FORBIDDEN = ("\r", "\n", "\0")
#: Action ids become the left part of a Message-ID and a header value: keep them atom-safe.
_ACTION_ID_RE = re.compile(r"^[A-Za-z0-9._=+-]{1,200}$")
_MSGID_RE = re.compile(r"<([^<>\s]+)>")
#: C0 and C1 controls (CR, LF, NUL among them) and the Unicode line and paragraph
#: separators: some clients break a header line at any of them.
#: The longest display name written, counted quoted and escaped: it always fits on one
#: header line with "From: " before it (see `clean_display_name`).
MAX_NAME = 64
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_header_value(name: str, value: str) -> str:
    """Return `value`, or raise ValueError when it could inject a header."""
    if any(c in value for c in _FORBIDDEN):
        raise ValueError(f"draft header {name} contains CR, LF or NUL: {value[:60]!r}")
    return value


def _check_msg_id(name: str, value: str) -> str:
    check_header_value(name, value)
    if not value or any(c in value for c in "<> \t"):
        raise ValueError(f"draft header {name}: not a bare message id: {value[:60]!r}")
    return value


def _fold_ids(ids: list[str], width: int = 78) -> str:
    """``<a> <b> …`` folded at whitespace only, so no id is ever split or encoded."""
    lines: list[str] = []
    current = ""
    for token in (f"<{i}>" for i in ids):
        if current and len(current) + 1 + len(token) > width - len("References: "):
            lines.append(current)
            current = token
        else:
            current = f"{current} {token}" if current else token
    lines.append(current)
    return "\n ".join(lines)


def clean_display_name(name: str) -> str:
    """`name` fit to be a display name: controls become spaces, ``=?`` loses its meaning.

    Why clean rather than refuse: a name comes from the employer's mail (a From header, an
    ICS attendee), and a stray LF or NUL there should not cost the user a thank-you. Why
    ``=?``: the email package decodes an encoded word wherever it finds one, quoted or not,
    so a name holding ``=?utf-8?q?x=0D=0ABcc:…?=`` would turn back into a line break.
    Why shortened to MAX_NAME: a quoted name too long for one line is folded by the email
    package without its quotes (CPython's folder), so its ``,`` or ``<…>`` would become
    another recipient; the re-read check would refuse such a draft, the cap keeps it.
    """
    name = " ".join(_NAME_CONTROLS.sub(" ", name).replace("=?", "= ?").split())
    while _quoted_length(name) > MAX_NAME:
        name = name[:-1].rstrip()
    return name


def _quoted_length(name: str) -> int:
    return len(name) + name.count('"') + name.count("\\") + 2


def format_address(name: str | None, addr: str) -> str:
    """One formatted address for a `Draft` (``"name" <addr>``, or ``addr`` alone).

    The name is cleaned and always quoted, never RFC 2047-encoded: `build_draft_bytes` and
    the Graph provider read it back with `email.utils.getaddresses`, which unquotes but does
    not decode, so the name arrives as the text it was.
    """
    name = clean_display_name(name or "")
    if not name:
        return addr
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'


def _address(header: str, value: str) -> Address:
    """One formatted address as an `Address`; ValueError unless it is exactly one address.

    Raw CR/LF/NUL are refused (the caller formats with `format_address`, which cleans them),
    so an injected line is never silently turned into something else."""
    check_header_value(header, value)
    pairs = email.utils.getaddresses([value])
    if len(pairs) != 1 or not pairs[0][1]:
        raise ValueError(f"draft header {header}: not one address: {value[:60]!r}")
    name, addr = pairs[0]
    try:
        address = Address(display_name=clean_display_name(name), addr_spec=addr)
    except (ValueError, MessageError, IndexError) as exc:  # HeaderParseError is not a ValueError
        raise ValueError(f"draft header {header}: not an address: {value[:60]!r}") from exc
    if not (address.username and address.domain):
        raise ValueError(f"draft header {header}: not an address: {value[:60]!r}")
    return address


def _set_addresses(msg: EmailMessage, name: str, values: tuple[str, ...] | list[str]) -> None:
    addresses = tuple(_address(name, value) for value in values)
    if addresses:
        msg[name] = addresses


def build_draft_bytes(draft: Draft, *, date: datetime, linesep: str = "\n") -> bytes:
    """RFC 5322 text/plain UTF-8 bytes for `draft`, carrying both action markers.

    `date` must be aware (the caller's injected clock). `linesep` is ``"\\n"`` for files
    (Maildir) and ``"\\r\\n"`` for the wire (IMAP APPEND). Raises ValueError (and only
    ValueError, which `act` reports as a refused draft) before any byte reaches a mailbox:
    for header injection, a naive date, a bad action id, a malformed address, or bytes
    that read back as anything but the intended headers (`_verify`).
    """
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("draft Date must be timezone-aware")
    if not _ACTION_ID_RE.match(draft.action_id):
        raise ValueError(f"action id is not header-safe: {draft.action_id[:60]!r}")
    check_header_value("Subject", draft.subject)
    if "\0" in draft.body:
        raise ValueError("draft body contains NUL")
    in_reply_to = _check_msg_id("In-Reply-To", draft.in_reply_to) if draft.in_reply_to else None
    references = [_check_msg_id("References", r) for r in draft.references]

    try:
        raw = _build(draft, date, in_reply_to, references, linesep)
        _verify(raw, draft)
    except (MessageError, IndexError, AttributeError) as exc:
        # The email package failing on hostile values (HeaderParseError is no ValueError):
        # the same answer as any other refusal, so `act` reports it and moves on.
        raise ValueError(f"draft refused: {exc.__class__.__name__}: {exc}") from exc
    return raw


def _build(draft: Draft, date: datetime, in_reply_to: str | None, references: list[str],
           linesep: str) -> bytes:
    msg = EmailMessage(policy=_BUILD_POLICY)
    _set_addresses(msg, "From", (draft.from_,))
    _set_addresses(msg, "To", draft.to)
    _set_addresses(msg, "Cc", draft.cc)
    # "=?" would let an employer's subject smuggle an encoded word that decodes to a
    # line break and a header of its own; a space keeps the text and kills the syntax.
    msg["Subject"] = draft.subject.replace("=?", "= ?")
    msg["Date"] = date
    msg.set_raw("Message-ID", f"<{marker_message_id(draft.action_id)}>")
    if in_reply_to:
        msg.set_raw("In-Reply-To", f"<{in_reply_to}>")
    if references:
        msg.set_raw("References", _fold_ids(references))
    msg.set_raw(MARKER_HEADER, draft.action_id)
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n")
    msg.set_content(body, subtype="plain", charset="utf-8")  # also adds MIME-Version: 1.0
    return msg.as_bytes(policy=_BUILD_POLICY.clone(linesep=linesep))


#: The only headers a draft may carry, each once.
_DRAFT_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                  "references", MARKER_HEADER.lower(), "mime-version", "content-type",
                  "content-transfer-encoding"}


def _verify(raw: bytes, draft: Draft) -> None:
    """Read the built bytes back as a mail client would and refuse them unless they say
    exactly what was meant: no extra header, no extra recipient, no display name that
    decodes to something else (a line break, another address). The email package re-folds
    and re-decodes values, so checking the inputs alone is not enough."""
    parsed = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    names = [k.lower() for k in parsed]
    if len(names) != len(set(names)) or not set(names) <= _DRAFT_HEADERS:
        raise ValueError("draft refused: its headers came out different from what was meant")
    for name, values in (("from", (draft.from_,)), ("to", draft.to), ("cc", draft.cc)):
        want = sorted(_compared(a) for a in (_address(name, v) for v in values))
        got = sorted(_compared(a) for a in parsed[name].addresses) if parsed[name] else []
        if got != want:
            raise ValueError(f"draft refused: {name} came out as other addresses")
        if parsed[name] and any(_NAME_CONTROLS.search(a.display_name)
                                for a in parsed[name].addresses):
            raise ValueError(f"draft refused: a name in {name} came out holding a line break")


def _compared(address: Address) -> tuple[str, str]:
    """What must survive a round trip: the address, and the name up to whitespace (a long
    name is split into several encoded words, which the email package reads back with
    spaces between them)."""
    return address.addr_spec.lower(), "".join(address.display_name.split())


def draft_body_text(raw: bytes) -> str:
    """The text/plain body of a (possibly user-edited) draft, decoded; "" when it has none.

    Used to hash the draft again: a client that rewrote the draft as HTML-only yields ""
    and so hashes as EDITED, which is the safe answer.
    """
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    part = msg.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError):  # unknown charset, broken encoding
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


# ------------------------------------------------------------------ header-only reads


def parse_headers(block: bytes) -> Compat32Message:
    """A lenient parse (compat32: never raises on hostile headers) of a header block."""
    return BytesParser(policy=policy.compat32).parsebytes(block, headersonly=True)


def first_msg_id(value: object) -> str | None:
    """The first ``<id>`` in a header value, without brackets."""
    if value is None:
        return None
    match = _MSGID_RE.search(str(value))
    return match.group(1) if match else None


def carries_marker(headers: Compat32Message, action_id: str) -> bool:
    """True when the message is the draft of `action_id` by either marker."""
    if first_msg_id(headers.get("Message-ID")) == marker_message_id(action_id):
        return True
    return str(headers.get(MARKER_HEADER, "")).strip() == action_id


def marker_action(headers: Compat32Message) -> str | None:
    """The action id a message is marked with (X-Mailwatch-Action first), or None."""
    action = str(headers.get(MARKER_HEADER, "")).strip()
    if action:
        return action
    return action_from_message_id(first_msg_id(headers.get("Message-ID")))


def thread_root(headers: Compat32Message) -> str | None:
    """Thread id for servers without threads: the root of References, else In-Reply-To,
    else the message's own id (see the terminology in base.py)."""
    for name in ("References", "In-Reply-To", "Message-ID"):
        found = first_msg_id(headers.get(name))
        if found:
            return found
    return None
