"""Table-driven tests for `mailwatch.extract.detect` on invented, realistic mails."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pytest
from mailfactory import USERS, mail, vevent

from mailwatch.extract import detect, is_auto_reply
from mailwatch.model import Kind

GOOGLE_DESC = """Technical interview for the Data Engineer role.
Join with Google Meet: https://meet.google.com/abc-defg-hij
Join by phone: +27 10 555 0199 PIN: 482 117#"""


@dataclass
class Case:
    id: str
    message: Any
    kind: Kind
    start: str | None = None
    end: str | None = None
    timezone: str | None = "unset"
    names: set[str] | None = None
    company: str | None = None
    position: str | None = None
    deadline: date | None = None
    url_part: str | None = None
    auto: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def build_cases() -> list[Case]:
    cases: list[Case] = []
    add = cases.append

    google_ics = vevent(
        summary="Technical interview: Thandi Nkosi – Data Engineer (Umoya Fintech)",
        start="20261112T140000",
        end="20261112T150000",
        tzid="Africa/Johannesburg",
        description=GOOGLE_DESC,
        attendees=(
            "CN=Thandi Nkosi;ROLE=REQ-PARTICIPANT:mailto:thandi@example.org",
            "CN=Jan de Vries:mailto:jan.devries@umoya.co.za",
            "CUTYPE=ROOM;CN=Boardroom 3 (Cape Town):mailto:boardroom3@umoya.co.za",
            "CN=Umoya Recruiting:mailto:recruiting@umoya.co.za",
        ),
    )
    add(
        Case(
            "google-calendar-inline-and-attachment",
            mail(
                "You have been invited to the following event.\n\nTechnical interview\n"
                "Thursday 12 Nov 2026 14:00 – 15:00 (SAST)\n"
                "Joining: meet.google.com/abc-defg-hij\n",
                subject="Invitation: Technical interview: Thandi Nkosi – Data Engineer "
                "(Umoya Fintech)"
                " @ Thu 12 Nov 2026 14:00 - 15:00 (SAST) (thandi@example.org)",
                sender="Lerato Mokoena <lerato@umoya.co.za>",
                ics=google_ics,
                ics_attachment=True,
                html="<p>You have been invited to the following event.</p>"
                "<p>Technical interview</p>",
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-12T14:00:00+02:00",
            "2026-11-12T15:00:00+02:00",
            "Africa/Johannesburg",
            {"Jan de Vries"},  # the organizer only booked the slot
            url_part="meet.google.com",
            extra={
                "uid": "evt-1@umoya.co.za",
                "emails": {"jan.devries@umoya.co.za"},
            },
        )
    )

    outlook_ics = vevent(
        summary="Interview – Backend Engineer",
        start="20261116T100000",
        end="20261116T110000",
        tzid="W. Europe Standard Time",
        organizer='CN="Müller, Anke":mailto:anke.mueller@kestrel-robotik.de',
        attendees=(
            'CN="Nkosi, Thandi":mailto:thandi@example.org',
            "CN=Priya Shah:mailto:priya.shah@kestrel-robotik.de",
        ),
        description="Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/"
        "19%3ameeting_XYZ%40thread.v2/0",
        uid="040000008200E00074C5B7101A82E008",
    )
    add(
        Case(
            "outlook-windows-zone",
            mail(
                "Hallo Thandi,\n\nplease find the invitation for your interview for the Backend "
                "Engineer position at Kestrel Robotik GmbH attached.\n\nViele Grüße\nAnke Müller",
                subject="Interview – Backend Engineer",
                sender="Anke Müller <anke.mueller@kestrel-robotik.de>",
                ics=outlook_ics,
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-16T10:00:00+01:00",
            "2026-11-16T11:00:00+01:00",
            "Europe/Berlin",
            {"Priya Shah"},  # Anke sends the invitation; she does not interview
            company="Kestrel Robotik GmbH",
            position="Backend Engineer",
            url_part="teams.microsoft.com",
        )
    )

    label_ics = vevent(
        summary="Phone screen - Northwind Traders",
        start="20261110T130000",
        end="20261110T133000",
        tzid='"(UTC-05:00) Eastern Time (US & Canada)"',
        organizer="CN=Megan Ortiz:mailto:megan.ortiz@northwindtraders.com",
        uid="nw-screen-77",
    )
    add(
        Case(
            "outlook-display-label-no-vtimezone",
            mail(
                "Hi Thandi, here is the invite for our phone screen.",
                subject="Phone screen - Northwind Traders",
                sender="Megan Ortiz <megan.ortiz@northwindtraders.com>",
                ics=label_ics,
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-10T13:00:00-05:00",
            "2026-11-10T13:30:00-05:00",
            "America/New_York",
            {"Megan Ortiz"},
            company="Northwind Traders",
        )
    )

    cancel_ics = vevent(
        summary="Interview with Jan de Vries",
        start="20261112T140000",
        end="20261112T150000",
        tzid="Africa/Johannesburg",
        method="CANCEL",
        sequence=2,
        status="CANCELLED",
    )
    add(
        Case(
            "ics-cancel",
            mail(
                "This event has been cancelled.",
                subject="Canceled event: Interview with Jan de Vries",
                ics=cancel_ics,
                ics_method="CANCEL",
            ),
            Kind.CANCELLATION,
            "2026-11-12T14:00:00+02:00",
        )
    )

    moved_ics = vevent(
        summary="Interview with Jan de Vries",
        start="20261113T100000",
        end="20261113T110000",
        tzid="Africa/Johannesburg",
        sequence=1,
    )
    add(
        Case(
            "ics-sequence-1-reschedule",
            mail(
                "This event has been updated.",
                subject="Updated invitation: Interview with Jan de Vries",
                ics=moved_ics,
            ),
            Kind.RESCHEDULE,
            "2026-11-13T10:00:00+02:00",
            extra={"sequence": 1},
        )
    )

    webinar_ics = vevent(
        summary="Webinar: Ace your next job interview",
        start="20261118T170000Z",
        end="20261118T180000Z",
        organizer="CN=CareerBoost:mailto:events@careerboost.example",
        uid="web-1",
    )
    add(
        Case(
            "webinar-ics-is-other",
            mail(
                "Join our free webinar on interview preparation. Add it to your calendar!",
                subject="You're registered: Ace your next job interview",
                sender="CareerBoost <events@careerboost.example>",
                ics=webinar_ics,
                ics_method="PUBLISH",
            ),
            Kind.OTHER,
        )
    )

    dentist_ics = vevent(
        summary="Dental check-up with Dr Pillay",
        start="20261111T083000",
        end="20261111T090000",
        tzid="Africa/Johannesburg",
        organizer="CN=Smile Dental:mailto:bookings@smiledental.co.za",
        uid="dent-9",
    )
    add(
        Case(
            "dentist-ics-is-other",
            mail(
                "Dear Thandi, this confirms your appointment on Wednesday 11 November at 08:30.",
                subject="Appointment confirmation",
                sender="Smile Dental <bookings@smiledental.co.za>",
                ics=dentist_ics,
            ),
            Kind.OTHER,
        )
    )

    add(
        Case(
            "plain-text-day-first-sast",
            mail(
                "Hi Thandi,\n\nThank you for applying for the Data Engineer role at "
                "Umoya Fintech.\n"
                "We would like to invite you to a video interview on 12/11/2026 at 14:00 SAST.\n"
                "You will be speaking with Jan de Vries (Head of Data) and myself.\n\n"
                "If you need to reschedule or cancel, please let us know.\n\n"
                "Kind regards,\nLerato Mokoena\nTalent Partner | Umoya Fintech\n+27 21 555 0143\n",
                subject="Interview invitation – Data Engineer",
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-12T14:00:00+02:00",
            None,
            "Africa/Johannesburg",
            {"Lerato Mokoena", "Jan de Vries"},
            company="Umoya Fintech",
            position="Data Engineer",
        )
    )

    add(
        Case(
            "us-month-first-et-range",
            mail(
                "Hi Thandi,\n\nGreat news! Your interview with our hiring team is confirmed for "
                "11/12/2026, 11:00 AM - 12:00 PM ET. You will meet Megan Ortiz and Daniel Kim.\n\n"
                "Best,\nChris Walker\nRecruiting Coordinator, Northwind Traders",
                sender="Chris Walker <chris.walker@northwindtraders.com>",
                date="Thu, 05 Nov 2026 08:00:00 -0500",
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-12T11:00:00-05:00",
            "2026-11-12T12:00:00-05:00",
            "America/New_York",
            {"Megan Ortiz", "Daniel Kim"},
            company="Northwind Traders",
        )
    )

    add(
        Case(
            "tomorrow-at-9am",
            mail(
                "Hi Thandi,\n\nJust confirming our phone screen tomorrow at 9am. I'll call you on "
                "the number in your CV.\n\nBest,\nSipho Dlamini",
                sender="Sipho Dlamini <sipho@karoo-labs.co.za>",
                subject="Phone screen",
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-06T09:00:00+02:00",
            None,
            None,
            company="Karoo Labs",
        )
    )

    add(
        Case(
            "request-availability",
            mail(
                "Hi Thandi,\n\nThanks for your application for the Product Analyst position. We'd "
                "like to set up a 30-minute video call with our hiring manager. Could you send me "
                "your availability for next week?\n\nThanks,\nAisha Patel",
                sender="Aisha Patel <aisha.patel@brightlane.in>",
                subject="Next steps",
            ),
            Kind.INTERVIEW_REQUEST,
            position="Product Analyst",
        )
    )

    add(
        Case(
            "calendly-link",
            mail(
                "Hi Thandi,\n\nWe'd love to chat about the Frontend Developer role. Please pick a "
                "time for a first call here: https://calendly.com/oakridge-talent/30min\n\nCheers,\n"
                "Ben Carter",
                sender="Ben Carter <ben@oakridge.io>",
                subject="Quick chat?",
            ),
            Kind.INTERVIEW_REQUEST,
        )
    )

    add(
        Case(
            "rejection",
            mail(
                "Dear Thandi,\n\nThank you for taking the time to interview with us for the Data "
                "Engineer role. Unfortunately, we have decided not to move forward with your "
                "application, as we have chosen other candidates whose experience more closely "
                "matches our needs.\n\nWe wish you all the best.\nUmoya Fintech Talent Team",
                subject="Your application at Umoya Fintech",
            ),
            Kind.REJECTION,
        )
    )

    add(
        Case(
            "offer",
            mail(
                "Dear Thandi,\n\nWe are delighted to offer you the position of Data Engineer at "
                "Umoya Fintech. Your offer letter is attached; please let us know by Friday 13 "
                "November whether you accept.\n\nWarm regards,\nLerato Mokoena",
                subject="Offer – Data Engineer",
            ),
            Kind.OFFER,
            position="Data Engineer",
        )
    )

    add(
        Case(
            "status-update-end-of-next-week",
            mail(
                "Hi Thandi,\n\nThank you again for meeting the team on Monday. We are still "
                "interviewing other candidates for the role and you will hear from us by the "
                "end of "
                "next week.\n\nBest regards,\nLerato",
                subject="Re: Data Engineer",
            ),
            Kind.STATUS_UPDATE,
            deadline=date(2026, 11, 13),
        )
    )

    add(
        Case(
            "out-of-office",
            mail(
                "I am out of the office until 16 November with limited access to email. For urgent "
                "matters please contact recruiting@umoya.co.za.",
                subject="Automatic reply: Interview availability",
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            ),
            Kind.OTHER,
            auto=True,
        )
    )

    add(
        Case(
            "ats-acknowledgement",
            mail(
                "Hi Thandi,\n\nThank you for applying to Kestrel Robotik! We have received your "
                "application for the Backend Engineer position. If your profile matches, we will "
                "contact you to schedule an interview.\n\nThe Kestrel Robotik Recruiting Team",
                sender="Kestrel Robotik <no-reply@personio.de>",
                subject="Thank you for your application",
            ),
            Kind.OTHER,
            auto=True,
        )
    )

    add(
        Case(
            "newsletter-interview-tips",
            mail(
                "This week: 7 tips for your next video interview. Book a mock interview on "
                "Tuesday 10 November at 18:00 with our coaches!\n\nUnsubscribe here.",
                subject="Career Digest: ace the interview",
                sender="Career Digest <news@careerdigest.example>",
                headers={"List-Unsubscribe": "<mailto:u@cd.example>", "Precedence": "bulk"},
            ),
            Kind.OTHER,
        )
    )

    add(
        Case(
            "reply-quoting-old-invitation",
            mail(
                "Hi Thandi,\n\nThanks for confirming, noted on our side.\n\nLerato\n\n"
                "On Tue, 3 Nov 2026 at 10:12, Lerato Mokoena <lerato@umoya.co.za> wrote:\n"
                "> We would like to invite you to a video interview on Thursday 12 November 2026\n"
                "> at 14:00 SAST with Jan de Vries.\n",
                subject="Re: Interview invitation",
            ),
            Kind.OTHER,
        )
    )

    add(
        Case(
            "phone-number-and-requisition-id",
            mail(
                "Hi Thandi, regarding requisition REQ-2026-1112 (job id 12.11.2026-7): please call "
                "me about the interview on +27 82 555 0143 or 011 555 1234 ext 12.",
                subject="Requisition REQ-2026-1112",
            ),
            Kind.OTHER,
            extra={"no_interview": True},
        )
    )

    add(
        Case(
            "may-i-ask",
            mail(
                "Hi Thandi, May I ask whether you would still be interested in an interview for "
                "the Data Engineer role? May 2 candidates join the call?",
                subject="Quick question",
            ),
            Kind.OTHER,
            extra={"no_interview": True},
        )
    )

    add(
        Case(
            "text-reschedule",
            mail(
                "Hi Thandi,\n\nUnfortunately we need to move your interview from Thursday 12 "
                "November at 14:00 to Friday 13 November at 10:00 SAST. "
                "Apologies for the change.\n\n"
                "Lerato",
                subject="Interview time change",
            ),
            Kind.RESCHEDULE,
            "2026-11-13T10:00:00+02:00",
            timezone="Africa/Johannesburg",
        )
    )

    add(
        Case(
            "text-cancellation",
            mail(
                "Hi Thandi,\n\nI'm sorry, but we need to cancel your interview on Thursday as the "
                "role has been put on hold.\n\nLerato",
                subject="Interview",
            ),
            Kind.CANCELLATION,
        )
    )

    add(
        Case(
            "one-way-video-interview",
            mail(
                "Hi Thandi,\n\nAs a next step for the Graduate Analyst role, please complete a "
                "one-way video interview by Monday 16 November at 17:00.\n\nThanks, Hiring Team",
                sender="Brightlane Hiring <jobs@brightlane.in>",
            ),
            Kind.INTERVIEW_REQUEST,
        )
    )

    add(
        Case(
            "podcast-interview-is-other",
            mail(
                "Hi Thandi, we'd love to interview you for our podcast episode on women in data. "
                "Would Thursday 12 November at 10:00 work?",
                subject="Podcast interview request",
                sender="Ravi Menon <ravi@datatalks.example>",
            ),
            Kind.OTHER,
        )
    )

    add(
        Case(
            "offers-two-slots",
            mail(
                "Hi Thandi,\n\nWe'd like to invite you to a technical interview. Would either of "
                "these times work for you?\n- Tuesday 10 November, 10:00–11:00 CET\n"
                "- Wednesday 11 November, 15:00–16:00 CET\n\nBeste Grüße\nAnke Müller",
                sender="Anke Müller <anke.mueller@kestrel-robotik.de>",
            ),
            Kind.INTERVIEW_REQUEST,
        )
    )

    floating = vevent(
        summary="Interview with Priya Shah",
        start="20261117T113000",
        end="20261117T123000",
        extra_cal="X-WR-TIMEZONE:Asia/Kolkata",
        organizer="CN=Priya Shah:mailto:priya@brightlane.in",
        uid="fl-1",
    )
    add(
        Case(
            "ics-floating-x-wr-timezone",
            mail(
                "Invitation attached.",
                subject="Interview",
                sender="Priya Shah <priya@brightlane.in>",
                ics=floating,
            ),
            Kind.INTERVIEW_INVITATION,
            "2026-11-17T11:30:00+05:30",
            timezone="Asia/Kolkata",
        )
    )

    floating2 = vevent(
        summary="Onsite interview",
        start="20261117T093000",
        uid="fl-2",
        location="Umoya Fintech, 12 Loop Street, Cape Town",
    )
    add(
        Case(
            "ics-floating-uses-date-offset",
            mail("See you on site.", subject="Onsite", ics=floating2),
            Kind.INTERVIEW_INVITATION,
            "2026-11-17T09:30:00+02:00",
            timezone=None,
            extra={"location": "Umoya Fintech, 12 Loop Street, Cape Town"},
        )
    )
    return cases


CASES = build_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_detect(case: Case) -> None:
    d = detect(case.message, user_addresses=USERS)
    assert d.kind == case.kind, d.reasons
    assert 0.0 <= d.confidence <= 1.0
    assert d.auto_reply == case.auto
    assert not any(r.startswith("extraction error") for r in d.reasons)
    if case.kind in (Kind.INTERVIEW_INVITATION,):
        assert d.interview is not None
    if case.extra.get("no_interview") or case.kind in (Kind.OTHER, Kind.INTERVIEW_REQUEST):
        assert d.interview is None
    if case.start is not None:
        assert d.interview is not None, d.reasons
        assert d.interview.start == datetime.fromisoformat(case.start)
        assert d.interview.start.isoformat() == case.start
    if case.end is not None:
        assert d.interview is not None and d.interview.end is not None
        assert d.interview.end.isoformat() == case.end
    if case.timezone != "unset" and case.start is not None:
        assert d.interview is not None and d.interview.timezone == case.timezone
    if case.names is not None:
        assert d.interview is not None
        assert {p.name for p in d.interview.interviewers} == case.names
    if case.company is not None:
        assert d.company == case.company
    if case.position is not None:
        assert d.position == case.position
    if case.deadline is not None:
        assert d.decision_deadline == case.deadline
    if case.url_part is not None:
        assert d.interview is not None and case.url_part in (d.interview.meeting_url or "")
    if "uid" in case.extra:
        assert d.interview is not None and d.interview.uid == case.extra["uid"]
    if "sequence" in case.extra:
        assert d.interview is not None and d.interview.sequence == case.extra["sequence"]
    if "emails" in case.extra:
        assert d.interview is not None
        assert {p.email for p in d.interview.interviewers} == case.extra["emails"]
    if "location" in case.extra:
        assert d.interview is not None and d.interview.location == case.extra["location"]
    assert is_auto_reply(case.message) == case.auto
    assert d.to_json()["kind"] == case.kind.value


ODD = [
    mail("", subject=""),
    mail("Interview on 31/02/2026 at 25:99 XYZ.", subject="Interview"),
    mail("x", ics="BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\nEND:VEVENT\nEND:VCALENDAR\n"),
    mail("Interview tomorrow at 9am with Jan de Vries.", date="not a date"),
    mail("Interview " * 5000 + " on 12 Nov at 10:00", subject="Interview " * 50),
]


@pytest.mark.parametrize("message", ODD, ids=[f"odd-{i}" for i in range(len(ODD))])
def test_odd_input_never_raises(message: Any) -> None:
    d = detect(message, user_addresses=USERS)
    assert isinstance(d.kind, Kind)
    assert not any(r.startswith("extraction error") for r in d.reasons), d.reasons


def test_internal_error_becomes_other(monkeypatch: pytest.MonkeyPatch) -> None:
    import mailwatch.extract.pipeline as pipeline

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(pipeline, "run", boom)
    d = detect(mail("Interview on 12 Nov at 10:00"), user_addresses=USERS)
    assert d.kind is Kind.OTHER
    assert d.reasons and d.reasons[0].startswith("extraction error: RuntimeError")


def test_date_order_override() -> None:
    # 2027: both readings lie after the mail's Date, so only the order decides.
    msg = mail(
        "Your interview is confirmed for 04/12/2027 at 10:00 SAST.",
        sender="Lerato Mokoena <lerato@umoya.com>",
    )
    assert detect(msg, user_addresses=USERS).interview.start.month == 4  # .com -> MDY
    d = detect(msg, user_addresses=USERS, date_order="DMY")
    assert d.interview is not None and (d.interview.start.month, d.interview.start.day) == (12, 4)


# --- regression tests from the review -------------------------------------------------

ROUND_2 = "Thanks for your time on Thursday!"


@pytest.mark.parametrize(
    "body",
    [
        # Review #9: moving a candidate forward is progress, not a moved interview.
        "Great news: we'd like to move you forward to the final round. Your final interview "
        "is confirmed for Thursday 12 November at 14:00.",
        "We would like to move forward with your application. Your second interview is "
        "confirmed for Thursday 12 November at 14:00 SAST.",
        "We are moving forward with your application and have booked your final interview "
        "for Thursday 12 November at 14:00.",
        "You have been moved forward to the final round! Your interview is confirmed for "
        "Thursday 12 November at 14:00.",
    ],
)
def test_moving_the_candidate_forward_is_an_invitation_not_a_reschedule(body: str) -> None:
    d = detect(
        mail(
            f"Hi Thandi,\n\n{ROUND_2} {body}\n\nLerato\n",
            subject="Re: Interview: Data Engineer at Umoya Fintech",
        ),
        user_addresses=USERS,
    )
    assert d.kind is Kind.INTERVIEW_INVITATION, d.reasons
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-12T14:00:00+02:00"


@pytest.mark.parametrize(
    "body",
    [
        "We need to move your interview to Friday 13 November at 10:00.",
        "Your interview has been moved forward to Tuesday 10 November at 09:00.",
        "We'd like to move the interview forward to Tuesday 10 November at 09:00.",
    ],
)
def test_moving_the_interview_is_still_a_reschedule(body: str) -> None:
    d = detect(mail(f"Hi Thandi,\n\n{body}\n\nLerato\n"), user_addresses=USERS)
    assert d.kind is Kind.RESCHEDULE, d.reasons


def test_the_interviews_own_date_is_not_a_decision_deadline() -> None:
    """Review: "the next step is a technical interview, booked for Thursday 12 November"."""
    d = detect(
        mail(
            "Hi Thandi,\n\nThanks for your time on Thursday! The next step is a technical "
            "interview, which I have booked for Thursday 12 November at 14:00 with Sipho "
            "Dlamini.\n\nLerato\n",
            subject="Re: Interview: Data Engineer at Umoya Fintech",
            date="Mon, 09 Nov 2026 09:00:00 +0200",
        ),
        user_addresses=USERS,
    )
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.decision_deadline is None, d.reasons


@pytest.mark.parametrize(
    ("sender", "body", "start"),
    [
        # Review #13: a .co.za sender (day-first) writing a US-style date.
        (
            "Lerato Mokoena <lerato@greenleaf.co.za>",
            "Your interview is confirmed for 11/05/2026 at 2pm EST.",
            "2026-11-05T14:00:00-05:00",
        ),
        (
            "Lerato Mokoena <lerato@greenleaf.co.za>",
            "Your interview is confirmed for 11/05/2026 at 14:00 SAST.",
            "2026-11-05T14:00:00+02:00",
        ),
        # A .com sender (month-first) reads the same date the same way.
        (
            "Jane Roe <jane@acme.com>",
            "Your interview is confirmed for 11/05/2026 at 2pm EST.",
            "2026-11-05T14:00:00-05:00",
        ),
    ],
)
def test_ambiguous_slash_date_is_not_read_as_a_past_date(
    sender: str, body: str, start: str
) -> None:
    msg = mail(
        f"Hi Thandi,\n\n{body}\n\nBest,\nRecruiting\n",
        sender=sender,
        subject="Interview confirmation",
        date="Wed, 28 Oct 2026 10:00:00 -0400",
    )
    d = detect(msg, user_addresses=USERS)
    assert d.kind is Kind.INTERVIEW_INVITATION, d.reasons
    assert d.interview is not None and d.interview.start.isoformat() == start
