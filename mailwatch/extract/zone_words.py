"""Zone words that zones.py does not know, and refining a stated zone by place.

Two jobs, both small explicit tables because a wrong zone moves an interview by hours:

- a fallback zone mention after a time: "<city> time" ("11am Lagos time", "16:00 Brasília
  time"), "hora de/horário de <city>", and a few extra abbreviations (BRT, ART, PKT ...);
- refinement: "CET" from a Dutch sender means Europe/Amsterdam, "AEST" in December from a
  Brisbane office means Australia/Brisbane (+10, Queensland has no DST), "(GMT+02:00)
  Johannesburg" means Africa/Johannesburg. A place mentioned in the mail, or the sender's
  single-zone country domain, replaces the zone when its UTC offset at the slot's instant
  is the one the writer stated.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from .. import rx
from .zone_tables import (
    CITIES,
    COUNTRY_TLDS,
    EXTRA_ABBREVIATIONS,
    LITERAL_OFFSETS,
    NATIVE_TIME,
    PHONE_CODES,
    REGIONS,
    US_REGIONS,
)
from .zones import ZONE_RE, resolve_label, resolve_mention, zone

__all__ = ["CITIES", "COUNTRY_TLDS", "EXTRA_ABBREVIATIONS", "LITERAL_OFFSETS", "NATIVE_TIME",
           "REGIONS", "US_REGIONS", "fold", "refine", "signature_zone", "zone_hint",
           "zone_word_at"]


@lru_cache(maxsize=64)  # refine() folds the same whole mail once per slot
def fold(text: str) -> str:
    """Lower case without accents: "Brasília" and "brasilia" are one word."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # the combining marks, found among the distinct characters (ASCII has none), then
    # removed in one pass: what a per-character filter keeps, in the same order
    marks = {ord(ch): None for ch in set(decomposed)
             if not ch.isascii() and unicodedata.combining(ch)}
    return (decomposed.translate(marks) if marks else decomposed).lower()


_CITY_ALT = "|".join(re.escape(c) for c in sorted(CITIES, key=len, reverse=True))
_PLACE_ALT = "|".join(re.escape(c) for c in sorted({**CITIES, **REGIONS}, key=len, reverse=True))
#: "Lagos time", "(Brasilia time)", "hora de Brasilia" - matched on folded text.
_CITY_TIME = re.compile(
    rf"(?:\b(?P<city>{_PLACE_ALT})(?:\s+local)?\s+time\b"
    rf"|\b(?:hor(?:a|ario)|heure)\s+(?:de\s+|d')(?P<city2>{_PLACE_ALT})\b"
    rf"|\b(?P<native>{'|'.join(re.escape(k) for k in NATIVE_TIME)})\b"
    # "6pm mine (Sydney)": a city alone in the brackets after a time
    rf"|\b(?P<city3>{_CITY_ALT})(?=\))"
    # Zoom's zone names: "02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna", "… London"
    rf"|\b(?P<zoom>{_CITY_ALT})(?=,\s*(?:{_CITY_ALT})\b|[ \t]*(?:\n|$))"
    # one clock of a chain: "5pm Dubai / 2pm London / 9pm Hong Kong"
    rf"|\b(?P<chain>{_CITY_ALT})(?=[ \t]*/[ \t]*\d)"
    rf"|\b(?P<us>eastern|central|mountain|pacific)\b(?!\s+(?:european|africa|standard|daylight"
    rf"|time|asia|australia|indonesia|america)))"
)
#: The non-Latin names of NATIVE_TIME, matched as written ("เวลาประเทศไทย", "بتوقيت القاهرة").
_NATIVE_SCRIPT = re.compile("|".join(re.escape(k) for k in sorted(
    (k for k in NATIVE_TIME if not k[0].isascii()), key=len, reverse=True)))
_EXTRA = re.compile(r"\b(?P<abbr>" + "|".join(EXTRA_ABBREVIATIONS) + r")\b")
_CITY_ANY = rx.compile(rf"\b(?P<city>{_CITY_ALT})\b")


#: Spaces, "(" and "," between a time and its zone word (compiled once, not per call).
_LEAD = re.compile(r"[\s(,]*")


def zone_word_at(text: str, pos: int) -> tuple[tzinfo | None, str | None, int]:
    """A zone written right at `pos` (after optional spaces, "(" or ","): (tz, IANA, end).

    Used only when zones.ZONE_RE found nothing there."""
    m = _LEAD.match(text, pos)
    at = m.end() if m else pos
    if (e := _EXTRA.match(text, at)) is not None:
        name = EXTRA_ABBREVIATIONS[e["abbr"]]
        return zone(name), name, _close(text, pos, at, e.end())
    if (n := _NATIVE_SCRIPT.match(text, at)) is not None:  # (Thai folds to another length)
        name = NATIVE_TIME[n.group(0)]
        return zone(name), name, _close(text, pos, at, n.end())
    window = fold(text[at : at + 40])
    if len(window) == len(text[at : at + 40]) and (c := _CITY_TIME.match(window)) is not None:
        if c["us"]:
            name = US_REGIONS[c["us"]]
        elif c["native"]:
            name = NATIVE_TIME[c["native"]]
        else:
            place = c["city"] or c["city2"] or c["city3"] or c["zoom"] or c["chain"]
            name = CITIES.get(place) or REGIONS[place]
        return zone(name), name, _close(text, pos, at, at + c.end())
    return None, None, pos


def names_place(zone_text: str) -> bool:
    """Whether a zone as written names its place ("Faroese time", "hora de Quito"): then it
    is already as exact as the mail is, and no other place in the mail refines it."""
    c = _CITY_TIME.match(fold(zone_text.strip(" ,()")))
    return c is not None and not c["us"]


def _close(text: str, pos: int, at: int, end: int) -> int:
    if "(" in text[pos:at] and text[end : end + 1] == ")":
        return end + 1
    return end


def _offset(tz: tzinfo, when: datetime) -> timedelta | None:
    return when.replace(tzinfo=tz).utcoffset()


@lru_cache(maxsize=64)
def _places(text: str) -> tuple[str, ...]:
    """The zones of the places a text names, in order (cached: once per mail, not per slot),
    but the reader's ("2pm AEST (3pm your time in Sydney)": the writer's clock is not hers)."""
    folded = fold(text)
    return tuple(CITIES[m["city"]] for m in _CITY_ANY.finditer(folded)
                 if not _READERS.search(folded, max(0, m.start() - 30), m.start()))


#: The reader's place, not the writer's: "your time in", "for you over in", "you're in".
_READERS = re.compile(r"\b(?:your\s+(?:local\s+)?(?:time|end)|for\s+you|you(?:['’]re|\s+are)?)"
                      r"(?:\s+over|\s+there|\s+back)?\s+in\s+$", re.I)


def refine(
    name: str | None,
    abbr: str | None,
    when: datetime,
    text: str,
    sender_domain: str | None,
) -> tuple[tzinfo, str] | None:
    """A better zone for a stated one, from a place in the mail or the sender's country.

    `name` is the IANA zone the mention resolved to (None for a bare offset), `abbr` the
    words written ("AEST", "GMT+2"), `when` the slot's start as resolved. The replacement
    must have an offset the writer meant at that instant: the literal offset of a
    standard/summer abbreviation, or the offset the mention resolved to (people write
    "CET" all year round).
    """
    wanted: set[timedelta] = set()
    resolved = when.utcoffset()
    literal = LITERAL_OFFSETS.get((abbr or "").upper())
    if literal is not None:
        wanted.add(timedelta(hours=literal))
    if resolved is not None:
        wanted.add(resolved)
    if not wanted:
        return None
    naive = when.replace(tzinfo=None)
    candidates = list(_places(text))
    tld = (sender_domain or "").lower().rpartition(".")[2]
    if tld in COUNTRY_TLDS:
        candidates.append(COUNTRY_TLDS[tld])
    for cand in candidates:
        if cand == name:
            return None  # the stated zone is already the place's zone
        tz = zone(cand)
        if tz is not None and _offset(tz, naive) in wanted:
            return tz, cand
    return None


#: "All times are in SAST", "Schedule (all times AWST)", "All times below are Stockholm
#: time (CET)", "times shown in Eastern Time".
_ALL_TIMES = rx.compile(
    r"\ball\s+(?:the\s+)?times?\b(?:\s+(?:in|of)\s+this\s+(?:e-?mail|message|invitation|note"
    r"|letter))?(?:\s+(?:are|shown|listed|given|below|above|here|quoted"
    r"|stated)){0,3}(?:\s+(?:in|as))?[\s:(]*"
    r"|\btimes?\s+(?:are\s+)?(?:shown|listed|given)?\s*(?:are\s+)?(?:in|as)\s+"
    r"|\btimes\s+are\s+(?=[A-Z])"  # "Times are Amsterdam time (CET)"
    # "(both Boston time)", "(all in CET)" under a list of times
    r"|\((?:both|all)\s+(?:in\s+)?(?!times?\b|the\b)"
    # "Everything below is in your time (SAST)"
    r"|\beverything\s+(?:below\s+|above\s+|here\s+)?is\s+in\s+(?:your\s+(?:own\s+|local\s+)?"
    r"time\s*[(,]?\s*)?"
    # a list's heading: "We have the following times available (Newfoundland time):"
    r"|\b(?:following|these|below)\s+(?:\w+\s+)?(?:times?|slots?|options?|dates?)\b"
    r"(?:\s+(?:are\s+)?(?:available|open|free|on\s+offer))?[ \t]*[(:,–-][ \t]*"
    # a schedule's heading: "Superday schedule (Singapore Time, GMT+8)"
    r"|\b(?:schedule|programme|program|agenda|itinerary|timetable)[ \t]*\((?=[^)\n]*\btime\b)"
    # a "Time zone" row of a schedule table: "Time zone   Eastern Time (ET)"
    r"|^[ \t|*]*time[ \t]*-?zone[ \t]*[:|]?[ \t]*"
    # "All Brisbane time (AEST)", "all UK time"
    r"|\ball\s+(?:in\s+)?(?=(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s+time\b)"
    # "alle Zeitangaben beziehen sich auf die Ortszeit in Hamburg", "local time in Lisbon"
    r"|\b(?P<local>ortszeit|local\s+time|heure\s+locale|hora\s+local|ora\s+locale|lokale\s+tijd)"
    r"\s+(?:in|de|à|en|di|a)\s+(?=[A-Z])",
    re.I | re.M,
)


def zone_hint(text: str) -> tuple[tzinfo, str | None, str] | None:
    """The zone a mail sets for all its times: (tz, IANA name or None, as written).

    It applies to sentences that state no zone of their own."""
    for m in _ALL_TIMES.finditer(text):
        z = ZONE_RE.match(text, m.end())
        if z:
            tz, name = resolve_mention(z)
            if tz is not None:
                return tz, name, z.group(0)
        tz, name, end = zone_word_at(text, m.end())
        if tz is not None:
            return tz, name, text[m.end() : end].strip(" ,()")
        window = text[m.end() : m.end() + 40]
        if m["local"] and len(folded := fold(window)) == len(window) and (
                c := _CITY_ANY.match(folded)):
            # "die Ortszeit in Hamburg": the place alone names the zone
            return zone(CITIES[c["city"]]), CITIES[c["city"]], window[: c.end()]
    # one Outlook display label somewhere in the mail, set apart from its times
    # ("Tuesday, 13 April 2027  9:30 AM | 1 hour | (UTC+10:00) Canberra, Melbourne, Sydney")
    labels = {" ".join(m.group(0).split()) for m in _DISPLAY_LABEL.finditer(text)} if (
        "(UTC" in text) else set()
    if len(labels) == 1:
        label = labels.pop()
        tz, name = resolve_label(label)
        if tz is not None:
            return tz, name, label
    return None


#: "(UTC+10:00) Canberra, Melbourne, Sydney": Outlook's and Webex's label of a zone.
_DISPLAY_LABEL = re.compile(
    r"\(UTC[+\-−]\d{2}:\d{2}\)[ \t]+[A-Z][^\n|;()]{2,80}?(?=[ \t]*(?:$|\n|\|))", re.M)


_ZONE_LABEL = re.compile(r"\((?:UTC|GMT)\s*[+\-−]?\s*\d{0,2}")


def signature_zone(signature: str, sent: datetime | None) -> tzinfo | None:
    """The zone of the city in the sender's signature ("14 Farrier Lane, London EC4A"),
    when its offset is the one the Date header shows: the sender's own clock, which then
    gives a time the mail writes without a zone its right offset on the interview's date
    (a UK mail sent in March in GMT, for an interview after the clocks go forward).

    Only a city whose zone agrees with the Date header counts: an address in another
    zone (a head office abroad) says nothing about the clock the sender writes with."""
    if sent is None or sent.tzinfo is None or not signature:
        return None
    if "UTC" in signature or "GMT" in signature:  # (an Outlook "When: … (UTC+00:00) Dublin,
        # Edinburgh, Lisbon, London" line is a zone's label, not the sender's address)
        signature = "\n".join(ln for ln in signature.splitlines() if not _ZONE_LABEL.search(ln))
    names = [CITIES[m["city"]] for m in _CITY_ANY.finditer(fold(signature))]
    # (or the country of its telephone number: "T: +44 20 7946 0321")
    names += [PHONE_CODES[m["cc"]] for m in _PHONE.finditer(signature) if m["cc"] in PHONE_CODES]
    for name in names:
        tz = zone(name)
        if tz is not None and tz.utcoffset(sent.replace(tzinfo=None)) == sent.utcoffset():
            return tz
    return None


#: A telephone number in international form: its country code.
_PHONE = re.compile(r"(?<![\w+])\+\s?(?P<cc>\d{2,3}?)(?=[\s(.-]*\(?0?\)?[\s.-]*\d)(?:\s|\(|-|\.)")


#: The zones a generic name is read as ("Pacific", "Mountain Standard Time", "GMT Standard
#: Time", "CET", "Romance Standard Time"): the name says the clock, not the city.
_GENERIC_TARGETS = frozenset({
    "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York",
    "America/Halifax", "Europe/London", "Europe/Paris", "Europe/Berlin", "Australia/Sydney",
    "Australia/Brisbane", "Pacific/Auckland", "Atlantic/Reykjavik", "Europe/Kyiv",
    "Europe/Bucharest",
    # (the first zone of a label Outlook names by several places: "(UTC+08:00) Kuala Lumpur,
    # Singapore" for a Manila office, "(UTC+02:00) Harare, Pretoria" for Maputo)
    "Asia/Singapore", "Asia/Shanghai", "Asia/Bangkok", "Asia/Dubai", "Asia/Riyadh",
    "Africa/Johannesburg", "Africa/Lagos", "Africa/Nairobi", "Europe/Warsaw", "Europe/Budapest",
    "America/Bogota", "America/La_Paz",
})


#: The zones whose winter clock is GMT.
_ON_GMT_IN_WINTER = frozenset({"Europe/London", "Europe/Dublin", "Europe/Lisbon",
                               "Atlantic/Canary", "Atlantic/Faroe", "Atlantic/Madeira"})


def local_zone_name(name: str | None, start: datetime, signature: str,
                    sent: datetime | None, text: str = "") -> str | None:
    """The sender's own zone for an interview whose zone came from a generic name, when the
    two keep the same clock all year: a Dublin firm's "GMT Standard Time" is Europe/Dublin,
    a Calgary pharmacy's "Mountain" America/Edmonton. Only the name changes, never the
    instant. None when there is nothing better to say."""
    if name == "Etc/GMT":
        # "2.30pm GMT" on a winter date from a mail that says "UK time" or signs off in
        # Dublin: the place's zone, whose clock is GMT then
        places = [getattr(signature_zone(signature, sent), "key", None),
                  *(resolve_mention(z)[1] for z in ZONE_RE.finditer(text or ""))]
        return next((p for p in places if p in _ON_GMT_IN_WINTER and (tz := zone(p))
                     and tz.utcoffset(start.replace(tzinfo=None)) == timedelta(0)), None)
    if name not in _GENERIC_TARGETS or (generic := zone(name)) is None:
        return None
    naive = start.replace(tzinfo=None)
    local = signature_zone(signature, sent)
    # (or a place the text names with its time: "à 9 h 30 (heure de Luxembourg)", "13.15
    # (svensk tid)")
    # (or an Australian address's state: "Belmont VIC 3216" keeps Melbourne's clock)
    for key in [getattr(local, "key", None), *_named_place_zones(text), *_named_zones(text),
                *(_AU_STATES[m[1]] for m in _AU_ADDRESS.finditer(f"{signature}\n{text}"))]:
        if key is None or key == name or (tz := zone(key)) is None:
            continue
        if all(generic.utcoffset(naive + timedelta(days=d)) == tz.utcoffset(
                naive + timedelta(days=d)) for d in (0, 91, 182, 273)):
            return key
    return None


#: An Australian address's state and postcode ("Belmont VIC 3216"), and the state's zone.
_AU_ADDRESS = re.compile(r"\b(VIC|NSW|QLD|SA|WA|TAS|ACT|NT)\s+\d{4}\b")
_AU_STATES = {"VIC": "Australia/Melbourne", "NSW": "Australia/Sydney", "ACT": "Australia/Sydney",
              "QLD": "Australia/Brisbane", "SA": "Australia/Adelaide", "WA": "Australia/Perth",
              "TAS": "Australia/Hobart", "NT": "Australia/Darwin"}


def _named_place_zones(text: str) -> list[str]:
    """The zones of places `text` names as a time ("Luxembourg time", "heure de Luxembourg",
    "hora de Quito"), in order."""
    if not text:
        return []
    out: list[str] = []
    folded = fold(text)
    for a in _PLACE_TIME_ANCHOR.finditer(folded):  # (the place pattern only near its words)
        window = folded[max(0, a.start() - 40) : a.end() + 40]
        for c in _CITY_TIME.finditer(window):
            if (place := c["city"] or c["city2"]) and (
                    name := CITIES.get(place) or REGIONS[place]) not in out:
                out.append(name)
    return out


def _named_zones(text: str) -> list[str]:
    """The zones other than the generic ones that the text names ("svensk tid", "SAST",
    "Lietuvos laiku")."""
    out: list[str] = []
    names = [resolve_mention(z)[1] for z in ZONE_RE.finditer(text)] if text else []
    if text:
        names += [NATIVE_TIME[n.group(0)] for n in _NATIVE_SCRIPT.finditer(text)]
        names += [NATIVE_TIME[n.group(0)] for n in _NATIVE_FOLDED.finditer(fold(text))]
    for name in names:
        if name and name not in _GENERIC_TARGETS and "/" in name and not name.startswith(
                "Etc/") and name not in out:
            out.append(name)
    return out


#: The names of NATIVE_TIME, matched on folded text ("Lietuvos laiku").
_NATIVE_FOLDED = re.compile(
    rf"\b(?:{'|'.join(re.escape(k) for k in sorted(NATIVE_TIME, key=len, reverse=True))})\b")


#: A word every place-named time of _CITY_TIME holds ("Luxembourg time", "heure de X").
_PLACE_TIME_ANCHOR = re.compile(r"\btime\b|\bheure\b|\bhora(?:rio)?\b")


#: "IST" is India's, unless the mail is Irish: a Dublin signature or "Irish" time, and no
#: Indian place or number.
_IRISH = re.compile(r"\b(?:Dublin|Ireland|Irish|Cork|Galway|Limerick)\b|\+353")
_INDIAN = re.compile(r"\b(?:India|Indian|Kolkata|Bengaluru|Bangalore|Mumbai|Delhi|Pune|Chennai"
                     r"|Hyderabad|Noida|Gurgaon|Gurugram)\b|\+91")


def irish_standard_time(text: str, start: datetime) -> datetime | None:
    """The start, read as Irish Standard Time (the same wall clock in Europe/Dublin), when
    a mail's "IST" is Ireland's summer time, not India's; None otherwise."""
    if "IST" not in text or not _IRISH.search(text) or _INDIAN.search(text):
        return None
    dublin = zone("Europe/Dublin")
    local = start.replace(tzinfo=dublin) if dublin else None
    # (Irish Standard Time is Ireland's summer clock: +01:00)
    return local if local and local.utcoffset() == timedelta(hours=1) else None
