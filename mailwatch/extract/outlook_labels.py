"""Outlook's display labels for time zones ("(UTC+04:00) Abu Dhabi, Muscat") -> IANA names.

Outlook writes the label of the Windows zone into TZID, often without a VTIMEZONE; the label
lists a few places of the zone, so the table holds the labels themselves (facts, as
Windows names them), and a label it lacks is read by the first place of its list that the
place tables know, if that place keeps the label's offset.

Split from zones.py for length: that file keeps the zone words people write.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .zone_tables import CITIES

#: The place part of Outlook display labels, lower-case, "(UTC+02:00) Harare, Pretoria".
OUTLOOK_LABELS: dict[str, str] = {
    "pacific time (us & canada)": "America/Los_Angeles",
    "mountain time (us & canada)": "America/Denver",
    "central time (us & canada)": "America/Chicago",
    "eastern time (us & canada)": "America/New_York",
    "arizona": "America/Phoenix",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "atlantic time (canada)": "America/Halifax",
    "brasilia": "America/Sao_Paulo",
    "coordinated universal time": "UTC",
    "dublin, edinburgh, lisbon, london": "Europe/London",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "Europe/Berlin",
    "brussels, copenhagen, madrid, paris": "Europe/Paris",
    "belgrade, bratislava, budapest, ljubljana, prague": "Europe/Budapest",
    "sarajevo, skopje, warsaw, zagreb": "Europe/Warsaw",
    "west central africa": "Africa/Lagos",
    "harare, pretoria": "Africa/Johannesburg",
    "athens, bucharest": "Europe/Bucharest",
    "cairo": "Africa/Cairo",
    "helsinki, kyiv, riga, sofia, tallinn, vilnius": "Europe/Helsinki",
    "nairobi": "Africa/Nairobi",
    "chennai, kolkata, mumbai, new delhi": "Asia/Kolkata",
    "kuala lumpur, singapore": "Asia/Singapore",
    "beijing, chongqing, hong kong, urumqi": "Asia/Shanghai",
    "osaka, sapporo, tokyo": "Asia/Tokyo",
    "brisbane": "Australia/Brisbane",
    "canberra, melbourne, sydney": "Australia/Sydney",
    "perth": "Australia/Perth",
    "auckland, wellington": "Pacific/Auckland",
    "abu dhabi, muscat": "Asia/Dubai",
    "kuwait, riyadh": "Asia/Riyadh",
    "baghdad": "Asia/Baghdad",
    "istanbul": "Europe/Istanbul",
    "moscow, st. petersburg": "Europe/Moscow",
    "moscow, st. petersburg, volgograd": "Europe/Moscow",
    "jerusalem": "Asia/Jerusalem",
    "tehran": "Asia/Tehran",
    "islamabad, karachi": "Asia/Karachi",
    "sri jayawardenepura": "Asia/Colombo",
    "kathmandu": "Asia/Kathmandu",
    "dhaka": "Asia/Dhaka",
    "yangon (rangoon)": "Asia/Yangon",
    "bangkok, hanoi, jakarta": "Asia/Bangkok",
    "taipei": "Asia/Taipei",
    "seoul": "Asia/Seoul",
    "adelaide": "Australia/Adelaide",
    "darwin": "Australia/Darwin",
    "hobart": "Australia/Hobart",
    "guam, port moresby": "Pacific/Port_Moresby",
    "fiji": "Pacific/Fiji",
    "guadalajara, mexico city, monterrey": "America/Mexico_City",
    "central america": "America/Guatemala",
    "saskatchewan": "America/Regina",
    "bogota, lima, quito, rio branco": "America/Bogota",
    "indiana (east)": "America/Indiana/Indianapolis",
    "georgetown, la paz, manaus, san juan": "America/La_Paz",
    "santiago": "America/Santiago",
    "newfoundland": "America/St_Johns",
    "city of buenos aires": "America/Argentina/Buenos_Aires",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "montevideo": "America/Montevideo",
    "azores": "Atlantic/Azores",
    "cabo verde is.": "Atlantic/Cape_Verde",
    "monrovia, reykjavik": "Atlantic/Reykjavik",
    "casablanca": "Africa/Casablanca",
    "baja california": "America/Tijuana",
}


def label_city(rest: str, offset: timedelta | None) -> str | None:
    """The zone of the first place a label Outlook lists that the place tables know ("Baku"
    of "(UTC+04:00) Baku"), when the place keeps the label's offset in winter or summer."""
    for place in rest.split(","):
        name = CITIES.get(place.strip().lower())
        if name is None:
            continue
        if offset is None or any(ZoneInfo(name).utcoffset(datetime(2027, month, 1)) == offset
                                 for month in (1, 7)):
            return name
    return None
