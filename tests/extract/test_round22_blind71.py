"""Eighteenth session: rules from the misses of 71NN, held out since the seventeenth session
and studied now (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date, time

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.client import AGENCY
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_a_temp_shift_with_its_pay_is_no_interview_slot() -> None:
    d = detected("Hiya Thandi,\n\nQuick one. I chased Brookfield Foods this morning about the "
                 "Stock Controller job. Dave, the warehouse manager, still has two people to "
                 "see on Tuesday, but he's promised me an answer by Thursday.\n\nIn the "
                 "meantime I've got packing shifts at a bakery in Leeds, £12.10/hr, 7am-3pm, "
                 "Tues to Sat. Shout and I'll get you booked in.\n\nCheers,\nOllie",
                 subject="RE: Brookfield - stock controller role",
                 sender="Ollie Mbeki <ollie@staffline-agency.example>",
                 date="Mon, 07 Jun 2027 11:00:00 +0100")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.interview is None
    assert d.decision_deadline == date(2027, 6, 10)


def test_an_argentine_founder_offering_a_first_chat_is_a_request_with_both_people() -> None:
    d = detected("Hola Thandi,\n\nSoy Martina, cofundadora de Ñandú Data. Vi tu perfil por la "
                 "búsqueda de Data Engineer y me gustaría tener una primera charla, conmigo y "
                 "con Bruno Sosa, nuestro CTO. Te paso opciones (hora de Buenos Aires):\n"
                 "- martes 9/3 a las 11 hs\n- miércoles 10/3 a las 16 hs\n\nSaludos,\nMartina\n"
                 "--\nMartina Ríos\nCofundadora | Ñandú Data",
                 subject="Charla por Data Engineer", sender="Martina Ríos <martina@nandu.example>",
                 date="Wed, 03 Mar 2027 10:00:00 -0300")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert {p.name for p in d.people} == {"Martina Ríos", "Bruno Sosa"}


def test_a_swiss_offer_of_the_post_is_an_offer_not_a_status() -> None:
    assert c.offer("Wir freuen uns, Ihnen im Namen der Aare Systems AG die Stelle als Data "
                   "Engineer in unserem Team in Bern anzubieten.")
    # (an interview offered is no job offer)
    assert not c.offer("Gerne möchten wir Ihnen einen Termin für ein Gespräch anbieten.")


def test_a_danish_reply_settling_the_slot_in_a_sentence_of_its_own_is_an_invitation() -> None:
    d = detected("Hej Thandi\n\nTak for svaret. Så bliver det onsdag den 3. marts kl.\n"
                 "10.00-11.00 - det passer os fint.\n\nSamtalen foregår på vores kontor i "
                 "Aarhus. Du møder Jens Lund (teamleder) og mig selv.\n\nVenlig hilsen\n"
                 "Sofie Bech\nHR-partner, Havblik A/S\n\n-----Oprindelig meddelelse-----\n"
                 "Fra: Sofie Bech <sofie@havblik.example>\nSendt: 24. februar 2027 09:00\n\n"
                 "Tak for din ansøgning til stillingen som Controller. Vi vil gerne invitere "
                 "dig til en samtale. Passer onsdag den 3. marts?",
                 subject="SV: Samtale - Controller", sender="Sofie Bech <sofie@havblik.example>",
                 date="Thu, 25 Feb 2027 14:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert (d.interview.start.hour, d.interview.end.hour) == (10, 11)


def test_a_norwegian_recorded_video_interview_is_a_request() -> None:
    assert c.ONE_WAY.search("ber vi deg gjennomføre et kort, forhåndsinnspilt videointervju")
    assert c.ONE_WAY.search("et forudindspillet videointerview")


def test_a_norwegian_answer_promised_by_friday_of_a_week_number() -> None:
    said = find_deadline("Vi tar sikte på å gi deg et endelig svar senest fredag i uke 50.",
                         date(2026, 12, 4), "DMY")
    assert said is not None and said[0] == date(2026, 12, 11)


def test_a_range_that_ends_at_about_a_time_is_one_range() -> None:
    for text in ("Freitag, 18. Juni 2027, 13:30 bis ca. 15:00 Uhr",
                 "Friday 18 June, 1:30 until about 3:00 pm"):
        hits = find_times(text)
        assert len(hits) == 1 and hits[0].end is not None, text
    assert find_times("13:30 bis ca. 15:00 Uhr")[0].end == time(15, 0)


def test_german_and_other_agencies_are_known_by_their_own_words() -> None:
    for name in ("Weidner & Roth Personalberatung", "Cabinet Lemaire Recrutement",
                 "Van Dijk Werving & Selectie", "Nordvik Bemanning AS"):
        assert AGENCY.search(name), name
    assert not AGENCY.search("Personalabteilung")


def test_myself_in_a_forwarded_note_with_curly_quotes_is_its_author_not_the_forwarder() -> None:
    d = detected("Hi Thandi,\n\nGood news – the client’s note is below. Text me once you’re "
                 "out.\n\nThanks,\nGrace\n\nGrace Obi | Senior Recruiter\nNorthvale Staffing\n\n"
                 "-----Original Message-----\nFrom: Omar Reyes <omar@larchbank.example>\n"
                 "Sent: Wednesday, March 3, 2027 4:51 PM\nTo: Grace Obi <grace@northvale.example>"
                 "\nSubject: Interview confirmed\n\nHi Grace,\n\nConfirming Thandi for Tuesday, "
                 "March 9 at 2:00 PM Eastern, one hour, at our office.\n\nPanel: myself (IT "
                 "Manager) and Lucie Paquet, Team Lead.\n\nWe’ll start with a short scenario.\n\n"
                 "Thanks,\nOmar Reyes\nIT Manager, Larch Bank",
                 subject="FW: Interview confirmed - Service Desk Analyst",
                 sender="Grace Obi <grace@northvale.example>",
                 date="Thu, 04 Mar 2027 11:00:00 -0500")
    assert d.interview is not None
    assert {p.name for p in d.interview.interviewers} == {"Omar Reyes", "Lucie Paquet"}


def test_the_one_an_assistant_writes_for_ends_with_the_signature_line() -> None:
    d = detected("Good morning Thandi,\n\nMr. Brandt has been called into court on Monday, so "
                 "we need to move your interview. Would Tuesday, March 2 at 10:00 a.m. Central "
                 "work instead? The panel is the same - Jonas Brandt and Rosa Diaz, our senior "
                 "paralegal.\n\nMarta Wells\nLegal Assistant to Jonas Brandt\nBrandt & Keller "
                 "LLP\nChicago, IL",
                 subject="RE: Associate Interview - Brandt & Keller LLP",
                 sender="Marta Wells <mwells@brandtkeller.example>",
                 date="Thu, 25 Feb 2027 09:00:00 -0600")
    names = {p.name for p in (d.interview.interviewers if d.interview else d.people)}
    assert "Jonas Brandt" in names
    assert not any("Brandt Brandt" in n for n in names)


def test_a_panel_line_that_ends_with_me_names_the_writer() -> None:
    d = detected("Hi Thandi,\n\nHappy to move you to the next round.\n\nDetails:\n"
                 "• Date: Thursday, 11 March 2027\n• Time: 3:00 PM – 3:45 PM IST\n"
                 "• Panel: Kavya Menon (Head of Analytics) and me\n\nCheers,\nArjun\n--\n"
                 "Arjun Pillai | Co-founder & CEO\nLoomdata Pvt. Ltd.",
                 subject="Round 2 – Analyst @ Loomdata",
                 sender="Arjun Pillai <arjun@loomdata.example>",
                 date="Fri, 05 Mar 2027 10:00:00 +0530")
    assert d.interview is not None
    assert {p.name for p in d.interview.interviewers} == {"Arjun Pillai", "Kavya Menon"}
    from mailwatch.extract.writer import sender_interviews
    assert sender_interviews("Details: ; • Panel: Kavya Menon (Head of Analytics) and me")
    assert sender_interviews("Before we meet, can you please bring your certificates?")
    assert not sender_interviews("Panel: Kavya Menon (Head of Analytics) and Ravi Shah")


def test_a_copied_colleague_who_will_join_is_named_as_the_copy_line_names_her() -> None:
    d = detected("hey Thandi,\n\nThursday at 4pm works for us. Noa (my cofounder, she runs "
                 "design) will join too. Plan on about 45 min.\n\nsee you thursday!\nIdo\n\n"
                 "On Mon, Mar 1, 2027 at 6:02 PM Thandi Nkosi <thandi@example.org> wrote:\n"
                 "> Thank you for getting back to me about the Design Lead role. I'm free\n"
                 "> Thursday from 3pm onwards.",
                 subject="Re: Design Lead - Kelpie", sender="Ido Ben-Ami <ido@kelpie.example>",
                 headers={"Cc": "Noa Shapiro <noa@kelpie.example>"},
                 date="Mon, 01 Mar 2027 20:00:00 +0200")
    assert "Noa Shapiro" in {p.name for p in d.interview.interviewers}


def test_czech_a_colleague_who_joins_the_interview_is_on_the_panel() -> None:
    d = detected("Dobrý den,\n\nposíláme nový termín pohovoru na pozici Tester:\n\n"
                 "středa 10. 3. 2027 od 9:00 do 10:00, online přes MS Teams\n\nPohovor povede "
                 "pan Karel Svoboda, připojí se i kolegyně Jana Malá z týmu kvality.\n\n"
                 "S pozdravem\nEva Nová\nHR\nLabská data s.r.o.",
                 subject="Změna termínu pohovoru - Tester",
                 sender="Eva Nová <eva.nova@labska-data.example>",
                 date="Mon, 01 Mar 2027 09:00:00 +0100")
    assert d.interview is not None
    assert {"Karel Svoboda", "Jana Malá"} <= {p.name for p in d.interview.interviewers}


def test_a_czech_legal_name_in_lower_case_words_is_the_company() -> None:
    from mailwatch.extract.employer import legal_line_company
    assert legal_line_company("Eva Nová\nHR\nLabská datová s.r.o.\nPraha 1") == "Labská datová"
    assert legal_line_company("Tiszai gépgyártó Kft.") == "Tiszai gépgyártó"
    assert legal_line_company("Jana Malá\nMoravské strojírny a.s.\nBrno") == "Moravské strojírny"


def test_bare_date_and_time_rows_with_a_lower_case_weekday_are_one_block() -> None:
    from mailwatch.extract.text import units
    said = [u.text for u in units("La nueva cita queda así:\n\nFecha martes, 9 de marzo de 2027"
                                  "\n\nHora 10:00 a. m. – 11:00 a. m. (hora de Colombia)")]
    assert said[-1].startswith("Fecha martes") and "Hora 10:00" in said[-1]


def test_an_end_in_brackets_closes_the_range() -> None:
    for text, end in (("donderdag 4 maart om 10u (tot 11u) op kantoor", time(11, 0)),
                      ("Thursday at 2pm (until 3pm) in our office", time(15, 0))):
        hits = find_times(text)
        assert len(hits) == 1 and hits[0].end == end, text
    # (a time restated in another zone in brackets is no range)
    assert find_times("at 2pm (1pm UK time)")[0].end is None


def test_a_call_off_word_before_the_interview_word_is_not_part_of_the_role() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("Annulatie sollicitatiegesprek business-analist")[1] == (
        "business-analist")
    assert from_subject("Absage Vorstellungsgespräch Controller (m/w/d)")[1] == "Controller"


def test_norwegian_role_compounds_in_a_subject_are_roles() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("Økonomisjef - status") == (None, "Økonomisjef")
    assert from_subject("Prosjektleder - oppdatering")[1] == "Prosjektleder"


def test_a_calendar_named_after_the_company_is_not_its_name() -> None:
    from mailwatch.extract.employer import domain_phrase
    assert domain_phrase("pinecone-games", "Invitation from Pinecone Games Calendar") == (
        "Pinecone Games")


def test_a_signature_spells_out_a_three_word_tail_of_the_name() -> None:
    from mailwatch.extract.company import expand
    assert expand("Red Kite", "Thanks for applying to Red Kite!\n\nJo\nRed Kite Early Learning "
                  "Center\nDenver") == "Red Kite Early Learning Center"


def test_a_practice_manager_who_will_not_sit_in_is_not_on_the_panel() -> None:
    from mailwatch.extract.writer import sender_interviews
    assert not sender_interviews("I won't be sitting in on the interview myself, but I'll meet "
                                 "you at reception.")


def test_a_site_of_the_employer_after_the_role_is_not_the_role() -> None:
    from mailwatch.extract.position import without_company
    assert without_company("Dental Nurse, Harbour Smiles Manly", "Harbour Smiles Dental") == (
        "Dental Nurse")
    assert without_company("Product Manager, Grid Analytics", "Voltline Energy") == (
        "Product Manager, Grid Analytics")


def test_a_booking_page_named_after_the_sender_means_the_sender_holds_the_call() -> None:
    d = detected("Hej Thandi!\n\nMaja here - I look after engineering hiring at Ljusgrid. Would "
                 "you be up for a relaxed video chat about our Backend Developer opening? It's a "
                 "30 min call. Pick whatever time suits you here:\n\n"
                 "https://calendly.example/maja-ljusgrid/intro-30\n\nHälsningar,\nMaja Berg\n"
                 "Talent Partner | Ljusgrid AB", subject="Ljusgrid – intro chat?",
                 sender="Maja Berg <maja.berg@ljusgrid.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in d.people] == ["Maja Berg"]
    from mailfactory import raw_mail

    from mailwatch.extract.text_people import _own_booking_page
    from mailwatch.message import parse_message
    assert _own_booking_page(parse_message(raw_mail(
        "Pick a time here: https://rdv.example/maja-berg/intro", subject="Intro",
        sender="Maja Berg <maja@ljusgrid.example>")))
    # (not her page for a screen with someone else)
    d = detected("Hi Thandi,\n\nThe next step for the iOS Engineer role is a 45-minute screen "
                 "with one of our iOS engineers. Please grab a time using my scheduling link:\n"
                 "https://cal.kestrel.example/maja/ios-screen\n\nCheers,\nMaja\n\nMaja Berg\n"
                 "Technical Recruiter, Kestrel", subject="Scheduling your technical screen",
                 sender="Maja Berg <maja@kestrel.example>")
    assert "Maja Berg" not in [p.name for p in d.people]


def test_the_subject_gives_a_role_the_text_cut_at_an_abbreviation_or_comma() -> None:
    d = detected("Hola Thandi,\n\nGracias por tu interés en la vacante de Analista Sr. de Datos "
                 "en Grupo Olmeca. Te confirmamos la entrevista el miércoles 17 de marzo de 2027 "
                 "a las 11:00 (hora del centro de México).\n\nSaludos,\nLaura Díaz",
                 subject="Confirmación de entrevista - Analista Sr. de Datos | Grupo Olmeca",
                 sender="Laura Díaz <laura@olmeca.example>", date="Mon, 08 Mar 2027 10:00:00 -0600")
    assert d.position == "Analista Sr. de Datos"
