"""The new slot of a move that states only half of it: "Can we do Friday, same time?" keeps
the old hour, "Can we push to 3pm instead? Same day" keeps the old day.

Its own module because it is the one place a slot is built from two: the old slot the
reply names (or quotes) and the part of the new one it writes out. Everything else reads a
slot whole from one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from .clock_zone import TimeHit
from .date_make import WEEKDAY_INDEX
from .dates import WEEKDAYS, find_dates, next_weekday
from .duration import length_in
from .slots import Slot
from .text import Unit
from .times import find_times

_SAME_TIME = re.compile(r"\bsame\s+time\b", re.I)
#: The old slot a week on: "the same time next week", "same time the following week".
_WEEK_LATER = re.compile(r"\bsame\s+time\s+(?:next|the\s+following)\s+week\b", re.I)
#: A weekday, also as a phone writes it: "Thurs same time work?"
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|s|rs|urday)?\b",
                      re.I)
_BARE_WEEKDAY = re.compile(r"(?:(?:on|this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day",
                           re.I)
#: The weekday after the old one: "to the following Tuesday, same time", "the Thursday after".
_WEEKDAY_AFTER = re.compile(r"\bthe\s+following\s+(?P<a>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                            r"|\bthe\s+(?P<b>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+after"
                            r"(?!\s+(?:that|next|this|the|our|your)\b)", re.I)
_SAME_DAY = re.compile(r"\b(?:same\s+day|(?:later|earlier)\s+(?:that|the\s+same)\s+day)\b", re.I)
#: "start at 3:30 instead of 2:00": the old hour named as the one given up, so the day stays.
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?$", re.I)
_AMOUNT = (r"(?:by\s+)?(?:an?|one|two|three|half\s+an|\d{1,3})(?:\s+and\s+a\s+half)?"
           r"\s*(?:hours?|hrs?|minutes?|mins?)(?:\s+and\s+a\s+half)?")  # ("an hour and a half")
#: "push it an hour later", "push it back 30 minutes", "bring it forward by half an hour":
#: the old slot shifted by an amount, day and length kept.
_SHIFT = re.compile(
    rf"\b{_AMOUNT}\s+(?P<dir>later|earlier)\b"
    rf"|\b(?:push|move|put|bring|shift)\w*\s+(?:(?:it|this|that|things|us|(?:the|your|our)\s+\w+)\s+)?"
    rf"(?P<dir2>back|forward|up)\s+{_AMOUNT}",  # ("move your interview up an hour": earlier)
    re.I)


def half_moved(moved: list[Unit], old: Slot, text: str, ref: date | None,
               order: str) -> Slot | None:
    """The new slot, when a moved sentence gives only its day (and the mail says "same
    time") or only its time (and the mail says "same day"); None otherwise."""
    if (shifted := _shifted(moved, old)) is not None:
        return shifted
    if _WEEK_LATER.search(text):  # "Could we do the same time next week instead?"
        start = _on_day(old.start, old.start.date() + timedelta(days=7))
        return _with_length(old, start, next(u for u in moved if _WEEK_LATER.search(u.text)))
    same_time, same_day = _SAME_TIME.search(text), bool(_SAME_DAY.search(text))
    if not (same_time or same_day or "instead" in text or "rather" in text):
        return None
    was = old.start.weekday()
    for u in moved if same_time else ():
        if m := _WEEKDAY_AFTER.search(u.text):
            want = WEEKDAYS[(m["a"] or m["b"]).lower()]
            day = old.start.date() + timedelta(days=(want - was - 1) % 7 + 1)
            return _with_length(old, _on_day(old.start, day), u)
    for u in moved:
        # (not the old day, by date or by its weekday: "… give evidence on Tuesday")
        days = [d.day for d in find_dates(u.text, ref, order) if d.day != old.start.date()
                and not (_BARE_WEEKDAY.fullmatch(d.text) and d.day.weekday() == was)]
        if not days and ref is not None and (wd := _WEEKDAY.search(u.text)):
            days = [d for d in [next_weekday(ref, WEEKDAY_INDEX[wd[1].lower()])]  # "do Friday,
                    if d != old.start.date() and d.weekday() != was]  # same time"
        times = find_times(u.text)
        if not same_day and len(times) > 1 and _gives_up(u.text, times, old):
            same_day, times = True, [_near(times[0], old)]
        if same_time and days and not times:
            # (a named zone gives the new day its own offset; a fixed one stays)
            start = old.start.replace(year=days[0].year, month=days[0].month, day=days[0].day)
        elif same_day and times and not days and times[0].start != old.start.timetz().replace(
                tzinfo=None):
            t = times[0]
            start = old.start.replace(hour=t.start.hour, minute=t.start.minute)
        else:
            continue
        return _with_length(old, start, u)
    return None


def _on_day(when: datetime, day: date) -> datetime:
    """The same wall clock on another day (a named zone gives that day its own offset)."""
    return when.replace(year=day.year, month=day.month, day=day.day)


def _with_length(old: Slot, start: datetime, u: Unit) -> Slot:
    end = None
    if old.end is not None:  # (in UTC: a length across a DST change stays a length)
        end = (start.astimezone(UTC) + (old.end - old.start)).astimezone(start.tzinfo)
    return replace(old, start=start, end=end, text=u.text.strip()[:80], pos=0)


def moved_day(moved: list[Unit], ref: date | None, order: str) -> date | None:
    """The one day a moved sentence that names no time moves the interview to ("Could we
    move to Thursday instead?"), or None."""
    days = {d.day for u in moved if not find_times(u.text)
            for d in find_dates(u.text, ref, order) if ref is None or d.day >= ref}
    return days.pop() if len(days) == 1 else None


def time_on_moved_day(after: list[Unit], day: date, default_tz: tzinfo | None) -> Slot | None:
    """The slot a sentence after the moved one gives as a time alone ("Could we move to
    Thursday instead? … let's say five past ten, Sydney time."), on the moved-to day."""
    for u in after:
        times = find_times(u.text)
        if len(times) != 1 or find_dates(u.text, day, "DMY"):
            continue
        t = times[0]
        tz = t.tz or default_tz
        if tz is None:
            return None
        start = datetime.combine(day, t.start, tzinfo=tz)
        end = datetime.combine(day, t.end, tzinfo=tz) if t.end else None
        return Slot(start, end, t.tz_name, u.text.strip()[:80], t.pos, t.zone_stated,
                    t.zone_text, t.stop if t.tz is not None else -1)
    return None


def on_moved_day(slot: Slot, day: date) -> Slot:
    """A slot whose time a later sentence gives ("let's say five past ten"), on the day the
    moved sentence named."""
    start = _on_day(slot.start, day)
    end = None if slot.end is None else start + (slot.end - slot.start)
    return replace(slot, start=start, end=end)


def _shifted(moved: list[Unit], old: Slot) -> Slot | None:
    """The old slot moved by the amount a moved sentence names, when it names no new day
    or time of its own ("Can we push it an hour later?")."""
    for u in moved:
        if (m := _SHIFT.search(u.text)) is None or find_times(u.text):
            continue
        if (amount := length_in(m.group(0))) is None or amount > timedelta(hours=6):
            continue
        later = (m["dir"] or m["dir2"]).lower() in ("later", "back")
        start = (old.start.astimezone(UTC) + (amount if later else -amount)).astimezone(
            old.start.tzinfo)
        return _with_length(old, start, u)
    return None


def _gives_up(sentence: str, times: list[TimeHit], old: Slot) -> bool:
    """Whether a later time of the sentence is the old slot's, named as given up."""
    was = old.start.timetz()
    return any(_INSTEAD_OF.search(sentence[: t.pos]) and t.start.minute == was.minute
               and t.start.hour % 12 == was.hour % 12 for t in times[1:])


def _near(t: TimeHit, old: Slot) -> TimeHit:
    """A bare "3:30" moved from 2 pm is 3:30 pm: of the two readings, the nearer the old."""
    h = t.start.hour
    if h < 12 and t.text[-1:].isdigit() and abs(h + 12 - old.start.hour) < abs(h - old.start.hour):
        return replace(t, start=t.start.replace(hour=t.start.hour + 12))
    return t
