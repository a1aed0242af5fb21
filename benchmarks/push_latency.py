"""Delivery-to-detection latency with IMAP IDLE (mailwatch/push.py on a real Dovecot).

Set-up as the daemon runs it: one `push.Watcher` thread holding its own IMAP connection
in IDLE on INBOX, and a loop that starts a cycle as soon as the watcher signals, the way
`commands._daemon_loop` reacts to `arrived`. A second client (the outside world) APPENDs
an interview invitation at a random moment within the watcher's 5-second IDLE slice, so
arrivals also land between two IDLE commands. Two latencies per delivery, from the
moment APPEND returned: until the watcher signals ("detect"), and until the cycle it
starts has stored the invitation's facts ("end to end"); the target applies to the worst
end-to-end latency.
"""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime, timedelta

from mailwatch.commands import open_provider
from mailwatch.config import load_config
from mailwatch.push import IDLE_SLICE, Watcher

from . import dovecot, jobmail, mailgen
from .common import Row, cycle, median, write_config
from .context import Bench

TARGET_S = 5.0
DELIVERIES = 6
QUICK_DELIVERIES = 3


def _invitation(rng: random.Random, at: datetime) -> bytes:
    """A new interview invitation sent at `at`, for an interview three days later."""
    return jobmail.invitation(rng, jobmail.opening(rng), at, at + timedelta(days=3))[0].raw


def run(bench: Bench) -> list[Row]:
    name = "IMAP IDLE: delivery to detection"
    try:
        server = bench.dovecot()
    except dovecot.Unavailable as exc:
        return [Row(name, "skipped", f"<= {TARGET_S:.0f} s", None, str(exc))]
    source, _ = mailgen.cached_maildir(bench.small, bench.seed)
    user = dovecot.load(server, source)
    dovecot.warm(user)
    config_path = write_config(bench.work / "push", "imap", **user.options())
    cycle(config_path, mailgen.NOW)  # the daemon's first cycle
    config = load_config(config_path)
    arrived, stop = threading.Event(), threading.Event()
    watcher = Watcher("bench", lambda: open_provider(config.accounts[0], config,
                                                     read_only=True, now=None),
                      arrived, stop)
    watcher.start()
    rng = random.Random(bench.seed)
    outside = dovecot.client(user)
    detect, end_to_end, stored = [], [], 0
    count = QUICK_DELIVERIES if bench.quick else DELIVERIES
    bench.say(f"IMAP IDLE: {count} deliveries")
    try:
        time.sleep(1.0)  # the watcher is connected and idling
        for n in range(count):
            time.sleep(rng.uniform(0.1, IDLE_SLICE))
            at = mailgen.NOW + timedelta(days=1 + n)
            raw = _invitation(rng, at)
            arrived.clear()
            outside.append("INBOX", raw)
            delivered = time.perf_counter()
            signalled = arrived.wait(3 * IDLE_SLICE)
            detect.append(time.perf_counter() - delivered if signalled else float("inf"))
            arrived.clear()
            _, report = cycle(config_path, at + timedelta(days=7))
            end_to_end.append(time.perf_counter() - delivered)
            stored += report.stored
    finally:
        stop.set()
        outside.logout()
        watcher.join(IDLE_SLICE + 2)
    worst = max(end_to_end)
    return [Row(name, f"{worst:.2f} s", f"<= {TARGET_S:.0f} s", worst <= TARGET_S,
                f"worst end to end of {count} deliveries (median {median(end_to_end):.2f} s);"
                f" watcher signal median {median(detect) * 1000:.0f} ms, worst "
                f"{max(detect) * 1000:.0f} ms; {stored} of {count} invitations stored")]
