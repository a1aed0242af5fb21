"""Calendar parts (text/calendar, .ics) -> plain event records.

icalendar does the parsing; this module only makes every time aware and pulls out who,
where and which link. Floating times take X-WR-TIMEZONE, else the message Date's offset;
Outlook display-label TZIDs without a VTIMEZONE go through our own table (zones.py).
Google sends the same event inline and as an attachment: events are de-duplicated by UID.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

from ..message import CalendarPart
from ..model import Person
from .signature import person_from_address
from .zones import canonical, resolve_label, zone

MEETING_URL = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|teams\.microsoft\.com|teams\.live\.com"
    r"|meet\.google\.com|webex\.com|whereby\.com|chime\.aws)/[^\s<>\"')\]]*",
    re.I,
)


@dataclass(frozen=True)
class Event:
    """One VEVENT with aware times. `timezone` is an IANA name when the invite gave one."""

    method: str | None
    status: str | None
    uid: str | None
    sequence: int
    start: datetime
    end: datetime | None
    timezone: str | None
    summary: str
    description: str
    location: str | None
    url: str | None
    organizer: Person | None
    attendees: tuple[Person, ...]
    user_invited: bool
    #: RRULE/RDATE on the event: a standing meeting, never a one-off interview slot.
    recurring: bool = False
    #: The name the event gives the user ("CN=Thandi Nkosi"): hers, wherever the mail
    #: repeats its guest list ("Attendees : Thandi Nkosi, Rahul Deshpande").
    user_name: str | None = None


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return " ".join(str(value).split()) if name != "DESCRIPTION" else str(value)


def _when(
    component: Any, name: str, floating: tzinfo | None, floating_name: str | None
) -> tuple[datetime | None, str | None]:
    """DTSTART/DTEND -> (aware datetime, IANA zone name or None)."""
    prop = component.get(name)
    if prop is None:
        return None, None
    try:
        value = component.decoded(name)
    except Exception:
        return None, None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, date) and not isinstance(value, datetime):
        # An all-day event is not an interview slot we can thank anyone after.
        return None, None
    if not isinstance(value, datetime):
        return None, None
    tzid = _param(prop.params.get("TZID")) if hasattr(prop, "params") else None
    if value.tzinfo is not None:
        key = getattr(value.tzinfo, "key", None)
        if key is not None and (current := canonical(key)) != key and (tz := zone(current)):
            value, key = value.replace(tzinfo=tz), current  # (the same rules, today's name)
        if key is None and tzid:
            tz, key = resolve_label(str(tzid))
            if tz is not None and key is not None:
                # The VTIMEZONE Outlook wrote for a label or Windows id can lack DST rules
                # ("(UTC+01:00) Amsterdam…" all year); the named zone's real offset wins.
                value = value.replace(tzinfo=tz)
        if key is None and value.utcoffset() == timedelta(0):
            key = "UTC"
        return value, key
    if tzid:
        tz, key = resolve_label(str(tzid))
        if tz is not None:
            return value.replace(tzinfo=tz), key
    if floating is None:
        return None, None
    return value.replace(tzinfo=floating), floating_name


def _addresses(component: Any, name: str) -> list[tuple[str, str | None, str | None]]:
    value = component.get(name)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        params = getattr(v, "params", {}) or {}
        out.append((str(v), _param(params.get("CN")), _param(params.get("CUTYPE"))))
    return out


def _param(value: Any) -> str | None:
    """A parameter as one string. An unquoted comma in a value ("CN=Boardroom 3 (5th
    floor, Rosebank)", which Exchange writes) makes icalendar read a list of values."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or None
    return None if value is None else str(value)


def parse_calendars(
    parts: tuple[CalendarPart, ...], *, message_tz: tzinfo | None, user_addresses: frozenset[str]
) -> list[Event]:
    """Every usable VEVENT across the message's calendar parts, de-duplicated by UID."""
    events: dict[str, Event] = {}
    seen: set[str] = set()
    for part in parts:
        # Google and Outlook attach the inline invite again as invite.ics: parse it once.
        body = part.text.replace("\r\n", "\n").strip()
        if body in seen:
            continue
        seen.add(body)
        try:
            cal = _calendar(part.text)
        except Exception:
            continue
        method = (str(cal.get("METHOD") or part.method or "").upper()) or None
        wr = str(cal.get("X-WR-TIMEZONE") or "").strip()
        floating, floating_name = message_tz, None
        if wr and zone(wr) is not None:
            floating, floating_name = zone(wr), wr
        for comp in cal.walk("VEVENT"):
            event = _event(comp, method, floating, floating_name, user_addresses)
            if event is None:
                continue
            key = event.uid or f"{event.start.isoformat()}|{event.summary}"
            old = events.get(key)
            if old is None or event.sequence >= old.sequence:
                events[key] = event
    return sorted(events.values(), key=lambda e: e.start)


def _calendar(text: str) -> Any:
    """`icalendar.Calendar.from_ical(text)`, reading plain lines faster."""
    line_class = _plain_line_class()
    if line_class is None:
        return icalendar.Calendar.from_ical(text)
    # from_ical, given our lines: its parser takes a list of them as it takes the text
    components = icalendar.Calendar._get_ical_parser(line_class.contentlines(text)).parse()
    if len(components) != 1:  # as from_ical: exactly one calendar
        raise ValueError(f"{len(components)} components")
    return components[0]


#: A line whose name and parameter names are letters, digits and hyphens, and whose
#: parameter values are quoted without a quote, or unquoted without "," ":" ";" or "=" and
#: with blanks only between words: "SUMMARY:...", "ATTENDEE;CN=\"Doe, Jane\";RSVP=TRUE:...",
#: "ATTENDEE;CN=Thandi Nkosi:mailto:..." (Google and Greenhouse write names unquoted). No
#: "%", "\\", "^", tab or control character in the parameters either.
_PLAIN = re.compile(
    r'([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"\x00-\x1f\x7f%\\^]*"'
    r'|[^"\x00-\x20\x7f,:;=%\\^]+(?: +[^"\x00-\x20\x7f,:;=%\\^]+)*))*):')
_PARAMETER = re.compile(r';([A-Za-z0-9-]+)=(?:"([^"]*)"|([^;]*))')
#: sha256 of the icalendar code `_plain_line_class` stands in for (icalendar 7.3).
_PARTS_SOURCE = "489cd763bcacc82b561b8dff19b5f82cd7338a725234fed92ee5324c8686305b"


@functools.cache
def _plain_line_class() -> Any:
    """A Contentline whose parts() reads a plain line (`_PLAIN`) without icalendar's
    character loops and parameter parser, when icalendar's code is the one this was
    checked against. Any other line goes to icalendar's own parts().

    For a plain line, raw_parts splits the name at the first ";" or ":" and the value at
    the first ":" outside quotes (there is no backslash before it); the name is a valid
    token with no blank to remove. The parameter text has no blank outside quotes but
    between two characters of one unquoted value, none next to a ";" or "=" or at its
    ends (so the lenient blank stripping, `_strip_ows_around_delimiters`, which only takes
    blanks around those delimiters and at the ends, keeps it as it is; the value checks
    allow a blank), no "%" or backslash (so escaping and
    unescaping it change nothing), no "," outside quotes (one value each) and nothing the
    value checks refuse or RFC 6868 unescapes ("^"): each parameter is its name and its
    value, quotes removed, in order, a later one of the same name replacing the earlier.
    The value is the rest of the line, unescaped by parts()."""
    import hashlib
    import inspect

    try:
        from icalendar.cal.component import Component
        from icalendar.parser import content_line
        from icalendar.parser.content_line import NEWLINE, UFOLD, Contentline, Contentlines
        from icalendar.parser.ical.component import ComponentIcalParser
        from icalendar.parser.parameter import UNSAFE_CHAR, Parameters
        from icalendar.parser.property import unescape_backslash

        source = "".join(inspect.getsource(f) for f in (
            Contentline.raw_parts, Contentline.parts, Parameters.from_ical,
            Contentlines.from_ical, Component.from_ical, ComponentIcalParser.initialize_parsing,
            icalendar.Calendar._get_ical_parser, content_line._strip_ows_around_delimiters))
        source += "".join(p.pattern for p in (
            content_line.OWS_BEFORE_DELIMITER_RE, content_line.OWS_AFTER_DELIMITER_RE,
            UNSAFE_CHAR)) + content_line.OWS
    except (ImportError, AttributeError, OSError, TypeError):
        return None
    if hashlib.sha256(source.encode("utf-8")).hexdigest() != _PARTS_SOURCE:
        return None

    class PlainLine(Contentline):
        __slots__ = ()

        def parts(self) -> tuple[str, Any, str]:
            m = _PLAIN.match(self)
            if m is None:
                return super().parts()
            params = Parameters()
            for p in _PARAMETER.finditer(m[2]):
                params[p[1]] = p[3] if p[2] is None else p[2]
            return m[1], params, unescape_backslash(self[m.end() :])

        @classmethod
        def contentlines(cls, text: str) -> list[Any]:
            """Contentlines.from_ical(text), of these lines."""
            lines: list[Any] = [cls(line) for line in NEWLINE.split(UFOLD.sub("", text)) if line]
            lines.append("")
            return lines

    return PlainLine


def _event(
    comp: Any,
    method: str | None,
    floating: tzinfo | None,
    floating_name: str | None,
    user_addresses: frozenset[str],
) -> Event | None:
    start, tzname = _when(comp, "DTSTART", floating, floating_name)
    if start is None:
        return None
    end, _ = _when(comp, "DTEND", floating, floating_name)
    if end is None and comp.get("DURATION") is not None:
        try:
            duration = comp.decoded("DURATION")
            end = start + duration if isinstance(duration, timedelta) else None
        except Exception:
            end = None
    if end is not None and end <= start:
        end = None
    try:
        sequence = int(str(comp.get("SEQUENCE") or 0))
    except ValueError:
        sequence = 0
    description = _text(comp, "DESCRIPTION")
    location = _text(comp, "LOCATION") or None
    url = _text(comp, "URL") or None
    link = MEETING_URL.search(" ".join(filter(None, (location, url, description))))
    meeting_url = link.group(0).rstrip(".,;") if link else url

    organizer = None
    for addr, cn, cutype in _addresses(comp, "ORGANIZER")[:1]:
        organizer = person_from_address(addr, cn, user_addresses=user_addresses, cutype=cutype)
    attendees: list[Person] = []
    user_invited, user_name = False, None
    for addr, cn, cutype in _addresses(comp, "ATTENDEE"):
        if addr.lower().removeprefix("mailto:").strip() in user_addresses:
            user_invited, user_name = True, cn
        p = person_from_address(addr, cn, user_addresses=user_addresses, cutype=cutype)
        if p is not None:
            attendees.append(p)
    return Event(
        method=method,
        status=(str(comp.get("STATUS") or "").upper() or None),
        uid=_text(comp, "UID") or None,
        sequence=sequence,
        start=start,
        end=end,
        timezone=tzname,
        summary=_text(comp, "SUMMARY"),
        description=description,
        location=location,
        url=meeting_url,
        organizer=organizer,
        attendees=tuple(attendees),
        user_invited=user_invited,
        recurring=comp.get("RRULE") is not None or comp.get("RDATE") is not None,
        user_name=user_name,
    )
