"""The demo story must be well-formed mail in a consistent timeline.

If a message in the story were malformed or out of order, the demo would show the
product misbehaving for reasons that have nothing to do with the product.
"""

from __future__ import annotations

import dataclasses

import icalendar
import pytest

from mailwatch.demo_data import DemoStep, build_scenario
from mailwatch.message import Message, parse_message


def _all(steps: list[DemoStep]) -> list[tuple[int, str, Message]]:
    out = []
    for index, step in enumerate(steps):
        for box, raws in (("inbox", step.inbox), ("sent", step.sent)):
            out += [(index, box, parse_message(raw)) for raw in raws]
    return out


@pytest.fixture(scope="module")
def steps() -> list[DemoStep]:
    return build_scenario()


@pytest.fixture(scope="module")
def messages(steps: list[DemoStep]) -> list[tuple[int, str, Message]]:
    return _all(steps)


def test_story_shape(steps: list[DemoStep]) -> None:
    assert 12 <= len(steps) <= 18
    assert any(s.send_drafts for s in steps)
    for step in steps:
        assert step.at.tzinfo is not None and step.at.utcoffset() is not None
        assert step.note.strip() and "\n" not in step.note
    with pytest.raises(dataclasses.FrozenInstanceError):
        steps[0].note = "changed"  # type: ignore[misc]


def test_steps_move_forward_and_messages_fit_their_step(
    steps: list[DemoStep], messages: list[tuple[int, str, Message]]
) -> None:
    for before, after in zip(steps, steps[1:], strict=False):
        assert before.at < after.at
    for index, _box, msg in messages:
        assert msg.date is not None
        assert msg.date <= steps[index].at, msg.subject
        if index:
            assert msg.date > steps[index - 1].at, msg.subject


def test_every_message_parses_with_headers(messages: list[tuple[int, str, Message]]) -> None:
    assert len(messages) >= 12
    for _index, _box, msg in messages:
        assert msg.message_id and msg.sender is not None and msg.to and msg.subject
        assert msg.text.strip()


def test_message_ids_unique(messages: list[tuple[int, str, Message]]) -> None:
    ids = [m.message_id for _i, _b, m in messages]
    assert len(ids) == len(set(ids))


def test_replies_point_at_earlier_messages(messages: list[tuple[int, str, Message]]) -> None:
    seen: set[str] = set()
    replies = 0
    for _index, _box, msg in sorted(messages, key=lambda t: (t[0], t[2].date)):
        pointers = set(msg.references) | ({msg.in_reply_to} if msg.in_reply_to else set())
        assert pointers <= seen, msg.subject
        if msg.in_reply_to:
            replies += 1
            assert msg.references and msg.references[-1] == msg.in_reply_to
        seen.add(msg.message_id)
    assert replies >= 5


def test_user_mail_is_from_the_user_and_inbox_mail_to_the_user(
    messages: list[tuple[int, str, Message]],
) -> None:
    for _index, box, msg in messages:
        assert msg.sender is not None
        if box == "sent":
            assert msg.sender.email == "thandi@example.org"
        else:
            assert msg.sender.email != "thandi@example.org"
            assert "thandi@example.org" in {a.email for a in msg.to + msg.cc}


def test_user_identity_is_a_parameter() -> None:
    steps = build_scenario("Ana Ferreira", "ana.ferreira@example.net")
    for _index, box, msg in _all(steps):
        addresses = {a.email for a in msg.to + msg.cc}
        if box == "sent":
            assert msg.sender is not None and msg.sender.email == "ana.ferreira@example.net"
        else:
            assert "ana.ferreira@example.net" in addresses
        assert "Thandi" not in msg.full_text and "thandi@" not in msg.full_text
        for cal in msg.calendars:
            assert "thandi" not in cal.text.lower()
    assert not any("Thandi" in s.note for s in steps)


def _events(
    messages: list[tuple[int, str, Message]],
) -> list[tuple[str | None, Message, icalendar.Event]]:
    out = []
    for _index, _box, msg in messages:
        for part in msg.calendars:
            cal = icalendar.Calendar.from_ical(part.text)
            out += [(part.method or str(cal.get("METHOD")), msg, ev) for ev in cal.walk("VEVENT")]
    return out


def _attendees(event: icalendar.Event) -> list[icalendar.vCalAddress]:
    value = event.get("ATTENDEE")
    return value if isinstance(value, list) else [value]


def test_google_invitation(messages: list[tuple[int, str, Message]]) -> None:
    google = [
        (m, e)
        for method, m, e in _events(messages)
        if method == "REQUEST" and "google.com" in str(e.get("UID"))
    ]
    assert google
    msg, event = google[0]
    assert event.decoded("DTSTART").tzinfo is not None
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert "mailto:lena.vogt@" in str(event["ORGANIZER"])
    people = [a for a in _attendees(event) if "thandi@" not in str(a)]
    assert len(people) == 2 and all(a.params.get("CN") for a in people)
    assert msg.headers.get("content-type", "").startswith("multipart/")


def test_outlook_invitation_is_rescheduled(messages: list[tuple[int, str, Message]]) -> None:
    outlook = [
        e
        for method, _m, e in _events(messages)
        if method == "REQUEST" and str(e.get("UID")).startswith("0400000082")
    ]
    assert [int(e.get("SEQUENCE")) for e in outlook] == [0, 1]
    assert outlook[0]["UID"] == outlook[1]["UID"]
    assert outlook[0]["DTSTART"].params["TZID"] == "W. Europe Standard Time"
    assert outlook[0].decoded("DTSTART") != outlook[1].decoded("DTSTART")


def test_noise_is_marked_as_such(messages: list[tuple[int, str, Message]]) -> None:
    headers = [m.headers for _i, _b, m in messages]
    assert any(
        "list-unsubscribe" in h and "interview" in m.subject.lower()
        for h, (_i, _b, m) in zip(headers, messages, strict=True)
    )
    assert any(h.get("auto-submitted") == "auto-replied" for h in headers)


def test_plain_text_invitation_states_slot_and_people(
    messages: list[tuple[int, str, Message]],
) -> None:
    marula = [m for _i, _b, m in messages if m.subject.startswith("Interview invitation")]
    assert marula and not marula[0].calendars
    assert "Thursday 12 November at 10:00 SAST" in marula[0].text
    assert "and myself" in marula[0].text
    assert any(a.name == "Ayesha Patel" for a in marula[0].cc)


def test_decision_date_and_rejection_are_replies(messages: list[tuple[int, str, Message]]) -> None:
    texts = {m.message_id: m for _i, _b, m in messages}
    decision = [m for m in texts.values() if "Friday 20 November" in m.text]
    assert decision and decision[0].in_reply_to in texts
    rejection = [m for m in texts.values() if "another candidate" in m.text]
    assert rejection and rejection[0].in_reply_to in texts
