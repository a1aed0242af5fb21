"""Commands that set mailwatch up rather than run it: `auth`, `service`, `doctor`.

Kept apart from commands.py (the daemon, cycles and views) so each file has one job; the
CLI finds the handlers through commands.py, which re-exports them.
"""

from __future__ import annotations

import argparse
import sys

from .config import default_config_path, load_config
from .providers.base import ProviderError
from .settings import AccountConfig, Config


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
    calendar = args.calendar or bool(options.get("calendar"))
    path = gmail_auth.authorize(options, args.client_secrets, headless=args.no_browser,
                                calendar=calendar)
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


def cmd_explain(args: argparse.Namespace) -> int:
    from .cli import now_or
    from .explain import explain

    return explain(args.target, load_config(args.config), now_or(args))


def cmd_check(args: argparse.Namespace) -> int:
    from .render import render_check

    path = (args.config or default_config_path()).expanduser()
    config = load_config(path)  # a ConfigError lists every problem and exits 2
    problems = render_check(config)
    if problems:
        print(f"mailwatch check: {len(problems)} template problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        print("  fix: edit the files in [templates] dir, or remove the key to use the "
              "built-in templates", file=sys.stderr)
        return 2
    print(f"{path}: config and templates are fine ({len(config.accounts)} account(s))")
    return 0
