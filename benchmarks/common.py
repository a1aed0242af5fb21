"""What every benchmark shares: result rows, configs, timed cycles, traffic counters.

Why counters wrap the libraries instead of reading mailwatch's own numbers: a benchmark
must see what crosses the wire (IMAP commands and bytes, file-system calls), whatever the
code under test believes it does. Each wrapper patches a library class for the length of
a `with` block only, in this process.
"""

from __future__ import annotations

import contextlib
import imaplib
import json
import logging
import os
import ssl
import statistics
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from mailwatch.commands import run_once
from mailwatch.config import load_config
from mailwatch.cycle import CycleReport

from .mailtext import USER_ADDR, USER_NAME


@dataclass
class Row:
    """One line of the table. `ok` None: a measurement with no target of its own."""

    name: str
    result: str
    target: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        return "" if self.ok is None else ("ok" if self.ok else "MISS")


def toml_value(value: Any) -> str:
    return json.dumps(value) if isinstance(value, str | bool) else str(value)


def write_config(root: Path, provider: str, **options: Any) -> Path:
    """A config with one account named "bench" and its state under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    account = "\n".join(f"{k} = {toml_value(v)}" for k, v in options.items())
    path = root / "config.toml"
    path.write_text(f"""
[user]
name = "{USER_NAME}"
email = "{USER_ADDR}"
timezone = "Africa/Johannesburg"

[[accounts]]
name = "bench"
provider = "{provider}"
{account}

[state]
path = "{root / "state.db"}"

[profile]
summary = "eight years of backend and data work"
skills = ["Python", "PostgreSQL"]
""", encoding="utf-8")
    return path


def cycle(config_path: Path, now: datetime) -> tuple[float, CycleReport]:
    """One `run --once --now` cycle, as the daemon runs it (config already loaded):
    opens the state and the mailbox, runs the cycle, closes both. (seconds, report)."""
    config = load_config(config_path)
    logging.getLogger("mailwatch").setLevel(logging.CRITICAL)
    started = time.perf_counter()
    reports = run_once(config, now, dry_run=False, fixed_clock=True)
    elapsed = time.perf_counter() - started
    if len(reports) != 1:
        raise RuntimeError(f"the cycle failed; see the state in {config_path.parent}")
    return elapsed, reports[0]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


@dataclass
class Traffic:
    """IMAP commands sent (round trips), bytes read from / written to the socket, and
    where the time went: seconds per IMAP command (sent to tagged answer), in building
    TLS contexts and in running password commands."""

    commands: list[str] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    seconds: Counter[str] = field(default_factory=Counter)


@contextlib.contextmanager
def _timed(owner: object, name: str, label: str, seconds: Counter[str]) -> Iterator[None]:
    original = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            seconds[label] += time.perf_counter() - started

    setattr(owner, name, timed)
    try:
        yield
    finally:
        setattr(owner, name, original)


@contextlib.contextmanager
def imap_traffic() -> Iterator[Traffic]:
    """Count every imaplib command and socket byte in this process while inside."""
    traffic = Traffic()
    cls = imaplib.IMAP4
    saved = {name: getattr(cls, name)
             for name in ("read", "readline", "send", "_command", "_command_complete")}
    sent: dict[Any, tuple[str, float]] = {}  # tag -> (command, when it was sent)

    def read(self: imaplib.IMAP4, size: int) -> bytes:
        data = saved["read"](self, size)
        traffic.bytes_in += len(data)
        return data

    def readline(self: imaplib.IMAP4) -> bytes:
        data = saved["readline"](self)
        traffic.bytes_in += len(data)
        return data

    def send(self: imaplib.IMAP4, data: bytes) -> None:
        traffic.bytes_out += len(data)
        saved["send"](self, data)

    def command(self: imaplib.IMAP4, name: str, *args: Any) -> Any:
        traffic.commands.append(name)
        started = time.perf_counter()
        tag = saved["_command"](self, name, *args)
        sent[tag] = (name, started)
        return tag

    def complete(self: imaplib.IMAP4, name: str, tag: Any) -> Any:
        try:
            return saved["_command_complete"](self, name, tag)
        finally:
            what, started = sent.pop(tag, (name, time.perf_counter()))
            traffic.seconds[what] += time.perf_counter() - started

    patched = {"read": read, "readline": readline, "send": send, "_command": command,
               "_command_complete": complete}
    try:
        for name, fn in patched.items():
            setattr(cls, name, fn)
        with _timed(ssl, "create_default_context", "TLS context", traffic.seconds), \
                _timed(subprocess, "run", "password_command", traffic.seconds):
            yield traffic
    finally:
        for name, fn in saved.items():
            setattr(cls, name, fn)


@dataclass
class FsCalls:
    stat: int = 0
    scandir: int = 0
    open: int = 0

    @property
    def total(self) -> int:
        return self.stat + self.scandir + self.open


@contextlib.contextmanager
def fs_calls() -> Iterator[FsCalls]:
    """Count os.stat / os.scandir / os.open while inside: the Maildir provider's 'round
    trips' are file-system calls (pathlib's stat and is_dir go through os.stat)."""
    calls = FsCalls()
    saved: dict[str, Callable[..., Any]] = {n: getattr(os, n) for n in ("stat", "scandir",
                                                                         "open")}

    def wrap(name: str) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            setattr(calls, name, getattr(calls, name) + 1)
            return saved[name](*args, **kwargs)
        return counted

    try:
        for name in saved:
            setattr(os, name, wrap(name))
        yield calls
    finally:
        for name, fn in saved.items():
            setattr(os, name, fn)


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(value: float) -> str:
    return f"{value / 1e6:.1f} MB"
