"""A seeded generator of realistic mailboxes, written as Maildir and cached on disk.

What a generated mailbox looks like, and why:

* Mail arrives at a steady `PER_DAY` (150 a day, a busy inbox), so a bigger mailbox
  reaches further back: 1k messages span a week, 10k about two months, 100k almost two
  years. mailwatch reads back `lookback_days` (60) on its first cycle, so only a 100k
  mailbox has most of its mail outside the window, as a real one of that size would.
* About 1 % is job mail (`JOB_SHARE`, whole conversations: see jobmail.py); the rest is
  newsletters, automated notifications, receipts (some with a PDF), personal threads with
  the user's answers in Sent, and mail with photo or document attachments (`SHARES`).
* Everything hangs off one `random.Random(seed)`, and the clock is the fixed `NOW`, so
  one (size, seed) always gives the same bytes and file names; `cached_maildir` builds
  a mailbox once and keeps it under the cache dir keyed by version, size and seed.

The Maildir is Maildir++ as Dovecot writes it (INBOX at the root, ``.Sent`` and
``.Drafts`` folders), each file's mtime set to its arrival, which Dovecot reports as
INTERNALDATE; so the same directory is also what `dovecot.load` copies into a server.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import jobmail, mailtext
from .mailtext import SAST, Blobs, Mail

GEN_VERSION = 2
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=SAST)  # a Friday morning
PER_DAY = 150
JOB_SHARE = 0.01
#: Share of messages per category (job mail comes on top, as `JOB_SHARE`).
SHARES = {"newsletter": 0.45, "notification": 0.17, "receipt": 0.12, "personal": 0.20,
          "attachment": 0.05}
PERSONAL_LENGTH = 21 / 8  # mean length of `mailtext.personal_thread`
UNREAD_HOURS = 6  # mail of the last hours is still in new/ (not yet seen by a client)


def span(size: int) -> timedelta:
    return timedelta(days=max(size / PER_DAY, 1.0))


def generate(size: int, seed: int) -> list[Mail]:
    """`size` messages, oldest first. Deterministic in (size, seed)."""
    rng = random.Random(seed)
    blobs = Blobs(seed)
    window = span(size)

    def place(duration: timedelta) -> datetime:
        latest = NOW - duration - timedelta(minutes=5)
        earliest = min(NOW - window, latest - timedelta(hours=1))
        return earliest + (latest - earliest) * rng.random()

    mails: list[Mail] = []
    jobs = max(3, round(size * JOB_SHARE))
    while len(mails) < min(jobs, size):
        mails += jobmail.conversation(rng, place, min(jobs, size) - len(mails))
    kinds = list(SHARES)
    weights = [SHARES[k] / (PERSONAL_LENGTH if k == "personal" else 1) for k in kinds]
    while len(mails) < size:
        kind = rng.choices(kinds, weights)[0]
        when = NOW - window * rng.random()
        if kind == "newsletter":
            mails.append(mailtext.newsletter(rng, when))
        elif kind == "notification":
            mails.append(mailtext.notification(rng, when))
        elif kind == "receipt":
            mails.append(mailtext.receipt(rng, when, blobs))
        elif kind == "attachment":
            mails.append(mailtext.attachment(rng, when, blobs))
        else:
            start = place(timedelta(hours=30 * 5))
            mails += mailtext.personal_thread(rng, start, size - len(mails))
    mails.sort(key=lambda m: (m.when, m.msgid))
    return mails


def stats(mails: list[Mail]) -> dict[str, Any]:
    kinds = Counter(m.kind for m in mails)
    return {"messages": len(mails), "kinds": dict(sorted(kinds.items())),
            "job_share": kinds["job"] / max(len(mails), 1),
            "sent": sum(m.folder == "sent" for m in mails),
            "bytes": sum(len(m.raw) for m in mails),
            "oldest": mails[0].when.isoformat() if mails else None,
            "now": NOW.isoformat()}


def make_maildir(root: Path) -> None:
    """An empty Maildir++ with Sent and Drafts, as Dovecot lays it out."""
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        if folder != root:
            (folder / "maildirfolder").touch()


def file_name(index: int, mail: Mail) -> str:
    """A unique Maildir name from the arrival time; seen mail carries the S flag."""
    base = f"{int(mail.when.timestamp())}.M{index:06d}P4242.bench"
    return base if _unread(mail) else f"{base}:2,S"


def _unread(mail: Mail) -> bool:
    return mail.folder == "inbox" and NOW - mail.when < timedelta(hours=UNREAD_HOURS)


def write_maildir(mails: list[Mail], root: Path) -> None:
    """Write `mails` into a new Maildir at `root`; each file's mtime is its arrival."""
    make_maildir(root)
    for index, mail in enumerate(mails):
        folder = root / ".Sent" if mail.folder == "sent" else root
        path = folder / ("new" if _unread(mail) else "cur") / file_name(index, mail)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, mail.raw)
        finally:
            os.close(fd)
        stamp = mail.when.timestamp()
        os.utime(path, (stamp, stamp))


def cache_dir() -> Path:
    return Path(os.environ.get("MAILWATCH_BENCH_CACHE")
                or Path(tempfile.gettempdir()) / "mailwatch-bench-cache")


def cached_maildir(size: int, seed: int = 1) -> tuple[Path, dict[str, Any]]:
    """(Maildir root, stats) of the (size, seed) mailbox, generated on first use only.

    Treat the Maildir as read-only: benchmarks work on `working_copy`s of it.
    """
    home = cache_dir() / f"v{GEN_VERSION}-n{size}-s{seed}"
    manifest = home / "manifest.json"
    if not manifest.exists():
        home.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=home.name + ".", dir=home.parent))
        mails = generate(size, seed)
        write_maildir(mails, staging / "Maildir")
        (staging / "manifest.json").write_text(json.dumps(stats(mails), indent=1))
        try:
            os.rename(staging, home)
        except OSError:  # another run built it meanwhile: keep theirs
            shutil.rmtree(staging, ignore_errors=True)
    return home / "Maildir", json.loads(manifest.read_text())


def working_copy(source: Path, dest: Path) -> Path:
    """A copy of a Maildir made of hard links (copies across file systems): cheap even at
    100k, and mailwatch only ever adds files (drafts), so the cache stays untouched."""
    for folder, _dirs, files in os.walk(source):
        target = dest / os.path.relpath(folder, source)
        target.mkdir(parents=True, exist_ok=True)
        for name in files:
            try:
                os.link(os.path.join(folder, name), target / name)
            except OSError:
                shutil.copy2(os.path.join(folder, name), target / name)
    return dest
