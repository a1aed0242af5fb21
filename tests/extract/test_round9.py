"""Rules added in the session that read batch 24NN blind and then tuned on it: each written
so it would hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All mail
here is invented."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from mailfactory import assert_clock, detected, mail, raw_mail

from mailwatch.evaluate import norm_org
from mailwatch.extract import classify as c
from mailwatch.extract import detect, roster
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.company import cjk_company, company_from_text
from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_end, stated_length
from mailwatch.extract.employer import domain_phrase, legal_line_company
from mailwatch.extract.people import clean_name, names_in_text
from mailwatch.extract.position import cjk_position, without_company
from mailwatch.extract.roster import labelled_people
from mailwatch.extract.script_people import script_people
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times, hour_after_date
from mailwatch.extract.writer import sender_interviews
from mailwatch.extract.zone_words import local_zone_name, zone_hint
from mailwatch.message import parse_message
from mailwatch.model import Kind

_PHX = ZoneInfo("America/Phoenix")


def test_a_new_hour_instead_of_the_quoted_one_keeps_the_quoted_day_and_length() -> None:
    det = detected(
        "Hi Thandi,\n\nA delivery has come in early and I need to sign for it. Could we start "
        "at 3:30 instead of 2:00? Same link.\n\nSorry!\nMarta\n\n"
        "From: Marta Yazzie\nSent: Friday, October 30, 2026 4:11 PM\n"
        "To: Thandi Nkosi <thandi@example.org>\nSubject: Interview - Archivist\n\n"
        "Hi Thandi,\n\nYou're booked for Monday, November 2 from 2:00 to 2:45 pm Arizona "
        "time. You'll be speaking with me and Carl Begay.\n\nMarta\n",
        subject="RE: Interview - Archivist",
        sender="Marta Yazzie <myazzie@saguaro-archive.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 2, 15, 30, tzinfo=_PHX)
    assert det.interview.end == datetime(2026, 11, 2, 16, 15, tzinfo=_PHX)


def test_a_word_clock_ends_a_sentence_and_a_bare_hour_comes_before_a_dash() -> None:
    assert_clock("Let's lock it in for next Thursday at half past ten.", [(10, 30), None])
    det = detected("Hey Thandi,\n\nLoved your application for the Junior Producer role. Let's "
                   "do a quick call this Thursday at 2 - I'll ring you on your mobile. Plan for "
                   "about 20 min.\n\nCheers\nPieter\n", subject="Re: Junior Producer application")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-05T14:00:00+02:00"
    ranged = "free on Friday at 2 - 3"  # a range of bare hours is not "at 2"
    assert hour_after_date(ranged, ranged.index(" at")) is None


def test_a_single_time_asked_about_is_a_request_that_keeps_the_time() -> None:
    det = detected("Hi Thandi,\n\nThanks for the portfolio. Would love to have a proper chat "
                   "about the Product Designer role. how's 11 on the 14th? Should take 45 mins "
                   "or so, over Zoom.\n\nAoife\n", subject="Re: portfolio")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-14T11:00:00+02:00"
    choice = detected("Hi Thandi,\n\nThanks for applying for the Analyst role. Would Tuesday 10 "
                      "November work, any time between 9am and 1pm? A 45-minute interview.\n")
    assert choice.kind is Kind.INTERVIEW_REQUEST
    assert choice.interview is None  # a window to choose from, not one time


def test_argentine_hs_and_spanish_horas_make_a_whole_hour_a_clock() -> None:
    assert_clock("la entrevista queda para el jueves 4/3 a las 11 hs (hora de Argentina)",
                 [(11, 0), None])
    assert_clock("el lunes a las 16 horas", [(16, 0), None])
    assert_clock("durante 2 horas", None)  # a length, not a clock


@pytest.mark.parametrize("sentence", [
    "tenho o gosto de confirmar a sua entrevista técnica",
    "Te confirmo lo que hablamos: la entrevista queda para el jueves",
    "Je vous confirme notre entretien",
    "Ihr Gespräch ist für Dienstag angesetzt",
    "Ti confermo il colloquio",
    "Het gesprek staat gepland op dinsdag",
])
def test_a_set_slot_confirmed_in_other_languages(sentence: str) -> None:
    assert c.CONFIRM.search(sentence)


def test_confirming_the_slot_in_portuguese_outweighs_asking_to_confirm_availability() -> None:
    det = detected("Olá Thandi,\n\nTenho o gosto de confirmar a sua entrevista técnica para a "
                   "posição de Analista de Dados:\n\nData: quinta-feira, 12 de novembro de "
                   "2026\nHora: às 15h30 (hora de Lisboa)\n\nAgradeço que me confirme a sua "
                   "disponibilidade.\n\nMarta Sousa\n", subject="Entrevista técnica",
                   sender="Marta Sousa <marta@atlantica.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-12T15:30:00+00:00"


@pytest.mark.parametrize(("text", "day"), [
    ("haastatteluun tiistaina 9.3. klo 13.15", date(2027, 3, 9)),
    ("perjantaina 12. maaliskuuta", date(2027, 3, 12)),
    ("την Πέμπτη 4 Μαρτίου", date(2027, 3, 4)),
    ("اليوم: الأربعاء الموافق 10 مارس 2027", date(2027, 3, 10)),
])
def test_finnish_greek_and_arabic_dates(text: str, day: date) -> None:
    assert [d.day for d in find_dates(text, date(2027, 3, 3), "DMY")] == [day]


@pytest.mark.parametrize(("text", "clock", "zone"), [
    ("στις 10:30 π.μ. (ώρα Ελλάδας)", (10, 30), "Europe/Athens"),
    ("στις 4:30 μ.μ.", (16, 30), None),
    ("الساعة: 12:30 ظهرًا بتوقيت القاهرة", (12, 30), "Africa/Cairo"),
    ("الساعة 3:00 مساءً", (15, 0), None),
    ("الساعة 9:00 صباحًا بتوقيت دبي", (9, 0), "Asia/Dubai"),
])
def test_greek_and_arabic_clocks_and_their_countries_times(text, clock, zone) -> None:
    (hit,) = find_times(text)
    assert ((hit.start.hour, hit.start.minute), hit.tz_name) == (clock, zone)


@pytest.mark.parametrize("sentence", [
    "تم تعديل الموعد ليصبح يوم الأربعاء",
    "μεταφέρουμε τη συνέντευξη για την Πέμπτη",
    "Haastattelu on siirretty torstaille.",
    "Het gesprek is verplaatst naar vrijdag.",
    "Собеседование перенесли на четверг.",
])
def test_a_move_in_more_languages(sentence: str) -> None:
    assert c.RESCHEDULE.search(sentence)


def test_if_in_vietnamese_makes_an_offer_to_move_no_move() -> None:
    assert c.CONDITIONAL.search("Nếu cần đổi lịch, bạn cứ báo mình sớm để sắp xếp lại.")


def test_panels_listed_in_greek_arabic_and_hebrew_script() -> None:
    assert [p.name for p in labelled_people(
        "Συνέντευξη με:\n- Γιώργος Αντωνίου, Engineering Manager\n"
        "- Ελένη Μαρκοπούλου, Senior Backend Engineer\n")] == [
        "Γιώργος Αντωνίου", "Ελένη Μαρκοπούλου"]
    assert [p.name for p in labelled_people(
        "ستكون المقابلة مع:\n- م. كريم عبد الفتاح - مدير الهندسة\n"
        "- أ. نهى الشريف - مسؤولة الموارد البشرية\n")] == ["كريم عبد الفتاح", "نهى الشريف"]
    assert [p.name for p in labelled_people(
        "מראיינים: דניאל אברהם (ראש צוות Data) ורונית שמיר (VP R&D)\n")] == [
        "דניאל אברהם", "רונית שמיר"]


def test_a_quote_under_an_attribution_line_in_any_language_is_history() -> None:
    m = mail("Καλησπέρα Thandi,\n\nΜεταφέρουμε τη συνέντευξη για την Πέμπτη.\n\nΕλένη\n\n"
             "Στις Δευ 18 Ιαν 2027 στις 2:05 μ.μ., ο/η Thandi Nkosi <thandi@example.org> "
             "έγραψε:\n> Γεια σας,\n>\n> Ευχαριστώ πολύ.\n")
    assert "Ευχαριστώ" not in m.text
    assert "Ευχαριστώ" in m.quoted
    assert mail("Hi,\n\nSee the note below:\n> one quoted line only\n\nThanks\n").quoted == ""


def test_the_duration_stays_at_an_hour() -> None:
    assert stated_length("The duration stays at 1 hour.") == timedelta(hours=1)
    assert stated_length("The length of the form is 10 minutes.") is None


@pytest.mark.parametrize(("text", "minutes"), [
    ("When: Thursday 1 October, 9.30am NZDT (45 minutes)", 45),
    ("La entrevista dura aprox. una hora.", 60),
    ("Haastattelu kestää noin 45 minuuttia.", 45),
    ("Η διάρκεια της συνέντευξης θα είναι περίπου μία ώρα.", 60),
    ("Durasi       : 60 menit", 60),
    ("A panel interview on Tuesday at 14:30, lasting one hour. Expect roughly 40 minutes on a "
     "case study and 20 minutes for your questions.", 60),
])
def test_lengths_in_brackets_in_more_languages_and_beside_their_parts(text, minutes) -> None:
    assert stated_length(text) == timedelta(minutes=minutes)


def test_a_bracketed_length_needs_a_clock_before_it() -> None:
    assert stated_length("Our office (10 minutes from the station) is easy to find.") is None


def test_a_one_way_video_and_its_recording_deadline_are_no_slot() -> None:
    det = detected("Hi Thandi,\n\nThank you for applying for the Front Office Supervisor role. "
                   "We'd love to get to know you through a short video interview. There's no "
                   "one on the other end - you'll record your answers in your own time.\n\n"
                   "Please complete your video interview by Friday 13 November 2026 at 23:59."
                   "\n\nKind regards,\nSaoirse\n", subject="Next step: your video interview")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is None
    hu = detected("Kedves Thandi!\n\nKöszönjük a jelentkezését. A következő szakasz egy rögzített "
                  "(egyirányú) videós interjú.\n\nKérjük, hogy a videós interjút legkésőbb 2026. "
                  "november 19-ig (csütörtök) 23:59-ig rögzítse.\n\nAz eredményről legkésőbb "
                  "2026. november 27-ig e-mailben tájékoztatjuk.\n",
                  subject="Videós interjú meghívó", sender="Karrier <karrier@duna.example>")
    assert hu.kind is Kind.INTERVIEW_REQUEST
    assert hu.interview is None
    assert hu.decision_deadline == date(2026, 11, 27)


def test_an_offer_promised_if_successful_is_no_offer() -> None:
    assert c.offer("If you are successful you will receive a conditional offer of employment "
                   "by email.") is None
    assert c.offer("We are pleased to offer you the role.") is not None


def test_can_we_do_tomorrow_instead_moves_the_call_and_keeps_its_quoted_length() -> None:
    det = detected("Hi Thandi - so sorry, our board meeting has moved. Can we do tomorrow at 9 "
                   "instead? Same Meet link.\n\nT\n\nOn Fri, Oct 30, 2026 at 4:02 PM Pieter "
                   "Botha <pieter@karoo-analytics.co.za> wrote:\n> Let's do a 30-minute call "
                   "Monday at 3pm about the Product Manager role.\n> Pieter\n",
                   subject="Re: Chat re Product Manager role")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-03T09:00:00+02:00"
    assert det.interview.end is not None
    assert det.interview.end.isoformat() == "2026-11-03T09:30:00+02:00"


def test_people_in_a_pipe_tables_interviewer_column() -> None:
    text = ("| Time        | Interviewer                       | Topic          |\n"
            "|-------------|-----------------------------------|----------------|\n"
            "| 13:00-13:45 | Jeroen van der Linde              | System design  |\n"
            "| 14:15-15:00 | Faisal bin Hamdan & Huda al-Sayed | Pairing        |\n\n"
            "Coffee provided.\n")
    assert [p.name for p in labelled_people(text)] == [
        "Jeroen van der Linde", "Faisal bin Hamdan", "Huda al-Sayed"]


def test_people_under_itinerary_rows_with_a_dash_before_their_title() -> None:
    text = ("YOUR SCHEDULE\n9:00 – 9:45 AM  |  Hiring Manager Interview\n"
            "Marcus Oyelaran – Director, Test Engineering\n"
            "9:50 – 10:35 AM  |  Technical Deep Dive\nIngrid Solheim – Staff Test Engineer\n"
            "Tomasz Wierzbicki – Senior Firmware Engineer\n")
    assert [p.name for p in labelled_people(text)] == [
        "Marcus Oyelaran", "Ingrid Solheim", "Tomasz Wierzbicki"]


def test_two_people_who_would_like_to_talk_with_you() -> None:
    assert [p.name for p in names_in_text(
        "Liam Costa (Engineering Manager) and Ana Lutui (Senior SRE) would like to do a "
        "45-minute technical conversation with you.", hypothetical=True)] == [
        "Liam Costa", "Ana Lutui"]


def test_a_confirmed_hour_takes_the_zone_length_and_people_of_the_quoted_offer() -> None:
    det = detected(
        "Perfect - Thursday 11am it is! Liam will send the invite.\n\nJ\n\n"
        "On Mon, 2 Nov 2026 at 10:02, Jodie Ferrante <jodie@saltbush.example> wrote:\n"
        ">> Hi Thandi,\n>>\n>> Liam Costa (Engineering Manager) and Ana Lutui (Senior SRE) "
        "would like to do a 45-minute technical conversation with you for the SRE role.\n>>\n"
        ">> Which of these suits? All Brisbane time (AEST):\n>>\n>> - Wed 4 Nov, 2:00pm\n"
        ">> - Thu 5 Nov, 11:00am\n>>\n>> Jodie\n",
        subject="Re: SRE interview times", sender="Jodie Ferrante <jodie@saltbush.example>")
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-05T11:00:00+10:00"
    assert det.interview.timezone == "Australia/Brisbane"
    assert det.interview.end is not None and det.interview.end.minute == 45
    assert [p.name for p in det.interview.interviewers] == ["Liam Costa", "Ana Lutui"]


def test_a_forwarded_author_the_recruiter_calls_the_hiring_manager_by_first_name() -> None:
    det = detected(
        "Hi Thandi,\n\nGreat news - see Dana's note below! You're booked in for Monday week at "
        "10am. Dana is the hiring manager and it's just her on this one.\n\nCheers,\nRupert\n\n"
        "---------- Forwarded message ---------\nFrom: Dana Whitfield <dana@bracken.example>\n"
        "Date: Fri, 30 Oct 2026 at 17:02\nSubject: RE: Thandi Nkosi - Scientist\n"
        "To: Rupert Hale <rupert@harbourside.example>\n\nRupert - I could do a 30 minute "
        "video call the Monday after, 10am?\n\nDana\n",
        subject="Fwd: Thandi Nkosi - Scientist", sender="Rupert Hale <rupert@harbourside.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Dana Whitfield"]


def test_as_discussed_ends_with_its_clause() -> None:
    assert sender_interviews("As discussed on the phone, a face-to-face interview with myself "
                             "and Gavin Treloar.")
    assert not sender_interviews("As discussed on our call with me last week.")


@pytest.mark.parametrize(("text", "names"), [
    ("Vas a estar con Federico Gaitán (Tech Lead de Tracking) y con Lucía Benedetti, que es "
     "Senior Backend.", ["Federico Gaitán", "Lucía Benedetti"]),
    ("Haastattelijoina ovat kehitystiimin vetäjä Mikko Virtanen sekä Aino Lehtonen "
     "henkilöstöhallinnosta.", ["Mikko Virtanen", "Aino Lehtonen"]),
    ("Vai conversar com o Rui Albuquerque, Head of Data, e com a Inês Carvalho,\n"
     "Engenheira de Dados na equipa de Plataforma.", ["Rui Albuquerque", "Inês Carvalho"]),
])
def test_panels_in_spanish_finnish_and_portuguese_prose(text: str, names: list[str]) -> None:
    assert [p.name for p in names_in_text(text)] == names


def test_everything_below_is_in_your_time_sets_the_zone() -> None:
    hint = zone_hint("Everything below is in your time (SAST) – that's 12:00 for us in London.")
    assert hint is not None and hint[1] == "Africa/Johannesburg"


def test_a_booking_pages_note_heading_names_the_employer() -> None:
    det = detected("Your appointment has been scheduled.\n\nBarista Trainer - First Interview\n"
                   "with Keola Kahananui\n\nMessage from Makani Coffee Company\nMahalo for "
                   "applying! A relaxed 30-minute video chat with Keola.\n",
                   subject="Confirmed: Barista Trainer - First Interview",
                   sender="Zoom Scheduler <no-reply@scheduler-mail.zoom.example>")
    assert det.company == "Makani Coffee Company"
    assert company_from_text("Message from Jordan Castellanos\nSorry, I need to cancel.") is None


def test_an_agency_for_a_client_it_does_not_name_is_no_employer() -> None:
    det = detected("Hi Thandi,\n\nGood news - my client (still confidential for now) liked your "
                   "resume and would like to meet you for the Electrician role.\n\nThey've given "
                   "me these times:\n- Thu 5 Nov @ 10:00am\n- Fri 6 Nov @ 11:00am\n\nWhich one "
                   "works?\n\nKyle\n\nKyle Brandvold | Senior Recruiter\nNorthridge Talent "
                   "Partners\n", subject="Electrician - client wants to meet you",
                   sender="Kyle Brandvold <kyle@northridgetalent.example>")
    assert det.company is None


def test_a_role_after_their_is_not_a_name() -> None:
    assert names_in_text("They want to do a first interview with their Electrical "
                         "Superintendent this week.") == []


@pytest.mark.parametrize(("subject", "role"), [
    ("Reprogramare: Interviu tehnic QA Automation Engineer - Thandi Nkosi",
     "QA Automation Engineer"),
    ("Re: Συνέντευξη για τη θέση Backend Developer", "Backend Developer"),
    ("Carmelon Robotics - שיחת היכרות למשרת Computer Vision Engineer",
     "Computer Vision Engineer"),
])
def test_a_role_after_interview_words_and_post_of_words_of_more_languages(subject, role) -> None:
    assert from_subject(subject, exclude=("Thandi Nkosi",))[1] == role


def test_a_grapher_is_a_role() -> None:
    assert from_subject("Your interview today - Diagnostic Radiographer (Band 5) - 318-RAD")[1] == (
        "Diagnostic Radiographer")


def test_a_role_acronym_spelled_out_in_the_thread() -> None:
    det = detected("Perfect - Thursday 11am it is!\n\nJ\n\nOn Mon, 2 Nov 2026 at 10:02, Jodie "
                   "<jodie@saltbush.example> wrote:\n> Liam would like to do a technical "
                   "conversation with you for the Site Reliability Engineer role.\n",
                   subject="Re: Saltbush Software - SRE interview times",
                   sender="Jodie Ferrante <jodie@saltbush.example>")
    assert det.position == "Site Reliability Engineer"


@pytest.mark.parametrize(("line", "company"), [
    ("Rekryterare | Fjällvind Mobilitet AB", "Fjällvind Mobilitet"),
    ("Marketing | Inca Pagos S.A.C.", "Inca Pagos"),
    ("HR | Duna Pénzügyi Zrt.", "Duna Pénzügyi"),
])
def test_legal_forms_of_nordic_peruvian_and_central_european_signatures(line, company) -> None:
    assert legal_line_company(line) == company
    assert norm_org(f"{company} S.A.C.") == norm_org(company)


def test_the_candidates_own_reply_by_date_in_other_languages_is_no_decision_date() -> None:
    ref = date(2026, 11, 18)
    assert find_deadline("Agradeceremos su respuesta a más tardar el viernes 20/11.", ref) is None
    assert find_deadline("Merci de nous faire parvenir votre réponse avant vendredi 20/11.",
                         ref) is None
    assert find_deadline("Le daremos una respuesta a más tardar el viernes 27/11.", ref) is not None


def test_an_ats_sender_named_person_and_org_can_sit_on_the_panel() -> None:
    det = detected("Dear Thandi,\n\nTuesday, 10 November 2026\nTime: 15:00 – 15:45 (Hamburg time)"
                   "\nYour interviewers: Jörg Hänsel (Head of Customer Success) and Friederike "
                   "Nowak (HR Business Partner)\n\nWe look forward to speaking with you.\n",
                   subject="Interview invitation: Customer Success Manager",
                   sender="Friederike Nowak (Elbstrand Logistik GmbH) "
                          "<noreply@smartrecruiters-mail.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Jörg Hänsel", "Friederike Nowak"]


@pytest.mark.parametrize(("text", "names"), [
    ("ונשמח להתקדם לשיחת היכרות טלפונית של כ-30 דקות עם דנה לוי, ראש צוות Perception.",
     ["דנה לוי"]),
    ("ستكون مقابلة قصيرة مع م. كريم عبد الفتاح، مدير الهندسة.", ["كريم عبد الفتاح"]),
    ("Η συνέντευξη θα γίνει με την Ελένη Μαρκοπούλου, Team Lead.", ["Ελένη Μαρκοπούλου"]),
    ("Собеседование пройдёт с Ольгой Ивановой из команды данных.", ["Ольгой Ивановой"]),
    ("תודה על השיחה.", []),
])
def test_people_named_after_with_in_hebrew_arabic_greek_and_cyrillic(text, names) -> None:
    assert [p.name for p in script_people(text)] == names


def test_an_agency_that_names_its_client_with_this_is() -> None:
    det = detected("Hi Thandi,\n\nGreat news: my client would like to meet you. As we discussed, "
                   "this is Marula Health, the Cape Town medtech scale-up, for the Platform Lead "
                   "role.\n\nDate: Thursday 12 November 2026\nTime: 15:00 - 16:00\n\nCallum\n\n"
                   "Callum Fraser\nSenior Consultant | Talentbridge Partners\n",
                   subject="Interview confirmed with my client",
                   sender="Callum Fraser <callum@talentbridge-partners.example>")
    assert det.company == "Marula Health"


@pytest.mark.parametrize(("text", "role"), [
    ("■募集職種：バックエンドエンジニア\n■日時：2027年1月27日", "バックエンドエンジニア"),
    ("먼저 저희 회사 안드로이드 개발자 포지션에 지원해 주셔서 감사드립니다.", "안드로이드 개발자"),
])
def test_cjk_role_fields_and_korean_position_prose(text: str, role: str) -> None:
    assert cjk_position(text) == role


def test_a_korean_company_before_the_role_is_dropped_and_nothing_else_is() -> None:
    assert without_company("한빛데이터 데이터 엔지니어", "한빛데이터 주식회사") == "데이터 엔지니어"
    assert without_company("안드로이드 개발자", "(주)한빛모빌리티") == "안드로이드 개발자"


def test_a_korean_company_with_its_legal_form_in_brackets() -> None:
    assert cjk_company("(주)한결데이터 인사팀입니다.") == "(주)한결데이터"


def test_a_bare_clock_from_one_to_six_is_the_afternoon() -> None:
    assert_clock("this Wednesday, after lunch, 1:30ish UK time", [(13, 30), None])
    assert_clock("from 2:00 - 2:45", [(14, 0), (14, 45)])
    assert_clock("at 01:30 UTC", [(1, 30), None])  # (a leading zero: the 24-hour clock)
    assert_clock("at 10:30", [(10, 30), None])


def test_a_taiwanese_invitation_minguo_year_label_lines_and_panel() -> None:
    assert [d.day for d in find_dates("面試日期：115年11月24日（星期二）", date(2026, 11, 18),
                                      "YMD")] == [date(2026, 11, 24)]
    panel = "面試主管：設計處 陳志明 處長、類比設計部 黃淑芬 經理"
    assert [p.name for p in names_in_text(panel)] == ["陳志明", "黃淑芬"]
    assert stated_length("面試時間：下午2點（台灣時間），約1小時") == timedelta(hours=1)
    det = detected("Thandi 您好：\n\n誠摯邀請您參加面試，相關資訊如下：\n\n"
                   "面試日期：115年11月24日（星期二）\n面試時間：下午2點（台灣時間），約1小時\n\n"
                   "請於11月20日（五）前回覆本信確認是否出席。\n",
                   subject="【青嵐微電子】面試邀約通知", sender="林怡君 <yijun@chinglan.example>")
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-24T14:00:00+08:00"


def test_a_thai_cancellation_buddhist_era_year_clock_word_and_zone() -> None:
    text = ("ได้นัดหมายคุณเข้าสัมภาษณ์งานในวันพฤหัสบดีที่ 14 มกราคม 2570 เวลา 14.00 น. "
            "(เวลาประเทศไทย) ผ่านทาง Google Meet")
    assert [d.day for d in find_dates(text, date(2027, 1, 11), "DMY")] == [date(2027, 1, 14)]
    (hit,) = find_times(text)
    assert (hit.start.hour, hit.tz_name) == (14, "Asia/Bangkok")
    assert c.CANCEL.search("ต้องแจ้งยกเลิกการสัมภาษณ์ดังกล่าว")


def test_a_turkish_saat_label_and_a_polish_move() -> None:
    assert_clock("Saat: 11.00 (Türkiye saati, GMT+3)", [(11, 0), None])
    assert c.RESCHEDULE.search("musimy przesunąć naszą rozmowę zaplanowaną na jutro")
    assert [p.name for p in names_in_text(
        "wezmą w niej udział Tomasz Kaczmarek (Kierownik Zespołu) oraz Joanna Zielińska-Bąk "
        "(Product Owner).")] == ["Tomasz Kaczmarek", "Joanna Zielińska-Bąk"]


def test_first_thing_monday_say_830_from_a_sender_the_signature_names() -> None:
    raw = raw_mail("Hi Thandi,\n\nI'd love to have the proper technical conversation about the "
                   "Staff Data Engineer opening. Let's do first thing Monday, say 8:30 my time. "
                   "Block an hour.\n\nOtherwise see you Monday.\n\n– L\n\nDr. Lucía "
                   "Fernández-Ortega\n\nDirector of Data Engineering\n\nNorthpeak Analytics\n",
                   subject="Technical chat Monday", sender="lfo@northpeak.example",
                   date="Fri, 15 Jan 2027 17:38:20 -0800")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-18T08:30:00-08:00"
    assert [p.name for p in det.interview.interviewers] == ["Lucía Fernández-Ortega"]


def test_a_one_line_yes_to_the_time_the_candidate_offered() -> None:
    det = detected(
        "Tomorrow at 3 works — Gareth will call your mobile. Thanks Thandi!\n\nDana\n\n"
        "-----Original Message-----\nFrom: Thandi Nkosi <thandi@example.org>\n"
        "Sent: Sunday, November 1, 2026 7:41 PM\nTo: Dana <dana@prairiegate.example>\n"
        "Subject: Re: Analyst - next steps\n\nHi Dana,\n\nI could do Tuesday 3 November at 3pm "
        "or Wednesday 4 November at 10am SAST.\n\nThandi\n\n"
        "On Fri, Oct 30, 2026 at 10:12 AM Dana <dana@prairiegate.example> wrote:\n\n"
        "Good news - Gareth Pryce-Jones, our Claims Analytics Manager, would like to set up a "
        "30-minute phone screen with you. Could you send me 2-3 times that work for you?\n",
        subject="RE: Analyst - next steps", sender="Dana <dana@prairiegate.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-03T15:00:00+02:00"
    assert det.interview.end is not None and det.interview.end.minute == 30
    assert [p.name for p in det.interview.interviewers] == ["Gareth Pryce-Jones"]


def test_a_german_move_with_its_date_wrapped_onto_a_line_like_a_numbered_item() -> None:
    det = detected("Sehr geehrte Frau Nkosi,\n\nWir möchten Ihr Vorstellungsgespräch daher auf "
                   "nächsten Dienstag, den\n2. März, verschieben - zur gleichen Uhrzeit, also um "
                   "14:00 Uhr MEZ.\n\nDas Gespräch führen wie geplant:\n- Herr Dr. Jonas Weber, "
                   "Teamleitung Bauwerksmonitoring\n- Frau Mareike Hölscher, Senior Data "
                   "Scientist\n\nMit freundlichen Grüßen\nKatrin Schneider\n",
                   subject="Verschiebung Ihres Vorstellungsgesprächs - Data Scientist",
                   sender="Katrin Schneider <katrin@lindenhoff.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-03-02T14:00:00+01:00"
    assert [p.name for p in det.interview.interviewers] == ["Jonas Weber", "Mareike Hölscher"]


def test_a_podcast_example_in_a_cover_letter_does_not_make_a_booking_link_a_podcast() -> None:
    det = detected("Hi Thandi,\n\nThanks for applying for the Partnerships Manager role - we loved "
                   "the podcast-sponsorship example in your cover letter.\n\nNext step is a "
                   "30-minute video call with Siobhán Ní Bhriain, our Head of Partnerships. Grab "
                   "whatever slot suits you here:\nhttps://calendly.com/lanternfish/intro-30\n",
                   subject="next step for Partnerships Manager",
                   sender="Aoife Brennan <aoife@lanternfish.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Siobhán Ní Bhriain"]


def test_an_angolan_cancellation_and_a_bulgarian_request() -> None:
    ao = detected("Exma. Sra. Thandi Nkosi,\n\nVimos por este meio informar que a entrevista "
                  "agendada para quinta-feira, 12 de Novembro, às 14h30 (hora de Luanda), "
                  "referente à vaga de Engenheira, fica sem efeito.\n\nDjamila\n",
                  subject="Cancelamento da entrevista", sender="RH <rh@kianda.example>")
    assert ao.kind is Kind.CANCELLATION
    assert ao.interview is not None and ao.interview.timezone == "Africa/Luanda"
    bg = detected("Здравейте, Танди,\n\nБихме искали да Ви поканим на първо интервю. Разговорът "
                  "ще бъде с Николай Димитров, ръководител на QA екипа.\n\nМоля, изберете един "
                  "от следните варианти:\n\n• четвъртък, 5.11 – 10:00 ч.\n• петък, 6.11 – 11:00 ч."
                  "\n", subject="Интервю за позицията Старши QA инженер",
                  sender="Десислава Петрова <d.petrova@balkanlogic.example>")
    assert bg.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in bg.people] == ["Николай Димитров"]


def test_latin_american_panels_zones_and_titles() -> None:
    assert [p.name for p in labelled_people(
        "Entrevistadores: Lic. Jorge Arriaga Peña (Gerente de BI) e Ing. Daniela Cortés "
        "(Líder de Analítica)")] == ["Jorge Arriaga Peña", "Daniela Cortés"]
    assert [p.name for p in labelled_people(
        "Quem vai conversar com você:\n• Rafael Tavares – Tech Lead da squad de Pix\n"
        "• Luana Menezes – Engenheira de Software Staff\n")] == ["Rafael Tavares", "Luana Menezes"]
    assert [p.name for p in names_in_text(
        "Participaremos Francisca Undurraga, Gerenta de Transformación Digital, y yo.")] == [
        "Francisca Undurraga"]
    (hit,) = find_times("Hora: 12:00 a 13:00 h (hora del centro de México)")
    assert hit.tz_name == "America/Mexico_City"


def test_employers_in_german_turkish_portuguese_and_spanish_mail() -> None:
    assert company_from_text("Ich selbst bin bei dem Gespräch nicht dabei.") is None
    assert domain_phrase("anadoluyazilim", "Anadolu Yazılım'daki Kıdemli Mobil Geliştirici "
                                           "pozisyonuna") == "Anadolu Yazılım"
    assert company_from_text("Este e-mail foi enviado via Greenhouse em nome de Vértice "
                             "Pagamentos.") == "Vértice Pagamentos"
    assert from_subject("Entrevista confirmada: Pessoa Desenvolvedora Backend Sênior (Java) – "
                        "Vértice Pagamentos")[0] == "Vértice Pagamentos"
    assert from_subject("Oferta laboral – Líder de Calidad de Software")[1] == (
        "Líder de Calidad de Software")
    assert norm_org("Nordlys Medico A/S") == norm_org("Nordlys Medico")


@pytest.mark.parametrize(("text", "minutes"), [
    ("Rozmowa odbędzie się przez MS Teams i potrwa ok. 60 minut.", 60),
    ("We’ll need about 45 minutes.", 45),
    ("面試時間：下午2點，約1小時\n\n面試當天請準備簡短的自我介紹（約10分鐘，可使用簡報）。", 60),
])
def test_lengths_in_polish_with_we_will_need_and_beside_a_self_introduction(text, minutes):
    assert stated_length(text) == timedelta(minutes=minutes)


def test_an_end_stated_as_a_clock() -> None:
    assert stated_end("We'll wrap by 4 at the absolute latest.", time(13, 30)) == time(16, 0)
    assert stated_end("We should be done by 11:15am.", time(10, 0)) == time(11, 15)
    assert stated_end("Please reply by 5.", time(10, 0)) is None
    assert stated_end("We'll wrap by 9.", time(13, 30)) is None  # (before the start)


def test_a_single_word_is_a_name_only_under_a_job_title() -> None:
    assert names_in_text("The team was impressed with your case study MashaAllah. Aap ki "
                         "presentation bohat achi thi!") == []
    assert [(p.name, p.title) for p in names_in_text(
        "A Teams interview of about an hour with Dr Fiona Baird, their Head of Quality.",
        hypothetical=True)] == [("Fiona Baird", "Head of Quality")]
    assert [p.name for p in names_in_text("a call with our CTO, Anna, and me.")] == ["Anna"]


def test_the_candidate_forwarding_to_herself_is_not_on_her_panel() -> None:
    raw = raw_mail("fwd to myself so it's in the right inbox. need to prep!!\n\n"
                   "---------- Forwarded message ---------\nFrom: Priya <priya@saffron.example>\n"
                   "Subject: Interview schedule\n\nDate: Friday, 13 November 2026\n"
                   "Time: 11:00 AM – 12:00 PM IST\nInterviewers: Omar al-Rashidi, Deepa "
                   "Venkataraman\n", subject="Fwd: Interview schedule",
                   sender="Thandi Nkosi <thandi.cv@mailbox.example>",
                   to="Thandi Nkosi <thandi@example.org>")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview is not None
    assert "Thandi Nkosi" not in [p.name for p in det.interview.interviewers]


def test_schedule_rows_ending_in_a_family_name_in_capitals() -> None:
    text = ("Time Session With\n14:00 – 14:45 Portfolio review MORIMOTO Kenji\n"
            "Design Lead, Rider App\n14:45 – 15:30 Product & collaboration DUBOIS Claire\n"
            "Group Product Manager\n")
    assert [p.name for p in labelled_people(text)] == ["Kenji Morimoto", "Claire Dubois"]


def test_a_korean_panel_after_the_team_name_and_an_hr_assistant_alone_on_a_cancellation() -> None:
    assert [p.name for p in cjk_people("■ 면접관: 데이터플랫폼팀 김도현 팀장, 이수민 책임")] == [
        "김도현", "이수민"]
    assert roster.BOOKER.search("Human Resources Assistant")
    assert clean_name("Condamine Fields Co-operative") is None


def test_a_generic_zone_takes_the_name_of_the_senders_city_when_their_clocks_agree() -> None:
    sent = datetime(2027, 1, 12, 9, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    start = datetime(2027, 1, 15, 11, 0, tzinfo=ZoneInfo("Europe/London"))
    sig = "Aoife Byrne\nHR Manager\nLiffey & Co Solicitors\n12 Merrion Square, Dublin 2"
    assert local_zone_name("Europe/London", start, sig, sent) == "Europe/Dublin"
    assert local_zone_name("Europe/London", start, "Harrowgate House, Leeds\nWhen: 10:00 "
                           "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", sent) is None
    ams = datetime(2027, 1, 15, 11, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert local_zone_name("Europe/Berlin", ams, "Kanaalweg 3, Amsterdam", ams) == (
        "Europe/Amsterdam")
    assert local_zone_name("Europe/Madrid", ams, "Kanaalweg 3, Amsterdam", ams) is None


def test_the_end_of_next_week_in_french() -> None:
    assert find_deadline("le comité te revient avec une réponse d'ici la fin de la semaine "
                         "prochaine au plus tard.", date(2026, 12, 2))[0] == date(2026, 12, 11)


def test_an_agency_named_without_its_agency_word_and_its_client_that_came_back() -> None:
    det = detected("Hi Thandi,\n\nGood news – Corran Bioscience have come back and they'd like "
                   "to meet you for the QA Validation Specialist role. Fiona has offered these "
                   "slots:\n- Tue 10 Nov, 10:00\n- Wed 11 Nov, 14:00\n\nWhich suits?\n\nThanks,\n"
                   "Morven\n\nMorven Sinclair\nSenior Consultant – Life Sciences\nTallis & Reed "
                   "Recruitment\nEdinburgh\n\nTallis & Reed Recruitment Ltd is an employment "
                   "agency.\n", subject="QA Validation Specialist - Corran Bioscience",
                   sender="Morven Sinclair <morven@tallisreed.example>")
    assert det.company == "Corran Bioscience"


def test_a_cjk_sender_name_in_the_subjects_brackets() -> None:
    assert cjk_company("[누리모빌리티] 1차 면접 안내 - 데이터 엔지니어") == "누리모빌리티"
    notice = "【二次面接のご案内】株式会社カスミ野ソリューションズ"
    assert cjk_company(notice) == "株式会社カスミ野ソリューションズ"


def test_a_council_by_its_full_name_and_japanese_roles_in_quotes_or_brackets() -> None:
    det = detected("Hi Thandi,\n\nWe have to cancel your panel interview for the HVAC Technician "
                   "position, which was scheduled for Thursday, 12 November from 9:00 to 10:00."
                   "\n\nRegards,\nJasmine Cheung\nHuman Resources Assistant\nCity of Port Arlen"
                   "\n", subject="Canceled: HVAC Technician - Panel Interview",
                   sender="Jasmine Cheung <jcheung@portarlen.example>")
    assert det.company == "City of Port Arlen"
    applied = "株式会社ミナトリンクの「インフラエンジニア（AWS）」職にご応募いただき"
    assert cjk_position(applied) == "インフラエンジニア（AWS）"
    subject = "【ミナトリンク】一次面接日程のご調整のお願い（インフラエンジニア）"
    assert from_subject(subject)[1] == "インフラエンジニア"
