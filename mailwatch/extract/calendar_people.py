"""Who of a calendar event's guests the candidate will talk to: its attendees, its
organizer only when the organizer takes part, never the agent who relays the invitation or
the sender who only books it.

Split from pipeline.py, which decides the kind; this reads the people of one event.
"""

from __future__ import annotations

from ..message import Message
from ..model import Person
from .ics import Event
from .roster_tables import BOOKER
from .signature import signature_person


def without_relay_and_booker(people: list[Person], m: Message, event: Event) -> list[Person]:
    """Not the agent who relays the employer's invitation (a guest from another domain than
    its organizer's, who sent this mail), nor the sender whose signature makes them the one
    who books ("Isla Fraser / Talent Acquisition Partner", alone on a cancelled event)."""
    sender = m.sender.email if m.sender else None
    organizer = event.organizer.email if event.organizer else None
    if not sender or not people:
        return people
    if organizer and organizer != sender and organizer.split("@")[-1] != sender.split("@")[-1]:
        people = [p for p in people if p.email != sender]
    _, title = signature_person(m.signature)
    if title and BOOKER.search(title) and len(people) == 1 and people[0].email == sender:
        return []
    return people


def event_interviewers(e: Event, organizer_takes_part: bool) -> list[Person]:
    """Attendees of the event; its organizer only when nobody else attends or the
    organizer wrote that they take part ("our interview", "join us", "myself").

    The organizer of an event with other attendees is usually the coordinator who booked
    the slot (a recruiter, an ATS scheduler), not someone the candidate will talk to.
    """
    org = e.organizer
    others = [p for p in e.attendees if p is not None and not (
        org is not None and org.email and p.email == org.email)]
    if others and not organizer_takes_part:
        return others
    return [p for p in (org, *others) if p is not None]
