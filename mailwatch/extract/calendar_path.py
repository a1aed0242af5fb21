"""The calendar path: the kind and the Interview an invitation's calendar parts give
(invitation, move, cancellation), with the people of their guest lists and the zone the
mail states when the event is in UTC.

Split from pipeline.py, which keeps the order of evidence (auto-reply, calendar parts,
offer, rejection, topic); the text path is text_path.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ..model import Interview, Kind, Person
from . import calendar_facts as cf
from . import classify as c
from .calendar_people import event_interviewers, without_relay_and_booker
from .ics import Event
from .names import dedupe, with_full_names
from .participants import replaced_people
from .people import names_in_text
from .roster_tables import BOOKER
from .signature import writer_title
from .slots import Slot, slots_in
from .text import units
from .text_path import _unconditional
from .text_people import first_name, not_the_user, on_another_day, text_people
from .writer import booker_takes_part
from .zone_words import refine
from .zones import WINDOWS

if TYPE_CHECKING:
    from .pipeline import Facts

_MOVED_SUBJECT = re.compile(r"\b(?:updated|rescheduled|moved|new\s+time)\b", re.I)



#: An updated invitation that moves nothing: "date and time are unchanged", "the time stays
#: the same", "same time as before".
_TIME_UNCHANGED = re.compile(
    # ("Time and Teams link are unchanged", "date, time and room stay the same")
    r"\b(?:(?:date|time)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:date|time|room|venue|location|\w+\s+link"
    r"|link|people|panel|guests|interviewers)){0,2}\s+(?:is|are|remains?|stays?)\s+"
    r"(?:still\s+|exactly\s+)?(?:unchanged|the\s+same)|(?:time|date)\s+(?:has|have)\s+not\s+changed"
    # "The time and Teams link haven't changed"
    r"|(?:time|date)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:date|time|room|venue|location|\w+\s+link"
    r"|link)){0,2}\s+(?:has|have)n['’]t\s+changed"
    r"|change\s+of\s+(?:venue|location|room)\s+only"
    r"|no\s+change\s+to\s+the\s+(?:time|date)"
    # "Nothing else has changed: same day, same time"
    r"|nothing\s+else\s+(?:has\s+)?changed|same\s+day,?\s+same\s+time)\b", re.I)

#: Google Calendar's note of what an update changed, when that is not the time:
#: "Changed: location", "Changed: guests, description".
_CHANGED_OTHER = re.compile(r"(?im)^[ \t]*changed:[ \t]*(?![^\n]*\b(?:time|date|when)\b)"
                            r"(?:location|guests?|description|title|conferencing|attachments?"
                            r"|(?:video\s+)?(?:call|meeting|conference)\s+link|video\s+link|room)\b")

#: "so we've moved to the Estates Building across the car park": the room moved, not the time.
#: "we've moved this one from Zoom to our own video room": the link moved, not the time.
_ROOM_MOVED = re.compile(r"\b(?:moved|moving|move)\s+(?:it\s+|you\s+|us\s+|this(?:\s+one)?\s+)?"
                         r"(?:from\s+[\w-]+\s+)?(?:to|into)\s+(?:the\s+|our\s+(?:own\s+)?)?"
                         r"(?:[A-Z][\w-]*\s+|video\s+){0,3}(?:room|building|office|floor|suite|wing"
                         r"|hall|venue|site|campus|centre|center)\b", re.I)

#: A first invitation, as calendar servers word it: "Invitation: …", "X invited you to".
_FIRST_INVITE = re.compile(r"^\s*(?:invitation|einladung|invitación|invitaci[oó]n|convite"
                           r"|uitnodiging|inbjudan|invito)\s*:", re.I)
_INVITED_YOU = re.compile(r"\binvited\s+you\s+to\b", re.I)
#: An update that only mends a mistake in the first invitation ("please ignore the
#: invitation I sent you at 9:30 this morning. I entered the wrong start time"): the
#: interview was never at the wrong time, so this is its invitation.
_CORRECTED = re.compile(
    r"\b(?:please\s+)?(?:ignore|disregard)\s+the\s+(?:earlier\s+|previous\s+|first\s+|original\s+)?"
    r"(?:invitation|invite|calendar\s+invite)\b(?=[^.]{0,60}\b(?:wrong|incorrect|mistake|typo"
    r"|error)\b|[^.]*\.\s*I\s+(?:entered|put|typed|gave)\s+(?:the\s+|an?\s+)?(?:wrong|incorrect))",
    re.I)


#: A line that names the organizer only as the one who greets her: "check in at reception
#: and ask for Camille Fortier".
_GREETS = re.compile(r"\bask\s+for\b|\bcheck[\s-]+in\b|\breception\b|\bwill\s+meet\s+you\s+"
                     r"(?:at|in)\b|\bbuzz\b|\bcollect\s+you\b", re.I)

#: The text says the calendar part's time is out of date: "the calendar invite attached
#: still shows 1.00pm", "The times above are the right ones", "I'll send a corrected invite".
_INVITE_OUTDATED = re.compile(
    r"\b(?:invite|invitation|calendar\s+(?:entry|invite|invitation))\b[^.]{0,60}\b(?:still"
    r"\s+(?:shows|says|has)|is\s+(?:wrong|incorrect|out\s+of\s+date))"
    r"|\b(?:times?|details)\s+(?:above|below)\s+(?:are|is)\s+the\s+(?:right|correct)\b"
    r"|\bcorrected\s+(?:invite|invitation)\b", re.I)


def _corrected(f: Facts, ics_start: datetime) -> Slot | None:
    """The one slot the text states that is not the calendar part's."""
    wall = ics_start.replace(tzinfo=None)
    other = {s.start.replace(tzinfo=None): s for s in _text_slots(f)
             if s.start.replace(tzinfo=None) != wall}
    return next(iter(other.values())) if len(other) == 1 else None


def _text_slots(f: Facts, sentence: re.Pattern[str] | None = None) -> list[Slot]:
    """The slots the text's sentences state (only those `sentence` finds, when given)."""
    m = f.message
    return [s for u in units(m.text) if sentence is None or sentence.search(u.text)
            for s in slots_in(u.text, m.date, f.order, f.default_tz)]


#: The zones Windows time-zone ids resolve to that stand for several countries' clocks.
_SHARED_WINDOWS_ZONES = frozenset(WINDOWS.values())


def _same_clock(start: datetime, other: tzinfo) -> bool:
    """Does `other` keep the clock of `start`'s zone in both halves of the year (Belgrade's
    with Budapest's, not Johannesburg's with Berlin's summer)?"""
    later = start + timedelta(days=182)
    return all(when.utcoffset() == when.astimezone(other).utcoffset() for when in (start, later))


def _zone_of_same_slot(f: Facts, start: datetime) -> str | None:
    """The zone the text writes the calendar's own instant in, as the text grammar reads
    it ("Thursday, June 24 (10:00-10:45 AM Pacific)" over a DTSTART in UTC)."""
    zones = {s.timezone for s in _text_slots(f) if s.start == start and s.zone_stated}
    return zones.pop() if len(zones) == 1 else None


#: A sentence that offers a slot in place of the cancelled one.
_INSTEAD = re.compile(r"\b(?:instead|in\s+its\s+place|new\s+(?:slot|time|date)|rearrang\w*"
                      r"|re-?book\w*)\b", re.I)


def _offered_instead(f: Facts, cancelled: datetime) -> Slot | None:
    """The one later slot a sentence of the text offers instead of the cancelled one."""
    found = {s.start: s for s in _text_slots(f, _INSTEAD) if s.start > cancelled}
    return next(iter(found.values())) if len(found) == 1 else None


def user_vouches(f: Facts, event: Event | None = None) -> str | None:
    """Why the user's own `[detection]` lists say this is interview mail, or None."""
    m = f.message
    if f.vocab.vouches_for(m.sender.email if m.sender else None):
        return "sender in [detection] interview_senders"
    texts = (m.subject, m.text, *((event.summary, event.description) if event else ()))
    if (phrase := f.vocab.phrase_in(*texts)) is not None:
        return f"[detection] interview phrase '{phrase}'"
    return None


def from_calendar(
    f: Facts, events: list[Event], bulk: str | None
) -> tuple[Kind, float, Interview | None] | None:
    """Invitation, reschedule or cancellation from the calendar parts, if they are about
    a job interview; None means "let the text decide"."""
    m = f.message
    relevant = []
    for e in events:
        if e.method in ("REPLY", "REFRESH"):
            continue
        ok, why = cf.is_job_interview(e, m, f.users, f.position, user_vouches(f, e))
        if ok:
            relevant.append(e)
        elif why not in f.reasons:
            f.reasons.append(why)
    if not relevant:
        return None
    if bulk and not any(e.user_invited for e in relevant) and not c.personal_invitation(
            m.text) and not _GROUP_GUEST.search(m.text):
        # (an ATS's own invitation to her, sent with an unsubscribe link, stands)
        f.reasons.append(f"bulk mail ({bulk}) with a calendar part not addressed to the user")
        return Kind.OTHER, 0.7, None
    cancelled = [e for e in relevant if e.method == "CANCEL" or e.status == "CANCELLED"]
    booked = [e for e in relevant if e not in cancelled]
    if cancelled and booked and {e.start for e in booked} - {e.start for e in cancelled}:
        # the cancellation of the old slot and the invitation to the new one, in one mail
        f.reasons.append("ics CANCEL of the old slot with a REQUEST for a new one")
        cancelled, relevant, f.moved_by_calendar = [], booked, True
    elif cancelled and booked:
        # the old event called off and a new one at the same time ("the new invite (from
        # Leah) is for the exact same slot"): the interview re-issued, not cancelled
        f.reasons.append("ics CANCEL with a REQUEST for the same slot: the event re-issued")
        cancelled, relevant = [], booked
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
    # (the others: the text's, or the guests of the invitation besides its organizer)
    title = writer_title(m)
    others = bool(names_in_text(m.text)) or any(
        a.email != e.organizer.email and a.email not in f.users
        for e in same_day if e.organizer for a in e.attendees)
    booker_out = False  # the sender organized the event and only books it
    for e in same_day:
        organizer_takes_part = bool(  # (the event's notes are its organizer's words too)
            e.organizer and e.organizer.email == sender and (
                booker_takes_part(m.text, title, others)
                or booker_takes_part(e.description or "", title, others)))
        booker_out = booker_out or bool(e.organizer and e.organizer.email == sender
                                        and not organizer_takes_part)
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
    in_text = {p.name for p in names_in_text(m.text)} if booker_out else set()
    named = [p for p in text_people(f) if (p.name or "").lower() not in left_out
             # (the text path's own "me", for a sender the text does not name)
             and not (booker_out and p.email == sender and p.name not in in_text)]
    if named and m.date is not None:
        # "Your technical interview with Priya Ramanathan on Tuesday 27 October at 10:00 is
        # unchanged" beside the event it moves: she is another day's meeting
        day, ref = first.start.date(), m.date.date()
        named = [p for p in named if not on_another_day(p.name, m.text, day, ref, f.order)]
    if not named and alone and first.description:
        # only the coordinator on the guest list, and the mail names nobody: the event's
        # own notes may ("Interviewers: Olivia Brennan (Head of ...), Tomasz Wójcik")
        mine = {" ".join(a.name.split()).casefold() for a in m.to if a.name}
        named = [p for p in names_in_text(first.description) if p.name
                 and " ".join(p.name.split()).casefold() not in mine]
    if alone and not named and title and BOOKER.search(title) and alone == {sender}:
        # the sender alone on the guest list, whose title books interviews ("Recruiting
        # Coordinator", "Técnica de Selección"): the invitation names nobody who runs it
        people = [p for p in people if p.email not in alone]
    elif alone and any(p.email not in alone for p in named):
        # an ATS invitation whose only guest is its organizer, the coordinator, while the
        # text lists who runs it ("Interviewer: Dana Kowalczyk"): the organizer, whom the
        # text names nowhere above its sign-off, only booked it
        among = {n.name for n in named}
        body = "\n".join(m.text.splitlines()[:-6])  # (the text above a sign-off block)
        people = [p for p in people if p.email not in alone or p.name in among
                  or (p.name is not None and any(p.name in ln and not BOOKER.search(ln)
                                                 and not _GREETS.search(ln)
                                                 for ln in body.splitlines()))]
    people.extend(named)
    people = cf.named(people, "\n".join((first.description, m.text)))
    people = with_full_names(people, (e.organizer for e in same_day if e.organizer))
    people = without_relay_and_booker(people, m, first)
    if stood_in := {first_name(x) for x in replaced_people(m.text)}:
        # "Farah Haddad is no longer able to join the panel. Matteo Russo will take her place."
        people = [p for p in people if first_name(p) not in stood_in]
    # the candidate under another address (her personal one, on an invitation she forwarded
    # to herself) is still the candidate: her name as her own mailbox shows it
    people = not_the_user(people, m, f.users, (e.user_name for e in same_day if e.user_name))
    # ... or only her other address, the one she forwarded the invitation from (a guest
    # with no name: an interviewer's calendar entry carries theirs)
    if m.sender is not None and m.sender.email not in f.users:
        people = [p for p in people if p.name or p.email != m.sender.email]
    if role is False:  # "I won't be joining": the organizer only booked the slot
        org = {x for e in same_day if e.organizer for x in (e.organizer.email, e.organizer.name)}
        people = [p for p in people if not ({p.email, p.name} & (org - {None}))]
    start, end, tz_name = first.start, max(ends) if ends else None, first.timezone
    if tz_name in (None, "UTC") and (said := cf.stated_zone(
            start, (m.text, first.description, m.subject)) or _zone_of_same_slot(f, start)):
        # Teams/Zoom write DTSTART in UTC; the mail says "10:00 SAST": that is the zone.
        start, tz_name = start.astimezone(ZoneInfo(said)), said
        end = end.astimezone(ZoneInfo(said)) if end else None
        f.reasons.append(f"zone stated in the mail: {said}")
    elif tz_name in _SHARED_WINDOWS_ZONES and m.sender is not None and (
            local := refine(tz_name, None, start, "", m.sender.domain)) is not None and (
            _same_clock(start, local[0])):
        # ("Central Europe Standard Time" covers Belgrade as well as Budapest: the country
        # of the sender's domain names the one meant, at the same offset)
        tz_name = local[1]
        start = start.astimezone(local[0])
        end = end.astimezone(local[0]) if end else None
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
    if _INVITE_OUTDATED.search(m.text) and (fixed := _corrected(f, start)) is not None:
        # "the calendar invite attached still shows 1.00pm - 2.00pm … The times above are the
        # right ones": the text's slot, in the event's zone, for the event's length
        f.reasons.append(f"the text corrects the invite's time: '{fixed.text}'")
        new_start = fixed.start if fixed.zone_stated else datetime.combine(
            fixed.start.date(), fixed.start.time(), tzinfo=start.tzinfo)
        new_end = (new_start + (fixed.end - fixed.start)) if fixed.end else (
            new_start + (end - start) if end else None)
        return Kind.INTERVIEW_INVITATION, 0.8, replace(interview, start=new_start, end=new_end)
    f.reasons.append(f"ics METHOD:{first.method or 'none'}")
    f.reasons.append(f"ics SUMMARY '{first.summary[:60]}'")
    if cancelled and (new := _offered_instead(f, start)) is not None:
        # "we need to cancel Thursday's interview … We can offer Tuesday 9 February,
        # 13:00-14:00 Oslo time instead": the cancelled event moves to the new slot
        f.reasons.append(f"a new slot instead of the cancelled one: '{new.text}'")
        new_end = new.end or (new.start + (end - start) if end else None)
        return Kind.RESCHEDULE, 0.8, replace(
            interview, start=new.start, end=new_end,
            interviewers=tuple(p for p in interview.interviewers if first_name(p) not in {
                first_name(x) for x in replaced_people(m.text)}))
    if cancelled:
        return Kind.CANCELLATION, 0.9, interview
    if first.method == "COUNTER":  # "New Time Proposed": a guest's proposal to move it
        return Kind.RESCHEDULE, 0.85, interview
    moved = (c.RESCHEDULE.search(m.text) is not None  # (one scan before the per-sentence ones)
             and any(_unconditional(c.RESCHEDULE, u.text) for u in units(m.text))) or (
        _MOVED_SUBJECT.search(m.subject)
    )
    if (interview.sequence > 0 or moved) and (
            _TIME_UNCHANGED.search(m.text) or _CHANGED_OTHER.search(m.text)) and not any(
            c.RESCHEDULE.search(u.text) and not _ROOM_MOVED.search(u.text)
            for u in units(m.text)):
        # an update that adds a link or a guest: "date and time are unchanged"
        f.reasons.append(f"ics SEQUENCE:{interview.sequence}, but the time is unchanged")
        return Kind.INTERVIEW_INVITATION, 0.85, interview
    if interview.sequence > 0 and _CORRECTED.search(m.text):
        f.reasons.append(f"ics SEQUENCE:{interview.sequence}, correcting a mistaken invitation")
        return Kind.INTERVIEW_INVITATION, 0.8, interview
    if interview.sequence == 1 and not (moved or f.moved_by_calendar) and (
            _FIRST_INVITE.search(m.subject) or _INVITED_YOU.search(m.text)):
        # some servers (Nextcloud, Apple) send a first invitation as SEQUENCE:1
        f.reasons.append("ics SEQUENCE:1 on a first invitation")
        return Kind.INTERVIEW_INVITATION, 0.85, interview
    if interview.sequence > 0 or moved or f.moved_by_calendar:
        f.reasons.append(
            f"ics SEQUENCE:{interview.sequence}"
            if interview.sequence > 0
            else "text says the interview moved"
        )
        return Kind.RESCHEDULE, 0.85, interview
    if _HOLD.search(first.summary) and (
            c.ASK.search(m.text) or _DOES_IT_WORK.search(f"{m.text}\n{first.description}")):
        # "HOLD - TBC - Final Round …" and "Can you let me know whether the 9-11am window
        # works?": a time held while she is asked, by whoever holds it, who runs nothing yet
        f.reasons.append(f"a held time she is asked about: '{first.summary[:40]}'")
        organizer = first.organizer.email if first.organizer else None
        return Kind.INTERVIEW_REQUEST, 0.7, replace(interview, interviewers=tuple(
            p for p in interview.interviewers if p.email != organizer))
    return Kind.INTERVIEW_INVITATION, 0.92 if first.user_invited else 0.85, interview


#: Google Calendar's footer to a guest list she is on: "You are receiving this email because
#: you are a member of the group …, which is a guest on this event" (the list's own
#: unsubscribe header makes it look like bulk mail).
_GROUP_GUEST = re.compile(r"\bmember\s+of\s+the\s+group\b.{0,120}?\bguest\s+on\s+this\s+event",
                          re.I)
#: An event title that holds a time without booking it: "HOLD - TBC - Final Round".
_HOLD = re.compile(r"\b(?:hold|tbc|tbd|tentative|placeholder|provisional|pencil(?:led)?)\b",
                   re.I)
#: "Can you let me know by reply whether the 9-11am window on Tuesday works?"
_DOES_IT_WORK = re.compile(r"\b(?:let\s+me\s+know|confirm|tell\s+me)\b[^.?]{0,60}\b(?:whether"
                           r"|if)\b[^.?]{0,80}\b(?:works?|suits?|is\s+(?:ok|okay|fine))\b",
                           re.I)
