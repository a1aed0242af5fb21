from __future__ import annotations

import pytest

from .harness import Mailbox, at, ics_invite, message

RECRUITER = ("Lerato Mokoena", "lerato@greenleaf.co.za")
PIETER = ("Pieter van Wyk", "pieter@greenleaf.co.za")
AISHA = ("Aisha Patel", "aisha@greenleaf.co.za")
INTERVIEW_START = at("2026-11-05 10:00")  # a Thursday
INTERVIEW_END = at("2026-11-05 11:00")
SUBJECT = "Interview: Data Engineer at Greenleaf Analytics"


def invitation(
    subject: str = SUBJECT,
    *,
    start=INTERVIEW_START,
    end=INTERVIEW_END,
    sequence: int = 0,
    method: str = "REQUEST",
    sent=None,
    extra: str = "",
    msgid: str | None = None,
    in_reply_to: str | None = None,
):
    ics = ics_invite(
        uid="gl-4411@greenleaf.co.za",
        start=start,
        end=end,
        summary="Interview - Data Engineer (Thandi Nkosi)",
        attendees=[PIETER, AISHA],
        organizer=RECRUITER,
        method=method,
        sequence=sequence,
    )
    body = (
        "Hi Thandi,\n\n"
        "Thank you for your interest in the Data Engineer role at Greenleaf Analytics. "
        f"I have booked your interview for {start.strftime('%A %d %B')} at "
        f"{start.strftime('%H:%M')} SAST with Pieter van Wyk and Aisha Patel. "
        "The calendar invitation is attached.\n"
        f"{extra}\n"
        "Kind regards,\nLerato Mokoena\nTalent Partner, Greenleaf Analytics\n"
    )
    if method == "CANCEL":
        body = (
            "Hi Thandi,\n\nUnfortunately we need to cancel your interview for the Data "
            "Engineer role. We will be in touch.\n\nLerato\n"
        )
    return message(
        sender=RECRUITER,
        subject=subject,
        body=body,
        date=sent or at("2026-11-02 10:00"),
        ics=ics,
        msgid=msgid,
        in_reply_to=in_reply_to,
    )


@pytest.fixture
def box(tmp_path) -> Mailbox:
    return Mailbox(tmp_path)
