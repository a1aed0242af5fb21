"""Twenty-second session: rules from the misses of 79NN, read blind at the start of the
session (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from mailfactory import detected, people_of, vevent

from mailwatch.extract import classify as c
from mailwatch.extract.clock_words import word_clock_times
from mailwatch.extract.dates import find_dates
from mailwatch.extract.long_weekend import before_long_weekend
from mailwatch.extract.people import clean_name
from mailwatch.extract.subject import from_subject
from mailwatch.model import Kind

USER = "Thandi Nkosi <thandi@example.org>"


def _days(text: str, ref: date) -> list[date]:
    return [h.day for h in find_dates(text, ref, "dmy")]


def test_a_phone_note_books_tomorrow_with_a_bare_hour() -> None:
    d = detected("hi Thandi got your CV thanks\ncan u pop in tmrw 11 for a chat? you'll meet me "
                 "and Zanele Khumalo who runs the kitchen\n\nBongani\n\nSent from my iPhone",
                 subject="Re: Line cook - Marula Kitchen",
                 sender="Bongani Mthembu <bongani@marulakitchen.co.za>",
                 date="Tue, 09 Mar 2027 18:10:00 +0200")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 3, 10, 11, 0, tzinfo=timezone(timedelta(hours=2)))
    assert "Zanele Khumalo" in people_of(d)


def test_a_bare_number_after_a_day_is_no_clock_without_a_question_or_for_a() -> None:
    d = detected("We expect tomorrow 12 applicants to come to the open day.",
                 subject="Open day", date="Tue, 09 Mar 2027 18:10:00 +0200")
    assert d.interview is None


def test_next_with_a_short_weekday_and_an_informal_length() -> None:
    assert _days("let's do next weds 2ish", date(2027, 9, 16)) == [date(2027, 9, 22)]
    assert _days("can we bump tmrw to fri?", date(2027, 9, 16)) == [date(2027, 9, 17),
                                                                    date(2027, 9, 17)]
    d = detected("hey thandi - great note. let's do next thurs 4ish. 45 min, super casual, me + "
                 "my cofounder Lior Ben-David. i'll send a zoom link that morning\n\nmaya",
                 subject="Re: Growth Associate", sender="Maya Tal <maya@brightloom.example>",
                 date="Mon, 13 Sep 2027 09:00:00 -0700")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(minutes=45)


def test_a_clinic_in_her_own_story_does_not_make_a_founders_note_a_medical_visit() -> None:
    d = detected("hey thandi, loved the bit about sorting out the clinic rosters.\n\nlet's do next "
                 "tues 10ish, 30 min. i'll send a zoom link the night before.\n\nsam",
                 subject="Re: Operations Associate", sender="Sam Okafor <sam@wardwise.example>",
                 date="Wed, 15 Sep 2027 12:00:00 -0700")
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_a_nordic_half_hour_is_half_to_the_hour() -> None:
    assert [clock for _, _, clock in word_clock_times("vi sier onsdag kl. halv elleve")] == [
        datetime(2027, 1, 1, 10, 30).time()]
    assert [clock for _, _, clock in word_clock_times("klockan tre passar")] == [
        datetime(2027, 1, 1, 15, 0).time()]
    assert word_clock_times("kl. 14 passer fint") == []  # (read by the numeric clocks)
    assert _days("da tar vi onsdag kl. halv elleve", date(2027, 11, 8)) == [date(2027, 11, 10)]


def test_a_norwegian_reply_that_books_a_chat_with_a_colleague_joining() -> None:
    d = detected("Hei Thandi,\n\nSupert, da tar vi onsdag kl. halv elleve for en prat om "
                 "stillingen. Jeg sender Teams-lenke i egen innkalling. Sindre Lunde fra "
                 "økonomiteamet blir også med. Vi setter av en halvtime.\n\nMarte",
                 subject="SV: Controller - en kort prat?",
                 sender="Marte Vik <marte.vik@havbris.example>",
                 date="Mon, 08 Nov 2027 12:00:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 11, 10, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert d.interview.end == datetime(2027, 11, 10, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    assert "Sindre Lunde" in people_of(d)


def test_a_small_employers_offer_in_a_text_message_style() -> None:
    d = detected("hey Thandi its Wayne from Coastline Plumbing\n\nwe had a chat and we want u "
                 "for the admin job!! $31/hr, start mon the 7th?\n\nWayne",
                 subject="job", sender="Wayne <wayne.k@bigpond.com>",
                 date="Fri, 28 May 2027 19:00:00 +1000")
    assert d.kind is Kind.OFFER
    assert d.company == "Coastline Plumbing"
    assert c.offer("Good news - the job's yours if you still want it.")
    assert c.offer("you got the job!!")


def test_her_spanish_request_to_move_the_interview_is_a_reschedule() -> None:
    assert c.RESCHEDULE.search("¿Sería posible pasar la entrevista al viernes 14 de mayo?")
    assert c.RESCHEDULE.search("Seria possível passar a entrevista para sexta-feira?")


def test_her_calendar_acceptance_books_nothing_new() -> None:
    ics = vevent(summary="Accepted: Onsite interview", start="20270315T100000",
                 end="20270315T113000", tzid="America/Toronto", method="REPLY",
                 organizer="CN=Priya Rao:mailto:priya@northwind.example",
                 attendees=("PARTSTAT=ACCEPTED;CN=Thandi Nkosi:mailto:thandi@example.org",))
    d = detected("Thanks Priya - see you on the 15th. Is there parking at the office?",
                 subject="Accepted: Onsite interview", sender=USER, ics=ics, ics_method="REPLY")
    assert d.kind is Kind.OTHER
    assert d.interview is None
    assert "the user's own reply" in d.reasons  # (settled: no word model may overrule it)


def test_a_shop_is_no_person_and_myself_is_the_one_who_signs() -> None:
    assert clean_name("MacIsaac & Daughters Hardware") is None
    assert clean_name("Bellini's Bakery") is None
    assert clean_name("Siobhán O'Neill") == "Siobhán O'Neill"
    d = detected("Dear Ms Nkosi,\n\nThank you for applying for the Shop Assistant position. I "
                 "would like you to come by the store to meet myself and my daughter Fiona "
                 "Gallagher, who runs the garden centre. Which days next week would suit you?"
                 "\n\nYours truly,\n\nNoreen Gallagher\nProprietor\nGallagher & Sons Hardware",
                 subject="Your application - Shop Assistant",
                 sender="Gallagher & Sons Hardware <gallaghers@example.ie>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert "Gallagher & Sons Hardware" not in people_of(d)


def test_an_application_word_and_a_nordic_post_word_are_no_part_of_the_role() -> None:
    assert from_subject("Uw kandidatuur Logistiek Planner") == (None, "Logistiek Planner")
    assert from_subject("Din søknad om Prosjektleder") == (None, "Prosjektleder")
    assert from_subject("Tilbud om stilling som lagerleder – Fjellvind AS") == (
        "Fjellvind AS", "lagerleder")


def test_a_recorded_interview_due_before_midnight_is_no_slot() -> None:
    d = detected("Hallo Thandi,\n\nBedankt voor je sollicitatie als Marketeer. We nodigen je uit "
                 "voor een kort video-interview dat je zelf opneemt.\n\nRond het video-interview "
                 "af vóór komende vrijdag (24 september) om\n23.59 uur.\n\nStart: "
                 "https://apply.example/v/1\n\nTalent Team",
                 subject="Volgende stap: video-interview voor Marketeer",
                 sender="Lindebloem <noreply@lindebloem.example>",
                 date="Wed, 15 Sep 2027 09:00:00 +0200")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.interview is None


def test_the_host_of_a_booking_tool_is_no_employer() -> None:
    ics = vevent(summary="Interview - Support Engineer between Goh Mei Xin and Thandi Nkosi",
                 start="20270329T080000Z", end="20270329T084500Z",
                 organizer="CN=Goh Mei Xin:mailto:meixin.goh@kitewire.example",
                 description="45 minutes with the hiring manager for the Support Engineer role.")
    d = detected("Your event has been scheduled\n\nWhat\nInterview - Support Engineer between Goh "
                 "Mei Xin and Thandi Nkosi\n\nWho\nGoh Mei Xin - Organizer\nThandi Nkosi\n",
                 subject="Confirmed: Interview - Support Engineer between Goh Mei Xin and Thandi "
                         "Nkosi", sender="Goh Mei Xin <notifications@cal.com>", ics=ics)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.company != "Goh Mei Xin"


def test_the_recruiter_the_host_spoke_with_is_no_interviewer() -> None:
    ics = vevent(summary="Interview - Credit Analyst", start="20270323T060000Z",
                 end="20270323T070000Z",
                 organizer="CN=Ong Li Hua:mailto:lihua.ong@marinabank.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Vikram Shah:mailto:vikram.shah@marinabank.example"))
    d = detected("Ong Li Hua invites you to join this meeting.\n\nMessage from host:\nHi "
                 "Thandi, as discussed with Siti Rahmah from our TA team, here is the link for "
                 "your second round. Vikram Shah (Head of Credit) will join me.\n",
                 subject="Meeting invitation: Marina Bank | Interview - Credit Analyst",
                 sender="Ong Li Hua via Webex <messenger@webex.com>", ics=ics)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert "Siti Rahmah" not in people_of(d)


def test_an_answer_before_the_long_weekend_is_the_last_working_day_before_it() -> None:
    # Victoria Day 2027 is Monday 24 May in nearly every Canadian province; the UK's spring
    # bank holiday is Monday 31 May
    assert before_long_weekend("We hope to let everyone know before the long weekend.",
                               date(2027, 5, 18), "lakeshoreliteracy.ca") == (
        date(2027, 5, 21), "before the long weekend")
    assert before_long_weekend("We'll be in touch by the bank holiday weekend.",
                               date(2027, 5, 18), "mill.co.uk")[0] == date(2027, 5, 28)
    assert before_long_weekend("before the long weekend", date(2027, 5, 18), "acme.com") is None
    d = detected("Hi Thandi,\n\nThe committee meets on Thursday and I hope to get back to everyone "
                 "before the long weekend.\n\nPriya", subject="Program Coordinator role",
                 sender="Priya Raman <priya@lakeshoreliteracy.ca>",
                 date="Tue, 18 May 2027 16:00:00 -0400")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 5, 21)


def test_a_decision_on_the_friday_of_the_week_after_the_interview() -> None:
    d = detected("Gentile Thandi,\n\nLa invitiamo a un colloquio giovedì 1 aprile 2027 alle 15:00 "
                 "presso la nostra sede.\n\nLe comunicheremo l'esito entro il venerdì della "
                 "settimana successiva al colloquio.\n\nUfficio Selezione",
                 subject="Convocazione colloquio - Analista", sender="Selezione <hr@omb.example>",
                 date="Fri, 19 Mar 2027 11:30:00 +0100")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.decision_deadline == date(2027, 4, 9)


def test_a_call_off_that_promises_to_book_again_has_no_decision_date() -> None:
    d = detected("Hi Thandi,\n\nSorry, I have to cancel your interview tomorrow at 10 - Rosa is "
                 "unwell. She really wants to meet you, so she'll get in touch once she's better, "
                 "probably sometime next week.\n\nKim", subject="Interview tomorrow",
                 sender="Kim <hello@rosascantina.example>", date="Wed, 14 Jul 2027 17:00:00 -0700")
    assert d.kind is Kind.CANCELLATION
    assert d.decision_deadline is None
