"""Fifteenth session: rules from the decision-date misses of 60NN, read before it joined
the corpus (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.model import Kind


def test_the_week_commencing_a_date_ends_on_its_friday() -> None:
    """"Outcomes during the week commencing 8 March": the promise runs to that week's end,
    as "next week" does."""
    for said in ("We expect to share results during the week commencing 8 March 2027.",
                 "Decisions will be sent out in the week beginning Monday 8th March.",
                 "You should hear from us w/c 8 March."):
        got = find_deadline(said, date(2027, 2, 20), "DMY")
        assert got is not None and got[0] == date(2027, 3, 12), said


def test_a_rejection_keeps_no_decision_date() -> None:
    """A rejection is the decision: a day it names ("sorry this took until Friday") is not
    one to wait for."""
    d = detected("Hi Thandi,\n\nSorry it took until Friday to come back to you. We have decided "
                 "to go with another candidate for the Account Manager role, though it was "
                 "close.\n\nAll the best,\nRuth", subject="RE: Account Manager",
                 sender="Ruth Okafor <ruth@millbrook.example>",
                 date="Wed, 16 Dec 2026 10:00:00 +0000")
    assert d.kind is Kind.REJECTION
    assert d.decision_deadline is None


def test_their_call_if_she_stays_silent_is_no_decision_date() -> None:
    """"Without word from you by Thursday we will ring you": her answer is awaited, not
    their decision."""
    for said in ("Sans réponse de votre part d'ici jeudi, nous prendrons contact avec vous "
                 "par téléphone.",
                 "If we haven't heard from you by Thursday, we will contact you by phone.",
                 "Falls wir bis Donnerstag nichts von Ihnen hören, kontaktieren wir Sie "
                 "telefonisch."):
        assert find_deadline(said, date(2027, 5, 3), "DMY") is None, said


def test_swedish_and_norwegian_compounds_and_candidates_are_job_words() -> None:
    """"controllertjänsten", "kandidater", "sökande": a Swedish status update is about a
    job even with no English word in it."""
    d = detected("Hej Thandi!\n\nTack för ditt tålamod. Vi fick fler sökande till "
                 "ekonomitjänsten än väntat och träffar två kandidater till nästa vecka. Vi "
                 "räknar med att ge alla slutligt besked under vecka 9.\n\nVänliga hälsningar\n"
                 "Maria", subject="SV: Ekonomiassistent",
                 sender="Maria Berg <maria@norrsten.example>",
                 date="Mon, 15 Feb 2027 09:00:00 +0100")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 3, 5)


def test_a_french_request_to_talk_with_offered_slots_is_an_interview_request() -> None:
    """"s'entretenir avec vous", "un premier échange d'environ une heure": French for an
    interview; with slots to choose from (a French list's dashes) and no deadline of
    theirs, a request."""
    d = detected("Bonjour Madame Nkosi,\n\nMerci pour votre candidature au poste de Chargée de "
                 "projet. Notre directrice, Mme Anne Perret, souhaite s'entretenir avec vous lors "
                 "d'un premier échange d'environ une heure.\n\nQuel créneau vous conviendrait le "
                 "mieux ?\n\n– lundi 10 mai, 9h00\n– mardi 11 mai, 15h00\n\nSans réponse de "
                 "votre part d'ici vendredi, nous vous appellerons.\n\nCordialement,\nLéa Martin",
                 subject="Votre candidature – Chargée de projet",
                 sender="Léa Martin <lea.martin@valdor.example>",
                 date="Mon, 3 May 2027 09:00:00 +0200")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.decision_deadline is None
