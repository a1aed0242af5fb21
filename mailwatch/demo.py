"""`mailwatch demo`: the whole product, offline, on a throw-away Maildir.

It plays the story in `demo_data` step by step: mail arrives in the Maildir, then one
cycle runs with the clock set to that moment (exactly what `run --once --now` does), and
the demo shows what appeared in Drafts and why.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from itertools import count
from pathlib import Path

from .config import parse_config
from .cycle import plan_account
from .demo_data import build_scenario
from .settings import Config
from .store import Store
from .views import local, render_status, status_rows

USER_NAME = "Thandi Nkosi"
USER_EMAIL = "thandi@example.org"
_counter = count()


def demo_config(root: Path) -> Config:
    return parse_config({
        "user": {"name": USER_NAME, "email": USER_EMAIL, "timezone": "Africa/Johannesburg"},
        "accounts": [{"name": "demo", "provider": "maildir", "path": str(root / "Mail")}],
        "state": {"path": str(root / "state.db")},
        "profile": {
            "summary": "six years building data platforms for retail and fintech teams",
            "highlights": ["moved a nightly reporting stack to streaming, so stores saw "
                           "sales within minutes instead of the next morning"],
            "skills": ["Python", "SQL", "Kafka"],
            "signoff": "Kind regards",
        },
    })


def _unique() -> str:
    return f"{int(time.time())}.M{next(_counter)}P{os.getpid()}.{socket.gethostname()}"


def make_maildir(path: Path) -> None:
    for folder in (path, path / ".Sent", path / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)


def deliver(folder: Path, raw: bytes, *, seen: bool) -> None:
    name = _unique()
    tmp = folder / "tmp" / name
    tmp.write_bytes(raw)
    target = folder / "cur" / f"{name}:2,S" if seen else folder / "new" / name
    os.rename(tmp, target)


def send_waiting_drafts(mail: Path) -> int:
    """Play the user pressing Send on every waiting draft: move it into Sent."""
    moved = 0
    for sub in ("cur", "new"):
        for draft in sorted((mail / ".Drafts" / sub).iterdir()):
            base = draft.name.split(":2,")[0]
            os.rename(draft, mail / ".Sent" / "cur" / f"{base}:2,S")
            moved += 1
    return moved


def run_demo(directory: Path | None, *, brief: bool = False) -> int:
    from .commands import run_once

    keep = directory is not None
    root = Path(directory) if directory else Path(tempfile.mkdtemp(prefix="mailwatch-demo-"))
    if keep and (root / "Mail").exists():
        print(f"mailwatch demo: {root / 'Mail'} already exists; choose an empty --dir")
        return 2
    root.mkdir(parents=True, exist_ok=True)
    mail = root / "Mail"
    make_maildir(mail)
    config = demo_config(root)
    tz = config.user.tz
    print(f"mailwatch demo - {USER_NAME} <{USER_EMAIL}>, time zone {config.user.timezone}")
    print(f"Maildir: {mail}   (mailwatch only ever writes drafts; nothing is sent)\n")
    total = 0
    try:
        for step in build_scenario(USER_NAME, USER_EMAIL):
            for raw in step.inbox:
                deliver(mail, raw, seen=False)
            for raw in step.sent:
                deliver(mail / ".Sent", raw, seen=True)
            sent = send_waiting_drafts(mail) if step.send_drafts else 0
            print(f"== {local(step.at, tz)}  {step.note}")
            if sent:
                print(f"   (you send {sent} waiting draft(s))")
            for report in run_once(config, step.at, dry_run=False, fixed_clock=True):
                for action, body in report.act.created:
                    total += 1
                    app = report.apps.get(action.application_id)
                    company = app.company if app and app.company else "?"
                    print(f"   + draft {action.kind.value} to {action.recipient.name or ''} "
                          f"<{action.recipient.email}> ({company})")
                    print(f"     why: {action.reason}")
                    if not brief:
                        print("     | " + body.rstrip().replace("\n", "\n     | "))
                for record in report.act.withdrawn:
                    print(f"   - withdrew {record.kind.value} draft: "
                          f"{record.note or 'the employer answered'}")
                for problem in report.act.problems:
                    print(f"   ! {problem}")
        last = build_scenario(USER_NAME, USER_EMAIL)[-1].at
        print(f"\n{total} draft(s) written over the story. Where things stand:\n")
        store = Store.memory_copy(root / "state.db")
        try:
            rows = []
            for account in config.accounts:
                apps, planned = plan_account(store, config, account.name, last)
                rows += status_rows(account.name, apps, planned, store.actions(account.name),
                                    config, last)
            print(render_status(rows, []).rstrip())
        finally:
            store.close()
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    if keep:
        print(f"\nThe demo mailbox is kept in {mail}; try `mutt -f {mail}`.")
    return 0
