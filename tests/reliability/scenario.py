"""The timeline the reliability tests share, and the one check they all end with.

Two applications: Greenleaf's invitation (tests/e2e/conftest.py: interview Thu 5 Nov
10:00–11:00 SAST with Pieter and Aisha) is seen by a first cycle on Monday; Bluewave's
(Thu 5 Nov 09:00–10:00 with Sipho) arrives later, so the cycle at 12:05 on Thursday both
stores new facts and owes three thank-you drafts — the cycle every fault hits.
"""

from __future__ import annotations

from email.message import EmailMessage

from mailwatch.providers.base import marker_message_id

from mailwatch.store import Store
from tests.e2e.conftest import invitation
from tests.e2e.harness import Mailbox, at, ics_invite, message

NALEDI = ("Naledi Khumalo", "naledi@bluewave.co.za")
SIPHO = ("Sipho Dlamini", "sipho@bluewave.co.za")

FIRST = at("2026-11-02 10:05")  # Monday: Greenleaf's invitation is read, nothing is due
DUE = at("2026-11-05 12:05")  # Thursday: three thank-yous are due
AFTER = at("2026-11-05 12:20")
LATER = at("2026-11-05 18:00")

GREENLEAF_THANKS = {"pieter@greenleaf.co.za", "aisha@greenleaf.co.za"}
ALL_THANKS = GREENLEAF_THANKS | {SIPHO[1]}

__all__ = ["invitation", "bluewave", "drafts_by_action", "assert_one_draft_per_action"]


def bluewave() -> EmailMessage:
    start, end = at("2026-11-05 09:00"), at("2026-11-05 10:00")
    ics = ics_invite(uid="bw-77@bluewave.co.za", start=start, end=end,
                     summary="Interview - Platform Engineer (Thandi Nkosi)",
                     attendees=[SIPHO], organizer=NALEDI)
    body = ("Hi Thandi,\n\nThanks for applying for the Platform Engineer role at Bluewave "
            "Logistics. Your interview is on Thursday 05 November at 09:00 SAST with Sipho "
            "Dlamini. The calendar invitation is attached.\n\nBest,\nNaledi Khumalo\n"
            "Recruiter, Bluewave Logistics\n")
    return message(sender=NALEDI, subject="Interview: Platform Engineer at Bluewave Logistics",
                   body=body, date=at("2026-11-03 09:00"), ics=ics)


def drafts_by_action(box: Mailbox) -> dict[str, list[str]]:
    """action id -> the To address of every draft in the mailbox carrying its marker."""
    out: dict[str, list[str]] = {}
    for draft in box.drafts():
        action = str(draft["X-Mailwatch-Action"])
        assert str(draft["Message-ID"]) == f"<{marker_message_id(action)}>", draft["Message-ID"]
        out.setdefault(action, []).extend(a.addr_spec for a in draft["To"].addresses)
    return out


def assert_one_draft_per_action(box: Mailbox, recipients: set[str]) -> None:
    """Exactly one draft per action, nothing lost: every action the state calls created
    has exactly one draft in the mailbox, every draft belongs to such an action, no action
    is left half-done (`creating`), and the drafts reach exactly `recipients`."""
    found = drafts_by_action(box)
    store = Store.open(box.root / "state.db")
    try:
        created = {r.id for r in store.actions(state="created")}
        creating = [r.id for r in store.actions(state="creating")]
    finally:
        store.close()
    assert {a: len(to) for a, to in found.items() if len(to) != 1} == {}, "duplicate drafts"
    assert set(found) == created
    assert creating == []
    assert sorted(to for (to,) in found.values()) == sorted(recipients)
