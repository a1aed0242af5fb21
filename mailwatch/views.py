"""Text shown to people: cycle reports, `plan`, `status`. Formatting only, no decisions."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from .cycle import CycleReport
from .model import ActionRecord, Application, PlannedAction
from .settings import Config
from .tracker import stage_at

log = logging.getLogger("mailwatch")

_STATE_WORDS = {
    "created": "drafted",
    "sent": "sent by you",
    "gone": "deleted by you (never recreated)",
    "withdrawn": "withdrawn (employer answered)",
    "creating": "being created",
}


def local(dt: datetime | None, tz: ZoneInfo, fmt: str = "%a %d %b %Y %H:%M %Z") -> str:
    return dt.astimezone(tz).strftime(fmt) if dt else "-"


def _who(app: Application) -> str:
    rounds = app.active_rounds
    people = rounds[-1].interview.interviewers if rounds else ()
    return ", ".join(p.name or p.email or "?" for p in people) or "-"


def _title(app: Application) -> str:
    return f"{app.company or 'unknown company'} - {app.position or 'position not stated'}"


def print_cycle(report: CycleReport, config: Config, *, dry_run: bool,
                quiet: bool = False) -> None:
    tz = config.user.tz
    verb = "would draft" if dry_run else "drafted"
    items = report.act.would_create if dry_run else report.act.created
    if not quiet or items or report.act.problems:
        print(f"[{report.account}] {report.seen} message(s) read, {report.fetched} fetched, "
              f"{report.stored} kept, {len(report.apps)} application(s), {len(items)} {verb}")
    for action, body in items:
        app = report.apps.get(action.application_id)
        print(f"  {verb} {action.kind.value} to {action.recipient.name or ''} "
              f"<{action.recipient.email or '?'}> for {_title(app) if app else '?'}")
        print(f"    due {local(action.due, tz)}: {action.reason}")
        if dry_run:
            print("    | " + body.rstrip().replace("\n", "\n    | "))
    for record in report.act.withdrawn:
        print(f"  withdrew {record.kind.value} draft {record.id}: "
              f"{record.note or 'the employer answered'}")
    for ref, reason in report.skipped:
        print(f"  skipped {ref}: {reason}")
    for problem in report.act.problems:
        print(f"  problem: {problem}")
    for note in report.notes:
        print(f"  note: {note}")


def log_cycle(report: CycleReport) -> None:
    """The daemon's default log line: counts only. A service's log outlives the mail, so
    no subject, name or address appears in it unless the user asks with -v."""
    act = report.act
    if act.created or act.withdrawn or act.problems or report.skipped:
        log.warning("account %s: %d read, %d fetched, %d kept, %d drafted, %d withdrawn, "
                    "%d skipped, %d problem(s)", report.account, report.seen, report.fetched,
                    report.stored, len(act.created), len(act.withdrawn),
                    len(report.skipped), len(act.problems))
    else:
        log.info("account %s: %d read, nothing to draft", report.account, report.seen)


def _action_line(action: PlannedAction, record: ActionRecord | None, tz: ZoneInfo,
                 now: datetime) -> str:
    to = action.recipient.name or action.recipient.email or "?"
    label = f"{action.kind.value}" + (f" #{action.seq}" if action.kind == "follow_up" else "")
    if record is not None:
        state = _STATE_WORDS.get(record.state, record.state)
        when = local(record.created_at or record.due, tz)
        return f"  [x] {label} to {to}: {state}, {when}"
    if action.held:
        return (f"  [!] {label} to {to}: was due {local(action.due, tz)} before mailwatch "
                f"started; set timing.catch_up = true to draft it")
    marker = "[>]" if action.due <= now else "[ ]"
    late = " (learned late)" if action.late else ""
    return f"  {marker} {label} to {to}: {local(action.due, tz)}{late} - {action.reason}"


def render_plan(account: str, apps: dict[str, Application], planned: list[PlannedAction],
                records: list[ActionRecord], config: Config, now: datetime) -> str:
    tz = config.user.tz
    by_id = {r.id: r for r in records}
    lines = [f"Account {account} - {len(apps)} application(s), as of {local(now, tz)}"]
    for app in sorted(apps.values(), key=lambda a: (a.first_seen or now, a.id)):
        lines.append("")
        lines.append(f"{_title(app)}  [{stage_at(app, now).value}]  id {app.id}")
        for rnd in app.rounds:
            iv = rnd.interview
            state = " (cancelled)" if rnd.cancelled else ""
            people = ", ".join(p.name or p.email or "?" for p in iv.interviewers) or "-"
            lines.append(f"  interview {local(iv.start, tz)}{state} with {people}")
        mine = [a for a in planned if a.application_id == app.id]
        shown = {a.id for a in mine}
        for action in sorted(mine, key=lambda a: a.due):
            lines.append(_action_line(action, by_id.get(action.id), tz, now))
        for record in records:
            if record.application_id == app.id and record.id not in shown:
                state = _STATE_WORDS.get(record.state, record.state)
                lines.append(f"  [x] {record.kind.value} to {record.recipient or '?'}: {state}")
        if not mine and not any(r.application_id == app.id for r in records):
            lines.append("  nothing to draft")
    return "\n".join(lines)


def status_rows(account: str, apps: dict[str, Application], planned: list[PlannedAction],
                records: list[ActionRecord], config: Config, now: datetime
                ) -> list[dict[str, Any]]:
    tz = config.user.tz
    rows = []
    for app in sorted(apps.values(), key=lambda a: (a.first_seen or now, a.id)):
        mine = [r for r in records if r.application_id == app.id]
        done = {r.id for r in mine}
        upcoming = sorted((a for a in planned if a.application_id == app.id
                           and a.id not in done and not a.held), key=lambda a: a.due)
        rounds = app.active_rounds
        interview = rounds[-1].interview if rounds else None
        nxt = upcoming[0] if upcoming else None
        rows.append({
            "account": account,
            "id": app.id,
            "company": app.company,
            "position": app.position,
            "interview": local(interview.start, tz) if interview else None,
            "interviewers": [p.name or p.email for p in interview.interviewers]
            if interview else [],
            "stage": stage_at(app, now).value,
            "drafts_made": sum(1 for r in mine if r.state in ("created", "sent", "gone",
                                                                 "withdrawn")),
            "next_action": nxt.kind.value if nxt else None,
            "next_at": local(nxt.due, tz) if nxt else None,
            "note": ("thank-you learned late, drafted inside the 24 h window"
                     if nxt and nxt.late else None),
        })
    return rows


def render_status(rows: list[dict[str, Any]], accounts: list[dict[str, Any]]) -> str:
    if not rows:
        lines = ["No applications tracked yet."]
    else:
        lines = []
        for r in rows:
            lines.append(f"{r['company'] or '?'} - {r['position'] or '?'}  [{r['stage']}]")
            lines.append(f"    interview: {r['interview'] or '-'}   with: "
                         f"{', '.join(n for n in r['interviewers'] if n) or '-'}")
            nxt = f"{r['next_action']} at {r['next_at']}" if r["next_action"] else "none"
            lines.append(f"    drafts made: {r['drafts_made']}   next: {nxt}")
            if r["note"]:
                lines.append(f"    note: {r['note']}")
    lines.append("")
    for a in accounts:
        err = f"; last error {a['last_error_at']}: {a['last_error']}" if a["last_error"] else ""
        lines.append(f"account {a['name']}: last success {a['last_success'] or 'never'}{err}")
    return "\n".join(lines)
