"""Twenty-sixth session: rules from the misses of 86NN (trades and industry, fifteen rarer
languages, dates and times as people write them, the candidate's own and copied mail),
written blind at this session's start and studied after 87NN was written; in my own
words, not the batch's."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from mailfactory import detected, people_of

from mailwatch.extract.dates import find_dates
from mailwatch.extract.notjob import not_job
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_a_range_of_four_digit_clocks_with_hrs() -> None:
    hits = find_times("Assessment:  0600 – 1100 hrs, UAE local time (GST, UTC+4)")
    assert len(hits) == 1
    assert (hits[0].start.hour, hits[0].end.hour if hits[0].end else None) == (6, 11)
    assert [(h.start.hour, h.end.hour if h.end else None)
            for h in find_times("from 0730 hrs to 1200 hrs")] == [(7, 12)]


def test_a_report_time_line_over_the_sessions_time_under_a_date() -> None:
    d = detected("Dear Ms Nkosi,\n\nFollowing your technical interview, we are pleased to invite "
                 "you to the simulator assessment for the position of First Officer.\n\n"
                 "Date:          Thursday 25 February 2027\n"
                 "Report time:   0545 hrs, reception (Level 1)\n"
                 "Assessment:    0600 – 1100 hrs, UAE local time (GST, UTC+4)\n"
                 "Examiner:      Captain Said Nasser, "
                 "Type Rating Examiner (A320)\n\nKind regards,\nNoor Saleh",
                 subject="Invitation to Simulator Assessment - First Officer",
                 sender="Pilot Recruitment <pilots@gulfwing.example>",
                 date="Mon, 08 Feb 2027 11:42:10 +0400")
    dubai = ZoneInfo("Asia/Dubai")
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 2, 25, 6, 0, tzinfo=dubai)
    assert d.interview.end == datetime(2027, 2, 25, 11, 0, tzinfo=dubai)
    assert people_of(d) == ["Said Nasser"]


def test_the_interview_row_of_a_site_visit_programme() -> None:
    d = detected("Estimada Thandi,\n\nWe are pleased to invite you to a site visit and interview "
                 "for the position of Shift Supervisor.\n\nPROGRAMA - martes 14 de septiembre de "
                 "2027\n(all times are Chile continental time; Chile moves to summer time on "
                 "Sunday 5 September)\n\n  05:30 hrs  Bus departs from the hotel\n  07:30 hrs  "
                 "Safety induction (2 hrs)\n  10:00 hrs  Interview - Sala Gerencia\n  11:30 hrs  "
                 "End of interview. Pit tour\n  13:00 hrs  Lunch\n\nSaludos,\nFrancisca",
                 subject="Site visit and interview - Shift Supervisor",
                 sender="Francisca Olave <francisca@cerroalto.example>",
                 date="Wed, 01 Sep 2027 09:14:37 -0400")
    santiago = ZoneInfo("America/Santiago")
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 9, 14, 10, 0, tzinfo=santiago)
    assert d.interview.end == datetime(2027, 9, 14, 11, 30, tzinfo=santiago)


def test_a_day_the_clocks_change_is_no_meeting_day_and_a_clock_is_no_year() -> None:
    hits = find_dates("When: Tues Nov 9, 0700 hrs", date(2027, 11, 3), "MDY")
    assert [h.day for h in hits] == [date(2027, 11, 9)]
    d = detected("Thandi,\n\nJanelle passed your resume on for the journeyman welder opening. "
                 "We want you in the shop for a weld test.\n\nWhen: Tues Nov 9, 0700 hrs "
                 "Mountain time. FYI clocks fall back Sun the 7th so dont show up an hour early."
                 "\nPlan on 4 hrs.\n\nDale", subject="weld test - tues nov 9",
                 sender="Dale Kowal <dale@northfab.example>",
                 date="Wed, 03 Nov 2027 15:52:27 -0600")
    edmonton = ZoneInfo("America/Edmonton")
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 11, 9, 7, 0, tzinfo=edmonton)


def test_four_digits_before_a_place_time_are_a_clock() -> None:
    hits = find_times("Same time, 0900 to 1200 NSW time.")
    assert len(hits) == 1 and hits[0].tz == ZoneInfo("Australia/Sydney")
    assert find_times("in 2027 Sydney") == []


def test_an_invitation_to_an_interview_outweighs_a_company_vehicle() -> None:
    text = ("With reference to your application, we are pleased to invite you to a Site Visit "
            "and Technical Interview at our facility. A company vehicle will collect you.")
    assert not_job(text) is None
    assert not_job("Vehicle: CA 412 GP. Service advisor: Ben. Drop-off from 7am.") is not None


def test_a_zoneless_time_in_a_mail_that_warns_the_clocks_go_back() -> None:
    d = detected("Hi Thandi\n\nCan you come in this Sunday the 4th at 10 o'clock for a chat about "
                 "the Front of House Supervisor job? Plan on about 2 hrs.\n\nHeads up daylight "
                 "saving finishes Sunday morning so the clocks go back an hour - 10 means 10 on "
                 "the new time!\n\nBec", subject="Re: FOH Supervisor",
                 sender="Bec Tran <bec@littlelane.example>", date="Sun, 28 Mar 2027 20:14:00 +1100")
    assert d.interview is not None
    assert d.interview.start.utcoffset() is not None
    assert d.interview.start.utcoffset().total_seconds() == 10 * 3600
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_her_own_thank_you_note_books_nothing() -> None:
    d = detected("Dear Rohan,\n\nThank you for taking the time yesterday to walk me through the "
                 "team's plans. Our conversation made me even more excited about the Backend "
                 "Engineer role.\n\nBest regards,\nThandi", subject="Thank you - interview",
                 sender="Thandi Nkosi <thandi@example.org>", to="rohan@saffron.example",
                 date="Thu, 17 Jun 2027 09:15:31 +0200")
    assert d.kind is Kind.OTHER


def test_her_withdrawal_cancels_the_interview_she_names() -> None:
    from mailwatch.extract.classify import CANCEL

    assert CANCEL.search("I'd like to withdraw my application for the QA Engineer role.")
    assert CANCEL.search("Please cancel my final-round interview on Wednesday, May 12.")
    assert CANCEL.search("If you'd like to withdraw your application, reply here.") is None


def test_her_first_name_alone_is_not_an_interviewer() -> None:
    from mailfactory import mail

    from mailwatch.extract.text_people import not_the_user
    from mailwatch.model import Person

    m = mail("Sam, we'll need to cancel Thursday's interview with Thandi.",
             sender="Bron Tait <bron@grain.example>", to="Sam Ng <sam@grain.example>",
             headers={"Cc": "Thandi Nkosi <thandi@example.org>"})
    kept = not_the_user([Person(name="Thandi"), Person(name="Tomasz Wiśniewski")], m,
                        frozenset({"thandi@example.org"}))
    assert [p.name for p in kept] == ["Tomasz Wiśniewski"]


def test_interview_words_dates_and_lengths_in_welsh_and_irish() -> None:
    from mailwatch.extract.duration import stated_length
    from mailwatch.extract.kindwords import INTERVIEW_INTL

    assert INTERVIEW_INTL.search("Mae'n bleser gennym eich gwahodd i gyfweliad.")
    assert INTERVIEW_INTL.search("an t-agallamh a bhí socraithe don Mháirt")
    assert [h.day for h in find_dates("Dyddiad: Dydd Mawrth, 16 Mawrth 2027", date(2027, 3, 1),
                                      "DMY")] == [date(2027, 3, 16)]
    assert [h.day for h in find_dates("Dé Máirt 20 Aibreán", date(2027, 4, 15), "DMY")] == [
        date(2027, 4, 20)]
    assert stated_length("Bydd y cyfweliad yn para tua awr.") is not None


def test_an_invitation_to_a_guest_list_she_is_on() -> None:
    from mailwatch.extract.calendar_path import _GROUP_GUEST

    assert _GROUP_GUEST.search("You are receiving this email because you are a member of the "
                               "group shortlist-b@groups.harbourline.example, which is a guest "
                               "on this event.")


def test_the_addressee_who_will_run_it_himself() -> None:
    d = detected("Hi Graham,\n\nLooping in Thandi Nkosi (cc'd) for the Senior Analyst role.\n\n"
                 "You're locked in for a 30 min video interview: Wed 18 Aug, 10:00am Brisbane "
                 "time (AEST).\n\nThandi - Graham heads up our grid analytics team and will run "
                 "this one himself.\n\nCheers,\nEllie", subject="Intro: Thandi <> Graham",
                 sender="Ellie Vo <ellie@tallow.example>",
                 to="Graham Pettit <graham@tallow.example>",
                 headers={"Cc": "Thandi Nkosi <thandi@example.org>"},
                 date="Thu, 05 Aug 2027 15:22:09 +1000")
    assert people_of(d) == ["Graham Pettit"]


def test_a_firm_that_shares_a_word_with_a_tool() -> None:
    from mailwatch.extract.company import is_service_name

    assert is_service_name("Zoom Meeting")
    assert is_service_name("Ashby")
    assert not is_service_name("Ashby Kemp")
    assert is_service_name("Ipê Pagamentos | Gupy")


def test_an_abbreviated_role_her_own_quoted_mail_spells_out() -> None:
    from mailwatch.extract.employer_role import _spelled_out

    assert _spelled_out("FOH Supervisor", "I saw your ad for a Front of House Supervisor") == (
        "Front of House Supervisor")


def test_roles_after_joining_86nn() -> None:
    from mailwatch.extract.position import final_position, position_from_text

    assert position_from_text("Tack för din ansökan till tjänsten som Systemutvecklare .NET - "
                              "vi hör av oss.") == "Systemutvecklare .NET"
    assert position_from_text("Tack för din ansökan till tjänsten som senior systemutvecklare i "
                              "vårt team.") == "senior systemutvecklare"
    assert position_from_text("Thanks for applying to the Freight Dispatcher - Nights posting "
                              "with Tidewater.") == "Freight Dispatcher - Nights"
    assert final_position("Hugbúnaðarsérfræðingur hjá") == "Hugbúnaðarsérfræðingur"


def test_an_icelandic_status_update_with_next_week() -> None:
    from mailwatch.extract.deadline import find_deadline

    found = find_deadline("Við stefnum að því að taka ákvörðun í næstu viku og ég mun hafa "
                          "samband við þig.", date(2027, 4, 27), "DMY")
    assert found is not None and found[0] == date(2027, 5, 7)
