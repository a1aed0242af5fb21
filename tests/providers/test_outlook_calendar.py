"""Calendar reading of the Outlook provider (``calendar = true``) against the Graph fake.

As for Gmail, each event-only interview is read by the real extractor from the synthetic
message. What only Graph can get wrong is tested here too: calendarView delta needs its
window, pages, expires (410); SEQUENCE comes from an expanded MAPI property; iCalUId
wraps a foreign UID; times arrive in UTC with a Windows zone name beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from mailwatch.providers.base import CursorInvalid, MessageRef
from mailwatch.providers.event_mail import is_synthetic
from mailwatch.providers.outlook import OutlookProvider
from mailwatch.providers.outlook_calendar import original_uid
from mailwatch.providers.outlook_http import GraphError

import tests.providers.test_outlook as outlook_tests
from mailwatch.extract import detect
from mailwatch.message import parse_message
from mailwatch.model import Detection
from tests.fakes.graph_api import GraphServer
from tests.fakes.graph_calendar import FakeCalendar, calendar, goid
from tests.fakes.graph_store import FakeMailbox
from tests.providers.contract import make_draft, make_message, roundtrip
from tests.providers.test_outlook import graph, mailbox, open_provider

__all__ = ["graph", "mailbox"]  # fixtures, used by name

SAST = ZoneInfo("Africa/Johannesburg")
USERS = frozenset({"thandi@example.org"})
RECRUITER = ("Lerato Mokoena", "lerato@greenleaf.co.za")
PIETER = ("Pieter van Wyk", "pieter@greenleaf.co.za")
AISHA = ("Aisha Patel", "aisha@greenleaf.co.za")
BOOKED = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
START = datetime(2026, 11, 9, 10, 0, tzinfo=SAST)
CALENDAR_CALLS = ("/me/calendarView/delta", "/me/calendar")


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


@pytest.fixture
def cal(mailbox: FakeMailbox) -> FakeCalendar:
    return calendar(mailbox)


@pytest.fixture
def box(graph: GraphServer, mailbox: FakeMailbox) -> Iterator[OutlookProvider]:
    provider = open_provider(graph, mailbox, calendar=True)
    provider.clock = lambda: NOW
    yield provider
    provider.close()


def interview(cal: FakeCalendar, **changes: Any) -> str:
    fields: dict[str, Any] = {
        "organizer": RECRUITER, "attendees": [PIETER, AISHA],
        "rooms": [("Boardroom 2", "boardroom2@greenleaf.co.za")],
        "body": "Hi Thandi,\nYour interview for the Data Engineer role at Greenleaf "
                "Analytics, with Pieter van Wyk and Aisha Patel.",
        "uid": "gl-4411@greenleaf.co.za", "updated": BOOKED}
    fields.update(changes)
    return cal.add_event("Interview - Data Engineer (Thandi Nkosi)", START, at(1), **fields)


def read(provider: OutlookProvider, refs: list[MessageRef]) -> list[tuple[Any, Detection]]:
    out = []
    for _, raw in provider.fetch(refs):
        msg = parse_message(raw)
        out.append((msg, detect(msg, user_addresses=USERS)))
    return out


def calendar_calls(mailbox: FakeMailbox) -> list[str]:
    return [c.path for c in mailbox.traffic.calls
            if c.path.startswith(CALENDAR_CALLS) or c.path.startswith("/me/events/")]


# ------------------------------------------------------------------ reading events


def test_an_event_only_interview_reads_as_an_invitation(box, mailbox, cal) -> None:
    mailbox.deliver(make_message("Newsletter", msgid="news@x"))
    interview(cal)
    refs, cursor = box.changes(None)
    assert [r.ref.partition(":")[0] for r in refs] == ["inbox", "event"]  # mail first
    ((msg, found),) = read(box, refs[1:])
    assert is_synthetic(msg.message_id)
    assert msg.sender is not None and msg.sender.email == RECRUITER[1]
    assert [a.email for a in msg.to] == ["thandi@example.org"]  # the calendar's owner
    assert msg.date == BOOKED
    assert found.kind == "interview_invitation", found.reasons
    iv = found.interview
    assert iv is not None
    # Graph serves UTC; "South Africa Standard Time" gives the zone back.
    assert (iv.start, iv.end, iv.timezone) == (START, at(1), "Africa/Johannesburg")
    assert {p.email for p in iv.interviewers} == {PIETER[1], AISHA[1]}  # no room, no user
    assert (iv.uid, iv.sequence) == ("gl-4411@greenleaf.co.za", 0)  # the unwrapped UID
    assert "Greenleaf Analytics" in msg.text  # the HTML body, as text
    delta = mailbox.traffic.calls_to("GET", "/me/calendarView/delta")[0]
    assert set(delta.query) == {"startDateTime", "endDateTime"}


def test_a_moved_event_reads_as_a_reschedule(box, cal) -> None:
    eid = interview(cal)
    refs, cursor = box.changes(None)
    ((first, _),) = read(box, refs)
    cal.move(eid, at(24), at(25), updated=BOOKED + timedelta(hours=2))
    refs, _ = box.changes(roundtrip(cursor))
    ((msg, found),) = read(box, refs)
    assert found.kind == "reschedule", found.reasons
    assert found.interview is not None
    assert (found.interview.start, found.interview.sequence) == (at(24), 1)
    assert msg.message_id != first.message_id


def test_a_cancelled_meeting_reads_as_a_cancellation(box, cal) -> None:
    eid = interview(cal)
    _, cursor = box.changes(None)
    cal.cancel(eid, updated=BOOKED + timedelta(hours=3))
    refs, cursor = box.changes(roundtrip(cursor))
    ((_, found),) = read(box, refs)
    assert found.kind == "cancellation", found.reasons
    assert found.interview is not None and found.interview.uid == "gl-4411@greenleaf.co.za"
    cal.delete(eid)  # the user then removes it: Graph names only the id, nothing to say
    assert box.changes(roundtrip(cursor))[0] == []


def test_a_meeting_cancelled_after_it_took_place_is_not_a_cancellation(box, cal) -> None:
    eid = interview(cal)
    _, cursor = box.changes(None)
    box.clock = lambda: at(30)  # the organizer clears the past meeting from calendars
    cal.cancel(eid)
    refs, _ = box.changes(roundtrip(cursor))
    assert len(refs) == 1 and list(box.fetch(refs)) == []


def test_an_expired_delta_link_is_cursor_invalid_and_a_resync_gives_the_same_ids(
        box, cal) -> None:
    interview(cal)
    interview(cal, uid="gl-4412@greenleaf.co.za")
    refs, cursor = box.changes(None)
    before = sorted(m.message_id for m, _ in read(box, refs))
    cal.expire_tokens()
    with pytest.raises(CursorInvalid):
        box.changes(roundtrip(cursor))
    refs, cursor = box.changes(None)
    assert sorted(m.message_id for m, _ in read(box, refs)) == before
    assert box.changes(roundtrip(cursor))[0] == []


def test_calendar_off_reads_no_events_and_asks_nothing_of_the_calendar(
        graph, mailbox, cal) -> None:
    interview(cal)
    provider = open_provider(graph, mailbox)
    refs, cursor = provider.changes(None)
    assert refs == [] and "calendar" not in cursor
    assert list(provider.fetch([MessageRef("event:AAMkADx-cal00001_E=", "inbox")])) == []
    assert calendar_calls(mailbox) == []


def test_only_one_off_invitations_in_the_window_are_listed_page_by_page(
        box, mailbox, cal) -> None:
    wanted = [interview(cal, uid=f"gl-{n}@greenleaf.co.za") for n in range(4)]
    cal.add_event("Standup", START, at(1), organizer=RECRUITER, kind="occurrence")
    cal.add_event("Leave", START, at(24), organizer=RECRUITER, all_day=True)
    cal.add_event("My own call", START, at(1), organizer=("Thandi Nkosi", "thandi@example.org"),
                  is_organizer=True)
    cal.add_event("Far", NOW + timedelta(days=70), NOW + timedelta(days=70, hours=1),
                  organizer=RECRUITER)
    refs, _ = box.changes(None)
    assert [r.ref for r in refs] == [f"event:{eid}" for eid in wanted]
    assert len(mailbox.traffic.calls_to("GET", "/me/calendarView/delta")) == 3  # 3 a page
    assert len(read(box, refs)) == 4
    assert mailbox.traffic.batch_sizes[-1] == 4  # one $batch, with the SEQUENCE expanded


def test_fetch_headers_then_fetch_reads_each_event_once(box, mailbox, cal) -> None:
    interview(cal)
    refs, _ = box.changes(None)
    (info,) = box.fetch_headers(refs)
    assert info.has_calendar is True
    assert len(list(box.fetch(refs))) == 1
    assert len([c for c in mailbox.traffic.calls if c.path.startswith("/me/events/")]) == 1


def test_a_throttled_delta_page_is_waited_for(box, mailbox, cal) -> None:
    interview(cal)
    mailbox.traffic.throttle(1, retry_after=2.0, only="/me/calendarView/delta")
    refs, _ = box.changes(None)
    assert len(refs) == 1 and box.slept == [2.0]


def test_the_fake_wants_a_window_and_refuses_query_options_on_delta(box) -> None:
    with pytest.raises(GraphError) as missing:
        box.client.get_json("/me/calendarView/delta", {"startDateTime": "2026-11-01T00:00:00Z"})
    assert missing.value.code == "ErrorInvalidParameter"
    with pytest.raises(GraphError):
        box.client.get_json("/me/calendarView/delta", {
            "startDateTime": "2026-11-01T00:00:00Z", "endDateTime": "2026-12-01T00:00:00Z",
            "$select": "subject"})


def test_a_forged_calendar_cursor_is_invalid(box) -> None:
    _, cursor = box.changes(None)
    forged = {**roundtrip(cursor), "calendar": {"delta": "https://evil.example/v1.0/x",
                                                "until": "2027-01-01T00:00:00Z"}}
    with pytest.raises(CursorInvalid):
        box.changes(forged)


def test_a_window_near_its_end_starts_a_fresh_round(box, mailbox, cal) -> None:
    interview(cal)
    refs, cursor = box.changes(None)
    ((first, _),) = read(box, refs)
    box.clock = lambda: NOW + timedelta(days=31)
    refs, _ = box.changes(roundtrip(cursor))
    last = mailbox.traffic.calls_to("GET", "/me/calendarView/delta")[-1]
    assert "startDateTime" in last.query  # a new window, not the old link
    assert [m.message_id for m, _ in read(box, refs)] == [first.message_id]


class TestContractWithCalendarOn(outlook_tests.TestOutlookProvider):
    """The whole provider contract again with calendar reading on (an empty calendar):
    mail, cursors and drafts behave exactly as without it."""

    @pytest.fixture
    def provider(self, graph: GraphServer, mailbox: FakeMailbox) -> Iterator[OutlookProvider]:
        provider = open_provider(graph, mailbox, calendar=True)
        yield provider
        provider.close()


# ------------------------------------------------------------------ answering an event


def test_a_draft_answering_an_event_message_is_created_from_mime(box, mailbox, cal) -> None:
    """createReply needs a message in the mailbox; the synthetic one is in none, so the
    draft is written from MIME, as for any answered message that is missing."""
    interview(cal)
    refs, _ = box.changes(None)
    ((msg, _),) = read(box, refs)
    mailbox.traffic.calls.clear()
    ref = box.create_draft(make_draft("after-event", to=("Pieter van Wyk "
                                                          "<pieter@greenleaf.co.za>",),
                                      in_reply_to=msg.message_id, references=(msg.message_id,),
                                      thread_id=msg.message_id))
    assert mailbox.traffic.calls_to("POST", "/createReply") == []
    assert len(mailbox.traffic.calls_to("POST", "/me/mailFolders/drafts/messages")) == 1
    assert not [c for c in mailbox.traffic.calls
                if c.path == "/me/messages" and "internetMessageId" in c.query.get("$filter", "")
                and "calendar.mailwatch" in c.query["$filter"]]
    assert [d.id for d in mailbox.drafts()] == [ref.ref]
    assert box.find_drafts("after-event") == [ref]


# ------------------------------------------------------------------ pieces


def test_original_uid_unwraps_a_foreign_uid_and_keeps_outlooks_own() -> None:
    assert original_uid(goid("gl-4411@greenleaf.co.za")) == "gl-4411@greenleaf.co.za"
    own = "040000008200E00074C5B7101A82E00800000000D0A2C0A6B1A5DA01000000000000000010000000" \
          "2F8E9A6B3C4D5E6F708192A3B4C5D6E7"
    assert original_uid(own) == own
    assert original_uid("not hex") == "not hex"


def test_calendar_must_be_a_boolean() -> None:
    options = {"client_id": "00000000-0000-0000-0000-000000000000"}
    assert [k for k, _ in OutlookProvider.config_problems({**options, "calendar": 1})] == \
        ["calendar"]
    assert OutlookProvider.config_problems({**options, "calendar": False}) == []
