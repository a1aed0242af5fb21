"""Our own small grammar for dates, times, ranges and zones in interview mail.

General date finders read ids, phone numbers and "May I" as dates (see API-NOTES). This
grammar only accepts shapes that people use for appointments: a month name next to a day
number, a numeric date with separators and a 4-digit or 2-digit year, ISO dates, weekdays
introduced by on/this/next, today/tomorrow, and times with a colon or am/pm. Everything is
resolved against the message's Date, never the clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .. import rx
from .clock_words import NORDIC_HOUR_WORDS
from .clock_zone import TimeHit
from .date_make import _make, _nth_day, _numeric_reading, _weekday_nth, next_weekday
from .date_words import (
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    GERMAN_ORDINAL_DATE,
    GERMAN_ORDINALS,
    NORDIC_ORDINAL_DATE,
    NORDIC_ORDINALS,
    SLOVENE_ORDINAL_DATE,
    SLOVENE_ORDINALS,
)
from .times import find_times

__all__ = ["DateHit", "TimeHit", "find_dates", "find_times", "next_weekday"]

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    **FOREIGN_MONTHS,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    **FOREIGN_WEEKDAYS,
}
_MON = "|".join(sorted((k for k in MONTHS if k not in FOREIGN_MONTHS), key=len, reverse=True))
_MON_FOREIGN = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
_WD_FULL = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WD_SHORT = "mon|tues?|weds?|thurs?|thu|fri|sat|sun"
#: The working days' short forms as a quick note writes them ("next tues", "bump it to
#: thurs"), lower-case or capitalised only: not "SAT" or "the sun".
_WD_NOTE = "(?-i:mon|tues?|weds?|thurs?|thu|fri|Mon|Tues?|Weds?|Thurs?|Thu|Fri)"
_WD = "|".join(sorted((k for k in WEEKDAYS if k not in FOREIGN_WEEKDAYS), key=len, reverse=True))
#: ("segunda-feira, 19/07": a foreign weekday before a yearless numeric date)
_WD_FOREIGN = "|".join(sorted(map(re.escape, FOREIGN_WEEKDAYS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_LEAD = rf"(?:(?P<wd>{_WD})\.?,?\s+(?:the\s+)?)?"

_UNITS_NTH = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth")
#: Days written as ordinal words: "the ninth of March", "the twenty-first of May".
_ORDINAL_WORDS = {
    **{w: i for i, w in enumerate(_UNITS_NTH, 1)},
    **{w: i for i, w in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                   "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                   "nineteenth", "twentieth"), 10)},
    **{f"twenty {w}": 20 + i for i, w in enumerate(_UNITS_NTH, 1)},
    "thirtieth": 30, "thirty first": 31,
}
_NTH_WORD_OF = rx.compile(
    rf"\b(?:(?P<wd>{_WD})\.?,?\s+)?the\s+(?P<dw>(?:twenty|thirty)[- ](?:{'|'.join(_UNITS_NTH)})|"
    + "|".join(sorted((w for w in _ORDINAL_WORDS if " " not in w), key=len, reverse=True))
    + rf")\s+of\s+(?P<m>{_MON})\b",
    re.I,
)
#: What every _NTH_WORD_OF match holds ("ninth of", "first of", "second of", "third of").
_NTH_OF = ("th of", "st of", "nd of", "rd of")
#: A year after a month's name: this century's or the last, or a Buddhist era year ("2570");
#: not the clock of "Tues Nov 9, 0700 hrs".
_YEAR = r"(?:19|20|25)\d\d"
_DMY_NAME = rx.compile(
    rf"\b{_LEAD}(?P<d>\d{{1,2}}){_ORD}\.?(?:\s+(?:of\s+|de\s+)?|-)(?P<m>{_MON})\b\.?,?"
    rf"(?:(?:\s+(?:de\s+)?|-)(?P<y>{_YEAR})\b)?",  # ("18-Nov-2026": India, UK HR systems)
    re.I,
)
#: "26. November 2026", "3 de noviembre de 2026", "mardi 3 novembre": day first, a foreign
#: month name. Starts at the day number (a weekday before it is not needed to resolve it),
#: so the scan stays as cheap as the English one.
_DMY_FOREIGN = rx.compile(
    # (a month may end in an Indic or Thai vowel sign or mark, after which \b fails:
    # "फ़रवरी", "กุมภาพันธ์", "ఏప్రిల్": so no word character may follow, which is \b after a
    # letter)
    # (French writes the first of the month "1er": "mardi 1er décembre")
    # (Filipino "ika-14 ng Oktubre": "ng" where Spanish writes "de")
    # (Uzbek joins them with a hyphen: "18-iyun")
    rf"(?<![\w.])(?P<d>\d{{1,2}})(?:(?:\.|(?<=1)er)?\s+(?:de\s+|ng\s+)?|-)(?P<m>{_MON_FOREIGN})"
    r"(?!\w)\.?,?"
    rf"(?:\s+(?:de\s+)?(?P<y>{_YEAR})\b)?",
    re.I,
)
_MDY_NAME = rx.compile(
    rf"\b{_LEAD}(?P<m>{_MON})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!:|\d)(?:,?\s+(?P<y>{_YEAR})\b)?",
    re.I,
)
_NUMERIC = rx.compile(
    rf"(?<![\w/.\-+]){_LEAD}(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>\d{{4}}|\d{{2}})(?![\w/\-]|\.\d)",  # (a full stop may end the sentence)
    re.I,
)
#: A dotted date with spaces, as Slovak, Czech, Slovenian and German write it: "16. 9. 2026";
#: Korean writes the year first: "2027. 6. 15.(화)".
_SPACED_DMY = rx.compile(
    r"(?<![\w/.\-+])(?P<d>[0-3]?\d)\.\s(?P<m>[01]?\d)\.\s?(?P<y>20\d{2})(?!\d)"
    r"|(?<![\w/.\-+])(?P<y2>20\d{2})\.\s(?P<m2>[01]?\d)\.\s(?P<d2>[0-3]?\d)\.?(?!\d)")
_ISO = rx.compile(
    r"(?<![\w/.\-+])(?P<y>20\d{2})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\w/\-]|\.\d)"
    # 2026年11月25日, 2026년 10월 20일
    r"|(?P<cy>20\d{2})\s?[年년]\s?(?P<cm>[01]?\d)\s?[月월]\s?(?P<cd>[0-3]?\d)\s?[日일]"
    # 1月27日, 10월 15일: the year from the mail
    r"|(?<![\d年년])(?P<jm>[01]?\d)\s?[月월]\s?(?P<jd>[0-3]?\d)\s?[日일]"
    # Taiwan's Minguo years: 115年11月24日 is 2026-11-24 (the year + 1911); Japan's Reiwa
    # years: 令和9年1月14日 is 2027-01-14 (the year + 2018)
    r"|(?:(?<!\d)(?P<ry>1[0-2]\d)|令和\s?(?P<jy>[1-4]?\d))\s?年\s?(?P<rm>[01]?\d)\s?月\s?"
    r"(?P<rd>[0-3]?\d)\s?日"
    # Vietnamese "ngày 5 tháng 3 năm 2027"
    r"|ngày\s+(?P<vd>[0-3]?\d)\s+tháng\s+(?P<vm>[01]?\d)(?:\s+năm\s+(?P<vy>20\d{2}))?",
    re.I,
)
#: "3/16（二）", "3/3（水）": a CJK month/day with its weekday in brackets.
_MD_WEEKDAY = re.compile(
    r"(?<![\d/])(?P<km>[01]?\d)/(?P<kd>[0-3]?\d)\s*[（(]\s*[一二三四五六日月火水木金土]\s*[）)]")
#: "2027. március 3.": Hungarian writes the year, the month's name, then the day; without
#: the year the day's full stop is what marks it ("március 9. (kedd) 10 órakor").
_YMD_FOREIGN = rx.compile(
    rf"(?<![\w.])(?:(?P<y>20\d{{2}})\.\s+)?(?P<m>{_MON_FOREIGN})\s+(?P<d>\d{{1,2}})\b"
    # (or with its case ending: "április 8-án" (on), "8-át", "8-ától" (from), "1-jén", "8-ig")
    r"(?(y)\.?|(?:\.(?![\d.])|-(?:j?[aáeé](?:n|t|tól|től|ig)?|ig)\b))",
    re.I,
)
#: The Hungarian month names a yearless "március 9." needs (a scan only where one is).
_HU_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december")
#: Lithuanian "kovo 26 d.", "2027 m. kovo 26 d.": the month's genitive, the day and "d.".
_MD_LT = rx.compile(
    rf"(?<![\w.])(?:(?P<y>20\d{{2}})\s*m\.\s*)?(?P<m>{_MON_FOREIGN})\s+(?P<d>\d{{1,2}})\s*d\b\.?",
    re.I,
)
#: Georgian months by their stem, which takes case endings ("ივნისამდე", until June).
_KA_MONTHS = ("იანვ", "თებერვ", "მარტ", "აპრილ", "მაის", "ივნის", "ივლის", "აგვისტ", "სექტემბ",
              "ოქტომბ", "ნოემბ", "დეკემბ")
_GEORGIAN = re.compile("[\u10d0-\u10ff]")
_DM_GEORGIAN = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>" + "|".join(_KA_MONTHS)
                          + r")[\u10d0-\u10ff]*(?:\s+(?P<y>20\d\d))?")
_INDIC = re.compile("[\u0900-\u0dff]")
#: Hindi and Tamil write the English order, month first: "अप्रैल 5", "ஏப்ரல் 5".
_MD_INDIC = rx.compile(
    r"(?<!\w)(?P<m>" + "|".join(sorted((k for k in FOREIGN_MONTHS if "\u0900" <= k[0] <= "\u0dff"),
                                       key=len, reverse=True))
    + r")\s+(?P<d>\d{1,2})(?!\d)(?:\s*,?\s*(?P<y>20\d{2}))?")
#: "Tuesday 26/01", "Thu 3/12": a yearless numeric date that a weekday makes certain.
_WD_NUMERIC = rx.compile(
    # ("Thursday (9/17) at 10:30": the date in brackets after its weekday)
    # (Danish and Norwegian "mandag d. 12/4": "d." for "den", the)
    rf"\b(?P<wd>{_WD}|{_WD_FOREIGN})\.?,?\s+(?:d\.\s*|den\s+)?(?P<p>\()?(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})"
    rf"(?(p)\)|(?![\w/]|[.:]\d))"
    # "10/03 (Wednesday)": the weekday after it
    rf"|(?<![\w/.\-+])(?P<a2>\d{{1,2}})[/.](?P<b2>\d{{1,2}})\s*\(\s*(?P<wd2>{_WD})\.?\s*\)"
    # German "Mo, 11.01. um 16 Uhr", "am 11.01. um 16 Uhr": a yearless dotted date, day
    # first, that a two-letter weekday or "am" opens and its own full stop closes
    r"|(?:\b(?-i:(?P<wd3>Mo|Di|Mi|Do|Fr|Sa|So))[.,]\s*|\b(?:am|vom|den)\s+)"
    r"(?P<a3>[0-3]?\d)\.(?P<b3>[01]?\d)\.(?!\d)", re.I)
_DE_WD2 = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5, "So": 6}
_RELATIVE = rx.compile(
    # ("a week from today", "a week today", "a week tomorrow": seven days on)
    rf"\b(?P<rel>(?:a|one)\s+week\s+(?:from\s+)?(?P<wkbase>today|tomorrow)"
    rf"|the\s+day\s+after\s+tomorrow|(?<!\bfrom\s)today|tomorrow|tonight"
    rf"|tmrw|tmrow|tmw|2moro|2morrow"  # (as a phone writes it)
    # (not "so not this coming Monday, the one after": a day ruled out)
    rf"|(?<!\bnot\s)(?<!\bnot\sthis\s)(?P<mod>on|this|next|coming|this\s+coming)\s+"
    rf"(?P<wd>{_WD_FULL}|{_WD_NOTE}\b)(?!\s+week\b)"  # ("next tues 3ish")
    # "Thursday next week", "Friday this week"
    rf"|(?P<wk>{_WD_FULL}|{_WD_SHORT})\s+(?P<wkmod>next|this)\s+week"
    # British "Monday week", "a week on Monday": the Monday after the coming one
    rf"|(?P<wkafter>{_WD_FULL})\s+week\b(?!\s*(?:of|commencing|beginning|ending|day)\b)"
    rf"|a\s+week\s+(?:on\s+|from\s+)?(?P<wkon>{_WD_FULL})"  # (American "a week from Tuesday")
    # a bare weekday right before a time: "When: Monday, 11:00am"
    rf"|(?P<bare>{_WD_FULL}|{_WD_SHORT})(?=(?:['’]s)?\.?,?\s+(?:(?:at\s+|say\s+)?\d{{1,2}}(?:[:.]\d{{2}}"
    rf"|\s*[ap]\.?m)|(?:at|@)\s+\d{{1,2}}(?![\d:.,%/])"  # ("Thursday at 3 works")
    rf"|(?:at|@)\s+[0-2]\d[0-5]\d\s?(?:hrs|hours|h)\b"  # ("Tuesday at 1400 hrs")
    # ("Tuesday, 10 on the dot", "Monday, ten sharp")
    rf"|(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    rf"(?:sharp|on\s+the\s+dot|o['’]clock)\b"
    # ("Thursday at quarter to 11 Eastern", "Monday at eleven o'clock")
    rf"|at\s+(?:half|quarter|noon|midday|one|two|three|four|five|six|seven|eight|nine|ten"
    rf"|eleven|twelve)\b)"
    # a weekday picked in a reply, its time said next: "thurs works. 3pm my time"
    rf"|\s+(?:works|is\s+(?:fine|good|great|perfect)|suits|it\s+is(?=[.!]))\b"
    # "Can you pop in Monday first thing? 9ish.": a part of the day, its time said next
    rf"|,?\s+(?:first\s+thing|morning|afternoon|lunchtime|(?:after|before)\s+lunch|noon\w*"
    rf"|midday)\b))\b",
    re.I,
)

_DE_WEEKDAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
#: German "Donnerstag nächster Woche" (Thursday next week), "nächsten Donnerstag" (the
#: coming Thursday).
_DE_RELATIVE = rx.compile(
    rf"\b(?P<wk>{_DE_WEEKDAYS})\s+(?:nächster|kommender)\s+Woche\b"
    rf"|\b(?:nächsten|kommenden)\s+(?P<wd>{_DE_WEEKDAYS})\b", re.I)
#: A bare foreign weekday right before its clock time, as a reply picks one: "Donnerstag um
#: 14:00 Uhr passt", "jeudi à 14h30", "el martes a las 10:00", "onsdag kl. 13.00", "lunedì
#: alle 9:30" (the English "Thursday at 2pm" is _RELATIVE's "bare"). The match is the
#: weekday alone, so the time stays free for the time finder.
_FOREIGN_BARE = rx.compile(
    rf"\b(?P<wd>{_WD_FOREIGN})\.?,?\s+(?="
    rf"(?:um|à|a\s+las?|às|alle|om|kl\.?|klo|o|ob|godz\.?)\s+\d{{1,2}}(?![\d/]|\.\d{{1,2}}\.)"
    # ("torsdag kl. halv tre", "Donnerstag um halb drei", "onsdag klockan tio")
    rf"|(?:um|om|kl\.?|klokka|klokken|klockan)\s+(?:halb|halv|half)\s+\w"
    rf"|(?:kl\.?|klokka|klokken|klockan)\s+(?:{NORDIC_HOUR_WORDS})\b"
    rf"|\d{{1,2}}(?::\d\d|h\d\d|\s*(?:uhr|h)\b))",
    re.I,
)
#: "push our conversation to Thursday": a weekday a meeting moves to is a date, though
#: "to Thursday" alone is not ("Monday to Thursday").
_TO_WEEKDAY = rx.compile(
    rf"\bto\s+(?P<wd>{_WD_FULL}|{_WD_NOTE})\b", re.I)
#: "3pm Thurs", "10:30 on Friday": a weekday right after a time. (The match starts at the
#: weekday, so the time stays free for the time finder.)
_TIME_THEN_WEEKDAY = rx.compile(
    rf"(?<=\d[ap]m\s)(?:on\s+)?(?P<wd>{_WD_FULL}|{_WD_SHORT})\b\.?"
    rf"|(?<=\d\s[ap]m\s)(?:on\s+)?(?P<wd2>{_WD_FULL}|{_WD_SHORT})\b\.?", re.I)
_MOVE_VERB = re.compile(r"\b(?:mov|push|shift|postpon|bring|brought|bump)\w*\b[^.?!\n]*$", re.I)

#: "the 24th" (day of this or next month), only where a date ends: before a comma, "at",
#: "from" - not "the 2nd round".
#: A weekday and a day of the month with no month: "Tuesday the 9th", "Wednesday 14th",
#: "le mercredi 14", "Mittwoch, den 14." (not a time: "Monday 10am", "Friday 14:00").
_WD_NTH = rx.compile(
    # ("this Sat (17th) 7am": the day in brackets after its weekday)
    rf"\b(?P<wd>{_WD}|{_WD_FOREIGN})\.?,?\s+(?P<pn>\()?(?:the\s+|den\s+|le\s+)?(?P<d>[0-3]?\d)"
    # ("Thu 19th, 11am": an English ordinal may have a comma after it)
    rf"(?:(?:st|nd|rd|th)(?![a-z\d])|(?:er|\.(?!\d))?(?![\d:.,/\-]|[a-z]))(?(pn)\))"
    rf"(?!\s*(?:[ap]\.?m\b|h\b|uhr\b|hrs?\b|o['’]clock|sharp\b|on\s+the\s+dot|{_MON}|{_MON_FOREIGN}))",
    re.I,
)
_THE_NTH = rx.compile(
    # (not "the 2nd-floor cafe")
    r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!-(?:floor|storey|story|level))"
    r"(?=\s*(?:[,.;:)!?]|$|at\b|from\b|between\b|@|-|–"
    r"|either\b|latest\b|or\s+so\b))",
    re.I,
)


_DIGIT = re.compile(r"\d")
#: What _NUMERIC and _WD_NUMERIC need (and _ISO's dashed dates): a digit, a separator and
#: a digit ("3/12", "2026-11-25").
_DIGIT_SEP = re.compile(r"\d[/.\-]\d")
#: Every English month name or abbreviation opens with one of these, so a text that has
#: none of them (lower-cased: rx.lowered) has no match of _DMY_NAME or _MDY_NAME.
_MONTH_WORDS = tuple(sorted({m[:3] for m in MONTHS if m not in FOREIGN_MONTHS}))
#: The same for the English weekdays, full or short (_TIME_THEN_WEEKDAY needs one), and
#: for _RELATIVE: a weekday, "today", "tonight" or "tomorrow" ("the day after tomorrow").
_WEEKDAY_WORDS = tuple(sorted({d[:3] for d in WEEKDAYS if d not in FOREIGN_WEEKDAYS}))
_RELATIVE_WORDS = ("today", "tomorrow", "tonight", "tmrw", "tmrow", "tmw", "2mor")
_TOMORROW = ("tomorrow", "tmrw", "tmrow", "tmw", "2moro", "2morrow")
#: The start of every foreign weekday (_FOREIGN_BARE needs one), lower-cased.
_FOREIGN_WEEKDAY_WORDS = tuple(sorted({d[:3].lower() for d in FOREIGN_WEEKDAYS}))
#: The start of every weekday _WD_NTH can match, English and foreign, lower-cased.
_ANY_WEEKDAY_WORDS = tuple(sorted({d[:3].lower() for d in WEEKDAYS}))


@dataclass(frozen=True)
class DateHit:
    """A calendar date found in text."""

    day: date
    start: int
    end: int
    text: str


def find_dates(text: str, ref: date | None, order: str = "MDY") -> list[DateHit]:
    """All dates in text, non-overlapping, in text order."""
    return list(_dates(text, ref, order))


@lru_cache(maxsize=64)
def _dates(text: str, ref: date | None, order: str) -> tuple[DateHit, ...]:
    """find_dates, cached (a tuple of frozen hits: callers get their own list): the slot
    finder reads a mail's lines once to anchor a date and again for their times."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(day: date | None, m: re.Match[str]) -> None:
        if day is None or any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        hits.append(DateHit(day, m.start(), m.end(), m.group(0).strip(" ,.")))

    # Every pattern but _RELATIVE needs a \d (the same \d: Unicode decimal digits), so a
    # sentence without one, most of them, can only hold a relative date: skip the scans.
    # Each scan below is skipped as well when the text lacks what all its matches hold
    # (the words and characters named at the patterns' guards above).
    numbers = _DIGIT.search(text) is not None
    low = rx.lowered(text)
    separated = numbers and _DIGIT_SEP.search(text) is not None
    months = numbers and any(w in low for w in _MONTH_WORDS)
    weekdays = any(w in low for w in _WEEKDAY_WORDS)

    def scan(pattern: re.Pattern[str], needed: bool = True) -> Iterator[re.Match[str]]:
        return pattern.finditer(text) if numbers and needed else iter(())

    # _ISO: a year "20.." (dashed or with 年/년), or a month with 月/월
    for m in scan(_MD_WEEKDAY, "/" in text):
        add(_make(None, int(m["km"]), int(m["kd"]), ref), m)
    for m in scan(_ISO, "20" in text or "月" in text or "월" in text or "tháng" in low):
        if m["cy"]:
            add(_make(int(m["cy"]), int(m["cm"]), int(m["cd"]), ref), m)
        elif m["ry"] or m["jy"]:
            year = int(m["ry"]) + 1911 if m["ry"] else int(m["jy"]) + 2018
            add(_make(year, int(m["rm"]), int(m["rd"]), ref), m)
        elif m["jm"]:
            add(_make(None, int(m["jm"]), int(m["jd"]), ref), m)
        elif m["vm"]:
            add(_make(int(m["vy"]) if m["vy"] else None, int(m["vm"]), int(m["vd"]), ref), m)
        else:
            add(_make(int(m["y"]), int(m["m"]), int(m["d"]), ref), m)
    for m in scan(_WD_NUMERIC, separated):
        if m["a3"]:
            day = _make(None, int(m["b3"]), int(m["a3"]), ref)
            wd3 = _DE_WD2[m["wd3"]] if m["wd3"] else None
            add(day if day is not None and wd3 in (None, day.weekday()) else None, m)
            continue
        wd = WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
        a, b = int(m["a"] or m["a2"]), int(m["b"] or m["b2"])
        readings = [d for d in (_make(None, b, a, ref), _make(None, a, b, ref))
                    if d is not None and d.weekday() == wd]
        add(readings[0] if readings else None, m)
    for m in scan(_SPACED_DMY, ". " in text):  # "22. 10. 2026": Central Europe, day first
        if m["y2"]:
            add(_make(int(m["y2"]), int(m["m2"]), int(m["d2"]), ref), m)
        else:
            add(_make(int(m["y"]), int(m["m"]), int(m["d"]), ref), m)
    for m in scan(_NUMERIC, separated):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        dmy, mdy = _make(y, b, a, ref), _make(y, a, b, ref)
        wd = WEEKDAYS.get((m["wd"] or "").lower())
        if wd is not None and dmy and mdy and dmy != mdy:
            # A stated weekday settles the ambiguity better than any guess.
            add(dmy if dmy.weekday() == wd else mdy if mdy.weekday() == wd else None, m)
        else:
            add(_numeric_reading(dmy, mdy, order, ref), m)
    indic = _INDIC.search(text) is not None
    for pattern in (_DMY_NAME, _MDY_NAME, _DMY_FOREIGN, _YMD_FOREIGN, _MD_LT, _MD_INDIC):
        hungarian = pattern is _YMD_FOREIGN and ("20" in text or any(w in low for w in _HU_MONTHS))
        for m in scan(pattern, months or pattern is _DMY_FOREIGN or hungarian or (
                pattern is _MD_LT and " d" in text) or (pattern is _MD_INDIC and indic)):
            year = int(m["y"]) if m["y"] else None
            add(_make(year, MONTHS[m["m"].lower()], int(m["d"]), ref), m)
    if " of " in low and any(w in low for w in _NTH_OF) and any(w in low for w in _MONTH_WORDS):
        for m in _NTH_WORD_OF.finditer(text):  # "Tuesday, the ninth of March"
            day = _ORDINAL_WORDS.get(" ".join(m["dw"].lower().replace("-", " ").split()))
            add(_make(None, MONTHS[m["m"].lower()], day, ref) if day else None, m)
    for m in _DM_GEORGIAN.finditer(text) if numbers and _GEORGIAN.search(text) else ():
        add(_make(int(m["y"]) if m["y"] else None, _KA_MONTHS.index(m["m"]) + 1, int(m["d"]),
                  ref), m)  # "25 ივნისამდე" (until 25 June), "3 ივლისს"
    for m in GERMAN_ORDINAL_DATE.finditer(text) if "ten " in low else ():
        add(_make(None, MONTHS[m["m"].lower()], GERMAN_ORDINALS[m["dw"].lower()], ref), m)
    for m in NORDIC_ORDINAL_DATE.finditer(text) if "den " in low or "d. " in low else ():
        add(_make(None, MONTHS[m["m"].lower()], NORDIC_ORDINALS[m["dw"].lower()], ref), m)
    for m in SLOVENE_ORDINAL_DATE.finditer(text) if "ega " in low else ():
        add(_make(None, MONTHS[m["m"].lower()], SLOVENE_ORDINALS[m["dw"].lower()], ref), m)
    # (the words looked for only when there is a digit: scan() reads nothing without one)
    for m in scan(_WD_NTH, numbers and any(w in low for w in _ANY_WEEKDAY_WORDS)) if (
            ref is not None) else ():
        add(_weekday_nth(WEEKDAYS[m["wd"].lower()], int(m["d"]), ref), m)
    if ref is not None:
        relative = weekdays or any(w in low for w in _RELATIVE_WORDS)
        for m in _RELATIVE.finditer(text) if relative else ():
            rel = " ".join(m["rel"].lower().split())
            if base := m["wkbase"]:  # "a week from today", "a week tomorrow"
                day = ref + timedelta(days=7 if base.lower() == "today" else 8)
                if any(h.day == day and 0 <= m.start() - h.end <= 3 for h in hits):
                    continue  # ("next Thursday (a week from today)": that day again)
            elif rel in ("today", "tonight"):
                day = ref
            elif rel in _TOMORROW:
                day = ref + timedelta(days=1)
            elif rel.startswith("the day after"):
                day = ref + timedelta(days=2)
            elif after := m["wkafter"] or m["wkon"]:
                day = next_weekday(ref, WEEKDAYS[after.lower()]) + timedelta(days=7)
            else:
                day = next_weekday(
                    ref,
                    WEEKDAYS[(m["wd"] or m["bare"] or m["wk"]).lower()],
                    next_week=(m["mod"] or m["wkmod"] or "").lower() == "next",
                )
            add(day, m)
        for m in _DE_RELATIVE.finditer(text) if "woche" in low or "nächst" in low or (
                "kommend" in low) else ():  # "am Donnerstag nächster Woche"
            wd = WEEKDAYS[(m["wk"] or m["wd"]).lower()]
            add(next_weekday(ref, wd, next_week=bool(m["wk"])), m)
        # (no digit needed: "torsdag kl. halv tre")
        for m in _FOREIGN_BARE.finditer(text) if any(
                w in low for w in _FOREIGN_WEEKDAY_WORDS) else ():
            add(next_weekday(ref, WEEKDAYS[m["wd"].lower()]), m)
        for m in _TIME_THEN_WEEKDAY.finditer(text) if numbers and weekdays else ():
            add(next_weekday(ref, WEEKDAYS[(m["wd"] or m["wd2"]).lower()]), m)  # "3pm Thurs"
        for m in _TO_WEEKDAY.finditer(text) if " to " in text else ():
            if _MOVE_VERB.search(text[max(0, m.start() - 50) : m.start()]):
                add(next_weekday(ref, WEEKDAYS[m["wd"].lower()]), m)
        for m in scan(_THE_NTH):
            add(_nth_day(int(m["d"]), ref), m)
    hits.sort(key=lambda h: h.start)
    if "w/c" in low or "week commencing" in low or "week beginning" in low:
        hits = _in_named_week(text, hits)
    return tuple(hits)


#: "interviews w/c 14 June … the Wednesday at 11am": a week named by its Monday, then a
#: weekday of it.
_WEEK_OF = re.compile(r"\b(?:w/c|week\s+commencing|week\s+beginning)\s*$", re.I)
_THE_WEEKDAY = re.compile(r"\bthe\s+$", re.I)


def _in_named_week(text: str, hits: list[DateHit]) -> list[DateHit]:
    """A bare weekday after "the", in a text that names a week by its Monday, is that
    week's day, not the next one."""
    monday = next((h.day - timedelta(days=h.day.weekday()) for h in hits
                   if _WEEK_OF.search(text[max(0, h.start - 20) : h.start])), None)
    if monday is None:
        return hits
    return [replace(h, day=monday + timedelta(days=WEEKDAYS[h.text.lower()]))
            if h.text.lower() in _WD_FULL.split("|") and _THE_WEEKDAY.search(
                text[max(0, h.start - 5) : h.start]) else h for h in hits]
