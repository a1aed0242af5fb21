"""Twentieth session: rules from 77NN's misses, read blind at the session's start and
studied after 75NN's rules (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.dates import find_dates
from mailwatch.extract.text import sentences
from mailwatch.model import Kind

_BOOKED = ("\n\nOn Wed, 11 Aug 2027 at 14:06, Priya Nair <priya.nair@tamarind-freight.example> "
           "wrote:\n> Hi Thandi,\n>\n> Date   : Friday, 20 August 2027\n> Time   : 10:00 AM – "
           "11:00 AM IST\n> Panel  : Vikram Rao, Leela Thomas\n>\n> Regards,\n> Priya\n> "
           "Tamarind Freight\n")


def test_her_own_request_to_move_the_final_round() -> None:
    d = detected("Hi Priya,\n\nWould it be possible to move the final round to Monday 23 August "
                 "at the same time, 10:00 AM – 11:00 AM IST?\n\nBest regards,\nThandi" + _BOOKED,
                 subject="Re: Final round – Freight Analyst",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Priya Nair <priya.nair@tamarind-freight.example>",
                 date="Thu, 12 Aug 2027 09:02:44 +0200")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.day == 23
    assert (d.interview.company or d.company) == "Tamarind Freight"


def test_her_own_cancellation_after_another_offer() -> None:
    assert c.CANCEL.search("I have accepted another offer, so I will not be attending the "
                           "second interview on Tuesday 9 November.")
    assert c.CANCEL.search("I'm sorry to cancel at such short notice.")
    # (someone else's absence is no cancellation: "Maeve will not be attending the interview")
    assert not c.CANCEL.search("Maeve is travelling and will not be attending the interview.")


def test_a_yearless_spaced_czech_date_does_not_end_the_sentence() -> None:
    text = "Bylo by možné pohovor posunout na čtvrtek 6. 5. ve stejný čas, tj. od 10:00?"
    assert len(sentences(text)) == 1
    assert len(sentences("Termín je 4. 5. Prosím potvrďte ho.")) == 2


def test_a_czech_new_date_label_marks_the_moved_slot() -> None:
    d = detected("Dobrý den,\n\nvedoucí týmu musí ve čtvrtek 18. 3. odjet, a proto potřebujeme "
                 "pohovor naplánovaný na 13:00 přesunout.\n\nNový termín jsme zarezervovali na:\n\n"
                 "  pondělí 22. 3. 2027 od 10:00 do 11:00, online přes MS Teams\n\nS pozdravem\n"
                 "Lucie Horáková\nHR specialistka",
                 subject="Změna termínu pohovoru - Java vývojář/ka",
                 sender="Lucie Horáková <lucie.horakova@vltava.example>",
                 date="Mon, 15 Mar 2027 08:47:19 +0100")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.day == 22


def test_a_week_from_tuesday() -> None:
    hits = find_dates("we have moved your interview to a week from Tuesday at 3:30 p.m. PT",
                      date(2027, 4, 2), "MDY")  # a Friday
    assert [h.day for h in hits] == [date(2027, 4, 13)]


def test_all_set_for_a_day_is_a_booking() -> None:
    d = detected("Hi Thandi,\n\nThanks for getting back to me. We're all set for Tuesday, "
                 "November 9 at 2:30 p.m. Newfoundland time.\n\nIt'll be on Teams and should run "
                 "about 45 minutes.\n\nSiobhan\nHR Generalist",
                 subject="Re: Project Coordinator - next steps",
                 sender="Siobhan Power <spower@bartlett.example>",
                 date="Wed, 03 Nov 2027 15:40:12 -0230")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-11-09T14:30:00-03:30"


def test_an_agents_prep_call_is_not_a_second_slot() -> None:
    d = detected("Hi Thandi,\n\nGreat news - my client would like to meet you.\n\nConfirmed "
                 "details:\n\n  Date:   Thursday 14 January 2027\n  Time:   15:00 - 16:00 SAST\n"
                 "  With:   Dr Lindiwe Mahlangu, CTO\n\nI'd suggest a quick prep call beforehand - "
                 "I'm free on Monday from 11:00 UK time, just pick a slot and ring me.\n\nCallum",
                 subject="Interview confirmed with my client - Platform Lead",
                 sender="Callum Fraser <callum@bridge-partners.example>",
                 date="Tue, 05 Jan 2027 09:20:00 +0000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-01-14T15:00:00+02:00"


def test_a_danish_phone_booking_with_its_hour_range_panel_and_answer_date() -> None:
    d = detected("Hej Thandi\n\nTak for en god snak i går. Som aftalt har jeg booket dig til "
                 "samtale om stillingen som Lageranalytiker hos os tirsdag d. 13/4 kl. 10-11 :)\n\n"
                 "Til samtalen er det mig og Jonas Bak Nielsen (driftsleder).\n\nVi holder 2. "
                 "samtaler i uge 17 og regner med at kunne give svar inden udgangen af april.\n\n"
                 "Mvh\nSofie",
                 subject="Samtale", sender="Sofie Lund <sofie.lund@vesthavn.example>",
                 date="Thu, 01 Apr 2027 09:00:00 +0200")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-04-13T10:00:00+02:00"
    assert d.interview.end is not None and d.interview.end.hour == 11
    assert "Jonas Bak Nielsen" in [p.name for p in d.interview.interviewers]
    assert d.decision_deadline == date(2027, 4, 30)


def test_a_recorded_video_interview_in_brazilian_portuguese() -> None:
    assert c.ONE_WAY.search("2 Entrevista em vídeo gravada: 4 perguntas na tela, sem "
                            "entrevistador ao vivo.")


def test_an_arabic_decision_by_the_end_of_this_month() -> None:
    from mailwatch.extract.deadline import find_deadline
    said = find_deadline("وسوف نوافيكم بالقرار النهائي في موعد أقصاه نهاية الشهر الجاري.",
                         date(2027, 4, 12), "DMY")
    assert said is not None and said[0] == date(2027, 4, 30)
