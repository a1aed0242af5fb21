"""Build realistic test mails as raw RFC 822 bytes and parse them like a provider would."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from mailwatch.extract import detect
from mailwatch.extract.dates import find_times
from mailwatch.message import Message, parse_message
from mailwatch.model import Detection

USER = "Thandi Nkosi <thandi@example.org>"
USERS = frozenset({"thandi@example.org"})
#: Thursday 5 November 2026, 09:00 in Johannesburg.
DATE = "Thu, 05 Nov 2026 09:00:00 +0200"

_counter = iter(range(1, 1_000_000))


def raw_mail(
    body: str,
    *,
    subject: str = "Interview",
    sender: str = "Lerato Mokoena <lerato@umoya.co.za>",
    to: str = USER,
    date: str = DATE,
    headers: dict[str, str] | None = None,
    ics: str | None = None,
    ics_method: str | None = "REQUEST",
    ics_attachment: bool = False,
    ics_inline: bool = True,
    html: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<t{next(_counter)}@mail.test>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if ics is not None:
        data = ics.replace("\r\n", "\n").replace("\n", "\r\n")
        if ics_inline:
            params = {"method": ics_method} if ics_method else {}
            if html is None:
                msg.add_alternative(data, subtype="calendar", params=params)
            else:
                msg.get_payload()  # already multipart/alternative
                msg.add_alternative(data, subtype="calendar", params=params)
        if ics_attachment:
            msg.add_attachment(
                data.encode(), maintype="application", subtype="ics", filename="invite.ics"
            )
    return bytes(msg)


def mail(body: str, **kw: object) -> Message:
    return parse_message(raw_mail(body, **kw))  # type: ignore[arg-type]


def detected(body: str, subject: str = "Next steps",
             sender: str = "Pieter Botha <pieter@karoo-analytics.co.za>",
             headers: dict[str, str] | None = None, **kw: object) -> Detection:
    """What mailwatch reads in a mail sent Monday 2 November 2026, 09:00 SAST (unless
    `date` says otherwise); `kw` goes to `raw_mail` (a calendar part: `ics=`)."""
    kw.setdefault("date", "Mon, 02 Nov 2026 09:00:00 +0200")
    raw = raw_mail(body, subject=subject, sender=sender, headers=headers, **kw)  # type: ignore[arg-type]
    return detect(parse_message(raw), user_addresses=USERS)


def people_of(d: Detection) -> list[str]:
    """The sorted names of a detection's people: its interview's, or those named for a slot
    still to come."""
    return sorted(p.name for p in (d.interview.interviewers if d.interview else d.people))


def vevent(
    *,
    summary: str,
    start: str,
    end: str | None = None,
    tzid: str | None = None,
    method: str = "REQUEST",
    uid: str = "evt-1@umoya.co.za",
    sequence: int = 0,
    organizer: str = "CN=Lerato Mokoena:mailto:lerato@umoya.co.za",
    attendees: tuple[str, ...] = ("CN=Thandi Nkosi:mailto:thandi@example.org",),
    description: str = "",
    location: str = "",
    extra_cal: str = "",
    status: str | None = None,
) -> str:
    """A one-event VCALENDAR. start/end like 20261112T140000 (append Z for UTC)."""
    tz = f";TZID={tzid}" if tzid else ""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Test//mailwatch//EN", "VERSION:2.0", f"METHOD:{method}"]
    if extra_cal:
        lines.append(extra_cal)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        "DTSTAMP:20261105T070000Z",
        f"DTSTART{tz}:{start}",
    ]
    if end:
        lines.append(f"DTEND{tz}:{end}")
    lines.append(f"SUMMARY:{summary}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    if location:
        lines.append(f"LOCATION:{location}")
    if status:
        lines.append(f"STATUS:{status}")
    lines.append(f"ORGANIZER;{organizer}")
    lines += [f"ATTENDEE;{a}" for a in attendees]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


def assert_clock(text: str, expected: list[tuple[int, int] | None] | None) -> None:
    """The one clock time (and end) read in `text`, or none when `expected` is None."""
    hits = find_times(text)
    if expected is None:
        assert hits == []
        return
    (hit,) = hits
    start, end = expected
    assert (hit.start.hour, hit.start.minute) == start
    assert (end is None and hit.end is None) or (hit.end.hour, hit.end.minute) == end


def corpus_sample(folder: Path, count: int = 12) -> Path:
    """The first `count` corpus mails of 0NN–2NN and their labels, copied into `folder`:
    a small corpus to train a model on."""
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    for name in sorted(corpus.glob("0[0-2]*.eml"))[:count]:
        for part in (name, name.with_suffix(".json")):
            (folder / part.name).write_bytes(part.read_bytes())
    return folder
