"""Clock times written in words: English "half past two", "twenty to three", "eleven
o'clock"; Spanish, Portuguese and German "a las once y media", "às três da tarde", "um halb
drei am Nachmittag", "um Viertel nach zehn".

Its own module because each language counts differently (German "halb drei" is 2:30, half
*to* three; Spanish "las once menos cuarto" is 10:45) and times.py reads digits. Each
reading needs the language's own "at" before it ("a las", "às", "um"), so a number word in
running text ("tres candidatos", "drei Runden") is never a time. Without a part of the day
an hour of the working day is meant, as for English word clocks: 1-6 after noon.
"""

from __future__ import annotations

import re
from datetime import time

from .. import rx
from .clock_zone import TimeHit, zoned

HOUR_WORDS = {w: i for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve"), 1)}
#: The hour words that read as a clock after "at" ("at eleven"; not "at one point").
_AT_HOURS = "|".join(w for w in HOUR_WORDS if w != "one")
#: The minutes of "ten thirty", "eleven fifteen", "two forty-five".
_MINUTE_WORDS = r"(?:fifteen|thirty|forty[-\s]five)"
_MINUTE_VALUES = {"fifteen": 15, "thirty": 30, "forty five": 45}
#: "half past two", "quarter to three", "half two" (British for 2:30).
WORD_CLOCK = rx.compile(
    r"\b(?:(?P<q>half|quarter|five|ten|twenty(?:[-\s]five)?)(?:\s+minutes)?\s+(?P<rel>past|to)\s+"
    r"|(?P<half>half)\s+"
    # "eleven o'clock (sharp)", "ten sharp", "10 on the dot": the hour alone, said as a clock
    r"|(?=(?:" + "|".join(HOUR_WORDS) + r"|1[0-2]|[1-9])\s*(?:o['’ ]?clock|sharp|on\s+the\s+dot)\b)"
    # "Thursday at eleven": an hour word after "at" (not "at one point")
    r"|(?<=\bat\s)(?=(?:" + _AT_HOURS + r")\b)"
    # "Monday week ten thirty": an hour word and its minutes in words (not "ten thirty-minute
    # slots")
    r"|(?=(?:" + "|".join(HOUR_WORDS) + r")\s+" + _MINUTE_WORDS + r"\b(?!\s*-?\s*(?:minutes?"
    r"|mins?|hours?|something|years?)\b)))"
    r"(?P<h>" + "|".join(HOUR_WORDS) + r"|1[0-2]|[1-9])(?:\s+(?P<mw>" + _MINUTE_WORDS
    + r")(?![\w-]))?(?:\s*o['’ ]?clock)?"
    r"(?:\s+(?:sharp|on\s+the\s+dot)\b)?"
    r"(?![\w:]|\.\d)"
    # (not a count: "five to ten minutes early")
    r"(?!\s*(?:-\s*)?(?:(?:working|business|calendar|full|whole)\s+)?(?:minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|people|years?|%))"  # (not "within five to seven working days")
    r"(?:\s*(?P<mer>[ap]\.?m\.?(?![a-z])|in\s+the\s+(?:morning|afternoon|evening)))?",
    re.I,
)
_PAST_MINUTES = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25, "quarter": 15}
#: A word clock may be in the text: "half", "quarter", "... past", "ten to".
WORD_CLOCK_HINT = re.compile(r"half|quarter|past|\b(?:five|ten|twenty)\s+to\b|o['’ ]?clock|sharp"
                             r"|on\s+the\s+dot"
                             r"|\bat\s+(?:" + _AT_HOURS + r")\b|\b(?:thirty|fifteen|forty)\b",
                             re.I)
_RANGE_TO_WORDS = re.compile(r"\s*(?:-|–|—|〜|～|~|to|until|till)\s*$", re.I)


def _word_clock(m: re.Match[str]) -> time | None:
    """The clock time of a WORD_CLOCK match; without am/pm, office hours decide."""
    word = m["h"].lower()
    hour = HOUR_WORDS.get(word) or int(word)
    q = " ".join((m["q"] or "").lower().replace("-", " ").split())
    minute = 30 if (m["half"] or q == "half") else _PAST_MINUTES.get(q, 15) if q else (
        _MINUTE_VALUES.get(" ".join((m["mw"] or "").lower().replace("-", " ").split()), 0))
    if (m["rel"] or "").lower() == "to":
        hour, minute = hour - 1 or 12, 60 - minute
    mer = (m["mer"] or "").lower()
    if mer.startswith("p") or "afternoon" in mer or "evening" in mer:
        pm = hour != 12
    elif mer:
        pm = False
    else:
        pm = 1 <= hour <= 6  # nobody is interviewed at half past two in the night
    return time(hour % 12 + (12 if pm else 0) if hour != 12 else 12, minute)


def with_word_clocks(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """Add "half past two" times, and join "10am until half past two" into a range."""
    out = list(hits)
    for m in WORD_CLOCK.finditer(text):
        if any(h.pos <= m.start() < h.stop for h in hits):
            continue
        clock = _word_clock(m)
        if clock is None:
            continue
        head = next((h for h in out if h.end is None and h.stop <= m.start()
                     and _RANGE_TO_WORDS.search(text[h.stop : m.start()])
                     and m.start() - h.stop <= 8), None)
        if head is not None and clock > head.start:
            out[out.index(head)] = zoned(text, head.start, clock, head.pos, m.end())
        else:
            out.append(zoned(text, clock, None, m.start(), m.end()))
    return out


_ES_HOURS = {"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
             "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
_PT_HOURS = {"uma": 1, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
             "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12}
_DE_HOURS = {"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
#: Dutch and Afrikaans ("om half elf die oggend": 10:30, as German "halb elf").
_NL_HOURS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "vyf": 5, "zes": 6, "ses": 6,
             "zeven": 7, "sewe": 7, "acht": 8, "agt": 8, "negen": 9, "nege": 9, "tien": 10,
             "elf": 11, "twaalf": 12}
_HOURS = {**_ES_HOURS, **_PT_HOURS, **_NL_HOURS, **_DE_HOURS}
_ALT = "|".join(sorted(_HOURS, key=len, reverse=True))
#: (not a count: "um zehn Minuten verschoben", "a las dos horas")
_NOT_COUNT = r"(?!\s+(?:Minuten|Stunden|Tage|Wochen|minutos|horas|d[ií]as|semanas))"

_ES_PT = re.compile(
    rf"\b(?:a\s+las?|às|as|à)\s+(?P<h>{_ALT})\b{_NOT_COUNT}"
    r"(?:\s+(?P<sign>y|e|menos)\s+(?P<m>media|meia|cuarto|quarto|quince|quinze|veinte|vinte"
    r"|treinta|trinta))?"
    r"(?:\s+(?:en\s+punto|em\s+ponto))?"
    r"(?:\s+(?:de\s+la|da|del)\s+(?P<part>mañana|manhã|tarde|noche|noite|mediodía))?",
    re.I)
_DE = re.compile(
    rf"\b(?:um|om)\s+(?:(?P<q>halb|half|viertel\s+nach|viertel\s+vor|dreiviertel)\s+)?(?P<h>{_ALT})\b"
    rf"{_NOT_COUNT}(?:\s+(?:Uhr|uur))?"
    r"(?:\s+(?:am\s+|die\s+|in\s+de\s+)?(?P<part>Vormittag|Nachmittag|morgens|vormittags|nachmittags"
    r"|abends|oggend|ochtend|middag))?",
    re.I)
#: Italian "alle dieci e mezza del mattino", "alle tre e un quarto del pomeriggio".
_IT_HOURS = {"una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
             "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12}
_IT = re.compile(
    r"\b(?:alle|all['’])\s*(?P<h>" + "|".join(sorted(_IT_HOURS, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:ore|minuti|giorni|settimane)\b)"
    r"(?:\s+(?P<sign>e|meno)\s+(?P<m>mezza|mezzo|un\s+quarto|quarto|venti|dieci|trenta))?"
    r"(?:\s+(?P<part>del\s+mattino|di\s+mattina|del\s+pomeriggio|di\s+pomeriggio|di\s+sera"
    r"|della\s+sera))?", re.I)
#: Norwegian, Danish and Swedish "kl. halv tre" (2:30: half *to* three, as German "halb
#: drei"), "klockan tre", "kl. halv 3".
_NORDIC_HOURS = {"ett": 1, "en": 1, "ei": 1, "to": 2, "två": 2, "tre": 3, "fire": 4, "fyra": 4,
                 "fem": 5, "seks": 6, "sex": 6, "sju": 7, "syv": 7, "åtte": 8, "åtta": 8,
                 "otte": 8, "ni": 9, "nio": 9, "ti": 10, "tio": 10, "elleve": 11, "elva": 11,
                 "tolv": 12}
NORDIC_HOUR_WORDS = "|".join(sorted(_NORDIC_HOURS, key=len, reverse=True))
_NORDIC = re.compile(
    r"\b(?:kl\.?|klokka|klokken|klockan)\s+(?:(?P<q>halv)\s+)?(?P<h>"
    + NORDIC_HOUR_WORDS + r"|1[0-2]|[1-9])\b(?![:.,]\d)", re.I)
_IT_MINUTES = {"mezza": 30, "mezzo": 30, "un quarto": 15, "quarto": 15, "venti": 20,
               "dieci": 10, "trenta": 30}
_MINUTES = {"media": 30, "meia": 30, "cuarto": 15, "quarto": 15, "quince": 15, "quinze": 15,
            "veinte": 20, "vinte": 20, "treinta": 30, "trinta": 30}
_MORNING = ("mañana", "manhã", "vormittag", "morgens", "vormittags", "del mattino",
            "di mattina", "oggend", "ochtend", "صباح")
#: Arabic "في تمام الساعة الواحدة ظهرًا" (1 pm), "الساعة العاشرة والنصف صباحًا" (10:30 am):
#: the hour as an ordinal after "الساعة" (the hour), which no count follows.
_AR_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
             "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10,
             "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12}
_AR = re.compile(
    r"الساعة\s+(?P<h>" + "|".join(sorted(_AR_HOURS, key=len, reverse=True)) + r")"
    r"(?:\s+(?P<sign>و|إلا)\s*(?P<m>النصف|الربع|ربعا|ربعًا|ربع|الثلث|ثلثا|ثلثًا))?"
    r"(?:\s+(?P<part>صباح|ظهر|عصر|مساء|بعد\s+الظهر)[ًا]{0,2})?")
_AR_MINUTES = {"النصف": 30, "الربع": 15, "ربع": 15, "ربعا": 15, "ربعًا": 15, "الثلث": 20,
               "ثلثا": 20, "ثلثًا": 20}


def word_clock_times(text: str) -> list[tuple[int, int, time]]:
    """(start, end, clock) of each Spanish, Portuguese, Italian, German, Dutch or Arabic
    clock written in words."""
    found: list[tuple[int, int, time]] = []
    for m in _ES_PT.finditer(text) if ("a la" in text or "à" in text or "as " in text) else ():
        if m["h"].lower() not in _ES_HOURS and m["h"].lower() not in _PT_HOURS:
            continue
        hour, minute = _HOURS[m["h"].lower()], _MINUTES.get((m["m"] or "").lower(), 0)
        if (m["sign"] or "").lower() == "menos":  # "las once menos cuarto": 10:45
            hour, minute = hour - 1 or 12, 60 - minute
        if (clock := _clock(hour, minute, m["part"])) is not None:
            found.append((m.start(), m.end(), clock))
    for m in _IT.finditer(text) if "all" in text else ():
        hour = _IT_HOURS[m["h"].lower()]
        minute = _IT_MINUTES.get(" ".join((m["m"] or "").lower().split()), 0)
        if (m["sign"] or "").lower() == "meno":  # "alle undici meno un quarto": 10:45
            hour, minute = hour - 1 or 12, 60 - minute
        if (clock := _clock(hour, minute, m["part"])) is not None:
            found.append((m.start(), m.end(), clock))
    # (" om ", not the "om " of "from" and "room")
    for m in _DE.finditer(text) if "um " in text or "Um " in text or " om " in text or (
            "Om " in text or "\nom " in text or text.startswith("om ")) else ():
        dutch = m.group(0)[:2].lower() == "om"
        if m["h"].lower() not in (_NL_HOURS if dutch else _DE_HOURS) or dutch and not (
                m["q"] or m["part"] or m.group(0).lower().endswith("uur")):
            continue  # (not "om twee redenen", for two reasons)
        hour, q = _HOURS[m["h"].lower()], " ".join((m["q"] or "").lower().split())
        minute = 0
        if q in ("halb", "half", "dreiviertel", "viertel vor"):  # half etc. *to* the hour
            hour, minute = hour - 1 or 12, {"halb": 30, "half": 30, "dreiviertel": 45,
                                            "viertel vor": 45}[q]
        elif q == "viertel nach":
            minute = 15
        if (clock := _clock(hour, minute, m["part"])) is not None:
            found.append((m.start(), m.end(), clock))
    for m in _NORDIC.finditer(text) if "kl" in text or "Kl" in text else ():
        word = m["h"].lower()
        if not m["q"] and word.isdigit():
            continue  # (the 24-hour "kl. 14" is read with the other numeric clocks)
        hour = int(word) if word.isdigit() else _NORDIC_HOURS[word]
        minute = 30 if m["q"] else 0
        if m["q"]:
            hour = hour - 1 or 12
        if (clock := _clock(hour, minute, None)) is not None:
            found.append((m.start(), m.end(), clock))
    for m in _AR.finditer(text) if "الساعة" in text else ():
        hour, minute = _AR_HOURS[m["h"]], _AR_MINUTES.get(m["m"] or "", 0)
        if m["sign"] == "إلا":  # "الثالثة إلا ربعًا": a quarter to three
            hour, minute = hour - 1 or 12, 60 - minute
        if (clock := _clock(hour, minute, m["part"])) is not None:
            found.append((m.start(), m.end(), clock))
    return found


def _clock(hour: int, minute: int, part: str | None) -> time | None:
    part = (part or "").lower()
    if part.startswith(_MORNING):
        pm = False
    elif part:
        pm = True
    else:
        pm = 1 <= hour <= 6  # an hour of the working day
    if pm and hour < 12:
        hour += 12
    return time(hour % 24, minute) if 0 <= minute < 60 else None
