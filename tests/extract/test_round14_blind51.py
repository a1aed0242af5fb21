"""Rules from the ninth session's read of batch 51NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.employer import domain_phrase
from mailwatch.model import Kind


def test_moving_a_candidate_to_the_technical_interview_is_progress() -> None:
    det = detected(
        "Hi Thandi,\n\nThe team would like to move you to the technical interview for Senior "
        "Backend Engineer. We're holding these times for you (all Perth time, AWST):\n"
        "Mon 9 Nov   10:00 – 11:00\nTue 10 Nov   15:00 – 16:00\n\nChoose one here: "
        "https://app.ashbyhq.com/s/1\n\nMei Lin", subject="Pick a time for your interview",
        sender="Mei Lin <no-reply@ashbyhq.com>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_spanish_la_pasamos_para_el() -> None:
    det = detected(
        "Hola Thandi,\n\nNo vamos a poder hacer la entrevista técnica el lunes 9 a las 15 hs como "
        "habíamos quedado. La pasamos para el miércoles 11 de noviembre a las 16:30 hs (hora de "
        "Argentina).\n\nSofi", subject="Cambio de horario – entrevista técnica",
        sender="Sofía G <s@quebracho.example>", date="Mon, 02 Nov 2026 11:20:05 -0300")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 11, 16, 30)


def test_the_time_you_suggested_picks_her_quoted_time() -> None:
    det = detected(
        "Hi Thandi,\n\nThe 2:30 you suggested is perfect – I'll send a Teams link on "
        "Wednesday.\n\nFaris\n\nOn Sun, 1 Nov 2026 at 19:12, Thandi Nkosi <thandi@example.org> "
        "wrote:\n> Thursday the 5th works best for me – I could do 11:00 or 2:30 (Sydney time).\n"
        ">\n> On Fri, 30 Oct 2026, Faris A <faris@saltbush.example> wrote:\n>> Could we find 40 "
        "minutes next week for an interview about the Product Analyst role?\n",
        subject="Re: Product Analyst - interview times", sender="Faris A <faris@saltbush.example>",
        date="Mon, 02 Nov 2026 08:27:03 +1100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 5, 14, 30)


def test_a_when_field_says_its_time_in_its_first_sentence() -> None:
    det = detected(
        "Hiya Thandi,\n\nTidewater would love to meet you for the Backend Engineer role! Here's "
        "what I've confirmed with them:\nWhen: Monday 9 November at "
        "10:50 UK time. I know, random time: their CTO comes out of a review at 10:45.\n"
        "How long: they've blocked out 45 minutes\n\nGemma",
        subject="Tidewater – you're in!", sender="Gemma T <gemma@northgate.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.start.minute) == (10, 50)


def test_dutch_rejection_and_an_austrian_hoeren_von_uns() -> None:
    det = detected(
        "Beste Thandi,\n\nToch hebben we besloten om de procedure niet met jou voort te zetten. "
        "We hebben gekozen voor een kandidaat die al jaren met meterdata werkt.\n\nSanne",
        subject="Terugkoppeling sollicitatie Data Analist", sender="Sanne B <s@kogge.example>")
    assert det.kind is Kind.REJECTION
    found = find_deadline("Sie hören aber bis spätestens Ende Jänner von uns.",
                          date(2027, 1, 14), "DMY")
    assert found is not None and found[0] == date(2027, 1, 31)


def test_domains_spelling_names_with_and_initials_and_a_kind_word() -> None:
    assert domain_phrase("ousefossrail", "Head of Collections\nOuse & Foss Railway Heritage "
                         "Trust\nLeeman Sidings") == "Ouse & Foss Railway Heritage Trust"
    assert domain_phrase("afsa-nl", "Section Head\nAvalon Fisheries Science Agency\n80 Wharf"
                         ) == "Avalon Fisheries Science Agency"
    assert domain_phrase("brunasco", "Responsabile\nOfficine Brunasco S.r.l.\nVia") == (
        "Officine Brunasco")
