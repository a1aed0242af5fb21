"""Seventeenth session: rules from the misses of 70NN, read at the session's start and then
studied (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import time

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.clock_words import word_clock_times
from mailwatch.extract.company_cjk import line_start_company
from mailwatch.extract.notjob import not_job
from mailwatch.extract.script_people import script_people
from mailwatch.model import Kind


def test_tenant_improvement_work_is_a_trade_not_a_tenancy() -> None:
    assert not not_job("your commercial tenant-improvement experience stood out")
    assert not_job("The landlord will meet all tenants at the flat viewing on Monday.")


def test_her_own_reply_that_calls_the_interview_off_is_a_cancellation() -> None:
    d = detected("Hi Anke,\n\nThanks again for setting up Thursday. I'm afraid I need to "
                 "cancel it: I have accepted another position.\n\nKind regards,\nThandi\n\n"
                 "On Mon, 1 Mar 2027 at 09:12, Anke Vos <anke@dijkstra.example> wrote:\n"
                 "> Your interview is booked for Thursday 4 March 2027 at 10:00 CET\n"
                 "> with Jonas Berg.", subject="Re: Your interview on Thursday",
                 sender="Thandi Nkosi <thandi@example.org>", date="Tue, 02 Mar 2027 08:00:00 +0100")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None and d.interview.start.hour == 10


def test_her_own_thanks_over_the_invitation_is_still_no_new_mail() -> None:
    d = detected("Thanks, see you then!\n\nOn Mon, 1 Mar 2027 at 09:12, Anke Vos "
                 "<anke@dijkstra.example> wrote:\n> Your interview is booked for Thursday 4 "
                 "March 2027 at 10:00 CET.", subject="Re: Your interview on Thursday",
                 sender="Thandi Nkosi <thandi@example.org>", date="Tue, 02 Mar 2027 08:00:00 +0100")
    assert d.kind is Kind.OTHER


def test_an_update_that_only_swaps_the_video_link_keeps_the_booking() -> None:
    from mailwatch.extract.calendar_path import _CHANGED_OTHER, _ROOM_MOVED, _TIME_UNCHANGED
    assert _CHANGED_OTHER.search("Changed: video call link")
    assert not _CHANGED_OTHER.search("Changed: time")
    assert _ROOM_MOVED.search("we've moved this one from Zoom to our own video room")
    assert _TIME_UNCHANGED.search("Time and people are unchanged.")


def test_a_cancelled_slot_because_the_role_was_filled_is_a_cancellation() -> None:
    d = detected("Hello Thandi,\n\nI'm sorry to tell you that we need to cancel your phone "
                 "interview for the Branch Lead position, which was scheduled for Monday, "
                 "March 8, 2027 at 9:00 AM MST.\n\nThe role has now been filled, so we are "
                 "closing the posting.\n\nThank you for your interest,\nPriya\nRecruiting",
                 subject="Cancelled: Phone interview", sender="Priya <jobs@sagebank.example>")
    assert d.kind is Kind.CANCELLATION
    # (a filled role without a cancelled slot is still a rejection)
    assert not c.cancels_rather_than_rejects("Thank you for applying. The position has now "
                                             "been filled.")


def test_a_founder_who_would_love_to_have_her_on_board_makes_an_offer() -> None:
    d = detected("Hi Thandi,\n\nGreat talking today. Ana and I agree: we'd love to have you on "
                 "board as Tidepool's first Data Engineer. I'd like to walk you through the "
                 "offer on a call - salary, share options and start date.\n\nCheers,\nMarek",
                 subject="Re: Thanks for today", sender="Marek <marek@tidepool.example>")
    assert d.kind is Kind.OFFER
    assert not c.offer("We'd love to have you on the call on Tuesday.")


def test_turkish_going_on_with_another_candidate_is_a_rejection() -> None:
    assert c.REJECTION.search("sahada daha deneyimli bir adayla ilerleme kararı aldık")
    assert c.REJECTION.search("başka bir adayla devam etmeye karar verdik")


def test_russian_asking_which_option_suits_is_a_request() -> None:
    assert c.ASK.search("Напишите, пожалуйста, какой вариант Вам подходит")
    assert c.ASK.search("У руководителя свободны следующие окна:")
    assert c.ASK.search("Підкажіть, який варіант Вам підходить")


def test_ukrainian_wanting_her_to_join_is_an_offer() -> None:
    assert c.offer("ми хочемо, щоб ти приєдналася до нашої команди")
    assert c.offer("хотим, чтобы Вы присоединились к команде")


def test_arabic_cancellation_with_a_prefixed_word() -> None:
    """"بإلغاء المقابلة": "of the cancellation of the interview", the preposition written
    onto the word."""
    assert c.CANCEL.search("نأسف لإبلاغك بإلغاء المقابلة المقررة يوم الخميس")


def test_arabic_clock_words_after_the_hour() -> None:
    text = "في تمام الساعة الواحدة ظهرًا، أو الساعة العاشرة والنصف صباحًا، أو الساعة الثالثة إلا ربعًا"
    clocks = [clock for _, _, clock in word_clock_times(text)]
    assert clocks == [time(13, 0), time(10, 30), time(14, 45)]


def test_arabic_interviewer_after_date_hour_zone_and_length() -> None:
    found = script_people("نأسف لإبلاغك بإلغاء المقابلة المقررة يوم الخميس الموافق 6 مايو 2027 في "
                          "تمام الساعة الواحدة ظهرًا بتوقيت القاهرة (مدتها 45 دقيقة) مع أ. سلمى "
                          "فؤاد، مديرة الموارد البشرية.")
    assert [p.name for p in found] == ["سلمى فؤاد"]


def test_hebrew_status_that_meets_other_candidates_is_no_rejection() -> None:
    assert not c.REJECTION.search("נותרו לנו עוד שתי פגישות עם מועמדים אחרים")
    assert c.REJECTION.search("החלטנו להתקדם בתהליך עם מועמד/ת אחר/ת")
    assert c.ASK.search("תגידי לי מה הכי נוח לך")


def test_hindi_interview_move_and_dates() -> None:
    d = detected("नमस्ते थांडी जी,\n\nमाफ़ी चाहता हूँ, बुधवार 3 फ़रवरी वाला इंटरव्यू हमें आगे खिसकाना "
                 "पड़ेगा।\n\nनया समय: सोमवार, 8 फरवरी 2027, सुबह 11:30 बजे। बातचीत लगभग 45 मिनट की "
                 "होगी।\n\nधन्यवाद,\nअमित", subject="साक्षात्कार - लेखाकार",
                 sender="Amit <amit@kaveri.example>")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.day == 8
    assert (d.interview.start.hour, d.interview.start.minute) == (11, 30)
    assert d.interview.end is not None and d.interview.end.hour == 12


def test_hindi_panel_names_after_their_honorifics() -> None:
    found = script_people("साक्षात्कार पैनल:\n1. श्री अजय मेहता - निदेशक\n2. सुश्री नेहा राव - प्रबंधक")
    assert [p.name for p in found] == ["अजय मेहता", "नेहा राव"]


def test_legal_names_that_open_a_signature_line() -> None:
    assert line_start_company("सादर,\nकावेरी सॉफ्टवेयर प्राइवेट लिमिटेड, बेंगलुरु") == (
        "कावेरी सॉफ्टवेयर प्राइवेट लिमिटेड")
    assert line_start_company('מיכל\nגלבוע טכנולוגיות בע"מ | חיפה') == 'גלבוע טכנולוגיות בע"מ'
    assert line_start_company("هبة\nشركة الواحة للبرمجيات ش.م.م\nالقاهرة") == (
        "شركة الواحة للبرمجيات ش.م.م")
    assert line_start_company("We met at the Limited edition launch.") is None


def test_vietnamese_kind_words() -> None:
    assert c.ASK.search("chị xem giúp em khung giờ nào phù hợp rồi phản hồi lại nhé")
    assert c.STILL_DECIDING.search("Hội đồng tuyển dụng vẫn đang hoàn tất việc đánh giá")
    assert c.offer("Các thông tin chính của thư mời nhận việc như sau")


def test_thai_ats_not_selected_is_a_rejection() -> None:
    assert c.REJECTION.search("บริษัทฯ ขอเรียนให้ทราบว่า ในครั้งนี้ยังไม่สามารถพิจารณาท่านเข้าร่วมงานได้")


def test_vietnamese_result_date_is_the_decision_date() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    found = find_deadline("Kết quả sẽ được thông báo tới chị chậm nhất vào ngày 29/01/2027.",
                          date(2027, 1, 15), "DMY")
    assert found is not None and found[0] == date(2027, 1, 29)


def test_google_calendars_date_line_under_the_title() -> None:
    d = detected("Portfolio Review (Thandi Nkosi)\nWednesday 20 Jan 2027 ⋅ 2pm – 2:45pm\n"
                 "Singapore Standard Time\n\nJoin with Google Meet\nmeet.example/abc-defg-hij\n\n"
                 "Hi Thandi, this is the portfolio round for the Product Designer role.",
                 subject="Invitation: Portfolio Review (Thandi Nkosi)",
                 sender="Mei <mei@lionfish.example>", date="Thu, 14 Jan 2027 09:00:00 +0800")
    assert d.interview is not None
    assert d.interview.timezone == "Asia/Singapore"
    assert (d.interview.start.hour, d.interview.end.hour, d.interview.end.minute) == (14, 14, 45)


def test_the_slot_it_was_earlier_scheduled_for_is_the_old_one() -> None:
    d = detected("Dear Thandi,\n\nYour interview for the position of Planning Officer, earlier "
                 "scheduled for Thursday, 10th June, 2027 at 11.00 a.m., has been rescheduled "
                 "as follows:\n\nDate: Tuesday, 15th June, 2027\nTime: 2.30 p.m. (East Africa "
                 "Time)\n\nYours faithfully,\nThe Board", subject="RESCHEDULING OF INTERVIEW",
                 sender="Board <recruitment@board.example>", date="Tue, 08 Jun 2027 09:30:00 +0300")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and (d.interview.start.day, d.interview.start.hour) == (15, 14)
    assert d.decision_deadline is None


def test_lengths_allotted_or_broken_down_in_brackets() -> None:
    from datetime import timedelta

    from mailwatch.extract.duration import stated_length
    assert stated_length("Please allot around one hour for the interview.") == timedelta(hours=1)
    assert stated_length("Duration: 90 minutes (technical test - 30 minutes; panel interview - "
                         "60 minutes)") == timedelta(minutes=90)


def test_a_zone_after_prompt_and_more_zone_names() -> None:
    from mailwatch.extract.times import find_times
    assert [h.tz_name for h in find_times("10:00am prompt (West Africa Time)")] == ["Africa/Lagos"]
    assert [h.tz_name for h in find_times("at 3pm Philippine time")] == ["Asia/Manila"]


def test_the_people_model_adds_no_name_inside_one_it_added(monkeypatch) -> None:
    """("Tan Wei Ling" at 0.69 and "Wei Ling" at 0.60, both from a guest list: one person.)"""
    from mailwatch.extract import people_model
    from mailwatch.extract.people_spans import MailView

    view = MailView(text="", user_addresses=frozenset({"thandi@example.org"}))
    monkeypatch.setattr(people_model, "pick",
                        lambda scored, threshold: [("Tan Wei Ling", 0.69), ("Wei Ling", 0.6)])
    assert people_model.join([], [], view) == [("Tan Wei Ling", 0.69)]


def test_the_people_model_names_the_sender_only_when_sure(monkeypatch) -> None:
    """The sender who signs is as often the coordinator who only booked the slot."""
    from mailwatch.extract import people_model
    from mailwatch.extract.people_spans import MailView

    view = MailView(text="", sender_name="Isla Fraser", user_addresses=frozenset({"t@x.example"}))
    monkeypatch.setattr(people_model, "pick", lambda scored, threshold: [("Isla Fraser", 0.66)])
    assert people_model.join([], [], view) == []
    monkeypatch.setattr(people_model, "pick", lambda scored, threshold: [("Isla Fraser", 0.9)])
    assert people_model.join([], [], view) == [("Isla Fraser", 0.9)]


def test_a_thai_month_that_ends_in_a_mark_and_a_buddhist_year() -> None:
    from datetime import date

    from mailwatch.extract.dates import find_dates
    hits = find_dates("วันพฤหัสบดีที่ 4 กุมภาพันธ์ 2570", date(2027, 2, 1), "DMY")
    assert [h.day for h in hits] == [date(2027, 2, 4)]
    hits = find_dates("सोमवार, 8 फ़रवरी 2027", date(2027, 2, 1), "DMY")
    assert [h.day for h in hits] == [date(2027, 2, 8)]


def test_an_indonesian_role_ends_before_dengan() -> None:
    from mailwatch.extract.position import position_from_text
    assert position_from_text("wawancara kedua untuk posisi UI/UX Designer dengan rincian "
                              "berikut:") == "UI/UX Designer"


def test_that_week_after_next_week_is_next_week() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    found = find_deadline("The selection panel meets next week to settle on its recommendation, "
                          "and we expect to tell every candidate the outcome by the end of that "
                          "week.", date(2027, 6, 2), "DMY")
    assert found is not None and found[0] == date(2027, 6, 11)


def test_a_ukrainian_clock_note_and_her_confirmation_promise_no_decision() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    assert find_deadline("Зверніть увагу: 28 березня Україна переходить на літній час, тож 10:00 "
                         "за Києвом відповідатиме 07:00 UTC. Будь ласка, підтвердіть участь "
                         "відповіддю на цей лист до п'ятниці.", date(2027, 3, 15), "DMY") is None


# 66NN, held out since the fourteenth session, read and ruled on in the seventeenth:


def test_dutch_and_finnish_cancellations() -> None:
    assert c.CANCEL.search("dat ons gesprek van woensdag 14 april, gepland van 13u tot 14u, niet "
                           "kan doorgaan")
    assert c.CANCEL.search("ikävä kyllä joudun perumaan maanantain haastattelun")
    assert c.CANCEL.search("Haastattelu on peruttu.")


def test_a_finnish_genitive_weekday_before_a_dotted_date() -> None:
    from datetime import date

    from mailwatch.extract.dates import find_dates
    hits = find_dates("maanantain 22.2. haastattelun (klo 10.00)", date(2027, 2, 17), "DMY")
    assert [h.day for h in hits] == [date(2027, 2, 22)]


def test_an_italian_booking_page_and_a_swedish_proposed_time_are_requests() -> None:
    assert c.ASK.search("La invito a scegliere l'orario a Lei più comodo tramite il link")
    d = detected("Hej Thandi!\n\nVi skulle gärna vilja träffa dig för en första intervju om "
                 "tjänsten som systemutvecklare, och vi räknar med ungefär en timme. Skulle "
                 "tisdag 15 juni kl. 10.00 passa?\n\nVänliga hälsningar\nKarin",
                 subject="Intervju", sender="Karin <karin@fjallkraft.example>",
                 date="Mon, 07 Jun 2027 08:30:00 +0200")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.interview is not None and d.interview.start.hour == 10
    assert d.interview.end is not None and d.interview.end.hour == 11


def test_german_end_of_next_week_and_italian_end_of_month() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    found = find_deadline("Sie hat mir zugesichert, dass die Firma bis Ende nächster Woche "
                          "entscheidet.", date(2026, 12, 10), "DMY")
    assert found is not None and found[0] == date(2026, 12, 18)
    found = find_deadline("Pensano di chiudere entro fine mese e ci daranno una risposta.",
                          date(2027, 5, 10), "DMY")
    assert found is not None and found[0] == date(2027, 5, 31)
