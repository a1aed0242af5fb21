"""The Gmail API methods the fake serves, on top of `gmail_store.Mailbox`.

One function per method, named by its discovery id. Each gets the typed query parameters
(already checked against the discovery document), the path parameters and the JSON body,
and returns (status, JSON). Anything the fake does not implement (``format=full``,
``labelIds`` filters, ``fields=`` partial responses, …) is refused with a 400 that says
so, never silently ignored.
"""

from __future__ import annotations

import re
from typing import Any

from .gmail_schema import Invalid, check_body, decode_bytes, encode_bytes
from .gmail_store import Mailbox, StoredMessage, decoded

MAX_PAGE = 500


class ApiError(Exception):
    """An error reply in Google's JSON error format."""

    STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
              404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL",
              503: "UNAVAILABLE"}

    def __init__(self, code: int, message: str, reason: str = "", domain: str = "global"):
        super().__init__(message)
        self.code, self.message = code, message
        self.reason = reason or {400: "invalidArgument", 401: "authError",
                                 404: "notFound"}.get(code, "backendError")
        self.domain = domain

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message,
                          "errors": [{"message": self.message, "domain": self.domain,
                                      "reason": self.reason}],
                          "status": self.STATUS.get(self.code, "UNKNOWN")}}


def _refuse_unimplemented(query: dict[str, Any], *names: str) -> None:
    for name in ("fields", "callback", "alt", *names):
        if name in query and not (name == "alt" and query[name] == "json"):
            raise ApiError(400, f"the fake Gmail does not implement {name}=")


def _page(items: list[Any], query: dict[str, Any], default: int = 100
          ) -> tuple[list[Any], str | None]:
    size = min(query.get("maxResults", default) or default, MAX_PAGE)
    token = query.get("pageToken")
    start = 0
    if token is not None:
        if not re.match(r"^p\d+$", token):
            raise ApiError(400, "Invalid pageToken")
        start = int(token[1:])
    chunk = items[start:start + size]
    more = start + size < len(items)
    return chunk, f"p{start + size}" if more else None


def message_json(msg: StoredMessage, fmt: str, wanted: list[str] | None = None
                 ) -> dict[str, Any]:
    out: dict[str, Any] = {**msg.brief(), "snippet": "", "sizeEstimate": len(msg.raw),
                           "historyId": str(msg.history_id),
                           "internalDate": str(msg.internal_ms)}
    if fmt == "raw":
        out["raw"] = encode_bytes(msg.raw)
    elif fmt == "metadata":
        names = {n.lower() for n in wanted or []}
        head = msg.headers
        pairs = [{"name": k, "value": " ".join(decoded(v).split())} for k, v in head.items()
                 if not names or k.lower() in names]
        out["payload"] = {"partId": "", "mimeType": head.get_content_type(), "filename": "",
                          "headers": pairs, "body": {"size": 0}}
    elif fmt != "minimal":
        raise ApiError(400, f"the fake Gmail does not implement format={fmt}")
    check_body("Message", out)
    return out


def _message(box: Mailbox, mid: str) -> StoredMessage:
    msg = box.messages.get(mid)
    if msg is None:
        raise ApiError(404, "Requested entity was not found.")
    return msg


def _draft_json(box: Mailbox, did: str, fmt: str | None = None) -> dict[str, Any]:
    msg = box.messages[box.drafts[did]]
    inner = message_json(msg, fmt) if fmt else msg.brief(labels=False)
    return {"id": did, "message": inner}


# ------------------------------------------------------------------ the methods


def get_profile(box: Mailbox, q: dict[str, Any], _body: Any) -> dict[str, Any]:
    _refuse_unimplemented(q)
    threads = {m.thread_id for m in box.messages.values()}
    return {"emailAddress": box.address, "messagesTotal": len(box.messages),
            "threadsTotal": len(threads), "historyId": str(box.history_id)}


def messages_list(box: Mailbox, q: dict[str, Any], _body: Any) -> dict[str, Any]:
    _refuse_unimplemented(q, "labelIds")
    found = box.search(q.get("q"), spam_trash=q.get("includeSpamTrash", False))
    chunk, token = _page(found, q)
    out: dict[str, Any] = {"resultSizeEstimate": len(found)}
    if chunk:
        out["messages"] = [m.brief(labels=False) for m in chunk]
    if token:
        out["nextPageToken"] = token
    return out


def messages_get(box: Mailbox, q: dict[str, Any], _body: Any, id: str) -> dict[str, Any]:
    _refuse_unimplemented(q)
    fmt = q.get("format", "full")
    if q.get("metadataHeaders") and fmt != "metadata":
        raise ApiError(400, "metadataHeaders is only allowed with format=metadata")
    return message_json(_message(box, id), fmt, q.get("metadataHeaders"))


def history_list(box: Mailbox, q: dict[str, Any], _body: Any) -> dict[str, Any]:
    _refuse_unimplemented(q, "labelId")
    if "startHistoryId" not in q:
        raise ApiError(400, "Missing startHistoryId")
    start = int(q["startHistoryId"])
    if start < box.oldest_kept:
        raise ApiError(404, "Requested entity was not found.")
    kinds = set(q.get("historyTypes") or ["messageAdded", "messageDeleted", "labelAdded",
                                           "labelRemoved"])
    records = []
    for rec in box.history:
        if rec.id <= start or rec.kind not in kinds:
            continue
        current = box.messages.get(rec.message["id"])
        message = current.brief() if current is not None else dict(rec.message)
        entry: dict[str, Any] = {"id": str(rec.id), "messages": [dict(rec.message)]}
        if rec.kind in ("messageAdded", "messageDeleted"):
            entry[rec.kind.replace("message", "messages")] = [{"message": message}]
        else:
            entry[rec.kind.replace("label", "labels")] = [{"message": message,
                                                           "labelIds": list(rec.labels)}]
        records.append(entry)
    chunk, token = _page(records, q)
    out: dict[str, Any] = {"historyId": str(box.history_id)}
    if chunk:
        out["history"] = chunk
    if token:
        out["nextPageToken"] = token
    check_body("ListHistoryResponse", out)
    return out


def threads_get(box: Mailbox, q: dict[str, Any], _body: Any, id: str) -> dict[str, Any]:
    _refuse_unimplemented(q)
    fmt = q.get("format", "full")
    members = box.thread(id)
    if not members:
        raise ApiError(404, "Requested entity was not found.")
    return {"id": id, "historyId": str(max(m.history_id for m in members)),
            "messages": [message_json(m, fmt, q.get("metadataHeaders")) for m in members]}


def drafts_create(box: Mailbox, q: dict[str, Any], body: Any, *, strict: bool
                  ) -> dict[str, Any]:
    """Gmail stores the raw message as a DRAFT in the thread named by ``threadId`` when
    the draft's In-Reply-To/References and Subject fit that thread; otherwise it quietly
    starts a new thread. In strict mode (the default) the fake refuses such a draft with
    400 instead, so a threading bug fails a test rather than passing unnoticed."""
    _refuse_unimplemented(q, "uploadType")
    try:
        check_body("Draft", body, "draft")
    except Invalid as exc:
        raise ApiError(400, str(exc)) from None
    message = body.get("message") or {}
    if "raw" not in message or set(message) - {"raw", "threadId"}:
        raise ApiError(400, "a draft needs message.raw (and optionally message.threadId) "
                            f"only, got {sorted(message)}")
    raw = decode_bytes(message["raw"], "draft.message.raw")
    thread_id = message.get("threadId")
    if thread_id is not None:
        problem = box.threading_problem(thread_id, raw)
        if problem and strict:
            raise ApiError(400, f"fake Gmail (strict threading): {problem}")
        if problem:
            thread_id = None
    msg = box.add(raw, {"DRAFT"}, thread_id=thread_id)
    did = f"r-{next(box._draft_ids)}"  # type: ignore[call-overload]
    box.drafts[did] = msg.id
    if box.search_lag:
        box.unindexed.add(msg.id)
    return {"id": did, "message": msg.brief()}


def drafts_list(box: Mailbox, q: dict[str, Any], _body: Any) -> dict[str, Any]:
    _refuse_unimplemented(q)
    pool = [box.messages[mid] for mid in box.drafts.values()]
    found = {m.id for m in box.search(q.get("q"), pool=pool,
                                      spam_trash=q.get("includeSpamTrash", False))}
    ids = [did for did, mid in sorted(box.drafts.items(), reverse=True) if mid in found]
    chunk, token = _page(ids, q)
    out: dict[str, Any] = {"resultSizeEstimate": len(ids)}
    if chunk:
        out["drafts"] = [_draft_json(box, did) for did in chunk]
    if token:
        out["nextPageToken"] = token
    return out


def drafts_get(box: Mailbox, q: dict[str, Any], _body: Any, id: str) -> dict[str, Any]:
    _refuse_unimplemented(q)
    if id not in box.drafts:
        raise ApiError(404, "Requested entity was not found.")
    return _draft_json(box, id, q.get("format", "full"))


def drafts_delete(box: Mailbox, q: dict[str, Any], _body: Any, id: str) -> None:
    _refuse_unimplemented(q)
    if id not in box.drafts:
        raise ApiError(404, "Requested entity was not found.")
    box.remove(box.drafts.pop(id))


#: (HTTP method, path below gmail/v1/users/{userId}/, discovery id, handler)
ROUTES: list[tuple[str, re.Pattern[str], str, Any]] = [
    ("GET", re.compile(r"^profile$"), "gmail.users.getProfile", get_profile),
    ("GET", re.compile(r"^messages$"), "gmail.users.messages.list", messages_list),
    ("GET", re.compile(r"^messages/(?P<id>[^/]+)$"), "gmail.users.messages.get",
     messages_get),
    ("GET", re.compile(r"^history$"), "gmail.users.history.list", history_list),
    ("GET", re.compile(r"^threads/(?P<id>[^/]+)$"), "gmail.users.threads.get", threads_get),
    ("POST", re.compile(r"^drafts$"), "gmail.users.drafts.create", drafts_create),
    ("GET", re.compile(r"^drafts$"), "gmail.users.drafts.list", drafts_list),
    ("GET", re.compile(r"^drafts/(?P<id>[^/]+)$"), "gmail.users.drafts.get", drafts_get),
    ("DELETE", re.compile(r"^drafts/(?P<id>[^/]+)$"), "gmail.users.drafts.delete",
     drafts_delete),
]
