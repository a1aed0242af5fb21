"""Clocks counted in other ways than times.py's digits: Japanese, Chinese and Korean hours
with their hour words ("오후 2시", "下午3点", "午後2時半", "上午十点"), and Swahili hours,
counted from 6 a.m. ("saa nne asubuhi" is 10:00).

Split from times.py because each needs its own arithmetic (an afternoon word before the
clock, numerals, a day that starts at dawn); times.py asks for their hits and weaves them
in with the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import time

from .clock_zone import TimeHit, zoned

#: An hour written with its CJK hour word: "오후 2시", "오전 10시 30분", "午後2時半",
#: "下午3点", and ranges of them ("14時〜15時", "15時から16時まで"); not a length ("1時間").
_CJK_HOUR = (
    r"(?P<{p}pm>오후|午後|下午|晚上)?(?P<{p}am>오전|午前|上午|早上)?\s*"
    r"(?P<{p}h>\d{{1,2}}|十[一二]|[一二两兩三四五六七八九十])\s*(?:시|時|点|點)(?![간間])"
    r"(?:\s*(?P<{p}m>\d{{1,2}})\s*(?:분|分)|\s*(?P<{p}half>반|半))?"
)
_CJK_CLOCK = re.compile(_CJK_HOUR.format(p="s") + r"(?:\s*(?:[~〜～\-–至]|から|부터)\s*"
                        + _CJK_HOUR.format(p="e") + ")?")
CJK_HOUR_WORDS = ("시", "時", "点", "點")
_SWAHILI_CLOCK = re.compile(r"\b[Ss]aa\s+(?P<h>1[0-2]|[1-9]|kumi\s+na\s+(?:moja|mbili)|moja|mbili"
                            r"|tatu|nne|tano|sita|saba|nane|tisa|kumi)(?:[:.](?P<m>[0-5]\d)"
                            r"|\s+na\s+(?P<q>nusu|robo))?\s+"
                            r"(?P<part>asubuhi|mchana|jioni|usiku)\b", re.I)
#: Swahili hour words ("saa nne asubuhi" is the fourth hour from 6 a.m.: 10:00).
_SWAHILI_HOURS = {w: i for i, w in enumerate(
    ("moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi",
     "kumi na moja", "kumi na mbili"), 1)}
#: Arabic hours said with their part of the day, as Egyptian and Gulf mail writes them:
#: "الساعة 11 الصبح" (11 in the morning), "الساعة 12 الظهر" (noon), "الساعة 7 مساءً", and a range
#: to a bare hour ("من الساعة 12 الظهر لحد الساعة 1": from 12 noon until 1).
_AR_PART = r"(?:ال)?(?:صبح|صباح|ظهر|عصر|مساء|مسا|ليل)[ًا]{0,2}|بالليل"
_ARABIC_CLOCK = re.compile(
    r"الساعة\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s+(?P<part>" + _AR_PART + r")"
    r"(?:\s+(?:لحد|لغاية|إلى|الى|حتى|ل)\s*(?:الساعة\s+)?(?P<eh>1[0-2]|0?[1-9])(?::(?P<em>[0-5]\d))?"
    r"(?:\s+(?P<epart>" + _AR_PART + r"))?)?(?!\d)")
#: Hours written in CJK numerals: "上午十点", "下午两点", "午後三時".
_CJK_NUMERALS = {w: i for i, w in enumerate(
    ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"), 1)} | {
    "两": 2, "兩": 2}


def _cjk_time(m: re.Match[str], p: str) -> time | None:
    written = m[f"{p}h"]
    if not written.isdigit() and not (m[f"{p}pm"] or m[f"{p}am"]):
        return None  # (a numeral hour only with its part of the day: "一点" is "a bit")
    hour = int(written) if written.isdigit() else _CJK_NUMERALS[written]
    hour += 12 if m[f"{p}pm"] and hour < 12 else 0
    minute = 30 if m[f"{p}half"] else int(m[f"{p}m"] or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


#: "오후 2:00 ~ 3:00", "下午2:00", "午後2時": the afternoon written before the clock.
_AFTERNOON = re.compile(r"(?:오후|下午|午後)\s*$")


def afternoon(text: str, hit: TimeHit) -> TimeHit:
    if not _AFTERNOON.search(text[max(0, hit.pos - 4) : hit.pos]) or hit.start.hour >= 12:
        return hit
    end = hit.end
    if end is not None and end.hour < 12:
        end = end.replace(hour=end.hour + 12)
    return replace(hit, start=hit.start.replace(hour=hit.start.hour + 12), end=end)


#: What joins a start to an end that repeats its part of the day or its hour word: "오후
#: 2:00 ~ 오후 3:30", Arabic "10:00 صباحًا حتى الساعة 10:45", Greek "10:00 έως 11:00".
#: (and the end in brackets: "om 14u (tot 15u)", "at 2pm (until 3pm)"; not yet a bare
#: "um 14 Uhr (bis 15 Uhr)", whose second hour is no clock of its own)
_RANGE_GAP = re.compile(r"\s*(?:[~〜～\-–—]|حتى|إلى|الى|έως|μέχρι|до"
                        r"|\(\s*(?i:until|till|to|tot|bis|jusqu['’]à|hasta(?:\s+las?)?|até(?:\s+às?)?"
                        r"|fino\s+alle))\s*(?:오후|오전|午後|午前|下午|上午|الساعة)?\s*")


def joined_ranges(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """Two clocks that are one range, the second with its own part of the day or hour word
    ("오후 2:00 ~ 오후 3:30", "من الساعة 10:00 صباحًا حتى الساعة 10:45 صباحًا"): one hit from
    the first's start to the second's."""
    out: list[TimeHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.end is None and h.end is None and h.start > prev.start
                and _RANGE_GAP.fullmatch(text, prev.stop, h.pos)):
            zone = h if prev.tz is None else prev  # ("… ~ 오후 3:30 (한국 시간)": zone after)
            out[-1] = replace(prev, end=h.start, stop=h.stop, text=text[prev.pos : h.stop],
                              tz=zone.tz, tz_name=zone.tz_name, zone_stated=zone.zone_stated,
                              zone_text=zone.zone_text)
        else:
            out.append(h)
    return out


def cjk_times(text: str) -> Iterator[TimeHit]:
    """The CJK clocks of `text`: "14時〜15時", "오후 7시 ~ 8시 30분" (still p.m.)."""
    for m in _CJK_CLOCK.finditer(text):
        if (start := _cjk_time(m, "s")) is not None:
            end = _cjk_time(m, "e") if m["eh"] else None
            if end is not None and end <= start and end.hour < 12 <= start.hour:
                end = end.replace(hour=end.hour + 12)  # "오후 7시 ~ 8시 30분": still p.m.
            yield zoned(text, start, end, m.start(), m.end())


def _arabic_hour(h: str, m: str | None, part: str) -> time:
    hour = int(h) % 12
    if part.removeprefix("ال").removeprefix("بال")[:1] in "ظعمل" and not (
            hour >= 6 and part.removeprefix("ال").startswith("ظ")):  # ("11 الظهر": before noon)
        hour += 12
    return time(hour, int(m or 0))


def arabic_times(text: str) -> Iterator[TimeHit]:
    """Arabic hours with their part of the day: "الساعة 12 الظهر" is 12:00, "الساعة 1 الظهر"
    13:00, "الساعة 11 الصبح" 11:00; a range's bare end is in its start's half of the day."""
    for m in _ARABIC_CLOCK.finditer(text):
        start = _arabic_hour(m["h"], m["m"], m["part"])
        end = None
        if m["eh"]:
            end = _arabic_hour(m["eh"], m["em"], m["epart"] or m["part"])
            if end <= start and end.hour < 12:
                end = end.replace(hour=end.hour + 12)  # ("12 الظهر لحد 1": 13:00)
        yield zoned(text, start, end, m.start(), m.end())


def swahili_times(text: str) -> Iterator[TimeHit]:
    """Swahili clocks: the hours count from 6 a.m., "saa 4:00 asubuhi" is 10:00, "saa 8
    mchana" 14:00, "saa tatu na nusu asubuhi" (half past the third hour) 9:30."""
    for m in _SWAHILI_CLOCK.finditer(text):
        word = " ".join(m["h"].lower().split())
        hour = int(word) if word.isdigit() else _SWAHILI_HOURS[word]
        hour = (hour + 6) % 12 + (12 if m["part"].lower() != "asubuhi" else 0)
        minute = {"nusu": 30, "robo": 15}.get((m["q"] or "").lower(), int(m["m"] or 0))
        yield zoned(text, time(hour % 24, minute), None, m.start(), m.end())
