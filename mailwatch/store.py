"""SQLite state: per-account cursors, extracted facts of relevant messages, action records.

Applications are *not* stored: they are folded from the facts every cycle (tracker.fold),
so a reschedule, a config change or a better extractor never leaves stale derived rows.
What must survive a crash is stored and committed before the next step: the cursor only
after the facts it covers, an action's `creating` row before the provider is called.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from .model import ActionKind, ActionRecord, MessageFacts

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
#: Files beside the database that belong to it: SQLite's WAL and shared memory (which hold
#: recent writes, facts included) and the two lock files (`exclusive`, `daemon_lock`).
COMPANIONS = ("-wal", "-shm", ".lock", ".daemon")
_warned_dirs: set[Path] = set()

_MIGRATIONS = {
    1: """
    CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        cursor TEXT,
        first_cycle_at TEXT,
        last_success TEXT,
        last_error TEXT,
        last_error_at TEXT
    );
    CREATE TABLE facts (
        account TEXT NOT NULL,
        message_id TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (account, message_id)
    );
    CREATE TABLE skipped (
        account TEXT NOT NULL,
        ref TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (account, ref)
    );
    CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        account TEXT NOT NULL,
        application_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,
        due TEXT NOT NULL,
        draft_ref TEXT,
        body_hash TEXT,
        created_at TEXT,
        recipient TEXT,
        note TEXT
    );
    CREATE INDEX actions_app ON actions (account, application_id);
    CREATE TABLE app_ids (
        account TEXT NOT NULL,
        message_id TEXT NOT NULL,
        app_id TEXT NOT NULL,
        PRIMARY KEY (account, message_id)
    );
    """,
}


def make_private(path: Path) -> None:
    """Bring an existing state to 0600 files (database, WAL, shared memory, locks).

    Why: the state holds who the user is interviewing with and when, and a database made
    by an older mailwatch, copied from a backup or created under a loose umask by hand
    stays readable by others forever otherwise; new files are made 0600 by `open`, old
    ones only here. Tightened with one warning naming what was open, so the user knows it
    may have been read. The directory is made 0700 when it is mailwatch's own data
    directory; any other (``[state] path`` may point into a folder the user shares with
    other things) is left alone with a warning, once per process, saying `chmod 700`.
    """
    if os.name != "posix":
        return
    opened: list[str] = []
    for candidate in (path, *(path.with_name(path.name + s) for s in COMPANIONS)):
        try:
            st = candidate.stat()
            if st.st_mode & 0o077 and stat.S_ISREG(st.st_mode):
                os.chmod(candidate, 0o600)
                opened.append(f"{candidate.name} ({stat.S_IMODE(st.st_mode):04o})")
        except FileNotFoundError:
            continue
        except PermissionError:  # someone else's file: say so, and go on with the cycle
            log.warning("cannot make %s private (it is not yours): check who owns it and "
                        "run `chmod 600 %s`", candidate, candidate)
    folder = path.parent
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        from .config import default_state_path

        if folder.resolve() == default_state_path().parent.resolve():
            os.chmod(folder, 0o700)
            opened.append(f"its directory ({mode:04o})")
        elif folder not in _warned_dirs:
            _warned_dirs.add(folder)
            log.warning("the state directory %s is open to other users (mode %04o); the "
                        "files in it are private, but run `chmod 700 %s` so no one else "
                        "can list or replace them", folder, mode, folder)
    if opened:
        log.warning("the state in %s was open to other users: %s; made it private "
                    "(files 0600, directory 0700). It holds facts about your applications "
                    "and interviews.", folder, ", ".join(opened))


class AlreadyRunning(Exception):
    """Another daemon holds this state; `str(exc)` is its pid."""


class Store:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- opening ----------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating 0700 dir / 0600 file) and migrate to the current schema. A state
        found open to other users is made private first (`make_private`)."""
        path = Path(path).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        make_private(path)  # before connecting: SQLite gives new -wal/-shm the DB's mode
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        store = cls(conn)
        store._migrate()
        return store

    @staticmethod
    @contextmanager
    def exclusive(path: Path) -> Iterator[None]:
        """Hold the state's lock file: one cycle at a time writes drafts for this state,
        so a `run --once` next to the daemon waits instead of drafting twice."""
        import fcntl

        lock_path = Path(path).expanduser().with_name(Path(path).name + ".lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    @staticmethod
    @contextmanager
    def daemon_lock(path: Path) -> Iterator[None]:
        """Held for a daemon's whole life, so a second daemon on the same state refuses to
        start (AlreadyRunning names the pid that holds it). The kernel drops the lock when
        the process dies, so a crash never leaves a stale lock behind."""
        import fcntl

        lock_path = Path(path).expanduser().with_name(Path(path).name + ".daemon")
        lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                raise AlreadyRunning(holder or "?") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            yield
        finally:
            os.close(fd)

    @classmethod
    def memory_copy(cls, path: Path | None) -> Store:
        """An in-memory copy of the state at `path` (or empty): what dry runs write to."""
        mem = sqlite3.connect(":memory:", isolation_level=None)
        if path is not None and Path(path).exists():
            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                src.backup(mem)
            finally:
                src.close()
        store = cls(mem)
        store._migrate()
        return store

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"state database is from a newer mailwatch (schema {version})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target}")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- accounts -----------------------------------------------------------------

    def _ensure_account(self, name: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO accounts (name) VALUES (?)", (name,))

    def cursor(self, account: str) -> Any | None:
        row = self.conn.execute("SELECT cursor FROM accounts WHERE name = ?",
                                (account,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def set_cursor(self, account: str, cursor: Any | None) -> None:
        self._ensure_account(account)
        self.conn.execute("UPDATE accounts SET cursor = ? WHERE name = ?",
                          (json.dumps(cursor) if cursor is not None else None, account))

    def first_cycle_at(self, account: str) -> datetime | None:
        row = self.conn.execute("SELECT first_cycle_at FROM accounts WHERE name = ?",
                                (account,)).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def mark_first_cycle(self, account: str, now: datetime) -> datetime:
        self._ensure_account(account)
        self.conn.execute("UPDATE accounts SET first_cycle_at = ? WHERE name = ? AND "
                          "first_cycle_at IS NULL", (now.isoformat(), account))
        first = self.first_cycle_at(account)
        assert first is not None
        return first

    def record_result(self, account: str, now: datetime, error: str | None) -> None:
        self._ensure_account(account)
        if error is None:
            self.conn.execute("UPDATE accounts SET last_success = ? WHERE name = ?",
                              (now.isoformat(), account))
        else:
            self.conn.execute("UPDATE accounts SET last_error = ?, last_error_at = ? "
                              "WHERE name = ?", (error, now.isoformat(), account))

    def account_status(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT name, first_cycle_at, last_success, last_error, "
                                 "last_error_at FROM accounts ORDER BY name").fetchall()
        keys = ("name", "first_cycle_at", "last_success", "last_error", "last_error_at")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    # -- facts --------------------------------------------------------------------

    def has_fact(self, account: str, message_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM facts WHERE account = ? AND message_id = ?",
                                 (account, message_id)).fetchone() is not None

    def put_fact(self, facts: MessageFacts) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO facts (account, message_id, date, data) VALUES (?,?,?,?)",
            (facts.account, facts.message_id, facts.date.isoformat(),
             json.dumps(facts.to_json(), sort_keys=True)))

    def facts(self, account: str) -> list[MessageFacts]:
        rows = self.conn.execute("SELECT data FROM facts WHERE account = ? "
                                 "ORDER BY date, message_id", (account,)).fetchall()
        return [MessageFacts.from_json(json.loads(r[0])) for r in rows]

    def has_marker_fact(self, account: str, action_id: str) -> bool:
        """A stored message carries this action's marker: its draft was sent."""
        return self.conn.execute(
            "SELECT 1 FROM facts WHERE account = ? AND json_extract(data, '$.mw_action') = ?",
            (account, action_id)).fetchone() is not None

    def app_ids(self, account: str) -> dict[str, str]:
        """message id -> application id, as first assigned (ids must not drift)."""
        rows = self.conn.execute("SELECT message_id, app_id FROM app_ids WHERE account = ?",
                                 (account,)).fetchall()
        return dict(rows)

    def remember_app_ids(self, account: str, mapping: dict[str, str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO app_ids (account, message_id, app_id) VALUES (?,?,?)",
            [(account, m, a) for m, a in mapping.items()])

    def note_skipped(self, account: str, ref: str, reason: str, now: datetime) -> None:
        self.conn.execute("INSERT OR REPLACE INTO skipped (account, ref, reason, at) "
                          "VALUES (?,?,?,?)", (account, ref, reason, now.isoformat()))

    # -- actions ------------------------------------------------------------------

    _ACTION_COLUMNS = ("id", "application_id", "account", "kind", "seq", "state", "due",
                       "draft_ref", "body_hash", "created_at", "recipient", "note")

    def _record(self, row: tuple[Any, ...]) -> ActionRecord:
        d = dict(zip(self._ACTION_COLUMNS, row, strict=True))
        return ActionRecord(
            id=d["id"], application_id=d["application_id"], account=d["account"],
            kind=ActionKind(d["kind"]), seq=d["seq"], state=d["state"],
            due=datetime.fromisoformat(d["due"]), draft_ref=d["draft_ref"],
            body_hash=d["body_hash"],
            created_at=datetime.fromisoformat(d["created_at"]) if d["created_at"] else None,
            recipient=d["recipient"], note=d["note"])

    def action(self, action_id: str) -> ActionRecord | None:
        row = self.conn.execute(f"SELECT {', '.join(self._ACTION_COLUMNS)} FROM actions "
                                "WHERE id = ?", (action_id,)).fetchone()
        return self._record(row) if row else None

    def actions(self, account: str | None = None, state: str | None = None) -> list[ActionRecord]:
        sql = f"SELECT {', '.join(self._ACTION_COLUMNS)} FROM actions WHERE 1=1"
        args: list[Any] = []
        if account is not None:
            sql += " AND account = ?"
            args.append(account)
        if state is not None:
            sql += " AND state = ?"
            args.append(state)
        rows = self.conn.execute(sql + " ORDER BY due, id", args).fetchall()
        return [self._record(r) for r in rows]

    def begin_action(self, record: ActionRecord) -> bool:
        """Insert the `creating` row; False when the action was already attempted."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO actions (id, application_id, account, kind, seq, state, due,"
            " recipient, note) VALUES (?,?,?,?,?,?,?,?,?)",
            (record.id, record.application_id, record.account, record.kind.value, record.seq,
             "creating", record.due.isoformat(), record.recipient, record.note))
        return cur.rowcount == 1

    def finish_action(self, action_id: str, draft_ref: str, body_hash: str,
                      created_at: datetime) -> None:
        self.conn.execute("UPDATE actions SET state = 'created', draft_ref = ?, body_hash = ?,"
                          " created_at = ? WHERE id = ?",
                          (draft_ref, body_hash, created_at.isoformat(), action_id))

    def set_action_state(self, action_id: str, state: str, note: str | None = None) -> None:
        if note is None:
            self.conn.execute("UPDATE actions SET state = ? WHERE id = ?", (state, action_id))
        else:
            self.conn.execute("UPDATE actions SET state = ?, note = ? WHERE id = ?",
                              (state, note, action_id))

    def forget_action(self, action_id: str) -> None:
        """Drop a `creating` row that reconciliation proved never reached the mailbox."""
        self.conn.execute("DELETE FROM actions WHERE id = ? AND state = 'creating'",
                          (action_id,))
