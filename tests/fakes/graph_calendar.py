"""The fake Graph's calendar: the signed-in user's default calendar and its events.

`graph_routes.dispatch` hands ``/me/calendarView/…``, ``/me/events/…`` and ``/me/calendar``
here. Graph semantics the Outlook provider depends on, and the refusals that keep it
honest:

* ``GET /me/calendarView/delta`` needs ``startDateTime`` and ``endDateTime`` on the first
  request of a round (400 ``ErrorInvalidParameter`` without them) and takes no other query
  option: ``$select``, ``$expand``, ``$filter``, ``$orderby``, ``$top`` and ``$search`` are
  refused, as Graph documents for delta on a calendar view. Pages follow
  ``Prefer: odata.maxpagesize`` (capped small, so clients must page) through
  ``@odata.nextLink`` to ``@odata.deltaLink``. A later round returns every event changed
  since: in the window as the whole event, deleted or outside the window as
  ``@removed``. `expire_tokens` makes old links answer 410 ``SyncStateNotFound``.
* Events carry no SEQUENCE; only ``GET /me/events/{id}`` with ``$expand`` of the
  PidLidAppointmentSequence property shows it (the only ``$expand`` understood).
* Times are served in UTC with Graph's seven fractional digits; ``Prefer:
  outlook.timezone`` is not modelled and refused.
* ``iCalUId`` of an invitation from another system is an Exchange global object id
  wrapping that system's UID (`goid`), as Exchange stores it.

Helpers stand for the world: an invitation arriving, the organizer moving it (SEQUENCE
+ 1), cancelling it (``isCancelled``, "Canceled: " title) or the user deleting it.
"""

from __future__ import annotations

import itertools
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .graph_rules import GraphFault, bad, check_params
from .graph_store import ID_PREFIX, FakeMailbox

if TYPE_CHECKING:
    from .graph_api import Answer, GraphServer

ROOTS = ("calendarView", "events", "calendar")
SEQUENCE_GUID = "00062002-0000-0000-c000-000000000046"
_EXPAND = re.compile(r"^singleValueExtendedProperties\(\$filter=id eq "
                     r"'Integer \{([0-9A-Fa-f-]{36})\} Id 0x([0-9A-Fa-f]+)'\)$")
_WHEN = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?(Z|[+-]\d\d:\d\d)?$")
_PAGE = re.compile(r"odata\.maxpagesize=(\d+)")
EVENT_PROPS = frozenset({
    "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories",
    "originalStartTimeZone", "originalEndTimeZone", "iCalUId", "reminderMinutesBeforeStart",
    "isReminderOn", "hasAttachments", "subject", "bodyPreview", "importance", "sensitivity",
    "isAllDay", "isCancelled", "isOrganizer", "responseRequested", "seriesMasterId",
    "showAs", "type", "webLink", "onlineMeetingUrl", "isOnlineMeeting",
    "onlineMeetingProvider", "responseStatus", "body", "start", "end", "location",
    "locations", "recurrence", "attendees", "organizer", "onlineMeeting"})


def goid(uid: str) -> str:
    """An Exchange global object id wrapping a foreign iCalendar UID ("vCal-Uid")."""
    data = b"vCal-Uid\x01\x00\x00\x00" + uid.encode("utf-8") + b"\x00"
    head = bytes.fromhex("040000008200E00074C5B7101A82E008") + bytes(4) + bytes(16)
    return (head + len(data).to_bytes(4, "little") + data).hex().upper()


def graph_time(when: datetime) -> dict[str, str]:
    return {"dateTime": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
            "timeZone": "UTC"}


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class GraphEvent:
    data: dict[str, Any]  # the event as Graph shows it, without extended properties
    sequence: int
    start: datetime
    end: datetime
    change: int
    deleted: bool = False


class FakeCalendar:
    """One mailbox's default calendar."""

    def __init__(self, owner: tuple[str, str], key: str) -> None:
        self.owner, self.key = owner, key
        self.lock = threading.RLock()
        self.events: dict[str, GraphEvent] = {}
        self.change = 0
        self.tokens: dict[str, dict[str, Any]] = {}  # $deltatoken / $skiptoken -> state
        self.page_size = 3  # small on purpose: clients must page
        self._numbers = itertools.count(1)

    # -- the world's side ----------------------------------------------------------------

    def add_event(self, subject: str, start: datetime, end: datetime, *,
                  organizer: tuple[str, str], attendees: list[tuple[str, str]] = (),
                  body: str = "", uid: str | None = None, sequence: int = 0,
                  zone: str = "South Africa Standard Time", updated: datetime | None = None,
                  rooms: list[tuple[str, str]] = (), kind: str = "singleInstance",
                  is_organizer: bool = False, all_day: bool = False) -> str:
        """An invitation in the user's calendar (from another system when `uid` is given,
        so its iCalUId wraps it); returns the event id."""
        with self.lock:
            eid = f"{ID_PREFIX}{self.key}-cal{next(self._numbers):05d}_E="
            when = updated or datetime.now(UTC)
            people = [{"type": "required", "status": {"response": "none",
                                                      "time": "0001-01-01T00:00:00Z"},
                       "emailAddress": {"name": n, "address": e}}
                      for n, e in [*attendees, self.owner]]
            people += [{"type": "resource", "status": {"response": "accepted",
                                                       "time": _iso(when)},
                        "emailAddress": {"name": n, "address": e}} for n, e in rooms]
            data: dict[str, Any] = {
                "@odata.etag": f'W/"{secrets.token_hex(6)}"', "id": eid,
                "createdDateTime": _iso(when), "lastModifiedDateTime": _iso(when),
                "changeKey": secrets.token_urlsafe(9), "categories": [],
                "originalStartTimeZone": zone, "originalEndTimeZone": zone,
                "iCalUId": goid(uid) if uid else secrets.token_hex(56).upper(),
                "reminderMinutesBeforeStart": 15, "isReminderOn": True,
                "hasAttachments": False, "subject": subject, "bodyPreview": body[:255],
                "importance": "normal", "sensitivity": "normal", "isAllDay": all_day,
                "isCancelled": False, "isOrganizer": is_organizer, "responseRequested": True,
                "seriesMasterId": None, "showAs": "tentative", "type": kind,
                "webLink": f"https://outlook.office365.com/owa/?itemid={eid}",
                "onlineMeetingUrl": None, "isOnlineMeeting": False,
                "onlineMeetingProvider": "unknown",
                "responseStatus": {"response": "notResponded",
                                   "time": "0001-01-01T00:00:00Z"},
                "body": {"contentType": "html",
                         "content": "<html><body>" + "".join(
                             f"<p>{line}</p>" for line in body.split("\n")) + "</body></html>"},
                "start": graph_time(start), "end": graph_time(end),
                "location": {"displayName": rooms[0][0] if rooms else "",
                             "locationType": "default"},
                "locations": [{"displayName": n, "locationType": "conferenceRoom",
                               "locationEmailAddress": e} for n, e in rooms],
                "recurrence": None, "attendees": people,
                "organizer": {"emailAddress": {"name": organizer[0],
                                               "address": organizer[1]}},
                "onlineMeeting": None,
            }
            self.change += 1
            self.events[eid] = GraphEvent(data, sequence, start, end, self.change)
            return eid

    def move(self, eid: str, start: datetime, end: datetime, *,
             updated: datetime | None = None) -> None:
        with self.lock:
            event = self.events[eid]
            event.start, event.end = start, end
            event.data["start"], event.data["end"] = graph_time(start), graph_time(end)
            event.sequence += 1
            self._touch(event, updated)

    def cancel(self, eid: str, *, updated: datetime | None = None) -> None:
        """The organizer cancels: the attendee's copy stays, marked cancelled."""
        with self.lock:
            event = self.events[eid]
            event.data["isCancelled"] = True
            event.data["subject"] = "Canceled: " + event.data["subject"]
            event.sequence += 1
            self._touch(event, updated)

    def delete(self, eid: str) -> None:
        with self.lock:
            event = self.events[eid]
            event.deleted = True
            self._touch(event, None)

    def _touch(self, event: GraphEvent, updated: datetime | None) -> None:
        self.change += 1
        event.change = self.change
        event.data["lastModifiedDateTime"] = _iso(updated or datetime.now(UTC))
        event.data["changeKey"] = secrets.token_urlsafe(9)

    def expire_tokens(self) -> None:
        with self.lock:
            self.tokens.clear()

    # -- the API ---------------------------------------------------------------------------

    def delta(self, server: GraphServer, path: str, query: dict[str, str],
              headers: dict[str, str]) -> Answer:
        if "outlook.timezone" in headers.get("prefer", ""):
            raise bad("the fake serves UTC only", "FakeNotModeled")
        match = _PAGE.search(headers.get("prefer", ""))
        size = min(int(match.group(1)) if match else 10, self.page_size)
        token_key = next((k for k in ("$skiptoken", "$deltatoken") if k in query), None)
        if token_key is not None:
            check_params(query, {token_key})
            state = self.tokens.get(query[token_key])
            if state is None or state["kind"] != token_key:
                raise GraphFault(410, "SyncStateNotFound", "The sync state generation was "
                                 "not found; resync (resyncRequired).")
            if token_key == "$deltatoken":
                state = self._round(state["start"], state["end"], state["mark"])
        else:
            check_params(query, {"startDateTime", "endDateTime"})
            if "startDateTime" not in query or "endDateTime" not in query:
                raise bad("This request requires a time window specified by the query "
                          "string parameters StartDateTime and EndDateTime.",
                          "ErrorInvalidParameter")
            start, end = _when(query["startDateTime"]), _when(query["endDateTime"])
            if end <= start:
                raise bad("The end of the time window must follow its start.",
                          "ErrorInvalidParameter")
            state = self._round(start, end, 0)
        page, rest = state["entries"][:size], state["entries"][size:]
        out: dict[str, Any] = {"@odata.context": "fake#Collection(event)", "value": page}
        if rest:
            token = self._token({**state, "entries": rest, "kind": "$skiptoken"})
            out["@odata.nextLink"] = server.link(path, {"$skiptoken": token})
        else:
            token = self._token({"kind": "$deltatoken", "start": state["start"],
                                 "end": state["end"], "mark": state["next"]})
            out["@odata.deltaLink"] = server.link(path, {"$deltatoken": token})
        return 200, {}, out

    def _round(self, start: datetime, end: datetime, mark: int) -> dict[str, Any]:
        entries = []
        for event in sorted(self.events.values(), key=lambda e: e.change):
            if event.change <= mark:
                continue
            inside = not event.deleted and event.end > start and event.start < end
            if inside:
                entries.append(dict(event.data))
            elif mark:  # a later round names what left the view; the first knows nothing
                entries.append({"@odata.type": "#microsoft.graph.event",
                                "id": event.data["id"], "@removed": {"reason": "deleted"}})
        return {"start": start, "end": end, "entries": entries, "next": self.change}

    def _token(self, state: dict[str, Any]) -> str:
        token = secrets.token_urlsafe(12)
        self.tokens[token] = state
        return token

    def get(self, graph_id: str, query: dict[str, str]) -> Answer:
        check_params(query, {"$select", "$expand"})
        event = self.events.get(graph_id)
        if event is None or event.deleted:
            raise GraphFault(404, "ErrorItemNotFound",
                             "The specified object was not found in the store.")
        view = dict(event.data)
        if "$select" in query:
            names = {n.strip() for n in query["$select"].split(",")}
            unknown = sorted(names - EVENT_PROPS)
            if unknown:
                raise bad(f"Could not find a property named '{unknown[0]}' on type "
                          "'microsoft.graph.event'.")
            view = {k: v for k, v in view.items() if k in names or k in ("id", "@odata.etag")}
        if "$expand" in query:
            match = _EXPAND.match(query["$expand"])
            if match is None:
                raise bad(f"unsupported $expand: {query['$expand']!r}")
            found = match.group(1).lower() == SEQUENCE_GUID and int(match.group(2), 16) == 0x8201
            view["singleValueExtendedProperties"] = [
                {"id": f"Integer {{{SEQUENCE_GUID}}} Id 0x8201", "value": str(event.sequence)}
            ] if found else []
        return 200, {}, view


def calendar(mailbox: FakeMailbox) -> FakeCalendar:
    """The mailbox's calendar, made on first use (the mail store knows nothing of it)."""
    with mailbox.lock:
        found = mailbox.__dict__.get("calendar")
        if found is None:
            found = mailbox.__dict__["calendar"] = FakeCalendar(mailbox.owner, mailbox.key)
        return found


def _when(value: str) -> datetime:
    if not _WHEN.match(value):
        raise bad(f"'{value}' is not a valid date and time.", "ErrorInvalidParameter")
    text = re.sub(r"(\.\d{6})\d+", r"\1", value.replace("Z", "+00:00"))
    when = datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def dispatch(server: GraphServer, mailbox: FakeMailbox, method: str, route: list[str],
             path: str, query: dict[str, str], headers: dict[str, str]) -> Answer:
    """``/me/<route>`` for the calendar roots; the mailbox lock is held by the caller."""
    cal = calendar(mailbox)
    with cal.lock:
        match (method, route):
            case ("GET", ["calendarView", "delta"]):
                return cal.delta(server, path, query, headers)
            case ("GET", ["events", graph_id]):
                if not re.match(r"^[A-Za-z0-9=_-]+$", graph_id):
                    raise bad("Id is malformed.", "ErrorInvalidIdMalformed")
                return cal.get(graph_id, query)
            case ("GET", ["calendar"]):
                check_params(query, {"$select"})
                view = {"id": f"AQMkAD{mailbox.key}-calendar-AAA=", "name": "Calendar",
                        "isDefaultCalendar": True, "canEdit": True,
                        "owner": {"name": mailbox.owner[0], "address": mailbox.owner[1]}}
                if "$select" in query:
                    names = {n.strip() for n in query["$select"].split(",")}
                    view = {k: v for k, v in view.items() if k in names or k == "id"}
                return 200, {}, view
    raise bad(f"Resource not found for {method} /me/{'/'.join(route)}.")
