"""Rules added in the session that read batch 24NN blind and then tuned on it: each written
so it would hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All mail
here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from mailfactory import assert_clock, detected

from mailwatch.extract import classify as c
from mailwatch.extract.times import hour_after_date
from mailwatch.model import Kind

_PHX = ZoneInfo("America/Phoenix")


def test_a_new_hour_instead_of_the_quoted_one_keeps_the_quoted_day_and_length() -> None:
    det = detected(
        "Hi Thandi,\n\nA delivery has come in early and I need to sign for it. Could we start "
        "at 3:30 instead of 2:00? Same link.\n\nSorry!\nMarta\n\n"
        "From: Marta Yazzie\nSent: Friday, October 30, 2026 4:11 PM\n"
        "To: Thandi Nkosi <thandi@example.org>\nSubject: Interview - Archivist\n\n"
        "Hi Thandi,\n\nYou're booked for Monday, November 2 from 2:00 to 2:45 pm Arizona "
        "time. You'll be speaking with me and Carl Begay.\n\nMarta\n",
        subject="RE: Interview - Archivist",
        sender="Marta Yazzie <myazzie@saguaro-archive.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 2, 15, 30, tzinfo=_PHX)
    assert det.interview.end == datetime(2026, 11, 2, 16, 15, tzinfo=_PHX)


def test_a_word_clock_ends_a_sentence_and_a_bare_hour_comes_before_a_dash() -> None:
    assert_clock("Let's lock it in for next Thursday at half past ten.", [(10, 30), None])
    det = detected("Hey Thandi,\n\nLoved your application for the Junior Producer role. Let's "
                   "do a quick call this Thursday at 2 - I'll ring you on your mobile. Plan for "
                   "about 20 min.\n\nCheers\nPieter\n", subject="Re: Junior Producer application")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-05T14:00:00+02:00"
    ranged = "free on Friday at 2 - 3"  # a range of bare hours is not "at 2"
    assert hour_after_date(ranged, ranged.index(" at")) is None


def test_a_single_time_asked_about_is_a_request_that_keeps_the_time() -> None:
    det = detected("Hi Thandi,\n\nThanks for the portfolio. Would love to have a proper chat "
                   "about the Product Designer role. how's 11 on the 14th? Should take 45 mins "
                   "or so, over Zoom.\n\nAoife\n", subject="Re: portfolio")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-14T11:00:00+02:00"
    choice = detected("Hi Thandi,\n\nThanks for applying for the Analyst role. Would Tuesday 10 "
                      "November work, any time between 9am and 1pm? A 45-minute interview.\n")
    assert choice.kind is Kind.INTERVIEW_REQUEST
    assert choice.interview is None  # a window to choose from, not one time


def test_argentine_hs_and_spanish_horas_make_a_whole_hour_a_clock() -> None:
    assert_clock("la entrevista queda para el jueves 4/3 a las 11 hs (hora de Argentina)",
                 [(11, 0), None])
    assert_clock("el lunes a las 16 horas", [(16, 0), None])
    assert_clock("durante 2 horas", None)  # a length, not a clock


@pytest.mark.parametrize("sentence", [
    "tenho o gosto de confirmar a sua entrevista técnica",
    "Te confirmo lo que hablamos: la entrevista queda para el jueves",
    "Je vous confirme notre entretien",
    "Ihr Gespräch ist für Dienstag angesetzt",
    "Ti confermo il colloquio",
    "Het gesprek staat gepland op dinsdag",
])
def test_a_set_slot_confirmed_in_other_languages(sentence: str) -> None:
    assert c.CONFIRM.search(sentence)


def test_confirming_the_slot_in_portuguese_outweighs_asking_to_confirm_availability() -> None:
    det = detected("Olá Thandi,\n\nTenho o gosto de confirmar a sua entrevista técnica para a "
                   "posição de Analista de Dados:\n\nData: quinta-feira, 12 de novembro de "
                   "2026\nHora: às 15h30 (hora de Lisboa)\n\nAgradeço que me confirme a sua "
                   "disponibilidade.\n\nMarta Sousa\n", subject="Entrevista técnica",
                   sender="Marta Sousa <marta@atlantica.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-12T15:30:00+00:00"
