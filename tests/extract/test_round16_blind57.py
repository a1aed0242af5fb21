"""Rules from the eleventh session's read of batch 57NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.model import Kind


def test_a_thai_invitation_with_abbreviated_month_buddhist_year_and_committee() -> None:
    det = detected(
        "เรียน คุณ Thandi Nkosi\n\nตามที่ท่านได้สมัครงานในตำแหน่ง วิศวกรข้อมูล (Data Engineer) "
        "ไว้กับทางบริษัทฯ นั้น ขอเรียนเชิญท่านเข้ารับการสัมภาษณ์\n\nวันที่ : วันพฤหัสบดีที่ 4 มี.ค. 2570\n"
        "เวลา : 13.00 - 14.00 น. (เวลาประเทศไทย)\n\nคณะกรรมการสัมภาษณ์ :\n"
        "1. คุณสมชาย ใจดี  ผู้จัดการฝ่ายข้อมูล\n2. ดร.นภา แสงดาว  หัวหน้าทีม\n\nขอแสดงความนับถือ\n"
        "บริษัท ดาวเหนือ จำกัด", subject="ขอเชิญเข้ารับการสัมภาษณ์งาน",
        sender="HR <hr@daonuea.example>", date="Mon, 22 Feb 2027 09:00:00 +0700")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-03-04T13:00:00+07:00"
    assert det.interview.end is not None and det.interview.end.hour == 14
    assert [p.name for p in det.interview.interviewers] == ["สมชาย ใจดี", "นภา แสงดาว"]
    assert det.position == "วิศวกรข้อมูล"
    assert det.company == "บริษัท ดาวเหนือ จำกัด"


def test_a_vietnamese_table_invitation_with_hour_words_and_titled_panel() -> None:
    det = detected(
        "Kính gửi chị Thandi Nkosi,\n\nChúng tôi trân trọng mời chị tham dự buổi phỏng vấn vòng 2 "
        "cho vị trí Kỹ sư Dữ liệu (Data Engineer).\n\nThời gian 14 giờ 30 chiều thứ Năm, ngày 14 "
        "tháng 1 năm 2027 (giờ Việt Nam)\nThời lượng Khoảng 60 phút\nNgười phỏng vấn Anh Lê Văn "
        "Nam – Trưởng phòng Dữ liệu\n\nTrân trọng,\nCông ty TNHH Phần mềm Hoa Sen xin cảm ơn chị.",
        subject="Thư mời phỏng vấn vòng 2", sender="Tuyển dụng <td@hsvn.example>",
        date="Fri, 8 Jan 2027 09:00:00 +0700")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-14T14:30:00+07:00"
    assert det.interview.end is not None and det.interview.end.isoformat() == (
        "2027-01-14T15:30:00+07:00")
    assert [p.name for p in det.interview.interviewers] == ["Lê Văn Nam"]
    assert det.position == "Kỹ sư Dữ liệu"
    assert det.company == "Công ty TNHH Phần mềm Hoa Sen"


def test_an_indonesian_invitation_with_a_dotted_range_and_a_result_promise() -> None:
    det = detected(
        "Halo Mbak Thandi,\n\nKami mengundang Mbak untuk tahap interview user untuk posisi Data "
        "Analyst (Junior).\n\nHari/tanggal : Senin, 18 Januari 2027\nWaktu        : 13.00 - 14.00 "
        "WIB\n\nInterviewer  :\n- Bapak Hendra Wijaya (Head of Data)\n\nHasil interview akan kami "
        "infokan paling lambat hari Jumat, 22 Januari 2027.\n\nSalam,\nDewi",
        subject="Undangan Interview User", sender="Dewi <dewi@nusa.example>",
        date="Tue, 12 Jan 2027 09:00:00 +0700")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-01-18T13:00:00+07:00"
    assert [(p.name, p.title) for p in det.interview.interviewers] == [
        ("Hendra Wijaya", "Head of Data")]
    assert det.position == "Data Analyst"
    assert det.decision_deadline == date(2027, 1, 22)


def test_a_french_founder_decides_not_to_follow_up() -> None:
    det = detected(
        "Bonsoir Thandi,\n\nMerci pour mardi. Je vais être franc : on a finalement décidé de ne "
        "pas donner suite pour le poste de Data Scientist.\n\nMathieu",
        subject="Suite à nos échanges", sender="Mathieu <m@orbite.example>",
        date="Thu, 14 Jan 2027 19:00:00 +0100")
    assert det.kind is Kind.REJECTION


def test_an_italian_booking_page_on_the_writers_own_domain() -> None:
    det = detected(
        "Ciao Thandi,\n\nho letto la tua candidatura per il ruolo di iOS Developer. Ti propongo "
        "una videochiamata conoscitiva di 30 minuti: puoi scegliere lo slot che preferisci "
        "direttamente dal mio calendario.\n\nhttps://cal.brenta.example/chiara/30\n\nChiara",
        subject="Due chiacchiere?", sender="Chiara <c@brenta.example>",
        date="Mon, 11 Jan 2027 09:00:00 +0100")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_brazilian_agency_asks_for_two_or_three_free_times() -> None:
    det = detected(
        "Oi Thandi, bom dia!\n\nO cliente quer marcar uma entrevista com o gestor da vaga. Vc "
        "consegue me passar 2 ou 3 horários livres entre quarta e sexta?\n\nAbs,\nLucas",
        subject="Perfil aprovado - agendar conversa", sender="Lucas <l@talento.example>",
        date="Mon, 26 Apr 2027 09:00:00 -0300")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_founder_is_going_to_have_to_cancel_the_chat() -> None:
    det = detected(
        "Hi Thandi,\n\nReally sorry, but I'm going to have to cancel our chat on Tuesday (8 Dec, "
        "3pm). We've put the Developer hire on ice.\n\nTama",
        subject="Tuesday's chat - need to cancel, sorry", sender="Tama <t@pukeko.example>",
        date="Thu, 3 Dec 2026 09:00:00 +1300")
    assert det.kind is Kind.CANCELLATION
