"""Twenty-third session: rules from the misses of 80NN (agencies, public and academic
hiring, less common languages, teams across zones), read blind at the start of the session
and written here in my own words, not the batch's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from mailfactory import detected, people_of, vevent

from mailwatch.extract.client import company_field
from mailwatch.extract.company_form import domain_label
from mailwatch.extract.duration import stated_length
from mailwatch.extract.script_people import script_people
from mailwatch.extract.slots import slots_in
from mailwatch.message import html_to_text
from mailwatch.model import Kind

BST = timezone(timedelta(hours=1))
CET = timezone(timedelta(hours=1))


def test_an_agency_names_its_client_after_keeping_it_anonymous() -> None:
    d = detected("Hi Thandi,\n\nGood news: a well-known insurer in Bristol wants to meet you for "
                 "the Data Engineer role.\n\nDate: Tuesday 13 April\nTime: 2:00pm (UK time)\n\n"
                 "I can now tell you the company is Harbourside Mutual. You'll meet Owen "
                 "Pritchard, their Head of Data.\n\nCheers,\nGemma\n\nGemma Doyle\nSenior "
                 "Consultant\nSevern Talent Partners",
                 subject="Interview confirmed - Data Engineer",
                 sender="Gemma Doyle <gemma@seventalent.example>",
                 date="Mon, 05 Apr 2027 10:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.company == "Harbourside Mutual"


def test_a_table_row_that_lost_its_colon_still_states_the_length() -> None:
    assert stated_length("Length 45 minutes") == timedelta(minutes=45)
    assert stated_length("Duration 1 hour") == timedelta(hours=1)


def test_a_client_field_names_the_employer_without_the_office_after_it() -> None:
    assert company_field("Position: Picker\nClient: Ridgeway Foods LLC\n") == "Ridgeway Foods LLC"
    assert company_field("Client:   Copperbeech Ltd (Leeds)\n") == "Copperbeech Ltd"
    # a public vacancy's department is the employer, a team's department is not
    assert company_field("Department: Ministry of Coastal Affairs\n") == (
        "Ministry of Coastal Affairs")
    assert company_field("Department: Engineering\n") is None


def test_a_consultant_who_keeps_her_client_anonymous_gives_no_company() -> None:
    d = detected("Hi Thandi,\n\nBefore I send your CV to my client (a large retailer in "
                 "Melbourne) I hold a short screening call with everyone myself. I've put us in "
                 "for Wednesday 14 April at 11:00am AEST, about 20 minutes, and I'll ring your "
                 "mobile.\n\nTalk then,\nJess\n\nJess Whitford\nPrincipal Consultant\nBaywater "
                 "People Co.\nbaywaterpeople.com.au",
                 subject="Screening call - Business Analyst",
                 sender="Jess Whitford <jess@baywaterpeople.com.au>",
                 date="Thu, 08 Apr 2027 13:00:00 +1000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.company is None


def test_the_firm_that_wants_to_meet_her_beats_the_firm_that_relays_it() -> None:
    d = detected("Dear Thandi,\n\nFollowing our call, Quillon would like to invite you to a first "
                 "interview for the Product Lead position. Could you let me know which of these "
                 "suits you?\n\n  1) Monday 15 March 10:00 GMT\n  2) Tuesday 16 March 14:30 GMT"
                 "\n\nKind regards,\n\nRupert Hale\nAssociate Director\nHartwell Reed Associates",
                 subject="Quillon - Product Lead - first interview",
                 sender="Rupert Hale <rupert@hartwellreed.co.uk>",
                 date="Tue, 09 Mar 2027 10:00:00 +0000")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.company == "Quillon"


def test_a_german_agency_cancels_for_its_named_client() -> None:
    d = detected("Sehr geehrte Frau Nkosi,\n\nleider muss ich Ihnen mitteilen, dass das "
                 "Vorstellungsgespräch am Donnerstag, den 27. Mai 2027, um 10:00 Uhr bei unserem "
                 "Kunden, der Elbwerft Systeme AG, entfällt. Die Stelle wurde intern besetzt.\n\n"
                 "Mit freundlichen Grüßen\nJana Petersen\nKüstenwerk Personal GmbH",
                 subject="Termin entfällt: Vorstellungsgespräch am 27.05.2027",
                 sender="Jana Petersen <j.petersen@kuestenwerk-personal.de>",
                 date="Mon, 24 May 2027 08:54:31 +0200")
    assert d.kind is Kind.CANCELLATION
    assert d.company in ("Elbwerft Systeme AG", "Elbwerft Systeme")


def test_a_relayed_promise_to_come_back_by_a_weekday_is_a_deadline() -> None:
    d = detected("hi Thandi\n\nspoke to the hiring manager at Brackwater Legal today - they see "
                 "one more person on Monday and they'll come back to us by Wednesday on the final "
                 "stage.\n\nTom", subject="Re: Paralegal - Brackwater Legal",
                 sender="Tom Ashworth <tom@pennine-recruitment.example>",
                 date="Fri, 11 Jun 2027 17:02:19 +0100")
    assert d.decision_deadline is not None and d.decision_deadline.isoformat() == "2027-06-16"


def test_an_agency_relays_an_offer_whose_answer_by_date_is_hers() -> None:
    d = detected("Hi Thandi,\n\nGreat news - Corvane Rail have come back with an offer after "
                 "Thursday's final.\n\nRate: £600 per day\nStart: Monday 5 July 2027\n\nThey'd "
                 "like an answer by 12 noon on Wednesday as they have another candidate waiting."
                 "\n\nGemma", subject="OFFER - Cloud Engineer (contract) - Corvane Rail",
                 sender="Gemma Lowry <gemma@stratus-it.example>",
                 date="Mon, 21 Jun 2027 12:15:40 +0100")
    assert d.kind is Kind.OFFER
    assert d.decision_deadline is None


def test_a_slot_in_her_own_time_names_her_city() -> None:
    d = detected("Dear Thandi,\n\nWednesday works for us, so let's fix it:\n\n  Wednesday 3 March, "
                 "19:00 your time (Toronto)\n\nPlease allow about 45 minutes. If you can, start "
                 "with a 10-minute overview of your thesis. You will talk with me and Aiko Sato.\n"
                 "\nBest regards,\nKenji Moriyama", subject="Re: Postdoctoral position interview",
                 sender="Kenji Moriyama <moriyama@kimg.example.ac.jp>",
                 date="Fri, 19 Feb 2027 10:12:44 +0900")
    assert d.interview is not None
    assert d.interview.timezone == "America/Toronto"
    assert d.interview.start.utcoffset() == timedelta(hours=-5)
    assert d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(minutes=45)


def test_the_placeholder_example_label_is_not_the_organisation() -> None:
    assert domain_label("kimg.example.ac.jp") == "kimg"
    assert domain_label("ees.ashgrove.example.edu") == "ashgrove"
    assert domain_label("cinderwoodstudios.example") == "cinderwoodstudios"
    assert domain_label("mail.acme.co.za") == "acme"


def test_a_policy_question_to_move_freight_and_account_deadlines_are_no_moves_or_slots() -> None:
    d = detected("Dear Thandi Nkosi,\n\nWe are pleased to invite you to interview.\n\nDate: "
                 "Wednesday 14 April 2027\nTime: 10:30 (UK time)\nDuration: up to 60 minutes\n\n"
                 "Please prepare a presentation on this question: \"Ministers want to move an "
                 "additional 5% of freight from road to rail by 2032. What are the options?\"\n\n"
                 "Please email your slides to recruitment@orr.example.gov.uk by 12:00 on Monday "
                 "12 April.\n\nPlease confirm by selecting \"Accept interview\" in your Civil "
                 "Service Jobs account by 23:55 on Tuesday 6 April.\n\nRecruitment Team",
                 subject="Invitation to interview - Policy Adviser",
                 sender="Recruitment <noreply@notify.orr.example.gov.uk>",
                 date="Tue, 30 Mar 2027 14:05:33 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 14, 10, 30, tzinfo=BST)


def test_list_items_across_blank_lines_make_no_company() -> None:
    d = detected("We are pleased to invite you to interview for the Analyst role on Tuesday 6 "
                 "April 2027 at 10:00.\n\nYou will be assessed on:\n\n• Delivering at Pace\n\n"
                 "Strengths\n\nThe panel will also ask strength-based questions.",
                 subject="Invitation to interview", sender="Recruitment <jobs@example.org>",
                 date="Tue, 30 Mar 2027 14:05:33 +0100")
    assert d.company != "Pace Strengths The"


def test_small_print_that_an_invitation_is_no_offer_keeps_it_an_invitation() -> None:
    d = detected("Dear Ms Nkosi,\n\nYou are invited to a competency-based interview on Tuesday, "
                 "9 February 2027 at 14:00 CET with the assessment panel.\n\nPlease note that this "
                 "invitation does not constitute an offer of employment.\n\nTalent Acquisition",
                 subject="Invitation to competency-based interview",
                 sender="Recruitment <recruitment@woha.example.int>",
                 date="Mon, 25 Jan 2027 16:03:27 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_an_acronym_spelled_out_before_its_brackets_in_any_language() -> None:
    d = detected("Madame,\n\nVotre entretien avec le comité de sélection aura lieu le jeudi 15 "
                 "avril 2027 à 15h30 (heure de Paris).\n\nService du recrutement\nAgence "
                 "européenne pour la sécurité des littoraux (AESL)\n",
                 subject="Entretien - procédure AESL/AD6/2027/04",
                 sender="Service du recrutement AESL <recrutement@aesl.example.eu>",
                 date="Fri, 02 Apr 2027 11:47:36 +0200")
    assert d.company == "Agence européenne pour la sécurité des littoraux"


def test_a_university_offer_in_spanish() -> None:
    d = detected("Estimada Dra. Nkosi:\n\nLa Comisión de Selección acordó proponer su "
                 "nombramiento como Profesora Asistente en el Departamento de Geología.\n\n"
                 "Fecha de inicio: lunes 2 de agosto de 2027.\n\nDra. Carolina Rojas",
                 subject="Oferta de nombramiento - Profesora Asistente",
                 sender="Carolina Rojas <crojas@uandes.example.cl>",
                 date="Mon, 14 Jun 2027 10:20:11 -0400")
    assert d.kind is Kind.OFFER


def test_a_two_cell_table_row_reads_as_a_field() -> None:
    html = ("<table><tr><td>Date</td><td>Monday, April 19, 2027</td></tr>"
            "<tr><td><b>Time:</b></td><td>9:00 AM</td></tr>"
            "<tr><td>2027</td><td>x</td></tr></table>")
    text = html_to_text(html)
    assert "Date: Monday, April 19, 2027" in text
    assert "Time: 9:00 AM" in text  # (a label with its own colon gets no second one)
    assert "2027 x" in text


def test_the_hours_of_a_span_of_days_to_book_in_are_no_slot() -> None:
    ref = datetime(2027, 3, 2, 8, 30, tzinfo=CET)
    window = "Voľné termíny sú od pondelka 8. marca do piatku 12. marca, vždy medzi 9:00 a 16:00."
    assert slots_in(window, ref, "dmy", CET) == []
    # a move from one day to another at one hour stays a slot
    moved = detected("Hi Thandi, your interview has moved from Friday 07/05 to Tuesday 11/05/2027 "
                     "at 2:00pm AWST. It will still run for one hour.",
                     subject="Interview moved", sender="Kim Lee <kim@redgum.example.com.au>",
                     date="Mon, 03 May 2027 09:00:00 +0800")
    assert moved.interview is not None
    assert moved.interview.start.day == 11



def test_her_own_cancellation_keeps_the_quoted_writer_who_said_and_myself() -> None:
    quoted = ("On Thu, 4 Mar 2027 at 04:00, Katrin Hollmann <k.hollmann@bodenlabor.example.de> "
              "wrote:\n> Dear Dr. Nkosi,\n>\n> We would be pleased to invite you to an interview "
              "via Zoom on\n>\n>     Thursday, 18 March 2027, 15:00-15:45 CET\n>\n> The panel "
              "will be Dr. Mehmet Aydin and myself.\n>\n> Best regards,\n> Katrin Hollmann\n")
    d = detected("Dear Prof. Hollmann,\n\nI'm sorry, but I need to cancel our interview on "
                 "Thursday (18 March, 15:00 your time): I have accepted another position.\n\n"
                 f"Best wishes,\nThandi\n\n{quoted}",
                 subject="Re: Interview invitation - Postdoc",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Katrin Hollmann <k.hollmann@bodenlabor.example.de>",
                 headers={"In-Reply-To": "<x1@bodenlabor.example.de>"},
                 date="Mon, 15 Mar 2027 22:10:31 -0400")
    assert d.kind is Kind.CANCELLATION
    assert people_of(d) == ["Katrin Hollmann", "Mehmet Aydin"]


def test_a_windows_zone_shared_by_countries_takes_the_senders_country() -> None:
    ics = vevent(summary="Отказано: Интервју – Thandi Nkosi / Project Manager",
                 start="20270316T110000", end="20270316T120000",
                 tzid="Central Europe Standard Time", method="CANCEL",
                 organizer="CN=Jelena Nikolic:mailto:jelena@dunavsoft.rs")
    d = detected("Нажалост, морамо да откажемо интервју за позицију Project Manager.",
                 subject="Отказано: Интервју – Thandi Nkosi / Project Manager",
                 sender="Jelena Nikolic <jelena@dunavsoft.rs>", ics=ics, ics_method="CANCEL",
                 date="Fri, 05 Mar 2027 16:20:04 +0100")
    assert d.interview is not None and d.interview.timezone == "Europe/Belgrade"
    assert d.interview.start.hour == 11


def test_a_bosnian_panel_after_will_talk_with_you() -> None:
    d = detected("Poštovana Thandi,\n\nmoramo pomjeriti Vaš intervju: razgovor predlažemo u "
                 "četvrtak, 6. maja 2027. godine u 13 sati. S Vama će razgovarati Amra Hodžić, "
                 "direktorica razvoja, i Edin Begović, voditelj projekata.\n\nPozdrav,\nSelma",
                 subject="Poziv na intervju - Inženjer",
                 sender="Selma Kovačević <selma@bosnaenergo.ba>",
                 date="Wed, 28 Apr 2027 11:48:22 +0200")
    assert people_of(d) == ["Amra Hodžić", "Edin Begović"]


def test_a_bulgarian_offer_and_its_quoted_name_with_the_form_after() -> None:
    d = detected("Здравейте, Танди,\n\nРадваме се да Ви съобщим, че след проведените интервюта "
                 "бихме искали да Ви предложим позицията Старши QA инженер във „Витоша Софтуер“ "
                 "ЕООД.\n\nС уважение,\nДесислава Петрова",
                 subject="Предложение за работа – Старши QA инженер",
                 sender="Десислава Петрова <d.petrova@vitosha-soft.bg>",
                 date="Thu, 01 Jul 2027 15:10:42 +0300")
    assert d.kind is Kind.OFFER
    assert d.company == "Витоша Софтуер ЕООД"


def test_an_estonian_rejection_from_an_ats() -> None:
    d = detected("Tere, Thandi!\n\nTäname Teid huvi eest tootejuhi ametikoha vastu. Kahjuks peame "
                 "teatama, et otsustasime jätkata teiste kandidaatidega.\n\nKadri Tamm",
                 subject="Teie kandideerimine: Tootejuht",
                 sender="Läänemere Tarkvara <teavitused@varbaja.ee>",
                 date="Wed, 18 Aug 2027 13:41:07 +0300")
    assert d.kind is Kind.REJECTION


def test_riga_time_and_one_hour_in_latvian() -> None:
    d = detected("Labdien, Thandi!\n\nAr prieku aicinām Jūs uz darba interviju otrdien, 2027. gada "
                 "14. septembrī, plkst. 10.00 (Rīgas laiks). Intervija ilgs aptuveni vienu "
                 "stundu.\n\nAr cieņu\nLīga", subject="Uzaicinājums uz darba interviju",
                 sender="Līga Krūmiņa <liga@daugavadigital.lv>",
                 date="Fri, 03 Sep 2027 16:22:40 +0300")
    assert d.interview is not None
    assert d.interview.timezone == "Europe/Riga"
    assert d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(hours=1)


def test_a_taglish_date_length_and_honorifics() -> None:
    d = detected("Magandang araw po, Ms. Thandi!\n\nNarito po ang detalye:\n\nPetsa: Huwebes, "
                 "ika-14 ng Oktubre 2027\nOras: alas-dos ng hapon (2:00 PM PHT), mga 45 minuto\n\n"
                 "Makakausap n'yo po sina Ma'am Kristine Dela Cruz (Head of Customer Experience) "
                 "at Sir Paolo Reyes (Operations Manager).\n\nJessa", subject="Interview schedule",
                 sender="Jessa Santos <jessa@bayanihanfintech.ph>",
                 date="Mon, 04 Oct 2027 17:48:03 +0800")
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 10, 14, 14, 0, tzinfo=timezone(timedelta(hours=8)))
    assert d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(minutes=45)
    assert not any(n.startswith(("Ma'am", "Sir ")) for n in people_of(d))


def test_an_urdu_panel_by_honorifics() -> None:
    text = ("انٹرویو پینل میں ہماری ڈیٹا اینالیٹکس کی سربراہ محترمہ عائشہ خان اور سینئر "
            "مینیجر جناب بلال احمد شامل ہوں گے۔")
    assert [p.name for p in script_people(text)] == ["عائشہ خان", "بلال احمد"]


def test_a_people_and_culture_booker_who_names_the_interviewer_is_not_on_the_call() -> None:
    d = detected("Hi Thandi,\n\nhere is your technical interview:\n\nDate: Tuesday, June 15, 2027\n"
                 "Time: 10:00 GMT-3\nDuration: 1 hour\nWith: Rafael Souza, Tech Lead - Mobile\n\n"
                 "Rafael will share the repo before we start. I booked it through my Calendly "
                 "on your behalf.\n\nBeatriz Lima\nPeople & Culture · Pitanga Pagamentos Ltda.",
                 subject="Pitanga | Technical interview - Mobile Engineer",
                 sender="Beatriz Lima <beatriz.lima@pitanga.com.br>",
                 date="Wed, 09 Jun 2027 17:20:44 -0300")
    assert people_of(d) == ["Rafael Souza"]
