"""Draft bytes, and the few header reads every file-based provider needs.

Why a module of its own: Maildir, the in-memory provider and IMAP (APPEND) all store a
draft as RFC 5322 bytes, and all must agree on the marker headers that make the
exactly-once protocol work. Building those bytes in one place means one place to refuse
header injection and one place to get threading headers right.

Two traps this module avoids on purpose:

* `email.policy.default` refolds long ``In-Reply-To`` / ``References`` values into RFC 2047
  encoded-words (a CPython quirk), which silently breaks threading in every client. Message
  ids are therefore written raw (``set_raw``) and folded by hand at whitespace.
* A header value with CR or LF would let mail content (a subject, a name) add headers such as
  ``Bcc:``. Every value is checked before anything is built, so a bad draft writes nothing.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime
from email import policy
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


def _set_addresses(msg: EmailMessage, name: str, values: tuple[str, ...] | list[str]) -> None:
    for value in values:
        check_header_value(name, value)
    if not values:
        return
    msg[name] = ", ".join(values)
    addresses = msg[name].addresses
    if len(addresses) != len(values) or any(not (a.username and a.domain) for a in addresses):
        raise ValueError(f"draft header {name}: not a list of addresses: {', '.join(values)!r}")


def build_draft_bytes(draft: Draft, *, date: datetime, linesep: str = "\n") -> bytes:
    """RFC 5322 text/plain UTF-8 bytes for `draft`, carrying both action markers.

    `date` must be aware (the caller's injected clock). `linesep` is ``"\\n"`` for files
    (Maildir) and ``"\\r\\n"`` for the wire (IMAP APPEND). Raises ValueError, before building
    anything, for header injection, a naive date, a bad action id or a malformed address.
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
    raw = msg.as_bytes(policy=_BUILD_POLICY.clone(linesep=linesep))
    _verify(raw, draft)
    return raw


#: The only headers a draft may carry, each once.
_DRAFT_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                  "references", MARKER_HEADER.lower(), "mime-version", "content-type",
                  "content-transfer-encoding"}


def _verify(raw: bytes, draft: Draft) -> None:
    """Read the built bytes back as a mail client would and refuse them unless they say
    exactly what was meant: no extra header, no extra recipient. The email package
    re-folds and re-decodes values, so checking the inputs alone is not enough."""
    parsed = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    names = [k.lower() for k in parsed]
    if len(names) != len(set(names)) or not set(names) <= _DRAFT_HEADERS:
        raise ValueError("draft refused: its headers came out different from what was meant")
    for name, values in (("from", (draft.from_,)), ("to", draft.to), ("cc", draft.cc)):
        want = _addr_specs(values)
        got = {a.addr_spec.lower() for a in parsed[name].addresses} if parsed[name] else set()
        if got != want:
            raise ValueError(f"draft refused: {name} came out as other addresses")


def _addr_specs(values: tuple[str, ...] | list[str]) -> set[str]:
    return {addr.lower() for _, addr in email.utils.getaddresses(list(values)) if addr}


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
