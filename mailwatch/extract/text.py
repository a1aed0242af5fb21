"""Split a message's new text into units: sentences, and templated "When:/Time:" blocks.

Dates are only trusted inside a unit that talks about the meeting, so the unit boundaries
matter: hard-wrapped lines are joined back into sentences, while labelled lines of an
invitation template ("Date: ...", "Time: ...") are kept together as one unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import rx
from .dates import MONTHS
from .zones import ZONE_RE

_TIME_LABELS = (
    r"when|date|dates|time|times|day|start|starts|start\s+time|end\s+time|time\s*zone|timezone"
    r"|date\s*(?:&|and|/)\s*time|(?:new|original|previous|old|proposed|updated|confirmed)"
    r"\s+(?:date|time|slot)(?:\s*(?:&|and|/)\s*time)?"
    r"|(?:interview|event|meeting|appointment|call)\s+(?:date\s*(?:&|and|/)\s*time|date|time|slot)"
    r"|former|updated|old|new"  # ("Former:" / "Updated:", "OLD:" / "NEW:")
    # "Nueva fecha:", "Nova data:", "Nouvelle date :", "Neuer Termin:", "Nieuwe tijd:"
    r"|nuev[ao]\s+(?:fecha|hora|horario)|nov[ao]\s+(?:data|hora|hor[áa]rio)"
    r"|nouvel(?:le)?\s+(?:date|heure|horaire)|neue[rs]?\s+(?:termin|datum|uhrzeit)"
    r"|nieuwe\s+(?:datum|tijd)"
    r"|scheduled\s+(?:for|time)|(?:day|date)\s*(?:and|&|/)\s*(?:date|time)|termin|datum|zeit|uhrzeit|fecha|hora|horario|data|horário"
    r"|tyd|tid|tidspunkt|godzina|saat|orario|heure|dag\s+en\s+tijd|tijd|när|når|hvornår|milloin|wann"
    # Indonesian, Malay, Catalan
    r"|hari\s*/\s*(?:tanggal|tarikh)|tanggal|waktu|tarikh|masa|dia\s+i\s+hora|dia"
    # Turkish, Romanian, Hungarian, Czech/Slovak, Croatian, Vietnamese, Greek, Hebrew, Arabic
    r"|tarih|ora|időpont|dátum|čas|termín|vrijeme|thời\s+gian|ngày|ημερομηνία|ώρα|תאריך|שעה|מתי|מועד"
    # Finnish, Latvian, Estonian, Lithuanian
    r"|aika|ajankohta|päivämäärä|laiks|datums|aeg|kuupäev|laikas|data\s+ir\s+laikas"
    r"|التاريخ|الوقت|الموعد|اليوم|الساعة|tarehe|muda"
    r"|日時|日期|時間|时间|面接日時|面[試试]時間|面试时间|面[試试]日期|面接日|일시|날짜|시간"
    # Russian, Ukrainian, Bulgarian, Serbian; Thai
    r"|дата|время|час|начало|датум|време|термин|วันที่|เวลา|วันและเวลา|วันเวลา"
    # Persian, Nepali and Hindi, Marathi, Armenian, Georgian, Amharic, Kazakh, Uzbek
    r"|تاریخ|ساعت|زمان|मिति|समय|तारीख|दिनांक|वेळ|ամսաթիվ|ժամ|თარიღი|დრო|ቀን|ሰዓት"
    r"|күні|уақыты|sana|vaqt"
    # Bengali, Punjabi, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Burmese, Khmer, Lao,
    # Mongolian: the date and the time
    r"|তারিখ|সময়|সম\u09df|ਤਾਰੀਖ|ਮਿਤੀ|ਸਮਾਂ|તારીખ|સમય|తేదీ|సమయం|ದಿನಾಂಕ|ಸಮಯ|തീയതി|സമയം|දිනය|වේලාව"
    r"|ရက်စွဲ|အချိန်|កាលបរិច្ឆេទ|ម៉ោង|ວັນທີ|ເວລາ|огноо|цаг"
)
#: "Fecha y hora:", "Дата и время:", "Data e ora:", "Datum und Uhrzeit:": two labels joined
_TIME_LABEL_PAIR = (rf"(?:{_TIME_LABELS})(?:\s+(?:y|e|i|и|і|et|und|en|og|och|ja|és|a|ve|și)\s+"
                    rf"(?:{_TIME_LABELS}))?")
LABEL = rx.compile(
    rf"^\s*(?:[*\-•■]|[^\w\s]{{1,3}})?\s*(?:{_TIME_LABEL_PAIR}|duration|length|where|location|venue"
    r"|address|format|продолжительность|длительность|формат|место(?:\s+проведения)?|адрес"
    r"|สถานที่|รูปแบบ"
    r"|interview\s+details|ort)\s*[:：፦៖]",  # (Amharic and Khmer write their own colons)
    re.I,
    hint=False,
)
#: A label row of an HTML table flattened to text has no colon: "When Tuesday, 1 December
#: 2026, 10:00 am". It counts only when its value holds a number (a date, a time, a street).
_BARE_LABEL = rx.compile(
    r"^\s*(?i:when|date|time|time\s*zone|date\s*(?:&|and|/)\s*time|datum|tid|tyd|fecha|hora"
    # (German, French, Italian, Spanish, Dutch, Finnish table rows: "Uhrzeit 10:00 – 11:00 Uhr")
    r"|uhrzeit|zeit|heure|horaire|orario|ora|horario|tijdstip|termin|aika|kellonaika"
    r"|päivämäärä"
    # Romanian "Data nouă marți, 30 martie 2027", "Interval orar 11:00 – 12:00"
    r"|data(?:\s+nou[ăa])?|interval\s+orar"
    r"|(?:new|original|previous|old|proposed|updated|confirmed|interview)\s+(?:date|time|slot)"
    # (a weekday in lower case after it: "Fecha jueves, 21 de enero de 2027")
    r"|duration|location|venue|address):?\s+(?=[A-Z0-9(]|[^\W\d_]+,?\s+\d)(?=[^?]*\d)"
    r"(?!.*[.?]$)",
)
#: A line that is only a zone: "Central European Time", "(GMT+01:00) Amsterdam", "SGT".
_ZONE_LINE = re.compile(rf"^\(?(?:{ZONE_RE.pattern})\)?(?:\s*\)?\s*[\w ,&()'-]{{0,40}})?$", re.I)
#: Google Calendar's date line under the event's title: "Wednesday 20 Jan 2027 ⋅ 2pm –
#: 2:45pm" (its own dot, U+22C5): a field without a label, the zone on the line under it.
_CALENDAR_LINE = re.compile(r"^[^⋅]{6,40}\s⋅\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*[–-]")
#: A label alone on its line, its value on the next: "NEW TIME" / "Friday, 15 January".
_LABEL_ONLY = rx.compile(rf"^\s*(?:{_TIME_LABEL_PAIR})\s*(?:\([^)]{{0,30}}\))?\s*$", re.I)
#: A list item's mark: "-", "*", "•", the dash of French and Spanish lists ("– mardi 11 mai,
#: 10h00"), "1.", an emoji.
_BULLET = re.compile(
    r"^\s*(?:[*\-•·–—]|\d{1,2}[.)]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?)\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:,;]\s*$")
#: A sentence end: a stop, then a capital (Latin, Cyrillic or Greek) or a digit.
#: (Hebrew and Arabic have no capitals: any of their letters opens the next sentence)
_BREAK = rx.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(А-ЯЁΑ-Ω\u05d0-\u05ea\u0621-\u064a])")
#: (Polish "2027 r. o godz. 10:00", Greek "10:30 π.μ.", Thai "14.00 น.", Danish "torsdag d. 8/4")
_ABBREV = rx.compile(r"(?:\b[ap]\.m\.|[πμ]\.μ\.|\d\s?น\.|\b(?:Dr|Mr|Mrs|Ms|St|Prof|approx|e\.g"
                     r"|i\.e|No|Nr|godz|ok|ca|kl|ul|tel|r|plkst|hod|val|klo|d"
                     # titles before a name, as written: Swahili "Bw." (Mr), "Bi." (Ms), …
                     r"|(?-i:Bw|Bi|Mme|Mlle|Hr|Ing|Dott|Sig|Sra|Srta|Engr|Atty))\."
                     r"|(?:[\u0e00-\u0e7f]{1,2}\.){2}"  # (Thai "มี.ค.": March)
                     # (an Arabic title's or a Hebrew initial's one letter: "م. أحمد" (Eng.),
                     # "وأ. منى" (and Ms), "ד. כהן")
                     r"|(?<![\u0621-\u064a])و?[\u0621-\u064a]\.|(?<![\u05d0-\u05ea])[\u05d0-\u05ea]\.)$",
                     re.I)

#: "26." before a month name is a German/Scandinavian day, not a sentence end.
_ORDINAL_DOT = rx.compile(r"\b\d{1,2}\.$")
_MONTH_NEXT = re.compile(rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)
#: (and yearless: Czech "na čtvrtek 6. 5. ve stejný čas")
_SPACED_DATE = re.compile(r"(?<![\d.])(?:[12]?\d|3[01])\.\s(?:[1-9]|1[0-2])\.(?:\s?\d{4}\b)?")
_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Unit:
    text: str
    templated: bool = False  # a block of "Label: value" lines
    para: int = 0  # index of the blank-line paragraph the unit starts in


def sentences(paragraph: str) -> list[str]:
    """Split joined prose at sentence ends, but not after "a.m.", "Dr." and the like."""
    if "." not in paragraph and "!" not in paragraph and "?" not in paragraph:
        return [whole] if (whole := paragraph.strip()) else []  # a break follows one of them
    out: list[str] = []
    start = 0
    for m in _BREAK.finditer(paragraph):
        # (only the end of the sentence so far can be an abbreviation: a window, not the whole
        # of it, so a paragraph of many "St." is not read again at every one)
        if _ABBREV.search(paragraph, max(start, m.start() - 24), m.start()):
            continue
        if _ORDINAL_DOT.search(paragraph, 0, m.start()) and _MONTH_NEXT.match(paragraph, m.end()):
            continue  # German ordinal: "am Donnerstag, 26. November 2026"
        if paragraph[m.start() - 1 : m.start()] == "." and any(
                d.start() < m.start() < d.end() for d in _SPACED_DATE.finditer(
                    paragraph, max(0, m.start() - 8), m.end() + 12)):
            continue  # Slovak, Czech, German "16. 9. 2026"
        out.append(paragraph[start : m.start()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def paragraph_count(text: str) -> int:
    """How many paragraphs `units` numbers in text (text appended after a blank line starts
    at this paragraph number)."""
    return len(_PARAGRAPHS.split(text or ""))


#: The stamp a chat app puts before each forwarded line: "[07/04/2026, 09:02] Name:" or
#: "07/04/2026, 09:02 - Name:".
_CHAT_STAMP = re.compile(r"(?m)^[ \t]*\[?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:[ \t]*[APap]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]+)?(?=[^:\n]{1,40}:)")
#: Characters a line of East Asian text wraps at half as many of.
_WIDE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def units(text: str) -> list[Unit]:
    """Sentences and templated blocks, in order (cached: the pipeline asks several times
    for the units of one text)."""
    return list(_units(text or ""))


@lru_cache(maxsize=32)
def _units(text: str) -> tuple[Unit, ...]:
    if "/" in text and _CHAT_STAMP.search(text):
        # ("[07/04/2026, 11:31] Lerato Mokoena: She's confirmed for 15:30 tomorrow": when a
        # chat line was sent is no meeting time)
        text = _CHAT_STAMP.sub("", text)
    out: list[Unit] = []
    prose: list[str] = []
    block: list[str] = []

    para_no = 0
    block_para = 0

    def flush_prose() -> None:
        if prose:
            out.extend(Unit(s, para=para_no) for s in sentences(" ".join(prose)))
            prose.clear()

    def flush_block() -> None:
        if block:
            out.append(Unit(" ; ".join(block), templated=True, para=block_para))
            block.clear()

    waiting = False  # the last label line had no value: "Date & Time:" then the value
    for para_no, para in enumerate(_PARAGRAPHS.split(text or "")):
        waiting = waiting and bool(block)
        for raw in para.splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            # (a LABEL match ends with its colon: no colon, no match)
            if (((":" in line or "：" in line or "፦" in line) and LABEL.match(line))
                    or (len(line) < 120 and _BARE_LABEL.match(line)) or _LABEL_ONLY.match(line)
                    or ("⋅" in line and _CALENDAR_LINE.match(line))):
                flush_prose()
                if not block:
                    block_para = para_no
                block.append(line)
                waiting = line.endswith(":") or bool(_LABEL_ONLY.match(line))
            elif block and (waiting or _ZONE_LINE.match(line)):
                # The value under a bare label, or the zone on the next line of a table
                # cell ("15:00 - 16:00" / "Central European Time").
                block[-1] = f"{block[-1]} {line}"
                waiting = False
            elif (b := _BULLET.match(line)) and not (line[0].isdigit() and _MONTH_NEXT.match(
                    line, b.end())):  # (not "2. März, verschieben": a date wrapped onto the line)
                flush_prose()
                flush_block()
                out.append(Unit(_BULLET.sub("", line), para=para_no))
            else:
                flush_block()
                prose.append(line)
                if len(line) < 50 and not _ENDS_SENTENCE.search(line) and (
                        len(line) + len(_WIDE.findall(line)) < 50):
                    # a short unpunctuated line is a line of its own, not wrap (a line of
                    # Chinese or Japanese is short in characters, its characters wide)
                    flush_prose()
        # A block goes on across blank lines: flattened HTML tables put every row in its
        # own paragraph ("Date: ..." <blank> "Time: ...").
        flush_prose()
    flush_prose()
    flush_block()
    return tuple(out)
