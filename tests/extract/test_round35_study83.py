"""Twenty-fifth session: rules from the misses of 83NN (healthcare and education hiring,
students and graduates, mail that mixes languages, executive hiring), written blind in the
twenty-fourth session and studied in this one; written here in my own words, not the
batch's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected, people_of, vevent

from mailwatch.extract.calendar_facts import NOT_MINE
from mailwatch.extract.classify import REJECTION
from mailwatch.extract.company import company_from_text, expand
from mailwatch.extract.duration import stated_length
from mailwatch.extract.kind_moves import RESCHEDULE
from mailwatch.extract.learned import _signed_as_booker
from mailwatch.extract.people import clean_name
from mailwatch.extract.unavailable import unavailable_people
from mailwatch.model import Kind

LONDON = ZoneInfo("Europe/London")


def test_an_occupational_health_visit_after_the_offer_is_no_interview() -> None:
    d = detected("Dear Thandi,\n\nFurther to your conditional offer for the Staff Nurse post, "
                 "your pre-employment health assessment and urine drug screen are booked:\n\n"
                 "Date: Tuesday 16 March 2027\nTime: 9:30 AM\n"
                 "Please bring photo ID and your immunization records. You may be asked to "
                 "provide a specimen at check-in.\n\nThe recruiter will confirm your start "
                 "date once you are cleared.\n\nTalent Acquisition",
                 subject="Action required: pre-employment screening appointment",
                 sender="Ridgecrest Health <careers@ridgecresthealth.example>",
                 date="Tue, 09 Mar 2027 10:00:00 -0800")
    assert d.kind is Kind.OTHER
    assert d.interview is None


def test_a_staff_group_field_is_no_person() -> None:
    assert clean_name("Midwifery Registered") is None
    assert clean_name("Registered Nursing") is None


def test_a_joint_trust_name_is_read_whole_after_on_behalf_of() -> None:
    text = ("This email was sent on behalf of Kessingham and Wold NHS Foundation Trust. "
            "Please do not reply.")
    assert company_from_text(text) == "Kessingham and Wold NHS Foundation Trust"
    assert company_from_text("I am delighted to invite you to interview at Fernlea Academy, part "
                             "of the Northmoor Learning Trust, on Wednesday.") == "Fernlea Academy"


def test_a_move_that_keeps_the_format_states_its_length() -> None:
    assert stated_length("We've moved you to Tuesday at 2pm. Same format, same room (level 2 "
                         "boardroom), 45 minutes.") == timedelta(minutes=45)


def test_the_quoted_length_is_read_behind_its_marks_and_a_framed_one_wins() -> None:
    quoted = ("On Tue, 3 Aug 2027, Dana Ruiz wrote:\n> Would Monday work? Plan for\n> about an "
              "hour - a chat, a tour, then you'll spend 20 minutes or so with the\n> toddlers.")
    assert stated_length(quoted) == timedelta(hours=1)


def test_moving_to_a_later_stage_is_no_reschedule() -> None:
    assert RESCHEDULE.search("your application has now moved to the vetting stage") is None
    assert RESCHEDULE.search("your interview has now moved to Friday") is not None


def test_a_parking_bay_is_no_garage_and_a_shadow_shift_keeps_its_slot() -> None:
    d = detected("Hi Thandi,\n\nGreat chatting earlier. The next step for the Enrolled Nurse "
                 "role is a paid shadow shift:\n\n* Thursday 15 April, 7:00am - 11:00am (AEST)\n"
                 "* You'll buddy with Colm Brady on the morning round.\n* From 10:30 you and "
                 "I will sit down for a proper chat.\n\nPlease park on the street, not in the "
                 "visitor drop-off bay.\n\nCheers,\nMarta\n\nMarta Kovacs\nCare Manager | "
                 "Banksia Court Care, Ocean Grove VIC 3226",
                 subject="Shadow shift - Enrolled Nurse",
                 sender="Marta Kovacs <marta@banksiacourt.example>",
                 date="Fri, 02 Apr 2027 16:20:00 +1100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    # the state in her address keeps Melbourne's clock, whatever AEST's generic city
    assert d.interview.timezone == "Australia/Melbourne"
    assert d.interview.start == datetime(2027, 4, 15, 7, 0, tzinfo=ZoneInfo("Australia/Melbourne"))


def test_a_locum_gp_is_a_role() -> None:
    d = detected("Kia ora Thandi\n\nThanks for your CV for the locum GP cover. Dr Aroha Wiremu "
                 "would like a 30 min Zoom with you. She can do:\n\n - Tue 16 Nov, 12.30pm\n"
                 " - Thu 18 Nov, 5.15pm\n\nLet me know which suits.\n\nHine",
                 subject="Locum GP - quick chat?",
                 sender="Hine Tane <hine@riverbendmedical.example>",
                 date="Wed, 10 Nov 2027 12:41:09 +1300")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.position == "Locum GP"


def test_a_professional_register_is_no_event_registration() -> None:
    assert NOT_MINE.search("bring your DBS certificate if you are registered with the Update "
                           "Service") is None
    assert NOT_MINE.search("You are registered for the webinar") is not None


def test_a_careers_team_or_a_role_after_the_name_is_not_the_name() -> None:
    assert expand("Quillfeather Labs", "Quillfeather Labs University Recruiting\n"
                  "Quillfeather Labs Inc.") == "Quillfeather Labs"
    assert expand("Tessaly Pay", "Thanks for applying to the Tessaly Pay Technology "
                  "Internship Programme") == "Tessaly Pay"
    assert expand("Corran Vale", "Corran Vale Interview Scheduler") == "Corran Vale"


def test_assessors_named_after_assessed_by() -> None:
    d = detected("Dear Thandi,\n\nWe're delighted to invite you to our assessment centre on "
                 "Thursday 27 May 2027, 09:00 – 15:30.\n\nYou'll be assessed by Owain Price "
                 "(Head of Networks), Niamh Doherty (Graduate Programme Lead) and Dr Kofi "
                 "Mensah (Principal Engineer). I'll meet you in reception but I'm not on the "
                 "panel.\n\nKind regards,\nJo Baines\nEarly Careers Advisor\nTarnside Water",
                 subject="Assessment centre invitation",
                 sender="Jo Baines <jo.baines@tarnside.example>",
                 date="Mon, 10 May 2027 11:20:45 +0100")
    assert people_of(d) == ["Kofi Mensah", "Niamh Doherty", "Owain Price"]


def test_a_programme_row_names_the_formal_interview_panel() -> None:
    d = detected("Dear Ms Nkosi\n\nThank you for your application. I am delighted to invite you "
                 "to interview on Wednesday 3 February 2027.\n\nProgramme for the day\n\n"
                 "08:30  Arrive at reception\n09:10  Observation lesson\n"
                 "11:15  Formal interview – Alan Birch (Headteacher), Priya Lal and Tom Eady "
                 "(Chair of Governors)\n13:00  Close of the day\n\nKind regards\nHR Team",
                 subject="Interview – Teacher of Geography",
                 sender="HR <hr@fernleaacademy.example>",
                 date="Thu, 21 Jan 2027 11:03:51 +0000")
    assert people_of(d) == ["Alan Birch", "Priya Lal", "Tom Eady"]


def test_within_a_week_of_the_superday_counts_from_the_superday() -> None:
    d = detected("Hi Thandi,\n\nFor the Summer Analyst role, your Superday is confirmed for "
                 "Friday, March 19, 2027, 9:00 - "
                 "11:30 AM Eastern, at our New York office.\n\nWe aim to get final decisions "
                 "out within a week of the Superday.\n\nBest,\nCasey",
                 subject="Superday confirmation", sender="Casey Ng <casey@orrincapital.example>",
                 date="Mon, 08 Mar 2027 17:45:30 -0500")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.decision_deadline == date(2027, 3, 26)


def test_a_german_internship_offer_is_an_offer() -> None:
    d = detected("Sehr geehrte Frau Nkosi,\n\nvielen Dank für das Gespräch am Dienstag. Wir "
                 "freuen uns, Ihnen heute ein Angebot für ein Praktikum in unserem Bereich "
                 "Fahrwerkstechnik (Position: Praktikantin Fahrwerk) machen zu können.\n\n"
                 "Betreuung: Jonas Keller, Teamleiter\n\n"
                 "Bitte teilen Sie uns bis Freitag, 18. Juni 2027 mit, ob Sie annehmen.\n\n"
                 "Mit freundlichen Grüßen\nLea Brandt",
                 subject="Ihr Praktikumsangebot", sender="Lea Brandt <lea.brandt@ostwerk.example>",
                 date="Fri, 04 Jun 2027 13:42:10 +0200")
    assert d.kind is Kind.OFFER


def test_a_coordinator_who_signs_is_the_booker() -> None:
    text = "Gracias!\nMaribel\n\n--\nMaribel Soto\nTalent Coordinator | Coral Way Freight\n"
    assert _signed_as_booker("Maribel Soto", text)
    assert _signed_as_booker("Lucie Roy", "Lucie Roy\nAcquisition de talents / Talent "
                             "Acquisition\n")
    assert not _signed_as_booker("Maribel Soto", "Maribel Soto\nHead of Operations | Coral Way")


def test_someone_on_holiday_is_kept_away() -> None:
    assert [p.name for p in unavailable_people("Sadly, Joaquim Reis is on holiday that week, "
                                               "so Ana Lima joins instead.")] == ["Joaquim Reis"]


def test_a_hinglish_rejection() -> None:
    # (the kind model alone often hears it; the rule says why)
    assert REJECTION.search("unhone ek aise candidate ko choose kiya hai") is not None
    assert REJECTION.search("is role ke liye hum aage nahi badh paayenge") is not None
    assert REJECTION.search("hum aage badhenge next round ke saath") is None


def test_one_slot_written_in_three_cities_is_one_interview() -> None:
    d = detected("Hi Thandi,\n\nConfirmed for Thursday 10 June:\n\n4pm Dubai / 1pm London / 8pm "
                 "Hong Kong\n\n45 mins on Zoom about the Head of Claims role with Grace Leung "
                 "(Group CEO, joining from Hong "
                 "Kong) and Simon Ayre.\n\nBest,\nNadia",
                 subject="Zoom - Thursday", sender="Nadia Saleh <nadia@qanatre.example>",
                 date="Mon, 07 Jun 2027 09:00:00 +0800")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.timezone == "Asia/Dubai"
    assert d.interview.start == datetime(2027, 6, 10, 16, 0, tzinfo=ZoneInfo("Asia/Dubai"))
    assert d.interview.end == d.interview.start + timedelta(minutes=45)
    assert people_of(d) == ["Grace Leung", "Simon Ayre"]


def test_an_answer_date_for_a_revised_offer_is_a_status_update() -> None:
    d = detected("Dear Thandi,\n\nThank you for setting out your points. The relocation budget "
                 "needs the committee's approval on Monday 6 December. We will come back to "
                 "you with a revised written offer by Thursday 9 December at the latest.\n\n"
                 "Kind regards,\nSara",
                 subject="RE: points for discussion",
                 sender="Sara Haddad <sara@wadiholding.example>",
                 date="Tue, 30 Nov 2027 10:00:00 +0400")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 12, 9)


def test_a_diary_meeting_before_the_shortlist_is_the_interview_and_no_role_is_a_name() -> None:
    ics = vevent(summary="Thandi Nkosi / Edmund Hale", start="20270406T080000",
                 end="20270406T084500", tzid="GMT Standard Time",
                 organizer="CN=Ruth Abbey:mailto:ruth.abbey@calderholdings.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Edmund Hale:mailto:edmund.hale@calderholdings.example"))
    d = detected("Dear Thandi,\n\nEdmund has asked me to find time in his diary for the two of "
                 "you to meet before the committee considers the shortlist for Chief Financial "
                 "Officer.\n\nTuesday 6 April 2027, 08:00 - 08:45, at our offices.\n\nKind "
                 "regards,\nRuth Abbey\nExecutive Assistant to Edmund Hale, Chairman",
                 subject="Meeting with Edmund Hale",
                 sender="Ruth Abbey <ruth.abbey@calderholdings.example>",
                 date="Mon, 15 Mar 2027 09:00:00 +0000", ics=ics)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 6, 8, 0, tzinfo=LONDON)
    assert d.position != "Edmund Hale"




def test_calling_everyone_by_a_day_is_the_decision_and_explaining_next_steps_is_not() -> None:
    d = detected("Hi Thandi,\n\nNo news yet. Two more candidates come in on Monday, and we "
                 "expect to call everyone, either way, by Wednesday.\n\nMegan",
                 subject="Re: Grade 3 teacher position", sender="Megan Dale <mdale@oakusd.example>",
                 date="Fri, 30 Apr 2027 16:47:12 -0700")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 5, 5)
    d = detected("Thandi,\n\nI'm sorry: Jonathan has asked me to cancel Wednesday's interview for "
                 "the Partner role. Nadia Bell at Crossway Search will call you today to "
                 "explain next steps.\n\nAllison",
                 subject="Cancelled: final interview", sender="Allison Grey <ag@fernhill.example>",
                 date="Fri, 17 Sep 2027 09:00:00 -0400")
    assert d.kind is Kind.CANCELLATION
    assert d.decision_deadline is None
    assert clean_name("Crossway Search") is None
