"""Rules added in the session that read batch 24NN blind and then tuned on it: each written
so it would hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All mail
here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.model import Kind

_PHX = ZoneInfo("America/Phoenix")


def test_a_new_hour_instead_of_the_quoted_one_keeps_the_quoted_day_and_length() -> None:
    det = detected(
        "Hi Thandi,\n\nA delivery has come in early and I need to sign for it. Could we start "
        "at 3:30 instead of 2:00? Same link.\n\nSorry!\nMarta\n\n"
        "From: Marta Yazzie\nSent: Friday, October 30, 2026 4:11 PM\n"
        "To: Thandi Nkosi <thandi@example.org>\nSubject: Interview - Archivist\n\n"
        "Hi Thandi,\n\nYou're booked for Monday, November 2 from 2:00 to 2:45 pm Arizona "
        "time. You'll be speaking with me and Carl Begay.\n\nMarta\n",
        subject="RE: Interview - Archivist",
        sender="Marta Yazzie <myazzie@saguaro-archive.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 2, 15, 30, tzinfo=_PHX)
    assert det.interview.end == datetime(2026, 11, 2, 16, 15, tzinfo=_PHX)
