"""`mailwatch doctor`: every precondition of a healthy daemon, each with a fix.

Run before installing the service, or when `status` shows an error: it answers "is it my
config, my sign-in, my disk or my templates?" in one go instead of one crash per restart.
Checks read; the only thing they may create is the state database (as `run` would).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .config import ConfigError, default_config_path, load_config, state_path
from .providers.base import AuthExpired, ProviderError
from .settings import Config

Out = Callable[[str], object]


def run_checks(config_file: Path | None, out: Out = print) -> int:
    """0 when every check passes, 1 when one fails, 2 when the config cannot be read."""
    path = (config_file or default_config_path()).expanduser()
    try:
        config = load_config(path)
    except ConfigError as exc:
        _fail(out, f"config {path}", f"{len(exc.problems)} problem(s)",
              "edit the file; each problem names its key:")
        for problem in exc.problems:
            out(f"        - {problem}")
        return 2
    _ok(out, f"config {path}", f"{len(config.accounts)} account(s)")
    results = [
        _timezone(config, out),
        _state(config, out),
        _templates(config, out),
        *(_account(config, account, out) for account in config.accounts),
    ]
    failed = results.count(False)
    out(f"{'all checks passed' if not failed else f'{failed} check(s) failed'}")
    return 1 if failed else 0


def _ok(out: Out, what: str, detail: str) -> bool:
    out(f"ok    {what}: {detail}")
    return True


def _fail(out: Out, what: str, detail: str, fix: str) -> bool:
    out(f"FAIL  {what}: {detail}")
    out(f"      fix: {fix}")
    return False


def _timezone(config: Config, out: Out) -> bool:
    try:
        now = datetime.now(UTC).astimezone(config.user.tz)
    except Exception as exc:  # noqa: BLE001 - any zone failure is the finding
        return _fail(out, "time zone", f"{config.user.timezone!r}: {exc}",
                     "set [user] timezone to an IANA name such as \"Europe/London\"")
    return _ok(out, "time zone", f"{config.user.timezone} (now {now:%H:%M %Z})")


def _state(config: Config, out: Out) -> bool:
    from .store import Store

    path = state_path(config)
    try:
        store = Store.open(path)
        store.close()
    except Exception as exc:  # noqa: BLE001 - a locked, unreadable or corrupt file
        return _fail(out, f"state {path}", str(exc),
                     "check the folder exists and is yours; move a damaged file aside")
    loose = [p for p in (path, path.parent) if _others_can_read(p)]
    if loose:
        where = ", ".join(str(p) for p in loose)
        return _fail(out, f"state {path}", f"other users can read {where}",
                     f"chmod 600 {path} && chmod 700 {path.parent}")
    return _ok(out, f"state {path}", "writable, private (0600 in a 0700 folder)")


def _others_can_read(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & (stat.S_IRWXG | stat.S_IRWXO)) if os.name == "posix" else False


def _templates(config: Config, out: Out) -> bool:
    from .render import render_check

    problems = render_check(config)
    if problems:
        _fail(out, "templates", f"{len(problems)} problem(s)",
              "fix the template files in [templates] dir (or remove the key to use the "
              "built-in ones):")
        for problem in problems:
            out(f"        - {problem}")
        return False
    where = config.templates_dir or "built-in"
    return _ok(out, "templates", f"all render against a sample application ({where})")


def _account(config: Config, account, out: Out) -> bool:  # noqa: ANN001 - AccountConfig
    from .commands import open_provider

    what = f"account {account.name} ({account.provider})"
    provider = None
    try:
        provider = open_provider(account, config, read_only=True, now=None)
        refs, _ = provider.changes(None)
    except AuthExpired as exc:
        return _fail(out, what, str(exc), _sign_in_fix(account))
    except (ProviderError, OSError) as exc:
        return _fail(out, what, str(exc),
                     "check the host, the network and the account's keys in the config")
    except ValueError as exc:
        return _fail(out, what, str(exc), "correct the account's keys in the config")
    finally:
        if provider is not None:
            provider.close()
    return _ok(out, what, f"signed in and readable; {len(refs)} message(s) in the "
                          f"look-back window")


def _sign_in_fix(account) -> str:  # noqa: ANN001 - AccountConfig
    if account.provider in ("gmail", "outlook", "imap"):
        return f"mailwatch auth {account.provider} --account {account.name}"
    return "check the account's credentials"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_checks(None))
