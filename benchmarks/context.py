"""The state one `python -m benchmarks` run shares between benchmarks.

Why shared: the expensive steps (generating a mailbox, a first cycle over 100k messages,
starting Dovecot) serve several rows. The first full Maildir cycle at 100k is the RSS
measurement *and* the state the idle-cycle measurement starts from, so it runs once.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.providers.dovecot import DovecotServer

from . import dovecot, mailgen
from .common import cycle, write_config

ROOT = Path(__file__).resolve().parents[1]
#: The Maildir cursor calls a directory settled once listed this long after its last
#: change (providers/maildir.py RACY_NS), plus a margin.
SETTLE_S = 2.2


@dataclass
class Prepared:
    """A Maildir working copy after its first full cycle, run as `mailwatch run --once`."""

    size: int
    config: Path
    maildir: Path
    seconds: float  # the first cycle, wall clock, as a separate process
    maxrss_kb: int  # its peak RSS
    summary: str  # the line the CLI printed
    stats: dict[str, Any]  # the generator's description of the mailbox


class Bench:
    """Options, a scratch directory, a Dovecot started on first use, prepared mailboxes."""

    def __init__(self, *, quick: bool = False, seed: int = 1, keep: bool = False) -> None:
        self.quick, self.seed, self.keep = quick, seed, keep
        self.small = 1_000
        self.big = 10_000 if quick else 100_000
        self.work = Path(tempfile.mkdtemp(prefix="mailwatch-bench-"))
        self._stack = contextlib.ExitStack()
        self._server: DovecotServer | None = None
        self._maildirs: dict[int, Prepared] = {}

    def close(self) -> None:
        self._stack.close()
        if not self.keep:
            shutil.rmtree(self.work, ignore_errors=True)

    def say(self, text: str) -> None:
        """Progress on stderr, so stdout holds only the table."""
        print(f"[benchmarks] {text}", file=sys.stderr, flush=True)

    @staticmethod
    def size_label(size: int) -> str:
        return f"{size // 1000}k" if size % 1000 == 0 else str(size)

    def dovecot(self) -> DovecotServer:
        """The run's Dovecot (raises dovecot.Unavailable when it cannot start here)."""
        if self._server is None:
            self._server = self._stack.enter_context(dovecot.server())
        return self._server

    def maildir(self, size: int) -> Prepared:
        """The (size, seed) mailbox as a Maildir working copy, after one full cycle run by
        the real CLI in its own process (peak RSS measured), then settled: the next cycle
        on it is an idle one."""
        if size in self._maildirs:
            return self._maildirs[size]
        self.say(f"Maildir {self.size_label(size)}: generating or loading from the cache")
        source, stats = mailgen.cached_maildir(size, self.seed)
        root = self.work / f"maildir-{size}"
        maildir = mailgen.working_copy(source, root / "Maildir")
        config = write_config(root, "maildir", path=str(maildir))
        self.say(f"Maildir {self.size_label(size)}: first cycle (mailwatch run --once)")
        probe = run_probe([sys.executable, "-m", "mailwatch", "run", "--once", "--now",
                           mailgen.NOW.isoformat(), "--config", str(config)])
        time.sleep(SETTLE_S)
        cycle(config, mailgen.NOW)  # lists the folders once more, now settled
        prepared = Prepared(size, config, maildir, probe["seconds"], probe["maxrss_kb"],
                            probe["last_line"], stats)
        self._maildirs[size] = prepared
        return prepared


def run_probe(command: list[str]) -> dict[str, Any]:
    """`command` run under benchmarks.rss_probe; its JSON answer."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.rss_probe", *command],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    if answer["returncode"] != 0:
        raise RuntimeError(f"{' '.join(command[:4])}… exited {answer['returncode']}: "
                           + "\n".join(answer["output"]))
    return answer
