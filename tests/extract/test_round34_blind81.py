"""Twenty-fourth session: rules from the misses of 81NN (mail with several events, hard
bytes, look-alikes and unusual interviews, hourly hiring), read blind at the start of the
twenty-third session and written here in my own words, not the batch's."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from mailfactory import detected, people_of, vevent

from mailwatch.extract.dates import find_dates
from mailwatch.extract.names import names_user
from mailwatch.extract.people import names_in_text
from mailwatch.extract.schedule import anchored_slots
from mailwatch.extract.times import find_times
from mailwatch.extract.unavailable import kept_away
from mailwatch.model import Kind

UK_SUMMER = timezone(timedelta(hours=1))
SGT = timezone(timedelta(hours=8))
EST = timezone(timedelta(hours=-5))


def test_a_programme_ends_with_its_last_row_not_a_reply_by_line_below_it() -> None:
    text = ("Date:    Tuesday 6 April 2027\n\nProgramme (all times UK time)\n\n"
            "  10:00 - 10:20   Welcome\n  10:20 - 11:30   Group case exercise\n"
            "  11:45 - 12:30   Interview with the partners\n\n"
            "Please let us know you can come by replying no later than\n"
            "12:00 on Thursday 1 April.\n")
    [slot] = anchored_slots(text, "Assessment day", datetime(2027, 3, 25, 9, 0, tzinfo=UK_SUMMER),
                            "DMY", UK_SUMMER, None)
    assert (slot.start.time(), slot.end and slot.end.time()) == (time(10, 0), time(12, 30))


def test_a_date_field_heads_a_schedule_whose_zone_its_heading_names() -> None:
    d = detected("Dear Thandi,\n\nWe are pleased to invite you to our assessment afternoon.\n\n"
                 "Date: Thursday, 14 October 2027\nVenue: 20 Harbour Road, Level 9\n\n"
                 "Afternoon schedule (Singapore Time, GMT+8)\n"
                 "  2:00 pm – 2:45 pm   Technical interview – Lim Hui Min\n"
                 "  2:45 pm – 3:30 pm   Case study – Daniel Koh\n\n"
                 "Please finish the online test by 11:59 pm SGT on Friday, 8 October 2027.\n"
                 "We expect to tell every candidate the outcome by Friday, 22 October 2027.\n",
                 subject="Assessment afternoon - Graduate Analyst",
                 sender="Harbourline Bank <careers@harbourline.example>",
                 date="Mon, 04 Oct 2027 10:00:00 +0800")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.timezone == "Asia/Singapore"
    assert (d.interview.start, d.interview.end) == (datetime(2027, 10, 14, 14, 0, tzinfo=SGT),
                                                    datetime(2027, 10, 14, 15, 30, tzinfo=SGT))


def test_a_window_longer_than_the_call_is_hours_to_choose_from() -> None:
    d = detected("Dear Thandi,\n\nYou have been shortlisted for a telephonic round with our Head "
                 "of Engineering, Mr. Suresh Iyer. He is free on Friday, 12th November 2027 "
                 "between 3 and 5 pm IST. The call will take about 20 minutes.\n\nPlease revert "
                 "with your convenient time slot in this window.\n\nRegards,\nHR Team",
                 subject="Telephonic round - Test Lead",
                 sender="Neela Systems HR <hr@neelasystems.example>",
                 date="Mon, 08 Nov 2027 10:00:00 +0530")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.interview is None


def test_an_agency_whose_client_is_still_unnamed_gives_no_company() -> None:
    d = detected(
                 "Hi Thandi\n\nI'm recruiting a Data Analyst with a retail client in Leeds (can't "
                 "name them till we've spoken). Any chance of a quick call with me sometime "
                 "Tuesday morning? Just send your number and roughly when suits.\n\nThanks\nMo\n\n"
                 "--\nMo Bains\nConsultant\nBrightpath Recruitment",
                 subject="Data Analyst - quick call?",
                 sender="Mo Bains <mo@brightpath.example>",
                 date="Mon, 12 Apr 2027 09:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.company is None


_BOOKING = ("> Hi Thandi,\n>\n> Lovely news - you're through to the last round for the "
            "Biostatistician\n> role. Here is how it looks:\n>\n"
            "> Tuesday, November 16, 10:00-11:00 am ET\n"
            "> Marguerite Olsen, Head of Statistics\n> Kwame Asante, Principal Statistician\n"
            "> Zoom: https://zoom.example/j/5551234\n>\n> Best,\n> Dana\n")


def test_her_own_withdrawal_cancels_the_booked_round_with_its_panel() -> None:
    d = detected("Hi Dana,\n\nThank you for arranging everything, and please thank Marguerite "
                 "and Kwame for me too.\n\nI'm writing early to say I have accepted another "
                 "offer (starting January 10), so I'm withdrawing and need to cancel the last "
                 "round on Tuesday, November 16 (10:00-11:00 am ET).\n\nAll the best,\nThandi\n\n"
                 "On Wed, Nov 3, 2027 at 2:10 PM Dana Whitlock <dana@corvidhealth.example> "
                 "wrote:\n" + _BOOKING,
                 subject="Re: Last round - Biostatistician - Tue Nov 16",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Dana Whitlock <dana@corvidhealth.example>",
                 date="Mon, 08 Nov 2027 08:00:00 -0500")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 11, 16, 10, 0, tzinfo=EST)
    # (the quoted booking's panel, read by the people model as that mail; her own mail
    # states no decision of the employer's)
    assert people_of(d) == ["Kwame Asante", "Marguerite Olsen"]
    assert d.decision_deadline is None


def test_a_move_keeps_out_the_quoted_interviewer_it_says_is_away() -> None:
    assert kept_away("Ingrid", "Ingrid is at the offsite all week after all, so she's out.")
    assert kept_away("Ben", "Sadly Ben is unwell today.")
    assert not kept_away("Ingrid", "It'll be Ingrid you're speaking with.")


def test_a_name_broken_over_two_lines_of_a_schedule_is_one_name() -> None:
    text = ("  10:45 - 11:15   Presentation to Oliver Brandt (Director) and Nisha\n"
            "                  Chaudhry (Senior Manager): ten minutes, then questions")
    assert [p.name for p in names_in_text(text)] == ["Oliver Brandt", "Nisha Chaudhry"]
    # (an Outlook "Last, First" roster still ends at its line)
    roster = "Interviewer(s):  Okafor, Chidi; Raghunathan, Meera\nScheduled By:    Kapoor, Anjali"
    assert "Meera Scheduled" not in [p.name for p in names_in_text(roster)]


def test_a_bare_end_hour_after_a_start_with_am_or_pm() -> None:
    [hit] = find_times("a trial shift 7am till 10ish")
    assert (hit.start, hit.end) == (time(7, 0), time(10, 0))
    [hit] = find_times("from 11am until 2")
    assert (hit.start, hit.end) == (time(11, 0), time(14, 0))


def test_a_weekday_with_its_day_in_brackets() -> None:
    [d] = find_dates("can you do this Sat (17th) at 7am?", datetime(2027, 4, 15).date(), "DMY")
    assert d.day == datetime(2027, 4, 17).date()


def test_a_paid_trial_shift_with_its_hours_is_the_interview() -> None:
    d = detected("hey Thandi thanks for coming in today!\n\nwould love to get u on for a trial "
                 "shift this Sat (17th) 7am till 10ish, paid at award rate. wear black.\n\n"
                 "cheers\nJules",
                 subject="Re: Barista position",
                 sender="Jules Marr <jules@wattlecafe.example>",
                 date="Thu, 15 Apr 2027 18:00:00 +1000")
    aest = timezone(timedelta(hours=10))
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert (d.interview.start, d.interview.end) == (datetime(2027, 4, 17, 7, 0, tzinfo=aest),
                                                    datetime(2027, 4, 17, 10, 0, tzinfo=aest))


def test_a_move_whose_first_sentence_names_the_old_day() -> None:
    d = detected("Hi Thandi,\n\nSorry - Dr Lane has been called away to a course on Thursday "
                 "1 April, so we need to move your working interview.\n\nCould you come the "
                 "following Thursday instead, 8 April? Same hours: 9:00am to 12:00pm Sydney "
                 "time.\n\nThanks,\nRosa",
                 subject="RE: Working interview - NEW DATE",
                 sender="Rosa Pike <rosa@bayside-dental.example>",
                 date="Fri, 26 Mar 2027 16:00:00 +1100")
    sydney_winter = timezone(timedelta(hours=10))
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 8, 9, 0, tzinfo=sydney_winter)


def test_the_users_name_in_an_event_title_is_no_company() -> None:
    assert names_user("Thandi Nkosi", frozenset({"thandi@example.org"}))
    assert names_user("Thandi Nkosi", frozenset({"thandi.nkosi@mail.example"}))
    assert not names_user("Riverbend Cleaning", frozenset({"thandi@example.org"}))
    d = detected("Mele has cancelled this event.\n",
                 subject="Cancelled event: Interview - Night Cleaner - Thandi Nkosi",
                 sender="Mele Fifita <mele@riverbendclean.example>",
                 to="thandi@example.org",
                 date="Tue, 19 Jan 2027 13:00:00 +1000",
                 ics=vevent(summary="Interview - Night Cleaner - Thandi Nkosi",
                            start="20270121T063000Z", end="20270121T070000Z", method="CANCEL",
                            organizer="CN=Mele Fifita:mailto:mele@riverbendclean.example"),
                 ics_method="CANCEL")
    assert d.kind is Kind.CANCELLATION
    assert d.company != "Thandi Nkosi"


def test_a_weekday_picked_with_it_is_and_a_hard_stop_on_the_next_line() -> None:
    d = detected("Great - Thursday it is. 10:30 at the Bean Counter on Long St.\n\nVery "
                 "informal, I just want to hear how you work before the panel. I do have a "
                 "hard stop\nat 11:15 though.\n\nPriya",
                 subject="Re: Coffee this week?",
                 sender="Priya Raman <priya@larchmont.example>",
                 date="Mon, 08 Feb 2027 16:00:00 +0200")
    sast = timezone(timedelta(hours=2))
    assert d.interview is not None
    assert (d.interview.start, d.interview.end) == (datetime(2027, 2, 11, 10, 30, tzinfo=sast),
                                                    datetime(2027, 2, 11, 11, 15, tzinfo=sast))


def test_a_wrapped_chinese_sentence_still_promises_its_date() -> None:
    # (a line of 30 wide characters wraps the sentence that holds the date)
    d = detected("Thandi 您好：\n\n感謝您上週參加本公司測試工程師職缺的面試。部門主管仍在與\n"
                 "其他候選人面談，所以評估需要多一點時間。我們預計於 6月4日（五）"
                 "前完成評估，並以電子\n郵件通知您結果。\n\n王小姐\n人力資源處",
                 subject="面試結果通知時程",
                 sender="王怡君 <yijun@hsinchu-tech.example>",
                 date="Fri, 21 May 2027 10:00:00 +0800")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2027-06-04"


def test_a_spanish_role_in_lower_case_and_the_writer_who_will_interview() -> None:
    d = detected("Buenas tardes, Thandi.\n\nSoy Ramón Ibarra, gerente de Cantina El Roble. Vi su "
                 "solicitud para el puesto de ayudante de cocina y me gustaría entrevistarla.\n\n"
                 "Tengo estos horarios la próxima semana:\n\n - lunes 8 de marzo, 4:00 p. m.\n"
                 " - martes 9 de marzo, 10:00 a. m.\n\n¿Cuál le queda mejor?\n\nSaludos,\nRamón "
                 "Ibarra",
                 subject="Entrevista - ayudante de cocina",
                 sender="Ramón Ibarra <ramon@cantinaelroble.example>",
                 date="Thu, 04 Mar 2027 16:00:00 -0800")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.position == "ayudante de cocina"
    assert people_of(d) == ["Ramón Ibarra"]


def test_an_open_hiring_event_names_nobody_to_meet() -> None:
    d = detected("Hi Thandi,\n\nThanks for chatting with me about the Picker role! No appointment "
                 "needed - just walk in to our hiring event:\n\nDATE: Saturday, March 13, 2027\n"
                 "TIME: Walk in any time between 10:00 AM and 2:00 PM Central\n\nSee you "
                 "Saturday!\nAva\nRecruiting Assistant, Northfield Logistics",
                 subject="You're invited: Northfield Logistics hiring event",
                 sender="Ava at Northfield Logistics <ava@northfieldjobs.example>",
                 date="Tue, 09 Mar 2027 14:00:00 -0600")
    assert d.interview is not None
    assert people_of(d) == []


def test_a_pupils_admission_interview_is_no_job_interview() -> None:
    d = detected("Madame,\n\nNous avons bien reçu le dossier de candidature de votre fille pour "
                 "la rentrée 2027 et avons le plaisir de vous convier à un entretien :\n\n"
                 "Date : mercredi 10 mars 2027\nHeure : 9 h 15\nDurée : environ 40 minutes\n\n"
                 "Le secrétariat des admissions",
                 subject="Entretien d'admission - rentrée 2027",
                 sender="Admissions <admissions@ecole-tilleuls.example>",
                 date="Mon, 22 Feb 2027 14:00:00 +0100")
    assert d.kind is Kind.OTHER


def test_the_subject_writes_the_lower_case_role_of_the_text_whole() -> None:
    from mailwatch.extract.subject import capitalised_in_subject

    assert capitalised_in_subject(
        "recepcionista", "Re: Proceso - Recepcionista (turno de noche)") == (
        "Recepcionista (turno de noche)")
    assert capitalised_in_subject("barista", "Re: Barista / all rounder position") == (
        "Barista / all rounder")
    assert capitalised_in_subject("frontendudvikler",
                                  "Samtale: Frontendudvikler hos Havnelys") is None


def test_a_reiwa_year_and_a_labelled_new_slot_over_the_note_under_it() -> None:
    [d] = find_dates("変更後：令和9年2月3日（水）14:00〜15:00", datetime(2027, 1, 20).date(), "YMD")
    assert d.day == datetime(2027, 2, 3).date()
    jst = timezone(timedelta(hours=9))
    d = detected("Thandi さん\n\n2月1日（月）の面接ですが、出張のため変更させて\n"
                 "いただけないでしょうか。\n\n"
                 "　変更後：令和9年2月3日（水）14:00〜15:00（日本時間）\n"
                 "　　　　　※ロンドン時間では 2月3日（水）5:00〜6:00 です\n\n"
                 "よろしくお願いいたします。",
                 subject="Re: 面接日程のご連絡",
                 sender="斎藤 亮 <ryo@aoba.example>",
                 date="Wed, 20 Jan 2027 11:00:00 +0900")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 2, 3, 14, 0, tzinfo=jst)


def test_a_russian_panel_restated_and_not_doubled_in_a_bilingual_mail() -> None:
    russian = ("Новое время: четверг, 22 апреля. Состав прежний: Олег Белов (руководитель "
               "группы) и Вера Орлова (HR-партнёр).")
    assert [p.name for p in names_in_text(russian)] == ["Олег Белов", "Вера Орлова"]
    both = russian + " In English: you will meet the same people, Oleg Belov and Vera Orlova."
    assert [p.name for p in names_in_text(both)] == ["Oleg Belov", "Vera Orlova"]


def test_a_title_after_a_german_or_spanish_article() -> None:
    german = ("Ihre Gesprächspartner sind der Leiter unserer Softwareentwicklung, Lars Vogt, und "
              "die Teamleiterin Qualität, Emine Aydın.")
    assert [p.name for p in names_in_text(german)] == ["Lars Vogt", "Emine Aydın"]
    spanish = ("Te entrevistarán la Ing. Paola Ríos Méndez, gerente de Datos, y Iván Soto Cruz, "
               "arquitecto de software.")
    assert [p.name for p in names_in_text(spanish)] == ["Paola Ríos Méndez", "Iván Soto Cruz"]


def test_a_french_role_with_its_field_qualifier() -> None:
    from mailwatch.extract.position import position_from_text

    assert position_from_text("nous vous proposons le poste d'Ingénieure données confirmée "
                              "à Nantes") == "Ingénieure données confirmée"
