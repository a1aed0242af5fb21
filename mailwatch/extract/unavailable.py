"""Who a move or a cancellation names as kept away ("Dr. Ngozi Obi is unwell, so we need
to cancel"): the interviewer the new slot is without, or whom a stand-in replaces.

Split from roster.py, which reads people from fields and schedules; this reads one kind of
sentence about a person."""

from __future__ import annotations

import re

from .. import rx
from ..model import Person
from .names import GREETING
from .panel_items import _item_person
from .people import HONORIFIC_RX, NAME_RX

#: A person kept from the interview: "Dr. Ngozi Obi is unwell", "A B (their CDO) has been
#: pulled into a board meeting", "a Fernanda Costa ... não vai conseguir participar".
_UNAVAILABLE = rx.compile(
    r"\b(?:is|are|has\s+been|was)\s+(?:\w+ly\s+)?(?:unwell|ill|sick|unavailable|off\s+sick|called\s+away"
    r"|pulled\s+into|travelling|traveling|away|on\s+leave|out\s+of\s+(?:the\s+)?office"
    r"|out\s+sick)\b|\bhas\s+had\s+(?:an?\s+)?(?:family\s+)?emergency|\b(?:can(?:not|['’]t)|won['’]t\s+be\s+able\s+to|is\s+no\s+longer\s+able"
    r"\s+to)\s+(?:make|attend|join|do)\b|\bhas\s+(?:an?\s+)?(?:emergency|unavoidable)"
    r"|n[ãa]o\s+vai\s+conseguir|teve\s+um\s+imprevisto|no\s+podr[áa]\s+(?:asistir|estar)"
    # on holiday: "o Ricardo vai estar de férias nessa semana", "is on holiday that week"
    r"|(?:vai\s+estar|est[áa]|estar[áa])\s+de\s+(?:f[ée]rias|vacaciones)"
    r"|\b(?:is|are|will\s+be)\s+on\s+(?:holiday|vacation|annual\s+leave)\b"
    r"|(?:ist|sind)\s+(?:leider\s+)?(?:erkrankt|verhindert)|is\s+(?:onverwacht\s+|plotseling\s+)?(?:ziek|verhinderd|uitgevallen)"
    r"|ne\s+pourra\s+pas|non\s+potr[àa]\s+(?:essere|partecipare)"
    r"|\bna\s+bolovanju\b|\bna\s+bolniški\b",  # Croatian, Slovenian "on sick leave"
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")


def unavailable_people(text: str) -> list[Person]:
    """The interviewer a cancellation or a move names as kept away: the last name in the
    clause before "is unwell" ("Dr. Ngozi Obi is unwell, so we need to cancel")."""
    found: list[Person] = []
    for hit in _UNAVAILABLE.finditer(text):
        before = text[max(0, hit.start() - 160) : hit.start()]
        start = _SENTENCE_START.search(before)  # (none when a full stop ends `before`)
        clause = before[start.end() :] if start else ""
        names = [p for m in _PERSON_IN_CLAUSE.finditer(clause)
                 if not GREETING.match(m["name"]) and (p := _item_person(m["name"])) is not None]
        if names:
            found.append(names[-1])
    return found


_PERSON_IN_CLAUSE = re.compile(rf"{HONORIFIC_RX}(?P<name>{NAME_RX})")


#: "…, so she's out": the short way of saying it, after the name's clause.
_OUT = re.compile(r"\b(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+out\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def kept_away(first_name: str, text: str) -> bool:
    """Does a sentence of `text` name `first_name` as kept away ("Ingrid is staying on at
    the offsite all week after all, so she's out")? Then the quoted panel's Ingrid is not
    the moved interview's."""
    name = re.compile(rf"\b{re.escape(first_name)}\b")
    return any(name.search(s) and (_UNAVAILABLE.search(s) or _OUT.search(s))
               for s in _SENTENCES.split(text))
