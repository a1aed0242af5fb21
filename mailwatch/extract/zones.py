"""Time-zone names as people and mail clients write them -> IANA zones.

Recruiters write "SAST", "Eastern Time" or "UK time"; Outlook writes display labels such as
"(UTC-08:00) Pacific Time (US & Canada)" into TZID without a VTIMEZONE. icalendar handles
IANA and Windows zone names itself; everything else is mapped here, with small explicit
tables rather than guesses, because a wrong zone moves an interview by hours.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import rx
from .outlook_labels import OUTLOOK_LABELS, label_city

try:  # Windows zone ids ("AUS Eastern Standard Time") as Outlook writes them in TZID
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as _WIN
except ImportError:  # pragma: no cover - older icalendar
    _WIN = {}

#: Old IANA aliases some tables still use -> the current canonical name.
_CANONICAL = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Rangoon": "Asia/Yangon",
    "Europe/Kiev": "Europe/Kyiv",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "Atlantic/Faeroe": "Atlantic/Faroe",
}


def canonical(name: str) -> str:
    """The current IANA name for an old alias ("Asia/Calcutta" -> "Asia/Kolkata"), as
    icalendar's own Windows table still gives some; any other name as it is."""
    return _CANONICAL.get(name, name)


#: Windows zone id, lower-case -> IANA name.
WINDOWS: dict[str, str] = {k.lower(): _CANONICAL.get(v, v) for k, v in _WIN.items()}

#: Abbreviations as they appear after a time. Ambiguous ones are resolved for our users:
#: IST is India (not Irish/Israel), CST is US Central (not China), GMT is literal GMT.
ABBREVIATIONS: dict[str, str] = {
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "AKST": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "SAST": "Africa/Johannesburg",
    "CAT": "Africa/Maputo",
    "WAT": "Africa/Lagos",
    "EAT": "Africa/Nairobi",
    "GMT": "Etc/GMT",
    "UTC": "UTC",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin",
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "IST": "Asia/Kolkata",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "BRT": "America/Sao_Paulo",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}

#: Spelled-out zone names, lower-case. Longest names are tried first by the regex.
NAMED: dict[str, str] = {
    "eastern time": "America/New_York",
    "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York",
    "new york time": "America/New_York",
    "central time": "America/Chicago",
    "central standard time": "America/Chicago",
    "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles",
    "uk time": "Europe/London",
    "london time": "Europe/London",
    "british time": "Europe/London",
    "british summer time": "Europe/London",
    "greenwich mean time": "Etc/GMT",
    "coordinated universal time": "UTC",
    "south africa standard time": "Africa/Johannesburg",
    "south african standard time": "Africa/Johannesburg",
    "south african time": "Africa/Johannesburg",
    "south africa time": "Africa/Johannesburg",
    "johannesburg time": "Africa/Johannesburg",
    "cape town time": "Africa/Johannesburg",
    "central european time": "Europe/Berlin",
    "central european summer time": "Europe/Berlin",
    "berlin time": "Europe/Berlin",
    "german time": "Europe/Berlin",
    "amsterdam time": "Europe/Amsterdam",
    "paris time": "Europe/Paris",
    "india standard time": "Asia/Kolkata",
    "indian standard time": "Asia/Kolkata",
    "india time": "Asia/Kolkata",
    "australian eastern standard time": "Australia/Sydney",
    "australian eastern daylight time": "Australia/Sydney",
    "sydney time": "Australia/Sydney",
    "singapore time": "Asia/Singapore",
    "singapore standard time": "Asia/Singapore",
    "philippine time": "Asia/Manila",
    "ph time": "Asia/Manila",
    "philippine standard time": "Asia/Manila",
    "malaysia time": "Asia/Kuala_Lumpur",
    "horário de brasília": "America/Sao_Paulo",
    "horario de brasilia": "America/Sao_Paulo",
    "horário padrão de brasília": "America/Sao_Paulo",
    "hora de brasília": "America/Sao_Paulo",
    "brasília time": "America/Sao_Paulo",
    "brasilia time": "America/Sao_Paulo",
    "são paulo time": "America/Sao_Paulo",
    "sao paulo time": "America/Sao_Paulo",
    "brazil time": "America/Sao_Paulo",
    "lagos time": "Africa/Lagos",
    "nigeria time": "Africa/Lagos",
    "nairobi time": "Africa/Nairobi",
    "kenya time": "Africa/Nairobi",
    "irish time": "Europe/Dublin",
    "ora italiana": "Europe/Rome",
    "hora del centro de méxico": "America/Mexico_City",
    "hora de méxico": "America/Mexico_City",
    "wiener zeit": "Europe/Vienna",
    "hora de lisboa": "Europe/Lisbon",
    "hora de madrid": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid",
    "日本時間": "Asia/Tokyo",
    "北京时间": "Asia/Shanghai",
    "北京時間": "Asia/Shanghai",
    "台灣時間": "Asia/Taipei",
    "台湾时间": "Asia/Taipei",
    "台北時間": "Asia/Taipei",
    "香港時間": "Asia/Hong_Kong",
    "香港时间": "Asia/Hong_Kong",
    "新加坡时间": "Asia/Singapore",
    "한국 시간": "Asia/Seoul",
    "한국시간": "Asia/Seoul",
    "dublin time": "Europe/Dublin",
    "atlantic time": "America/Halifax",
    "atlantic standard time": "America/Halifax",
    "atlantic daylight time": "America/Halifax",
    "newfoundland time": "America/St_Johns",
    "saskatchewan time": "America/Regina",
    "sask time": "America/Regina",
    "alaska time": "America/Anchorage",
    "hawaii time": "Pacific/Honolulu",
    "arizona time": "America/Phoenix",
    "svensk tid": "Europe/Stockholm",
    "finsk tid": "Europe/Helsinki",
    "norsk tid": "Europe/Oslo",
    "dansk tid": "Europe/Copenhagen",
    "suomen aikaa": "Europe/Helsinki",
    "czasu polskiego": "Europe/Warsaw",
    "polskiego czasu": "Europe/Warsaw",
    "türkiye saati": "Europe/Istanbul",
    "nederlandse tijd": "Europe/Amsterdam",
    "belgische tijd": "Europe/Brussels",
    "deutscher zeit": "Europe/Berlin",
    "deutsche zeit": "Europe/Berlin",
    "schweizer zeit": "Europe/Zurich",
    "österreichischer zeit": "Europe/Vienna",
    "heure française": "Europe/Paris",
    "heure de paris": "Europe/Paris",
    "hora española": "Europe/Madrid",
    "hora peninsular española": "Europe/Madrid",
    "suid-afrikaanse tyd": "Africa/Johannesburg",
    "brisbane time": "Australia/Brisbane",
    "melbourne time": "Australia/Melbourne",
    "perth time": "Australia/Perth",
    "auckland time": "Pacific/Auckland",
    "new zealand time": "Pacific/Auckland",
    "tokyo time": "Asia/Tokyo",
    "japan time": "Asia/Tokyo",
    "hong kong time": "Asia/Hong_Kong",
    "dubai time": "Asia/Dubai",
    "gulf standard time": "Asia/Dubai",
    "toronto time": "America/Toronto",
    "chicago time": "America/Chicago",
    "los angeles time": "America/Los_Angeles",
    "denver time": "America/Denver",
    "madrid time": "Europe/Madrid",
    "lisbon time": "Europe/Lisbon",
    "stockholm time": "Europe/Stockholm",
    "copenhagen time": "Europe/Copenhagen",
    "zurich time": "Europe/Zurich",
    "warsaw time": "Europe/Warsaw",
    "dutch time": "Europe/Amsterdam",
    "french time": "Europe/Paris",
    "eastern european time": "Europe/Helsinki",
    "western european time": "Europe/Lisbon",
    "west africa time": "Africa/Lagos",
    "east africa time": "Africa/Nairobi",
    "saa za afrika mashariki": "Africa/Nairobi",  # Swahili "East Africa time"
    "central africa time": "Africa/Maputo",
}

_LABEL_RE = re.compile(
    r"^\(\s*(?:UTC|GMT)\s*(?:(?P<sign>[+-])(?P<h>\d{1,2}):?(?P<m>\d{2})?)?\s*\)\s*(?P<rest>.*)$",
    re.I,
)

_ABBR_ALT = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_NAMED_ALT = "|".join(re.escape(n) for n in sorted(NAMED, key=len, reverse=True))
#: A zone mention right after a time: "14:00 SAST", "2pm (Eastern Time)", "10:00 GMT+2".
ZONE_RE = rx.compile(
    rf"(?P<named>\b(?:{_NAMED_ALT})\b)"
    rf"|(?P<offset>\b(?:UTC|GMT)\s*(?P<sign>[+-−])\s*(?P<oh>\d{{1,2}})(?:[:.]?(?P<om>\d{{2}}))?)"
    rf"|(?P<abbr>\b(?:{_ABBR_ALT})\b)",
    re.I,
)


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo | None:
    """An IANA zone by name, or None if this system does not know it.

    Cached: ZoneInfo keeps only its last eight zones alive, and a corpus names forty,
    so without it a zone asked again is often read from the tz database again. The
    instance is ZoneInfo's own, as ZoneInfo(name) gives it while it lives."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def fixed(sign: str, hours: int, minutes: int = 0) -> tzinfo | None:
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign in "-−" else delta)


def resolve_label(label: str) -> tuple[tzinfo | None, str | None]:
    """An Outlook display label or any other TZID icalendar left naive -> (tz, IANA name).

    Known labels give an IANA zone (DST-correct); an unknown label with a UTC offset gives
    a fixed-offset zone and no IANA name; anything else gives (None, None).
    """
    text = " ".join(label.strip().strip('"').split())
    if not text:
        return None, None
    direct = zone(text) if "/" in text or text.upper() == "UTC" else None
    if direct is not None:
        return direct, text
    m = _LABEL_RE.match(text)
    rest = (m.group("rest") if m else text).lower()
    if rest in OUTLOOK_LABELS:
        name = OUTLOOK_LABELS[rest]
        return zone(name), name
    if rest in NAMED:
        return zone(NAMED[rest]), NAMED[rest]
    if rest in WINDOWS and zone(WINDOWS[rest]) is not None:
        return zone(WINDOWS[rest]), WINDOWS[rest]
    if m:
        if not m.group("sign"):
            return zone("UTC"), "UTC"
        offset = fixed(m.group("sign"), int(m.group("h")), int(m.group("m") or 0))
        if offset is not None and (place := label_city(rest, offset.utcoffset(None))):
            return zone(place), place
        return fixed(m.group("sign"), int(m.group("h")), int(m.group("m") or 0)), None
    return None, None


def resolve_mention(match: re.Match[str]) -> tuple[tzinfo | None, str | None]:
    """A ZONE_RE match -> (tz, IANA name or None for bare offsets)."""
    if match.group("named"):
        name = NAMED[match.group("named").lower()]
        return zone(name), name
    if match.group("offset"):
        return fixed(match.group("sign"), int(match.group("oh")), int(match.group("om") or 0)), None
    abbr = match.group("abbr")
    if abbr != abbr.upper():  # "et", "Pt", "ist": ordinary words, not zones
        return None, None
    name = ABBREVIATIONS[abbr.upper()]
    return zone(name), name
