"""The Google Calendar API (v3) behind the fake Gmail server: the primary calendar's events.

The Gmail provider reads events through the real google-api-python-client with the
endpoint ``<fake>/calendar/v3/`` (API-NOTES), so `FakeGmail` hands every request whose
path starts ``/calendar/v3/`` to `FakeCalendar.call`. Strict like the Gmail fake:

* query parameters are checked against the discovery document the client library ships
  (``calendar.v3.json``): unknown names, wrong types and bad enums answer 400, and so do
  the combinations Google refuses: ``syncToken`` with ``timeMin``, ``timeMax``,
  ``updatedMin``, ``iCalUID``, ``orderBy``, ``q`` or an extended-property filter, and
  ``showDeleted=false`` with a sync token. Responses are checked against the schemas;
* what the fake does not model (``singleEvents=true``, ``q``, ``fields``, …) is refused
  with a 400 that says so, never ignored;
* a full listing's last page carries ``nextSyncToken``; a listing with that token answers
  every event changed since, wherever it lies in time, deletions included. An event its
  organizer deleted is, as Google guarantees for attendees, only its id and
  ``status: cancelled``. `expire_sync_tokens` makes every token answer 410
  ``fullSyncRequired``;
* `granted = False` stands for a token without the calendar scope (403
  ``insufficientPermissions``).

Test helpers stand for the world's side: an invitation arriving in the calendar, the
organizer moving (SEQUENCE + 1) or deleting it.
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, parse_qs, unquote
from zoneinfo import ZoneInfo

import googleapiclient

from .gmail_methods import ApiError
from .gmail_schema import _DIGITS, Invalid, _scalar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .gmail_api import FakeGmail

PREFIX = "/calendar/v3/"
DOCUMENT = (Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"
            / "calendar.v3.json")
MAX_RESULTS = 2500
NOT_WITH_SYNC = ("timeMin", "timeMax", "updatedMin", "iCalUID", "orderBy", "q",
                 "privateExtendedProperty", "sharedExtendedProperty")
NOT_MODELED = ("q", "iCalUID", "orderBy", "updatedMin", "eventTypes", "timeZone",
               "maxAttendees", "alwaysIncludeEmail", "showHiddenInvitations",
               "privateExtendedProperty", "sharedExtendedProperty", "fields", "callback")
_RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
_EVENTS = re.compile(r"^calendars/(?P<cal>[^/]+)/events(?:/(?P<eid>[^/]+))?$")


@cache
def document() -> dict[str, Any]:
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


def check_query(method: str, query: dict[str, list[str]]) -> dict[str, Any]:
    """Typed query parameters of ``calendar.events.<method>``; Invalid otherwise."""
    spec = document()["resources"]["events"]["methods"][method]["parameters"]
    shared = document()["parameters"]
    out: dict[str, Any] = {}
    for name, values in query.items():
        param = spec.get(name) or shared.get(name)
        if param is None or param.get("location") != "query":
            raise Invalid(f"Unknown name \"{name}\": Cannot bind query parameter.")
        if len(values) > 1 and not param.get("repeated"):
            raise Invalid(f"parameter {name} given {len(values)} times but is not repeated")
        if param.get("format") == "date-time" and not all(map(_RFC3339.match, values)):
            raise Invalid(f"Bad Request: {name} must be RFC 3339 with a zone offset")
        typed = [_scalar(name, param, v) for v in values]
        out[name] = typed if param.get("repeated") else typed[0]
    return out


def check_resource(schema: str, value: Any, where: str = "") -> None:
    """Raise Invalid unless `value` fits the named calendar schema (no unknown fields)."""
    _check(document()["schemas"][schema], value, where or schema)


def _check(spec: dict[str, Any], value: Any, where: str) -> None:
    if "$ref" in spec:
        spec = document()["schemas"][spec["$ref"]]
    kind = spec.get("type")
    if kind == "object" and "properties" in spec:
        if not isinstance(value, dict):
            raise Invalid(f"{where}: expected an object")
        for key, item in value.items():
            if key not in spec["properties"]:
                raise Invalid(f"{where}: unknown field {key!r}")
            _check(spec["properties"][key], item, f"{where}.{key}")
    elif kind == "array":
        if not isinstance(value, list):
            raise Invalid(f"{where}: expected a list")
        for i, item in enumerate(value):
            _check(spec["items"], item, f"{where}[{i}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise Invalid(f"{where}: expected a string, got {value!r}")
        if spec.get("format") == "date-time" and not _RFC3339.match(value):
            raise Invalid(f"{where}: not RFC 3339: {value!r}")
        if spec.get("format") in ("int64", "uint64") and not _DIGITS.match(value):
            raise Invalid(f"{where}: not an integer string: {value!r}")
    elif kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        raise Invalid(f"{where}: expected an integer, got {value!r}")
    elif kind == "boolean" and not isinstance(value, bool):
        raise Invalid(f"{where}: expected a boolean, got {value!r}")


def rfc3339(when: datetime, zone: str | None = None) -> str:
    """As Google writes times: local time with offset, or UTC with milliseconds."""
    if zone:
        return when.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class StoredEvent:
    data: dict[str, Any]  # the resource as Google shows it while the event exists
    change: int
    start: datetime
    end: datetime
    deleted: bool = False

    def resource(self) -> dict[str, Any]:
        if self.deleted:  # all an attendee's copy keeps once the organizer deleted it
            return {"kind": "calendar#event", "etag": self.data["etag"],
                    "id": self.data["id"], "status": "cancelled"}
        return self.data


class FakeCalendar:
    """The primary calendar of the fake Gmail account."""

    def __init__(self, address: str, zone: str = "Africa/Johannesburg") -> None:
        self.address, self.zone = address, zone
        self.lock = threading.RLock()
        self.events: dict[str, StoredEvent] = {}
        self.change = 0
        self.tokens: dict[str, int] = {}  # sync token -> change mark
        self.pages: dict[str, dict[str, Any]] = {}  # page token -> rest of a listing
        self.page_limit = 250
        self.granted = True
        self._ids = itertools.count(1)

    # -- the world's side --------------------------------------------------------------

    def add_event(self, summary: str, start: datetime, end: datetime, *,
                  organizer: tuple[str, str], attendees: list[tuple[str, str]] = (),
                  description: str = "", location: str | None = None,
                  uid: str | None = None, sequence: int = 0, zone: str | None = None,
                  updated: datetime | None = None, user_response: str = "needsAction",
                  rooms: list[tuple[str, str]] = (), extra: dict[str, Any] | None = None
                  ) -> str:
        """An invitation landing in the user's calendar; returns its event id."""
        with self.lock:
            eid = f"{next(self._ids):04d}{secrets.token_hex(6)}"
            zone = zone or self.zone
            people = [{"email": organizer[1], "displayName": organizer[0],
                       "organizer": True, "responseStatus": "accepted"}]
            people += [{"email": e, "displayName": n, "responseStatus": "needsAction"}
                       for n, e in attendees]
            people += [{"email": e, "displayName": n, "resource": True,
                        "responseStatus": "accepted"} for n, e in rooms]
            people.append({"email": self.address, "self": True,
                           "responseStatus": user_response})
            when = updated or datetime.now(UTC)
            data: dict[str, Any] = {
                "kind": "calendar#event", "etag": f'"{secrets.randbelow(10**15)}"',
                "id": eid, "status": "confirmed",
                "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
                "created": rfc3339(when), "updated": rfc3339(when), "summary": summary,
                "creator": {"email": organizer[1], "displayName": organizer[0]},
                "organizer": {"email": organizer[1], "displayName": organizer[0]},
                "start": {"dateTime": rfc3339(start, zone), "timeZone": zone},
                "end": {"dateTime": rfc3339(end, zone), "timeZone": zone},
                "iCalUID": uid or f"{eid}@google.com", "sequence": sequence,
                "attendees": people, "reminders": {"useDefault": True},
                "eventType": "default",
            }
            if description:
                data["description"] = description
            if location:
                data["location"] = location
            data.update(extra or {})
            check_resource("Event", data)
            self.change += 1
            self.events[eid] = StoredEvent(data, self.change, start, end)
            return eid

    def move(self, eid: str, start: datetime, end: datetime, *,
             updated: datetime | None = None) -> None:
        """The organizer moves the event: new times, SEQUENCE + 1."""
        with self.lock:
            event = self.events[eid]
            zone = event.data["start"].get("timeZone")
            event.data["start"] = {"dateTime": rfc3339(start, zone), "timeZone": zone}
            event.data["end"] = {"dateTime": rfc3339(end, zone), "timeZone": zone}
            event.data["sequence"] += 1
            event.start, event.end = start, end
            self._touch(event, updated)

    def edit(self, eid: str, *, updated: datetime | None = None, **fields: Any) -> None:
        """Any other change (title, description, attendees), SEQUENCE kept."""
        with self.lock:
            event = self.events[eid]
            event.data.update(fields)
            check_resource("Event", event.data)
            self._touch(event, updated)

    def delete(self, eid: str, *, updated: datetime | None = None) -> None:
        """The organizer deletes (cancels) the event."""
        with self.lock:
            event = self.events[eid]
            event.deleted = True
            event.data["status"] = "cancelled"
            self._touch(event, updated)

    def _touch(self, event: StoredEvent, updated: datetime | None) -> None:
        self.change += 1
        event.change = self.change
        event.data["updated"] = rfc3339(updated or datetime.now(UTC))
        event.data["etag"] = f'"{secrets.randbelow(10**15)}"'

    def expire_sync_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()
            self.pages.clear()

    # -- the API -------------------------------------------------------------------------

    def call(self, fake: FakeGmail, verb: str, parts: SplitResult,
             headers: Mapping[str, str]) -> Any:
        match = _EVENTS.match(parts.path[len(PREFIX):])
        if verb != "GET" or match is None:
            raise ApiError(404, f"the fake Calendar has no {verb} {parts.path}")
        method = "get" if match["eid"] else "list"
        if not fake._authorized(headers):
            raise ApiError(401, "Request had invalid authentication credentials.",
                           "authError")
        fake.calls.append(f"calendar.events.{method}")
        fault = fake._fault_for(f"calendar.events.{method}")
        if fault is not None:
            from .gmail_api import _FAULTS

            raise ApiError(*_FAULTS[fault.kind])
        if not self.granted:
            raise ApiError(403, "Request had insufficient authentication scopes.",
                           "insufficientPermissions")
        if unquote(match["cal"]) not in ("primary", self.address):
            raise ApiError(404, "Not Found", "notFound")
        try:
            query = check_query(method, parse_qs(parts.query, keep_blank_values=True))
        except Invalid as exc:
            raise ApiError(400, str(exc), "invalid") from None
        for name in NOT_MODELED:
            if name in query:
                raise ApiError(400, f"the fake Calendar does not implement {name}=")
        if query.get("alt", "json") != "json":
            raise ApiError(400, "the fake Calendar answers JSON only")
        with self.lock:
            if method == "get":
                event = self.events.get(unquote(match["eid"]))
                if event is None:
                    raise ApiError(404, "Not Found", "notFound")
                return event.resource()
            reply = self._list(query)
        check_resource("Events", reply)
        return reply

    def _list(self, q: dict[str, Any]) -> dict[str, Any]:
        if q.get("singleEvents"):
            raise ApiError(400, "the fake Calendar does not model singleEvents=true "
                                "(it stores one-off events only)")
        size = min(q.get("maxResults") or 250, MAX_RESULTS, self.page_limit)
        if size < 1:
            raise ApiError(400, "Invalid value for maxResults", "invalid")
        if "pageToken" in q:
            state = self.pages.pop(q["pageToken"], None)
            if state is None or state["query"] != {k: v for k, v in q.items()
                                                   if k not in ("pageToken", "maxResults")}:
                raise ApiError(400, "Invalid page token value.", "invalid")
        elif "syncToken" in q:
            state = self._changed(q)
        else:
            state = self._window(q)
        items, rest = state["items"][:size], state["items"][size:]
        reply: dict[str, Any] = {
            "kind": "calendar#events", "etag": f'"{self.change}"', "summary": self.address,
            "updated": rfc3339(datetime.now(UTC)), "timeZone": self.zone,
            "accessRole": "owner", "defaultReminders": [], "items": items}
        if rest:
            token = f"page-{secrets.token_urlsafe(9)}"
            self.pages[token] = {**state, "items": rest}
            reply["nextPageToken"] = token
        else:
            token = f"sync-{secrets.token_urlsafe(12)}"
            self.tokens[token] = state["mark"]
            reply["nextSyncToken"] = token
        return reply

    def _changed(self, q: dict[str, Any]) -> dict[str, Any]:
        """Everything changed since the token, wherever it lies in time."""
        clash = [name for name in NOT_WITH_SYNC if name in q]
        if clash:
            raise ApiError(400, f"syncToken cannot be combined with {', '.join(clash)}",
                           "invalid")
        if q.get("showDeleted") is False:
            raise ApiError(400, "showDeleted=false is not allowed with a syncToken",
                           "invalid")
        token = q["syncToken"]
        if not token.startswith("sync-"):
            raise ApiError(400, "Invalid sync token value.", "invalid")
        mark = self.tokens.get(token)
        if mark is None:
            raise ApiError(410, "Sync token is no longer valid, a full sync is required.",
                           "fullSyncRequired", "calendar")
        changed = sorted((e for e in self.events.values() if e.change > mark),
                         key=lambda e: e.change)
        return {"query": {k: v for k, v in q.items() if k != "maxResults"},
                "items": [e.resource() for e in changed], "mark": self.change}

    def _window(self, q: dict[str, Any]) -> dict[str, Any]:
        """A full listing: events ending after timeMin and starting before timeMax."""
        low = _time(q.get("timeMin"))
        high = _time(q.get("timeMax"))
        if low and high and low >= high:
            raise ApiError(400, "The specified time range is empty.", "timeRangeEmpty")
        found = [e for e in sorted(self.events.values(), key=lambda e: e.data["id"])
                 if (q.get("showDeleted") or not e.deleted)
                 and (low is None or e.end > low) and (high is None or e.start < high)]
        return {"query": {k: v for k, v in q.items() if k != "maxResults"},
                "items": [e.resource() for e in found], "mark": self.change}


def _time(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


__all__ = ["FakeCalendar", "PREFIX"]
