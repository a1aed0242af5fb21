"""Rules from the tenth session's read of batch 53NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.domains import is_service
from mailwatch.extract.dates import find_dates
from mailwatch.extract.employer import domain_phrase
from mailwatch.model import Kind


def test_a_domain_with_a_state_code_a_cut_last_word_or_initials_then_a_name() -> None:
    assert domain_phrase("tamariskcountyaz", "Tamarisk County, Arizona") == (
        "Tamarisk County")
    assert domain_phrase("goldenmaplemarket", "Golden Maple Supermarket, Vancouver") == (
        "Golden Maple Supermarket")
    assert domain_phrase("ohioriverpartners", "Ohio River Partners") == "Ohio River Partners"
    # (two letters left over that no state writes: not a spelling)
    assert domain_phrase("tamariskcountyqx", "Tamarisk County") is None


def test_scheduling_brands_on_their_own_domains() -> None:
    assert is_service("lumenstreet.pinpointhq.example")
    assert is_service("bayview.eightfold.example")


def test_a_county_sharing_a_word_with_a_scheduling_service_is_the_employer() -> None:
    det = detected(
        "Dear Thandi,\n\nThank you for interviewing for the Budget Analyst posting. After "
        "careful review, the panel has selected another candidate, and we will not be moving "
        "forward with your application.\n\nDenise Kowalski\nHuman Resources\nAshby County, Ohio",
        subject="Budget Analyst - Selection Notice",
        sender='"Kowalski, Denise" <dkowalski@ashbycountyoh.example>')
    assert det.kind is Kind.REJECTION
    assert det.company == "Ashby County"


def test_a_hiring_manager_picks_a_day_of_the_month_in_a_reply() -> None:
    det = detected(
        "Hi Thandi,\n\nThursday works great - let's do 10:00 on the 10th at our Pembina Hwy "
        "store. It should run about an hour.\n\nI've also asked Angela Fehr, who runs our "
        "distribution centre, to sit in. When you get in, ask for me at the front desk.\n\n"
        "Curtis\n\nCurtis Demchuk\nStore Manager\nAssiniboine Building Supply\n\n"
        "From: Thandi Nkosi <thandi@example.org>\nSent: Monday, December 7, 2026 11:04 AM\n"
        "Subject: Re: Inventory Control Supervisor - next steps\n\nHi Curtis,\n\nI'm free any "
        "time Thursday morning.\n\nThandi",
        subject="RE: Inventory Control Supervisor - next steps",
        sender="Curtis Demchuk <cd@assiniboine.example>", date="Tue, 08 Dec 2026 09:12:00 -0600")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 12, 10, 10, 0)
    assert {p.name for p in det.interview.interviewers} == {"Curtis Demchuk", "Angela Fehr"}


def test_a_selection_notice_names_the_applicant_chosen() -> None:
    det = detected(
        "Dear Ms. Nkosi:\n\nThank you for your participation in the interview process. The "
        "panel has completed its evaluation, and the Appointing Authority has selected another "
        "applicant for appointment.\n\nHuman Resources", subject="Selection Notice",
        sender="HR <hr@county.example>")
    assert det.kind is Kind.REJECTION


def test_dutch_procedure_continued_with_another_candidate() -> None:
    det = detected(
        "Geachte mevrouw Nkosi,\n\nHartelijk dank voor het gesprek over de functie van "
        "Beleidsmedewerker. Na zorgvuldige afweging heeft de selectiecommissie besloten de "
        "procedure met een andere kandidaat voort te zetten.\n\nAfdeling HR",
        subject="Uw sollicitatie", sender="HR <werving@zorg.example>")
    assert det.kind is Kind.REJECTION


def test_german_first_conversation_slots_and_a_casual_founder_booking() -> None:
    det = detected(
        "Sehr geehrte Frau Nkosi,\n\ngerne würden wir Sie in einem ersten Gespräch näher "
        "kennenlernen. Wir können Ihnen folgende Termine anbieten:\n\n1) Montag, 7. Dezember "
        "2026, 9:00 Uhr\n2) Mittwoch, 9. Dezember 2026, 14:00 Uhr\n\nBitte wählen Sie Ihren "
        "Wunschtermin im Portal aus.", subject="Terminvorschläge für ein Erstgespräch",
        sender="Recruiting <karriere@versicherung.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert find_dates("für Mo, 11.01. um 16 Uhr", date(2027, 1, 5), "DMY")[0].day == (
        date(2027, 1, 11))
    assert find_dates("am 11.01. um 16 Uhr", date(2027, 1, 5), "DMY")[0].day == date(2027, 1, 11)
    assert find_dates("Di, 11.01. um 16 Uhr", date(2027, 1, 5), "DMY") == []  # (a Monday)
    det = detected(
        "Hi Thandi,\n\nsorry für die späte Antwort! Dein Profil passt echt gut. Lass uns "
        "einfach mal quatschen: ich hab uns für Mo, 11.01. um 16 Uhr eingetragen, ca. 30 Min, "
        "ganz locker per Video. Dabei ist auch Aylin Demir (unsere CTO, hier in cc).\n\nOle",
        subject="Re: Bewerbung als Backend Developer", sender="Ole Petersen <ole@fleet.example>",
        date="Tue, 05 Jan 2027 10:00:00 +0100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2027, 1, 11, 16, 0)
    assert "Aylin Demir" in {p.name for p in det.interview.interviewers}


def test_a_table_header_over_a_long_sentence_is_no_crash() -> None:
    from mailwatch.extract.roster_tables import column_people
    long_line = "This table lists who you will meet; " * 4
    assert column_people(["Time Session Interviewer", long_line]) == []
    assert column_people(["Time Session Interviewer"]) == []
