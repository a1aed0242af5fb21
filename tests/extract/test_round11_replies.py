"""Rules from the sixth session's blind read of batch 31NN: replies, forwards, moves and
updates. All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.slot_context import is_slot_line
from mailwatch.extract.times import find_times
from mailwatch.model import Kind

_HER_THREE = ("\n\nOn 30/10/2026 19:44, Thandi Nkosi <thandi@example.org> wrote:\n"
              "> Here are three options for next week (all Lisbon time):\n>\n"
              "> - Tuesday 3rd at 10:00\n> - Wednesday 4th at half past one\n"
              "> - Thursday 5th any time after 3pm\n>\n"
              "> On 29/10/2026 09:12, Marta <marta@tidewell.example> wrote:\n"
              "> > Could we set up a second conversation for the Operations Analyst role?\n")


def test_the_weekday_one_is_perfect_under_her_own_times() -> None:
    det = detected("Olá Thandi,\n\nThe Wednesday one is perfect. It'll be myself and João da "
                   "Costa - please block an hour.\n\nMarta" + _HER_THREE,
                   subject="Re: Operations Analyst - second conversation",
                   sender="Marta de la Fuente <marta@tidewell.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 4, 13, 30, tzinfo=ZoneInfo("Europe/Lisbon"))


def test_youre_booked_over_her_pick() -> None:
    det = detected(
        "Perfect, you're booked! Teams invite coming shortly.\n\nNaomi\n\n"
        "-----Original Message-----\nFrom: Thandi Nkosi <thandi@example.org>\n"
        "Sent: Sunday, November 1, 2026 7:22 PM\nSubject: Re: Logistics Coordinator - interview\n\n"
        "Hi Naomi,\n\nThursday at 2:00 works best for me.\n\nThandi\n\n"
        "-----Original Message-----\nFrom: Naomi Kilabuk <naomi@nanuq.example>\n"
        "Subject: Logistics Coordinator - interview\n\n"
        "We'd like to interview you for the Logistics Coordinator role - could you do Wednesday "
        "or Thursday at 2:00?\n",
        subject="RE: Logistics Coordinator - interview",
        sender="Naomi Kilabuk <naomi@nanuq.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (5, 14)


def test_a_failed_range_leaves_its_clock_to_read() -> None:
    assert [(h.start, h.zone_text) for h in find_times("Tue Feb 9 – 9:30 Pacific / 12:30 Eastern")
            ] == [(time(9, 30), "Pacific"), (time(12, 30), "Eastern")]
    assert is_slot_line("Tue Feb 9 – 9:30 Pacific")
    assert is_slot_line("Thu, 11 Feb at noon")
    assert not is_slot_line("Tue is fine for me")


def test_a_move_forward_by_a_day_that_names_the_new_slot_whole() -> None:
    det = detected(
        "Hi Thandi,\n\nThe inspector just bumped his visit to Thursday morning, so I need to move "
        "our interview forward by a day. I've put you down for Wednesday the 11th instead, same "
        "time, 10 AM Mountain.\n\nWade\n\nOn Mon, Nov 2, 2026 at 7:02 PM Thandi Nkosi "
        "<thandi@example.org> wrote:\n> Thursday the 12th at 10 is great, thank you.\n",
        subject="Re: Lift Operator interview", sender="Wade Kessler <wade@pinegrouse.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 11, 10, tzinfo=ZoneInfo("America/Denver"))


def test_an_agency_forward_locked_in_with_tips_that_wants_to_move_on_it() -> None:
    det = detected(
        "Hi Thandi,\n\nGood news - Hannah has come back already, see below. You're locked in for "
        "Thursday with her and Pieter.\n\nQuick tips: Hannah is very numbers-focused.\n\nJess\n\n"
        "---------- Forwarded message ---------\n"
        "From: Hannah Whitcombe <hannah@saltmarsh.example>\n"
        "Date: Mon, 2 Nov 2026 at 11:48\nSubject: RE: Thandi Nkosi - Grid Forecasting Analyst\n\n"
        "Hi Jess,\n\nThursday works - let's say ten past three Sydney time. Pieter Du Plessis will "
        "join me.\n\nWe want to move on this one, so we'll decide before the end of next week.\n",
        subject="Fwd: RE: Thandi Nkosi - Grid Forecasting Analyst",
        sender="Jess Kowalczyk <jess@northpeak.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 5, 15, 10,
                                           tzinfo=ZoneInfo("Australia/Sydney"))


def test_status_updates_either_way_and_within_hours() -> None:
    det = detected(
        "Hi Thandi,\n\nThanks for coming out to the winery on Thursday. We've got two more people "
        "to meet this week. We'll be making our decision next week and will let you know either "
        "way by Friday 13th November.\n\nBec\n",
        subject="Cellar Hand at Ochre Hill Wines", sender="Bec Mahoney <bec@ochrehill.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 13)
    assert find_deadline("You'll hear from us within 72 hours, one way or the other.",
                         date(2027, 6, 7))[0] == date(2027, 6, 10)


def test_a_google_update_that_changed_only_the_location() -> None:
    from mailwatch.extract.calendar_path import _CHANGED_OTHER
    assert _CHANGED_OTHER.search("This event has been updated\nChanged: location\n")
    assert not _CHANGED_OTHER.search("This event has been updated\nChanged: time\n")
    assert not _CHANGED_OTHER.search("Changed: location, time\n")


def test_a_call_the_writer_mentioned_is_past() -> None:
    from mailwatch.extract.writer import sender_interviews
    assert not sender_interviews("Skyloom (the start-up I mentioned on our call) would like to "
                                 "move you forward. First step is a video chat with Marisol.")


def test_roles_the_mail_calls_roles_and_job_nouns() -> None:
    from mailwatch.extract.position import position_from_text
    from mailwatch.extract.subject import from_subject
    assert position_from_text("Thanks for your interest in the Deckhand position at Baccalieu "
                              "Strait Ferries!") == "Deckhand"
    assert position_from_text("I'd like to offer you the position of Brewer!") == "Brewer"
    assert position_from_text("if the Bristol role I mentioned is still of interest") is None
    assert position_from_text("your application for the position of Year 4 Classroom Teacher"
                              ) != "Year"
    assert from_subject("Re: Lift Operator interview Thurs", ())[1] == "Lift Operator"


def test_an_itinerary_row_over_titled_people_and_a_time_then_interviewer_table() -> None:
    from mailwatch.extract.roster import labelled_people
    itinerary = ("Itinerary\n09:30 - 10:15  Panel interview (Committee Room 2)\n"
                 "Dr Siobhán Gallagher, County Archivist\nRuairí Doherty, Senior Conservator\n"
                 "10:15 - 10:30  Break\n")
    assert [p.name for p in labelled_people(itinerary)] == ["Siobhán Gallagher",
                                                            "Ruairí Doherty"]
    table = ("Time Interviewer Topic\n"
             "10:00 – 10:45 AM Nguyễn Văn An System design: event ingestion at scale\n"
             "10:45 – 11:30 AM Rachel O'Sullivan-Reyes Live coding (Go or Python)\n"
             "11:30 AM – 12:15 PM Hamid bin Yusof Collaboration & past projects\n")
    assert [p.name for p in labelled_people(table)] == ["Nguyễn Văn An",
                                                        "Rachel O'Sullivan-Reyes",
                                                        "Hamid bin Yusof"]


def test_no_more_than_a_length_and_a_request_in_front_of_a_chief_engineer() -> None:
    from mailwatch.extract.duration import stated_length
    assert stated_length("It'll be on Teams and no more than forty minutes.") == timedelta(
        minutes=40)
    assert stated_length("Please arrive no more than 10 minutes early.") is None
    det = detected(
        "Morning Thandi,\n\nWe'd like to get you in front of Graham Pryce, our Chief Engineer, "
        "for the Systems Integration Engineer role. Graham can do Thursday at eleven, or Friday "
        "two-ish. We expect to make an offer in the next fortnight.\n\nDave\n",
        subject="Systems Integration Engineer - chat with Graham?",
        sender="Dave Henshaw <dave@hollowcrest.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Graham Pryce"]
    assert det.decision_deadline == date(2026, 11, 16)
    assert find_deadline("I'll be back in touch to re-book, hopefully within the next fortnight.",
                         date(2026, 11, 2)) is None


def test_a_self_forward_names_the_employer_not_her_mail_provider() -> None:
    from mailwatch.extract import detect
    from mailwatch.message import parse_message
    raw = (b"From: Thandi Nkosi <t.home@postbox.example>\nTo: Thandi Nkosi <thandi@example.org>\n"
           b"Subject: Fwd: Update regarding your interview - QA Lead\n"
           b"Date: Mon, 02 Nov 2026 20:11:16 +0200\nContent-Type: text/plain; charset=utf-8\n\n"
           b"fwd to main inbox.\n\nDear Thandi,\n\nWe need to cancel your panel interview for the "
           b"QA Lead position, which was scheduled for Monday, 9 November at 15h00 IST.\n\n"
           b"Warm regards,\nDivya Menon\nTalent Acquisition, Kestrel Payments\n"
           b"Bengaluru | +91 80 5550 1934\n")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.company == "Kestrel Payments"


def test_hour_words_after_at_and_before_ish() -> None:
    assert [h.start for h in find_times("Graham can do Thursday at eleven, or Friday two-ish")
            ] == [time(11), time(14)]
    assert find_times("we were at ten people") == []
    assert find_times("at five minutes to go") == []


def test_the_date_interviews_end_is_no_decision_date() -> None:
    assert find_deadline("We expect to wrap up interviews by the end of next week and will be in "
                         "touch shortly after.", date(2027, 3, 5)) is None
    assert find_deadline("We expect to make a decision by the end of next week.",
                         date(2027, 3, 5))[0] == date(2027, 3, 12)
