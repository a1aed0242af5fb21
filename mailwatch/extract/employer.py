"""The employer's name from the signature and the sender's domain, and its legal suffix.

A recruiter's signature nearly always names the employer ("Talent Acquisition | Umoya
Energy (Pty) Ltd", "Technical Recruiter, Tidewater Health Systems"), and the sender's
domain is usually a squashed form of it (tidewaterhealth, coral-reach): the domain is
used to *find* the spelled-out name in the mail, and only as a last resort as the name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Legal forms written after a company name; a thank-you letter leaves them out.
LEGAL = re.compile(
    r"(?:[\s,]+(?:\(Pty\)|Pty\.?|Pte\.?|Pvt\.?|Private|Sdn\.?|Ltd\.?|Limited|Bhd\.?|LLP|LLC"
    r"|L\.L\.C\.|Inc\.?|Corp\.?|GmbH|AG|SE|KG|AS|ASA|AB|Oy|Oyj|ApS|A/S|DAC|plc|PLC|Ltda\.?"
    r"|S\.A\.?|SA|SAS|S\.A\.S\.?|SARL|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV"
    r"|K\.K\.|KK|Co\.|& Co\.?))+$"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w&'’\-]*"
_PHRASE = re.compile(rf"{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,4}}")
_LEGAL_LINE = re.compile(
    rf"(?P<co>{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,4}}?)[ \t,]*"
    r"(?:\(Pty\)[ \t]+Ltd|Pty\.?[ \t]+Ltd|Pte\.?[ \t]+Ltd|Pvt\.?[ \t]+Ltd|Sdn\.?[ \t]+Bhd|GmbH"
    r"|Ltda|B\.V\.|N\.V\.|S\.A\.|S\.r\.l\.|S\.p\.A\.|LLP|LLC|Inc\.|Ltd|plc|AG|DAC|ApS|A/S)"
    r"(?![\w])"
)
_NOT_ORG_WORD = re.compile(
    r"^(?:Talent|Acquisition|Recruiting|Recruitment|Recruiter|Team|People|HR|Careers|Head|Lead"
    r"|Manager|Director|Senior|Technical|Kind|Best|Regards|Thanks|Your|Ihr|Our|The|Sitz|Tel"
    r"|Phone|Mobile|Registered|Company|Partner|Business|Coordinator|Operations|Engineer)$"
)


def strip_legal(name: str | None) -> str | None:
    """ "Straits Ledger Pte. Ltd." -> "Straits Ledger"; never strips the whole name."""
    if not name:
        return name
    out = LEGAL.sub("", name).strip(" ,")
    return out if out else name


@lru_cache(maxsize=4096)
def fold(value: str) -> str:
    """Lower-case ASCII letters and digits only: "Calanque Énergies" -> "calanqueenergies"."""
    norm = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in norm if ch.isalnum() and ord(ch) < 128)


def _org_words(phrase: str) -> str | None:
    """Drop department/title words at the front ("Talent Acquisition Umoya Energy")."""
    words = phrase.split()
    while words and _NOT_ORG_WORD.match(words[0]):
        words.pop(0)
    while words and (words[-1] == "&" or _NOT_ORG_WORD.match(words[-1])):
        words.pop()
    return " ".join(words) if words else None

_LABEL_SEP = re.compile(r"[-_]")
_LINE_PARTS = re.compile(r"\s+[|·•–—]\s+|,\s+(?=[A-ZÀ-Þ])")


def domain_phrase(label: str, text: str) -> str | None:
    """The capitalised phrase of `text` that the domain label spells: "coralreach" ->
    "Coral Reach Logistics", "nilgiripay" -> "Nilgiri Payments", "brightwatercu" ->
    "Brightwater Credit Union", "lindenhof-medtech" -> "Lindenhof Medizintechnik"."""
    compact = fold(label)
    first_token = fold(_LABEL_SEP.split(label)[0])
    if len(compact) < 3:
        return None
    best: str | None = None
    for m in _PHRASE.finditer(text):
        if fold(m.group(0)[:3]) != compact[:3] and not _NOT_ORG_WORD.match(m.group(0).split()[0]):
            continue
        phrase = _org_words(strip_legal(m.group(0)) or "")
        if not phrase:
            continue
        words = [fold(w) for w in phrase.split() if fold(w)]
        if not words or len(words) > 5:
            continue
        joined = "".join(words)
        initials = words[0] + "".join(w[0] for w in words[1:])
        spelled = (
            joined == compact
            or initials == compact
            or (joined.startswith(compact) and len(compact) > len(words[0]))
            or (len(words) > 1 and words[0] == first_token != compact and len(first_token) >= 4)
        )
        if spelled and (best is None or len(phrase) > len(best)):
            best = phrase
    return best


def legal_line_company(text: str) -> str | None:
    """ "Talent Acquisition | Umoya Energy (Pty) Ltd" -> "Umoya Energy": the first line
    part that starts with a name and ends in a legal form (signatures, footers)."""
    found = None
    for line in text.splitlines():
        for part in _LINE_PARTS.split(line):
            m = _LEGAL_LINE.search(part)
            if m and m.start() == len(part) - len(part.lstrip()):
                co = _org_words(m["co"])
                if co and len(co) > 1:
                    found = found or co
    return found
