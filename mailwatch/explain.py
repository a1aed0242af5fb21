"""`mailwatch explain MESSAGE`: why mailwatch read a message the way it did, and what it
will draft because of it.

MESSAGE is a path to an .eml file, or an application id (or its start) from `status` /
`plan`. For a file: what was extracted and from where (the calendar part, which sentence),
then, when the state knows the message, its application and that application's timeline.
For an application: its messages with their readings, then the timeline. Read-only: it
works on a memory copy of the state, like `plan`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .config import state_path
from .cycle import plan_account
from .extract import detect
from .message import MalformedMessage, parse_message
from .model import Application, Detection, PlannedAction
from .settings import Config
from .store import Store
from .views import local, render_plan

Out = Callable[[str], object]


def explain(target: str, config: Config, now: datetime, out: Out = print) -> int:
    path = Path(target).expanduser()
    if path.is_file():
        return _explain_file(path, config, now, out)
    with closing(Store.memory_copy(state_path(config))) as store:
        for account in config.accounts:
            apps, planned = plan_account(store, config, account.name, now)
            app = _find_app(apps, target)
            if app is not None:
                facts = {f.message_id: f for f in store.facts(account.name)}
                out(f"Application {app.id}: {app.company or '?'} - {app.position or '?'}")
                for mid in sorted(app.message_ids, key=lambda m: _when(facts.get(m))):
                    fact = facts.get(mid)
                    if fact is not None:
                        out("")
                        out(f"  message {mid} ({local(fact.date, config.user.tz)}): "
                            f"{fact.subject}")
                        _detection(fact.detection, config, out, indent="    ")
                out("")
                out(_timeline(account.name, app, planned, store, config, now))
                return 0
    out(f"mailwatch explain: {target!r} is neither a file nor an application id "
        "(see `mailwatch status`)")
    return 2


def _explain_file(path: Path, config: Config, now: datetime, out: Out) -> int:
    try:
        msg = parse_message(path.read_bytes())
    except MalformedMessage as exc:
        out(f"{path}: skipped as malformed: {exc}")
        return 1
    out(f"Message {msg.message_id}")
    out(f"  from {msg.sender.email if msg.sender else '?'}, {local(msg.date, config.user.tz)}")
    out(f"  subject: {msg.subject}")
    det = detect(msg, user_addresses=config.user.addresses,
                 date_order=config.detection.date_order,
                 vocabulary=config.detection.vocabulary)
    _detection(det, config, out, indent="  ")
    with closing(Store.memory_copy(state_path(config))) as store:
        for account in config.accounts:
            apps, planned = plan_account(store, config, account.name, now)
            app = next((a for a in apps.values() if msg.message_id in a.message_ids), None)
            if app is not None:
                out("")
                out(f"It belongs to application {app.id} (account {account.name}).")
                out(_timeline(account.name, app, planned, store, config, now))
                return 0
    out("")
    out("The state does not know this message (not in a watched mailbox yet, or not "
        "relevant): nothing is planned for it.")
    return 0


def _detection(det: Detection, config: Config, out: Out, indent: str) -> None:
    tz = config.user.tz
    out(f"{indent}kind: {det.kind.value} (confidence {det.confidence:.2f})"
        + (", automatic reply" if det.auto_reply else ""))
    iv = det.interview
    if iv is not None:
        end = f" to {local(iv.end, tz, '%H:%M %Z')}" if iv.end else " (end not stated)"
        written = ""
        if iv.timezone and iv.timezone != config.user.timezone:
            written = (f" (as written: {local(iv.start, ZoneInfo(iv.timezone), '%H:%M %Z')}, "
                       f"{iv.timezone})")
        out(f"{indent}interview: {local(iv.start, tz)}{end}{written}")
    people = iv.interviewers if iv is not None else det.people
    if people:
        out(f"{indent}people: " + ", ".join(
            f"{p.name or '?'}" + (f" <{p.email}>" if p.email else "")
            + (f" ({p.title})" if p.title else "") for p in people))
    company = (iv.company if iv and iv.company else det.company) or "?"
    position = (iv.position if iv and iv.position else det.position) or "?"
    out(f"{indent}company: {company}; position: {position}")
    if det.decision_deadline:
        out(f"{indent}decision expected by {det.decision_deadline.isoformat()}")
    for reason in det.reasons:
        out(f"{indent}- {reason}")


def _timeline(account: str, app: Application, planned: list[PlannedAction], store: Store,
              config: Config, now: datetime) -> str:
    mine = [a for a in planned if a.application_id == app.id]
    records = [r for r in store.actions(account) if r.application_id == app.id]
    return render_plan(account, {app.id: app}, mine, records, config, now)


def _find_app(apps: dict[str, Application], target: str) -> Application | None:
    if target in apps:
        return apps[target]
    starts = [a for i, a in apps.items() if i.startswith(target)]
    if len(starts) == 1:
        return starts[0]
    named = [a for a in apps.values() if a.company and a.company.casefold() == target.casefold()]
    return named[0] if len(named) == 1 else None


def _when(fact) -> str:  # noqa: ANN001 - MessageFacts | None
    return fact.date.isoformat() if fact is not None and fact.date else ""
