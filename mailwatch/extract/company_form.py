"""The employer's name written in full, once chosen: "Kestrel" the domain spells as
"Kestrel Analytics", "Whitlow County Department" that runs on "of Health and Human
Services", "Port Arlen" that the signature calls "City of Port Arlen", without the words a
phrase ran on into ("… Graduate Programme").

Split from company.py, which chooses among the readings; this only completes the one it
chose, from the sender's domain and the mail's own text.
"""

from __future__ import annotations

import re

from ..message import Address
from .employer import fold

_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}


def domain_label(domain: str) -> str | None:
    """ "mail.acme.co.za" -> "acme": the label that names the organisation. The reserved
    "example" label (RFC 2606) stands in for a registered name, so the label before it
    names the organisation: "kimg.example.ac.jp" -> "kimg" (but "cinderwood.example" ->
    "cinderwood"); and one appended to a country's domain stands for nothing:
    "coastalheritage.gov.bb.example" -> "coastalheritage"."""
    *names, top = domain.split(".")
    if top == "example" and len(names) >= 2 and len(names[-1]) == 2:
        *names, top = names
    labels = [label for label in names if label != "example"] + [top]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else None


def full_form(company: str, sender: Address | None, text: str) -> str:
    """`company` as the mail writes it in full."""
    company = _CO_TAIL.sub("", company) or company
    company = _spelled_by_domain(company, sender)
    company = _of_what(company, text)
    return _public_body(company, text)


def _spelled_by_domain(company: str, sender: Address | None) -> str:
    """ "Kestrel" from "the Data Analyst role at Kestrel", written by kestrelanalytics.com:
    the name with the organisation word the domain adds ("Kestrel Analytics")."""
    label = domain_label(sender.domain) if sender and sender.domain else None
    if not label or " " in company:
        return company
    rest = fold(label).removeprefix(fold(company))
    if rest != fold(label) and rest in _ORG_NOUNS:
        return f"{company} {rest.capitalize()}"
    return company


#: Public bodies and schools named "X Department of Y": the name runs on through "of".
_INSTITUTION = frozenset({"department", "university", "college", "ministry", "board", "council",
                          "institute", "school", "authority", "faculty", "commission", "bureau",
                          "office", "academy", "trust", "agency", "centre", "center", "division",
                          "city", "town", "county", "borough", "municipality", "shire",
                          "district", "region", "province", "state", "government"})
_OF_TAIL = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                      r"(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?[A-Z][\w'’-]*){0,5}")


def _of_what(company: str, text: str) -> str:
    """ "Whitlow County Department" -> "Whitlow County Department of Health and Human
    Services", "Thornbury College" -> "Thornbury College of Applied Arts and Technology",
    as the text writes the name in full."""
    if company.rsplit(None, 1)[-1].casefold() not in _INSTITUTION:
        return company
    tails = []
    at = text.find(company)
    while at >= 0:
        if (m := _OF_TAIL.match(text, at + len(company))) is not None:
            tails.append(m.group(0))
        at = text.find(company, at + 1)
    # (the shortest: "on behalf of City of Cedar Narrows." over "the City of Cedar Narrows
    # Transit Operations Centre")
    return " ".join(f"{company}{min(tails, key=len)}".split()) if tails else company


def _public_body(company: str, text: str) -> str:
    """ "Port Arlen" (what portarlen.example spells) -> "City of Port Arlen", as the
    signature writes the council's name."""
    key = fold(company).replace(" ", "")
    for m in _PUBLIC_BODY.finditer(text) if " of " in text else ():
        if fold(m["name"]).replace(" ", "") == key:  # ("Portarlen" of the domain, too)
            return m.group(0)
    return company


_PUBLIC_BODY = re.compile(r"\b(?:City|Town|County|District|Municipality|Shire|Borough|Village"
                          r"|Province|State|Region)\s+of\s+(?P<name>[A-Z][\w'’-]*"
                          r"(?:\s+[A-Z][\w'’-]*){0,3})")


_ORG_NOUNS = frozenset({"analytics", "capital", "labs", "lab", "health", "systems", "group",
                        "partners", "digital", "energy", "software", "solutions", "media",
                        "consulting", "bank", "foods", "robotics", "games", "studio", "studios",
                        "logistics", "insurance", "ventures", "holdings", "technologies",
                        "tech", "data", "cloud", "mobility", "pharma", "bio", "finance"})


#: Words a phrase runs on into after the employer's name: "the Umoya Retail Group Graduate
#: Programme", "Nightjar Aerospace Virtual Assessment", "Halvorsen Foods HQ".
_CO_TAIL = re.compile(
    r"(?:\s+(?:Graduate|Trainee|Programme|Program|Scheme|Internship|Virtual|Assessment|Early"
    r"|Careers|HQ|Head\s+Office|Having|Campus|Hiring|Recruitment|Assistant"
    r"|Genel\s+Müdürlü(?:k|ğü)|Hauptsitz|Zentrale|Siège|Sede\s+Central))+$"
    # a case ending on a legal form: Estonian "Põhjarannik Tarkvara OÜ-sse", Finnish "Oy:n"
    r"|(?<=\bOÜ)[-:'’][a-zäöüõ]{1,4}$|(?<=\b(?:AS|Oy|AB|SA))[-:'’][a-zäöüõ]{1,4}$")
