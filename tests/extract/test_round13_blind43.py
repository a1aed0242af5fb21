"""Rules from the eighth session's read of batch 43NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.position import position_from_text
from mailwatch.model import Kind


def test_a_dutch_decision_day_written_first() -> None:
    assert find_deadline("Vrijdag nemen we de knoop door, en ik bel je die dag zelf.",
                         date(2027, 2, 8), "DMY")[0] == date(2027, 2, 12)


def test_an_italian_correction_that_expects_her_on_the_day() -> None:
    det = detected(
        "Gentile Thandi,\n\nuna piccola correzione: ho scritto «lunedì 12 novembre», ma il 12 "
        "novembre è giovedì. La aspettiamo quindi giovedì 12 novembre alle 10:00 per il "
        "colloquio, come concordato.\n\nGiulia", subject="R: Colloquio Progettista (correzione)",
        sender="Giulia M <g@brenta.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 10)


def test_thanks_for_her_availability_is_no_request() -> None:
    det = detected(
        "Hi Thandi,\n\nThanks for sending over your availability so quickly - Thursday "
        "afternoon it is. Here are the details for the next round for the Data Analyst role.\n\n"
        "When: Thursday 12 November at 2:30pm Eastern\nHow long: 45 minutes\n\nPriscilla",
        subject="Next round - Data Analyst", sender="Priscilla A <p@lindqvist.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_a_daily_slot_to_choose_a_morning_from_is_a_request() -> None:
    det = detected(
        "Kia ora Thandi,\n\nWe'd love a chat about the Outreach role. We've blocked the same "
        "slot every day: 10:00 to 10:45am, Monday 9 November through Friday 13 November. Just "
        "reply and tell me which morning you'd like.\n\nBen",
        subject="Outreach Astronomer - next step (video call)", sender="Ben W <ben@sky.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_cantonese_cancellation() -> None:
    det = detected(
        "Hi Thandi，\n\n唔好意思，營運分析員呢個職位暫時要 on hold，"
        "所以原定本星期四（11月5日）下午3時至4時嘅面試要取消喇。\n",
        subject="取消面試 - 營運分析員",
        sender="Karen Lee <karen@waitak.example>")
    assert det.kind is Kind.CANCELLATION


def test_a_slot_stated_only_in_the_subject() -> None:
    det = detected(
        "Hi Thandi\n\nHere's the confirmation for your interview for our Operations Analyst "
        "vacancy. You'll be meeting Pieter Joubert, our Head of Operations.\n\nSee you then!\n"
        "Naledi", subject="Interview confirmed – Wed 11 Nov @ 16:00 SAST",
        sender="Naledi K <naledi@ridgeback.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-11T16:00:00+02:00"


def test_asked_for_another_day_instead_is_a_move() -> None:
    det = detected(
        "Morning Thandi,\n\nGareth has been pulled up to Leeds, so tomorrow's interview is off. "
        "He's asked for Monday week instead - so not this coming Monday, the one after - at 11am "
        "UK time.\n\nRory", subject="FW: interview Thurs", sender="Rory B <rory@kestrel.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (16, 11)


def test_a_role_followed_by_the_day_of_the_interview() -> None:
    assert position_from_text("I've scheduled your second interview for the position of Supply "
                              "Chain Data Engineer for Thursday 18 February.") == (
        "Supply Chain Data Engineer")
