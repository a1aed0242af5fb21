"""Times, dates and kinds from the session that read batch 24NN blind and then tuned on it
(24NN and 25NN): each written so it would hold for mail nobody wrote for the corpus (see
tests/corpus/README.md). All mail here is invented. People, employers and roles are in
test_round9_people.py."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from mailfactory import assert_clock, detected, mail, vevent

from mailwatch.extract import classify as c
from mailwatch.extract import detect
from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_end, stated_length
from mailwatch.extract.notjob import not_job
from mailwatch.extract.people import names_in_text
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


def test_as_discussed_ends_with_its_clause() -> None:
    assert sender_interviews("As discussed on the phone, a face-to-face interview with myself "
                             "and Gavin Treloar.")
    assert not sender_interviews("As discussed on our call with me last week.")


def test_everything_below_is_in_your_time_sets_the_zone() -> None:
    hint = zone_hint("Everything below is in your time (SAST) – that's 12:00 for us in London.")
    assert hint is not None and hint[1] == "Africa/Johannesburg"


def test_the_candidates_own_reply_by_date_in_other_languages_is_no_decision_date() -> None:
    ref = date(2026, 11, 18)
    assert find_deadline("Agradeceremos su respuesta a más tardar el viernes 20/11.", ref) is None
    assert find_deadline("Merci de nous faire parvenir votre réponse avant vendredi 20/11.",
                         ref) is None
    assert find_deadline("Le daremos una respuesta a más tardar el viernes 27/11.", ref) is not None


def test_a_bare_clock_from_one_to_six_is_the_afternoon() -> None:
    assert_clock("this Wednesday, after lunch, 1:30ish UK time", [(13, 30), None])
    assert_clock("from 2:00 - 2:45", [(14, 0), (14, 45)])
    assert_clock("at 01:30 UTC", [(1, 30), None])  # (a leading zero: the 24-hour clock)
    assert_clock("at 10:30", [(10, 30), None])


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


def test_the_end_of_next_week_in_french() -> None:
    assert find_deadline("le comité te revient avec une réponse d'ici la fin de la semaine "
                         "prochaine au plus tard.", date(2026, 12, 2))[0] == date(2026, 12, 11)


def test_if_in_vietnamese_makes_an_offer_to_move_no_move() -> None:
    assert c.CONDITIONAL.search("Nếu cần đổi lịch, bạn cứ báo mình sớm để sắp xếp lại.")


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


def test_a_vietnamese_cancellation_under_a_quote_the_reply_parser_half_read() -> None:
    det = detected("Chào chị Thandi,\n\nEm rất tiếc phải thông báo với chị rằng buổi phỏng vấn vào "
                   "lúc 9 giờ sáng thứ Năm, ngày 12/11/2026 (giờ Việt Nam) sẽ bị hủy.\n\nTrân "
                   "trọng,\nThu Hà\n\nVào Th 5, 29 thg 10, 2026 vào lúc 10:22 Thu Hà "
                   "<ha@songlam.example> đã viết:\n\n> Chào chị Thandi,\n>\n> Mời chị tham dự buổi "
                   "phỏng vấn:\n>\n> - Thời gian: 9:00 sáng thứ Năm, ngày 12/11/2026\n> - Thời "
                   "lượng: khoảng 60 phút\n>\n> Thu Hà\n",
                   subject="Thông báo hủy lịch phỏng vấn", sender="Thu Hà <ha@songlam.example>")
    assert det.kind is Kind.CANCELLATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-12T09:00:00+07:00"
    assert det.interview.end is not None and det.interview.end.hour == 10
    assert_clock("lúc 2 giờ chiều", [(14, 0), None])


def test_monday_week_at_midday_until_about_2_beside_a_ten_minute_presentation() -> None:
    det = detected("Dear Ms Nkosi,\n\nThe panel would like to invite you to interview on Monday "
                   "week at midday. The interview should take until about 2. You will be asked "
                   "to give a ten-minute presentation.\n\nThe panel will be:\n• The Rev. Canon "
                   "Margaret Ellis-Whitby, Chair of Trustees\n• Mr Tariq al-Hashimi, Director of "
                   "Finance\n\nHelen Ashdown\n", subject="Interview – Operations Manager")
    assert det.interview is not None
    # (sent on Monday 2 November: "Monday week" is the Monday after next Monday)
    assert det.interview.start.isoformat() == "2026-11-16T12:00:00+02:00"
    assert det.interview.end is not None and det.interview.end.hour == 14
    assert {"Margaret Ellis-Whitby", "Tariq al-Hashimi"} <= {
        p.name for p in det.interview.interviewers}


def test_a_russian_move_with_its_new_time_label_zone_length_and_panel() -> None:
    det = detected("Здравствуйте, Thandi!\n\nК сожалению, вынуждена попросить о переносе нашего "
                   "собеседования, которое было назначено на четверг, 5 ноября, в 12:00.\n\n"
                   "Новое время: пятница, 6 ноября 2026 г., в 15:00 по московскому времени.\n"
                   "Продолжительность — 1 час.\n\nСобеседование проведут Дмитрий Соколов и я. "
                   "Будем обсуждать ваш опыт.\n\nС уважением,\nЕкатерина Воронцова\n",
                   subject="Перенос собеседования",
                   sender="Екатерина Воронцова <e.v@ladoga.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-06T15:00:00+03:00"
    assert det.interview.timezone == "Europe/Moscow"
    assert det.interview.end is not None and det.interview.end.hour == 16
    assert {"Дмитрий Соколов", "Екатерина Воронцова"} == {
        p.name for p in det.interview.interviewers}


def test_which_of_the_following_times_in_spanish_asks() -> None:
    assert c.ASK.search("Le agradecemos indicarnos cuál de los siguientes horarios le resulta "
                        "más conveniente")


def test_a_calendar_cancel_with_a_new_request_in_one_mail_is_a_move() -> None:
    msg = EmailMessage()
    msg["From"], msg["To"] = "Sanne <s@havenpoort.example>", "thandi@example.org"
    msg["Subject"], msg["Date"] = "Interview - new date", "Mon, 02 Nov 2026 09:00:00 +0100"
    msg.set_content("Dear Thandi,\n\nUnfortunately I have to move your interview of Thursday. "
                    "Attached are the cancellation and a new invitation for Tuesday.\n\nSanne\n")
    for method, start in (("CANCEL", "20261105T100000"), ("REQUEST", "20261110T100000")):
        ics = vevent(summary="Interview Thandi Nkosi", start=start, end=start[:9] + "110000",
                     tzid="Europe/Amsterdam", method=method, uid=f"{method}@havenpoort.example")
        msg.add_attachment(ics.replace("\n", "\r\n").encode(), maintype="text",
                           subtype="calendar", filename=f"{method.lower()}.ics",
                           params={"method": method})
    det = detect(parse_message(bytes(msg)), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-10T10:00:00+01:00"


def test_a_yes_to_the_candidates_own_time_and_thursday_at_quarter_to_11() -> None:
    det = detected("Works for me - see you then!\n\nCallum\n\nOn Sun, 1 Nov 2026 at 21:03, Thandi "
                   "Nkosi <thandi@example.org> wrote:\n\n> Hi Callum,\n>\n> Thursday the 5th at "
                   "half eleven (UK time) would suit me best for the 45-minute chat.\n>\n"
                   "> Thandi\n",
                   subject="Re: Backend Engineer - next steps",
                   sender="Callum Rennie <callum@ferrowick.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-05T11:30:00+00:00"
    agency = detected("Hey Thandi,\n\nGood news!! They have you down for Thursday at quarter to 11 "
                      "Eastern with Danielle Okafor - she's their Head of Model Risk and the "
                      "hiring manager. Its a 30 min phone call, she'll ring you.\n\nVinnie\n",
                      subject="Hollis Ridge - next step!!")
    assert agency.interview is not None
    assert agency.interview.start.isoformat() == "2026-11-05T10:45:00-05:00"
    assert [p.name for p in agency.interview.interviewers] == ["Danielle Okafor"]


def test_brill_thursday_it_is_over_a_quoted_chat_and_a_cook() -> None:
    det = detected("Brill, Thursday it is. Tamsin's confirmed too.\n\nJory\n\nOn Fri, 30 Oct "
                   "2026 at 16:31, Jory Pascoe <jory@penhallow.example> wrote:\n\n> Hi Thandi,"
                   "\n>\n> Thanks for your application for the Sous Chef role. We'd like to get "
                   "you down for a chat and a cook. Could you do either Tuesday 3rd at 10am or "
                   "Thursday 5th at 2pm? It'd be me and our Executive Chef, Tamsin Rowe.\n>\n"
                   "> Jory\n",
                   subject="Re: Sous Chef", sender="Jory Pascoe <jory@penhallow.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.hour == 14
    assert {p.name for p in det.interview.interviewers} == {"Jory Pascoe", "Tamsin Rowe"}


def test_a_slovenian_invitation_and_a_booking_page_intro_call_beside_a_stray_clinic() -> None:
    assert c.about_interview("Vabilo na razgovor - razvijalka mobilnih aplikacij")
    assert [p.name for p in names_in_text("Z vami se bosta pogovarjala Matej Zupan, vodja "
                                          "razvoja, in podpisana.")] == ["Matej Zupan"]
    assert not_job("Event Type: Intro call – Operations Analyst\nAnything to share? I have "
                   "worked on clinic scheduling data for the Operations Analyst role.") is None


def test_a_fortnight_and_a_swiss_entscheid() -> None:
    assert find_deadline("We'll be in touch within a fortnight either way.",
                         date(2027, 2, 19))[0] == date(2027, 3, 5)
    assert find_deadline("Wir werden Ihnen unseren Entscheid bis spätestens Freitag, 12. Februar "
                         "2027, mitteilen.", date(2027, 2, 1))[0] == date(2027, 2, 12)


def test_a_swahili_invitation_its_clock_and_a_ukrainian_request() -> None:
    assert_clock("Muda: Saa 4:00 asubuhi", [(10, 0), None])
    assert_clock("saa 8 mchana", [(14, 0), None])
    sw = detected("Habari Thandi,\n\nTunafurahi kukujulisha kuwa umechaguliwa kwa hatua ya usaili "
                  "(interview).\n\nTarehe:  Jumatano, 11 Novemba 2026\nMuda:    Saa 4:00 asubuhi "
                  "(10:00 AM, EAT)\n\nNeema\n", subject="Mwaliko wa Usaili",
                  sender="Neema Mwakyusa <neema@mvuli.example>")
    assert sw.interview is not None
    assert sw.interview.start.isoformat() == "2026-11-11T10:00:00+03:00"
    assert c.ASK.search("Будь ласка, оберіть один із запропонованих слотів (час київський):")


def test_a_time_converted_in_brackets_keeps_the_first_zone() -> None:
    det = detected("Hi Thandi,\n\nThey'd like to go ahead with the technical interview this "
                   "Thursday at 3pm CET (2pm UK).\n\nSophie\n", subject="FW: interview request")
    assert det.interview is not None
    assert det.interview.timezone == "Europe/Berlin"
    assert det.interview.start.isoformat() == "2026-11-05T15:00:00+01:00"


def test_icelandic_and_other_new_subject_words_pass_triage() -> None:
    from mailwatch.triage import _job_subject
    for subject in ("Boð í starfsviðtal - gagnaverkfræðingur", "Vabilo na razgovor",
                    "Mwaliko wa Usaili", "Перенос собеседования"):
        assert _job_subject(subject), subject


def test_confirming_her_attendance_by_a_date_is_no_decision_date() -> None:
    assert find_deadline("Agradecemos que confirme a sua presença até ao dia 5 de Novembro, por "
                         "resposta a este email.", date(2026, 10, 30)) is None
