"""Hostile mail content reaching a draft: no header injection, no template execution.

Everything runs through the real code path: `actions.compose` (render.py: sandboxed
Jinja, lint, subject_for_reply) then `mime.build_draft_bytes`, and — for mail as it
arrives — whole `run_cycle`s (parse, triage, extract, fold, plan, act) into the in-memory
provider, whose drafts are the bytes every file-based provider stores.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from mailwatch.providers import mime
from mailwatch.providers.memory import MemoryProvider

from mailwatch.actions import compose
from mailwatch.cycle import run_cycle
from mailwatch.model import (
    ActionKind,
    Application,
    Interview,
    InterviewRound,
    Person,
    PlannedAction,
    ReplyAnchor,
    Stage,
)
from mailwatch.render import TemplateProblem
from mailwatch.settings import Config, ProfileConfig, UserConfig
from mailwatch.store import Store
from tests.e2e.harness import at

from .hostile import (
    FUZZ,
    FUZZ_CYCLE,
    ascii_hostile,
    assert_clean_draft,
    assert_not_executed,
    encoded_word,
    hostile,
    hostile_name,
    named,
    raw_invitation,
)

USER = UserConfig("Thandi Nkosi", "thandi@example.org", timezone="Africa/Johannesburg")
CONFIG = Config(user=USER, profile=ProfileConfig(summary="eight years of data work",
                                                  skills=("Python", "SQL")))
START = at("2026-11-05 10:00")
DUE = at("2026-11-05 12:05")  # the thank-yous
FOLLOW_UP = at("2026-11-12 09:05")  # the follow-up to the sender
ACME = {"pieter@acme.example", "aisha@acme.example", "lerato@acme.example"}
PLAIN = dict(sender="Lerato Mokoena", subject="", first="Pieter van Wyk", second="Aisha Patel",
             summary="", company="Acme")


def _action(kind: ActionKind, recipient: Person, anchor: ReplyAnchor) -> PlannedAction:
    return PlannedAction(id=f"mw{kind.value.replace('_', '')}1", application_id="app1",
                         account="acct", kind=kind, seq=1, due=DUE, recipient=recipient,
                         anchor=anchor, reason="test")


def _application(company: str, position: str, names: list[str], subject: str
                 ) -> tuple[Application, ReplyAnchor, list[Person]]:
    people = [Person(n, f"p{i}@acme.example") for i, n in enumerate(names)]
    anchor = ReplyAnchor("inv-1@acme.example", subject,
                         ("root-0@acme.example", "inv-1@acme.example"),
                         "root-0@acme.example", people[0])
    interview = Interview(start=START, end=START + timedelta(hours=1),
                          timezone="Africa/Johannesburg", interviewers=tuple(people),
                          company=company, position=position)
    app = Application(id="app1", account="acct", company=company, position=position,
                      contact=people[0], stage=Stage.INTERVIEWED,
                      rounds=(InterviewRound(interview, key="acme-1"),), anchor=anchor)
    return app, anchor, people


def _cycles(raw: bytes, *moments: datetime) -> MemoryProvider:
    """The invitation delivered, then one cycle at each moment (DUE by default)."""
    provider = MemoryProvider()
    provider.deliver(raw)
    store = Store.memory_copy(None)
    try:
        for now in moments or (DUE,):
            provider.clock = lambda now=now: now
            run_cycle(store, provider, CONFIG, "acct", now)
    finally:
        store.close()
    return provider


def _marker(raw: bytes) -> str:
    return str(mime.parse_headers(raw.partition(b"\n\n")[0]).get("X-Mailwatch-Action", ""))


def _assert_clean_drafts(provider: MemoryProvider, sources: tuple[str, ...]) -> set[str]:
    reached = set()
    for raw in provider.drafts.values():
        msg = assert_clean_draft(raw, action_id=_marker(raw), to=ACME, user=USER.email)
        assert_not_executed(str(msg.get_content()), sources)
        reached |= {a.addr_spec for a in msg["To"].addresses}
    return reached


@FUZZ
@given(company=hostile, position=hostile, name=named, subject=hostile,
       kind=st.sampled_from(list(ActionKind)))
def test_template_syntax_in_mail_content_is_printed_never_executed(
    company: str, position: str, name: str, subject: str, kind: ActionKind
) -> None:
    """Bad mail never stops a cycle (hostile messages), and "mail content reaches a
    template only as data, never as template source" (DESIGN.md): `{{ … }}`, `{% … %}` and
    `<script>` in a company, position, name or subject are printed as text (or left out),
    never evaluated, never escaped, and never make the template fail."""
    app, anchor, (person,) = _application(company, position, [name], subject)
    try:
        draft = compose(_action(kind, person, anchor), app, CONFIG)
    except TemplateProblem as exc:
        pytest.fail(f"mail content made the template unusable: {exc}")
    assert_not_executed(draft.body, (company, position, name, subject))
    if "<script>alert(1)</script>" in company and company.strip() in draft.body:
        assert "<script>alert(1)</script>" in draft.body  # plain text: printed as is


@FUZZ
@given(subject=ascii_hostile, company=hostile, position=hostile,
       kind=st.sampled_from(list(ActionKind)))
def test_cr_lf_and_nul_in_a_subject_never_reach_the_draft_headers(
    subject: str, company: str, position: str, kind: ActionKind
) -> None:
    """"No header containing CR/LF" (DESIGN.md): CR, LF, NUL, quotes and template syntax
    in the subject a draft answers (and anything in the company or position) give a draft
    holding exactly the expected headers, one line each, or no draft at all. (Encoded
    words and odd names: the properties below.)"""
    app, anchor, (person,) = _application(company, position, ["Pieter van Wyk"], subject)
    try:
        draft = compose(_action(kind, person, anchor), app, CONFIG)
        raw = mime.build_draft_bytes(draft, date=DUE)
    except ValueError as exc:
        assert type(exc) is ValueError or isinstance(exc, TemplateProblem), exc
        return
    msg = assert_clean_draft(raw, action_id=draft.action_id, to={"p0@acme.example"},
                             user=USER.email)
    assert str(msg["Subject"]).strip().startswith("Re: ")


@settings(FUZZ_CYCLE)
@given(summary=hostile, company=hostile)
def test_template_syntax_in_mail_bodies_is_never_executed_through_a_cycle(
    summary: str, company: str
) -> None:
    """Bad mail never stops a cycle, and mail content reaches a template only as data —
    for mail as it arrives: `{{ … }}`,
    `{% … %}`, `<script>`, CR/LF and NUL in an invitation's body and event title go
    through parse, extraction, planning and rendering; the thank-yous are written,
    clean, and print that content as text."""
    raw = raw_invitation(**{**PLAIN, "summary": summary, "company": company})
    provider = _cycles(raw)
    assert provider.drafts, "the invitation was still understood"
    _assert_clean_drafts(provider, (summary, company))


@FUZZ
@given(company=hostile, position=hostile, names=st.lists(hostile_name, min_size=1, max_size=3),
       subject=hostile, kind=st.sampled_from(list(ActionKind)))
def test_hostile_names_subjects_and_companies_never_inject_a_header(
    company: str, position: str, names: list[str], subject: str, kind: ActionKind
) -> None:
    """"No header containing CR/LF", and bad mail never stops a cycle: whatever CR, LF,
    NUL, quoting or encoded words reach a draft's names, subject or company, the draft is
    refused before anything is written (ValueError, which `act` reports) or holds exactly
    the expected headers, addressed to its one recipient."""
    app, anchor, people = _application(company, position, names, subject)
    for recipient in people:
        try:
            draft = compose(_action(kind, recipient, anchor), app, CONFIG)
            raw = mime.build_draft_bytes(draft, date=DUE)
        except TemplateProblem as exc:
            pytest.fail(f"mail content made the template unusable: {exc}")
        except ValueError as exc:
            if type(exc) is not ValueError:
                raise
            continue  # refused before anything was written
        assert_clean_draft(raw, action_id=draft.action_id, to={recipient.email or ""},
                           user=USER.email)


@FUZZ
@given(name=hostile_name)
@example(name='Lerato Mokoena" <spy@evil.example>, Jörg')
@example(name='Pieter van Wyk, "Talent" <spy@evil.example>; ' * 3)  # long, ASCII, quoted
@example(name="=?utf-8?q?x=0D=0ABcc:_spy@evil.example?=" * 2)
def test_a_hostile_display_name_is_written_cleanly_not_refused(name: str) -> None:
    """Bad mail never costs the user a draft it need not: whatever quotes, commas, angle
    brackets, CR/LF/NUL or encoded words an interviewer's name holds, the thank-you is
    written (never refused), to that one address, under the name cleaned of line breaks
    and encoded-word syntax (up to folding whitespace)."""
    app, anchor, (person,) = _application("Acme", "Data Engineer", [name], "Interview")
    try:
        draft = compose(_action(ActionKind.THANK_YOU, person, anchor), app, CONFIG)
    except TemplateProblem:
        assume(False)  # a name such as "Dear ," leaves an empty greeting: the lint's call
        return
    raw = mime.build_draft_bytes(draft, date=DUE)
    msg = assert_clean_draft(raw, action_id=draft.action_id, to={"p0@acme.example"},
                             user=USER.email)
    (written,) = msg["To"].addresses
    cleaned = mime.clean_display_name(name)
    assert "".join(written.display_name.split()) == "".join(cleaned.split())
    assert "=?" not in cleaned and not any(c in cleaned for c in "\r\n\0")


@settings(FUZZ_CYCLE)
@given(sender=hostile_name, subject=hostile, first=hostile_name, second=hostile_name,
       summary=hostile, company=hostile)
def test_hostile_invitation_through_whole_cycles_drafts_cleanly(
    sender: str, subject: str, first: str, second: str, summary: str, company: str
) -> None:
    """"No header containing CR/LF", nothing executed, bad mail never stops a cycle — for
    mail as it arrives: CR/LF/NUL, quotes, encoded words and template syntax in the sender's name,
    the subject, the attendees' names, the event title and the body; every thank-you and
    follow-up written holds exactly the expected headers, reaches a person the invitation
    names and prints the content as text."""
    raw = raw_invitation(sender=sender, subject=subject, first=first, second=second,
                         summary=summary, company=company)
    provider = _cycles(raw, DUE, FOLLOW_UP)
    _assert_clean_drafts(provider, (sender, subject, first, second, summary, company))


def test_a_hostile_invitation_is_still_drafted_for_cleanly() -> None:
    """Bad mail never stops a cycle, "no header containing CR/LF", nothing executed: with
    CR/LF, NUL and template syntax in every name, the invitation is still understood and its
    thank-you drafts are clean (so the properties above are not vacuously true)."""
    hostile_parts = dict(sender="Lerato\r\nBcc: spy@evil.example\0",
                         subject="\r\nBcc: spy@evil.example {{ 7*191 }}",
                         first="Pieter van Wyk\nBcc: spy@evil.example",
                         second="Aisha Patel {% for i in range(2) %}MWX2{% endfor %}",
                         summary="<script>alert(1)</script>", company="Acme {{ config }}")
    provider = _cycles(raw_invitation(**hostile_parts))
    assert "pieter@acme.example" in _assert_clean_drafts(provider,
                                                         tuple(hostile_parts.values()))


def _with_subject_header(raw: bytes, value: str) -> bytes:
    head, sep, body = raw.partition(b"\n\n")
    lines = [b"Subject: " + value.encode() if line.startswith(b"Subject:") else line
             for line in head.split(b"\n")]
    return b"\n".join(lines) + sep + body


def test_a_subject_hiding_an_encoded_word_cannot_add_a_bcc_to_the_draft() -> None:
    """"No header containing CR/LF": a Subject whose decoded text is itself an encoded
    word of 'CR LF Bcc: …' must not become a Bcc header in the thank-you."""
    smuggled = encoded_word("Interview =?utf-8?q?x=0D=0ABcc:_spy@evil.example?=")
    provider = _cycles(_with_subject_header(raw_invitation(**PLAIN), smuggled))
    assert provider.drafts
    _assert_clean_drafts(provider, ())


def test_a_display_name_cannot_add_a_recipient_to_the_follow_up() -> None:
    """"No header containing CR/LF" — nor a smuggled recipient: a sender named
    'Lerato Mokoena" <spy@evil.example>, Jörg' gets a follow-up to the sender only."""
    raw = raw_invitation(**{**PLAIN, "sender": 'Lerato Mokoena" <spy@evil.example>, Jörg'})
    provider = _cycles(raw, DUE, FOLLOW_UP)
    assert len(provider.drafts) == 3
    _assert_clean_drafts(provider, ())


def test_a_sender_named_comma_does_not_stop_the_accounts_cycles() -> None:
    """Bad mail never stops a cycle: a sender whose display name is a lone comma still
    gets the follow-up, and the cycle completes."""
    provider = _cycles(raw_invitation(**{**PLAIN, "sender": ","}), DUE, FOLLOW_UP)
    assert len(provider.drafts) == 3


def test_a_colon_in_an_unquoted_attendee_name_does_not_change_the_recipient() -> None:
    """"No header containing CR/LF" — nor a smuggled recipient: an attendee's name cannot
    put another address into a draft's To."""
    raw = raw_invitation(**{**PLAIN, "first": "Pieter: spy@evil.example"}, verbatim_cn=True)
    provider = _cycles(raw)
    assert provider.drafts
    _assert_clean_drafts(provider, ())


def test_the_draft_check_itself_catches_an_injected_header() -> None:
    """The check used above is not toothless: a draft with an extra Bcc line fails it."""
    raw = mime.build_draft_bytes(compose(*_sample()), date=DUE)
    forged = raw.replace(b"\nSubject:", b"\nBcc: spy@evil.example\nSubject:", 1)
    assert_clean_draft(raw, action_id=_marker(raw), to={"p0@acme.example"}, user=USER.email)
    with pytest.raises(AssertionError):
        assert_clean_draft(forged, action_id=_marker(raw), to={"p0@acme.example"},
                           user=USER.email)


def _sample() -> tuple[PlannedAction, Application, Config]:
    app, anchor, (person,) = _application("Acme", "Data Engineer", ["Pieter van Wyk"],
                                          "Interview")
    return _action(ActionKind.THANK_YOU, person, anchor), app, CONFIG
