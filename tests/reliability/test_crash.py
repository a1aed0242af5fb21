"""kill -9 at every fault point of a cycle, on every provider, then a restart.

The fault points are found in the source (every ``fault_point("…")`` call in mailwatch/
and providers/), so a point added later is crashed at here without editing this file.
A cycle is killed from a subprocess (`MAILWATCH_CRASH_AT`, SIGKILL: no cleanup, no
rollback handler, no atexit), then mailwatch starts again twice.
"""

from __future__ import annotations

import re
import signal
from pathlib import Path

import pytest

from mailwatch.actions import FAULT_ENV

from .scenario import AFTER, ALL_THANKS, DUE, FIRST, LATER, assert_one_draft_per_action, bluewave
from .scenario import invitation as greenleaf
from .worlds import World

ROOT = Path(__file__).resolve().parents[2]
KNOWN = {"after-begin", "after-create", "after-facts"}


def fault_points() -> list[str]:
    found: set[str] = set()
    for folder in ("mailwatch", "providers"):
        for path in (ROOT / folder).rglob("*.py"):
            found |= set(re.findall(r"""fault_point\(\s*["']([\w.-]+)["']""", path.read_text()))
    return sorted(found)


FAULT_POINTS = fault_points()


def test_every_known_fault_point_is_still_in_the_code() -> None:
    """Exactly one draft per action across "a process killed between any two steps":
    the steps this suite kills at must still exist."""
    assert set(FAULT_POINTS) >= KNOWN, FAULT_POINTS


@pytest.mark.parametrize("point", FAULT_POINTS)
def test_killed_at_a_fault_point_then_restarted_gives_one_draft_per_action(
    world: World, point: str
) -> None:
    """Exactly one draft per action, across repeated runs, restarts and a process killed
    between any two steps; nothing lost: mail that arrived in the killed cycle is read on
    restart and its draft written."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    box.deliver(bluewave())  # new mail read by the cycle that is killed
    crashed = box.run_subprocess(DUE, env={FAULT_ENV: point})
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]
    for now in (AFTER, LATER):  # restart, and a later cycle that must change nothing
        assert box.run(now) == 0
    assert_one_draft_per_action(box, ALL_THANKS)
