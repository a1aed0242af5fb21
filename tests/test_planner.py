"""The planner as a pure function over hand-built timelines and a fixed clock.

Every expected time is written as wall-clock time in the user's zone and compared as an
instant (UTC), so a wrong offset on a DST day fails.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from mailwatch.model import ActionKind, Kind, Person, PlannedAction
from mailwatch.planner import action_id, due_actions, plan
from mailwatch.settings import TimingConfig
from tests.test_tracker import (
    ACCOUNT,
    GH_NOREPLY,
    INTERVIEWER,
    INTERVIEWER2,
    RECRUITER,
    Timeline,
)

T = TimingConfig()
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


def run(
    tl: Timeline,
    now: str,
    timing: TimingConfig = T,
    first_cycle_at: datetime | None = LONG_AGO,
) -> list[PlannedAction]:
    apps = tl.fold(timing)
    return plan(apps, user=tl.user, timing=timing, now=tl.at(now), first_cycle_at=first_cycle_at)


def kind(actions: list[PlannedAction], k: ActionKind) -> list[PlannedAction]:
    return [a for a in actions if a.kind is k]


def utc(tl: Timeline, wall: str) -> datetime:
    return tl.at(wall).astimezone(UTC)


def dues(actions: list[PlannedAction]) -> list[datetime]:
    return [a.due.astimezone(UTC) for a in actions]


# --- thank-you timing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "start", "minutes", "expected"),
    [
        ("Africa/Johannesburg", "2026-11-05 13:00", 60, "2026-11-05 15:00"),
        # Ends Friday 16:30: the thank-you is not bound to the send window.
        ("Africa/Johannesburg", "2026-11-06 15:30", 60, "2026-11-06 17:30"),
        # No end in the invitation: assume 60 minutes.
        ("Europe/Berlin", "2026-11-05 10:00", None, "2026-11-05 12:00"),
        # The night US clocks spring forward: 01:00 EST + 90 min = 03:30 EDT; +1 h = 04:30.
        ("America/New_York", "2026-03-08 01:00", 90, "2026-03-08 04:30"),
        # The night Berlin clocks fall back: 01:30 CEST + 60 min = 02:30 CEST; +1 h = 02:30 CET.
        ("Europe/Berlin", "2026-10-25 01:30", 60, "2026-10-25 02:30"),
        # Same night, no end given: 02:30 CEST + 60 elapsed minutes = 02:30 CET; +1 h.
        ("Europe/Berlin", "2026-10-25 02:30", None, "2026-10-25 03:30"),
    ],
)
def test_thank_you_one_hour_after_the_end(
    tz: str, start: str, minutes: int | None, expected: str
) -> None:
    tl = Timeline(tz)
    tl.invite("2026-03-01 10:00", start, minutes)
    (ty,) = kind(run(tl, "2026-03-01 12:00"), ActionKind.THANK_YOU)
    want = tl.at(expected)
    if tz == "Europe/Berlin" and expected == "2026-10-25 02:30":
        want = want.replace(fold=1)  # the second 02:30 (CET)
    assert ty.due.astimezone(UTC) == want.astimezone(UTC)
    assert ty.recipient == INTERVIEWER
    assert not ty.late and not ty.held


def test_thank_you_reason_names_the_time_in_the_users_zone() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    (ty,) = kind(run(tl, "2026-11-05 15:00"), ActionKind.THANK_YOU)
    assert ty.reason == "interview ended 14:00 SAST; thank-you 1 h later"


def test_action_id_is_the_documented_hash() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    app = tl.app()
    (ty,) = kind(run(tl, "2026-11-05 15:00"), ActionKind.THANK_YOU)
    key = app.rounds[0].key  # the round's key, not its position
    assert key == tl.facts[0].message_id
    raw = "\0".join([ACCOUNT, app.id, "thank_you", key, "0", INTERVIEWER.email or ""])
    assert ty.id == hashlib.sha256(raw.encode()).hexdigest()[:20]
    assert ty.id == action_id(ACCOUNT, app.id, ActionKind.THANK_YOU, key, 0, INTERVIEWER)
    assert ty.application_id == app.id and ty.anchor == app.anchor


# --- recipients ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("per_interviewer", "interviewers", "expected"),
    [
        (True, (INTERVIEWER, INTERVIEWER2), [INTERVIEWER, INTERVIEWER2]),
        (False, (INTERVIEWER, INTERVIEWER2), [RECRUITER]),
        (False, (INTERVIEWER,), [INTERVIEWER]),
        (True, (), [RECRUITER]),
        (True, (Person("Sipho"),), [RECRUITER]),  # no address known
        # The user on the invite's attendee list is not thanked.
        (True, (INTERVIEWER, Person("Me", "thandi@gmail.com")), [INTERVIEWER]),
        (False, (INTERVIEWER, Person("Me", "thandi@gmail.com")), [INTERVIEWER]),
    ],
)
def test_thank_you_recipients(
    per_interviewer: bool, interviewers: tuple[Person, ...], expected: list[Person]
) -> None:
    timing = TimingConfig(thank_you_per_interviewer=per_interviewer)
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00", interviewers=interviewers)
    tys = kind(run(tl, "2026-11-05 15:00", timing), ActionKind.THANK_YOU)
    assert sorted((a.recipient.email or "") for a in tys) == sorted(p.email or "" for p in expected)
    assert len({a.id for a in tys}) == len(tys)
    assert all(a.due == tl.at("2026-11-05 15:00") for a in tys)


# --- follow-up timing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "start", "deadline", "holidays", "expected"),
    [
        # Thursday interview -> Thursday 09:00 a week later.
        ("Africa/Johannesburg", "2026-11-05 13:00", None, (), "2026-11-12 09:00"),
        # Saturday interview -> Saturday + 7 -> Monday 09:00.
        ("Africa/Johannesburg", "2026-11-07 10:00", None, (), "2026-11-16 09:00"),
        # Deadline on Friday -> first business day after: Monday 09:00.
        ("Africa/Johannesburg", "2026-11-02 10:00", date(2026, 11, 13), (), "2026-11-16 09:00"),
        # A deadline sooner than 7 days does not make the follow-up earlier.
        ("Africa/Johannesburg", "2026-11-05 13:00", date(2026, 11, 9), (), "2026-11-12 09:00"),
        # Holiday on the day it would appear -> next business day.
        ("Europe/Berlin", "2026-11-05 13:00", None, (date(2026, 11, 12),), "2026-11-13 09:00"),
        # Across the autumn DST change: 09:00 CET (UTC+1), not CEST.
        ("Europe/Berlin", "2026-10-22 15:00", None, (), "2026-10-29 09:00"),
        # Interview on the night US clocks change (Sunday) -> Sun+7 -> Monday 09:00 EDT.
        ("America/New_York", "2026-03-08 01:00", None, (), "2026-03-16 09:00"),
    ],
)
def test_first_follow_up(
    tz: str, start: str, deadline: date | None, holidays: tuple[date, ...], expected: str
) -> None:
    timing = TimingConfig(holidays=holidays)
    tl = Timeline(tz)
    inv = tl.invite("2026-03-01 10:00", start)
    if deadline:
        tl.employer("2026-03-01 11:00", reply_to=inv, deadline=deadline)
    fu = kind(run(tl, "2026-03-01 12:00", timing), ActionKind.FOLLOW_UP)
    assert fu[0].due.astimezone(UTC) == utc(tl, expected)
    assert fu[0].seq == 1 and fu[0].recipient == RECRUITER
    if deadline and expected == "2026-11-16 09:00":
        assert "decide by 2026-11-13" in fu[0].reason
    else:
        assert "7 days after the interview" in fu[0].reason


def test_follow_up_whose_0900_falls_on_a_dst_change_day() -> None:
    timing = TimingConfig(send_days=(0, 1, 2, 3, 4, 5, 6))  # works weekends too
    tl = Timeline("Europe/Berlin")
    tl.invite("2026-10-10 10:00", "2026-10-18 10:00")
    fu = kind(run(tl, "2026-10-10 12:00", timing), ActionKind.FOLLOW_UP)
    # Sunday 2026-10-25, the day CEST ends: 09:00 CET is 08:00 UTC.
    assert fu[0].due.astimezone(UTC) == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)


def test_at_most_two_follow_ups_seven_days_apart() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    fus = kind(run(tl, "2026-11-05 15:00"), ActionKind.FOLLOW_UP)
    assert [a.seq for a in fus] == [1, 2]
    assert dues(fus) == [utc(tl, "2026-11-12 09:00"), utc(tl, "2026-11-19 09:00")]
    assert len({a.id for a in fus}) == 2
    three = kind(run(tl, "2026-11-05 15:00", TimingConfig(max_follow_ups=3)), ActionKind.FOLLOW_UP)
    assert dues(three)[2] == utc(tl, "2026-11-26 09:00")


# --- replies ---------------------------------------------------------------------------


@pytest.mark.parametrize("reply_at", ["2026-11-09 11:00", "2026-11-13 11:00"])
def test_human_reply_stops_follow_ups(reply_at: str) -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    assert kind(run(tl, "2026-11-06 10:00"), ActionKind.FOLLOW_UP)
    tl.employer(reply_at, reply_to=inv)
    assert kind(run(tl, "2026-11-20 10:00"), ActionKind.FOLLOW_UP) == []


def test_reply_in_a_new_thread_from_the_same_company_stops_follow_ups() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-09 11:00", Kind.STATUS_UPDATE, sender=INTERVIEWER2, subject="Update")
    assert kind(run(tl, "2026-11-20 10:00"), ActionKind.FOLLOW_UP) == []


def test_auto_reply_does_not_stop_follow_ups() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-09 11:00", reply_to=inv, auto=True)
    fus = kind(run(tl, "2026-11-20 10:00"), ActionKind.FOLLOW_UP)
    assert dues(fus) == [utc(tl, "2026-11-12 09:00"), utc(tl, "2026-11-19 09:00")]


@pytest.mark.parametrize(
    ("reply_at", "seq"),
    [
        ("2026-11-09 11:00", 1),  # before the first follow-up was due
        ("2026-11-13 11:00", 2),  # after the first one: numbering continues
    ],
)
def test_reply_with_new_decision_date_plans_one_follow_up_after_it(reply_at: str, seq: int) -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer(reply_at, Kind.STATUS_UPDATE, reply_to=inv, deadline=date(2026, 11, 20))
    (fu,) = kind(run(tl, "2026-11-20 10:00"), ActionKind.FOLLOW_UP)
    assert fu.due.astimezone(UTC) == utc(tl, "2026-11-23 09:00")  # Friday -> Monday
    assert fu.seq == seq
    assert "decide by 2026-11-20" in fu.reason


# --- the user's own mail ---------------------------------------------------------------


def test_user_wrote_own_thank_you() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    assert kind(run(tl, "2026-11-05 14:10"), ActionKind.THANK_YOU)
    tl.mine("2026-11-05 14:30", reply_to=inv)
    actions = run(tl, "2026-11-05 14:40")
    assert kind(actions, ActionKind.THANK_YOU) == []
    assert len(kind(actions, ActionKind.FOLLOW_UP)) == 2  # a thank-you is not a follow-up


def test_our_own_sent_draft_is_not_hand_written() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.mine("2026-11-05 15:30", reply_to=inv, mw_action="abc")
    assert kind(run(tl, "2026-11-05 16:00"), ActionKind.THANK_YOU)


def test_next_follow_up_is_spaced_from_the_users_latest_own_mail() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.mine("2026-11-09 10:00", reply_to=inv)
    tl.mine("2026-11-11 10:00", reply_to=inv)
    fus = kind(run(tl, "2026-11-11 11:00"), ActionKind.FOLLOW_UP)
    assert [(a.seq, a.due.astimezone(UTC)) for a in fus] == [(2, utc(tl, "2026-11-18 09:00"))]


def test_users_own_follow_up_takes_the_slot_and_the_next_is_spaced_from_it() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.mine("2026-11-10 10:00", reply_to=inv)
    fus = kind(run(tl, "2026-11-10 11:00"), ActionKind.FOLLOW_UP)
    assert [a.seq for a in fus] == [2]
    assert dues(fus) == [utc(tl, "2026-11-17 09:00")]
    assert "your own follow-up" in fus[0].reason


# --- learning late, first start --------------------------------------------------------


def test_interview_learned_late_inside_the_window_gets_a_late_thank_you() -> None:
    tl = Timeline()
    tl.invite("2026-11-05 16:20", "2026-11-05 13:00")  # the mail arrives after the interview
    (ty,) = kind(run(tl, "2026-11-05 16:30"), ActionKind.THANK_YOU)
    assert ty.due == tl.at("2026-11-05 16:20")
    assert ty.late
    assert "late" in ty.reason
    # The late invitation itself is not an employer "reply after the interview".
    assert tl.app().human_reply_at is None
    assert len(kind(run(tl, "2026-11-05 16:30"), ActionKind.FOLLOW_UP)) == 2


def test_interview_learned_after_the_window_gets_no_thank_you() -> None:
    tl = Timeline()
    tl.invite("2026-11-06 14:01", "2026-11-05 13:00")
    assert kind(run(tl, "2026-11-06 14:05"), ActionKind.THANK_YOU) == []


def test_invitation_dated_after_the_window_by_a_fast_sender_clock_gets_none() -> None:
    tl = Timeline()
    tl.invite("2026-11-06 14:05", "2026-11-05 13:00")  # sender's clock runs ahead
    assert kind(run(tl, "2026-11-06 13:55"), ActionKind.THANK_YOU) == []


def test_thank_you_is_not_returned_once_its_window_closed() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    assert kind(run(tl, "2026-11-06 13:59"), ActionKind.THANK_YOU)
    assert kind(run(tl, "2026-11-06 14:00"), ActionKind.THANK_YOU) == []


def test_first_cycle_after_the_interview_drafts_late_thank_you() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    (ty,) = kind(
        run(tl, "2026-11-05 18:00", first_cycle_at=tl.at("2026-11-05 18:00")), ActionKind.THANK_YOU
    )
    assert ty.late and ty.due == tl.at("2026-11-05 18:00") and not ty.held


def test_overdue_follow_ups_at_first_start_are_held_until_catch_up() -> None:
    tl = Timeline("Europe/Berlin")
    tl.invite("2026-08-28 10:00", "2026-09-03 10:00")
    now, first = "2026-11-02 10:00", tl.at("2026-11-02 09:55")
    actions = run(tl, now, first_cycle_at=first)
    assert kind(actions, ActionKind.THANK_YOU) == []  # window long closed
    fus = kind(actions, ActionKind.FOLLOW_UP)
    # Only the first overdue one is held; the next is spaced from the first start, so
    # catching up never drafts two follow-ups at once.
    assert [a.held for a in fus] == [True, False]
    assert dues(fus) == [utc(tl, "2026-09-10 09:00"), utc(tl, "2026-11-09 09:00")]
    assert "first start" in fus[1].reason
    assert due_actions(actions, tl.at(now), T) == []
    assert due_actions(actions, tl.at(now), TimingConfig(catch_up=True)) == fus[:1]
    # Without first_cycle_at the current cycle is the first one: same answer.
    assert run(tl, now, first_cycle_at=None) == run(tl, now, first_cycle_at=tl.at(now))


def test_due_actions_only_returns_what_is_due() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    actions = run(tl, "2026-11-05 14:30")
    assert len(actions) == 3  # thank-you + two follow-ups, all in the future
    assert due_actions(actions, tl.at("2026-11-05 14:30"), T) == []
    (ty,) = due_actions(actions, tl.at("2026-11-05 15:00"), T)
    assert ty.kind is ActionKind.THANK_YOU


# --- reschedule, cancel, new rounds ----------------------------------------------------


def test_reschedule_moves_the_thank_you_and_keeps_its_id() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    before = run(tl, "2026-11-04 10:00")
    move = tl.interview("2026-11-06 10:00")
    tl.employer("2026-11-04 11:00", Kind.RESCHEDULE, interview=move, reply_to=inv)
    after = run(tl, "2026-11-04 12:00")
    (ty0,), (ty1,) = kind(before, ActionKind.THANK_YOU), kind(after, ActionKind.THANK_YOU)
    assert ty0.id == ty1.id
    assert (ty0.due, ty1.due) == (tl.at("2026-11-05 15:00"), tl.at("2026-11-06 12:00"))
    fu0, fu1 = kind(before, ActionKind.FOLLOW_UP)[0], kind(after, ActionKind.FOLLOW_UP)[0]
    assert fu0.id == fu1.id and fu1.due == tl.at("2026-11-13 09:00")


def test_cancellation_drops_everything() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-04 11:00", Kind.CANCELLATION, reply_to=inv)
    assert run(tl, "2026-11-05 15:00") == []


def test_new_round_resets_follow_ups() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    second = tl.interview("2026-11-12 10:00", interviewers=(INTERVIEWER2,))
    tl.employer("2026-11-06 10:00", Kind.INTERVIEW_INVITATION, reply_to=inv, interview=second)
    actions = run(tl, "2026-11-06 14:30")  # the first round's thank-you window has closed
    fus = kind(actions, ActionKind.FOLLOW_UP)
    assert {a.round_index for a in fus} == {1}
    assert dues(fus)[0] == utc(tl, "2026-11-19 09:00")
    assert [a.recipient for a in kind(actions, ActionKind.THANK_YOU)] == [INTERVIEWER2]


# --- rejection and offer ---------------------------------------------------------------


def test_rejection_gives_only_a_feedback_request_inside_the_send_window() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-13 16:30", Kind.REJECTION, reply_to=inv)  # Friday afternoon
    (fb,) = run(tl, "2026-11-13 17:00")
    assert fb.kind is ActionKind.FEEDBACK_REQUEST
    assert fb.due == tl.at("2026-11-16 09:00")
    assert fb.recipient == RECRUITER
    assert "rejected" in fb.reason
    assert run(tl, "2026-11-13 17:00", TimingConfig(feedback_request=False)) == []


@pytest.mark.parametrize("auto", [True, False])
def test_feedback_request_goes_to_a_person_not_an_ats_robot(auto: bool) -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-10 10:00", Kind.REJECTION, sender=GH_NOREPLY, auto=auto)
    (fb,) = run(tl, "2026-11-10 10:30")
    assert fb.recipient == RECRUITER and fb.due == tl.at("2026-11-10 11:00")


def test_no_feedback_request_when_the_user_already_answered_the_rejection() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    rejection = tl.employer("2026-11-10 10:00", Kind.REJECTION, reply_to=inv)
    assert run(tl, "2026-11-10 10:30")
    tl.mine("2026-11-10 10:40", reply_to=rejection)
    assert run(tl, "2026-11-10 10:45") == []


def test_rejection_before_any_interview_asks_nothing() -> None:
    tl = Timeline()
    tl.employer("2026-11-10 10:00", Kind.REJECTION)
    assert len(tl.fold()) == 1
    assert run(tl, "2026-11-10 12:00") == []


def test_offer_stops_everything() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-05 14:10", Kind.OFFER, reply_to=inv)
    assert run(tl, "2026-11-05 14:20") == []


def test_plan_is_sorted_and_deterministic_across_applications() -> None:
    tl = Timeline()
    tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    beta = Person("Bo", "bo@beta.example")
    tl.employer(
        "2026-11-02 11:00",
        Kind.INTERVIEW_INVITATION,
        sender=beta,
        company="Beta",
        interview=tl.interview("2026-11-04 09:00", interviewers=(beta,)),
    )
    actions = run(tl, "2026-11-03 10:00")
    assert [a.due for a in actions] == sorted(a.due for a in actions)
    assert len({a.application_id for a in actions}) == 2
    other_tz = replace(tl.user, timezone="UTC")
    moved = plan(
        tl.fold(), user=other_tz, timing=T, now=tl.at("2026-11-03 10:00"), first_cycle_at=LONG_AGO
    )
    assert [a.id for a in moved if a.kind is ActionKind.THANK_YOU] == [
        a.id for a in actions if a.kind is ActionKind.THANK_YOU
    ]
    assert all(a.due.tzinfo is UTC for a in actions + moved)  # due is always UTC


# --- regression tests from the review -------------------------------------------------


def test_an_earlier_round_learned_late_keeps_the_existing_action_ids() -> None:
    """Review #4: round keys, not positions, so an older invitation arriving later (sorted
    first) does not rename the thank-you and follow-ups already planned or drafted."""
    tl = Timeline()
    tl.invite("2026-11-03 10:00", "2026-11-12 10:00")
    before = run(tl, "2026-11-03 12:00")
    known = {m: a.id for a in tl.fold() for m in a.message_ids}
    tl.employer(
        "2026-11-02 09:00",  # dated earlier, delivered later: becomes round 0
        Kind.INTERVIEW_INVITATION,
        interview=tl.interview("2026-11-05 13:00", interviewers=(INTERVIEWER2,)),
    )
    apps = tl.fold(known_ids=known)
    after = plan(
        apps, user=tl.user, timing=T, now=tl.at("2026-11-03 12:00"), first_cycle_at=LONG_AGO
    )
    assert len(apps[0].rounds) == 2
    old = {(a.kind, a.seq, a.recipient): a.id for a in before}
    new = {(a.kind, a.seq, a.recipient): a.id for a in after}
    assert old.items() <= new.items()
    (ty_new,) = [a for a in after if a.recipient == INTERVIEWER2]
    assert ty_new.id not in old.values() and ty_new.round_index == 0
    # round_index stays positional: render picks the round by it.
    assert {a.round_index for a in after if a.recipient != INTERVIEWER2} == {1}


def test_thank_you_ids_differ_per_round_and_are_not_positional() -> None:
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer(
        "2026-11-06 10:00",
        Kind.INTERVIEW_INVITATION,
        reply_to=inv,
        interview=tl.interview("2026-11-12 10:00", uid="r2@acme"),
    )
    tys = kind(run(tl, "2026-11-05 14:30"), ActionKind.THANK_YOU)
    assert len({a.id for a in tys}) == 2
    assert [a.round_index for a in tys] == [0, 1]


@pytest.mark.parametrize("per_interviewer", [True, False])
def test_no_draft_is_ever_addressed_to_a_noreply_address(per_interviewer: bool) -> None:
    """Review #7: ATS no-reply sender, interviewer named without an address."""
    timing = TimingConfig(thank_you_per_interviewer=per_interviewer)
    tl = Timeline()
    inv = tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_INVITATION,
        sender=GH_NOREPLY,
        interview=tl.interview("2026-11-05 10:00", interviewers=(Person("Pieter van Wyk"),)),
    )
    assert tl.app().contact == GH_NOREPLY  # the tracker still names who wrote
    assert run(tl, "2026-11-02 10:05", timing) == []  # nobody to write to: skip, no no-reply
    # A real employer person who wrote in the application gets them instead.
    tl.employer("2026-11-03 09:00", reply_to=inv, sender=RECRUITER)
    actions = run(tl, "2026-11-03 09:05", timing)
    assert [a.kind for a in actions] == [ActionKind.THANK_YOU, *[ActionKind.FOLLOW_UP] * 2]
    assert {a.recipient for a in actions} == {RECRUITER}


def test_feedback_request_is_skipped_when_only_a_noreply_address_is_known() -> None:
    tl = Timeline()
    inv = tl.employer(
        "2026-11-02 10:00",
        Kind.INTERVIEW_INVITATION,
        sender=GH_NOREPLY,
        interview=tl.interview("2026-11-05 10:00", interviewers=(Person("Pieter van Wyk"),)),
    )
    tl.employer("2026-11-10 10:00", Kind.REJECTION, sender=GH_NOREPLY, reply_to=inv)
    assert run(tl, "2026-11-10 10:30") == []


def test_users_own_follow_up_after_ours_was_due_stands_for_that_slot() -> None:
    """Review #8: our follow-up #1 was due (and deleted), the user wrote their own that
    morning: that mail is #1, and #2 comes 7 days after it."""
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.mine("2026-11-12 09:40", reply_to=inv)
    fus = kind(run(tl, "2026-11-12 10:01"), ActionKind.FOLLOW_UP)
    assert [(a.seq, a.due.astimezone(UTC)) for a in fus] == [(2, utc(tl, "2026-11-19 09:00"))]
    assert "your own follow-up (Thu 2026-11-12)" in fus[0].reason
    # Written later than our #2 would have appeared: it stands for #2 (nothing left).
    tl2 = Timeline()
    inv2 = tl2.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl2.mine("2026-11-19 09:40", reply_to=inv2)
    fus2 = kind(run(tl2, "2026-11-19 10:01"), ActionKind.FOLLOW_UP)
    assert [a.seq for a in fus2] == [1]


def test_one_more_follow_up_after_a_new_date_even_after_two_follow_ups() -> None:
    """PRODUCT.md: after a human reply that states a new decision date, one follow-up after
    it, even when both regular follow-ups were already planned (documented in plan())."""
    tl = Timeline()
    inv = tl.invite("2026-11-02 10:00", "2026-11-05 13:00")
    tl.employer("2026-11-20 11:00", Kind.STATUS_UPDATE, reply_to=inv, deadline=date(2026, 11, 27))
    (fu,) = kind(run(tl, "2026-11-20 12:00"), ActionKind.FOLLOW_UP)
    assert fu.seq == 3
    assert fu.due.astimezone(UTC) == utc(tl, "2026-11-30 09:00")
