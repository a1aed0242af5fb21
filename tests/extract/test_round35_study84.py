"""Twenty-fifth session: rules from the misses of 84NN (reminders and notifications around
an interview, public-sector and cleared hiring, creative and hospitality hiring), written
blind at this session's start and studied after 85NN was written; written here in my own
words, not the batch's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected, people_of, vevent

from mailwatch.calendar_links import linked_event
from mailwatch.extract.classify import ASK, BOOKING, CONFIRM
from mailwatch.extract.client import company_field
from mailwatch.extract.duration import stated_length
from mailwatch.extract.names import dedupe
from mailwatch.extract.participants import replaced_people
from mailwatch.extract.people import clean_name, names_in_text
from mailwatch.model import Kind, Person

SYDNEY = ZoneInfo("Australia/Sydney")


def test_a_google_calendar_link_is_the_event() -> None:
    url = ("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Wattle%20Rail"
           "%20%E2%80%93%20Technical%20interview&amp;dates=20270422T093000/20270422T101500"
           "&amp;ctz=Australia/Sydney&amp;details=With%20Ana%20Ruiz")
    event = linked_event(f'<a href="{url}">Add to Google Calendar</a>')
    assert event is not None
    assert "DTSTART;TZID=Australia/Sydney:20270422T093000" in event
    assert "SUMMARY:Wattle Rail – Technical interview" in event
    outlook = ("https://outlook.live.com/calendar/0/deeplink/compose?subject=Interview&amp;"
               "startdt=2027-04-21T23:30:00Z&amp;enddt=2027-04-22T00:15:00Z")
    assert "DTSTART:20270421T233000Z" in (linked_event(f'<a href="{outlook}">Add</a>') or "")
    assert linked_event('<a href="https://calendar.google.com/calendar/r">Open</a>') is None


def test_a_confirmation_whose_time_is_only_in_its_calendar_links() -> None:
    url = ("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Wattle%20Rail"
           "%20%E2%80%93%20Technical%20interview&amp;dates=20270422T093000/20270422T101500"
           "&amp;ctz=Australia/Sydney")
    html = ("<p>Hi Thandi,</p><p>Your technical interview for the <b>Platform Engineer</b> role "
            "at Wattle Rail is confirmed. You'll be meeting <b>Ana Ruiz</b> (Engineering "
            f"Manager).</p><p><a href=\"{url}\">Add to Google Calendar</a></p>"
            "<p>Need to change your time? <a href=\"https://jobs.example/x\">Reschedule</a>.</p>")
    d = detected("Your technical interview for the Platform Engineer role at Wattle Rail is "
                 "confirmed. You'll be meeting Ana Ruiz (Engineering Manager).\n\nNeed to "
                 "change your time? Reschedule.", html=html,
                 subject="Confirmed: Technical interview with Wattle Rail",
                 sender="Jo Park <jo@wattlerail.example>", date="Tue, 13 Apr 2027 16:21:40 +1000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 22, 9, 30, tzinfo=SYDNEY)
    assert d.interview.end == datetime(2027, 4, 22, 10, 15, tzinfo=SYDNEY)


def test_an_ats_invitation_with_an_unsubscribe_link_and_a_guestless_calendar() -> None:
    ics = vevent(summary="Assessment Centre - Graduate Programme 2029", start="20270329T090000",
                 end="20270329T163000", tzid="Europe/London", method="PUBLISH", attendees=())
    d = detected("Hi Thandi,\n\nCongratulations! We'd love to welcome you to an Assessment "
                 "Centre for our 2029 graduate programme on Monday 29 March 2027, 9.00am - "
                 "4.30pm (UK time). A calendar file is attached.\n\nBest wishes,\nGraduate "
                 "Recruitment", subject="You're invited: Assessment Centre",
                 sender="Graduate Recruitment <grads@ferrowick.example>",
                 headers={"List-Unsubscribe": "<https://careers.ferrowick.example/unsub>"},
                 date="Wed, 10 Mar 2027 11:20:33 +0000", ics=ics, ics_method="PUBLISH")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 3, 29, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def test_a_reminder_confirms_and_a_reschedule_link_asks_nothing() -> None:
    assert BOOKING.search("https://app.goodtime.io/candidate/r/9XyZ/reschedule") is None
    assert BOOKING.search("https://calendly.com/ana-ruiz/30min") is not None
    assert CONFIRM.search("This is a friendly reminder that your interview with Orrin Data is "
                          "tomorrow.") is not None
    assert ASK.search("A quick reminder of the next couple of dates for the role:") is None
    assert ASK.search("Could you send me a couple of dates that suit?") is not None


def test_a_double_barrelled_name_cut_at_its_hyphen_is_the_same_person() -> None:
    merged = dedupe([Person(name="Eleanor Bright-Ashworth"), Person(name="Eleanor Bright")])
    assert [p.name for p in merged] == ["Eleanor Bright-Ashworth"]


def test_a_booking_page_host_names_the_firm_after_her_name() -> None:
    assert company_field("Host:\nEleanor Bright-Ashworth, Hartwell & Crane\n") == "Hartwell & Crane"
    assert company_field("Host:\nDana Whit, Financial Controller – Meridian Studios\n") == (
        "Meridian Studios")
    assert company_field("Host:\nDana Whit, Financial Controller\n") is None


def test_schedule_rows_with_walkthroughs_and_deep_dives_name_their_people() -> None:
    names = [p.name for p in names_in_text(
        "Virtual onsite on Tuesday, 22 June:\n  * 10:30 - 11:30  Assignment walkthrough with "
        "Rohit Bhave\n  * 11:30 - 12:30  Android deep-dive with Kavya Subbiah\n")]
    assert names == ["Rohit Bhave", "Kavya Subbiah"]


def test_the_end_of_that_week_after_the_onsite() -> None:
    d = detected("Hi Thandi,\n\nA quick reminder of the next couple of dates for the Android "
                 "Engineer role:\n\nVirtual onsite - Tuesday, 22 June 2027, 10:30 AM to 1:30 PM "
                 "IST on Google Meet.\n\nAfter the onsite, we aim to get back to you with a "
                 "decision by the end of that week.\n\nMeera",
                 subject="Next steps", sender="Meera Rao <meera@tarangapps.example>",
                 date="Mon, 14 Jun 2027 10:00:00 +0530")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.decision_deadline == date(2027, 6, 25)


def test_a_moved_oral_board_with_was_and_now_lines_and_ranked_board_members() -> None:
    d = detected("Good morning Thandi,\n\nWe've had to move your oral board.\n\n   WAS:  "
                 "Wednesday, October 14, 2026 at 0900 hrs\n   NOW:  Wednesday, October 21, 2026 "
                 "at 1330 hrs\n\nThe board itself runs about 45 minutes.\n\nYour board will "
                 "be:\n  • S/Sgt. Carl Wiebe – Professional Standards\n  • Sgt. Asha Raman – "
                 "Recruiting\n\nAll times are Saskatchewan time.\n\nCst. Joy Kaye\nRecruiting "
                 "Officer", subject="Oral board - new time",
                 sender="Joy Kaye <jkaye@prairiepolice.example>",
                 date="Mon, 05 Oct 2026 09:00:00 -0600")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    regina = ZoneInfo("America/Regina")
    assert d.interview.start == datetime(2026, 10, 21, 13, 30, tzinfo=regina)
    assert d.interview.end == datetime(2026, 10, 21, 14, 15, tzinfo=regina)
    assert people_of(d) == ["Asha Raman", "Carl Wiebe"]


def test_a_latest_reporting_time_is_no_second_slot() -> None:
    d = detected("Dear Candidate,\n\nYou have been shortlisted for the Personal Interview for "
                 "the above post. The details are as under:\n  Date of Interview : 21.07.2027 "
                 "(WEDNESDAY)\n  Reporting Time    : 09:00 AM (IST)\n\nCandidates reporting "
                 "after 09:30 AM will not be permitted to appear for the interview.\n\nBring a "
                 "No Objection Certificate from your present employer.",
                 subject="Interview call letter", sender="HR <hr@godavaribank.example.in>",
                 date="Fri, 02 Jul 2027 09:00:00 +0530")
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 7, 21, 9, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert clean_name("No Objection Certificate") is None


def test_a_clearance_interview_is_no_job_interview() -> None:
    d = detected("Dear Ms Nkosi,\n\nDEVELOPED VETTING - SUBJECT INTERVIEW\n\nI am the Vetting "
                 "Officer allocated to your application in connection with your appointment as "
                 "Legal Counsel. I would like to hold your subject interview on:\n\n    "
                 "Thursday 28 January 2027 at 10:00\n\nYours sincerely,\nAlan Pryce",
                 subject="DV subject interview", sender="Alan Pryce <alan.pryce@vetting.example>",
                 date="Mon, 11 Jan 2027 09:00:00 +0000")
    assert d.kind is Kind.OTHER
    assert d.interview is None
    assert clean_name("Legal Counsel") is None


def test_an_offer_that_may_be_withdrawn_is_still_an_offer_and_a_merit_pool_is_none() -> None:
    d = detected("Dear Ms. Nkosi,\n\nI am pleased to offer you an indeterminate appointment to "
                 "the position of Counsel. This offer is conditional upon a security clearance. "
                 "If the clearance cannot be granted, this offer will be withdrawn.\n\nSalary: "
                 "$104,210 per annum.\n\nRachel", subject="Letter of offer",
                 sender="Rachel Dube <rdube@arcticinfra.example>",
                 date="Mon, 11 Jan 2027 09:00:00 -0500")
    assert d.kind is Kind.OFFER
    d = detected("Dear Thandi,\n\nYour name has been placed in a merit pool for Policy Officer "
                 "roles. Being placed in a merit pool is not an offer of employment. We expect "
                 "to contact everyone in the pool about the outcome by the end of next month."
                 "\n\nRecruitment Team", subject="Outcome of selection process",
                 sender="Recruitment <recruitment@waterdept.example>",
                 date="Tue, 20 Apr 2027 09:00:00 +1000")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 5, 31)


def test_her_pick_of_the_alternative_slot_instead_is_a_move() -> None:
    d = detected("Dear Ms Farhana,\n\nUnfortunately I won't be able to attend on Tuesday 8 June. "
                 "Could I please take the alternative slot you mentioned instead - Thursday 10 "
                 "June 2027 at 2.30pm Singapore time, with the same panel?\n\nThandi\n\n"
                 "On Thu, 27 May 2027 at 10:42, Farhana Aziz <farhana@ceta.example.sg> wrote:\n"
                 "> We are pleased to invite you to an interview for the Senior Manager position:"
                 "\n>\n> Date: Tuesday, 8 June 2027\n> Time: 10.00am to 11.00am (Singapore time)"
                 "\n>\n> Interview Panel:\n> 1. Mr Tan Wei Jie, Director\n> 2. Ms Siti Aminah "
                 "binte Yusof, Deputy Director\n>\n> An alternative slot on 10 June at 2.30pm is "
                 "also possible.\n", subject="Re: Interview - Senior Manager",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Farhana Aziz <farhana@ceta.example.sg>",
                 date="Thu, 27 May 2027 18:00:00 +0800")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 6, 10, 14, 30, tzinfo=ZoneInfo("Asia/Singapore"))
    assert people_of(d) == ["Siti Aminah binte Yusof", "Tan Wei Jie"]


def test_a_framed_total_beats_the_parts_of_the_meeting() -> None:
    assert stated_length("The format is a 20-minute presentation and around 40 minutes of "
                         "discussion with the partners. Please allow about an hour and a "
                         "quarter in total.") == timedelta(minutes=75)
    # (two framed lengths disagree: none)
    assert stated_length("Length: 45 minutes, fixed. Please keep 30 minutes free for the "
                         "interview itself.") is None


def test_an_ask_in_an_if_sentence_leaves_the_slot_booked() -> None:
    d = detected("Hi Thandi,\n\nThanks for your CV for the runner job. I'll ring you tomorrow at "
                 "11am on the number on your CV, 10 mins max. If that's no good just reply with "
                 "a better time.\n\nCallum", subject="Runner job",
                 sender="Callum Ross <callum@brickyardfilms.example>",
                 date="Wed, 12 May 2027 15:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.end == d.interview.start + timedelta(minutes=10)


def test_her_own_question_for_another_day_instead_moves_it() -> None:
    d = detected("Hi Fiona,\n\nI'm rostered on a shift on Tuesday afternoon that I can't swap. "
                 "Would Wednesday 16 June at 10am work for the panel instead?\n\nThandi\n\n"
                 "On 9/6/27 4:40 pm, Fiona Kerr wrote:\n> We'd like to bring you in for a panel "
                 "interview for the Sub-editor role.\n>\n> Tuesday 15 June, 2.30pm\n> Allow about"
                 " an hour.\n", subject="Re: Panel interview",
                 sender="Thandi Nkosi <thandi@example.org>", to="Fiona Kerr <fiona@ledger.example>",
                 date="Thu, 10 Jun 2027 08:00:00 +1000")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.date() == date(2027, 6, 16)


def test_a_short_spanish_call_states_its_half_hour() -> None:
    assert stated_length("Será algo breve, media hora, conmigo y con Íñigo.") == timedelta(
        minutes=30)


def test_decision_dates_of_public_bodies() -> None:
    d = detected("Dear Thandi,\n\nThe department is readvertising the Solicitor post. Those "
                 "candidates will be interviewed during the week of 22 March, and the panel will "
                 "then decide across both rounds. We expect to be back in touch with everyone by "
                 "the end of that week.\n\nAlison", subject="Solicitor - update",
                 sender="Alison Grey <alison.grey@westmoor.gov.example>",
                 date="Fri, 19 Feb 2027 09:00:00 +0000")
    assert d.decision_deadline == date(2027, 3, 26)
    d = detected("Dear Thandi,\n\nYour structured interview for the Attorney-Advisor position "
                 "is confirmed for Tuesday, March 16, 2027, 10:00 a.m. Eastern Time.\n\nThe "
                 "selecting official anticipates making a tentative selection by April 30, "
                 "2027.\n\nDana", subject="Structured interview",
                 sender="Dana Lee <dana.lee@oig.example.gov>",
                 date="Mon, 01 Mar 2027 09:00:00 -0500")
    assert d.decision_deadline == date(2027, 4, 30)


def test_an_underlined_panel_heading_and_a_stand_in() -> None:
    names = [p.name for p in names_in_text("Your panel\n----------\n  Grace Ong       Head of "
                                           "Infrastructure\n  Liam Doyle      Principal SRE\n")]
    assert names == ["Grace Ong", "Liam Doyle"]
    assert [p.name for p in replaced_people(
        "Farah Said is no longer able to join the panel. Matteo Rossi will take her place.")] == [
        "Farah Said"]


def test_south_asian_scripts_dates_digits_labels_and_ranges() -> None:
    from mailwatch.extract.dates import find_dates
    from mailwatch.extract.times import find_times

    ref = date(2027, 3, 1)
    assert [d.day for d in find_dates("శుక్రవారం, 21 మే 2027", ref, "DMY")] == [date(2027, 5, 21)]
    assert [d.day for d in find_dates("ಗುರುವಾರ, 15 ಏಪ್ರಿಲ್ 2027", ref, "DMY")] == [
        date(2027, 4, 15)]
    [hit] = find_times("সকাল 11:00টা থেকে দুপুর 12:00টা")
    assert (hit.start.hour, hit.end and hit.end.hour) == (11, 12)
    d = detected("প্রিয় নুসরাত,\n\nআপনাকে কারিগরি সাক্ষাৎকারের জন্য আমন্ত্রণ জানাতে পেরে আমরা আনন্দিত।"
                 "\n\nতারিখ   : বুধবার, ১০ মার্চ ২০২৭\nসময়    : সকাল ১১:০০টা থেকে দুপুর ১২:০০টা\n\n"
                 "ধন্যবাদান্তে,\nমাহমুদা", subject="সাক্ষাৎকারের আমন্ত্রণ",
                 sender="Mahmuda <hr@nilachal.example.com.bd>",
                 date="Mon, 01 Mar 2027 10:00:00 +0600")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.replace(tzinfo=None) == datetime(2027, 3, 10, 11, 0)
    assert d.interview.end is not None and d.interview.end.hour == 12


def test_a_malayalam_decision_next_week() -> None:
    from mailwatch.extract.deadline import find_deadline

    found = find_deadline("ഞങ്ങളുടെ അന്തിമ തീരുമാനം അടുത്ത ആഴ്ചയ്ക്കുള്ളിൽ അറിയിക്കാം.",
                          date(2027, 6, 9), "DMY")
    assert found is not None and found[0] == date(2027, 6, 18)


def test_script_roles_a_booking_form_answer_and_a_graded_subject_role() -> None:
    from mailwatch.extract.position import position_from_text, script_position

    assert script_position('"সিনিয়র ব্যাকএন্ড ডেভেলপার" পদে আবেদন করার জন্য') == (
        "সিনিয়র ব্যাকএন্ড ডেভেলপার")
    assert script_position("കമ്പനിയുടെ ഡാറ്റാ മാനേജർ തസ്തികയിലേക്കുള്ള") is not None
    assert script_position("ကုမ္ပဏီလီမိတက်၏ အရောင်းမန်နေဂျာ ရာထူးအတွက်") == "အရောင်းမန်နေဂျာ"
    assert script_position("the Senior Analyst role") is None
    assert position_from_text("Questions:\nWhich role are you interviewing for?\nProduct "
                              "Designer\n") == "Product Designer"
    d = detected("Application outcome – Senior Compliance Officer (AO6), Marine Unit\n\nDear "
                 "Thandi,\n\nUnfortunately you have not been successful on this occasion. A "
                 "Compliance Officer (AO5) vacancy is expected to be advertised in October.\n\n"
                 "Recruitment", subject="Application outcome – Senior Compliance Officer (AO6)",
                 sender="Recruitment <jobs@coastal.qld.example>",
                 date="Mon, 02 Aug 2027 09:00:00 +1000")
    assert d.position == "Senior Compliance Officer"


def test_the_quoted_writer_who_takes_part_is_on_the_moved_interview() -> None:
    from mailwatch.extract.participants import quoted_author
    from mailwatch.extract.writer import sender_interviews

    users = frozenset({"thandi@example.org"})
    assert quoted_author("On 07/09/2027 16:05, Gemma Hale wrote:\n> Hi", users) == Person(
        name="Gemma Hale")
    assert quoted_author("On Mon, 3 May 2027, Thandi Nkosi wrote:\n> Hi", users) is None
    assert sender_interviews("It'll be with me (I'm the Nursery\nManager) and Rob Singh.")
    assert sender_interviews("a panel interview: me, Raj Mehta (chief sub-editor) and Cait Byrne")
    d = detected("Hi Fiona,\n\nCould we move my interview to Wednesday 16 June at 10am instead? "
                 "I'm rostered on a shift on Tuesday.\n\nThandi\n\nOn 9/6/27 4:40 pm, Fiona Kerr "
                 "wrote:\n> We'd like to bring you in for a panel interview: me, Raj Mehta (chief\n"
                 "> sub-editor) and Cait Byrne from People & Culture.\n>\n> Tuesday 15 June, "
                 "2.30pm\n", subject="Re: Panel interview",
                 sender="Thandi Nkosi <thandi@example.org>", to="Fiona Kerr <fiona@ledger.example>",
                 date="Thu, 10 Jun 2027 08:00:00 +1000")
    assert d.kind is Kind.RESCHEDULE
    assert people_of(d) == ["Cait Byrne", "Fiona Kerr", "Raj Mehta"]
