"""An idle cycle (no new mail) at 1k and at 100k messages, on Maildir and on IMAP.

This is what the daemon does every `interval_minutes` almost every time, so it must cost
next to nothing and must not grow with the mailbox. Each cycle is a whole `run --once`:
open the state, open the mailbox, ask for changes, fold the stored facts, plan, close.
"Round trips" are IMAP commands for IMAP (login to logout) and file-system calls (stat,
scandir, open) for Maildir.

State before the measured cycles: for Maildir, the prepared mailbox after its first cycle
(context.Bench.maildir). For IMAP, the mailbox is loaded into Dovecot; up to 10k its first
cycle runs over IMAP, while at 100k (a 150 s first sync, too slow for this suite) the
state is the Maildir first cycle's facts with a cursor from `ImapProvider.changes(None)`:
the same messages give the same facts, and the idle cycle only reads those.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailwatch.commands import open_provider
from mailwatch.config import load_config
from mailwatch.store import Store

from . import dovecot, mailgen
from .common import Row, cycle, fs_calls, imap_traffic, median, write_config
from .context import Bench

TARGET_S = 0.050
TARGET_RATIO = 1.5
RUNS = 21
REAL_FIRST_SYNC_UP_TO = 10_000


@dataclass
class Measured:
    times: list[float]
    trips: int  # round trips of the median-time cycle
    seen: int  # messages read across all cycles: 0 when every cycle was idle
    spent: Counter[str]  # IMAP only: seconds per command (and TLS, password), all cycles

    def breakdown(self) -> str:
        top = self.spent.most_common(5)
        return ", ".join(f"{what} {sec / RUNS * 1000:.1f}" for what, sec in top)


def _measure(config: Path, counter: Callable[[], AbstractContextManager[Any]]) -> Measured:
    """`RUNS` idle cycles, each inside a fresh `counter()` (fs_calls or imap_traffic)."""
    times, trips, seen, spent = [], [], 0, Counter()
    for _ in range(RUNS):
        with counter() as count:
            elapsed, report = cycle(config, mailgen.NOW)
        times.append(elapsed)
        trips.append(len(count.commands) if hasattr(count, "commands") else count.total)
        spent.update(getattr(count, "seconds", {}))
        seen += report.seen
    return Measured(times, trips[times.index(sorted(times)[len(times) // 2])], seen, spent)


def _rows(kind: str, bench: Bench, results: dict[int, Measured], how: dict[int, str]
          ) -> list[Row]:
    unit = "IMAP commands" if kind == "IMAP" else "fs calls"
    rows = []
    for size, got in results.items():
        med = median(got.times)
        p90 = statistics.quantiles(got.times, n=10)[-1]
        rows.append(Row(f"idle cycle, {kind} {bench.size_label(size)}", f"{med * 1000:.1f} ms",
                        f"<= {TARGET_S * 1000:.0f} ms", med <= TARGET_S,
                        f"median of {RUNS}, p90 {p90 * 1000:.1f} ms; {got.trips} {unit}"
                        + (f"; ms per cycle in {got.breakdown()}" if got.spent else "")
                        + (f"; {got.seen} messages re-read (not idle!)" if got.seen else "")
                        + (f"; {how[size]}" if how.get(size) else "")))
    small, big = (median(results[s].times) for s in (bench.small, bench.big))
    ratio = big / small
    rows.append(Row(f"idle ratio {bench.size_label(bench.big)}/{bench.size_label(bench.small)},"
                    f" {kind}", f"{ratio:.2f}", f"<= {TARGET_RATIO}", ratio <= TARGET_RATIO,
                    f"round trips {results[bench.big].trips} vs {results[bench.small].trips}"))
    return rows


def maildir_rows(bench: Bench) -> list[Row]:
    results = {}
    for size in (bench.small, bench.big):
        prepared = bench.maildir(size)
        bench.say(f"idle cycle: Maildir {bench.size_label(size)}")
        results[size] = _measure(prepared.config, fs_calls)
    return _rows("Maildir", bench, results, {})


def _seed_imap_state(bench: Bench, root: Path, config_path: Path, size: int) -> None:
    """The Maildir first cycle's facts, this account's cursor taken from the server."""
    prepared = bench.maildir(size)
    source = load_config(prepared.config).state_path
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(root / "state.db")) \
            as dst:
        src.backup(dst)
        dst.execute("DELETE FROM actions")  # their draft refs name Maildir files
        dst.execute("UPDATE accounts SET cursor = NULL")
        dst.commit()
    config = load_config(config_path)
    provider = open_provider(config.accounts[0], config, read_only=True, now=mailgen.NOW)
    try:
        _, cursor = provider.changes(None)
    finally:
        provider.close()
    with closing(Store.open(root / "state.db")) as store, store.transaction():
        store.set_cursor(config.accounts[0].name, cursor)


def imap_rows(bench: Bench) -> list[Row]:
    try:
        server = bench.dovecot()
    except dovecot.Unavailable as exc:
        return [Row("idle cycle, IMAP", "skipped", f"<= {TARGET_S * 1000:.0f} ms", None,
                    str(exc))]
    results, how = {}, {}
    for size in (bench.small, bench.big):
        label = bench.size_label(size)
        bench.say(f"idle cycle: IMAP {label}, loading the mailbox into Dovecot")
        source, _ = mailgen.cached_maildir(size, bench.seed)
        user = dovecot.load(server, source)
        dovecot.warm(user)
        root = bench.work / f"imap-idle-{size}"
        config = write_config(root, "imap", **user.options())
        if size <= REAL_FIRST_SYNC_UP_TO:
            first, _ = cycle(config, mailgen.NOW)
            how[size] = f"after a real first sync ({first:.1f} s)"
        else:
            _seed_imap_state(bench, root, config, size)
            how[size] = "state seeded from the Maildir first cycle (see idle_cycle.py)"
        cycle(config, mailgen.NOW)  # drafts due in the first cycle are written by now
        bench.say(f"idle cycle: IMAP {label}, measuring")
        results[size] = _measure(config, imap_traffic)
    return _rows("IMAP", bench, results, how)


def run(bench: Bench) -> list[Row]:
    return maildir_rows(bench) + imap_rows(bench)

