"""Rules from the tenth session's read of batch 55NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.model import Kind

_BOARD = {"List-Unsubscribe": "<https://board.example/unsub>"}


def test_a_job_board_relays_a_recruiters_french_slots() -> None:
    det = detected(
        "Vous avez un nouveau message\n\nBonjour Thandi,\n\nMerci pour ta candidature ! "
        "J'aimerais te proposer un premier échange en visio d'environ 30 minutes. Est-ce qu'un "
        "de ces créneaux t'irait ?\n\nlundi 9 novembre à 10h00\n\nmardi 10 novembre à 15h00\n\n"
        "Camille Roux\nTalent Acquisition – Kiosque Vert",
        subject="Camille de Kiosque Vert vous a envoyé un message",
        sender="Welcome to the Jungle <notifications@mail.welcometothejungle.example>",
        headers=_BOARD)
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company != "Welcometothejungle"


def test_an_italian_board_notice_of_a_decision_not_to_proceed() -> None:
    det = detected(
        "Ciao Thandi,\n\nc'è un aggiornamento sulla tua candidatura all'offerta Impiegata "
        "amministrativa.\n\nL'azienda ha valutato il tuo CV e ha deciso di non proseguire con la "
        "tua candidatura per questa offerta.\n\nInfoJobs", subject="Aggiornamento candidatura",
        sender="InfoJobs <noreply@comunicazioni.infojobs.example>", headers=_BOARD)
    assert det.kind is Kind.REJECTION


def test_a_belgian_selection_jury_is_a_hiring_panel() -> None:
    det = detected(
        "Madame Nkosi,\n\nSuite à votre entretien du 24 février devant le jury de sélection, "
        "votre candidature est toujours à l'étude. Le jury doit encore rencontrer plusieurs "
        "candidats.\n\nNous reviendrons vers vous endéans les deux semaines, et au plus tard le "
        "15 mars.\n\nSophie Wauters", subject="Suivi de votre candidature",
        sender="Sophie Wauters <s@mutualite.example>", date="Mon, 01 Mar 2027 10:00:00 +0100")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2027, 3, 15)
