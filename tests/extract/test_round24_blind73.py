"""Eighteenth session: rules from the misses of 73NN, read blind at the session's start and
after each step, then studied (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.deadline import find_deadline
from mailwatch.model import Kind


def test_a_role_withdrawn_before_the_interview_is_a_cancellation() -> None:
    d = detected("Dear Thandi,\n\nI am writing about your interview for the position of Policy "
                 "Officer, scheduled for Tuesday 1 December 2026 from 10:00am to 11:00am (AEDT). "
                 "The Department has decided not to proceed with this appointment and the "
                 "position has been withdrawn. Regrettably, this means your interview is "
                 "cancelled.\n\nYours sincerely,\nRecruitment Team",
                 subject="Cancellation of interview – Policy Officer",
                 sender="Recruitment <jobs@dept.example>", date="Thu, 26 Nov 2026 09:00:00 +1100")
    assert d.kind is Kind.CANCELLATION
    # (the candidate turned down is still a rejection)
    assert not c.cancels_rather_than_rejects("We have decided not to proceed with your "
                                             "application. Your interview is cancelled.")


def test_a_move_with_an_adverb_and_not_a_warehouse_move() -> None:
    assert c.RESCHEDULE.search("We have therefore moved your interview to Monday 2 November.")
    assert not c.RESCHEDULE.search("they have just moved off their old warehouse")
    assert c.RESCHEDULE.search("Would 3pm on Thursday suit you instead of 1:30?")


def test_a_research_fellow_is_a_role_and_a_chief_executive_no_principal() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("Interview – Research Fellow (Marine Ecology)")[1] == "Research Fellow"
    d = detected("Dear Thandi,\n\nJonathan would like the panel unchanged: Jonathan Birch and "
                 "Amara Obi, on Monday 2 November 2026 at 10:00.\n\nImogen Pryce\nExecutive "
                 "Assistant to the Chief Executive\nWillow Hospice", subject="Your interview",
                 sender="Imogen Pryce <imogen@willowhospice.example>")
    names = {p.name for p in (d.interview.interviewers if d.interview else d.people)}
    assert "Chief Executive" not in names


def test_referees_before_the_final_decision_are_about_the_job() -> None:
    d = detected("Dear Thandi\n\nThank you for coming in for the Programme Manager interview. You "
                 "are one of two candidates going to the final stage. Before the panel makes its "
                 "final decision we would like to speak to your referees; please also sign the "
                 "attached consent form for the checks. We aim to give you our final decision by "
                 "Friday 20 November 2026.\n\nWarm regards\nZanele",
                 subject="Programme Manager - next steps",
                 sender="Zanele Dube <zanele@ikhwezitrust.example>")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2026, 11, 20)


def test_an_ats_mail_to_book_a_phone_screen_is_no_acknowledgement() -> None:
    from mailfactory import raw_mail

    from mailwatch.extract.autoreply import auto_reply_reason
    from mailwatch.message import parse_message
    m = parse_message(raw_mail("Hi Thandi,\n\nThanks for applying to Tidewater! Sam Lee from "
                               "our Talent team would like to get to know you on a 30-minute "
                               "phone screen for the Analyst position.",
                               subject="Schedule your phone screen",
                               sender="Tidewater <no-reply@ats.example>"))
    assert auto_reply_reason(m) is None


def test_russian_answer_by_the_end_of_the_month() -> None:
    said = find_deadline("Окончательный ответ мы дадим до конца месяца.", date(2027, 4, 12),
                         "DMY")
    assert said is not None and said[0] == date(2027, 4, 30)
    assert c.JOB.search("встречи с остальными кандидатами на позицию")


def test_a_slot_that_will_not_go_ahead_and_a_dutch_call_off() -> None:
    assert c.CANCEL.search("which means Wednesday's 2pm with Simone won't go ahead")
    assert c.CANCEL.search("Helaas moet ik ons gesprek van dinsdag 27 oktober afzeggen.")


def test_an_arabic_job_offer() -> None:
    assert c.offer("يسرّ مجموعة النخيل أن تقدّم لكِ عرضاً وظيفياً لشغل منصب مدير مشاريع")
