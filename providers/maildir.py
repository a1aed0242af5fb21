"""A local Maildir++ mailbox (as written by Dovecot, offlineimap, mbsync, getmail, …).

Layout: INBOX is the root (``cur/ new/ tmp/``); folders are ``.Name`` directories beside
them. mailwatch reads INBOX and Sent, and writes only into Drafts.

Refs are ``inbox:<key>`` / ``sent:<key>`` where the key is the file name before ``:2,``: it
survives flag changes and the new/ -> cur/ move, which are renames of the same file.

Why the cursor looks the way it does: a daemon polls every few minutes, and most cycles
find nothing. So `changes` first stats the four directories it watches (INBOX and Sent,
``new/`` and ``cur/``) and lists a directory only when its mtime moved, i.e. a file was
added to it or renamed inside it. When it does list, it returns files whose ctime (bumped
by the rename that delivers or moves a file) is at or after the previous watermark.

Timestamps are coarse (a kernel tick; one or two seconds on some filesystems), so a file can
land in the same tick as the listing that just missed it. The cursor therefore keeps, per
directory, the (key, ctime) pairs already seen in the watermark's tick, and marks a
directory *settled* only once the listing happened `RACY_NS` after its mtime, the way git
handles its "racily clean" index. Re-returning a file is harmless (callers dedupe by
Message-ID); missing one is not, so every doubt resolves to listing again.
"""

from __future__ import annotations

import itertools
import os
import secrets
import socket
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message as Compat32Message
from pathlib import Path
from typing import Any, TypeVar

from mailwatch.providers import mime, peek
from mailwatch.providers.base import (
    CursorInvalid,
    Draft,
    DraftRef,
    DraftState,
    HeaderInfo,
    MessageRef,
    NotFound,
    Provider,
    ProviderError,
    body_hash,
    unknown_keys,
)

#: A directory listed less than this long after its last change may still gain files
#: stamped with that same mtime; it is listed again next time.
RACY_NS = 2_000_000_000
CURSOR_VERSION = 1
#: Slack when bounding the Sent scan by a draft's creation time (clock steps, coarse stamps).
CREATED_MARGIN_S = 600
DRAFT_FLAGS = "DS"  # Draft, Seen: clients show it as a draft, not as unread mail
_COUNTER = itertools.count()
_T = TypeVar("_T")


def folder_dirname(name: str) -> str:
    """Maildir++ directory of a folder: ``Sent`` / ``.Sent`` / ``INBOX.Sent`` -> ``.Sent``.

    Raises ValueError for names that are not a folder below the root (INBOX itself, path
    separators, empty parts), so a config typo can never point writes outside the Maildir.
    """
    if not isinstance(name, str) or not name.strip():
        raise ValueError("folder name must be a non-empty string")
    if name.upper().startswith("INBOX."):
        name = name[5:]
    dirname = name if name.startswith(".") else "." + name
    parts = dirname[1:].split(".")
    if any(c in dirname for c in "/\\\0") or not all(parts) or name.upper() == "INBOX":
        raise ValueError(f"{name!r} is not a Maildir++ folder name (e.g. 'Sent' or 'INBOX.Sent')")
    return dirname


def _key(filename: str) -> str:
    return filename.split(":", 1)[0]


def _flags(filename: str) -> str:
    _, sep, info = filename.partition(":2,")
    return info if sep else ""


def _unique_name() -> str:
    """A Maildir unique name: ``{time}.M{usec}P{pid}Q{counter}R{random}.{host}``."""
    sec, usec = divmod(time.time_ns() // 1000, 1_000_000)
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    return f"{sec}.M{usec}P{os.getpid()}Q{next(_COUNTER)}R{secrets.token_hex(4)}.{host}"


def _fsync_dir(path: Path) -> None:
    """Make a rename or unlink durable: without it a crash can undo a 'created' draft."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # platforms that cannot open directories
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _refused(what: Path) -> Iterator[None]:
    """An OSError (permissions, I/O, a stale mount) becomes the ProviderError that stops
    this account's cycle, not the daemon."""
    try:
        yield
    except OSError as exc:
        raise ProviderError(f"maildir {what}: {exc}") from exc


@dataclass(frozen=True)
class _DirState:
    mtime: int  # the directory's mtime (ns) when last listed: the watermark
    settled: bool  # listed long enough after `mtime` that nothing new can share it
    seen: dict[str, int]  # key -> ctime of files at or after the watermark

    def dump(self) -> list[Any]:
        return [self.mtime, self.settled, self.seen]

    @classmethod
    def load(cls, value: Any) -> _DirState:
        if not (isinstance(value, list) and len(value) == 3):
            raise CursorInvalid(f"not a Maildir cursor entry: {value!r:.80}")
        mtime, settled, seen = value
        if not (
            type(mtime) is int
            and isinstance(settled, bool)
            and isinstance(seen, dict)
            and all(isinstance(k, str) and type(v) is int for k, v in seen.items())
        ):
            raise CursorInvalid(f"not a Maildir cursor entry: {value!r:.80}")
        return cls(mtime, settled, seen)


def _load_cursor(cursor: Any | None) -> dict[str, _DirState]:
    if cursor is None:
        return {}
    if not (
        isinstance(cursor, dict)
        and cursor.get("v") == CURSOR_VERSION
        and isinstance(cursor.get("dirs"), dict)
    ):
        raise CursorInvalid(f"not a Maildir cursor: {cursor!r:.80}")
    return {str(rel): _DirState.load(value) for rel, value in cursor["dirs"].items()}


class MaildirProvider(Provider):
    """A Maildir++ root. Writes only whole files via tmp/ + rename, never edits one."""

    name = "maildir"
    OPTIONS = ("path", "sent_folder", "drafts_folder")

    def __init__(
        self,
        path: str | os.PathLike[str],
        sent_folder: str = "Sent",
        drafts_folder: str = "Drafts",
        read_only: bool = False,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(read_only=read_only)
        self.root = Path(path).expanduser()
        self.sent_dir = self.root / folder_dirname(sent_folder)
        self.drafts_dir = self.root / folder_dirname(drafts_folder)
        if self.sent_dir == self.drafts_dir:
            raise ValueError("sent_folder and drafts_folder must be different folders")
        self.clock = clock or (lambda: datetime.now(UTC))
        self._roles = {"inbox": self.root, "sent": self.sent_dir}

    # -- configuration ----------------------------------------------------------

    @classmethod
    def config_problems(cls, options: dict[str, Any]) -> list[tuple[str, str]]:
        problems = unknown_keys(options, cls.OPTIONS, "a maildir")
        path = options.get("path")
        if path is None:
            problems.append(("path", 'missing: the Maildir root, e.g. path = "~/Maildir"'))
        elif not isinstance(path, str) or not path.strip():
            problems.append(("path", "must be a non-empty string"))
        else:
            root = Path(path).expanduser()
            if not root.exists():
                problems.append(("path", f"{root} does not exist"))
            elif not ((root / "cur").is_dir() and (root / "new").is_dir()):
                problems.append(("path", f"{root} is not a Maildir: it has no cur/ and new/"))
        dirnames: dict[str, str] = {}
        for key, default in (("sent_folder", "Sent"), ("drafts_folder", "Drafts")):
            try:
                dirnames[key] = folder_dirname(options.get(key, default))
            except ValueError as exc:
                problems.append((key, str(exc)))
        if len(dirnames) == 2 and dirnames["sent_folder"] == dirnames["drafts_folder"]:
            problems.append(("drafts_folder", "must differ from sent_folder"))
        return problems

    @classmethod
    def from_config(cls, options: dict[str, Any], *, read_only: bool = False) -> MaildirProvider:
        problems = cls.config_problems(options)
        if problems:
            raise ValueError("; ".join(f"{key}: {problem}" for key, problem in problems))
        return cls(
            options["path"],
            sent_folder=options.get("sent_folder", "Sent"),
            drafts_folder=options.get("drafts_folder", "Drafts"),
            read_only=read_only,
        )

    # -- reading -----------------------------------------------------------------

    def changes(self, cursor: Any | None) -> tuple[list[MessageRef], dict[str, Any]]:
        previous = _load_cursor(cursor)
        if not ((self.root / "cur").is_dir() and (self.root / "new").is_dir()):
            raise ProviderError(f"{self.root} is not a Maildir (any more): no cur/ and new/")
        found: dict[str, tuple[int, MessageRef]] = {}
        states: dict[str, list[Any]] = {}
        for (role, folder), sub in itertools.product(self._roles.items(), ("new", "cur")):
            rel = str((folder / sub).relative_to(self.root))
            with _refused(folder / sub):
                state, entries = self._scan_dir(folder / sub, previous.get(rel))
            if state is not None:
                states[rel] = state.dump()
            for key, mtime in entries:
                ref = MessageRef(f"{role}:{key}", role)
                if ref.ref not in found or mtime < found[ref.ref][0]:
                    found[ref.ref] = (mtime, ref)  # moved new -> cur mid-scan: once
        ordered = sorted(found.values(), key=lambda item: (item[0], item[1].ref))
        return [ref for _, ref in ordered], {"v": CURSOR_VERSION, "dirs": states}

    def _scan_dir(
        self, path: Path, prev: _DirState | None
    ) -> tuple[_DirState | None, list[tuple[str, int]]]:
        """New entries (key, mtime) of one new/ or cur/ directory and its next state."""
        listed_at = time.time_ns()
        try:
            dir_mtime = os.stat(path).st_mtime_ns
        except (FileNotFoundError, NotADirectoryError):
            return None, []
        if prev is not None and prev.settled and dir_mtime == prev.mtime:
            return prev, []  # the idle cycle: one stat, no listing
        entries: list[tuple[str, int]] = []
        seen: dict[str, int] = {}
        try:
            with os.scandir(path) as listing:
                for entry in listing:
                    if entry.name.startswith("."):
                        continue
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except FileNotFoundError:  # renamed or deleted since the listing
                        continue
                    if not stat.S_ISREG(st.st_mode):
                        continue
                    key, ctime = _key(entry.name), st.st_ctime_ns
                    if ctime >= dir_mtime:
                        seen[key] = ctime
                    if prev is None or (ctime >= prev.mtime and prev.seen.get(key) != ctime):
                        entries.append((key, st.st_mtime_ns))
        except (FileNotFoundError, NotADirectoryError):
            return None, []
        return _DirState(dir_mtime, listed_at - dir_mtime >= RACY_NS, seen), entries

    def fetch(self, refs: Iterable[MessageRef]) -> Iterator[tuple[MessageRef, bytes]]:
        yield from self._read(refs, Path.read_bytes)

    def fetch_headers(self, refs: Iterable[MessageRef]) -> Iterator[HeaderInfo]:
        """The header block by lines, then a chunked byte scan of the rest for a calendar
        part: one sequential read per file, no MIME parsing."""
        for ref, (block, calendar) in self._read(refs, _peek_file):
            yield HeaderInfo(ref, block, calendar)

    def _read(self, refs: Iterable[MessageRef], read: Callable[[Path], _T]
              ) -> Iterator[tuple[MessageRef, _T]]:
        """`read(path)` of each ref's file that still exists; unknown refs are skipped."""
        index: dict[Path, dict[str, Path]] = {}
        for ref in refs:
            role, _, key = ref.ref.partition(":")
            folder = self._roles.get(role)
            if folder is None or not _valid_key(key):
                continue
            found = False
            with _refused(folder):
                for _attempt in range(2):  # a flag change may rename the file under us
                    if folder not in index:
                        index[folder] = {_key(p.name): p for p in self._files(folder)}
                    path = index[folder].get(key)
                    if path is None:
                        break
                    try:
                        data = read(path)
                        found = True
                        break
                    except FileNotFoundError:
                        del index[folder]
            if found:
                yield ref, data

    # -- drafts --------------------------------------------------------------------

    def _create_draft(self, draft: Draft) -> DraftRef:
        raw = mime.build_draft_bytes(draft, date=self.clock())  # ValueError: nothing written
        key = _unique_name()
        try:
            self._ensure_folder(self.drafts_dir)
            tmp = self.drafts_dir / "tmp" / key
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb", closefd=False) as fp:
                    fp.write(raw)
                    fp.flush()
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.rename(tmp, self.drafts_dir / "cur" / f"{key}:2,{DRAFT_FLAGS}")
            except OSError:
                tmp.unlink(missing_ok=True)
                raise
            _fsync_dir(self.drafts_dir / "cur")
        except OSError as exc:
            raise ProviderError(f"cannot write a draft into {self.drafts_dir}: {exc}") from exc
        return DraftRef(key, draft.action_id, body_hash(draft.body))

    def _ensure_folder(self, folder: Path) -> None:
        """Create a Maildir++ folder the way Dovecot does, if the user never made one."""
        if (folder / "cur").is_dir() and (folder / "tmp").is_dir():
            return
        for sub in ("tmp", "new", "cur"):
            (folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / "maildirfolder").touch(mode=0o600, exist_ok=True)
        _fsync_dir(folder)
        _fsync_dir(self.root)

    def _drafts_folder_present(self) -> None:
        """ProviderError unless the Drafts folder holding a draft we wrote is there.

        Called where a draft ref proves the folder existed (`draft_state`, `delete_draft`):
        a missing folder would list as empty, and an empty Drafts reads as "the user
        deleted every draft", never recreated and never withdrawn. The folder goes missing
        for a while when a sync tool rebuilds it or a share is unmounted, so the account
        stops for this cycle and keeps its state, as for a missing root. `find_drafts`
        does not call this: it also runs for a mailbox that has never had a Drafts folder (the
        first draft is what creates it), where "no draft" is the true answer.
        """
        with _refused(self.drafts_dir):  # EIO, a timed-out mount: ProviderError too
            present = (self.drafts_dir / "cur").is_dir()
        if not present:
            raise ProviderError(
                f"the Drafts folder {self.drafts_dir} is missing (no cur/): stopping this "
                "account rather than take its drafts for deleted; if it is being rebuilt or "
                "its disk is not mounted, the next cycle carries on; if this Maildir has no "
                f"Drafts folder, create one: mkdir -p {self.drafts_dir}/cur "
                f"{self.drafts_dir}/new {self.drafts_dir}/tmp")

    def find_drafts(self, action_id: str) -> list[DraftRef]:
        """Every draft carrying the marker, trashed (T) ones included: a trashed draft
        still proves the action ran, and `draft_state` reports it GONE."""
        found = []
        with _refused(self.drafts_dir):
            for path in self._marked(self.drafts_dir, action_id):
                try:
                    text = mime.draft_body_text(path.read_bytes())
                except FileNotFoundError:
                    continue
                found.append(DraftRef(_key(path.name), action_id, body_hash(text)))
        return found

    def draft_state(self, ref: DraftRef) -> DraftState:
        self._drafts_folder_present()
        with _refused(self.drafts_dir):
            return self._draft_state(ref)

    def _draft_state(self, ref: DraftRef) -> DraftState:
        marked = self._marked(self.drafts_dir, ref.action_id)
        live = [p for p in marked if "T" not in _flags(p.name)]  # trashed counts as gone
        # The file we wrote first; else one a client re-saved under a new name.
        live.sort(key=lambda p: _key(p.name) != ref.ref)
        for path in live:
            try:
                text = mime.draft_body_text(path.read_bytes())
            except FileNotFoundError:
                continue
            return DraftState.EDITED if body_hash(text) != ref.body_hash else DraftState.EXISTS
        # Only mail that reached Sent after the draft was written can be it: a stat per
        # file instead of a read keeps this cheap on a big Sent folder, every cycle.
        if any(True for _ in self._marked(self.sent_dir, ref.action_id, _created_ns(ref.ref))):
            return DraftState.SENT
        return DraftState.GONE

    def _delete_draft(self, ref: DraftRef) -> None:
        self._drafts_folder_present()
        with _refused(self.drafts_dir):
            self._delete_file(ref)

    def _delete_file(self, ref: DraftRef) -> None:
        path = self._find_file(self.drafts_dir, ref.ref)
        if path is None:
            path = self._resaved_copy(ref)
        headers = self._headers(path) if path is not None else None
        if path is None or headers is None:
            raise NotFound(f"no draft {ref.ref} in {self.drafts_dir}")
        if not mime.carries_marker(headers, ref.action_id):
            raise ProviderError(f"draft {ref.ref} does not carry our marker; not deleting it")
        try:
            path.unlink()
        except FileNotFoundError as exc:
            raise NotFound(f"draft {ref.ref} vanished") from exc
        _fsync_dir(path.parent)

    def _resaved_copy(self, ref: DraftRef) -> Path | None:
        """Our draft saved again by a client under a new name, text unchanged: still ours
        to withdraw. An edited copy is the user's and is never returned."""
        for path in self._marked(self.drafts_dir, ref.action_id):
            try:
                text = mime.draft_body_text(path.read_bytes())
            except FileNotFoundError:
                continue
            if "T" not in _flags(path.name) and body_hash(text) == ref.body_hash:
                return path
        return None

    # -- files ------------------------------------------------------------------------

    def _files(self, folder: Path) -> Iterator[Path]:
        """Message files of a folder (cur/ then new/); missing folders are empty."""
        for sub in ("cur", "new"):
            try:
                with os.scandir(folder / sub) as listing:
                    names = [e.name for e in listing if not e.name.startswith(".")]
            except (FileNotFoundError, NotADirectoryError):
                continue
            yield from (folder / sub / name for name in names)

    def _find_file(self, folder: Path, key: str) -> Path | None:
        if not _valid_key(key):
            return None
        return next((p for p in self._files(folder) if _key(p.name) == key), None)

    def _headers(self, path: Path, must_contain: bytes = b"") -> Compat32Message | None:
        """Headers only (never the body); None if the file vanished or lacks `must_contain`."""
        try:
            with path.open("rb") as fp:
                block = mime.read_header_block(fp)
        except (FileNotFoundError, IsADirectoryError):
            return None
        if must_contain and must_contain not in block:
            return None
        return mime.parse_headers(block)

    def _marked(self, folder: Path, action_id: str, since_ns: int = 0) -> Iterator[Path]:
        """Files in `folder` carrying the marker of `action_id` (changed at/after `since_ns`)."""
        needle = action_id.encode("utf-8", "replace")
        for path in self._files(folder):
            if since_ns:
                try:
                    if path.stat().st_ctime_ns < since_ns:
                        continue
                except FileNotFoundError:
                    continue
            headers = self._headers(path, needle)
            if headers is not None and mime.carries_marker(headers, action_id):
                yield path


def _created_ns(key: str) -> int:
    """When a draft we named was written, from its unique name, minus a safety margin;
    0 (no bound) for a name we did not make."""
    seconds, dot, _ = key.partition(".")
    if not (dot and seconds.isdigit()):
        return 0
    return max(0, (int(seconds) - CREATED_MARGIN_S) * 1_000_000_000)


def _peek_file(path: Path) -> tuple[bytes, bool]:
    with path.open("rb") as fp:
        block = peek.read_header_block(fp)
        return block, peek.has_calendar_marker(block) or peek.scan_calendar(fp)


def _valid_key(key: str) -> bool:
    """Refs come back from the store: never let one name a path outside the folder."""
    return bool(key) and not key.startswith(".") and not any(c in key for c in "/\\\0:")
