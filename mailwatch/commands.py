"""Command handlers behind the CLI. Each returns the process exit code."""

from __future__ import annotations

import argparse
import importlib.resources
import logging
import os
import sys
import threading
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .cli import dumps, now_or
from .config import ConfigError, default_config_path, load_config, state_path
from .cycle import CycleReport, plan_account, run_cycle
from .model import Application
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


def run_once(config: Config, now: datetime, *, dry_run: bool, fixed_clock: bool
             ) -> list[CycleReport]:
    """One cycle over every account; one failing account never stops the others."""
    path = state_path(config)
    if dry_run:
        return _run_accounts(config, Store.memory_copy(path), now, dry_run=True,
                             fixed_clock=fixed_clock)
    with Store.exclusive(path):
        return _run_accounts(config, Store.open(path), now, dry_run=False,
                             fixed_clock=fixed_clock)


def _run_accounts(config: Config, store: Store, now: datetime, *, dry_run: bool,
                  fixed_clock: bool) -> list[CycleReport]:
    reports = []
    with closing(store):
        for account in config.accounts:
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

    def cycle() -> None:
        now = datetime.now(UTC) + offset
        for report in run_once(config, now, dry_run=args.dry_run, fixed_clock=False):
            if args.verbose:  # names and addresses only when asked for
                print_cycle(report, config, dry_run=args.dry_run, quiet=True)
            else:
                log_cycle(report)

    log.warning("mailwatch running: %d account(s), every %d min", len(config.accounts),
                config.timing.interval_minutes)
    cycle()
    job = schedule.every(config.timing.interval_minutes).minutes.do(cycle)
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
    job = schedule.every(fresh.timing.interval_minutes).minutes.do(cycle)
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
    with closing(_state_for_reading(config)) as store:
        for account in config.accounts:
            apps, planned = plan_account(store, config, account.name, now)
            print(render_plan(account.name, apps, planned, store.actions(account.name),
                              config, now))
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
    return 0


def cmd_auth(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    matches = [a for a in config.accounts if a.name == args.account]
    if not matches or matches[0].provider != args.service:
        names = ", ".join(a.name for a in config.accounts if a.provider == args.service)
        print(f"mailwatch auth: no {args.service} account named {args.account!r} in the "
              f"config (known: {names or 'none'})", file=sys.stderr)
        return 2
    account = matches[0]
    try:
        if args.service == "gmail":
            return _auth_gmail(args, account, config)
        if args.service == "outlook":
            return _auth_outlook(args, account)
        return _auth_imap(args, account)
    except (ProviderError, ValueError) as exc:
        print(f"mailwatch auth: {exc}", file=sys.stderr)
        return 1


def _auth_imap(args: argparse.Namespace, account: AccountConfig) -> int:
    import getpass

    from .providers.imap import store_password

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {account.options.get('username')} at "
                                   f"{account.options.get('host')}: ")
    store_password(account, password)
    print("Stored in the OS keyring. Check it with `mailwatch run --once --dry-run`.")
    return 0


def _auth_outlook(args: argparse.Namespace, account: AccountConfig) -> int:
    from .providers.outlook_auth import authorize

    options = dict(account.options)
    configured = options.get("client_id")
    if args.client_id:
        if configured and configured != args.client_id:
            print(f"mailwatch auth: warning: --client-id differs from the config's client_id "
                  f"({configured}); the daemon renews tokens with the config's",
                  file=sys.stderr)
        options["client_id"] = args.client_id
    if args.tenant:
        options["tenant"] = args.tenant
    if not options.get("client_id"):
        print("mailwatch auth: give --client-id, or set client_id in the account",
              file=sys.stderr)
        return 2
    path = authorize(options, device_code=args.device_code)
    print(f"Signed in; token cache at {path}. Check it with `mailwatch run --once --dry-run`.")
    return 0


def _auth_gmail(args: argparse.Namespace, account: AccountConfig, config: Config) -> int:
    from .providers import gmail_auth

    options = gmail_auth.account_options(account.name, account.options,
                                         config.timing.lookback_days)
    path = gmail_auth.authorize(options, args.client_secrets, headless=args.no_browser,
                                calendar=False)
    print(f"Signed in; token saved to {path}. Check it with `mailwatch run --once --dry-run`.")
    return 0


def cmd_service(args: argparse.Namespace) -> int:
    from . import service

    kind = args.manager or service.default_kind()
    if kind is None:
        print(f"mailwatch service: no supported service manager on {sys.platform}; run "
              "`mailwatch run` under your own supervisor", file=sys.stderr)
        return 2
    config_file = (args.config or default_config_path()).expanduser().resolve()
    m = service.manager(kind, config_file)
    if args.print_only:
        print(f"# {m.path}")
        print(m.text, end="")
        return 0
    if args.action == "install":
        load_config(config_file)  # a broken config would only crash-loop the service
        return service.install(m, service.run_command)
    if args.action == "uninstall":
        return service.uninstall(m, service.run_command)
    return service.status(m, service.run_command)


def cmd_doctor(args: argparse.Namespace) -> int:
    from .doctor import run_checks

    return run_checks(args.config)
