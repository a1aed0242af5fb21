"""Sixteenth session: rules from the misses of 65NN, read before it joined the corpus
(written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.dates import find_dates
from mailwatch.extract.duration import stated_length
from mailwatch.extract.times import find_times
from mailwatch.model import Kind

BERLIN = ZoneInfo("Europe/Berlin")


def test_an_agency_calling_off_every_remaining_interview_cancels_hers() -> None:
    """"They have cancelled all of the remaining interviews, yours included": a
    cancellation, even with an offer of a call about other roles after it."""
    d = detected("Hi Thandi,\n\nSorry to bring bad news. Harbourline have frozen the Data "
                 "Analyst opening and have cancelled all of the remaining interviews, "
                 "including yours with Lena Ortiz on Tuesday 10 November at 2pm.\n\nAre you "
                 "free for a call on Monday about two other roles?\n\nBest,\nMo",
                 subject="Interview off", sender="Mo Reyes <mo@talentpier.example>")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None and d.interview.start.hour == 14


def test_cancel_words_in_french_danish_and_norwegian() -> None:
    for said in ("Je vous écris afin d'annuler l'entretien prévu mardi.",
                 "Jeg er nødt til at aflyse vores samtale i morgen.",
                 "Vi må dessverre avlyse intervjuet på fredag."):
        assert c.CANCEL.search(said), said


def test_a_danish_invitation_with_a_dotted_clock_and_its_length() -> None:
    """"Samtalen finder sted … kl. 9.30", "varer ca. en time", "med A B og mig": the slot,
    an hour, and the writer on the panel."""
    d = detected("Kære Thandi\n\nTak for din ansøgning til stillingen som projektleder. Vi vil "
                 "gerne invitere dig til en første samtale.\n\nSamtalen finder sted tirsdag den "
                 "10. november kl. 13.30 på vores kontor i Odense. Du skal tale med vores "
                 "driftschef Jonas Holm og mig. Vi regner med, at samtalen varer ca. en time."
                 "\n\nVenlig hilsen\nSara Dahl", subject="Invitation til samtale",
                 sender="Sara Dahl <sara@fynbyg.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert (d.interview.start.hour, d.interview.start.minute) == (13, 30)
    assert d.interview.end is not None and d.interview.end.hour == 14
    assert "Sara Dahl" in {p.name for p in d.interview.interviewers}


def test_a_cancellation_without_a_time_takes_the_booked_slot_it_quotes() -> None:
    """"I must cancel our interview on Thursday" above the quoted booking: the slot, its end
    and its people are the booking's, not the candidate's own "14:00 suits me"."""
    body = ("Dear Thandi,\n\nI am afraid I have to cancel our interview on Thursday; the role "
            "has been put on hold.\n\nKind regards,\nIrene\n\n"
            "On Tue, 3 Nov 2026 at 18:00, Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Thursday 12 November at 14:00 suits me well, thank you.\n>\n"
            "> On Mon, 2 Nov 2026 at 10:00, Irene Voss <irene@kelpworks.example> wrote:\n"
            ">> We would like to invite you to an interview on Thursday 12 November from "
            "14:00 to 15:00. You will meet Pieter Nel, our plant manager.\n")
    d = detected(body, subject="Re: Interview", sender="Irene Voss <irene@kelpworks.example>",
                 date="Wed, 04 Nov 2026 09:00:00 +0200")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None
    assert (d.interview.start.hour, d.interview.end and d.interview.end.hour) == (14, 15)
    assert "Pieter Nel" in {p.name for p in d.interview.interviewers}


def test_german_days_written_as_ordinal_words() -> None:
    got = find_dates("am Donnerstag, dem zehnten Dezember, um halb drei", date(2026, 12, 4),
                     "DMY")
    assert [h.day for h in got] == [date(2026, 12, 10)]
    got = find_dates("ab dem einundzwanzigsten März", date(2026, 12, 4), "DMY")
    assert [h.day for h in got] == [date(2027, 3, 21)]


def test_her_request_to_move_a_booked_interview_answered_with_a_new_day_is_a_reschedule() -> None:
    """She asked to move the booked interview; the answer names the new day: the interview
    moved (it is not a new invitation), and a colleague the booking named and the answer
    calls by surname ("Frau Lindqvist") still sits on it."""
    body = ("Hallo Frau Nkosi,\n\nkein Problem. Den Mittwoch schaffen wir nicht mehr, aber am "
            "Donnerstag, dem zwölften November, um halb drei nachmittags hätten Frau Lindqvist "
            "und ich beide Zeit. Es bleibt bei einer Stunde.\n\nGrüße\nHenrik Vogel\n\n"
            "Am 05.11.2026 um 11:20 schrieb Thandi Nkosi <thandi@example.org>:\n"
            "> Wäre es möglich, unser Gespräch um ein, zwei Tage zu verlegen?\n>\n"
            "> Am 03.11.2026 um 08:55 schrieb Henrik Vogel <h.vogel@nordlicht.example>:\n"
            ">> hiermit bestätige ich unser Gespräch am Mittwoch, 11. November, um 14 Uhr.\n"
            ">> Sie sprechen mit Petra Lindqvist (Einkauf) und mir.\n")
    d = detected(body, subject="AW: Vorstellungsgespräch",
                 sender="Henrik Vogel <h.vogel@nordlicht.example>",
                 date="Thu, 05 Nov 2026 16:47:00 +0100")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2026, 11, 12, 14, 30, tzinfo=BERLIN)
    assert d.interview.end == datetime(2026, 11, 12, 15, 30, tzinfo=BERLIN)
    assert {p.name for p in d.interview.interviewers} == {"Henrik Vogel", "Petra Lindqvist"}


def test_her_counter_offer_to_offered_slots_answered_is_still_an_invitation() -> None:
    """Slots were offered, she proposed another ("could we do Tuesday instead?"): nothing was
    booked, so the answer that books Tuesday is the invitation."""
    body = ("Hi Thandi,\n\nPerfect, next Tuesday at 9am it is. You'll meet me and Raj Patel; "
            "plan for an hour.\n\nLeah\n\n"
            "On Tue, 3 Nov 2026 at 08:00, Thandi Nkosi <thandi@example.org> wrote:\n"
            "> Could we do Tuesday instead? Anything from 8am works.\n>\n"
            "> On Mon, 2 Nov 2026 at 16:00, Leah Sand <leah@tallgrass.example> wrote:\n"
            ">> Would Wednesday Nov 11 at 8am or Friday Nov 13 at 9am work for an interview?\n")
    d = detected(body, subject="Re: Next steps - Data Engineer interview",
                 sender="Leah Sand <leah@tallgrass.example>",
                 date="Wed, 04 Nov 2026 17:00:00 +0200")
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_asking_whether_it_is_possible_to_move_the_interview_is_a_move() -> None:
    assert c.RESCHEDULE.search("Would it be possible to move our interview to Friday?")
    assert c.RESCHEDULE.search("Is it possible to push the call back an hour?")
    assert not c.RESCHEDULE.search("We are now able to move the process forward.")


def test_word_ranges_in_italian_and_polish() -> None:
    got = find_times("giovedì 4 febbraio dalle ore 11:00 alle ore 12:00 (ora italiana)")
    assert [(h.start.hour, h.end and h.end.hour) for h in got] == [(11, 12)]
    got = find_times("w czwartek od 9:00 do 10:30")
    assert [(h.start.hour, h.end and h.end.minute) for h in got] == [(9, 30)]


def test_italian_lets_move_and_half_an_hour_in_seven_languages() -> None:
    assert c.RESCHEDULE.search("Che ne dici se spostiamo a lunedì alle tre?")
    for said in ("Il colloquio durerà mezz'ora.", "Das Gespräch dauert eine halbe Stunde.",
                 "La entrevista durará media hora.", "A entrevista dura meia hora.",
                 "L'entretien dure une demi-heure.", "Het gesprek duurt een half uur.",
                 "Samtalet varar en halvtimme."):
        got = stated_length(said)
        assert got is not None and got.seconds == 1800, said


def test_a_swedish_decision_by_the_friday_of_a_week_number() -> None:
    from mailwatch.extract.deadline import find_deadline

    got = find_deadline("Vi hoppas kunna fatta beslut senast fredag vecka 4.", date(2027, 1, 12),
                        "DMY")
    assert got is not None and got[0] == date(2027, 1, 29)


def test_a_clock_change_note_is_neither_a_move_nor_a_length() -> None:
    """"Latvia moved to winter time last Sunday, so we are two hours ahead of UTC" under a
    "Length: about one and a half hours" field: no reschedule, and the end from the field."""
    d = detected("Dear Thandi,\n\nI am writing to confirm your interview for the QA Lead "
                 "position.\n\nDate:   Monday, 9 November 2026\nTime:   11:00 Riga time\n"
                 "Length: about one and a half hours\nWith:   Pavel Orlov (CTO)\n\nPlease note "
                 "that Latvia moved to winter time last Sunday, so the clocks are now two hours "
                 "ahead of UTC.\n\nKind regards,\nOlga", subject="Interview confirmation",
                 sender="Olga Smirnova <olga@daugava.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(minutes=90)


def test_a_change_link_that_offers_to_find_a_new_time_is_no_move() -> None:
    assert c.CONDITIONAL.search("Use the link below and we'll find a new time:")
    assert c.RESCHEDULE.search("Use the link below and we'll find a new time:")


def test_a_forwarders_own_summary_slot_is_read_before_the_forwarded_mail() -> None:
    """Her bullet "dinsdag 10 november, 10.00 tot 11.30 uur" (Dutch "uur" after a dotted
    range) is the booked slot; the forwarded "volgende week dinsdag om 10 uur" was the ask."""
    body = ("Hoi Thandi,\n\nGoed nieuws: Joost wil je graag spreken! Ik heb het in de agenda's "
            "gezet.\n\nEven op een rijtje:\n- dinsdag 10 november, 10.00 tot 11.30 uur\n"
            "- je spreekt met Joost de Wit\n\nGroetjes,\nFemke\n\n"
            "---------- Doorgestuurd bericht ---------\n"
            "Van: Joost de Wit <joost@stroomlijn.example>\n"
            "Datum: ma 2 nov 2026 om 08:31\nOnderwerp: gesprek Thandi\n\n"
            "Hey Femke,\n\nKunnen we haar volgende week dinsdag om 10 uur uitnodigen voor de "
            "functie Frontend Developer?\n\nJoost\n")
    d = detected(body, subject="Fwd: gesprek Thandi - Frontend Developer",
                 sender="Femke Jansen <femke@stroomlijn.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.end is not None and (d.interview.end.hour, d.interview.end.minute) == (
        11, 30)
    assert not any(p.name.startswith("Hey") for p in d.interview.interviewers)


def test_a_schedule_with_one_paragraph_per_session_ends_with_its_last_session() -> None:
    d = detected("Hi Thandi,\n\nYour virtual onsite for the Data Engineer role is confirmed. "
                 "All times are Eastern Time (ET).\n\nThursday, November 12, 2026\n\n"
                 "10:00 AM - 10:45 AM | Technical Deep Dive\nMarcus Oyelaran, Staff Engineer\n\n"
                 "10:45 AM - 11:30 AM | System Design\nElena Voss, Engineering Manager\n\n"
                 "11:30 AM - 11:45 AM | Break\n\n11:45 AM - 12:30 PM | Values\nDana Whitfield, "
                 "Director\n\nEvery session uses the same Zoom room.\n\nBest,\nJenna",
                 subject="Interview Confirmation", sender="Jenna <jenna@harborview.example>")
    assert d.interview is not None and d.interview.end is not None
    assert (d.interview.end.hour, d.interview.end.minute) == (12, 30)
