"""Business days and the send window, in the user's zone.

Pure calendar arithmetic for the planner. Follow-ups must appear at the start of the
send window (09:00 wall clock) on a business day, so everything here works on *local
dates and wall-clock times* and converts to instants only at the end; adding 24 h of
absolute time would drift by an hour across a DST change.

The send window is half-open: ``[send_window_start, send_window_end)``.

Python compares and adds aware datetimes that share a tzinfo *on their wall clocks*
(01:00 EST + 90 min gives a nonexistent 02:30 "EST"); `to_utc` and `shift` do the
arithmetic on instants instead, and the planner works in UTC throughout.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .model import Interview
from .settings import TimingConfig

#: Safety bound for day-by-day searches: a config with no send days (or holidays covering
#: every day) must fail loudly instead of looping forever.
_MAX_SEARCH_DAYS = 3 * 366


def to_utc(instant: datetime) -> datetime:
    """The same instant in UTC, where comparison and arithmetic are unambiguous."""
    if instant.tzinfo is None:
        raise ValueError(f"naive datetime {instant!r}: every datetime must be aware")
    return instant.astimezone(UTC)


def shift(instant: datetime, delta: timedelta) -> datetime:
    """`instant` plus `delta` of elapsed time (not wall-clock time), in UTC."""
    return to_utc(instant) + delta


class NoBusinessDay(ValueError):
    """The timing config leaves no business day to send on (empty send_days, etc.)."""


def is_business_day(d: date, timing: TimingConfig) -> bool:
    """A day drafts may appear on: one of `send_days` and not a configured holiday."""
    return d.weekday() in timing.send_days and d not in timing.holidays


def _step_business_day(d: date, step: int, timing: TimingConfig) -> date:
    for _ in range(_MAX_SEARCH_DAYS):
        d = d + timedelta(days=step)
        if is_business_day(d, timing):
            return d
    raise NoBusinessDay(f"no business day within {_MAX_SEARCH_DAYS} days of {d}")


def next_business_day_after(d: date, timing: TimingConfig) -> date:
    """The first business day strictly after `d` ("the first business day after it")."""
    return _step_business_day(d, 1, timing)


def first_business_day_on_or_after(d: date, timing: TimingConfig) -> date:
    """`d` itself if it is a business day, else the next one."""
    return d if is_business_day(d, timing) else next_business_day_after(d, timing)


def add_business_days(d: date, n: int, timing: TimingConfig) -> date:
    """Move `n` business days from `d` (backwards for negative `n`; `n == 0` returns `d`)."""
    step = 1 if n >= 0 else -1
    for _ in range(abs(n)):
        d = _step_business_day(d, step, timing)
    return d


def wall_clock(d: date, t: time, tz: ZoneInfo) -> datetime:
    """The instant the clock on the wall in `tz` shows `t` on `d`.

    Ambiguous times (clocks going back) take the first occurrence (fold=0). Times that do
    not exist (clocks going forward over them) become the first valid instant after the
    gap, i.e. the transition itself: 02:30 on a spring-forward night at 02:00 -> 03:00.
    """
    naive = datetime.combine(d, t)
    first = naive.replace(tzinfo=tz, fold=0)
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive:
        return first
    # Nonexistent: fold=0 reads the wall time with the pre-gap offset (an instant after the
    # gap) and fold=1 with the post-gap offset (an instant before it). The transition lies
    # between; find the first second whose offset is the post-gap one.
    after_offset = first.astimezone(UTC).astimezone(tz).utcoffset()
    lo = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    hi = first.astimezone(UTC)
    if lo > hi:  # defensive: zoneinfo semantics differ; fall back to the later reading
        return hi.astimezone(tz)
    while (hi - lo) > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid.astimezone(tz).utcoffset() == after_offset:
            hi = mid
        else:
            lo = mid
    return hi.astimezone(tz)


def window_start(d: date, tz: ZoneInfo, timing: TimingConfig) -> datetime:
    """The send window's opening instant on local day `d`."""
    return wall_clock(d, timing.send_window_start, tz)


def window_end(d: date, tz: ZoneInfo, timing: TimingConfig) -> datetime:
    """The send window's closing instant on local day `d` (exclusive)."""
    return wall_clock(d, timing.send_window_end, tz)


def first_slot_on_or_after(d: date, tz: ZoneInfo, timing: TimingConfig) -> datetime:
    """Window start of the first business day on or after local day `d`.

    This is when a follow-up "not before day `d`" appears: follow-ups always open at the
    start of the window, never in the middle of the afternoon.
    """
    return window_start(first_business_day_on_or_after(d, timing), tz, timing)


def next_send_slot(earliest: datetime, tz: ZoneInfo, timing: TimingConfig) -> datetime:
    """The first instant >= `earliest` inside the send window on a business day.

    Returns `earliest` itself (expressed in `tz`) when it already is inside the window on
    a business day, else the window start of the next possible day.
    """
    instant = to_utc(earliest)
    local = instant.astimezone(tz)
    d = local.date()
    if is_business_day(d, timing):
        start, end = window_start(d, tz, timing), window_end(d, tz, timing)
        if to_utc(start) <= instant < to_utc(end):
            return local
        if instant < to_utc(start):
            return start
    return window_start(next_business_day_after(d, timing), tz, timing)


def interview_end(interview: Interview, timing: TimingConfig) -> datetime:
    """When an interview ends (UTC); without an end it lasts the default length."""
    if interview.end is not None and to_utc(interview.end) > to_utc(interview.start):
        return to_utc(interview.end)
    return shift(interview.start, timedelta(minutes=timing.default_interview_minutes))


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    """The calendar day `instant` falls on in `tz`."""
    return instant.astimezone(tz).date()
