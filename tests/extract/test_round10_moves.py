"""Rules from the fifth session's read of batch 29NN: moves, clock fields and the writer
on the panel. All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.evaluate import norm_org
from mailwatch.extract.company import company_from_team
from mailwatch.extract.company_signature import signature_orgs
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_end
from mailwatch.extract.position import position_from_text
from mailwatch.extract.subject import from_subject
from mailwatch.extract.text import sentences
from mailwatch.extract.times import find_times
from mailwatch.model import Kind

_QUOTED = ("\n\nOn Mon, 26 Oct 2026 at 15:20, Recruiting <jobs@tidewell.example> wrote:\n"
           "> Your interview for Graduate Data Analyst is confirmed.\n>\n"
           "> When: Thursday, 5 November 2026, 14:00 – 14:45 (UK time)\n")


def test_the_same_time_next_week() -> None:
    det = detected("Hi Thandi,\n\nI've been pulled into a site visit on Thursday. Could we do the "
                   "same time next week instead? Still 2pm, though note the clocks go forward "
                   "on Sunday the 28th.\n\nRhodri" + _QUOTED,
                   subject="Re: Interview confirmed", sender="Rhodri <r@tidewell.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 14, tzinfo=ZoneInfo("Europe/London"))


def test_a_move_to_a_day_then_the_time_in_the_next_sentence() -> None:
    det = detected("Hi Thandi,\n\nI've been pulled into a board session tomorrow afternoon. "
                   "Could we move to Thursday instead? I'm in back-to-backs until 10 so let's say "
                   "five past ten, Sydney time. Still 45 minutes.\n\nBec\n",
                   subject="RE: Interview - Senior Data Analyst",
                   sender="Bec <b@southerly.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 5, 10, 5, tzinfo=ZoneInfo("Australia/Sydney"))


def test_a_swedish_move_and_panel_and_a_time_field_with_its_end_in_brackets() -> None:
    det = detected(
        "Hej Thandi!\n\nTyvärr måste vi flytta på intervjun som var inbokad på torsdag 5.11 kl. "
        "13.00.\n\nVi har därför flyttat intervjun till fredag 6.11.2026 kl. 10.00 (finsk tid). "
        "Intervjun räcker ca 45 minuter. Med på intervjun är Mikael Holmström (teknisk chef) och "
        "jag.\n\nLinnea Björkqvist\n", subject="Sv: Intervju för tjänsten som projektingenjör",
        sender="Linnea Björkqvist <linnea@kvarken.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 6, 10, tzinfo=ZoneInfo("Europe/Helsinki"))
    assert det.interview.end is not None and det.interview.end.minute == 45
    assert {p.name for p in det.interview.interviewers} == {"Mikael Holmström",
                                                             "Linnea Björkqvist"}
    hits = find_times("Zeit:             11 Uhr s.t. (bis ca. 12.30 Uhr)")
    assert hits[0].start.hour == 11
    det = detected("Grüezi Frau Nkosi\n\nDatum:    Dienstag, 10. November 2026\nZeit:     11 Uhr "
                   "s.t. (bis ca. 12.30 Uhr)\nGesprächspartner:  Dr. Beat Zürcher, Leiter "
                   "Firmware-Entwicklung, und ich\n\nFreundliche Grüsse\n\nSimone Aebi\n",
                   subject="Einladung zum Vorstellungsgespraech",
                   sender="Aebi Simone <simone.aebi@aare.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.end and det.interview.end.hour) == (11, 12)
    assert {p.name for p in det.interview.interviewers} == {"Beat Zürcher", "Simone Aebi"}


def test_a_pick_with_please_among_her_own_times_and_a_booked_quoted_slot() -> None:
    det = detected(
        "Thursday please - the 11 o'clock.\n\nIt'll be me and Siobhán Ó Briain (Head of "
        "Platform) on Teams, 45 mins. I'll send the link over tomorrow.\n\nGareth\n\n"
        "On Mon, 2 Nov 2026 at 18:02, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> I could do any of these (all UK time):\n>\n> - Tue 10th, 2pm\n> - Thu 12th, 11am\n",
        subject="Re: Senior Backend Engineer - next steps",
        sender="Gareth Pryce <gareth@kestrel.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 11, tzinfo=ZoneInfo("Europe/London"))
    assert "Siobhán Ó Briain" in [p.name for p in det.interview.interviewers]
    det = detected(
        "Hi Thandi,\n\nGood news - please see Tomás's note below. I've pencilled you in for that "
        "slot.\n\nHannah\n\nFrom: Tomás de la Cruz <tomas@fernhollow.example>\nSent: Monday, "
        "November 2, 2026 9:12 AM\nTo: Hannah <hannah@fernhollow.example>\nSubject: RE: Thandi\n\n"
        "Happy to interview her Monday week at twenty to two (UK time). Give it an hour.\n",
        subject="FW: Thandi Nkosi - Pricing Analyst", sender="Hannah <hannah@fernhollow.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 16, 13, 40, tzinfo=ZoneInfo("Europe/London"))


def test_a_founders_terse_note_for_tomorrow_at_the_office() -> None:
    det = detected(
        "hey Thandi,\n\ngood news - we'd love to get you in properly for the founding product "
        "designer role. tomorrow morning, 10ish, at the office.\n\nit'll be me to start, then my "
        "cofounder Mei Lin Tan will join for the second half.\n\nrafa\n",
        subject="tomorrow", sender="Rafael da Silva <rafa@tideglass.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-03T10:00:00+02:00"


def test_decisions_by_the_quarters_end_and_the_30th_and_an_end_no_later_than() -> None:
    found = find_deadline("Fiona said they'll make a final call by the end of the quarter at the "
                          "very latest.", date(2027, 2, 10))
    assert found is not None and found[0] == date(2027, 3, 31)
    found = find_deadline("We're seeing four candidates over the next fortnight and we'll let "
                          "everyone know by the 30th.", date(2026, 10, 5))
    assert found is not None and found[0] == date(2026, 10, 30)
    found = find_deadline("Wij verwachten in de loop van volgende week een definitief besluit "
                          "te nemen.", date(2026, 10, 12), "DMY")
    assert found is not None and found[0] == date(2026, 10, 23)
    assert stated_end("we'll kick off at half eight and we'll finish no later than 3.30.",
                      time(8, 30)) == time(15, 30)


def test_roles_with_a_year_after_them_in_an_offer_and_in_an_interview_for_the_x_position() -> None:
    assert from_subject("Trainee Solicitor 2027 – an update from Brehaut Tostevin & Co.")[1] == (
        "Trainee Solicitor")
    assert from_subject("Graduate Programme 2027 – your assessment day")[1] != (
        "Graduate Programme")
    assert from_subject("Aktualisiert: Vorstellungsgespräch Fund Accountant (m/w/d)")[1] == (
        "Fund Accountant")
    assert position_from_text("the partners would like to offer you a two-year training "
                              "contract with Brehaut Tostevin & Co.\nas a Trainee Solicitor in "
                              "our Corporate & Funds group.") == "Trainee Solicitor"
    assert position_from_text("This is your first-round interview for the Horticulturist "
                              "(Living Collections) position.") == (
        "Horticulturist (Living Collections)")


def test_a_team_sign_off_over_its_organisation() -> None:
    assert company_from_team("We look forward to meeting you,\n\nInflight Recruitment Team\n"
                             "Aurora Pacific Airways\n\nYou can check your status") == (
        "Aurora Pacific Airways")
    assert company_from_team("Best,\nKestrel Robotics Recruiting") == "Kestrel Robotics"
    assert norm_org("Brehaut Tostevin & Co.") == norm_org("Brehaut Tostevin")
    assert norm_org("Commewijne Agro N.V.") == norm_org("Commewijne Agro")


def test_a_paragraph_of_many_abbreviations_is_split_in_linear_time() -> None:
    # every "St." was re-read from the sentence's start: 64 KB took seconds
    assert len(sentences("Marcus St. John " * 4000)) == 1
    assert sentences("Meet Dr. Ann Lee at noon. Bring ID.") == ["Meet Dr. Ann Lee at noon.",
                                                              "Bring ID."]


def test_roles_with_a_small_number_in_a_subject() -> None:
    assert from_subject("Interview - Year 4 Classroom Teacher (2027)")[1] == (
        "Year 4 Classroom Teacher")
    assert from_subject("Interview invitation - Policy Analyst 2")[1] == "Policy Analyst 2"
    assert from_subject("Hiring manager call with Nadia Kowalski on Fri, Mar 19")[1] is None
    assert from_subject("Interview - Analyst (Req 40817)")[1] != "Analyst (Req 40817)"


def test_an_agency_consultants_desk_is_no_employer() -> None:
    sig = ("Kind regards,\nMia\n\nMia Kontos\nSenior Consultant - Science & Environment\n"
           "Saltbush Recruitment\nLevel 3, 19 Leigh Lane, Adelaide SA 5000")
    assert "Science & Environment" not in list(signature_orgs(sig))
    assert "Saltbush Recruitment" in list(signature_orgs(sig))
