"""Interviewer names from calendar attendees, invitation text and the sender's signature.

Name parsers accept anything ("Talent Acquisition Team" becomes a person), and a thank-you
addressed to "Dear Recruiting" is worse than a neutral greeting, so every candidate passes a
stop-word gate. A name we are unsure of is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..message import Address
from ..model import Person

#: Tokens that make a "name" a team, mailbox, room, product or title instead of a person.
_STOP_TEXT = """
team teams recruiting recruitment recruiter recruiters hr human resources talent acquisition
hiring people careers career jobs job noreply no-reply donotreply do-not-reply notification
notifications calendar admin administrator support info office room boardroom meeting
conference zoom google microsoft webex meet the our your us me you manager engineering panel
department desk bot system scheduler scheduling coordinator coordination interview
interviews interviewer candidate candidates group committee inc ltd llc gmbh ag pty plc
limited company monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december today tomorrow hub
lobby reception building floor video call phone technical onsite on-site virtual
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_UP = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*[a-zà-öø-ÿ]"
_PARTICLE = r"(?:van|von|de|der|den|du|da|del|della|di|le|la|bin|ibn|al|el|ter|ten|dos|das)"
_NAME = rf"{_UP}(?:\s+(?:{_PARTICLE}\s+)*{_UP}){{0,3}}"
_PERSON = re.compile(
    rf"(?:(?i:our|the|your)\s+(?P<pretitle>[A-Za-z][\w &\-]{{1,40}}?),?\s+)?"
    rf"(?P<name>{_NAME})"
    rf"(?:\s*\((?P<title>[^)]{{2,60}})\)"
    rf"|,\s+(?i:our|the|who\s+is\s+(?:our|the))\s+(?P<title2>[A-Za-z][\w &\-]{{1,50}}?)"
    rf"(?=\s*[,.;)]|\s+and\b|\s+&|$))?"
)
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_TRIGGER = re.compile(
    r"(?i:\b(?:(?:speak|speaking|talk|talking|chat|chatting|meet|meeting|interview|interviews"
    r"|call|conversation|session|catch[- ]up|sit\s+down)\s+with"
    r"|you(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?\s+(?:to|with)"
    r"|interviewed\s+by|talk(?:ing)?\s+(?:to|with))"
    r"|interviewed\s+by|interviewers?\s*(?:will\s+be|is|are|:)|will\s+be\s+(?:held\s+)?with"
    r"|panel(?:\s+will)?\s+(?:consist|include)s?\s+of|joined\s+by|led\s+by|conducted\s+by"
    r"|(?:interview|call|chat|meeting)\s+(?:is|will\s+be)\s+with)"
    # "... at 10:00 with Ayesha Patel and myself": a bare "with" only before "… and myself"
    r"|\bwith(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:and|&)\s+(?:myself|me)\b))"
    r"[ \t]*:?\s+"
)
_SELF = re.compile(
    r"\bmyself\b|\b(?:speak|speaking|chat|chatting|meet|meeting|call|interview|talk|talking)"
    r"\s+with\s+me\b|\bI(?:'ll|’ll|\s+will)\s+be\s+(?:interviewing|conducting|leading|running"
    r"|joining)\b|\bI(?:'ll|’ll|\s+will)\s+(?:interview|conduct|lead)\b"
    r"|\bour\s+(?:\w+\s+){0,2}(?:interview|call|chat|conversation|meeting)\b|\bjoin\s+us\b",
    re.I,
)
_SIGNOFF = re.compile(
    r"^(?:kind|best|warm|many|with)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely"
    r"|best|all the best|yours(?: sincerely| truly)?|talk soon|speak soon)[,!.]*$|^--\s*$",
    re.I,
)
_EMAIL_STOP = re.compile(
    r"^(?:no-?reply|do-?not-?reply|calendar|notifications?|recruit\w*|careers?|jobs?|talent"
    r"|hr|people|hiring|interviews?|scheduling|team)\b",
    re.I,
)


def clean_name(raw: str | None) -> str | None:
    """A display name -> "First Last", or None if it is an address, team, room or title."""
    if not raw:
        return None
    name = " ".join(raw.replace('"', " ").replace("'", "'").split()).strip(" ,;:")
    if not name or "@" in name or any(ch.isdigit() for ch in name):
        return None
    if name.count(",") == 1:  # "Lopez, Maria" -> "Maria Lopez"
        last, first = (p.strip() for p in name.split(","))
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"
        else:
            return None
    tokens = name.split()
    if not 1 <= len(tokens) <= 5:
        return None
    if any(t.lower().strip("().-") in STOP_WORDS for t in tokens):
        return None
    if not tokens[0][0].isupper() or not any(ch.islower() for ch in name):
        return None
    return name


def person_from_address(
    email: str | None,
    name: str | None,
    *,
    user_addresses: frozenset[str],
    cutype: str | None = None,
) -> Person | None:
    """An ICS attendee/organizer -> Person, or None for the user, rooms and mailboxes."""
    addr = (email or "").strip()
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]
    addr = addr.strip().lower() or None
    if addr and (addr in user_addresses or "@" not in addr):
        return None
    if (cutype or "").upper() in ("ROOM", "RESOURCE"):
        return None
    if name and re.search(r"\broom\b|\bresource\b", name, re.I):
        return None
    clean = clean_name(name)
    local = (addr or "").partition("@")[0]
    if clean is None and (not addr or _EMAIL_STOP.match(local)):
        return None
    if name and clean is None and "@" not in name:
        # A named team or mailbox ("Acme Recruiting"): not a person to thank.
        return None
    return Person(name=clean, email=addr)


def signature_person(signature: str) -> tuple[str | None, str | None]:
    """(name, title) from a signature block: the first name-like line after the sign-off."""
    lines = [ln.strip() for ln in signature.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:6]):
        if _SIGNOFF.match(line):
            continue
        name = clean_name(line) if len(line) <= 40 else None
        if name and len(name.split()) >= 1:
            title = None
            if i + 1 < len(lines):
                first = re.split(r"\s*[|,–—]\s*", lines[i + 1])[0].strip()
                if 2 < len(first) <= 50 and not any(ch.isdigit() for ch in first):
                    title = first
            return name, title
        break
    return None, None


def sender_person(sender: Address | None, signature: str) -> Person | None:
    """The sender as a Person: name from the From header, else from the signature."""
    sig_name, sig_title = signature_person(signature)
    header_name = clean_name(sender.name) if sender else None
    name = header_name or sig_name
    if sig_name and header_name and sig_name.split()[0] != header_name.split()[0]:
        sig_title = None
    if sender is None and name is None:
        return None
    return Person(name=name, email=sender.email if sender else None, title=sig_title)


def sender_interviews(text: str) -> bool:
    """Does the sender say they take part ("myself and X", "I'll be interviewing you")?"""
    return bool(_SELF.search(text))


def names_in_text(text: str, *, exclude: Iterable[str] = ()) -> list[Person]:
    """People introduced as interviewers: "you'll be speaking with Maria Lopez (Engineering
    Manager)", "you will meet Jan de Vries and Priya Shah", "interview with X"."""
    excluded = [e.lower() for e in exclude if e]
    found: list[Person] = []
    flat = " ".join(text.split())
    for trig in _TRIGGER.finditer(flat):
        pos = trig.end()
        while True:
            m = _PERSON.match(flat, pos)
            if not m:
                break
            name = clean_name(m["name"])
            title = m["title"] or m["title2"] or m["pretitle"]
            single_ok = bool(title)
            if (
                name
                and (len(name.split()) > 1 or single_ok)
                and not any(name.lower() in e or e in name.lower() for e in excluded)
            ):
                found.append(Person(name=name, title=title.strip() if title else None))
            sep = _SEP.match(flat, m.end())
            if not sep:
                break
            pos = sep.end()
    return dedupe(found)


def dedupe(people: Iterable[Person]) -> list[Person]:
    """Merge people seen twice (ICS + text), keeping the richest record."""
    out: list[Person] = []
    for p in people:
        key_name = (p.name or "").lower()
        for i, q in enumerate(out):
            same = (p.email and p.email == q.email) or (
                key_name and q.name and key_name == q.name.lower()
            )
            if same:
                out[i] = Person(
                    name=q.name or p.name, email=q.email or p.email, title=q.title or p.title
                )
                break
        else:
            out.append(p)
    return out
