"""Calendar invitations: which events are the user's own job interview, the organizer's
role, address-only attendees, and the zone a mail states when its .ics is in UTC."""

from __future__ import annotations

import pytest
from mailfactory import USERS, mail, vevent

from mailwatch.extract import detect
from mailwatch.extract.calendar_facts import name_for_address, organizer_role
from mailwatch.extract.zones import resolve_label
from mailwatch.model import Kind

ORG = "CN=Nomvula Khumalo:mailto:nomvula.khumalo@marula-analytics.co.za"
SENDER = "Nomvula Khumalo <nomvula.khumalo@marula-analytics.co.za>"
ME = "CN=Thandi Nkosi:mailto:thandi@example.org"


def _invite(summary: str, body: str, *, description: str = "", **kw: object):
    ics_kw = {
        "summary": summary,
        "start": kw.pop("start", "20261119T100000"),
        "end": kw.pop("end", "20261119T110000"),
        "tzid": kw.pop("tzid", "Africa/Johannesburg"),
        "organizer": kw.pop("organizer", ORG),
        "attendees": kw.pop("attendees", (ME,)),
        "description": description or body,
        "extra_cal": kw.pop("extra_cal", ""),
    }
    return mail(
        body,
        subject=kw.pop("subject", summary),
        sender=kw.pop("sender", SENDER),
        ics=vevent(**ics_kw),
        **kw,
    )  # type: ignore[arg-type]


# --- is the event the user's own job interview? -------------------------------------


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Thandi / Nomvula – Analytics Lead",
            "Thursday 19 Nov 2026, 10:00 – 11:00\n\nHi Thandi, thank you for applying for the "
            "Analytics Lead role. This is a relaxed conversation with me about your background.",
        ),
        ("Entrevista com a equipe de dados", "Olá Thandi, até quinta!"),
        ("Vorstellungsgespräch – Datenanalyst (m/w/d)", "Hallo Thandi, bis Donnerstag."),
        ("Final round – Architecture deep dive", "See you on Thursday."),
        ("Loop: Senior Data Engineer", "Your schedule for Thursday is attached."),
        ("Entretien – Ingénieure données", "À jeudi !"),
    ],
)
def test_terse_or_foreign_titles_are_interviews(summary: str, body: str) -> None:
    d = detect(_invite(summary, body), user_addresses=USERS)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.hour == 10


@pytest.mark.parametrize(
    ("summary", "body", "kw"),
    [
        ("Brunch at the market", "Can't wait to hear how your interview with the bank went!", {}),
        (
            "Data team weekly sync",
            "Standing agenda: roadmap, on-call, and the interview schedule for the new hire.",
            {},
        ),
        (
            "Interview practice – behavioural questions",
            "I'll play the tough hiring manager, you answer.",
            {},
        ),
        (
            "Morning Show – interview with Thandi Nkosi",
            "Thanks for agreeing to come on the show; the presenter will call you.",
            {},
        ),
    ],
)
def test_social_routine_practice_and_media_events_are_not_interviews(
    summary: str, body: str, kw: dict[str, object]
) -> None:
    d = detect(_invite(summary, body, **kw), user_addresses=USERS)
    assert d.kind is Kind.OTHER
    assert d.interview is None


def test_recurring_event_is_not_an_interview() -> None:
    ics = vevent(
        summary="Interview panel prep",
        start="20261119T100000",
        end="20261119T103000",
        tzid="Africa/Johannesburg",
        organizer=ORG,
        attendees=(ME,),
        extra_cal="",
    )
    ics = ics.replace("SUMMARY:", "RRULE:FREQ=WEEKLY;BYDAY=TH\nSUMMARY:")
    d = detect(
        mail("Weekly prep for the interviews we run.", sender=SENDER, ics=ics), user_addresses=USERS
    )
    assert d.kind is Kind.OTHER


def test_colleague_at_the_users_own_employer_is_not_her_interview() -> None:
    work = frozenset({"thandi.nkosi@marula-analytics.co.za"})
    d = detect(
        _invite(
            "Interview: graduate candidate – Junior Analyst",
            "Hi Thandi, you're on the panel for this candidate on Thursday.",
            to="Thandi Nkosi <thandi.nkosi@marula-analytics.co.za>",
            attendees=("CN=Thandi Nkosi:mailto:thandi.nkosi@marula-analytics.co.za",),
        ),
        user_addresses=work,
    )
    assert d.kind is Kind.OTHER


# --- the zone the mail states when the .ics is in UTC --------------------------------


def test_utc_ics_takes_the_zone_the_body_states() -> None:
    d = detect(
        _invite(
            "Interview – Data Engineer",
            "I'd like to confirm your interview on Thursday 19 November, 11:00–12:00 SAST.",
            start="20261119T090000Z",
            end="20261119T100000Z",
            tzid=None,
        ),
        user_addresses=USERS,
    )
    assert d.interview is not None
    assert d.interview.timezone == "Africa/Johannesburg"
    assert d.interview.start.isoformat() == "2026-11-19T11:00:00+02:00"
    assert d.interview.end is not None and d.interview.end.isoformat().endswith("12:00:00+02:00")


def test_utc_ics_with_brasilia_time_in_portuguese() -> None:
    d = detect(
        _invite(
            "Entrevista técnica – Analista de Dados",
            "Sua entrevista será na quinta-feira, das 15h às 16h (horário de Brasília).",
            start="20261119T180000Z",
            end="20261119T190000Z",
            tzid=None,
        ),
        user_addresses=USERS,
    )
    assert d.interview is not None
    assert d.interview.timezone == "America/Sao_Paulo"
    assert d.interview.start.isoformat() == "2026-11-19T15:00:00-03:00"


def test_utc_ics_ignores_a_zone_next_to_another_time() -> None:
    d = detect(
        _invite(
            "Interview – Data Engineer",
            "Looking forward to it. Our office hours are 08:00 to 17:00 SAST.",
            start="20261119T090000Z",
            end="20261119T100000Z",
            tzid=None,
        ),
        user_addresses=USERS,
    )
    assert d.interview is not None and d.interview.timezone == "UTC"


WIN_VTZ = """BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE"""


def test_windows_zone_id_with_vtimezone_gets_its_iana_name() -> None:
    d = detect(
        _invite(
            "Interview – Data Engineer",
            "Confirming your interview.",
            tzid="AUS Eastern Standard Time",
            extra_cal=WIN_VTZ,
        ),
        user_addresses=USERS,
    )
    assert d.interview is not None
    assert d.interview.timezone == "Australia/Sydney"
    assert d.interview.start.utcoffset() is not None
    assert d.interview.start.utcoffset().total_seconds() == 11 * 3600  # November: AEDT


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("GMT Standard Time", "Europe/London"),
        ("India Standard Time", "Asia/Kolkata"),
        ("Singapore Standard Time", "Asia/Singapore"),
        ("E. South America Standard Time", "America/Sao_Paulo"),
    ],
)
def test_windows_zone_ids(label: str, name: str) -> None:
    assert resolve_label(label)[1] == name


# --- who the candidate will talk to --------------------------------------------------

INTERVIEWER = "CN=Kagiso Molefe:mailto:kagiso.molefe@marula-analytics.co.za"


def _names(body: str, attendees: tuple[str, ...] = (ME, INTERVIEWER)) -> set[str]:
    d = detect(
        _invite("Interview – Data Engineer", body, attendees=attendees), user_addresses=USERS
    )
    assert d.interview is not None
    return {p.name for p in d.interview.interviewers if p.name}


def test_organizer_who_joins_too_is_an_interviewer() -> None:
    body = "You'll meet Kagiso Molefe, our Data Lead. I'll join as well for the last ten minutes."
    assert _names(body) == {"Kagiso Molefe", "Nomvula Khumalo"}


def test_organizer_and_i_will_meet_you() -> None:
    assert _names("Kagiso and I will walk you through a design problem.") == {
        "Kagiso Molefe",
        "Nomvula Khumalo",
    }


def test_organizer_who_is_not_joining_is_left_out() -> None:
    body = (
        "Thanks for chatting with me on Monday. I've set up your interview with Kagiso "
        "Molefe; I won't be joining, but ask me anything beforehand."
    )
    assert _names(body) == {"Kagiso Molefe"}


def test_organizer_who_meets_you_at_reception_is_a_coordinator() -> None:
    assert organizer_role("I'll meet you at reception and take you up to the 4th floor.") is False
    assert organizer_role("Feel free to reply with questions.") is None
    assert organizer_role("It will just be the two of us.") is True


def test_address_only_attendee_takes_the_name_the_body_gives() -> None:
    addr = "kagiso.molefe@marula-analytics.co.za"
    att = (ME, f"CN={addr}:mailto:{addr}")
    assert _names("You'll be speaking with Kagiso Molefe (Data Lead).", att) == {"Kagiso Molefe"}
    assert name_for_address("k.molefe@firm.co.za", "Your panel: Kagiso Molefe and me.") == (
        "Kagiso Molefe"
    )
    assert name_for_address("kmolefe@firm.co.za", "Your panel: Kagiso Molefe.") == "Kagiso Molefe"
    assert name_for_address("recruiting@firm.co.za", "Your panel: Kagiso Molefe.") is None


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        ("Home loan consultation", "We'd like to discuss your application for a home loan."),
        ("Product demo", "A call to discuss the role of analytics in your business."),
        ("Data meetup: interviews with founders", "Your ticket is attached. Ticket type: free."),
        ("Interview: graduate candidate", "Thanks for helping out – you're on the panel."),
    ],
)
def test_look_alikes_with_job_words_are_not_interviews(summary: str, body: str) -> None:
    d = detect(_invite(summary, body), user_addresses=USERS)
    assert d.kind is Kind.OTHER


LABEL = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
LABEL_VTZ = f"""BEGIN:VTIMEZONE
TZID:{LABEL}
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE"""


def test_label_vtimezone_without_dst_rules_uses_the_zones_real_offset() -> None:
    d = detect(
        _invite(
            "Interview – Data Engineer",
            "Confirming your interview.",
            start="20260716T100000",
            end="20260716T110000",
            tzid=f'"{LABEL}"',
            extra_cal=LABEL_VTZ,
        ),
        user_addresses=USERS,
    )
    assert d.interview is not None
    assert d.interview.timezone == "Europe/Berlin"
    assert d.interview.start.isoformat() == "2026-07-16T10:00:00+02:00"
