"""Rules from the sixth session's read of batch 33NN (written this session, read blind
once with its final code, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.model import Kind


def test_go_with_the_weekday_slot_under_her_times() -> None:
    det = detected(
        "Hi Thandi,\n\nlet's go with the Friday slot. Jonas and I will see you on Google Meet.\n\n"
        "Miriam\n\nAm Mo., 2. Nov. 2026 um 18:51 Uhr schrieb Thandi Nkosi <thandi@example.org>:\n"
        "> Either of these would work for me:\n>\n> - Thursday 5 November, 14:00 CET\n"
        "> - Friday 6 November, 10:30 CET\n>\n"
        "> On Mon, 2 Nov 2026 at 11:02, Miriam <m@kestrelwerk.example> wrote:\n"
        ">> We'd like to invite you to an interview for the Backend Engineer role.\n",
        subject="Re: Interview Backend Engineer (Go)", sender="Miriam <m@kestrelwerk.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 6, 10, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def test_an_agency_summary_under_a_heading_line_and_a_broadcast_role() -> None:
    det = detected(
        "Hi Thandi,\n\nGreat news - Marisol and Aaron would love to meet you! Here's what's "
        "locked in:\n\nOverdrive Pro League - Broadcast Producer (Remote)\nWednesday, Nov 11\n"
        "8am PT / 11am ET / 4pm your time\n45 minutes on Zoom\n\nWho you'll meet:\n"
        "- Marisol Quintero, Head of Broadcast\n- Aaron Feld, Senior Producer\n\n"
        "A few tips from me: have a couple of questions ready.\n\nKelsey\n",
        subject="Confirmed: Overdrive Pro League / Broadcast Producer - Wed 11/11",
        sender="Kelsey Munro <kelsey@cascadetalent.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 11, 8, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert [p.name for p in det.interview.interviewers] == ["Marisol Quintero", "Aaron Feld"]


def test_a_self_forward_blocked_out_with_an_end_in_a_word() -> None:
    from mailwatch.extract.duration import stated_end
    assert stated_end("We should wrap by three.", time(13, 50)) == time(15)
    det = detected(
        "for the tracker!!\n\n---------- Forwarded message ---------\n"
        "From: Hamish MacLeod-Jones <hamish@southwell.example>\n"
        "Date: Mon, 2 Nov 2026 at 16:12\nSubject: Chat about the Platform Engineer role\n\n"
        "G'day Thandi,\n\nwe'd love to have a proper chat about the Platform Engineer role.\n\n"
        "Lan and I have blocked out Wednesday the 11th, kicking off at ten to two Sydney time. "
        "We should wrap by three.\n\nHamish\n",
        subject="Fwd: Chat about the Platform Engineer role",
        sender="Thandi Nkosi <thandi.home@mailbox.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 11, 13, 50,
                                           tzinfo=ZoneInfo("Australia/Sydney"))
    assert det.interview.end == datetime(2026, 11, 11, 15, tzinfo=ZoneInfo("Australia/Sydney"))


def test_status_updates_that_keep_her_in_the_running() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    held = detected(
        "Hej Thandi,\n\nWe had genuinely hoped to get a decision on the Energy Market Analyst "
        "role to you by the 18th. Realistically we'll come back to you early in the new year. "
        "I know that's not the news you were hoping for, so I want to be clear: you are very "
        "much still in the running.\n\nÅsa\n",
        subject="Update on the Energy Market Analyst process", sender="Åsa <asa@nordlys.example>")
    assert held.kind is Kind.STATUS_UPDATE
    assert held.decision_deadline is None
    assert find_deadline("We won't have an answer before then - but we'll definitely be back to "
                         "you by end of play Friday.", date(2027, 1, 19))[0] == date(2027, 1, 22)
    assert find_deadline("we'll be letting everyone know by the end of the month either way.",
                         date(2026, 11, 16))[0] == date(2026, 11, 30)
    assert find_deadline("Veuillez noter que nous reviendrons à l'heure normale de l'Est dans la "
                         "nuit du samedi 31 octobre.", date(2026, 10, 29), "DMY") is None


def test_a_parking_ticket_the_host_validates_is_no_event_ticket() -> None:
    from mailwatch.extract.calendar_facts import NOT_MINE
    assert not NOT_MINE.search("Visitor parking is in the garage - we'll validate your ticket.")
    assert NOT_MINE.search("Please bring your ticket to the event.")


def test_a_trade_visit_a_council_review_and_a_wedding_speech_are_other() -> None:
    for body, subject in (
        ("Hi Thandi,\n\nYour appointment is confirmed.\nDate: Thursday 5 November 2026\n"
         "Arrival window: 08:00 - 10:00\nTechnician: Sipho Khumalo\n",
         "Appointment confirmed - Thu 5 Nov"),
        ("Dear Ms Nkosi,\n\nCOUNCIL TAX REDUCTION - REVIEW OF YOUR CLAIM\n\nAs part of this "
         "review we need to interview you about your household and income. Your interview has "
         "been arranged for:\nTuesday 10 November 2026 at 10:15am\n",
         "Council Tax Reduction review - interview appointment"),
        ("Thandiiii\n\nSizwe's brother is doing the speech at the wedding and wants stories. "
         "can I interview you?? like 30 mins max. Saturday at 3?\n\nL xx\n",
         "can I interview you??"),
    ):
        assert detected(body, subject=subject, sender="X <x@mailbox.example>").kind is Kind.OTHER


def test_up_an_hour_nothing_else_changed_and_a_bosnian_cancellation() -> None:
    from mailwatch.extract.calendar_path import _TIME_UNCHANGED
    from mailwatch.extract.classify import RESCHEDULE
    note = "Nothing else has changed: same day, same time, same people."
    assert _TIME_UNCHANGED.search(note) and not RESCHEDULE.search(note)
    moved = detected(
        "Hi Thandi,\n\nLuis has been called into a meeting that afternoon, so we need to move "
        "your interview up an hour. Still Tuesday the 10th, same panel.\n\nDana\n\n"
        "-----Original Message-----\nFrom: Dana Whitlock <dana@brannock.example>\n"
        "Subject: Interview Invitation - Arborist\n\nWe'd like to invite you to interview for "
        "the Arborist post on Tuesday, November 10 at 2:00 PM. It will last about an hour.\n",
        subject="RE: Interview Invitation - Arborist", sender="Dana <dana@brannock.example>")
    assert moved.kind is Kind.RESCHEDULE
    assert moved.interview is not None and moved.interview.start.hour == 13
    cancel = detected(
        "Poštovana Thandi,\n\nnažalost Vas moram obavijestiti da smo primorani otkazati razgovor "
        "za posao koji je bio zakazan za četvrtak, 12. novembra, u 11 časova (predviđeno "
        "trajanje: 60 minuta).\n\nAmra\n", subject="Otkazivanje intervjua - Frontend developer",
        sender="Amra <amra@miljacka.example>")
    assert cancel.kind is Kind.CANCELLATION
    assert cancel.interview is not None
    assert cancel.interview.end == cancel.interview.start + timedelta(hours=1)


def test_see_you_thursday_over_the_time_she_booked_herself() -> None:
    booked = ("\n\nOn Mon, Nov 2, 2026 at 9:12 AM Thandi Nkosi <thandi@example.org> wrote:\n"
              "> Hi Marcus, I've grabbed Thursday the 5th, 2:30-3:00pm ET on your Calendly.\n>\n"
              "> On Fri, Oct 30, 2026 at 4:02 PM Marcus <marcus@grayfern.example> wrote:\n"
              ">> Happy to chat about the Senior UX Researcher role - grab any slot on my "
              "Calendly.\n")
    det = detected("Perfect, got it on my end.\n\nSee you Thursday!\nM" + booked,
                   subject="Re: Senior UX Researcher - Grayfern",
                   sender="Marcus Lindqvist <marcus@grayfern.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 5, 14, 30,
                                           tzinfo=ZoneInfo("America/New_York"))


def test_panels_in_lists_rows_and_first_names_the_history_gives_in_full() -> None:
    from mailwatch.extract.panel_items import _line_people
    from mailwatch.extract.roster import labelled_people
    assert [p.name for p in labelled_people(
        "The next step is a technical interview with two of our data engineers:\n\n"
        "  * Niamh Gallagher - Senior Data Engineer\n  * Cormac Doyle - Staff Data Engineer\n"
    )] == ["Niamh Gallagher", "Cormac Doyle"]
    assert [p.name for p in _line_people("- bin Abdullah, Hafiz - Staff SRE")] == [
        "Hafiz bin Abdullah"]
    assert [p.name for p in labelled_people(
        "Til stede fra oss: Ola Haugland (teamleder backend) og meg selv\n")] == ["Ola Haugland"]
    det = detected(
        "Hi Thandi,\n\nlet's go with the Friday slot. Jonas and I will see you on Google Meet.\n\n"
        "Miriam\n\nOn Mon, 2 Nov 2026 at 18:51, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> I could do Thursday 5 November, 14:00 CET or Friday 6 November, 10:30 CET.\n>\n"
        "> On Mon, 2 Nov 2026 at 11:02, Miriam <m@kestrelwerk.example> wrote:\n"
        ">> We'd like to invite you to an interview for the Backend Engineer role with me and\n"
        ">> Jonas Albrecht, our tech lead.\n",
        subject="Re: Interview Backend Engineer", sender="Miriam Hoffmann <m@kestrelwerk.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Miriam Hoffmann", "Jonas Albrecht"}


def test_cjk_firm_and_role_in_a_subject_bracket_and_a_french_seniority() -> None:
    from mailwatch.extract.company_cjk import cjk_company
    from mailwatch.extract.subject import from_subject
    assert from_subject("面接日程のご連絡（ネコノテ／バックエンドエンジニア）", ())[1] == (
        "バックエンドエンジニア")
    assert cjk_company("よろしくお願いします。\n森下\nCTO, 株式会社ネコノテ\n") == (
        "株式会社ネコノテ")
    assert from_subject("Report de votre entretien – Comptable senior (H/F)", ())[1] == (
        "Comptable senior")
