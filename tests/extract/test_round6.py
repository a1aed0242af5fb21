"""Rules added after reading batch 13NN (after its one blind scoring) and the batches that
followed it: each written so it would hold for mail nobody wrote for the corpus (see
tests/corpus/README.md). All mail here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from mailfactory import detected, raw_mail, vevent

from mailwatch.extract import detect
from mailwatch.extract.people import names_in_text
from mailwatch.extract.slots import slots_in
from mailwatch.message import parse_message
from mailwatch.model import Kind


def names(text: str) -> list[str]:
    return [p.name for p in names_in_text(text)]


def test_an_unquoted_comma_in_a_room_name_costs_nothing() -> None:
    # Exchange writes CN=Boardroom 3 (5th floor, Rosebank) without quotes; icalendar then
    # reads the parameter as a list of values
    ics = vevent(summary="Panel interview: Analyst", start="20261110T090000",
                 end="20261110T100000", tzid="South Africa Standard Time",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Pieter van Wyk:mailto:pieter@umoya.co.za",
                            "CUTYPE=ROOM;CN=Boardroom 3 (5th floor, Rosebank)"
                            ":mailto:br3@umoya.co.za"))
    det = detect(parse_message(raw_mail("Please see the invitation.", ics=ics)),
                 user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert [p.name for p in det.interview.interviewers] == ["Pieter van Wyk"]


def test_an_internal_vacancy_interview_from_a_colleague_is_the_users_own() -> None:
    ics = vevent(summary="Panel interview: Analytics Manager (internal)",
                 start="20261110T090000", end="20261110T100000",
                 tzid="South Africa Standard Time",
                 organizer="CN=Lerato Mokoena:mailto:lerato@umoya.co.za",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@umoya.co.za",
                            "CN=Pieter van Wyk:mailto:pieter@umoya.co.za"))
    body = ("You have been shortlisted for the internal vacancy of Analytics Manager. "
            "Please find the invitation attached.")
    raw = raw_mail(body, ics=ics, to="Thandi Nkosi <thandi@umoya.co.za>")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@umoya.co.za"}))
    assert det.kind is Kind.INTERVIEW_INVITATION
    # without the application wording it stays a colleague's meeting
    raw = raw_mail("Agenda attached.", ics=ics.replace("Panel interview: Analytics Manager "
                   "(internal)", "Panel interview debrief"), to="Thandi <thandi@umoya.co.za>")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@umoya.co.za"}))
    assert det.kind is Kind.OTHER


@pytest.mark.parametrize("text,expected", [
    ("Who you'll meet:\n• Aroha Ngata – Manager, Insights\n• Liam Fraser – BI Developer\n",
     ["Aroha Ngata", "Liam Fraser"]),
    ("Con quién: Lucía Ortega Marín (Responsable de Analítica) y Javier Beltrán (Data "
     "Scientist)\n", ["Lucía Ortega Marín", "Javier Beltrán"]),
    # a scheduling page's "Who" heading: names over addresses, the organizer marked
    ("When\nThursday 10:00\nWho\nTomás Riquelme - Organizer\ntomas@andes.example\n"
     "Valentina Soto\nvalentina@andes.example\nWhere\nOnline\n",
     ["Tomás Riquelme", "Valentina Soto"]),
    ("A entrevista será conduzida pelo Rafael Monteiro (Gerente de Dados) e por mim.",
     ["Rafael Monteiro"]),
    ("Il colloquio sarà condotto dall'arch. Paolo Carraro, socio fondatore.",
     ["Paolo Carraro"]),
    ("Je spreekt met Maarten de Graaf (teamleider) en Fleur Jansen (data analist).",
     ["Maarten de Graaf", "Fleur Jansen"]),
    # a session with two people under its row
    ("Schedule\n10:00 – 10:45  Product sense\nHamish Ferreira, Head of Product Analytics\n"
     "10:45 – 11:30  SQL\nPriyanka Deshmukh, Senior Data Scientist\nTom Vuong, Product "
     "Manager\n\nGood luck!", ["Hamish Ferreira", "Priyanka Deshmukh", "Tom Vuong"]),
])
def test_more_ways_to_name_the_interviewers(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Who\nknows what the weather will do\n",  # "Who" over no list of people
    "Who is hiring in Cape Town this month?\nMaria Lopez, Analyst\n",
])
def test_who_is_a_heading_only_over_people(text) -> None:
    assert names(text) == []


def test_the_sender_conducting_with_a_colleague_is_an_interviewer() -> None:
    det = detected("Gostaríamos de convidar você para a entrevista técnica na quinta-feira, "
                   "12 de novembro de 2026, das 14h às 15h. A entrevista será conduzida pelo "
                   "Rafael Monteiro (Gerente de Dados) e por mim.",
                   subject="Convite para entrevista - Analista de BI",
                   sender="Camila Duarte <camila@ipe.com.br>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert sorted(p.name for p in det.interview.interviewers) == ["Camila Duarte",
                                                                  "Rafael Monteiro"]


def test_a_first_name_in_the_text_is_the_organizer_of_the_invitation() -> None:
    ics = vevent(summary="Final round", start="20261110T110000Z", end="20261110T120000Z",
                 organizer="CN=Arjun Nair:mailto:arjun@tessellate.co.in",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Sneha Kulkarni:mailto:sneha@tessellate.co.in"))
    body = ("Tuesday 10 Nov 2026 ⋅ 4:30 – 5:30pm\nIndia Standard Time - Kolkata\n"
            "Final interview. You'll meet Arjun (VP Data) and Sneha (Principal Data "
            "Scientist).")
    det = detect(parse_message(raw_mail(body, ics=ics, subject="Invitation: Final round")),
                 user_addresses=frozenset({"thandi@example.org"}))
    assert sorted(p.name for p in det.interview.interviewers) == ["Arjun Nair",
                                                                  "Sneha Kulkarni"]
    # the .ics is in UTC; the mail wrote the time in India's zone
    assert det.interview.timezone == "Asia/Kolkata"
    assert det.interview.start.isoformat() == "2026-11-10T16:30:00+05:30"


def test_an_offer_with_medical_and_dental_benefits_at_a_clinic_is_an_offer() -> None:
    det = detected("I'm thrilled to formally extend you an offer to join Sagebrush Health as a "
                   "Clinical Pharmacist at our Eastside clinic!\nBase salary: $148,000/year\n"
                   "Benefits: medical, dental and vision from day one.",
                   subject="Your offer - Clinical Pharmacist")
    assert det.kind is Kind.OFFER
    # the clinic's own mail about a check-up stays what it is
    assert detected("Your dental check-up at Sagebrush Clinic is on Tuesday 10 November "
                    "at 09:00.", subject="Appointment reminder").kind is Kind.OTHER


def test_contacting_all_candidates_by_the_end_of_the_month_is_a_decision_date() -> None:
    det = detected("Your application is still being considered. We expect to complete "
                   "shortlisting and contact all candidates by the end of the month.",
                   subject="Your application - Senior Credit Risk Analyst")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline.isoformat() == "2026-11-30"


def test_a_scheduling_page_confirmation_with_its_change_links() -> None:
    body = ("Your event has been scheduled.\n\nEvent Type:\n45 Minute Hiring Manager "
            "Interview\n\nEvent Date/Time:\n09:30 - 10:15 (United Kingdom Time) on Monday, "
            "9 November 2026\n\nDescription:\nInterview for the Data Engineer role at Pellucid "
            "Health with Rachel Ogunleye.\n\nNeed to make changes to this event?\n"
            "Cancel | Reschedule\n")
    det = detected(body, subject="Confirmed: Hiring Manager Interview with Rachel Ogunleye",
                   sender="Calendly <notifications@calendly.com>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-09T09:30:00+00:00"
    assert det.interview.timezone == "Europe/London"


@pytest.mark.parametrize("sentence,expected", [
    ("10:00 - 10:30 on Friday, 13 November 2026 (Central European Time)",
     ("2026-11-13T10:00:00+01:00", "Europe/Berlin")),
    ("14:00 - Friday, November 13, 2026 (South Africa Standard Time)",
     ("2026-11-13T14:00:00+02:00", "Africa/Johannesburg")),
    ("11:00 on Friday 13 November 2026, Dutch time", ("2026-11-13T11:00:00+01:00",
                                                      "Europe/Amsterdam")),
])
def test_a_zone_after_the_date_that_follows_the_time(sentence, expected) -> None:
    sast = ZoneInfo("Africa/Johannesburg")
    (slot,) = slots_in(sentence, datetime(2026, 11, 2, 9, tzinfo=sast), "DMY", sast)
    assert (slot.start.isoformat(), slot.timezone) == expected


def test_which_of_these_windows_work_asks_for_availability() -> None:
    det = detected("We'd like to move you forward to a technical interview for the Platform "
                   "Engineer role. Could you let me know which of these windows work for you?"
                   "\n- Tue, Nov 10: 9:00 AM - 12:00 PM\n- Wed, Nov 11: 1:00 PM - 4:00 PM\n",
                   subject="Next steps: Platform Engineer interview")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_an_agency_forward_with_a_job_alerts_footer_and_two_people_in_turn() -> None:
    body = ("Great news - Maplestone have confirmed your final interview. Their confirmation "
            "is below, and some tips from me at the bottom.\n\n---------- Forwarded message "
            "---------\nFrom: Gwen Ashby <gwen@maplestone.ca>\nDate: Mon, Nov 2, 2026\n"
            "Subject: RE: Thandi Nkosi - Pricing Analyst\nTo: Kelsey <kelsey@northbeam.ca>\n\n"
            "Confirming Thandi for Tuesday, November 10, 2026 at 1:30 PM (Eastern) at our "
            "office. She'll meet with Greg Lawson (VP, Pricing) first and then Nadia Haddad "
            "(Senior Actuary).\n\nTips from me:\n- Have numbers ready.\n\nTo unsubscribe from "
            "job alerts reply STOP.")
    det = detected(body, subject="Fwd: RE: Thandi Nkosi - Pricing Analyst - final interview",
                   sender="Kelsey Tran <kelsey@northbeam.ca>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-10T13:30:00-05:00"
    assert [p.name for p in det.interview.interviewers] == ["Greg Lawson", "Nadia Haddad"]


def test_a_terse_reply_with_a_weekday_and_a_bare_hour() -> None:
    (slot,) = slots_in("Thursday at 3 works - I'll call your cell.",
                       datetime(2026, 11, 2, 9, tzinfo=ZoneInfo("America/Denver")), "MDY",
                       ZoneInfo("America/Denver"))
    assert slot.start.isoformat() == "2026-11-05T15:00:00-07:00"
    # a friend's coffee while the user is interviewing elsewhere stays a coffee
    det = detected("I heard you're interviewing around - good luck! No agenda from my side, I'm "
                   "not hiring. Coffee? Thursday at 10 at the place on Albert Road works for me.",
                   subject="coffee??", sender="Sipho Dlamini <sipho@mailbox.example>")
    assert det.kind is Kind.OTHER


def test_an_old_zone_alias_from_the_calendar_library_is_written_by_its_current_name() -> None:
    ics = vevent(summary="Interview - Cloud Security Engineer", start="20261110T143000",
                 end="20261110T153000", tzid="India Standard Time")
    det = detect(parse_message(raw_mail("See the invitation.", ics=ics)),
                 user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview.timezone == "Asia/Kolkata"
    assert det.interview.start.isoformat() == "2026-11-10T14:30:00+05:30"


@pytest.mark.parametrize("sentence,expected", [
    ("wtorek 10 listopada o 15:00", "2026-11-10T15:00:00+02:00"),
    ("Datum: tisdag 10 november 2026 kl 13:00", "2026-11-10T13:00:00+02:00"),
    ("10 Kasım 2026 saat 14:30", "2026-11-10T14:30:00+02:00"),
])
def test_polish_swedish_and_turkish_dates(sentence, expected) -> None:
    sast = ZoneInfo("Africa/Johannesburg")
    (slot,) = slots_in(sentence, datetime(2026, 11, 2, 9, tzinfo=sast), "DMY", sast)
    assert slot.start.isoformat() == expected


@pytest.mark.parametrize("subject,body,kind", [
    ("Ihre Bewerbung als Projektingenieur", "Nach sorgfältiger Abwägung haben wir uns jedoch "
     "für eine Kandidatin entschieden, deren Profil besser passt.", Kind.REJECTION),
    ("Votre candidature - Consultante Data", "Nous sommes au regret de vous informer que nous "
     "ne donnerons pas suite à votre candidature pour le poste de Consultante Data.",
     Kind.REJECTION),
    ("選考結果のご連絡", "社内で慎重に選考を進めました結果、誠に残念ではございますが、"
     "今回はご期待に沿いかねる結果となりました。", Kind.REJECTION),
    ("Proposition d'embauche - Ingénieure DevOps", "J'ai le plaisir de vous proposer le poste "
     "d'Ingénieure DevOps en CDI. Rémunération brute annuelle : 58 000 euros.", Kind.OFFER),
    ("Ihr Vertragsangebot", "Wir freuen uns sehr, Ihnen hiermit ein Angebot für die Position "
     "Senior Entwickler zu unterbreiten!", Kind.OFFER),
    ("Gesprek donderdag gaat helaas niet door", "Helaas moet ik ons gesprek van donderdag 12 "
     "november om 10:00 uur voor de functie UX-onderzoeker annuleren.", Kind.CANCELLATION),
    ("Görüşme iptali - Backend Geliştirici", "12 Kasım 2026 saat 15:00 için planlanan Backend "
     "Geliştirici pozisyonu görüşmenizi maalesef iptal etmek zorundayız.", Kind.CANCELLATION),
    ("Rozmowa rekrutacyjna - Inżynier DevOps", "Chcielibyśmy zaprosić Panią na rozmowę "
     "techniczną na stanowisko Inżynier DevOps. Czy mogłaby Pani podać swoją dostępność w "
     "przyszłym tygodniu?", Kind.INTERVIEW_REQUEST),
    ("Aggiornamento sulla sua candidatura", "Stiamo ancora completando i colloqui per la "
     "posizione di Sviluppatore e contiamo di darle una risposta definitiva entro la fine "
     "del mese.", Kind.STATUS_UPDATE),
])
def test_kinds_in_more_languages(subject, body, kind) -> None:
    assert detected(body, subject=subject).kind is kind


@pytest.mark.parametrize("body,deadline", [
    ("Stiamo ancora completando i colloqui per la posizione e contiamo di darle una risposta "
     "entro la fine del mese.", "2026-11-30"),
    ("Todavía estamos terminando las entrevistas para el cargo, pero te daremos una respuesta "
     "a más tardar el viernes 13 de noviembre.", "2026-11-13"),
    ("Wir melden uns mit einer Entscheidung zur Stelle innerhalb von 10 Werktagen.",
     "2026-11-16"),
    ("We zijn nog in gesprek met andere kandidaten voor de functie; je hoort volgende week "
     "ons antwoord.", "2026-11-13"),
])
def test_decision_dates_in_more_languages(body, deadline) -> None:
    det = detected(body, subject="Candidatura / Bewerbung")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline.isoformat() == deadline


def test_a_clock_run_into_a_cjk_word_and_a_reply_by_date_is_no_decision() -> None:
    det = detected("面试时间：2026年11月12日（星期四）上午10:00-11:00（北京时间）\n"
                   "面试形式：线上面试\n如时间不便，请于11月10日前回复本邮件。",
                   subject="面试邀请：高级算法工程师")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-12T10:00:00+08:00"
    assert det.interview.end.isoformat() == "2026-11-12T11:00:00+08:00"
    assert det.decision_deadline is None


def test_a_rental_viewing_with_a_phone_interview_is_no_job_interview() -> None:
    det = detected("Your viewing is confirmed for Saturday 7 November 2026 at 10:00. Before we "
                   "meet I'd like a short interview over the phone to pre-qualify you for the "
                   "rental. Could I call you tomorrow at 9am?",
                   subject="Viewing confirmed - 7 Kloof Road")
    assert det.kind is Kind.OTHER


def test_a_one_way_video_interview_with_no_live_interviewer() -> None:
    det = detected("Congratulations on progressing in the Graduate Programme - Graduate Trainee "
                   "(Finance). The next step is a one-way video interview; there is no live "
                   "interviewer. Tips: find a quiet spot with good lighting.",
                   subject="Next step: video interview")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_see_you_on_wednesday_settles_the_candidates_pick_from_the_quoted_offer() -> None:
    body = ("Perfect, thanks Thandi - locked in. See you on Wednesday!\n\n"
            "On Mon, 2 Nov 2026 at 16:58, Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Wednesday at 10am works well for me. Thank you!\n>\n"
            "> On Mon, 2 Nov 2026 at 11:20, Pieter Botha <pieter@karoo-analytics.co.za> wrote:\n"
            ">> We'd like to set up a 1-hour technical interview for the Data Engineer role. "
            "Would\n>> Wednesday (4 Nov) at 10am or Thursday (5 Nov) at 3pm work for you?\n"
            ">> You'll meet with our Head of Data, Wei Ling Tan, and Rajesh Kumar.\n")
    det = detected(body, subject="Re: Data Engineer - interview availability")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-04T10:00:00+02:00"
    assert det.interview.end.isoformat() == "2026-11-04T11:00:00+02:00"
    assert [p.name for p in det.interview.interviewers] == ["Wei Ling Tan", "Rajesh Kumar"]


def test_a_weekday_picked_in_a_reply_with_its_time_in_the_next_sentence() -> None:
    det = detected("thurs works. 3pm my time - I'll call you on Google Meet, link to follow. "
                   "Should take about 45 mins.", subject="Re: Backend Engineer - next step")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-05T15:00:00+02:00"


def test_a_virtual_onsite_with_a_few_tips_is_the_users_interview() -> None:
    det = detected("Your virtual onsite for the Software Engineer role is all set!\n\n"
                   "Thursday, November 12, 2026\n9:00 – 9:45 AM  Coding — Ravi Subramanian\n"
                   "10:00 – 10:45 AM  System Design — Julia Chen\n\nA few tips:\n"
                   "• Think out loud.", subject="Your virtual onsite")
    assert det.kind is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize("body", [
    "can you do tues 3pm for a quick chat w/ me + Yael Ben-David (our CTO)? 30 min, video.",
    "I'd love to have a 1-hour chat next week about the Informatics Lead role. I'm free Tuesday "
    "10 November between 10 and 12, or Thursday 12 November any time after 2pm. Would either "
    "suit?",
    "¿Te queda bien alguno de estos horarios para la entrevista?\n- martes 10 de noviembre, "
    "9:00 a. m.\n- miércoles 11 de noviembre, 3:00 p. m.",
])
def test_a_proposed_time_or_two_is_a_request(body) -> None:
    assert detected(body, subject="Re: Senior Backend Engineer - next step").kind is (
        Kind.INTERVIEW_REQUEST)


def test_the_sender_and_a_colleague_after_w_slash() -> None:
    det = detected("can you do tues 3pm for a quick chat w/ me + Yael Ben-David (our CTO)?",
                   subject="Re: Senior Backend Engineer take-home")
    assert det.interview is not None  # the one time it asks about (see test_round9)
    assert sorted(p.name for p in det.interview.interviewers) == ["Pieter Botha",
                                                                   "Yael Ben-David"]


def test_decisions_between_two_days_is_the_later_one() -> None:
    det = detected("We're still completing interviews for the Data Engineer role, and the panel "
                   "will meet to make decisions between 16 and 20 November.",
                   subject="RE: Data Engineer - next steps")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline.isoformat() == "2026-11-20"


@pytest.mark.parametrize("text,expected", [
    ("I'm sorry: Dr. Ngozi Obi is unwell, so we need to cancel tomorrow's interview.",
     ["Ngozi Obi"]),
    ("Ricardo Ibarra (their Chief Data Officer) has been pulled into a board meeting, so "
     "they've asked to move your interview.", ["Ricardo Ibarra"]),
    ("Infelizmente a Fernanda Costa, gestora da área de Dados, teve um imprevisto.",
     ["Fernanda Costa"]),
    ("Hi Thandi, apologies - the hiring manager is ill.", []),
    ("I need to cancel your onsite with Mei Lin and Oscar Reyes on Tuesday.",
     ["Mei Lin", "Oscar Reyes"]),
    ("The round will be taken by Deepa Menon (Engineering Manager) and Suresh Babu (Senior "
     "Engineer).", ["Deepa Menon", "Suresh Babu"]),
    ("La entrevista será con el Ing. Rodrigo Villaseñor, Director de Operaciones, y con la "
     "Lic. Paola Méndez, Gerente de Recursos Humanos.", ["Rodrigo Villaseñor", "Paola Méndez"]),
    ("We maken graag kennis in een videogesprek van 30 minuten met Joost van Leeuwen "
     "(teamlead Data).", ["Joost van Leeuwen"]),
    ("Elif will still lead it, and Burak Şahin from our ML platform team will join her.",
     ["Burak Şahin"]),
])
def test_interviewers_named_in_passing(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("body", [
    "Let's lock in tomorrow at 9am for the portfolio conversation. I'll be joined by our "
    "design lead, Callum Short.",
    "Could we move your interview to Wednesday 4 November, 10:00–11:00? The interviewers - "
    "Kenji Watanabe and myself - remain the same.",
    "La entrevista sería con Andrés Restrepo, líder del equipo, y conmigo, el martes 10 de "
    "noviembre a las 9:00.",
])
def test_the_writer_is_one_of_the_interviewers(body) -> None:
    det = detected(body, subject="Interview - Product Designer")
    people = det.interview.interviewers if det.interview else det.people
    assert "Pieter Botha" in [p.name for p in people]


def test_the_slot_a_sentence_moves_the_interview_to() -> None:
    det = detected("Dr. Elif Aydın is ill and won't be able to do tomorrow's interview "
                   "(Tuesday 3 November, 14:00).\n\nWe'd like to move it to Tuesday 10 "
                   "November, 14:00–15:00 Istanbul time.", subject="Data Scientist interview")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview.start.isoformat() == "2026-11-10T14:00:00+03:00"


def test_a_team_in_a_title_line_is_not_the_employer_the_domain_spells() -> None:
    det = detected("Thanks for following up. We're still completing interviews for the Data "
                   "Platform Engineer role.\n\nBest regards,\nWanjiru\n\n--\nWanjiru Kamau\n"
                   "Engineering Manager, Data Platform\nSavanna Grid Energy | Nairobi",
                   subject="RE: next steps", sender="Wanjiru Kamau <wanjiru@savannagrid.co.ke>")
    assert det.company == "Savanna Grid Energy"


def test_a_company_spelled_with_a_letter_domains_cannot_write() -> None:
    det = detected("Dziękujemy za aplikację na stanowisko Inżynier DevOps w Wisłotech.\n\n"
                   "Pozdrawiam\nAgnieszka Wójcik\nWisłotech Sp. z o.o. | Warszawa",
                   subject="Rozmowa rekrutacyjna", sender="Agnieszka <a.wojcik@wislotech.pl>")
    assert det.company == "Wisłotech"


@pytest.mark.parametrize("body,position", [
    ("Je hebt gesolliciteerd voor de functie UX-onderzoeker bij Polderlicht.", "UX-onderzoeker"),
    ("Tack för din ansökan till tjänsten som Backendutvecklare hos Fjällstig AB.",
     "Backendutvecklare"),
    ("Vielen Dank für Ihr Interesse an der Position Softwareentwickler:in Computer Vision.",
     "Softwareentwickler:in Computer Vision"),
    ("I'm thrilled to extend you an offer for the Clinical Pharmacist role.",
     "Clinical Pharmacist"),
])
def test_positions_in_more_languages(body, position) -> None:
    assert detected(body, subject="Interview").position == position


def test_the_employer_written_after_the_role_is_not_part_of_it() -> None:
    from mailwatch.extract.position import without_company
    assert without_company("Clinical Pharmacist, Sagebrush Health", "Sagebrush Health") == (
        "Clinical Pharmacist")
    assert without_company("UX Researcher bij Polderwerk", "Polderwerk") == "UX Researcher"
    assert without_company("Growth Analyst (Quillbeam)", "Quillbeam") == "Growth Analyst"
    assert without_company("Product Manager, Payments", "Fernhill") == (
        "Product Manager, Payments")


def test_dotted_italian_legal_forms_score_as_legal_forms() -> None:
    from mailwatch.evaluate import norm_org
    assert norm_org("Brera Interni S.r.l.") == norm_org("Brera Interni")
    assert norm_org("Fonderia Digitale S.p.A.") == norm_org("Fonderia Digitale")


def test_google_calendars_zone_line_names_the_city() -> None:
    ics = vevent(summary="Content Strategist interview", start="20261211T110000Z",
                 end="20261211T120000Z", method="CANCEL", status="CANCELLED")
    body = ("This event has been cancelled.\nFriday 11 December 2026 ⋅ 11:00 – 12:00\n"
            "Greenwich Mean Time - London\n")
    det = detect(parse_message(raw_mail(body, ics=ics, ics_method="CANCEL")),
                 user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview.timezone == "Europe/London"


def test_a_scheduling_pages_former_and_updated_times() -> None:
    body = ("Hemi Walker has rescheduled your event.\n\nFormer:\n2:00pm - 2:45pm, Friday, "
            "November 6, 2026 (New Zealand Time)\n\nUpdated:\n2:00pm - 2:45pm, Tuesday, "
            "November 10, 2026 (New Zealand Time)\n")
    det = detected(body, subject="Rescheduled: Data Analyst – first interview",
                   sender="Calendly <notifications@calendly.com>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview.start.isoformat() == "2026-11-10T14:00:00+13:00"
    assert det.interview.timezone == "Pacific/Auckland"


@pytest.mark.parametrize("subject,body,start,zone", [
    ("Inbjudan till intervju - Backendutvecklare", "Vi vill gärna träffa dig för en intervju:"
     "\nDatum tisdag 10 november 2026\nTid kl. 13.00–14.00 (svensk tid)\n",
     "2026-11-10T13:00:00+01:00", "Europe/Stockholm"),
    ("Uitnodiging tot onderhoud", "Ons wil jou graag uitnooi vir 'n onderhoud.\nDatum: "
     "Dinsdag 10 November 2026\nTyd: 10:00 tot 11:00\n", "2026-11-10T10:00:00+02:00", None),
])
def test_swedish_and_afrikaans_invitations(subject, body, start, zone) -> None:
    det = detected(body, subject=subject)
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == start
    assert det.interview.timezone == zone


@pytest.mark.parametrize("subject,body,start,end", [
    ("Reprogramación de entrevista", "Nos vemos en la necesidad de reprogramar su entrevista. "
     "La nueva fecha es el jueves 12 de noviembre de 2026 a las 12:00 horas (hora del centro "
     "de México), con una duración aproximada de una hora y media.",
     "2026-11-12T12:00:00-06:00", "2026-11-12T13:30:00-06:00"),
    ("Remarcação da entrevista", "Podemos remarcar a entrevista para segunda-feira, 16/11, "
     "às 10h30 (horário de Brasília)? A duração continua a mesma, 1 hora.",
     "2026-11-16T10:30:00-03:00", "2026-11-16T11:30:00-03:00"),
    ("Invito a colloquio", "Abbiamo il piacere di invitarla a un colloquio mercoledì 11 "
     "novembre 2026 alle ore 11:00 (ora italiana). Il colloquio durerà circa un'ora.",
     "2026-11-11T11:00:00+01:00", "2026-11-11T12:00:00+01:00"),
])
def test_slots_and_lengths_in_more_languages(subject, body, start, end) -> None:
    det = detected(body, subject=subject)
    assert (det.interview.start.isoformat(), det.interview.end.isoformat()) == (start, end)


def test_a_dutch_cancellation_keeps_the_cancelled_slot() -> None:
    det = detected("Helaas moet ik ons gesprek van donderdag 12 november om 10:00 uur voor de "
                   "functie UX-onderzoeker annuleren.", subject="Gesprek gaat niet door")
    assert det.kind is Kind.CANCELLATION
    assert det.interview.start.isoformat() == "2026-11-12T10:00:00+02:00"


@pytest.mark.parametrize("text,expected", [
    ("■面接官：開発部 部長 佐藤 健一、データ基盤チーム 山本 美咲\n", ["佐藤 健一", "山本 美咲"]),
    ("■面接官：開発本部 マネージャー 佐藤 健一\n同グループ シニアエンジニア 中村 美咲\n■URL：https://x",
     ["佐藤 健一", "中村 美咲"]),
    ("面试官：王磊（技术总监）、李娜（算法团队负责人）\n", ["王磊", "李娜"]),
    ("Rozmowę poprowadzą: Tomasz Zieliński (QA Lead) oraz Agnieszka Wróbel (Engineering "
     "Manager).\n", ["Tomasz Zieliński", "Agnieszka Wróbel"]),
    ("Jy sal met Pieter van der Merwe (Hoof van Ingenieurswese) en Annelie Botha (Senior "
     "Ontwikkelaar) gesels.", ["Pieter van der Merwe", "Annelie Botha"]),
])
def test_interviewer_labels_in_more_scripts(text, expected) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("subject,body", [
    ("Your home loan interview is booked", "Your home loan interview is booked.\nDate: Tuesday, "
     "10 November 2026\nTime: 12:30 (SAST)\nYour consultant: Chloé du Plessis, Home Loans "
     "Consultant"),
    ("Quick volunteer chat?", "Thank you for signing up to volunteer as a fundraising "
     "coordinator. We like to have a quick informal chat with everyone. Could we give you a "
     "call on Saturday 7 November at 10:00? This is a volunteer (unpaid) role."),
    ("Appointment confirmation", "Service: Long stay permit - biometrics and document "
     "submission\nAppointment: Monday, 9 November 2026, 08:45\nPassport number: A0****417\n"
     "Applicants may be asked a short interview by a consular officer."),
])
def test_interviews_and_chats_that_are_no_job_interview(subject, body) -> None:
    assert detected(body, subject=subject).kind is Kind.OTHER


@pytest.mark.parametrize("domain,signature,company", [
    ("lhdsb.ca", "Principal\nLakeshore Humber District School Board", "Lakeshore Humber "
     "District School Board"),
    ("nilgiristudio.in", "Design Director\nNilgiri Design Studio, Coimbatore",
     "Nilgiri Design Studio"),
    ("northfieldhealth.org.uk", "Recruitment Coordinator\nNorthfield Community Health Trust",
     "Northfield Community Health Trust"),
])
def test_the_name_a_domain_abbreviates(domain, signature, company) -> None:
    det = detected(f"Thank you for applying for the Analyst role.\n\nKind regards\nSam\n"
                   f"{signature}", subject="Your application", sender=f"Sam <sam@{domain}>")
    assert det.company == company


def test_a_company_with_a_japanese_legal_form_as_the_mail_writes_it() -> None:
    det = detected("この度は株式会社ミナトデータのデータエンジニア職にご応募いただき、"
                   "誠にありがとうございます。", subject="一次面接日程のご案内",
                   sender="採用担当 <saiyo@minato-data.co.jp>")
    assert det.company == "株式会社ミナトデータ"


def test_programme_words_after_the_employers_name() -> None:
    det = detected("Congratulations on progressing to the next stage of the Umoya Retail Group "
                   "Graduate Programme. The next step is a one-way video interview.",
                   subject="Next step", sender="Careers <careers@umoyaretail.co.za>")
    assert det.company == "Umoya Retail Group"


@pytest.mark.parametrize("sender,company", [
    ("Greenleaf Biotech <noreply@workable.com>", "Greenleaf Biotech"),
    ("Fernhollow Games <no-reply@ashbyhq.com>", "Fernhollow Games"),
    ("Ipê Pagamentos <noreply@smartrecruiters.com>", "Ipê Pagamentos"),
])
def test_an_ats_senders_display_name_that_is_an_organisation(sender, company) -> None:
    det = detected("Thanks for applying. Please choose a time for a 30-minute video call here: "
                   "https://apply.example/schedule/8812", subject="Schedule a call",
                   sender=sender)
    assert det.company == company


@pytest.mark.parametrize("subject,body,position", [
    ("Your application", "Thank you for your interest in the Security Engineer, Detection & "
     "Response role at Arcwell Security.", "Security Engineer, Detection & Response"),
    ("Onsite", "We're looking forward to hosting you for the Senior Gameplay Programmer onsite.",
     "Senior Gameplay Programmer"),
    ("Cancelling Tuesday", "We've had to put the Audio DSP Engineer search on hold.",
     "Audio DSP Engineer"),
    ("Data Scientist interview moved to Tuesday 10 November", "Sorry for the change.",
     "Data Scientist"),
    ("Re: Interview confirmed - Gameplay Engineer, Wed Nov 11", "See you then.",
     "Gameplay Engineer"),
    ("選考結果のご連絡", "Webアプリケーションエンジニア職へご応募いただきましたこと、"
     "御礼申し上げます。", "Webアプリケーションエンジニア"),
    ("面试邀请", "感谢您投递我司“高级算法工程师”岗位。", "高级算法工程师"),
])
def test_more_ways_to_name_the_role(subject, body, position) -> None:
    assert detected(body, subject=subject).position == position


def test_the_hiring_manager_interview_names_no_role() -> None:
    from mailwatch.extract.position import position_from_text
    assert position_from_text("Your Hiring Manager interview is at 3pm.") is None


@pytest.mark.parametrize("subject,body", [
    ("Parent-teacher interviews: your booked slot", "Thank you for booking a parent–teacher "
     "interview with Mrs Fourie.\nYour slot: Wednesday 11 November 2026, 15:20 – 15:30"),
    ("Claim KM-118402: recorded interview", "CLAIM NUMBER: KM-118402\nWe need to conduct a short "
     "recorded interview with you.\nDate: Tuesday, 10 November 2026\nTime: 09:00\nInterviewer: "
     "Mr Pieter van Wyk, Claims Investigator"),
    ("Re: Flat - viewing Saturday", "Saturday 7 November at 10am is perfect for a viewing. I'll "
     "meet you at the gate. The deposit is two months' rent and the lease starts 1 December."),
    ("Volunteer tutor - quick chat?", "Before anyone's first session we have a short chat with "
     "every new volunteer - it's not an interview. Would Thursday 12 November at 5pm work for "
     "a call?"),
])
def test_more_look_alikes(subject, body) -> None:
    assert detected(body, subject=subject).kind is Kind.OTHER


@pytest.mark.parametrize("subject,body,kind", [
    ("An update on your application", "Thank you for applying for the Operations Coordinator "
     "position. We have now reviewed all applications and, on this occasion, we won't be "
     "taking yours further.", Kind.REJECTION),
    ("Offer of employment - DevOps Engineer", "It's my absolute pleasure to offer you the "
     "position of DevOps Engineer at Quokka Cloud!", Kind.OFFER),
    ("Your application: Content Strategist", "Thanks for talking to Priyanka on Wednesday - "
     "the newsletter teardown you brought has been passed around. We're still seeing a couple "
     "of people for the Content Strategist position, so we don't have a decision yet. We "
     "expect to let you know in the next couple of weeks.", Kind.STATUS_UPDATE),
])
def test_more_answers(subject, body, kind) -> None:
    assert detected(body, subject=subject).kind is kind


def test_radio_silence_and_a_review_pushed_back_are_a_status_update() -> None:
    det = detected("Apologies for the radio silence since your final interview. Our partners' "
                   "review has been pushed into the new year because of the holiday shutdown. "
                   "You are still very much in contention for the Senior Consultant position. "
                   "We expect to come back to you with a decision by Friday 13 November.",
                   subject="Senior Consultant – update")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline.isoformat() == "2026-11-13"


@pytest.mark.parametrize("body", [
    "Next up is a conversation with Remy Tremblay about the Technical Artist role. Pick any "
    "45-minute slot that works for you here: https://book.tidepool.example/remy/screen",
    "Leo passed on your CV for our founding engineer role. Are you around Thursday or Friday? "
    "Would love a 20-min chat, nothing formal, just me.",
])
def test_more_requests_for_a_time(body) -> None:
    assert detected(body, subject="quick chat?").kind is Kind.INTERVIEW_REQUEST


def test_a_chinese_reschedule_with_labelled_new_time() -> None:
    det = detected("因面試主管臨時須出差，原訂於 2026年11月10日（星期二）上午10:00 之面試需"
                   "予以調整。\n新的面試時間如下：\n日期：2026年11月12日（星期四）\n"
                   "時間：下午2:00 至 3:00（台灣時間）\n", subject="【面試時間異動通知】採購專員")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview.start.isoformat() == "2026-11-12T14:00:00+08:00"
    assert det.interview.end.isoformat() == "2026-11-12T15:00:00+08:00"


def test_a_wash_up_pushed_back_is_a_status_update() -> None:
    det = detected("We finished the final-round interviews for the Planner role yesterday, but "
                   "two of the panel are away, so the wash-up has been pushed back. We're aiming "
                   "to come back to everyone between Monday 9 and Wednesday 11 November.",
                   subject="Planner - where things stand")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline.isoformat() == "2026-11-11"


def test_the_new_date_sentence_after_a_spanish_reschedule() -> None:
    det = detected("Nos vemos en la necesidad de reprogramar su entrevista del martes 10 de "
                   "noviembre.\nLa nueva fecha es el jueves 12 de noviembre de 2026 a las 12:00 "
                   "horas (hora del centro de México), en nuestras oficinas de Av. Insurgentes "
                   "Sur 1602, Col. Crédito Constructor.", subject="Reprogramación de entrevista")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview.start.isoformat() == "2026-11-12T12:00:00-06:00"


def test_a_decision_within_months_of_the_interview_date() -> None:
    det = detected("You have been shortlisted and are invited to attend an interview.\nDate: "
                   "Tuesday, 17 November 2026\nTime: 09h30\n\nShould you not hear from the "
                   "Municipality within three (3) months of the interview date, you should "
                   "regard your application as unsuccessful.", subject="Invitation to interview")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.decision_deadline.isoformat() == "2027-02-17"


@pytest.mark.parametrize("body", [
    "We have to cancel tomorrow's interview as the hiring manager is ill. I'll be in touch on "
    "Monday with some new times.",
    "Thank you for the call last Wednesday. I shared my notes with the leadership on Friday and "
    "the feedback was very positive, so I've booked you with Chidi Okafor on Thursday 12 "
    "November at 2:30 pm.",
])
def test_rearranging_and_a_past_weekday_give_no_decision_date(body) -> None:
    assert detected(body, subject="Interview").decision_deadline is None


@pytest.mark.parametrize("body,writer_in", [
    ("I need to cancel your interview tomorrow (Thursday 5 November, 10:00–11:00) with Kagiso "
     "Molefe, our CTO, and me.", True),
    ("Sure, 3pm Thurs works, talk then - J", True),
    ("Would love a 20-min chat about the founding engineer role, nothing formal, just me. Are "
     "you around Thursday or Friday?", True),
    ("Are you free for a quick chat on Friday afternoon about the Paraplanner role? Let me know "
     "a time and the best number to call you on.", True),
    ("Further to our call this morning, please find attached the invitation for your interview "
     "with our CFO, Wanjiru Kamau, on Wednesday 11 November at 4pm.", False),
    ("Give me a ring afterwards and let me know how it went.\n\nSpeak soon,\nGemma", False),
])
def test_when_the_writer_takes_part(body, writer_in) -> None:
    from mailwatch.extract.writer import sender_interviews
    assert sender_interviews(body) is writer_in


@pytest.mark.parametrize("text,expected", [
    ("Interviewer(s) Chen, Laura; Bouchard, Étienne\n", ["Laura Chen", "Étienne Bouchard"]),
    ("Time Session With\n10:00 – 11:00 System design Oliver Grant, Principal Engineer\n"
     "11:15 – 12:00 Pair programming (C++ / ROS 2) Priyanka Shah & Ben Carter\n",
     ["Oliver Grant", "Priyanka Shah", "Ben Carter"]),
    ("Your interview is confirmed.\n\nDate Time Interviewer Focus\n\nThursday, November 12, "
     "2026\n1:00 PM – 1:45 PM\nDeclan Moss\nSRE Manager\nIncident response\n\nThursday, "
     "November 12, 2026\n1:45 PM – 2:30 PM\nAyesha Rahman\nStaff SRE\nDistributed systems\n\n"
     "If you need to make any changes, just reply to this email and I'll help.\n\nImogen Pryce"
     "\nRecruiting Coordinator", ["Declan Moss", "Ayesha Rahman"]),
])
def test_interviewers_in_tables(text, expected) -> None:
    assert sorted(names(text)) == sorted(expected)


def test_an_itinerary_whose_subject_names_the_day_among_other_days() -> None:
    det = detected("Here is your itinerary for Tuesday,\nNovember 10, 2026 (all times Pacific):\n\n"
                   "9:15 – 10:15 AM    Embedded C – Grace Holloway, Staff Firmware Engineer\n"
                   "10:15 – 11:15 AM   Integration – Tomasz Wieczorek, Principal Engineer\n\n"
                   "Our travel team will book your flight (arriving Sunday the 8th).",
                   subject="Your onsite interview at Tidewell Robotics – Tue, Nov 10")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-10T09:15:00-08:00"


@pytest.mark.parametrize("subject,body,position", [
    ("Energy Trader – second interview options", "Which of these suits you?", "Energy Trader"),
    ("Updated invitation: Interview - Claims Team Leader (Thandi Nkosi)", "See the invite.",
     "Claims Team Leader"),
    ("Book your chat with Tidepool Games (Technical Artist)", "Pick a slot here.",
     "Technical Artist"),
    ("Quick chat re Geospatial Data Analyst role?", "Are you free this week?",
     "Geospatial Data Analyst"),
    ("Next steps", "The next step for the Senior iOS Engineer role is a technical interview.",
     "Senior iOS Engineer"),
    ("quick chat?", "Leo passed on your CV for our founding engineer role.",
     "founding engineer"),
    ("Confirmed: Technical Interview – Backend Engineer (Go) between Andes Freight and Thandi "
     "Nkosi", "Your event has been scheduled.", "Backend Engineer (Go)"),
])
def test_roles_in_subjects_and_lower_case(subject, body, position) -> None:
    assert detected(body, subject=subject).position == position


@pytest.mark.parametrize("subject,body,sender,company", [
    ("Re: Data Analyst role at Kestrel", "Works for me — see you Thu 3pm.",
     "Devon Hartley <devon@kestrelanalytics.com>", "Kestrel Analytics"),
    ("Interview Scheduled: Senior Analyst (R-10442)", "Your interview for the position below at "
     "Verdant Energy has been scheduled.", "Verdant Energy <verdant@myworkday.com>",
     "Verdant Energy"),
    ("Confirmed: Technical Interview – Backend Engineer (Go) between Andes Freight and Thandi "
     "Nkosi", "What\nTechnical Interview – Backend Engineer (Go) between Andes Freight and "
     "Thandi Nkosi\nWhere\nCal Video: https://app.cal.com/video/7sQ2",
     "Tomás Riquelme via Cal.com <hello@cal.com>", "Andes Freight"),
    ("Invitation: Thandi Nkosi <> Tessellate Labs – Final round",
     "Thandi Nkosi <> Tessellate Labs – Final round\nFinal interview.",
     "Arjun Nair <calendar-notification@google.com>", "Tessellate Labs"),
    ("Interview", "Thanks for applying for Regional Supply Planner (Johannesburg) at Lindqvist "
     "Retail Group.", "Careers <noreply@lindqvist.example>", "Lindqvist Retail Group"),
])
def test_more_ways_to_find_the_employer(subject, body, sender, company) -> None:
    assert detected(body, subject=subject, sender=sender).company == company


def test_a_person_after_with_in_a_subject_is_no_employer() -> None:
    det = detected("Your meeting has moved.", subject="Rescheduled: Hiring manager interview – "
                   "Growth Analyst with Jordan Whitaker",
                   sender="SavvyCal <notifications@savvycal.com>")
    assert det.company != "Jordan Whitaker"
    assert det.position == "Growth Analyst"


def test_a_reply_takes_the_role_from_the_mail_it_quotes() -> None:
    body = ("Could we move it to Thursday at 11:00 instead? Sorry for the shuffle.\n\n"
            "On Mon, 2 Nov 2026 at 09:00, Pieter Botha <pieter@karoo-analytics.co.za> wrote:\n"
            "> Your interview for the Growth Marketing Manager role is booked for Wednesday.\n")
    det = detected(body, subject="Re: Interview Wednesday – could we move it?")
    assert det.position == "Growth Marketing Manager"


@pytest.mark.parametrize("text,expected", [
    ("You'll be speaking with Sipho Dlamini, our Engineering Manager for the Settlements squad, "
     "and Anele Mokoena, one of the senior engineers on the team.",
     ["Sipho Dlamini", "Anele Mokoena"]),
    ("The panel is Johan Botha (Head of Data Engineering) and Ayesha Patel (Lead Engineer). "
     "Please allow an hour.", ["Johan Botha", "Ayesha Patel"]),
    ("Gesprächspartner: Herr Dr. Matthias Köhler (Leiter Softwareentwicklung) und Frau Sabine "
     "Wächter (Personalreferentin)\n", ["Matthias Köhler", "Sabine Wächter"]),
    ("It's a half-hour chat - me and Liam O'Connor from the analytics engineering team.",
     ["Liam O'Connor"]),
    ("First our CTO for the first hour, followed by Aisha Rahman, Head of Delivery.",
     ["Aisha Rahman"]),
    ("Great, confirming tomorrow at noon. Sipho Dlamini from our finance team will join me on "
     "the call.", ["Sipho Dlamini"]),
    ("Unfortunately Dr. Conor Walsh is travelling the week of 7 December.", ["Conor Walsh"]),
    ("Unfortunately Matthias is travelling next week, so I have to cancel.", []),
    ("Gostaríamos de convidá-la para uma entrevista técnica com o Rafael Monteiro (Gerente de "
     "Dados) e comigo.", ["Rafael Monteiro"]),
    ("The panel will be myself (I run the pricing team), and Owen MacLeod, our HR Business "
     "Partner.", ["Owen MacLeod"]),
])
def test_more_interviewer_phrasings(text, expected) -> None:
    assert names(text) == expected


def test_a_place_is_no_person_and_given_names_join_the_full_name() -> None:
    from mailwatch.extract.names import dedupe
    from mailwatch.model import Person
    merged = dedupe([Person(name="Wei Jie"), Person(name="Wei Jie Lim")])
    assert [p.name for p in merged] == ["Wei Jie Lim"]
    assert names("Your interview with New York is at 3pm.") == []


def test_a_committed_date_to_rearrange_by_is_a_date_to_follow_up_after() -> None:
    det = detected("We are sorry to let you know that the assessment day on Wednesday 4 November "
                   "has been cancelled. We will contact you by the end of November with a new "
                   "date.", subject="Assessment day cancelled")
    assert det.kind is Kind.CANCELLATION
    assert det.decision_deadline.isoformat() == "2026-11-30"


@pytest.mark.parametrize("subject,body,kind", [
    ("Your final interview", "It's been a really tough decision, but on this occasion we won’t "
     "be progressing your application further.", Kind.REJECTION),
    ("Uw sollicitatie als Business Analist", "Na zorgvuldige overweging hebben we besloten om "
     "verder te gaan met een andere kandidaat.", Kind.REJECTION),
    ("Re: Thank you - Bioinformatics Scientist interview", "The team is wrapping up debriefs "
     "this week, and we'll have an update for you by Friday.", Kind.STATUS_UPDATE),
    ("Ihre Bewerbung als Softwareentwickler – Zwischenstand", "Wir führen derzeit noch "
     "Gespräche mit weiteren Kandidaten und werden Ihnen bis spätestens Ende Mai eine "
     "verbindliche Rückmeldung geben.", Kind.STATUS_UPDATE),
])
def test_curly_apostrophes_and_more_answers(subject, body, kind) -> None:
    assert detected(body, subject=subject).kind is kind


def test_a_name_keeps_the_apostrophe_the_mail_wrote() -> None:
    det = detected("You’ll meet Nathan O’Brien (Engineering Manager) on Tuesday 10 November "
                   "2026 at 10:00.", subject="Interview confirmed")
    assert [p.name for p in det.interview.interviewers] == ["Nathan O’Brien"]


def test_the_end_of_a_named_month_in_german() -> None:
    det = detected("Wir werden Ihnen bis spätestens Ende Mai eine Rückmeldung zur Stelle geben.",
                   subject="Ihre Bewerbung")
    assert det.decision_deadline.isoformat() == "2027-05-31"


def test_thursday_next_week() -> None:
    det = detected("Perfect - let's lock in Thursday next week at 2pm for the final round. That'll "
                   "be a 60-minute session with me and Dana Whitaker, our CTO.",
                   subject="Re: Scheduling your final round")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-12T14:00:00+02:00"


def test_a_meetup_rsvp_and_a_calendar_rsvp_footer() -> None:
    assert detected("You're going! Your spot is confirmed for Hiring in Data: Panel & "
                    "Networking Night, Thursday, 12 November 2026 · 6:30 PM to 9:00 PM. Hiring "
                    "managers will talk about data interviews. Update your RSVP so someone on "
                    "the waitlist can take your spot.", subject="RSVP confirmed: Hiring in Data"
                    ).kind is Kind.OTHER
    det = detected("Panel interview for the Data Engineer role on Tuesday 10 November 2026 at "
                   "10:00.\nInvitation from Google Calendar. Forwarding this invitation could "
                   "allow any recipient to modify your RSVP.", subject="Invitation: Panel "
                   "interview")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_a_hinglish_request() -> None:
    det = detected("Hum ek 45-minute technical round schedule karna chahte hain with our ML lead, "
                   "Vikram Sethi, for the ML Engineer role. Kya aap is week Thursday ya Friday ko "
                   "free hain?", subject="Interview ke liye availability?")
    assert det.kind is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize("text,expected", [
    ("Interview Panel:\n1. Mr. Rohit Kulkarni - Engineering Manager\n2. Ms. Sneha Pillai - "
     "Senior Software Engineer\n", ["Rohit Kulkarni", "Sneha Pillai"]),
    ("Saranno presenti Marco Bianchi (Head of Design) ed Elena Conti (Product Manager).",
     ["Marco Bianchi", "Elena Conti"]),
    ("Unfortunately, Keisha Brown is out sick today, so we need to cancel.", ["Keisha Brown"]),
    ("Our hiring manager, Mark Gillis, has had a family emergency and will be away.",
     ["Mark Gillis"]),
])
def test_still_more_interviewer_phrasings(text, expected) -> None:
    assert names(text) == expected


def test_atlantic_time_and_a_meeting_that_runs_for_an_hour() -> None:
    det = detected("We've moved your interview to Tuesday, November 10th at 10:00 a.m. Atlantic "
                   "time. It'll still run for one hour.", subject="Interview moved")
    assert det.interview.start.isoformat() == "2026-11-10T10:00:00-04:00"
    assert det.interview.timezone == "America/Halifax"
    assert det.interview.end.isoformat() == "2026-11-10T11:00:00-04:00"


def test_a_calcom_invitation_in_utc_with_the_iana_zone_in_the_text() -> None:
    ics = vevent(summary="Intro call – Dunelight Studio", start="20261109T083000Z",
                 end="20261109T090000Z",
                 organizer="CN=Pieter de Boer:mailto:pieter@dunelightstudio.nl")
    body = ("What\nIntro call – Dunelight Studio (30 min)\nWhen\nMonday, November 9, 2026 | "
            "9:30am - 10:00am (Europe/Amsterdam)\n")
    raw = raw_mail(body, ics=ics, subject="New event: Intro call",
                   sender="Pieter de Boer via Cal.com <hello@cal.com>")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview.timezone == "Europe/Amsterdam"
    assert det.company != "Cal"


def test_bei_fragen_names_no_employer() -> None:
    from mailwatch.extract.company import company_from_text
    assert company_from_text("Bei Fragen können Sie sich jederzeit an mich wenden.") is None


@pytest.mark.parametrize("body,client", [
    ("Quick update on the Senior Data Analyst role with my client Fenwick Rail Systems. They "
     "wrapped up interviews yesterday.", "Fenwick Rail Systems"),
    ("Quick update after speaking with the hiring manager at Helix Marine Systems this "
     "afternoon: they'll decide next Wednesday.", "Helix Marine Systems"),
    ("I've just had feedback from Mistral Aerospace following your interview.",
     "Mistral Aerospace"),
])
def test_an_agencys_client(body, client) -> None:
    det = detected(body + "\n\nKind regards\nPriya\nSenior Consultant | TalentBridge Asia",
                   subject="Update", sender="Priya Nair <priya@talentbridge.sg>")
    assert det.company == client


@pytest.mark.parametrize("subject,body,kind", [
    ("Kennismaking", "Zou je volgende week tijd hebben voor een gesprek van een uur over de "
     "vacature? Laat maar weten wat je het beste uitkomt.", Kind.INTERVIEW_REQUEST),
    ("Ny tid för intervjun", "Tyvärr måste vi flytta intervjun som var inbokad på onsdag den 4 "
     "november. Skulle det gå bra med torsdag den 12 november kl. 13.00-14.00 i stället?",
     Kind.RESCHEDULE),
    ("Your application", "It was a very close decision, but we've offered the Risk Analyst role "
     "to a candidate with more regulatory experience.", Kind.REJECTION),
    ("Update", "We've had a really strong field for the Senior QA Engineer role and the panel is "
     "still working through a final decision.", Kind.STATUS_UPDATE),
    ("MBA interview invitation", "The Admissions Committee would like to invite you to interview "
     "for the MBA Class of 2029. Your interview is scheduled for Tuesday, November 10, 2026 at "
     "10:00 AM ET via Zoom.", Kind.OTHER),
    ("채용 결과 안내", "데이터 엔지니어 포지션에 지원해 주셔서 감사드립니다. "
     "신중한 검토 끝에 아쉽게도 이번 채용에서는 함께하기 어렵게 되었음을 알려드립니다.",
     Kind.REJECTION),
    ("Zaproszenie do rozmowy", "Chcielibyśmy zaprosić Panią na rozmowę online na stanowisko "
     "Tester. Proszę o informację, który z poniższych terminów Pani odpowiada.",
     Kind.INTERVIEW_REQUEST),
    ("Proceso de selección", "Nos gustaría tener una primera entrevista contigo para el puesto. "
     "¿Tendrías disponibilidad el martes 10 o el miércoles 11 de noviembre?",
     Kind.INTERVIEW_REQUEST),
    ("【录用通知】", "经过面试评估，我们很高兴地通知您，公司决定录用您担任算法工程师一职。",
     Kind.OFFER),
    ("Interview availability", "Alpenwerk AG would like to meet you for the SAP Consultant role. "
     "Could you let me know if Tuesday 10th or Wednesday 11th November between 9 and 12 CET "
     "works for you?", Kind.INTERVIEW_REQUEST),
    ("Next step", "Next step is a 40-minute video call with the two of us for the Growth Lead "
     "role. Pick whatever suits on SavvyCal: https://savvycal.com/pebblepath/growth-lead",
     Kind.INTERVIEW_REQUEST),
    ("Can you sit on an interview panel next Tuesday?", "Could you sit on the panel for a Senior "
     "Backend Engineer candidate next week? Tuesday 10 November, 10:00-11:00. Scorecard template "
     "is in the Hiring folder.", Kind.OTHER),
])
def test_kinds_from_17nn(subject, body, kind) -> None:
    assert detected(body, subject=subject).kind is kind


@pytest.mark.parametrize("text,expected", [
    ("I'd love for you to meet Tom Gallagher (our Director of Clinical Operations) and me.",
     ["Tom Gallagher"]),
    ("Vous serez reçue par Antoine Lefèvre, directeur des opérations, et moi-même.",
     ["Antoine Lefèvre"]),
    ("W rozmowie wezmą udział Piotr Zieliński (QA Lead) oraz ja.", ["Piotr Zieliński"]),
    ("Next step is a 40-minute video call with the two of us (Hattie Brennan and Olu Adeyemi, "
     "co-founders).", ["Hattie Brennan", "Olu Adeyemi"]),
    ("Nos gustaría tener una primera entrevista contigo por videollamada, de unos 45 minutos, "
     "con Javier Ortega (responsable de Plataforma de Datos) y conmigo.", ["Javier Ortega"]),
    ("You'll be meeting with:\n• Rohan Mehta – Lead Data Scientist\n• Kavya Iyer – Senior ML "
     "Engineer\n", ["Rohan Mehta", "Kavya Iyer"]),
    ("Location: Dana Whitlock will call you at +27 82 555 0134", ["Dana Whitlock"]),
    ("What: Field Operations Lead – Panel Interview between Wanjiru Kamau and Thandi Nkosi",
     ["Wanjiru Kamau", "Thandi Nkosi"]),
    ("Participarão da conversa eu (Fernanda Souza, Coordenadora de Dados) e o Ricardo Alves, "
     "nosso Tech Lead.", ["Fernanda Souza", "Ricardo Alves"]),
])
def test_interviewers_from_17nn(text, expected) -> None:
    assert names(text) == expected


def test_a_signature_after_a_prose_label_is_no_table_row() -> None:
    text = ("You'll meet with Elliot Vance (VP, Analytics) and Grace Mbeki (Chief Actuary). "
            "Elliot will open with a short case.\n\nNadia Brooks | Senior Talent Acquisition "
            "Partner | Harborline Insurance\n")
    assert names(text) == ["Elliot Vance", "Grace Mbeki"]


@pytest.mark.parametrize("subject,body,position", [
    ("Kennismaking Product Owner bij Grachtwerk", "Leuk dat je hebt gereageerd!", "Product Owner"),
    ("Cancelling Friday", "I need to cancel our interview on Friday. The Content Producer role "
     "has been put on hold.", "Content Producer"),
    ("New Event: Intro call", "Questions:\nWhich role are you applying for?\nControls Engineer\n"
     "Anything you'd like us to know?\nNo", "Controls Engineer"),
    ("Einladung zum Vorstellungsgespräch – Softwareentwickler (m/w/d) Backend", "Sehr geehrte "
     "Frau Nkosi, wir laden Sie ein.", "Softwareentwickler Backend"),
    ("【录用通知】深蓝智能科技有限公司 - 算法工程师", "您好！", "算法工程师"),
    ("ご案内", "このたびは、当社の組込みソフトウェアエンジニア職にご応募いただき、"
     "ありがとうございます。", "組込みソフトウェアエンジニア"),
    ("ご案内", "先日ご案内いたしました機械学習エンジニア職の二次面接について",
     "機械学習エンジニア"),
])
def test_positions_from_17nn(subject, body, position) -> None:
    assert detected(body, subject=subject).position == position


def test_a_chinese_legal_name_bounded_by_the_subjects_brackets() -> None:
    det = detected("感谢您对深蓝智能科技有限公司的关注与支持。",
                   subject="【录用通知】深蓝智能科技有限公司 - 算法工程师")
    assert det.company == "深蓝智能科技有限公司"
    from mailwatch.evaluate import norm_org
    assert norm_org("한빛데이터 주식회사") == norm_org("한빛데이터")


@pytest.mark.parametrize("subject,body,kind", [
    ("Retorno sobre o processo seletivo", "Após uma análise cuidadosa, optamos por seguir com "
     "outra candidatura cujo perfil está mais alinhado.", Kind.REJECTION),
    ("Aanbod: Senior Backend Developer", "Wat leuk dat we je na de gesprekken van vorige week "
     "een aanbod mogen doen voor de functie van Senior Backend Developer!", Kind.OFFER),
    ("Status of Application - GIS Specialist", "The selection committee has completed its "
     "interviews. We anticipate that a final decision will be made between November 9 and "
     "November 13, 2026. Please note that any offer of employment is contingent upon a "
     "background check.", Kind.STATUS_UPDATE),
    ("Re: Cloud Engineer role - chat on Wednesday", "Unfortunately I have to cancel our chat "
     "tomorrow at 9:30 - a production incident has eaten my week.", Kind.CANCELLATION),
    ("Mock interview booked", "Your mock interview with a CodeBridge volunteer is booked for "
     "Saturday 7 November 2026, 10:00–11:00 for the Data Analyst role you're preparing for.",
     Kind.OTHER),
])
def test_kinds_from_18nn(subject, body, kind) -> None:
    assert detected(body, subject=subject).kind is kind


@pytest.mark.parametrize("body,start", [
    ("Date 18-Nov-2026 (Wednesday)\nTime 3:00 PM – 4:00 PM IST\nMode Virtual",
     "2026-11-18T15:00:00+05:30"),
    ("📅 Thursday, November 12, 2026\n🕔 5:00 PM – 6:00 PM (Mexico City time)\n",
     "2026-11-12T17:00:00-06:00"),
    ("Termin: Dienstag, 30. März 2027, 10:30 bis 12:00 Uhr\nBitte beachten Sie, dass alle "
     "Zeitangaben sich auf die Ortszeit in Hamburg beziehen.", "2027-03-30T10:30:00+02:00"),
    ("Alder & Finch have asked to move your second interview.\nOLD: Monday 9 November, 10:00am"
     "\nNEW: Wednesday 11 November 2026, "
     "10:00am – 11:00am (Sydney time)\n", "2026-11-11T10:00:00+11:00"),
])
def test_slots_from_18nn(body, start) -> None:
    det = detected(body, subject="Interview - Backend Engineer")
    assert det.interview.start.isoformat() == start


def test_a_people_emoji_line() -> None:
    assert names("👥 Diego Ramírez (QA Lead) and myself\n") == ["Diego Ramírez"]


@pytest.mark.parametrize("domain,signature,company", [
    ("fableandforge.com", "Talent Team\nFable & Forge Studios", "Fable & Forge Studios"),
    ("cajuina.tech", "Talent Acquisition | Cajuína Tecnologia\nSão Paulo", "Cajuína Tecnologia"),
])
def test_domains_with_and_or_an_organisation_word(domain, signature, company) -> None:
    det = detected(f"Thanks for applying for the Analyst role.\n\nBest\nSam\n{signature}",
                   subject="Your application", sender=f"Sam <sam@{domain}>")
    assert det.company == company


@pytest.mark.parametrize("subject,body,position", [
    ("Convocation à un entretien – Chef de projet digital", "Bonjour Thandi,",
     "Chef de projet digital"),
    ("Intervju för tjänsten som speldesigner", "Hej Thandi! Tack för din ansökan till tjänsten "
     "som speldesigner.", "speldesigner"),
    ("Offer", "We want you to join Mosaic Orchard as our Engineering Manager for the Growth team!",
     "Engineering Manager"),
])
def test_positions_written_in_other_ways(subject, body, position) -> None:
    assert detected(body, subject=subject).position == position


@pytest.mark.parametrize("text,expected", [
    ('You will be speaking with Chinedu Eze (Engineering Lead) and Funmilayo "Funmi" Adebayo '
     "(Senior Android Engineer).", ["Chinedu Eze", "Funmilayo Adebayo"]),
    ("Medverkande: jag själv (Elin Sandberg, Lead Game Designer) och Oskar Holm, producent\n",
     ["Elin Sandberg", "Oskar Holm"]),
    ("Interview panel\n\nName\nTitle\n\nDerek Holm\nManager, Business Systems\n\nRosa Jimenez\n"
     "Senior Business Analyst\n\nPlease plan to join a few minutes early.",
     ["Derek Holm", "Rosa Jimenez"]),
    ("10:30 – 11:30 Pair-programming exercise Chloe Marsh, Senior Programmer\nTom Keeling, "
     "Programmer\n", ["Chloe Marsh", "Tom Keeling"]),
    ("Het gesprek duurt ongeveer een uur en is met Sanne Bakker (Lead Design) en Joris de Jong "
     "(Product Owner).", ["Sanne Bakker", "Joris de Jong"]),
])
def test_interviewers_from_18nn(text, expected) -> None:
    assert names(text) == expected


def test_get_back_to_everyone_by_the_end_of_the_month() -> None:
    det = detected("We're still interviewing a small number of candidates for the DevOps role and "
                   "will get back to everyone by the end of the month.", subject="Update")
    assert det.decision_deadline.isoformat() == "2026-11-30"
