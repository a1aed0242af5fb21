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
