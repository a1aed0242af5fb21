"""Act: turn due planned actions into drafts, exactly once, across crashes.

Protocol (DESIGN.md): commit `creating` -> one provider call -> commit `created`. Any
`creating` row found later is reconciled by the draft marker (in Drafts, or in Sent when
the user already sent it) before any new draft is written, so a crash at any point yields
exactly one draft. Rendering happens before the
`creating` row is written, so a broken template never leaves a half-started action.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from .faults import fault_point
from .model import ActionKind, ActionRecord, Application, Person, PlannedAction
from .providers import mime
from .providers.base import Draft, DraftRef, DraftState, NotFound, Provider, ProviderError
from .render import TemplateProblem, build_context, render, subject_for_reply, template_file
from .rules import Rule, effect
from .settings import Config
from .store import Store

log = logging.getLogger(__name__)

#: The note of a `created` action whose draft is being withdrawn, committed before the
#: delete: a process killed after the delete and before `withdrawn` is recorded leaves a
#: draft that is simply gone, which `refresh_states` must not take for the user's doing.
WITHDRAWING = "withdrawing: "


@dataclass
class ActReport:
    created: list[tuple[PlannedAction, str]] = field(default_factory=list)  # (action, body)
    would_create: list[tuple[PlannedAction, str]] = field(default_factory=list)
    withdrawn: list[ActionRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _address(person: Person) -> str:
    """The person as a Draft address. Not `email.utils.formataddr`: it RFC 2047-encodes a
    non-ASCII name, and the encoded word then hides CR/LF or quotes from every check until
    the email package decodes it again (mime.format_address explains the format)."""
    return mime.format_address(person.name, person.email or "")


def compose(action: PlannedAction, app: Application, config: Config) -> Draft:
    """Render the body and build the draft headers for one action."""
    name = action.kind.value
    context = build_context(app, name, action.recipient, config,
                            round_index=action.round_index,
                            follow_up_number=action.seq if action.kind is ActionKind.FOLLOW_UP
                            else 1)
    template = name
    if action.template and config.templates_dir is not None and (
            Path(config.templates_dir) / template_file(f"{action.template}_{name}")).is_file():
        template = f"{action.template}_{name}"  # a [[rules]] set; kinds it lacks: default
    body = render(template, context, templates_dir=config.templates_dir)
    anchor = action.anchor
    return Draft(
        action_id=action.id,
        from_=_address(Person(name=config.user.name, email=config.user.email)),
        to=(_address(action.recipient),),
        subject=subject_for_reply(anchor.subject if anchor else ""),
        body=body,
        in_reply_to=anchor.message_id if anchor else None,
        references=anchor.references if anchor else (),
        thread_id=anchor.thread_key if anchor else None,
    )


def reconcile(store: Store, provider: Provider, account: str) -> list[str]:
    """Settle every `creating` action of the account by looking for its marker."""
    notes = []
    for record in store.actions(account, state="creating"):
        found = provider.find_drafts(record.id)
        fault_point("reconcile-found")  # the marker search answered, nothing recorded yet
        with store.transaction():
            if found:
                ref = found[0]
                store.finish_action(record.id, ref.ref, ref.body_hash, record.due)
                notes.append(f"reconciled {record.kind.value} {record.id}: draft found")
            elif store.has_marker_fact(account, record.id):
                store.set_action_state(record.id, "sent")
                notes.append(f"reconciled {record.kind.value} {record.id}: already sent")
            else:
                store.forget_action(record.id)
                notes.append(f"reconciled {record.kind.value} {record.id}: no draft, will retry")
        if len(found) > 1:
            log.warning("action %s has %d drafts carrying its marker", record.id, len(found))
    return notes


def refresh_states(store: Store, provider: Provider, account: str) -> None:
    """Notice drafts the user sent or deleted, so they are never recreated; and finish a
    withdrawal cut short after its delete (`WITHDRAWING`), so it reads as withdrawn."""
    for record in store.actions(account, state="created"):
        if not record.draft_ref:
            continue
        try:
            state = provider.draft_state(_ref(record))
        except NotFound:
            state = DraftState.GONE
        if state not in (DraftState.SENT, DraftState.GONE):
            continue
        note = None
        if record.note and record.note.startswith(WITHDRAWING):
            note = record.note[len(WITHDRAWING):]  # nothing is pending any more
        with store.transaction():
            if state is DraftState.GONE and note is not None:
                store.set_action_state(record.id, "withdrawn", note)
            else:
                store.set_action_state(record.id, state.value, note)


def _ref(record: ActionRecord) -> DraftRef:
    return DraftRef(ref=record.draft_ref or "", action_id=record.id,
                    body_hash=record.body_hash or "")


def withdraw_stale(store: Store, provider: Provider, account: str,
                   apps: dict[str, Application], planned_ids: set[str],
                   report: ActReport, *, rules: tuple[Rule, ...] = ()) -> None:
    """Remove our own, unedited drafts that are no longer wanted: follow-ups made stale by
    an employer's answer, and anything a `[[rules]]` entry switched off.

    The intent is committed before the delete (`WITHDRAWING`), as `creating` is before a
    create: killed after the delete, the restart finds the draft gone and records it as
    withdrawn, not as deleted by the user. (A user who deletes it in that same instant is
    recorded as a withdrawal too: either way it is gone and never written again.)"""
    for record in store.actions(account, state="created"):
        if record.id in planned_ids:
            continue
        app = apps.get(record.application_id)
        if app is None or record.created_at is None:
            continue
        off = effect(rules, app)
        if off.forbids(record.kind, record.seq):
            why = f"switched off by {', '.join(off.rules)}"
        else:
            if record.kind is ActionKind.THANK_YOU:
                continue
            stops = [t for t in (app.human_reply_at, app.rejected_at, app.offer_at) if t]
            if not any(t > record.created_at for t in stops):
                continue
            why = "employer answered"
        if provider.read_only:
            report.withdrawn.append(replace(record, note=why))
            continue
        state = provider.draft_state(_ref(record))
        if state is DraftState.EXISTS:
            with store.transaction():
                store.set_action_state(record.id, "created", f"{WITHDRAWING}{why}")
            fault_point("withdraw-marked")  # the intent is recorded, the draft still there
            provider.delete_draft(_ref(record))
            fault_point("withdraw-deleted")  # the draft is gone, its record still `created`
            with store.transaction():
                store.set_action_state(record.id, "withdrawn", why)
            report.withdrawn.append(replace(record, note=why))
        elif state is DraftState.EDITED:
            with store.transaction():
                store.set_action_state(record.id, "created",
                                       f"stale: {why}; kept because you edited it")


def act(store: Store, provider: Provider, config: Config, account: str,
        due: list[PlannedAction], apps: dict[str, Application], now: datetime,
        report: ActReport) -> None:
    single = {(r.application_id, r.kind, r.seq) for r in store.actions(account)
              if r.kind is not ActionKind.THANK_YOU}
    for action in due:
        if store.action(action.id) is not None:
            continue  # attempted before: created, sent, deleted by the user, or withdrawn
        if (action.application_id, action.kind, action.seq) in single:
            continue  # this follow-up went to someone else before a rule changed `to`
        app = apps[action.application_id]
        try:
            draft = compose(action, app, config)
        except TemplateProblem as exc:
            report.problems.append(f"{action.kind.value} for {app.company or app.id}: {exc}")
            continue
        except ValueError as exc:  # header injection or similar, refused before writing
            report.problems.append(f"{action.kind.value} for {app.company or app.id}: {exc}")
            continue
        if provider.read_only:
            report.would_create.append((action, draft.body))
            continue
        record = ActionRecord(id=action.id, application_id=action.application_id,
                              account=account, kind=action.kind, seq=action.seq,
                              state="creating", due=action.due,
                              recipient=action.recipient.email or action.recipient.name,
                              note=action.reason)
        with store.transaction():
            if not store.begin_action(record):
                continue
        fault_point("after-begin")
        try:
            ref = provider.create_draft(draft)
        except ValueError as exc:  # the provider refused the draft's bytes: nothing written
            with store.transaction():
                store.forget_action(action.id)
            report.problems.append(f"{action.kind.value} for {app.company or app.id}: {exc}")
            continue
        except ProviderError as exc:
            # Ambiguous: the draft may exist. Never retry blindly; look for the marker.
            log.warning("creating %s failed (%s); reconciling", action.id, exc)
            reconcile(store, provider, account)
            report.problems.append(f"{action.kind.value} {action.id}: {exc}")
            continue
        fault_point("after-create")
        with store.transaction():
            store.finish_action(action.id, ref.ref, ref.body_hash, now)
        report.created.append((action, draft.body))
