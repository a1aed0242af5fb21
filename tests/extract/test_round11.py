"""Rules from the sixth session's read of batch 30NN (held out last session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from mailfactory import detected, vevent

from mailwatch.extract import detect
from mailwatch.extract.duration import stated_length
from mailwatch.extract.times import find_times
from mailwatch.message import parse_message
from mailwatch.model import Kind


def test_an_hour_said_sharp_with_a_zone_word() -> None:
    det = detected("Hey Thandi!\n\nLet's do Tuesday the 10th, ten sharp Mountain (I think "
                   "that's 9 for you). Block out 45 min. It'll be me and Rafa Quintero.\n\nJody\n",
                   subject="Re: Route Setter application",
                   sender="Jody Raskin <jody@switchback.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 10, 10, tzinfo=ZoneInfo("America/Denver"))
    assert det.interview.end == det.interview.start + timedelta(minutes=45)


def test_a_day_picked_then_which_of_its_times() -> None:
    quoted = ("\n\nOn Sun, 1 Nov 2026 at 20:31, Thandi Nkosi <thandi@example.org> wrote:\n"
              "> Hi Priya, this Thursday (5 November) I could do 10:00 or 15:30 UK time.\n>\n"
              "> On Fri, 30 Oct 2026 at 11:02, Priya <p@kestrel.example> wrote:\n"
              "> > I'm the hiring manager for the Product Analyst role. Could we have a "
              "45-minute video chat this week?\n")
    det = detected("Thursday works, see you at the second time you mentioned.\n\nP." + quoted,
                   subject="Re: Product Analyst - chat", sender="Priya <p@kestrel.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 5, 15, 30, tzinfo=ZoneInfo("Europe/London"))
    latter = detected("Thursday's fine - the latter please.\n\nP." + quoted,
                      subject="Re: Product Analyst - chat", sender="Priya <p@kestrel.example>")
    assert latter.interview is not None and latter.interview.start.hour == 15


def test_first_thing_then_a_dotted_clock_at_the_end_of_a_sentence() -> None:
    assert [h.start.strftime("%H:%M") for h in find_times("Let's do Monday, first thing - 8.30.")
            ] == ["08:30"]
    assert [h.start.strftime("%H:%M") for h in find_times("See you at 10.30.")] == ["10:30"]
    assert find_times("Version 8.30.1 is out") == []
    det = detected("Hi Thandi,\n\nGreat. Let's do Monday, first thing - 8.30. It'll be me and "
                   "Joost van der Berg (our platform lead).\n\nMaarten\n",
                   subject="Re: Backend Engineer - next step",
                   sender="Maarten Kuipers <m@waalbrug.example>")
    assert det.interview is not None
    assert (det.interview.start.month, det.interview.start.day, det.interview.start.hour,
            det.interview.start.minute) == (11, 9, 8, 30)


def test_a_length_blocked_for_talking_through_homework() -> None:
    assert stated_length("We've blocked 45 min, mostly talking through your take-home."
                         ) == timedelta(minutes=45)
    assert stated_length("The take-home task takes 45 min.") is None


def test_push_your_interview_back_by_half_an_hour_over_the_quoted_panel() -> None:
    det = detected(
        "Dear Thandi,\n\nOur rehearsal has been extended. Would it be possible to push your "
        "interview back by half an hour? Everything else stays exactly as it was.\n\nEilidh\n\n"
        "On Mon, 2 Nov 2026 at 10:02, Eilidh Fraser <eilidh@sinfonia.example> wrote:\n"
        "> Dear Thandi,\n>\n> I'm pleased to invite you to interview for the post of Orchestra "
        "Librarian on Thursday 12 November at 2pm, at the Sinfonia office.\n>\n"
        "> The panel will be me and Tomasz Wierzbicki, our Music Director. The interview should "
        "take about 40 minutes.\n",
        subject="Re: Orchestra Librarian interview",
        sender="Eilidh Fraser <eilidh@sinfonia.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.start.minute) == (14, 30)
    assert det.interview.end == det.interview.start + timedelta(minutes=40)
    assert [p.name for p in det.interview.interviewers] == ["Eilidh Fraser", "Tomasz Wierzbicki"]


def test_aest_in_summer_from_brisbane_with_the_readers_sydney_time_beside_it() -> None:
    det = detected(
        "Hi Thandi,\n\nGary has been rostered onto nights Thursday, so he can't do your "
        "interview Thursday arvo anymore. He's offered Friday 13th instead, 2pm AEST (3pm your "
        "time in Sydney). It's a 30 min chat.\n\nShay\n\nShay Donnelly\nSenior Consultant\n"
        "Harbourline Recruitment\nLevel 9, 88 Wharf Lane, Brisbane QLD 4000\n",
        subject="Crane Operator - new interview time",
        sender="Shay Donnelly <shay@harbourline.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 13, 14, tzinfo=ZoneInfo("Australia/Brisbane"))


def test_an_update_that_adds_a_guest_with_time_and_link_unchanged() -> None:
    from mailwatch.extract.calendar_path import _TIME_UNCHANGED
    assert _TIME_UNCHANGED.search("I've added Marcus to the invite. Time and Teams link are "
                                  "unchanged.")
    assert _TIME_UNCHANGED.search("Date, time and room stay the same.")
    assert not _TIME_UNCHANGED.search("The time has changed to 3pm.")


def test_a_possessive_in_the_name_the_domain_spells() -> None:
    from mailwatch.extract.employer import domain_phrase
    assert domain_phrase("pendlesidechildrens", "Venue: Education Centre, Pendleside "
                         "Children's Hospital, Casterton Avenue") == (
                             "Pendleside Children's Hospital")
    assert domain_phrase("redshorelibraries", "Colleen MacAulay\nManager, Outreach\n"
                         "Red Shore Regional Library Service\n") == (
                             "Red Shore Regional Library Service")


def test_an_itinerary_row_naming_its_session_over_the_person_line() -> None:
    from mailwatch.extract.roster import labelled_people
    text = ("SCHEDULE (ET)\n9:30 AM - 10:15 AM   Embedded C & RTOS Deep Dive\n"
            "Kenji Albright, Staff Firmware Engineer\n"
            "10:15 AM - 11:00 AM  System Design: Motor Control Architecture\n"
            "Oluwaseun Adebayo, Principal Controls Engineer\n"
            "11:45 AM - 12:30 PM  Hardware Bring-up & Debugging Lab\n"
            "Ines Carvalho, Senior Hardware Engineer\n")
    assert [p.name for p in labelled_people(text)] == ["Kenji Albright", "Oluwaseun Adebayo",
                                                       "Ines Carvalho"]


def test_a_grade_after_a_role_and_the_candidate_in_an_event_title() -> None:
    from mailwatch.extract.position import position_from_text
    assert position_from_text("Thank you for applying for the Claims Analyst I position at "
                              "Pellucid Insurance Group.") == "Claims Analyst I"
    assert position_from_text("Thank you for applying for the Claims Analyst II position."
                              ) == "Claims Analyst II"


def test_the_candidate_named_in_an_event_title_is_not_the_employer() -> None:
    msg = EmailMessage()
    msg["From"] = "Annika Sjöberg <annika@borealseed.example>"
    msg["To"], msg["Date"] = "thandi@example.org", "Mon, 02 Nov 2026 09:00:00 -0700"
    msg["Subject"] = ("Invitation: Interview – Seed Conservation Officer (Thandi Nkosi) @ Tue "
                      "Nov 10, 2026 10:00 AM - 10:45 AM (America/Whitehorse)")
    msg.set_content("Annika Sjöberg has invited you to an event.\n\nInterview – Seed "
                    "Conservation Officer (Thandi Nkosi)\n\nFirst interview for the Seed "
                    "Conservation Officer position with Annika Sjöberg and Owen Tetlichi.\n")
    ics = vevent(summary="Interview – Seed Conservation Officer (Thandi Nkosi)",
                 start="20261110T100000", end="20261110T104500", tzid="America/Whitehorse",
                 organizer="CN=Annika Sjöberg:mailto:annika@borealseed.example")
    msg.add_attachment(ics.replace("\n", "\r\n").encode(), maintype="text", subtype="calendar",
                       filename="event.ics", params={"method": "REQUEST"})
    det = detect(parse_message(bytes(msg)), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.company != "Thandi Nkosi"
    assert det.position == "Seed Conservation Officer"


def test_a_stacked_table_of_interviewers_written_surname_first() -> None:
    from mailwatch.extract.roster import labelled_people
    text = ("Time\nSession\nInterviewer(s)\n11:00 AM – 11:45 AM\nLinux Fundamentals\n"
            "Raghavan, Deepa\n11:45 AM – 12:30 PM\nIncident Response Scenario\n"
            "Malhotra, Arjun\nFernandes, Clive\n")
    assert [p.name for p in labelled_people(text)] == ["Deepa Raghavan", "Arjun Malhotra",
                                                       "Clive Fernandes"]


def test_a_panel_listed_under_the_sign_off_and_an_end_said_around() -> None:
    det = detected(
        "Hi Thandi,\n\nhere are the details for your final round next Thursday. We'll kick off "
        "at 14:00 CET on Teams and we'll wrap up around 5. I'm only arranging this one.\n\n"
        "Best,\nLena\n\n--\nLena Hartmann\nPeople Operations · Nordlicht Energy GmbH\n\n"
        "Your panel:\n• Dr. Felix Baumgartner – Head of Grid Software\n"
        "• Ole Petersen – Staff Engineer\n",
        subject="Your final round - Senior Software Engineer",
        sender="Lena Hartmann <lena@nordlicht-energy.example>")
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 14, tzinfo=ZoneInfo("Europe/Berlin"))
    assert det.interview.end == datetime(2026, 11, 12, 17, tzinfo=ZoneInfo("Europe/Berlin"))
    assert [p.name for p in det.interview.interviewers] == ["Felix Baumgartner", "Ole Petersen"]


def test_meeting_a_colleague_and_me_puts_the_writer_on_it() -> None:
    from mailwatch.extract.writer import sender_interviews
    assert sender_interviews("You'll be meeting Lê Thị Hoa, our Engineering Manager for motion "
                             "control, and me.")


def test_a_pupils_project_interview_is_no_job_interview() -> None:
    det = detected("Hi Ms Nkosi\n\nFor my grade 7 project on jobs of the future I have to "
                   "interview an adult who works with computers. Can I interview you tomorrow at "
                   "4? It will only take like 20 minutes.\n\nKabelo\n",
                   subject="can I interview you for my school project??",
                   sender="Refilwe Mahlangu <refilwe@mailbox.example>")
    assert det.kind is Kind.OTHER


def test_a_sentence_after_the_name_a_domain_spells_and_free_zone_legal_forms() -> None:
    from mailwatch.extract.employer import domain_phrase, legal_line_company
    assert domain_phrase("kestrelanalytics", "I lead the product team at Kestrel Analytics and "
                         "I'm the hiring manager.") == "Kestrel Analytics"
    assert legal_line_company("Talent Acquisition\nQanat Logistics Technologies FZ-LLC\n"
                              ) == "Qanat Logistics Technologies"


def test_a_length_whose_sentence_goes_on_to_what_the_interview_includes() -> None:
    assert stated_length("The interview should take about 40 minutes and will include a short "
                         "practical exercise.") == timedelta(minutes=40)
    assert stated_length("The interview includes an exercise that takes 45 minutes.") is None
