"""Rules from the seventh session's read of batch 39NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.people import names_in_text
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_slot_lines_with_a_link_and_a_hold_until_date() -> None:
    det = detected(
        "Hi Thandi,\n\nWe'd like to invite you to a 45-minute video interview for the Data "
        "Analyst position.\n\nPlease pick ONE of the times below.\n\n"
        "Wed, Nov 4, 2026   10:00 AM – 10:45 AM   Select: https://app.goodtime.example/c/x/p/1\n"
        "Thu, Nov 5, 2026   4:30 PM – 5:15 PM   Select: https://app.goodtime.example/c/x/p/2\n\n"
        "These options will be held for you until Tue, Nov 3, 2026 at 6:00 PM.\n",
        subject="Action needed: choose a time", sender="Recruiting <s@notify.goodtime.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is None


def test_parfait_over_her_pick_with_the_header_in_the_text() -> None:
    det = detected(
        "Parfait, Thursday it is! I've let Mathilde and Owen know.\n\nG.\n\nLe\n\n"
        "2 nov. 2026 à 21:48, Thandi Nkosi <thandi@example.org> a écrit :\n\n"
        "> Thursday the 5th at 2pm works best for me.\n>\n"
        "> On Mon, Nov 2, 2026 at 11:03 AM Gen Tremblay <gen@theatre.example> wrote:\n>\n"
        ">> The interview would be with Mathilde Roy, our Artistic Director, and Owen Lafleur, "
        "Production Manager. Would Wednesday November 4 at 10:00 or Thursday November 5 at 2 pm "
        "work for you?\n", subject="Re: Technical Director – interview",
        sender="Gen Tremblay <gen@theatre.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (5, 14)
    assert [p.name for p in det.interview.interviewers] == ["Mathilde Roy", "Owen Lafleur"]


def test_a_move_over_the_call_the_quoted_mail_booked() -> None:
    det = detected(
        "Morning Thandi,\n\nI'll be stuck at the sugarhouse all day tomorrow. Could we do "
        "Thursday instead? Same time, same Zoom link.\n\nRuth\n\n"
        "On Wed, Oct 28, 2026 at 4:17 PM Ruth Castle <ruth@maple.example> wrote:\n"
        "> Let's lock in Tuesday, November 3 at 3:00 pm Eastern for a 30-minute call about the "
        "Supply Chain Coordinator job. It'll just be me.\n",
        subject="Re: Supply Chain Coordinator - call on Tuesday",
        sender="Ruth Castle <ruth@maple.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 5, 15)


def test_the_slot_under_the_sign_off_the_text_points_to() -> None:
    det = detected(
        "Kia ora Thandi,\n\nAroha Ngata and I would like to have a proper chat with you about the "
        "Reservoir Engineer role. I've put the details right at the bottom so they're easy to "
        "find.\n\nNgā mihi,\nHemi\n\n-- \nHemi Walker | Reservoir Lead\nKōwhai Geo\n\nOur chat\n"
        "📅 Fri 13 November 2026 · 3:30–4:15 pm NZDT\n",
        subject="Reservoir Engineer role – a chat next week", sender="Hemi W <hemi@kowhai.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour,
            det.interview.start.minute) == (13, 15, 30)


def test_dutch_and_german_weekday_promises() -> None:
    found = find_deadline("Uiterlijk vrijdag laat ik je weten of we je uitnodigen.",
                          date(2027, 3, 1))
    assert found is not None and found[0] == date(2027, 3, 5)
    assert find_deadline("Falls es nicht passt, geben Sie mir bitte bis Mittwoch Bescheid.",
                         date(2027, 1, 11)) is None


def test_an_italian_clock_in_words_and_panel() -> None:
    assert [(h.start.hour, h.start.minute) for h in find_times(
        "giovedì 22 aprile, alle dieci e mezza del mattino")] == [(10, 30)]
    assert [(h.start.hour, h.start.minute) for h in find_times("alle undici meno un quarto")] == [
        (10, 45)]
    people = names_in_text("La incontreranno l'Ing. Paolo Tedi, Direttore di Stabilimento, e la "
                           "Dott.ssa Chiara Manfredi, HR Business Partner.")
    assert [p.name for p in people] == ["Paolo Tedi", "Chiara Manfredi"]
