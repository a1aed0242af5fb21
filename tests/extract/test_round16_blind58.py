"""Rules from the eleventh session's read of batch 58NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.model import Kind

_PT = "Mon, 11 Jan 2027 09:00:00 -0800"


def test_an_outlook_bookings_page_and_a_founders_calendar_are_booking_links() -> None:
    agency = detected(
        "Hi Thandi,\n\nTheir CFO, Bongani Zulu, would like to meet you for the Financial "
        "Controller role. He runs his own diary, so please book a slot here:\n"
        "https://outlook.office365.com/book/BonganiZuluCFO@umoya.example/\n\nLerato",
        subject="Financial Controller role - next step", sender="Lerato <l@kopano.example>")
    founder = detected(
        "Hey Thandi,\n\nLoved your note about the warehouse cutover. Want to do a quick intro "
        "call about the job? Grab whatever works on my calendar: https://cal.example/dana/intro"
        "\n\nDana", subject="Re: Ops Generalist application", sender="Dana <dana@tide.example>",
        date=_PT)
    assert agency.kind is Kind.INTERVIEW_REQUEST
    assert founder.kind is Kind.INTERVIEW_REQUEST


def test_a_one_way_video_interview_for_a_job_at_our_clinic_and_a_prerecorded_one() -> None:
    clinic = detected(
        "Hi Thandi,\n\nThanks for applying to the Medical Assistant opening at our Lakewood "
        "clinic. The next step is a short one-way video interview you can record on your own "
        "schedule.\n\nTalent Team", subject="Next step: one-way video interview",
        sender="Talent <talent@frfm.example>", date=_PT)
    spanish = detected(
        "Hola Thandi:\n\n¡Gracias por postularte a la vacante de Analista de Compras! El "
        "siguiente paso es una entrevista en video pregrabada.\n\nEquipo de Talento",
        subject="Siguiente paso", sender="Talento <t@altavista.example>", date=_PT)
    assert clinic.kind is Kind.INTERVIEW_REQUEST
    assert spanish.kind is Kind.INTERVIEW_REQUEST


def test_moving_forward_with_another_finalist_is_a_rejection() -> None:
    det = detected(
        "Hi Thandi,\n\nAfter a lot of back and forth, we've decided to move forward with "
        "another finalist for the Product Manager role.\n\nMarisol",
        subject="Following up on your final round", sender="Marisol <m@lumen.example>", date=_PT)
    assert det.kind is Kind.REJECTION


def test_zoom_details_pasted_below_the_signature() -> None:
    det = detected(
        "Hi Thandi,\n\nYou're locked in for the Firmware Engineer interview! Who you'll meet:\n"
        "* Renata Oyelaran, Firmware Lead\n* Sam Whitcombe, Senior Engineer\n\nIt's a technical "
        "conversation, 45 minutes. Zoom details are below.\n\nCheers,\nGabe\n\n--\nGabe L | "
        "Technical Recruiter\n\nGabe L is inviting you to a scheduled Zoom meeting.\n\nTopic: "
        "Firmware Engineer technical\nTime: Jan 14, 2027 09:30 AM Pacific Time (US and Canada)\n",
        subject="Firmware Engineer interview confirmed", sender="Gabe <gabe@tidewater.example>",
        date=_PT)
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-14T09:30:00-08:00"


def test_a_german_trial_shift_with_a_calendar_file_is_an_interview() -> None:
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//t//t//DE\r\n"
           "BEGIN:VEVENT\r\nUID:probe-1@nordkai.example\r\nDTSTAMP:20270322T090000Z\r\n"
           "DTSTART;TZID=Europe/Berlin:20270329T070000\r\nDTEND;TZID=Europe/Berlin:20270329T110000"
           "\r\nSUMMARY:Probearbeiten Lager\r\nORGANIZER;CN=Katrin Lembke:mailto:k@nordkai.example"
           "\r\nATTENDEE;CN=Thandi Nkosi:mailto:thandi@example.org\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    det = detected(
        "Hallo Frau Nkosi,\n\nvielen Dank für Ihre Bewerbung. Wie besprochen laden wir Sie zu "
        "einem Probearbeiten in unserem Lager ein.\n\nKatrin Lembke",
        subject="Einladung zum Probearbeiten - Lagerhelfer", sender="Katrin <k@nordkai.example>",
        date="Mon, 22 Mar 2027 09:00:00 +0100", ics=ics)
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-03-29T07:00:00+02:00"


def test_spanish_and_quebec_promises_and_a_spanish_offer() -> None:
    spanish = detected(
        "Hola Lucía:\n\nTodavía no hemos cerrado el proceso para el puesto. Sea cual sea el "
        "resultado, te lo confirmaremos la semana que viene.\n\nLaura",
        subject="Re: Proceso de selección", sender="Laura <rrhh@miramar.example>",
        date="Wed, 12 May 2027 09:00:00 +0200")
    quebec = detected(
        "Bonjour Thandi,\n\nJe voulais vous faire un suivi à la suite de votre entrevue pour le "
        "poste d'analyste. Nous vous reviendrons avec une réponse d'ici le 15, au plus tard.\n\n"
        "Geneviève", subject="Suivi de votre candidature", sender="G <g@boreale.example>",
        date="Mon, 1 Feb 2027 09:00:00 -0500")
    offer = detected(
        "Hola Thandi:\n\n¡Enhorabuena! Después de las entrevistas, nos encantaría que te unieras "
        "a Almendra Sistemas como "
        "Ingeniera de Datos. Te agradecería una respuesta antes del viernes 28 de mayo.\n\nMarta",
        subject="Oferta", sender="Marta <m@almendra.example>",
        date="Mon, 17 May 2027 09:00:00 +0200")
    assert spanish.kind is Kind.STATUS_UPDATE
    assert spanish.decision_deadline == date(2027, 5, 21)
    assert quebec.kind is Kind.STATUS_UPDATE
    assert quebec.decision_deadline == date(2027, 2, 15)
    assert offer.kind is Kind.OFFER


def test_a_board_completing_its_deliberations_and_a_thai_promise_by_month_end() -> None:
    board = detected(
        "Dear Thandi,\n\nThe Selection Board would like to meet you on Thursday 8 April 2027 at "
        "10:00 for the Lecturer post.\n\nThe Board expects to complete its deliberations by the "
        "end of April.\n\nÁine", subject="Lecturer in Chemistry - interview",
        sender="Áine <a@university.example>", date="Mon, 22 Mar 2027 09:00:00 +0000")
    thai = detected(
        "สวัสดีครับคุณ Thandi\n\nผมขออัปเดตความคืบหน้าสำหรับตำแหน่งวิศวกรซอฟต์แวร์ครับ "
        "คาดว่าจะแจ้งผลอย่างเป็นทางการได้ภายในสิ้นเดือนนี้ครับ\n\nกิตติพงษ์",
        subject="อัปเดตสถานะการสมัครงาน", sender="K <k@thaigreen.example>",
        date="Mon, 8 Mar 2027 09:00:00 +0700")
    assert board.decision_deadline == date(2027, 4, 30)
    assert thai.kind is Kind.STATUS_UPDATE
    assert thai.decision_deadline == date(2027, 3, 31)


def test_a_french_move_beside_a_summer_time_note_and_a_late_reply_is_no_promise() -> None:
    det = detected(
        "Bonjour Thandi,\n\nJe suis désolée de revenir vers vous si tard : je ne pourrai pas vous "
        "recevoir le jeudi 25 mars à 14h comme prévu.\n\nJe vous propose de décaler notre "
        "entretien au mardi 30 mars 2027 à 10h00 (heure de Paris - attention, nous serons passés "
        "à l'heure d'été entre-temps).\n\nClaire", subject="RE: Entretien - Consultant",
        sender="Claire <c@lefevre.example>", date="Wed, 24 Mar 2027 09:00:00 +0100")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-03-30T10:00:00+02:00"
    assert det.decision_deadline is None


def test_the_employer_from_a_tool_relay_name_and_from_a_team_name_with_a_dash() -> None:
    relay = detected(
        "Hi Thandi,\n\nYou're confirmed for a group interview for the Front Desk Agent role on "
        "Thursday, March 4 at 10:00 AM.\n\nSee you there!",
        subject="You're confirmed: Group interview for Front Desk Agent on Mar 4",
        sender="The Lakeshore Grand Chicago via ShiftHire <no-reply@shifthire.example>",
        date="Mon, 1 Mar 2027 09:00:00 -0600")
    team = detected(
        "Dear Thandi,\n\nThe Selection Board would like to meet you on Thursday 8 April 2027 at "
        "10:00 for the post of Assistant Professor.\n\nKind regards,\nNiamh Byrne",
        subject="Interview – Assistant Professor in Chemistry",
        sender="Academic Recruitment - Dublin Bay University <ar@dbu.example>",
        date="Mon, 22 Mar 2027 09:00:00 +0000")
    assert relay.company == "The Lakeshore Grand Chicago"
    assert team.company == "Dublin Bay University"
    assert team.interview is not None
    assert all("Board" not in (p.name or "") for p in team.interview.interviewers)
