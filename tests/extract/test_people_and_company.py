"""Interviewers named in prose get their address from Cc/To; company names from signatures."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from mailwatch.extract import detect
from mailwatch.message import parse_message


def _mail(body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Sipho Dlamini <sipho@marula.example>"
    msg["To"] = "Thandi Nkosi <thandi@example.org>"
    msg["Cc"] = "Ayesha Patel <ayesha@marula.example>"
    msg["Subject"] = "Interview invitation - BI Analyst"
    msg["Message-ID"] = "<inv-1@marula.example>"
    sast = ZoneInfo("Africa/Johannesburg")
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=sast))
    msg.set_content(body)
    return msg


def test_with_name_and_myself_names_both_and_takes_the_cc_address():
    msg = parse_message(_mail(
        "Hi Thandi,\n\nCould you join us on Thursday 12 November at 10:00 SAST with Ayesha "
        "Patel and myself? We will meet at our office.\n\nKind regards,\nSipho Dlamini\n"
    ).as_bytes())
    d = detect(msg, user_addresses=frozenset({"thandi@example.org"}))
    assert d.kind == "interview_invitation"
    people = {p.name: p.email for p in d.interview.interviewers}
    assert people == {"Ayesha Patel": "ayesha@marula.example",
                      "Sipho Dlamini": "sipho@marula.example"}


def test_a_bare_with_elsewhere_names_nobody():
    msg = parse_message(_mail(
        "Hi Thandi,\n\nYour interview is on Thursday 12 November at 10:00 SAST. I spoke "
        "with Ayesha about the role yesterday.\n\nSipho Dlamini\n").as_bytes())
    d = detect(msg, user_addresses=frozenset({"thandi@example.org"}))
    assert [p.name for p in d.interview.interviewers] == []


def test_company_expanded_from_the_signature_stops_before_a_legal_suffix():
    from mailwatch.extract.company import expand

    assert expand("Vaart", "Ruben de Vries\nRecruiter, Vaart Mobility B.V.") == "Vaart Mobility"
    assert expand("Ashgrove", "Ashgrove Insurance\nCape Town") == "Ashgrove Insurance"
