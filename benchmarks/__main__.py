"""`python -m benchmarks [--quick] [--only NAME ...]`: run the benchmarks, print one table.

Each benchmark is a module with ``run(bench) -> list[Row]``; a row has a result, a target
and ok/MISS. The table goes to stdout with the machine described above it and each row's
note below it; progress goes to stderr. A benchmark that fails becomes an "error" row
and the others still run. ``--quick`` uses 10k where the full run uses 100k (the rows say
which size they measured) and fewer IDLE deliveries.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable

from mailwatch.extract import detect
from mailwatch.message import parse_message
from tests.providers.dovecot import DOVECOT

from . import api_cost, idle_cycle, imap_sync, mailgen, push_latency, rss, scan_speed
from .common import Row
from .context import Bench


def scan(bench: Bench) -> list[Row]:
    """The corpus row is scan_speed's (job mail only, half of it with ICS); the mix row runs
    the same parse + detect over a generated mailbox, which is mostly not job mail."""
    result = scan_speed.measure()
    rate = result["per_second"]
    raws = [m.raw for m in mailgen.generate(bench.small, bench.seed)]
    for raw in raws[:50]:  # lazy imports and caches out of the measurement
        detect(parse_message(raw), user_addresses=scan_speed.USER)
    started = time.perf_counter()
    for raw in raws:
        detect(parse_message(raw), user_addresses=scan_speed.USER)
    mix = len(raws) / (time.perf_counter() - started)
    return [Row("scan throughput, corpus", f"{rate:,.0f} msg/s", ">= 1,000 msg/s",
                rate >= 1000, f"parse + detect over the {result['corpus_files']:.0f} corpus "
                "messages, one core"),
            Row(f"scan throughput, {bench.size_label(bench.small)} mix", f"{mix:,.0f} msg/s",
                ">= 1,000 msg/s", mix >= 1000,
                "the same over a generated mailbox (1% job mail), one core")]


#: Run order matters only for speed: rss prepares the Maildirs that idle reuses.
BENCHMARKS: dict[str, Callable[[Bench], list[Row]]] = {
    "scan": scan,
    "rss": rss.run,
    "idle": idle_cycle.run,
    "imap_sync": imap_sync.run,
    "push": push_latency.run,
    "api": api_cost.run,
}


def machine() -> str:
    """CPU, cores, memory, OS, Python and Dovecot: what the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fp:
            cpu = next((line.split(":", 1)[1].strip() for line in fp
                        if line.startswith("model name")), cpu)
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fp:
            kb = int(next(line.split()[1] for line in fp if line.startswith("MemTotal")))
        memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    dovecot = "not installed"
    if DOVECOT.exists():
        dovecot = subprocess.run([str(DOVECOT), "--version"], capture_output=True,
                                 text=True).stdout.strip() or "unknown version"
    return (f"machine: {cpu}, {os.cpu_count()} core(s){memory}; {platform.platform()}; "
            f"Python {platform.python_version()}; Dovecot {dovecot} on loopback")


def table(rows: list[Row]) -> str:
    header = ("benchmark", "result", "target", "status")
    cells = [header] + [(r.name, r.result, r.target, r.verdict) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(4)).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {r.name}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="10k instead of 100k, fewer deliveries: about a minute")
    parser.add_argument("--only", action="append", choices=list(BENCHMARKS), metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--seed", type=int, default=1, help="mailbox generator seed")
    parser.add_argument("--keep", action="store_true",
                        help="keep the scratch directory (configs, states, Maildirs)")
    args = parser.parse_args(argv)
    bench = Bench(quick=args.quick, seed=args.seed, keep=args.keep)
    load_before = os.getloadavg()[0]
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        for name, run in BENCHMARKS.items():
            if args.only and name not in args.only:
                continue
            bench.say(f"{name}: running")
            try:
                rows += run(bench)
            except Exception as exc:  # one broken benchmark must not hide the others
                traceback.print_exc(file=sys.stderr)
                rows.append(Row(name, "error", "", False, f"{type(exc).__name__}: {exc}"))
    finally:
        bench.close()
    print(machine())
    print(f"mailboxes: generated with seed {args.seed} (benchmarks/mailgen.py: "
          f"{mailgen.PER_DAY} messages a day, {mailgen.JOB_SHARE:.0%} job mail), cached in "
          f"{mailgen.cache_dir()}; {'quick' if args.quick else 'full'} run took "
          f"{time.perf_counter() - started:.0f} s; load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after (timings are wall clock: other load shows)"
          + (f"; scratch kept in {bench.work}" if args.keep else ""))
    print()
    print(table(rows))
    return 1 if any(r.result == "error" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
