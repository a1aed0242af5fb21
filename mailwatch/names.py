"""People's display names as they would be addressed in a letter, and tidy header text.

Display names in mail are messy ("KELLER, Anna (she/her)", "Talent Team via Workable",
"Dr. Anna Keller | Acme"); a draft that greets "Hi KELLER," or "Hi Talent," is worse than
a neutral "Hello,". Kept apart from `render` so status views can reuse it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_TITLES = {"dr": "Dr.", "doctor": "Dr.", "prof": "Prof.", "professor": "Prof."}
_HONORIFICS = {"mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "mx": "Mx.",
               "herr": "Herr", "frau": "Frau", "mme": "Mme", "mlle": "Mlle"}
_SUFFIXES = {"phd", "md", "mba", "msc", "bsc", "ma", "jr", "sr", "ii", "iii", "iv", "cpa",
             "pmp", "sphr", "phr", "cipd", "esq"}
# Display names of shared mailboxes, not people: "Talent Team", "Acme Careers".
_NOT_A_PERSON = {"team", "recruiting", "recruitment", "talent", "hr", "careers", "jobs",
                 "hiring", "noreply", "no-reply", "notifications", "calendar", "people",
                 "acquisition", "support", "info", "office", "resources", "admin"}

_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le", "la",
              "ten", "ter", "zu", "dos", "das", "bin", "al", "el"}
# Characters no one's name contains; a "name" with them is a template trick or an address.
_NOT_IN_NAMES = re.compile(r"[@{}<>\[\]$%#=*\\|;:`^~_+]|\d{3,}|://")


def clean_line(value: object) -> str | None:
    """One tidy line of text (mail headers may smuggle in newlines), or None if empty."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return (text[:199] + "…" if len(text) > 200 else text) or None


class Name(NamedTuple):
    display: str  # "Dr. Anna Keller"
    first: str | None  # "Anna"; None when only a surname or initials are known
    greeting: str  # "Hi Anna," / "Dear Dr. Keller," / "Hello,"


def _fix_case(tokens: list[str]) -> list[str]:
    joined = "".join(tokens)
    if joined.isupper() or joined.islower():  # "ANNA KELLER" / "anna keller"
        return [t.title() for t in tokens]
    return tokens


def _surname(tokens: list[str]) -> str:
    """"Hans van der Berg" -> "van der Berg": particles belong to the surname."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower() in _PARTICLES:
            return " ".join(tokens[i:])
    return tokens[-1]


def parse_name(raw: str | None) -> Name | None:
    """A display name as a person would be addressed, or None when it is no person's.

    Chosen rules: honorifics (Ms., Herr) are dropped and the first name is used, as is
    usual after having met; academic titles are kept in a formal greeting ("Dear
    Dr. Keller,") because many interviewers, in Germany for one, expect that.
    "Keller, Anna" (Outlook's Last, First) is turned around; "Anna Keller | Acme",
    "Anna via Greenhouse" and "(she/her)" lose their decoration.
    """
    name = clean_line(raw)
    if not name:
        return None
    name = re.split(r"\s+(?:\||via|-|–|—|/)\s+", name)[0]
    name = re.sub(r"\([^)]*\)", " ", name).strip(" '\"")
    if _NOT_IN_NAMES.search(name):
        return None
    if "," in name:
        head, _, tail = name.partition(",")
        tail_words = [w.strip(".").lower() for w in tail.replace(",", " ").split()]
        head_words = head.split()
        if not head_words:  # ", Anna" or a bare ",": nothing before the comma
            return parse_name(tail) if tail.strip(" ,") else None
        surname_first = len(head_words) == 1 or head_words[0].lower() in _PARTICLES
        if tail_words and surname_first and not all(w in _SUFFIXES for w in tail_words):
            name = f"{tail.strip()} {head}"
        else:
            name = head
    tokens = [t for t in name.split() if t.strip(".-'")]
    if not tokens or any(t.lower().strip(".") in _NOT_A_PERSON for t in tokens):
        return None
    while len(tokens) > 1 and tokens[-1].lower().strip(".") in _SUFFIXES:
        tokens.pop()
    title = honorific = None
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in _TITLES.keys() | _HONORIFICS:
        word = tokens.pop(0).lower().rstrip(".")
        title = title or _TITLES.get(word)
        honorific = honorific or _HONORIFICS.get(word)
    tokens = _fix_case(tokens)
    prefix = title or honorific
    display = " ".join([prefix, *tokens] if prefix else tokens)
    first = tokens[0] if len(tokens) > 1 or not prefix else None
    if first and (len(first.rstrip(".")) == 1 or first.lower() in _PARTICLES):
        first = None  # "J. Smith", "van Dijk": no usable first name
    if title:
        return Name(display, first, f"Dear {title} {_surname(tokens)},")
    if first:
        return Name(display, first, f"Hi {first},")
    return Name(display, None, f"Dear {display},")
