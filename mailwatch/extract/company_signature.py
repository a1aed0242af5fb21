"""The employer in a "Title, Org" signature line: "Recruiting Coordinator, Ferncliff
Therapeutics", "People Partner | Umthombo Health", "Ayanda Cele | Talent Lead | Okavango
Digital".

Split from company.py, which weighs this reading against the others: this module only
reads the lines, one at a time, and knows the one exception of an agency's desk ("Senior
Consultant - Science & Environment" over the agency's own line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .client import AGENCY
from .people import clean_name
from .position import _ROLE_WORDS, _tidy

#: A name and a bar before the title and the org: "Ayanda Cele | Talent Lead | …".
_NAME_BAR = re.compile(r"^(?P<name>[^|·]{3,40}?)\s*[|·]\s*(?=[^|·]+[|·])")
#: Titles of the people who write to candidates: "Talent Acquisition, Solhavn Travel".
_HR_TITLE = re.compile(r"\b(?:talent|recruit\w*|people\s+(?:partner|team|ops)|hr|human\s+"
                       r"resources|careers|hiring)\b", re.I)
_TITLE_THEN_ORG = re.compile(
    r"^(?P<title>[^,|·]{3,60}?)\s*(?:,|\||·|–|—| - | at )\s*(?P<org>[^,|·–—]{3,60})$")


_SIG_PARTS = re.compile(r"\s+[|·•–—-]\s+|,\s+")


def signature_orgs(signature: str) -> Iterator[str | None]:
    """The org of each "Title, Org" signature line, unless the line under it names a
    recruitment agency: then "Senior Consultant - Science & Environment" names the
    consultant's desk at that agency, not an employer."""
    lines = [ln for ln in signature.splitlines() if ln.strip()]
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if AGENCY.search(below):  # the agency itself, whose client the caller looks for
            yield _tidy(_SIG_PARTS.split(below.strip())[0]) if signature_org(line) else None
        else:
            yield signature_org(line)


def signature_org(line: str) -> str | None:
    line = line.strip()
    if (head := _NAME_BAR.match(line)) and clean_name(head["name"]):
        line = line[head.end() :]  # "Ayanda Cele | Talent Lead | Okavango Digital"
    m = _TITLE_THEN_ORG.match(line)
    if m is None or not (_ROLE_WORDS.search(m["title"]) or _HR_TITLE.match(m["title"])) or (
            _ROLE_WORDS.search(m["org"]) or _HR_TITLE.search(m["org"])):
        return None  # ("Senior Consultant – Manufacturing Hiring": a desk, not the org)
    org = _tidy(m["org"])
    if org and org.casefold() in _TEAMS:
        return None  # "Engineering Manager, Mobile": the writer's team, not the org
    return org if org and org[0].isupper() and not any(ch.isdigit() for ch in org) else None


#: One-word teams a title names after its comma ("Engineering Manager, Mobile").
_TEAMS = frozenset({"mobile", "platform", "data", "growth", "payments", "infrastructure",
                    "engineering", "product", "design", "marketing", "sales", "operations",
                    "finance", "security", "backend", "frontend", "web", "ios", "android",
                    "analytics", "research", "devops", "sre", "ml", "ai", "cloud", "apps"})
