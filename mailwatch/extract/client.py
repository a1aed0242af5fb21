"""The employer when the obvious candidate is not it: agencies, templates and acronyms.

A recruitment agency's consultant signs with the agency ("Bluegum Search", "Northstar
Talent Partners"), but the candidate interviews at the agency's client, which the subject
("Coralbay - Actuarial Analyst") or the forwarded client mail names. A booking tool writes
the employer in a field ("Company: Kumo Lattice Inc."). A public body signs with its
acronym ("NADR Recruitment Section") and spells the name out in its letterhead.
"""

from __future__ import annotations

import re

from .. import rx
from ..domains import is_service, not_an_employer_domain
from ..message import Message
from .company_form import domain_label
from .employer import (
    _INSTITUTION,
    _ORG_TAIL,
    domain_phrase,
    fold,
    standalone,
    strip_legal,
)
from .people import squeezed
from .role_words import ROLE_WORDS

#: Words in an organisation's name that make it a recruitment agency, not an employer.
AGENCY = re.compile(
    r"\b(?:search|talent\w*|recruitment|recruiting|recruiters|staffing|resourcing|headhunt\w*"
    r"|placements?|personnel|executive\s+search"
    # German, French, Spanish, Italian, Dutch, Norwegian agencies' own words
    r"|personal(?:beratung|vermittlung|service|dienstleist\w*)|recrutement|reclutamiento"
    r"|reclutamento|werving|uitzendbureau|bemanning\w*"
    r"|personal(?=\s+gmbh|\s*$))\b",  # ("Nordlicht Personal GmbH")
    re.I,
)
_FIELD = rx.compile(
    r"^[ \t]*(?i:company|employer|organi[sz]ation|hiring\s+company|client|empresa|unternehmen"
    r"|arbeitgeber|entreprise|employeur|bedrijf)[ \t]*:[ \t]*"
    r"(?P<co>[A-ZÀ-ÖØ-Þ0-9][^\n:@/]{1,60}?)[ \t]*$"
    # a public vacancy's "Department: Office for Inland Waterways Standards" (not a team's
    # "Department: Engineering")
    rf"|^[ \t]*(?i:department)[ \t]*:[ \t]*(?P<dept>{_INSTITUTION}[A-Z][^\n:@/]{{1,60}}?)[ \t]*$"
    # a booking page's host and the firm after her name: "Host:\nEleanor Bright-Ashworth,
    # Hartwell & Crane"
    r"|^[ \t]*(?i:host)[ \t]*:[ \t]*\n?[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3},[ \t]*"
    r"(?P<host>[A-Z][^\n:@/,]{1,60}?)[ \t]*$",
    re.M,
    hint=False,
)
_FROM_LINE = re.compile(r"^[ \t>]*(?:From|Von|De|Van)[ \t]*:[^<\n]*<[^@>\s]+@(?P<d>[^>\s]+)>",
                        re.M)
_SMALL = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "der",
                    "für", "y", "e", "et", "&", "on", "in"})
_WORDS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ&]+(?:[ \t]+[A-Za-zÀ-ÖØ-öø-ÿ&]+){1,8}")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def company_field(text: str) -> str | None:
    """ "Company: Kumo Lattice Inc." in a template; the value as written."""
    m = _FIELD.search(text)
    if m is None:
        return None
    value = m["co"] or m["dept"]
    if value is None:  # a host's "Dana Whitfield, Financial Controller – Meridian Studios"
        value = _HOST_ROLE.split(m["host"])[-1]
        if ROLE_WORDS.search(value):
            return None
    # ("Client: Ledgerwise Ltd (Leeds)": the firm, not the office it writes after it)
    return _PLACE_AFTER.sub("", value).strip(" .,;")


#: What parts a host's title from her firm: "Financial Controller – Meridian Studios".
_HOST_ROLE = re.compile(r"\s+[-–—|]\s+|\s+at\s+")


_PLACE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def client_of_agency(found: str | None, subject_co: str | None, message: Message) -> str | None:
    """When `found` is a recruitment agency: the client the mail names instead, from a
    forwarded client mail's domain or a subject part the text backs up; else None."""
    if not found:
        return None
    if not (AGENCY.search(found) or _agency_domain(found, message)
            or _agency_named(found, message)):
        # ("Voltaro - Senior Product Manager" from Calder Reed Associates, whose mail says
        # "Voltaro would like to invite you": the subject's firm wants her, the sender relays)
        return subject_co if subject_co and fold(subject_co) != fold(found) and wants_her(
            subject_co, message) else None
    for h in _FROM_LINE.finditer(message.quoted or ""):
        domain = h["d"].lower()
        if not_an_employer_domain(domain) or is_service(domain) or (
                message.sender and domain == message.sender.domain):
            continue
        label = domain_label(domain)
        phrase = domain_phrase(label, message.full_text) if label else None
        if phrase and not AGENCY.search(phrase):
            return phrase
    if (subject_co and not AGENCY.search(subject_co) and fold(subject_co) != fold(found)
            and (standalone(subject_co, message.text) or _short_form(subject_co, message.text))):
        return subject_co
    # "my client, Tessellate Capital", "the hiring manager at Helix Marine Systems", "with
    # my client (Halcyon Retail Group)", "feedback from Mistral Aerospace"
    # (the subject kept apart: "… with my client" + "Hi Thandi," names no client)
    flat = " ".join(f"{message.subject} ¶ {message.text}".split())
    for m in _CLIENT.finditer(flat):
        name = m["co"] or m["co2"] or m["co3"] or m["co4"]
        if not AGENCY.search(name) and fold(name) != fold(found):
            return strip_legal(name) or name
    # "Great news - Wheatbelt Grain Handling Co-operative would like to meet you": a name
    # that is no person (three words or more, an "&", an organisation's last word)
    for m in _CLIENT_WANTS.finditer(flat):
        name, words = m["co"], m["co"].split()
        if not AGENCY.search(name) and fold(name) != fold(found) and (
                words[-1] not in ("Board", "Panel", "Committee")) and (  # ("The Selection Board")
                len(words) >= 3 or "&" in words or fold(words[-1]) in _ORG_TAIL):
            return strip_legal(name) or name
    if subject_co and not AGENCY.search(subject_co) and fold(subject_co) != fold(found) and (
            _THE_CLIENT.search(message.text)):
        return subject_co  # "the client came back to me" under "Interview – Halloway Freight"
    return None


_THE_CLIENT = re.compile(r"\b(?:the|my|our)\s+client\b", re.I)
_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,3}"
_CLIENT = re.compile(
    rf"\b(?:(?:[Mm]y|[Oo]ur)\s+client,?\s+(?:is\s+)?|[Tt]he\s+(?:client|company)\s+is\s+"
    # German "bei unserem Kunden, der Hanseatische Logistiksysteme AG"
    r"|(?:unserem|meinem|unseres|meines)\s+Kunden,?\s+(?:der|dem|des)?\s*)"
    rf"\(?(?P<co>{_NAME})"
    rf"|\b(?:hiring\s+manager|hiring\s+team|panel)\s+at\s+(?P<co2>{_NAME})"
    rf"|\bfeedback\s+from\s+(?P<co3>{_NAME})(?=\s+(?:following|after|on|about))"
    # "As we discussed, this is Marula Health, the Cape Town medtech scale-up"
    rf"|\b(?:this|it)\s+is\s+(?P<co4>{_NAME}),\s+(?:the|a|an)\s")


def wants_her(company: str, message: Message) -> bool:
    """Does the text say `company` wants to meet her ("Voltaro would like to invite you")?
    Then it is the employer, whoever relays the mail."""
    key = fold(company)
    return any(fold(m["co"]) == key for m in _CLIENT_WANTS.finditer(squeezed(message.text)))


def named_client(message: Message) -> str | None:
    """The client an agency names outright: "a Dispatch Coordinator role for our client
    Northgate Freight", "my client, Tessellate Capital"; None when it names none."""
    m = _CLIENT.search(squeezed(message.text))
    name = m["co"] if m else None
    return (strip_legal(name) or name) if name and not AGENCY.search(name) else None


def _short_form(company: str, text: str) -> bool:
    """The text calls the subject's company by its first word: "Tidewell want to move you
    through" under "Tidewell Analytics – 2nd round"."""
    first = company.split()[0]
    return len(company.split()) > 1 and len(first) >= 5 and first[0].isupper() and standalone(
        first, text)


def _agency_named(found: str, message: Message) -> bool:
    """Does the mail write `found` with an agency word after it ("Tallis & Reed Recruitment
    Ltd", the signature line the name was read from without it)?"""
    text = message.full_text
    at = text.find(found)
    return at >= 0 and bool(AGENCY.match(text, at + len(found) + 1))


def _agency_domain(found: str, message: Message) -> bool:
    """Is `found` the name of an agency's domain ("Ocean" of oceantalent.example, the word
    that says "agency" lost on the way)? Not an ATS's domain (smartrecruiters.com)."""
    sender = message.sender
    if sender is None or not sender.domain or not_an_employer_domain(sender.domain) or (
            is_service(sender.domain)):
        return False
    label = domain_label(sender.domain) or ""
    return fold(found) in label and any(w in label for w in _AGENCY_DOMAIN_WORDS)


_AGENCY_DOMAIN_WORDS = ("talent", "recruit", "staffing", "search", "resourcing", "personnel",
                        "headhunt", "placement")
_CLIENT_WANTS = re.compile(
    rf"(?<![\w&'’-])(?P<co>{_NAME}(?:\s+[A-Z][\w&'’-]*)?)(?:\s+(?:would\s+(?:like|love)|want"
    r"|wants|(?:are|is)\s+(?:keen|excited))\s+to\s+(?:meet|interview|see|speak\s+(?:to|with)"
    r"|invite|move\s+forward|progress|have\s+you)"
    # "Corran Bioscience have come back and they'd like to meet you"
    r"|\s+(?:have|has)\s+(?:come|got)\s+back\b)")


def _before_brackets(acronym: str, text: str) -> str | None:
    """The name a line writes right before "(AEQEC)": "Agence européenne pour la qualité
    des eaux côtières", whose words' initials hold the acronym's letters in order (the
    small words of any language skipped as they come)."""
    at = text.find(f"({acronym})")
    if at < 0:
        return None
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    words = line.split()
    for i, word in enumerate(words):
        if not word[:1].isupper() or word[0].lower() != acronym[0].lower():
            continue
        letters = iter(w[0].lower() for w in words[i:])
        if all(ch in letters for ch in acronym.lower()):
            return " ".join(words[i:]).strip(" ,;:-–")
    return None


def expand_acronym(company: str | None, text: str) -> str | None:
    """ "NADR" -> "National Authority for Digital Registries" when the text spells out a
    phrase whose initials (small words skipped) are the acronym; written in title case
    when the letterhead shouts it."""
    if not company or not _ACRONYM.fullmatch(company):
        return None
    if (spelled := _before_brackets(company, text)) is not None:
        return spelled
    want = company.lower()
    for line in text.splitlines():
        for m in _WORDS.finditer(line):
            words = m.group(0).split()
            for i in range(len(words)):
                big = [w for w in words[i:] if w.lower() not in _SMALL]
                if not big or words[i].lower() in _SMALL:
                    continue
                if "".join(w[0] for w in big[: len(want)]).lower() != want:
                    continue
                # the phrase ends at the word that completes the acronym
                n, end = 0, i
                for j, w in enumerate(words[i:], start=i):
                    if w.lower() not in _SMALL:
                        n += 1
                    if n == len(want):
                        end = j + 1
                        break
                phrase = words[i:end]
                if not all(w[0].isupper() for w in phrase if w.lower() not in _SMALL):
                    continue
                out = " ".join(
                    w.lower() if w.lower() in _SMALL and k else (
                        w.capitalize() if w.isupper() else w)
                    for k, w in enumerate(phrase)
                )
                return strip_legal(out)
    return None
