"""Rules added after reading held-out batches 7NN and 8NN: each written so it would
hold for mail nobody wrote for the corpus (see tests/corpus/README.md)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from mailwatch.extract import detect
from mailwatch.extract.dates import find_dates
from mailwatch.extract.slots import slots_in
from mailwatch.message import parse_message
from mailwatch.model import Kind

SAST = ZoneInfo("Africa/Johannesburg")
SENT = datetime(2026, 11, 2, 9, 0, tzinfo=SAST)
USERS = frozenset({"thandi@example.org"})


def mail(body: str, subject: str = "Next steps", sender: str = "Pieter Botha "
         "<pieter@karoo-analytics.co.za>", html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "Thandi Nkosi <thandi@example.org>", subject
    msg["Date"] = "Mon, 02 Nov 2026 09:00:00 +0200"
    msg["Message-ID"] = "<round3@karoo-analytics.co.za>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def test_abbreviated_weekday_before_a_time() -> None:
    (slot,) = slots_in("See you Thu 3pm, I'll send a link", SENT, "DMY", SAST)
    assert slot.start.isoformat() == "2026-11-05T15:00:00+02:00"


def test_a_weekday_settles_a_yearless_numeric_date() -> None:
    (hit,) = find_dates("We booked Tuesday 10/11 for you.", SENT.date(), "MDY")
    assert hit.day.isoformat() == "2026-11-10"  # 11 October would be a Sunday


def test_year_first_and_cjk_dates() -> None:
    assert [h.day.isoformat() for h in find_dates("Date: 2026/11/25 (Wed)", SENT.date())] == [
        "2026-11-25"]
    assert [h.day.isoformat() for h in find_dates("日時：2026年11月25日（水）", SENT.date())] == [
        "2026-11-25"]


def test_at_15h_is_a_time() -> None:
    (slot,) = slots_in("We booked it for Tuesday 10/11 at 15h.", SENT, "DMY", SAST)
    assert slot.start.hour == 15


def test_arrival_time_gives_way_to_the_start() -> None:
    (slot,) = slots_in("When: Wednesday 4 November, please arrive for 10:45 for an 11:00 "
                       "start", SENT, "DMY", SAST)
    assert (slot.start.hour, slot.start.minute) == (11, 0)


def test_html_wins_over_a_stub_plain_part() -> None:
    msg = parse_message(mail("This message needs an HTML-capable client to view it.",
                             html="<p>Your interview for the Analyst role is on Thursday 5 "
                                  "November at 10:00.</p>"))
    assert "Thursday 5" in msg.text


def test_short_lines_are_units_so_a_slot_line_is_found() -> None:
    body = ("Hi Thandi,\n\nGreat news - my client would love to meet you for the Analyst "
            "role.\n\nDetails:\n\nWednesday 4 November, 11am\nTheir office near the station\n"
            "It's an hour with Sipho Dlamini (Head of Data)\n\nGood luck!\nGemma\n")
    d = detect(parse_message(mail(body, subject="Interview confirmed")), user_addresses=USERS)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.hour == 11


def test_a_request_that_never_says_interview() -> None:
    body = ("Hi Thandi,\n\nI've been going through the applications for the Product Designer "
            "role and yours stood out. What does your week look like? I'd love to grab half an "
            "hour with you on a video call.\n\nTom\n")
    d = detect(parse_message(mail(body, subject="your portfolio")), user_addresses=USERS)
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_a_recruiter_question_is_not_an_ats_acknowledgement() -> None:
    body = ("Hi Thandi,\n\nThanks for applying for the Analyst position! Could you do a quick "
            "call early next week? It would be about 20 minutes with me.\n\nNadia\n")
    d = detect(parse_message(mail(body)), user_addresses=USERS)
    assert not d.auto_reply
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_a_strong_non_job_word_yields_to_strong_support() -> None:
    body = ("Hi Thandi,\n\nYour clinic booking app case study is why I'm writing: I'd like to "
            "meet you about the Product Designer role. Are you free on Thursday 5 November at "
            "10:00 for a call with you and our CTO?\n\nTom\n")
    d = detect(parse_message(mail(body)), user_addresses=USERS)
    assert d.kind is not Kind.OTHER


def test_a_dentist_reminder_stays_other() -> None:
    body = ("Dear patient,\n\nThis is a reminder of your dental check-up on Thursday 5 "
            "November at 10:00 at our clinic.\n")
    d = detect(parse_message(mail(body, subject="Appointment reminder")), user_addresses=USERS)
    assert d.kind is Kind.OTHER
