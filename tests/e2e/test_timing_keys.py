"""Each `[timing]` key changes what `run --once --now` drafts, shown against the default.

The interview in `invitation()` is Thursday 5 November 2026, 10:00-11:00 SAST, with Pieter
and Aisha; by default the thank-yous are due at 12:00 and the first follow-up on Thursday
12 November at 09:00.
"""

from __future__ import annotations

import pytest

from .conftest import RECRUITER, SUBJECT, invitation
from .harness import at, message, msgid


def configure(box, **timing: object) -> None:
    box.timing = timing
    box.write_config()


def first_morning_with_a_draft(box, days: list[str]) -> str | None:
    """Run each of `days` at 09:05; the first after which a draft is waiting."""
    for day in days:
        box.run(at(f"{day} 09:05"))
        if box.kinds():
            return day
    return None


def follow_up_day(box, first: str, days: list[str]) -> str | None:
    """The interview's thank-yous at `first`, sent; then the morning the follow-up appears."""
    box.deliver(invitation())
    box.run(at(first))
    box.send_drafts()
    return first_morning_with_a_draft(box, days)


WEEK = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16"]


@pytest.mark.parametrize("delay,drafted_at_12_05", [(60, True), (180, False)])
def test_thank_you_delay_minutes(box, delay, drafted_at_12_05) -> None:
    configure(box, thank_you_delay_minutes=delay)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    assert bool(box.drafts()) is drafted_at_12_05
    box.run(at("2026-11-05 14:05"))
    assert box.kinds() == ["thank_you", "thank_you"]


@pytest.mark.parametrize("hours,drafted", [(24, True), (2, False)])
def test_thank_you_window_hours_when_learned_late(box, hours, drafted) -> None:
    configure(box, thank_you_window_hours=hours)
    box.deliver(invitation())
    box.run(at("2026-11-05 14:00"))  # first seen three hours after the interview ended
    assert bool(box.drafts()) is drafted


@pytest.mark.parametrize("minutes,due", [(60, "2026-11-05 12:01"), (120, "2026-11-05 13:01")])
def test_default_interview_minutes_when_the_end_is_unknown(box, minutes, due) -> None:
    configure(box, default_interview_minutes=minutes)
    box.deliver(message(
        sender=RECRUITER, subject=SUBJECT, date=at("2026-11-02 10:00"),
        body="Hi Thandi,\n\nYour interview for the Data Engineer role at Greenleaf Analytics "
             "is confirmed for Thursday 5 November at 10:00 SAST.\n\nKind regards,\nLerato "
             "Mokoena\nTalent Partner, Greenleaf Analytics\n"))
    box.run(at("2026-11-05 11:58"))  # due an hour after the assumed end
    if minutes > 60:
        box.run(at("2026-11-05 12:58"))
    assert box.drafts() == []
    box.run(at(due))
    assert box.kinds() == ["thank_you"]


@pytest.mark.parametrize("days,expected", [(7, "2026-11-12"), (3, "2026-11-09")])
def test_follow_up_days(box, days, expected) -> None:
    configure(box, follow_up_days=days)  # 3 days: Sunday 8th, so Monday
    assert follow_up_day(box, "2026-11-05 12:05", WEEK) == expected


@pytest.mark.parametrize("send_days,expected", [(None, "2026-11-12"), (["fri"], "2026-11-13")])
def test_send_days(box, send_days, expected) -> None:
    configure(box, **({"send_days": send_days} if send_days else {}))
    assert follow_up_day(box, "2026-11-05 12:05", WEEK) == expected


@pytest.mark.parametrize("start,at_09_05", [("09:00", True), ("10:30", False)])
def test_send_window_start(box, start, at_09_05) -> None:
    configure(box, send_window_start=start)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert bool(box.drafts()) is at_09_05
    box.run(at("2026-11-12 10:35"))
    assert box.kinds() == ["follow_up"]


@pytest.mark.parametrize("spacing,expected", [(7, "2026-11-19"), (3, "2026-11-16")])
def test_follow_up_spacing_days(box, spacing, expected) -> None:
    configure(box, follow_up_spacing_days=spacing)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert box.kinds() == ["follow_up"]
    box.send_drafts()
    days = ["2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"]
    assert first_morning_with_a_draft(box, days) == expected
    assert box.kinds() == ["follow_up"]


@pytest.mark.parametrize("on,kinds", [(True, ["feedback_request"]), (False, [])])
def test_feedback_request(box, on, kinds) -> None:
    configure(box, feedback_request=on)
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.deliver(message(
        sender=RECRUITER, subject="Your application for Data Engineer",
        date=at("2026-11-09 14:00"),
        body="Dear Thandi,\n\nThank you for interviewing with us. Unfortunately we have "
             "decided not to move forward with your application for the Data Engineer "
             "role.\n\nLerato Mokoena\n"))
    box.run(at("2026-11-10 09:05"))
    assert box.kinds() == kinds


@pytest.mark.parametrize("grace,expected", [(1, "2026-11-23"), (3, "2026-11-25")])
def test_deadline_grace_days(box, grace, expected) -> None:
    configure(box, deadline_grace_days=grace)
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.deliver(message(
        sender=RECRUITER, subject=f"Re: {SUBJECT}", date=at("2026-11-06 15:00"),
        in_reply_to=msgid(invite),
        body="Hi Thandi,\n\nThanks for your time yesterday. The team will make a decision "
             "by Friday 20 November and I will let you know.\n\nBest,\nLerato\n"))
    box.run(at("2026-11-06 15:10"))
    days = ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25"]
    assert first_morning_with_a_draft(box, days) == expected
    assert box.kinds() == ["follow_up"]
