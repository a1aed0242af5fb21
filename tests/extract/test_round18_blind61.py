"""Thirteenth session: decision dates from the misses of the held-out 61NN (read before it
joined the corpus)."""

from __future__ import annotations

from datetime import date

from mailwatch.extract.deadline import find_deadline


def test_turkish_in_the_coming_week_is_next_week() -> None:
    said = find_deadline("Önümüzdeki hafta içinde size kesin bir dönüş yapacağız.",
                         date(2027, 3, 2), "DMY")  # a Tuesday
    assert said is not None and said[0] == date(2027, 3, 12)


def test_romanian_end_of_a_named_month() -> None:
    said = find_deadline("Clientul își propune să ia decizia finală pentru acest rol până la "
                         "sfârșitul lunii mai, deci procesul va fi alert.",
                         date(2027, 5, 10), "DMY")
    assert said is not None and said[0] == date(2027, 5, 31)
    said = find_deadline("Vă vom comunica decizia până la sfârșitul acestei luni.",
                         date(2027, 5, 10), "DMY")
    assert said is not None and said[0] == date(2027, 5, 31)


def test_polish_we_will_inform_you_and_her_recording_date() -> None:
    ref = date(2027, 6, 9)
    mine = "Prosimy o nagranie odpowiedzi do poniedziałku, 14 czerwca 2027 r., do godz. 23:59."
    theirs = ("Nagrania obejrzy zespół, a o wynikach tego etapu poinformujemy Panią "
              "najpóźniej do 25 czerwca.")
    assert find_deadline(mine, ref, "DMY") is None  # her task, not their decision
    said = find_deadline(f"{mine}\n\n{theirs}", ref, "DMY")
    assert said is not None and said[0] == date(2027, 6, 25)
    said = find_deadline(f"{theirs}\n\n{mine}", ref, "DMY")
    assert said is not None and said[0] == date(2027, 6, 25)


def test_hebrew_answer_between_two_days_is_the_later_one() -> None:
    said = find_deadline("אני מעריכה שנוכל לחזור אלייך עם תשובה בין ה-8 ל-10 במרץ.",
                         date(2027, 3, 1), "DMY")
    assert said is not None and said[0] == date(2027, 3, 10)
    # the same date without an answer promised is not a decision date
    assert find_deadline("הראיון נקבע ל-10 במרץ.", date(2027, 3, 1), "DMY") is None
