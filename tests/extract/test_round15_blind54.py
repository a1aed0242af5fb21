"""Rules from the tenth session's read of batch 54NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

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


def test_spanish_and_portuguese_decisions_and_one_way_video() -> None:
    det = detected(
        "Hola Thandi!\n\nTodavía nos quedan dos entrevistas finales y el lunes nos sentamos el "
        "equipo para decidir. Como muy tarde el viernes 18 te decimos algo.\n\nMarta",
        subject="Re: Gracias por la entrevista de hoy", sender="Marta C <m@lumbre.example>",
        date="Wed, 09 Dec 2026 10:00:00 +0100")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 12, 18)
    det = detected(
        "Estimada Thandi:\n\nQuería contarte en qué está el proceso para el cargo de Jefe "
        "Comercial. Esperamos tener una decisión a fines de este mes.\n\nIgnacio",
        subject="Proceso Jefe Comercial – actualización", sender="Ignacio L <i@vina.example>",
        date="Mon, 07 Jun 2027 10:00:00 -0400")
    assert det.decision_deadline == date(2027, 6, 30)
    det = detected(
        "Cara Thandi,\n\nAgradecemos o tempo que dedicou ao processo de recrutamento para a função "
        "de Consultora de Fiscalidade. Informamos que não iremos dar seguimento à sua "
        "candidatura nesta fase.\n\nEquipa de Recrutamento", subject="A sua candidatura",
        sender="Recrutamento <r@ob.example>")
    assert det.kind is Kind.REJECTION
    det = detected(
        "Hola Thandi,\n\nCervecería Río Bravo te invita a realizar una entrevista para la vacante "
        "Coordinadora de Marketing. Responderás 5 preguntas grabando tu respuesta con la cámara."
        "\n\nCapital Humano", subject="Te invitamos a una entrevista en video",
        sender="Río Bravo <n@vid.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_portuguese_group_exercise_from_a_mailing_tool() -> None:
    det = detected(
        "Oi, Thandi!\n\nVocê foi aprovada na etapa de testes online e está convidada para a "
        "dinâmica de grupo da vaga Trainee de Operações.\n\nData: quarta-feira, 17 de fevereiro "
        "de 2027\nHorário: das 9h às 12h (horário de Brasília)\n\nEquipe de Seleção",
        subject="Você foi convidada para a dinâmica de grupo", sender="Trainee <t@ipe.example>",
        date="Wed, 10 Feb 2027 10:00:00 -0300",
        headers={"List-Unsubscribe": "<https://ipe.example/unsub>"})
    assert det.kind is Kind.INTERVIEW_INVITATION
