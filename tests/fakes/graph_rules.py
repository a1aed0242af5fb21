"""What the fake Graph accepts, and the errors it gives for everything else.

Graph rejects unknown properties, misplaced ones and malformed values with 400; the
fake does the same, from the message resource's documented writable properties. Where
Graph would accept something the fake does not model, the fake answers 400
``FakeNotModeled`` rather than pretending: a test can never pass by a request the fake
silently ignored. The same goes for OData query options: only the exact ``$filter``,
``$select`` and ``$expand`` forms mailwatch uses are understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class GraphFault(Exception):
    """An error answer: HTTP status, Graph error code and message (and extra headers)."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message,
                          "innerError": {"request-id": "fake", "date": "2026-11-01T00:00:00"}}}


def bad(message: str, code: str = "BadRequest") -> GraphFault:
    return GraphFault(400, code, message)


#: The message resource's properties a client may read with $select.
READABLE = frozenset({
    "id", "subject", "body", "bodyPreview", "uniqueBody", "receivedDateTime", "sentDateTime",
    "createdDateTime", "lastModifiedDateTime", "internetMessageId", "conversationId",
    "conversationIndex", "isRead", "isDraft", "parentFolderId", "from", "sender",
    "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "hasAttachments",
    "internetMessageHeaders", "importance", "categories", "flag", "webLink", "changeKey",
    "inferenceClassification", "isDeliveryReceiptRequested", "isReadReceiptRequested",
})
#: Writable on create and update (Graph "Update message").
WRITABLE = frozenset({
    "bccRecipients", "body", "categories", "ccRecipients", "flag", "from", "importance",
    "inferenceClassification", "internetMessageId", "isDeliveryReceiptRequested", "isRead",
    "isReadReceiptRequested", "multiValueExtendedProperties", "replyTo", "sender",
    "singleValueExtendedProperties", "subject", "toRecipients",
})
CREATE_ONLY = frozenset({"internetMessageHeaders"})  # "add custom headers only when creating"
DRAFT_ONLY = frozenset({"body", "subject", "internetMessageId", "replyTo"})
MODELED = frozenset({"body", "subject", "toRecipients", "ccRecipients", "internetMessageId",
                     "isRead", "singleValueExtendedProperties", "internetMessageHeaders"})

_STRING = r"'((?:[^']|'')*)'"
_EXT_ID = re.compile(r"^String \{([0-9a-fA-F-]{36})\} Name ([A-Za-z0-9_]+)$")
_HEADER_NAME = re.compile(r"^[!-9;-~]+$")  # printable ASCII without ':'
_MSG_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")


def unquote(literal: str) -> str:
    return literal.replace("''", "'")


def ext_key(prop_id: str) -> tuple[str, str]:
    """How Exchange compares extended property ids: GUID case-insensitive, name exact."""
    match = _EXT_ID.match(prop_id)
    if not match:
        raise bad(f"The extended property id '{prop_id}' is not valid.", "ErrorInvalidProperty")
    return match.group(1).lower(), match.group(2)


def _recipients(key: str, value: Any) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise bad(f"{key} must be a collection", "RequestBodyRead")
    out = []
    for entry in value:
        address = entry.get("emailAddress") if isinstance(entry, dict) else None
        if not (isinstance(address, dict) and set(entry) == {"emailAddress"}
                and set(address) <= {"address", "name"}
                and isinstance(address.get("address"), str) and "@" in address["address"]
                and isinstance(address.get("name", ""), str)):
            raise bad(f"Invalid recipient in {key}: {entry!r:.80}", "ErrorInvalidRecipients")
        out.append((address.get("name", ""), address["address"]))
    return out


def check_message(body: Any, *, creating: bool, is_draft: bool) -> dict[str, Any]:
    """A validated message patch: property -> value in the fake's own terms."""
    if not isinstance(body, dict):
        raise bad("The request body must be a JSON object.", "RequestBodyRead")
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key == "@odata.type" and value == "#microsoft.graph.message":
            continue
        if key not in WRITABLE | CREATE_ONLY:
            raise bad(f"Could not find a property named '{key}' on type "
                      "'microsoft.graph.message'.", "RequestBodyRead")
        if key in CREATE_ONLY and not creating:
            raise bad(f"{key} can only be set when the message is created.",
                      "ErrorInvalidPropertyUpdate")
        if key in DRAFT_ONLY and not is_draft:
            raise bad(f"{key} can only be updated on a draft.",
                      "ErrorInvalidPropertyUpdateSentMessage")
        if key not in MODELED:
            raise bad(f"the fake does not model '{key}'", "FakeNotModeled")
        out[key] = _value(key, value)
    return out


def _value(key: str, value: Any) -> Any:
    if key == "subject":
        if not isinstance(value, str) or any(c in value for c in "\r\n"):
            raise bad("subject must be a single-line string", "RequestBodyRead")
        return value
    if key == "body":
        if not (isinstance(value, dict) and set(value) <= {"contentType", "content"}
                and str(value.get("contentType", "text")).lower() in ("text", "html")
                and isinstance(value.get("content", ""), str)):
            raise bad("body must be an itemBody {contentType, content}", "RequestBodyRead")
        return (str(value.get("contentType", "text")).lower() == "html", value.get("content", ""))
    if key in ("toRecipients", "ccRecipients"):
        return _recipients(key, value)
    if key == "internetMessageId":
        if not (isinstance(value, str) and _MSG_ID.match(value)):
            raise bad("internetMessageId must look like <local@domain>", "ErrorInvalidProperty")
        return value
    if key == "isRead":
        if not isinstance(value, bool):
            raise bad("isRead must be a boolean", "RequestBodyRead")
        return value
    if key == "singleValueExtendedProperties":
        if not isinstance(value, list):
            raise bad("singleValueExtendedProperties must be a collection", "RequestBodyRead")
        props = {}
        for entry in value:
            if not (isinstance(entry, dict) and set(entry) == {"id", "value"}
                    and isinstance(entry["id"], str) and isinstance(entry["value"], str)):
                raise bad(f"Invalid extended property: {entry!r:.80}", "ErrorInvalidProperty")
            props[ext_key(entry["id"])] = (entry["id"], entry["value"])
        return props
    # internetMessageHeaders
    if not isinstance(value, list):
        raise bad("internetMessageHeaders must be a collection", "RequestBodyRead")
    headers = []
    for entry in value:
        if not (isinstance(entry, dict) and set(entry) == {"name", "value"}
                and isinstance(entry["name"], str) and isinstance(entry["value"], str)
                and _HEADER_NAME.match(entry["name"])
                and not any(c in entry["value"] for c in "\r\n\0")):
            raise bad(f"Invalid internet message header: {entry!r:.80}",
                      "InvalidInternetMessageHeader")
        if not entry["name"].lower().startswith("x-"):
            raise bad(f"The internet message header name '{entry['name']}' should start with "
                      "'x-' or 'X-'.", "InvalidInternetMessageHeader")
        headers.append((entry["name"], entry["value"]))
    return headers


# ------------------------------------------------------------------ OData query options


@dataclass(frozen=True)
class Filter:
    kind: str  # "received" | "messageId" | "conversation" | "extended"
    args: tuple[Any, ...]


_FILTERS: list[tuple[str, re.Pattern[str]]] = [
    ("received", re.compile(r"^receivedDateTime (ge|gt) (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$")),
    ("messageId", re.compile(rf"^internetMessageId eq {_STRING}$")),
    ("conversation", re.compile(rf"^conversationId eq {_STRING}$")),
    ("extended", re.compile(rf"^singleValueExtendedProperties/Any\(ep: ep/id eq {_STRING} "
                            rf"and ep/value eq {_STRING}\)$")),
]


def parse_filter(text: str, allowed: tuple[str, ...]) -> Filter:
    """One of the filter forms this endpoint takes, or 400 (loudly: tests must not pass
    with a filter the fake did not apply)."""
    for kind, pattern in _FILTERS:
        match = pattern.match(text)
        if match and kind in allowed:
            if kind == "received":
                when = datetime.fromisoformat(match.group(2).replace("Z", "+00:00"))
                return Filter(kind, (match.group(1), when))
            if kind == "extended":
                return Filter(kind, (ext_key(unquote(match.group(1))), unquote(match.group(2))))
            return Filter(kind, (unquote(match.group(1)),))
    raise bad(f"unsupported $filter here: {text!r}", "ErrorInvalidUrlQueryFilter")


def parse_select(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    names = frozenset(n.strip() for n in text.split(","))
    unknown = sorted(names - READABLE)
    if unknown:
        raise bad(f"Could not find a property named '{unknown[0]}' on type "
                  "'microsoft.graph.message'.", "RequestBroker--ParseUri")
    return names


_EXPAND = re.compile(rf"^singleValueExtendedProperties\(\$filter=id eq {_STRING}\)$")


def parse_expand(text: str | None) -> tuple[str, str] | None:
    if text is None:
        return None
    match = _EXPAND.match(text)
    if not match:
        raise bad(f"unsupported $expand: {text!r}", "BadRequest")
    return ext_key(unquote(match.group(1)))


def check_params(params: dict[str, str], allowed: set[str]) -> None:
    for key in params:
        if key not in allowed:
            raise bad(f"Query option '{key}' is not allowed here.", "BadRequest")

