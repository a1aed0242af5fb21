"""Table-driven tests for the date/time/zone grammar, deadlines, names and companies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from mailwatch.extract.company import from_sender
from mailwatch.extract.date_order import resolve_order
from mailwatch.extract.dates import find_dates, find_times
from mailwatch.extract.deadline import add_business_days, find_deadline
from mailwatch.extract.people import clean_name, names_in_text
from mailwatch.extract.position import position_from_text
from mailwatch.extract.signature import person_from_address
from mailwatch.extract.slots import slots_in
from mailwatch.extract.subject import from_subject
from mailwatch.extract.zones import resolve_label
from mailwatch.message import Address

SAST = timezone(timedelta(hours=2))
REF = datetime(2026, 11, 5, 9, 0, tzinfo=SAST)  # a Thursday

SLOTS = [
    (
        "Thursday, 12 November 2026 at 14:00 SAST",
        "DMY",
        "2026-11-12T14:00:00+02:00",
        None,
        "Africa/Johannesburg",
    ),
    (
        "November 12, 2026 from 9:30 to 13:00 Eastern Time",
        "MDY",
        "2026-11-12T09:30:00-05:00",
        "2026-11-12T13:00:00-05:00",
        "America/New_York",
    ),
    ("on 12/11/2026 at 10am", "DMY", "2026-11-12T10:00:00+02:00", None, None),
    ("on 11/12/2026 at 10am", "MDY", "2026-11-12T10:00:00+02:00", None, None),
    ("Thu 11/12/2026 at 10:00", "DMY", "2026-11-12T10:00:00+02:00", None, None),  # weekday wins
    (
        "12 Nov, 2:30-3:30 PM PT",
        "DMY",
        "2026-11-12T14:30:00-08:00",
        "2026-11-12T15:30:00-08:00",
        "America/Los_Angeles",
    ),
    (
        "Tuesday 17 November, 11:00 AM - 12:00 PM (IST)",
        "DMY",
        "2026-11-17T11:00:00+05:30",
        "2026-11-17T12:00:00+05:30",
        "Asia/Kolkata",
    ),
    (
        "14:00–15:30 CET on 20 Nov",
        "DMY",
        "2026-11-20T14:00:00+01:00",
        "2026-11-20T15:30:00+01:00",
        "Europe/Berlin",
    ),
    ("tomorrow at 9am", "DMY", "2026-11-06T09:00:00+02:00", None, None),
    ("on Wednesday at 11:30 UK time", "DMY", "2026-11-11T11:30:00+00:00", None, "Europe/London"),
    ("next Thursday at 10:00 AEDT", "DMY", "2026-11-12T10:00:00+11:00", None, "Australia/Sydney"),
    (
        "3 Feb at 16:00 South Africa Standard Time",
        "DMY",
        "2027-02-03T16:00:00+02:00",
        None,
        "Africa/Johannesburg",
    ),  # year omitted: next occurrence
    ("2026-11-20 at 10.30am BST", "DMY", "2026-11-20T10:30:00+00:00", None, "Europe/London"),
    ("Monday 16 Nov at 14h30 UTC+2", "DMY", "2026-11-16T14:30:00+02:00", None, None),
]


@pytest.mark.parametrize(("text", "order", "start", "end", "tz"), SLOTS)
def test_slots(text: str, order: str, start: str, end: str | None, tz: str | None) -> None:
    slots = slots_in(text, REF, order, SAST)
    assert len(slots) == 1, slots
    assert slots[0].start.isoformat() == start
    assert (slots[0].end.isoformat() if slots[0].end else None) == end
    assert slots[0].timezone == tz


NO_DATES = [
    "May I ask whether you are still interested?",
    "Call me on +27 82 555 0143 or 011 555 1234 ext 12.",
    "Requisition REQ-2026-1112, job id 12.11.2026-7, candidate #20261112.",
    "We had 12 applicants and 3 rounds; version 2.5.1 of the test.",
    "We will meet at 10 or 11 if that suits.",
    "Sat with the team and discussed the role.",
]


@pytest.mark.parametrize("text", NO_DATES)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text, REF.date(), "DMY") == [] or "May" not in text
    assert slots_in(text, REF, "DMY", SAST) == []
    if "May" in text or "REQ" in text or "+27" in text:
        assert find_dates(text, REF.date(), "DMY") == []
        assert find_times(text) == []


def test_two_slots_in_one_sentence() -> None:
    slots = slots_in("Tue 10 Nov, 10:00 or 14:00 (CET)", REF, "DMY", SAST)
    assert [s.start.isoformat() for s in slots] == [
        "2026-11-10T10:00:00+01:00",
        "2026-11-10T14:00:00+01:00",
    ]


@pytest.mark.parametrize(
    ("domain", "order"),
    [
        ("umoya.co.za", "DMY"),
        ("kestrel-robotik.de", "DMY"),
        ("brightlane.in", "DMY"),
        ("acme.co.uk", "DMY"),
        ("northwindtraders.com", "MDY"),
        ("oakridge.us", "MDY"),
        (None, "MDY"),
    ],
)
def test_resolve_order(domain: str | None, order: str) -> None:
    assert resolve_order("auto", domain) == order
    assert resolve_order("DMY", domain) == "DMY"


DEADLINES = [
    ("We expect to make a decision by Friday 20 November.", date(2026, 11, 20)),
    ("You will hear from us by the end of next week.", date(2026, 11, 13)),
    ("We'll get back to you by the end of this week.", date(2026, 11, 6)),
    ("We will get back to you within two weeks.", date(2026, 11, 19)),
    ("We'll be in touch in the next 5 business days.", date(2026, 11, 12)),
    ("Expect feedback within 5-7 working days.", date(2026, 11, 16)),
    ("We will let you know early next week.", date(2026, 11, 10)),
    ("We'll update you by the end of the month.", date(2026, 11, 30)),
    ("We'll let you know by Monday.", date(2026, 11, 9)),
    ("Please send your availability by Friday.", None),
    ("The interview is on 12 November at 10:00.", None),
    ("If we decide to move forward, we'll contact you within a week.", None),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES)
def test_deadline(text: str, expected: date | None) -> None:
    found = find_deadline(text, REF.date())
    assert (found[0] if found else None) == expected


def test_business_days_skip_weekends() -> None:
    assert add_business_days(date(2026, 11, 6), 1) == date(2026, 11, 9)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles"),
        ("(UTC+02:00) Harare, Pretoria", "Africa/Johannesburg"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "Asia/Kolkata"),
        ("(UTC) Coordinated Universal Time", "UTC"),
        ("Europe/London", "Europe/London"),
    ],
)
def test_outlook_labels(label: str, name: str) -> None:
    tz, found = resolve_label(label)
    assert found == name and tz is not None


def test_unknown_label_with_offset_is_fixed() -> None:
    tz, name = resolve_label("(UTC+03:00) Somewhere New")
    assert name is None and tz is not None
    assert datetime(2026, 1, 1, tzinfo=tz).utcoffset() == timedelta(hours=3)
    assert datetime(2026, 1, 1, tzinfo=UTC).utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Lopez, Maria", "Maria Lopez"),
        ("Jan de Vries", "Jan de Vries"),
        ("Talent Acquisition Team", None),
        ("Acme Recruiting", None),
        ("no-reply", None),
        ("maria@acme.com", None),
        ("Conference Room 4B", None),
        ("HR", None),
    ],
)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_attendee_gate() -> None:
    users = frozenset({"thandi@example.org"})
    assert person_from_address("mailto:thandi@example.org", "Thandi", user_addresses=users) is None
    assert person_from_address("mailto:r1@acme.com", "Room 1", user_addresses=users) is None
    assert (
        person_from_address("mailto:b@acme.com", "Board", user_addresses=users, cutype="ROOM")
        is None
    )
    assert person_from_address("mailto:noreply@acme.com", None, user_addresses=users) is None
    p = person_from_address("mailto:Jan@Acme.com", "jan@acme.com", user_addresses=users)
    assert p is not None and p.name is None and p.email == "jan@acme.com"


NAMES = [
    (
        "you'll be speaking with Maria Lopez (Engineering Manager).",
        [("Maria Lopez", "Engineering Manager")],
    ),
    (
        "you will meet Jan de Vries and Priya Shah on the day.",
        [("Jan de Vries", None), ("Priya Shah", None)],
    ),
    ("a technical interview with our CTO, Sipho Dlamini.", [("Sipho Dlamini", "CTO")]),
    ("an interview with the Talent Acquisition Team", []),
    ("an interview with Umoya Fintech on Friday", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    people = names_in_text(text, exclude=["Umoya Fintech"])
    assert [(p.name, p.title) for p in people] == expected


def test_company_and_position() -> None:
    assert position_from_text("the Senior Data Engineer role at Acme") == "Senior Data Engineer"
    assert position_from_text("the position of Backend Engineer") == "Backend Engineer"
    assert from_subject("Interview: Backend Engineer – Acme") == ("Acme", "Backend Engineer")
    assert from_subject("Interview invitation - Data Analyst at Northwind Traders") == (
        "Northwind Traders",
        "Data Analyst",
    )
    assert from_sender(Address("Maria", "maria@greenhouse.io")) is None
    assert from_sender(Address("Jo", "jo@gmail.com")) is None
    assert from_sender(Address("Acme Careers", "jobs@acme.com")) == "Acme"
    assert from_sender(Address("Lerato", "l@mail.umoya.co.za")) == "Umoya"


# --- regression tests from the review -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        # Review #13: day-first sender, written month-first; 11 May is months before the
        # mail (Thu 5 Nov 2026), 5 November is not: the other reading wins.
        ("11/05/2026", "DMY", date(2026, 11, 5)),
        ("on 12/11/2026", "MDY", date(2026, 12, 11)),  # both readings ahead: the preferred one
        ("on 04/11/2026", "MDY", date(2026, 11, 4)),  # 11 Apr is past; 4 Nov is yesterday
        ("on 05/04/2027", "DMY", date(2027, 4, 5)),  # both readings ahead: the preferred one
        ("on 03/04/2026", "DMY", date(2026, 4, 3)),  # both past: keep the preferred reading
        ("on 25/11/2026", "MDY", date(2026, 11, 25)),  # not ambiguous
    ],
)
def test_ambiguous_numeric_date_avoids_a_reading_before_the_mail(
    text: str, order: str, expected: date
) -> None:
    (hit,) = find_dates(text, REF.date(), order)
    assert hit.day == expected


def test_ambiguous_numeric_date_without_a_reference_keeps_the_preferred_reading() -> None:
    (hit,) = find_dates("11/05/2026", None, "DMY")
    assert hit.day == date(2026, 5, 11)
