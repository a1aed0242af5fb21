"""A day and month as written made into a date: the year a yearless date falls in, the
reading of an ambiguous "11/05/2026", the next such weekday, "Tuesday the 9th", "the 24th".

Split from dates.py, which finds the dates in a text: this is the calendar arithmetic each
of its patterns hands a match to, and what the deadline and move readers ask of a weekday.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

#: A weekday by the first three letters of its English name ("Thurs" -> "thu" -> 3).
WEEKDAY_INDEX = {d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}

#: A yearless date this far before the message is recent history ("thanks for your time
#: on 10 Nov"), not a date eleven months ahead.
_RECENT = timedelta(days=90)


def _year_for(month: int, day: int, ref: date | None) -> date | None:
    """Year omitted: the next occurrence on or after the reference date, unless the date
    was at most three months ago (the mail looks back at it)."""
    if ref is None:
        return None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= ref - _RECENT:
            return candidate
    return None


def _make(year: int | None, month: int, day: int, ref: date | None) -> date | None:
    if year is None:
        return _year_for(month, day, ref)
    if year < 100:
        year += 2000
    elif year > 2400:  # a Thai date's Buddhist Era year: 2570 is 2027
        year -= 543
    try:
        return date(year, month, day)
    except ValueError:
        return None


def next_weekday(ref: date, weekday: int, *, next_week: bool = False) -> date:
    """The first such weekday strictly after ref; "next X" means X in the following week."""
    days = (weekday - ref.weekday()) % 7 or 7
    found = ref + timedelta(days=days)
    if next_week and found.isocalendar()[1] == ref.isocalendar()[1]:
        found += timedelta(days=7)
    return found


def _numeric_reading(
    dmy: date | None, mdy: date | None, order: str, ref: date | None
) -> date | None:
    """The reading of an ambiguous numeric date such as 11/05/2026.

    The sender's order (`order`) decides, unless its reading lies before the message's Date
    by more than a day while the other one does not: nobody confirms an appointment months
    in the past, so a day-first sender who wrote 11/05/2026 in November means 5 November.
    """
    preferred, other = (dmy, mdy) if order == "DMY" else (mdy, dmy)
    if preferred is None or other is None or ref is None or preferred == other:
        return preferred or other
    floor = ref - timedelta(days=1)
    if preferred < floor <= other:
        return other
    return preferred


def _weekday_nth(weekday: int, day: int, ref: date) -> date | None:
    """ "Tuesday the 9th", "le mercredi 14": the first such day from `ref` on that falls on
    that weekday (within a year), or None when none does (a typo is not a date)."""
    year, month = ref.year, ref.month
    for _ in range(12):
        with contextlib.suppress(ValueError):
            d = date(year, month, day)
            if d >= ref and d.weekday() == weekday:
                return d
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _nth_day(day: int, ref: date) -> date | None:
    """ "the 24th": that day of the reference month, or of the next one once it has passed."""
    month, year = ref.month, ref.year
    if day < ref.day:
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    try:
        return date(year, month, day)
    except ValueError:
        return None
