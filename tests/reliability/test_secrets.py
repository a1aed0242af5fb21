"""Secrets stay private: token files, the state database, and every log line.

Token files are written 0600 in a 0700 directory (writers: tests/providers/
test_gmail_auth.py and test_outlook_auth.py); here a token file others could read is
refused with the fix spelled out, the state is private whatever the umask, and no log at
any level — DEBUG included, libraries included — carries a token or a password.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from mailwatch.providers import imap_conn
from mailwatch.providers.base import AuthExpired, check_private
from mailwatch.providers.outlook_auth import MsalToken

from mailwatch.cli import main
from mailwatch.config import default_state_path
from mailwatch.store import Store
from tests.e2e.harness import Mailbox
from tests.fakes.graph_api import GraphServer
from tests.fakes.msal_http import FakeLogin
from tests.providers.test_gmail_auth import mode_of, token_file
from tests.providers.test_outlook_auth import CLIENT_ID, sign_in

from .scenario import DUE, GREENLEAF_THANKS, LATER, assert_one_draft_per_action, invitation
from .worlds import World

LOOSE = pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o606, 0o644],
                                ids=["group-read", "world-read", "group-write",
                                     "world-write", "0644"])


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def _use_token_file(world: World, path: Path) -> None:
    """The Gmail account reads `path` (as `mailwatch auth gmail` writes it), no command."""
    fake = world.fake  # type: ignore[attr-defined]
    text = world.box.config.read_text()
    start = text.index("token_command = ")
    end = text.index("\n", start)
    world.box.config.write_text(text[:start] + f'token_file = "{path}"\n'
                                f'token_uri = "{fake.url}token"' + text[end:])


@pytest.mark.parametrize("world", ["gmail"], indirect=True)
@LOOSE
def test_a_gmail_token_file_others_can_read_or_write_is_refused_with_the_fix(
    world: World, mode: int, caplog
) -> None:
    """"The token is saved 0600 in a 0700 folder": a Gmail token file that is group- or
    world-accessible is refused before any call to Google, with a message saying
    `chmod 600 <file>`; the account's cycle stops, nothing else happens."""
    fake = world.fake  # type: ignore[attr-defined]
    folder = world.box.root / "gmail"
    folder.mkdir(mode=0o700)
    path = token_file(fake, folder / "personal.json", expired=False, mode=mode)
    _use_token_file(world, path)
    world.box.deliver(invitation())
    assert world.box.run(DUE) == 1
    assert f"chmod 600 {path}" in caplog.text  # the service log, on stderr
    assert fake.calls == [] and world.box.drafts() == []
    assert mode_of(path) == mode  # refused, not silently "fixed"


@pytest.mark.parametrize("world", ["gmail"], indirect=True)
def test_a_private_gmail_token_file_is_used(world: World) -> None:
    """"The token is saved 0600 in a 0700 folder" — and such a file is used: the check
    refuses only what it must."""
    folder = world.box.root / "gmail"
    folder.mkdir(mode=0o700)
    path = token_file(world.fake, folder / "personal.json",  # type: ignore[attr-defined]
                      expired=False)
    _use_token_file(world, path)
    world.box.deliver(invitation())
    assert world.box.run(DUE) == 0
    assert_one_draft_per_action(world.box, GREENLEAF_THANKS)


@pytest.mark.parametrize("world", ["gmail"], indirect=True)
@pytest.mark.parametrize("mode", [0o777, 0o770], ids=["world-write", "group-write"])
def test_a_gmail_token_in_a_directory_others_can_write_is_refused(
    world: World, mode: int, caplog
) -> None:
    """"The token is saved 0600 in a 0700 folder": a folder others can write to (and so
    swap the token in) is refused too, before any call to Google, saying `chmod 700`."""
    fake = world.fake  # type: ignore[attr-defined]
    folder = world.box.root / "shared"
    folder.mkdir()
    folder.chmod(mode)
    path = token_file(fake, folder / "personal.json", expired=False)
    _use_token_file(world, path)
    world.box.deliver(invitation())
    assert world.box.run(DUE) == 1
    assert f"chmod 700 {folder}" in caplog.text
    assert fake.calls == [] and world.box.drafts() == []
    assert mode_of(folder) == mode


def test_a_token_in_a_sticky_shared_directory_is_not_refused_for_it(tmp_path: Path) -> None:
    """The folder check refuses only what it must: with the sticky bit (as /tmp has),
    others cannot rename or delete the user's file, so a 0600 token there is accepted,
    and the same folder without the sticky bit is not."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "token.json"
    path.write_text("{}")
    path.chmod(0o600)
    folder.chmod(0o1777)
    check_private(path, "a token", fix="sign in again")
    folder.chmod(0o777)
    with pytest.raises(AuthExpired, match=f"chmod 700 {folder}"):
        check_private(path, "a token", fix="sign in again")


@pytest.fixture
def outlook_login(graph_server: GraphServer, tmp_path: Path) -> tuple[dict[str, Any], FakeLogin]:
    """An Outlook account signed in through msal's device flow (the fake identity
    platform): its token cache is on disk, 0600 in a 0700 directory."""
    mailbox = graph_server.add_mailbox()
    login = FakeLogin(client_id=CLIENT_ID,
                      on_token=lambda token: graph_server.grant(mailbox, token))
    options = {"client_id": CLIENT_ID, "graph_endpoint": graph_server.base,
               "token_cache": str(tmp_path / "outlook" / "cache.json")}
    path, _ = sign_in(options, login)
    assert mode_of(path) == 0o600 and mode_of(path.parent) == 0o700
    return options, login


@LOOSE
def test_an_outlook_token_cache_others_can_access_is_never_read_nor_silently_fixed(
    outlook_login: tuple[dict[str, Any], FakeLogin], mode: int
) -> None:
    """The refresh token is kept "in a 0600 file in a 0700 folder": a token cache found
    group- or world-accessible is refused before mailwatch reads a token from it (no call
    to the sign-in service), naming the file and both ways out, and is left as found —
    the user is told, as on Gmail, rather than the file being quietly tightened. Signing
    in again, one of the fixes offered, does make it private and usable."""
    options, login = outlook_login
    path = Path(options["token_cache"])
    path.chmod(mode)
    before = len(login.calls)
    with pytest.raises(AuthExpired) as refused:
        MsalToken(options, http_client=login).token()
    assert f"chmod 600 {path}" in str(refused.value)
    assert "mailwatch auth outlook" in str(refused.value)
    assert len(login.calls) == before and mode_of(path) == mode
    sign_in(options, login)
    assert mode_of(path) == 0o600
    assert MsalToken(options, http_client=login).token().startswith("fake-at-")


def test_an_outlook_token_cache_in_a_directory_others_can_write_is_refused(
    outlook_login: tuple[dict[str, Any], FakeLogin]
) -> None:
    """"In a 0600 file in a 0700 folder", on Outlook as on Gmail: a folder others can write
    to (and so swap the cache in) is refused, saying `chmod 700`."""
    options, login = outlook_login
    folder = Path(options["token_cache"]).parent
    folder.chmod(0o777)
    with pytest.raises(AuthExpired, match=f"chmod 700 {folder}"):
        MsalToken(options, http_client=login).token()


@pytest.mark.parametrize("mode", [0o640, 0o604], ids=["group-read", "world-read"])
def test_an_outlook_token_cache_others_could_read_is_refused_with_the_fix(
    outlook_login: tuple[dict[str, Any], FakeLogin], mode: int
) -> None:
    """"In a 0600 file in a 0700 folder": a group- or world-readable token cache is
    refused with a message saying how to fix it — on Outlook as on Gmail."""
    options, login = outlook_login
    path = Path(options["token_cache"])
    path.chmod(mode)
    with pytest.raises(AuthExpired, match="chmod 600"):
        MsalToken(options, http_client=login).token()


def test_imap_keeps_no_secret_file_and_refuses_a_password_in_the_config() -> None:
    """"The password never goes in the config file": IMAP has no password file at all (a
    command or the OS keyring), and a `password` key is refused with the way to do it."""
    problems = dict(imap_conn.option_problems({
        "host": "imap.example.org", "username": "thandi", "password": "hunter2",
        "password_command": "pass show mail"}))
    assert "password_command" in problems["password"]
    assert "mailwatch auth imap" in problems["password"]


def test_the_state_database_and_its_companions_are_private_whatever_the_umask(
    tmp_path: Path
) -> None:
    """The state is "SQLite (WAL, 0600)": database, WAL, shared-memory and lock files are
    0600 in a 0700 directory, even under umask 000."""
    box = Mailbox(tmp_path, extra_config="")
    state = tmp_path / "private" / "state.db"
    box.config.write_text(box.config.read_text().replace(str(tmp_path / "state.db"),
                                                         str(state)))
    box.deliver(invitation())
    with umask(0):
        assert box.run(DUE) == 0
        store = Store.open(state)  # while a connection is open, WAL and SHM exist
        try:
            with store.transaction():
                store.record_result("personal", LATER, None)
            files = sorted(state.parent.iterdir())
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
        finally:
            store.close()
    assert stat.S_IMODE(state.parent.stat().st_mode) == 0o700
    assert {"state.db", "state.db-wal", "state.db-shm", "state.db.lock"} <= set(modes)
    assert modes == dict.fromkeys(modes, 0o600)


def _loose_state(state: Path, mode: int) -> sqlite3.Connection:
    """A state database left by an older mailwatch or a copy: `mode` on the database and,
    since another connection still holds it, on its WAL and shared-memory files too."""
    store = Store.open(state)
    store.close()
    other = sqlite3.connect(state, isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("UPDATE accounts SET last_error = 'x'")  # the WAL now holds a write
    for suffix in ("", "-wal", "-shm"):
        Path(f"{state}{suffix}").chmod(mode)
    return other


@pytest.mark.parametrize("mode", [0o644, 0o660], ids=["world-read", "group-write"])
def test_an_existing_state_database_open_to_others_is_made_private_with_one_warning(
    tmp_path: Path, mode: int, caplog
) -> None:
    """The state is "SQLite (WAL, 0600)" — also when it was not made by this mailwatch: a
    database, WAL and shared-memory file found open to others are 0600 once mailwatch
    opens the state, with one warning naming them (the user should know they were open),
    and no second warning once they are private."""
    state = tmp_path / "state" / "state.db"
    state.parent.mkdir(mode=0o700)
    other = _loose_state(state, mode)
    try:
        for _ in range(2):
            Store.open(state).close()
        modes = {p.name: mode_of(p) for p in state.parent.iterdir()}
    finally:
        other.close()
    assert {"state.db", "state.db-wal", "state.db-shm"} <= set(modes)
    assert modes == dict.fromkeys(modes, 0o600)
    warnings = [r.getMessage() for r in caplog.records if "open to other users" in
                r.getMessage()]
    assert len(warnings) == 1, warnings
    assert all(name in warnings[0] for name in ("state.db ", "state.db-wal", "state.db-shm"))


def test_a_state_directory_open_to_others_is_tightened_only_when_it_is_mailwatchs_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    """"A state directory with mode 0700": mailwatch's own data directory found open to
    others is made 0700; a directory named by `[state] path` may hold the user's other
    things, so it is left as it is, with one warning saying `chmod 700 <dir>`."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    own = default_state_path()
    assert own.is_relative_to(tmp_path)
    own.parent.mkdir(parents=True)
    own.parent.chmod(0o755)
    Store.open(own).close()
    assert mode_of(own.parent) == 0o700 and mode_of(own) == 0o600
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    for _ in range(2):
        Store.open(shared / "state.db").close()
    assert mode_of(shared) == 0o775 and mode_of(shared / "state.db") == 0o600
    hints = [r for r in caplog.records if f"chmod 700 {shared}" in r.getMessage()]
    assert len(hints) == 1


def _run_verbose(world: World, now: Any) -> int:
    return main(["-vv", "run", "--once", "--now", now.isoformat(),
                 "--config", str(world.box.config)])


@pytest.mark.parametrize("world", ["gmail", "outlook", "imap"], indirect=True)
def test_no_token_or_password_in_any_log_at_debug(world: World, caplog, capfd) -> None:
    """Nothing private in the service log — not even at DEBUG, libraries included: the
    access token token_command prints and the IMAP password never appear in a log line,
    on stdout or stderr, or in the state, through a good cycle and a refused login."""
    caplog.set_level(logging.DEBUG)
    box = world.box
    box.deliver(invitation())
    secret = world.user.password if world.name == "imap" \
        else world.fake.token  # type: ignore[attr-defined]
    secrets = [secret]
    assert _run_verbose(world, DUE) == 0
    assert len(box.drafts()) == 2
    wrong = "Wr0ng-MW-passw0rd-4242"
    if world.name == "gmail":
        world.fake.rotate_token()  # type: ignore[attr-defined]  # the printed one is refused
    elif world.name == "outlook":
        world.box.server.expire(secrets[0])  # type: ignore[attr-defined]
    else:
        secrets.append(wrong)
        text = box.config.read_text()
        box.config.write_text(text.replace(secrets[0], wrong))
    assert _run_verbose(world, LATER) == 1  # refused: the error is logged and recorded
    logged = caplog.text + "".join(capfd.readouterr())
    store = world.state()
    try:
        recorded = json.dumps(store.account_status())
    finally:
        store.close()
    assert "refused" in logged.lower() or "401" in logged or "expired" in logged.lower()
    assert any(r.levelno == logging.DEBUG and not r.name.startswith("mailwatch")
               for r in caplog.records), "library DEBUG logs were captured too"
    state_bytes = (box.root / "state.db").read_bytes()
    for secret in secrets:
        assert secret not in logged
        assert secret not in recorded
        assert secret.encode() not in state_bytes
