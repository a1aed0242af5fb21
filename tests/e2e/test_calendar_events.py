"""Interviews that exist only as calendar events, through the whole daemon.

The account is Gmail or Outlook on its strict fake with ``calendar = true``; every run is
``mailwatch run --once --now`` through `mailwatch.cli.main`, like the other replays. No
invitation mail is delivered: the interview is only an event in the user's calendar, and
still gets exactly one thank-you per interviewer after it ends, addressed to them, in no
mail thread (no mailbox holds the message it answers).
"""

from __future__ import annotations

import email.utils
from datetime import datetime

import pytest

from .conftest import AISHA, PIETER, RECRUITER, invitation
from .harness import at, msgid
from .test_replay_gmail import GmailMailbox
from .test_replay_outlook import OutlookMailbox, graph_server

__all__ = ["graph_server"]  # a fixture, used by name

TITLE = "Interview - Data Engineer (Thandi Nkosi)"
DESCRIPTION = ("Hi Thandi,\n\nYour interview for the Data Engineer role at Greenleaf "
               "Analytics, with Pieter van Wyk and Aisha Patel.\n\nLerato")
UID = "gl-4411@greenleaf.co.za"
BOOKED = at("2026-11-02 10:00")


def _calendar_on(text: str, provider: str) -> str:
    line = f'provider = "{provider}"\n'
    assert line in text
    return text.replace(line, line + "calendar = true\n")


class GmailCalendarBox(GmailMailbox):
    def write_config(self) -> None:
        super().write_config()
        self.config.write_text(_calendar_on(self.config.read_text(), "gmail"))

    def book(self, start: datetime, end: datetime, updated: datetime = BOOKED) -> str:
        assert self.fake is not None
        return self.fake.calendar.add_event(TITLE, start, end, organizer=RECRUITER,
                                            attendees=[PIETER, AISHA], uid=UID,
                                            description=DESCRIPTION, updated=updated)

    def move(self, eid: str, start: datetime, end: datetime, updated: datetime) -> None:
        assert self.fake is not None
        self.fake.calendar.move(eid, start, end, updated=updated)

    def cancel(self, eid: str, updated: datetime) -> None:
        assert self.fake is not None
        self.fake.calendar.delete(eid, updated=updated)

    def expire(self) -> None:
        assert self.fake is not None
        self.fake.calendar.expire_sync_tokens()

    def in_own_threads(self) -> bool:
        assert self.fake is not None
        box = self.fake.box
        return all(box.messages[mid].thread_id == mid for mid in box.drafts.values())


class OutlookCalendarBox(OutlookMailbox):
    def write_config(self) -> None:
        super().write_config()
        self.config.write_text(_calendar_on(self.config.read_text(), "outlook"))

    @property
    def calendar(self):  # noqa: ANN201 - the fake's calendar
        from tests.fakes.graph_calendar import calendar

        assert self.fake is not None
        return calendar(self.fake)

    def book(self, start: datetime, end: datetime, updated: datetime = BOOKED) -> str:
        return self.calendar.add_event(TITLE, start, end, organizer=RECRUITER,
                                       attendees=[PIETER, AISHA], uid=UID,
                                       body=DESCRIPTION, updated=updated)

    def move(self, eid: str, start: datetime, end: datetime, updated: datetime) -> None:
        self.calendar.move(eid, start, end, updated=updated)

    def cancel(self, eid: str, updated: datetime) -> None:
        self.calendar.cancel(eid, updated=updated)

    def expire(self) -> None:
        self.calendar.expire_tokens()

    def in_own_threads(self) -> bool:
        assert self.fake is not None
        return self.fake.traffic.calls_to("POST", "/createReply") == []


@pytest.fixture(params=["gmail", "outlook"])
def box(request, tmp_path):
    if request.param == "gmail":
        made = GmailCalendarBox(tmp_path)
        yield made
        assert made.fake is not None
        made.fake.stop()
    else:
        request.getfixturevalue("graph_server")
        yield OutlookCalendarBox(tmp_path)


def recipients(box) -> list[str]:
    return sorted(email.utils.parseaddr(str(d["To"]))[1] for d in box.drafts())


def test_an_event_only_interview_gets_one_thank_you_per_interviewer_exactly_once(box) -> None:
    box.book(at("2026-11-05 10:00"), at("2026-11-05 11:00"))
    assert box.run(at("2026-11-02 10:05")) == 0
    assert box.drafts() == []
    assert box.run(at("2026-11-05 11:30")) == 0  # over, but not yet an hour ago
    assert box.drafts() == []
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]
    assert recipients(box) == [AISHA[1], PIETER[1]]
    drafts = box.drafts()
    assert all(str(d["In-Reply-To"]).endswith("@calendar.mailwatch>") for d in drafts)
    assert all(str(d["Subject"]) == f"Re: {TITLE}" for d in drafts)
    assert box.in_own_threads()
    first = sorted(str(d["Message-ID"]) for d in drafts)
    assert box.run(at("2026-11-05 12:20")) == 0
    assert box.run(at("2026-11-06 09:00")) == 0
    assert sorted(str(d["Message-ID"]) for d in box.drafts()) == first


def test_a_moved_event_moves_the_thank_you(box) -> None:
    eid = box.book(at("2026-11-05 10:00"), at("2026-11-05 11:00"))
    box.run(at("2026-11-02 10:05"))
    box.move(eid, at("2026-11-06 14:00"), at("2026-11-06 15:00"), at("2026-11-03 09:00"))
    box.run(at("2026-11-03 09:05"))
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.drafts() == []
    assert box.run(at("2026-11-06 16:05")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]


def test_a_cancelled_event_gets_no_thank_you(box) -> None:
    eid = box.book(at("2026-11-05 10:00"), at("2026-11-05 11:00"))
    box.run(at("2026-11-02 10:05"))
    box.cancel(eid, at("2026-11-03 09:00"))
    box.run(at("2026-11-03 09:05"))
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.drafts() == []


def test_an_expired_calendar_token_resyncs_without_a_second_draft(box) -> None:
    box.book(at("2026-11-05 10:00"), at("2026-11-05 11:00"))
    box.run(at("2026-11-02 10:05"))
    box.run(at("2026-11-05 12:05"))
    assert len(box.drafts()) == 2
    box.expire()
    assert box.run(at("2026-11-05 12:20")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]


def _mail_and_event(box, event_changed: datetime) -> None:
    invite = invitation()  # sent 2026-11-02 10:00
    box.deliver(invite)
    box.book(at("2026-11-05 10:00"), at("2026-11-05 11:00"), updated=event_changed)
    box.run(at("2026-11-02 10:05"))
    assert box.run(at("2026-11-05 12:05")) == 0
    assert box.kinds() == ["thank_you", "thank_you"]  # one application, one round
    assert all(str(d["In-Reply-To"]) == f"<{msgid(invite)}>" for d in box.drafts())


def test_an_invitation_mail_and_its_calendar_event_are_one_interview(box) -> None:
    """The usual case: the invitation arrives by mail and sits in the calendar too (same
    UID). One round, one thank-you per interviewer, threaded into the invitation."""
    _mail_and_event(box, at("2026-11-02 09:59"))


def test_an_event_changed_after_its_invitation_mail_still_threads_into_the_mail(box) -> None:
    """The user accepted in the calendar after the mail came: the event's last change is
    the newest employer message, yet the thank-you must answer the invitation mail."""
    _mail_and_event(box, at("2026-11-02 10:03"))
