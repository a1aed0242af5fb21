"""Rules added after reading held-out batch 10NN: each written so it would hold for mail
nobody wrote for the corpus (see tests/corpus/README.md). All mail here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.dates import find_dates, find_times
from mailwatch.extract.people import names_in_text
from mailwatch.extract.slots import slots_in
from mailwatch.model import Kind

SAST = ZoneInfo("Africa/Johannesburg")
SENT = datetime(2026, 11, 2, 9, 0, tzinfo=SAST)


mail = detected  # a mail sent Monday 2 November 2026, 09:00 SAST, as mailwatch reads it


# --- times and dates ----------------------------------------------------------------------

def test_a_utc_offset_after_a_zone_is_not_another_time() -> None:
    hits = find_times("3:30 PM - 4:30 PM India Standard Time (GMT+5:30)")
    assert [h.text for h in hits] == ["3:30 PM - 4:30 PM India Standard Time"]


def test_a_time_restated_in_the_readers_zone_is_not_a_second_slot() -> None:
    slots = slots_in("Time: Friday 6 November, 16:00-16:45 SGT (that's 10:00 in "
                     "Johannesburg)", SENT, "DMY", SAST)
    assert [s.start.isoformat() for s in slots] == ["2026-11-06T16:00:00+08:00"]
    slots = slots_in("Thursday 5/11/2026 at 6:30pm NZDT, which should be 7:30am for you",
                     SENT, "DMY", SAST)
    assert [s.start.hour for s in slots] == [18]


def test_a_date_and_a_time_in_two_sentences_of_one_line() -> None:
    d = mail("Tomorrow works great. Let's do 10 a.m. Central, I'll call you for about 30 "
             "minutes to talk about the analytics role.", subject="Re: Analytics role chat")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-03T10:00:00-06:00"


def test_the_weekday_a_meeting_is_pushed_to_is_a_date() -> None:
    (hit,) = find_dates("Could we push our conversation to Thursday, same time?", SENT.date())
    assert hit.day.isoformat() == "2026-11-05"
    assert find_dates("We are open Monday to Thursday.", SENT.date()) == []


def test_cjk_yearless_dates_wave_dash_ranges_and_japan_time() -> None:
    (hit,) = find_dates("二次面接（1月27日（水）16:00〜）につきまして", SENT.date())
    assert hit.day.isoformat() == "2027-01-27"
    (t,) = find_times("15:00〜16:00（日本時間）")
    assert (t.start.hour, t.end.hour, t.tz_name) == (15, 16, "Asia/Tokyo")


def test_japanese_invitation() -> None:
    d = mail("Thandi Nkosi 様\n\n一次面接の日程が決まりましたので、ご案内いたします。\n\n"
             "■日時：2026年11月10日（火）14:00〜15:00（日本時間）\n■形式：オンライン面接\n",
             subject="【ミナトデータ】一次面接日程のご案内",
             sender="採用担当 <saiyo@minato.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.timezone == "Asia/Tokyo"
    assert d.interview.start.isoformat() == "2026-11-10T14:00:00+09:00"


def test_the_slot_under_a_new_time_label_wins_in_a_reschedule() -> None:
    d = mail("Hi Thandi,\n\nWe need to move your interview on Tuesday 3 November at 10:00 "
             "because the panel is travelling.\n\nNew time:\nWednesday 4 November, 14:00 SAST"
             "\n\nApologies,\nPieter", subject="Interview moved")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-04T14:00:00+02:00"


# --- kinds --------------------------------------------------------------------------------

def test_a_link_to_reschedule_does_not_make_a_reschedule() -> None:
    for offer in ("Add to calendar: https://ats.example/c/1\nNeed to reschedule? "
                  "https://ats.example/r/1", "You can reschedule up to 12 hours before "
                  "from your dashboard."):
        d = mail("Your interview for the Data Engineer role is confirmed for Thursday 5 "
                 f"November at 10:00 SAST.\n\n{offer}\n", subject="Interview confirmed")
        assert d.kind is Kind.INTERVIEW_INVITATION, offer


def test_an_ats_notice_marked_auto_generated_still_says_what_it_says() -> None:
    d = mail("Dear Thandi,\n\nAfter careful review of your application for the Data Engineer "
             "position, we have decided to pursue other candidates.\n\nHalvorsen Careers\n",
             subject="Update on your application", sender="Halvorsen Careers "
             "<halvorsen@myworkday.example>", headers={"Auto-Submitted": "auto-generated"})
    assert d.kind is Kind.REJECTION
    assert d.auto_reply  # a machine wrote it: never the anchor of a human reply
    ooo = mail("I am out of the office until Monday.", subject="Automatic reply: Interview",
               headers={"Auto-Submitted": "auto-generated"})
    assert ooo.kind is Kind.OTHER and ooo.auto_reply


def test_offers_and_rejections_in_more_words() -> None:
    assert mail("I'm thrilled to say we'd like to offer you the Analytics Engineer role. "
                "Paperwork follows on Monday.", subject="Offer").kind is Kind.OFFER
    assert mail("It was close, but we've decided to offer the Backend Engineer (Payments) "
                "role to another candidate.", subject="Your application").kind is Kind.REJECTION
    assert mail("Le agradecemos su tiempo en nuestro proceso de selección. Lamentamos "
                "comunicarle que hemos decidido continuar con otros perfiles.",
                subject="Proceso de selección").kind is Kind.REJECTION


def test_a_flat_viewing_is_not_an_interview() -> None:
    d = mail("Happy to confirm a viewing of the flat for Saturday 7 November at 10:30. The "
             "landlord likes a quick chat ('interview' is too strong a word) with prospective "
             "tenants.", subject="Viewing confirmed", sender="Lindiwe <l@lettings.example>")
    assert d.kind is Kind.OTHER


def test_asking_for_a_few_windows_is_a_request() -> None:
    d = mail("None of those times work for the panel. Could you send me a few windows for "
             "the week of 16 November instead? The interview is 45 minutes.",
             subject="Re: Interview availability")
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_mock_interview_with_a_hyphenated_topic_is_practice() -> None:
    d = mail("Your mentoring session is booked for Saturday 7 November, 11:00-11:45 SAST.\n"
             "Topic: a mock system-design interview.\nYou can reschedule from your dashboard.",
             subject="Session booked")
    assert d.kind is Kind.OTHER


# --- people -------------------------------------------------------------------------------

def test_a_name_with_its_address_in_brackets() -> None:
    (p,) = names_in_text("You will meet Pieter van Wyk (pieter@greenleaf.example).")
    assert (p.name, p.email, p.title) == ("Pieter van Wyk", "pieter@greenleaf.example", None)


def test_interviewers_as_a_heading_over_a_list() -> None:
    d = mail("Your interview has been scheduled.\n\nWednesday, November 4, 2026\n"
             "3:30 PM - 4:30 PM South Africa Standard Time\n\nInterviewers\n"
             "Vikram Nair - Engineering Manager, Data Platform\n"
             "Deepa Raghavan - Senior Data Engineer\n", subject="Interview confirmed")
    assert d.interview is not None
    assert [p.name for p in d.interview.interviewers] == ["Vikram Nair", "Deepa Raghavan"]


def test_the_mail_itself_settles_the_date_order() -> None:
    from mailwatch.extract.date_order import resolve_order

    fwd = "Date 03/09/2027\n"
    assert resolve_order("auto", "mutual.example", fwd + "Sent: Wednesday, March 3, 2027") == (
        "MDY")
    assert resolve_order("auto", "acme.com", fwd + "Sent: Wednesday 3 March 2027, 10:00") == (
        "DMY")
    assert resolve_order("auto", "mutual.example", fwd + "Time 10:00 AM - 11:00 AM CT") == "MDY"
    assert resolve_order("DMY", "acme.com", fwd + "March 3, 2027") == "DMY"  # the config wins


def test_a_weekday_in_brackets_after_a_yearless_date_and_an_hour_with_its_zone() -> None:
    ref = datetime(2027, 3, 1, 10, 0, tzinfo=ZoneInfo("America/Sao_Paulo"))
    (slot,) = slots_in("We need to move your interview to 10/03 (Wednesday), same time - "
                       "14h Brasília time.", ref, "DMY", ref.tzinfo)
    assert slot.start.isoformat() == "2027-03-10T14:00:00-03:00"


def test_a_date_line_over_a_time_line_and_the_previous_time_below() -> None:
    d = mail("Your interview has been rescheduled. Please see the updated details below.\n\n"
             "NEW TIME\nTuesday, 10 November 2026\n14:00 - 15:00 SAST\n\n"
             "PREVIOUS TIME (no longer valid)\nFriday, 6 November 2026\n14:00 - 15:00 SAST\n",
             subject="Updated interview time")
    assert d.kind is Kind.RESCHEDULE and d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-10T14:00:00+02:00"


def test_back_to_back_sessions_are_one_interview_but_offered_ones_are_not() -> None:
    loop = mail("Your interview is confirmed, details below.\n\nThursday, 5 November 2026\n"
                "1:00 PM - 1:45 PM\nDeclan Moss, SRE Manager\n\nThursday, 5 November 2026\n"
                "1:45 PM - 2:30 PM\nAyesha Rahman, Staff SRE\n", subject="Interview confirmed")
    assert loop.kind is Kind.INTERVIEW_INVITATION and loop.interview is not None
    assert (loop.interview.start.hour, loop.interview.end.hour,
            loop.interview.end.minute) == (13, 14, 30)
    offered = mail("For the interview, I can do Thursday 5 November 10:00-10:30 or Thursday 5 "
                   "November 10:30-11:00. Which suits you?", subject="Interview times")
    assert offered.kind is Kind.INTERVIEW_REQUEST


def test_with_after_a_meeting_noun_needs_no_title() -> None:
    assert [p.name for p in names_in_text(
        "We need to cancel your interview on Tuesday at 4:30pm with Nathan Clarke.")] == [
        "Nathan Clarke"]
    assert names_in_text("I worked with Nathan Clarke for years.") == []


def test_meet_our_cto_and_an_interview_team_label() -> None:
    assert [p.name for p in names_in_text(
        "We'd love you to meet our CTO, Emily Tran, for the final interview.")] == ["Emily Tran"]
    assert [p.name for p in names_in_text(
        "Interview Team:\nCarla Jimenez - Analytics Manager\nBrent Kowalski - Senior Analyst\n"
    )] == ["Carla Jimenez", "Brent Kowalski"]


def test_an_itinerary_row_title_ends_at_the_next_rows_time() -> None:
    found = names_in_text("Schedule\n9:30 - 10:15 AM Technical deep dive\nwith Rafael de la "
                          "Cruz, Principal Engineer\n10:15 - 11:00 AM System design\nwith "
                          "Mei-Ling Zhou, Staff Engineer\n")
    assert [(p.name, p.title) for p in found] == [
        ("Rafael de la Cruz", "Principal Engineer"), ("Mei-Ling Zhou", "Staff Engineer")]


def test_an_itinerary_takes_its_zone_from_the_day_it_describes() -> None:
    d = mail("We look forward to welcoming you on Thursday 5 November for the final stage. "
             "The day runs from 09:30 to 13:00 (UK time).\n\n09:30 - 10:30 System design "
             "Tom Ellery, Principal Engineer\n10:30 - 13:00 Pairing Amara Osei, Senior "
             "Engineer\n", subject="Your onsite itinerary")
    assert d.interview is not None and d.interview.timezone == "Europe/London"
    assert d.interview.start.isoformat() == "2026-11-05T09:30:00+00:00"


def test_positions_with_a_team_a_requisition_or_a_process() -> None:
    from mailwatch.extract.position import position_from_text

    assert position_from_text("the technical interview for the Senior Software Engineer, "
                              "Data Infrastructure role.") == (
        "Senior Software Engineer, Data Infrastructure")
    assert position_from_text("Thank you for your interest in the Senior Data Engineer "
                              "(R-20931) position at Halvorsen.") == "Senior Data Engineer"
    assert position_from_text("Congratulations on moving forward in the process for Senior "
                              "Data Engineer at Kestrel Pay!") == "Senior Data Engineer"
    assert position_from_text("Ihre Bewerbung als Softwareentwickler (m/w/d)") == (
        "Softwareentwickler")


def test_an_offer_reply_by_date_and_a_call_to_answer_questions_are_no_decision() -> None:
    from mailwatch.extract.deadline import find_deadline

    assert find_deadline("Please review the letter and let us know your decision by "
                         "Thursday, 12 November.", SENT.date(), "DMY") is None
    assert find_deadline("Mia will give you a call tomorrow to answer any questions.",
                         SENT.date(), "DMY") is None
    assert find_deadline("We will let you know our decision by Thursday, 12 November.",
                         SENT.date(), "DMY") is not None


def test_names_each_with_a_title_after_it() -> None:
    found = names_in_text("– Avec : Mathieu Lefèvre, directeur technique, et Inès Barbier, "
                          "responsable de l’équipe Data\n")
    assert [(p.name, p.title) for p in found] == [
        ("Mathieu Lefèvre", "directeur technique"),
        ("Inès Barbier", "responsable de l’équipe Data")]
    one = names_in_text("Interviewer: Priya Raman, Principal Scientist, Single-Cell Genomics\n")
    assert [p.name for p in one] == ["Priya Raman"]


def test_itinerary_rows_in_one_line_and_the_welcome_host() -> None:
    found = names_in_text("09:30 – 09:45 Welcome & office tour Hannah Pryce, Talent "
                          "Coordinator\n09:45 – 10:45 System design Tom Ellery, Principal "
                          "Engineer\n10:45 – 11:30 Pair programming Amara Osei, Senior Engineer\n")
    assert [p.name for p in found] == ["Tom Ellery", "Amara Osei"]


def test_names_after_two_of_our_engineers() -> None:
    found = names_in_text("This is a 60-minute session with two of our engineers, Alan "
                          "Whitfield and Sunita Rao.")
    assert [(p.name, p.title) for p in found] == [("Alan Whitfield", None), ("Sunita Rao", None)]


def test_she_would_like_to_meet_you_and_notes_from_our_chat() -> None:
    d = mail("I've passed your CV and the notes from our chat to Niamh Gallagher, our Head "
             "of Data, and she'd like to meet you for the Data Scientist role. Could you send "
             "me two or three windows next week for a 30-minute video call with her?",
             subject="Data Scientist role - next step", sender="Aoife Brennan "
             "<aoife@corrib.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in d.people] == ["Niamh Gallagher"]
