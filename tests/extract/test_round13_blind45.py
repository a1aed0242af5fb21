"""Rules from the eighth session's read of batch 45NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_dutch_and_afrikaans_half_hours_and_no_count() -> None:
    assert [h.start.hour * 60 + h.start.minute for h in find_times("om half elf die oggend")] == [
        10 * 60 + 30]
    assert find_times("om tien uur")[0].start.hour == 10
    assert find_times("Er zijn om twee redenen vragen.") == []


def test_an_afrikaans_invitation_with_a_word_clock() -> None:
    det = detected(
        "Goeiemôre Thandi,\n\nBaie dankie vir jou aansoek vir die pos van Finance Partner. Die "
        "onderhoud sal plaasvind op Dinsdag 10 November om half elf die oggend by ons kantoor. "
        "Reken op omtrent 'n uur.\n\nGroete,\nMarietjie", subject="Onderhoud / Interview",
        sender="Marietjie S <m@karoo.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 10, 30)


def test_a_broadcaster_saying_on_air_is_still_a_job() -> None:
    det = detected(
        "Hello Thandi,\n\nWe would like to invite you to a second-round interview for the "
        "Broadcast Producer position.\n- Date: Tuesday, 10 November 2026\n- Time: 10:00 - 11:00\n"
        "\nDaniel will ask how you would handle a 12-minute technical pause on air.\n\nSoo-ah",
        subject="2nd Interview – Broadcast Producer", sender="Soo-ah Lim <s@arena.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_bump_and_pull_are_moves() -> None:
    det = detected(
        "hey Thandi - any chance we can bump tmrw to thurs, same time (2pm)?\n\nCal\n\n"
        "> On Nov 1, 2026, at 10:02 AM, Cal W <cal@kelp.example> wrote:\n>\n"
        "> I'd love to talk more about the Hatchery Lead job. How about Tuesday November 3 at "
        "2:00pm Eastern?\n", subject="Re: Hatchery Lead - chat Tue?",
        sender="Cal W <cal@kelp.example>")
    assert det.kind is Kind.RESCHEDULE
    det = detected(
        "Hi Thandi,\n\nApologies for having to pull Tuesday's 10am at such short notice – we've "
        "now locked in Wednesday 11 November at 1:30pm Eastern instead, still an hour.\n\nGrace",
        subject="Re: Analytics Engineer interview - new time", sender="Grace O <g@pine.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (11, 13)


def test_a_weekday_of_a_week_named_by_its_monday() -> None:
    hits = find_dates("They're holding interviews w/c 14 June and have pencilled you in for the "
                      "Wednesday at 11am.", date(2027, 6, 4), "DMY")
    assert [h.day for h in hits] == [date(2027, 6, 14), date(2027, 6, 16)]


def test_an_outcome_within_days_of_yesterdays_interview() -> None:
    det = detected(
        "Hi Thandi,\n\nThank you for coming in yesterday to interview for the Claims Data Lead "
        "role. We'll get back to you with an outcome within ten days of your interview.\n\nNadia",
        subject="Thank you for interviewing with us", sender="Nadia P <n@insure.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 11)


def test_dutch_you_hear_from_us_and_an_italian_offer() -> None:
    assert find_deadline("Je hoort uiterlijk eind van deze week van ons.", date(2027, 3, 9),
                         "DMY")[0] == date(2027, 3, 12)
    det = detected(
        "Gentile Thandi,\n\nabbiamo deciso di offrirti il ruolo di Product Designer presso la "
        "nostra sede di Bologna, con una RAL di 46.000 €.\n\nGiulia",
        subject="Proposta di assunzione - Product Designer",
        sender="Giulia M <g@bassani.example>")
    assert det.kind is Kind.OFFER


def test_subject_roles_with_an_update_lead_a_chinese_round_and_gendered_endings() -> None:
    assert from_subject("Update sollicitatie Data Engineer")[1] == "Data Engineer"
    assert from_subject("面试时间调整：数据分析师岗位第二轮")[1] == "数据分析师"
    assert from_subject("Report de votre entretien – Chef(fe) de projet digital")[1] == (
        "Chef de projet digital")


def test_a_hiring_managers_own_short_confirmation_names_the_writer() -> None:
    det = detected(
        "great, tomorrow at 9 it is. zoom link below, we'll keep it to 30 min.\n\n"
        "https://zoom.us/j/84120077315\n\ntalk soon\nM\n\n-- \nMarcus Oyel\n"
        "Engineering Manager, Payments\nQuillfeather Labs",
        subject="Re: Backend Engineer - quick chat", sender="Marcus Oyel <marcus@quill.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Marcus Oyel"]


def test_a_language_or_a_department_is_no_name() -> None:
    from mailwatch.extract.people import clean_name

    assert clean_name("In English") is None
    assert clean_name("Market Risk") is None


def test_a_dublin_firms_ist_is_irish_summer_time() -> None:
    det = detected(
        "Hi Thandi,\n\nYour interview is on Friday 11 June 2027 at 14:00 IST at our studio.\n\n"
        "Siobhán\nLiffey Harbour Studios, 4 Grand Canal Quay, Dublin 2 · +353 1 555 0100",
        subject="Interview - Producer", sender="Siobhán N <s@liffey.example>",
        date="Mon, 07 Jun 2027 09:00:00 +0100")
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-06-11T14:00:00+01:00"


def test_a_slides_deadline_is_no_slot_and_a_year_ends_a_sentence() -> None:
    det = detected(
        "Dear Ms Nkosi,\n\nI write to invite you to attend an interview on Tuesday 8 December "
        "2026. Your interview will take place from 10.15am to 11.00am (UK time) in Room 2.14.\n\n"
        "Please bring your slides and also email them to me by 5.00pm on Friday 4 December "
        "2026.\n\nPatricia Doyle\nRecruitment Officer", subject="Invitation to Interview",
        sender="Patricia Doyle <p@ashgrove.example>", date="Mon, 23 Nov 2026 14:05:00 +0000")
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-12-08T10:15:00+00:00"
