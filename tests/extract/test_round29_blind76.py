"""Twenty-first session: rules from 76NN's misses and the rest of 77NN's, read blind at
the sessions' starts (written in my own words, not the batches')."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mailfactory import detected, vevent

from mailwatch.extract.calendar_facts import stated_zone
from mailwatch.extract.zones import resolve_label
from mailwatch.model import Kind

_OFFER = ("\n\nOn Tue, 9 Feb 2027 at 10:12, Dewi Hartono <dewi@lanternbay.example> wrote:\n"
          "> Hi Thandi,\n>\n> Wiremu Tane (Head of Platform) and Ana Folau (Staff Engineer) "
          "would like to talk with you about the Platform Engineer role.\n>\n> Which of these "
          "works for you (Auckland time)?\n>\n> * Monday 15 February, 10:00am\n> * Tuesday 16 "
          "February, 3:30pm\n>\n> It will take about an hour.\n>\n> Dewi Hartono\n> Talent "
          "Partner, Lantern Bay\n")


def test_her_pick_among_offered_times_books_the_interview() -> None:
    d = detected("Hi Dewi,\n\nTuesday 16 February at 3:30pm suits me best, thank you.\n\n"
                 "Thandi" + _OFFER,
                 subject="Re: Platform Engineer – next step",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Dewi Hartono <dewi@lanternbay.example>",
                 date="Tue, 9 Feb 2027 18:40:02 +1300")
    assert d.kind is Kind.INTERVIEW_INVITATION
    i = d.interview
    assert i is not None and (i.start.day, i.start.hour, i.start.minute) == (16, 15, 30)
    assert i.end is not None and i.end.hour == 16 and i.end.minute == 30
    assert {p.name for p in i.interviewers} == {"Wiremu Tane", "Ana Folau"}


def test_her_thanks_for_a_slot_already_booked_stays_other() -> None:
    booked = _OFFER.replace("Which of these works for you (Auckland time)?",
                            "We have booked you in (Auckland time) for:").replace(
        "> * Tuesday 16 February, 3:30pm\n", "")
    d = detected("Hi Dewi,\n\nMonday 15 February at 10:00am is great, thank you.\n\nThandi"
                 + booked,
                 subject="Re: Platform Engineer – next step",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Dewi Hartono <dewi@lanternbay.example>",
                 date="Tue, 9 Feb 2027 18:40:02 +1300")
    assert d.kind is Kind.OTHER and d.interview is None


def test_a_cancelled_utc_event_keeps_the_zone_the_text_writes_it_in() -> None:
    ics = vevent(summary="Canceled: Phone screen - Thandi Nkosi / Rowan Pike", method="CANCEL",
                 start="20270714T220000Z", end="20270714T223000Z", status="CANCELLED",
                 organizer="CN=Ivy Lund:mailto:ivy@cedarfold.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Rowan Pike:mailto:rowan@cedarfold.example"))
    d = detected("Hi Thandi,\n\nI have to cancel your phone screen with Rowan Pike on "
                 "Wednesday, July 14 (3:00-3:30 PM Pacific); the role is on hold.\n\nIvy",
                 subject="Canceled: Phone screen - Data Analyst", ics=ics, ics_method="CANCEL",
                 sender="Ivy Lund <ivy@cedarfold.example>",
                 date="Mon, 12 Jul 2027 09:15:00 -0700")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None and d.interview.timezone == "America/Los_Angeles"
    assert d.interview.start.hour == 15


def test_google_calendars_localised_zone_line_names_its_city() -> None:
    start = datetime(2027, 5, 18, 13, 0, tzinfo=UTC)
    assert stated_zone(start, ("martedì 18 maggio 2027 ⋅ 15:00 – 15:45\n"
                               "Ora legale dell'Europa centrale - Roma",)) == "Europe/Rome"
    assert stated_zone(datetime(2027, 3, 11, 7, 0, tzinfo=UTC), (
        "Kamis 11 Mar 2027 ⋅ 14.00 – 15.00 (Waktu Indonesia Barat - Jakarta)",)) == "Asia/Jakarta"
    # (the city's clock must be the one written before it)
    assert stated_zone(start, ("martedì 18 maggio 2027 ⋅ 16:00\n"
                               "Ora legale dell'Europa centrale - Roma",)) is None


def test_outlook_labels_beyond_the_common_ones() -> None:
    assert resolve_label("(UTC+04:00) Abu Dhabi, Muscat")[1] == "Asia/Dubai"
    assert resolve_label("(UTC+07:00) Bangkok, Hanoi, Jakarta")[1] == "Asia/Bangkok"
    # a label the table lacks, read by a place it lists that keeps its offset
    assert resolve_label("(UTC+04:00) Baku")[1] == "Asia/Baku"
    tz, name = resolve_label("(UTC+05:00) Nairobi, Nowhere")  # (Nairobi is +03:00)
    assert name is None and tz is not None and tz.utcoffset(None) == timedelta(hours=5)


def test_a_manila_office_under_the_singapore_label_is_manila() -> None:
    ics = vevent(summary="Interview - Payroll Lead - Thandi Nkosi",
                 tzid='"(UTC+08:00) Kuala Lumpur, Singapore"',
                 start="20270812T133000", end="20270812T143000",
                 organizer="CN=Mara Cruz:mailto:mara@kalayaan.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Joel Santos:mailto:joel@kalayaan.example"))
    d = detected("Hi Thandi,\n\nYou are booked with Joel Santos, our Finance Director, on "
                 "Thursday, August 12, 1:30 PM - 2:30 PM (Manila time).\n\nMara Cruz\n"
                 "Kalayaan Payroll Services", subject="Interview - Payroll Lead", ics=ics,
                 sender="Mara Cruz <mara@kalayaan.example>",
                 date="Mon, 09 Aug 2027 08:15:22 +0800")
    assert d.interview is not None and d.interview.timezone == "Asia/Manila"


def test_a_norwegian_update_promises_friday_of_next_week() -> None:
    d = detected("Hei Thandi,\n\nVi er fortsatt midt i prosessen og trenger noen dager ekstra. "
                 "Vi tar sikte på å gi alle søkerne et endelig svar senest fredag i neste "
                 "uke.\n\nHilsen\nSiri Bakke\nHR, Fjellbris AS",
                 subject="SV: Status - søknad som controller",
                 sender="Siri Bakke <siri@fjellbris.example>",
                 date="Tue, 07 Sep 2027 10:03:51 +0200")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2027-09-17"


def test_a_german_friday_next_week_is_next_weeks_friday() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    found = find_deadline("Wir melden uns bis spätestens Freitag nächste Woche.",
                          date(2027, 9, 7), "DMY")
    assert found is not None and str(found[0]) == "2027-09-17"


def test_a_vietnamese_regret_over_a_line_break_is_a_rejection() -> None:
    d = detected("Kính gửi chị Thandi,\n\nCảm ơn chị đã tham gia phỏng vấn cho vị trí Kế "
                 "toán trưởng. Chúng tôi rất tiếc phải thông báo rằng hồ sơ của chị\nchưa phù "
                 "hợp với vị trí này.\n\nTrân trọng,\nPhòng Nhân sự",
                 subject="Thư cảm ơn - Vị trí Kế toán trưởng",
                 sender="Tuyển dụng <hr@hoasen-ketoan.example>",
                 date="Mon, 22 Mar 2027 14:30:00 +0700")
    assert d.kind is Kind.REJECTION


def test_a_slovene_podcast_invitation_is_not_a_job_interview() -> None:
    d = detected("Spoštovana ga. Nkosi,\n\nradi bi vas povabili kot gostjo v naš podkast. "
                 "Pogovor bi posneli v torek, 19. oktobra 2027, ob 14. uri v studiu.\n\nLep "
                 "pozdrav,\nNina Kos", subject="Vabilo na intervju za podkast",
                 sender="Nina Kos <nina@radiozarek.example>",
                 date="Thu, 14 Oct 2027 15:31:08 +0200")
    assert d.kind is Kind.OTHER
    from mailwatch.extract.notjob import not_job
    assert not_job("Radi bi vas povabili kot gostjo v epizodi našega podkasta.")
    assert not_job("Приглашаем вас в наш подкаст о карьере.")


_AR_INVITE = ("الأستاذة/ Thandi Nkosi\nتحية طيبة وبعد،\n\nيسعدنا دعوتكم لإجراء المقابلة الأولى "
              "لوظيفة «محاسب أول» وفقًا للتفاصيل التالية:\n\n• اليوم والتاريخ: الخميس ١٧ "
              "يونيو ٢٠٢٧\n• {time}\n• مدة المقابلة: حوالي ٣٠ دقيقة\n\nمع خالص التحية،\n"
              "هالة سمير\nشركة الدلتا للمحاسبة")


def test_arabic_indic_digits_and_a_labelled_time_line() -> None:
    d = detected(_AR_INVITE.format(time="الموعد: الساعة ١٠:٣٠ صباحًا بتوقيت القاهرة"),
                 subject="دعوة لمقابلة شخصية - وظيفة محاسب أول",
                 sender="هالة سمير <hala@deltaacc.example>",
                 date="Sun, 06 Jun 2027 10:05:00 +0300")
    assert d.kind is Kind.INTERVIEW_INVITATION
    i = d.interview
    assert i is not None and (i.start.day, i.start.hour, i.start.minute) == (17, 10, 30)
    assert i.end is not None and i.end.minute == 0 and i.end.hour == 11
    assert (i.position or d.position) == "محاسب أول"


def test_an_arabic_time_line_in_words_joins_its_date_line() -> None:
    d = detected(_AR_INVITE.format(time="الوقت: الساعة الواحدة ظهراً بتوقيت القاهرة"),
                 subject="دعوة لمقابلة شخصية - وظيفة محاسب أول",
                 sender="هالة سمير <hala@deltaacc.example>",
                 date="Sun, 06 Jun 2027 10:05:00 +0300")
    assert d.interview is not None and (d.interview.start.day, d.interview.start.hour) == (17, 13)


def test_an_arabic_outlook_header_starts_the_quoted_mail() -> None:
    from mailfactory import raw_mail

    from mailwatch.message import parse_message
    m = parse_message(raw_mail("نرجو نقل المقابلة إلى يوم الثلاثاء.\n\nمع التحية،\nنورة\n\n"
                               "________________________________\nمن: Thandi Nkosi "
                               "<thandi@example.org>\nأُرسل: الاثنين، ٥ يوليو ٢٠٢٧ ١٠:١٢ ص\n"
                               "إلى: نورة <noura@waha.example>\nالموضوع: Re: مقابلة\n\n"
                               "Sunday at 10:00 works for me.\n"))
    assert "Sunday at 10:00" not in m.text and "Sunday at 10:00" in m.quoted


def test_legal_forms_written_before_or_after_the_name() -> None:
    from mailwatch.extract.same_name import norm_org
    assert norm_org("Công ty Cổ phần Sao Mai Fintech") == norm_org("Sao Mai Fintech")
    assert norm_org("شركة النيل للحلول الرقمية") == norm_org("النيل للحلول الرقمية")
    assert norm_org('אורבית סייבר בע"מ') == norm_org("אורבית סייבר")


def test_an_arabic_committee_heading_lists_the_panel() -> None:
    d = detected("الأستاذة ثاندي، مساء الخير\n\nنرجو نقل المقابلة إلى الموعد التالي:\n\n"
                 "اليوم: الاثنين ١٩ يوليو ٢٠٢٧\nالوقت: الساعة ١١:٠٠ صباحاً بتوقيت الرياض\n\n"
                 "أعضاء اللجنة كما هم:\n- الأستاذ خالد الشهري – مدير المالية\n- المهندسة ريم "
                 "الزهراني – رئيسة قسم البيانات\n\nمع التحية،\nنورة",
                 subject="RE: دعوة لمقابلة شخصية – وظيفة محاسب",
                 sender="نورة القحطاني <noura@waha.example>",
                 date="Wed, 14 Jul 2027 13:15:40 +0300")
    assert d.interview is not None
    assert {p.name for p in d.interview.interviewers} == {"خالد الشهري", "ريم الزهراني"}


def test_a_lithuanian_invite_names_its_zone_and_the_writer_takes_part() -> None:
    ics = vevent(summary="Pokalbis: Analitikas – Thandi Nkosi", tzid='"FLE Standard Time"',
                 start="20270519T100000", end="20270519T104500",
                 organizer="CN=Eglė Jonaitė:mailto:egle@baltijosdata.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Darius Kairys:mailto:darius@baltijosdata.example"))
    d = detected("Laba diena, Thandi,\n\ndėkojame, kad domitės Analitiko pozicija. Kviečiu Jus "
                 "į pokalbį.\n\nKada: 2027 m. gegužės 19 d., "
                 "10:00–10:45 Lietuvos laiku\nDalyvaus: aš ir mūsų analitikos vadovas Darius "
                 "Kairys\n\nPagarbiai\nEglė Jonaitė", subject="Pokalbis: Analitikas", ics=ics,
                 sender="Eglė Jonaitė <egle@baltijosdata.example>",
                 date="Tue, 11 May 2027 16:05:31 +0300")
    i = d.interview
    assert i is not None and i.timezone == "Europe/Vilnius"
    assert {p.name for p in i.interviewers} == {"Eglė Jonaitė", "Darius Kairys"}


def test_a_reply_that_adds_someone_keeps_the_quoted_interviewer_it_names() -> None:
    d = detected(
        "Hi Thandi,\n\nSmall update on Wednesday's round (16 June, 11:00 AM - 12:00 PM IST): "
        "Rohan Mehta, Principal Engineer, will be joining Lakshmi on the panel. Everything "
        "else stays as it was.\n\nRegards,\nDivya\n\nOn Wed, 9 Jun 2027 at 09:10, Divya Menon "
        "<divya@saffronloop.example> wrote:\n> Dear Thandi,\n>\n> Date        : Wednesday, 16 "
        "June 2027\n> Time        : 11:00 AM - 12:00 PM IST\n> Interviewer : Lakshmi "
        "Raghavan, Data Platform Lead\n>\n> Regards,\n> Divya\n",
        subject="RE: Interview Schedule: Data Engineer - Round 2",
        sender="Divya Menon <divya@saffronloop.example>",
        date="Fri, 11 Jun 2027 16:48:02 +0530")
    assert d.interview is not None
    assert {p.name for p in d.interview.interviewers} == {"Rohan Mehta", "Lakshmi Raghavan"}


def test_someone_pulled_away_is_replaced() -> None:
    from mailwatch.extract.participants import replaced_people
    said = ("Callum has been pulled into the audit this week, so Priya Shah will interview "
            "you instead.")
    assert [p.name for p in replaced_people(said)] == ["Callum"]
    assert [p.name for p in replaced_people("The invite now shows Priya rather than Callum.")
            ] == ["Callum"]


def test_a_brussels_time_in_french() -> None:
    d = detected("Bonjour Thandi,\n\nJe vous propose un entretien le mardi 13 avril 2027, de "
                 "14h00 à 14h45 (heure de Bruxelles), en visioconférence.\n\nBien à vous,\n"
                 "Amélie", subject="Entretien - Analyste", date="Wed, 07 Apr 2027 16:42:09 +0200",
                 sender="Amélie Peeters <amelie@dewitte-lamy.example>")
    assert d.interview is not None and d.interview.timezone == "Europe/Brussels"


def test_a_swahili_choice_of_three_times_is_a_request_with_its_people() -> None:
    d = detected("Habari Thandi,\n\nTungependa kukualika kwa mahojiano ya awali. Mahojiano "
                 "yataongozwa na mimi pamoja na Bw. Peter Kamau, Meneja wa Fedha.\n\nTafadhali "
                 "chagua moja ya nafasi zifuatazo:\n  1) Jumanne, 11 Mei 2027 - saa 4:00 asubuhi\n"
                 "  2) Jumatano, 12 Mei 2027 - saa 8:00 mchana\n  3) Alhamisi, 13 Mei 2027 - saa "
                 "3:00 asubuhi\n\nKila la heri,\nGrace Achieng\nAfisa Rasilimali Watu",
                 subject="Mwaliko wa mahojiano - Mhasibu", date="Mon, 03 May 2027 08:55:10 +0300",
                 sender="Grace Achieng <grace@mtoni.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert {p.name for p in d.people} == {"Grace Achieng", "Peter Kamau"}


def test_a_meeting_title_that_pairs_her_with_the_employer() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("Interview: Thandi Nkosi <> Lumen Freight (Data Analyst)") == (
        "Lumen Freight", "Data Analyst")


def test_a_catalan_confirmation_of_the_time_she_offered() -> None:
    d = detected("Hola Thandi,\n\nPerfecte, ens quedem amb el dijous 4 de novembre a les 11.00 h "
                 "(hora de Barcelona). Calcula uns 30 minuts.\n\nFins dijous!\nMarta",
                 subject="Re: Entrevista – Analista de dades",
                 sender="Marta Soler <marta@cimera.example>",
                 date="Thu, 28 Oct 2027 09:12:33 +0200")
    assert d.kind is Kind.INTERVIEW_INVITATION
    i = d.interview
    assert i is not None and (i.start.day, i.start.hour) == (4, 11) and i.end is not None


def test_a_chinese_online_written_test_is_a_request() -> None:
    d = detected("亲爱的 Thandi：\n\n感谢您投递云杉数据产品经理岗位。现邀请您参加在线笔试。\n\n"
                 "开放时间 即日起至 2027年3月14日 23:59（北京时间）\n\n祝您顺利！\n云杉数据 招聘组",
                 subject="云杉科技 | 产品经理（北京）在线笔试邀请",
                 sender="云杉招聘 <jobs@yunshan.example>", date="Mon, 08 Mar 2027 10:15:33 +0800")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.company == "云杉科技"
    assert d.position == "产品经理（北京）"


def test_a_head_office_is_no_part_of_the_employer() -> None:
    from mailwatch.extract.company_form import _CO_TAIL
    assert _CO_TAIL.sub("", "Ege Tekstil Genel Müdürlük") == "Ege Tekstil"


def test_an_hr_suite_is_never_the_employer() -> None:
    from mailwatch.extract.company import is_service_name
    assert is_service_name("Ultipro") and is_service_name("Paylocity")


def test_a_swedish_ordinal_date_promises_the_answer() -> None:
    d = detected("Hej Thandi!\n\nVi har ett par intervjuer kvar och räknar med att kunna ge dig "
                 "besked senast fredagen den sextonde april.\n\nVänliga hälsningar\nKarin\n"
                 "Rekryterare, Björkvik AB", subject="Lägesuppdatering: Controller",
                 sender="Karin Ek <karin@bjorkvik.example>", date="Thu, 01 Apr 2027 15:20:44 +0200")
    assert d.kind is Kind.STATUS_UPDATE and str(d.decision_deadline) == "2027-04-16"


def test_a_polish_recorded_video_answer_is_a_request_and_the_month_end_promise() -> None:
    d = detected("Dzień dobry,\n\nzapraszamy Panią do kolejnego etapu rekrutacji na stanowisko "
                 "Analityk Danych, którym jest rozmowa wideo w formie nagrania.\n\nTermin na "
                 "nagranie odpowiedzi: 21 marca 2027 r., godz. 23:59.\n\nOdpowiedź otrzyma Pani "
                 "najpóźniej do końca kwietnia.\n\nZespół Rekrutacji",
                 subject="Zaproszenie do nagrania rozmowy wideo",
                 date="Mon, 08 Mar 2027 09:30:00 +0100",
                 sender="Rekrutacja <rekrutacja@odra-dane.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST and str(d.decision_deadline) == "2027-04-30"


def test_a_role_written_for_both_genders_stays_whole() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("Poziv na razgovor: Voditelj projekta / Voditeljica projekta") == (
        None, "Voditelj projekta / Voditeljica projekta")
    assert from_subject("Interview: Data Analyst / Acme Corp") == ("Acme Corp", "Data Analyst")


def test_a_recruitment_word_in_another_language_ends_the_senders_employer() -> None:
    from mailwatch.extract.company import from_sender
    from mailwatch.message import Address
    assert from_sender(Address(name="Dravska Voda - Zapošljavanje",
                               email="no-reply@ats-mail.example")) == "Dravska Voda"


def test_a_panel_with_attorneys_and_a_middle_initial_in_ph_time() -> None:
    d = detected("Hi Thandi!\n\nYou're invited to our group interview.\n\nWHEN: Thursday, "
                 "November 25, 2027, 2:00 PM (PH time)\nPANEL:\n • Atty. Liza M. Ramos – Head, "
                 "Compliance\n • Mr. Paolo Cruz – HR Business Partner\n\nSalamat po!\nAnna Lim\n"
                 "Recruitment Specialist | Kalayaan BPO",
                 subject="Group Interview Invite - Compliance Associate",
                 sender="Anna Lim <anna@kalayaanbpo.example>",
                 date="Wed, 17 Nov 2027 16:55:09 +0800")
    i = d.interview
    assert i is not None and i.timezone == "Asia/Manila"
    assert {p.name for p in i.interviewers} == {"Liza M. Ramos", "Paolo Cruz"}
    from mailwatch.extract.people import names_in_text
    # (not a title's initial: "Ms P. Ndaba" is no "Ms P." name)
    assert [p.name for p in names_in_text("Please confirm with Ms P. Ndaba by Friday.")] != [
        "Ms P. Ndaba"]


def test_promises_read_in_french_tamil_hebrew_and_dutch() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    from mailwatch.extract.text import sentences
    # a follow-up now, over the old slot, is no promise
    assert find_deadline("Je me permets de revenir vers vous concernant votre entretien, "
                         "initialement prévu le jeudi 15 avril à 14h00.", date(2027, 4, 9),
                         "DMY") is None
    # Tamil puts "from" after the range's first day: its later bound
    found = find_deadline("அதனால final decision-ஐ ஏப்ரல் 12 முதல் 14-ஆம் தேதிக்குள் "
                          "தெரியப்படுத்துவோம்.", date(2027, 4, 2), "DMY")
    assert found is not None and str(found[0]) == "2027-04-14"
    # Hebrew sentences end before the next Hebrew word
    assert len(sentences("הקישור יהיה פעיל עד יום חמישי. ונחזור אלייך בהמשך.")) == 2
    assert len(sentences("המראיינים: ד. כהן ו-מ. לוי")) == 1
    found = find_deadline("We laten je uiterlijk vrijdag 19 maart weten of je doorgaat.",
                          date(2027, 3, 1), "DMY")
    assert found is not None and str(found[0]) == "2027-03-19"


def test_a_dutch_booking_invitation_asks_for_a_time() -> None:
    from mailwatch.extract import classify as c
    assert c.ASK.search("Kies via onderstaande link zelf een moment dat jou het beste uitkomt.")
    assert c.ASK.search("Plan je gesprek: https://example.org/book/1")
