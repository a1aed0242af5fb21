"""Appointments in one sentence: each time paired with its date and its zone (a `Slot`),
and a slot moved into the zone of the place the mail is about (`refine_slot`).

Split from dates.py, which finds dates: pairing them with times, dropping a time that only
restates another ("that's 10:00 in Johannesburg") and settling the zone is a job of its
own, built on the date and time grammars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from .. import rx
from .clock_zone import TimeHit, zone_after
from .dates import find_dates
from .times import ARRIVAL_BEFORE, find_times, hour_after_date
from .zone_words import names_place, refine, zone_word_at
from .zones import resolve_mention


@dataclass(frozen=True)
class Slot:
    """An appointment found in one sentence: aware start, optional end, zone name."""

    start: datetime
    end: datetime | None
    timezone: str | None
    text: str
    pos: int
    zone_stated: bool
    zone_text: str | None = None
    zone_end: int = -1  # where the zone mention ends in the sentence, -1 if none


#: A time labelled as the end: "End Time: 12:00 PM", "Ends: 15:30", "Finish: 4pm".
_END_LABEL = rx.compile(
    r"\b(?:end(?:s|\s*time)?|finish(?:es|\s*time)?)\s*:\s*$"
    # "11 Uhr s.t. (bis ca. 12.30 Uhr)", "10:00 (until about 11:30)": the end in brackets
    r"|^\s*(?:[sc]\.t\.)?\s*\(\s*(?:bis|until|till|to|jusqu['’]à|hasta|até|fino\s+alle)"
    r"(?:\s+(?:ca\.?|circa|about|approx\.?|around|environ|etwa|ungefähr))?\s*$", re.I)


def _labelled_ends(sentence: str, times: list[TimeHit]) -> list[TimeHit]:
    out: list[TimeHit] = []
    for t in times:
        prev = out[-1] if out else None
        if (prev is not None and prev.end is None and t.end is None
                and _END_LABEL.search(sentence[prev.stop : t.pos])):
            out[-1] = replace(prev, end=t.start)
        else:
            out.append(t)
    return out


#: Words that restate a time in another zone: "(that's 10:00 in Johannesburg)", "which
#: should be 7:30am for you", "i.e. 09:00 UK time".
_CONVERSION = rx.compile(
    r"(?:\bthat['’]?s|\bthat\s+is|\bwhich\s+(?:is|means|would\s+be|should\s+be|will\s+be)"
    r"|\bi\.e\.|=)\s*(?:about\s+|around\s+|roughly\s+|just\s+)?$", re.I)


_REPLACED = rx.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.I)
_IN_PLACE = re.compile(r"\s*(?:in\s+[A-Z]|for\s+(?:you|me)\b|(?:your|my)\s+time|here\b)")
#: What lies between a time and a bracketed restatement of it: "(", " instead (".
_OPEN_AFTER = re.compile(r"\s*(?:instead\s*)?\(\s*")
_FOR_READER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:for\s+you|your\s+time|on\s+your\s+(?:side|end))\b",
                         re.I)


#: The clocks changing on a day: "moves to summer time on", "the clocks go back on".
#: (not a zone's name: "South Africa Standard Time")
CLOCK_CHANGE = rx.compile(
    r"\bclocks?\s+(?:go|goes|change|move|spring|fall)\b"
    r"|\b(?:moves?|switch(?:es)?|go(?:es)?|changes?)\s+(?:to|onto|back\s+to)\s+"
    r"(?:summer|winter|daylight(?:[- ]saving)?|standard)\s+time\b"
    r"|\b(?:daylight[- ]savings?(?:\s+time)?|DST|summer\s+time)\s+"
    r"(?:starts|ends|begins|finishes)\b", re.I)
_YOUR_TIME = re.compile(r"\s*(?:your\s+time|for\s+you|(?:at\s+|on\s+)?your\s+(?:end|side))\b", re.I)


def slots_in(
    sentence: str,
    ref: datetime | None,
    order: str,
    default_tz: tzinfo | None,
    offset: int = 0,
    zone_hint: tuple[tzinfo, str | None, str] | None = None,
) -> list[Slot]:
    """Date + time pairs in one sentence. Each time pairs with the nearest date before it
    (or, failing that, after it), so "Tue 10 Nov, 10:00 or 14:00" gives two slots."""
    ref_day = ref.date() if ref else None
    dates = find_dates(sentence, ref_day, order)
    if dates and ("ime" in sentence or "lock" in sentence or "DST" in sentence):
        # "… 0700 hrs Mountain time. FYI clocks fall back Sun the 7th": the day the
        # clocks change is no day of the meeting
        dates = [d for d in dates
                 if not CLOCK_CHANGE.search(sentence, max(0, d.start - 60), d.start)]
    if not dates:
        return []
    times = find_times(sentence)
    for d in dates:
        bare = hour_after_date(sentence, d.end)
        if bare is not None and not any(t.pos <= bare.pos < t.stop for t in times):
            times.append(bare)
    times.sort(key=lambda t: t.pos)
    if not times:
        return []
    arrivals = [t for t in times if ARRIVAL_BEFORE.search(sentence[max(0, t.pos - 40) : t.pos])]
    if arrivals and len(arrivals) < len(times):  # "arrive for 10:45 for an 11:00 start"
        times = [t for t in times if t not in arrivals]
    if len(times) > 1:  # "Start Time: 11:00 AM ; End Time: 12:00 PM": one slot
        times = _labelled_ends(sentence, times)
    if len(times) > 1:  # "16:00 SGT (that's 10:00 in Johannesburg)": the same moment
        times = [t for i, t in enumerate(times) if not i or not (
            _CONVERSION.search(sentence[max(times[i - 1].stop, t.pos - 40) : t.pos])
            # "17:00 CET (18:00 in Johannesburg)", "15:00 SGT instead (09:00 for me)"
            or (_OPEN_AFTER.fullmatch(sentence[times[i - 1].stop : t.pos])
                and _IN_PLACE.match(sentence, t.stop)))]
    # "that's 8:30 am for you": a restatement for the reader, whatever came before it
    # ... and "rather than the 7:30 am we had before": the time being replaced
    times = [t for t in times if not (_CONVERSION.search(sentence[max(0, t.pos - 40) : t.pos])
                                      and _FOR_READER.match(sentence, t.stop))
             and not _REPLACED.search(sentence[max(0, t.pos - 25) : t.pos])]
    if len(times) > 1 and any(t.tz is not None for t in times):
        # "10am your time / 6pm mine (Sydney)": the reader's clock, whose zone the mail does
        # not know, restates the time the writer gives in a zone
        times = [t for t in times if not (t.tz is None and _YOUR_TIME.match(sentence, t.stop))]
    elif len(times) > 1 and not all(yours := [bool(_YOUR_TIME.match(sentence, t.stop))
                                             for t in times]):
        # "I've grabbed tomorrow at 9 … (4pm your side I think?)": the reader's clock for it
        times = [t for t, y in zip(times, yours, strict=True) if not y]
    stated = [t for t in times if t.tz is not None]
    field = _zone_field(sentence)
    out: list[Slot] = []
    for t in times:
        before = [d for d in dates if d.end <= t.pos]
        after = [d for d in dates if d.start >= t.stop]
        if before and after and " ; " in sentence[before[-1].end : t.pos] and (
                after[0].start - t.stop < 40 and " ; " not in sentence[t.stop : after[0].start]
                # (not a bracketed aside: "UK time (the clocks go forward on Sunday 28 March)")
                and "(" not in sentence[t.stop : after[0].start]):
            d = after[0]  # "Former: ... 24 September ; Updated: 2:00pm, Tuesday, 28 September"
        elif before:
            d = before[-1]
            if len(before) > 1 and _long_hours(t) and _DAY_RANGE.match(
                    sentence, before[-2].end, d.start):
                # "od pondelka 8. marca do piatku 12. marca, vždy medzi 9:00 a 16:00": the
                # hours of a window of days to book in, no slot (not "moved from Friday
                # 07/05 to Tuesday 11/05/2027 at 2:00pm")
                continue
        elif after and after[0].start - t.stop < 40:
            d = after[0]
        else:
            continue
        tz, name, zone_stated = t.tz, t.tz_name, t.zone_stated
        ztext, zend = (t.zone_text, t.stop) if t.tz is not None else (None, -1)
        if tz is None and stated:  # "10:00 or 14:00 (SAST)" - one zone for the sentence
            tz, name, zone_stated = stated[-1].tz, stated[-1].tz_name, True
            ztext, zend = stated[-1].zone_text, stated[-1].stop
        if tz is None and d.start >= t.stop and (after_date := _zone_at(sentence, d.end)):
            # "10:00 - 10:30 on Friday, 22 January 2027 (Central European Time)"
            tz, name, ztext, zend = after_date
            zone_stated = True
        if tz is None and after and after[0].start - t.stop < 20 and (
                after_date := _zone_at(sentence, after[0].end)):
            # "let's lock in 10am Tues 6 April, Sydney time" (a weekday read before it)
            tz, name, ztext, zend = after_date
            zone_stated = True
        if tz is None and field is not None:  # "Time zone: Central European Time"
            tz, name, ztext, zend = field
            zone_stated = True
        if tz is None and zone_hint is not None:
            tz, name, ztext = zone_hint
            zone_stated = True
        if tz is None:
            tz, name = default_tz, None
        if tz is None:
            continue
        start = datetime.combine(d.day, t.start, tzinfo=tz)
        end = datetime.combine(d.day, t.end, tzinfo=tz) if t.end else None
        lo, hi = min(d.start, t.pos), max(d.end, t.stop)
        out.append(
            Slot(start, end, name, sentence[lo:hi], offset + lo, zone_stated, ztext, zend)
        )
    return out


def _long_hours(t: TimeHit) -> bool:
    """Is `t` a span of three hours or more ("9:00 – 16:00"): office hours, no meeting?"""
    if t.end is None:
        return False
    return (t.end.hour * 60 + t.end.minute) - (t.start.hour * 60 + t.start.minute) >= 180


#: What joins the two dates of a span of days: "Monday 8 March to Friday 12 March", "8.
#: marca do piatku 12. marca", "del lunes 8 al viernes 12", "vom 8. bis 12. März".
_DAY_RANGE = re.compile(r"\s*,?\s*(?:to|until|till|through|thru|-|–|—|do|až\s+do|al|hasta"
                        r"|bis|au|jusqu['’]au|até|tot|t/m|til)\s+(?:[^\W\d]+\s+)?$",
                        re.I)


_ZONE_FIELD = rx.compile(r"\btime\s*zone\s*:\s*", re.I)


def _zone_field(sentence: str) -> tuple[tzinfo, str | None, str, int] | None:
    """The zone of a templated "Time zone: ..." field: (tz, IANA name, as written, end)."""
    f = _ZONE_FIELD.search(sentence)
    return None if f is None else _zone_at(sentence, f.end())


def _zone_at(sentence: str, pos: int) -> tuple[tzinfo, str | None, str, int] | None:
    """A zone written at `pos` (after spaces or a bracket): (tz, IANA name, as written,
    end); None when there is none."""
    z, end = zone_after(sentence, pos)
    tz, name = resolve_mention(z) if z else (None, None)
    if tz is None:
        tz, name, end = zone_word_at(sentence, pos)
    if tz is None:
        return None
    return tz, name, sentence[pos:end].strip(" ,()"), end


def refine_slot(slot: Slot, sentence: str, text: str, sender_domain: str | None) -> Slot:
    """The slot in the zone of the place the mail is about, when the stated zone agrees.

    "CET" from a Dutch sender -> Europe/Amsterdam; "(GMT+02:00) Johannesburg" ->
    Africa/Johannesburg; "AEST" in December at a Brisbane office -> Australia/Brisbane
    (+10). A bare offset ("GMT+2") is refined only by a place written right after it in
    `sentence`, and "UTC" never: the writer chose a zone-less clock on purpose.
    """
    if (not slot.zone_stated or not slot.zone_text or slot.zone_text.upper() == "UTC"
            or names_place(slot.zone_text)):
        return slot
    bare = slot.timezone is None
    if bare:
        if slot.zone_end < 0:
            return slot
        m = _AFTER_LABEL.match(sentence, slot.zone_end)
        text = m.group(0) if m else ""
    domain = None if bare else sender_domain
    better = refine(slot.timezone, slot.zone_text, slot.start, text, domain)
    if better is None:
        return slot
    tz, name = better
    start = slot.start.replace(tzinfo=tz)
    end = slot.end.replace(tzinfo=tz) if slot.end else None
    return replace(slot, start=start, end=end, timezone=name)


#: The words right after a bare offset: "(GMT+02:00) Johannesburg".
_AFTER_LABEL = re.compile(r"[\s)]*[^\n;.]{0,40}")
