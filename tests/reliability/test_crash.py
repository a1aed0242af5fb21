"""kill -9 at every fault point of a cycle, on every provider, then a restart.

The fault points are found in the source (every ``fault_point("…")`` call in mailwatch/
and providers/), so a point added later is crashed at here without editing this file —
or, when no cycle of the default timeline reaches it, fails here until it is given the
timeline that does (`REACHED_BY`). A cycle is killed from a subprocess
(`MAILWATCH_CRASH_AT`, SIGKILL: no cleanup, no rollback handler, no atexit), then
mailwatch starts again twice.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from mailwatch.faults import FAULT_ENV
from tests.e2e.harness import at, message, msgid

from .scenario import (
    AFTER,
    ALL_THANKS,
    DUE,
    FIRST,
    GREENLEAF_THANKS,
    LATER,
    assert_one_draft_per_action,
    bluewave,
)
from .scenario import invitation as greenleaf
from .worlds import ACCOUNT, PROVIDERS, World

ROOT = Path(__file__).resolve().parents[2]
KNOWN = {"after-begin", "after-create", "after-facts", "after-ingest", "reconcile-found",
         "withdraw-marked", "withdraw-deleted", "outlook-created"}
#: Points in one provider's code: crashed at on that provider only.
PROVIDER_ONLY = {"outlook-created": "outlook"}


def fault_points() -> list[str]:
    found: set[str] = set()
    for folder in ("mailwatch", "providers"):
        for path in (ROOT / folder).rglob("*.py"):
            found |= set(re.findall(r"""fault_point\(\s*["']([\w.-]+)["']""", path.read_text()))
    return sorted(found)


FAULT_POINTS = fault_points()


def killed(world: World, now, point: str) -> None:
    """One cycle at `now`, killed at `point`: it must get there."""
    crashed = world.box.run_subprocess(now, env={FAULT_ENV: point})
    assert crashed.returncode == -signal.SIGKILL, (point, crashed.stderr[-2000:])


def new_mail_then_drafts(world: World, point: str) -> None:
    """The cycle that reads new mail (Bluewave's invitation) and owes three thank-yous
    is killed; a restart and a later cycle must give each thank-you exactly once."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    box.deliver(bluewave())  # new mail read by the cycle that is killed
    killed(world, DUE, point)
    for now in (AFTER, LATER):  # restart, and a later cycle that must change nothing
        assert box.run(now) == 0
    assert_one_draft_per_action(box, ALL_THANKS)


def reconciling_after_a_crash(world: World, point: str) -> None:
    """Reconciliation only runs for an action left `creating`: a first crash right after
    a draft is written leaves one; the restart that reconciles it is killed too."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    box.deliver(bluewave())
    killed(world, DUE, "after-create")
    killed(world, AFTER, point)
    for now in (AFTER, LATER):
        assert box.run(now) == 0
    assert_one_draft_per_action(box, ALL_THANKS)


def withdrawing_a_stale_follow_up(world: World, point: str) -> None:
    """Withdrawal only runs for a follow-up an employer's answer made stale: the cycle
    that deletes it is killed; after the restart no draft is left, nothing is written
    again, and the follow-up is recorded as withdrawn by mailwatch (not "deleted by you")."""
    box = world.box
    invite = greenleaf()
    box.deliver(invite)
    assert box.run(DUE) == 0
    box.send_drafts()  # the user sends both thank-yous
    assert box.run(at("2026-11-12 09:05")) == 0
    assert len(box.drafts()) == 1  # the follow-up to Lerato
    box.deliver(message(sender=("Lerato Mokoena", "lerato@greenleaf.co.za"),
                        to=("Thandi Nkosi", "thandi@example.org"),
                        subject="Re: Interview: Data Engineer at Greenleaf Analytics",
                        date=at("2026-11-12 11:00"), in_reply_to=msgid(invite),
                        body="Hi Thandi, we are still deciding and will be in touch.\n"))
    killed(world, at("2026-11-12 11:05"), point)
    for now in ("2026-11-12 11:20", "2026-11-12 16:00"):
        assert box.run(at(now)) == 0
    assert_one_draft_per_action(box, set())
    store = world.state()
    try:
        states = sorted((r.kind.value, r.state) for r in store.actions(ACCOUNT))
    finally:
        store.close()
    assert states == [("follow_up", "withdrawn"), ("thank_you", "sent"), ("thank_you", "sent")]


#: The timeline that reaches a point; any other point is reached by `new_mail_then_drafts`.
REACHED_BY: dict[str, Callable[[World, str], None]] = {
    "reconcile-found": reconciling_after_a_crash,
    "withdraw-marked": withdrawing_a_stale_follow_up,
    "withdraw-deleted": withdrawing_a_stale_follow_up,
}

MATRIX = [pytest.param(provider, point, id=f"{point}-{provider}")
          for point in FAULT_POINTS for provider in PROVIDERS
          if PROVIDER_ONLY.get(point, provider) == provider]


def test_every_known_fault_point_is_still_in_the_code() -> None:
    """Exactly one draft per action across "a process killed between any two steps":
    the steps this suite kills at must still exist."""
    assert set(FAULT_POINTS) >= KNOWN, FAULT_POINTS


@pytest.mark.parametrize(("world", "point"), MATRIX, indirect=["world"])
def test_killed_at_a_fault_point_then_restarted_gives_one_draft_per_action(
    world: World, point: str
) -> None:
    """Exactly one draft per action, across repeated runs, restarts and a process killed
    between any two steps; nothing lost: mail that arrived in the killed cycle is read on
    restart and its draft written, and a withdrawal cut short is finished and recorded."""
    REACHED_BY.get(point, new_mail_then_drafts)(world, point)


def _unread_invitations(world: World) -> list[bool]:
    fake = world.fake  # type: ignore[attr-defined]
    with fake.lock:
        return [not item.is_read for item in fake.items.values() if item.folder == "inbox"]


@pytest.mark.parametrize("world", ["outlook"], indirect=True)
def test_killed_between_create_reply_and_its_patch_leaves_the_invitation_unread(
    world: World,
) -> None:
    """"Reading never changes the mailbox … nothing is marked read" (README), also across
    a crash: the invitation a thank-you answers is unread again after the restart."""
    box = world.box
    box.deliver(greenleaf())
    assert _unread_invitations(world) == [True]
    killed(world, DUE, "outlook-created")
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, GREENLEAF_THANKS)
    assert _unread_invitations(world) == [True]
