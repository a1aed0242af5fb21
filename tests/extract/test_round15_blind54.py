"""Rules from the tenth session's read of batch 54NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.model import Kind


def test_a_founder_met_at_a_meetup_asks_for_slots() -> None:
    det = detected(
        "hey Thandi,\n\nInês here, one of the cofounders at Tidepool Labs. Matteo passed on your "
        "profile after the Lisbon ML meetup and I think you'd be a great fit for the founding ML "
        "engineer role we're hiring for.\n\nwould you be up for a 30 min video chat sometime "
        "next week? just send me a few slots that suit you and I'll make one work\n\nInês",
        subject="tidepool // founding ML eng chat?", sender="Inês Carvalho <ines@tide.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_spanish_booking_page_and_a_founders_calendar_slot() -> None:
    det = detected(
        "¡Hola Thandi!\n\nSoy Martín, cofundador de Pampa Cloud. Vi que te postulaste para el "
        "puesto de DevOps Engineer. Me encantaría que charlemos media hora.\n\nElegí el horario "
        "que te quede más cómodo acá:\nhttps://agenda.pampa.example/martin-30min\n\n¡Abrazo!\n"
        "Martín", subject="Charla por el puesto de DevOps", sender="Martín G <m@pampa.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    det = detected(
        "hey Thandi!\n\nso glad you replied :) you'd be our first ML hire and basically own the "
        "model side.\n\neasiest thing is to just grab a 30 min slot on my calendar whenever "
        "suits: https://cal.moss.example/ayo/intro-30\n\nits just me for this first chat, super "
        "informal.\n\nayo", subject="Re: Founding ML engineer @ Mosslight",
        sender="Ayodele Bankole <ayo@moss.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
