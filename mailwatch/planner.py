"""When each draft should appear: every timing rule of PRODUCT.md, and only here.

`plan` is a pure function of the folded applications, the config and an injected clock, so
`mailwatch plan`, `status` and the act step all see the same answer and tests can replay
any moment. It lists future actions too (that is what `plan` shows); `due_actions` picks
the ones the act step should draft now.

Action ids hash (account, application, kind, round key, seq, recipient) and nothing
time-based, so a rescheduled interview moves its thank-you instead of creating a second one.
The round key (`InterviewRound.key`: ICS UID, else the Message-ID that created the round) is
used rather than the round's position, so an earlier-dated invitation that arrives late does
not renumber the rounds and rename existing actions. `PlannedAction.round_index` stays
positional: render picks the round by it.

Follow-ups stop at `max_follow_ups`, except for one after a decision date stated in a human
employer reply (PRODUCT.md), which may be a third; see `_follow_ups`.

Recipients are real people only: never an `is_noreply` address (ATS robots). When no usable
address is known (an ATS no-reply sender, interviewers named without addresses), the action
is skipped rather than addressed to no-reply.

All instants are handled in UTC (see timeutil) and `PlannedAction.due` is returned in UTC:
it compares correctly with any other aware datetime, even inside a DST fold, and its ISO
form sorts. Local time appears only in `reason` and in the send-window arithmetic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .model import ActionKind, Application, InterviewRound, Person, PlannedAction
from .rules import Effect, Rule, effect
from .settings import TimingConfig, UserConfig
from .timeutil import (
    add_business_days,
    first_slot_on_or_after,
    interview_end,
    local_date,
    next_send_slot,
    to_utc,
)
from .tracker import is_noreply, latest_active_round


def action_id(
    account: str,
    application_id: str,
    kind: ActionKind,
    round_key: str,
    seq: int,
    recipient: Person,
) -> str:
    """Deterministic id: the same draft is recognised across cycles, crashes, reschedules.

    `round_key` is the round's stable key (never its position); "" for actions that belong
    to no round (the feedback request).
    """
    who = recipient.email or recipient.name or ""
    parts = [account, application_id, kind.value, round_key, str(seq), who]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


@dataclass(frozen=True)
class _Ctx:
    user: UserConfig
    timing: TimingConfig
    tz: ZoneInfo
    now: datetime
    first_cycle_at: datetime

    def hm(self, t: datetime) -> str:
        return t.astimezone(self.tz).strftime("%H:%M %Z")

    def day(self, t: datetime | date) -> str:
        if isinstance(t, datetime):
            t = t.astimezone(self.tz)
        return t.strftime("%a %Y-%m-%d")

    def action(
        self,
        app: Application,
        kind: ActionKind,
        *,
        round_index: int,
        round_key: str,
        seq: int,
        due: datetime,
        recipient: Person,
        reason: str,
        late: bool = False,
        held: bool = False,
    ) -> PlannedAction:
        return PlannedAction(
            id=action_id(app.account, app.id, kind, round_key, seq, recipient),
            application_id=app.id,
            account=app.account,
            kind=kind,
            seq=seq,
            due=to_utc(due),
            recipient=recipient,
            anchor=app.anchor,
            reason=reason,
            round_index=round_index,
            late=late,
            held=held,
        )


def _duration(minutes: int) -> str:
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    return f"{minutes} min"


def plan(
    apps: Iterable[Application],
    *,
    user: UserConfig,
    timing: TimingConfig,
    now: datetime,
    first_cycle_at: datetime | None,
    rules: tuple[Rule, ...] = (),
) -> list[PlannedAction]:
    """Every draft that should exist for these applications, ordered by due time.

    `first_cycle_at` is when the account was first watched; follow-ups and feedback
    requests that were already overdue then are `held` (drafted only with `catch_up`).
    None means this is the first cycle, i.e. `now`.
    """
    base = _Ctx(user, timing, user.tz, to_utc(now), to_utc(first_cycle_at or now))
    out: list[PlannedAction] = []
    for app in apps:
        eff = effect(rules, app)
        if eff.ignore or app.offer_at is not None:
            continue  # ignored by a rule; an offer ends everything
        ctx = base
        if eff.follow_ups is not None:
            ctx = replace(base, timing=replace(timing, max_follow_ups=eff.follow_ups))
        mine: list[PlannedAction] = []
        if app.rejected_at is not None:
            mine.extend(_feedback(app, ctx))
        else:
            if eff.thank_you:
                mine.extend(_thank_yous(app, ctx))
            mine.extend(_follow_ups(app, ctx, to=eff.to))
        out.extend(_with_rules(a, eff) for a in mine)
    out.sort(key=lambda a: (a.due, a.id))
    return out


def _with_rules(action: PlannedAction, eff: Effect) -> PlannedAction:
    if not eff.rules:
        return action
    return replace(action, template=eff.template,
                   reason=f"{action.reason}; rules: {', '.join(eff.rules)}")


def due_actions(
    planned: Iterable[PlannedAction], now: datetime, timing: TimingConfig
) -> list[PlannedAction]:
    """The planned actions the act step should draft at `now`."""
    at = to_utc(now)
    return [a for a in planned if to_utc(a.due) <= at and (not a.held or timing.catch_up)]


def _interviewers(r: InterviewRound, ctx: _Ctx) -> list[Person]:
    """Interviewers with a usable address, the user excluded, each once."""
    seen: dict[str, Person] = {}
    for p in r.interview.interviewers:
        email = (p.email or "").lower()
        if email and email not in ctx.user.addresses and not is_noreply(email):
            seen.setdefault(email, p)
    return list(seen.values())


def _contact(app: Application) -> Person | None:
    """The employer person who wrote in the application, if their address is a real one."""
    if app.contact and app.contact.email and not is_noreply(app.contact.email):
        return app.contact
    return None


def _main_contact(app: Application, r: InterviewRound, ctx: _Ctx) -> Person | None:
    """Who gets the single thank-you: the sole interviewer, else the recruiter, else any
    interviewer with an address; None when only a no-reply address (or none) is known."""
    ivs = _interviewers(r, ctx)
    others = [
        p for p in r.interview.interviewers if (p.email or "").lower() not in ctx.user.addresses
    ]
    if len(ivs) == 1 and len(others) == 1:
        return ivs[0]
    return _contact(app) or (ivs[0] if ivs else None)


def _thank_yous(app: Application, ctx: _Ctx) -> list[PlannedAction]:
    t = ctx.timing
    out: list[PlannedAction] = []
    for i, r in enumerate(app.rounds):
        if r.cancelled:
            continue
        end = interview_end(r.interview, t)
        normal = end + timedelta(minutes=t.thank_you_delay_minutes)
        close = end + timedelta(hours=t.thank_you_window_hours)
        if ctx.now >= close:
            continue  # too late to thank; never draft it now
        start = to_utc(r.interview.start)
        if any(start <= to_utc(sent) < close for sent in app.user_sent):
            continue  # the user wrote after the interview: their own thank-you
        due = normal
        reason = (
            f"interview ended {ctx.hm(end)}; thank-you {_duration(t.thank_you_delay_minutes)} later"
        )
        learned = to_utc(r.learned_at) if r.learned_at else normal
        known = max(learned, ctx.first_cycle_at, normal)
        if known > normal:
            if known >= close:
                continue  # learned only after the window closed: no thank-you
            due = known
            reason = (
                f"interview ended {ctx.hm(end)} but mailwatch learned of it at "
                f"{ctx.hm(known)}; late thank-you, can still go out until {ctx.hm(close)} "
                f"{ctx.day(close)}"
            )
        per = _interviewers(r, ctx) if t.thank_you_per_interviewer else []
        main = _main_contact(app, r, ctx)
        for person in per or ([main] if main is not None else []):
            out.append(
                ctx.action(
                    app,
                    ActionKind.THANK_YOU,
                    round_index=i,
                    round_key=r.key,
                    seq=0,
                    due=due,
                    recipient=person,
                    reason=reason,
                    late=due > normal,
                )
            )
    return out


def _follow_up_recipient(app: Application, r: InterviewRound, ctx: _Ctx) -> Person | None:
    ivs = _interviewers(r, ctx)
    return _contact(app) or (ivs[0] if ivs else None)


def _follow_ups(app: Application, ctx: _Ctx, *, to: str | None = None) -> list[PlannedAction]:
    """Follow-ups after the latest active round, numbered (round, k) so a new round resets.

    Up to `max_follow_ups`, spaced `follow_up_spacing_days` apart. The user's own
    hand-written mail takes a slot: one written before our follow-up k was due, or after it
    was due but before follow-up k+1 could appear (the user deleted our draft and wrote
    their own), stands for slot k, and the next is spaced from the user's mail.

    Deliberate exception to the cap: when a human at the employer replies and states a new
    decision date, one more follow-up is planned after that date, even if both regular
    follow-ups already went out (PRODUCT.md: "if the reply states a new decision date, plan
    one follow-up after it"). The employer asked to be waited for, so that one is not
    pushy; it is at most one per reply, spaced from the previous follow-up, and numbered
    after it (so it can be #3).
    """
    latest = latest_active_round(app)
    if latest is None:
        return []
    idx, r = latest
    t, tz = ctx.timing, ctx.tz
    end = interview_end(r.interview, t)
    window_close = end + timedelta(hours=t.thank_you_window_hours)
    hand = sorted(s for s in map(to_utc, app.user_sent) if s >= window_close)
    reply = to_utc(app.human_reply_at) if app.human_reply_at else None
    recipient = Person(email=to) if to else _follow_up_recipient(app, r, ctx)
    if recipient is None:
        return []  # only a no-reply address is known: nobody to follow up with
    deadline = app.decision_deadline
    if reply is not None and deadline is not None and deadline == app.reply_deadline:
        # Stated in the reply itself, not before the interview. Ignoring it can only make
        # the pre-reply count larger, so the follow-up after the reply never reuses the id
        # of one already drafted.
        deadline = None
    out: list[PlannedAction] = []
    prev: datetime | None = None  # the previous follow-up: ours (due) or the user's own
    prev_what = ""
    k = 1
    while k <= t.max_follow_ups:
        if prev is None:
            earliest = local_date(end, tz) + timedelta(days=t.follow_up_days)
            reason = (
                f"{t.follow_up_days} days after the interview ({ctx.day(end)}), "
                f"first business day, {t.send_window_start:%H:%M}"
            )
            if deadline is not None:
                after_deadline = after_decision_date(deadline, t)
                if after_deadline > earliest:
                    earliest = after_deadline
                    reason = (
                        f"employer said they'd decide by {deadline.isoformat()}; "
                        f"{_grace_words(t)}, {t.send_window_start:%H:%M}"
                    )
        else:
            earliest = local_date(prev, tz) + timedelta(days=t.follow_up_spacing_days)
            reason = (
                f"{t.follow_up_spacing_days} days after {prev_what} ({ctx.day(prev)}), "
                f"first business day, {t.send_window_start:%H:%M}"
            )
        due = to_utc(first_slot_on_or_after(earliest, tz, t))
        if reply is not None and due > reply:
            break  # a human answered: nothing more unless they named a new date
        mine = [s for s in hand if (prev is None or s > prev) and s < due]
        if not mine:
            # Written after this slot was due but before the next one could appear (e.g. the
            # user deleted our draft and wrote their own): it stands for this slot too.
            after = ctx.first_cycle_at if due < ctx.first_cycle_at else due
            spacing = timedelta(days=t.follow_up_spacing_days)
            next_due = to_utc(first_slot_on_or_after(local_date(after, tz) + spacing, tz, t))
            mine = [s for s in hand if due <= s < next_due]
        if mine:
            prev, prev_what = mine[-1], "your own follow-up"  # the user's mail took this slot
        elif due < ctx.first_cycle_at:
            # Overdue at first start: held (drafted now only with catch_up), and the next
            # one is spaced from the first start, so catching up never drafts two at once.
            out.append(_follow_up(app, ctx, idx, k, due, recipient, reason))
            prev, prev_what = ctx.first_cycle_at, "mailwatch's first start"
        else:
            out.append(_follow_up(app, ctx, idx, k, due, recipient, reason))
            prev, prev_what = due, "the previous follow-up"
        k += 1
    if reply is not None:
        # A human answered: earlier follow-ups are history (drafted or stale, the act step
        # withdraws unsent ones); only numbering continues, for one after a new date.
        out.clear()
    if reply is not None and app.reply_deadline is not None:
        dl = app.reply_deadline
        earliest = max(after_decision_date(dl, t), local_date(reply, tz) + timedelta(days=1))
        if prev is not None:
            spacing = timedelta(days=t.follow_up_spacing_days)
            earliest = max(earliest, local_date(prev, tz) + spacing)
        due = to_utc(first_slot_on_or_after(earliest, tz, t))
        asked = any(local_date(s, tz) > dl and s < due for s in hand if s > reply)
        if not asked:
            reason = (
                f"employer replied {ctx.day(reply)} and said they'd decide by {dl.isoformat()}; "
                f"{_grace_words(t)}, {t.send_window_start:%H:%M}"
            )
            out.append(_follow_up(app, ctx, idx, k, due, recipient, reason))
    return out


def _follow_up(
    app: Application,
    ctx: _Ctx,
    idx: int,
    k: int,
    due: datetime,
    recipient: Person,
    reason: str,
) -> PlannedAction:
    held = due < ctx.first_cycle_at
    if held:
        reason += "; overdue when mailwatch started, drafted only with catch_up"
    return ctx.action(
        app,
        ActionKind.FOLLOW_UP,
        round_index=idx,
        round_key=app.rounds[idx].key,
        seq=k,
        due=due,
        recipient=recipient,
        reason=reason,
        held=held,
    )


def _feedback(app: Application, ctx: _Ctx) -> list[PlannedAction]:
    """After a rejection, optionally one gracious request for feedback, nothing else.

    Only where an interview took place: asking for feedback on a CV screen is not what
    the product promises, and would flood Drafts with every automated "no".
    """
    assert app.rejected_at is not None
    t, rejected = ctx.timing, to_utc(app.rejected_at)
    if not t.feedback_request:
        return []
    if not any(not r.cancelled and to_utc(r.interview.start) < rejected for r in app.rounds):
        return []
    if any(to_utc(s) > rejected for s in app.user_sent):
        return []  # the user already answered the rejection themselves
    due = next_send_slot(rejected + timedelta(minutes=t.thank_you_delay_minutes), ctx.tz, t)
    sender = app.anchor.sender if app.anchor else None
    recipient = sender if sender and sender.email and not is_noreply(sender.email) else None
    recipient = recipient or _contact(app)
    if recipient is None:
        return []  # only a no-reply address is known: no request addressed to a robot
    held = to_utc(due) < ctx.first_cycle_at
    reason = (
        f"rejected {ctx.day(rejected)} {ctx.hm(rejected)}; feedback request "
        f"{_duration(t.thank_you_delay_minutes)} later, inside the send window"
    )
    if held:
        reason += "; overdue when mailwatch started, drafted only with catch_up"
    return [
        ctx.action(
            app,
            ActionKind.FEEDBACK_REQUEST,
            round_index=0,
            round_key="",
            seq=1,
            due=due,
            recipient=recipient,
            reason=reason,
            held=held,
        )
    ]


def after_decision_date(deadline: date, t: TimingConfig) -> date:
    """The day a follow-up may appear after a stated decision date: `deadline_grace_days`
    business days later (by default 1, "the first business day after it")."""
    return add_business_days(deadline, t.deadline_grace_days, t)


def _grace_words(t: TimingConfig) -> str:
    n = t.deadline_grace_days
    return {0: "that day or the next business day", 1: "first business day after"}.get(
        n, f"{n} business days after")
