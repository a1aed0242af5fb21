"""The mailbox story `mailwatch demo` replays: a few weeks of an invented job search.

Data only, no I/O: the demo runner delivers each step's mail into a Maildir and runs one
cycle at the step's time. The story is built to exercise the rules in PRODUCT.md end to
end, with mail shaped like what real clients send (Google Calendar, Outlook, a recruiter
typing plain text, a newsletter, an out-of-office), so a viewer sees the product decide:

(a) Kestrel Analytics, Berlin: Google Calendar invitation, two interviewers -> one
    thank-you each, then follow-ups 7 days apart, then an offer that stops everything.
(b) Marula Health, Cape Town: plain-text invitation "... at 10:00 SAST with Ayesha and
    myself" (no end time) -> thank-yous; the employer then promises a decision by
    Friday 20 November -> the follow-up waits for the next business day.
(c) Vaart Mobility, Amsterdam: Outlook invitation in "W. Europe Standard Time", moved
    (same UID, SEQUENCE 1) -> thank-you after the new slot only; a rejection -> a
    feedback request. Its out-of-office auto-reply must not count as an answer.
(d) Noise that must produce nothing: a newsletter full of interview tips and an
    automatic "application received" mail.

All people, companies, domains and links are invented (`.example` domains).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

from .demo_ics import google_accept, google_invite, outlook_invite

SAST = ZoneInfo("Africa/Johannesburg")


@dataclass(frozen=True)
class DemoStep:
    at: datetime  # aware; the demo runs `mailwatch run --once --now <at>` after this step
    note: str  # one line shown to the viewer: what happens in the story at this moment
    inbox: tuple[bytes, ...] = ()  # raw RFC 822 messages delivered to INBOX at this step
    sent: tuple[bytes, ...] = ()  # messages the user sends by hand at this step (go to Sent)
    send_drafts: bool = False  # the user sends every mailwatch draft currently waiting


def _sast(day: int, hour: int, minute: int) -> datetime:
    """A moment in November 2026, Johannesburg time (the user's zone)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SAST)


def _mail(*, sender: tuple[str, str], to: list[tuple[str, str]], subject: str,
          date: datetime, msgid: str, body: str, cc: list[tuple[str, str]] | None = None,
          reply_to: str | None = None, references: list[str] | None = None,
          headers: dict[str, str] | None = None, html: str | None = None,
          calendar: tuple[str, str] | None = None, attach_ics: bool = False) -> bytes:
    """One RFC 822 message. `references` lists the thread's ids, the last one answered.

    `calendar` is (METHOD, ics text); it becomes a text/calendar alternative, as Google
    and Outlook send it, and with `attach_ics` also an invite.ics attachment (Google).
    """
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(sender)
    msg["To"] = ", ".join(formataddr(p) for p in to)
    if cc:
        msg["Cc"] = ", ".join(formataddr(p) for p in cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{msgid}>"
    if references:
        msg["In-Reply-To"] = f"<{references[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg["MIME-Version"] = "1.0"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if calendar:
        method, ics = calendar
        msg.add_alternative(ics, subtype="calendar", params={"method": method})
        if attach_ics:
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                               filename="invite.ics")
    return msg.as_bytes()


def build_scenario(user_name: str = "Thandi Nkosi",
                   user_email: str = "thandi@example.org") -> list[DemoStep]:
    """The whole story, in time order; every message addressed to or from the user."""
    me = (user_name, user_email)
    first = user_name.split()[0] if user_name.split() else user_name
    own = user_email.rpartition("@")[2] or "example.org"

    # People. Everyone but the user is invented.
    lena = ("Lena Vogt", "lena.vogt@kestrel-analytics.example")
    jonas = ("Jonas Krüger", "jonas.krueger@kestrel-analytics.example")
    priya = ("Priya Raman", "priya.raman@kestrel-analytics.example")
    sipho = ("Sipho Dlamini", "sipho.dlamini@marulahealth.example")
    ayesha = ("Ayesha Patel", "ayesha.patel@marulahealth.example")
    ruben = ("Ruben de Vries", "ruben.devries@vaart-mobility.example")
    eva = ("Eva Jansen", "eva.jansen@vaart-mobility.example")

    # Message ids, named once so replies can point at them.
    ids = {
        "news": "20261102050012.7f3a9c1e@mailer.careersprout.example",
        "b_invite": "CAJm4Rz7aT1qWnB0x5Lk2@mail.marulahealth.example",
        "b_confirm": f"20261102093105.41d8@{own}",
        "a_invite": "0000000000003e8f2a1b9c05d4e7@google.com",
        "a_accept": f"20261103102011.58c2@{own}",
        "c_invite": "AM8PR03MB6120A1F4C2E3D5B7@AM8PR03MB6120.eurprd03.prod.outlook.example",
        "c_update": "AM8PR03MB6120B7E91D0C44F2@AM8PR03MB6120.eurprd03.prod.outlook.example",
        "c_confirm": f"20261109110502.73a1@{own}",
        "c_ooo": "AM8PR03MB6120C0FF1CE2A9D3@AM8PR03MB6120.eurprd03.prod.outlook.example",
        "ack": "01000193a2b4c6d8-hireloop-5e1f@notify.hireloop.example",
        "b_reply": "CAJm4Rz9pQ8vHn3Ys6Tk7@mail.marulahealth.example",
        "c_reject": "AM8PR03MB6120D4E5F6A7B8C9@AM8PR03MB6120.eurprd03.prod.outlook.example",
        "a_offer": "CAK2vL0f8Jd3Rt5Wq9Ny1@mail.kestrel-analytics.example",
    }

    # ------------------------------------------------------------------ (d) newsletter
    newsletter = _mail(
        sender=("CareerSprout Weekly", "hello@news.careersprout.example"), to=[me],
        subject="10 interview tips that actually get you hired",
        date=_sast(2, 7, 0), msgid=ids["news"],
        headers={
            "List-Unsubscribe": "<https://careersprout.example/u/9f2c71>, "
                                "<mailto:leave-9f2c71@news.careersprout.example>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": "CareerSprout Weekly <weekly.news.careersprout.example>",
            "Precedence": "bulk",
        },
        body=(
            "This week: 10 interview tips that actually get you hired\n\n"
            "1. Research the company before the interview, not the night before.\n"
            "2. Prepare three stories that show how you solve problems.\n"
            "3. Send a thank-you note within 24 hours of your interview.\n"
            "4. If you hear nothing, follow up politely after about a week.\n"
            "...and six more on our site.\n\n"
            "Webinar: Thursday 12 November at 18:00 SAST with two hiring managers.\n\n"
            "You receive this because you subscribed at careersprout.example.\n"
            "Unsubscribe: https://careersprout.example/u/9f2c71\n"),
        html=("<html><body><h1>10 interview tips that actually get you hired</h1>"
              "<p>Research the company, prepare your stories, send a thank-you note "
              "within 24 hours, and follow up politely after about a week.</p>"
              "<p><a href=\"https://careersprout.example/u/9f2c71\">Unsubscribe</a></p>"
              "</body></html>\n"))

    # ------------------------------------------------------------------ (b) Marula Health
    b_subject = "Interview invitation – Business Intelligence Analyst"
    b_invite = _mail(
        sender=sipho, to=[me], cc=[ayesha], subject=b_subject,
        date=_sast(2, 9, 12), msgid=ids["b_invite"],
        body=(
            f"Hi {first},\n\n"
            "Thank you for applying for the Business Intelligence Analyst role at Marula "
            "Health. We enjoyed reading about your work and would like to meet you.\n\n"
            "Could you join us on Thursday 12 November at 10:00 SAST with Ayesha Patel "
            "and myself? Ayesha leads our analytics team and is copied here. We will meet "
            "at our office in Woodstock, Cape Town; a Teams call is fine too if that suits "
            "you better.\n\n"
            "Please reply to confirm the time works for you.\n\n"
            "Kind regards,\nSipho Dlamini\nTalent Partner | Marula Health\n"))
    b_confirm = _mail(
        sender=me, to=[sipho], cc=[ayesha], subject="Re: " + b_subject,
        date=_sast(2, 9, 31), msgid=ids["b_confirm"], references=[ids["b_invite"]],
        body=(
            "Dear Sipho,\n\n"
            "Thank you for the invitation. Thursday 12 November at 10:00 suits me well, "
            "and I am happy to come to the office. I look forward to meeting you and "
            "Ayesha.\n\n"
            f"Kind regards,\n{user_name}\n"))

    # ------------------------------------------------------------------ (a) Kestrel Analytics
    a_start = datetime(2026, 11, 10, 11, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    a_subject = (f"Invitation: Interview: {user_name} / Data Analyst @ Tue 10 Nov 2026 "
                 f"11:00 - 12:00 (CET) ({user_email})")
    a_ics = google_invite(uid="5u1mvq8c2n7kd0r4h3t9e6bq1s@google.com", start=a_start,
                          minutes=60, organizer=lena, interviewers=[jonas, priya], user=me,
                          stamp=datetime(2026, 11, 3, 8, 2, tzinfo=UTC))
    a_invite = _mail(
        sender=lena, to=[me], subject=a_subject,
        date=datetime(2026, 11, 3, 8, 2, 11, tzinfo=UTC), msgid=ids["a_invite"],
        reply_to=lena[1], headers={"Sender": "Google Calendar <calendar-notification@google.com>"},
        body=(
            f"{lena[0]} has invited you to an event\n\n"
            f"Interview: {user_name} / Data Analyst\n"
            "Tuesday 10 Nov 2026 ⋅ 11:00 – 12:00 (Central European Time - Berlin)\n\n"
            "Join with Google Meet: https://meet.example/kqa-rtwp-mzn\n\n"
            f"Hi {first}, you will meet Jonas Krüger (Head of Data) and Priya Raman "
            "(Senior Data Analyst). Plan for a 60-minute conversation including a short "
            "case discussion; no preparation needed beyond the case brief you received.\n\n"
            "Guests\n"
            f"{lena[0]} - organizer\n{jonas[0]}\n{priya[0]}\n{user_email}\n\n"
            f"Reply for {user_email}: Yes / No / Maybe\n"
            "Invitation from Google Calendar\n"),
        calendar=("REQUEST", a_ics), attach_ics=True)
    a_accept = _mail(
        sender=me, to=[lena], subject="Accepted: " + a_subject.removeprefix("Invitation: "),
        date=_sast(3, 10, 20), msgid=ids["a_accept"], references=[ids["a_invite"]],
        body=f"{user_name} has accepted this invitation.\n",
        calendar=("REPLY", google_accept(
            uid="5u1mvq8c2n7kd0r4h3t9e6bq1s@google.com", start=a_start, minutes=60,
            organizer=lena, user=me, stamp=datetime(2026, 11, 3, 8, 20, tzinfo=UTC))))

    # ------------------------------------------------------------------ (c) Vaart Mobility
    c_uid = ("040000008200E00074C5B7101A82E00800000000D0A39B3E7A4EDD010000000000000000"
             "100000005C8F3B0A2E41D34B9A7E16C2F0D8B4A1")
    c_subject = f"Interview {user_name} – Operations Data Analyst"
    teams = ("Microsoft Teams meeting\nJoin: https://teams.example/l/meetup-join/19%3a"
             "vaart-ops-interview\nMeeting ID: 318 604 227 915  Passcode: Hq7Lm2\n")
    c_invite = _mail(
        sender=ruben, to=[me, eva], subject=c_subject,
        date=datetime(2026, 11, 3, 14, 31, 40, tzinfo=UTC), msgid=ids["c_invite"],
        headers={"Thread-Topic": c_subject, "X-MS-Has-Attach": "",
                 "X-MS-TNEF-Correlator": ""},
        body=(
            f"Hi {first},\n\nAs discussed on the phone, here is the invitation for your "
            "interview with Eva Jansen, our Operations Analytics Manager. It takes 45 "
            "minutes and we will meet on Teams.\n\nBest regards,\nRuben de Vries\n"
            "Recruiter, Vaart Mobility B.V.\n\n" + teams),
        calendar=("REQUEST", outlook_invite(
            uid=c_uid, sequence=0, start=datetime(2026, 11, 11, 15, 0), minutes=45,
            organizer=ruben, attendees=[me, eva], subject=c_subject,
            stamp=datetime(2026, 11, 3, 14, 31, tzinfo=UTC))))
    c_update = _mail(
        sender=ruben, to=[me, eva], subject=c_subject,
        date=datetime(2026, 11, 9, 8, 48, 5, tzinfo=UTC), msgid=ids["c_update"],
        references=[ids["c_invite"]],
        headers={"Thread-Topic": c_subject},
        body=(
            f"Hi {first},\n\nEva has a clash on Wednesday, so I have moved your interview "
            "to Friday 13 November, 14:00-14:45 Amsterdam time. The Teams link stays "
            "the same. Sorry for the change!\n\nBest regards,\nRuben\n\n" + teams),
        calendar=("REQUEST", outlook_invite(
            uid=c_uid, sequence=1, start=datetime(2026, 11, 13, 14, 0), minutes=45,
            organizer=ruben, attendees=[me, eva], subject=c_subject,
            stamp=datetime(2026, 11, 9, 8, 47, tzinfo=UTC))))
    c_confirm = _mail(
        sender=me, to=[ruben], subject="Re: " + c_subject,
        date=_sast(9, 11, 5), msgid=ids["c_confirm"],
        references=[ids["c_invite"], ids["c_update"]],
        body=(
            "Hi Ruben,\n\nNo problem at all: Friday 13 November at 14:00 Amsterdam time "
            "(15:00 for me) works well. Thank you for letting me know.\n\n"
            f"Kind regards,\n{first}\n"))
    c_ooo = _mail(
        sender=ruben, to=[me], subject="Automatic reply: Re: " + c_subject,
        date=datetime(2026, 11, 9, 9, 5, 31, tzinfo=UTC), msgid=ids["c_ooo"],
        references=[ids["c_invite"], ids["c_update"], ids["c_confirm"]],
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        body=(
            "Thank you for your message. I am out of the office until Wednesday "
            "11 November with limited access to email. For anything urgent about your "
            "application, please write to careers@vaart-mobility.example.\n\nRuben de Vries\n"))

    # ------------------------------------------------------------------ (d) ATS noise
    ack = _mail(
        sender=("Baobab Robotics", "no-reply@notify.hireloop.example"), to=[me],
        subject="We received your application – Field Data Engineer",
        date=_sast(10, 15, 40), msgid=ids["ack"],
        headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        body=(
            f"Hi {first},\n\nThanks for applying for Field Data Engineer at Baobab "
            "Robotics. Our team reviews every application and will contact you if your "
            "profile matches, for example to invite you to an interview.\n\n"
            "This is an automated message; please do not reply.\n"
            "Sent by HireLoop on behalf of Baobab Robotics\n"))

    # ------------------------------------------------------------------ employer replies
    b_reply = _mail(
        sender=sipho, to=[me], cc=[ayesha], subject="Re: " + b_subject,
        date=_sast(16, 9, 41), msgid=ids["b_reply"],
        references=[ids["b_invite"], ids["b_confirm"]],
        body=(
            f"Hi {first},\n\nThank you for your kind note, and for your time on Thursday. "
            "We are finishing the last interviews this week and will make our decision by "
            "Friday 20 November. I will let you know either way.\n\n"
            "Best regards,\nSipho\n"))
    c_reject = _mail(
        sender=ruben, to=[me], subject="Re: " + c_subject,
        date=datetime(2026, 11, 19, 8, 12, 44, tzinfo=UTC), msgid=ids["c_reject"],
        references=[ids["c_invite"], ids["c_update"], ids["c_confirm"]],
        headers={"Thread-Topic": c_subject},
        body=(
            f"Dear {first},\n\nThank you again for speaking with Eva last Friday. "
            "Unfortunately, after careful consideration we have decided to continue with "
            "another candidate whose experience is closer to our fleet operations. This "
            "was not an easy choice, and we were glad to get to know you.\n\n"
            "We wish you every success "
            "in your search.\n\nKind regards,\nRuben de Vries\n"))
    a_offer = _mail(
        sender=lena, to=[me], subject="Kestrel Analytics – your Data Analyst application",
        date=datetime(2026, 11, 25, 9, 14, 2, tzinfo=UTC), msgid=ids["a_offer"],
        references=[ids["a_invite"]],
        body=(
            f"Hi {first},\n\nSorry for the slow reply – our hiring committee only met "
            "yesterday, and I am delighted to offer you the Data Analyst position! The "
            "written offer follows by Friday. Could we have a "
            "short call tomorrow to go through the details?\n\nBest,\nLena\n"
            "Lena Vogt | Talent Acquisition | Kestrel Analytics GmbH, Berlin\n"))

    return [
        DemoStep(_sast(2, 9, 40),
                 f"Marula Health invites {first} to an interview on Thu 12 Nov; she confirms. "
                 "A newsletter with interview tips arrives too (nothing to do).",
                 inbox=(newsletter, b_invite), sent=(b_confirm,)),
        DemoStep(_sast(3, 16, 45),
                 "Kestrel Analytics (Berlin) sends a Google Calendar invitation for Tue "
                 "10 Nov, which she accepts; Vaart Mobility (Amsterdam) sends an Outlook "
                 "invitation for Wed 11 Nov.",
                 inbox=(a_invite, c_invite), sent=(a_accept,)),
        DemoStep(_sast(9, 11, 20),
                 "Vaart moves the interview to Fri 13 Nov (same invitation, sequence 1). "
                 f"{first} confirms and gets Ruben's out-of-office auto-reply.",
                 inbox=(c_update, c_ooo), sent=(c_confirm,)),
        DemoStep(_sast(10, 14, 10),
                 "The Kestrel interview ended at 13:00 SAST: one thank-you draft each for "
                 "Jonas and Priya."),
        DemoStep(_sast(10, 16, 0),
                 f"{first} reviews and sends the Kestrel thank-yous. An automatic 'application "
                 "received' mail from Baobab Robotics changes nothing.",
                 inbox=(ack,), send_drafts=True),
        DemoStep(_sast(12, 12, 10),
                 "The Marula interview (10:00, length not given, so 60 minutes assumed) is "
                 "over: thank-you drafts for Ayesha and Sipho. Vaart's old Wednesday slot "
                 "was moved, so nothing for it."),
        DemoStep(_sast(12, 15, 30), f"{first} sends the Marula thank-yous.", send_drafts=True),
        DemoStep(_sast(13, 16, 50),
                 "The Vaart interview ended at 15:45 SAST: a thank-you draft for Eva."),
        DemoStep(_sast(13, 18, 15), f"{first} sends the Vaart thank-you before the weekend.",
                 send_drafts=True),
        DemoStep(_sast(16, 10, 5),
                 "Sipho replies that Marula will decide by Fri 20 Nov: no Marula follow-up "
                 "before the next business day after that.",
                 inbox=(b_reply,)),
        DemoStep(_sast(17, 9, 5),
                 "A week after the Kestrel interview and no word: the first follow-up draft."),
        DemoStep(_sast(17, 11, 30), f"{first} sends the Kestrel follow-up.", send_drafts=True),
        DemoStep(_sast(19, 11, 20),
                 "Vaart says no. Its follow-up is dropped and a short feedback request is "
                 "drafted instead.",
                 inbox=(c_reject,)),
        DemoStep(_sast(19, 14, 0), f"{first} sends the feedback request.", send_drafts=True),
        DemoStep(_sast(23, 9, 5),
                 "Marula's decision date (Fri 20 Nov) has passed without news: a follow-up "
                 "on Monday, the next business day."),
        DemoStep(_sast(24, 9, 5),
                 "Kestrel is still quiet a week after the first follow-up: the second and "
                 "last one, worded differently."),
        DemoStep(_sast(25, 11, 30),
                 f"Kestrel offers {first} the job: everything for Kestrel stops, and the "
                 "unsent second follow-up is withdrawn.",
                 inbox=(a_offer,)),
    ]
