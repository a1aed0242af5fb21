"""Fault points: the places where the crash tests kill mailwatch like `kill -9`.

A module of its own, with nothing but the standard library, so that any layer can mark a
point — the cycle, the exactly-once protocol in `actions`, a provider between two of its
requests — without a provider importing mailwatch's core to do it. The crash suite
(tests/reliability/test_crash.py) finds every ``fault_point("…")`` call in the source and
kills a cycle at each, from a subprocess started with `FAULT_ENV` naming the point.
"""

from __future__ import annotations

import os
import signal

#: The environment variable naming the one point to die at; unset in normal runs.
FAULT_ENV = "MAILWATCH_CRASH_AT"


def fault_point(name: str) -> None:
    """Die like `kill -9` here when MAILWATCH_CRASH_AT names this point (crash tests):
    SIGKILL, so no cleanup, rollback handler or atexit hook runs, as in a real crash."""
    if os.environ.get(FAULT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
