"""What a config change will do, before it applies: drafts added, moved, re-addressed,
withdrawn or no longer planned. Pure.

Why by (application, kind, seq) and not by action id: an action's id includes its
recipient, so `to = ...` gives the "same" follow-up a new id. The act step treats the
triple as the identity too (it never makes a second draft for one), so this diff says what
the next cycle will really do. Thank-yous are the exception on both sides: there is one per
interviewer, so their recipient is part of the key.

A draft already made is never changed by a config edit; the only thing an edit can do to
it is withdraw it (when it is mailwatch's own, unedited and still pending). That is why
every change here is about actions without a record, except "withdraw".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from .model import ActionKind, ActionRecord, Application, PlannedAction

#: Record states of a draft that still sits in the mailbox as mailwatch made it.
_PENDING = frozenset({"creating", "created"})

Key = tuple[str, str, int, str]  # (application id, kind, seq, thank-you recipient)


@dataclass(frozen=True)
class Change:
    what: str  # add | move | readdress | template | withdraw | drop
    key: Key
    old: PlannedAction | None
    new: PlannedAction | None
    record: ActionRecord | None = None


def _key(a: PlannedAction | ActionRecord) -> Key:
    if a.kind is not ActionKind.THANK_YOU:
        return (a.application_id, a.kind.value, a.seq, "")
    who = a.recipient if isinstance(a, ActionRecord) else a.recipient.email
    return (a.application_id, a.kind.value, a.seq, (who or "").lower())


def diff_plans(old: list[PlannedAction], new: list[PlannedAction],
               records: list[ActionRecord]) -> list[Change]:
    """Changes from the plan under the applied config to the plan under the new one."""
    before = {_key(a): a for a in old}
    after = {_key(a): a for a in new}
    made = {_key(r): r for r in records}
    changes: list[Change] = []
    for key, a in after.items():
        if key in made:
            continue  # made already: an edit never re-makes or changes it
        b = before.get(key)
        if b is None:
            changes.append(Change("add", key, None, a))
            continue
        if a.due != b.due:
            changes.append(Change("move", key, b, a))
        if _who(a) != _who(b):
            changes.append(Change("readdress", key, b, a))
        if a.template != b.template:
            changes.append(Change("template", key, b, a))
    for key, b in before.items():
        if key in after:
            continue
        record = made.get(key)
        if record is None:
            changes.append(Change("drop", key, b, None))
        elif record.state in _PENDING:
            changes.append(Change("withdraw", key, b, None, record))
    return sorted(changes, key=lambda c: (c.key, c.what))


def _who(a: PlannedAction) -> str:
    return (a.recipient.email or a.recipient.name or "").lower()


def render_changes(changes: list[Change], apps: dict[str, Application], tz: ZoneInfo
                   ) -> list[str]:
    """One line per change, grouped under each application's name."""
    lines: list[str] = []
    shown: str | None = None
    for c in changes:
        app_id = c.key[0]
        if app_id != shown:
            app = apps.get(app_id)
            name = (app.company or "?") if app else "?"
            lines.append(f"  {name} (id {app_id})")
            shown = app_id
        lines.append(f"    {_line(c, tz)}")
    return lines


def _label(a: PlannedAction) -> str:
    return a.kind.value + (f" #{a.seq}" if a.kind.value == "follow_up" else "")


def _to(a: PlannedAction) -> str:
    return a.recipient.name or a.recipient.email or "?"


def _when(dt: datetime, tz: ZoneInfo) -> str:
    return dt.astimezone(tz).strftime("%a %d %b %H:%M %Z")


def _line(c: Change, tz: ZoneInfo) -> str:
    a = c.new or c.old  # the action as it will be (as it was, when it goes)
    assert a is not None
    head = f"{_label(a)} to {_to(a)}"
    if c.what == "add":
        return f"+ add       {head}, due {_when(a.due, tz)} - {a.reason}"
    if c.what == "drop":
        return f"- drop      {head} (was due {_when(a.due, tz)}): no longer planned"
    if c.what == "withdraw":
        return f"- withdraw  {head}: mailwatch's draft is removed unless you have edited it"
    b = c.old
    assert b is not None
    if c.what == "move":
        return f"~ move      {head}: {_when(b.due, tz)} -> {_when(a.due, tz)}"
    if c.what == "readdress":
        return f"~ readdress {_label(a)}: to {_to(b)} -> to {_to(a)}"
    return f"~ template  {head}: {b.template or 'default'} -> {a.template or 'default'}"
