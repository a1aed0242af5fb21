"""Outlook / Microsoft 365 calendar events for the Outlook provider (``calendar = true``).

Why: an interview may exist only in the calendar (a booking tool wrote it there, or the
invitation mail was deleted after accepting). With calendar reading on, `OutlookProvider`
lists the default calendar's changed events after its changed mail, as ``event:<id>``
refs, and `fetch` returns for each the synthetic invitation of `event_mail`, so the
unchanged pipeline finds the interview and drafts to its organizer and interviewers.
Permission: delegated ``Calendars.Read``, which `outlook_auth` already asks for.

How the calendar is read:

* ``GET /me/calendarView/delta`` bounded to `event_mail.window` (``startDateTime`` and
  ``endDateTime`` are required on the first request; the links Graph hands out carry
  them), following ``@odata.nextLink`` to ``@odata.deltaLink``, which the cursor keeps
  under ``"calendar"``. The window is fixed by its first request, so once its end comes
  within 30 days a fresh round with a new window starts; unchanged events come back with
  the same Message-ID and upstream ignores them. An expired link answers 410 (or
  ``SyncStateNotFound``): `CursorInvalid`, exactly as on the mail side.
* Graph's event has no SEQUENCE and delta takes no ``$expand``, so `fetch` reads each
  changed event again, 20 per ``$batch``, expanding the MAPI property Exchange keeps the
  iCalendar SEQUENCE in (PidLidAppointmentSequence, 0x8201 in PSETID_Appointment): the
  same number an invitation mail for the event carries, so the tracker orders mail and
  calendar updates of one interview correctly.
* ``iCalUId`` is Exchange's global object id; for an invitation from another system it
  wraps that system's UID ("vCal-Uid"), which `original_uid` unwraps, so the event and
  the invitation mail name the same UID.
* Times come in UTC; ``originalStartTimeZone`` (a Windows zone name or an IANA one) gives
  the TZID, Windows names mapped with icalendar's CLDR table.
* A meeting its organizer cancelled stays in the attendee's calendar with ``isCancelled``
  and becomes a CANCEL message, unless it had already started (a calendar being tidied,
  `event_mail.tidied_away`). ``@removed`` entries are not reported: Graph gives only the
  id, and also reports events that merely moved out of the window that way.

Left out on purpose: occurrences and exceptions of a series (a series is never a one-off
interview slot), all-day events, and events the user organised (not an invitation).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwatch.providers.base import CursorInvalid, MessageRef
from mailwatch.providers.event_mail import (
    RENEW_WHEN_LEFT,
    Attendee,
    CalendarEvent,
    Party,
    address_ok,
    event_id,
    event_message,
    event_ref,
    load_until,
    parse_time,
    plain_text,
    rfc3339,
    tidied_away,
    window,
)
from mailwatch.providers.outlook_http import GraphError, chunks
from mailwatch.providers.outlook_refs import DEFAULT_LOOKBACK_DAYS, GRAPH_ID_RE, id_path

if TYPE_CHECKING:
    from mailwatch.providers.outlook import OutlookProvider

DELTA_PAGE = 50
SEQUENCE_PROPERTY = "Integer {00062002-0000-0000-C000-000000000046} Id 0x8201"
EXPAND = f"singleValueExtendedProperties($filter=id eq '{SEQUENCE_PROPERTY}')"
SYNC_STATE_ERRORS = frozenset({"SyncStateNotFound", "SyncStateInvalid", "resyncRequired"})
RESPONSES = {"none": "NEEDS-ACTION", "notResponded": "NEEDS-ACTION", "organizer": "ACCEPTED",
             "accepted": "ACCEPTED", "tentativelyAccepted": "TENTATIVE",
             "declined": "DECLINED"}
#: The start of every Exchange global object id, and the marker of a wrapped foreign UID.
_GOID = bytes.fromhex("040000008200E00074C5B7101A82E008")
_VCAL = b"vCal-Uid\x01\x00\x00\x00"


class OutlookCalendar:
    """The default calendar of one Outlook provider, read through its Graph client."""

    def __init__(self, provider: OutlookProvider) -> None:
        self.provider = provider
        self._messages: dict[str, bytes | None] = {}  # this cycle's events, by id
        self._owner: Party | None = None

    @property
    def lookback_days(self) -> int:
        return self.provider.lookback_days or DEFAULT_LOOKBACK_DAYS

    # -- changes -------------------------------------------------------------------------

    def changes(self, part: Any) -> tuple[list[MessageRef], dict[str, Any]]:
        """Refs of events changed since `part` (None: a full round) and the new part."""
        self._messages.clear()
        now = self.provider.clock().astimezone(UTC)
        endpoint = self.provider.client.endpoint
        link, until = load_part(part, endpoint)
        params: dict[str, str] | None = None
        if link is None or until is None or until - now < RENEW_WHEN_LEFT:
            start, until = window(now, self.lookback_days)
            link = "/me/calendarView/delta"
            params = {"startDateTime": rfc3339(start), "endDateTime": rfc3339(until)}
        ids: list[str] = []
        while True:
            try:
                page = self.provider.client.get_json(link, params,
                                                     prefer=f"odata.maxpagesize={DELTA_PAGE}")
            except GraphError as exc:
                if exc.status == 410 or exc.code in SYNC_STATE_ERRORS:
                    raise CursorInvalid(f"the calendar delta token expired ({exc.code})") \
                        from None
                raise
            ids.extend(str(v["id"]) for v in page.get("value", []) if wanted(v))
            params = None
            if isinstance(page.get("@odata.nextLink"), str):
                link = page["@odata.nextLink"]
            elif isinstance(page.get("@odata.deltaLink"), str):
                refs = [event_ref(i) for i in dict.fromkeys(ids)]
                return refs, {"delta": page["@odata.deltaLink"], "until": rfc3339(until)}
            else:
                raise CursorInvalid("a calendar delta page had neither nextLink nor deltaLink")

    # -- fetch ---------------------------------------------------------------------------

    def fetch(self, refs: list[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        """The synthetic message of each event ref, read with its SEQUENCE in batches of
        20; events gone since, or no longer invitations, are skipped."""
        wanted_ids = [(ref, eid) for ref in refs if (eid := event_id(ref, GRAPH_ID_RE))]
        now = self.provider.clock().astimezone(UTC)
        for batch in chunks([pair for pair in wanted_ids if pair[1] not in self._messages]):
            answers = self.provider.client.batch_get(
                [f"/me/events/{id_path(eid)}?$expand={quote(EXPAND, safe='()$=')}"
                 for _, eid in batch])
            for (_, eid), answer in zip(batch, answers, strict=True):
                body = answer.body if answer is not None else None
                event = to_event(body, self.owner) if isinstance(body, dict) else None
                if event is not None and tidied_away(event, now):
                    event = None
                self._messages[eid] = event_message(event) if event is not None else None
        for ref, eid in wanted_ids:
            raw = self._messages.get(eid)
            if raw is not None:
                yield ref, raw

    def owner(self) -> Party | None:
        """The mailbox's address (the calendar's owner: `/me` itself would need
        User.Read, a permission mailwatch does not ask for)."""
        if self._owner is None:
            found = self.provider.client.get_json("/me/calendar", {"$select": "owner"})
            owner = found.get("owner") if isinstance(found.get("owner"), dict) else {}
            if address_ok(owner.get("address")):
                self._owner = Party(str(owner["address"]), owner.get("name") or None)
        return self._owner


# ------------------------------------------------------------------ pure helpers


def wanted(item: Any) -> bool:
    """Whether a delta entry may be an invitation worth presenting (see the docstring)."""
    return (isinstance(item, dict) and "@removed" not in item
            and bool(GRAPH_ID_RE.match(str(item.get("id", ""))))
            and item.get("type", "singleInstance") == "singleInstance"
            and not item.get("isOrganizer") and not item.get("isAllDay"))


def load_part(part: Any, endpoint: str) -> tuple[str | None, datetime | None]:
    """(deltaLink, window end) from the cursor; the link must lead to the configured
    endpoint, or a forged cursor could send the token elsewhere."""
    if part is None:
        return None, None
    if not (isinstance(part, dict) and isinstance(part.get("delta"), str)
            and part["delta"].startswith(endpoint.rstrip("/") + "/")):
        raise CursorInvalid(f"not an Outlook calendar cursor: {part!r:.80}")
    return part["delta"], load_until(part)


def iana(name: Any) -> str | None:
    """An IANA zone for a Graph zone name (IANA already, or a Windows name); None for
    UTC, custom zones and anything unknown (times are then written in UTC)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    if not isinstance(name, str) or not name.strip() or len(name) > 100:
        return None
    candidate = WINDOWS_TO_OLSON.get(name.strip(), name.strip())
    try:
        ZoneInfo(candidate)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return None if candidate in ("UTC", "Etc/UTC") else candidate


def _time(value: Any) -> datetime | None:
    """A Graph dateTimeTimeZone as an aware datetime."""
    if not isinstance(value, dict):
        return None
    when = parse_time(value.get("dateTime"))
    zone = iana(value.get("timeZone"))
    if when is not None and zone is not None:
        from zoneinfo import ZoneInfo

        when = when.replace(tzinfo=ZoneInfo(zone))
    return when


def original_uid(ical_uid: str) -> str:
    """The UID an invitation mail for this event carries: the foreign UID wrapped in an
    Exchange global object id ("vCal-Uid"), else the id itself (Outlook's own UIDs are
    that hex string)."""
    try:
        raw = bytes.fromhex(ical_uid)
    except ValueError:
        return ical_uid
    if raw[:16] != _GOID or len(raw) < 40:
        return ical_uid
    data = raw[40:40 + int.from_bytes(raw[36:40], "little")]
    if not data.startswith(_VCAL):
        return ical_uid
    try:
        return data[len(_VCAL):].rstrip(b"\x00").decode("utf-8").strip() or ical_uid
    except UnicodeDecodeError:
        return ical_uid


def _sequence(item: dict[str, Any]) -> int:
    for prop in item.get("singleValueExtendedProperties") or ():
        if isinstance(prop, dict) and str(prop.get("id", "")).lower() == \
                SEQUENCE_PROPERTY.lower():
            try:
                return max(0, int(str(prop.get("value"))))
            except ValueError:
                return 0
    return 0


def to_event(item: dict[str, Any], owner: Any) -> CalendarEvent | None:
    """A Graph event (read with `EXPAND`) as a `CalendarEvent`; None for what is never an
    invitation or lacks what a VEVENT needs (UID, organizer, a time)."""
    organizer = ((item.get("organizer") or {}).get("emailAddress") or {})
    uid = item.get("iCalUId")
    start = _time(item.get("start"))
    if not wanted(item) or not address_ok(organizer.get("address")) or start is None \
            or not isinstance(uid, str) or not uid.strip():
        return None
    end = _time(item.get("end"))
    rooms = {str(loc.get("locationEmailAddress", "")).lower()
             for loc in item.get("locations") or () if isinstance(loc, dict)
             and loc.get("locationType") == "conferenceRoom"}
    attendees = []
    for a in item.get("attendees") or ():
        address = (a.get("emailAddress") or {}) if isinstance(a, dict) else {}
        email = address.get("address")
        if not address_ok(email):
            continue
        kind = a.get("type")
        cutype = ("ROOM" if email.lower() in rooms else "RESOURCE") \
            if kind == "resource" else None
        response = (a.get("status") or {}).get("response")
        attendees.append(Attendee(email, address.get("name") or None,
                                  RESPONSES.get(response, "NEEDS-ACTION"),
                                  "OPT-PARTICIPANT" if kind == "optional" else
                                  "REQ-PARTICIPANT", cutype))
    body = item.get("body") or {}
    location = (item.get("location") or {}).get("displayName")
    url = (item.get("onlineMeeting") or {}).get("joinUrl") or item.get("onlineMeetingUrl")
    zone = iana(item.get("originalStartTimeZone"))
    if zone is not None:
        from zoneinfo import ZoneInfo

        start = start.astimezone(ZoneInfo(zone))
        end = end.astimezone(ZoneInfo(zone)) if end is not None else None
    return CalendarEvent(
        uid=original_uid(" ".join(uid.split()))[:500], sequence=_sequence(item),
        start=start, end=end if end is not None and end > start else None, zone=zone,
        summary=str(item.get("subject") or ""),
        organizer=Party(str(organizer["address"]), organizer.get("name") or None),
        updated=parse_time(item.get("lastModifiedDateTime")) or start,
        cancelled=bool(item.get("isCancelled")),
        description=plain_text(body.get("content"),
                               html=str(body.get("contentType", "")).lower() == "html"),
        location=location if isinstance(location, str) and location.strip() else None,
        url=url if isinstance(url, str) and url.startswith("https://") else None,
        attendees=tuple(attendees), user=owner())
