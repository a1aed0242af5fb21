"""Rules from the sixth session's blind read of batch 32NN: terse replies, agency forwards
and the days they name. All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.times import find_times
from mailwatch.extract.writer import sender_interviews
from mailwatch.model import Kind

_HER_TWO = ("\n\nOn Thu, Oct 29, 2026 at 9:03 PM Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Next week I could do either:\n>\n> - Tuesday 11/3 at 10:30am Eastern\n"
            "> - Wednesday 11/4 at 3:00pm Eastern\n>\n"
            "> On Thu, Oct 29, 2026 at 10:00 AM Megan <megan@harborline.example> wrote:\n"
            "> > Could we set up a 30-minute interview for the Senior Data Analyst role?\n")


def test_lock_in_the_earlier_one() -> None:
    det = detected("Let's lock in the earlier one! Priya and I will both be on.\n\nMegan"
                   + _HER_TWO,
                   subject="Re: Senior Data Analyst - next steps",
                   sender="Megan Ostrowski <megan@harborline.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 3, 10, 30,
                                           tzinfo=ZoneInfo("America/New_York"))


def test_a_terse_time_then_and_a_link_to_follow() -> None:
    det = detected("great - tomorrow threeish then. me + jordan, 30 min. link to follow\n\n-D",
                   subject="Re: Controls Engineer role", sender="Dev <dev@tidewater.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (3, 15)


def test_a_day_in_brackets_and_a_day_ruled_out() -> None:
    ref = date(2027, 2, 25)
    assert [d.day for d in find_dates("next Thursday (a week from today), noon sharp", ref)] == [
        date(2027, 3, 4)]
    assert [d.day for d in find_dates("Monday week - so not this coming Monday, the one after",
                                      date(2027, 3, 18))] == [date(2027, 3, 29)]


def test_hours_and_the_writer_on_the_panel() -> None:
    assert [h.start for h in find_times("at 0900 hours Malaysia time")] == [time(9)]
    assert find_times("over 1200 hours of flight time") == []
    assert sender_interviews("I will take the first hour, then A B will join for the deep-dive.")
    assert sender_interviews("I'm bringing Rebecca Haldane, who runs our forecasting team.")
    assert find_deadline("Our plan is to have an offer out to our finalist by Friday 12 March.",
                         date(2027, 2, 25), "DMY")[0] == date(2027, 3, 12)


def test_an_agency_that_confirmed_the_slot_a_forwarded_note_names() -> None:
    det = detected(
        "Morning Thandi,\n\nGood news - Seriwangsa want to meet you! See Nurul's note below. "
        "I've gone ahead and confirmed the slot with them.\n\nGareth\n\n"
        "---------- Forwarded message ---------\n"
        "From: Nurul Aina binti Ismail <nurul@seriwangsa.example>\n"
        "Date: Mon, 2 Nov 2026 at 02:05\nSubject: RE: Thandi Nkosi - Systems Engineer\n\n"
        "Hi Gareth,\n\nWe would like to see her Monday week at 0900 hours Malaysia time, on "
        "Teams. I will take the first hour, then Phạm Minh Tuấn will join.\n",
        subject="Fwd: RE: Thandi Nkosi - Systems Engineer",
        sender="Gareth Pryce <gareth@northgate-talent.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 16, 9, tzinfo=ZoneInfo("Asia/Kuala_Lumpur"))


def test_a_status_by_close_of_business_and_a_window_to_pick_from() -> None:
    det = detected("Hi Thandi,\n\nYou're one of two people we've taken through to the final "
                   "decision for the UX Writer role. We'll have a definite answer for you by close "
                   "of business Thursday.\n\nObinna\n",
                   subject="UX Writer - quick update", sender="Obinna <obinna@lumencraft.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 5)
    window = detected(
        "Hi Thandi,\n\nWe'd like to invite you to a short telephone interview with Rhian Pugh. "
        "Please choose a time that suits you using the link below. Slots are available from "
        "Monday 9 November to Friday 13 November, between 7am and 3pm.\n\n"
        "https://scheduling.example/3b9e1f42\n",
        subject="Choose your interview slot - Bakery Shift Lead",
        sender="Morfa Loaf <no-reply@morfaloaf.example>")
    assert window.kind is Kind.INTERVIEW_REQUEST
    assert window.interview is None


def test_a_tv_casting_call_an_ats_rejection_and_a_push_not_wanted() -> None:
    casting = detected(
        "Hi Thandi!\n\nI'm a casting producer. We'd love to have a relaxed casting interview with "
        "you over Zoom. Would this Saturday at 11am UK time work? This isn't a job offer or "
        "anything to do with recruitment, it's for TV!\n\nFreya\n",
        subject="Casting interview?", sender="Freya <casting@bluekettle.example>")
    assert casting.kind is Kind.OTHER
    rejection = detected(
        "Dear Thandi,\n\nThank you for talking with us about the Seasonal Heritage Guide post. "
        "I'm sorry to let you know that we have decided to offer the post to another "
        "candidate.\n\nMorag\n", subject="Your application for Heritage Guide",
        sender="Skeld Voe Trust <no-reply@skeldvoe.example>",
        headers={"List-Unsubscribe": "<https://ats.example/unsub>"})
    assert rejection.kind is Kind.REJECTION
    det = detected(
        "Hi Thandi,\n\nWe've got you in for this coming Wednesday at half eight, UK time. Siobhán "
        "is in back-to-backs from ten and we didn't want to push you into the following week.\n",
        subject="Your interview with Quarrymoor", sender="Lucy <lucy@quarrymoor.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_by_then_at_the_latest_a_french_retour_and_a_wrapped_bullet_list() -> None:
    from mailwatch.message import parse_message
    assert find_deadline("The panel is meeting on Wednesday to make a decision. We hope to have "
                         "news before the long weekend. The office closes on Thursday evening, so "
                         "it'll be by then at the latest.", date(2026, 11, 9), "DMY")[0] == date(
                             2026, 11, 12)
    assert find_deadline("Nous nous engageons à vous faire un retour avant la fin du mois.",
                         date(2027, 2, 2), "DMY")[0] == date(2027, 2, 28)
    raw = (b"From: Gareth <g@northgate.example>\nTo: thandi@example.org\nSubject: Fwd: role\n"
           b"Date: Mon, 02 Nov 2026 09:00:00 +0000\n\nMorning Thandi,\n\nA few pointers:\n\n"
           b"- Nurul is very hands-on, so expect questions on the CAN bus\nintegration work.\n"
           b"- Smart casual, even on video.\n\nThey're aiming to make a decision within two weeks."
           b"\n\nGareth\n")
    assert "within two weeks" in parse_message(raw).text


def test_a_spanish_magazine_interview_is_other() -> None:
    det = detected(
        "Hola Thandi,\n\nsoy editora de tecnología de la Revista Caribe Digital. ¡Nos gustaría "
        "mucho entrevistarte para el especial! La entrevista sería por videollamada, duraría unos "
        "30 minutos y la publicaríamos en la edición de noviembre. Te propongo el jueves 12 de "
        "noviembre a las 10:00 a. m.\n\nYokasta\n",
        subject="Solicitud de entrevista – especial «Mujeres en Datos»",
        sender="Yokasta <yokasta@caribedigital.example>")
    assert det.kind is Kind.OTHER


def test_guides_trainers_and_a_cjk_notice_after_a_role() -> None:
    from mailwatch.evaluate import norm_org
    from mailwatch.extract.subject import from_subject
    assert from_subject("Canceled event: Interview - Seasonal Heritage Guide (Thandi Nkosi)",
                        ("Thandi Nkosi",))[1] == "Seasonal Heritage Guide"
    assert from_subject("Your Interview Guide", ())[1] is None
    assert from_subject("Compliance Analyst 面試時間", ())[1] == "Compliance Analyst"
    assert norm_org("Kattegat Software ApS") == norm_org("Kattegat Software")
    assert norm_org("Brynwynt Renewables Cyf") == norm_org("Brynwynt Renewables")
