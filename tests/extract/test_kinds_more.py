"""Kinds and decision deadlines: rejections, cancellations, reschedule requests, ATS status
mail, interviews that are not the user's own, forwards, and deadline arithmetic.

All sentences are written fresh for these tests. DATE in mailfactory is Thu 5 Nov 2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from mailfactory import USERS, mail

from mailwatch.extract import detect
from mailwatch.extract.deadline import find_deadline


def kind_of(body: str, **kw: object) -> str:
    return detect(mail(body, **kw), user_addresses=USERS).kind


def test_move_forward_with_other_candidates_is_a_rejection():
    body = (
        "Dear Thandi,\n\nThank you for your interest in the Payroll Specialist position and "
        "the time you gave us.\n\nAfter reviewing every application, we have chosen to move "
        "forward with other applicants whose background more closely matches the brief.\n\n"
        "Kind regards,\nPeople Team"
    )
    assert kind_of(body, subject="Your application") == "rejection"


def test_application_unsuccessful_is_a_rejection():
    body = (
        "Hi Thandi,\n\nWe are writing about the Logistics Planner role. Your application "
        "was unsuccessful on this occasion.\n\nBest,\nRecruitment"
    )
    assert kind_of(body, subject="Logistics Planner") == "rejection"


def test_regret_to_inform_about_a_cancelled_interview_is_a_cancellation():
    body = (
        "Dear Thandi,\n\nWe regret to inform you that your interview for the Claims Analyst "
        "role on Tuesday 10 November 2026 at 14:00 has been cancelled.\n\nOur recruiter will "
        "contact you about next steps.\n"
    )
    assert kind_of(body, subject="Interview update") == "cancellation"


def test_unfortunately_cancel_with_no_longer_is_a_cancellation():
    body = (
        "Hi Thandi,\n\nUnfortunately we have had to cancel Friday's interview because the "
        "hiring manager is no longer available that day. I will send new options soon.\n"
    )
    assert kind_of(body, subject="Interview for the Data Analyst role") == "cancellation"


def test_prose_cancellation_with_the_slot_is_not_an_invitation():
    body = (
        "Dear Thandi,\n\nI'm sorry to say we've had to cancel your interview with Bongi "
        "Zulu on Monday 9 November at 10:00 SAST. The Analyst role has been paused.\n"
    )
    d = detect(mail(body, subject="Analyst interview"), user_addresses=USERS)
    assert d.kind == "cancellation"


def test_interview_will_not_go_ahead_is_a_cancellation():
    body = (
        "Hi Thandi,\n\nI'm afraid the interview for the Designer role will not go ahead "
        "on Wednesday as planned. Apologies for the short notice.\n"
    )
    assert kind_of(body, subject="Designer interview") == "cancellation"


def test_could_we_move_the_interview_is_a_reschedule():
    body = (
        "Hi Thandi, apologies, something came up. Could we move your interview to "
        "Tuesday 10 November at 11:00 instead? Same video link.\n\nThanks, Sam"
    )
    d = detect(mail(body, subject="Re: Interview - Data Engineer"), user_addresses=USERS)
    assert d.kind == "reschedule"
    assert d.interview is not None and d.interview.start.day == 10


def test_ats_acknowledgement_with_a_timeline_is_a_status_update():
    body = (
        "Hi Thandi,\n\nThank you for applying for the Support Engineer role. We have received "
        "your application and will respond to every applicant within 10 business days.\n"
    )
    d = detect(mail(body, subject="Thanks for applying"), user_addresses=USERS)
    assert d.kind == "status_update"
    assert d.decision_deadline == date(2026, 11, 19)  # Thu 5 Nov + 10 weekdays


def test_plain_ats_acknowledgement_stays_other():
    body = "Hi Thandi,\n\nThank you for applying for the Support Engineer role.\n"
    d = detect(mail(body, subject="Thanks for applying"), user_addresses=USERS)
    assert d.kind == "other" and d.auto_reply


def test_answer_next_week_is_a_status_update_due_friday():
    body = (
        "Hi Thandi,\n\nThe selection committee meets on Monday and we should have an answer "
        "for you next week.\n\nThanks for your patience,\nJo"
    )
    d = detect(mail(body, subject="Quick update"), user_addresses=USERS)
    assert d.kind == "status_update"
    assert d.decision_deadline == date(2026, 11, 13)


@pytest.mark.parametrize(
    "body",
    [
        # a coach's other clients
        "Hi Thandi,\n\nTwo of my clients have interviews on Friday at 09:00, so here is the "
        "list of questions I gave them.\n\nMarie, career coach",
        # a mock interview
        "Hi Thandi,\n\nLet's do a mock interview on Thursday 12 November at 18:00 so you can "
        "practise the case questions. I'll play the hiring manager.\n",
        # the user is the interviewer
        "Hi Thandi,\n\nThanks for helping with our graduate hiring. You're on the interview "
        "panel for the Junior Tester candidate on Monday 9 November at 09:00. Please send "
        "your scorecard afterwards.\n",
        # a reference for someone else
        "Dear Thandi,\n\nAisha Bello has listed you as a referee for the Analyst role. Could I "
        "call you on Friday 6 November at 11:00 for ten minutes?\n",
        # radio
        "Hi Thandi,\n\nThanks for agreeing to come on the show! Our presenter will interview "
        "you live on Tuesday 10 November at 07:40.\n",
    ],
)
def test_interviews_that_are_not_the_users_own_job_interview(body: str):
    d = detect(mail(body, subject="Thursday"), user_addresses=USERS)
    assert d.kind == "other"
    assert d.decision_deadline is None


def test_invitation_without_the_word_interview():
    body = (
        "Hi Thandi,\n\nThanks for your application for the Field Technician position. We'd "
        "like you to come and see us on Tuesday 10 November at 10:00 at our workshop.\n"
    )
    d = detect(mail(body, subject="Field Technician"), user_addresses=USERS)
    assert d.kind == "interview_invitation"


def test_invitation_in_german():
    body = (
        "Sehr geehrte Frau Nkosi,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch ein."
        "\n\nTermin: Montag, 09.11.2026\nUhrzeit: 14:00 - 15:00 Uhr\n"
    )
    d = detect(mail(body, subject="Einladung"), user_addresses=USERS)
    assert d.kind == "interview_invitation"


def test_forwarded_invitation_is_an_invitation():
    body = (
        "Hi Thandi,\n\nSee Peter's note below - all set!\n\nKaren\n\n"
        "---------- Forwarded message ---------\n"
        "From: Peter Venter <peter@venter-tech.example>\nDate: Wed, 4 Nov 2026\n"
        "Subject: slot\nTo: Karen <karen@agency.example>\n\n"
        "Hi Thandi,\n\nI'm pleased to confirm your interview for the QA Lead role on "
        "Thursday 12 November from 10:00 to 11:00 at our office.\n\nPeter\n"
    )
    d = detect(mail(body, subject="Fwd: slot"), user_addresses=USERS)
    assert d.kind == "interview_invitation"


def test_personal_invitation_with_an_unsubscribe_header_is_not_bulk():
    body = (
        "Dear Thandi,\n\nThank you for your application. We are pleased to invite you to an "
        "interview for the Underwriter position on Wednesday 11 November 2026 from 10:00 to "
        "11:00 (SAST) on Teams.\n"
    )
    d = detect(
        mail(body, subject="Your interview", headers={"List-Unsubscribe": "<mailto:u@x.example>"}),
        user_addresses=USERS,
    )
    assert d.kind == "interview_invitation"


def test_booked_event_cancel_and_reschedule_links_are_not_a_booking_request():
    body = (
        "Hi Thandi Nkosi,\n\nA new event has been scheduled.\n\nEvent: Recruiter screen "
        "(Analyst)\nWhen: 09:00 - 09:30 (SAST), Tuesday, 10 November 2026\n\n"
        "Cancel: https://calendly.com/cancellations/abc123\n"
        "Reschedule: https://calendly.com/reschedulings/abc123\n"
    )
    d = detect(mail(body, subject="Confirmed: Recruiter screen"), user_addresses=USERS)
    assert d.kind == "interview_invitation"


def test_a_deadline_in_mail_that_is_not_about_a_job_is_dropped():
    body = (
        "Hi Thandi,\n\nYour flat viewing is confirmed for Saturday. The owner will decide by "
        "Wednesday 11 November.\n"
    )
    d = detect(mail(body, subject="Viewing"), user_addresses=USERS)
    assert d.kind == "other" and d.decision_deadline is None


REF = date(2026, 11, 12)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You will hear back from us within 3-5 business days.", date(2026, 11, 19)),
        ("We'll be in touch next week.", date(2026, 11, 20)),
        ("We expect to reach a decision by the end of the month.", date(2026, 11, 30)),
        ("We will get back to you by mid-December.", date(2026, 12, 15)),
        ("Expect an answer within a week or two.", date(2026, 11, 26)),
        ("We hope to decide between 17 and 19 November.", date(2026, 11, 19)),
        ("Please record your answers by Monday, and we will respond within a week.",
         date(2026, 11, 19)),
    ],
)
def test_deadline_arithmetic(sentence: str, expected: date):
    found = find_deadline(sentence, REF, "DMY")
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Your visa decision is expected by 30 November.",
        "Please complete the recorded interview by Monday 16 November.",
        "The article will be published on 20 November and we'd love your feedback.",
        "Applications close on 18 November.",
    ],
)
def test_someone_elses_deadline_is_not_the_employers(sentence: str):
    assert find_deadline(sentence, REF, "DMY") is None


def test_a_templated_block_does_not_leak_into_the_next_sentence():
    text = (
        "Position: Analyst\nDate: Monday, 30 November 2026\nTime: 09:00\n\n"
        "Our team will get in touch with you about next steps."
    )
    assert find_deadline(text, REF, "DMY") is None
