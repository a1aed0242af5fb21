"""Interviewers in the column of a table that lost its cell borders: "Date / Time /
Interviewer(s)" one cell per line, "Time Interviewer Topic" one row per line, or
"| Time | Interviewer | Topic |" written with pipes.

Split from roster.py, which reads labelled fields and schedule rows; these readers first
find the table's header and know which column holds the people from it.
"""

from __future__ import annotations

import re

from ..model import Person
from .panel_items import _NAME, _ROLE, _item_person, _line_people
from .people import NAME_RX, PARTICLES

#: A row that ends with "A B, Title".
_ROW_PERSON_TITLE = re.compile(rf"(?<![\w'’-])(?P<name>{NAME_RX}),\s+(?P<title>[^()]{{2,60}})$")
#: A schedule row's person written surname first: "Whitcombe, Dana", "de la Fuente, Luis".
_ROW_LAST_FIRST = re.compile(
    r"(?P<last>(?:(?:de|van|von|der|den|la|le|du|da|di|del|bin|al)\s+|(?:al|el)-)*[A-ZÀ-Þ][\w'’-]+),\s+"
    r"(?P<first>[A-ZÀ-Þ][\w'’-]+)\s*(?:\((?P<title>[^()]{2,60})\)\s*)?$")

#: The same at the end of a schedule row flattened to one line: "… (Kotlin) Mac Giolla Rua,
#: Orla", "11:00 – 11:45 System design van der Meulen, Joris".
_ROW_END_LAST_FIRST = re.compile(
    # (not after "&": "Coding & Debugging Raman, Priya" is the session, then Raman)
    r"(?<![\w'’-])(?<!&\s)(?P<last>(?:(?:de|van|von|der|den|la|le|du|da|di|del|bin|al|ter|ten)\s+"
    r"|(?:al|el)-)*"
    r"(?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-Þ][\w'’-]+),\s+(?P<first>[A-ZÀ-Þ][\w'’-]+)\s*$")

#: The same right after a row's time: "De Villiers, Anri", "dos Santos, Joaquim".
_ROW_START_LAST_FIRST = re.compile(
    r"(?P<last>(?:(?:de|van|von|der|den|la|le|du|da|di|del|dos|das|bin|al|ter|ten)\s+)*"
    r"(?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}[A-ZÀ-Þ][\w'’-]+),\s+(?P<first>[A-ZÀ-Þ][\w'’-]+)(?=\s*$|\s+[A-Z])")

#: The header row of an HTML table flattened one cell per line: "Date Time Interviewer
#: Focus" - short capitalised column names, one of them the interviewers'.
_COLUMN_HEADER = re.compile(  # (a zone in brackets: "Time (IST) Round Panel")
    r"^(?:[A-Z][a-z]+(?:\(s\))?(?:\s+\([A-Z]{2,5}\))?\s+){1,5}[A-Z][a-z]+(?:\(s\))?$")
_PEOPLE_COLUMN = re.compile(r"\b(?:Interviewers?|Interviewer\(s\)|Panel(?:ists?)?|Host|With)\b"
                            r"|\b(?:interview\s+panel|panel)\b", re.I)


#: Titles and lines of the people who book interviews, not hold them: "Technical Recruiter",
#: "Talent Acquisition Partner", "Your point of contact".
BOOKER = re.compile(r"\b(?:talent|recruit\w*|coordinator|people\s+(?:partner|team|op(?:s|erations))"
                    r"|people\s*(?:&|and)\s*culture|hr|hrbp"
                    r"|human\s+resources"
                    r"|point\s+of\s+contact|scheduler|(?:campus|university|graduate)\s+hiring"
                    # "Specjalistka ds. Rekrutacji", "Chargé de recrutement", "Rekryterare"
                    r"|rekrut\w*|rekryt\w*|recrut\w*|reclut\w*|personalreferent\w*"
                    # HR in French, Italian, Spanish, Portuguese; selection staff
                    r"|ressources\s+humaines|risorse\s+umane|recursos\s+humanos|selecci[óo]n"
                    r"|selezione|sélection|personāla)\b", re.I)


def _stacked_header(lines: list[str], i: int) -> bool:
    """ "Interview panel" over "Name" over "Title": a table's header one cell per line."""
    cells = [c.strip() for c in lines[i : i + 8] if c.strip()]
    return (len(cells) >= 3 and bool(_PEOPLE_COLUMN.search(cells[0])) and len(cells[0]) < 30
            and cells[1] == "Name" and cells[2] in ("Title", "Role", "Position"))


#: The interviewers' header cell alone on its line, last of a flattened header row.
_PEOPLE_CELL = re.compile(r"(?:Interviewers?|Interviewer\(s\)|Panel(?:ists?)?|With|Hosts?)",
                          re.I)


def _last_header_cell(lines: list[str], i: int) -> bool:
    """ "Date" / "Time (Sydney time, AEDT)" / "Session" / "Interviewer(s)": the header row
    of an HTML table, one cell per line, the interviewers' cell last."""
    if not _PEOPLE_CELL.fullmatch(lines[i].strip()):
        return False
    above = [c.strip() for c in lines[max(0, i - 4) : i] if c.strip()]
    return len(above) >= 2 and all(len(c) <= 40 and ":" not in c and c[0].isupper()
                                   for c in above[-2:])


def column_people(lines: list[str]) -> list[Person]:
    """People in the interviewers' column of such a table: a cell that is a name, over a
    cell that is a title ("Declan Moss" / "SRE Manager")."""
    found: list[Person] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if _TIME_THEN_PEOPLE.match(s):
            return _rows_time_then_person(lines[i + 1 : i + 21])
        if s == "Name" and (nxt := [c.strip() for c in lines[i + 1 : i + 3] if c.strip()]) and (
                nxt[0] in ("Role", "Title", "Position")):
            return _rows_person_then_title(lines[i + 2 : i + 30])
        if not (_COLUMN_HEADER.match(s) and _PEOPLE_COLUMN.search(s)) and not _stacked_header(
                lines, i) and not _last_header_cell(lines, i):
            continue
        cells = []
        for c in lines[i + 1 : i + 41]:
            if len(c.strip()) > 80:
                break  # a sentence: the table has ended
            cells.append(c.strip())
        if not cells:
            continue  # (a header over a sentence, or at the text's end: no column)
        for cell, below in zip(cells, [*cells[1:], ""], strict=True):
            if (_NAME.fullmatch(cell) and len(below) <= 60 and _ROLE.search(below)
                    and not BOOKER.search(below) and (p := _item_person(cell)) is not None):
                found.append(Person(name=p.name, title=below))
            elif ((t := _ROW_PERSON_TITLE.fullmatch(cell)) and _ROLE.search(t["title"])
                  and not BOOKER.search(t["title"]) and (p := _item_person(t["name"]))):
                found.append(Person(name=p.name, title=t["title"].strip()))  # "A B, Title"
            elif ((lf := _ROW_LAST_FIRST.fullmatch(cell)) or (_ROW_TIME.match(cell) and (
                    lf := _ROW_END_LAST_FIRST.search(cell)))) and (
                    p := _shortened_last_first(lf["first"], lf["last"])):
                # "Raghavan, Deepa"; a flattened row "10:00 – 10:45 Coding interview
                # (Kotlin) Mac Giolla Rua, Orla", its title on the line below
                title = below if len(below) <= 60 and _ROLE.search(below) else None
                found.append(Person(name=p.name, title=title))
        break
    return found


def _shortened_last_first(first: str, last: str) -> Person | None:
    """The person of a "Last, First" cell, its surname cut to fewer words when the whole
    is no name ("System Design Okafor, Chidi": the session's words, then Okafor)."""
    words = last.split()
    for k in range(len(words)):
        if k and words[k - 1].lower() in _PARTICLE_WORDS:
            break  # ("van der Meulen": the particles belong to the surname)
        if (p := _item_person(f"{first} {' '.join(words[k:])}")) is not None:
            return p
    return None


_PARTICLE_WORDS = frozenset({"de", "van", "von", "der", "den", "la", "le", "du", "da", "di",
                             "del", "dos", "das", "bin", "al", "ter", "ten"})


#: A table header with the interviewers' column right after the time, its rows flattened
#: to one line each with single spaces: "Time Interviewer Topic".
_TIME_THEN_PEOPLE = re.compile(r"^(?:Time|When)\s+(?:Interviewers?|Interviewer\(s\)|With|Panel"
                               r"|Host)\s+[A-Z][a-z]+$")
_ROW_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]\s*\d{1,2}[:.]\d{2}"
                       r"\s*(?:[ap]\.?m\.?)?\s+", re.I)
_ROW_NAME = re.compile(rf"(?P<name>{NAME_RX})(?P<next>\s+\S+)?")


def _rows_time_then_person(lines: list[str]) -> list[Person]:
    """ "10:00 – 10:45 AM Nguyễn Văn An System design: event ingestion": the name after
    the time, without the session's first word, which is capitalised too (the name ends
    before the last capitalised word when a lower-case word or "&" follows it)."""
    found: list[Person] = []
    for line in lines:
        if (t := _ROW_TIME.match(line)) is None:
            continue
        if (lf := _ROW_START_LAST_FIRST.match(line, t.end())) and (
                p := _item_person(f"{lf['first']} {lf['last']}")):
            found.append(p)  # "10:00 am – 10:30 am De Villiers, Anri", "… dos Santos, Joaquim"
            continue
        if (m := _ROW_NAME.match(line, t.end())) is None:
            continue
        words = m["name"].split()
        follow = (m["next"] or "").strip()
        if len(words) > 2 and follow and (follow[0].islower() or follow[0] in "&+/"):
            words = words[:-1]
        if (p := _item_person(" ".join(words))) is not None:
            found.append(p)
    return found


#: The first word of a title that follows a name in a flattened row ("… Engineering
#: Manager", "… Group Product Manager") when it is not a role word itself.
_TITLE_LEAD = frozenset({
    "Engineering", "Group", "Product", "Senior", "Junior", "Lead", "Principal", "Head", "Chief",
    "Associate", "Assistant", "Deputy", "Vice", "VP", "Data", "Software", "Design", "Marketing",
    "Sales", "Finance", "Operations", "People", "Technical", "Tech", "Platform", "Regional"})


def _rows_person_then_title(lines: list[str]) -> list[Person]:
    """A "Name / Role / Time" table flattened to one line a row: "Femke van Rijn
    Engineering Manager, Rider App 13:00 – 13:45". The name is the shortest run of name
    words after which a title begins ("Trần Quốc Bảo" before "Staff Android Engineer")."""
    found: list[Person] = []
    for line in (ln.strip() for ln in lines):
        if len(line) > 100:
            break  # a sentence: the table has ended
        if (m := _ROW_NAME.match(line)) is None:
            continue
        words = m["name"].split()
        for k in range(2, len(words)):
            if words[k - 1] in PARTICLES:
                continue
            rest = " ".join(words[k:]) + line[m.end("name") :]
            if (words[k] in _TITLE_LEAD or _ROLE.match(rest)) and not BOOKER.search(
                    rest.split(",")[0]) and (p := _item_person(" ".join(words[:k]))):
                found.append(p)
                break
    return found


def pipe_table_people(lines: list[str]) -> list[Person]:
    """People in the interviewers' column of a table written with pipes (Markdown, plain
    text): "| Time | Interviewer | Topic |" over "| 13:00-13:45 | Jeroen van der Linde | …"."""
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        col = next((k for k, c in enumerate(cells) if _PEOPLE_CELL.fullmatch(c)), None)
        if len(cells) < 2 or col is None:
            continue
        found: list[Person] = []
        for row in lines[i + 1 :]:
            if row.count("|") < 2:
                break
            cells = [c.strip() for c in row.strip().strip("|").split("|")]
            if col < len(cells) and cells[col].strip("-: "):  # (not the |---| rule)
                found += _line_people(cells[col])
        return found
    return []
