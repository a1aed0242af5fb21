"""Whether a mail writes its numeric dates day first or month first ("03/09/2027").

Split from dates.py, which reads the dates: this module only weighs the evidence a mail
gives about its writer's habit (the named dates it spells, a US zone or address, the
sender's country) before any ambiguous date is read.
"""

from __future__ import annotations

from .. import rx
from .dates import _DMY_NAME, _MDY_NAME


def resolve_order(date_order: str, sender_domain: str | None, text: str = "") -> str:
    """ "DMY" or "MDY" for ambiguous numeric dates.

    `auto` asks the mail itself first: a writer who spells dates "March 3, 2027" writes
    03/09/2027 month-first too, one who writes "3 March 2027" day-first; and a US zone
    ("10:00 AM CT", "Eastern Time") marks a US writer. Only a mail silent on both falls back
    on the sender's domain (day-first unless US-style), which a forward or an agency hides.
    """
    order = (date_order or "auto").upper()
    if order in ("DMY", "MDY"):
        return order
    if text and _AMBIGUOUS.search(text):  # (only then does the order matter at all)
        month_first = sum(1 for _ in _MDY_NAME.finditer(text))
        day_first = sum(1 for _ in _DMY_NAME.finditer(text))
        if month_first != day_first:
            return "MDY" if month_first > day_first else "DMY"
        if _US_ZONE.search(text):
            return "MDY"
    dom = (sender_domain or "").lower()
    tld = dom.rpartition(".")[2]
    if tld in ("com", "us", "org", "net", "io", "edu", "gov", "co", "ai", "dev", ""):
        return "MDY"
    if tld in ("ca", "ph"):
        return "MDY"
    return "DMY"


#: A numeric date whose order is in doubt: "03/09/2027", "4.5.27", "by 03/12".
_AMBIGUOUS = rx.compile(
    r"(?<![\d/.\-])(?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|1[0-2])(?:[/.\-]\d{2,4})?\b")
#: Zones only a US (or Canadian) writer uses: such a writer puts the month first.
_US_ZONE = rx.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MST|MDT)\b"
                      r"|\b(?i:eastern|central|pacific|mountain)\s+(?i:standard\s+|daylight\s+)?"
                      r"(?i:time)\b"
                      # "Charlotte, NC", "(206) 555-0147": a US address or phone number
                      r"|\b[A-Z][a-z]+,\s(?:AL|AK|AZ|AR|CA|CO|CT|DC|DE|FL|GA|HI|IA|ID|IL|IN|KS|KY"
                      r"|LA|MA|MD|MI|MN|MO|MS|NC|ND|NE|NH|NJ|NM|NV|NY|OH|OK|OR|PA|RI|SC|SD|TN|TX"
                      r"|UT|VA|VT|WA|WI|WV|WY)\b|\(\d{3}\)\s?\d{3}-\d{4}\b")
