"""Rules from the eleventh session's read of batch 56NN (held out last session, read blind
twice, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.model import Kind

_MSK = "Mon, 19 Apr 2027 12:40:31 +0300"


def test_a_russian_labelled_slot_block_with_its_panel_and_quoted_role() -> None:
    det = detected(
        "Здравствуйте, Танди!\n\nПриглашаем вас на собеседование на позицию «Старший "
        "тестировщик» в компанию Ладога.\n\nДата и время: 23 апреля (пятница), 11:00 по "
        "московскому времени\nПродолжительность: около 1 часа\n\nС нашей стороны будут:\n"
        "- Иван Петров, руководитель отдела качества\n- Анна Кузнецова, старший инженер\n\n"
        "Итоги мы подведём и сообщим вам до 30 апреля. Учтите, что с 1 по 10 мая у нас "
        "выходные.\n\nС уважением,\nМария Орлова",
        subject="Приглашение на собеседование", sender="Мария Орлова <m@ladoga.example>",
        date=_MSK)
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None and det.interview.start.isoformat() == (
        "2027-04-23T11:00:00+03:00")
    assert [p.name for p in det.interview.interviewers] == ["Иван Петров", "Анна Кузнецова"]
    assert det.position == "Старший тестировщик"
    assert det.decision_deadline == date(2027, 4, 30)  # (not the holidays in the next sentence)


def test_a_russian_promise_by_the_end_of_next_week() -> None:
    det = detected(
        "Здравствуйте!\n\nСпасибо за финальное собеседование. Окончательное решение мы примем "
        "до конца следующей недели и сразу сообщим вам результат.\n\nЕкатерина",
        subject='Статус по вакансии "Инженер по данным"', sender="Е <e@kod.example>",
        date="Wed, 16 Dec 2026 10:00:00 +0300")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 12, 25)
    assert det.position == "Инженер по данным"


def test_an_italian_founder_fixes_a_video_call_with_a_colleague() -> None:
    det = detected(
        "Ciao Thandi!\n\nGrazie mille per la risposta veloce :) Allora, fissiamo: ci vediamo in "
        "videochiamata giovedì 22 aprile alle 11:30 ora italiana. Tieniti libera un'oretta e "
        "mezza circa.\n\nCi saremo io e Paolo Neri, che guida il prodotto.\n\nA giovedì!\nSara",
        subject="Re: Posizione Product Designer – due chiacchiere?",
        sender="Sara Bassi <sara@lucerna.example>", date="Mon, 19 Apr 2027 09:00:00 +0200")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-04-22T11:30:00+02:00"
    assert det.interview.end is not None and det.interview.end.isoformat() == (
        "2027-04-22T13:00:00+02:00")
    assert [p.name for p in det.interview.interviewers] == ["Sara Bassi", "Paolo Neri"]
    assert det.position == "Product Designer"
    assert det.decision_deadline is None  # ("grazie per la risposta": her answer, no promise)


def test_an_offer_to_help_find_a_new_time_does_not_move_the_interview() -> None:
    det = detected(
        "Hi Thandi,\n\nYour interview for the Data Engineer role is confirmed.\n\n"
        "When: Tuesday, March 16, 2027\nTime: 10:00 AM - 11:00 AM Eastern Time\n\n"
        "Need to make a change? Reply to this email and our coordinator will help you find a "
        "new time.", subject="Interview Confirmation: Data Engineer at Lumo Health",
        sender="Lumo Recruiting <no-reply@lumohealth.example>",
        date="Thu, 11 Mar 2027 16:00:00 -0500")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_an_assistant_moves_her_principals_call_and_names_him_in_her_signature() -> None:
    det = detected(
        "Dear Thandi,\n\nOmar has had to travel at short notice, so unfortunately he can no "
        "longer make Thursday (3 June, 10:00am).\n\nHe would still like to speak with you "
        "about the role, and has asked me to move the call to Monday, 7 June at 4:00pm "
        "Singapore time. It remains a 45-minute video call.\n\nWarm regards,\nLi Wen\n\n"
        "Li Wen\nExecutive Assistant to Omar Haddad, Chief Operating Officer\nQuayline Pte. Ltd.",
        subject="RE: Conversation with Omar - Head of Analytics",
        sender="Li Wen <li.wen@quayline.example>", date="Mon, 31 May 2027 09:00:00 +0800")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-06-07T16:00:00+08:00"
    assert [p.name for p in det.interview.interviewers] == ["Omar Haddad"]


def test_moving_on_to_the_video_interview_stage_is_progress_and_the_tool_is_no_employer() -> None:
    det = detected(
        "Dear Thandi,\n\nGood news: your application for the Analyst role at Fenwick & Rowe "
        "has moved on to the video interview stage.\n\nThis is a one-way interview: you record "
        "answers to five questions whenever suits you.\n\nComplete by: 11:59pm GMT, Sunday 17 "
        "January 2027\n\nEarly Careers Team\nFenwick & Rowe\n\nPowered by Clipvue. Questions? "
        "help@clipvue.example", subject="Next step: your video interview",
        sender="Fenwick & Rowe Careers <invites@clipvue.example>",
        date="Mon, 11 Jan 2027 09:00:00 +0000")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company == "Fenwick & Rowe"


def test_an_agency_asks_her_to_grab_a_time_and_names_its_client_late() -> None:
    det = detected(
        "Kia ora Thandi,\n\nGood news: my client is keen to move you through to a first video "
        "chat for the Platform Engineer role, 30 minutes over Teams with their Engineering "
        "Manager, Sam Kereama. Could you grab a time that suits here:\n\n"
        "https://meet.kahutalent.example/book/platform-r1\n\nAnd now I can finally tell you who it "
        "is - the client is Kererū Pay.\n\nMereana", subject="Next step - Platform Engineer",
        sender="Mereana Walker <mereana@kahutalent.example>",
        date="Mon, 11 Jan 2027 09:00:00 +1300")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company == "Kererū Pay"


def test_the_employer_that_uses_a_booking_tool_is_the_company() -> None:
    det = detected(
        "Your event has been rescheduled\n\nLiam Fairweather moved your booking.\n\nEvent "
        "Technical interview (45 min)\n\nNew time Tuesday, 6 April 2027 · 11:30am – 12:15pm\n\n"
        "Shown in Sydney time\n\nHarbourline Payments uses Bookwell to schedule meetings.",
        subject="Updated: Technical interview with Liam Fairweather",
        sender="Bookwell <notifications@bookwell.example>", date="Wed, 31 Mar 2027 09:00:00 +1100")
    assert det.company == "Harbourline Payments"


def test_a_brazilian_rejection_for_another_candidate_person() -> None:
    det = detected(
        "Oi Thandi, tudo bem?\n\nDepois de bastante discussão, o time decidiu seguir com outra "
        "pessoa candidata.\n\nUm abraço,\nFernanda", subject="Re: Entrevista técnica - Engenheira",
        sender="Fernanda Lima <f@cajuzinho.example>", date="Mon, 11 Jan 2027 09:00:00 -0300")
    assert det.kind is Kind.REJECTION


def test_a_french_decision_before_the_end_of_next_month() -> None:
    det = detected(
        "Bonjour Thandi,\n\nLes retours vous concernant sont bons. On m'a assuré qu'une décision "
        "serait prise avant la fin du mois prochain.\n\nCamille",
        subject="Point d'étape – votre candidature", sender="Camille <c@hexa.example>",
        date="Fri, 15 Jan 2027 09:00:00 +0100")
    assert det.decision_deadline == date(2027, 2, 28)


def test_a_spanish_cancellation_with_anular() -> None:
    det = detected(
        "Estimada Thandi:\n\nTe escribo por la entrevista prevista para el miércoles 3 de febrero "
        "de 2027, de 12:00 a 13:00 h, para el puesto de Analista.\n\nLamentablemente nos vemos "
        "obligados a anular la entrevista con Álvaro Giménez.\n\nLucía",
        subject="Anulación entrevista 3/02", sender="Lucía <l@solmar.example>",
        date="Fri, 29 Jan 2027 09:00:00 +0100")
    assert det.kind is Kind.CANCELLATION


def test_called_off_island_is_no_cancellation_and_mr_surname_is_the_named_man() -> None:
    det = detected(
        "Good afternoon Ms. Nkosi,\n\nUnfortunately Mr. Delroy Henry, our Head of Technology "
        "Risk, has been called off-island on Tuesday, so we have had to move your interview. "
        "I've now booked you for:\n\nThursday, 14 January 2027 at 2:30 p.m. (Jamaica time)\n\n"
        "You will meet Mr. Henry and Mrs. Karen Whyte-Morgan (Senior Manager, IT Audit), and "
        "you should allow about one hour.", subject="RE: Interview – IT Risk Analyst",
        sender="Shanice Campbell <s@bluemahoe.example>", date="Fri, 8 Jan 2027 13:00:00 -0500")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Delroy Henry", "Karen Whyte-Morgan"]


def test_a_french_move_to_the_slot_its_lead_sentence_labels_new() -> None:
    det = detected(
        "Bonjour Thandi,\n\nNotre CTO ne pourra pas être présent jeudi, nous préférons décaler.\n\n"
        "Nous vous proposons donc le nouveau créneau suivant :\n» mardi 19 janvier 2027, de "
        "15h00 à 16h00 (heure de Paris)\n\nLe créneau du jeudi 14 janvier à 10h est annulé de "
        "notre côté.\n\nCamille", subject="RE: Entretien – changement de date",
        sender="Camille <c@verdance.example>", date="Mon, 11 Jan 2027 09:00:00 +0100")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-19T15:00:00+01:00"


def test_a_dutch_rejection_on_the_application_alone() -> None:
    det = detected(
        "Beste Thandi,\n\nBedankt voor je sollicitatie op de vacature Backend Developer. We "
        "hebben je cv bekeken en besloten je niet uit te nodigen voor een gesprek.\n\nSucces!",
        subject="Je sollicitatie: Backend Developer", sender="Werken bij <noreply@polder.example>",
        date="Mon, 11 Jan 2027 09:00:00 +0100")
    assert det.kind is Kind.REJECTION


def test_a_reference_call_about_a_colleague_is_not_her_interview() -> None:
    det = detected(
        "Hello Thandi,\n\nI'm a recruiter at Tidewater Freight. Samuel Osei, who has interviewed "
        "with us for an Analyst position, listed you as a professional reference. Would you be "
        "open to a short phone call (about 15 minutes)? I had Wednesday, March 10 at 2:00 PM "
        "Eastern in mind.\n\nNadia", subject="Reference request for Samuel Osei - 15 min call?",
        sender="Nadia Bouchard <nb@tidewater.example>", date="Fri, 5 Mar 2027 09:00:00 -0500")
    assert det.kind is Kind.OTHER


def test_a_founder_locks_in_a_time_with_the_city_after_the_date_and_pencils_in_a_length() -> None:
    det = detected(
        "Hey Thandi,\n\nTuesday works great for us - let's lock in 10am Tues 6 April, Sydney "
        "time.\n\nIt'll be me and Priya Raman (our lead engineer). Pencil in 45 mins - it's "
        "pretty relaxed.\n\nJosh", subject="Re: Wattlewise - chat next week?",
        sender="Josh Tran <josh@wattlewise.example>", date="Wed, 31 Mar 2027 09:00:00 +1100")
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-04-06T10:00:00+10:00"  # (DST is over)
    assert det.interview.end is not None and det.interview.end.isoformat() == (
        "2027-04-06T10:45:00+10:00")
    assert [p.name for p in det.interview.interviewers] == ["Josh Tran", "Priya Raman"]


def test_a_mexican_invitation_to_talk_with_two_people() -> None:
    det = detected(
        "Hola Thandi:\n\nTe confirmo la entrevista para la vacante de Gerente de Producto.\n\n"
        "📅 Jueves 11 de marzo de 2027\n🕔 17:00 a 17:50 h, hora del centro de México\n\n"
        "Vas a platicar con Mariana Robles Esquivel, nuestra Directora de Producto, y con "
        "Diego Salcedo, líder técnico.\n\nFernanda", subject="Entrevista confirmada",
        sender="Fernanda Ochoa <f@nopalito.example>", date="Mon, 8 Mar 2027 09:00:00 -0600")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == [
        "Mariana Robles Esquivel", "Diego Salcedo"]


def test_a_german_agency_names_the_team_lead_who_would_like_to_meet_her() -> None:
    det = detected(
        "Hallo Frau Nkosi,\n\nIhr Profil kam sehr gut an! Dr. Katrin Vogel (Teamleiterin "
        "Firmware) würde Sie gerne in einem ersten Fachgespräch per Microsoft Teams "
        "kennenlernen.\n\nFolgende Termine hat sie genannt:\n- Mittwoch, 27.01.2027, 10:00 Uhr\n"
        "- Donnerstag, 28.01.2027, 14:30 Uhr\n\nWelcher passt Ihnen?\n\nJörg",
        subject="Embedded Software Engineer - Terminvorschläge",
        sender="Jörg Schäfer <j@talentbruecke.example>", date="Mon, 18 Jan 2027 09:00:00 +0100")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Katrin Vogel"]


def test_an_interview_conducted_via_teams_by_two_people() -> None:
    det = detected(
        "Good morning Ms. Nkosi,\n\nThe interview will be conducted via Microsoft Teams by Mr. "
        "Anil Maharaj, Operations Technology Lead, and Ms. Candice Bartholomew, Senior Process "
        "Engineer.\n\nKindly indicate which of these is convenient:\n1. Wednesday 10th February, "
        "2027 - 10:00 a.m.\n2. Thursday 11th February, 2027 - 9:30 a.m.\n\nKimberly",
        subject="Interview Availability - Process Data Engineer",
        sender="Ramdass, Kimberly <k@pariagulf.example>", date="Mon, 1 Feb 2027 09:00:00 -0400")
    assert [p.name for p in det.people] == ["Anil Maharaj", "Candice Bartholomew"]


def test_first_name_and_i_resolved_in_the_forwarded_headers() -> None:
    det = detected(
        "Hi Thandi,\n\nForwarding Chantal's note below. Naledi and I will both be there.\n\n"
        "See you next week,\nRuan\n\n---------- Forwarded message ---------\nFrom: Chantal Adams "
        "<chantal@fynbos.example>\nSubject: Thursday 25 Feb - interview\nTo: Ruan Botha "
        "<ruan@fynbos.example>\nCc: Naledi Khumalo <naledi@fynbos.example>\n\nHi Ruan\n\nAll "
        "sorted for Thandi's interview:\n\nThursday 25 Feb, 11:00-12:30\nBoardroom\n\nThanks\n"
        "Chantal", subject="Fwd: Thursday 25 Feb - interview",
        sender="Ruan Botha <ruan@fynbos.example>", date="Fri, 19 Feb 2027 09:00:00 +0200")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Ruan Botha", "Naledi Khumalo"}


def test_a_russian_city_time_names_its_zone() -> None:
    det = detected(
        "Здравствуйте, Танди!\n\nК сожалению, во вторник Павел уезжает, поэтому нам нужно "
        "перенести собеседование.\n\nНовое время: четверг, 8 апреля, 11:00 по рижскому времени.\n\n"
        "Марина", subject="Перенос собеседования", sender="Марина <m@daugava.example>",
        date="Thu, 1 Apr 2027 09:00:00 +0300")
    assert det.interview is not None
    assert det.interview.timezone == "Europe/Riga"
    assert det.interview.start.isoformat() == "2027-04-08T11:00:00+03:00"
