"""The zone written right after a time, and the hit that carries both: "10:00 SAST",
"2:30pm-ish Eastern", "6pm mine (Sydney)", "9:00 AM (UTC-05:00) Eastern Time (US &
Canada)", "16:00 (Europe/Berlin)", "14.00 น. (เวลาประเทศไทย)".

Split from times.py, which finds the clocks (colons, "h", am/pm, word clocks, CJK and
Swahili hours); every clock it finds is handed here to read what follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, tzinfo

from .zone_words import zone_word_at
from .zones import ZONE_RE, resolve_label, resolve_mention, zone


@dataclass(frozen=True)
class TimeHit:
    """A time or time range, with an optional zone stated right after it."""

    start: time
    end: time | None
    tz: tzinfo | None
    tz_name: str | None
    zone_stated: bool
    pos: int
    stop: int
    text: str
    zone_text: str | None = None  # the zone as written: "AEST", "(GMT+02:00)"


#: Between a time and its zone: spaces, "(", "," and a clock word ("09:30 Uhr (MEZ)").
_BEFORE_ZONE = re.compile(
    r"[\s(（,，]*(?:(?:(?:uhr|hrs?|h|hours|horas|heures|uur|o'clock|local|prompt|sharp)\b|น\.)"
    r"[\s(（,，]*)?", re.I)  # ("10:00am prompt (West Africa Time)")


_DISPLAY_LABEL = re.compile(
    r"\s*(?P<label>\(\s*(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}:\d{2}\s*\)\s*[A-Z][^()\n;]{2,50}"
    r"(?:\([^()\n]{1,25}\))?)")


def zone_after(text: str, pos: int) -> tuple[re.Match[str] | None, int]:
    m = _BEFORE_ZONE.match(text, pos)
    at = m.end() if m else pos
    z = ZONE_RE.match(text, at)
    if z is None:
        return None, pos
    end = z.end()
    if text[pos:at].strip().endswith(("(", "（")) and text[end : end + 1] in (")", "）"):
        end += 1
    return z, end


#: An IANA zone name written after a time: "16:00 – 16:45 (Europe/Berlin)".
_IANA_AFTER = re.compile(
    r"\s*\(?\s*(?P<name>(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
    r"/[A-Za-z_]+(?:/[A-Za-z_]+)?)\s*\)?")
_ISH = re.compile(r"-?ish\b", re.I)
#: What joins an abbreviation to the place written after it: "(BST, Dhaka time)".
_PLACE_AFTER = re.compile(r"\s*[,/]\s*(?=\w)")
#: A case ending on a clock (Azerbaijani "11:00-da", Turkish "14:00'te"), before its zone.
_CASE_SUFFIX = re.compile(r"[-'’](?:da|də|de|te|ta|a|e)\b(?=\s*\()")
#: The writer's own clock named after a time, its zone after it: "6pm mine (Sydney)".
#: Or the reader's, her city after it: "19:00 your time (Toronto)".
_MINE = re.compile(r"\s+(?:mine|my\s+time|my\s+end|here|your\s+time(?=\s*\())"
                   r"(?=\s*[(,]?\s*(?-i:[A-Z(]))", re.I)


def zoned(text: str, start: time, end: time | None, pos: int, stop: int) -> TimeHit:
    """A TimeHit for text[pos:stop], with the zone written right after it, if any."""
    if (ish := _ISH.match(text, stop)) is not None:  # "2:30pm-ish Eastern": still its zone
        stop = ish.end()
    elif (case := _CASE_SUFFIX.match(text, stop)) is not None:  # "11:00-da (Bakı vaxtı ilə)"
        stop = case.end()
    if (mine := _MINE.match(text, stop)) is not None:  # "6pm mine (Sydney)": the writer's
        stop = mine.end()
    if (label := _DISPLAY_LABEL.match(text, stop)) is not None:
        # "9:00 AM (UTC-05:00) Eastern Time (US & Canada)": Outlook's label names the zone,
        # and its offset is the standard one, wrong half the year: the zone decides
        tz, name = resolve_label(label["label"])
        if name is not None:
            zone_text = label["label"].strip()
            return TimeHit(start, end, tz, name, True, pos, label.end(), text[pos : label.end()],
                           zone_text)
    if (iana := _IANA_AFTER.match(text, stop)) is not None and zone(iana["name"]) is not None:
        name = iana["name"]
        return TimeHit(start, end, zone(name), name, True, pos, iana.end(),
                       text[pos : iana.end()], name)
    z, zend = zone_after(text, stop)
    tz, name = resolve_mention(z) if z else (None, None)
    if z is not None and (place := _PLACE_AFTER.match(text, z.end())) is not None:
        # "(BST, Dhaka time)": an abbreviation several zones share, then the place it means
        ptz, pname, pend = zone_word_at(text, place.end())
        if ptz is not None:
            tz, name, zend = ptz, pname, pend + (text[pend : pend + 1] == ")")
    if tz is None:  # (after a clock word: "14.00 น. (เวลาประเทศไทย)", "10 Uhr (MEZ)")
        lead_end = _BEFORE_ZONE.match(text, stop).end()  # type: ignore[union-attr]
        tz, name, zend = zone_word_at(text, lead_end)
        if tz is not None and "(" in text[stop:lead_end] and text[zend : zend + 1] == ")":
            zend += 1
    zone_text = None
    if tz is not None:
        lead = _BEFORE_ZONE.match(text, stop)
        zone_text = text[lead.end() if lead else stop : zend].strip(" ,()")
        stop = zend
    return TimeHit(start, end, tz, name, tz is not None, pos, stop, text[pos:stop], zone_text)
