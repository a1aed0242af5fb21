"""Decision dates counted from a day other than the mail's own: the interview's ("within
three months of the interview date"), the one a status update looks back on ("thank you
for coming in yesterday"), a stated closing day ("마감 후 2주 이내"); and the span number
words ("a couple of", "five") the decision reader shares with them.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .. import rx
from .dates import WEEKDAYS, find_dates

#: Span words as counts: "a couple of weeks", "within five days".
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "few": 3,
    "a few": 3,
}
NUM = (
    r"(?:\d{1,2}|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|an?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten)"
)

def count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBERS.get(word, 0)



#: "should you not hear from us within three (3) months of the interview date": a span that
#: runs from the interview, not from the mail.
AFTER_INTERVIEW = rx.compile(
    rf"\bwithin\s+(?P<n>{NUM})\s*(?:\(\d+\)\s*)?"
    r"(?P<unit>days?|weeks?|months?)\s+(?:of|after|from)\s+(?:the|your)\s+(?:interview|onsite"
    r"|on-site|final\s+(?:round|interview)|panel|assessment(?:\s+(?:day|centre|center))?"
    r"|super\s?day|interview\s+day)\b", re.I)  # ("within a week of the Superday")


#: The interview a status update thanks her for, by its day: "Thank you for coming in
#: yesterday to interview for …".
_INTERVIEWED = re.compile(r"\b(?:(?P<y>yesterday)|(?P<t>today|this\s+morning|earlier\s+today))\b"
                          r"(?=[^.!?]{0,40}\binterview)|\binterview\w*\b[^.!?]{0,40}"
                          r"\b(?:(?P<y2>yesterday)|(?P<t2>today|this\s+morning|earlier\s+today))\b",
                          re.I)


def day_looked_back_on(text: str, ref: date) -> date | None:
    """The day of the interview a mail looks back on, when it says "yesterday" or "today"."""
    m = _INTERVIEWED.search(text)
    if m is None:
        return None
    return ref - timedelta(days=1) if m["y"] or m["y2"] else ref


#: "by the Friday of the week after your interview", Italian "entro il venerdì della
#: settimana successiva al colloquio", Spanish "el viernes de la semana siguiente a la
#: entrevista", French "le vendredi de la semaine suivant l'entretien".
_WEEKDAY_AFTER = rx.compile(
    r"\b(?:by|before|entro|antes\s+del?|avant|d['’]ici)\s+(?:the|il|el|le)\s+(?P<wd>monday|tuesday"
    r"|wednesday|thursday|friday|lunedì|martedì|mercoledì|giovedì|venerdì|lunes|martes|miércoles"
    r"|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi)\s+(?:of|della|de\s+la)\s+(?:the\s+)?"
    r"(?:week|settimana|semana|semaine)\s+(?:after|following|successiva|seguente|siguiente"
    r"|posterior|suivante?)\s+(?:the\s+|your\s+|al\s+|a\s+la\s+|à\s+l['’]|l['’])?"
    r"(?:interview|colloquio|entrevista|entretien)", re.I)


#: "After the onsite, we aim to get back to you with a decision by the end of that week":
#: the Friday of the interview's own week.
_END_OF_THAT_WEEK = rx.compile(
    r"\b(?:after|following)\s+(?:the|your)\s+(?:onsite|on-site|interview|final\s+round|panel"
    r"|super\s?day|assessment(?:\s+(?:day|centre|center))?)\b[^.]{0,100}?\bby\s+the\s+end\s+of"
    r"\s+(?:that|the\s+same)\s+week\b", re.I)


def friday_of(ref: date, weeks_ahead: int) -> date:
    """The Friday of `ref`'s week, `weeks_ahead` weeks on (a weekend day: the next one's)."""
    monday = ref - timedelta(days=ref.weekday())
    friday = monday + timedelta(days=4 + 7 * weeks_ahead)
    if friday < ref:
        friday += timedelta(days=7)
    return friday


def after_interview(text: str, interview_day: date) -> tuple[date, str] | None:
    """The decision date a span from the interview gives ("within three months of the
    interview date", "by the Friday of the week after your interview"), or None."""
    if (w := _END_OF_THAT_WEEK.search(text)) is not None:
        return friday_of(interview_day, 0), w.group(0)
    if (w := _WEEKDAY_AFTER.search(text)) is not None:
        monday = interview_day + timedelta(days=7 - interview_day.weekday())
        return monday + timedelta(days=WEEKDAYS[w["wd"].lower()]), w.group(0)
    m = AFTER_INTERVIEW.search(text)
    if m is None or (n := count(m["n"])) <= 0:
        return None
    unit = m["unit"].lower()
    if unit.startswith("month"):
        month = interview_day.month - 1 + n
        year, month = interview_day.year + month // 12, month % 12 + 1
        day = min(interview_day.day, calendar.monthrange(year, month)[1])
        return date(year, month, day), m.group(0)
    days = 7 * n if unit.startswith("week") else n
    return interview_day + timedelta(days=days), m.group(0)


#: A decision counted from the close of a window the mail states: Korean "응시 마감 후 2주
#: 이내" (within two weeks of the recording deadline), "within two weeks of the closing date".
_AFTER_CLOSE = rx.compile(
    r"마감\s*(?:후|이후)\s*(?P<ko>\d{1,2})\s*(?P<ko_unit>주|일)\s*이내"
    rf"|\bwithin\s+(?P<n>{NUM})\s*(?P<unit>days?|weeks?)\s+(?:of|after|from)\s+the\s+"
    r"(?:closing\s+date|deadline|(?:recording|submission|application)\s+(?:window|deadline)"
    r"\s*(?:clos\w+)?)", re.I)


def after_closing(text: str, ref: date, order: str) -> tuple[date, str] | None:
    """The decision date a span from a stated closing day gives: the last date the text
    names before the span ("응시 기간: 5월 11일 ~ 5월 16일 … 마감 후 2주 이내" is 30 May)."""
    m = _AFTER_CLOSE.search(text)
    if m is None:
        return None
    n = int(m["ko"]) if m["ko"] else count(m["n"])
    weekly = (m["ko_unit"] or m["unit"] or "").lower().startswith(("주", "week"))
    days = [d.day for d in find_dates(text[: m.start()], ref, order) if d.day >= ref]
    if n <= 0 or not days:
        return None
    return max(days) + timedelta(days=7 * n if weekly else n), m.group(0)
