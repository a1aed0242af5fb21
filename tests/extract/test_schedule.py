"""Dates and times written apart: itineraries, programmes, a date only in the subject."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mailwatch.extract.schedule import anchored_slots
from mailwatch.extract.zone_words import zone_hint

SAST = ZoneInfo("Africa/Johannesburg")
SENT = datetime(2026, 11, 2, 9, 0, tzinfo=SAST)


def slots(text: str, subject: str = "Interview", hint: bool = True):
    return anchored_slots(text, subject, SENT, "DMY", SAST, zone_hint(text) if hint else None)


def test_an_itinerary_runs_from_the_first_row_to_the_last() -> None:
    text = (
        "Here is your plan for Wednesday 11 November. All times are in SAST.\n\n"
        "10:00 - 10:45  Engineering manager   Pieter Botha\n"
        "10:45 - 11:00  Break\n"
        "11:00 - 12:00  Systems design        Zanele Dube\n"
    )
    (slot,) = slots(text)
    assert slot.start.isoformat() == "2026-11-11T10:00:00+02:00"
    assert slot.end is not None and slot.end.isoformat() == "2026-11-11T12:00:00+02:00"
    assert slot.timezone == "Africa/Johannesburg"


def test_a_programme_of_start_times_ends_at_its_closing_row() -> None:
    text = (
        "Date: 2026-11-20\nAll times below are Johannesburg time.\n\n"
        "Arrival from 08:30 at reception.\n"
        "09:00 Welcome\n13:00 Panel interview\n15:00 Close\n\n"
        "Please reply by 13 November to confirm."
    )
    (slot,) = slots(text)
    assert slot.start.isoformat() == "2026-11-20T09:00:00+02:00"
    assert slot.end is not None and slot.end.hour == 15


def test_a_programme_without_a_closing_row_has_no_end() -> None:
    text = "Date: 2026-11-20\n09:00 Welcome\n13:00 Panel interview\n"
    (slot,) = slots(text)
    assert slot.end is None


def test_the_date_in_the_subject_and_one_time_in_the_body() -> None:
    text = "We'll begin at 2:30 pm and should be finished by 3:15. Speak soon."
    (slot,) = slots(text, subject="Interview - Friday 6 November")
    assert slot.start.isoformat() == "2026-11-06T14:30:00+02:00"
    assert slot.end is not None and slot.end.isoformat() == "2026-11-06T15:15:00+02:00"
    assert not slot.zone_stated


def test_two_dates_are_no_anchor() -> None:
    text = "We can do Tuesday 10 November or Thursday 12 November.\nWe'd start at 10:00."
    assert slots(text) == []


def test_a_reply_by_date_is_not_the_anchor() -> None:
    text = "Please reply by 6 November.\nWe'd start at 10:00."
    assert slots(text) == []


def test_two_different_times_without_rows_are_ambiguous() -> None:
    text = "Interview on Friday 6 November.\nEither 10:00 works, or 14:00 if you prefer."
    assert slots(text) == []


def test_a_past_date_is_history_not_the_anchor() -> None:
    text = "Thanks for the call on 28 October.\nThe next one starts at 10:00."
    assert slots(text) == []


def test_zone_hint_reads_words_and_abbreviations() -> None:
    hint = zone_hint("Schedule (all times AWST):")
    assert hint is not None and hint[2] == "AWST"
    hint = zone_hint("All times below are Stockholm time (CET).")
    assert hint is not None and hint[1] == "Europe/Stockholm"
    assert zone_hint("We have plenty of time for questions.") is None


def test_word_clocks_and_ranges_into_them() -> None:
    from mailwatch.extract.times import find_times

    (hit,) = find_times("Time: 10am until half past two (UK time)")
    assert (hit.start.hour, hit.end.hour, hit.end.minute) == (10, 14, 30)
    (hit,) = find_times("we start at quarter to three")
    assert (hit.start.hour, hit.start.minute) == (14, 45)
    assert find_times("it takes half an hour") == []


def test_a_bare_hour_counts_right_after_a_date_only() -> None:
    from mailwatch.extract.slots import slots_in

    (slot,) = slots_in("I'll ring you tomorrow at 10 for a chat.", SENT, "DMY", SAST)
    assert slot.start.isoformat() == "2026-11-03T10:00:00+02:00"
    (slot,) = slots_in("Shall we say on Friday at 3?", SENT, "DMY", SAST)
    assert slot.start.hour == 15
    assert slots_in("We have 10 people at 10 Downing Street.", SENT, "DMY", SAST) == []


def test_a_yearless_date_a_little_in_the_past_is_history_not_next_year() -> None:
    from mailwatch.extract.dates import find_dates

    (hit,) = find_dates("Thanks for your time on 28 October.", SENT.date(), "DMY")
    assert hit.day.isoformat() == "2026-10-28"
    (hit,) = find_dates("We will decide by 5 January.", SENT.date(), "DMY")
    assert hit.day.isoformat() == "2027-01-05"
