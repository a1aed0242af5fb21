"""Interviewers from structured text: labelled fields and schedules.

Applicant-tracking templates put the panel in a field ("Interviewer(s): A, B",
"Gesprächspartner: Dr. A (Teamleiter), B"), and an HTML table flattened to text loses the
colon ("Interviewers Katrin Vogel" with the next name on its own line). A day plan lists
one session per line ("09:30 – 10:15  Coding – A"). These are read line by line, so a
name never runs into the next field ("A Status: Cancelled").
"""

from __future__ import annotations

import re

from .. import rx
from ..model import Person
from .panel_items import _LINE_HEAD, _NAME, _ROLE, _item_person, _line_people
from .people import BARE_ADDRESS, HONORIFIC_RX, NAME_RX, PARTICLES
from .roster_tables import _ROW_LAST_FIRST, _ROW_PERSON_TITLE, column_people, pipe_table_people

_LABEL = rx.compile(
    # (an emoji as the bullet: "👥 Quem vai conversar com você:")
    r"(?:^|(?<=[.!?,;])[ \t]+(?:and[ \t]+)?)[ \t]*(?:[-*•–·][ \t]*"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]+(?=\w))?(?:(?i:on|in)\s+)?"
    r"(?:(?i:your|the|our|ihre|deine|eure|vos|tus|seus|le|la|votre|die)\s+)?"
    r"(?:(?i:event|meeting|interview)\s+(?=(?i:hosts?)\b))?"
    r"(?P<label>(?i:interviewer(?:s|\(s\)|:innen|innen|in)?"
    r"|interview(?:ing)?\s+(?:panel|with|team)|(?:selection\s+|interview\s+)?panel(?:\s+members?)?"
    r"|paneel(?:lede)?"  # (Afrikaans)
    r"|(?:interview|selection|assessment)\s+board(?:\s+members?)?"  # (Irish public service)
    r"|(?<=(?i:your)\s)(?:oral\s+)?board(?=\s+will\s+be\b)"  # (a police "Your board will be:")
    r"|(?:selection\s+|appointment\s+|interview\s+)?committee(?:\s+members?)?"
    r"|comité(?:\s+de\s+sélection|\s+d['’]entrevue)?|jury"
    r"|panell?ists?|hosts?|host\(s\)|participant(?:s|es)|teilnehmer(?:innen)?|partecipanti"
    r"|assessors?(?:\s+on\s+the\s+day)?"  # ("Your assessors on the day" over a list)
    r"|deelnemers|attendees|with|staff|(?:interview(?:ing)?\s+)?partners?|interviewing\s+you"
    r"|gesprächspartner(?:in|innen|\(innen\)|\*innen)?|entrevistador(?:es|as|\(a\)|a)?|entrevistan"
    r"|intervieweurs?|interlocuteurs?|gesprek\s+met|gesprekspartners?"
    r"|meie\s+poolt\s+osalevad(?:\s+vestlusel)?"  # (Estonian "on our side, taking part")
    # Hungarian "A mi oldalunkról ketten leszünk:" (from our side, the two of us)
    r"|(?:a\s+)?(?:mi\s+)?oldalunkról(?:\s+(?:ketten|hárman|négyen))?"
    r"(?:\s+(?:leszünk|lesz(?:nek)?|vesz(?:nek)?\s+részt))?"
    r"|(?:das\s+)?gespräch\s+führ(?:en|t)(?:\s+(?:wie\s+geplant|für\s+uns))?"
    r"|you(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?(?:\s+with)?|speak(?:ing)?\s+(?:with|to)"
    r"|talk(?:ing)?\s+(?:with|to)|chat(?:ting)?\s+with)"
    # "Who you'll meet", "Con quién", "Avec qui", "Mit wem": the question as a heading
    r"|who\s+you(?:'ll|’ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?(?:\s+with)?"
    r"|speak(?:ing)?\s+(?:with|to)|talk(?:ing)?\s+(?:with|to))"
    r"|con\s+qui[eé]n(?:es)?|com\s+quem|avec\s+qui|mit\s+wem|met\s+wie|con\s+chi|vilka|hvem"
    # a split loop: "First 45 min: A B, our VP of Engineering." / "Second 45 min: C D"
    r"|(?:first|second|third|final|last)\s+\d{1,3}\s*min(?:s|utes)?"
    # "Quem vai conversar com você:", "Quién(es) te entrevistará(n):"
    r"|quem\s+vai\s+(?:conversar|falar|te\s+entrevistar)(?:\s+com\s+(?:você|vc))?"
    r"|qui[eé]n(?:es)?\s+te\s+(?:va|van)\s+a\s+entrevistar|qui[eé]n(?:es)?\s+te\s+entrevistar[áa]n?"
    r"|(?:rozmowę\s+)?poprowadzą|prowadząc[ya]|👥|medverkande|deltagare|te\s+entrevistar[áa]n|pewawancara"
    r"|til\s+stede(?:\s+fr[aå]\s+oss)?"  # Norwegian "Til stede fra oss: A B og meg selv"
    # German "Seitens Alpenrand nehmen teil:", Portuguese "👥 Com o A B (Tech Lead) e comigo"
    r"|(?:seitens\s+\S+\s+)?nehmen\s+teil|com\s+[oa](?=\s+[A-ZÀ-Þ])"
    r"|لجنة\s+المقابلة|أعضاء\s+(?:ال)?لجنة(?:\s+المقابلة)?(?:\s+كما\s+(?:هم|هي))?|المقابل(?:ون|ين)|haastattelija(?:t)?|intervjuare|entrevistadors?|med|amb|vor\s+participa|intervievatori"
    r"|người\s+phỏng\s+vấn|hội\s+đồng\s+phỏng\s+vấn|kérdezőbiztos\w*|görüşmeci(?:ler)?"
    # Greek, Arabic, Hebrew, Russian, Ukrainian: "Συνέντευξη με:", "ستكون المقابلة مع:"
    # (Egyptian "المقابلة هتكون مع"),
    # "מראיינים:", "Собеседование проведут:"
    r"|συνέντευξη\s+με|θα\s+συναντήσετε|συνεντευκτ(?:ές|ής|ριες)"
    r"|(?:ستكون\s+)?(?:ال)?مقابلة\s+(?:(?:ستكون|هتكون|حتكون|هتبقى)\s+)?مع|المحاور(?:ون|ين)|(?:ה)?מראיינ(?:ים|ות|ת)"
    r"|(?:ה)?ראיון\s+(?:יהיה\s+)?עם|собеседовани[ея]\s+(?:проведут|с)|интервьюер\w*"
    r"|інтерв['’]юер\w*|jopo\s+la\s+usaili"
    # "С нашей стороны будут:", "Со стороны компании участвуют:", "От нас будут:"
    r"|(?:с|со)\s+нашей\s+стороны\s+(?:будут|участвуют)|от\s+нас\s+будут"
    r"|со\s+стороны\s+\S+\s+(?:будут|участвуют)"
    r"|співбесід[уа]\s+(?:проведуть|з)"
    r"|who|met|mit|avec|com|con)(?:\s+(?:(?:will\s+be|is|are)(?:\s+(?:constituted|made\s+up))?"
    r"\s+as\s+follows|are|is|will\s+be|sind|sont|will\s+(?:comprise|consist"
    r"\s+of|include)|comprises|consists\s+of|includes|(?:will\s+be|is)\s+(?:composed|made\s+up)"
    r"\s+of|(?:sera|est)\s+composée?\s+de|(?:sal\s+)?bestaan\s+uit"
    r"|litakuwa\s+na(?:\s+wajumbe)?(?:\s+wafuatao)?))?)"  # (Swahili "will have the members")
    r"(?P<colon>[ \t]*[:\-–][ \t]*|[ \t]+|[ \t]*$)(?P<rest>.*)$",
    re.M,
)
#: Labels that are ordinary words, so they count only with a colon.
_NEEDS_COLON = re.compile(
    r"^(?i:who|met|mit|avec|com|con|med|hosts?|with|attendees|staff|partners?)$")
#: A line that opens with a field label ("Location: ..."), not a person with a titled role
#: ("Pieter van Wyk - Senior Manager: Retail Credit").
_FIELD_START = re.compile(r"^[^:\-–—(]{1,25}:")
#: A scheduling page's mark on its organizer's row ("Tomás Riquelme - Organizer").
_ORGANIZER_TAIL = re.compile(r"\s+[-–—]\s+(?:organi[sz]er|host)$", re.I)
_SCHEDULE = re.compile(
    r"^[ \t]*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"[ \t]+(?P<rest>.+)$",
    re.M | re.I,
)
#: A sentence whose people follow as a list: "... a 90-minute panel interview with:".
#: The end most _LIST_LEAD matches have: a literal "w" first, so the scan is cheap (the
#: others say "the following").
_WITH_COLON = re.compile(r"with\b[^\n:]{0,45}:[ \t]*$", re.M | re.I)
_LIST_LEAD = re.compile(
    r"\b(?:interview|panel|conversation|chat|call|session|meeting|round)\s+"
    r"(?:\([^()\n]{0,80}\)\s+)?with"  # ("video call (Google Meet) with:")
    r"(?:\s+(?:two|three|four|some|a\s+few)\s+of\s+our\s+[\w \t-]{1,30}?)?[ \t]*:[ \t]*$"
    # "Interviews are 60 minutes with a two-person panel:", "You'll be meeting the following
    # (copied straight out of our system …):"
    r"|\bwith\s+an?\s+(?:\w+[- ])?(?:person\s+)?panel[ \t]*:[ \t]*$"
    r"|\b(?:meeting|meet)\s+the\s+following\b[^\n:]{0,90}:[ \t]*$",
    re.M | re.I)
_LEAD_BRACKET = re.compile(r"^\s*\([^)]*\)")
#: Itinerary rows that are no interview: the welcome, a tour, lunch, a break.
_SOCIAL_ROW = re.compile(r"(?:welcome|(?:office\s+)?tour|lunch|break|coffee|check[- ]?in"
                         r"|arrival|wrap[- ]?up|close|departure|reception)\b", re.I)
#: Column gaps of a table written as text: a tab, two or more spaces, " | ".
_CELLS = re.compile(r"\t+|[ ]{2,}|\s\|\s")
_SCHEDULE_NAME = re.compile(
    rf"(?:\s[-–—|]\s*|\bwith\s+|\()(?P<name>{NAME_RX})\)?[ \t]*$"
)

#: The header row of a panel table written as text: "Name    Job title", "Interviewer | Role".
_HEADER_ROW = re.compile(r"(?i:(?:full\s+)?names?|interviewers?|panel(?:\s+members?)?)"
                         r"(?:\t+|[ ]{2,}|\s\|\s)(?i:(?:job\s+)?titles?|roles?|positions?"
                         r"|designations?)$")
#: A list item's number or letter: "1. ", "2) ", "a) ", "(b) ".
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|\(?[a-h]\))\s+")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿа-яёα-ω)])(?<!\b[A-Z][a-z])(?<!Mrs)(?<!Prof)(?<!\bca)"
                           r"(?<!\bLic)(?<!\bIng)(?<!\bDra)(?<!\bSra)(?<!\bEng)(?<!\bMag)\.\s+(?=[A-ZА-ЯЁΑ-Ω])")
#: "11:15 – 12:00 Pair programming (C++ / ROS 2) Priyanka Shah & Ben Carter": a session
#: with two people, written at the row's end.
_TRAILING_PAIR = re.compile(
    rf"(?<=[\w)]\s)(?P<a>{NAME_RX})\s*(?:&|\band\b)\s*(?P<b>{NAME_RX})[ \t]*$")
_TRAILING_NAME = re.compile(rf"(?<=[a-z]\s)(?P<name>{NAME_RX})[ \t]*$")
_DIGIT = re.compile(r"\d")
_ROW_DASH = re.compile(r"\s[-–—]\s")


#: The same opening a row whose title and topic follow in the same cells' text, flattened
#: from an HTML table: "van der Berg, Lotte Analytics Lead Case study".
_ROW_LAST_FIRST_TITLED = re.compile(
    r"(?P<last>(?:(?:de|van|von|der|den|la|le|du|da|di|del|bin|al)\s+)*[A-ZÀ-Þ][\w'’-]+),\s+"
    r"(?P<first>[A-ZÀ-Þ][\w'’-]+)\s+")


#: A value line that ends in a first name after "and": the surname is on the next line.
_WRAPPED_NAME = re.compile(r"\)\s+(?:and|&)\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+$")


def labelled_people(text: str) -> list[Person]:
    """People in "Interviewer(s): A, B" style fields and on schedule lines."""
    found: list[Person] = []
    lines = text.splitlines()
    for m in _LABEL.finditer(text):
        colon = m["colon"].strip()
        if _NEEDS_COLON.match(m["label"]) and not colon and (
                m["rest"].strip() or m["label"].lower() != "who"):
            continue
        # "The panel is A B (Head of Data) and C D (Lead). Please allow an hour.": the
        # value ends with its sentence
        line_no = text.count("\n", 0, m.start())
        raw = m["rest"].strip()
        if _WRAPPED_NAME.search(raw) and line_no + 1 < len(lines):
            # "Who: A B (Production Supervisor) and Aoife" / "Brennan (QA Specialist).": a
            # value wrapped inside a name
            raw = f"{raw} {lines[line_no + 1].strip()}"
        rest = _SENTENCE_END.split(_NUMBERED.sub("", raw), maxsplit=1)[0]
        values = [rest] if rest else []
        values += _values_below(lines, line_no, bool(colon), bool(values))
        heading = not colon and not rest and bool(values)  # "Interviewers" over a list
        if _NEEDS_COLON.match(m["label"]) and not heading and not colon:
            continue  # "Who" alone over a list of people is a heading; else a word
        if not colon and not heading and not (rest and _line_people(rest)):
            continue
        for value in values:
            found.extend(_line_people(value, bool(colon)))
        if not m["rest"].rstrip().endswith(".") and not _SENTENCE_END.search(m["rest"]):
            # (a label in a sentence of prose heads no table)
            found.extend(_table_rows(lines, line_no + 1 + len(values) - bool(rest), values))
    found += column_people(lines)
    if "|" in text:
        found += pipe_table_people(lines)
    for m in _LIST_LEAD.finditer(text) if _WITH_COLON.search(text) or (
            "following" in text) else ():
        # "The second round is a panel interview with:" over a list of people
        below = _values_below(lines, text.count("\n", 0, m.start()), True, False)
        found += [p for value in below for p in _line_people(value, True)]
    rows = list(_SCHEDULE.finditer(text))
    # "10:30 AM – 11:15 AM Coding & Problem Solving Faris bin Ismail": rows whose last words
    # are a name, two rows or more of them (one such row could be a session's own name)
    ends = [_row_end_name(_LEAD_BRACKET.sub("", r["rest"]).strip()) for r in rows]
    series = sum(1 for e in ends if e) >= 2
    for m, end_name in zip(rows, ends, strict=True):
        rest = _LEAD_BRACKET.sub("", m["rest"]).strip()  # "(Pacific Time - Los Angeles)"
        if not rest or _SOCIAL_ROW.match(rest):
            continue  # "Welcome & office tour Hannah Pryce": a host, not an interviewer
        cells = _CELLS.split(rest)
        # "1:00 – 1:45 PM Whitcombe, Dana" (a title on the line under, or in the next cell)
        if (lf := _last_first_row(rest, cells)) and (
                p := _item_person(f"{lf['first']} {lf['last']}")):
            found.append(p)
            continue
        # ("Technical interview - Dr A B (Principal Engineer), C D (Senior Engineer)": the
        # session, then its people)
        dash = _ROW_DASH.search(cells[0]) if len(cells) == 1 else None
        if dash and not _SOCIAL_ROW.match(cells[0]) and (
                people := _line_people(cells[0][dash.end() :])):
            found.extend(people)
            continue
        below = text[m.end() :].lstrip("\n").split("\n", 1)[0].strip()
        person_below = (b := _ROW_PERSON_TITLE.fullmatch(below)) and _item_person(b["name"])
        if len(cells) == 1 and "," not in rest and person_below and _ROLE.search(b["title"]):
            # "10:15 - 11:00  System Design: Motor Control Architecture" over "A B, Principal
            # Controls Engineer": the row names its session, the line under it the person
            found += _people_below(text, m.end())
            continue
        if (len(cells) > 1 or not cells[-1].startswith("(")) and (
                people := _line_people(cells[-1])):
            # "09:30 – 10:15   System design   Liam O'Connor, Principal Engineer": a text
            # table whose last column is the interviewers
            found.extend(people)
            continue
        if (t := _ROW_PERSON_TITLE.search(rest)) and _ROLE.search(t["title"]) and (
                p := _item_person(t["name"])):
            # "09:45 - 10:45 System design Tom Ellery, Principal Engineer" in one line (and
            # a second person of the session on the line under it)
            found.append(Person(name=p.name, title=t["title"].strip()))
            found += _people_below(text, m.end())
            continue
        if (pair := _TRAILING_PAIR.search(rest)) and (a := _item_person(pair["a"])) and (
                b := _item_person(pair["b"])):
            found += [a, b]
            continue
        n = _SCHEDULE_NAME.search(rest)
        if n is None and (t := _TRAILING_NAME.search(rest)):
            # "9:00 – 9:45 Design conversation Rachel Kim" over "Director, Biology": a
            # table row whose last cell is a person, shown by the title line under it
            n = t if len(below) <= 60 and _ROLE.search(below) and not _DIGIT.search(below) and (
                not person_below) else None  # (a person on the line below: the row is theirs)
        if n is not None and (p := _item_person(n["name"])) is not None:
            found.append(p)
            continue
        if series and end_name and (p := _item_person(end_name)) is not None:
            found.append(p)
            continue
        # "8:45 AM - 9:30 AM  Analytical Problem Solving" over "Owen Park, Senior Analyst"
        # (and a second "A B, Title" line under it for a session with two people)
        found += _people_below(text, m.end())
    return found


_PARTICLES = frozenset(PARTICLES)


def _last_first_row(rest: str, cells: list[str]) -> re.Match[str] | None:
    """A row's "Last, First" person: the whole row or its first cell, or (a row flattened
    from HTML, one space between cells) the row's opening when a title follows it."""
    if lf := _ROW_LAST_FIRST.match(rest) or _ROW_LAST_FIRST.match(cells[0]):
        return lf
    if len(cells) > 1 and (lf := _ROW_LAST_FIRST.match(cells[-1])):
        return lf  # "1:00 - 1:45   Technical deep dive      Okafor, Chidi (Staff Engineer)"
    if len(cells) == 1 and (t := _ROW_LAST_FIRST_TITLED.match(rest)) and _ROLE.search(
            rest[t.end() :][:40]):
        return t
    return None


def _row_end_name(rest: str) -> str | None:
    """The shortest name of two to four words that ends a schedule row after its session's
    name ("... Problem Solving Faris bin Ismail" -> "Faris bin Ismail"), or None."""
    if _SOCIAL_ROW.match(rest):
        return None
    words = rest.split()
    if len(words) > 2 and len(words[-2]) > 1 and words[-2].isalpha() and words[-2].isupper() and (
            words[-1].istitle() and words[-1].isalpha()):
        return f"{words[-1]} {words[-2].title()}"  # "MORIMOTO Kenji": the family name in capitals
    for k in (2, 3, 4):
        if len(words) <= k:
            return None
        name = " ".join(words[-k:])
        if words[-k].lower() in _PARTICLES or not _NAME.fullmatch(name) or _ROLE.search(name):
            continue
        if _item_person(name) is not None:
            return name
    return None


def _values_below(lines: list[str], line_no: int, colon: bool, started: bool) -> list[str]:
    """The value of a label on the line(s) under it: "Host:\nPriya Raman", a list, or a
    flattened table cell per line ("Interviewers Katrin Vogel\nMehmet Aydın")."""
    values: list[str] = []
    for nxt in lines[line_no + 1 : line_no + 9]:
        # (a numbered list: "1. Mr. Rohit Kulkarni - Engineering Manager")
        # (an item's end: "a) Farid al-Rashid, CTO;", "b) Lindiwe Dube, Head of Platform.")
        s = _NUMBERED.sub("", _ORGANIZER_TAIL.sub("", nxt.strip())).rstrip(";.")
        if not s:
            if values or started:
                break
            continue
        if BARE_ADDRESS.fullmatch(s):
            continue  # "Valentina Soto" over "valentina@..." (Cal.com's "Who" list)
        if not values and _UNDERLINE.fullmatch(s):
            continue  # "Your panel" over "----------", a heading's rule
        if not values and _HEADER_ROW.match(s):
            continue  # "Name          Job title" over the rows of a table
        if _FIELD_START.match(s) or not _line_people(s, colon):
            break
        values.append(s)
    return values


#: The rule a plain-text heading is underlined with: "----------", "==========".
_UNDERLINE = re.compile(r"[-=_~]{3,}")


#: A line under a schedule row: "Owen Park, Senior Analyst", "Marcus Oyelaran – Director".
#: ("Dr Priya Raman, Director, Methodology (Chair)": a title before, a role in brackets after)
_PERSON_TITLE_LINE = re.compile(rf"{HONORIFIC_RX}(?P<name>{NAME_RX})(?:,|\s+[-–—|])\s+"
                                rf"(?P<title>[^()]{{2,60}}?)(?:\s*\([^()]{{1,40}}\))?")


#: "Dr. A B (Director of X)", "A B & C D (Senior Engineer; Lead Writer)": a schedule
#: row's people on the line under its time, their titles in brackets.
_PEOPLE_BRACKETED_LINE = re.compile(
    rf"{HONORIFIC_RX}(?P<a>{NAME_RX})(?:\s*(?:&|and)\s*{HONORIFIC_RX}(?P<b>{NAME_RX}))?"
    r"\s*\((?P<titles>[^()]{2,90})\)")


def _people_below(text: str, at: int) -> list[Person]:
    """The "A B, Title" (or "A B – Title", "A B (Title)") lines right under a schedule row
    ending at `at`."""
    found: list[Person] = []
    for below in text[at:].lstrip("\n").split("\n", 3)[:3]:
        if (br := _PEOPLE_BRACKETED_LINE.fullmatch(below.strip())) and _ROLE.search(
                br["titles"]):
            titles = [t.strip() for t in br["titles"].split(";")]
            names = [n for n in (br["a"], br["b"]) if n]
            people = [_item_person(n) for n in names]
            if all(people) and len(titles) in (1, len(names)):
                found += [Person(name=p.name, title=titles[min(i, len(titles) - 1)])
                          for i, p in enumerate(people) if p is not None]
                break
        b = _PERSON_TITLE_LINE.fullmatch(below.strip())
        if not (b and _ROLE.search(b["title"]) and (p := _item_person(b["name"]))):
            break
        found.append(Person(name=p.name, title=b["title"].strip()))
    return found


def _table_rows(lines: list[str], start: int, values: list[str]) -> list[Person]:
    """An HTML table flattened with a blank line between rows: "Panel  A B – Director",
    blank, "C D – Lead Analyst". Rows after a blank count only in that "name – title"
    shape, the shape of the rows before, so a paragraph that opens with a name never does."""
    if not values or not all(_LINE_HEAD.search(v) and _ROLE.search(v) for v in values):
        return []
    found: list[Person] = []
    blank = False
    for nxt in lines[start : start + 8]:
        s = nxt.strip()
        if not s:
            if blank:
                break
            blank = True
            continue
        blank = False
        people = _line_people(s) if ":" not in s and _ROLE.search(s) else []
        if len(people) != 1 or not _LINE_HEAD.search(s):
            break
        found.extend(people)
    return found
