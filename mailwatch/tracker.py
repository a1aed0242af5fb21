"""Fold stored message facts into job applications.

`fold` is a pure function of the facts the Store keeps, so an Application is never stored:
it is rebuilt every cycle and always agrees with the mail. Facts are processed in
(date, message_id) order so the result does not depend on the order the provider
delivered them in.

Nothing here needs the current time; the one stage that does (scheduled vs. interviewed)
is resolved by `stage_at(app, now)`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from .domains import FREEMAIL_DOMAINS, is_in, is_service
from .model import (
    SYNTHETIC_EVENT_DOMAIN,
    Application,
    Detection,
    InterviewRound,
    Kind,
    MessageFacts,
    Person,
    ReplyAnchor,
    Stage,
)
from .rounds import Round, cancel, invite, latest_active, reschedule, start_of
from .settings import TimingConfig, UserConfig
from .timeutil import interview_end, to_utc

_NOREPLY = re.compile(
    r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer-daemon|postmaster|"
    r"calendar-notification|bounces?)([+.-].*)?$"
    # "jobs-noreply@lever.co", "careers.no-reply@...": a no-reply token anywhere.
    r"|(^|[._+-])(no-?reply|do-?not-?reply)($|[._+-])"
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(inc|incorporated|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|sa|bv|nv|"
    r"\(pty\)|pty|srl|sas|ab|oy|as|se)\.?$"
)


def _domain(email: str | None) -> str:
    return (email or "").rpartition("@")[2].lower()


def is_noreply(email: str | None) -> bool:
    """An address nobody reads: never a contact, never a recipient of a draft."""
    return bool(email) and bool(_NOREPLY.search(email.partition("@")[0].lower()))


def company_key(name: str | None) -> str:
    """Case- and legal-form-insensitive company name ("ACME (Pty) Ltd" == "Acme")."""
    s = " ".join((name or "").casefold().split()).strip(" .,")
    while True:
        stripped = _LEGAL_SUFFIX.sub("", s).strip(" .,")
        if stripped == s:
            return s
        s = stripped


def application_id(account: str, first_message_id: str) -> str:
    return hashlib.sha256(f"{account}\0{first_message_id}".encode()).hexdigest()[:16]


@dataclass
class _App:
    account: str
    facts: list[MessageFacts] = field(default_factory=list)
    employer: list[MessageFacts] = field(default_factory=list)
    user_written: list[datetime] = field(default_factory=list)  # hand-written, not ours
    message_ids: set[str] = field(default_factory=set)
    thread_keys: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)  # identifying employer addresses
    domains: set[str] = field(default_factory=set)
    companies: set[str] = field(default_factory=set)
    rounds: list[Round] = field(default_factory=list)
    decision_deadline: date | None = None
    rejected_at: datetime | None = None
    offer_at: datetime | None = None


def _detection(f: MessageFacts) -> Detection:
    """Messages stored without a detection count as plain, human, non-job mail."""
    return f.detection or Detection(kind=Kind.OTHER)


def _companies(d: Detection) -> set[str]:
    names = {d.company, d.interview.company if d.interview else None}
    return {k for k in map(company_key, names) if k}


def _related(a: str, b: str) -> bool:
    """Two company keys that may name one employer: equal, equal without spaces, or one
    the leading words of the other ("greenleaf" from the sender's domain vs. "greenleaf
    analytics" from the text)."""
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n]


def _compatible(companies: set[str], app: _App) -> bool:
    """False only when the message names a company and it is not the application's (an
    agency recruiter writing about two employers)."""
    if not companies or not app.companies:
        return True
    return any(_related(c, k) for c in companies for k in app.companies)


class _Folder:
    def __init__(self, user: UserConfig, timing: TimingConfig,
                 services: frozenset[str] = frozenset()) -> None:
        self.user = user
        self.timing = timing
        self.services = services  # the user's own; with the built-in ones, `is_service`
        self.user_domains = {_domain(a) for a in user.addresses}
        self.apps: list[_App] = []

    def _identifying_email(self, email: str | None) -> bool:
        """An address that names one employer's person (not an ATS robot)."""
        return bool(email) and not is_noreply(email) and not is_service(_domain(email),
                                                                         self.services)

    def is_user(self, f: MessageFacts) -> bool:
        return f.from_user or (f.sender.email or "").lower() in self.user.addresses

    def _employer_domain(self, email: str | None) -> str | None:
        """The sender's domain if it identifies one employer (not freemail, ATS or ours)."""
        domain = _domain(email)
        if (
            not domain
            or domain in self.user_domains
            or is_in(domain, FREEMAIL_DOMAINS)
            or is_service(domain, self.services)
            or is_noreply(email)
        ):
            return None
        return domain

    def _by_thread(self, f: MessageFacts) -> _App | None:
        keys = {f.thread_key, f.in_reply_to, *f.references} - {None, ""}
        return next((a for a in self.apps if keys & (a.message_ids | a.thread_keys)), None)

    def _by_people(self, f: MessageFacts, d: Detection) -> _App | None:
        """Same person, same employer domain, or same company, in that order. A person or
        domain match is refused when the message names a different company: one agency
        recruiter (or one group domain) may write about several employers."""
        email = (f.sender.email or "").lower()
        companies = _companies(d)
        if self._identifying_email(email):
            for a in self.apps:
                if email in a.people and _compatible(companies, a):
                    return a
        domain = self._employer_domain(email)
        if domain:
            for a in self.apps:
                if domain in a.domains and _compatible(companies, a):
                    return a
        return next((a for a in self.apps if companies & a.companies), None)

    def _by_recipients(self, f: MessageFacts) -> _App | None:
        """A user's fresh mail (not a reply) to a known employer person joins that application."""
        emails = {(p.email or "").lower() for p in (*f.to, *f.cc)} - {""}
        return next((a for a in self.apps if emails & a.people), None)

    def add(self, f: MessageFacts) -> None:
        d = _detection(f)
        user = self.is_user(f)
        app = self._by_thread(f)
        if app is None and user:
            app = self._by_recipients(f)
        if app is None and not user and d.kind is not Kind.OTHER:
            app = self._by_people(f, d)
        if app is None:
            starts = (
                not user
                and d.kind is not Kind.OTHER
                and (
                    not d.auto_reply
                    or (d.kind is Kind.INTERVIEW_INVITATION and d.interview is not None)
                )
            )
            if not starts:
                return
            app = _App(account=f.account)
            self.apps.append(app)
        app.facts.append(f)
        app.message_ids.add(f.message_id)
        if f.thread_key:
            app.thread_keys.add(f.thread_key)
        if not user:
            self._employer(app, f, d)
        elif f.mw_action is None:
            app.user_written.append(f.date)

    def _employer(self, app: _App, f: MessageFacts, d: Detection) -> None:
        app.employer.append(f)
        people = [f.sender, *(d.interview.interviewers if d.interview else ())]
        for p in people:
            email = (p.email or "").lower()
            if self._identifying_email(email) and email not in self.user.addresses:
                app.people.add(email)
        domain = self._employer_domain(f.sender.email)
        if domain:
            app.domains.add(domain)
        app.companies |= _companies(d)
        if d.decision_deadline is not None:
            app.decision_deadline = d.decision_deadline
        if d.kind is Kind.REJECTION and app.rejected_at is None:
            app.rejected_at = f.date
        if d.kind is Kind.OFFER and app.offer_at is None:
            app.offer_at = f.date
        if d.kind is Kind.INTERVIEW_INVITATION and d.interview is not None:
            invite(app.rounds, f, d.interview)
        elif d.kind is Kind.RESCHEDULE:
            reschedule(app.rounds, f, d.interview, self.timing)
        elif d.kind is Kind.CANCELLATION:
            cancel(app.rounds, f, d.interview)


def _anchor(f: MessageFacts) -> ReplyAnchor:
    refs = tuple(dict.fromkeys((*f.references, f.message_id)))
    return ReplyAnchor(
        message_id=f.message_id,
        subject=f.subject,
        references=refs,
        thread_key=f.thread_key,
        sender=f.sender,
    )


def _finish(app: _App, stage_clock: datetime, app_id: str) -> Application:
    first = app.facts[0]
    dets = [_detection(f) for f in app.employer]
    humans = [f for f in app.employer if not _detection(f).auto_reply]
    company = next((c for d in dets for c in _field(d, "company") if c), None)
    position = next((c for d in dets for c in _field(d, "position") if c), None)
    contact_msg = next(
        (f for f in humans if not is_noreply(f.sender.email)),
        next((f for f in app.employer if not is_noreply(f.sender.email)), None),
    ) or (app.employer[0] if app.employer else None)
    # A calendar event shown as a message (providers/event_mail.py) is evidence of the
    # interview, but a draft should answer real mail when there is some, and an organizer
    # tidying the event after the interview is not the employer answering.
    real = [f for f in humans if not f.message_id.endswith("@" + SYNTHETIC_EVENT_DOMAIN)]
    anchor_msg = (real or humans)[-1] if humans else (app.employer[-1] if app.employer else None)

    latest = latest_active(app.rounds)
    human_reply: MessageFacts | None = None
    if latest is not None:
        after = [
            f
            for f in real
            if to_utc(f.date) > start_of(latest) and f.message_id not in latest.touched_by
        ]
        human_reply = after[-1] if after else None

    if app.offer_at is not None:
        stage = Stage.OFFER
    elif app.rejected_at is not None:
        stage = Stage.REJECTED
    elif app.rounds and latest is None:
        stage = Stage.CANCELLED
    elif latest is None:
        stage = Stage.REQUESTED
    elif human_reply is not None:
        stage = Stage.REPLIED
    elif start_of(latest) > to_utc(stage_clock):
        stage = Stage.SCHEDULED
    else:
        stage = Stage.INTERVIEWED

    return Application(
        id=app_id,
        account=app.account,
        company=company,
        position=position,
        contact=Person(contact_msg.sender.name, contact_msg.sender.email) if contact_msg else None,
        stage=stage,
        rounds=tuple(
            InterviewRound(
                interview=r.interview, cancelled=r.cancelled, learned_at=r.learned_at, key=r.key
            )
            for r in app.rounds
        ),
        anchor=_anchor(anchor_msg) if anchor_msg else None,
        message_ids=frozenset(app.message_ids),
        thread_keys=frozenset(app.thread_keys),
        decision_deadline=app.decision_deadline,
        human_reply_at=human_reply.date if human_reply else None,
        reply_deadline=_detection(human_reply).decision_deadline if human_reply else None,
        rejected_at=app.rejected_at,
        offer_at=app.offer_at,
        user_sent=tuple(app.user_written),
        first_seen=first.date,
    )


def _field(d: Detection, name: str) -> tuple[str | None, ...]:
    return (getattr(d, name), getattr(d.interview, name) if d.interview else None)


def fold(
    facts: Iterable[MessageFacts],
    user: UserConfig,
    timing: TimingConfig,
    known_ids: Mapping[str, str] | None = None,
    services: frozenset[str] = frozenset(),
) -> list[Application]:
    """All applications found in the facts, oldest first.

    `timing` gives the default interview length (a reschedule after every round ended is a
    new round). Facts of several accounts are folded per account (an application never
    spans accounts).

    `known_ids` maps Message-ID -> the application id an earlier cycle gave the application
    holding that message. An application containing such messages keeps that id (the
    smallest, if they differ), so a message dated earlier that arrives late does not rename
    it; otherwise the id is the hash of its first message. Ids stay unique: an id claimed by
    two applications (one that split) goes to the older one. `services`: the user's own
    ATS domains, which, like the built-in ones, never identify an employer. Still a pure
    function.
    """
    by_account: dict[str, list[MessageFacts]] = {}
    for f in facts:
        by_account.setdefault(f.account, []).append(f)
    folded: list[_App] = []
    for account in sorted(by_account):
        ordered = sorted(by_account[account], key=lambda f: (to_utc(f.date), f.message_id))
        folder = _Folder(user, timing, services)
        for f in ordered:
            folder.add(f)
        folded.extend(folder.apps)
    first = {id(a): application_id(a.account, a.facts[0].message_id) for a in folded}
    folded.sort(key=lambda a: (to_utc(a.facts[0].date), first[id(a)]))
    known = known_ids or {}
    taken: set[str] = set()
    result: list[Application] = []
    for app in folded:
        claimed = sorted({known[m] for m in app.message_ids if m in known})
        fallback = [application_id(app.account, m) for m in sorted(app.message_ids)]
        app_id = next(
            (i for i in (*claimed, first[id(app)], *fallback) if i not in taken), first[id(app)]
        )
        taken.add(app_id)
        clock = max(to_utc(f.date) for f in app.facts)
        result.append(_finish(app, clock, app_id))
    result.sort(key=_order)
    return result


def _order(app: Application) -> tuple[datetime, str]:
    assert app.first_seen is not None  # every folded application has a first message
    return (to_utc(app.first_seen), app.id)


def latest_active_round(app: Application) -> tuple[int, InterviewRound] | None:
    """(index in app.rounds, round) of the not-cancelled round that starts last."""
    active = [(i, r) for i, r in enumerate(app.rounds) if not r.cancelled]
    return max(active, key=lambda ir: (start_of(ir[1]), ir[0]), default=None)


def stage_at(app: Application, now: datetime, timing: TimingConfig | None = None) -> Stage:
    """The stage as of `now`: a scheduled interview becomes "interviewed" once it has ended."""
    if app.stage not in (Stage.SCHEDULED, Stage.INTERVIEWED):
        return app.stage
    latest = latest_active_round(app)
    if latest is None:
        return app.stage
    end = interview_end(latest[1].interview, timing or TimingConfig())
    return Stage.INTERVIEWED if end <= to_utc(now) else Stage.SCHEDULED
