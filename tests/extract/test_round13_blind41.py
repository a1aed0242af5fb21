"""Rules from the eighth session's read of batch 41NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.subject import from_subject
from mailwatch.model import Kind


def test_status_promises_in_portuguese_french_and_korean() -> None:
    assert find_deadline("Prevemos estar em condições de lhe comunicar uma decisão até ao dia "
                         "27 de novembro.", date(2026, 11, 13), "DMY")[0] == date(2026, 11, 27)
    assert find_deadline("Vous aurez une réponse de notre part d'ici 5 à 7 jours ouvrables.",
                         date(2027, 2, 1), "DMY")[0] == date(2027, 2, 10)
    assert find_deadline("최종 결과는 금요일까지 이메일로 개별 안내드리겠습니다.",
                         date(2027, 3, 9), "YMD")[0] == date(2027, 3, 12)


def test_an_italian_rejection_with_other_profiles() -> None:
    det = detected(
        "Gentile Dott.ssa Nkosi,\n\ngrazie per il colloquio per la posizione di Progettista "
        "Meccanico Junior. Le comunichiamo con rammarico che abbiamo deciso di proseguire "
        "la selezione "
        "con altri profili.\n\nCordiali saluti,\nUfficio Risorse Umane",
        subject="Esito selezione - Progettista Meccanico Junior",
        sender="HR <hr@ravasi.example>")
    assert det.kind is Kind.REJECTION
    assert det.position == "Progettista Meccanico Junior"


def test_moves_in_spanish_and_a_slot_that_cannot_be_done_after_all() -> None:
    det = detected(
        "Hola Thandi:\n\nA Marta le ha surgido un viaje y no podrá estar en la entrevista del "
        "jueves. La hemos pasado al lunes 9 de noviembre a las 12:30 h, en el mismo sitio.\n\n"
        "Un saludo,\nÍñigo", subject="Re: Entrevista – Jefe de Almacén",
        sender="Íñigo Sanz <seleccion@alcala.example>")
    assert det.kind is Kind.RESCHEDULE
    det = detected(
        "Hi Thandi,\n\nSadly we can't do this Friday's slot after all. Both Ana and Rhys can do "
        "Monday 16 November at 10:30 instead; it's Ana Lusk (Design Director) and Rhys ap Owen "
        "(Principal Designer).\n\nHarriet", subject="Change of plan for Friday",
        sender="Harriet Bell <harriet@calder.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Ana Lusk", "Rhys ap Owen"}


def test_a_reference_for_someone_else_and_a_referral_update_are_not_mine() -> None:
    det = detected(
        "Good morning Thandi,\n\nSipho has reached our final stage for an Analyst position and "
        "he's given your name as one of his referees. Would you have 15 minutes for a call on "
        "Wednesday at 2pm?\n\nBram", subject="Reference for Sipho - quick call?",
        sender="Bram Oos <bram@larkspur.example>")
    assert det.kind is Kind.OTHER
    det = detected(
        "Hi Thandi,\n\nThanks again for referring Naledi. Naledi has been invited to interview "
        "for the Product Analyst role.\n\nScheduled: Tuesday 10 November, 10:00\n",
        subject="Update on your referral: Naledi - Product Analyst",
        sender="Talent <no-reply@hire.lever.co>")
    assert det.kind is Kind.OTHER


def test_office_hours_in_a_footer_are_no_slot() -> None:
    det = detected(
        "Dear Thandi,\n\nThank you for coming in on Thursday for the Legal Technologist role. "
        "We expect to give you a final decision within two weeks.\n\nBest wishes,\nGeorgina\n\n"
        "If you received this in error, please telephone us between 09:00 and 17:30 (Monday to "
        "Friday). Our Recruitment Privacy Notice explains how we use your data.",
        subject="Legal Technologist - update", sender="Georgina F <g@pike.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.interview is None


def test_people_who_want_to_chat_in_an_and_clause_or_in_spanish() -> None:
    det = detected(
        "Hi Thandi,\n\nYour work caught our eye, and Kofi Asante (he leads our perception team) "
        "would like to chat. Would Tuesday 10 November at 3pm or Wednesday 11 November at 10am "
        "work for a 30 minute video call about the Perception Engineer role?\n\nDana",
        subject="Perception Engineer role", sender="Dana W <dana@ferrule.example>")
    assert [p.name for p in det.people] == ["Kofi Asante"]
    det = detected(
        "Hola Thandi,\n\nFernanda Olvera Trejo, gerente de Compras, quiere conocerte para la "
        "vacante de Analista de Compras. Te confirmo la entrevista el martes 10 de "
        "noviembre a las 16:00.\n\n"
        "Rodrigo", subject="Confirmación de entrevista",
        sender="Rodrigo Z <r@huasteca.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Fernanda Olvera Trejo"]


def test_labels_of_a_split_loop_and_polish_and_french_presence() -> None:
    det = detected(
        "Hi Thandi,\n\nHere's the plan for your final round interview: Tuesday 10 November, "
        "9:00-10:30 Pacific.\n\n"
        "First 45 min: Inés de la Fuente, our VP of Engineering.\n"
        "Second 45 min: Tobias Marr, who runs the field team.\n\nKenji",
        subject="Re: [REQ-30417 Solutions Architect] final round",
        sender="Kenji A <kenji@quill.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Inés de la Fuente", "Tobias Marr"}
    assert det.position == "Solutions Architect"
    det = detected(
        "Bonjour Madame Nkosi,\n\nNous souhaiterions échanger avec vous lors d'un entretien en "
        "visioconférence le mardi 10 novembre à 14h30, en présence de Julien Roux, responsable "
        "du pôle Data, et de moi-même.\n\nClaire Dumont\nMaison Vernet",
        subject="Votre candidature – Analyste Data", sender="Claire Dumont <c@vernet.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Julien Roux", "Claire Dumont"}


def test_lengths_after_a_zone_in_the_subject_and_for_about_an_hour() -> None:
    assert stated_length("Monday at 2pm Eastern, 60 minutes.") is not None
    assert stated_length("You'll be speaking with Mitchell Oduya, Head of Rates, for about an "
                         "hour.") is not None
    det = detected(
        "Dear Thandi,\n\nYour interview has been scheduled.\n\nDate: Tuesday, November 10, 2026"
        "\nTime: 10:15 AM CST\n", subject="Interview Scheduled: 45-Minute Virtual Interview - "
        "Actuarial Analyst", sender="Prairie Mutual <prairiemutual@myworkday.com>")
    assert det.interview is not None and det.interview.end is not None
    assert (det.interview.end - det.interview.start).seconds == 45 * 60


def test_subject_roles_after_a_ticket_code_and_a_korean_notice() -> None:
    assert from_subject("Re: [REQ-30417 Solutions Architect] final round")[1] == (
        "Solutions Architect")
    assert from_subject("[한빛모빌리티] UX 리서처 채용 진행 상황 안내")[1] == "UX 리서처"


def test_an_ats_account_named_after_the_employer_names_it() -> None:
    from mailwatch.extract.company import from_sender
    from mailwatch.message import Address

    assert from_sender(Address("Kestrel Vale Utilities", "kestrelvale@myworkday.com")) == (
        "Kestrel Vale Utilities")
    relay = Address("Halcyon Ledger", "no-reply@halcyonledger.teamtailor-mail.com")
    assert from_sender(relay) == "Halcyon Ledger"
    assert from_sender(Address("Maria Lopez", "maria.lopez@greenhouse.io")) is None
    # (the service's own domain names the service: a user-listed ATS called Beamloop)
    assert from_sender(Address("Beamloop", "noreply-7731@beamloop.example"),
                       services=frozenset({"beamloop.example"})) is None


def test_a_sender_who_signs_with_the_surname_the_header_cut_short() -> None:
    from mailwatch.extract.signature import sender_person
    from mailwatch.message import Address

    me = sender_person(Address("Wren H.", "wren@radio.example"),
                       "Wren Hale-Begay\nDigital Desk Editor\nTundra Radio")
    assert me is not None and me.name == "Wren Hale-Begay"


def test_a_japanese_company_written_in_hiragana_with_a_particles_letter() -> None:
    from mailwatch.extract.company_cjk import cjk_company

    assert cjk_company("株式会社みなと電算の採用担当です。") == "株式会社みなと電算"
    assert cjk_company("株式会社ミナトデータの採用担当です。") == "株式会社ミナトデータ"


def test_subject_roles_after_a_stage_and_before_a_turkish_position_word() -> None:
    assert from_subject("Thursday - second round, Fraud Analyst")[1] == "Fraud Analyst"
    assert from_subject("Kıdemli Veri Mühendisi pozisyonu - Görüşme planlaması")[1] == (
        "Kıdemli Veri Mühendisi")
