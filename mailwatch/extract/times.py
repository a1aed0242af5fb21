"""Times of day in interview mail: "10:00", "2:30 PM", "14:00–15:30", "between 10 and
11am", "at 10.30", "à 14h", with the zone written right after them.

Split from dates.py (calendar dates) so each grammar stays small enough to read. A time
needs a colon, "h", "." after "at", or am/pm to count: bare numbers are ids and phone
numbers far more often than times.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from functools import lru_cache

from .. import rx
from .clock_counted import (
    CJK_HOUR_WORDS,
    afternoon,
    arabic_times,
    cjk_times,
    joined_ranges,
    swahili_times,
)
from .clock_words import (
    HOUR_WORDS,
    WORD_CLOCK,
    WORD_CLOCK_HINT,
    with_word_clocks,
    word_clock_times,
)
from .clock_zone import TimeHit, zone_after, zoned
from .date_words import DAYPART_AT, WHOLE_HOUR, daypart_time, whole_hour

# ("9:00 a. m.", Spanish; Malay and Indonesian "10.00 pagi" (morning), "2.30 petang", "sore";
# Greek "10:30 π.μ." / "μ.μ."; Arabic "صباحًا" (morning), "ظهرًا" (noon), "عصرًا", "مساءً")
_MERIDIEM = (r"(?:[ap]\.?(?:\s(?=m\.))?m\.?|noon|midday|pagi|petang|sore|malam"
             # Cebuano and Filipino: "10:00 sa buntag" (morning), "2:00 ng hapon" (afternoon)
             r"|sa\s+(?:buntag|hapon|gabii)|ng\s+(?:umaga|hapon|gabi)"
             r"|[πμ]\.\s?μ\.|(?:صباح|ظهر|عصر|مساء)[ًا]{0,2})(?![a-z])")


def _clock_rx(p: str) -> str:
    """One clock time; group names prefixed with p ("s" start, "e" end)."""
    return (
        # ("14 h 30": Quebec French spaces its "h")
        rf"(?P<{p}h>\d{{1,2}})(?:(?::|h| h ?)(?P<{p}m>\d{{2}})|\.(?P<{p}dm>\d{{2}})"
        # "3.15pm", and the start of "2.30-3.15pm"
        # ("12.00 noon" after "10.30 a.m. -")
        rf"(?=\s*(?:[ap]\.?m|noon|pagi|petang|sore|malam)"
        rf"|\s*(?:-|–|—|to)\s*\d{{1,2}}[.:]\d{{2}}\s*(?:[ap]\.?m|noon|pagi|petang|sore|malam)))?"
        rf"(?!\d)(?:\s*(?P<{p}mer>{_MERIDIEM}))?"
    )


# A time needs a colon, "h" or am/pm to count ("10:00", "14h30", "10am"); a bare number in
# the start position is discarded later. Ranges: "14:00–15:30", "11 AM - 12 PM", "9:30 to 13:00".
# "\x96" is a windows-1252 en dash decoded as latin-1, "−" a minus sign used as a dash.
_DASH = (r"(?:-|–|—|‒|−|\x96|〜|～|~|至|to|until|till|à|bis|tot|a(?=\s+\d)|hingga|sampai|sehingga"
         # (Cebuano and Filipino "alas 10:00 sa buntag hangtod alas 11:00")
         r"|(?:hangtod|hanggang)(?:\s+alas)?(?=\s+\d)"
         # ("dalle 11:00 alle ore 12:00", "od 9:00 do")
         r"|alle(?:\s+ore)?(?=\s+\d)|do(?=\s+\d)"
         # Persian "۱۰:۳۰ تا ۱۱:۱۵", Hindi "11:00 से 12:00", Nepali "११:०० बजेदेखि दिउँसो १२:००"
         r"|تا(?=\s+\d)|से(?=\s+\d)"
         r"|बजे(?:देखि|बाट)(?:\s+(?:बिहान|दिउँसो|बेलुका|साँझ))?(?=\s+\d)"
         # Bengali "১১:০০টা থেকে দুপুর ১২:০০টা", Punjabi "੧੦:੩੦ ਵਜੇ ਤੋਂ", Gujarati "૯:૩૦ થી
         # સાંજે ૬:૦૦", Telugu "2:30 నుండి 3:30", Kannada "ರಿಂದ", Malayalam "മുതൽ" (from)
         r"|(?:টা\s*)?থেকে(?:\s+(?:সকাল|দুপুর|বিকেল|সন্ধ্যা))?(?=\s+\d)"
         r"|(?:ਵਜੇ\s+)?ਤੋਂ(?:\s+(?:ਸਵੇਰੇ|ਦੁਪਹਿਰ|ਸ਼ਾਮ))?(?=\s+\d)"
         r"|થી(?:\s+(?:સવારે|બપોરે|સાંજે))?(?=\s+\d)|నుండి(?=\s+\d)|ರಿಂದ(?=\s+\d)|മുതൽ(?=\s+\d))")
_ABOUT = r"(?:(?:ca\.|approx\.)\s*|(?:circa|etwa|about|around|approximately)\s+)?"
_TIME = rx.compile(
    # (CJK text runs words into numbers: "上午10:00" is a time after a word character)
    # ("de 9 h à 10 h 30": a whole hour with its "h" opens a range)
    # ("Thu 1/14 – 10:00 am": the day of a date is no clock)
    # ("noon–1pm": noon, then an end with its meridiem)
    rf"(?:(?<![\d:./\w])|(?<=[\u3000-\u9fff\uac00-\ud7af]))(?:(?P<noon>noon|midday)"
    rf"(?:\s*(?:-|–|—|to|until)\s*(?P<neh>[1-9]|1[0-2])(?::(?P<nem>[0-5]\d))?\s*(?P<nemer>p\.?m\.?))?"
    rf"|{_clock_rx('s')}"
    # ("13:30 bis ca. 15:00 Uhr", "2:00 until about 3:30pm": an about-end is the end)
    rf"(?:(?P<shh>\s?h)(?=\s*{_DASH}\s*\d))?(?:\s*{_DASH}\s*{_ABOUT}{_clock_rx('e')})?)",
    re.I,
)
# "between 10 and 11am", "between 2:30 and 3:15 pm": a range whose words are "between/and".
_BETWEEN = rx.compile(
    rf"(?<![\d:.\w])between\s+{_clock_rx('s')}\s+and\s+{_clock_rx('e')}",
    re.I,
)
#: Guards for find_times: _BETWEEN, _AT_DOTTED, DAYPART_AT and WHOLE_HOUR need a \d, and
#: so does _TIME but for its "noon|midday" alternative (same words, same flags as there).
_DIGIT = re.compile(r"\d")
_NOON = re.compile(r"noon|midday", re.I)
#: Zone abbreviations that follow dotted times in South-East Asian, African and European mail.
_DOTTED_ZONES = ("WIB|WITA|WIT|SGT|MYT|PHT|ICT|IST|CET|CEST|BST|GMT|UTC|SAST|EAT|WAT|CAT"
                 "|AEST|AEDT|ACST|AWST|NZST|NZDT|HKT|JST|KST|PKT")
# "at 10.30" (British prose): a dotted time counts after "at", without am/pm.
#: "kl. 13.00–14.00" (Swedish, Danish, Norwegian, Finnish "klo"), "om 10.00": the same after
#: their "at", with the dotted end of a range.
#: German "um 14.30", "Uhrzeit: 14.30 - 15.30", Italian "alle 14.30", Polish "godz. 9.00",
#: and any dotted time or range followed by "Uhr" ("14.30 - 15.30 Uhr").
_AT_DOTTED = rx.compile(
    # (Slovak and Czech "o 14.00 hod.", "v 9.30", Slovenian "ob 10.00", Serbian "u 13.00")
    r"(?:\b(?:at|kl\.?|klockan|klo|om|um|alle|ore|godz\.?|godzina|a\s+les|pukul|jam|เวลา|o|v|ob"
    r"|u|kell|plkst\.?|saat)\s+"
    # ("Monday, first thing - 8.30")
    r"|\b(?i:first\s+thing)\s*[-–—,:(]\s*"
    # Catalan and Spanish "de 10.00 a 11.15 h": a dotted range from … to
    r"|\b(?i:de)\s+(?=(?:[01]?\d|2[0-3])\.[0-5]\d\s+a\s+(?:[01]?\d|2[0-3])\.[0-5]\d)"
    r"|\b(?i:uhrzeit|zeit|orario|godzina|tid|klockslag|saat|kellonaika|aika|waktu|time|heure"
    r"|hora|horario|horário|tijd|thời\s+gian"
    # Estonian, Latvian, Lithuanian, Croatian/Serbian, Czech/Slovak, Hungarian, Romanian,
    # Danish/Norwegian, Greek, Russian
    r"|kellaaeg|aeg|laiks|laikas|vrijeme|vreme|čas|időpont|ora|tidspunkt|ώρα|время)\s*:\s*"
    # a dotted range with a zone after it: "13.00 - 14.00 WIB", "9.30-10.30 SGT"
    rf"|(?<![\d.\w])(?=(?:[01]?\d|2[0-3])\.[0-5]\d\s*(?:-|–|—)\s*(?:[01]?\d|2[0-3])\.[0-5]\d"
    rf"\s*\(?(?:{_DOTTED_ZONES})\b)"
    r"|(?<![\d.\w])(?=(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s*(?:-|–|—|bis|tot)\s*(?:[01]?\d|2[0-3])\.[0-5]\d)?"
    r"\s*(?:Uhr|uur)\b)"  # (Dutch "10.00 tot 11.30 uur")
    # Thai "13.30 น." (น. is o'clock), with or without "เวลา" before it
    r"|(?<![\d.\w])(?=(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s*(?:-|–|—)\s*(?:[01]?\d|2[0-3])\.[0-5]\d)?"
    r"\s*น\.))"
    r"(?P<sh>[01]?\d|2[0-3])\.(?P<sm>[0-5]\d)(?:\s*น\.)?"
    # ("14.30 Uhr bis ca. 15.30 Uhr": an about-end is the end)
    r"(?:(?:\s*(?:Uhr\s+|uur\s+)?(?:-|–|—|bis|tot)\s*(?:ca\.\s*|circa\s+|etwa\s+)?|\s+a\s+)"
    r"(?P<eh>[01]?\d|2[0-3])\.(?P<em>[0-5]\d)(?:\s*น\.)?)?"
    r"(?!\d|\.\d)")


#: What each DAYPART_AT form needs in the text ("at", "in the", "de la mañana", "da tarde").
_DAYPART_WORDS = (" at ", " in the ", " de l", " da ", " du ", " del ", " di ")
_PM_WORDS = frozenset({"petang", "sore", "malam", "sa hapon", "sa gabii", "ng hapon", "ng gabi"})
#: The first letter of a p.m. word in Greek ("μ.μ.") and Arabic (noon, afternoon, evening).
_PM_INITIALS = ("μ", "ظ", "ع", "م")


def _clock(h: str | None, mnt: str | None, mer: str | None) -> time | None:
    if h is None:
        return None
    hour, minute = int(h), int(mnt or 0)
    if mer and mer[0] in "nmNM" and not mer.startswith(("ng", "malam")):  # "12:00 noon"
        return time(12, minute) if hour == 12 else None
    if mer:
        if not 1 <= hour <= 12:
            return None
        low = " ".join(mer.lower().split())
        pm = low in _PM_WORDS or (low.startswith("p") and low != "pagi") or low.startswith(
            _PM_INITIALS)
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


#: A range of whole hours: "das 14h às 15h", "de 10h à 11h", "14 bis 15 Uhr".
_HOUR_RANGE = rx.compile(
    r"(?<![\w:.])(?P<lead>(?i:das|de|from|von|entre|kl\.?|klockan|klo)\s+)?(?P<h>[01]?\d|2[0-3])\s?(?P<h1>h|(?i:uhr))?"
    r"\s*(?i:às|as|a|à|to|bis|até|-|–)\s*(?P<h2>[01]?\d|2[0-3])\s?(?P<unit>h|(?i:uhr))?(?![\w:])")
#: A 24-hour clock written as four digits and "hrs": "1430hrs", "0900 hrs", "0900 hours" (not
#: "1200 hours of flight time").
_HRS_CLOCK = re.compile(r"(?<![\d:.,/])(?:(?P<sh>[01]\d|2[0-3])(?P<sm>[0-5]\d)\s?(?:hrs|hours)?"
                        r"\s*(?:-|–|—|to|until|till)\s*)?"  # ("0530 – 1030 hrs")
                        r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:hrs|hours)\b"
                        r"(?!\s+(?:of|per|a|in|on|experience|flying|logged)\b)", re.I)
#: Flemish clocks: "om 14u30", "van 10u tot 11u", "9u30" (a bare "10u" only after "om").
_FLEMISH = re.compile(
    r"(?<![\w:.])(?:(?P<lead>om|vanaf|rond|van|tussen|tot)\s+)?(?P<h>[01]?\d|2[0-3])u(?P<m>[0-5]\d)?"
    r"(?:\s*(?:-|–|tot|en)\s*(?P<eh>[01]?\d|2[0-3])u(?P<em>[0-5]\d)?)?(?![\w:])", re.I)
#: A bare hour said loosely: "9ish", "around 2-ish" (a clock's "1:30ish" is _TIME's).
_ISH = re.compile(r"(?<![\w:.,/-])(?P<h>[1-9]|1[0-2]|noon|midday|" + "|".join(HOUR_WORDS)
                  + r")\s?-?ish\b", re.I)
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
_DIGIT_U = re.compile(r"\du")
#: A 24-hour clock of four digits, alone or as a range: "0930-1015 CET", "Time: 1400".
_FOUR_DIGIT = re.compile(r"(?<![\d:.,/\-])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?:\s*(?:-|–|to)\s*"
                         r"(?P<eh>[01]\d|2[0-3])(?P<em>[0-5]\d))?(?![\d:.,/\-]|\s*hrs\b)", re.I)
_TIME_WORD = re.compile(r"\btime\b", re.I)
_TIME_LABEL_BEFORE = re.compile(r"\b(?:time|zeit|hora|tijd|heure|ora|tid)\s*:\s*$", re.I)
#: The sign of a UTC offset just before a number: "GMT+5:30", "UTC -03:00".
#: ("Eucla's unofficial +8:45": a plus sign right before the clock is an offset too)
_OFFSET_SIGN = re.compile(r"(?:GMT|UTC)\s?[+\-\u2212\u2013]\s?$|(?<![\w+])\+$", re.I)


#: The patterns whose match starts every hit of `find_times`: a hit's `pos` is where one
#: of them matched (a range joined from two keeps its first part's). Keep this in step
#: with `_times` and `clock_words.with_word_clocks`.
_OPENERS = (_BETWEEN, _TIME, _AT_DOTTED, _HOUR_RANGE, DAYPART_AT, WHOLE_HOUR, WORD_CLOCK, _ISH,
            _FLEMISH, _HRS_CLOCK)
#: A character one of them can start with (a digit, or b, n, m, a, d, e, f, v, h, q).
_OPENING = rx.opening(*_OPENERS)


def time_at_start(text: str) -> TimeHit | None:
    """The first hit of `find_times(text)` when it starts the text ("14:00 - 15:00 GMT"
    under a date line, a row of a schedule), else None.

    Asked of every line of a mail, and only a few open with a time: a hit at 0 needs a
    match of one of `_OPENERS` at 0, and a `match` there fails at the first character of
    nearly every line, where reading all of the line's times would scan it several times."""
    if (_OPENING is not None and _OPENING.match(text) is None) or not any(
            p.match(text) for p in _OPENERS):
        return None
    hits = _times(text)
    return hits[0] if hits and hits[0].pos == 0 else None


def find_times(text: str) -> list[TimeHit]:
    """Times and ranges: "10:00", "2:30 PM", "14:00–15:30", "11:00 AM - 12:00 PM SAST",
    "between 10 and 11am", "at 10.30"."""
    return list(_times(text))


@lru_cache(maxsize=64)
def _times(text: str) -> tuple[TimeHit, ...]:
    """find_times, cached (a tuple of frozen hits: callers get their own list, which the
    slot finder extends): the slot finder reads a mail's lines twice for their times."""
    hits: list[TimeHit] = []
    taken: list[tuple[int, int]] = []
    # Every clock needs a digit; without one only _TIME's "noon"/"midday" (and the word
    # clocks below) can match, so the digit scans are skipped: most lines have no digit.
    digits = _DIGIT.search(text) is not None
    if digits:
        clocks: tuple[re.Pattern[str], ...] = (_BETWEEN, _TIME, _AT_DOTTED)
    else:
        clocks = (_TIME,) if _NOON.search(text) else ()
    for hit in [*(swahili_times(text) if "aa " in text else ()),
                *(arabic_times(text) if "الساعة" in text else ())]:
        hits.append(hit)
        taken.append((hit.pos, hit.stop))
    for pattern in clocks:
        at = 0
        while (m := pattern.search(text, at)) is not None:
            at = m.end()
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if m.start() and _OFFSET_SIGN.search(text[max(0, m.start() - 6) : m.start()]):
                continue  # "(GMT+5:30)" after a zone already read: an offset, not a time
            hit = _time_hit(text, m)
            if hit is not None:
                hits.append(hit)
                taken.append((m.start(), max(m.end(), hit.stop)))
            elif m.end() - m.start() > 1:
                # ("Tue Feb 9 – 9:30 Pacific": "9 – 9:30" is no range, but "9:30" is a time)
                at = m.start() + 1
    for m in _HOUR_RANGE.finditer(text) if digits else ():  # "das 14h às 15h", "10-11 Uhr"
        # (not "takes 2-3h"; without its "h" or "Uhr" only after "kl.": "kl. 13-14")
        clock = (m["lead"] or m["h1"] or (m["unit"] or "").lower() == "uhr") and (
            m["unit"] or (m["lead"] or "").lower().startswith("kl"))
        if clock and not any(m.start() < e and s < m.end() for s, e in taken):
            hit = zoned(text, time(int(m["h"]), 0), time(int(m["h2"]), 0), m.start(), m.end())
            hits.append(hit)
            taken.append((m.start(), hit.stop))
    for hit in cjk_times(text) if any(w in text for w in CJK_HOUR_WORDS) else ():
        if not any(hit.pos < e and s < hit.stop for s, e in taken):
            hits.append(hit)
            taken.append((hit.pos, hit.stop))
    for m in _FOUR_DIGIT.finditer(text) if digits and _FOUR_DIGITS.search(text) else ():
        # "0930-1015 CET", "Time: 1400" (a cheap test first: most lines have no 4 digits)
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        end = time(int(m["eh"]), int(m["em"])) if m["eh"] else None
        hit = zoned(text, time(int(m["h"]), int(m["m"])), end, m.start(), m.end())
        if zone_after(text, m.end())[0] is None and not _TIME_LABEL_BEFORE.search(
                text[max(0, m.start() - 14) : m.start()]) and not (
                hit.tz is not None and _TIME_WORD.search(text, m.end(), hit.stop)):
            # (without a zone or a label, four digits are a year or a number: not "in 2027
            # Sydney", but "0900 to 1200 NSW time")
            continue
        hits.append(hit)
        taken.append((m.start(), hit.stop))
    for m in _HRS_CLOCK.finditer(text) if digits and ("hrs" in text.lower() or "hours" in text
                                                      ) else ():
        if not any(m.start() < e and s < m.end() for s, e in taken):
            clock = time(int(m["h"]), int(m["m"]))
            start, end = (time(int(m["sh"]), int(m["sm"])), clock) if m["sh"] else (clock, None)
            hit = zoned(text, start, end, m.start(), m.end())
            hits.append(hit)
            taken.append((m.start(), hit.stop))
    for pattern in (DAYPART_AT, WHOLE_HOUR) if digits else ():  # "afternoon at 3", "à 14h"
        if pattern is DAYPART_AT and not any(w in text for w in _DAYPART_WORDS):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            t = daypart_time(m) if pattern is DAYPART_AT else whole_hour(text, m)
            if t is None and pattern is WHOLE_HOUR and zone_after(text, m.end())[0]:
                t = time(int(m["h"]), 0)  # "14h Brasília time": the zone makes it a clock
            if t is not None:
                hit = zoned(text, t, None, m.start(), m.end())
                hits.append(hit)
                taken.append((m.start(), hit.stop))
    for m in _LETS_DO.finditer(text) if digits and ("do " in text or "say " in text
                                                    or "make it " in text or "ow" in text
                                                    or "bout " in text) else ():
        if not any(m.start("h") < e and s < m.end("h") for s, e in taken):
            hour = int(m["h"])  # (an hour of the working day: 8-11 in the morning, 1-7 after)
            hit = zoned(text, time(hour + 12 if hour <= 7 else hour, 0), None, m.start("h"),
                         m.end("h"))
            hits.append(hit)
            taken.append((m.start("h"), hit.stop))
    for m in _FLEMISH.finditer(text) if digits and _DIGIT_U.search(text) else ():  # "om 14u30"
        if (m["m"] or m["lead"]) and not any(m.start() < e and s < m.end() for s, e in taken):
            end = time(int(m["eh"]), int(m["em"] or 0)) if m["eh"] else None
            # ("om 14u (tot 15u)": an end in brackets opens at its hour, for joined_ranges)
            at = m.start("h") if (m["lead"] or "").lower() == "tot" else m.start()
            hit = zoned(text, time(int(m["h"]), int(m["m"] or 0)), end, at, m.end())
            hits.append(hit)
            taken.append((m.start(), hit.stop))
    for m in _ORE.finditer(text) if digits and "ore " in text else ():  # "alle ore 10"
        if 7 <= int(m["h"]) <= 21 and not any(m.start() < e and s < m.end() for s, e in taken):
            hit = zoned(text, time(int(m["h"]), 0), None, m.start(), m.end())
            hits.append(hit)
            taken.append((m.start(), hit.stop))
    for start, end, clock in word_clock_times(text):  # "a las once y media", "um halb drei"
        if not any(start < e and s < end for s, e in taken):
            hit = zoned(text, clock, None, start, end)
            hits.append(hit)
            taken.append((start, hit.stop))
    for m in _ISH.finditer(text) if "ish" in text else ():  # "9ish", "2-ish", "noonish"
        if not any(m.start() < e and s < m.end() for s, e in taken):
            word = m["h"].lower()  # ("noonish", "two-ish")
            hour = int(word) if word.isdigit() else HOUR_WORDS.get(word, 12)
            # (an hour of the working day, as _LETS_DO reads it)
            hit = zoned(text, time(hour + 12 if hour <= 7 else hour, 0), None, m.start(),
                        m.end())
            hits.append(hit)
            taken.append((m.start(), hit.stop))
    if WORD_CLOCK_HINT.search(text):
        hits = with_word_clocks(text, hits)
    if "오후" in text or "下午" in text or "午後" in text:
        hits = [afternoon(text, h) for h in hits]
    if len(hits) > 1:  # (in reading order: a range's two ends are neighbours)
        hits = joined_ranges(text, sorted(hits, key=lambda h: h.pos))
    if "from" in text:
        hits = [x for h in hits for x in _moved_from_to(text, h)]
    if "after" in text or "close" in text:  # "Entry will not be permitted after 11:00 AM"
        hits = [h for h in hits if not _CUTOFF.search(text[max(0, h.pos - 50) : h.pos])]
    hits.sort(key=lambda h: h.pos)
    return tuple(hits)


#: Italian whole hours: "alle ore 10", "dalle ore 9".
_ORE = re.compile(r"\b(?:alle|dalle)\s+ore\s+(?P<h>[01]?\d|2[0-3])(?![\d:.,]?\d)", re.I)
#: The words before a time that closes the doors, not one that opens a meeting.
_CUTOFF = re.compile(
    r"\b(?:not\s+(?:be\s+)?(?:permitted|allowed|admitted|entertained)|no\s+(?:entry|admission)"
    r"|(?:gates?|doors?|registration)\s+(?:close|closes|will\s+close))\s+(?:after|at|beyond)\s*$",
    re.I)


#: "we have moved your slot from 10:00 to twenty past ten IST": the old time and the new,
#: not a range.
MOVED_FROM = re.compile(r"\b(?:mov|push|shift|chang|brought|bring|reschedul)\w*\b[^.?!\n]{0,40}"
                         r"\bfrom\s+$", re.I)
_TO = re.compile(r"\s+to\s+", re.I)
#: A month name right before a number: the number is its day ("Nov 5 - 4pm").
#: (Filipino and Spanish months too: "Martes, Pebrero 16 - 2:00 ng hapon")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|enero|pebrero"
                           r"|febrero|marso|marzo|abril|mayo|hunyo|junio|hulyo|julio|agosto"
                           r"|setyembre|septiembre|oktubre|octubre|nobyembre|noviembre|disyembre"
                           r"|diciembre)[a-z]*\.?\s+$", re.I)
#: "so 11 to 11:45": a bare hour opens a range the word "to" joins to a clock ("Feb 9 – 9:30"
#: with a dash is a date, then a time).
_WORD_TO = re.compile(r"\s+(?:to|until|till)\s+", re.I)
_DASH_TO = re.compile(r"[ \t]?[–—-][ \t]?")


def _moved_from_to(text: str, hit: TimeHit) -> list[TimeHit]:
    if hit.end is None or not MOVED_FROM.search(text[max(0, hit.pos - 60) : hit.pos]):
        return [hit]
    to = _TO.search(text, hit.pos, hit.stop)
    if to is None:
        return [hit]
    old = replace(hit, end=None, stop=to.start(), text=text[hit.pos : to.start()])
    new = replace(hit, start=hit.end, end=None, pos=to.end(), text=text[to.end() : hit.stop])
    return [old, new]


def _time_hit(text: str, m: re.Match[str]) -> TimeHit | None:
    # The clock patterns name different groups ("noon" only in _TIME, "sdm" not in
    # _AT_DOTTED): read by name from one groupdict, which gives None for a missing one.
    g = m.groupdict()
    end: time | None = None
    if g.get("noon"):
        start: time | None = time(12, 0)
        stop = m.end()
        if g.get("neh"):  # "noon–1pm"
            end = _clock(g["neh"], g.get("nem"), g["nemer"])
    else:
        smer, emer = g.get("smer"), g.get("emer")
        sm = g.get("sm") or g.get("sdm")
        em = g.get("em") or g.get("edm")
        if sm is None and not smer and not (g.get("eh") and (emer or (g.get("shh") and em) or (
                em and (_WORD_TO.fullmatch(text, m.end("sh"), m.start("eh"))
                        # ("this Friday (4–4:45)": a bare hour, then a dash to a clock)
                        or _DASH_TO.fullmatch(text, m.end("sh"), m.start("eh")))))):
            return None  # a bare number is not a time, but "10-11am", "11 to 11:45" are ranges
        start = _clock(m["sh"], sm, smer)
        if g.get("eh") and (em or emer):
            end = _clock(m["eh"], em, emer)
        elif g.get("eh") and smer and start is not None and (
                _WORD_TO.fullmatch(text, m.end("smer"), m.start("eh"))
                or text.startswith(("ish", "-ish"), m.end("eh"))):
            # "7am till 10ish", "11am until 2": a bare end hour, the first one after the start
            hour = int(m["eh"]) % 12
            end = next((time(h, 0) for h in (hour, hour + 12) if start.hour < h < 24), None)
        if start is not None and emer and not smer:
            # "2:30-3:30pm": the start borrows the meridiem when that keeps the order.
            borrowed = _clock(m["sh"], sm, emer)
            if borrowed is not None and end is not None and borrowed <= end:
                start = borrowed
        if not (smer or emer):  # "1:30ish", "2:00 - 2:45": nobody is interviewed at night
            start = _day_hour(start, m["sh"])
            end = _day_hour(end, m["eh"]) if end is not None and start and start.hour >= 12 else end
        if start is not None and end is not None and end <= start:
            end = None
        if sm is None and not smer and g.get("eh") and _MONTH_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            # "Thu Nov 5 - 4pm": a date's day, then the time (not 5 am to 4 pm; nor "March 16
            # — 1:30 PM to 2:15 PM" 16:00, whose end came before it)
            return None
        stop = m.end() if end is not None else _single_stop(m, g)
    if start is None:
        return None
    return zoned(text, start, end, m.start(), stop)


def _day_hour(clock: time | None, written: str | None) -> time | None:
    """A clock written without am/pm and without a leading zero, 1:00 to 6:59: the
    afternoon ("1:30ish UK time" is 13:30; "01:30" stays the 24-hour clock's)."""
    if clock is None or not written or written.startswith("0") or not 1 <= clock.hour <= 6:
        return clock
    return clock.replace(hour=clock.hour + 12)


#: "Let's do 4 tomorrow", "can we say 10 on Friday?", "how's 11 on the 14th?": a bare hour
#: that a proposal and the day after it make a clock.
_LETS_DO = re.compile(
    r"\b(?:(?:let['’]?s|let\s+us|can\s+we|could\s+we|shall\s+we|how\s+about|what\s+about)\s+"
    r"(?:do|say|make\s+it)|how['’]s|how\s+(?:is|does|would)|how\s+about|what\s+about)\s+"
    r"(?P<h>[1-9]|1[0-2])(?=\s+(?:tomorrow|today|on\s+\w+day|on\s+the\s+[0-3]?\d(?:st|nd|rd|th)"
    r"|this\s+\w+|next\s+\w+|(?:mon|tues|wednes|thurs|fri)day)\b)", re.I)
def _single_stop(m: re.Match[str], groups: dict[str, str | None]) -> int:
    """End of the start time alone, when a trailing "- 12" was not a usable end."""
    for group in ("smer", "sm", "sdm", "sh"):
        if groups.get(group):
            return m.end(group)
    return m.end()


#: "tomorrow at 10", "Monday @ 3": a bare hour counts only right after a date.
_AT_BARE = re.compile(
    # (a full stop or comma that ends the sentence or clause is no decimal: "on Friday at 11.")
    # ("Tuesday after lunch, say 2?": a part of the day, then the hour)
    r"[\s,]*(?:(?:after|before)\s+lunch[\s,]+|(?:in\s+the\s+)?(?:morning|afternoon)[\s,]+)?"
    r"(?:at|@|say)\s+(?P<h>\d{1,2})(?![\d:%/]|[.,]\d|\s*(?:[ap]\.?m|h\b|uhr|hours?|minutes?|"
    r"mins?|people|of|to|[-–]\s*\d))"
    r"|(?:['’]s)?\s+(?:at\s+)?(?P<oc>\d{1,2})\s*o['’]clock\b"  # "tomorrow's 11 o'clock"
    # "Can u come in tmrw 10 for a chat?": the hour straight after the day, in a quick note
    r"|[ \t]+(?P<hb>\d{1,2})(?=[ \t]+for[ \t]+(?:a|an|the|your)\b|[ \t]*\?)"
    # a 24-hour "at" of the north: Finnish "tiistaina 15.6. klo 15", Swedish "kl. 9"
    r"|[\s,.]*(?:klo|kl\.?|klockan|klokken|kell)\s+(?P<h24>[01]?\d|2[0-3])(?![\d:]|[.,]\d)"
    # Hungarian "március 9. (kedd) 10 órakor": the hour and "o'clock", a weekday between
    r"|[\s,.]*(?:\(\w{2,12}\)\s*)?(?P<hu>[01]?\d|2[0-3])\s*(?:órakor|órától|óra)\b",
    re.I,
)


def hour_after_date(text: str, pos: int) -> TimeHit | None:
    """A whole hour written right after a date ("tomorrow at 10", "on Friday at 3").

    No one books an interview at 3 a.m., so 7-11 are mornings, 12 is noon and 1-6 are
    afternoons; other hours are not read."""
    m = _AT_BARE.match(text, pos)
    if m is None:
        return None
    if m["h24"] or m["hu"]:
        hour = int(m["h24"] or m["hu"])
        return zoned(text, time(hour, 0), None, m.start("h24" if m["h24"] else "hu"), m.end()) if (
            7 <= hour <= 21) else None
    hour = int(m["h"] or m["oc"] or m["hb"])
    if 7 <= hour <= 12:
        clock = time(hour, 0)
    elif 1 <= hour <= 6:
        clock = time(hour + 12, 0)
    else:
        return None
    group = "h" if m["h"] else "oc" if m["oc"] else "hb"
    return zoned(text, clock, None, m.start(group), m.end())


#: Words before a time that make it a time to arrive or log in, not the start:
#: "please arrive for 10:45 for an 11:00 start", "join 5 minutes early, at 9:55".
ARRIVAL_BEFORE = rx.compile(
    r"\b(?:arrive|arriving|arrival|reception|sign(?:ed)?\s+in|check[- ]in|log\s+in|dial\s+in"
    r"|be\s+there|doors\s+open|early)\b[^.\n;]{0,12}$",
    re.I,
)
