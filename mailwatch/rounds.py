"""Interview rounds of one application: invitations, reschedules and cancellations.

Split from the tracker so the rules for *which* slot a message changes (same ICS UID, same
start, the next upcoming round, or a new round once every round is over) stand on their
own and can be read in one place. Pure functions over a mutable list of rounds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from .model import Interview, InterviewRound, MessageFacts
from .settings import TimingConfig
from .timeutil import interview_end, shift, to_utc


@dataclass
class Round:
    interview: Interview
    learned_at: datetime
    key: str  # ICS UID, else the Message-ID of the message that created the round
    cancelled: bool = False
    touched_by: set[str] = field(default_factory=set)  # message ids that set or changed it


def start_of(r: Round | InterviewRound) -> datetime:
    return to_utc(r.interview.start)


def _by_uid(rounds: list[Round], iv: Interview | None) -> Round | None:
    if iv is None or not iv.uid:
        return None
    return next((r for r in rounds if r.interview.uid == iv.uid), None)


def _upcoming(rounds: list[Round], at: datetime) -> Round | None:
    """The latest not-cancelled round still ahead at `at`."""
    ahead = [r for r in rounds if not r.cancelled and to_utc(r.interview.start) > to_utc(at)]
    return max(ahead, key=start_of, default=None)


_FILLABLE = ("end", "timezone", "interviewers", "company", "position", "location", "meeting_url")


def _merge(primary: Interview, fallback: Interview) -> Interview:
    """`primary`'s fields, gaps filled from `fallback`; the higher SEQUENCE."""
    filled = {k: getattr(primary, k) or getattr(fallback, k) for k in (*_FILLABLE, "uid")}
    return replace(primary, **filled, sequence=max(primary.sequence, fallback.sequence))


def _set_time(r: Round, f: MessageFacts, iv: Interview) -> None:
    old = r.interview
    if iv.end is None and old.end is not None:  # keep the known duration when moved
        duration = to_utc(old.end) - to_utc(old.start)
        iv = replace(iv, end=shift(iv.start, duration).astimezone(iv.start.tzinfo))
    r.interview = _merge(iv, old)
    r.cancelled = False
    r.learned_at = f.date
    r.touched_by.add(f.message_id)


def invite(rounds: list[Round], f: MessageFacts, iv: Interview) -> None:
    same_uid = _by_uid(rounds, iv)
    if same_uid is not None:
        if iv.sequence >= same_uid.interview.sequence:  # an older SEQUENCE is stale
            _set_time(same_uid, f, iv)
        return
    same_start = next((r for r in rounds if start_of(r) == to_utc(iv.start)), None)
    if same_start is not None:
        # Duplicate invitation (forwarded, calendar copy, Greenhouse resend): fill gaps
        # only, and reinstate it if it had been cancelled.
        same_start.interview = _merge(same_start.interview, iv)
        same_start.touched_by.add(f.message_id)
        if same_start.cancelled:
            same_start.cancelled = False
            same_start.learned_at = f.date
        return
    rounds.append(
        Round(
            interview=iv, learned_at=f.date, key=iv.uid or f.message_id, touched_by={f.message_id}
        )
    )


def reschedule(rounds: list[Round], f: MessageFacts, iv: Interview | None,
               timing: TimingConfig) -> None:
    same_uid = _by_uid(rounds, iv)
    if (
        iv is not None
        and same_uid is None
        and rounds
        and all(interview_end(r.interview, timing) <= to_utc(f.date) for r in rounds)
    ):
        # Every round is over, yet "moving" gives a new time: the next round ("we'd like
        # to move you forward to the final round"), not a past interview moved.
        invite(rounds, f, iv)
        return
    target = same_uid or _upcoming(rounds, f.date)
    if target is None and rounds:
        target = max(rounds, key=start_of)
    if iv is None:
        # "We need to move the interview" without a new time: the old slot is void, so
        # nothing may be planned for it until a new invitation arrives.
        if target is not None:
            target.cancelled = True
            target.touched_by.add(f.message_id)
        return
    if target is None:
        invite(rounds, f, iv)
    else:
        _set_time(target, f, iv)


def cancel(rounds: list[Round], f: MessageFacts, iv: Interview | None) -> None:
    target = _by_uid(rounds, iv)
    if target is not None and iv is not None and iv.sequence < target.interview.sequence:
        return  # a cancellation older than the last update
    if target is None and iv is not None:
        target = next(
            (r for r in rounds if not r.cancelled and start_of(r) == to_utc(iv.start)), None
        )
    target = target or _upcoming(rounds, f.date)
    if target is not None:
        target.cancelled = True
        target.touched_by.add(f.message_id)


def latest_active(rounds: list[Round]) -> Round | None:
    return max((r for r in rounds if not r.cancelled), key=start_of, default=None)
