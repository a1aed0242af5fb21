"""The plain data that flows between extract, track, plan and act.

All types are frozen dataclasses with JSON round-trips, because the Store keeps extracted
facts (never bodies) as JSON and the planner must be a pure function of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What an incoming message is, as far as a job search is concerned (scan contract)."""

    INTERVIEW_INVITATION = "interview_invitation"  # a confirmed slot
    INTERVIEW_REQUEST = "interview_request"  # asks for availability / booking link
    RESCHEDULE = "reschedule"
    CANCELLATION = "cancellation"
    REJECTION = "rejection"
    OFFER = "offer"
    STATUS_UPDATE = "status_update"  # says when they will decide / still deciding
    OTHER = "other"


JOB_KINDS = frozenset(Kind) - {Kind.OTHER}


#: The Message-ID domain of calendar events that providers present as messages
#: (providers/event_mail.py): evidence of an interview, never the employer writing.
SYNTHETIC_EVENT_DOMAIN = "calendar.mailwatch"


@dataclass(frozen=True)
class Person:
    name: str | None = None
    email: str | None = None  # lower-cased
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "title": self.title}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Person:
        return cls(name=d.get("name"), email=d.get("email"), title=d.get("title"))

    @property
    def first_name(self) -> str | None:
        if not self.name:
            return None
        return self.name.split()[0]


@dataclass(frozen=True)
class Interview:
    start: datetime  # aware
    end: datetime | None = None  # aware; None when the invitation does not say
    timezone: str | None = None  # IANA name of the zone the invite was written in
    interviewers: tuple[Person, ...] = ()
    company: str | None = None
    position: str | None = None
    location: str | None = None
    meeting_url: str | None = None
    uid: str | None = None  # ICS UID, for reschedules and cancellations
    sequence: int = 0  # ICS SEQUENCE

    def to_json(self) -> dict[str, Any]:
        """The `interview` object of the `scan --json` contract (plus uid/sequence)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "timezone": self.timezone,
            "interviewers": [p.to_json() for p in self.interviewers],
            "company": self.company,
            "position": self.position,
            "location": self.location,
            "meeting_url": self.meeting_url,
            "uid": self.uid,
            "sequence": self.sequence,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Interview:
        return cls(
            start=datetime.fromisoformat(d["start"]),
            end=datetime.fromisoformat(d["end"]) if d.get("end") else None,
            timezone=d.get("timezone"),
            interviewers=tuple(Person.from_json(p) for p in d.get("interviewers") or ()),
            company=d.get("company"),
            position=d.get("position"),
            location=d.get("location"),
            meeting_url=d.get("meeting_url"),
            uid=d.get("uid"),
            sequence=int(d.get("sequence") or 0),
        )


@dataclass(frozen=True)
class Detection:
    """What extraction concluded about one message."""

    kind: Kind
    interview: Interview | None = None
    decision_deadline: date | None = None
    confidence: float = 0.0
    company: str | None = None  # also known without an interview (rejections, offers)
    position: str | None = None
    auto_reply: bool = False  # out-of-office, Auto-Submitted, ATS acknowledgement
    reasons: tuple[str, ...] = ()  # short human-readable evidence, for `explain`/logs
    #: who the candidate will talk to when no slot is known yet (a request for times,
    #: a reschedule still to be agreed); with a slot they are `interview.interviewers`
    people: tuple[Person, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "interview": self.interview.to_json() if self.interview else None,
            "decision_deadline": self.decision_deadline.isoformat()
            if self.decision_deadline
            else None,
            "confidence": round(self.confidence, 3),
            "company": self.company,
            "position": self.position,
            "auto_reply": self.auto_reply,
            "reasons": list(self.reasons),
            "people": [p.to_json() for p in self.people],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Detection:
        return cls(
            kind=Kind(d["kind"]),
            interview=Interview.from_json(d["interview"]) if d.get("interview") else None,
            decision_deadline=date.fromisoformat(d["decision_deadline"])
            if d.get("decision_deadline")
            else None,
            confidence=float(d.get("confidence") or 0.0),
            company=d.get("company"),
            position=d.get("position"),
            auto_reply=bool(d.get("auto_reply")),
            reasons=tuple(d.get("reasons") or ()),
            people=tuple(Person.from_json(p) for p in d.get("people") or ()),
        )


@dataclass(frozen=True)
class MessageFacts:
    """What the Store keeps about one relevant message: ids, people, time, detection.

    `from_user` marks mail the user sent; `mw_action` is set when the message carries
    mailwatch's own marker (a draft of ours the user sent), so the planner does not
    mistake our own drafts for mail the user wrote by hand.
    """

    account: str
    message_id: str
    thread_key: str
    subject: str
    date: datetime
    sender: Person
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    from_user: bool = False
    mw_action: str | None = None
    detection: Detection | None = None

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.isoformat()
        d["detection"] = self.detection.to_json() if self.detection else None
        d["sender"] = self.sender.to_json()
        d["to"] = [p.to_json() for p in self.to]
        d["cc"] = [p.to_json() for p in self.cc]
        d["references"] = list(self.references)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> MessageFacts:
        return cls(
            account=d["account"],
            message_id=d["message_id"],
            thread_key=d["thread_key"],
            subject=d.get("subject") or "",
            date=datetime.fromisoformat(d["date"]),
            sender=Person.from_json(d["sender"]),
            to=tuple(Person.from_json(p) for p in d.get("to") or ()),
            cc=tuple(Person.from_json(p) for p in d.get("cc") or ()),
            in_reply_to=d.get("in_reply_to"),
            references=tuple(d.get("references") or ()),
            from_user=bool(d.get("from_user")),
            mw_action=d.get("mw_action"),
            detection=Detection.from_json(d["detection"]) if d.get("detection") else None,
        )


class Stage(StrEnum):
    REQUESTED = "requested"  # asked for availability, no slot yet
    SCHEDULED = "scheduled"  # a slot is booked and still ahead
    INTERVIEWED = "interviewed"  # the latest interview is over
    REPLIED = "replied"  # a human at the employer answered after the interview
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    OFFER = "offer"


@dataclass(frozen=True)
class ReplyAnchor:
    """The employer message a draft answers: threading headers come from here."""

    message_id: str
    subject: str
    references: tuple[str, ...]
    thread_key: str
    sender: Person


@dataclass(frozen=True)
class InterviewRound:
    """One interview slot of an application, after reschedules were applied."""

    interview: Interview
    cancelled: bool = False
    learned_at: datetime | None = None  # Date of the message that told us about it
    #: Stable identity across cycles: the ICS UID when the round came with one, else the
    #: Message-ID of the message that created it. Action ids use it, never the position.
    key: str = ""


@dataclass(frozen=True)
class Application:
    """One job application as folded from its messages (derived, never stored)."""

    id: str
    account: str
    company: str | None
    position: str | None
    contact: Person | None  # the employer person writing to the user (recruiter)
    stage: Stage
    rounds: tuple[InterviewRound, ...] = ()
    anchor: ReplyAnchor | None = None  # the employer's latest message
    message_ids: frozenset[str] = frozenset()
    thread_keys: frozenset[str] = frozenset()
    decision_deadline: date | None = None  # latest stated deadline
    human_reply_at: datetime | None = None  # latest human employer reply after the interview
    reply_deadline: date | None = None  # a deadline stated in that reply
    rejected_at: datetime | None = None
    offer_at: datetime | None = None
    user_sent: tuple[datetime, ...] = ()  # mail the user wrote by hand in the application
    first_seen: datetime | None = None

    @property
    def active_rounds(self) -> tuple[InterviewRound, ...]:
        return tuple(r for r in self.rounds if not r.cancelled)

    def with_(self, **changes: Any) -> Application:
        return replace(self, **changes)


class ActionKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    FEEDBACK_REQUEST = "feedback_request"


@dataclass(frozen=True)
class PlannedAction:
    """A draft the planner wants to exist at `due` (or a reason it will not)."""

    id: str  # deterministic: hash(account, application, kind, seq, recipient)
    application_id: str
    account: str
    kind: ActionKind
    seq: int
    due: datetime
    recipient: Person
    anchor: ReplyAnchor | None
    reason: str  # why this time, in words, for plan/status/explain
    round_index: int = 0
    late: bool = False  # learned after its normal time, still inside its window
    held: bool = False  # overdue at first start, waiting for catch_up
    template: str | None = None  # a [[rules]] template set; not part of the id


@dataclass(frozen=True)
class ActionRecord:
    """The Store's row for an action that was attempted at least once."""

    id: str
    application_id: str
    account: str
    kind: ActionKind
    seq: int
    state: str  # creating | created | gone | sent | withdrawn
    due: datetime
    draft_ref: str | None = None
    body_hash: str | None = None
    created_at: datetime | None = None
    recipient: str | None = None
    note: str | None = None
