"""Peak RSS of a full first cycle over the big Maildir (100k; 10k with --quick).

The cycle is the real CLI, ``mailwatch run --once``, in a process of its own launched by
`rss_probe` (see there why not straight from here); the peak is that process's
``ru_maxrss``. The small mailbox's peak is shown beside it: the difference is what the
mailbox size costs, the rest is the interpreter and mailwatch's imports.
"""

from __future__ import annotations

from .common import Row
from .context import Bench

TARGET_MB = 80.0


def run(bench: Bench) -> list[Row]:
    big = bench.maildir(bench.big)
    small = bench.maildir(bench.small)
    peak = big.maxrss_kb / 1024
    label = bench.size_label(bench.big)
    return [Row(f"peak RSS, full cycle, Maildir {label}", f"{peak:.1f} MB",
                f"<= {TARGET_MB:.0f} MB", peak <= TARGET_MB,
                f"{bench.size_label(bench.small)}: {small.maxrss_kb / 1024:.1f} MB; the "
                f"{label} cycle took {big.seconds:.1f} s: {big.summary.strip()}")]
