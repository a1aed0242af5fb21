"""Rules from the eighth session's read of batch 44NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.signature import signature_person
from mailwatch.model import Kind


def test_a_committee_that_pushed_its_own_meeting_is_no_move() -> None:
    det = detected(
        "Hi Thandi,\n\nI said we'd have an answer by tomorrow, and I'm sorry that won't happen: "
        "two of the panel asked for a second look, so the hiring committee has pushed its "
        "meeting back. The new plan is a final decision by Wednesday, November 11.\n\nRenée",
        subject="Re: Research Associate - timing update", sender="Renée C <renee@bio.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 11)


def test_dutch_two_weeks_in_words_and_portuguese_offer() -> None:
    assert find_deadline("We verwachten binnen twee weken de knoop door te hakken.",
                         date(2026, 12, 3), "DMY")[0] == date(2026, 12, 17)
    det = detected(
        "Cara Thandi,\n\ntenho o prazer de lhe apresentar a nossa proposta para a função de "
        "Engenheira de Dados, com remuneração base mensal de 3.250,00 €.\n\nRita",
        subject="Proposta – Engenheira de Dados", sender="Rita C <rita@atlantico.example>")
    assert det.kind is Kind.OFFER


def test_a_referee_put_forward_by_a_colleague() -> None:
    det = detected(
        "Hi Thandi,\n\nSipho has put you forward as one of his referees. Would you have 15 "
        "minutes for a quick call this Thursday at 11:00?\n\nDaniel",
        subject="Reference for Sipho", sender="Daniel O <daniel@ironwood.example>")
    assert det.kind is Kind.OTHER


def test_a_malay_letter_with_an_afternoon_range_and_honorifics() -> None:
    det = detected(
        "Yang Dihormati Cik Thandi Nkosi,\n\nPermohonan Cik bagi jawatan Pegawai Teknologi "
        "Maklumat telah disenarai pendek, dan Cik adalah dijemput untuk menghadiri sesi temu "
        "duga seperti butiran berikut:\n\nHari/Tarikh : Selasa, 10 November 2026\n"
        "Masa        : 2.30 petang hingga 3.30 petang\n"
        "Panel       : Awang Haji Roslan bin Abdullah (Pengurus IT)\n\nSekian, terima kasih.",
        subject="Jemputan Menghadiri Temu Duga", sender="Nurul <nurul@borneo.example>",
        date="Mon, 02 Nov 2026 09:00:00 +0800")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.end.hour) == (14, 15)
    assert [p.name for p in det.interview.interviewers] == ["Roslan bin Abdullah"]


def test_done_then_an_emoji_over_her_pick() -> None:
    det = detected(
        "Done 👍 Friday it is. Otieno will send the invite.\n\nW.\n\n"
        "On Mon, 2 Nov 2026 at 21:47, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Friday at 2pm works best for me.\n>\n"
        "> On Mon, 2 Nov 2026 at 10:31, Wanjiru K <w@pay.example> wrote:\n"
        ">> The next step for the Product Designer role is a review with Otieno Barasa. We can "
        "do Thursday 5 November, 11:00-12:00 or Friday 6 November, 14:00-15:00.\n",
        subject="Re: Product Designer - portfolio review", sender="Wanjiru K <w@pay.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (6, 14)


def test_panels_listed_after_a_two_person_panel_or_the_following() -> None:
    det = detected(
        "Good afternoon Thandi,\n\nYou have been selected to interview for the Branch Manager "
        "position on Tuesday 10 November at 10:00.\n\nInterviews are 60 minutes with a "
        "two-person panel:\nRosa Ybarra, Deputy Director\nTomás Quinn, Regional Supervisor\n\n"
        "Kendra", subject="Branch Manager - interview", sender="Kendra L <k@library.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Rosa Ybarra", "Tomás Quinn"}


def test_a_spanish_conductor_and_a_nynorsk_panel() -> None:
    det = detected(
        "Hola Thandi,\n\nTe confirmo la entrevista para el martes 10 de noviembre a las 10 de la "
        "mañana. Va a ser por Zoom y la lleva el Ing. Ricardo Salas Ortega, Gerente de Datos; "
        "calcula alrededor de una hora.\n\nMariana",
        subject="Entrevista - Analista de Datos", sender="Mariana E <m@bajio.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Ricardo Salas Ortega"]
    det = detected(
        "Hei Thandi,\n\nVi vil gjerne invitere deg til intervju for stillinga som dataingeniør "
        "tysdag 10. november kl. 10.00.\n\nFrå oss kjem dagleg leiar Ingrid Solheim og eg.\n\n"
        "Eirik Haugland\nTeknisk leiar", subject="Invitasjon til intervju",
        sender="Eirik Haugland <eirik@havdata.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Ingrid Solheim", "Eirik Haugland"}


def test_a_signature_that_repeats_the_first_name_then_gives_the_full_one() -> None:
    assert signature_person("Kind regards,\nHarriet\n\nHarriet Blythe\nSenior Talent Partner\n"
                            "Fernhollow Insurance") == ("Harriet Blythe", "Senior Talent Partner")


def test_a_german_reply_by_date_with_dots_is_hers() -> None:
    assert find_deadline("Bitte geben Sie mir bis Freitag, 18.09., kurz Bescheid, ob der Termin "
                         "für Sie passt.", date(2026, 9, 10), "DMY") is None
