"""One cycle for one account: changes -> normalize -> extract -> store facts -> plan -> act.

The clock is the `now` argument and nothing else. Facts dated after `now` are kept but
not folded until their time comes, which is what makes `run --once --now T` a faithful
replay of a mailbox whatever the order its files were written in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32

from .actions import ActReport, act, reconcile, refresh_states, withdraw_stale
from .extract import detect
from .faults import fault_point
from .message import MalformedMessage, Message, parse_date, parse_message, parse_message_ids
from .model import Application, MessageFacts, Person, PlannedAction
from .planner import due_actions, plan
from .providers import mime
from .providers.base import (
    MARKER_HEADER,
    CursorInvalid,
    HeaderInfo,
    MessageRef,
    Provider,
    action_from_message_id,
)
from .settings import Config
from .store import Store
from .tracker import fold
from .triage import addresses, worth_fetching
from .vocabulary import sender_matches

log = logging.getLogger(__name__)

#: Mail dated this far after `now` still counts as arrived (senders' clocks drift).
CLOCK_SKEW = timedelta(minutes=15)
#: Headers dated this much before the look-back window are not fetched at all; closer
#: ones are, and the parsed Date decides (the two readings of a Date may differ a little).
LOOKBACK_SLACK = timedelta(days=1)


@dataclass
class CycleReport:
    account: str
    seen: int = 0  # header blocks read
    fetched: int = 0  # whole messages fetched: what triage let through
    stored: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (ref, reason)
    notes: list[str] = field(default_factory=list)
    act: ActReport = field(default_factory=ActReport)
    planned: list[PlannedAction] = field(default_factory=list)
    apps: dict[str, Application] = field(default_factory=dict)


class _Index:
    """Which ids, threads and employer people belong to tracked mail."""

    def __init__(self, facts: Iterable[MessageFacts]):
        self.ids: set[str] = set()
        self.people: set[str] = set()  # employer addresses: senders and interviewers
        for f in facts:
            self.add(f)

    def add(self, f: MessageFacts) -> None:
        self.ids.update((f.message_id, f.thread_key, *f.references))
        if f.in_reply_to:
            self.ids.add(f.in_reply_to)
        d = f.detection
        if f.from_user or d is None or d.kind == "other":
            return
        if f.sender.email:
            self.people.add(f.sender.email)
        if d.interview:
            self.people.update(p.email for p in d.interview.interviewers if p.email)

    def linked_head(self, head: _Head) -> bool:
        """Triage's view of `linked`, from headers alone: any of its ids is in a tracked
        thread, or any of its people is a tracked employer person. Wider than `linked`
        (To and Cc count too): it only decides what to fetch, not what to keep."""
        return bool(head.ids & self.ids or head.people & self.people)

    def linked(self, f: MessageFacts) -> bool:
        refs = {f.thread_key, *f.references}
        if f.in_reply_to:
            refs.add(f.in_reply_to)
        if refs & self.ids:
            return True
        if f.from_user:
            return any(p.email in self.people for p in (*f.to, *f.cc))
        return f.sender.email in self.people


def _slim(facts: MessageFacts) -> MessageFacts:
    """Drop a detection that says nothing ("other", written by a person): the tracker
    reads a missing detection the same way, and a big first scan holds many of these."""
    d = facts.detection
    if d is not None and d.kind == "other" and not d.auto_reply and not d.decision_deadline:
        return replace(facts, detection=None)
    return facts


def _person(address) -> Person:
    return Person(name=address.name or None, email=address.email)


def to_facts(account: str, msg: Message, config: Config, now: datetime) -> MessageFacts:
    detection = None
    from_user = msg.sender is not None and msg.sender.email in config.user.addresses
    if not from_user:
        detection = detect(msg, user_addresses=config.user.addresses,
                           date_order=config.detection.date_order,
                           vocabulary=config.detection.vocabulary)
    marker = action_from_message_id(msg.message_id) or msg.headers.get(MARKER_HEADER.lower())
    return MessageFacts(
        account=account, message_id=msg.message_id, thread_key=msg.thread_root,
        subject=msg.subject, date=msg.date or now,
        sender=_person(msg.sender) if msg.sender else Person(),
        to=tuple(_person(a) for a in msg.to), cc=tuple(_person(a) for a in msg.cc),
        in_reply_to=msg.in_reply_to, references=msg.references, from_user=from_user,
        mw_action=marker or None, detection=detection)


@dataclass(frozen=True)
class _Head:
    """What triage learnt of one changed message from its headers; small on purpose, so a
    first scan of a big mailbox holds no parsed headers, only ids and addresses."""

    ref: MessageRef
    message_id: str | None
    ids: frozenset[str]  # its own id, In-Reply-To and References
    people: frozenset[str]  # From, To and Cc addresses
    worth: bool  # triage's answer against what was tracked before this cycle
    why: str


def _read_head(info: HeaderInfo, index: _Index, config: Config, oldest: datetime
               ) -> _Head | None:
    """Triage one header block; None when it is older than the look-back window. Headers
    that cannot be read are always worth fetching: the full parser then says why."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(info.headers)
        date = parse_date(headers.get("Date"))
        if date is not None and date < oldest - LOOKBACK_SLACK:
            return None
        own = parse_message_ids(headers.get("Message-ID"))[:1]
        ids = [*own, *parse_message_ids(headers.get("In-Reply-To"))[:1],
               *parse_message_ids(headers.get("References"))]
        people = frozenset(a for _, a in addresses(headers, "From", "To", "Cc"))
        senders = {a for _, a in addresses(headers, "From")}
        from_user = info.ref.folder == "sent" or bool(senders & config.user.addresses)
        marked = mime.marker_action(headers) is not None
        head = _Head(info.ref, own[0] if own else None, frozenset(ids), people, False, "")
        worth, why = worth_fetching(headers, info.has_calendar, from_user=from_user,
                                    linked=marked or index.linked_head(head),
                                    vocabulary=config.detection.vocabulary)
        return replace(head, worth=worth, why=why)
    except Exception as exc:  # hostile headers: let the full parse judge them
        return _Head(info.ref, None, frozenset(), frozenset(), True,
                     f"headers unreadable ({exc.__class__.__name__})")


def _heads(store: Store, provider: Provider, refs: list[MessageRef], index: _Index,
           config: Config, account: str, oldest: datetime, report: CycleReport
           ) -> list[_Head]:
    """Triage every changed ref on headers alone; mail already stored is left out here,
    before any body is fetched (a resync after an expired cursor costs headers only)."""
    heads: list[_Head] = []
    where: dict[str, int] = {}  # message id -> its place in `heads`
    for info in provider.fetch_headers(refs):
        report.seen += 1
        head = _read_head(info, index, config, oldest)
        if head is None:
            continue
        if head.message_id is not None:
            if head.message_id in where:  # one copy is enough; the one worth fetching
                if head.worth and not heads[where[head.message_id]].worth:
                    heads[where[head.message_id]] = head
                continue
            if store.has_fact(account, head.message_id):
                continue
            where[head.message_id] = len(heads)
        heads.append(head)
    for head in heads:
        if not head.worth:
            log.debug("triage passes over %s for now: %s", head.ref.ref, head.why)
    return heads


def ingest(store: Store, provider: Provider, config: Config, account: str, now: datetime,
           report: CycleReport) -> None:
    """Read what changed, keep facts of job-related mail, then advance the cursor.

    Headers first: triage picks what is worth a full fetch. Mail it passes over is fetched
    after all once a message fetched in this cycle links to it (its thread, its people),
    so what is kept does not depend on the order the mailbox lists messages in.
    """
    cursor = store.cursor(account)
    try:
        refs, new_cursor = provider.changes(cursor)
    except CursorInvalid:
        report.notes.append("mailbox cursor expired; full resync (duplicates are ignored)")
        refs, new_cursor = provider.changes(None)
    index = _Index(store.facts(account))
    oldest = now - timedelta(days=config.timing.lookback_days)
    waiting = _heads(store, provider, refs, index, config, account, oldest, report)
    new_facts: list[MessageFacts] = []
    pending: list[MessageFacts] = []  # not job mail by itself; kept if it links to some
    seen: set[str] = set()
    while waiting:
        wanted = [h for h in waiting if h.worth or index.linked_head(h)]
        if not wanted:
            break
        taken_refs = {h.ref for h in wanted}
        waiting = [h for h in waiting if h.ref not in taken_refs]
        for ref, raw in provider.fetch([h.ref for h in wanted]):
            report.fetched += 1
            facts = _facts_of(store, config, account, now, oldest, ref, raw, seen, report)
            if facts is None:
                continue
            d = facts.detection
            if d is not None and d.kind != "other" and not d.auto_reply:
                new_facts.append(facts)
                index.add(facts)
            else:
                pending.append(_slim(facts))
        # Linking must not depend on the order files were read in: a reply synced before
        # the mail it answers still joins it. Repeat until nothing more links.
        while pending:
            linked = [f for f in pending if f.mw_action or index.linked(f)]
            if not linked:
                break
            for f in linked:
                new_facts.append(f)
                index.add(f)
            taken = {id(f) for f in linked}
            pending = [f for f in pending if id(f) not in taken]
    with store.transaction():
        for facts in new_facts:
            store.put_fact(facts)
        fault_point("after-facts")
        store.set_cursor(account, new_cursor)
    fault_point("after-ingest")  # facts and cursor committed, nothing planned or begun yet
    report.stored = len(new_facts)


def _facts_of(store: Store, config: Config, account: str, now: datetime, oldest: datetime,
              ref: MessageRef, raw: bytes, seen: set[str], report: CycleReport
              ) -> MessageFacts | None:
    """Facts of one fetched message; None for a duplicate, an old or an unreadable one."""
    try:
        msg = parse_message(raw)
    except MalformedMessage as exc:
        report.skipped.append((ref.ref, str(exc)))
        log.info("skipped %s: %s", ref.ref, exc)
        store.note_skipped(account, ref.ref, str(exc), now)
        return None
    if msg.message_id in seen or store.has_fact(account, msg.message_id):
        return None
    seen.add(msg.message_id)
    if msg.date is not None and msg.date < oldest:
        return None
    if (why := ignored(msg, config)) is not None:
        report.skipped.append((ref.ref, why))
        log.info("skipped %s: %s", ref.ref, why)
        return None
    try:
        return to_facts(account, msg, config, now)
    except Exception as exc:  # a hostile message must never stop the cycle
        reason = f"extraction failed: {exc.__class__.__name__}"
        report.skipped.append((ref.ref, reason))
        log.warning("skipped %s: %s", ref.ref, reason)
        return None


def ignored(msg: Message, config: Config) -> str | None:
    """Why `[detection] ignore_senders` / `ignore_phrases` rule this message out, or None."""
    d = config.detection
    sender = (msg.sender.email or "").lower() if msg.sender else ""
    if sender and any(sender_matches(p, sender) for p in d.ignore_senders):
        return "ignored: sender in [detection] ignore_senders"
    if d.ignore_phrases:
        text = f"{msg.subject}\n{msg.text}".casefold()
        if any(p.casefold() in text for p in d.ignore_phrases):
            return "ignored: a phrase in [detection] ignore_phrases"
    return None


def applications(store: Store, config: Config, account: str, now: datetime
                 ) -> dict[str, Application]:
    facts = [f for f in store.facts(account) if f.date <= now + CLOCK_SKEW]
    apps = fold(facts, config.user, config.timing, known_ids=store.app_ids(account),
                services=config.detection.vocabulary.ats_domains)
    return {a.id: a for a in apps}


def plan_account(store: Store, config: Config, account: str, now: datetime
                 ) -> tuple[dict[str, Application], list[PlannedAction]]:
    apps = applications(store, config, account, now)
    planned = plan(list(apps.values()), user=config.user, timing=config.timing, now=now,
                   first_cycle_at=store.first_cycle_at(account) or now, rules=config.rules)
    return apps, planned


def run_cycle(store: Store, provider: Provider, config: Config, account: str,
              now: datetime) -> CycleReport:
    report = CycleReport(account=account)
    with store.transaction():
        store.mark_first_cycle(account, now)
    ingest(store, provider, config, account, now, report)
    if not provider.read_only:
        # After ingest, so a draft the user sent since a crash is seen in Sent.
        report.notes.extend(reconcile(store, provider, account))
        refresh_states(store, provider, account)
    apps, planned = plan_account(store, config, account, now)
    report.apps, report.planned = apps, planned
    with store.transaction():  # ids, once given, stay: actions are keyed on them
        store.remember_app_ids(account, {m: a.id for a in apps.values()
                                         for m in a.message_ids})
    withdraw_stale(store, provider, account, apps, {a.id for a in planned}, report.act,
                   rules=config.rules)
    act(store, provider, config, account, due_actions(planned, now, config.timing), apps, now,
        report.act)
    with store.transaction():
        store.record_result(account, now, None)
    return report
