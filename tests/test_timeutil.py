"""Business days and the send window, including DST edges, from tables."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mailwatch.model import Interview
from mailwatch.settings import TimingConfig
from mailwatch.timeutil import (
    NoBusinessDay,
    add_business_days,
    first_slot_on_or_after,
    interview_end,
    is_business_day,
    next_business_day_after,
    next_send_slot,
    wall_clock,
)

SAST = ZoneInfo("Africa/Johannesburg")
BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")
T = TimingConfig()
HOLIDAY = TimingConfig(holidays=(date(2026, 11, 12),))  # a Thursday
EVERY_DAY = TimingConfig(send_days=(0, 1, 2, 3, 4, 5, 6))


@pytest.mark.parametrize(
    ("d", "timing", "expected"),
    [
        (date(2026, 11, 2), T, True),  # Monday
        (date(2026, 11, 6), T, True),  # Friday
        (date(2026, 11, 7), T, False),  # Saturday
        (date(2026, 11, 8), T, False),  # Sunday
        (date(2026, 11, 12), HOLIDAY, False),
        (date(2026, 11, 8), EVERY_DAY, True),
    ],
)
def test_is_business_day(d: date, timing: TimingConfig, expected: bool) -> None:
    assert is_business_day(d, timing) is expected


@pytest.mark.parametrize(
    ("d", "timing", "expected"),
    [
        (date(2026, 11, 5), T, date(2026, 11, 6)),  # Thu -> Fri
        (date(2026, 11, 6), T, date(2026, 11, 9)),  # Fri -> Mon
        (date(2026, 11, 7), T, date(2026, 11, 9)),  # Sat -> Mon
        (date(2026, 11, 11), HOLIDAY, date(2026, 11, 13)),  # holiday skipped
    ],
)
def test_next_business_day_after(d: date, timing: TimingConfig, expected: date) -> None:
    assert next_business_day_after(d, timing) == expected


@pytest.mark.parametrize(
    ("d", "n", "expected"),
    [
        (date(2026, 11, 5), 0, date(2026, 11, 5)),
        (date(2026, 11, 5), 1, date(2026, 11, 6)),
        (date(2026, 11, 5), 2, date(2026, 11, 9)),
        (date(2026, 11, 5), 5, date(2026, 11, 12)),
        (date(2026, 11, 9), -1, date(2026, 11, 6)),
    ],
)
def test_add_business_days(d: date, n: int, expected: date) -> None:
    assert add_business_days(d, n, T) == expected


def test_no_send_days_fails_loudly_instead_of_looping() -> None:
    with pytest.raises(NoBusinessDay):
        next_business_day_after(date(2026, 11, 5), TimingConfig(send_days=()))


def _sast(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=SAST)


@pytest.mark.parametrize(
    ("earliest", "expected"),
    [
        ("2026-11-05 10:15", "2026-11-05 10:15"),  # inside the window: unchanged
        ("2026-11-05 09:00", "2026-11-05 09:00"),  # window start is inside
        ("2026-11-05 07:00", "2026-11-05 09:00"),  # before the window
        ("2026-11-05 17:00", "2026-11-06 09:00"),  # window end is exclusive
        ("2026-11-06 18:30", "2026-11-09 09:00"),  # Friday evening -> Monday
        ("2026-11-07 10:00", "2026-11-09 09:00"),  # Saturday -> Monday
    ],
)
def test_next_send_slot(earliest: str, expected: str) -> None:
    got = next_send_slot(_sast(earliest), SAST, T)
    assert got == _sast(expected)
    assert got.utcoffset() == timedelta(hours=2)


def test_next_send_slot_accepts_other_zones_and_answers_in_the_users() -> None:
    earliest = datetime(2026, 11, 5, 16, 0, tzinfo=UTC)  # 18:00 SAST, after the window
    got = next_send_slot(earliest, SAST, T)
    assert got == _sast("2026-11-06 09:00")
    assert got.tzinfo == SAST


def test_next_send_slot_skips_holiday() -> None:
    got = next_send_slot(_sast("2026-11-11 17:30"), SAST, HOLIDAY)
    assert got == _sast("2026-11-13 09:00")


def test_next_send_slot_rejects_naive() -> None:
    with pytest.raises(ValueError):
        next_send_slot(datetime(2026, 11, 5, 10, 0), SAST, T)


def test_window_start_on_dst_change_days_is_wall_clock() -> None:
    # Europe/Berlin: CEST ends Sunday 2026-10-25; CET -> CEST on Sunday 2026-03-29.
    autumn = first_slot_on_or_after(date(2026, 10, 25), BERLIN, EVERY_DAY)
    assert autumn.astimezone(UTC) == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # 09:00 CET
    spring = first_slot_on_or_after(date(2026, 3, 29), BERLIN, EVERY_DAY)
    assert spring.astimezone(UTC) == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 09:00 CEST


@pytest.mark.parametrize(
    ("d", "t", "tz", "utc"),
    [
        # 02:30 does not exist in Berlin on 2026-03-29: first valid instant is 03:00 CEST.
        (date(2026, 3, 29), time(2, 30), BERLIN, datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        # 02:00 does not exist in New York on 2026-03-08: 03:00 EDT.
        (date(2026, 3, 8), time(2, 0), NY, datetime(2026, 3, 8, 7, 0, tzinfo=UTC)),
        # 02:30 happens twice in Berlin on 2026-10-25: the first one (CEST).
        (date(2026, 10, 25), time(2, 30), BERLIN, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        # 01:30 happens twice in New York on 2026-11-01: the first one (EDT).
        (date(2026, 11, 1), time(1, 30), NY, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ],
)
def test_wall_clock_gap_and_fold(d: date, t: time, tz: ZoneInfo, utc: datetime) -> None:
    # Compare in UTC: PEP 495 makes == across zones False for ambiguous wall times.
    assert wall_clock(d, t, tz).astimezone(UTC) == utc


def test_send_window_starting_inside_a_dst_gap() -> None:
    timing = TimingConfig(send_days=(6,), send_window_start=time(2, 30))  # Sundays only
    earliest = datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN)
    got = next_send_slot(earliest, BERLIN, timing)
    assert got == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert got.astimezone(BERLIN).strftime("%H:%M %Z") == "03:00 CEST"


def test_interview_end_defaults_to_configured_length() -> None:
    start = _sast("2026-11-05 10:00")
    assert interview_end(Interview(start=start), T) == start + timedelta(minutes=60)
    assert interview_end(Interview(start=start), TimingConfig(default_interview_minutes=45)) == (
        start + timedelta(minutes=45)
    )
    end = _sast("2026-11-05 11:30")
    assert interview_end(Interview(start=start, end=end), T) == end
