"""Days named by a public holiday: "we'll let you know before the bank holiday weekend",
"the Tuesday after Thanksgiving".

Such holidays move from year to year, so their dates come from the `holidays` package (a
dependency already, for business days). Which country a name belongs to is part of the
name: a "bank holiday" is the United Kingdom's, Thanksgiving and Memorial Day are the
United States'. The package is imported only when a mail names a holiday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

#: A holiday's name as mail writes it, with the country whose calendar it belongs to.
HOLIDAY = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:(?:early\s+|late\s+)?(?:may|spring|summer|august)\s+)?bank\s+holiday"
    r"|thanksgiving|memorial\s+day|labou?r\s+day|good\s+friday|easter)"
    r"(?:\s+(?:monday|weekend|break|long\s+weekend))?\b",
    re.I,
)
#: "before the bank holiday weekend", "ahead of Thanksgiving": a promise bounded by a holiday.
BEFORE_HOLIDAY = re.compile(r"\b(?:by|before|ahead\s+of|prior\s+to)\s+" + HOLIDAY.pattern[2:], re.I)


@cache
def _calendar(country: str, year: int) -> dict[date, str]:
    import holidays  # noqa: PLC0415 (only mail that names a holiday pays for the import)

    found = holidays.country_holidays(country, subdiv="ENG" if country == "GB" else None,
                                      years=(year, year + 1))
    return dict(found.items())


def _country(name: str) -> str:
    return "GB" if "bank" in name or name in ("good friday", "easter") else "US"


def _matches(name: str, label: str) -> bool:
    label = label.lower()
    if "bank holiday" in name:
        return "bank holiday" in label or label == "may day"
    if name.startswith("labo"):
        return label.startswith("labo")
    return name in label


def holiday_on_or_after(name: str, ref: date) -> date | None:
    """The first day named `name` ("bank holiday", "Thanksgiving") on or after `ref`."""
    name = " ".join(name.lower().split())
    if name == "easter":
        good_friday = holiday_on_or_after("good friday", ref - timedelta(days=2))
        return good_friday + timedelta(days=2) if good_friday else None
    words = name.split()
    if words[0] in ("early", "late", "may", "spring", "summer", "august"):
        name = "bank holiday"  # ("the late May bank holiday": the next bank holiday will do)
    days = _calendar(_country(name), ref.year)
    return min((d for d, label in days.items() if d >= ref and _matches(name, label)),
               default=None)


def last_workday_before(name: str, ref: date) -> date | None:
    """The last weekday before the holiday and the weekend around it ("before the bank
    holiday weekend" on the Monday of 31 May: Friday 28 May)."""
    day = holiday_on_or_after(name, ref)
    if day is None:
        return None
    off = _calendar(_country(" ".join(name.lower().split())), day.year)
    day -= timedelta(days=1)
    while day.weekday() >= 5 or day in off:
        day -= timedelta(days=1)
    return day
