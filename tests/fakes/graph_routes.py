"""The fake Graph's endpoints: the few mail operations mailwatch's Outlook provider uses.

Each takes the parsed request and the mailbox (lock held) and returns (status, headers,
payload). Query options are checked per endpoint; anything not listed is refused.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from . import graph_calendar
from .graph_rules import (
    GraphFault,
    bad,
    check_params,
    parse_expand,
    parse_filter,
    parse_select,
)
from .graph_store import FakeMailbox

if TYPE_CHECKING:
    from .graph_api import Answer, GraphServer, Traffic

_PAGE = re.compile(r"odata\.maxpagesize=(\d+)")
LIST_FILTERS = ("messageId", "conversation", "extended")


def dispatch(server: GraphServer, mailbox: FakeMailbox, traffic: Traffic, method: str,
             path: str, query: dict[str, str], headers: dict[str, str], body: bytes) -> Answer:
    segments = [unquote(s) for s in path.strip("/").split("/")]
    if segments[:1] != ["me"]:
        raise bad(f"Resource not found for the segment '{segments[0]}'.")
    route = segments[1:]
    if route[:1] and route[0] in graph_calendar.ROOTS:  # the calendar: graph_calendar.py
        return graph_calendar.dispatch(server, mailbox, method, route, path, query, headers)
    match (method, route):
        case ("GET", ["mailFolders", folder]):
            check_params(query, {"$select"})
            name = mailbox.folder(folder)
            return 200, {}, {"id": mailbox.folder_ids[name], "displayName": name}
        case ("GET", ["mailFolders", folder, "messages", "delta"]):
            return _delta(server, mailbox, folder, path, query, headers)
        case ("GET", ["mailFolders", folder, "messages"]):
            return _list(server, mailbox, mailbox.folder(folder), path, query)
        case ("GET", ["messages"]):
            return _list(server, mailbox, None, path, query)
        case ("POST", ["mailFolders", folder, "messages"]):
            return _create(mailbox, traffic, mailbox.folder(folder), headers, body)
        case ("POST", ["messages"]):
            return _create(mailbox, traffic, "drafts", headers, body)
        case ("GET", ["messages", graph_id]):
            check_params(query, {"$select", "$expand"})
            item = mailbox.item(graph_id)
            return 200, {}, mailbox.view(item, parse_select(query.get("$select")),
                                         parse_expand(query.get("$expand")))
        case ("GET", ["messages", graph_id, "$value"]):
            check_params(query, set())
            return 200, {}, mailbox.mime(mailbox.item(graph_id))
        case ("PATCH", ["messages", graph_id]):
            check_params(query, set())
            item = mailbox.patch(graph_id, _json(headers, body))
            return 200, {}, mailbox.view(item, None, None)
        case ("DELETE", ["messages", graph_id]):
            check_params(query, set())
            mailbox.delete(graph_id)
            return 204, {}, None
        case ("POST", ["messages", graph_id, "createReply"]):
            check_params(query, set())
            payload = _json(headers, body) if body else {}
            item = mailbox.create_reply(graph_id, payload)
            _maybe_fail_after_create(traffic)
            return 201, {}, mailbox.view(item, None, None)
    raise bad(f"Resource not found for {method} /{'/'.join(segments)}.")


def _json(headers: dict[str, str], body: bytes) -> Any:
    if "application/json" not in headers.get("content-type", ""):
        raise GraphFault(415, "UnsupportedMediaType", "Content-Type must be application/json.")
    try:
        return json.loads(body)
    except ValueError:
        raise bad("The request body is not valid JSON.", "RequestBodyRead") from None


def _maybe_fail_after_create(traffic: Traffic) -> None:
    """The injected fault of a write that happened although its answer says otherwise."""
    with traffic.lock:
        if traffic.fail_after_create <= 0:
            return
        traffic.fail_after_create -= 1
    raise GraphFault(500, "InternalServerError", "stored, but the answer was lost (injected)")


def _create(mailbox: FakeMailbox, traffic: Traffic, folder: str, headers: dict[str, str],
            body: bytes) -> Answer:
    """Create a message from MIME (base64 text/plain body), as Graph allows; the JSON form
    is not modelled by the fake and is refused loudly."""
    if not headers.get("content-type", "").startswith("text/plain"):
        raise bad("the fake only models creating messages from MIME", "FakeNotModeled")
    try:
        raw = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise bad("Invalid base64 string for MIME content.",
                  "ErrorMimeContentInvalidBase64String") from None
    if not raw.strip():
        raise bad("Invalid base64 string for MIME content.",
                  "ErrorMimeContentInvalidBase64String")
    item = mailbox.create_mime(folder, raw)
    _maybe_fail_after_create(traffic)
    return 201, {}, mailbox.view(item, None, None)


def _list(server: GraphServer, mailbox: FakeMailbox, folder: str | None, path: str,
          query: dict[str, str]) -> Answer:
    check_params(query, {"$filter", "$select", "$expand", "$top", "$skip"})
    flt = parse_filter(query["$filter"], LIST_FILTERS) if "$filter" in query else None
    select, expand = parse_select(query.get("$select")), parse_expand(query.get("$expand"))
    top, skip = _number(query, "$top", mailbox.list_page_size), _number(query, "$skip", 0)
    items = sorted((i for i in mailbox.items.values()
                    if (folder is None or i.folder == folder) and mailbox.matches(i, flt)),
                   key=lambda i: i.seq)
    out: dict[str, Any] = {"@odata.context": "fake#messages",
                           "value": [mailbox.view(i, select, expand)
                                     for i in items[skip : skip + top]]}
    if skip + top < len(items):
        out["@odata.nextLink"] = server.link(path, {**query, "$skip": str(skip + top)})
    return 200, {}, out


def _number(query: dict[str, str], key: str, default: int) -> int:
    value = query.get(key)
    if value is None:
        return default
    if not value.isdigit() or not (0 <= int(value) <= 1000) or (key == "$top" and value == "0"):
        raise bad(f"Invalid value for {key}: {value!r}")
    return int(value)


# ------------------------------------------------------------------ delta


def _delta(server: GraphServer, mailbox: FakeMailbox, folder_arg: str, path: str,
           query: dict[str, str], headers: dict[str, str]) -> Answer:
    folder = mailbox.folder(folder_arg)
    match = _PAGE.search(headers.get("prefer", ""))
    size = min(int(match.group(1)) if match else 10, mailbox.delta_page_size)
    if "$skiptoken" in query:
        check_params(query, {"$skiptoken"})
        state = mailbox.skip_tokens.get(query["$skiptoken"])
        if state is None:
            raise _gone()
    elif "$deltatoken" in query:
        check_params(query, {"$deltatoken"})
        base = mailbox.delta_tokens.get(query["$deltatoken"])
        if base is None:
            raise _gone()
        state = _round(mailbox, base)
    else:
        check_params(query, {"$select", "$filter", "changeType"})
        if query.get("changeType") not in (None, "created", "updated", "deleted"):
            raise bad(f"Invalid changeType: {query['changeType']!r}")
        if "$filter" in query:
            parse_filter(query["$filter"], ("received",))
        parse_select(query.get("$select"))
        base = {"folder": folder, "filter": query.get("$filter"), "select": query.get("$select"),
                "changeType": query.get("changeType"), "watermark": 0}
        state = _round(mailbox, base)
    if state["folder"] != folder:
        raise bad("The token belongs to another folder.", "SyncStateInvalid")
    page, rest = state["entries"][:size], state["entries"][size:]
    select = parse_select(state["select"])
    values = []
    for kind, graph_id in page:
        if kind == "removed":
            values.append({"@odata.type": "#microsoft.graph.message", "id": graph_id,
                           "@removed": {"reason": "deleted"}})
        elif graph_id in mailbox.items and mailbox.items[graph_id].folder == folder:
            values.append(mailbox.view(mailbox.items[graph_id], select, None))
    out: dict[str, Any] = {"@odata.context": "fake#Collection(message)", "value": values}
    if rest:
        token = mailbox.new_token(mailbox.skip_tokens, {**state, "entries": rest})
        out["@odata.nextLink"] = server.link(path, {"$skiptoken": token})
    else:
        done = {k: state[k] for k in ("folder", "filter", "select", "changeType")}
        token = mailbox.new_token(mailbox.delta_tokens, {**done, "watermark": state["next"]})
        out["@odata.deltaLink"] = server.link(path, {"$deltatoken": token})
    return 200, {}, out


def _gone() -> GraphFault:
    return GraphFault(410, "SyncStateNotFound", "The sync state generation was not found; "
                      "resync (resyncRequired).")


def _round(mailbox: FakeMailbox, base: dict[str, Any]) -> dict[str, Any]:
    """Everything that changed in the folder after the base's watermark."""
    folder, mark, kind = base["folder"], base["watermark"], base["changeType"]
    flt = parse_filter(base["filter"], ("received",)) if base["filter"] else None
    entries: list[tuple[str, str]] = []
    for item in sorted(mailbox.items.values(), key=lambda i: i.seq):
        if item.folder != folder or not mailbox.matches(item, flt):
            continue
        created = item.entered > mark
        updated = not created and item.changed > mark
        if (created and kind in (None, "created")) or (updated and kind in (None, "updated")):
            entries.append(("item", item.id))
    if kind in (None, "deleted"):
        entries += [("removed", gid) for f, gid, change in mailbox.departures
                    if f == folder and change > mark]
    return {**base, "entries": entries, "next": mailbox.change}
