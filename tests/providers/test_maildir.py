"""The Maildir provider against the contract, plus what only a Maildir can get wrong."""

from __future__ import annotations

import itertools
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from mailwatch.providers import maildir as maildir_module
from mailwatch.providers.base import DraftRef, DraftState, MessageRef, NotFound
from mailwatch.providers.maildir import MaildirProvider, folder_dirname

from tests.providers.contract import ProviderContract, make_draft, make_message, parse

CLOCK = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
_names = itertools.count()
_HOUR_AGO = time.time() - 3600


def make_maildir(root: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


def drop(folder: Path, raw: bytes, *, into: str = "new", flags: str | None = None) -> Path:
    """Deliver like an MDA: write in tmp/, rename into new/ (or cur/ with flags)."""
    for sub in ("cur", "new", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    n = next(_names)
    name = f"{1_700_000_000 + n}.M{n}P1Q{n}.testhost"
    (folder / "tmp" / name).write_bytes(raw)
    target = folder / into / (name if flags is None else f"{name}:2,{flags}")
    os.rename(folder / "tmp" / name, target)
    os.utime(target, (_HOUR_AGO + n, _HOUR_AGO + n))  # delivery order, for oldest-first
    return target


def find(folder: Path, key: str) -> Path:
    return next(
        p for sub in ("cur", "new") for p in (folder / sub).iterdir() if p.name.startswith(key)
    )


def age_dirs(root: Path) -> None:
    """Make every directory look untouched for an hour: the daemon's usual idle case."""
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            os.utime(path, (_HOUR_AGO, _HOUR_AGO))


class TestMaildirProvider(ProviderContract):
    @pytest.fixture
    def provider(self, tmp_path: Path) -> MaildirProvider:
        return MaildirProvider(make_maildir(tmp_path / "Mail"), clock=lambda: CLOCK)

    def deliver(self, provider: MaildirProvider, raw: bytes, folder: str = "inbox") -> None:
        if folder == "inbox":
            drop(provider.root, raw)
        else:
            drop(provider.sent_dir, raw, into="cur", flags="S")

    def vanish(self, provider: MaildirProvider, ref: MessageRef) -> None:
        find(provider.root, ref.ref.partition(":")[2]).unlink()

    def draft_bytes(self, provider: MaildirProvider, ref: str) -> bytes:
        return find(provider.drafts_dir, ref).read_bytes()

    def user_edit(self, provider: MaildirProvider, ref: DraftRef, body: str) -> None:
        """As an IMAP client does: append the edited copy as a new file, expunge the old."""
        old = find(provider.drafts_dir, ref.ref)
        msg = parse(old.read_bytes())
        msg.set_content(body)
        drop(provider.drafts_dir, msg.as_bytes(), into="cur", flags="DS")
        old.unlink()

    def user_send(self, provider: MaildirProvider, ref: DraftRef) -> None:
        path = next(provider.drafts_dir.glob("cur/*"))
        drop(provider.sent_dir, path.read_bytes(), into="cur", flags="S")
        path.unlink()

    def user_delete(self, provider: MaildirProvider, ref: DraftRef) -> None:
        find(provider.drafts_dir, ref.ref).unlink()

    def add_foreign_draft(self, provider: MaildirProvider, raw: bytes) -> str:
        return drop(provider.drafts_dir, raw, into="cur", flags="DS").name.split(":")[0]

    def snapshot(self, provider: MaildirProvider) -> Any:
        return {
            str(p.relative_to(provider.root)): p.read_bytes() if p.is_file() else None
            for p in sorted(provider.root.rglob("*"))
        }


@pytest.fixture
def box(tmp_path: Path) -> MaildirProvider:
    return MaildirProvider(make_maildir(tmp_path / "Mail"), clock=lambda: CLOCK)


def test_draft_is_written_via_tmp_with_flags_ds(box: MaildirProvider) -> None:
    assert not box.drafts_dir.exists()  # created on first write, not an error
    ref = box.create_draft(make_draft())
    (path,) = (box.drafts_dir / "cur").iterdir()
    assert path.name == f"{ref.ref}:2,DS"
    assert list((box.drafts_dir / "tmp").iterdir()) == []
    assert (box.drafts_dir / "maildirfolder").exists()
    assert parse(path.read_bytes())["Date"].datetime == CLOCK


def test_folder_overrides(tmp_path: Path) -> None:
    root = make_maildir(tmp_path / "Mail")
    box = MaildirProvider(root, sent_folder="INBOX.Gesendet", drafts_folder="Entwürfe")
    drop(root / ".Gesendet", make_message("Sent by me", msgid="s@x"), into="cur", flags="S")
    refs, _ = box.changes(None)
    assert [r.folder for r in refs] == ["sent"]
    ref = box.create_draft(make_draft())
    assert (root / ".Entwürfe" / "cur" / f"{ref.ref}:2,DS").exists()


def test_new_to_cur_and_flag_renames_keep_one_stable_ref(box: MaildirProvider) -> None:
    raw = make_message("Invitation", msgid="inv@x")
    path = drop(box.root, raw)
    refs, cursor = box.changes(None)
    moved = box.root / "cur" / f"{path.name}:2,S"
    os.rename(path, moved)  # the client saw it
    os.rename(moved, box.root / "cur" / f"{path.name}:2,RS")  # and replied
    assert list(box.fetch(refs)) == [(refs[0], raw)]
    assert box.changes(None)[0] == refs
    assert box.changes(cursor)[0] in ([], refs)  # re-returning is allowed, a new ref is not


def test_idle_cycle_stats_but_never_lists(
    box: MaildirProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop(box.root, make_message("Old mail", msgid="old@x"))
    drop(box.sent_dir, make_message("Old reply", msgid="reply@x"), into="cur", flags="S")
    age_dirs(box.root)
    _, cursor = box.changes(None)
    listings: list[str] = []
    real_scandir = os.scandir

    def counting_scandir(path: Any) -> Any:
        listings.append(str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", counting_scandir)
    refs, cursor = box.changes(cursor)
    assert (refs, listings) == ([], [])
    drop(box.root, make_message("New mail", msgid="new@x"))
    refs, _ = box.changes(cursor)
    assert listings == [str(box.root / "new")]  # only the directory that changed
    assert [data for _, data in box.fetch(refs)] == [make_message("New mail", msgid="new@x")]


def test_file_landing_in_the_same_tick_as_the_scan_is_not_missed(box: MaildirProvider) -> None:
    drop(box.root, make_message("First", msgid="first@x"))
    _, cursor = box.changes(None)  # listed right after the change: not settled
    new_dir = box.root / "new"
    watermark = cursor["dirs"]["new"][0]
    drop(box.root, make_message("Same tick", msgid="tick@x"))
    os.utime(new_dir, ns=(watermark, watermark))  # the directory mtime did not move
    refs, _ = box.changes(cursor)
    assert len(refs) == 1


def test_file_vanishing_during_a_scan_is_skipped(
    box: MaildirProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = drop(box.root, make_message("Doomed", msgid="doomed@x"))
    drop(box.root, make_message("Kept", msgid="kept@x"))
    real_scandir = os.scandir

    def racing_scandir(path: Any) -> Any:
        entries = list(real_scandir(path))
        doomed.unlink(missing_ok=True)  # deleted between the listing and the stat
        return _Listing(entries)

    monkeypatch.setattr(os, "scandir", racing_scandir)
    refs, _ = box.changes(None)
    monkeypatch.undo()
    assert [data for _, data in box.fetch(refs)] == [make_message("Kept", msgid="kept@x")]


class _Listing(list[Any]):
    def __enter__(self) -> _Listing:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def test_trashed_draft_counts_as_gone(box: MaildirProvider) -> None:
    ref = box.create_draft(make_draft())
    path = find(box.drafts_dir, ref.ref)
    os.rename(path, path.with_name(f"{ref.ref}:2,DST"))
    assert box.draft_state(ref) == DraftState.GONE
    assert box.find_drafts(ref.action_id) == [ref]  # still proof that the action ran


def test_missing_root_is_an_error_not_an_empty_mailbox(tmp_path: Path) -> None:
    box = MaildirProvider(tmp_path / "unmounted")
    with pytest.raises(maildir_module.ProviderError):
        box.changes(None)


@pytest.mark.parametrize(
    ("name", "dirname"),
    [("Sent", ".Sent"), (".Sent", ".Sent"), ("INBOX.Sent", ".Sent"), ("Work.Sent", ".Work.Sent")],
)
def test_folder_names(name: str, dirname: str) -> None:
    assert folder_dirname(name) == dirname


@pytest.mark.parametrize("name", ["", "INBOX", "../etc", "a/b", "a..b", "."])
def test_bad_folder_names(name: str) -> None:
    with pytest.raises(ValueError):
        folder_dirname(name)


def test_config_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    make_maildir(tmp_path / "Maildir")
    (tmp_path / "plain").mkdir()
    problems = MaildirProvider.config_problems
    assert problems({"path": "~/Maildir"}) == []
    assert [k for k, _ in problems({})] == ["path"]
    assert [k for k, _ in problems({"path": 3})] == ["path"]
    assert "does not exist" in problems({"path": "~/nope"})[0][1]
    assert "not a Maildir" in problems({"path": "~/plain"})[0][1]
    typo = problems({"path": "~/Maildir", "sent_foldr": "Sent"})
    assert typo == [
        ("sent_foldr", "unknown key for a maildir account; did you mean 'sent_folder'?")
    ]
    same = problems({"path": "~/Maildir", "sent_folder": "X", "drafts_folder": ".X"})
    assert [k for k, _ in same] == ["drafts_folder"]
    box = MaildirProvider.from_config({"path": "~/Maildir"}, read_only=True)
    assert (box.root, box.read_only) == (tmp_path / "Maildir", True)
    with pytest.raises(ValueError, match="path"):
        MaildirProvider.from_config({})


def test_draft_resaved_by_a_client_is_still_tracked(box: MaildirProvider) -> None:
    """An IMAP client that re-saves a draft appends a copy and expunges ours: an unedited
    copy is still ours to withdraw; an edited one belongs to the user."""
    ref = box.create_draft(make_draft())
    original = find(box.drafts_dir, ref.ref)
    copy = drop(box.drafts_dir, original.read_bytes(), into="cur", flags="DS")
    original.unlink()
    assert box.draft_state(ref) == DraftState.EXISTS
    box.delete_draft(ref)
    assert not copy.exists()

    ref = box.create_draft(make_draft("edited"))
    TestMaildirProvider().user_edit(box, ref, "My own words.\n")
    assert box.draft_state(ref) == DraftState.EDITED
    with pytest.raises(NotFound):
        box.delete_draft(ref)
    assert len(box.find_drafts("edited")) == 1


def test_unreadable_mailbox_is_a_provider_error(
    box: MaildirProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cycle stops this account on ProviderError; a raw OSError would stop the daemon."""
    box.create_draft(make_draft())

    def denied(path: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", denied)
    for call in (lambda: box.changes(None), lambda: box.find_drafts("a1b2c3")):
        with pytest.raises(maildir_module.ProviderError, match="Permission denied"):
            call()
