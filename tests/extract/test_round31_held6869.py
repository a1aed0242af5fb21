"""Twenty-first session: rules from the kind misses of 68NN and 69NN, held out since the
sixteenth session (written in my own words, not the batches')."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.notjob import not_job
from mailwatch.model import Kind


def test_a_rejection_that_suggests_job_alerts_is_still_a_rejection() -> None:
    d = detected("Dear Thandi,\n\nThank you for applying for the Staff Nurse role. After "
                 "reviewing your application we have decided not to progress it to the "
                 "interview stage. We encourage you to set up job alerts on our careers site.\n\n"
                 "Recruitment Team", subject="Your application - Staff Nurse",
                 sender="Careers <careers@harbourview-health.example>")
    assert d.kind is Kind.REJECTION
    assert not not_job("On s'excuse pour ce silence radio depuis jeudi.")


def test_an_agency_relays_that_the_client_went_with_someone_else() -> None:
    assert c.REJECTION.search("Niestety klient postawili na kogoś z większym doświadczeniem.")


def test_a_polish_short_recorded_video_interview() -> None:
    assert c.ONE_WAY.search("zapraszamy do nagrania krótkiej rozmowy wideo w systemie VidRek")


def test_calling_off_in_hungarian_and_an_interview_that_wont_go_ahead() -> None:
    assert c.CANCEL.search("Sajnálattal értesítjük, hogy a tervezett interjút le kell mondanunk.")
    assert c.CANCEL.search("so tomorrow's interview with Kim at 10am won't be going ahead.")


def test_an_appointment_approved_by_a_board_is_an_offer() -> None:
    assert c.offer("I am pleased to inform you that the Board has approved your appointment as "
                   "Mathematics Educator from 13 January.")


def test_a_dutch_personal_booking_invitation_from_a_mailing_tool() -> None:
    d = detected("Hoi Thandi,\n\nGoed nieuws! Sanne Mulder nodigt je uit voor een eerste gesprek "
                 "over de rol van Data Analist. Je kiest zelf een moment via de link hieronder.\n\n"
                 "Kies een tijdstip: https://werving.example/plan/x1\n\nGroet,\nJoris",
                 subject="Plan je eerste gesprek in voor Data Analist",
                 sender="Joris Vink <joris@noordkaap.example>",
                 headers={"List-Unsubscribe": "<mailto:unsub@werving.example>"})
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_a_committee_meeting_rescheduled_is_no_interview_moved() -> None:
    d = detected("Dear Thandi,\n\nI wanted to give you an update following your interview for "
                 "the Lecturer post. The appointment needs sign-off from the Staffing Committee, "
                 "whose March meeting has had to be rescheduled, so we now expect to contact "
                 "all candidates by the end of the month.\n\nRuth",
                 subject="Lecturer in Statistics – update",
                 sender="Ruth Ash <r.ash@fellside.example>", date="Mon, 01 Mar 2027 10:00:00 +0000")
    assert d.kind is Kind.STATUS_UPDATE


def test_a_question_that_offers_to_reschedule_moves_nothing() -> None:
    assert c.CONDITIONAL.search("Precisa remarcar? Use o link abaixo.")


def test_look_alikes_for_a_child_the_jobcentre_and_a_conference_talk() -> None:
    assert not_job("We are writing to you as the parent/guardian contact on the application.")
    assert not_job("Du er indkaldt til en jobsamtale i Jobcenter Nordby.")
    assert not_job("Your session chair will introduce you.")
    assert not not_job("I had seen your talk on streaming joins at DataConf and loved it.")


def test_moves_in_danish_german_and_spanish() -> None:
    assert c.RESCHEDULE.search("Jeg bliver desværre nødt til at flytte vores samtale.")
    assert c.RESCHEDULE.search("Als Ersatztermin schlagen wir Ihnen Dienstag vor.")
    assert c.RESCHEDULE.search("Ya te he reservado un hueco nuevo: el jueves a las 11:00.")
    assert not c.RESCHEDULE.search("Sollte der Termin nicht passen, finden wir gerne einen "
                                   "Ersatztermin.")


def test_portuguese_asks_and_a_dutch_when_label() -> None:
    assert c.ASK.search("Terias disponibilidade na próxima terça-feira às 10h00?")
    assert c.MEETING_CONTEXT.search("Wanneer: dinsdag 8 december, van 10.00 tot 11.30 uur")


def test_we_will_confirm_the_date_by_friday_is_a_promise_and_her_confirmation_is_not() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    found = find_deadline("We will confirm the second-round date and time with you by Friday, "
                          "22 January.", date(2027, 1, 13), "DMY")
    assert found is not None and str(found[0]) == "2027-01-22"
    assert find_deadline("Vă rugăm să ne confirmați prezența printr-un răspuns până marți, "
                         "8 iunie.", date(2027, 6, 4), "DMY") is None


def test_a_romanian_length_with_de() -> None:
    from datetime import timedelta

    from mailwatch.extract.duration import stated_length
    assert stated_length("Durata: aproximativ 45 de minute") == timedelta(minutes=45)


def test_times_that_are_hers_to_meet_are_no_slots() -> None:
    from mailwatch.extract.slot_pick import _UNTIL
    assert _UNTIL.search("Please report to the Education Centre reception by ")
    assert _UNTIL.search('Please log in and click "Accept interview" by ')
    assert _UNTIL.search("如需调整时间，请于")


def test_a_french_first_of_the_month_and_an_unlabelled_time_cell() -> None:
    from datetime import date

    from mailwatch.extract.dates import find_dates
    assert [h.day for h in find_dates("mardi 1er décembre 2026", date(2026, 11, 25), "DMY")] == [
        date(2026, 12, 1)]
    d = detected("Bonjour Thandi,\n\nJ'ai le plaisir de vous confirmer votre entretien.\n\n"
                 "Date mardi 1er juin 2027\n\nHoraire 10h00 - 11h00 (heure de Paris)\n\n"
                 "Cordialement,\nLéa", subject="Votre entretien - mardi 1er juin",
                 sender="Léa Martin <lea@soleil-logiciels.example>",
                 date="Tue, 25 May 2027 10:47:12 +0200")
    assert d.interview is not None and (d.interview.start.day, d.interview.start.hour) == (1, 10)



def test_the_company_model_never_names_the_person_whose_own_mailbox_sent_it() -> None:
    from mailfactory import raw_mail

    from mailwatch.extract.learned import _correspondents
    from mailwatch.message import parse_message
    own = parse_message(raw_mail("Hi\n\nKyle\n\nKyle Brandvold | Senior Recruiter\nNorthridge",
                                 sender="Kyle Brandvold <kyle@northridge.example>"))
    assert "kyle brandvold" in _correspondents(own)
    shared = parse_message(raw_mail("Hi", sender="Saltbush Analytics <no-reply@saltbush.example>"))
    assert "saltbush analytics" not in _correspondents(shared)
