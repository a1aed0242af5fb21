"""Thirteenth session: rules from the misses of 64NN (English mail of every kind), read
before it joined the corpus."""

from __future__ import annotations

from mailfactory import detected, people_of

from mailwatch.model import Kind

_ZOOM = ("Hi Thandi,\n\nLeah Brandt is inviting you to a scheduled Zoom meeting.\n\nTopic: "
         "Interview - Payments Analyst\nTime: Mar 3, 2027 10:30 AM {zone}\n\nJoin Zoom Meeting\n"
         "https://acme.zoom.example/j/4455\n")


def test_zooms_city_names_are_the_zone() -> None:
    """Zoom writes a zone as its cities: "Amsterdam, Berlin, Rome, Stockholm, Vienna", or
    one city alone at the end of the line."""
    for zone, start in (("Amsterdam, Berlin, Rome, Stockholm, Vienna", "10:30:00+01:00"),
                        ("London", "10:30:00+00:00")):
        d = detected(_ZOOM.format(zone=zone), subject="Interview - Payments Analyst",
                     sender="Leah Brandt <leah@acme.example>",
                     date="Mon, 22 Feb 2027 09:00:00 +0200")
        assert d.kind is Kind.INTERVIEW_INVITATION
        assert d.interview is not None
        assert d.interview.start.isoformat() == f"2027-03-03T{start}"



def test_offering_an_interview_is_no_job_offer() -> None:
    d = detected("Dear Thandi,\n\nThank you for applying for the Payroll Officer position. I'm "
                 "delighted to offer you an interview on Thursday 4 March 2027 at 2:00pm at our "
                 "Leeds office. The panel will be myself and our Finance Manager.\n\nKind "
                 "regards,\nRuth Ellis\n", subject="Interview - Payroll Officer",
                 sender="Ruth Ellis <ruth@harrowgate.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    d = detected("Dear Thandi,\n\nI'm delighted to offer you a place on our 2027 Graduate "
                 "Programme, starting in September. Your contract will follow.\n\nKind regards,"
                 "\nRuth Ellis\n", subject="Your application - Graduate Programme",
                 sender="Ruth Ellis <ruth@harrowgate.example>")
    assert d.kind is Kind.OFFER


def test_a_role_wrapped_across_lines_is_still_the_role_not_a_press_word() -> None:
    """"Managing Editor" is a press word unless it is the role; the role's name is taken
    out of the text before that test even where the line wraps inside it."""
    d = detected("Hi Thandi,\n\nQuick update: Imogen is seeing the last candidates for the "
                 "Managing\nEditor role this week, and the plan is to make a decision by\nthe "
                 "end of the month.\n\nAll best,\nPriyanka\n",
                 subject="Re: Managing Editor - follow-up",
                 sender="Priyanka Shah <priyanka@orchardvale.example>")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline is not None


def test_a_panel_table_written_as_text_with_a_header_row() -> None:
    d = detected("Dear Thandi,\n\nWe are pleased to invite you to interview for the post of "
                 "Ward Manager.\n\nDate: Thursday 8 April 2027\nTime: 10:00\n\nInterview panel:"
                 "\n\nName            Job title\nGrace Mensah    Director of Nursing\nOwen Price  "
                 "    Matron, Surgical Wards\n\nKind regards,\nRecruitment Team\n",
                 subject="Invitation to interview - Ward Manager",
                 sender="Recruitment <recruitment@eastvale.example>")
    assert people_of(d) == ["Grace Mensah", "Owen Price"]


def test_the_advert_is_no_employer_and_the_named_client_is() -> None:
    d = detected("Hello Thandi,\n\nThank you for applying to Job Announcement #PW-2027-0042, "
                 "Water Engineer, with the Nevada Department of Public Works. We would like to "
                 "invite you to an interview on Tuesday, March 9, 2027 at 10:00 AM.\n\n"
                 "Regards,\nAlicia Brandt\n", subject="Interview Scheduled: Water Engineer",
                 sender="Alicia Brandt <alicia.brandt@pw.nevada.example>")
    assert d.company != "Job Announcement"
    d = detected("Hi Thandi,\n\nI'm filling a Forklift Supervisor role for our client Eastmark\n"
                 "Logistics at their Gary depot. Are you free for a quick call this week?\n\n"
                 "Leah\n", subject="Forklift Supervisor opportunity - Gary",
                 sender="Leah Moreno <lmoreno@bluepeak-staffing.example>")
    assert d.company == "Eastmark Logistics"


def test_an_answer_between_two_days_is_due_on_the_later() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline

    said = find_deadline("I'll have an answer for you somewhere between March 8th and 12th.",
                         date(2027, 3, 1), "MDY")
    assert said is not None and said[0] == date(2027, 3, 12)
    said = find_deadline("We will let you know on March 8 - 10 candidates remain.",
                         date(2027, 3, 1), "MDY")
    assert said is not None and said[0] == date(2027, 3, 8)  # (no range: a count follows)
