"""The `mailwatch` command line: argument parsing and wiring, nothing clever.

Exit codes: 0 ok, 1 a run-time failure (mailbox unreachable, ...), 2 bad usage or config.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .config import ConfigError, default_config_path, load_config

log = logging.getLogger("mailwatch")

EPILOG = """\
mailwatch never sends mail: it only writes drafts, in the right thread, for you to review.
Config: --config, else $MAILWATCH_CONFIG, else {path}
Start with `mailwatch demo` (offline) or `mailwatch init` (writes a starter config)."""


def _aware(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time: {value!r} (example: 2026-11-12T14:00:00+02:00)") from None
    if parsed.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} has no UTC offset; add one, e.g. {value}+02:00 or {value}Z")
    return parsed


def _account_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--account", required=True, metavar="NAME",
                   help="the account's `name` in the config")


def _config_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", type=Path, metavar="PATH",
                   help="config file (default: $MAILWATCH_CONFIG or the user config dir)")


def _now_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", type=_aware, metavar="ISO8601",
                   help="act as if the clock said this (aware ISO 8601, e.g. "
                        "2026-11-12T18:00:00+02:00); for replays and what-ifs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailwatch",
        description="Watch a mailbox for job interviews and draft thank-you and follow-up "
                    "mails at the right time.",
        epilog=EPILOG.format(path=default_config_path()),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"mailwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more log output on stderr (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="write a commented starter config",
                       description="Write a commented starter config. Refuses to overwrite.")
    _config_arg(p)

    p = sub.add_parser("run", help="watch the mailbox and write drafts (the daemon)",
                       description="Run cycles on the configured interval: read new mail, "
                                   "update applications, write the drafts that are due.")
    _config_arg(p)
    _now_arg(p)
    p.add_argument("--once", action="store_true", help="run one cycle and exit")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be drafted; write nothing to the mailbox or state")

    p = sub.add_parser("plan", help="show what will be drafted when, and what a config edit "
                                    "changes",
                       description="Show each tracked application and its drafts: made, due "
                                   "and planned, with the reason for each time. Then what the "
                                   "config file, as it is now, changes compared with the config "
                                   "the last cycle ran with (or --against FILE): drafts added, "
                                   "moved, re-addressed, withdrawn or no longer planned. Writes "
                                   "nothing.")
    _config_arg(p)
    _now_arg(p)
    p.add_argument("--against", type=Path, metavar="PATH",
                   help="compare with this config file instead of the one last applied")

    p = sub.add_parser("status", help="applications, stages, drafts made, next action",
                       description="One line per application: company, position, interview "
                                   "time in your zone, interviewers, stage, drafts made, next "
                                   "action and when; then each account's last cycle.")
    _config_arg(p)
    _now_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("scan", help="detection only, on .eml files, folders or a Maildir",
                       description="Classify messages and extract interview details. "
                                   "Touches no state and no mailbox.")
    _config_arg(p)
    p.add_argument("--json", action="store_true",
                   help="one JSON object per message, one per line (stable contract)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("render", help="print a call script, LinkedIn note or any template "
                                      "for one application",
                       description="Render a template for one application and print it: "
                                   "call_script and linkedin_note (at most 300 characters) "
                                   "for the channels mailwatch cannot use itself, or "
                                   "thank_you / follow_up / feedback_request to preview.")
    _config_arg(p)
    _now_arg(p)
    p.add_argument("template", choices=("call_script", "linkedin_note", "thank_you",
                                        "follow_up", "feedback_request"))
    p.add_argument("application", help="application id (or its start) from `mailwatch "
                                       "status`/`plan`, or the company name")
    p.add_argument("--to", metavar="NAME", help="the person addressed (default: the main "
                                                "interviewer or contact)")

    p = sub.add_parser("auth", help="sign in an account, or store its password",
                       description="Give mailwatch access to an account without putting a "
                                   "secret in the config: an IMAP password goes to the OS "
                                   "keyring; Gmail and Outlook run their own sign-in and keep "
                                   "the token in a private file.")
    services = p.add_subparsers(dest="service", metavar="SERVICE", required=True)
    q = services.add_parser("imap", help="store an IMAP password in the OS keyring")
    _config_arg(q)
    _account_arg(q)
    q.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input instead of prompting")
    q = services.add_parser("gmail", help="sign in to Gmail (OAuth, installed-app flow)",
                            description="Open Google's consent page, then store the token "
                                        "(0600, in a 0700 folder). Scopes: gmail.readonly and "
                                        "gmail.compose; mailwatch never sends mail.")
    _config_arg(q)
    _account_arg(q)
    q.add_argument("--client-secrets", required=True, type=Path, metavar="FILE",
                   help="the JSON of your \"Desktop app\" OAuth client (Google Cloud console)")
    q.add_argument("--no-browser", action="store_true",
                   help="for a machine without a browser: print the URL to open elsewhere, "
                        "then paste back the address the browser ends on")
    q.add_argument("--calendar", action="store_true",
                   help="also allow reading calendar events (calendar.events.readonly), for "
                        "an account with calendar = true")
    q = services.add_parser("outlook", help="sign in to Outlook / Microsoft 365 (OAuth)",
                            description="Sign in with Microsoft (browser, or a device code on "
                                        "a headless machine) and keep the refresh token, "
                                        "encrypted where the OS offers it. Permissions: "
                                        "Mail.ReadWrite and Calendars.Read; never Mail.Send.")
    _config_arg(q)
    _account_arg(q)
    q.add_argument("--client-id", metavar="ID",
                   help="the Application (client) ID of your Entra app registration "
                        "(default: the account's client_id)")
    q.add_argument("--tenant", metavar="T",
                   help="directory (tenant) id or domain; default: the account's tenant, "
                        "else \"common\"")
    q.add_argument("--device-code", action="store_true",
                   help="sign in on another device with a code instead of opening a browser")

    p = sub.add_parser("service", help="run mailwatch as a service (systemd or launchd)",
                       description="Write, enable and start a systemd user unit (Linux) or a "
                                   "launchd agent (macOS) that runs `mailwatch run` with this "
                                   "Python and this config file; or remove it, or show its "
                                   "state.")
    p.add_argument("action", choices=("install", "uninstall", "status"))
    _config_arg(p)
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="show the unit file that install would write, and change nothing")
    p.add_argument("--manager", choices=("systemd", "launchd"),
                   help="service manager (default: the one of this platform)")

    p = sub.add_parser("doctor", help="check the config, accounts, state and templates",
                       description="Check that the config is valid, the time zone known, the "
                                   "state writable and private, the templates render, and "
                                   "each account signs in and can be read; print a fix for "
                                   "each failure. Exit 0 when everything is fine, 1 if not.")
    _config_arg(p)

    p = sub.add_parser("explain", help="why a message was read as it was, and what follows",
                       description="For an .eml file: what was extracted and from where "
                                   "(calendar part, which sentence), then its application and "
                                   "the drafts planned for it with the reason for each time. "
                                   "For an application id (or its start, or the company "
                                   "name) from `status`: its messages and its timeline.")
    _config_arg(p)
    _now_arg(p)
    p.add_argument("target", metavar="MESSAGE", help="a path to an .eml file, or an "
                                                     "application id from `mailwatch status`")

    p = sub.add_parser("check", help="validate the config and the templates (no network)",
                       description="Check the config and render every template against a "
                                   "sample application; exit 2 with each problem and its fix. "
                                   "`mailwatch doctor` also signs in to each account.")
    _config_arg(p)

    p = sub.add_parser("eval", help="score extraction against a labelled corpus",
                       description="Run detection over NNN-name.eml files with NNN-name.json "
                                   "labels (format: tests/corpus/README.md) and print per-"
                                   "field scores against the targets, then every miss.")
    p.add_argument("directory", type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-misses", action="store_true", help="print the table only")

    p = sub.add_parser("demo", help="offline demo on a temporary Maildir (no config needed)",
                       description="Build a temporary Maildir with a few job-search "
                                   "conversations, replay several weeks and show what "
                                   "mailwatch drafted and why.")
    p.add_argument("--dir", type=Path, metavar="PATH",
                   help="build the demo mailbox here and keep it (default: a temp dir)")
    p.add_argument("--brief", action="store_true", help="do not print draft bodies")
    return parser


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def _load(args: argparse.Namespace):
    return load_config(args.config)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if not args.command:
        parser.print_help()
        return 2
    from . import commands

    try:
        handler = getattr(commands, "cmd_" + args.command)
        return handler(args)
    except ConfigError as exc:
        where = f" ({exc.source})" if exc.source else ""
        print(f"mailwatch: the config has {len(exc.problems)} problem(s){where}:",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mailwatch scan ... | head`: the reader left, not an error
        sys.stderr.close()
        return 0


def now_or(args: argparse.Namespace) -> datetime:
    return args.now or datetime.now(UTC)


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
