"""Slots whose date and time are written apart: an itinerary under a dated heading, a
programme after "Date: 2027-02-10", a subject "Interview - Thursday, Feb 4" and a body
"we'll start at 1:30 pm".

The sentence grammar (slots.slots_in) pairs a time only with a date in the same sentence;
this is the fallback when that finds nothing. It trusts a single date the mail is clearly
about (one distinct day, not a reply-by date, not in the past) and the times written
without a date:

- schedule rows (lines that begin with a time): the interview runs from the first row's
  start to the last row's end, or to a closing row ("16:00 Close");
- otherwise one start time, with an end from its range or from "wrap up by 2:30".
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from .. import rx
from .classify import INTERVIEW
from .clock_zone import TimeHit
from .dates import find_dates, find_times
from .kindwords import INTERVIEW_INTL
from .slot_context import REPORT_TIME
from .slots import CLOCK_CHANGE, Slot, slots_in
from .times import MOVED_FROM, time_at_start

#: A date that is a deadline, not the meeting: "reply by 27 January".
#: (and "by 11:59 pm SGT on Friday, 15 October": a time of day before it)
_DEADLINE_BEFORE = rx.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|deadline|latest)\s*(?:\w+,?\s+)?(?:the\s+)?$"
    r"|\berbyn\s+(?:dydd\s+)?(?:\w+,?\s+)?$"  # (Welsh "erbyn dydd Gwener, 12 Mawrth": by)
    r"|\b(?:by|before|until|no\s+later\s+than)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:[A-Z]{2,5}\s+)?on\s+(?:\w+,?\s+)?(?:the\s+)?$",
    re.I,
)
#: A line about answering, not meeting: "กรุณายืนยันการเข้ารับการสัมภาษณ์ภายในวันที่ 14".
_ANSWER_BY = rx.compile(r"\b(?:confirm\w*|reply|respond|let\s+us\s+know)\b|ยืนยัน|確認|确认"
                        r"|回复|回覆", re.I)
#: A cut-off, not a start: "Candidates reporting after 09:30 AM will not be permitted" (also
#: read by slot_pick, for a dated slot).
CUT_OFF = r"(?:reporting|arriving|joining|coming)\s+(?:later\s+than|after)"
#: A time that is for arriving, signing in or ending, not the start.
_NOT_START = rx.compile(
    r"\b(?:arrive|arrival|reception|sign(?:ed)?\s+in|check[- ]in|log\s+in|dial\s+in|early|"
    r"wrap(?:ping)?\s+up|finish|end|done|over|close|until|till|by"
    rf"|{CUT_OFF})\b[^.\n]{{0,12}}$",
    re.I,
)
_ENDS = rx.compile(
    r"\b(?:wrap(?:ping)?\s+up|finish(?:ed|ing)?|end(?:s|ing)?|be\s+done|over|close[sd]?|"
    r"until|till|(?:hard\s+)?stop)\s+(?:by|at|around|about)?\s*$",
    re.I,
)
#: A programme row that is the interview itself, and one that ends it.
_INTERVIEW_ROW = re.compile(r"\W*(?:hrs?\b\W*)?(?:(?:panel|formal|final|technical|job)\s+)?"
                            r"interview\b", re.I)
_END_OF = re.compile(r"\W*(?:hrs?\b\W*)?end\s+of\s+(?:the\s+)?interview\b", re.I)
_REPORT_AT = re.compile(rf"\b{REPORT_TIME}\s*:?\s*$", re.I)
_ARRIVAL_ROW = re.compile(r"\W*(?:arrival|arrive|check[- ]?in|sign[- ]?in|registration)\b",
                          re.I)
_CLOSING_ROW = rx.compile(r"^\W*(?:close|end|finish|wrap[- ]up|departure|depart)\b", re.I)
_BULLET = re.compile(r"^[\s*\-•·>|]*")
#: Between sentences of one line ("Tomorrow works. Let's do 10 a.m."), not inside "a.m.".
#: (and after a year: "… on Tuesday 8 December 2026. Your interview will take place from …")
#: (and before a clock: "Thursday it is. 10:30 at Kettle & Crane")
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=\b\d{4}[.!?]))\s+(?=[A-Z]|\d{1,2}[:.]\d\d\b)")
#: How far ahead an interview is booked, at most: further dates are not the anchor.
_HORIZON = timedelta(days=120)
#: A subject that opens with the day: "Thursday - your interview with Bronwyn & Tane".
_SUBJECT_WEEKDAY = re.compile(r"\s*(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*[-–—:,]",
                              re.I)
#: A past act right before a day: "I sent on Friday", "we spoke on Monday".
_SENT_BEFORE = rx.compile(r"\b(?:sent|emailed|mentioned|spoke|shared|received|had|met)"
                          r"(?:\s+(?:you|it|them))?\s+(?:on|last)\s+$", re.I)
#: A date field's label: "Date: Friday, 22 October 2027" is a heading like the bare date.
_FIELD = re.compile(r"^\W*(?:date|datum|day|fecha|data|when|dyddiad|dáta)\s*:", re.I)
_REPLY = re.compile(r"\s*(?:re|aw|sv|vs|antw|r|fwd?|wg|tr)\s*:", re.I)
#: Office hours in a footer or a contact line, not a meeting.
#: (and a shift's hours with its pay or its days: "shifts …, £11.90/hr, 6am-2pm, Tues to Sat")
_OFFICE_HOURS = rx.compile(r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:to|-|–|through)\s*"
                           r"(?:mon|tue|wed|thu|fri|sat|sun)\w*|office\s+hours|opening\s+hours"
                           r"|business\s+hours|shifts)\b|[£$€]\s?\d+(?:[.,]\d+)?\s*(?:/\s*|per\s+)h(?:ou)?r\b",
                           re.I)


def anchored_slots(
    text: str,
    subject: str,
    ref: datetime | None,
    order: str,
    default_tz: tzinfo | None,
    zone_hint: tuple[tzinfo, str | None, str] | None,
) -> list[Slot]:
    """At most one slot: the anchored date with the mail's dateless times (or, when the
    text has no time at all, the slot the subject states: "Interview confirmed – Wed 20 Jan
    @ 16:00 SAST")."""
    if not find_times(text) and not _REPLY.match(subject) and (
            INTERVIEW.search(subject) or INTERVIEW_INTL.search(subject)) and (
            len(whole := slots_in(subject, ref, order, default_tz, zone_hint=zone_hint)) == 1):
        return whole
    day = _anchor(text, subject, ref, order)
    if day is None:
        return []
    rows = _rows(text, ref.date() if ref else None, order)
    if len(rows) >= 2:
        # ("8:45 am  Arrival - sign in at reception" over the sessions: when to arrive, not
        # the interview; "09:30 – 09:45 Arrival & studio tour" is a part of the visit)
        opens = next((i for i, (rest, hit) in enumerate(rows)
                      if hit.end is not None or not _ARRIVAL_ROW.match(rest)), 0)
        first, last = rows[opens][1], rows[-1][1]
        end_time = last.end or (last.start if _CLOSING_ROW.match(rows[-1][0]) else None)
        talks = [i for i, (rest, _) in enumerate(rows) if _INTERVIEW_ROW.match(rest)]
        if len(talks) == 1 and len(rows) > talks[0] + 1 and _END_OF.match(
                rows[talks[0] + 1][0]) and not any(
                INTERVIEW.search(rest) for i, (rest, _) in enumerate(rows)
                if i not in talks and not _END_OF.match(rest)):
            # a visit's programme (a bus, a safety induction, a pit tour, lunch) with one
            # row that is the interview, and one that ends it: "10:00 hrs  Interview …" up to
            # "11:30 hrs  End of interview" (not "13:00 Panel interview" up to "15:00 Close"
            # of an assessment day, whose programme is the event)
            row = rows[talks[0]][1]
            first, end_time = row, row.end or rows[talks[0] + 1][1].start
        label = "\n".join(line for line, _ in rows)
        # "The day runs from 09:30 to 13:00 (UK time)" above the table: its zone
        zoned = [(ln, h) for ln in text.split("\n") for h in find_times(ln)
                 if h.tz is not None and h.start == first.start]
        return _slot(day, first.start, end_time, first, label, zone_hint, default_tz,
                     rows + zoned)
    starts: list[tuple[str, TimeHit]] = []
    ends: list[TimeHit] = []
    prev = ""
    for line in (s for ln in text.split("\n") for s in _SENTENCE_BREAK.split(ln)):
        # (the line before runs on into this one: "I do have a hard stop" over "at 11:15")
        lead, prev = f"{prev[-30:]} ", line
        if find_dates(line, ref.date() if ref else None, order):
            continue  # the sentence grammar already read sentences with a date
        if _OFFICE_HOURS.search(line):
            continue  # "by telephoning … between 09:00 and 17:30 (Monday to Friday)"
        for hit in find_times(line):
            before = (lead + line[: hit.pos])[-30:]
            if _ENDS.search(before):
                ends.append(hit)
            elif MOVED_FROM.search(line[max(0, hit.pos - 60) : hit.pos]):
                continue  # "moved your slot from 10:00 to twenty past ten": the old time
            elif not _NOT_START.search(before):
                starts.append((line, hit))
    if len({h.start for _, h in starts}) > 1:
        # "Report time: 0545 hrs" over "Assessment: 0600 – 1100 hrs": when to report, beside
        # the session's own time (alone, a report time is the start)
        starts = [(ln, h) for ln, h in starts if not _REPORT_AT.search(ln[: h.pos])]
    if len({h.start for _, h in starts}) != 1:
        return []
    line, hit = starts[0]
    end_time = hit.end or (ends[0].start if len({e.start for e in ends}) == 1 else None)
    return _slot(day, hit.start, end_time, hit, line, zone_hint, default_tz, starts)


def _anchor(text: str, subject: str, ref: datetime | None, order: str) -> date | None:
    ref_day = ref.date() if ref else None
    days = set()
    in_subject = set()
    named = set()  # days on a line that names the interview ("an interview next Thursday")
    headings = set()  # days that are a line of their own ("Tuesday, March 16, 2027")
    if (lead := _SUBJECT_WEEKDAY.match(subject)) is not None:
        subject = f"on {lead['wd']}{subject[lead.end('wd'):]}"  # "Thursday - your interview"
    for i, piece in enumerate((subject, *text.split("\n"))):
        for d in find_dates(piece, ref_day, order):
            if _DEADLINE_BEFORE.search(piece[max(0, d.start - 25) : d.start]):
                continue
            if _SENT_BEFORE.search(piece, max(0, d.start - 40), d.start):
                continue  # "the calendar invite I sent on Friday": a day gone by
            if CLOCK_CHANGE.search(piece, max(0, d.start - 60), d.start):
                continue  # "Chile moves to summer time on Sunday 5 September": no meeting
            if ref_day is not None and not ref_day <= d.day <= ref_day + _HORIZON:
                continue  # history, or a yearless past date rolled into next year
            days.add(d.day)
            if i == 0:
                in_subject.add(d.day)
            else:
                if len(_FIELD.sub("", piece).strip(" \t*-•:")) <= len(d.text) + 2:
                    headings.add(d.day)
                said = piece[piece.rfind(". ", 0, d.start) + 1 : (piece.find(". ", d.end) + 1
                                                                  or len(piece))]
                if (INTERVIEW.search(said) or INTERVIEW_INTL.search(said)) and not (
                        _ANSWER_BY.search(said)):
                    named.add(d.day)
    if len(days) > 1 and len(in_subject) == 1:
        # "Your onsite interview – Tue, Jan 26" over an itinerary that also names the day
        # the flight lands: the subject says which day the mail is about
        return in_subject.pop()
    if len(days) > 1 and len(named) == 1:
        # "we would like to invite you for an interview next Thursday" over the Monday a
        # case study is sent and the Tuesday to confirm by
        return named.pop()
    if len(days) > 1 and len(headings) == 1 and not named - headings:
        # "Tuesday, March 16, 2027" over the schedule's rows, and the Sunday the clocks
        # change in a heads-up below: the day the table is headed by
        return headings.pop()
    return days.pop() if len(days) == 1 else None


def _rows(text: str, ref: date | None, order: str) -> list[tuple[str, TimeHit]]:
    """Lines that begin with a time: "09:30 – 10:15  System design  Liam O'Connor"; or,
    when there are none, lines that end with a range: a table's "Name | Role | Time"
    rows ("Femke van Rijn Engineering Manager 13:00 – 13:45")."""
    rows, tails = [], []
    for line in text.split("\n"):
        body = line[_BULLET.match(line).end() :]  # type: ignore[union-attr]
        if (hit := time_at_start(body)) is not None:
            if rows and (hit.start < rows[-1][1].start or find_dates(body, ref, order)):
                break  # "… no later than / 12:00 on Friday 26 March": after the schedule
            rows.append((body[hit.stop :], hit))
        elif rows or not any(c.isdigit() for c in body[-5:]):
            continue
        elif (hits := find_times(body)) and hits[-1].end is not None and (
                not body[hits[-1].stop :].strip(" )|")):
            tails.append((body[: hits[-1].pos], hits[-1]))
    return rows or (tails if len(tails) >= 2 else [])


def _slot(
    day: date,
    start: time,
    end: time | None,
    hit: TimeHit,
    label: str,
    zone_hint: tuple[tzinfo, str | None, str] | None,
    default_tz: tzinfo | None,
    hits: list[tuple[str, TimeHit]],
) -> list[Slot]:
    stated = next((h for _, h in hits if h.tz is not None), None)
    if stated is not None:
        tz, name, zone_stated = stated.tz, stated.tz_name, True
    elif zone_hint is not None:
        tz, name, zone_text = zone_hint
        zone_stated = True
    else:
        tz, name, zone_stated, zone_text = default_tz, None, False, None
    if tz is None:
        return []
    begin = datetime.combine(day, start, tzinfo=tz)
    finish = None
    if end is not None:
        finish = datetime.combine(day, end, tzinfo=tz)
        if finish <= begin and end.hour < 12:  # "start at 1:30 pm ... wrap up by 2:30"
            finish += timedelta(hours=12)
        if finish <= begin:
            finish = None
    if stated is not None:
        zone_text = stated.zone_text
    return [Slot(begin, finish, name, hit.text, 0, zone_stated, zone_text)]
