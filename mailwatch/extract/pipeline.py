"""The extraction pipeline for one message: auto-reply, calendar parts, then text.

Order of evidence: an automatic reply is never anything else; a calendar part about an
interview decides invitation / reschedule / cancellation; otherwise the new text (never the
quoted history) is read for offer, rejection, cancellation, reschedule, a confirmed slot,
a request for availability, and finally a decision timeline. The calendar path lives in
calendar_path.py and the text path in text_path.py; this module keeps their order, the
company and role, and the Detection they end in.
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
from . import classify as c
from .autoreply import GENERATED, auto_reply_reason, is_bulk
from .calendar_path import from_calendar, user_vouches
from .clock_change import across_clock_change
from .date_order import resolve_order
from .deadline import find_deadline, stated_decision
from .deadline_from import after_interview
from .employer import with_institution
from .employer_role import company_and_role
from .ics import parse_calendars
from .kind_vote import RULES_SURE, model_guess, model_words, overruled
from .kindwords import REPLY_SUBJECT, forwarded_body
from .learned import model_company, model_people, model_role
from .names import dedupe
from .notjob import not_job, strongly_not_job
from .people import names_in_text
from .quoted_pick import picks_offered, unquoted
from .slot_context import join_date_and_time_lines
from .slot_pick import find_slots
from .text import paragraph_count, units
from .text_path import _text_kind, quoted_day
from .text_people import text_people
from .topic import job_meeting
from .zone_words import irish_standard_time, local_zone_name, signature_zone

_OUR_CHAT_OFF = rx.compile(
    r"\b(?:cancel|postpone|move|reschedule|push)\s+(?:our|the|your|tomorrow's|today's)\s+"
    r"(?:\w+\s+)?(?:chat|call|conversation|meeting|catch[- ]up)\b", re.I)
#: Word's and Outlook's quotes, and the digits of Arabic, Persian, the Indic scripts, Thai,
#: Lao, Burmese, Khmer and Mongolian mail ("الساعة ١١:٠٠", "সকাল ১১:০০"): read as the plain
#: ones every pattern is written with.
_DIGIT_ZEROS = (0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
                0xDE6, 0xE50, 0xED0, 0x1040, 0x17E0, 0x1810)
_NOT_PLAIN = re.compile("[’‘“”" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _DIGIT_ZEROS) + "]")
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"',
                        **{chr(zero + i): str(i) for zero in _DIGIT_ZEROS for i in range(10)}})
#: Her thank-you after a meeting, quoted under the employer's answer: "Thanks for having
#: me in today - I really enjoyed meeting Sam and Lachlan".
_HER_THANKS = re.compile(r"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:having\s+me\s+in"
                         r"|meeting\s+(?:with\s+)?me|the\s+interview)\b", re.I)
#: Kinds whose people matter before a slot is fixed: the thank-you goes to them later.
_SLOT_TO_COME = frozenset({Kind.INTERVIEW_REQUEST, Kind.RESCHEDULE, Kind.CANCELLATION})
#: Kinds about a meeting with interviewers, whose names the people model may add to.
_MEETINGS = _SLOT_TO_COME | {Kind.INTERVIEW_INVITATION}
#: Kinds that are the employer's decision, not a meeting.
_DECIDED = frozenset({Kind.OFFER, Kind.REJECTION, Kind.STATUS_UPDATE})


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
    #: The first paragraph (as `text.units` counts them) of a forwarded mail appended to the
    #: forwarder's own text, or None: the forwarder's own slot is the newer word.
    forward_para: int | None = None
    #: The text says the slot the quoted mail booked stands ("the time and Zoom link are
    #: exactly as below", "Same time tomorrow, new link"): an invitation, however it reads.
    slot_stands: bool = False


def run(message: Message, user_addresses: frozenset[str], date_order: str,
        vocab: Vocabulary = NO_VOCABULARY) -> Detection:
    users = frozenset(a.strip().lower() for a in user_addresses)
    as_written = message  # (names and roles are given back with the mail's own quotes)
    forward_para = None
    if (fwd := forwarded_body(message)) is not None:  # a relayed invitation is the content
        forward_para = paragraph_count(message.text)
        message = replace(message, text=f"{message.text}\n\n{fwd}")
    if _NOT_PLAIN.search(message.text) or _NOT_PLAIN.search(message.subject):
        # "won’t", “Voice of the customer”, "١٢ مايو"
        # (the quoted mail too: a forward's own text is told from the forwarded one by
        # the quoted body it ends with)
        message = replace(message, text=message.text.translate(_PLAIN),
                          subject=message.subject.translate(_PLAIN),
                          signature=message.signature.translate(_PLAIN),
                          quoted=message.quoted and message.quoted.translate(_PLAIN))
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
        forward_para=forward_para,
    )
    events = parse_calendars(message.calendars, message_tz=f.default_tz, user_addresses=users)
    ref_day = message.date.date() if message.date else None
    own = message.sender is not None and message.sender.email in users
    # (her own mail states no decision of the employer's: "I accepted another offer
    # (starting December 6)")
    deadline = None if own else stated_decision(message.text, ref_day, f.order, sender_domain)
    if deadline:
        f.reasons.append(f"deadline: '{deadline[1][:80]}'")

    machine = False  # sent by a machine that still says something (an ATS notice)
    said: list[tuple[Kind, float] | None] = []  # the kind model's word, once asked

    def model_says() -> tuple[Kind, float] | None:
        if not said:
            said.append(model_words(as_written))
        return said[0]

    def done(
        kind: Kind, conf: float, interview: Interview | None = None, auto: bool = False,
        settled: bool = False,
    ) -> Detection:
        settled = settled or (f.slot_stands and kind is Kind.INTERVIEW_INVITATION)
        if not (auto or settled) and conf < RULES_SURE and (
                sure := overruled(f, kind, model_says())) is not None:
            kind = sure
        # an offer or a rejection is the decision: a date in an offer is the candidate's to
        # answer by, one in a rejection a day gone by ("sorry it took until Friday")
        decision = deadline[0] if deadline and kind not in (
            Kind.OTHER, Kind.OFFER, Kind.REJECTION) else None
        if decision is not None and interview is not None and decision == interview.start.date():
            # "The next step is an interview, booked for Thursday 12 November": the date
            # of the interview itself is not when they will decide.
            decision = None
            f.reasons.append("deadline dropped: it is the interview's own date")
        if decision is None and interview is not None and kind is not Kind.OTHER and (
                late := after_interview(message.text, interview.start.date())):
            decision = late[0]  # "within three (3) months of the interview date"
            f.reasons.append(f"deadline: '{late[1][:80]}'")
        if decision is None and interview is not None and f.history and kind is (
                Kind.INTERVIEW_INVITATION) and (
                said := find_deadline(f.history, ref_day, f.order)) is not None and (
                said[0] != interview.start.date()):
            # a short answer ("Nothing else changes") over the offer that promised "a
            # decision by the end of the month": the promise still stands
            decision = said[0]
            f.reasons.append(f"deadline in the quoted offer: '{said[1][:80]}'")
        if interview is not None and interview.timezone == "Asia/Kolkata" and (
                irish := irish_standard_time(message.full_text, interview.start.replace(
                    tzinfo=None))) is not None:  # a Dublin firm's "IST": Irish Standard Time
            length = interview.end - interview.start if interview.end else None
            interview = replace(interview, timezone="Europe/Dublin", start=irish,
                                end=irish + length if length else None)
        if interview is not None and message.date is not None and (
                new_clock := across_clock_change(interview, message.date, message.text)):
            interview = new_clock  # "the clocks go back an hour - 10 means 10 on the NEW time"
        if interview is not None and (local := local_zone_name(
                interview.timezone, interview.start, message.signature or message.text[-400:],
                message.date, message.text)):
            interview = _in_zone(interview, local)
        people: tuple[Person, ...] = ()
        if interview is None and kind in _SLOT_TO_COME:
            people = tuple(dedupe(text_people(f, hypothetical=True)))
        if kind in _MEETINGS:
            interview, people = model_people(f, interview, people, kind is Kind.RESCHEDULE)
        if kind is not Kind.OTHER and not f.position and not (interview and interview.position):
            f.position = model_role(f, (*people, *(interview.interviewers if interview else ())))
        if kind is not Kind.OTHER:
            interview = model_company(f, interview)
            if (whole := with_institution(f.company, message.full_text)) != f.company:
                f.company = whole  # ("Southern Tablelands" of the university's name)
                interview = interview and replace(interview, company=whole)
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

    if own and (
            message.quoted and REPLY_SUBJECT.match(message.subject or "")
            or events and all(e.method == "REPLY" for e in events)
            # (or a note of her own that quotes nothing: "Thank you - Backend Engineer
            # interview"; not a forward, whose content is what she passes on)
            or not message.quoted and not events and forward_para is None) and not (
                c.CANCEL.search(message.text) or c.RESCHEDULE.search(message.text)
                or c.PROPOSES_INSTEAD.search(message.text) or picks_offered(f)):
        # her own answer ("Tuesday at 10:00 suits me well") over the invitation it quotes,
        # or her calendar's ("Accepted: …", METHOD:REPLY): the invitation was read when it
        # came; her reply is no new one. (Unless she calls the interview off, asks to move
        # it or picks one of the times the employer offered: that changes it, and is read
        # as such.)
        f.reasons.append("the user's own reply")
        return done(Kind.OTHER, 0.8, settled=True)
    auto = auto_reply_reason(message)
    if auto == GENERATED:
        f.reasons.insert(0, f"sent by a machine: {auto}")
        machine = True
    elif auto:
        f.reasons.insert(0, f"auto-reply: {auto}")
        if not auto.startswith("ATS"):  # an out-of-office names no employer or role: the
            return done(Kind.OTHER, 0.9, auto=True)  # two are worked out only where kept
        f.company, f.position = company_and_role(message, f.users, f.vocab.ats_domains, events)
        if deadline:  # "we received your application; expect an answer within 2 weeks"
            return done(Kind.STATUS_UPDATE, 0.6, auto=True)
        return done(Kind.OTHER, 0.9, auto=True)
    bulk = is_bulk(message)
    text, subject = message.text, message.subject
    user_says = user_vouches(f)  # the user's [detection] phrases and senders

    if events:  # (without events, from_calendar would say None)
        f.company, f.position = company_and_role(message, f.users, f.vocab.ats_domains, events)
        if (ics := from_calendar(f, events, bulk)) is not None:
            # (a calendar's reading of its event is its METHOD, SEQUENCE and times: the
            # model's words never overrule it, only its finding that no interview is there)
            return done(*ics, settled=ics[0] is not Kind.OTHER)
        f.reasons.append("calendar part not about a job interview")
        return done(Kind.OTHER, 0.8)
    if bulk and not user_says and not c.personal_invitation(text) and not (
            (c.REJECTION.search(text) or (c.ONE_WAY.search(text) and (c.about_interview(
                subject, text) or c.PERSONAL_INVITE.search(text)))) and c.JOB.search(text)):
        # (not an ATS's personal rejection or its one-way video interview for a role)
        f.reasons.append(f"bulk mail ({bulk})")
        return done(Kind.OTHER, 0.8)  # bulk mail names no employer or role
    f.company, f.position = company_and_role(message, f.users, f.vocab.ats_domains, events)

    known: list[bool] = []  # (not functools.cache: a cache wrapper per message costs more)

    def job() -> bool:
        """Job-search context, worked out when first asked: most mail is decided first."""
        if not known:
            # (or the job mail it answers: "you'll hear from me by COB thursday" under a
            # "Re: Thanks for today" that quotes her thanks for the interview)
            known.append(bool(user_says or c.JOB.search(text) or c.JOB.search(subject) or (
                message.quoted and REPLY_SUBJECT.match(subject) and (c.about_interview(
                    "", answered := unquoted(message.quoted)) or _HER_THANKS.search(answered))))
                         and not (not_job(text, names=(f.company, f.position))
                                  or c.not_mine(f"{subject}\n{text}")))
        return known[0]

    if (m := c.offer(text)) and job():
        f.reasons.append(f"offer: '{m.group(0)}'")
        return done(Kind.OFFER, 0.85)
    if (m := c.REJECTION.search(text)) and job() and not c.cancels_rather_than_rejects(text) and (
            not c.STILL_IN_RUNNING.search(text)):
        f.reasons.append(f"rejection: '{m.group(0)[:60]}'")
        return done(Kind.REJECTION, 0.85)

    # (only now: an offer or rejection never asks)
    topic = c.about_interview(subject, text, names=(f.company, f.position))
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
    # (or her own "could Owen and Rukhsana do Wednesday … instead?" over the booking)
    if not topic and message.quoted and (c.RESCHEDULE.search(text) or (
            own and c.PROPOSES_INSTEAD.search(text))) and (
            old := unquoted(message.quoted)) and (c.about_interview(old) or job_meeting(
                subject, old, people_named=bool(names_in_text(old, hypothetical=True)))):
        # "Could we do Thursday instead? Same time, same Zoom link." over the mail that
        # booked "a 30-minute call about the Supply Chain Coordinator job"
        f.reasons.append("moves the meeting the quoted mail arranged")
        topic = True
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
    if job() and (guess := model_guess(f, model_says())) is not None:
        if guess not in _DECIDED and not topic and (
                result := _text_kind(f, parts, slots, slot_units)) is not None:
            return done(*result)  # about an interview: the slots decide its kind, as ever
        # (the words alone; and for an invitation, the interview its quote booked on the
        # day the reply names)
        return done(guess, 0.5, quoted_day(f) if guess is Kind.INTERVIEW_INVITATION else None)
    if not topic and c.INTERVIEW.search(text + subject):
        f.reasons.append("mentions interviews but not a job interview for the user")
    return done(Kind.OTHER, 0.5)


def _in_zone(interview: Interview, name: str) -> Interview:
    """The interview with its zone named `name` (the same instants)."""
    tz = ZoneInfo(name)
    return replace(interview, timezone=name, start=interview.start.astimezone(tz),
                   end=interview.end.astimezone(tz) if interview.end else None)


def _curly(value: str | None, message: Message) -> str | None:
    """`value` with the apostrophe the mail wrote ("Nathan O’Brien"), where the text was read
    with plain quotes."""
    if not value or "'" not in value:
        return value
    curly = value.replace("'", "’")
    return curly if curly in message.full_text or curly in message.subject or (
        message.quoted and curly in message.quoted) else value


def _as_written(interview: Interview | None, people: tuple[Person, ...], message: Message
                ) -> tuple[Interview | None, tuple[Person, ...]]:
    def fix(p: Person) -> Person:
        return replace(p, name=_curly(p.name, message), title=_curly(p.title, message))
    if interview is not None:
        interview = replace(interview, interviewers=tuple(map(fix, interview.interviewers)),
                            company=_curly(interview.company, message),
                            position=_curly(interview.position, message))
    return interview, tuple(map(fix, people))


