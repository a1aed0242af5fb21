"""A length the mail states for the meeting gives the end when no end time is written.

Why it matters: the thank-you is due after the interview ends; without an end the planner
has to guess one. The traps are lengths that are not the meeting's: "join a few minutes
early", "reply within 48 hours", "ten minutes' walk from the station", "the task takes two
hours".
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailwatch.extract.duration import stated_length


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Duration: 45 minutes", 45),
        ("Length: 1 hour", 60),
        ("It will be a 45-minute conversation on Google Meet.", 45),
        ("It will be a 45-minute video call with Eleanor Whitfield.", 45),
        ("I've scheduled a 30-minute video call for you with Ciarán.", 30),
        ("The interview should take about an hour.", 60),
        ("this Friday at 10am EST (45 minutes, Zoom).", 45),
        ("The format stays the same: one hour on Google Meet.", 60),
        ("You'll meet me and my co-founder; plan for about an hour.", 60),
        ("Plan for ~45 min. No need to prepare.", 45),
        ("It's an informal screen of about 25 minutes: your background.", 25),
        ("The interview lasts 90 minutes.", 90),
        ("We've blocked an hour and a half for the panel.", 90),
        ("a 1.5 hour technical session", 90),
        ("It will be a 2-hour case study interview.", 120),
        ("a quick half-hour chat with the team", 30),
        ("The call is scheduled for 30 mins.", 30),
        ("Duration: 1 hr 15 min", 75),
        ("It's a sixty-minute session with two engineers.", 60),
        ("The interview will run for roughly forty-five minutes.", 45),
    ],
)
def test_a_stated_length_is_read(text: str, minutes: int) -> None:
    assert stated_length(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "text",
    [
        "Please join a few minutes early to test your audio.",
        "Please log in 10 minutes before the start.",
        "Kindly reply within 48 hours.",
        "Our office is a 10-minute walk from the station.",
        "The take-home task should take about two hours; send it back by Friday.",
        "We will get back to you within 24 hours of the interview.",
        "Parking is free for the first 2 hours.",
        "I'll be out of the office for the next few hours.",
        "The session will be 45 to 60 minutes.",
        "Our hours are 9 to 5.",
        "Please arrive 15 minutes early and bring ID.",
        "It takes 20 minutes to fill in the form.",
    ],
)
def test_other_lengths_are_not_the_meetings(text: str) -> None:
    assert stated_length(text) is None


def test_two_different_lengths_are_ambiguous() -> None:
    text = "The first round is a 30-minute call. The second is a 2-hour onsite."
    assert stated_length(text) is None


def test_the_same_length_twice_is_fine() -> None:
    text = "Duration: 45 minutes\n\nIt will be a 45-minute call with our CTO."
    assert stated_length(text) == timedelta(minutes=45)
