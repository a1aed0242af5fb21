"""Calendar events presented as mail: the shape the rest of mailwatch already reads.

Why: an interview that exists only as a calendar event (a scheduler that sends no .ics
mail, an invitation accepted in the calendar app and then archived) must reach the same
triage, extraction, tracking and planning as an invitation mail, without any of them
learning a second kind of input. So a provider with ``calendar = true`` lists changed
events after its changed mail, as refs ``event:<event id>``, and `fetch` returns for each
a small RFC 822 message built here: From the organizer, To the user, Subject the event's
title, Date its last change, a text/plain body with its description and a
``text/calendar; method=REQUEST`` (``CANCEL`` once cancelled) part holding one VEVENT with
the event's own UID and SEQUENCE. An invitation mail for the same event carries the same
UID, so the tracker sees one interview round, moved or cancelled by whichever comes later.

The Message-ID is what keeps this exactly-once: upstream drops a message whose Message-ID
it has stored. It is derived from the event alone, ``event.<uid hash>.<sequence>.<state
hash>@calendar.mailwatch``, where the state hash covers what changes the interview (start,
end, cancelled, organizer, the attendees' addresses; not their replies). A full resync of
an unchanged event therefore yields the same id and is ignored, while a move, a cancel or
a new interviewer yields a new one even when the server did not raise SEQUENCE. No mail
server ever holds such a message: `is_synthetic` lets providers skip looking one up
(Gmail's threadId search, Graph's createReply), so a draft answering it is simply a new
draft in no thread.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from typing import Any, Protocol

from mailwatch.providers.base import CursorInvalid, MessageRef

from mailwatch.model import SYNTHETIC_EVENT_DOMAIN

EVENT_ROLE = "event"
SYNTHETIC_DOMAIN = SYNTHETIC_EVENT_DOMAIN  # one name for tracker and providers
CURSOR_KEY = "calendar"
#: How far ahead events are read: interviews are booked days or weeks ahead, not months.
HORIZON = timedelta(days=60)
#: A window whose end is closer than this is replaced by a fresh one on the next cycle, so
#: an event booked further ahead is read once it comes within reach.
RENEW_WHEN_LEFT = timedelta(days=30)
_ADDRESS = re.compile(r"^[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+$")
_BUILD_POLICY = policy.default.clone(linesep="\n", max_line_length=998)


@dataclass(frozen=True)
class Party:
    email: str
    name: str | None = None


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str | None = None
    partstat: str = "NEEDS-ACTION"  # ACCEPTED, DECLINED, TENTATIVE
    role: str = "REQ-PARTICIPANT"  # OPT-PARTICIPANT, CHAIR
    cutype: str | None = None  # None (a person), ROOM or RESOURCE


@dataclass(frozen=True)
class CalendarEvent:
    """One timed, one-off event as a provider read it; times are aware."""

    uid: str
    sequence: int
    start: datetime
    end: datetime | None
    zone: str | None  # the IANA zone the times are written in; None: UTC
    summary: str
    organizer: Party
    updated: datetime
    cancelled: bool = False
    description: str = ""
    location: str | None = None
    url: str | None = None
    attendees: tuple[Attendee, ...] = ()
    user: Party | None = None  # the mailbox's owner: the synthetic message's To


# ------------------------------------------------------------------ refs and windows


def event_ref(event_id: str) -> MessageRef:
    return MessageRef(f"{EVENT_ROLE}:{event_id}", "inbox")


def event_id(ref: MessageRef, pattern: re.Pattern[str]) -> str | None:
    """The event id inside an ``event:`` ref when it fits the provider's id pattern."""
    role, sep, rest = ref.ref.partition(":")
    return rest if sep and role == EVENT_ROLE and pattern.match(rest) else None


def is_event_ref(ref: MessageRef) -> bool:
    return ref.ref.startswith(EVENT_ROLE + ":")


def window(now: datetime, lookback_days: int) -> tuple[datetime, datetime]:
    """The events read on a full listing: the look-back window back, `HORIZON` ahead."""
    now = now.astimezone(UTC).replace(microsecond=0)
    return now - timedelta(days=lookback_days), now + HORIZON


def rfc3339(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(value: Any) -> datetime | None:
    """An RFC 3339 / Graph timestamp (``Z``, an offset, or none meaning UTC; up to 7
    fractional digits) as an aware datetime; None when unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def tidied_away(event: CalendarEvent, now: datetime) -> bool:
    """A cancellation of an event that has already started: an organizer or the user
    clearing a calendar, never an employer calling an interview off. Presenting it would
    drop the thank-you for an interview that took place."""
    return event.cancelled and event.start <= now


def cursor_part(cursor: Any) -> Any:
    """The calendar's share of a provider cursor (None: read the calendar from scratch)."""
    return cursor.get(CURSOR_KEY) if isinstance(cursor, dict) else None


def load_until(part: dict[str, Any]) -> datetime:
    until = parse_time(part.get("until"))
    if until is None:
        raise CursorInvalid(f"not a calendar cursor: {part!r:.80}")
    return until


# ------------------------------------------------------------------ the provider side


class EventReader(Protocol):
    def changes(self, part: Any) -> tuple[list[MessageRef], dict[str, Any]]: ...

    def fetch(self, refs: list[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]: ...


def with_events(mail: tuple[list[MessageRef], dict[str, Any]], reader: EventReader | None,
                cursor: Any) -> tuple[list[MessageRef], dict[str, Any]]:
    """A provider's mail changes followed by its event changes, one cursor for both."""
    refs, new_cursor = mail
    if reader is None:
        return refs, new_cursor
    events, new_cursor[CURSOR_KEY] = reader.changes(cursor_part(cursor))
    return refs + events, new_cursor


def fetch_mixed(refs: Iterable[MessageRef],
                fetch_mail: Callable[[list[MessageRef]], Iterator[tuple[MessageRef, bytes]]],
                reader: EventReader | None) -> Iterator[tuple[MessageRef, bytes]]:
    """Mail and event refs fetched in the order given, each run by its own reader (event
    refs are skipped, like any ref naming nothing, when calendar reading is off)."""
    run: list[MessageRef] = []
    events = False
    for ref in refs:
        kind = is_event_ref(ref)
        if run and kind != events:
            yield from _fetch_run(run, events, fetch_mail, reader)
            run = []
        events = kind
        run.append(ref)
    if run:
        yield from _fetch_run(run, events, fetch_mail, reader)


def _fetch_run(run: list[MessageRef], events: bool,
               fetch_mail: Callable[[list[MessageRef]], Iterator[tuple[MessageRef, bytes]]],
               reader: EventReader | None) -> Iterator[tuple[MessageRef, bytes]]:
    if not events:
        yield from fetch_mail(run)
    elif reader is not None:
        yield from reader.fetch(run)


# ------------------------------------------------------------------ the message


def is_synthetic(message_id: str | None) -> bool:
    """Whether a Message-ID names an event message built here (no server holds it)."""
    return bool(message_id) and str(message_id).strip("<>").endswith("@" + SYNTHETIC_DOMAIN)


def message_id(event: CalendarEvent) -> str:
    """The stable Message-ID (without brackets) of the message for this event state."""
    uid = hashlib.sha256(event.uid.encode("utf-8")).hexdigest()[:24]
    state = ["cancelled" if event.cancelled else "active", rfc3339(event.start),
             rfc3339(event.end) if event.end else "", event.organizer.email.lower()]
    if not event.cancelled:  # a remembered cancellation knows no attendees
        state += sorted({a.email.lower() for a in event.attendees})
    digest = hashlib.sha256("\n".join(state).encode("utf-8")).hexdigest()[:12]
    return f"event.{uid}.{max(event.sequence, 0)}.{digest}@{SYNTHETIC_DOMAIN}"


def address_ok(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 254 and bool(_ADDRESS.match(value))


def _line(value: str | None, limit: int = 300) -> str:
    """One header-safe line: every run of whitespace (CR and LF included) becomes one space."""
    return " ".join((value or "").split())[:limit]


def _address(party: Party) -> str:
    return formataddr((_line(party.name, 120), party.email))


def event_message(event: CalendarEvent) -> bytes:
    """The RFC 822 bytes (LF line ends, like every provider's mail) for one event."""
    msg = EmailMessage(policy=_BUILD_POLICY)
    msg["From"] = _address(event.organizer)
    if event.user is not None:
        msg["To"] = _address(event.user)
    msg["Subject"] = _line(event.summary, 500)
    msg["Date"] = format_datetime(event.updated.astimezone(UTC))
    msg["Message-ID"] = f"<{message_id(event)}>"
    msg.set_content(event.description.replace("\r\n", "\n") + "\n")
    method = "CANCEL" if event.cancelled else "REQUEST"
    msg.add_alternative(_ics(event, method), subtype="calendar", params={"method": method})
    return msg.as_bytes(policy=_BUILD_POLICY)


def _ics(event: CalendarEvent, method: str) -> str:
    import icalendar  # only accounts with calendar reading pay for it

    cal = icalendar.Calendar()
    cal.add("prodid", "-//mailwatch//calendar event//EN")
    cal.add("version", "2.0")
    cal.add("method", method)
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("sequence", max(event.sequence, 0))
    vevent.add("dtstamp", event.updated.astimezone(UTC))
    vevent.add("dtstart", _in_zone(event.start, event.zone))
    if event.end is not None:
        vevent.add("dtend", _in_zone(event.end, event.zone))
    vevent.add("summary", _line(event.summary, 500))
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.description:
        vevent.add("description", event.description)
    if event.location:
        vevent.add("location", _line(event.location, 500))
    if event.url:
        vevent.add("url", _line(event.url, 1000))
    vevent.add("organizer", _cal_address(event.organizer.email, event.organizer.name, {}))
    for a in event.attendees:
        params = {"ROLE": a.role, "PARTSTAT": a.partstat}
        if a.cutype:
            params["CUTYPE"] = a.cutype
        vevent.add("attendee", _cal_address(a.email, a.name, params))
    cal.add_component(vevent)
    return cal.to_ical().decode("utf-8").replace("\r\n", "\n")


def _in_zone(when: datetime, zone: str | None) -> datetime:
    """The time as the VEVENT writes it: ``TZID=<zone>`` local time, or UTC (``Z``)."""
    from zoneinfo import ZoneInfo

    return when.astimezone(ZoneInfo(zone) if zone else UTC)


def _cal_address(email: str, name: str | None, params: dict[str, str]) -> Any:
    import icalendar

    address = icalendar.vCalAddress(f"mailto:{email}")
    if name and _line(name):
        address.params["CN"] = _line(name, 120)
    for key, value in params.items():
        address.params[key] = value
    return address


# ------------------------------------------------------------------ descriptions


class _Text(HTMLParser):
    """Visible text of an HTML fragment with block elements on lines of their own."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "ul", "ol",
                        "table", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://")):
                self.parts.append(f" {href} ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def plain_text(value: Any, *, html: bool | None = None) -> str:
    """An event description as plain text. Calendars store HTML (Graph's body, Google's
    description once edited on the web); the extractor reads text, and the VEVENT's
    DESCRIPTION must be text too. `html` None: guess from the content."""
    if not isinstance(value, str):
        return ""
    if html is None:
        html = bool(re.search(r"<(?:br|p|div|a|b|i|span|html|ul|li)\b", value, re.I))
    if html:
        parser = _Text()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()[:20_000]
