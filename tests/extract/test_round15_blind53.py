"""Rules from the tenth session's read of batch 53NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.domains import is_service
from mailwatch.extract.dates import find_dates
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.roster_tables import column_people
from mailwatch.extract.times import find_times
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
    long_line = "This table lists who you will meet; " * 4
    assert column_people(["Time Session Interviewer", long_line]) == []
    assert column_people(["Time Session Interviewer"]) == []


def test_german_cancel_over_a_long_role_name() -> None:
    det = detected(
        "Sehr geehrte Frau Nkosi,\n\nleider müssen wir Ihr Vorstellungsgespräch für die Position "
        "Projektingenieur:in Verfahrenstechnik absagen, das wir für Donnerstag, 14. Jänner "
        "2027, von 9:30 bis 10:30 Uhr vereinbart hatten. Ihre Bewerbung bleibt weiterhin "
        "aufrecht; wir melden uns mit einem neuen Terminvorschlag.\n\nPersonalabteilung",
        subject="Absage Ihres Gesprächstermins", sender="Personal <p@anlagenbau.example>",
        date="Mon, 11 Jan 2027 08:00:00 +0100")
    assert det.kind is Kind.CANCELLATION


def test_dutch_booking_link_and_a_moved_conversation() -> None:
    det = detected(
        "Hoi Thandi,\n\nDank je wel voor je sollicitatie op de vacature Operations Planner! "
        "Als eerste stap plan ik graag een kort kennismakingsgesprek met je in, via Teams. Je "
        "kunt zelf een moment kiezen dat jou uitkomt via mijn agenda:\n\n"
        "https://boeken.haven.example/lotte/kennismaking-30min\n\nGroetjes,\nLotte",
        subject="Kennismaken? Operations Planner bij Maasstroom Havenlogistiek",
        sender="Lotte Verbeek <lotte@haven.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.position == "Operations Planner"
    det = detected(
        "Hoi Thandi,\n\nKleine wijziging: Mark zit dinsdagochtend vast, dus we schuiven ons "
        "gesprek een stukje op. De nieuwe tijd wordt:\n\ndinsdag 9 februari 2027, 11:30 - "
        "12:30 uur\n\nJe spreekt nog steeds met Mark Visser (Lead Data Platform) en mij.\n\n"
        "Groetjes,\nFatima\n\nFatima El Amrani\nTalent Acquisition | Hofstad Energie",
        subject="Re: Uitnodiging gesprek Data Engineer - dinsdag 9 februari",
        sender="Fatima El Amrani <fatima@hofstad.example>", date="Thu, 04 Feb 2027 09:00 +0100")
    assert det.kind is Kind.RESCHEDULE
    assert det.position == "Data Engineer"
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Mark Visser", "Fatima El Amrani"}


def test_a_dutch_mortgage_conversation_is_not_a_job() -> None:
    det = detected(
        "Geachte mevrouw Nkosi,\n\nHierbij bevestigen wij uw afspraak voor een oriënterend "
        "hypotheekgesprek.\n\nDatum: vrijdag 14 mei 2027\nTijd: 10:30 - 11:30 uur\nAdviseur: "
        "Dennis Kuipers\n\nIn dit gesprek bespreken we hoeveel u kunt lenen.\n\nTeam Afspraken",
        subject="Bevestiging van uw gesprek op vrijdag 14 mei",
        sender="Hypotheekadvies <afspraken@advies.example>")
    assert det.kind is Kind.OTHER


def test_two_or_three_time_slots_is_a_request() -> None:
    det = detected(
        "Dear Thandi,\n\nYour profile has been shortlisted for a telephone interview. Kindly "
        "share two or three time slots when you will be available between Wednesday and Friday "
        "this week, preferably between 9.00am and 4.00pm East Africa Time.\n\nWanjiku",
        subject="Telephone Interview - Operations Coordinator",
        sender="Wanjiku Mwangi <w@safiri.example>", date="Mon, 08 Mar 2027 09:00:00 +0300")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_walk_in_drive_and_the_time_the_doors_close() -> None:
    assert find_times("Entry will not be permitted after 11:00 AM.") == []
    det = detected(
        "Dear Thandi Nkosi,\n\nCongratulations! You have been shortlisted for our Walk-in Drive "
        "for the position of Java Developer.\n\nDate Saturday, 05-Dec-2026\n\nReporting Time "
        "9:30 AM (IST)\n\nVenue Tidel Park, Chennai\n\nPlease do not bring laptops. Entry will "
        "not be permitted after 11:00 AM.\n\nHR Team",
        subject="Shortlisted: Walk-in Drive for Java Developer",
        sender="Careers <careers@kaveri.example>", date="Mon, 30 Nov 2026 10:00:00 +0530")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 12, 5, 9, 30)


def test_a_status_note_promising_every_finalist_word_by_the_month_end() -> None:
    det = detected(
        "Hi Thandi,\n\nA quick note: your application for E-commerce Merchandiser is still "
        "active. We're aiming to let every finalist know where things stand by the end of the "
        "month.\n\nPriyanka", subject="Update on your E-commerce Merchandiser application",
        sender="Priyanka Desai <p@lumen.example>", date="Wed, 12 May 2027 14:03:58 -0700")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2027, 5, 31)
    assert det.position == "E-commerce Merchandiser"


def test_a_french_selection_committee_list_and_a_dutch_me_with_my_name() -> None:
    det = detected(
        "Madame Nkosi,\n\nNous vous convoquons à une entrevue pour le poste d'infirmière "
        "auxiliaire, le mardi 23 février 2027 à 13 h 30.\n\nLe comité de sélection sera composé "
        "de :\n- Mme Geneviève Lapointe, chef de service, médecine interne\n- M. Éric Gagnon, "
        "conseiller en ressources humaines\n\nVeuillez vous présenter à l'accueil.\n\nDotation",
        subject="Convocation à une entrevue", sender="Dotation <dotation@ch.example>",
        date="Mon, 15 Feb 2027 09:00:00 -0500")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Geneviève Lapointe", "Éric Gagnon"}
    det = detected(
        "Hoi Thandi,\n\nLeuk dat je wilt komen praten! We zien je op donderdag 3 december 2026 om "
        "14:00 via Google Meet.\n\nJe spreekt met mij (Sanne de Wit, Head of Design) en met Bram "
        "Hoekstra, een van onze senior product designers.\n\nGroet,\nSanne",
        subject="Uitnodiging kennismaking", sender="Sanne de Wit (Grachtwerk) <s@gw.example>",
        date="Mon, 30 Nov 2026 10:00:00 +0100")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Sanne de Wit", "Bram Hoekstra"}
