"""People the writer names in prose beside themself or as wanting to meet the reader ("A B
and I will meet you", "A B from our team would like to meet you", "A B will join us"),
and whether the writer pairs themself with someone at all.

Split from roster.py, which reads structured text line by line (labelled fields,
schedules): these are sentences, each name pattern run only around a cheap anchor of its
own ("and I", "meet you", "join us").
"""

from __future__ import annotations

import re

from .. import rx
from ..model import Person
from .panel_items import _item_person
from .people import NAME_RX, ROLE_WORD_RX, flatten, whole_name

#: "Priyanka Sharma (Staff Engineer) and I will meet you", "Rohan and I would love to".
_AND_I = re.compile(
    rf"(?P<name>{NAME_RX})(?:\s*\([^)]{{2,60}}\)|,\s+(?:who|our|the|a|an|my)\b[^,.;]{{2,80}},)?"
    r"\s+(?:and|&)\s+I\b(?!['’]m\s+not)"
    r"(?=\s+(?:will|would|are|were|'ll|’ll|look|can|both|shall|plan|hope|want|need|have\s+to"
    r"|(?:have|['’]ve)\s+both))"
)
#: "Greg Patterson from our platform team would like to meet you".
#: The same in other languages: "A B et moi-même", "A B y yo", "A B und ich".
_AND_I_INTL = re.compile(
    rf"(?P<name>{NAME_RX})(?:\s*\([^)]{{2,60}}\))?\s+"
    r"(?:et\s+moi(?:-même)?|y\s+yo|e\s+eu|und\s+ich|en\s+ik)\b(?!\s+no\b)"
)
#: "blir også med", "deltar også": Norwegian, Danish and Swedish for "will join too".
_ALSO_WITH = r"(?:blir|er|bliver|är)\s+(?:også|också)\s+med\b|deltar\s+(?:også|också)\b"
_WANTS_TO_MEET = rx.compile(
    # ("A B (Engineering Manager) and C D (Senior SRE) would like to …": both of them)
    rf"(?:(?P<first>{NAME_RX})(?:\s*\([^)]{{2,60}}\))?\s+(?:and|&)\s+)?"
    rf"(?P<name>{NAME_RX})(?:\s*\((?P<title>[^)]{{2,60}})\))?"
    r"(?:,\s+(?:who|our|the|a|an|my)\b[^,.;]{2,80},"
    rf"|,\s+(?=[^,.;]{{0,50}}{ROLE_WORD_RX})[^,.;]{{2,60}},"
    r"|\s+(?:from|of|in)\s+(?:our|the)\s+[^,.;]{2,50}|\s+(?:fra|från)\s+[^,.;]{2,50}?)?"
    # "A B, our Head of Data, and she'd like to meet you"
    r"(?:\s+and\s+(?:she|he|they)(?=['’]d\b|\s+(?:would|wants|will)\b))?"
    r",?\s*(?:(?:would\s+(?:like|love)|wants|is\s+(?:keen|looking\s+forward)|will"
    r"|['’]d\s+(?:like|love))"
    r"\s+(?:to\s+)?(?:meet|speak|chat|talk|interview|be\s+interviewing|be\s+meeting"
    r"|(?:have|do|set\s+up|schedule|book)\s+(?:a\s+)?(?:[\w-]+\s+){0,3}?(?:call|chat|time"
    r"|conversation|screen|interview|meeting)"
    r")(?:\s+with)?\s+you\b"
    # "A B will join us", "A B, my cofounder, will jump on too": a second interviewer
    r"|(?:will|'ll|’ll)\s+(?:also\s+)?(?:join|jump\s+on|hop\s+on|sit\s+in|be\s+joining)"
    r"(?:\s+(?:the\s+)?(?:call|interview|conversation))?\s+(?:us|me|too|as\s+well|her|him|them)\b"
    # "A B will join Nadia in Tom's place": another interviewer, by first name
    r"|(?:will|'ll|’ll)\s+(?:also\s+)?(?:join|sit\s+in\s+with)\s+[A-Z][a-z'’-]+"
    r"(?=\s+(?:in|on|for|as|instead)\b|\s*[,.;])"
    r"|(?:will|'ll|’ll)\s+(?:call|ring|phone)\s+you\b"
    r"|(?:will|'ll|’ll)\s+(?:now\s+)?(?:run|lead|conduct|do|host|take)\s+(?:your|the)\s+(?:[\w-]+\s+)?"
    r"(?:interview|call|conversation|session|chat)\b"
    r"|(?:will|'ll|’ll)\s+also\s+(?:join|jump\s+on|hop\s+on|sit\s+in|be\s+joining)\b"
    # "then Mei Chen from our infra team will join for a practical exercise"
    r"|(?:will|'ll|’ll)\s+(?:then\s+)?(?:join|jump\s+on|hop\s+on)\s+(?:for|to)\b"
    # Norwegian, Danish, Swedish "A B fra analyseteamet blir også med", "A B deltar også"
    rf"|{_ALSO_WITH})",
    hint=False,
)

_WANTS_HINT_RX = _WANTS_TO_MEET
#: Cheap tests run first: the name patterns are costly at every capitalised word.
_AND_I_HINT = rx.compile(r"(?:and|&)\s+I\b")
_AND_I_INTL_HINT = rx.compile(r"\b(?:et\s+moi|y\s+yo|e\s+eu|und\s+ich|en\s+ik)\b")
_INTL_WORDS = ("moi", "yo", "eu", "ich", "ik")
#: In flattened text (`flatten`, " ".join(split())) every whitespace run between two
#: non-space characters is one space, so a match of the hints below contains one of these,
#: as written (the hints have no re.I): a substring test in C spares nearly every scan.
_AND_I_PHRASES = ("and I", "& I")
_INTL_PHRASES = ("et moi", "y yo", "e eu", "und ich", "en ik")
_WANTS_HINT = rx.compile(
    r"\b(?:meet|speak|chat|talk|interview\w*|meeting|call|ring|phone|conversation|screen)"
    r"(?:\s+with)?"
    r"\s+you\b"
    # "A B will lead the interview": the anchor of the last of `_WANTS_TO_MEET`'s forms
    r"|\b(?:run|lead|conduct|do|host|take)\s+(?:your|the)\s+(?:[\w-]+\s+)?"
    r"(?:interview|call|conversation|session|chat)\b", re.I)
_JOIN_HINT = rx.compile(
    r"\b(?:join|jump\s+on|hop\s+on|sit\s+in|be\s+joining)(?:\s+(?:the\s+)?\w+)?"
    r"\s+(?:us|me|too|as\s+well|her|him|them)\b|\balso\s+(?:join|jump|hop|sit|be\s+joining)\b"
    r"|\b(?:join|sit\s+in\s+with)\s+\w+(?:\s+(?:in|on|for|as|instead)\b|\s*[,.;])"
    r"|\b(?:will|'ll|’ll)\s+(?:then\s+)?(?:join|jump\s+on|hop\s+on)\s+(?:for|to)\b"
    rf"|\b(?:{_ALSO_WITH})",
    re.I)
#: Meeting the candidate where she arrives, not in the interview.
_GREETS = re.compile(r"meet\s+you\s+(?:on\s+(?:floor\s+)?\d|(?:at|in)\s+(?:the\s+)?"
                     r"(?:lobby|reception|front\s+desk|door|entrance|security|gate"
                     r"|main\s+entrance)\b)", re.I)
_JOIN_WORDS = ("join", "jump on", "hop on", "sit in", "også", "också")


def partners_of_sender(text: str) -> list[Person]:
    """ "A B and I will meet you", "A B from our team would like to meet you": A B.

    The name patterns are costly at every capitalised word, so each runs only on the
    stretch of text before a cheap anchor ("and I", "meet you", "join us") it needs."""
    found: list[Person] = []
    low = text.lower()
    anchored = bool(_AND_I_HINT.search(text) or _WANTS_HINT.search(text))
    if not (anchored or any(w in low for w in _INTL_WORDS + _JOIN_WORDS)):
        return found
    if not (anchored or _AND_I_INTL_HINT.search(text) or _JOIN_HINT.search(text)):
        # Every hit below is a match of one of these hints in the flattened text, which
        # only joins lines and squeezes whitespace, so it is a match in `text` as well:
        # with none here there is no hit there, and nobody to find.
        return found
    flat = flatten(text)
    seen: set[tuple[int, int]] = set()
    low = flat.lower()
    intl = (list(_AND_I_INTL_HINT.finditer(flat))
            if any(w in flat for w in _INTL_PHRASES) else [])
    wants = list(_WANTS_HINT.finditer(flat))
    if any(w in low for w in _JOIN_WORDS):
        wants += _JOIN_HINT.finditer(flat)
    and_i_hits = (_AND_I_HINT.finditer(flat)
                  if any(w in flat for w in _AND_I_PHRASES) else iter(()))
    for pattern, hits in ((_AND_I, and_i_hits), (_AND_I_INTL, intl), (_WANTS_HINT_RX, wants)):
        for h in hits:
            if pattern is _WANTS_HINT_RX and _GREETS.match(flat, h.start()):
                continue  # "Lauren Becker (Recruiting) will meet you on 9": at the door
            lo = flat.rfind(" ", 0, max(0, h.start() - 220)) + 1  # never inside a name
            for m in pattern.finditer(flat, lo, min(len(flat), h.end() + 60)):
                if m.span("name") in seen:
                    continue
                seen.add(m.span("name"))
                names = (m["first"], m["name"]) if pattern is _WANTS_HINT_RX else (m["name"],)
                found += [p for n in names if n and (p := _item_person(n)) is not None]
    if intl or any(w in flat for w in _AND_I_PHRASES):
        found += _titled_partners(flat)
    return found


#: A colleague by first name, the full name right after it: "Jonas will join us too (Jonas
#: Albrecht, my co-founder, ...)", "Minh will join me - Trần Văn Minh, he's our staff
#: engineer", "me and Yusuf (Yusuf Al-Amin, my business partner ...)".
_RESTATED_HINT = re.compile(r"[(\-–—]\s*[A-ZÀ-Þ][^,()]{2,40},\s+(?:he|she|they|my|our|who)\b")
_RESTATED = re.compile(
    rf"\b(?P<first>[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?:\s+will\s+(?:also\s+)?(?:join|be\s+joining|jump\s+on"
    r"|sit\s+in)(?:\s+(?:us|me))?(?:\s+too)?)?\s*(?:\(|[-–—]\s+)"
    rf"(?P<full>{NAME_RX})\s*,\s+(?:he|she|they|my|our|the|who)\b")


def restated_people(text: str) -> list[Person]:
    """Colleagues named by first name and then in full right after it (see _RESTATED)."""
    if not _RESTATED_HINT.search(text):
        return []
    found: list[Person] = []
    for m in _RESTATED.finditer(flatten(text)):
        words = m["full"].split()
        if len(words) > 1 and m["first"] in (words[0], words[-1]) and (
                p := _item_person(m["full"])) is not None:
            found.append(p)
    return found


#: "Herr Gruber und ich", "Mr Okoro and I": a colleague by title and surname.
_TITLED_AND_I = re.compile(
    r"\b(?:Herr|Frau|Mr|Mrs|Ms|Dr|Prof|Mme|M\.|Sr|Sra)\.?\s+(?P<sur>[A-ZÀ-Þ][\w'’-]+)\s+"
    r"(?:and|&|und|et|y|e|en)\s+(?:I|ich|moi|yo|eu|ik)\b")


def _titled_partners(flat: str) -> list[Person]:
    """The full name of a colleague the writer pairs with by title and surname, as the text
    writes it elsewhere ("mein Kollege DI Florian Gruber … Herr Gruber und ich")."""
    found: list[Person] = []
    for m in _TITLED_AND_I.finditer(flat):
        if (whole := whole_name(m["sur"], flat)) and (p := _item_person(whole)) is not None:
            found.append(p)
    return found


def and_i(flat: str) -> bool:
    """Does the sender pair themself with someone ("Rohan and I would love to ...")?
    `flat`: the text squeezed onto one line (people.squeezed), as sender_interviews has it."""
    if _AND_I_HINT.search(flat) and _AND_I.search(flat):
        return True
    return any(w in flat for w in _INTL_PHRASES) and bool(
        _AND_I_INTL_HINT.search(flat) and _AND_I_INTL.search(flat))
