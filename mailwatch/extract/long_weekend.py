"""A decision promised "before the long weekend": the working day before the next public
holiday that lengthens a weekend, in the sender's country.

Why its own module: it is the one decision phrase that needs a holiday calendar, which the
`holidays` package keeps (as `[timing] country` does), and the country, which the sender's
domain names. A holiday counts when most of the country's regions keep it (Canada's
Victoria Day is a provincial holiday, kept in nearly all provinces).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

#: (not "the long weekend we just had": only a promise made before it)
_PHRASE = re.compile(r"\b(?:before|by)\s+the\s+(?:long|bank\s+holiday|holiday)\s+weekend\b",
                     re.I)
#: Where "long weekend" is said, by country-code domain.
_COUNTRY = {"ca": "CA", "au": "AU", "nz": "NZ", "uk": "GB", "ie": "IE", "za": "ZA", "us": "US"}
#: How far ahead the next long weekend may be.
_HORIZON = timedelta(days=90)


def before_long_weekend(text: str, ref: date, domain: str | None) -> tuple[date, str] | None:
    """(the last working day before the next long weekend, the phrase) or None."""
    m = _PHRASE.search(text)
    country = _COUNTRY.get((domain or "").rsplit(".", 1)[-1].lower())
    if m is None or country is None:
        return None
    for day in (*_kept(country, ref.year), *_kept(country, ref.year + 1)):
        if ref < day <= ref + _HORIZON and day.weekday() in (0, 4):
            # (a Monday: the Friday before; a Friday: the Thursday)
            return day - timedelta(days=3 if day.weekday() == 0 else 1), m.group(0)
    return None


@lru_cache(maxsize=16)
def _kept(country: str, year: int) -> tuple[date, ...]:
    """The public holidays of `country` in `year` that most of its regions keep."""
    import holidays as public  # (loaded only for the mail that needs it)

    whole = public.country_holidays(country, years=year)
    regions = list(whole.subdivisions)
    if not regions:
        return tuple(sorted(whole))
    counts: dict[date, int] = {}
    for region in regions:
        for day in public.country_holidays(country, subdiv=region, years=year):
            counts[day] = counts.get(day, 0) + 1
    return tuple(sorted(d for d, n in counts.items() if 2 * n > len(regions)))
