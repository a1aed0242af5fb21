"""`scan` throughput: messages per second on one core over the labelled corpus.

Parsing and detection of every corpus message, repeated until a few seconds have passed,
in this one process (one core). Reading files is excluded: `scan` reads each file once,
and the disk is not what is measured.
"""

from __future__ import annotations

import time
from pathlib import Path

from mailwatch.extract import detect
from mailwatch.message import parse_message

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
USER = frozenset({"thandi@example.org"})


def measure(seconds: float = 3.0) -> dict[str, float]:
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    for raw in raws:  # warm caches and lazy imports out of the measurement
        detect(parse_message(raw), user_addresses=USER)
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for raw in raws:
            detect(parse_message(raw), user_addresses=USER)
        count += len(raws)
    elapsed = time.perf_counter() - started
    return {"messages": count, "seconds": elapsed, "per_second": count / elapsed,
            "corpus_files": len(raws)}


if __name__ == "__main__":  # pragma: no cover
    print(measure())
