"""A time written with no zone, in a mail that warns the clocks change before it.

"Can you come in this Sunday the 4th at 10 o'clock? … daylight saving finishes Sunday
morning so the clocks go back an hour": the writer names no zone, and the mail's Date
header shows the clock before the change. The reader takes 10 o'clock on the new clock,
so the offset is the one in force on the day, in the zone whose clocks the writer means:
of the zones that share the header's offset on the day it was sent, the ones whose clocks
change before the interview. When they all agree on the new offset, that is the answer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from ..model import Interview
from .slots import CLOCK_CHANGE

#: Zones with daylight-saving rules, one per set of rules (facts, IANA names).
_DST_ZONES = tuple(ZoneInfo(name) for name in (
    "Europe/London", "Europe/Paris", "Europe/Athens", "America/New_York", "America/Chicago",
    "America/Denver", "America/Los_Angeles", "America/Halifax", "America/St_Johns",
    "America/Anchorage", "Australia/Sydney", "Australia/Adelaide", "Pacific/Auckland",
    "America/Santiago", "Asia/Jerusalem", "Asia/Beirut", "America/Asuncion",
    "Pacific/Chatham", "America/Havana", "Atlantic/Azores",
))


def across_clock_change(interview: Interview, sent: datetime, text: str) -> Interview | None:
    """The interview on the clock in force on its day, when the mail warns of a change and
    its time carries only the Date header's offset; None when that does not apply."""
    offset = sent.utcoffset()
    if (interview.timezone is not None or offset is None
            or interview.start.utcoffset() != offset or not CLOCK_CHANGE.search(text)):
        return None
    wall, when = interview.start.replace(tzinfo=None), sent.replace(tzinfo=None)
    changing = [z for z in _DST_ZONES
                if z.utcoffset(when) == offset and z.utcoffset(wall) != offset]
    if not changing or len({z.utcoffset(wall) for z in changing}) != 1:
        return None
    tz = changing[0]
    start = wall.replace(tzinfo=tz)
    end = interview.end.replace(tzinfo=None).replace(tzinfo=tz) if interview.end else None
    return replace(interview, start=start, end=end)
