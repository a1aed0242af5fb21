"""`[[rules]]`: per-application overrides from the config file. Pure.

A rule matches an application when every matcher it gives matches: `company` (equal,
case-insensitive), `sender` (an employer address, or `@domain`), `subject` (a substring of
an employer message's subject, case-insensitive). Later rules override earlier ones, key
by key, so a broad rule can be refined by a narrower one below it.

Effects change what the planner wants; they never touch ids. That is what makes editing
the file safe: a draft already made keeps its id, so nothing is drafted twice, and a rule
that switches something off shows up as "no longer planned", which the act step turns
into withdrawing mailwatch's own unedited, still-pending draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ActionKind, Application
from .vocabulary import sender_matches


@dataclass(frozen=True)
class Rule:
    name: str  # "rules[2]" or the rule's own `name`, for plan/explain
    company: str | None = None
    sender: str | None = None  # "a@b.example" or "@b.example"
    subject: str | None = None
    ignore: bool | None = None
    thank_you: bool | None = None
    follow_ups: int | None = None
    template: str | None = None  # a template set: files NAME_thank_you.txt.j2, ...
    to: str | None = None  # follow-ups go to this address


@dataclass(frozen=True)
class Effect:
    """What the matching rules decide for one application; defaults change nothing."""

    rules: tuple[str, ...] = ()
    ignore: bool = False
    thank_you: bool = True
    follow_ups: int | None = None
    template: str | None = None
    to: str | None = None

    def forbids(self, kind: ActionKind, seq: int) -> bool:
        """True when the rules switch this action off."""
        if self.ignore:
            return True
        if kind is ActionKind.THANK_YOU:
            return not self.thank_you
        if kind is ActionKind.FOLLOW_UP and self.follow_ups is not None:
            return seq > self.follow_ups
        return False


NO_EFFECT = Effect()


def matches(rule: Rule, app: Application, subjects: tuple[str, ...] = ()) -> bool:
    if rule.company is not None and (app.company or "").casefold() != rule.company.casefold():
        return False
    if rule.sender is not None and not any(sender_matches(rule.sender, a)
                                           for a in employer_addresses(app)):
        return False
    if rule.subject is not None:
        wanted = rule.subject.casefold()
        if not any(wanted in s.casefold() for s in (*subjects, *_anchor_subject(app))):
            return False
    return True


def effect(rules: tuple[Rule, ...], app: Application, subjects: tuple[str, ...] = ()
           ) -> Effect:
    """The combined effect of every rule matching `app`, later rules winning per key."""
    out = NO_EFFECT
    for rule in rules:
        if not matches(rule, app, subjects):
            continue
        out = Effect(
            rules=(*out.rules, rule.name),
            ignore=rule.ignore if rule.ignore is not None else out.ignore,
            thank_you=rule.thank_you if rule.thank_you is not None else out.thank_you,
            follow_ups=rule.follow_ups if rule.follow_ups is not None else out.follow_ups,
            template=rule.template or out.template,
            to=rule.to or out.to,
        )
    return out


def employer_addresses(app: Application) -> tuple[str, ...]:
    people = [app.contact, app.anchor.sender if app.anchor else None]
    people += [p for r in app.rounds for p in r.interview.interviewers]
    return tuple(p.email.lower() for p in people if p is not None and p.email)


def _anchor_subject(app: Application) -> tuple[str, ...]:
    return (app.anchor.subject,) if app.anchor else ()
