"""An event from an "Add to Google Calendar" or "Add to Outlook" link, for mail whose only
statement of the time is inside such a link.

Why: schedulers (Ashby, Gem, Greenhouse's confirmations, plain HTML templates) often send
no calendar part at all, only buttons whose URLs carry the event: Google's
`calendar/render?action=TEMPLATE&dates=20270422T093000/20270422T101500&ctz=Australia/Sydney`
and Outlook's `…/calendar/…/compose?startdt=2027-04-21T23:30:00Z&enddt=…`. The link is the
event as the sender's tool wrote it, so it is read as a calendar part (METHOD:PUBLISH, no
guests) and goes through the same checks as any other: its title and the mail must still
be about the user's interview.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: A Google Calendar template link or an Outlook compose deep link, up to its end.
_LINK = re.compile(r"https?://(?:calendar\.google\.com/calendar/(?:u/\d+/)?(?:render|event)"
                   r"|www\.google\.com/calendar/(?:render|event)"
                   r"|outlook\.(?:live|office|office365)\.com/(?:calendar|owa)/[^\s\"'<>?]*compose)"
                   r"\?[^\s\"'<>]+", re.I)
_GOOGLE_DATES = re.compile(r"^(\d{8}T\d{6})(Z?)/(\d{8}T\d{6})(Z?)$")


def linked_event(*bodies: str) -> str | None:
    """A VCALENDAR text for the first calendar link in `bodies` (an HTML and a plain part,
    as written) that states a start, or None."""
    for body in bodies:
        if "calendar" not in body:
            continue
        for m in _LINK.finditer(html.unescape(body)):
            if (event := _event(m.group(0))) is not None:
                return event
    return None


def _event(url: str) -> str | None:
    query = {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    title = query.get("text") or query.get("subject") or ""
    details = query.get("details") or query.get("body") or ""
    if (dates := _GOOGLE_DATES.match(query.get("dates", ""))) is not None:
        start, start_z, end, end_z = dates.groups()
        zone = query.get("ctz") if not start_z else None
        if zone is not None and not _known(zone):
            return None
        return _vcalendar(title, details, start + start_z, end + end_z, zone)
    if (start := _utc(query.get("startdt"))) and (end := _utc(query.get("enddt"))):
        return _vcalendar(title, details, start, end, None)
    return None


def _known(zone: str) -> bool:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _utc(value: str | None) -> str | None:
    """ "2027-04-21T23:30:00Z" (or with an offset) -> "20270421T233000Z"; None for a time
    with no zone, which says nothing exact."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def _vcalendar(title: str, details: str, start: str, end: str, zone: str | None) -> str:
    tz = f";TZID={zone}" if zone else ""
    return "\r\n".join((
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mailwatch//calendar link//EN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:link-{start}-{end}",
        f"DTSTART{tz}:{start}", f"DTEND{tz}:{end}", f"SUMMARY:{_escaped(title)}",
        f"DESCRIPTION:{_escaped(details)}", "END:VEVENT", "END:VCALENDAR", ""))


def _escaped(value: str) -> str:
    """A TEXT value as RFC 5545 writes it."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r", "").replace("\n", "\\n"))
