"""The extraction pipeline for one message: auto-reply, calendar parts, then text.

Order of evidence: an automatic reply is never anything else; a calendar part about an
interview decides invitation / reschedule / cancellation; otherwise the new text (never the
quoted history) is read for offer, rejection, cancellation, reschedule, a confirmed slot,
a request for availability, and finally a decision timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from zoneinfo import ZoneInfo

from .. import rx
from ..message import Message
from ..model import Detection, Interview, Kind, Person
from ..vocabulary import NO_VOCABULARY, Vocabulary
from . import calendar_facts as cf
from . import classify as c
from .autoreply import GENERATED, auto_reply_reason, is_bulk
from .calendar_people import event_interviewers, without_relay_and_booker
from .client import expand_acronym
from .company import choose_company, company_from_text, names_a_person
from .dates import resolve_order
from .deadline import after_interview, find_deadline
from .ics import Event, parse_calendars
from .kindwords import forwarded_body
from .names import dedupe, with_full_names
from .notjob import not_job, strongly_not_job
from .people import names_in_text
from .position import cjk_position, position_from_text, programme_from_text, without_company
from .roster import BOOKER
from .slot_context import join_date_and_time_lines
from .slot_pick import find_slots, unquoted
from .subject import from_subject
from .text import units
from .text_path import _text_kind, _text_people, _unconditional
from .topic import job_meeting
from .writer import sender_interviews
from .zone_words import local_zone_name, signature_zone

_OUR_CHAT_OFF = rx.compile(
    r"\b(?:cancel|postpone|move|reschedule|push)\s+(?:our|the|your|tomorrow's|today's)\s+"
    r"(?:\w+\s+)?(?:chat|call|conversation|meeting|catch[- ]up)\b", re.I)
_MOVED_SUBJECT = re.compile(r"\b(?:updated|rescheduled|moved|new\s+time)\b", re.I)


_CURLY = ("’", "‘", "“", "”")
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
#: Kinds whose people matter before a slot is fixed: the thank-you goes to them later.
_SLOT_TO_COME = frozenset({Kind.INTERVIEW_REQUEST, Kind.RESCHEDULE, Kind.CANCELLATION})


@dataclass
class Facts:
    """What every path needs, computed once per message."""

    message: Message
    users: frozenset[str]
    order: str
    default_tz: tzinfo | None
    vocab: Vocabulary = NO_VOCABULARY
    company: str | None = None
    position: str | None = None
    reasons: list[str] = field(default_factory=list)
    moved_by_calendar: bool = False  # a CANCEL and a REQUEST for another time, one mail
    #: The quoted mail a short answer ("see you Wednesday") took its slot from: its
    #: people and the length it stated are the interview's.
    history: str = ""
    #: The header line that opens that quoted mail ("On …, A B <a@b> wrote:", "From: …").
    history_from: str = ""


def run(message: Message, user_addresses: frozenset[str], date_order: str,
        vocab: Vocabulary = NO_VOCABULARY) -> Detection:
    users = frozenset(a.strip().lower() for a in user_addresses)
    as_written = message  # (names and roles are given back with the mail's own quotes)
    if (fwd := forwarded_body(message)) is not None:  # a relayed invitation is the content
        message = replace(message, text=f"{message.text}\n\n{fwd}")
    if any(q in message.text or q in message.subject for q in _CURLY):
        # "won’t", “Voice of the customer”: Word and Outlook's quotes read as the plain ones
        # every pattern is written with
        message = replace(message, text=message.text.translate(_PLAIN_QUOTES),
                          subject=message.subject.translate(_PLAIN_QUOTES))
    sender_domain = message.sender.domain if message.sender else None
    f = Facts(
        message,
        users,
        resolve_order(date_order, sender_domain, f"{message.subject}\n{message.full_text}"),
        # (the city of the sender's signature, or of the lines that close the text when no
        # signature was split off, when the Date header keeps its clock)
        signature_zone(message.signature or "\n".join(message.text.splitlines()[-8:]),
                       message.date)
        or (message.date.tzinfo if message.date else None),
        vocab,
    )
    events = parse_calendars(message.calendars, message_tz=f.default_tz, user_addresses=users)
    ref_day = message.date.date() if message.date else None
    deadline = find_deadline(message.text, ref_day, f.order)
    if deadline:
        f.reasons.append(f"deadline: '{deadline[1][:80]}'")

    machine = False  # sent by a machine that still says something (an ATS notice)

    def done(
        kind: Kind, conf: float, interview: Interview | None = None, auto: bool = False
    ) -> Detection:
        # an offer is the decision: a date in it is the candidate's to answer by
        decision = deadline[0] if deadline and kind not in (Kind.OTHER, Kind.OFFER) else None
        if decision is not None and interview is not None and decision == interview.start.date():
            # "The next step is an interview, booked for Thursday 12 November": the date
            # of the interview itself is not when they will decide.
            decision = None
            f.reasons.append("deadline dropped: it is the interview's own date")
        if decision is None and interview is not None and kind is not Kind.OTHER and (
                late := after_interview(message.text, interview.start.date())):
            decision = late[0]  # "within three (3) months of the interview date"
            f.reasons.append(f"deadline: '{late[1][:80]}'")
        if interview is not None and (local := local_zone_name(
                interview.timezone, interview.start, message.signature or message.text[-400:],
                message.date)):
            interview = _in_zone(interview, local)
        people: tuple[Person, ...] = ()
        if interview is None and kind in _SLOT_TO_COME:
            people = tuple(dedupe(_text_people(f, hypothetical=True)))
        if as_written is not message:
            interview, people = _as_written(interview, people, as_written)
        return Detection(
            kind=kind,
            interview=interview,
            people=people,
            decision_deadline=decision,
            confidence=round(min(conf, 0.99), 3),
            company=_curly(f.company, as_written),
            position=_curly(f.position, as_written),
            auto_reply=auto or machine,
            reasons=tuple(f.reasons),
        )

    auto = auto_reply_reason(message)
    if auto == GENERATED:
        f.reasons.insert(0, f"sent by a machine: {auto}")
        machine = True
    elif auto:
        f.reasons.insert(0, f"auto-reply: {auto}")
        if not auto.startswith("ATS"):  # an out-of-office names no employer or role: the
            return done(Kind.OTHER, 0.9, auto=True)  # two are worked out only where kept
        _company_position(f, events)
        if deadline:  # "we received your application; expect an answer within 2 weeks"
            return done(Kind.STATUS_UPDATE, 0.6, auto=True)
        return done(Kind.OTHER, 0.9, auto=True)
    bulk = is_bulk(message)
    text, subject = message.text, message.subject
    user_says = _user_vouches(f)  # the user's [detection] phrases and senders

    if events:  # (without events, _from_calendar would say None)
        _company_position(f, events)
        if (ics := _from_calendar(f, events, bulk)) is not None:
            return done(*ics)
        f.reasons.append("calendar part not about a job interview")
        return done(Kind.OTHER, 0.8)
    if bulk and not user_says and not c.personal_invitation(text):
        f.reasons.append(f"bulk mail ({bulk})")
        return done(Kind.OTHER, 0.8)  # bulk mail names no employer or role
    _company_position(f, events)

    known: list[bool] = []  # (not functools.cache: a cache wrapper per message costs more)

    def job() -> bool:
        """Job-search context, worked out when first asked: most mail is decided first."""
        if not known:
            known.append(bool(user_says or c.JOB.search(text) or c.JOB.search(subject))
                         and not (not_job(text, names=(f.company, f.position))
                                  or c.not_mine(f"{subject}\n{text}")))
        return known[0]

    if (m := c.offer(text)) and job():
        f.reasons.append(f"offer: '{m.group(0)}'")
        return done(Kind.OFFER, 0.85)
    if (m := c.REJECTION.search(text)) and job() and not c.cancels_rather_than_rejects(text):
        f.reasons.append(f"rejection: '{m.group(0)[:60]}'")
        return done(Kind.REJECTION, 0.85)

    topic = c.about_interview(subject, text)  # (only now: an offer or rejection never asks)
    if not topic and user_says and job():
        f.reasons.append(user_says)
        topic = True
    parts = join_date_and_time_lines(units(text), ref_day, f.order)
    slots, slot_units = find_slots(f, parts)
    if not topic and slots and f.history and (c.about_interview(f.history) or job_meeting(
            subject, f.history, people_named=bool(names_in_text(f.history, hypothetical=True)))):
        # "Brill, Thursday it is." over the interview the quoted mail arranged
        f.reasons.append("the quoted mail it answers arranges an interview")
        topic = True
    if not topic and slots and job_meeting(subject, text, message.quoted or "",
                                           people_named=bool(names_in_text(text))):
        # no "interview" word, but a slot, a hiring context and a meeting with the reader
        topic = not (not_job(f"{subject}\n{text}") or c.not_mine(f"{subject}\n{text}"))
        if topic:
            f.reasons.append("a meeting about a role with a date and time")
    if not topic and job() and (m := c.ASK.search(text)) and c.MEETING_CONTEXT.search(text):
        # "What does your week look like? I'd love to grab half an hour with you" about a
        # role: a request for an interview that never says "interview"
        f.reasons.append(f"asks for time to talk about a role: '{m.group(0)}'")
        topic = True
    if not topic and (m := c.ONE_WAY.search(text)) and c.JOB.search(text) and not (
            c.not_mine(f"{subject}\n{text}") or strongly_not_job(f"{subject}\n{text}")):
        f.reasons.append(f"a one-way interview about a role: '{m.group(0)}'")
        topic = True  # (its own tips and deadlines must not read as a newsletter's)
    if not topic and job() and (m := _OUR_CHAT_OFF.search(text)):
        # "I have to cancel our chat tomorrow at 9:30" about a role: the interview, called off
        f.reasons.append(f"calls off the chat about a role: '{m.group(0)}'")
        topic = True
    if not topic and job() and (m := c.BOOKING.search(text)):
        f.reasons.append(f"a booking link about a role: '{m.group(0)[:60]}'")
        topic = True
    if topic:
        result = _text_kind(f, parts, slots, slot_units)
        if result is not None:
            return done(*result)
    if job() and (deadline or (m := c.STILL_DECIDING.search(text))):
        if not deadline and m:
            f.reasons.append(f"status: '{m.group(0)}'")
        return done(Kind.STATUS_UPDATE, 0.6 if deadline else 0.5)
    if not topic and c.INTERVIEW.search(text + subject):
        f.reasons.append("mentions interviews but not a job interview for the user")
    return done(Kind.OTHER, 0.5)


#: An updated invitation that moves nothing: "date and time are unchanged", "the time stays
#: the same", "same time as before".
_TIME_UNCHANGED = re.compile(
    r"\b(?:(?:date|time|date\s+and\s+time|time\s+and\s+date)\s+(?:is|are|remains?|stays?)\s+"
    r"(?:unchanged|the\s+same)|(?:time|date)\s+(?:has|have)\s+not\s+changed"
    r"|no\s+change\s+to\s+the\s+(?:time|date))\b", re.I)


def _in_zone(interview: Interview, name: str) -> Interview:
    """The interview with its zone named `name` (the same instants)."""
    tz = ZoneInfo(name)
    return replace(interview, timezone=name, start=interview.start.astimezone(tz),
                   end=interview.end.astimezone(tz) if interview.end else None)


def _company_position(f: Facts, events: list[Event]) -> None:
    m = f.message
    names = tuple(a.name for a in (*m.to, *m.cc) if a.name)
    if m.sender and m.sender.name:
        names += (m.sender.name,)
    pos = position_from_text(m.text) or position_from_text(m.subject) or cjk_position(
        f"{m.subject}\n{m.text}")
    people = tuple(a.name for a in (*m.to, *m.cc) if a.name)
    co = company_from_text(m.text, people) or company_from_text(m.subject, people)
    if co:  # is it a person the text introduces ("the role with Dr A B")? asked only now
        people += tuple(p.name for p in names_in_text(m.text) if p.name)
        if names_a_person(co, people):  # (else the phrases read again would give co again)
            co = company_from_text(m.text, people) or company_from_text(m.subject, people)
    s_co, s_pos = from_subject(m.subject, names)
    for e in events[:1]:
        e_co, e_pos = from_subject(e.summary, names)
        s_co, s_pos = s_co or e_co, s_pos or e_pos
    f.company = choose_company(co, s_co, m, names, f.vocab.ats_domains)
    # a reply names the role in the mail it quotes ("Re: Interview Thursday – small change"),
    # or an event's title line does ("Hiring manager interview - Senior Data Analyst")
    pos = pos or s_pos or (position_from_text(unquoted(m.quoted))
                           if m.quoted else None) or _title_line_position(m.text, names) or (
        programme_from_text(m.text))
    f.position = without_company(pos, f.company)
    if f.position and f.position.isupper():  # "SRE" in the subject, spelled out in the thread
        f.position = expand_acronym(f.position, f"{m.text}\n{unquoted(m.quoted)}") or f.position


#: A short line that titles an event or a day: "Hiring manager interview - Senior Data
#: Analyst", "Timetable Performance Analyst - Assessment Day".
_TITLE_LINE = re.compile(r"(?im)^[^\n]{3,80}\s[-–—]\s[^\n]{3,80}$")


def _title_line_position(text: str, names: tuple[str, ...]) -> str | None:
    for line in _TITLE_LINE.findall(text[:2000]):
        about = c.INTERVIEW.search(line) or c.INTERVIEW_STAGE.search(line)
        if (about or "assessment" in line.lower()) and (
                pos := from_subject(line.strip(), names)[1]):
            return pos
    return None


def _curly(value: str | None, message: Message) -> str | None:
    """`value` with the apostrophe the mail wrote ("Nathan O’Brien"), where the text was read
    with plain quotes."""
    if not value or "'" not in value:
        return value
    curly = value.replace("'", "’")
    return curly if curly in message.full_text or curly in message.subject else value


def _as_written(interview: Interview | None, people: tuple[Person, ...], message: Message
                ) -> tuple[Interview | None, tuple[Person, ...]]:
    def fix(p: Person) -> Person:
        return replace(p, name=_curly(p.name, message), title=_curly(p.title, message))
    if interview is not None:
        interview = replace(interview, interviewers=tuple(map(fix, interview.interviewers)),
                            company=_curly(interview.company, message),
                            position=_curly(interview.position, message))
    return interview, tuple(map(fix, people))


def _user_vouches(f: Facts, event: Event | None = None) -> str | None:
    """Why the user's own `[detection]` lists say this is interview mail, or None."""
    m = f.message
    if f.vocab.vouches_for(m.sender.email if m.sender else None):
        return "sender in [detection] interview_senders"
    texts = (m.subject, m.text, *((event.summary, event.description) if event else ()))
    if (phrase := f.vocab.phrase_in(*texts)) is not None:
        return f"[detection] interview phrase '{phrase}'"
    return None


def _from_calendar(
    f: Facts, events: list[Event], bulk: str | None
) -> tuple[Kind, float, Interview | None] | None:
    """Invitation, reschedule or cancellation from the calendar parts, if they are about
    a job interview; None means "let the text decide"."""
    m = f.message
    relevant = []
    for e in events:
        if e.method in ("REPLY", "COUNTER", "REFRESH"):
            continue
        ok, why = cf.is_job_interview(e, m, f.users, f.position, _user_vouches(f, e))
        if ok:
            relevant.append(e)
        elif why not in f.reasons:
            f.reasons.append(why)
    if not relevant:
        return None
    if bulk and not any(e.user_invited for e in relevant):
        f.reasons.append(f"bulk mail ({bulk}) with a calendar part not addressed to the user")
        return Kind.OTHER, 0.7, None
    cancelled = [e for e in relevant if e.method == "CANCEL" or e.status == "CANCELLED"]
    booked = [e for e in relevant if e not in cancelled]
    if cancelled and booked and {e.start for e in booked} - {e.start for e in cancelled}:
        # the cancellation of the old slot and the invitation to the new one, in one mail
        f.reasons.append("ics CANCEL of the old slot with a REQUEST for a new one")
        cancelled, relevant, f.moved_by_calendar = [], booked, True
    chosen = cancelled or relevant
    first = chosen[0]
    # Back-to-back events of one loop (Greenhouse) become one interview, same day only.
    same_day = [e for e in chosen if e.start.date() == first.start.date()]
    ends = [e.end for e in same_day if e.end]
    people: list[Person] = []
    sender = m.sender.email if m.sender else None
    role = cf.organizer_role("\n".join((first.description, m.text)))
    if role is None and any(cf.booked_by(e.organizer, m.text) for e in same_day if e.organizer):
        role = False  # "Scheduled by Dewi Lestari": the organizer only booked it
    alone: set[str] = set()  # organizers kept only because nobody else was on the guest list
    for e in same_day:
        organizer_takes_part = bool(  # (the event's notes are its organizer's words too)
            e.organizer and e.organizer.email == sender and (
                sender_interviews(m.text) or sender_interviews(e.description or "")))
        found = event_interviewers(e, organizer_takes_part if role is None else role)
        if e.organizer and e.organizer.email and found == [e.organizer] and role is None and (
                not organizer_takes_part):
            alone.add(e.organizer.email)
        people.extend(found)
    # an organizer the invitation leaves out is left out of the text's copy of its guest
    # list too ("Who / Dana Fulton - organizer / Marcus Webb"), unless the text names them
    # again ("Technical interview with James Holloway and Amira Said")
    left_out = {e.organizer.name.lower() for e in same_day if e.organizer and e.organizer.name
                and e.organizer not in people and m.text.count(e.organizer.name) == 1
                and re.search(rf"{re.escape(e.organizer.name)}\s+[-–]\s+organi[sz]er", m.text)}
    named = [p for p in _text_people(f) if (p.name or "").lower() not in left_out]
    if not named and alone and first.description:
        # only the coordinator on the guest list, and the mail names nobody: the event's
        # own notes may ("Interviewers: Olivia Brennan (Head of ...), Tomasz Wójcik")
        mine = {" ".join(a.name.split()).casefold() for a in m.to if a.name}
        named = [p for p in names_in_text(first.description) if p.name
                 and " ".join(p.name.split()).casefold() not in mine]
    if alone and any(p.email not in alone for p in named):
        # an ATS invitation whose only guest is its organizer, the coordinator, while the
        # text lists who runs it ("Interviewer: Dana Kowalczyk"): the organizer, whom the
        # text names nowhere above its sign-off, only booked it
        among = {n.name for n in named}
        body = "\n".join(m.text.splitlines()[:-6])  # (the text above a sign-off block)
        people = [p for p in people if p.email not in alone or p.name in among
                  or (p.name is not None and any(p.name in ln and not BOOKER.search(ln)
                                                 for ln in body.splitlines()))]
    people.extend(named)
    people = cf.named(people, "\n".join((first.description, m.text)))
    people = with_full_names(people, (e.organizer for e in same_day if e.organizer))
    people = without_relay_and_booker(people, m, first)
    # the candidate under another address (her personal one, on an invitation she forwarded
    # to herself) is still the candidate: her name as her own mailbox shows it
    own = {" ".join(a.name.split()).casefold() for a in (*m.to, *m.cc)
           if a.name and a.email in f.users}
    own |= {" ".join(e.user_name.split()).casefold() for e in same_day if e.user_name}
    people = [p for p in people if " ".join((p.name or "").split()).casefold() not in own]
    # ... or only her other address, the one she forwarded the invitation from (a guest
    # with no name: an interviewer's calendar entry carries theirs)
    if m.sender is not None and m.sender.email not in f.users:
        people = [p for p in people if p.name or p.email != m.sender.email]
    if role is False:  # "I won't be joining": the organizer only booked the slot
        org = {x for e in same_day if e.organizer for x in (e.organizer.email, e.organizer.name)}
        people = [p for p in people if not ({p.email, p.name} & (org - {None}))]
    start, end, tz_name = first.start, max(ends) if ends else None, first.timezone
    if tz_name in (None, "UTC") and (said := cf.stated_zone(start, (m.text, first.description))):
        # Teams/Zoom write DTSTART in UTC; the mail says "10:00 SAST": that is the zone.
        start, tz_name = start.astimezone(ZoneInfo(said)), said
        end = end.astimezone(ZoneInfo(said)) if end else None
        f.reasons.append(f"zone stated in the mail: {said}")
    interview = Interview(
        start=start,
        end=end,
        timezone=tz_name,
        interviewers=tuple(dedupe(people)),
        company=f.company,
        position=f.position,
        location=first.location,
        meeting_url=first.url,
        uid=first.uid,
        sequence=max(e.sequence for e in same_day),
    )
    f.reasons.append(f"ics METHOD:{first.method or 'none'}")
    f.reasons.append(f"ics SUMMARY '{first.summary[:60]}'")
    if cancelled:
        return Kind.CANCELLATION, 0.9, interview
    moved = (c.RESCHEDULE.search(m.text) is not None  # (one scan before the per-sentence ones)
             and any(_unconditional(c.RESCHEDULE, u.text) for u in units(m.text))) or (
        _MOVED_SUBJECT.search(m.subject)
    )
    if (interview.sequence > 0 or moved) and _TIME_UNCHANGED.search(m.text) and not (
            c.RESCHEDULE.search(m.text)):
        # an update that adds a link or a guest: "date and time are unchanged"
        f.reasons.append(f"ics SEQUENCE:{interview.sequence}, but the time is unchanged")
        return Kind.INTERVIEW_INVITATION, 0.85, interview
    if interview.sequence > 0 or moved or f.moved_by_calendar:
        f.reasons.append(
            f"ics SEQUENCE:{interview.sequence}"
            if interview.sequence > 0
            else "text says the interview moved"
        )
        return Kind.RESCHEDULE, 0.85, interview
    return Kind.INTERVIEW_INVITATION, 0.92 if first.user_invited else 0.85, interview
