"""Interviewers from structured text: labelled fields, schedules and "X and I" phrasing.

Applicant-tracking templates put the panel in a field ("Interviewer(s): A, B",
"Gesprächspartner: Dr. A (Teamleiter), B"), and an HTML table flattened to text loses the
colon ("Interviewers Katrin Vogel" with the next name on its own line). A day plan lists
one session per line ("09:30 – 10:15  Coding – A"). These are read line by line, so a
name never runs into the next field ("A Status: Cancelled").
"""

from __future__ import annotations

import re

from ..model import Person
from .people import NAME_RX, clean_name, flatten

_LABEL = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<label>(?i:(?:your\s+)?interviewer(?:s|\(s\)|:innen|innen|in)?"
    r"|interview(?:ing)?\s+(?:panel|with)|panel(?:\s+members?)?|panell?ists?|hosts?|host\(s\)"
    r"|gesprächspartner(?:in|innen|\(innen\)|\*innen)?|entrevistador(?:es|as|\(a\)|a)?"
    r"|intervieweurs?|interlocuteurs?|gesprek\s+met|you(?:'ll|’ll|\s+will)\s+(?:be\s+)?meet(?:ing)?"
    r"|who|met|mit|avec|com|con))"
    r"(?P<colon>[ \t]*[:\-–][ \t]*|[ \t]+|[ \t]*$)(?P<rest>.*)$",
    re.M,
)
#: Labels that are ordinary words, so they count only with a colon.
_NEEDS_COLON = re.compile(r"^(?i:who|met|mit|avec|com|con|hosts?)$")
_SPLIT = re.compile(r"\s*(?:[,;/|]|&|\band\b|\bund\b|\bet\b|\ben\b|\bog\b|\boch\b|\be\b|\by\b)\s*")
_HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|mme|m|sr|sra|dra)\.?\s+)+", re.I
)
_SCHEDULE = re.compile(
    r"^[ \t]*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"[ \t]+(?P<rest>.+)$",
    re.M | re.I,
)
_SCHEDULE_NAME = re.compile(
    rf"(?:\s[-–—|]\s*|\bwith\s+|\()(?P<name>{NAME_RX})\)?[ \t]*$"
)
#: "Priyanka Sharma (Staff Engineer) and I will meet you", "Rohan and I would love to".
_AND_I = re.compile(
    rf"(?P<name>{NAME_RX})(?:\s*\([^)]{{2,60}}\))?\s+(?:and|&)\s+I\b(?!['’]m\s+not)"
    r"(?=\s+(?:will|would|are|'ll|’ll|look|can|both|shall|plan|hope|want))"
)
#: "Greg Patterson from our platform team would like to meet you".
_WANTS_TO_MEET = re.compile(
    rf"(?P<name>{NAME_RX})(?:\s*\((?P<title>[^)]{{2,60}})\))?"
    r"(?:,\s+(?:who|our|the|a|an)\b[^,.;]{2,80},|\s+(?:from|of|in)\s+(?:our|the)\s+[^,.;]{2,50})?"
    r"\s+(?:would\s+(?:like|love)|wants|is\s+(?:keen|looking\s+forward)|will|'d\s+(?:like|love))"
    r"\s+(?:to\s+)?(?:meet|speak|chat|talk|interview|be\s+interviewing|be\s+meeting)(?:\s+with)?"
    r"\s+you\b"
)

_WANTS_HINT_RX = _WANTS_TO_MEET
#: Cheap tests run first: the name patterns are costly at every capitalised word.
_AND_I_HINT = re.compile(r"(?:and|&)\s+I\b")
_WANTS_HINT = re.compile(r"\b(?:meet|speak|chat|talk|interview\w*|meeting)(?:\s+with)?\s+you\b",
                         re.I)

_PAREN_TITLE = re.compile(r"\(([^)]{2,60})\)")
_PARENS = re.compile(r"\([^)]*\)")
_ITEM_TAIL = re.compile(r"\s+[-–—]\s+|,\s+")
_NAME = re.compile(NAME_RX)


def _item_person(raw: str) -> Person | None:
    """One list item ("Dr. A B (Teamleiter)", "A B - Tech Lead") -> Person, or None."""
    title = None
    m = _PAREN_TITLE.search(raw)
    if m:
        title = m.group(1).strip()
    item = _PARENS.sub(" ", raw)
    item = _ITEM_TAIL.split(item)[0]
    item = _HONORIFIC.sub("", item.strip(" .:"))
    name = clean_name(item)
    if not name or len(name.split()) < 2 or not _NAME.fullmatch(name):
        return None
    return Person(name=name, title=title)


def _items(value: str) -> list[str]:
    """Split a field value into items, keeping "(Engineering Manager, Mobile)" whole."""
    protected = _PARENS.sub(
        lambda m: m.group(0).replace(",", "\0").replace(";", "\1"), value)
    return [p.replace("\0", ",").replace("\1", ";") for p in _SPLIT.split(protected) if p.strip()]


def labelled_people(text: str) -> list[Person]:
    """People in "Interviewer(s): A, B" style fields and on schedule lines."""
    found: list[Person] = []
    lines = text.splitlines()
    for m in _LABEL.finditer(text):
        colon = m["colon"].strip()
        if _NEEDS_COLON.match(m["label"]) and not colon:
            continue
        rest = m["rest"].strip()
        line_no = text.count("\n", 0, m.start())
        values = [rest] if rest else []
        # the value on the following line(s): "Host:\nPriya Raman", or a flattened table
        # cell per line ("Interviewers Katrin Vogel\nMehmet Aydın")
        for nxt in lines[line_no + 1 : line_no + 6]:
            s = nxt.strip()
            if not s:
                if values:
                    break
                continue
            if ":" in s or not _all_names(s):
                break
            values.append(s)
        if not colon and not (rest and _all_names(rest)):
            continue
        for value in values:
            for item in _items(value):
                p = _item_person(item)
                if p is not None:
                    found.append(p)
    for m in _SCHEDULE.finditer(text):
        if n := _SCHEDULE_NAME.search(m["rest"]):
            p = _item_person(n["name"])
            if p is not None:
                found.append(p)
    return found


def _all_names(value: str) -> bool:
    items = _items(value)
    return bool(items) and all(_item_person(i) is not None for i in items)


def partners_of_sender(text: str) -> list[Person]:
    """ "A B and I will meet you", "A B from our team would like to meet you": A B."""
    found: list[Person] = []
    cheap = [rx for rx, hint in ((_AND_I, _AND_I_HINT), (_WANTS_HINT_RX, _WANTS_HINT))
             if hint.search(text)]
    if not cheap:
        return found
    flat = flatten(text)
    for rx in cheap:
        for m in rx.finditer(flat):
            p = _item_person(m["name"])
            if p is not None:
                found.append(p)
    return found


def and_i(text: str) -> bool:
    """Does the sender pair themself with someone ("Rohan and I would love to ...")?"""
    return bool(_AND_I_HINT.search(text)) and bool(_AND_I.search(" ".join(text.split())))
