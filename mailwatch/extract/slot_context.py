"""When does a sentence with a date and a time describe the meeting itself?

classify.MEETING_CONTEXT lists meeting nouns and verbs. Prose also sets a slot with
phrases that name no meeting ("come and see us on Monday at 9am", "it will hold on 16th
November") or refers back to the previous sentence with a pronoun ("It will be on Zoom
at 10am"). These are the extra signals, kept here so the slot finder can use them as a
fallback without widening the shared vocabulary every other classifier reads.
"""

from __future__ import annotations

import re
from datetime import date

from .. import rx
from .date_words import FOREIGN_WEEKDAYS
from .dates import find_dates, find_times
from .text import Unit
from .times import time_at_start

#: Phrases that set an appointment without naming a meeting.
APPOINTMENT = rx.compile(
    r"\b(?:(?:come|pop)\s+(?:in|over|by|and\s+(?:see|meet)\s+us)|see\s+us|visit\s+us"
    r"|drop\s+by|(?:will|shall|would)\s+(?:hold|be\s+held|take\s+place)|takes?\s+place"
    r"|put\s+it\s+in\s+the\s+calendar|in\s+(?:the|your|our)\s+(?:calendar|diary)"
    r"|pencil(?:led|ed)?\s+(?:you\s+)?in|lock(?:ed)?\s+(?:it|this|that|you|the\s+\w+)?\s*in"
    r"|jump\s+on|hop\s+on|let's\s+(?:lock|book|do|say|go\s+for|make\s+it))\b",
    re.I,
)
#: A sentence that continues the previous one's subject: "It will ...", "This is ...".
ANAPHORA = re.compile(
    r"^\s*(?:it|this|that|the\s+(?:session|meeting|call|interview|conversation|chat))"
    r"\s+(?:will|would|is|shall|has|'ll|’ll)\b",
    re.I,
)


def continues_meeting(sentence: str, previous_is_meeting: bool) -> bool:
    """True when `sentence` sets the appointment by itself or by referring back."""
    if APPOINTMENT.search(sentence):
        return True
    # "Your new time:" over "2027年1月28日 15:00": a slot line right under a meeting line
    return previous_is_meeting and bool(ANAPHORA.match(sentence) or _SLOT_LINE.match(sentence))


#: A line that is a slot by itself: it opens with a date or weekday ("Tue 6 Oct, 2.30pm",
#: "mardi 3 novembre, de 14h30 à 15h30", "Sunday 11 October 2026").
_FOREIGN_WD = "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True))
_SLOT_LINE = rx.compile(
    # ("(a) Monday, 24 May", "DAY 1 – Wednesday 10 March")
    # (and a move's "WAS:" and "NOW:" in front of the old and the new slot)
    r"^\s*(?:(?:option\s+)?[A-Z1-9]\s*[|:).\-]\s*|\([a-hA-H1-9]\)\s*|day\s+\d\s*[-–—:]\s*"
    r"|(?i:was|now|then|before|after|old|new|from|to)\s*:\s*)?"
    r"(?:(?:on|am|le|el|the|v|ve|w|we|u|në|të|më)\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+\w+|\w+day\b|\w+dag\b|(?:{_FOREIGN_WD})\b"
    # ("Tue Feb 9 – 9:30 Pacific", "Thu, 11 Feb")
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?=\w*\d|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec))"
    r"|(?:lun|mar|mercre|jeu|vendre|same)di\b|dimanche\b|\w+tag\b|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)\w*\.?\s+\d|20\d\d\s?[年/.-]|\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|\d{1,2}\s?월\s?\d{1,2}\s?일"  # ("10월 19일(월) 오후 2시")
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*[（(])",  # ("3/16（二）下午 2:00-3:00")
    re.I,
)


def is_slot_line(text: str) -> bool:
    """The line opens with a date or weekday, as a slot written on its own line does."""
    return bool(_SLOT_LINE.match(text))


def loose_units(parts: list[Unit], meeting: list[bool]) -> list[Unit]:
    """Units that carry no meeting word themselves but belong to a sentence that does.

    Used only when no meeting sentence holds a date and time: mail often says "I've
    locked in your interview:" and puts the slot on its own line, or writes the slot in
    the next sentence of the same paragraph. Three ways to belong, all local:

    - the same paragraph as a meeting sentence;
    - the paragraph right after a meeting sentence that ends with a colon;
    - a short line that opens with a date ("Tue 6 Oct, 2.30-3.15pm").
    """
    out: list[Unit] = []
    if not any(meeting):
        return out  # nothing to belong to: the mail sets no meeting
    meeting_paras = {u.para for u, m in zip(parts, meeting, strict=True) if m}
    lead_paras = {
        u.para + 1
        for u, m in zip(parts, meeting, strict=True)
        if m and u.text.rstrip().endswith(":")
    }
    for u, m in zip(parts, meeting, strict=True):
        if m:
            continue
        if (
            u.para in meeting_paras
            or u.para in lead_paras
            or (len(u.text) <= 100 and _SLOT_LINE.match(u.text))
        ):
            out.append(u)
    return out


#: A time field's label: "Hora: de 10:30 a 11:30" under "Día: martes, 3 de noviembre".
_TIME_LABEL = re.compile(r"^\s*(?:[•·*-]\s*)?(?:(?:report(?:ing)?\s+|arrival\s+)?time|zeit|uhrzeit"
                         r"|hora|horário|horario|tijd|heure"
                         r"|horaire|ora|orario|tid|klockslag|kellonaika|godzina|czas|saat|الوقت"
                         # (Pashto "وخت: د سهار ۱۰:۰۰ بجې": time, of the morning)
                         # ("MEET:   7:30 AM Central, lobby of …" under "DATE: Tuesday, June 8")
                         r"|meet(?=\s*:)"
                         r"|التوقيت|الموعد|ώρα|время|وخت|زمان)\s*:?\s*(?:de|from|von|dalle|van|od"
                         r"|من|د\s+(?:سهار|ماسپښین|مازدیګر))?\s*", re.I)
#: A time to report at, not the session's: "Report time: 0545 hrs" (schedule.py reads it too).
REPORT_TIME = r"(?:report(?:ing)?|arrival)\s+time"
_REPORT = re.compile(rf"\s*(?:[•·*-]\s*)?{REPORT_TIME}\b", re.I)
#: "الساعة 11:00 صباحًا" (the hour 11:00 a.m.): the word before a clock in digits, not
#: before one in words ("الساعة الواحدة ظهراً", which the word clock reads with it).
_AR_HOUR_WORD = re.compile(r"^الساعة\s+(?=\d)")


def join_date_and_time_lines(parts: list[Unit], ref: date | None, order: str) -> list[Unit]:
    """A line that is only a date, then a line that opens with its time ("Tuesday, 27
    October 2026" over "14:00 - 15:00 GMT"), become one unit: the sentence grammar pairs a
    time only with a date in its own sentence, and a mail with a second such block (the
    previous time) leaves no single date for the anchored fallback."""
    out: list[Unit] = []
    shared = {u.para for i, u in enumerate(parts) if i and parts[i - 1].para == u.para}
    for u in parts:
        prev = out[-1] if out else None
        seen = shared  # paragraphs of more than one line: a date line there is no heading
        dates = find_dates(prev.text, ref, order) if prev is not None else []
        # (or a longer line that ends with its date: a heading the date line ran into,
        # "Overdrive Pro League - Broadcast Producer Wednesday, Feb 10")
        if (prev is not None and dates
                and (len(prev.text) <= 60 or dates[-1].end >= len(prev.text.rstrip(" ,.:")))
                and (prev.para == u.para or (u.para == prev.para + 1 and prev.para not in seen))
                and time_at_start(_AR_HOUR_WORD.sub("", _TIME_LABEL.sub("", u.text, count=1)))
                is not None
                # (a time to report at, alone, is left to the dateless reader, which pairs it
                # with "… over by 3:00 PM"; one over the session's own time is joined)
                and not (_REPORT.match(u.text) and len(find_times(u.text)) < 2)
                and not find_times(prev.text)
                and not find_dates(u.text, ref, order)):
            out[-1] = Unit(f"{prev.text} {u.text}", prev.templated or u.templated, u.para)
        else:
            out.append(u)
    return out
