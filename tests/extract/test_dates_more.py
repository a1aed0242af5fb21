"""More free-text date, time, range and zone shapes: ranges in words, city-time zones,
templated blocks split over rows, and refining a stated zone by the place in the mail."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from mailfactory import USERS, mail

from mailwatch.extract import detect
from mailwatch.extract.dates import find_times
from mailwatch.extract.slot_context import continues_meeting
from mailwatch.extract.slots import refine_slot, slots_in
from mailwatch.extract.text import units
from mailwatch.extract.zone_words import zone_word_at

SAST = timezone(timedelta(hours=2))
REF = datetime(2026, 11, 5, 9, 0, tzinfo=SAST)  # a Thursday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("we can talk between 9 and 10am", "09:00", "10:00"),
        ("between 2:15 and 3 pm works", "14:15", "15:00"),
        ("the slot is 3-4pm", "15:00", "16:00"),
        ("see you at 11.45 then", "11:45", None),
        ("from 13:00 \x96 14:30", "13:00", "14:30"),
        ("from 08:15 − 09:00", "08:15", "09:00"),
    ],
)
def test_ranges_in_words_and_odd_dashes(text: str, start: str, end: str | None) -> None:
    (hit,) = find_times(text)
    assert hit.start.strftime("%H:%M") == start
    assert (hit.end.strftime("%H:%M") if hit.end else None) == end


def test_two_separate_options_are_not_one_range() -> None:
    hits = find_times("either 10:00 and 15:00 is fine, not between 7 and 8 people")
    assert [h.start.strftime("%H:%M") for h in hits] == ["10:00", "15:00"]


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (" Nairobi time", "Africa/Nairobi"),
        (" (São Paulo time)", "America/Sao_Paulo"),
        (" hora de Bogotá", "America/Bogota"),
        (" BRT", "America/Sao_Paulo"),
        (" Karachi local time", "Asia/Karachi"),
    ],
)
def test_city_time_words(text: str, zone: str) -> None:
    tz, name, end = zone_word_at(text, 0)
    assert name == zone and tz is not None and end > 0


def test_clock_word_between_time_and_zone() -> None:
    (hit,) = find_times("Beginn 14:00 Uhr (MESZ)")
    assert hit.tz_name == "Europe/Berlin" and hit.zone_text == "MESZ"


def test_time_zone_field_of_a_template_applies_to_its_times() -> None:
    unit = "Date: 19 November 2026, 15:30 - 16:15 ; Time zone: India Standard Time"
    (slot,) = slots_in(unit, REF, "DMY", SAST)
    assert slot.start.isoformat() == "2026-11-19T15:30:00+05:30"
    assert slot.timezone == "Asia/Kolkata"


def _one_slot(sentence: str, order: str = "DMY"):
    (slot,) = slots_in(sentence, REF, order, SAST)
    return slot


def test_a_place_in_the_mail_refines_a_zone_with_the_same_offset() -> None:
    slot = _one_slot("Tuesday 17 November at 10:00 CET")
    better = refine_slot(slot, "", "Our office is in Vienna.", None)
    assert better.timezone == "Europe/Vienna"
    assert better.start.isoformat() == "2026-11-17T10:00:00+01:00"


def test_a_place_with_another_offset_is_ignored() -> None:
    slot = _one_slot("Tuesday 17 November at 10:00 CET")
    assert refine_slot(slot, "", "I'm based in Lisbon.", None).timezone == "Europe/Berlin"


def test_standard_time_abbreviation_in_summer_picks_the_no_dst_place() -> None:
    # January is summer down under: Sydney is on +11, "AEST" literally says +10.
    slot = _one_slot("Wednesday 13 January 2027, 2:00 pm AEST")
    assert slot.start.utcoffset() == timedelta(hours=11)
    better = refine_slot(slot, "", "Level 3, 80 Queen St, Brisbane", None)
    assert better.timezone == "Australia/Brisbane"
    assert better.start.utcoffset() == timedelta(hours=10)


def test_sender_country_refines_gmt() -> None:
    slot = _one_slot("Friday 20 November at 3pm GMT")
    assert refine_slot(slot, "", "", "recruit.example.co.uk").timezone == "Europe/London"
    assert refine_slot(slot, "", "", "example.com").timezone == "Etc/GMT"


def test_bare_offset_refined_only_by_the_place_right_after_it() -> None:
    sentence = "When: Monday, 23 November 2026 14:00 (GMT+03:00) Nairobi"
    slot = refine_slot(_one_slot(sentence), sentence, "", None)
    assert slot.timezone == "Africa/Nairobi"
    plain = "When: Monday, 23 November 2026 14:00 GMT+03:00"
    assert refine_slot(_one_slot(plain), plain, "Nairobi office", "x.co.ke").timezone is None


def test_utc_is_never_refined() -> None:
    slot = _one_slot("Friday 20 November at 15:00 UTC")
    assert refine_slot(slot, "", "London", "example.co.uk").timezone == "UTC"


def test_label_rows_of_a_flattened_html_table_form_one_block() -> None:
    text = (
        "Your call has been booked.\n\nRole Support Engineer\n\n"
        "Date Friday, 20 November 2026\n\nTime 11:00 - 11:30\n\n"
        "Kind regards"
    )
    blocks = [u.text for u in units(text) if u.templated]
    assert blocks == ["Date Friday, 20 November 2026 ; Time 11:00 - 11:30"]


def test_bare_label_needs_a_number_and_no_question() -> None:
    text = "When you arrive, ask at reception.\n\nDate night is not a thing here?"
    assert not any(u.templated for u in units(text))


def test_label_with_its_value_on_the_next_line() -> None:
    text = "Date and time:\n\n9:00am - 9:45am (EAT), Tuesday, November 24, 2026\n\nThanks"
    (block,) = [u for u in units(text) if u.templated]
    assert "9:45am" in block.text


def test_zone_alone_on_the_next_row_joins_the_time() -> None:
    text = "New time Friday, 20 November 2026 · 09:00 – 10:00\nCentral European Time\n"
    (block,) = [u for u in units(text) if u.templated]
    assert block.text.endswith("Central European Time")
    (slot,) = slots_in(block.text, REF, "DMY", SAST)
    assert slot.zone_stated and slot.start.utcoffset() == timedelta(hours=1)


def test_sentences_that_set_an_appointment_without_naming_a_meeting() -> None:
    assert continues_meeting("Could you drop by our office on Monday at 9?", False)
    assert continues_meeting("It will take place on Monday at 9am.", False)
    assert continues_meeting("It will be on the 4th floor at 10am.", True)
    assert not continues_meeting("It will be on the 4th floor at 10am.", False)
    assert not continues_meeting("Our office closes at 5pm on Friday.", True)


def test_prose_invitation_with_city_time_and_pronoun_sentence() -> None:
    msg = mail(
        "Dear Thandi,\n\nWe'd like to invite you to a second interview for the Analyst "
        "role. It will hold on Tuesday, 17th November 2026 at 2pm Nairobi time.\n\n"
        "Regards,\nAmina",
        sender="Amina Wanjiru <amina@savanna-analytics.co.ke>",
        date="Thu, 05 Nov 2026 09:00:00 +0300",
    )
    d = detect(msg, user_addresses=USERS)
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-17T14:00:00+03:00"
    assert d.interview.timezone == "Africa/Nairobi"
    assert d.interview.end is None


def test_cancellation_takes_the_slot_of_its_template_block() -> None:
    msg = mail(
        "Dear Thandi,\n\nThe interview listed below has been cancelled.\n\n"
        "Date: Wednesday, 18 November 2026\n\nTime: 10:30 AM - 11:15 AM SAST\n\n"
        "We will be in touch about a new time.",
        subject="Interview cancelled - Data Analyst",
    )
    d = detect(msg, user_addresses=USERS)
    assert d.kind.value == "cancellation"
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-18T10:30:00+02:00"


def test_a_stated_duration_gives_the_end() -> None:
    msg = mail(
        "Hi Thandi,\n\nYour interview for the Data Analyst role is confirmed.\n\n"
        "Date: Thursday, 19 November 2026\nTime: 14:00\nDuration: 45 minutes\n",
        subject="Interview confirmed",
    )
    d = detect(msg, user_addresses=USERS)
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-19T14:00:00+02:00"
    assert d.interview.end is not None
    assert d.interview.end.isoformat() == "2026-11-19T14:45:00+02:00"
    assert d.interview.timezone is None


def test_the_date_scans_skipped_by_their_guards_find_nothing():
    """_dates skips a pattern's scan when the text lacks what each of its matches holds
    (a digit, "3/12"-style separators, an English month or weekday word): with the guards
    or without them, every line of the corpus has the same dates."""
    from pathlib import Path

    from mailwatch.extract import dates
    from mailwatch.message import parse_message

    patterns = (dates._ISO, dates._WD_NUMERIC, dates._NUMERIC, dates._DMY_NAME,
                dates._MDY_NAME, dates._RELATIVE, dates._TIME_THEN_WEEKDAY)
    corpus = Path(__file__).parents[1] / "corpus"
    lines = {line for path in sorted(corpus.glob("*.eml"))[::3]
             for line in parse_message(path.read_bytes()).text.splitlines() if line.strip()}
    lines |= {"Tuesday 26/01", "on 2026-11-25", "2026年11月25日", "1月27日", "3pm Thurs",
              "the day after tomorrow", "Sept 3", "3 DECEMBER 2026", "\u017fept 3"}
    for line in lines:
        low = dates.rx.lowered(line)
        for p in patterns:
            if p.search(line) is None:
                continue
            needs = {dates._ISO: "20" in line or "月" in line or "월" in line,
                     dates._WD_NUMERIC: dates._DIGIT_SEP.search(line) is not None,
                     dates._NUMERIC: dates._DIGIT_SEP.search(line) is not None,
                     dates._DMY_NAME: any(w in low for w in dates._MONTH_WORDS),
                     dates._MDY_NAME: any(w in low for w in dates._MONTH_WORDS),
                     dates._TIME_THEN_WEEKDAY: any(w in low for w in dates._WEEKDAY_WORDS),
                     dates._RELATIVE: any(w in low for w in dates._WEEKDAY_WORDS
                                          + dates._RELATIVE_WORDS)}
            assert needs[p], (p.pattern[:40], line)
