"""Short employer replies inside an interview thread."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from mailwatch.extract import detect
from mailwatch.message import parse_message


def test_reply_naming_a_decision_date_is_a_status_update_without_job_words():
    msg = EmailMessage()
    msg["From"] = "Sipho Dlamini <sipho@marula.example>"
    msg["To"] = "Thandi Nkosi <thandi@example.org>"
    msg["Subject"] = "Re: Interview invitation - Business Intelligence Analyst"
    msg["Message-ID"] = "<reply-1@marula.example>"
    msg["In-Reply-To"] = "<inv-1@marula.example>"
    msg["Date"] = format_datetime(datetime(2026, 11, 16, 9, 41,
                                           tzinfo=ZoneInfo("Africa/Johannesburg")))
    msg.set_content("Hi Thandi,\n\nThank you for your kind note, and for your time on "
                    "Thursday. We are finishing the last interviews this week and will make "
                    "our decision by Friday 20 November.\n\nBest regards,\nSipho\n")
    d = detect(parse_message(msg.as_bytes()), user_addresses=frozenset({"thandi@example.org"}))
    assert d.kind == "status_update"
    assert d.decision_deadline == date(2026, 11, 20)
