"""Rules about people (interviewers, coordinators, agents) added in the session after batch
21NN joined the corpus; the other rules of that session are in test_round8.py. All mail
here is invented."""

from __future__ import annotations

from mailfactory import detected, raw_mail, vevent

from mailwatch.extract import classify as c
from mailwatch.extract import detect
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.names import dedupe
from mailwatch.extract.people import names_in_text
from mailwatch.extract.signature import sender_person
from mailwatch.extract.writer import sender_interviews
from mailwatch.message import Address, parse_message
from mailwatch.model import Kind, Person


def _names(text: str) -> list[str]:
    return [p.name for p in names_in_text(text)]


def test_interviewers_introduced_in_spanish_catalan_swedish_and_indonesian() -> None:
    assert _names("• Te entrevistarán: Inés Calvo (jefa de Compras) y Tomás Ferrer "
                  "(responsable de Almacén)") == ["Inés Calvo", "Tomás Ferrer"]
    assert _names("Platicarás con Renata Olvera (Head of Data) y Emilio Zárate.") == [
        "Renata Olvera", "Emilio Zárate"]
    assert _names("La conversa seria per videotrucada, d'uns 30 minuts, amb la Núria Vidal "
                  "(responsable de producte) i en Pau Soler (desenvolupador).") == [
        "Núria Vidal", "Pau Soler"]
    assert _names("Med: Karin Sjöberg (designchef) och Nils Ekström (produktägare)") == [
        "Karin Sjöberg", "Nils Ekström"]
    assert _names("Pewawancara : Bapak Rudi Hartono (Engineering Manager)\n"
                  "Ibu Maya Kusuma (HR Business Partner)\n") == ["Rudi Hartono", "Maya Kusuma"]


def test_a_nigerian_engineers_title_before_a_name() -> None:
    assert _names("The interview panel will be chaired by Engr. Emeka Nwosu, Head of HSE.") == [
        "Emeka Nwosu"]


def test_i_will_bring_a_colleague_along_puts_both_on_the_call() -> None:
    assert _names("Thursday at 10 works. I'll bring Lindiwe Dube from the data team along.") == [
        "Lindiwe Dube"]
    assert sender_interviews("Thursday at 10 works. I'll bring Lindiwe Dube from the data "
                             "team along.")
    assert not sender_interviews("Please bring your ID along.")


def test_an_agencys_own_prep_call_does_not_put_the_agent_on_the_interview() -> None:
    assert not sender_interviews("They've booked you in for Thursday at 10. I'll give you a "
                                 "call on Monday to prep.")
    assert sender_interviews("I'll give you a call on Thursday at 10 for a first chat.")


def test_romanian_and_vietnamese_interviewer_fields_with_their_honorifics() -> None:
    assert _names("• Vor participa: Andrei Vasile (Engineering Manager) și Ioana Dobre\n") == [
        "Andrei Vasile", "Ioana Dobre"]
    assert _names("- Người phỏng vấn: anh Phạm Đức Long (Engineering Manager) và chị Võ Thị "
                  "Hương (Tech Lead)\n") == ["Phạm Đức Long", "Võ Thị Hương"]


_ITINERARY = (
    "Hi Thandi,\n\nYour itinerary for Thursday 5 November 2026 is below. All times are "
    "Johannesburg time.\n\n"
    "8:45 am            Arrival - sign in at reception\n"
    "9:00 - 9:45 am     Technical interview - Dr Ayanda Zulu (Principal Engineer), Ruan Steyn "
    "(Senior Engineer)\n"
    "9:45 - 10:00 am    Break\n"
    "10:00 - 10:45 am   Behavioural interview - Lindiwe Dube (Engineering Manager, Protection & "
    "Control), Sipho Mokoena (HR Business Partner)\n"
    "10:45 - 11:30 am   Lunch with the Protection & Control team\n"
)


def test_an_itinerary_row_names_its_session_then_its_people() -> None:
    people = [(p.name, p.title) for p in names_in_text(_ITINERARY)]
    assert people == [("Ayanda Zulu", "Principal Engineer"), ("Ruan Steyn", "Senior Engineer"),
                      ("Lindiwe Dube", "Engineering Manager, Protection & Control"),
                      ("Sipho Mokoena", "HR Business Partner")]


def test_an_itinerarys_arrival_time_is_not_the_interviews_start() -> None:
    det = detected(_ITINERARY, subject="Your interview itinerary")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.hour, det.interview.start.minute) == (9, 0)


def test_an_internal_panel_the_user_sits_on_is_not_her_interview() -> None:
    for text in ("Please hold this slot for the panel interview with Rishi Naidoo (candidate 3).",
                 "Thandi - please lead the technical questions (section B of the guide).",
                 "Scorecards are in the Recruitment folder, please submit them by end of day."):
        assert c.NOT_MINE.search(text), text


def test_a_coordinator_who_set_it_up_on_someones_behalf_is_not_on_the_call() -> None:
    assert not sender_interviews("I have set this up on Eva's behalf and won't be joining "
                                 "the call myself.")
    assert not sender_interviews("I'll be there to welcome you, but won't be joining the "
                                 "interview myself. See you on Tuesday.")


def test_her_own_other_address_on_an_invitation_she_forwarded_is_not_an_interviewer() -> None:
    event = vevent(summary="Interview: Data Analyst", start="20261105T100000",
                   end="20261105T110000", tzid="Africa/Johannesburg",
                   organizer="CN=Lerato Mokoena:mailto:lerato@umoya.example",
                   attendees=("CN=Zola Khumalo:mailto:zola@umoya.example",
                              "CN=thandi.home@mail.example:mailto:thandi.home@mail.example"))
    raw = raw_mail("fwd to my main inbox\n\n---------- Forwarded message ---------\n"
                   "From: Lerato Mokoena <lerato@umoya.example>\nSubject: Interview: Data "
                   "Analyst\n\nDear Thandi, please find the invitation attached.\n",
                   subject="Fwd: Interview: Data Analyst",
                   sender="Thandi Nkosi <thandi.home@mail.example>", ics=event)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.interview is not None
    assert all(p.name for p in det.interview.interviewers)


def test_a_flattened_html_table_with_the_interviewers_cell_last_in_its_header() -> None:
    text = ("Your schedule is below.\nDate\nTime (Sydney time, AEDT)\nSession\nInterviewer(s)\n"
            "Tuesday 10 November 2026\n10:00 – 10:45\nSystem design\n"
            "Pieter van der Berg, Principal Engineer\n10:45 – 11:30\nTeam & ways of working\n"
            "Lucía de la Fuente, Engineering Manager\nMei Tanaka, Recruiting Coordinator\n")
    assert _names(text) == ["Pieter van der Berg", "Lucía de la Fuente"]


def test_an_ats_event_whose_notes_name_the_interviewers_while_only_the_recruiter_is_a_guest(
) -> None:
    event = vevent(summary="Thandi Nkosi <> Umoya Solar: Technical Interview",
                   start="20261105T110000", end="20261105T121500", tzid="Africa/Johannesburg",
                   organizer="CN=Chloe Ashdown:mailto:chloe@umoyasolar.example",
                   description="Technical interview.\\nInterviewers: Olivia Brennan (Head of "
                               "Embedded Systems)\\, Tomasz Wójcik (Staff Firmware Engineer).")
    raw = raw_mail("Hi Thandi,\n\nYour Technical Interview is confirmed.\n\nYour hiring team\n"
                   "- Chloe Ashdown | Technical Recruiter | Your point of contact\n\n"
                   "Thanks,\nChloe Ashdown\nTechnical Recruiter\n",
                   subject="Interview confirmed", sender="Chloe Ashdown <no-reply@ashbyhq.com>",
                   ics=event)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert [p.name for p in det.interview.interviewers] == ["Olivia Brennan", "Tomasz Wójcik"]


def test_assessors_on_the_day_and_the_undersigned() -> None:
    assert _names("Your assessors on the day will be Gareth Hughes (Training Manager) and Shona "
                  "McLeod (Senior Electrical Assessor).") == ["Gareth Hughes", "Shona McLeod"]
    assert sender_interviews("Gesprächspartner: Herr Urs Brunner, Leiter Finanzen, und die "
                             "Unterzeichnende")


def test_a_surname_first_sender_who_signs_first_name_first() -> None:
    sender = Address(name="Meier Corinne", email="corinne.meier@limmat.example")
    assert sender_person(sender, "", "Freundliche Grüsse\nCorinne Meier\nHR").name == (
        "Corinne Meier")
    hungarian = Address(name="Tóth Réka", email="reka.toth@dunaport.example")
    assert sender_person(hungarian, "", "Üdvözlettel:\nTóth Réka\nHR generalista").name == (
        "Tóth Réka")


def test_a_panel_field_with_titles_after_commas() -> None:
    assert _names("Panel: Dale Whitford, Transit Supervisor, and Anita Sandhu, HR Advisor\n") == [
        "Dale Whitford", "Anita Sandhu"]


def test_a_talent_partner_alone_on_the_event_she_cancels_is_no_interviewer() -> None:
    event = vevent(summary="Canceled: Interview - Embedded Software Engineer", method="CANCEL",
                   start="20261105T150000", end="20261105T160000", tzid="Africa/Johannesburg",
                   organizer="CN=Isla Fraser:mailto:isla@orrin.example", attendees=(
                       "CN=Thandi Nkosi:mailto:thandi@example.org",))
    raw = raw_mail("Hi Thandi,\n\nWe've had to cancel your interview on Thursday.\n\n-- \n"
                   "Isla Fraser\nTalent Acquisition Partner\nOrrin Marine Systems\n",
                   subject="Canceled: Interview", sender="Isla Fraser <isla@orrin.example>",
                   ics=event, ics_method="CANCEL")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.CANCELLATION
    assert det.interview.interviewers == ()


def test_an_agent_who_relays_the_employers_invitation_is_no_interviewer() -> None:
    event = vevent(summary="Interview - Management Accountant", start="20261105T100000",
                   end="20261105T110000", tzid="Africa/Johannesburg",
                   organizer="CN=Fiona MacLeod:mailto:fiona@clydemoor.example",
                   attendees=("CN=Callum Reid:mailto:callum@clydemoor.example",
                              "CN=Graeme Dunlop:mailto:graeme@harbourfell.example"))
    raw = raw_mail("Hi Thandi,\n\nPlease see the invite from Fiona at Clydemoor; it will be with "
                   "herself and Callum Reid.\n\nGraeme\n", subject="FW: Interview",
                   sender="Graeme Dunlop <graeme@harbourfell.example>", ics=event)
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert "Graeme Dunlop" not in [p.name for p in det.interview.interviewers]


def test_schedule_rows_that_end_with_the_interviewers_name() -> None:
    text = ("10:30 AM – 11:15 AM Coding & Problem Solving Faris bin Ismail\n"
            "11:15 AM – 12:00 PM System Design Layla al-Hashimi\n"
            "12:00 PM – 12:15 PM Break\n"
            "12:15 PM – 12:45 PM Hiring Manager Conversation Arjun Venkataraman\n")
    assert _names(text) == ["Faris bin Ismail", "Layla al-Hashimi", "Arjun Venkataraman"]
    assert _names("10:30 AM – 11:15 AM Team Presentation\n11:15 AM – 12:00 PM Case Study\n") == []


def test_interviewers_in_flemish_danish_norwegian_and_welsh_names() -> None:
    assert _names("Je babbelt met Jens Peeters, teamlead Data Platform, en met mezelf.") == [
        "Jens Peeters"]
    assert sender_interviews("Je babbelt met Jens Peeters, teamlead Data Platform, en met mezelf.")
    assert _names("Fra vores side deltager jeg selv og Søren Lindholm fra vores ML-team.") == [
        "Søren Lindholm"]
    assert _names("Første steg er en uformell videosamtale på ca. 30 minutter med Ingrid "
                  "Solberg, som er teamleder.") == ["Ingrid Solberg"]
    assert _names("You'll be meeting Gareth Pryce-Jones (Commercial Director) and Nia ap Rhys "
                  "(Associate Director).") == ["Gareth Pryce-Jones", "Nia ap Rhys"]
    assert _names("Then you'll cook two dishes alongside Carys Lloyd (our sous).") == [
        "Carys Lloyd"]


def test_cjk_interviewers_after_a_title_and_with_the_iteration_mark() -> None:
    assert [p.name for p in cjk_people("面 试 官：技术总监 王磊、数据平台负责人 陈静\n")] == [
        "王磊", "陈静"]
    found = cjk_people("■面接官：開発本部 部長\u3000佐々木 健一\n")
    assert [p.name for p in found] == ["佐々木 健一"]


def test_given_names_that_end_a_surname_first_name_are_the_same_person() -> None:
    people = dedupe([Person(name="Tan Wei Ling"), Person(name="Wei Ling"),
                     Person(name="Marcus Goh")])
    assert [p.name for p in people] == ["Tan Wei Ling", "Marcus Goh"]


def test_a_panel_member_whose_bracketed_title_has_a_comma() -> None:
    assert _names("The panel will be David Okoro (Partner, Commercial Litigation) and me.") == [
        "David Okoro"]
    assert _names("You will meet a panel of three (Anna Berg, Head of Data; Tom Li, Analyst).") == [
        "Anna Berg", "Tom Li"]


def test_german_findet_mit_herrn_and_dutch_met_mij_en() -> None:
    assert _names("Das Gespräch dauert ca. 45 Minuten und findet mit Herrn Markus Gruber "
                  "(Leitung Disposition) an unserem Standort statt.") == ["Markus Gruber"]
    text = "Zou je tijd hebben voor een gesprek van een uur met mij en Bram Jansen (CTO)?"
    assert _names(text) == ["Bram Jansen"]
    assert sender_interviews(text)
