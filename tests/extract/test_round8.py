"""Rules added in the session after batch 21NN joined the corpus: each written so it would
hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All mail here is
invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from mailfactory import assert_clock, detected, raw_mail, vevent

from mailwatch.evaluate import norm_role
from mailwatch.extract import classify as c
from mailwatch.extract import detect
from mailwatch.extract.company import company_from_text
from mailwatch.extract.company_cjk import cjk_company
from mailwatch.extract.dates import find_dates, find_times
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.deadline_from import after_interview
from mailwatch.extract.duration import stated_length
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import (
    _ROLE_WORDS,
    position_from_text,
    programme_from_text,
    without_company,
)
from mailwatch.extract.subject import from_subject
from mailwatch.extract.writer import sender_interviews
from mailwatch.extract.zone_words import signature_zone
from mailwatch.message import parse_message
from mailwatch.model import Kind


def _names(text: str) -> list[str]:
    return [p.name for p in names_in_text(text)]


def test_a_persons_request_is_not_the_employer_of_a_phrase_before_it() -> None:
    text = "Moved to Tuesday at Noor's request (was Thursday). Same format, 45 minutes."
    assert company_from_text(text) is None
    assert company_from_text("Senior Analyst at Kelpwater Foods, Durban") == "Kelpwater Foods"


def test_an_indonesian_legal_form_before_the_name_does_not_hide_the_name_a_domain_spells() -> None:
    text = "Terima kasih atas minat Anda bergabung bersama PT Sagara Kopi Digital."
    assert domain_phrase("sagarakopi", text) == "Sagara Kopi Digital"


def test_a_hiring_assistant_bot_signs_with_the_employer_and_its_own_job() -> None:
    det = detected("Hi Thandi!\n\nYou're all set for your interview on Friday 6 November at "
                   "10:15.\nYou'll meet with Delia Montoya, Store Manager.\n\nSee you soon!\n"
                   "Pip\nTamarind Outfitters Hiring Assistant\n",
                   subject="Interview confirmed",
                   sender="Pip from Tamarind Outfitters <pip@hiring.tamarindoutfitters.example>")
    assert det.company == "Tamarind Outfitters"


def test_workables_mail_domain_is_not_the_employer_a_closing_title_line_is() -> None:
    det = detected("Kia ora Thandi,\n\nFriday at 2pm it is, I've sent an invite through. "
                   "Plan for about an hour.\n\nNgā mihi,\nAroha\n\nAroha Te Whata\n"
                   "Head of Engineering | Kauri Lane Systems\nWellington\n",
                   subject="Re: Platform Engineer - next steps",
                   sender="Aroha Te Whata <kauri-lane@workablemail.example>")
    assert det.company == "Kauri Lane Systems"


def test_a_regions_initials_closing_the_text_are_not_the_employer() -> None:
    det = detected("Hi Thandi,\n\nYour interview is on Friday 6 November at 10:00.\n\n"
                   "Regards\nSipho\nHR Business Partner – KZN\n",
                   subject="Interview", sender="Sipho Dlamini <sipho@mail.example.net>")
    assert det.company != "KZN"


def test_a_status_update_from_a_no_reply_address_is_not_an_ats_acknowledgement() -> None:
    det = detected("Dear Thandi,\n\nThank you for interviewing with our panel on 28 October "
                   "for the Senior Planner position. Interviews are still being completed, and "
                   "the panel expects to make a final selection by the end of this month.\n\n"
                   "Please do not reply to this message; this mailbox is not monitored.\n",
                   subject="Update on your application",
                   sender="Careers <careers@ridgeway.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 30)


def test_a_hiring_manager_who_will_ring_at_a_time_ish_in_a_zone() -> None:
    det = detected("Hi Thandi - Jonah here, I lead the data team. Priya forwarded your resume "
                   "for the senior analyst role.\n\nI'll give you a ring Thursday 2:30pm-ish "
                   "Eastern on your cell. Super informal.\n",
                   subject="quick chat re senior analyst role",
                   sender="Jonah Reyes <jonah@tallgrass.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.timezone == "America/New_York"
    assert det.interview.start.hour == 14 and det.interview.start.minute == 30
    assert [p.name for p in det.interview.interviewers] == ["Jonah Reyes"]


def test_quebec_french_spaced_clock_and_a_whole_hour_opening_a_range() -> None:
    assert_clock("de 14 h 30 à 15 h 15", [(14, 30), (15, 15)])
    assert_clock("de 9 h à 10 h 30", [(9, 0), (10, 30)])
    assert_clock("9h-11", None)


def test_interview_words_in_more_languages() -> None:
    for text in ("Invitație la interviul tehnic", "Állásinterjú időpont", "Thư mời phỏng vấn",
                 "Kutse tööintervjuule", "razgovor za posao", "συνέντευξη", "співбесіда",
                 "دعوة لحضور مقابلة", "เชิญสัมภาษณ์งาน", "notre entrevue de jeudi"):
        assert c.INTERVIEW_INTL.search(text), text


def test_a_french_move_of_our_meeting_is_a_reschedule() -> None:
    assert c.RESCHEDULE.search("On a donc déplacé notre rencontre au mardi 3 novembre.")
    assert not c.RESCHEDULE.search("Étienne doit se déplacer à Québec jeudi.")


def test_a_countrys_own_words_for_its_time() -> None:
    for text, name in (("Ora: 11:00 – 12:30 (ora României)", "Europe/Bucharest"),
                       ("9h30 (giờ Việt Nam)", "Asia/Ho_Chi_Minh"),
                       ("à 14 h (heure de l'Est)", "America/Toronto"),
                       ("14:00 Eesti aja järgi", "Europe/Tallinn")):
        (hit,) = find_times(text)
        assert hit.tz_name == name, text


def test_meeting_words_in_more_languages_let_a_listed_slot_count() -> None:
    for text in ("Kérjük, válasszon az alábbi időpontok közül:", "Invitație la interviul tehnic",
                 "notre entrevue de jeudi"):
        assert c.MEETING_CONTEXT.search(text), text


def test_a_public_body_or_colleges_name_runs_on_through_of() -> None:
    det = detected("Dear Thandi,\n\nThank you for interviewing for the Licensed Clinical Social "
                   "Worker II position with the Whitlow County Department of Health and Human "
                   "Services. We expect to make a decision by 20 November.\n",
                   subject="Update on your application - Licensed Clinical Social Worker II",
                   sender="Whitlow County Careers <careers@whitlowcounty.example>")
    assert det.company == "Whitlow County Department of Health and Human Services"
    assert det.position == "Licensed Clinical Social Worker II"


def test_a_group_word_before_the_name_a_domain_spells_is_kept() -> None:
    text = "Atracción de Talento | Grupo Nopal Logística\nAv. Reforma 100, CDMX"
    assert domain_phrase("nopallogistica", text) == "Grupo Nopal Logística"
    assert domain_phrase("grupotepeyac", "Saludos, Grupo Tepeyac Alimentos") == (
        "Grupo Tepeyac Alimentos")


def test_role_with_written_w_slash_and_a_role_that_ends_its_line() -> None:
    assert company_from_text("Re: Paralegal role w/ Vance Okafor & Reyes") == (
        "Vance Okafor & Reyes")
    assert position_from_text("para la vacante de Analista de Datos Sr.\nFecha: martes 9 de "
                              "marzo") == "Analista de Datos Sr"  # (its full stop tidied off)


def test_offers_rejections_and_status_updates_in_more_languages() -> None:
    assert c.offer("S radosťou Vám oznamujeme, že sme sa rozhodli ponúknuť Vám túto pozíciu.")
    assert c.offer("Vă trimitem oferta de angajare pentru poziția de analist.")
    assert c.REJECTION.search("Vaša prijava za poziciju neće biti uzeta u daljnje razmatranje.")
    assert c.REJECTION.search("Am decis să continuăm procesul cu alt candidat.")
    assert c.STILL_DECIDING.search("Pärast seda teeme otsuse ja anname Teile vastuse.")


def test_an_estonian_answer_next_week_is_that_weeks_friday() -> None:
    day, _ = find_deadline("Pärast seda teeme otsuse ja anname Teile vastuse järgmise nädala "
                           "jooksul.", date(2027, 2, 5), "DMY")
    assert day == date(2027, 2, 12)


def test_two_interviews_on_two_days_both_confirmed_are_a_series_not_options() -> None:
    det = detected("Hi Thandi,\n\nWe've split the next stage into two interviews:\n\n"
                   "1) Technical interview\nThursday 5 November, 10:00-11:00\n"
                   "with Ayanda Zulu (Firmware Lead)\n\n2) Meet the founders\n"
                   "Friday 6 November, 14:00-14:45\nwith Ruan Steyn (CEO)\n\n"
                   "Both slots are confirmed on our side, so just drop me a line to say you've "
                   "got this.\n", subject="Your interviews with Umoya Robotics")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour) == (5, 10)
    offered = detected("Hi Thandi,\n\nCould you do one of these?\nThursday 5 November, 10:00\n"
                       "Friday 6 November, 14:00\n", subject="Interview times")
    assert offered.kind is Kind.INTERVIEW_REQUEST


def test_a_move_to_another_day_keeps_the_quoted_mails_time_and_the_senders_clock() -> None:
    body = ("Dear Thandi,\n\nWe would like to move your interview to Tuesday 30 March instead. "
            "Everything else stays as it was - same time, same venue, same panel.\n\nAmy\n"
            "Graduate Recruitment\n14 Farrier Lane, London EC4A 2PX\n\n"
            "-----Original Message-----\n\nFrom: Graduate Recruitment <grad@hartwell.example>\n"
            "Sent: Wednesday, March 10, 2027 11:02 AM\nTo: Thandi Nkosi <thandi@example.org>\n"
            "Subject: Interview Invitation\n\nDear Thandi,\n\nWe are delighted to invite you to "
            "interview.\n\nDate:      Thursday 25 March 2027\nTime:      10:30am\n"
            "Duration:  approximately 40 minutes\n")
    raw = raw_mail(body, subject="RE: Interview Invitation",
                   sender="Graduate Recruitment <grad@hartwell.example>",
                   date="Mon, 22 Mar 2027 16:40:05 +0000")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.RESCHEDULE
    assert det.interview.start.isoformat() == "2027-03-30T10:30:00+01:00"  # (after BST begins)


def test_a_signature_city_gives_the_senders_clock_only_when_the_date_header_agrees() -> None:
    march = datetime(2027, 3, 22, 16, 40, tzinfo=UTC)
    assert str(signature_zone("Amy Fletcher\n14 Farrier Lane, London EC4A 2PX", march)) == (
        "Europe/London")
    assert signature_zone("Head office: Sydney", march) is None


def test_a_subjects_role_after_a_post_of_word_or_a_full_width_colon() -> None:
    subject = "面试邀请：高级数据工程师 - 上海云杉数据科技有限公司"
    assert from_subject(subject)[1] == "高级数据工程师"
    assert from_subject("เชิญสัมภาษณ์งาน ตำแหน่ง Data Analyst")[1] == "Data Analyst"
    assert from_subject("RE: Rencontre jeudi - poste de développeur principal .NET")[1] == (
        "développeur principal .NET")
    assert from_subject("Vaša prijava za poziciju Voditelj projekata")[1] == "Voditelj projekata"
    assert from_subject("Paralegal role w/ Vance Okafor & Reyes - interview times?")[0] == (
        "Vance Okafor & Reyes")


def test_role_words_in_more_languages_and_a_spot() -> None:
    for role in ("Senior DevOps inžinier", "Adatelemző", "Tootejuht", "Inginer software"):
        assert _ROLE_WORDS.search(role), role
    assert position_from_text("move forward with you for the Litigation Paralegal spot!") == (
        "Litigation Paralegal")


def test_a_surveys_closing_date_is_no_decision_and_a_final_call_is_one() -> None:
    ref = date(2026, 12, 16)
    assert find_deadline("본 설문은 응답 내용은 전형 결과와 무관합니다. 설문은 12월 23일(수)까지 "
                         "참여하실 수 있습니다.", ref, "DMY") is None
    assert find_deadline("Please fill in our short survey about the process by 23 December; "
                         "the results help us improve.", ref, "DMY") is None
    day, _ = find_deadline("We're looking to make a final call on this role by the end of the "
                           "month.", ref, "DMY")
    assert day == date(2026, 12, 31)


def test_meeting_lengths_in_more_languages_and_should_be_about() -> None:
    assert stated_length("Should be about half an hour, super informal.") == timedelta(minutes=30)
    assert stated_length("- Thời gian: 9h30 sáng thứ Sáu, dự kiến khoảng 60 phút") == timedelta(
        minutes=60)
    assert stated_length("المدة: 45 دقيقة") == timedelta(minutes=45)
    assert stated_length("Az interjú időtartama kb. 45 perc.") == timedelta(minutes=45)
    assert c.INTERVIEW_INTL.search("موعد المقابلة")


def test_a_graduate_programme_or_scheme_when_no_role_is_named() -> None:
    text = ("Congratulations! We are delighted to invite you to our Virtual Assessment Centre for "
            "the Actuarial Graduate Programme (September 2027 intake).")
    assert programme_from_text(text) == "Actuarial Graduate Programme"
    assert programme_from_text("You have been shortlisted for our 2027 Electrical Installation "
                               "Apprenticeship intake!") == "Electrical Installation Apprenticeship"
    assert programme_from_text("Welcome to the Graduate Trainee Programme 2027 (Actuarial & "
                               "Finance track).") == (
        "Graduate Trainee Programme 2027 (Actuarial & Finance track)")
    assert without_company("Hartwell Pryce Summer Vacation Scheme", "Hartwell Pryce") == (
        "Summer Vacation Scheme")


def test_eval_compares_roles_without_their_bracketed_qualifiers() -> None:
    assert norm_role("Warehouse Associate (Night Shift)") == norm_role("Warehouse Associate")
    assert norm_role("Softwareentwickler (m/w/d)") == norm_role("Softwareentwickler")
    assert norm_role("(Senior) Data Analyst") == norm_role("Data Analyst")
    assert norm_role("Data Analyst") != norm_role("Data Engineer")


def test_a_pronoun_after_bei_or_chez_is_not_the_employer() -> None:
    assert company_from_text("Ich möchte mich kurz bei Ihnen melden.") is None
    assert company_from_text("Ich freue mich auf das Gespräch bei Donauwerk Software.") == (
        "Donauwerk Software")


def test_a_city_or_councils_name_runs_on_through_of_and_a_name_with_small_words() -> None:
    det = detected("Dear Thandi,\n\nYour Transit Operator interview at the City of Cedar Narrows "
                   "Transit Operations Centre is cancelled because of the snow.\n\nThis message "
                   "was sent through SmartRecruiters on behalf of City of Cedar Narrows.\n",
                   subject="Interview cancelled - Transit Operator",
                   sender="City of Cedar Narrows <noreply@smartrecruiters.com>")
    assert det.company == "City of Cedar Narrows"
    assert domain_phrase("maresdoindico", "Marés do Índico, Lda.\nAv. Julius Nyerere") == (
        "Marés do Índico")


def test_an_offers_or_status_updates_own_title_in_the_subject_is_not_the_employer() -> None:
    assert from_subject("Proposta de Emprego – Engenheira de Dados")[0] is None
    assert from_subject("Ihre Bewerbung als Entwicklerin - Zwischenstand")[0] is None


def test_an_agencys_prep_call_and_its_client_who_would_like_to_meet_you() -> None:
    event = vevent(summary="Interview - Logistics Coordinator - Wheatbelt Grain Handling "
                           "Co-operative", start="20261105T100000", end="20261105T110000",
                   tzid="Africa/Johannesburg",
                   organizer="CN=Brooke Kellerman:mailto:brooke@oceantalent.example",
                   description="Interview with Lachlan Morris (Operations Manager).")
    body = ("Hi Thandi,\n\nGreat news - Wheatbelt Grain Handling Co-operative would like to meet "
            "you for the Logistics Coordinator role!\n\n1) Prep call with me - Tuesday 3 November, "
            "4:00-4:20pm. I'll ring your mobile.\n\n2) Your interview - Thursday 5 November, "
            "10:00-11:00am. You'll be meeting Lachlan Morris (Operations Manager).\n\nCheers,\n"
            "Brooke\n\nBrooke Kellerman\nSenior Consultant\nOcean Talent\n")
    raw = raw_mail(body, subject="Interview confirmed - Logistics Coordinator (+ prep call)",
                   sender="Brooke Kellerman <brooke@oceantalent.example>", ics=event)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.company == "Wheatbelt Grain Handling Co-operative"
    assert [p.name for p in det.interview.interviewers] == ["Lachlan Morris"]
    assert not sender_interviews("1) Prep call with me - Tuesday. I'll ring your mobile.")


def test_an_offer_to_rebook_if_the_time_does_not_suit_is_no_reschedule() -> None:
    for text in ("Si por algún motivo no te acomoda el horario, avísame y lo reagendamos.",
                 "Falls der Termin nicht passt, können wir ihn gerne verschieben."):
        assert c.CONDITIONAL.search(text), text


def test_an_updated_invitation_that_keeps_its_time_is_still_the_invitation() -> None:
    event = vevent(summary="Interview - Fleet Data Engineer", start="20261105T150000",
                   end="20261105T160000", tzid="Africa/Johannesburg", sequence=2)
    raw = raw_mail("Hi Thandi,\n\nI've added a Teams link to this invite so that Rahul can join "
                   "remotely. Date and time are unchanged.\n\nSiew Mei\n",
                   subject="Updated: Interview - Fleet Data Engineer", ics=event)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_your_time_and_mine_in_a_named_city_and_a_colleague_who_joins_for_part_of_it() -> None:
    det = detected("Hey Thandi,\n\nLet's lock in Thursday (5 November): 10am your time / 6pm "
                   "mine (Sydney). Block out an hour - first half is me talking through the "
                   "platform, then Mei Chen from our infra team will join for a practical "
                   "exercise. We hope to make a call by the end of the month.\n\nLiam\n",
                   subject="Re: SRE role - next step",
                   sender="Liam O'Driscoll <liam@southerly.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-05T18:00:00+11:00"
    assert det.interview.timezone == "Australia/Sydney"
    assert [p.name for p in det.interview.interviewers] == ["Liam O'Driscoll", "Mei Chen"]
    assert det.decision_deadline == date(2026, 11, 30)


def test_lets_do_4_tomorrow_from_a_phone_and_half_an_hour_should_do_it() -> None:
    assert_clock("Let's do 4 tomorrow, my office.", [(16, 0), None])
    assert_clock("Can we say 10 on Friday?", [(10, 0), None])
    assert_clock("Let us do 3 things tomorrow.", None)
    det = detected("Hi Thandi\n\nSorry, mad week. Let's do 4 tomorrow, my office - 3rd floor, "
                   "112 Bree St. Half an hour should do it.\n\nS\n",
                   subject="Re: Product Designer role - quick chat?",
                   sender="Sipho Dlamini <sipho@kloofnek.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.hour, det.interview.end.hour, det.interview.end.minute) == (
        16, 16, 30)
    assert [p.name for p in det.interview.interviewers] == ["Sipho Dlamini"]


def test_malay_and_turkish_interview_fields() -> None:
    assert_clock("Masa    : 10.00 pagi - 11.00 pagi", [(10, 0), (11, 0)])
    assert_clock("2.30 petang", [(14, 30), None])
    (hit,) = find_times("Saat       : 14:00 (TSİ)")
    assert hit.tz_name == "Europe/Istanbul"
    assert stated_length("Süre       : Yaklaşık 1 saat") == timedelta(hours=1)
    assert _names("Görüşmeciler: Elif Yıldırım (Mobil Ekip Lideri) ve Murat Aksoy\n") == [
        "Elif Yıldırım", "Murat Aksoy"]
    assert _names("Panel   : 1) Encik Hafiz bin Rahman (Engineering Manager)\n"
                  "2) Puan Nurul Aini Ismail (Senior Software Engineer)\n") == [
        "Hafiz bin Rahman", "Nurul Aini Ismail"]


def test_date_and_time_fields_in_more_languages_make_one_slot() -> None:
    det = detected("Merhaba Thandi Hanım,\n\nMülakat detayları:\nTarih      : 5 Kasım 2026 "
                   "Perşembe\nSaat       : 14:00 (TSİ)\nSüre       : Yaklaşık 1 saat\n",
                   subject="Mülakat Daveti - Mobil Geliştirici")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.isoformat() == "2026-11-05T14:00:00+03:00"
    assert det.interview.end.isoformat() == "2026-11-05T15:00:00+03:00"


def test_a_span_counted_from_the_interview_and_results_on_or_before() -> None:
    ref = date(2027, 1, 10)
    assert find_deadline("We'd aim to make a decision within two weeks of your onsite.", ref,
                         "MDY") is None
    assert after_interview("We'd aim to make a decision within two weeks of your onsite.",
                           date(2027, 1, 20))[0] == date(2027, 2, 3)
    day, _ = find_deadline("We're targeting to release the final results on or before Friday, "
                           "March 12.", date(2027, 3, 3), "MDY")
    assert day == date(2027, 3, 12)


def test_a_polish_rejection_and_a_domain_name_with_a_polish_organisation_word() -> None:
    assert c.REJECTION.search("zdecydowaliśmy się kontynuować proces z innymi osobami")
    assert domain_phrase("wislopol", "Wisłopol Systemy Sp. z o.o.\nul. Przemysłowa 12") == (
        "Wisłopol Systemy")


def test_a_tests_valid_till_date_is_a_deadline_not_a_slot() -> None:
    det = detected("Dear Thandi,\n\nWe invite you to take an online coding assessment:\n\n"
                   "Test link : https://codearena.example/t/abc\nDuration  : 90 minutes\n"
                   "Valid till: 25-11-2026, 23:59 SAST\n\nCandidates who clear the assessment "
                   "will be contacted for technical interview rounds.\n",
                   subject="Online Coding Assessment")
    assert det.interview is None


def test_a_korean_afternoon_range_and_a_recruitment_briefing() -> None:
    (hit,) = find_times("■ 일시: 2026년 9월 24일(목) 오후 7시 ~ 8시 30분")
    assert (hit.start.hour, hit.end.hour, hit.end.minute) == (19, 20, 30)
    det = detected("온라인 채용설명회를 아래와 같이 개최하오니 많은 관심 부탁드립니다.\n"
                   "■ 일시: 2026년 11월 24일(화) 오후 7시 ~ 8시 30분\n■ 방식: Zoom 웨비나\n",
                   subject="[솔마루테크] 온라인 채용설명회 안내")
    assert det.kind is Kind.OTHER


def test_dates_in_romanian_hungarian_czech_slovak_croatian_cyrillic_greek_and_vietnamese() -> None:
    ref = date(2026, 10, 13)
    cases = {
        "joi, 22 octombrie 2026": date(2026, 10, 22),
        "2027. március 3. 14:00": date(2027, 3, 3),
        "ngày 5 tháng 3 năm 2027": date(2027, 3, 5),
        "15. března 2027": date(2027, 3, 15),
        "3. apríla 2027": date(2027, 4, 3),
        "12. ožujka 2027.": date(2027, 3, 12),
        "24 листопада": date(2026, 11, 24),
        "5 декабря 2026": date(2026, 12, 5),
        "3 Μαρτίου 2027": date(2027, 3, 3),
    }
    for text, day in cases.items():
        assert [d.day for d in find_dates(text, ref, "DMY")] == [day], text


def test_cjk_slots_moves_and_company_names() -> None:
    ref = date(2027, 3, 9)
    found = find_dates("3/16（二）下午 2:00-3:00", ref, "MDY")
    assert [d.day for d in found] == [date(2027, 3, 16)]
    assert c.RESCHEDULE.search("변경된 면접 일정은 아래와 같습니다.")
    assert c.CONFIRM.search("下記の日程にてオンライン面接を実施させていただきたく存じます。")
    assert cjk_company("我是晨曦智能股份有限公司人力資源部的林佳穎") == "晨曦智能股份有限公司"
    det = detected("Thandi 您好：\n\n我們希望邀請您參加第一階段面試。\n以下為目前可安排的時段，"
                   "請您從中選擇一個方便的時間：\n1. 11/16（一）下午 2:00-3:00\n"
                   "2. 11/17（二）上午 10:00-11:00\n", subject="面試時間邀約")
    assert det.kind is Kind.INTERVIEW_REQUEST
