"""iCalendar bodies for the demo story, shaped like what Google Calendar and Outlook send.

Kept apart from `demo_data` because the two vendors' quirks matter to extraction (an
IANA TZID with a VTIMEZONE from Google, a Windows zone name from Exchange, Google's
ATTENDEE parameters) and are easier to review side by side here. Data only, no I/O.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_BERLIN_VTIMEZONE = """\
BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

_WINDOWS_VTIMEZONE = """\
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def _fold(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets per line, continuation starts with a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def _ics(lines: list[str]) -> str:
    return "\r\n".join(_fold(line) for line in "\n".join(lines).split("\n")) + "\r\n"


def _cn(name: str) -> str:
    """A CN parameter value, quoted when it holds characters that end a parameter."""
    return f'"{name}"' if any(c in name for c in ',;:') else name


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _google_attendee(person: tuple[str, str], *, partstat: str, rsvp: bool = True) -> str:
    name, email = person
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
            f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={_cn(name)};X-NUM-GUESTS=0:mailto:{email}")


def google_invite(*, uid: str, start: datetime, minutes: int, organizer: tuple[str, str],
                  interviewers: list[tuple[str, str]], user: tuple[str, str],
                  stamp: datetime) -> str:
    """A Google Calendar METHOD:REQUEST; `start` is aware, in Europe/Berlin."""
    end = start + timedelta(minutes=minutes)
    return _ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        _BERLIN_VTIMEZONE,
        "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{_local(start)}",
        f"DTEND;TZID=Europe/Berlin:{_local(end)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"ORGANIZER;CN={_cn(organizer[0])}:mailto:{organizer[1]}",
        f"UID:{uid}",
        *(_google_attendee(p, partstat="ACCEPTED") for p in interviewers),
        _google_attendee((user[1], user[1]), partstat="NEEDS-ACTION"),
        f"CREATED:{_utc(stamp)}",
        "DESCRIPTION:You will meet our Head of Data and a senior analyst. Plan for 60 "
        "minutes including a short case discussion.\\n\\nJoin with Google Meet: "
        "https://meet.example/kqa-rtwp-mzn",
        f"LAST-MODIFIED:{_utc(stamp)}",
        "LOCATION:Google Meet",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:Interview: {user[0]} / Data Analyst",
        "TRANSP:OPAQUE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:This is an event reminder",
        "TRIGGER:-P0DT0H30M0S",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


def google_accept(*, uid: str, start: datetime, minutes: int, organizer: tuple[str, str],
                  user: tuple[str, str], stamp: datetime) -> str:
    """The METHOD:REPLY Google sends when the user clicks "Yes"."""
    end = start + timedelta(minutes=minutes)
    return _ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REPLY",
        _BERLIN_VTIMEZONE,
        "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{_local(start)}",
        f"DTEND;TZID=Europe/Berlin:{_local(end)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"ORGANIZER;CN={_cn(organizer[0])}:mailto:{organizer[1]}",
        f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={_cn(user[0])};"
        f"X-NUM-GUESTS=0:mailto:{user[1]}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        f"SUMMARY:Interview: {user[0]} / Data Analyst",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


def outlook_invite(*, uid: str, sequence: int, start: datetime, minutes: int,
                   organizer: tuple[str, str], attendees: list[tuple[str, str]],
                   subject: str, stamp: datetime) -> str:
    """An Exchange METHOD:REQUEST; `start` is naive wall time in "W. Europe Standard Time"."""
    end = start + timedelta(minutes=minutes)
    return _ics([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        _WINDOWS_VTIMEZONE,
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={_cn(organizer[0])}:mailto:{organizer[1]}",
        *(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={_cn(name)}:"
          f"mailto:{email}" for name, email in attendees),
        "DESCRIPTION;LANGUAGE=en-US:Interview for the Operations Data Analyst role.\\n"
        "Microsoft Teams meeting: https://teams.example/l/meetup-join/19%3avaart-ops-interview",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{subject}",
        f"DTSTART;TZID=W. Europe Standard Time:{_local(start)}",
        f"DTEND;TZID=W. Europe Standard Time:{_local(end)}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{_utc(stamp)}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        f"SEQUENCE:{sequence}",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
