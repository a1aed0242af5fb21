"""Google Calendar events for the Gmail provider (account option ``calendar = true``).

Why: some interviews never arrive as an invitation mail mailwatch can read (a scheduler
writes straight into the calendar, or the invitation was accepted and deleted). With
calendar reading on, `GmailProvider` lists the primary calendar's changed events after its
changed mail and `fetch` turns each into the synthetic message of `event_mail`, so the
unchanged pipeline finds the interview and drafts to its organizer and interviewers.

How the calendar is read (Calendar API v3, scope ``calendar.events.readonly``, asked by
``mailwatch auth gmail --calendar``):

* A full listing is ``events.list`` bounded to `event_mail.window` (``timeMin``/``timeMax``,
  the look-back window back and 60 days ahead). Its last page carries ``nextSyncToken``.
* Later cycles send only that ``syncToken``: Google refuses time bounds next to it and
  answers every change since, deletions included, wherever the event lies; changes
  outside the window are skipped here. A window whose end comes within 30 days is renewed
  by a fresh full listing after the incremental one, so an event booked further ahead is
  read once it is near; unchanged events come back with the same Message-ID and upstream
  ignores them.
* An expired token answers 410 ``fullSyncRequired``: `CursorInvalid`, exactly like the
  mail side's expired history; the caller rescans from None and drops what it already has
  by Message-ID, which for events is derived from the event alone (`event_mail`).
* Google guarantees only the id of an event its organizer deleted. The calendar cursor
  therefore remembers, for each invitation in the window, what a cancellation needs (UID,
  SEQUENCE, times, title, organizer); the deletion of a remembered event that has not
  started yet becomes a CANCEL message. A deleted event that has already started is a
  calendar being tidied, never an employer's cancellation, and is ignored
  (`event_mail.tidied_away`).

Left out on purpose: recurring events (a series is never a one-off interview slot),
all-day events (no time to thank anyone after), events the user organised (not an
invitation; what the user writes is read from Sent), and the special kinds (focus time,
out of office, working location, birthdays, bookings Gmail found in mail).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from googleapiclient.errors import HttpError
from mailwatch.providers.base import AuthExpired, CursorInvalid, MessageRef, NotFound
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
from mailwatch.providers.gmail_http import SCOPE_REASONS, reasons_of

if TYPE_CHECKING:
    from mailwatch.providers.gmail import GmailProvider

#: Event ids are base32hex; ids of recurring instances add ``_<time>``.
EVENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,1024}$")
CALENDAR = "primary"
PAGE = 250  # Google's default page; it may send fewer per page
KNOWN_LIMIT = 1000  # invitations remembered for cancellations; the latest starts win
PARTSTAT = {"needsAction": "NEEDS-ACTION", "accepted": "ACCEPTED", "declined": "DECLINED",
            "tentative": "TENTATIVE"}
SCOPE_HINT = ("calendar = true needs Google's calendar.events.readonly permission, which "
              "this token lacks: run `mailwatch auth gmail --account NAME --calendar` and "
              "allow it (or set calendar = false)")


class _Checked:
    """An events request whose Calendar-specific refusals become the right error:
    410 is an expired sync token (CursorInvalid, never retried), a missing scope says
    which permission to grant. Everything else goes to gmail_http's usual mapping."""

    def __init__(self, request: Any) -> None:
        self.request = request

    def execute(self, num_retries: int = 0) -> Any:
        try:
            return self.request.execute(num_retries=num_retries)
        except HttpError as exc:
            status = exc.resp.status if exc.resp is not None else 0
            if status == 410:
                raise CursorInvalid("the Google Calendar sync token expired "
                                    "(fullSyncRequired)") from None
            if status == 403 and reasons_of(exc)[0] & SCOPE_REASONS:
                raise AuthExpired(SCOPE_HINT) from None
            raise


class GmailCalendar:
    """The primary calendar of one Gmail provider, read through its credentials."""

    def __init__(self, provider: GmailProvider) -> None:
        self.provider = provider
        self._service: Any = None
        self._events: dict[str, CalendarEvent] = {}  # this cycle's events, for fetch
        self._owner: Party | None = None
        self._zone: str | None = None  # the calendar's own zone, from the last listing

    # -- talking to Google ----------------------------------------------------------------

    def _call(self, make: Callable[[Any], Any], what: str) -> Any:
        """One Calendar request through the provider's executor (retries, error mapping)."""
        _, api = self.provider._connect()
        if self._service is None:
            from googleapiclient.discovery import build

            endpoint = self.provider.api_endpoint
            options = {"api_endpoint": endpoint + "calendar/v3/"} if endpoint else None
            self._service = build("calendar", "v3", http=api.http, static_discovery=True,
                                  cache_discovery=False, client_options=options)
        service = self._service
        return api.call(lambda: _Checked(make(service)), f"calendar {what}")

    def _list(self, **params: Any) -> tuple[list[dict[str, Any]], str | None]:
        """Every page of one events.list; the sync token of its last page."""
        items: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            page = self._call(lambda s, t=token: s.events().list(
                calendarId=CALENDAR, maxResults=PAGE, pageToken=t, **params), "events.list")
            items.extend(i for i in page.get("items", []) if isinstance(i, dict))
            if isinstance(page.get("timeZone"), str):
                self._zone = page["timeZone"]
            token = page.get("nextPageToken")
            if not token:
                sync = page.get("nextSyncToken")
                return items, sync if isinstance(sync, str) and sync else None

    def owner(self) -> Party | None:
        """The mailbox's address, for events whose attendees do not name the user."""
        if self._owner is None:
            users, api = self.provider._connect()
            profile = api.call(lambda: users.getProfile(userId="me"), "users.getProfile")
            if address_ok(profile.get("emailAddress")):
                self._owner = Party(str(profile["emailAddress"]))
        return self._owner

    # -- changes ----------------------------------------------------------------------------

    def changes(self, part: Any) -> tuple[list[MessageRef], dict[str, Any]]:
        """Refs of events changed since `part` (None: a full listing) and the new part."""
        self._events.clear()
        now = self.provider.clock().astimezone(UTC)
        loaded = load_part(part)
        if loaded is None:
            return self._full(now)
        sync, until, known = loaded
        refs: list[MessageRef] = []
        if sync is not None:
            refs, sync = self._incremental(sync, known, now, until)
        if sync is None or until - now < RENEW_WHEN_LEFT:
            more, fresh = self._full(now)
            return list(dict.fromkeys(refs + more)), fresh
        return refs, dump_part(sync, until, known)

    def _full(self, now: datetime) -> tuple[list[MessageRef], dict[str, Any]]:
        start, until = window(now, self.provider.lookback_days)
        items, sync = self._list(timeMin=rfc3339(start), timeMax=rfc3339(until))
        refs: list[MessageRef] = []
        known: dict[str, list[Any]] = {}
        for item in items:
            event = self._event(item)
            if event is not None and not event.cancelled and self._wanted(event, now, until):
                refs.append(self._keep(str(item["id"]), event))
                known[str(item["id"])] = remember(event)
        return refs, dump_part(sync, until, known)

    def _incremental(self, sync: str, known: dict[str, list[Any]], now: datetime,
                     until: datetime) -> tuple[list[MessageRef], str | None]:
        items, next_sync = self._list(syncToken=sync)
        refs: list[MessageRef] = []
        for item in items:
            eid = str(item.get("id", ""))
            if not EVENT_ID.match(eid):
                continue
            if item.get("status") == "cancelled":
                event = self._event(item) or recall(known.get(eid), now, self.owner)
                known.pop(eid, None)
                if event is not None and tidied_away(event, now):
                    continue
            else:
                event = self._event(item)
                if event is None:
                    known.pop(eid, None)
                    continue
                known[eid] = remember(event)
            if event is not None and self._wanted(event, now, until):
                refs.append(self._keep(eid, event))
        oldest = now - timedelta(days=self.provider.lookback_days)
        for eid in [k for k, v in known.items()
                    if (parse_time(v[3]) or parse_time(v[2]) or oldest) <= oldest]:
            del known[eid]
        return list(dict.fromkeys(refs)), next_sync

    def _event(self, item: dict[str, Any]) -> CalendarEvent | None:
        return to_event(item, self._zone, self.owner)

    def _keep(self, eid: str, event: CalendarEvent) -> MessageRef:
        self._events[eid] = event
        return event_ref(eid)

    def _wanted(self, event: CalendarEvent, now: datetime, until: datetime) -> bool:
        oldest = now - timedelta(days=self.provider.lookback_days)
        return (event.end or event.start) > oldest and event.start < until

    # -- fetch -------------------------------------------------------------------------------

    def fetch(self, refs: list[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        """The synthetic message of each event ref; events listed by this cycle's
        `changes` come from memory, others are read again (deleted ones are skipped)."""
        for ref in refs:
            eid = event_id(ref, EVENT_ID)
            if eid is None:
                continue
            event = self._events.get(eid)
            if event is None:
                try:
                    item = self._call(lambda s, e=eid: s.events().get(
                        calendarId=CALENDAR, eventId=e), "events.get")
                except NotFound:
                    continue
                event = self._event(item) if item.get("status") != "cancelled" else None
            if event is not None:
                yield ref, event_message(event)


# ------------------------------------------------------------------ pure helpers


def _zone(name: Any) -> str | None:
    """An IANA zone name this machine knows, else None (times are then written in UTC)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(name, str) or not name or len(name) > 64:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def _meeting_url(item: dict[str, Any]) -> str | None:
    entries = (item.get("conferenceData") or {}).get("entryPoints") or []
    video = [e.get("uri") for e in entries if isinstance(e, dict)
             and e.get("entryPointType") == "video" and isinstance(e.get("uri"), str)]
    link = item.get("hangoutLink")
    return video[0] if video else link if isinstance(link, str) else None


def to_event(item: dict[str, Any], calendar_zone: str | None,
             owner: Callable[[], Party | None]) -> CalendarEvent | None:
    """A Calendar API event as a `CalendarEvent`; None for what is never an invitation
    (see the module docstring) or lacks what a VEVENT needs (UID, organizer, a time)."""
    if item.get("recurrence") or item.get("recurringEventId") \
            or item.get("eventType", "default") != "default":
        return None  # a series, or focus time, out of office, a booking found in Gmail
    organizer = item.get("organizer") or {}
    uid = item.get("iCalUID")
    start = parse_time((item.get("start") or {}).get("dateTime"))
    if organizer.get("self") or not address_ok(organizer.get("email")) or start is None \
            or not isinstance(uid, str) or not uid.strip():
        return None
    end = parse_time((item.get("end") or {}).get("dateTime"))
    attendees: list[Attendee] = []
    user: Party | None = None
    for a in item.get("attendees") or []:
        if not isinstance(a, dict) or not address_ok(a.get("email")):
            continue
        email, name = str(a["email"]), a.get("displayName") or None
        if a.get("self"):
            user = Party(email, name)
        role = "CHAIR" if a.get("organizer") else \
            "OPT-PARTICIPANT" if a.get("optional") else "REQ-PARTICIPANT"
        cutype = None
        if a.get("resource"):
            cutype = "ROOM" if email.lower().endswith("@resource.calendar.google.com") \
                else "RESOURCE"
        attendees.append(Attendee(email, name, PARTSTAT.get(a.get("responseStatus"),
                                                            "NEEDS-ACTION"), role, cutype))
    sequence = item.get("sequence")
    location = item.get("location")
    return CalendarEvent(
        uid=" ".join(uid.split())[:500],
        sequence=sequence if isinstance(sequence, int) and not isinstance(sequence, bool)
        else 0,
        start=start, end=end if end is not None and end > start else None,
        zone=_zone((item.get("start") or {}).get("timeZone")) or _zone(calendar_zone),
        summary=str(item.get("summary") or ""),
        organizer=Party(str(organizer["email"]), organizer.get("displayName") or None),
        updated=parse_time(item.get("updated")) or start,
        cancelled=item.get("status") == "cancelled",
        description=plain_text(item.get("description")),
        location=location if isinstance(location, str) and location.strip() else None,
        url=_meeting_url(item), attendees=tuple(attendees), user=user or owner())


def remember(event: CalendarEvent) -> list[Any]:
    """What a later cancellation of `event` needs, small enough to keep in the cursor."""
    return [event.uid, event.sequence, rfc3339(event.start),
            rfc3339(event.end) if event.end else "", event.zone or "", event.summary[:200],
            event.organizer.email, event.organizer.name or ""]


def recall(record: list[Any] | None, now: datetime,
           owner: Callable[[], Party | None]) -> CalendarEvent | None:
    """The cancelled event a remembered record stands for, dated now (when it was learnt)."""
    if record is None:
        return None
    uid, sequence, start, end, zone, summary, email, name = record
    begin = parse_time(start)
    if begin is None:
        return None
    return CalendarEvent(uid=uid, sequence=sequence, start=begin, end=parse_time(end),
                         zone=_zone(zone), summary=summary, organizer=Party(email, name or None),
                         updated=now, cancelled=True, user=owner())


def _record_ok(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 8
            and all(isinstance(v, str) for i, v in enumerate(value) if i != 1)
            and type(value[1]) is int and parse_time(value[2]) is not None
            and address_ok(value[6]))


def load_part(part: Any) -> tuple[str | None, datetime, dict[str, list[Any]]] | None:
    """(sync token or None, window end, remembered invitations) from the cursor."""
    if part is None:
        return None
    if not (isinstance(part, dict) and isinstance(part.get("known"), dict)
            and (part.get("sync") is None or isinstance(part.get("sync"), str))):
        raise CursorInvalid(f"not a Google Calendar cursor: {part!r:.80}")
    known = {k: v for k, v in part["known"].items() if EVENT_ID.match(k) and _record_ok(v)}
    return part.get("sync"), load_until(part), known


def dump_part(sync: str | None, until: datetime, known: dict[str, list[Any]]
              ) -> dict[str, Any]:
    if len(known) > KNOWN_LIMIT:
        latest = sorted(known, key=lambda k: known[k][2], reverse=True)[:KNOWN_LIMIT]
        known = {k: known[k] for k in latest}
    return {"sync": sync, "until": rfc3339(until), "known": known}
