"""Calendar reading of the Gmail provider (``calendar = true``) against the strict fake.

Every event-only interview must reach the real extractor as the invitation it stands for:
the synthetic message is parsed with `mailwatch.message.parse_message` and read by
`mailwatch.extract.detect`, exactly as the cycle does. The calendar side of the world
(an invitation landing in the calendar, the organizer moving or deleting it) is the fake
calendar's helpers; the provider only talks HTTP to it through google-api-python-client.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from mailwatch.providers.base import AuthExpired, CursorInvalid, MessageRef, ProviderError
from mailwatch.providers.event_mail import is_synthetic
from mailwatch.providers.gmail import GmailProvider

import tests.providers.test_gmail as gmail_tests
from mailwatch.extract import detect
from mailwatch.message import parse_message
from mailwatch.model import Detection
from tests.fakes.gmail_api import FakeGmail
from tests.fakes.gmail_fixtures import TokenSource, fake, open_provider, tokens
from tests.providers.contract import make_draft, make_message, parse, roundtrip

__all__ = ["fake", "tokens"]  # fixtures, used by name

SAST = ZoneInfo("Africa/Johannesburg")
USERS = frozenset({"thandi@example.org"})
RECRUITER = ("Lerato Mokoena", "lerato@greenleaf.co.za")
PIETER = ("Pieter van Wyk", "pieter@greenleaf.co.za")
AISHA = ("Aisha Patel", "aisha@greenleaf.co.za")
BOOKED = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
START = datetime(2026, 11, 9, 10, 0, tzinfo=SAST)  # a Monday


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


def interview(fake: FakeGmail, **changes: Any) -> str:
    fields: dict[str, Any] = {
        "organizer": RECRUITER, "attendees": [PIETER, AISHA],
        "rooms": [("Boardroom 2", "c_188abc@resource.calendar.google.com")],
        "description": "Hi Thandi,\n\nYour interview for the Data Engineer role at "
                       "Greenleaf Analytics, with Pieter van Wyk and Aisha Patel.",
        "location": "Greenleaf Analytics, 12 Loop Street", "updated": BOOKED,
        "uid": "gl-4411@greenleaf.co.za"}
    fields.update(changes)
    return fake.calendar.add_event("Interview - Data Engineer (Thandi Nkosi)", START, at(1),
                                   **fields)


@pytest.fixture
def box(fake: FakeGmail, tokens: TokenSource) -> GmailProvider:
    provider = open_provider(fake, tokens, calendar=True)
    provider.clock = lambda: NOW
    yield provider
    provider.close()


def read(provider: GmailProvider, refs: list[MessageRef]) -> list[tuple[Any, Detection]]:
    """(parsed message, detection) of each fetched ref, as the cycle reads them."""
    out = []
    for _, raw in provider.fetch(refs):
        msg = parse_message(raw)
        out.append((msg, detect(msg, user_addresses=USERS)))
    return out


def event_refs(refs: list[MessageRef]) -> list[MessageRef]:
    return [r for r in refs if r.ref.startswith("event:")]


# ------------------------------------------------------------------ reading events


def test_an_event_only_interview_reads_as_an_invitation(box, fake) -> None:
    fake.deliver(make_message("Newsletter", msgid="news@x"))
    interview(fake)
    refs, cursor = box.changes(None)
    assert [r.ref.partition(":")[0] for r in refs] == ["inbox", "event"]  # mail first
    assert "calendar" in roundtrip(cursor)
    ((msg, found),) = read(box, event_refs(refs))
    assert is_synthetic(msg.message_id)
    assert msg.sender is not None and msg.sender.email == RECRUITER[1]
    assert [a.email for a in msg.to] == ["thandi@example.org"]
    assert msg.subject == "Interview - Data Engineer (Thandi Nkosi)"
    assert msg.date == BOOKED
    assert found.kind == "interview_invitation", found.reasons
    iv = found.interview
    assert iv is not None
    assert (iv.start, iv.end, iv.timezone) == (START, at(1), "Africa/Johannesburg")
    assert {p.email for p in iv.interviewers} == {PIETER[1], AISHA[1]}  # no room, no user
    assert (iv.uid, iv.sequence) == ("gl-4411@greenleaf.co.za", 0)
    assert found.company == "Greenleaf Analytics"


def test_headers_alone_show_the_calendar_part_and_the_stable_message_id(box, fake) -> None:
    interview(fake)
    refs, _ = box.changes(None)
    (info,) = box.fetch_headers(refs)
    assert info.has_calendar is True
    (raw,) = [raw for _, raw in box.fetch(refs)]
    assert parse(raw)["Message-ID"] in info.headers.decode()


def test_a_moved_event_reads_as_a_reschedule(box, fake) -> None:
    eid = interview(fake)
    refs, cursor = box.changes(None)
    ((first, _),) = read(box, refs)
    fake.calendar.move(eid, at(24), at(25), updated=BOOKED + timedelta(hours=2))
    refs, _ = box.changes(roundtrip(cursor))
    ((msg, found),) = read(box, refs)
    assert found.kind == "reschedule", found.reasons
    assert found.interview is not None
    assert (found.interview.start, found.interview.sequence) == (at(24), 1)
    assert found.interview.uid == "gl-4411@greenleaf.co.za"
    assert msg.message_id != first.message_id
    assert fake.calls.count("calendar.events.list") == 2


def test_an_event_its_organizer_deleted_reads_as_a_cancellation(box, fake) -> None:
    """Google keeps only the id of a deleted invitation: the cursor remembered the rest."""
    eid = interview(fake)
    _, cursor = box.changes(None)
    fake.calendar.delete(eid)
    refs, cursor = box.changes(roundtrip(cursor))
    ((msg, found),) = read(box, refs)
    assert found.kind == "cancellation", found.reasons
    assert found.interview is not None and found.interview.uid == "gl-4411@greenleaf.co.za"
    assert msg.date == NOW
    assert box.changes(roundtrip(cursor))[0] == []


def test_a_past_event_removed_later_is_not_a_cancellation(box, fake) -> None:
    eid = interview(fake)
    _, cursor = box.changes(None)
    box.clock = lambda: at(30)  # the day after the interview: the user tidies up
    fake.calendar.delete(eid)
    assert box.changes(roundtrip(cursor))[0] == []


def test_a_new_interviewer_gives_a_new_message_but_a_reply_does_not(box, fake) -> None:
    eid = interview(fake)
    refs, cursor = box.changes(None)
    ((first, _),) = read(box, refs)
    event = fake.calendar.events[eid].data
    fake.calendar.edit(eid, attendees=[{**a, "responseStatus": "accepted"} if a.get("self")
                                       else a for a in event["attendees"]])
    refs, cursor = box.changes(roundtrip(cursor))
    assert [m.message_id for m, _ in read(box, refs)] == [first.message_id]  # upstream drops it
    fake.calendar.edit(eid, attendees=[*event["attendees"],
                                       {"email": "sipho@greenleaf.co.za",
                                        "displayName": "Sipho Dlamini"}])
    refs, _ = box.changes(roundtrip(cursor))
    ((msg, found),) = read(box, refs)
    assert msg.message_id != first.message_id
    assert found.interview is not None
    assert "sipho@greenleaf.co.za" in {p.email for p in found.interview.interviewers}


def test_an_expired_sync_token_is_cursor_invalid_and_a_resync_gives_the_same_ids(
        box, fake) -> None:
    interview(fake)
    interview(fake, uid="gl-4412@greenleaf.co.za")
    refs, cursor = box.changes(None)
    before = sorted(m.message_id for m, _ in read(box, refs))
    fake.calendar.expire_sync_tokens()
    with pytest.raises(CursorInvalid):
        box.changes(roundtrip(cursor))
    refs, cursor = box.changes(None)
    assert sorted(m.message_id for m, _ in read(box, refs)) == before
    assert box.changes(roundtrip(cursor))[0] == []


def test_calendar_off_reads_no_events_and_asks_nothing_of_the_calendar(fake, tokens) -> None:
    interview(fake)
    provider = open_provider(fake, tokens)
    refs, cursor = provider.changes(None)
    fake.deliver(make_message("Hello", msgid="hello@x"))
    later, _ = provider.changes(roundtrip(cursor))
    assert refs == [] and len(later) == 1 and "calendar" not in cursor
    assert list(provider.fetch([MessageRef("event:0001abcdef", "inbox")])) == []
    assert not [c for c in fake.calls if c.startswith("calendar.")]


def test_only_one_off_timed_invitations_in_the_window_are_listed(box, fake) -> None:
    """Paging, the window, and what is never an invitation: a series, an all-day event,
    the user's own event, one long past and one far ahead."""
    fake.calendar.page_limit = 2
    wanted = [interview(fake, uid=f"gl-{n}@greenleaf.co.za") for n in range(3)]
    fake.calendar.add_event("Standup", START, at(1), organizer=RECRUITER,
                            extra={"recurrence": ["RRULE:FREQ=DAILY"]})
    fake.calendar.add_event("Day off", START, at(1), organizer=RECRUITER,
                            extra={"start": {"date": "2026-11-09"},
                                   "end": {"date": "2026-11-10"}})
    fake.calendar.add_event("Gym", START, at(1), organizer=("Me", "thandi@example.org"),
                            extra={"organizer": {"email": "thandi@example.org",
                                                 "self": True}})
    fake.calendar.add_event("Deep work", START, at(1), organizer=RECRUITER,
                            extra={"eventType": "focusTime"})
    fake.calendar.add_event("Old interview", NOW - timedelta(days=90),
                            NOW - timedelta(days=90, hours=-1), organizer=RECRUITER)
    fake.calendar.add_event("Far interview", NOW + timedelta(days=70),
                            NOW + timedelta(days=70, hours=1), organizer=RECRUITER)
    refs, cursor = box.changes(None)
    assert [r.ref for r in refs] == [f"event:{eid}" for eid in sorted(wanted)]
    assert fake.calls.count("calendar.events.list") > 2  # it paged
    assert len(read(box, refs)) == 3
    assert set(roundtrip(cursor)["calendar"]["known"]) == set(wanted)


def test_a_window_near_its_end_is_renewed_and_unchanged_events_keep_their_ids(
        box, fake) -> None:
    interview(fake)
    refs, cursor = box.changes(None)
    ((first, _),) = read(box, refs)
    far = fake.calendar.add_event("Final interview", NOW + timedelta(days=75),
                                  NOW + timedelta(days=75, hours=1), organizer=RECRUITER,
                                  updated=BOOKED)
    box.clock = lambda: NOW + timedelta(days=31)
    fake.calls.clear()
    refs, cursor = box.changes(roundtrip(cursor))
    assert fake.calls.count("calendar.events.list") == 2  # incremental, then a full listing
    assert f"event:{far}" in [r.ref for r in refs]
    ids = {m.message_id for m, _ in read(box, refs)}
    assert first.message_id in ids  # unchanged: upstream ignores it by this id


def test_a_token_without_the_calendar_scope_says_how_to_grant_it(box, fake) -> None:
    fake.calendar.granted = False
    with pytest.raises(AuthExpired) as caught:
        box.changes(None)
    assert "--calendar" in str(caught.value)


def test_calendar_reads_are_retried_after_a_hiccup(box, fake) -> None:
    interview(fake)
    fake.fail_next(1, "503", method="events.list")
    refs, _ = box.changes(None)
    assert len(refs) == 1 and len(box.slept) == 1


def test_the_fake_refuses_time_bounds_next_to_a_sync_token(box, fake) -> None:
    _, cursor = box.changes(None)
    sync = roundtrip(cursor)["calendar"]["sync"]
    with pytest.raises(ProviderError, match="400"):
        box.calendar._call(lambda s: s.events().list(
            calendarId="primary", syncToken=sync, timeMin="2026-11-01T00:00:00Z"),
            "events.list")


def test_a_forged_calendar_cursor_is_invalid(box) -> None:
    _, cursor = box.changes(None)
    with pytest.raises(CursorInvalid):
        box.changes({**roundtrip(cursor), "calendar": {"sync": 3}})


class TestContractWithCalendarOn(gmail_tests.TestGmailProvider):
    """The whole provider contract again with calendar reading on (an empty calendar):
    mail, cursors and drafts behave exactly as without it."""

    @pytest.fixture
    def provider(self, fake: FakeGmail, tokens: TokenSource) -> GmailProvider:
        box = open_provider(fake, tokens, calendar=True)
        box.fake = fake  # type: ignore[attr-defined]
        yield box
        box.close()


# ------------------------------------------------------------------ answering an event


def test_a_draft_answering_an_event_message_starts_its_own_thread(box, fake) -> None:
    """No mailbox holds the synthetic message: no threadId is looked for, and the strict
    fake (which refuses a threadId that does not fit) stores the draft in a new thread."""
    interview(fake)
    fake.deliver(make_message("Interview - Data Engineer (Thandi Nkosi)", msgid="other@x"))
    refs, _ = box.changes(None)
    ((msg, _),) = read(box, event_refs(refs))
    fake.calls.clear()
    ref = box.create_draft(make_draft("after-event", to=("Pieter van Wyk <pieter@greenleaf"
                                                          ".co.za>",),
                                      subject="Re: Interview - Data Engineer (Thandi Nkosi)",
                                      in_reply_to=msg.message_id, references=(msg.message_id,),
                                      thread_id=msg.message_id))
    assert fake.calls == ["gmail.users.drafts.create"]
    mid = fake.box.drafts[ref.ref]
    assert fake.box.messages[mid].thread_id == mid  # a thread of its own
    assert parse(fake.draft_raw(ref.ref))["In-Reply-To"] == f"<{msg.message_id}>"


# ------------------------------------------------------------------ configuration


def test_calendar_must_be_a_boolean() -> None:
    problems = GmailProvider.config_problems({"calendar": "yes"})
    assert [k for k, _ in problems] == ["calendar"]
    assert GmailProvider.config_problems({"calendar": True}) == []
    assert GmailProvider.from_config({"token_command": "x", "calendar": True}).calendar \
        is not None
