"""One cycle for one account: changes -> normalize -> extract -> store facts -> plan -> act.

The clock is the `now` argument and nothing else. Facts dated after `now` are kept but
not folded until their time comes, which is what makes `run --once --now T` a faithful
replay of a mailbox whatever the order its files were written in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .actions import ActReport, act, fault_point, reconcile, refresh_states, withdraw_stale
from .extract import detect
from .message import MalformedMessage, Message, parse_message
from .model import Application, MessageFacts, Person, PlannedAction
from .planner import due_actions, plan
from .providers.base import MARKER_HEADER, CursorInvalid, Provider, action_from_message_id
from .settings import Config
from .store import Store
from .tracker import fold

log = logging.getLogger(__name__)

#: Mail dated this far after `now` still counts as arrived (senders' clocks drift).
CLOCK_SKEW = timedelta(minutes=15)


@dataclass
class CycleReport:
    account: str
    seen: int = 0
    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason)
    notes: list[str] = field(default_factory=list)
    act: ActReport = field(default_factory=ActReport)
    planned: list[PlannedAction] = field(default_factory=list)
    apps: dict[str, Application] = field(default_factory=dict)


class _Index:
    """Which ids, threads and employer addresses belong to tracked mail."""

    def __init__(self, facts: Iterable[MessageFacts]):
        self.ids: set[str] = set()
        self.employers: set[str] = set()
        for f in facts:
            self.add(f)

    def add(self, f: MessageFacts) -> None:
        self.ids.update((f.message_id, f.thread_key, *f.references))
        if f.in_reply_to:
            self.ids.add(f.in_reply_to)
        if not f.from_user and f.sender.email and f.detection and f.detection.kind != "other":
            self.employers.add(f.sender.email)

    def linked(self, msg: Message, from_user: bool) -> bool:
        refs = {msg.thread_root, *msg.references}
        if msg.in_reply_to:
            refs.add(msg.in_reply_to)
        if refs & self.ids:
            return True
        if from_user:
            return any(a.email in self.employers for a in (*msg.to, *msg.cc))
        return msg.sender is not None and msg.sender.email in self.employers


def _person(address) -> Person:
    return Person(name=address.name or None, email=address.email)


def to_facts(account: str, msg: Message, config: Config, now: datetime) -> MessageFacts:
    detection = None
    from_user = msg.sender is not None and msg.sender.email in config.user.addresses
    if not from_user:
        detection = detect(msg, user_addresses=config.user.addresses,
                           date_order=config.detection.date_order)
    marker = action_from_message_id(msg.message_id) or msg.headers.get(MARKER_HEADER.lower())
    return MessageFacts(
        account=account, message_id=msg.message_id, thread_key=msg.thread_root,
        subject=msg.subject, date=msg.date or now,
        sender=_person(msg.sender) if msg.sender else Person(),
        to=tuple(_person(a) for a in msg.to), cc=tuple(_person(a) for a in msg.cc),
        in_reply_to=msg.in_reply_to, references=msg.references, from_user=from_user,
        mw_action=marker or None, detection=detection)


def ingest(store: Store, provider: Provider, config: Config, account: str, now: datetime,
           report: CycleReport) -> None:
    """Read what changed, keep facts of job-related mail, then advance the cursor."""
    cursor = store.cursor(account)
    try:
        refs, new_cursor = provider.changes(cursor)
    except CursorInvalid:
        report.notes.append("mailbox cursor expired; full resync (duplicates are ignored)")
        refs, new_cursor = provider.changes(None)
    index = _Index(store.facts(account))
    oldest = now - timedelta(days=config.timing.lookback_days)
    new_facts: list[MessageFacts] = []
    for ref, raw in provider.fetch(refs):
        report.seen += 1
        try:
            msg = parse_message(raw)
        except MalformedMessage as exc:
            report.skipped.append((ref.ref, str(exc)))
            log.info("skipped %s: %s", ref.ref, exc)
            store.note_skipped(account, ref.ref, str(exc), now)
            continue
        if store.has_fact(account, msg.message_id):
            continue
        if msg.date is not None and msg.date < oldest:
            continue
        try:
            facts = to_facts(account, msg, config, now)
        except Exception as exc:  # a hostile message must never stop the cycle
            reason = f"extraction failed: {exc.__class__.__name__}"
            report.skipped.append((ref.ref, reason))
            log.warning("skipped %s: %s", ref.ref, reason)
            continue
        relevant = (facts.detection is not None and facts.detection.kind != "other"
                    and not facts.detection.auto_reply)
        if relevant or index.linked(msg, facts.from_user) or facts.mw_action:
            new_facts.append(facts)
            index.add(facts)
    with store.transaction():
        for facts in new_facts:
            store.put_fact(facts)
        fault_point("after-facts")
        store.set_cursor(account, new_cursor)
    report.stored = len(new_facts)


def applications(store: Store, config: Config, account: str, now: datetime
                 ) -> dict[str, Application]:
    facts = [f for f in store.facts(account) if f.date <= now + CLOCK_SKEW]
    return {a.id: a for a in fold(facts, config.user, config.timing)}


def plan_account(store: Store, config: Config, account: str, now: datetime
                 ) -> tuple[dict[str, Application], list[PlannedAction]]:
    apps = applications(store, config, account, now)
    planned = plan(list(apps.values()), user=config.user, timing=config.timing, now=now,
                   first_cycle_at=store.first_cycle_at(account) or now)
    return apps, planned


def run_cycle(store: Store, provider: Provider, config: Config, account: str,
              now: datetime) -> CycleReport:
    report = CycleReport(account=account)
    if not provider.read_only:
        report.notes.extend(reconcile(store, provider, account))
    with store.transaction():
        store.mark_first_cycle(account, now)
    ingest(store, provider, config, account, now, report)
    if not provider.read_only:
        refresh_states(store, provider, account)
    apps, planned = plan_account(store, config, account, now)
    report.apps, report.planned = apps, planned
    withdraw_stale(store, provider, account, apps, {a.id for a in planned}, report.act)
    result = act(store, provider, config, account, due_actions(planned, now, config.timing),
                 apps, now)
    report.act.created.extend(result.created)
    report.act.would_create.extend(result.would_create)
    report.act.problems.extend(result.problems)
    with store.transaction():
        store.record_result(account, now, None)
    return report
