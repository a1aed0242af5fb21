"""Folding message facts into applications, from timelines built by hand (no parsing).

`Timeline` is also used by test_planner.py.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailwatch.model import (
    Application,
    Detection,
    Interview,
    Kind,
    MessageFacts,
    Person,
    Stage,
)
from mailwatch.settings import TimingConfig, UserConfig
from mailwatch.tracker import application_id, company_key, fold, is_noreply, stage_at

ACCOUNT = "work"
RECRUITER = Person("Lindiwe Dube", "lindiwe@acme.co.za")
INTERVIEWER = Person("Pieter Botha", "pieter@acme.co.za")
INTERVIEWER2 = Person("Naledi Khumalo", "naledi@acme.co.za")
GH_NOREPLY = Person("Acme via Greenhouse", "no-reply@greenhouse.io")


class Timeline:
    """Builds MessageFacts in one zone; `at("2026-11-05 14:00")` is local wall time."""

    def __init__(self, tz: str = "Africa/Johannesburg", email: str = "thandi@gmail.com") -> None:
        self.tz = ZoneInfo(tz)
        self.user = UserConfig(name="Thandi Mokoena", email=email, timezone=tz)
        self.facts: list[MessageFacts] = []

    def at(self, s: str) -> datetime:
        return datetime.fromisoformat(s).replace(tzinfo=self.tz)

    def interview(
        self,
        start: str,
        minutes: int | None = 60,
        *,
        interviewers: tuple[Person, ...] = (INTERVIEWER,),
        uid: str | None = None,
        sequence: int = 0,
    ) -> Interview:
        begin = self.at(start)
        # Elapsed minutes, not wall-clock minutes (they differ on DST nights).
        end = (
            (begin.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(self.tz)
            if minutes is not None
            else None
        )
        return Interview(
            start=begin, end=end, interviewers=interviewers, uid=uid, sequence=sequence
        )

    def _add(self, f: MessageFacts) -> MessageFacts:
        self.facts.append(f)
        return f

    def employer(
        self,
        when: str,
        kind: Kind = Kind.OTHER,
        *,
        sender: Person = RECRUITER,
        interview: Interview | None = None,
        deadline: date | None = None,
        auto: bool = False,
        company: str | None = "Acme",
        position: str | None = None,
        reply_to: MessageFacts | None = None,
        subject: str = "Interview",
    ) -> MessageFacts:
        n = len(self.facts)
        return self._add(
            MessageFacts(
                account=ACCOUNT,
                message_id=f"m{n:03d}@mail",
                thread_key=reply_to.thread_key if reply_to else f"t{n:03d}",
                subject=subject,
                date=self.at(when),
                sender=sender,
                to=(Person(self.user.name, self.user.email),),
                in_reply_to=reply_to.message_id if reply_to else None,
                references=(*reply_to.references, reply_to.message_id) if reply_to else (),
                detection=Detection(
                    kind=kind,
                    interview=interview,
                    decision_deadline=deadline,
                    confidence=0.9,
                    company=company,
                    position=position,
                    auto_reply=auto,
                ),
            )
        )

    def mine(
        self,
        when: str,
        *,
        reply_to: MessageFacts | None = None,
        to: Person = RECRUITER,
        mw_action: str | None = None,
    ) -> MessageFacts:
        n = len(self.facts)
        return self._add(
            MessageFacts(
                account=ACCOUNT,
                message_id=f"m{n:03d}@mail",
                thread_key=reply_to.thread_key if reply_to else f"t{n:03d}",
                subject="Re: Interview",
                date=self.at(when),
                sender=Person(self.user.name, self.user.email),
                to=(to,),
                in_reply_to=reply_to.message_id if reply_to else None,
                references=(*reply_to.references, reply_to.message_id) if reply_to else (),
                from_user=True,
                mw_action=mw_action,
            )
        )

    def invite(self, when: str, start: str, minutes: int | None = 60, **kw: object) -> MessageFacts:
        """The usual first mail: the recruiter confirms a slot."""
        iv = self.interview(start, minutes, **kw)  # type: ignore[arg-type]
        return self.employer(when, Kind.INTERVIEW_INVITATION, interview=iv)

    def fold(
        self, timing: TimingConfig | None = None, known_ids: dict[str, str] | None = None
    ) -> list[Application]:
        if known_ids is None:
            return fold(self.facts, self.user, timing or TimingConfig())
        return fold(self.facts, self.user, timing or TimingConfig(), known_ids=known_ids)

    def app(self, timing: TimingConfig | None = None) -> Application:
        apps = self.fold(timing)
        assert len(apps) == 1, apps
        return apps[0]


def test_application_id_is_hash_of_account_and_first_message() -> None:
    tl = Timeline()
    first = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    app = tl.app()
    expected = hashlib.sha256(f"{ACCOUNT}\0{first.message_id}".encode()).hexdigest()[:16]
    assert app.id == expected
    assert app.company == "Acme"
    assert app.contact == RECRUITER
    assert app.first_seen == first.date


def test_fold_is_independent_of_input_order() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.mine("2026-11-02 11:00", reply_to=inv)
    tl.employer("2026-11-09 12:00", reply_to=inv)
    tl.employer(
        "2026-11-03 09:00",
        Kind.INTERVIEW_INVITATION,
        sender=Person("B", "b@beta.com"),
        company="Beta",
        interview=tl.interview("2026-11-10 10:00"),
    )
    expected = tl.fold()
    shuffled = list(tl.facts)
    random.Random(4).shuffle(shuffled)
    assert fold(shuffled, tl.user, TimingConfig()) == expected
    assert len(expected) == 2


def test_thread_replies_join_and_anchor_is_latest_human_employer_message() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    mine = tl.mine("2026-11-02 11:00", reply_to=inv)
    reply = tl.employer("2026-11-03 09:00", reply_to=mine, subject="Re: Interview")
    tl.employer("2026-11-03 09:05", reply_to=reply, auto=True, sender=Person("OOO", "x@acme.co.za"))
    app = tl.app()
    assert app.message_ids == {f.message_id for f in tl.facts}
    assert app.anchor is not None
    assert app.anchor.message_id == reply.message_id
    assert app.anchor.references == (inv.message_id, mine.message_id, reply.message_id)
    assert app.anchor.thread_key == inv.thread_key
    assert app.user_sent == (mine.date,)


def test_new_thread_from_same_company_joins_the_application() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    # Different person, different domain (ATS robot), new thread, but the same company.
    tl.employer("2026-11-06 10:00", Kind.STATUS_UPDATE, sender=GH_NOREPLY, company="ACME (Pty) Ltd")
    # Same domain, new person, new thread, no company stated.
    tl.employer("2026-11-07 10:00", Kind.STATUS_UPDATE, sender=INTERVIEWER2, company=None)
    app = tl.app()
    assert len(app.message_ids) == 3
    assert len(app.thread_keys) == 3


def test_freemail_and_ats_senders_do_not_merge_different_employers() -> None:
    tl = Timeline()
    tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_REQUEST,
        sender=Person("A", "a@outlook.com"),
        company="Alpha",
    )
    tl.employer(
        "2026-11-02 11:00",
        Kind.INTERVIEW_REQUEST,
        sender=Person("B", "b@outlook.com"),
        company="Beta",
    )
    tl.employer("2026-11-02 12:00", Kind.REJECTION, sender=GH_NOREPLY, company="Gamma")
    tl.employer("2026-11-02 13:00", Kind.REJECTION, sender=GH_NOREPLY, company="Delta")
    assert len(tl.fold()) == 4


def test_the_users_own_ats_domains_do_not_merge_different_employers() -> None:
    beamloop = Person("Beamloop Scheduling", "scheduling@beamloop.example")
    tl = Timeline()
    tl.employer("2026-11-02 12:00", Kind.INTERVIEW_REQUEST, sender=beamloop, company="Gamma")
    tl.employer("2026-11-02 13:00", Kind.INTERVIEW_REQUEST, sender=beamloop, company=None)
    assert len(tl.fold()) == 1  # an unknown domain is read as one employer's: joined
    apps = fold(tl.facts, tl.user, TimingConfig(), services=frozenset({"beamloop.example"}))
    assert sorted(a.company or "" for a in apps) == ["", "Gamma"]  # a service's: apart


def test_same_freemail_address_is_the_same_person() -> None:
    tl = Timeline()
    boss = Person("Small Co founder", "founder@gmail.com")
    tl.employer("2026-11-02 10:00", Kind.INTERVIEW_REQUEST, sender=boss, company="Tiny")
    tl.employer("2026-11-04 10:00", Kind.STATUS_UPDATE, sender=boss, company=None)
    assert len(tl.app().message_ids) == 2


def test_unlinked_other_mail_and_auto_replies_are_ignored() -> None:
    tl = Timeline()
    tl.employer("2026-11-02 10:00", Kind.OTHER, company=None)
    tl.employer(
        "2026-11-02 11:00", Kind.STATUS_UPDATE, auto=True, sender=GH_NOREPLY, company="Omega"
    )
    tl.mine("2026-11-02 12:00", to=Person("x", "x@nowhere.org"))
    assert tl.fold() == []


def test_user_fresh_mail_to_known_person_joins() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    mine = tl.mine("2026-11-10 10:00", to=RECRUITER)  # a new thread, not a reply
    mw = tl.mine("2026-11-12 09:30", to=RECRUITER, mw_action="abc")  # our draft, sent
    app = tl.app()
    assert mine.message_id in app.message_ids and mw.message_id in app.message_ids
    assert app.user_sent == (mine.date,)


def test_reinvite_with_same_uid_updates_by_sequence() -> None:
    tl = Timeline()
    tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-05 13:00", uid="u1", sequence=1),
    )
    tl.employer(
        "2026-11-03 10:00",
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-06 13:00", uid="u1", sequence=2),
    )
    # A late copy with a lower SEQUENCE is stale.
    tl.employer(
        "2026-11-03 11:00",
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-09 13:00", uid="u1", sequence=0),
    )
    # The same slot again without a uid (a forwarded copy) is a duplicate.
    tl.employer(
        "2026-11-03 12:00", Kind.INTERVIEW_INVITATION, interview=tl.interview("2026-11-06 13:00")
    )
    app = tl.app()
    assert len(app.rounds) == 1
    assert app.rounds[0].interview.start == tl.at("2026-11-06 13:00")
    assert app.rounds[0].interview.sequence == 2
    assert app.rounds[0].learned_at == tl.at("2026-11-03 10:00")


def test_reschedule_without_uid_moves_the_upcoming_round_and_keeps_duration() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00", 45)
    tl.employer(
        "2026-11-04 08:00", Kind.RESCHEDULE, interview=tl.interview("2026-11-06 15:00", None)
    )
    app = tl.app()
    (r,) = app.rounds
    assert r.interview.start == tl.at("2026-11-06 15:00")
    assert r.interview.end == tl.at("2026-11-06 15:45")
    assert r.learned_at == tl.at("2026-11-04 08:00")
    assert not r.cancelled


def test_cancellation_cancels_upcoming_round_and_stage_is_cancelled() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-04 08:00", Kind.CANCELLATION)
    app = tl.app()
    assert app.rounds[0].cancelled
    assert app.stage is Stage.CANCELLED


def test_cancellation_older_than_the_last_update_is_ignored() -> None:
    tl = Timeline()
    iv = tl.interview("2026-11-05 13:00", uid="u1", sequence=2)
    tl.employer("2026-11-02 10:00", Kind.INTERVIEW_INVITATION, interview=iv)
    stale = tl.interview("2026-11-05 13:00", uid="u1", sequence=1)
    tl.employer("2026-11-03 10:00", Kind.CANCELLATION, interview=stale)
    assert not tl.app().rounds[0].cancelled


def test_cancellation_by_uid_picks_that_round() -> None:
    tl = Timeline()
    tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-05 13:00", uid="a"),
    )
    tl.employer(
        "2026-11-02 10:05",
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-09 13:00", uid="b"),
    )
    tl.employer(
        "2026-11-03 10:00", Kind.CANCELLATION, interview=tl.interview("2026-11-05 13:00", uid="a")
    )
    app = tl.app()
    assert [r.cancelled for r in app.rounds] == [True, False]
    assert app.stage is Stage.SCHEDULED


def test_human_reply_after_interview_and_its_deadline() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-06 09:00", reply_to=inv, auto=True, deadline=date(2026, 11, 30))
    assert tl.app().human_reply_at is None
    assert tl.app().stage is Stage.INTERVIEWED
    reply = tl.employer(
        "2026-11-09 11:00", Kind.STATUS_UPDATE, reply_to=inv, deadline=date(2026, 11, 20)
    )
    app = tl.app()
    assert app.human_reply_at == reply.date
    assert app.reply_deadline == date(2026, 11, 20)
    assert app.decision_deadline == date(2026, 11, 20)  # the latest stated
    assert app.stage is Stage.REPLIED


def test_new_invitation_after_a_round_is_a_new_round_not_a_reply() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer(
        "2026-11-06 10:00",
        Kind.INTERVIEW_INVITATION,
        reply_to=inv,
        interview=tl.interview("2026-11-12 10:00", interviewers=(INTERVIEWER2,)),
    )
    app = tl.app()
    assert len(app.rounds) == 2
    assert app.human_reply_at is None
    assert app.stage is Stage.SCHEDULED


def test_rejection_offer_and_stage_precedence() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-10 10:00", Kind.REJECTION, reply_to=inv)
    app = tl.app()
    assert app.rejected_at == tl.at("2026-11-10 10:00") and app.stage is Stage.REJECTED
    tl.employer("2026-11-12 10:00", Kind.OFFER, reply_to=inv)
    assert tl.app().stage is Stage.OFFER


def test_request_without_slot_is_requested_and_company_position_first_non_empty() -> None:
    tl = Timeline()
    req = tl.employer("2026-11-02 10:00", Kind.INTERVIEW_REQUEST, company=None)
    tl.employer("2026-11-02 12:00", Kind.STATUS_UPDATE, reply_to=req, position="Data Engineer")
    app = tl.app()
    assert app.stage is Stage.REQUESTED
    assert app.company == "Acme"
    assert app.position == "Data Engineer"


def test_contact_skips_noreply_robots() -> None:
    tl = Timeline()
    inv = tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_INVITATION,
        sender=GH_NOREPLY,
        auto=True,
        interview=tl.interview("2026-11-05 13:00"),
    )
    tl.employer("2026-11-02 11:00", reply_to=inv)
    app = tl.app()
    assert app.contact == RECRUITER


def test_stage_at_uses_now() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    app = tl.app()
    assert app.stage is Stage.SCHEDULED
    assert stage_at(app, tl.at("2026-11-05 13:59")) is Stage.SCHEDULED
    assert stage_at(app, tl.at("2026-11-05 14:00")) is Stage.INTERVIEWED


def test_company_key() -> None:
    assert company_key("ACME (Pty) Ltd.") == company_key("acme") == "acme"
    assert company_key("Zalando SE") == "zalando"
    assert company_key(None) == ""


# --- regression tests from the review -------------------------------------------------


def _known(apps: list[Application]) -> dict[str, str]:
    """What the cycle persists after each fold: every message of every app -> its id."""
    return {m: a.id for a in apps for m in a.message_ids}


def test_known_ids_keep_the_application_id_when_an_older_message_arrives_late() -> None:
    """Review #4: an older job mail reaching INBOX later must not rename the application."""
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    (before,) = tl.fold()
    known = _known([before])
    older = tl.employer("2026-10-28 09:00", Kind.INTERVIEW_REQUEST, subject="Next steps")
    (default,) = tl.fold()
    assert default.id == application_id(ACCOUNT, older.message_id)  # the old, unstable id
    (after,) = tl.fold(known_ids=known)
    assert after.id == before.id
    assert after.message_ids == default.message_ids  # only the id is taken over
    # Messages unknown to earlier cycles change nothing: without known ids, the default.
    assert tl.fold(known_ids={"unrelated@mail": "ffff"}) == [default]


def test_known_ids_pick_the_smallest_and_never_give_two_applications_one_id() -> None:
    tl = Timeline()
    a = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    b = tl.employer("2026-11-03 10:00", reply_to=a)
    other = tl.employer(
        "2026-11-02 11:00",
        Kind.INTERVIEW_INVITATION,
        sender=Person("Bo", "bo@beta.example"),
        company="Beta",
        interview=tl.interview("2026-11-09 10:00"),
    )
    apps = tl.fold(known_ids={a.message_id: "bbbb", b.message_id: "aaaa"})
    acme = next(x for x in apps if a.message_id in x.message_ids)
    beta = next(x for x in apps if other.message_id in x.message_ids)
    assert acme.id == "aaaa"
    assert beta.id == application_id(ACCOUNT, other.message_id)
    # Two applications (e.g. after a split) both claiming "aaaa": only one gets it.
    apps = tl.fold(known_ids={a.message_id: "aaaa", other.message_id: "aaaa"})
    assert len({x.id for x in apps}) == 2 and "aaaa" in {x.id for x in apps}
    # Pure: same input, same answer, in any order.
    shuffled = list(tl.facts)
    random.Random(1).shuffle(shuffled)
    known = {a.message_id: "aaaa", other.message_id: "aaaa"}
    assert fold(shuffled, tl.user, TimingConfig(), known_ids=known) == apps


def test_round_key_is_the_ics_uid_else_the_creating_message_id() -> None:
    tl = Timeline()
    first = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer(
        "2026-11-06 10:00",
        Kind.INTERVIEW_INVITATION,
        reply_to=first,
        interview=tl.interview("2026-11-12 10:00", uid="cal-2@acme"),
    )
    # A duplicate of round 1 (with a uid now) keeps the key the round was created with.
    tl.employer(
        "2026-11-03 10:00",
        Kind.INTERVIEW_INVITATION,
        reply_to=first,
        interview=tl.interview("2026-11-05 13:00", uid="late-uid@acme"),
    )
    app = tl.app()
    assert [r.key for r in app.rounds] == [first.message_id, "cal-2@acme"]


def test_agency_recruiter_for_two_companies_gives_two_applications() -> None:
    """Review #10: one agency recruiter, two employers, two unrelated threads."""
    tl = Timeline()
    agent = Person("Jane Roe", "jane@talentbridge.co.za")
    acme = tl.employer(
        "2026-10-30 09:00",
        Kind.INTERVIEW_INVITATION,
        sender=agent,
        company="Acme Corp",
        interview=tl.interview("2026-11-03 10:00"),
    )
    globex = tl.employer(
        "2026-10-30 10:00",
        Kind.INTERVIEW_INVITATION,
        sender=agent,
        company="Globex",
        interview=tl.interview("2026-11-05 10:00", interviewers=(INTERVIEWER2,)),
    )
    # The same recruiter without a company joins by person (the earlier application).
    tl.employer("2026-11-06 10:00", Kind.STATUS_UPDATE, sender=agent, company=None)
    apps = tl.fold()
    assert [a.company for a in apps] == ["Acme Corp", "Globex"]
    assert acme.message_id in apps[0].message_ids
    assert globex.message_id in apps[1].message_ids
    assert len(apps[0].message_ids) == 2
    # A thread link still wins over a differing company: a reply in the Acme thread.
    tl.employer(
        "2026-11-07 10:00", Kind.STATUS_UPDATE, sender=agent, company="Globex", reply_to=acme
    )
    assert len(tl.fold()[0].message_ids) == 3


def test_reschedule_with_a_new_time_after_every_round_ended_is_a_new_round() -> None:
    """Review #9: "move you forward to the final round" is round 2, not a moved round 1."""
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 10:00")
    tl.employer(
        "2026-11-09 09:00",
        Kind.RESCHEDULE,
        reply_to=inv,
        interview=tl.interview("2026-11-12 14:00", None, interviewers=()),
    )
    app = tl.app()
    assert [r.interview.start for r in app.rounds] == [
        tl.at("2026-11-05 10:00"),
        tl.at("2026-11-12 14:00"),
    ]
    assert not any(r.cancelled for r in app.rounds)
    # Before the round ended, the same message still moves it.
    tl2 = Timeline()
    inv2 = tl2.invite("2026-11-02 10:00", "2026-11-05 10:00")
    tl2.employer(
        "2026-11-05 09:00",
        Kind.RESCHEDULE,
        reply_to=inv2,
        interview=tl2.interview("2026-11-12 14:00", None),
    )
    (r,) = tl2.app().rounds
    assert r.interview.start == tl2.at("2026-11-12 14:00")


def test_is_noreply_catches_robot_addresses() -> None:
    for email in (
        "no-reply@greenhouse.io",
        "noreply@acme.co.za",
        "jobs-noreply@lever.co",
        "careers.no-reply@acme.co.za",
        "do-not-reply@myworkday.com",
        "notifications@smartrecruiters.com",
    ):
        assert is_noreply(email), email
    for email in ("lindiwe@acme.co.za", "replyto@acme.co.za", "noreplyer@acme.co.za"):
        assert not is_noreply(email), email
