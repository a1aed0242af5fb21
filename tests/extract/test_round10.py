"""Rules from the session that read batch 27NN blind and then tuned on it: each written
so it would hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All
mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from mailfactory import assert_clock, detected, vevent

from mailwatch.evaluate import norm_org
from mailwatch.extract import classify as c
from mailwatch.extract import detect
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.company import company_from_team
from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_end, stated_length
from mailwatch.extract.employer import domain_phrase, quoted_legal_company
from mailwatch.extract.notjob import not_job
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import cjk_position, position_from_text, without_company
from mailwatch.extract.script_people import script_people
from mailwatch.extract.subject import from_subject
from mailwatch.extract.text import sentences
from mailwatch.extract.zone_words import local_zone_name, zone_hint
from mailwatch.message import parse_message
from mailwatch.model import Kind

_CHI = ZoneInfo("America/Chicago")

_QUOTED_OFFER = (
    "\n\nOn Fri, Oct 30, 2026 at 4:41 PM Dana Price <dana@fieldhouse.example> wrote:\n"
    "> Hi Thandi,\n>\n> Let's do the interview Thursday, November 12 at 1:30 pm Central. It'll\n"
    "> be 45 minutes on Teams with me and Omar Haddad, our lead designer.\n>\n> Dana\n")


def test_a_move_by_an_amount_shifts_the_quoted_slot() -> None:
    for ask, hour, minute in (("Can we push it an hour later?", 14, 30),
                              ("Could we push it back 30 minutes?", 14, 0),
                              ("Would it be possible to bring it forward by half an hour?", 13, 0),
                              ("Can we move it 90 minutes earlier?", 12, 0)):
        det = detected(
            f"Morning Thandi,\n\nSomething has come up on Thursday morning. {ask} Same link.\n\n"
            f"Sorry,\nDana" + _QUOTED_OFFER, subject="Re: Designer interview - Thursday",
            sender="Dana Price <dana@fieldhouse.example>")
        assert det.kind is Kind.RESCHEDULE, ask
        assert det.interview is not None, ask
        assert det.interview.start == datetime(2026, 11, 12, hour, minute, tzinfo=_CHI), ask
        assert det.interview.end is not None
        assert det.interview.end - det.interview.start == timedelta(minutes=45), ask


def test_a_place_named_with_its_time_is_read_and_kept() -> None:
    # cities, countries and a country's own words for its time, in text
    for text, name in (("Tuesday 10 November at 15:00 Yerevan time", "Asia/Yerevan"),
                       ("Tuesday 10 November at 10h (heure de l'Atlantique)", "America/Halifax"),
                       ("Tuesday 10 November at 1:30 pm Sask time", "America/Regina"),
                       ("Tuesday 10 November at 9:30 Faroese time", "Atlantic/Faroe"),
                       ("Tuesday 10 November at 11:00 (ora e Tiranës)", "Europe/Tirane"),
                       ("Tuesday 10 November at 09h00 (hora de Quito)", "America/Guayaquil")):
        det = detected(f"Hi Thandi,\n\nYour interview is confirmed for {text}. See you then.\n",
                       subject="Interview confirmed - Analyst")
        assert det.interview is not None, text
        assert det.interview.timezone == name, text
    # "London" elsewhere in the mail does not replace a place the time names itself
    det = detected("Hi Thandi,\n\nYour interview is confirmed for Tuesday 10 November at 9:30 "
                   "Faroese time. The islands keep the same clock as London.\n",
                   subject="Interview confirmed - Analyst")
    assert det.interview is not None
    assert det.interview.timezone == "Atlantic/Faroe"


def test_a_time_zone_row_and_a_list_heading_set_the_zone_of_the_times_under_them() -> None:
    hint = zone_hint("Schedule\nTime zone    Eastern Time (ET)\n10:00 AM – 10:45 AM  Portfolio")
    assert hint is not None and hint[1] == "America/New_York"
    hint = zone_hint("We have the following times available (Newfoundland time):\n"
                     "• Tuesday, March 16 at 10:00 a.m.")
    assert hint is not None and hint[1] == "America/St_Johns"
    assert zone_hint("What time zone are you in these days?") is None


def test_a_generic_gmt_label_takes_the_senders_city() -> None:
    start = datetime(2027, 2, 4, 10, tzinfo=ZoneInfo("Atlantic/Reykjavik"))
    sent = datetime(2027, 1, 28, 9, tzinfo=ZoneInfo("Africa/Abidjan"))
    sig = "Awa Traoré\nRessources humaines\nPlateau, Abidjan"
    assert local_zone_name("Atlantic/Reykjavik", start, sig, sent) == "Africa/Abidjan"


def test_a_reply_that_picks_a_day_takes_the_zone_of_the_offer_it_answers() -> None:
    det = detected(
        "Great, Tuesday it is. See you then!\n\nBridget\n\n"
        "On Sun, Nov 1, 2026 at 8:15 PM Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Thank you! Tuesday the 10th at 10 works best for me.\n>\n"
        "> On Fri, Oct 30, 2026 at 2:02 PM Bridget Power <bpower@harbour.example> wrote:\n"
        ">> We have the following times available (Newfoundland time):\n>>\n"
        ">> • Tuesday, November 10 at 10:00 a.m.\n>> • Wednesday, November 11 at 2:00 p.m.\n>>\n"
        ">> The interview will run about an hour with Captain Gerald Whelan and Maura "
        "Kavanagh.\n", subject="RE: Harbour Pilot - interview availability",
        sender="Bridget Power <bpower@harbour.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 10, 10, tzinfo=ZoneInfo("America/St_Johns"))
    assert det.interview.timezone == "America/St_Johns"
    assert [p.name for p in det.interview.interviewers] == ["Gerald Whelan", "Maura Kavanagh"]


def test_a_panel_members_own_title_is_no_sign_of_press_mail() -> None:
    text = ("Hi Thandi,\n\nHere's the invite for your interview for the Copy Editor job next "
            "Tuesday. It'll be me and Imran Siddiqui (Deputy Editor). Ring the buzzer for "
            "Editorial when you arrive.\n")
    assert not_job(text) is None
    assert not_job("Our deputy editor would like to include your story in Friday's edition.")


def test_a_first_invitation_sent_as_sequence_1_is_no_move() -> None:
    msg = EmailMessage()
    msg["From"] = "Jess Tran via Ironbark Cloud <nextcloud@cloud.ironbark.example>"
    msg["To"], msg["Date"] = "thandi@example.org", "Mon, 02 Nov 2026 09:00:00 +1100"
    msg["Subject"] = "Invitation: Vet Nurse interview - Thandi Nkosi"
    msg.set_content('Jess Tran invited you to "Vet Nurse interview - Thandi Nkosi"\n\n'
                    "Thanks for applying for the Vet Nurse position. You'll meet with me and "
                    "Dr Fiona McAllister.\n")
    ics = vevent(summary="Vet Nurse interview - Thandi Nkosi", start="20261110T103000",
                 end="20261110T111500", tzid="Australia/Melbourne", sequence=1,
                 uid="nc-1@ironbark.example")
    msg.add_attachment(ics.replace("\n", "\r\n").encode(), maintype="text", subtype="calendar",
                       filename="event.ics", params={"method": "REQUEST"})
    det = detect(parse_message(bytes(msg)), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.INTERVIEW_INVITATION
    msg.replace_header("Subject", "Updated invitation: Vet Nurse interview - Thandi Nkosi")
    msg.get_payload()[0].set_content("Jess Tran updated the event.\n")
    det = detect(parse_message(bytes(msg)), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.RESCHEDULE


def test_rejections_that_go_on_with_a_candidate_or_other_people() -> None:
    for text in ("after careful consideration we've decided to move forward with a candidate "
                 "whose experience more closely matches what the studio needs",
                 "decidimos continuar con otras personas cuyo perfil se ajusta más"):
        assert c.REJECTION.search(text), text


def test_a_spanish_hour_of_the_morning_and_central_european_dotted_forms() -> None:
    assert_clock("Hora: a las 10 de la mañana (hora de Bolivia)", [(10, 0), None])
    assert_clock("às 3 da tarde", [(15, 0), None])
    assert_clock("v stredu 16. 9. 2026 o 14.00 hod.", [(14, 0), None])
    assert [d.day for d in find_dates("më 17 nëntor 2026", date(2026, 11, 2), "dmy")] == [
        date(2026, 11, 17)]
    assert sentences("Pozývame Vás v stredu 16. 9. 2026 o 14.00 hod. na pohovor.") == [
        "Pozývame Vás v stredu 16. 9. 2026 o 14.00 hod. na pohovor."]


def test_slovak_and_albanian_invitations_with_titled_panels() -> None:
    det = detected(
        "Dobrý deň, pani Nkosi,\n\nsi Vás dovoľujeme pozvať na osobný pohovor, ktorý sa "
        "uskutoční\n\nv stredu 11. 11. 2026 o 14.00 hod.\n\nPohovor potrvá približne 60 minút. "
        "Za spoločnosť sa pohovoru zúčastnia Ing. Martin Kováč, vedúci oddelenia testovania, a "
        "Mgr. Lucia Baranová, HR business partner.\n",
        subject="Pozvánka na pohovor - QA inžinier", sender="Zuzana <z@tatra.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-11T14:00:00+02:00"
    assert [p.name for p in det.interview.interviewers] == ["Martin Kováč", "Lucia Baranová"]
    det = detected(
        "Përshëndetje znj. Nkosi,\n\nJu ftojmë në një intervistë, e cila do të zhvillohet të "
        "martën, më 17 nëntor 2026, në orën 11:00 (ora e Tiranës). Intervista do të zgjasë rreth "
        "një orë dhe do të drejtohet nga z. Arben Dervishi, Drejtor i Menaxhimit të Riskut, dhe "
        "znj. Blerta Kola, Specialiste e Lartë e Riskut Operacional.\n",
        subject="Ftesë për intervistë - Analist Risku", sender="Elira <e@adriatik.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-17T11:00:00+01:00"
    assert det.interview.timezone == "Europe/Tirane"
    assert [p.name for p in det.interview.interviewers] == ["Arben Dervishi", "Blerta Kola"]


def test_a_terse_pick_and_a_saturday_note_for_monday_first_thing() -> None:
    det = detected(
        "Tuesday's fine, speak then.\n\nD.\n\nOn Sun, 1 Nov 2026 at 10:02, Thandi Nkosi "
        "<thandi@example.org> wrote:\n> I could do either Tuesday 3rd at 10:00 or Wednesday 4th "
        "at 15:30 (both UK time).\n>\n> On Fri, 30 Oct 2026, Declan <d@harrowgate.example> "
        "wrote:\n>> Would you have half an hour for a chat about the Data Analyst role?\n",
        subject="Re: Data Analyst role - quick chat?", sender="Declan <d@harrowgate.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 3, 10, tzinfo=ZoneInfo("Europe/London"))
    det = detected(
        "Hi Thandi\n\nThanks for getting back to me so quick. Can you pop in Monday first thing? "
        "9ish. We're at Unit 4, Mill Lane.\n\nShouldnt take more than 45 mins.\n\nTa\nBronwen\n",
        subject="Re: Workshop administrator job", sender="Bronwen <b@teague-joinery.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-09T09:00:00+02:00"
    assert det.interview.end is not None
    assert det.interview.end - det.interview.start == timedelta(minutes=45)
    assert det.company != "Unit"


def test_word_clocks_with_minutes_and_loose_hours() -> None:
    assert_clock("at twenty past nine Sydney time", [(9, 20), None])
    assert_clock("five to eleven", [(10, 55), None])
    assert_clock("twenty-five to four", [(15, 35), None])
    assert_clock("Please arrive five to ten minutes early", None)
    assert_clock("around 2-ish", [(14, 0), None])
    assert stated_length("It won't take longer than half an hour.") == timedelta(minutes=30)
    assert stated_length("The task shouldn't take more than 2 hours.") is None


def test_a_volunteer_interview_and_a_coffee_that_is_no_interview() -> None:
    assert not_job("Thank you for your application to volunteer at our shop. Could you come in "
                   "for a short informal interview next Wednesday at 2pm? All our shop roles "
                   "are unpaid.")
    det = detected("Hey Thandi,\n\nWant to grab a coffee next Thursday, 9-ish? To be clear, we're "
                   "not hiring right now, so this isn't an interview in disguise.\n\nRudi\n",
                   subject="coffee?")
    assert det.kind is Kind.OTHER


def test_flemish_and_dutch_clocks() -> None:
    assert_clock("- dinsdag 9/3 om 14u30", [(14, 30), None])
    assert_clock("van 10u tot 11u30", [(10, 0), (11, 30)])
    assert_clock("Wij verwachten u om 10 uur", [(10, 0), None])
    assert_clock("the 2u cable", None)


def test_a_flemish_request_with_the_writer_and_a_titled_colleague() -> None:
    det = detected(
        "Dag Thandi,\n\nBedankt voor je sollicitatie voor de job als data-engineer bij "
        "Scheldelab. Zou je kunnen langskomen op ons kantoor in Gent? Ikzelf en onze CTO, "
        "Lotte De Smet, zouden het gesprek doen. Reken op een uurtje.\n\nDeze momenten passen "
        "voor ons:\n- dinsdag 10/11 om 14u30\n- woensdag 11/11 om 10u\n\nLaat je maar iets "
        "weten welk moment je het best past?\n\nPieter\n\n--\nPieter Vermeulen\nHead of Data | "
        "Scheldelab bv\n",
        subject="Kennismakingsgesprek data-engineer Scheldelab",
        sender="Pieter Vermeulen <pieter@scheldelab.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert {p.name for p in det.people} >= {"Pieter Vermeulen", "Lotte De Smet"}
    assert det.position is not None and "Scheldelab" not in det.position


def test_lengths_and_ends_in_more_languages_and_in_words() -> None:
    assert stated_length("Pohovor potrvá približne 60 minút.") == timedelta(minutes=60)
    assert stated_length("Intervista do të zgjasë rreth një orë.") == timedelta(hours=1)
    assert stated_length("- Heure : 14h - durée prévue : 1h\n- Lieu : Lyon") == timedelta(hours=1)
    assert stated_end("we'll be done by half three at the latest.", time(13, 30)) == time(15, 30)


def test_a_recorded_video_interview_in_lithuanian_is_a_request() -> None:
    det = detected(
        "Sveiki, Thandi,\n\nKitas atrankos etapas - trumpas vaizdo interviu internetu. Sistema "
        "Jums parodys 5 klausimus, o į kiekvieną atsakysite vaizdo įrašu.\n\nNuoroda į interviu: "
        "https://interviu.kodas.example/v/7KQ2\n", subject="Kvietimas į vaizdo interviu - Java "
        "programuotojas", sender="Atranka <atranka@kodas.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_french_monsieur_is_a_title() -> None:
    det = detected(
        "Bonjour Thandi,\n\nJe vous confirme votre entretien le jeudi 12 novembre à 14h (heure "
        "de Paris). Vous rencontrerez Mme Hélène Roche, Directrice technique, et M. Julien "
        "Marchetti, Lead Developer.\n", subject="Entretien - Développeuse", sender="Camille "
        "<c@velocite.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Hélène Roche", "Julien Marchetti"]


def test_employers_and_roles_from_signatures_domains_and_subjects() -> None:
    assert domain_phrase("wrzoo", "Curator of Primates, Willamette Ridge Zoo") == (
        "Willamette Ridge Zoo")
    assert domain_phrase("harrowgate-analytics", "I head up insights at Harrowgate and Priya "
                         "runs talent.\nDeclan\nHarrowgate Analytics Ltd") == "Harrowgate Analytics"
    assert company_from_team("Oliver Penhaligon\nEarly Careers Lead\nFernhollow Energy") is None
    assert from_subject("Zookeeper position - quick update") == (None, "Zookeeper")
    assert from_subject("Harbour Pilot – interview availability")[1] == "Harbour Pilot"
    assert without_company("data-engineer Scheldelab", "Scheldelab") == "data-engineer"


def test_the_eval_knows_albanian_legal_forms_and_lithuanian_gender_endings() -> None:
    assert norm_org("AdriatikPay sh.p.k.") == norm_org("AdriatikPay")
    assert norm_org("Java programuotojas (-a)") == norm_org("Java programuotojas")


def test_panels_in_itineraries_lists_and_other_scripts() -> None:
    det = detected(
        "Dear Thandi,\n\nI am pleased to invite you to an interview.\n\nDate: Thursday 12 "
        "November 2026\n\nITINERARY\n\n9:30am - 10:15am   Selection panel interview\n"
        "Dr Priya Raman, Director, Methodology (Chair)\nMichael O'Donoghue, Assistant Director, "
        "Labour Force Survey\n\n10:15am - 10:30am  Break\n", subject="Interview invitation - "
        "Statistician", sender="Kylie <k@stats.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Priya Raman", "Michael O'Donoghue"]
    det = detected(
        "Hi Thandi,\n\nI've locked in Thursday 12 November at 9:20 am Sydney time. It's a 40 min "
        "video call (Google Meet, link will come from their side) with:\n\n* Lachlan Brierley - "
        "Platform Engineering Lead\n* Priya Natarajan - Senior SRE\n\nI won't be on the call "
        "myself.\n", subject="Kestrel - SRE interview locked in", sender="Jacinta "
        "<j@tidewater-recruitment.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Lachlan Brierley", "Priya Natarajan"]
    assert [p.name for p in script_people(
        "Собеседование проведут Ерлан Жақсылықов, директор по продукту, и Дана\nОмарова, "
        "ведущий бизнес-аналитик.")] == ["Ерлан Жақсылықов", "Дана Омарова"]
    row = "면접관 김민준 상무(데이터사업본부장), 이서연 팀장(분석팀)"
    assert [p.name for p in cjk_people(row)] == ["김민준", "이서연"]
    assert cjk_people("면접관 정보는 추후 안내드리겠습니다") == []
    second_round = "데이터 분석가 포지션 2차 면접(임원 면접) 대상자로 선정되셨음을"
    assert cjk_position(second_round) == "데이터 분석가"


def test_names_with_st_and_portuguese_titles_and_the_writer_meeting_her() -> None:
    assert names_in_text("You'll be speaking with Marcus St. John and Deepa Raman.")[0].name == (
        "Marcus St. John")
    assert "Market St" not in {p.name for p in names_in_text(
        "Come to 1 Market St. Liam O'Connor (Protection Systems Lead) and I will run it.")}
    people = names_in_text("A entrevista será conduzida pelo Eng. Hélio Semedo, Administrador "
                           "Executivo, e pela Eng.ª Nádia Lopes, Responsável da Área.")
    assert [p.name for p in people] == ["Hélio Semedo", "Nádia Lopes"]
    assert position_from_text("pour le poste de Chargé de\nconformité est annulé.") == (
        "Chargé de conformité")


def test_agency_clients_abbreviated_domains_and_quoted_legal_names() -> None:
    det = detected(
        "Hi Thandi,\n\nGreat news - Tidewell want to move you through to the second round for "
        "the Senior Data Engineer role!\n\nWhen: Thursday 12 November, 4.30pm AEST\nWith: Greg "
        "Halvorsen (VP Engineering)\n\nCheers,\nKirra\n\nKirra Donnelly\nSenior Consultant\n"
        "Southbank Talent Partners\n", subject="Tidewell Analytics – 2nd round locked in",
        sender="Kirra Donnelly <kirra@southbanktalent.example>")
    assert det.company == "Tidewell Analytics"
    assert domain_phrase("ironbarkvets", "Location: Ironbark Veterinary Group - Bendigo") == (
        "Ironbark Veterinary Group")
    assert quoted_legal_company("pozicijai UAB „Gintarinis kodas“.") == "Gintarinis kodas"
    assert norm_org("ООО «Ладога Аналитика»") == norm_org("Ладога Аналитика")


def test_a_decision_before_christmas() -> None:
    found = find_deadline("The panel will share feedback with you before Christmas.",
                          date(2026, 12, 1))
    assert found is not None and found[0] == date(2026, 12, 24)
