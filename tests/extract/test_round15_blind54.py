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


def test_spanish_moves_and_a_clock_change_note() -> None:
    det = detected(
        "Hola Thandi:\n\nSin problema. Ya hablé con el Ing. Rodrigo Salazar y movimos tu "
        "entrevista:\n\nNueva fecha: jueves 15 de abril de 2027\nHora: 17:00 h (hora del centro "
        "de México)\n\nLa cita del martes 13 a las 11:00 queda cancelada.\n\nFernanda",
        subject="RE: Reprogramación de entrevista", sender="Fernanda Ruiz <f@cenz.example>",
        date="Fri, 09 Apr 2027 10:00:00 -0600")
    assert det.kind is Kind.RESCHEDULE
    det = detected(
        "Hola Thandi,\n\nA Rodrigo le salió una visita a faena, así que tenemos que mover tu "
        "entrevista técnica del jueves 1 de abril.\n\nLa dejé agendada para el martes 6 de "
        "abril, de 11:00 a 12:00 hora de Santiago. Ojo que el sábado 3 en la noche se termina el "
        "horario de verano en Chile, así que revisa que tu calendario te muestre las 11:00 bien."
        "\n\nFrancisca", subject="Re: Entrevista técnica", sender="Francisca U <f@andino.example>",
        date="Mon, 29 Mar 2027 10:00:00 -0300")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-04-06T11:00:00-04:00"


def test_spanish_we_went_ahead_with_another_person() -> None:
    det = detected(
        "Hola Thandi,\n\nDespués de las entrevistas de esta semana nos reunimos con el equipo y "
        "decidimos avanzar con otra persona para el puesto de Product Designer.\n\nLucía",
        subject="Tu proceso en Yerbal Labs", sender="Lucía F <l@yerbal.example>")
    assert det.kind is Kind.REJECTION
