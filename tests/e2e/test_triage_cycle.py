"""Header triage inside a real cycle: what is fetched and parsed in full, and what is not.

`mailwatch.cycle.parse_message` is the full parse; counting its calls shows which mail
triage let through. Linked mail must get through even when nothing in its own headers
looks like a job, and whatever the order the mailbox lists it in.
"""

from __future__ import annotations

import pytest

from mailwatch import cycle
from mailwatch.store import Store

from .conftest import AISHA, RECRUITER, SUBJECT, invitation
from .harness import at, message, msgid


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message-IDs of every message the cycle parses in full."""
    calls: list[str] = []
    real = cycle.parse_message

    def counting(raw: bytes):
        msg = real(raw)
        calls.append(msg.message_id)
        return msg

    monkeypatch.setattr(cycle, "parse_message", counting)
    return calls


def newsletter():
    return message(sender=("Weekend Reads", "digest@weekendreads.example"),
                   subject="Ten long reads for your Sunday",
                   body="This week: gardens, trains and a history of the semicolon.\n",
                   date=at("2026-11-03 07:00"))


def test_unrelated_mail_is_not_parsed_but_the_invitation_and_its_thread_are(
    box, parsed, capsys
):
    invite = invitation()
    reply = message(sender=RECRUITER, subject="Re: " + SUBJECT, date=at("2026-11-03 09:00"),
                    body="Hi Thandi,\n\nParking is at the back of the building.\n\nLerato\n",
                    in_reply_to=msgid(invite))
    # An interviewer known only from the invite, writing in a new thread about nothing
    # job-like: linked by person, so fetched once the invitation is read (a later round
    # of the same cycle), although the mailbox lists it first.
    aside = message(sender=AISHA, subject="Parking", date=at("2026-11-03 11:00"),
                    body="Hi Thandi,\n\nThe visitor bays are on level 2.\n\nAisha\n")
    letter = newsletter()
    for msg in (aside, letter, invite, reply):
        box.deliver(msg)
    assert box.run(at("2026-11-04 10:00")) == 0
    assert sorted(parsed) == sorted([msgid(invite), msgid(reply), msgid(aside)])
    assert "4 message(s) read, 3 fetched, 3 kept" in capsys.readouterr().out


def test_mail_already_stored_is_not_fetched_again_on_a_resync(box, parsed):
    box.deliver(invitation())
    box.deliver(newsletter())
    box.run(at("2026-11-04 10:00"))
    assert len(parsed) == 1
    store = Store.open(box.root / "state.db")
    try:
        with store.transaction():
            store.set_cursor("personal", None)  # as after an expired cursor
    finally:
        store.close()
    parsed.clear()
    box.run(at("2026-11-04 10:10"))
    assert parsed == []


def test_mail_older_than_the_look_back_window_is_not_fetched(box, parsed):
    old = invitation(sent=at("2025-01-02 10:00"), msgid="old-invite@greenleaf.co.za")
    box.deliver(old)
    box.run(at("2026-11-04 10:00"))
    assert parsed == []
