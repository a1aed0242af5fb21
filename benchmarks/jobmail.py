"""Job-search conversations for the benchmark mailboxes: about 1 % of every mailbox.

Why they are whole conversations and not single messages: mailwatch's cost depends on
threads (a reply links to tracked mail and is always fetched, the user's own answers sit
in Sent, an outcome arrives days after the interview), so the generator writes what a job
search leaves behind: an ATS acknowledgement, an invitation (a calendar invitation with an
ICS part, or recruiter prose naming the time), the user's reply, and sometimes a status
update, a rejection or an offer after the interview.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .mailtext import SAST, USER, USER_NAME, Mail, alternative, boundary, head, mid

COMPANIES = [
    "Umoya Energy", "Baobab Logistics", "Kestrel Health", "Fynbos Labs", "Marula Payments",
    "Protea Robotics", "Karoo Cloud", "Indigo Freight", "Silverstream Insurance",
    "Jacaranda Media", "Tidewater Bank", "Quillfeather Software", "Aloe Analytics",
    "Springbok Mobility", "Nguni Telecom", "Sunbird Travel",
]  # fmt: skip
ROLES = ["Data Engineer", "Backend Developer", "Analytics Engineer", "Platform Engineer",
         "Senior Python Developer", "Machine Learning Engineer", "Data Analyst",
         "Site Reliability Engineer"]
RECRUITERS = ["Lindiwe Zulu", "Megan Fourie", "Thabo Mahlangu", "Priya Govender",
              "Carla Jacobs", "Bongani Khoza", "Sarah Meyer", "Yusuf Ebrahim"]
INTERVIEWERS = [("Nomvula Khumalo", "Head of Engineering"), ("Daniel Kruger", "Tech Lead"),
                ("Aisha Moosa", "Engineering Manager"), ("Themba Ndlovu", "Principal Engineer"),
                ("Liesl du Plessis", "Data Lead"), ("Kevin Chetty", "CTO"),
                ("Refilwe Mabena", "Staff Engineer"), ("Grant Wilson", "VP Engineering")]
ATS = ["greenhouse-mail.io", "lever.co", "workablemail.com", "smartrecruiters.com",
       "teamtailor-mail.com"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _domain(company: str) -> str:
    return company.lower().replace(" ", "") + ".example"


def _addr(name: str, domain: str) -> str:
    first, *rest = name.lower().split()
    return f"{first}.{rest[-1].replace(' ', '')}@{domain}"


def _long_date(when: datetime) -> str:
    return f"{WEEKDAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year}"


def _slot(rng: random.Random, after: datetime) -> datetime:
    """A business-day interview slot 2-9 days after `after`, 09:00-15:30 in SAST."""
    day = (after + timedelta(days=rng.randint(2, 9))).astimezone(SAST)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=rng.randint(9, 15), minute=rng.choice((0, 30)), second=0,
                       microsecond=0)


def _ics(rng: random.Random, start: datetime, minutes: int, summary: str, organizer: str,
         org_addr: str, people: list[tuple[str, str]], domain: str) -> str:
    fmt = "%Y%m%dT%H%M%S"
    end = start + timedelta(minutes=minutes)
    attendees = "".join(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                        f"RSVP=TRUE:mailto:{_addr(n, domain)}\r\n" for n, _ in people)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Benchmark Calendar//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Africa/Johannesburg\r\n"
            "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\nTZNAME:SAST\r\n"
            "DTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
            f"UID:{rng.getrandbits(64):016x}@{domain}\r\nSEQUENCE:0\r\n"
            f"DTSTAMP:{start.astimezone(UTC).strftime(fmt)}Z\r\n"
            f"DTSTART;TZID=Africa/Johannesburg:{start.strftime(fmt)}\r\n"
            f"DTEND;TZID=Africa/Johannesburg:{end.strftime(fmt)}\r\nSUMMARY:{summary}\r\n"
            f"ORGANIZER;CN={organizer}:mailto:{org_addr}\r\n{attendees}"
            f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:"
            f"thandi@example.org\r\nLOCATION:https://meet.google.example/{rng.getrandbits(30):x}"
            "\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _reply_headers(refs: list[str]) -> str:
    return f"In-Reply-To: <{refs[-1]}>\nReferences: {' '.join(f'<{r}>' for r in refs)}\n"


@dataclass(frozen=True)
class Opening:
    """Who invites whom to what: one application's fixed facts."""

    company: str
    role: str
    recruiter: str
    people: list[tuple[str, str]]
    minutes: int
    with_ics: bool

    @property
    def domain(self) -> str:
        return _domain(self.company)

    @property
    def sender(self) -> str:
        return f"{self.recruiter} <{_addr(self.recruiter, self.domain)}>"


def opening(rng: random.Random) -> Opening:
    return Opening(rng.choice(COMPANIES), rng.choice(ROLES), rng.choice(RECRUITERS),
                   rng.sample(INTERVIEWERS, rng.choice((1, 1, 2))),
                   rng.choice((30, 45, 60, 60, 90)), rng.random() < 0.5)


def invitation(rng: random.Random, op: Opening, invited: datetime, slot: datetime
               ) -> tuple[Mail, str, str]:
    """(the invitation, its subject, its text): a calendar invitation with an ICS part,
    or recruiter prose naming the time."""
    intro = ", ".join(f"{n} ({t})" for n, t in op.people)
    subject = (f"Interview: {op.role} at {op.company}" if op.with_ics else
               f"Interview invitation: {op.role}")
    text = (f"Dear Thandi,\n\nThank you for your application for the {op.role} position at "
            f"{op.company}. We are pleased to invite you to an interview on "
            f"{_long_date(slot)} at {slot:%H:%M} SAST ({op.minutes} minutes). You will be "
            f"speaking with {intro} via Google Meet.\n\nPlease reply to confirm.\n\n"
            f"Kind regards,\n{op.recruiter}\nTalent Acquisition, {op.company}\n")
    msgid = mid(rng, op.domain)
    if op.with_ics:
        ics = _ics(rng, slot, op.minutes, f"Interview - {op.role} ({USER_NAME})", op.recruiter,
                   _addr(op.recruiter, op.domain), op.people, op.domain)
        alt_type, alt = alternative(rng, text, f"<p>{text.replace(chr(10), '<br>')}</p>")
        b = boundary(rng)
        body = (f"--{b}\nContent-Type: {alt_type}\n\n{alt}--{b}\n"
                f"Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\n"
                f"Content-Transfer-Encoding: 7bit\n\n{ics}--{b}\nContent-Type: "
                "application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; "
                f"filename=\"invite.ics\"\nContent-Transfer-Encoding: 7bit\n\n{ics}--{b}--\n")
        raw = head(rng, invited, op.sender, USER, subject, msgid, "",
                   f'multipart/mixed; boundary="{b}"', "7bit") + body
    else:
        raw = head(rng, invited, op.sender, USER, subject, msgid) + text
    return Mail(invited, "inbox", raw.encode(), "job", msgid), subject, text


def conversation(rng: random.Random, place: Callable[[timedelta], datetime], limit: int
                 ) -> list[Mail]:
    """One application's mail, at most `limit` messages. `place(duration)` picks the
    conversation's start so that all of it lies before the mailbox's 'now'."""
    op = opening(rng)
    acknowledged = rng.random() < 0.6
    ack_gap = timedelta(days=rng.randint(1, 6)) if acknowledged else timedelta(0)
    answer_gap = timedelta(minutes=rng.randint(30, 20 * 60))
    outcome = rng.choices(("none", "status", "rejection", "offer"), (5, 3, 3, 1))[0]
    outcome_gap = timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8))
    # The interview slot depends on the invitation's date; its span bounds the duration.
    span = ack_gap + timedelta(days=12) + (outcome_gap if outcome != "none" else answer_gap)
    start = place(span)
    invited = start + ack_gap
    slot = _slot(rng, invited)
    out: list[Mail] = []
    if acknowledged:
        ats = rng.choice(ATS)
        msgid = mid(rng, ats)
        body = (f"Hi Thandi,\n\nThank you for applying for the {op.role} role at "
                f"{op.company}. Our team is reviewing applications and will be in touch "
                f"about next steps.\n\nBest wishes,\nThe {op.company} Talent Team\n")
        raw = head(rng, start, f"{op.company} Careers <no-reply@{ats}>", USER,
                   f"Thank you for applying to {op.company}", msgid,
                   "Auto-Submitted: auto-generated\n") + body
        out.append(Mail(start, "inbox", raw.encode(), "job", msgid))
    invite, subject, text = invitation(rng, op, invited, slot)
    out.append(invite)
    refs = [invite.msgid]
    names = " and ".join(n for n, _ in op.people)
    answered = invited + answer_gap
    msgid = mid(rng, "example.org")
    body = (f"Dear {op.recruiter.split()[0]},\n\nThank you for the invitation. "
            f"{_long_date(slot)} at {slot:%H:%M} works well for me, and I look forward to "
            f"speaking with {names}.\n\nKind regards,\nThandi\n\nOn {invited:%d %b %Y}, "
            f"{op.recruiter} wrote:\n"
            + "".join(f"> {line}\n" for line in text.strip().split("\n")))
    raw = head(rng, answered, USER, op.sender, f"Re: {subject}", msgid,
               _reply_headers(refs)) + body
    out.append(Mail(answered, "sent", raw.encode(), "job", msgid))
    refs.append(msgid)
    if outcome != "none":
        when = slot + timedelta(minutes=op.minutes) + outcome_gap
        decide = when + timedelta(days=rng.randint(5, 12))
        body = {
            "status": f"Thank you for your time with {names}. We are still meeting other "
                      f"candidates and will let you know by {_long_date(decide)}.",
            "rejection": "Thank you for interviewing with us. Unfortunately we have decided "
                         "not to move forward with your application at this time. We wish "
                         "you every success in your search.",
            "offer": f"We are delighted to offer you the position of {op.role} at "
                     f"{op.company}. The written offer follows separately; we hope you will "
                     "accept.",
        }[outcome]
        msgid = mid(rng, op.domain)
        raw = head(rng, when, op.sender, USER, f"Re: {subject}", msgid, _reply_headers(refs)) \
            + f"Hi Thandi,\n\n{body}\n\nKind regards,\n{op.recruiter}\n"
        out.append(Mail(when, "inbox", raw.encode(), "job", msgid))
    return out[:limit]
