"""People, employers and roles from the session that read batch 24NN blind and then tuned
on it (24NN and 25NN): each written so it would hold for mail nobody wrote for the corpus
(see tests/corpus/README.md). All mail here is invented. Times, dates and kinds are in
test_round9.py."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from mailfactory import detected, raw_mail, vevent

from mailwatch.evaluate import norm_org
from mailwatch.extract import calendar_facts as cf
from mailwatch.extract import detect, roster_tables
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.company import company_from_text
from mailwatch.extract.company_cjk import cjk_company
from mailwatch.extract.dates import find_dates
from mailwatch.extract.duration import stated_length
from mailwatch.extract.employer import domain_phrase, legal_line_company
from mailwatch.extract.people import clean_name, names_in_text
from mailwatch.extract.position import cjk_position, without_company
from mailwatch.extract.roster import labelled_people
from mailwatch.extract.script_people import script_people
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.extract.writer import sender_interviews
from mailwatch.message import parse_message
from mailwatch.model import Kind

_PHX = ZoneInfo("America/Phoenix")


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
    assert roster_tables.BOOKER.search("Human Resources Assistant")
    assert clean_name("Condamine Fields Co-operative") is None


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


def test_the_user_named_in_a_calendar_event_is_not_on_her_panel() -> None:
    ics = vevent(summary="Portfolio Review - Product Designer", start="20261112T153000",
                 end="20261112T163000", tzid="Asia/Kolkata",
                 organizer="CN=Aditi Kulkarni:mailto:aditi@sahyadri.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Rahul Deshpande:mailto:rahul@sahyadri.example"))
    raw = raw_mail("Aditi Kulkarni has invited you to an event.\n\nOrganizer : Aditi Kulkarni\n"
                   "Attendees : Thandi Nkosi, Rahul Deshpande\n", subject="Invitation",
                   sender="Aditi Kulkarni <aditi@sahyadri.example>", to="thandi@example.org",
                   ics=ics)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview is not None
    assert "Thandi Nkosi" not in [p.name for p in det.interview.interviewers]


@pytest.mark.parametrize(("written", "bare"), [
    ("Grupo Araguaney Logística, C.A.", "Grupo Araguaney Logística"),
    ("Moselle Data Services S.à r.l.", "Moselle Data Services"),
    ("Jökull Orka hf.", "Jökull Orka"),
    ("Altamira Ingeniería S.A. de C.V.", "Altamira Ingeniería"),
])
def test_eval_knows_more_legal_forms(written: str, bare: str) -> None:
    assert norm_org(written) == norm_org(bare)


def test_ive_set_this_up_for_two_colleagues_is_a_booking_not_a_seat() -> None:
    assert not sender_interviews("I've set this up for Ravi and Mei - the invite is attached.")
    assert sender_interviews("I've booked it for Tuesday 31 March. It'll be me and Iñigo.")


def test_an_organizer_who_set_it_up_for_two_colleagues_and_will_rebook_is_not_on_it() -> None:
    assert cf.organizer_role("I've set this up for Ravi and Mei - the invite is attached. If "
                             "anything changes just reply here and I will rebook.") is False
    assert cf.organizer_role("Priya and I will meet you at 10.") is True
