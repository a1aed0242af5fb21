"""Command handlers behind the CLI. Each returns the process exit code."""

from __future__ import annotations

import argparse
import importlib.resources
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Collection
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .admin import (  # noqa: F401 - the CLI's handlers
    cmd_auth,
    cmd_check,
    cmd_doctor,
    cmd_explain,
    cmd_service,
)
from .applied import recall, remember
from .backoff import AccountBackoff
from .cli import dumps, now_or
from .config import ConfigError, default_config_path, load_config, state_path
from .cycle import CycleReport, plan_account, run_cycle
from .model import Application
from .plandiff import diff_plans, render_changes
from .providers.base import Provider, ProviderError
from .providers.registry import get_provider_class
from .settings import AccountConfig, Config
from .store import AlreadyRunning, Store
from .views import log_cycle, print_cycle, render_plan, render_status, status_rows

log = logging.getLogger("mailwatch")


def starter_config_text() -> str:
    return importlib.resources.files("mailwatch.templates").joinpath(
        "config.example.toml").read_text(encoding="utf-8")


def cmd_init(args: argparse.Namespace) -> int:
    path: Path = args.config or default_config_path()
    if path.exists():
        print(f"mailwatch: {path} already exists; not overwriting it. Edit it, or pass "
              "--config with another path.", file=sys.stderr)
        return 2
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(starter_config_text())
    print(f"Wrote {path}.\nEdit [user] and [[accounts]], then try "
          f"`mailwatch run --once --dry-run --config {path}`.")
    return 0


def open_provider(account: AccountConfig, config: Config, *, read_only: bool,
                  now: datetime | None) -> Provider:
    cls = get_provider_class(account.provider)
    options = cls.account_options(account.name, account.options,
                                  lookback_days=config.timing.lookback_days)
    provider = cls.from_config(options, read_only=read_only)
    if now is not None and hasattr(provider, "clock"):
        provider.clock = lambda: now  # drafts dated as the replayed clock says
    return provider


def run_once(config: Config, now: datetime, *, dry_run: bool, fixed_clock: bool,
             only: Collection[str] | None = None) -> list[CycleReport]:
    """One cycle over every account (or those named in `only`); one failing account never
    stops the others."""
    path = state_path(config)
    accounts = [a for a in config.accounts if only is None or a.name in only]
    if dry_run:
        return _run_accounts(config, accounts, Store.memory_copy(path), now, dry_run=True,
                             fixed_clock=fixed_clock)
    with Store.exclusive(path):
        reports = _run_accounts(config, accounts, Store.open(path), now, dry_run=False,
                                fixed_clock=fixed_clock)
        remember(config)  # what `plan` compares a later edit of the file with
    return reports


def _run_accounts(config: Config, accounts: list[AccountConfig], store: Store, now: datetime,
                  *, dry_run: bool, fixed_clock: bool) -> list[CycleReport]:
    reports = []
    with closing(store):
        for account in accounts:
            try:
                provider = open_provider(account, config, read_only=dry_run,
                                         now=now if fixed_clock else None)
            except (ProviderError, ValueError, OSError) as exc:
                log.error("account %s: cannot open mailbox: %s", account.name, exc)
                with store.transaction():
                    store.record_result(account.name, now, str(exc))
                continue
            try:
                reports.append(run_cycle(store, provider, config, account.name, now))
            except ProviderError as exc:
                log.error("account %s: %s", account.name, exc)
                with store.transaction():
                    store.record_result(account.name, now, str(exc))
            except Exception as exc:  # a bug must not silence the other accounts
                log.exception("account %s: cycle failed", account.name)
                with store.transaction():
                    store.record_result(account.name, now,
                                        f"internal error: {exc.__class__.__name__}: {exc}")
            finally:
                provider.close()
    return reports


def cmd_run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if not config.accounts:
        raise ConfigError(["accounts: no [[accounts]] configured; add one (see "
                           "config.example.toml)"], config.source)
    if args.once:
        now = now_or(args)
        reports = run_once(config, now, dry_run=args.dry_run, fixed_clock=args.now is not None)
        for report in reports:
            print_cycle(report, config, dry_run=args.dry_run)
        return 0 if len(reports) == len(config.accounts) else 1
    return _daemon(config, args)


def _daemon(config: Config, args: argparse.Namespace) -> int:
    """Cycle on the configured interval until SIGTERM/SIGINT; SIGHUP re-reads the config."""
    try:
        with Store.daemon_lock(state_path(config)):
            return _daemon_loop(config, args)
    except AlreadyRunning as exc:
        print(f"mailwatch: another mailwatch daemon (pid {exc}) is already running on "
              f"{state_path(config)}; stop it first (or use `run --once`, which waits for "
              "its turn)", file=sys.stderr)
        return 1


def _daemon_loop(config: Config, args: argparse.Namespace) -> int:
    import signal

    import schedule

    offset = (args.now - datetime.now(UTC)) if args.now else timedelta(0)
    flags = {"stop": False, "reload": False}

    def on_signal(signum: int, frame: object) -> None:
        flags["reload" if signum == signal.SIGHUP else "stop"] = True

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, on_signal)

    backoff = AccountBackoff(base=config.timing.interval_minutes * 60.0)

    def cycle() -> None:
        now, tick = datetime.now(UTC) + offset, time.monotonic()
        due = [a.name for a in config.accounts if backoff.due(a.name, tick)]
        if not due:
            return
        reports = run_once(config, now, dry_run=args.dry_run, fixed_clock=False, only=due)
        for report in reports:
            if args.verbose:  # names and addresses only when asked for
                print_cycle(report, config, dry_run=args.dry_run, quiet=True)
            else:
                log_cycle(report)
        done = {r.account for r in reports}
        for name in due:
            wait = backoff.record(name, name in done, tick)
            if wait:
                log.warning("account %s: failed %d time(s) in a row; next try in %d min",
                            name, backoff.failures(name), wait // 60)

    log.warning("mailwatch running: %d account(s), every %d min", len(config.accounts),
                config.timing.interval_minutes)
    cycle()
    job = _every(config.timing.interval_minutes, cycle)
    arrived, stop_push = _start_watchers(config)
    while not flags["stop"]:
        if flags["reload"]:
            flags["reload"] = False
            config, job = _reload(config, args, job, cycle)
        schedule.run_pending()
        if arrived.wait(1.0):  # new mail pushed by a server: a cycle now, not at the tick
            arrived.clear()
            cycle()
    stop_push.set()
    schedule.cancel_job(job)
    return 0


def _every(minutes: int, cycle: Callable[[], None]) -> Any:
    """A job every `minutes`, up to 10 % later at random, so daemons that started together
    (a fleet of laptops waking up) do not poll in step."""
    import schedule

    return schedule.every(minutes).to(minutes + max(1, minutes // 10)).minutes.do(cycle)


def _reload(config: Config, args: argparse.Namespace, job: Any,
            cycle: Callable[[], None]) -> tuple[Config, Any]:
    """SIGHUP: take the edited config if it is valid; keep running on the old one if not."""
    import schedule

    try:
        fresh = load_config(args.config)
    except ConfigError as exc:
        log.error("config not reloaded, still running on the previous one: %s",
                  "; ".join(exc.problems))
        return config, job
    if state_path(fresh) != state_path(config):
        log.error("config not reloaded: [state] path changed; restart mailwatch to move it")
        return config, job
    if [a.name for a in fresh.accounts] != [a.name for a in config.accounts]:
        log.warning("accounts changed: cycles use them now; IMAP IDLE follows on restart")
    schedule.cancel_job(job)
    job = _every(fresh.timing.interval_minutes, cycle)
    log.warning("config reloaded: %d account(s), every %d min", len(fresh.accounts),
                fresh.timing.interval_minutes)
    return fresh, job


def _start_watchers(config: Config) -> tuple[threading.Event, threading.Event]:
    """One push watcher per account whose provider can push (IMAP IDLE)."""
    from .push import Watcher

    arrived, stop = threading.Event(), threading.Event()
    for account in config.accounts:
        try:
            if not get_provider_class(account.provider).supports_push:
                continue
        except (KeyError, ValueError):
            continue
        Watcher(account.name,
                lambda a=account: open_provider(a, config, read_only=True, now=None),
                arrived, stop).start()
    return arrived, stop


def _state_for_reading(config: Config) -> Store:
    return Store.memory_copy(state_path(config))


def cmd_plan(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    now = now_or(args)
    if args.against is not None:
        old, which = load_config(args.against), str(args.against)
    else:
        old, which = recall(config), "the config the last cycle ran with"
    with closing(_state_for_reading(config)) as store:
        for account in config.accounts:
            apps, planned = plan_account(store, config, account.name, now)
            records = store.actions(account.name)
            print(render_plan(account.name, apps, planned, records, config, now))
            print()
            if old is None:
                print("No cycle has run with a config yet: nothing to compare with.")
                continue
            before = ([] if account.name not in {a.name for a in old.accounts}
                      else plan_account(store, old, account.name, now)[1])
            changes = diff_plans(before, planned, records)
            if not changes:
                print(f"No changes from {which}.")
                continue
            print(f"Changes from {which} (made by the next cycle that reads this file; a "
                  "running daemon reads it again on SIGHUP or a restart):")
            print("\n".join(render_changes(changes, apps, config.user.tz)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    now = now_or(args)
    with closing(_state_for_reading(config)) as store:
        rows = []
        for account in config.accounts:
            apps, planned = plan_account(store, config, account.name, now)
            rows.extend(status_rows(account.name, apps, planned,
                                    store.actions(account.name), config, now))
        accounts = store.account_status()
    if args.json:
        print(dumps({"applications": rows, "accounts": accounts}))
    else:
        print(render_status(rows, accounts))
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from .scan import scan_paths

    config = None
    if args.config is not None or default_config_path().exists():
        config = load_config(args.config)
    return scan_paths(args.paths, config, as_json=args.json)


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(args.dir, brief=args.brief)


def _find_application(apps: list[Application], key: str) -> list[Application]:
    wanted = key.casefold()
    by_id = [a for a in apps if a.id.startswith(key)]
    exact = [a for a in apps if (a.company or "").casefold() == wanted]
    return by_id or exact or [a for a in apps if wanted in (a.company or "").casefold()]


def cmd_render(args: argparse.Namespace) -> int:
    from .model import Person
    from .render import TemplateProblem, build_context, render

    config = load_config(args.config)
    now = now_or(args)
    with closing(_state_for_reading(config)) as store:
        apps = [a for account in config.accounts
                for a in plan_account(store, config, account.name, now)[0].values()]
    found = _find_application(apps, args.application)
    if len(found) != 1:
        what = "no application matches" if not found else "several applications match"
        print(f"mailwatch render: {what} {args.application!r}; see `mailwatch status`",
              file=sys.stderr)
        return 2
    app = found[0]
    rounds = app.active_rounds
    people = list(rounds[-1].interview.interviewers) if rounds else []
    if app.contact:
        people.append(app.contact)
    recipient = people[0] if people else None
    if args.to:
        wanted = args.to.casefold()
        matches = [p for p in people if wanted in (p.name or "").casefold()
                   or wanted == (p.email or "")]
        recipient = matches[0] if matches else Person(name=args.to)
    try:
        context = build_context(app, args.template, recipient, config)
        print(render(args.template, context, templates_dir=config.templates_dir), end="")
    except TemplateProblem as exc:
        print(f"mailwatch render: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    if not args.directory.is_dir():
        print(f"mailwatch eval: not a directory: {args.directory}", file=sys.stderr)
        return 2
    report = evaluate(args.directory)
    if args.json:
        print(dumps(report.to_json()))
    else:
        print(format_report(report, misses=not args.no_misses))
    if report.errors:
        print(f"mailwatch eval: detection crashed on {len(report.errors)} message(s)",
              file=sys.stderr)
        return 1
    return 0
