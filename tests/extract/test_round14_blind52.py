"""Rules from the ninth session's read of batch 52NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_five_to_seven_working_days_is_no_clock() -> None:
    assert find_times("you should hear from me within five to seven working days") == []
    det = detected(
        "Hi Thandi,\n\nQuick update on the Energy Data Analyst role: the panel has met. You "
        "should hear from me, one way or the other, within five to seven working days.\n\n"
        "Lerato", subject="Re: Energy Data Analyst - any news?", sender="Lerato M <l@u.example>")
    assert det.kind is Kind.STATUS_UPDATE


def test_a_bracketed_clock_change_after_the_time_is_not_its_day() -> None:
    det = detected(
        "Dear Thandi,\n\nWe would like to invite you to our group assessment day.\n\n"
        "Date:    Thursday 12 November 2026\nTime:    09:00 - 16:30, UK time (the clocks go back "
        "on Sunday 25 October)\n\nJess", subject="Invitation: Assessment Day",
        sender="Early Careers <ec@ashgrove.example>")
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 9, 0)


def test_portuguese_nova_data_is_a_move() -> None:
    det = detected(
        "Exma. Senhora Thandi Nkosi,\n\nNão será possível manter a entrevista agendada para "
        "quinta-feira, dia 5 de novembro, às 15h00. Propomos a seguinte nova data:\n\n"
        "Data:        segunda-feira, 9 de novembro de 2026\nHora:        11h00 (hora de Lisboa)\n"
        "\nJoana", subject="Reagendamento: Entrevista", sender="Joana B <jb@verde.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 9, 11, 0)


def test_availability_for_the_season_is_no_request() -> None:
    det = detected(
        "Hi Thandi,\n\nThanks for applying for the Backcountry Ranger position. I'll call you on "
        "Thursday, November 5 at 4:30 PM Alaska time for a short phone screen, about 20 minutes; "
        "I'll ask about your field experience and your availability for the May-September "
        "season.\n\nKirsten", subject="Phone screen: Backcountry Ranger",
        sender="Kirsten M <k@parks.example>", date="Mon, 02 Nov 2026 11:02:47 -0900")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_a_ruled_details_block_under_the_sign_off_but_not_office_hours() -> None:
    det = detected(
        "Hi Thandi,\n\nJordan and Rafael would like to walk through your take-home with you live "
        "in a technical deep-dive. A calendar hold is on its way.\n\nTalk soon,\nMei\n\n--\n"
        "Mei Tanaka\nTalent Partner · Corvid Analytics\nRecruiting hours: Mon–Thu, 8am–4pm PT\n\n"
        "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\nTechnical deep-dive · Data Platform Engineer\n"
        "Thursday, November 12 · 10:00–11:30 AM Pacific\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n",
        subject="Corvid Analytics - next step", sender="Mei Tanaka <mei@corvid.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 10, 0)
    assert det.interview.start.date() == date(2026, 11, 12)


def test_a_decision_that_may_slip_and_italian_fine_della_settimana() -> None:
    from mailwatch.extract.deadline import find_deadline

    found = find_deadline("We're hoping to make the call by Friday, though it may slip to "
                          "Monday – Marguerite is away Thursday afternoon.", date(2027, 2, 2),
                          "MDY")
    assert found is not None and found[0] == date(2027, 2, 8)
    found = find_deadline("Le daremo una risposta entro la fine della settimana prossima.",
                          date(2027, 4, 15), "DMY")
    assert found is not None and found[0] == date(2027, 4, 23)


def test_assessors_on_the_day_and_a_manager_in_cc() -> None:
    det = detected(
        "Dear Thandi,\n\nWe would like to invite you to our assessment day.\n\nDate: Thursday "
        "12 November 2026\nTime: 09:00 - 16:30, UK time\n\nYour assessors on the day\n"
        "- Olumide Ade, Head of Data\n- Fiona McAl, HR Business Partner\n\nJess",
        subject="Invitation: Assessment Day", sender="Early Careers <ec@ashgrove.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Fiona McAl", "Olumide Ade"]
    det = detected(
        "Thandi -\n\nLet's do tomorrow at 9 Eastern. 30 min, me + my manager (cc'd), mostly so "
        "she can tell you about the Site Reliability Engineer role. I'll drop a Meet link in this "
        "thread.\n\nd.\n\n--\nDevon Achter\nSenior SRE\n",
        subject="Re: SRE chat", sender="Devon Achter <devon@ferrous.example>",
        headers={"Cc": "\"Okonkwo-Reyes, Adaeze\" <adaeze@ferrous.example>"},
        date="Mon, 02 Nov 2026 16:00:00 -0500")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == [
        "Adaeze Okonkwo-Reyes", "Devon Achter"]


def test_leading_titles_leave_a_display_name() -> None:
    from mailwatch.extract.people import clean_name

    assert clean_name("Dr. Sabine Hollweg") == "Sabine Hollweg"
    assert clean_name("Monsieur Olivier Lambrechts") == "Olivier Lambrechts"
    assert clean_name("Dr Smith") == "Dr Smith"  # (a title and a surname: nothing to strip)
