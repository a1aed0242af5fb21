"""The person behind an address or a signature: a calendar attendee, the sender.

Split from people.py because this reads one person from the fields of a header, an
attendee line or a sign-off block, where people.py finds the interviewers a text
introduces; both pass names through the same `clean_name` gate.
"""

from __future__ import annotations

import re

from ..message import Address, Message
from ..model import Person
from .employer import fold
from .people import _HONORIFIC_LEAD, NAME_RX, clean_name

_SIGNOFF = re.compile(
    r"^(?:kind|best|warm|many|with)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely"
    r"|best|all the best|yours(?: sincerely| truly)?|talk soon|speak soon)[,!.]*$|^--\s*$"
    # the same in the other languages of interview mail
    r"|^(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|viele[n]?|beste|liebe|freundliche)"
    r"\s+gr(?:ü|ue)(?:ß|ss)en?[,!.]*$|^(?:bien\s+)?cordialement[,!.]*$"
    r"|^(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?[,!.]*$|^atentamente[,!.]*$"
    r"|^(?:met\s+)?vriendelijke\s+groet(?:en)?[,!.]*$|^(?:cordiali|distinti)\s+saluti[,!.]*$"
    r"|^(?:med\s+)?(?:vänliga|vennlig|venlig)(?:\s+hälsningar|\s+hilsen)[,!.]*$"
    r"|^(?:pozdrawiam|z\s+poważaniem|atenciosamente|abraços|abrazos)[,!.]*$"
    # "Viele Grüße aus Feuerbach", "Warm wishes from Cape Town", "Saludos desde Córdoba"
    r"|^[\w ]{0,20}\b(?:gr(?:ü|ue)(?:ß|ss)e|greetings|regards|wishes|saludos|groeten"
    r"|hälsningar|hilsen|cumprimentos|salutations)\s+(?:aus|from|de|desde|da|uit|fra|från"
    r"|van)\s+[^,.!]{2,30}[,!.]*$",
    re.I,
)
_EMAIL_STOP = re.compile(
    r"^(?:no-?reply|do-?not-?reply|calendar|notifications?|recruit\w*|careers?|jobs?|talent"
    r"|hr|people|hiring|interviews?|scheduling|team)\b",
    re.I,
)

_NAME_LINE = re.compile(NAME_RX)
_ROOM = re.compile(r"\broom\b|\bresource\b", re.I)
_TITLE_SEP = re.compile(r"\s*[|,–—]\s*")


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
    if name and _ROOM.search(name):
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
            j = i + 1  # (the name again under a sign-off, "Katrin B" / "Katrin B" / title)
            if j + 1 < len(lines) and (lines[j] == line or (
                    # ("Harriet" / "Harriet Blythe" / "Senior Talent Partner": the full name)
                    lines[j].split()[0] == line.split()[0] and clean_name(lines[j]) == lines[j])):
                if lines[j] != line:
                    name = clean_name(lines[j]) or name
                j += 1
            if j < len(lines):
                first = _TITLE_SEP.split(lines[j])[0].strip()
                if 2 < len(first) <= 50 and not any(ch.isdigit() for ch in first):
                    title = first
            return name, title
        break
    return None, None


def _address_reverses(name: str, email: str) -> bool:
    """Is "Meier Corinne" written the other way round in corinne.meier@... (or in
    c.meier@...)?"""
    words = [fold(w) for w in name.split()]
    parts = [p for p in re.split(r"[._-]", email.split("@", 1)[0].lower()) if p]
    if len(words) != 2 or len(parts) != 2:
        return False
    return parts == words[::-1] or (len(parts[0]) == 1 and parts == [words[1][:1], words[0]])


def _closing_name(closing: str) -> str | None:
    """The writer's full name on a line of its own in the text's last lines, when the From
    header gives none ("– L" / "Dr. Lucía Fernández-Ortega" / "Director of …")."""
    for line in closing.splitlines():
        bare = _HONORIFIC_LEAD.sub("", line.strip())
        if 2 <= len(bare.split()) <= 4 and clean_name(bare) == bare and _NAME_LINE.fullmatch(bare):
            return bare
    return None


_AT_ORG = re.compile(r"(?<=\w)\s+(?:at|@)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*)*\s*$")


def sender_person(sender: Address | None, signature: str, closing: str = "",
                  text: str = "") -> Person | None:
    """The sender as a Person: name from the From header, else from the signature.
    `closing`: the text's last lines, where a sign-off left unsplit names the writer;
    `text`: the whole text, where she may sign above a meeting tool's block."""
    sig_name, sig_title = signature_person(signature)
    # ("Nina Castellanos at Redwood Semiconductor", a scheduling tool's display name)
    header_name = clean_name(_AT_ORG.sub("", sender.name or "")) if sender else None
    if header_name:  # "Dr Rebecca Lau": the person, without the title
        header_name = _HONORIFIC_LEAD.sub("", header_name) or header_name
    if sig_name:  # "Mag. Elisabeth Hofer"
        sig_name = _HONORIFIC_LEAD.sub("", sig_name) or sig_name
    if sig_name and header_name and sig_name.split() == header_name.split()[::-1]:
        header_name = sig_name  # "Hofer Elisabeth" (surname first) signs "Elisabeth Hofer"
    elif sig_name and header_name and _initialled(header_name, sig_name):
        header_name = sig_name  # "Wren H." signs "Wren Halvorsen-Begay"
    elif header_name and sender and sender.email and _address_reverses(header_name, sender.email):
        # "Meier Corinne <corinne.meier@...>" who signs "Corinne Meier" (a sign-off the
        # reply parser left in the text): the name as she writes it; a Hungarian "Tóth Réka"
        # who signs so stays as written
        turned = " ".join(header_name.split()[::-1])
        if turned in closing or turned in text:
            header_name = turned
    name = header_name or sig_name or _closing_name(closing)
    if sig_name and header_name and sig_name.split()[0] != header_name.split()[0]:
        sig_title = None
    if name is None:  # (a person with no name is no interviewer a draft can thank)
        return None
    return Person(name=name, email=sender.email if sender else None, title=sig_title)


def _initialled(short: str, full: str) -> bool:
    """ "Wren H." is "Wren Halvorsen-Begay" with the surname cut to its initial."""
    a, b = short.split(), full.split()
    return len(a) == 2 == len(b) and a[0] == b[0] and len(a[1].rstrip(".")) == 1 and (
        b[1].startswith(a[1].rstrip(".")))


def writer_title(m: Message) -> str | None:
    """The sender's job title: the signature's, else the line under the sender's name in
    the text's last lines (a sign-off the reply parser left in the text)."""
    if title := signature_person(m.signature)[1]:
        return title
    name = clean_name(m.sender.name) if m.sender and m.sender.name else None
    # (or under the name in a signature the person reader could not read: "Kind regards /
    # Mit freundlichen Grüßen / Lena Vogel / HR Business Partner Recruiting")
    # (or above a forwarded mail, whose lines now close the text: "Sophie Lambert" /
    # "Assistante RH – Atelier Vermeil" over "De : Claire Dubois-Renaud …")
    return (title_under(m.text, name) or title_under(m.signature, name, first=True)
            or title_under(m.text, name, first=None))


def title_under(text: str, name: str | None, first: bool | None = False) -> str | None:
    """The title on the line under `name` among the text's last lines (`first`: its first
    lines; None: any line) ("Aoife Brennan" / "Talent Acquisition | Lugh Technologies"), or
    None."""
    if not text or not name:
        return None
    every = text.splitlines()
    some = every if first is None else every[:10] if first else every[-10:]
    lines = [ln.strip() for ln in some if ln.strip()]
    for i, line in enumerate(lines):
        if line == name and i + 1 < len(lines):
            first = _TITLE_SEP.split(lines[i + 1])[0].strip()
            return first if 2 < len(first) <= 50 and not any(c.isdigit() for c in first) else None
        if line.startswith(name) and (sep := _NAME_THEN_TITLE.match(line, len(name))):
            # ("Megan Doyle | Recruiting Coordinator": the title on the name's own line)
            return sep["title"]
    return None


_NAME_THEN_TITLE = re.compile(r"\s*[|–—]\s*(?P<title>[^\d|]{3,50}?)\s*(?:\||$)")
