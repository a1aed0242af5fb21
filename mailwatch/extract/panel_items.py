"""One line of a panel read as people: "A B, C D", "Dr. A B (Teamleiter) und C D",
"A B – Head of Data", "Chen, Laura; Bouchard, Étienne", "דניאל אברהם ורונית שמיר".

Split from roster.py, which finds the lines (labelled fields, lists under a heading,
schedules, tables); this turns one line or list item into names and titles, gated by the
same name grammar wherever the line came from. partners.py and unavailable.py read their
single names through `_item_person` too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from ..model import Person
from .people import BARE_ADDRESS, HONORIFIC_RX, NAME_RX, ROLE_WORD_RX, SCRIPT_NAME, clean_name

_SPLIT = rx.compile(r"\s*(?:[,;/|]|&|\band\b|\bund\b|\bet\b|\ben\b|\bog\b|\boch\b|\be\b|\by\b"
                    r"|\bdan\b|\bja\b|\bdhe\b"  # (Indonesian and Malay, Estonian, Albanian)
                    r"|(?<=\))\s+i\b|(?<=[\w\0])\s+i(?=\s+[A-ZÀ-Þ])"  # (Catalan, Croatian, Polish)
                    r"|\boraz\b|\bve\b|\bși\b|\bés\b|\bvà\b|\bи\b|\bі\b|\bта\b|\bna\b"
                    # Arabic "و" between two names, or joined to the next after a bracket
                    r"|(?<=[\s)\0])و(?=\s)|(?<=[)\0])\s*و(?=[\u0621-\u064A])"
                    # (or joined to the next one's title: "… عبد الحميد وأستاذة منى فؤاد")
                    r"|(?<=\s)و(?=(?:ال)?(?:أستاذ|استاذ|سيد|دكتور|مهندس))"
                    # Hebrew writes "and" as a prefix: "דניאל אברהם ורונית שמיר"
                    r"|(?<=[\u05D0-\u05EA)\0])\s+ו(?=[\u05D0-\u05EA]+\s+[\u05D0-\u05EA]))\s*")
_HONORIFIC = rx.compile(
    rf"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|mme|m|sr|sra|dra|the|bw|bi)\.?\s+|{HONORIFIC_RX}"
    r"|(?:م|أ|د|κ|κα|ד\"ר)\.?\s+"  # (Arabic eng./ustadh/dr, Greek Mr/Mrs, Hebrew Dr)
    r"|(?:ال)?(?:سيدة|سيد|أستاذة|أستاذ|استاذة|استاذ|دكتورة|دكتور|مهندسة|مهندس)\s+)+",
    re.I,
    hint=False,
)
#: A job title, never a name: "Senior Geospatial Engineer" on its own line of a panel.
_ROLE = rx.compile(ROLE_WORD_RX)
#: "A B, Head of School (Chair)", "A B – Director, Data": one person per line with a title.
_LINE_HEAD = re.compile(r"\s*(?:,\s|\s[-–—|]\s|\()")
_SELF_WORDS = frozenset({"me", "myself", "moi", "moi-même", "ich", "yo", "eu", "ja", "ik", "io",
                         "mij", "mir", "mich",
                         "я"})
_LAST_FIRST = re.compile(r"([A-ZÀ-Þ][\w'’-]+),\s+([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")
_PAREN_TITLE = re.compile(r"\(([^)]{2,60})\)")
_PARENS = re.compile(r"\([^)]*\)")
_ASIDE = re.compile(r"\0(\d+)\0")
_ITEM_TAIL = re.compile(r"\s+[-–—]\s+|,\s+")
#: The gap between the columns of a table written as text.
_COLUMN_GAP = re.compile(r"\t+|[ ]{3,}")
_DIGITS = re.compile(r"\d")
_NAME = re.compile(NAME_RX)
_DASH_TITLE = re.compile(r"\S\s[-–—]\s+\S")


def _item_person(raw: str) -> Person | None:
    """One list item ("Dr. A B (Teamleiter)", "A B - Tech Lead") -> Person, or None."""
    title = email = None
    m = _PAREN_TITLE.search(raw)
    if m:
        title = m.group(1).strip()
        if BARE_ADDRESS.fullmatch(title.strip(" <>")):  # "A B (ab@acme.example)"
            email, title = title.strip(" <>").lower(), None
    item = _PARENS.sub(" ", raw)
    item = _ITEM_TAIL.split(item)[0]
    item = _HONORIFIC.sub("", item.strip(" .:"))
    name = clean_name(item) or (item if SCRIPT_NAME.fullmatch(item) else None)
    if not name or len(name.split()) < 2 or not (
            _NAME.fullmatch(name) or SCRIPT_NAME.fullmatch(name)) or _ROLE.search(name):
        return None
    return Person(name=name, email=email, title=title)


def _line_people(line: str, loose: bool = False) -> list[Person]:
    """A panel line: "A B, C D" (names only) or "A B, Senior Lecturer, Linguistics" (one
    person and a title); [] when the line is not about people. `loose`: under a label with
    a colon any tail is the person's title ("A B, School of Computing")."""
    return list(_line_people_of(line, loose))


@lru_cache(maxsize=64)
def _line_people_of(line: str, loose: bool) -> tuple[Person, ...]:
    """`_line_people`, cached: labelled_people reads a value line once to see whether it
    names people and again to take them."""
    return tuple(_read_line_people(line, loose))


#: A roster row written surname first: "Nguyen, Linh – Head of Data Platform".
_LAST_FIRST_ROW = re.compile(
    r"^[\s\-*•·]*(?P<last>(?:(?:de|van|von|der|den|la|le|du|da|di|del|bin|binti|al|el)\s+)*"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?),\s+"
    r"(?P<first>[A-ZÀ-Þ][\w'’-]+)\s+[-–—|]\s+(?P<title>\S.{1,70})$")


#: A public-sector panel row that names the seat before the person: "Convenor – A B, Nurse
#: Unit Manager", "Independent panel member – C D, Senior Nurse Educator". (Not an observer,
#: who sits in but does not interview.)
_SEAT_FIRST = re.compile(
    r"^[\s\-*•·]*(?i:(?:independent|external|internal|lay|deputy)\s+)?"
    r"(?i:convenor|convener|chair(?:person)?|panel\s+(?:member|chair)|board\s+member|assessor)"
    r"\s+[-–—:]\s+(?=[A-ZÀ-Þ])")


def _read_line_people(line: str, loose: bool) -> list[Person]:
    if seat := _SEAT_FIRST.match(line):
        return _read_line_people(line[seat.end() :], True)
    if ";" in line and len(parts := [p for p in line.split(";") if p.strip()]) > 1 and all(
            people := [_read_line_people(p.strip(), loose) for p in parts]):
        # "Anh A B – Trưởng phòng Sản phẩm; Chị C D – Trưởng nhóm BA": a person a part
        return [p for group in people for p in group]
    cells = _COLUMN_GAP.split(line.strip(" \t-*•"), maxsplit=1)
    if len(cells) == 2 and (p := _item_person(cells[0])) and (
            _ROLE.search(cells[1]) or cells[1][:1].isupper() and not _DIGITS.search(cells[1])):
        # a table's row: "Owen Price      Matron, Surgical Wards" (not "… 10:30")
        return [Person(name=p.name, email=p.email, title=cells[1].strip() or None)]
    if (row := _LAST_FIRST_ROW.match(line)) and _ROLE.search(row["title"]) and (
            p := _item_person(f"{row['first']} {row['last']}")):
        return [Person(name=p.name, title=row["title"].strip())]
    # ("A B (QA Lead) and myself": the writer is read from the wording, not as a name)
    items = [i for i in _items(line) if i.strip(" .").lower() not in _SELF_WORDS]
    people = [_item_person(i) for i in items]
    if items and all(people) and not _DASH_TITLE.search(line):
        # (not "A B - Engineering Manager, Data Platform": after a dash, commas go on
        # with the title)
        return [p for p in people if p is not None]
    if len(paired := _names_and_titles(line, items, people)) >= 2:
        return paired
    head = _LINE_HEAD.split(line.strip(" \t-*•"), maxsplit=1)
    tail = head[1] if len(head) > 1 else ""
    person = _item_person(head[0])
    if person is None or not (loose or _ROLE.search(tail) or "(" in line):
        return []
    # (not the "y" that joins the next line's person: "A B, Jefa de Planificación, y")
    title = _JOINER_END.sub("", tail).strip()
    if title.endswith(")") and "(" not in title:  # "A B (Head of Design)": split at the "("
        title = title[:-1].strip()
    return [Person(name=person.name, title=title or None)]


_JOINER_END = re.compile(r"[,;]?\s+(?:y|e|et|and|und|en|i|og|och|ja|a|și|és|oraz)\s*$", re.I)


def _names_and_titles(line: str, items: list[str], people: list[Person | None]
                      ) -> list[Person]:
    """ "A B, directeur technique, et C D, responsable Data": each name with the title after
    it; [] unless every item is a name or the title of the name before it, and each name
    after the first follows ", and" (else "A B, Principal Scientist, Single-Cell Genomics"
    or "A B, Head of Computing and Mathematical Sciences" would make a team a person)."""
    out: list[Person] = []
    for item, person in zip(items, people, strict=True):
        if person is not None:
            if out and not re.search(rf"(?:,\s*(?:and|et|und|y|e|en|&)"
                                     rf"|(?:,\s*)?\b(?:och|og|oraz|ed))"
                                     rf"\s+{re.escape(item.strip())}", line):
                return []
            out.append(person)
        elif out and out[-1].title is None and (_ROLE.search(item) or item[:1].islower()):
            out[-1] = Person(name=out[-1].name, email=out[-1].email, title=item.strip())
        else:
            return []
    return out


def _items(value: str) -> list[str]:
    """Split a field value into items, keeping "(Engineering Manager, Mobile)" whole. With
    semicolons between them, items may be "Last, First" (Workday: "Chen, Laura; Bouchard,
    Étienne")."""
    if ";" in value and all(_LAST_FIRST.fullmatch(p.strip()) for p in value.split(";")
                            if p.strip()):
        return [_LAST_FIRST.sub(r"\2 \1", p.strip()) for p in value.split(";") if p.strip()]
    if "(" not in value:
        return [p for p in _SPLIT.split(value) if p.strip()]
    # (each bracket stands aside as "\0N\0" while the value is split: its commas, "&" and
    # "and" are a title's, "(Engineering Manager, Protection & Control)")
    brackets: list[str] = []

    def aside(m: re.Match[str]) -> str:
        brackets.append(m.group(0))
        return f"\0{len(brackets) - 1}\0"

    protected = _PARENS.sub(aside, value)
    return [_ASIDE.sub(lambda m: brackets[int(m.group(1))], p)
            for p in _SPLIT.split(protected) if p.strip()]
