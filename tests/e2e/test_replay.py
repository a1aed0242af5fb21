"""End to end through the CLI on a real Maildir: each PRODUCT.md timing rule, by replay."""

from __future__ import annotations

from .conftest import AISHA, PIETER, RECRUITER, SUBJECT, invitation
from .harness import USER, at, message, msgid


def test_thank_you_per_interviewer_after_the_interview_ends(box):
    invite = invitation()
    box.deliver(invite)
    assert box.run(at("2026-11-02 10:05")) == 0
    assert box.drafts() == []
    box.run(at("2026-11-05 11:30"))  # interview over, but the 1 h delay is not
    assert box.drafts() == []
    box.run(at("2026-11-05 12:05"))
    drafts = box.drafts()
    assert sorted(str(d["To"]) for d in drafts) == sorted(f"{n} <{a}>" for n, a in (PIETER, AISHA))
    assert box.kinds() == ["thank_you", "thank_you"]
    box.run(at("2026-11-05 12:30"))
    box.run(at("2026-11-05 18:00"))
    assert len(box.drafts()) == 2  # repeated runs change nothing


def test_draft_headers_thread_into_the_invitation(box):
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    draft = box.drafts()[0]
    assert draft["From"] == f"{USER[0]} <{USER[1]}>"
    assert draft["Subject"] == f"Re: {SUBJECT}"
    assert draft["In-Reply-To"] == f"<{msgid(invite)}>"
    assert f"<{msgid(invite)}>" in draft["References"]
    action = str(draft["X-Mailwatch-Action"])
    assert draft["Message-ID"] == f"<mw.{action}@mailwatch>"
    assert draft.get_content_type() == "text/plain"
    assert draft.get_content_charset() == "utf-8"
    assert draft.path.name.endswith(("D", "DS"))
    assert ":2," in draft.path.name and "D" in draft.path.name.split(":2,")[1]
    body = draft.get_content()
    first_name = str(draft["To"]).split()[0]
    assert "{{" not in body and body.startswith(f"Hi {first_name},")
    assert not list((box.mail / ".Drafts" / "tmp").iterdir())


def test_subject_is_never_re_re(box):
    box.deliver(invitation(subject=f"RE: Re: {SUBJECT}"))
    box.run(at("2026-11-05 12:05"))
    assert {str(d["Subject"]) for d in box.drafts()} == {f"Re: {SUBJECT}"}


def test_follow_ups_after_seven_days_in_send_window_at_most_two(box):
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 08:55"))  # Thursday, a week later, before the send window
    assert box.drafts() == []
    box.run(at("2026-11-12 09:05"))
    drafts = box.drafts()
    assert box.kinds() == ["follow_up"]
    assert str(drafts[0]["To"]) == f"{RECRUITER[0]} <{RECRUITER[1]}>"
    box.send_drafts()
    box.run(at("2026-11-18 12:00"))
    assert box.drafts() == []  # not 7 days since the first follow-up yet
    box.run(at("2026-11-19 09:05"))
    assert box.kinds() == ["follow_up"]
    box.send_drafts()
    for day in ("2026-11-26 09:05", "2026-12-03 09:05", "2026-12-10 09:05"):
        box.run(at(day))
    assert box.drafts() == []  # patience: at most two


def test_follow_up_never_on_a_weekend(box):
    # Interview on Saturday 2026-11-07: a week later is a Saturday -> Monday 09:00.
    box.deliver(invitation(start=at("2026-11-07 10:00"), end=at("2026-11-07 11:00")))
    box.run(at("2026-11-07 12:05"))
    box.send_drafts()
    box.run(at("2026-11-14 10:00"))
    box.run(at("2026-11-15 10:00"))
    assert box.drafts() == []
    box.run(at("2026-11-16 09:01"))
    assert box.kinds() == ["follow_up"]


def test_stated_decision_date_moves_the_follow_up(box):
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    reply = message(
        sender=RECRUITER,
        subject=f"Re: {SUBJECT}",
        date=at("2026-11-06 15:00"),
        in_reply_to=msgid(invite),
        body="Hi Thandi,\n\nThanks for your time yesterday. The team will make a "
        "decision by Friday 20 November and I will let you know.\n\n"
        "Best,\nLerato\n",
    )
    box.deliver(reply)
    box.run(at("2026-11-06 15:10"))
    box.run(at("2026-11-12 09:05"))
    box.run(at("2026-11-20 16:00"))
    assert box.drafts() == []  # not before the deadline has passed
    box.run(at("2026-11-23 09:05"))  # Monday: first business day after Friday the 20th
    assert box.kinds() == ["follow_up"]
    assert box.drafts()[0]["In-Reply-To"] == f"<{msgid(reply)}>"
    box.send_drafts()
    box.run(at("2026-11-30 09:05"))
    box.run(at("2026-12-07 09:05"))
    assert box.drafts() == []  # one follow-up after a reply's new date, no more


def test_human_reply_stops_follow_ups_but_auto_reply_does_not(box, tmp_path):
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    ooo = message(
        sender=RECRUITER,
        subject=f"Automatic reply: Re: {SUBJECT}",
        date=at("2026-11-05 12:30"),
        in_reply_to=msgid(invite),
        headers={"Auto-Submitted": "auto-replied"},
        body="I am out of the office until 9 November with limited access to e-mail.\n",
    )
    box.deliver(ooo)
    box.run(at("2026-11-12 09:05"))
    assert box.kinds() == ["follow_up"]  # the auto-reply did not count

    other = type(box)(tmp_path / "second")
    second_invite = invitation()
    other.deliver(second_invite)
    other.run(at("2026-11-05 12:05"))
    other.send_drafts()
    other.deliver(
        message(
            sender=RECRUITER,
            subject=f"Re: {SUBJECT}",
            date=at("2026-11-09 10:00"),
            in_reply_to=msgid(second_invite),
            body="Hi Thandi,\n\nThanks for your note. We are still meeting "
            "candidates and will come back to you.\n\nLerato\n",
        )
    )
    for day in ("2026-11-12 09:05", "2026-11-19 09:05", "2026-11-26 09:05"):
        other.run(at(day))
    assert other.drafts() == []


def test_employer_reply_withdraws_our_unedited_follow_up_but_keeps_an_edited_one(box):
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert box.kinds() == ["follow_up"]
    box.deliver(
        message(
            sender=RECRUITER,
            subject=f"Re: {SUBJECT}",
            date=at("2026-11-12 11:00"),
            in_reply_to=msgid(invite),
            body="Hi Thandi, we are still deciding and will be in touch.\n",
        )
    )
    box.run(at("2026-11-12 11:05"))
    assert box.drafts() == []  # ours, unedited, stale: removed


def test_user_who_already_wrote_gets_no_thank_you(box):
    invite = invitation()
    box.deliver(invite)
    box.send(
        message(
            sender=USER,
            to=PIETER,
            subject=f"Re: {SUBJECT}",
            date=at("2026-11-05 11:40"),
            in_reply_to=msgid(invite),
            body="Dear Pieter,\n\nThank you for the conversation today.\n\nThandi\n",
        )
    )
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []


def test_reschedule_moves_the_thank_you_and_cancellation_drops_it(box, tmp_path):
    invite = invitation()
    box.deliver(invite)
    box.run(at("2026-11-02 10:05"))
    moved = invitation(
        subject=f"Updated invitation: {SUBJECT}",
        start=at("2026-11-06 14:00"),
        end=at("2026-11-06 15:00"),
        sequence=1,
        sent=at("2026-11-03 09:00"),
    )
    box.deliver(moved)
    box.run(at("2026-11-03 09:05"))
    box.run(at("2026-11-05 12:05"))
    assert box.drafts() == []  # the old slot is gone
    box.run(at("2026-11-06 16:05"))
    assert box.kinds() == ["thank_you", "thank_you"]

    other = type(box)(tmp_path / "cancel")
    other.deliver(invitation())
    other.run(at("2026-11-02 10:05"))
    other.deliver(
        invitation(
            subject=f"Cancelled: {SUBJECT}",
            method="CANCEL",
            sequence=1,
            sent=at("2026-11-04 08:00"),
        )
    )
    for moment in ("2026-11-04 08:05", "2026-11-05 12:05", "2026-11-12 09:05"):
        other.run(at(moment))
    assert other.drafts() == []


def test_rejection_in_a_new_thread_joins_the_application_and_asks_for_feedback(box, capsys):
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.deliver(
        message(
            sender=RECRUITER,
            subject="Your application for Data Engineer",
            date=at("2026-11-09 14:00"),
            body="Dear Thandi,\n\nThank you for interviewing with us. Unfortunately "
            "we have decided not to move forward with your application for "
            "the Data Engineer role. We wish you every success.\n\n"
            "Lerato Mokoena\n",
        )
    )
    box.run(at("2026-11-09 14:05"))
    box.run(at("2026-11-10 09:05"))
    assert box.kinds() == ["feedback_request"]
    box.run(at("2026-11-12 09:05"))
    box.run(at("2026-11-19 09:05"))
    assert box.kinds() == ["feedback_request"]  # no follow-ups after a rejection
    capsys.readouterr()
    from mailwatch.cli import main

    main(
        [
            "status",
            "--json",
            "--config",
            str(box.config),
            "--now",
            at("2026-11-20 10:00").isoformat(),
        ]
    )
    import json

    status = json.loads(capsys.readouterr().out)
    assert len(status["applications"]) == 1
    assert status["applications"][0]["stage"] == "rejected"


def test_offer_stops_everything(box):
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.deliver(
        message(
            sender=RECRUITER,
            subject="Offer - Data Engineer",
            date=at("2026-11-09 14:00"),
            body="Dear Thandi,\n\nWe are delighted to offer you the position of "
            "Data Engineer at Greenleaf Analytics. Your offer letter is "
            "attached.\n\nLerato\n",
        )
    )
    for moment in ("2026-11-09 14:05", "2026-11-12 09:05", "2026-11-19 09:05"):
        box.run(at(moment))
    assert box.drafts() == []


def test_configured_holiday_pushes_the_follow_up_to_the_next_business_day(tmp_path):
    from .harness import Mailbox

    box = Mailbox(tmp_path, timing={"holidays": ["2026-11-12"]})
    box.deliver(invitation())
    box.run(at("2026-11-05 12:05"))
    box.send_drafts()
    box.run(at("2026-11-12 09:05"))
    assert box.drafts() == []
    box.run(at("2026-11-13 09:05"))
    assert box.kinds() == ["follow_up"]
