"""Rules from the tenth session's read of batch 55NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract.position import final_position
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


def test_an_italian_agency_forward_with_a_whole_hour() -> None:
    det = detected(
        "Buongiorno Thandi,\n\nti giro qui sotto la conferma dell'azienda.\n\nSara\n\n"
        "-----Messaggio originale-----\nDa: Chiara Pavan <selezione@brenta.example>\n"
        "Inviato: venerdì 15 gennaio 2027 11:52\nA: Sara Gallo <sara@agenzia.example>\n"
        "Oggetto: Conferma colloquio\n\nGentile dott.ssa Gallo,\n\nLe confermiamo il colloquio "
        "con la candidata Thandi Nkosi:\n\n- giorno: giovedì 21 gennaio\n- ora: alle ore 10\n"
        "- durata prevista: circa 40 minuti\n\nCordiali saluti,\nChiara",
        subject="I: Conferma colloquio - Responsabile di magazzino",
        sender="Sara Gallo <sara@agenzia.example>", date="Fri, 15 Jan 2027 12:10:00 +0100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-21T10:00:00+01:00"


def test_offers_rejections_and_one_way_video_in_french_korean_chinese() -> None:
    det = detected(
        "Salut Thandi,\n\nMerci pour la journée de jeudi pour ce poste. Droit au but : on aimerait "
        "t'engager comme Ingénieure logiciel embarqué.\n\nLoïc", subject="Offre",
        sender="Loïc J <l@alpyne.example>")
    assert det.kind is Kind.OFFER
    det = detected(
        "Thandi Nkosi 님, 안녕하세요.\n\nQA 엔지니어 포지션에 관심을 갖고 "
        "1차 면접까지 참여해 주셔서 감사드립니다. 검토한 결과 아쉽게도 "
        "이번에는 다음 전형으로 모시지 못하게 되었습니다.\n\n채용팀",
        subject="1차 면접 결과 안내", sender="채용팀 <no-reply@corelink.example>")
    assert det.kind is Kind.REJECTION
    det = detected(
        "亲爱的 Thandi Nkosi：\n\n您的简历已通过初筛，"
        "现邀请您完成AI视频面试（单向录制，无需面试官在线）。"
        "\n\n请在 2027年4月20日 23:59 前完成。\n\n招聘团队", subject="AI视频面试邀请",
        sender="招聘 <noreply@hire.jingyue.example>", headers=_BOARD)
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_decision_spans_in_chinese_and_norwegian_and_a_german_agency_ask() -> None:
    det = detected(
        "Hi Thandi，\n\n感谢你参加算法工程师岗位的终面。这个岗位终面还有两位候选人，"
        "我们会在两周内给你明确答复，请你再耐心等一等。\n\n赵敏",
        subject="关于算法工程师岗位终面结果的进度说明", sender="赵敏 <z@xingtu.example>",
        date="Mon, 15 Mar 2027 10:00:00 +0800")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2027, 3, 29)
    det = detected(
        "Hei Thandi,\n\nVi har fremdeles et par kandidater igjen. Planen er at vi skal ha landet "
        "hvem vi går videre med, og gitt alle kandidatene tilbakemelding, innen utgangen av "
        "neste uke.\n\nKari", subject="Status på søknaden din", sender="Kari <k@fjord.example>",
        date="Wed, 10 Feb 2027 10:00:00 +0100")
    assert det.decision_deadline == date(2027, 2, 19)
    det = detected(
        "Liebe Frau Nkosi,\n\nanbei die Einladung. Geben Sie uns bitte bis Freitag kurz Bescheid, "
        "ob der Termin passt.\n\nDatum: 24.02.2027, 13:30 bis 15:00 Uhr\n\nWeidner",
        subject="WG: Einladung Vorstellungsgespräch", sender="Weidner <w@personal.example>",
        date="Mon, 15 Feb 2027 10:00:00 +0100")
    assert det.decision_deadline is None


def test_roles_unwrapped_from_subjects_and_texts() -> None:
    assert final_position("门店副经理（Assistant Store Manager）") == "Assistant Store Manager"
    assert final_position("インフラエンジニア（AWS）") == "インフラエンジニア（AWS）"
    assert final_position("关于高级数据工程师岗位面试结果的咨询") == "高级数据工程师"
    assert final_position("고급 프론트엔드 개발자 면접 관련") == "고급 프론트엔드 개발자"
    assert final_position("Responsabile di magazzino presso il") == "Responsabile di magazzino"
    assert final_position("Zweitgespräch Embedded-Softwareentwickler") == (
        "Embedded-Softwareentwickler")
    assert final_position("高级前端开发工程师（二面）") == "高级前端开发工程师"
