"""Sixteenth session: rules from the kind misses of 67NN, read at the session's start and
then studied (written in my own words, not the batch's)."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.duration import stated_length
from mailwatch.model import Kind


def test_a_graduate_programmes_welcome_is_no_broadcast() -> None:
    """"9:00 – Welcome and introduction to the programme" on an assessment centre's
    timetable: a graduate programme, not a radio programme's guest slot."""
    assert not c.not_mine("Assessment Centre\n9:00 – Welcome and introduction to the programme")
    assert c.not_mine("We would love to have you on our show next week to talk about it.")
    assert c.not_mine("Would you like to appear on the programme on Thursday?")


def test_an_ats_notice_that_will_not_progress_the_application_is_a_rejection() -> None:
    d = detected("Dear Thandi Nkosi\n\nRe: Warehouse Team Leader – Ref WTL-1126\n\nYour "
                 "application has been reviewed and will not be progressed further.\n\n"
                 "Regards\nRecruitment Team\n\nThis is an automated message. Replies to this "
                 "address are not monitored.", subject="Application outcome",
                 sender="Careers <noreply@careers.tuatara.example>",
                 headers={"Auto-Submitted": "auto-generated"})
    assert d.kind is Kind.REJECTION
    # (a rule for others, not a verdict on her)
    assert not c.REJECTION.search("Answers sent after the deadline will not be considered.")


def test_pushing_other_candidates_interviews_back_moves_nothing_of_hers() -> None:
    assert not c.RESCHEDULE.search("two of the panel were away and we had to push some "
                                   "interviews back")
    assert c.RESCHEDULE.search("we had to push your interview back a day")


def test_locking_in_a_day_instead_of_the_booked_one_is_a_move() -> None:
    assert c.RESCHEDULE.search("Tuesday at 4 works for us, so let's lock that in instead of "
                               "Thursday.")


def test_a_spanish_day_field_over_a_time_field() -> None:
    """"Día: martes, 3 de noviembre de 2026" over "Hora: de 10:30 a 11:30": one slot."""
    d = detected("Hola Thandi:\n\nNos encantaría conocerte en una primera entrevista técnica "
                 "para la posición de Ingeniera de Datos. Te confirmo los detalles:\n\n"
                 "Día: martes, 10 de noviembre de 2026\nHora: de 10:30 a 11:30 (hora "
                 "peninsular española)\nFormato: videollamada\n\nUn saludo,\nLucía",
                 subject="Entrevista técnica", sender="Lucía Ferrer <lucia@alborada.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.end is not None
    assert (d.interview.start.hour, d.interview.end.hour) == (10, 11)


def test_a_portuguese_ats_offer_of_times_is_a_request_though_sent_in_bulk() -> None:
    d = detected("Olá, Thandi!\n\nBoas notícias: você avançou para a etapa de entrevista da "
                 "vaga Pessoa Desenvolvedora Back-end.\n\nEscolha o horário que fica melhor "
                 "para você:\n* seg., 16/11 - 14h00\n* ter., 17/11 - 10h00\n\nEscolher horário: "
                 "https://agenda.vagalume.example/c/7Qx2\n\nAbraços,\nTime de Gente",
                 subject="Escolha o horário da sua entrevista",
                 sender="Cajuína via Vagalume <nao-responda@vagalume.example>",
                 headers={"List-Unsubscribe": "<https://vagalume.example/pref>"})
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_a_portuguese_rejection_speaks_of_another_candidate() -> None:
    d = detected("Oi Thandi, tudo bem?\n\nPassando pra te dar o retorno do processo de "
                 "Analista na Mandacaru Agro. Infelizmente o cliente decidiu seguir com outra "
                 "candidata.\n\nUm abraço,\nMariana", subject="Retorno processo",
                 sender="Mariana <mariana@ipe.example>")
    assert d.kind is Kind.REJECTION


def test_a_polish_move_of_our_meeting_with_a_new_term_and_a_colleague_joining() -> None:
    d = detected("Pani Thandi,\n\nniestety muszę przesunąć nasze spotkanie z czwartku 5.11.\n\n"
                 "Nowy termin: piątek 6.11, godz. 13:00, w naszym biurze. Rozmowa potrwa mniej "
                 "więcej godzinę.\n\nDołączy też Ewa Dudek z zespołu BI.\n\nPozdrawiam\n"
                 "Paweł Krajewski", subject="Re: Potwierdzenie rozmowy - Analityk Danych",
                 sender="Paweł Krajewski <pawel@grodzka.example>",
                 date="Mon, 02 Nov 2026 08:47:10 +0100")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.end is not None
    assert (d.interview.start.hour, d.interview.end.hour) == (13, 14)
    assert {p.name for p in d.interview.interviewers} == {"Paweł Krajewski", "Ewa Dudek"}
    assert stated_length("Rozmowa potrwa godzinę.") is not None


def test_a_turkish_one_way_video_interview_and_an_offer() -> None:
    assert c.ONE_WAY.search("sizi asenkron (tek yönlü) video mülakata davet ediyoruz")
    d = detected("Sayın Thandi Nkosi,\n\nKıdemli Mobil Geliştirici pozisyonu için sizinle "
                 "çalışmayı çok istiyoruz! Teklifimizin ana başlıkları şöyle:\n- Brüt aylık "
                 "ücret: 148.000 TL\n\nDetaylı teklif mektubunu ekte bulabilirsiniz.\n\n"
                 "Saygılarımla,\nElif", subject="İş Teklifi",
                 sender="Elif Yıldırım <elif@kapadokya.example>")
    assert d.kind is Kind.OFFER


def test_ranges_that_repeat_their_part_of_the_day_or_hour_word() -> None:
    from mailwatch.extract.times import find_times

    for said, end in (("일시: 12월 9일(수) 오후 2:00 ~ 오후 3:30 (한국 시간)", (15, 30)),
                      ("午後2:00〜午後3:00", (15, 0)),
                      ("الوقت: من الساعة 10:00 صباحًا حتى الساعة 10:45 صباحًا", (10, 45))):
        got = find_times(said)
        assert len(got) == 1 and got[0].end is not None, said
        assert (got[0].end.hour, got[0].end.minute) == end, said


def test_a_japanese_agency_calls_off_the_second_interview() -> None:
    """"…二次面接ですが、企業様のご都合により中止となりました": cancelled, under a
    "【重要】" subject that names no company."""
    d = detected("Thandi Nkosi様\n\nいつもお世話になっております。\n\n"
                 "11月10日（火）15:00〜16:00に予定しておりました、"
                 "北斗システムズ株式会社様の二次面接ですが、"
                 "企業様のご都合により中止となりました。\n\n"
                 "引き続きよろしくお願いいたします。", subject="【重要】二次面接中止のご連絡",
                 sender="山口 翔太 <s.yamaguchi@careerbridge.example>",
                 date="Mon, 02 Nov 2026 13:26:40 +0900")
    assert d.kind is Kind.CANCELLATION
    assert d.company != "重要"


def test_korean_and_chinese_job_and_move_words() -> None:
    d = detected("Thandi님 안녕하세요,\n\n인사팀 최지은입니다. 문의 주신 포지션 면접 "
                 "결과 관련하여 회신 드립니다. 최종 결과는 다음 주 중으로 메일을 통해 "
                 "안내드릴 예정입니다.\n\n감사합니다.",
                 subject="RE: 면접 결과 문의", sender="최지은 <jieun@h2bio.example>")
    assert d.kind is Kind.STATUS_UPDATE
    assert c.RESCHEDULE.search("您应聘的岗位复试时间已变更，具体安排如下")


def test_arabic_cancellation_and_greek_rejection_words() -> None:
    assert c.CANCEL.search("للأسف تم إلغاء المقابلة بسبب تجميد التعيين")
    assert c.REJECTION.search("αποφασίσαμε να προχωρήσουμε με υποψήφιο του οποίου το προφίλ")
    assert stated_length("يسعدنا دعوتك لمقابلة فنية لمدة ساعة تقريباً") is not None


def test_a_cancelled_slot_restated_without_its_zone_is_the_same_slot() -> None:
    """The cancel note names "11 am Cairo time"; the forwarded invitation below it says
    "11:00" with the zone further on: one slot, in the zone the note states."""
    d = detected("Dear Thandi,\n\nI am writing about your interview on Tuesday 4 May 2027 at "
                 "11:00 (Cairo time) for the DevOps Engineer role. Unfortunately we have had to "
                 "cancel the interview, as the role is frozen.\n\nMona\n\n"
                 "-------- Original Message --------\nFrom: Mona <mona@nile.example>\n"
                 "Subject: Interview invitation - DevOps Engineer\n\nWe are pleased to invite "
                 "you to an interview on Tuesday 4 May 2027 at 11:00 for about an hour, online "
                 "via Zoom (Cairo time).\n", subject="Interview cancelled - DevOps Engineer",
                 sender="Mona <mona@nile.example>", date="Tue, 27 Apr 2027 12:05:48 +0200")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None and d.interview.start.utcoffset() is not None
    assert d.interview.start.utcoffset().total_seconds() == 3 * 3600


def test_mail_in_another_script_names_the_employer_in_it() -> None:
    """A Hong Kong notice in Chinese signed "港灣物流有限公司", from harbourlogistics.example:
    the name as the mail writes it, not the one its domain spells."""
    d = detected("Thandi 你好，\n\n很抱歉通知你，原定於11月10日（星期二）下午3時的面試因招聘計劃"
                 "調整已取消。如日後職位重新開放，我們會再與你聯絡。\n\n港灣物流有限公司\n人力資源部",
                 subject="面試取消通知", sender="HR <hr@harbourlogistics.example>")
    assert d.kind is Kind.CANCELLATION
    assert d.company == "港灣物流有限公司"


def test_outcome_words_in_eight_more_languages() -> None:
    """Rejections and offers the corpus held that no rule read: Polish, Rioplatense
    Spanish, Russian, Arabic, Hungarian, Hebrew; Norwegian, Dutch and French offers."""
    for said in ("Z tego względu nie będziemy kontynuować procesu z Pani kandydaturą.",
                 "Al final vamos a seguir con otra persona para el puesto.",
                 "мы решили продолжить процесс с другим кандидатом",
                 "قررنا المضي قدماً مع مرشح آخر",
                 "a pozícióra végül olyan jelöltet választottunk, akinek több tapasztalata van",
                 "החלטנו להתקדם בתהליך עם מועמדים אחרים"):
        assert c.REJECTION.search(said), said
    for said in ("jeg er glad for å kunne tilby deg fast stilling som driftstekniker",
                 "ze willen je graag aannemen als Cloud Engineer",
                 "je te fais part de notre proposition pour rejoindre Atelier Nord en tant que "
                 "développeuse"):
        assert c.offer(said), said


def test_job_words_of_prefixing_scripts_and_french() -> None:
    """Arabic and Hebrew write prefixes onto the word ("بوظيفة", "לתפקיד"); French "rejoindre
    X en tant que"; but a rental file's "promesse d'embauche" is no job mail."""
    for said in ("بخصوص وظيفة محلل بيانات", "לתפקיד DevOps Engineer",
                 "pour rejoindre Atelier Nord en tant que développeuse"):
        assert c.JOB.search(said), said
    assert not c.JOB.search("contrat de travail (ou promesse d'embauche) et attestation")


def test_an_agency_locking_in_a_phone_screen_with_tips_is_still_an_invitation() -> None:
    """"I've locked in tmrw at 4.30pm with A B … Couple of quick tips": the tips are the
    agency's, not a newsletter's."""
    d = detected("Hey Thandi,\n\nGood news - Quokka Pay loved your CV and want a phone screen "
                 "asap! I've locked in tmrw (Tues 3rd) at 4.30pm with Rebecca Lowe, their Head "
                 "of Engineering. Should be 20 mins max.\n\nCouple of quick tips:\n- have a "
                 "think about your last release\n- dont get into salary\n\nJosh",
                 subject="phone screen tmrw w/ Quokka Pay!!",
                 sender="Josh Barrett <josh@southernlink.example>",
                 date="Mon, 02 Nov 2026 15:12:44 +1100")
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_sliding_our_chat_back_an_hour_is_a_move() -> None:
    assert c.RESCHEDULE.search("Any chance we could slide our chat back an hour?")
    assert not c.RESCHEDULE.search("we could move the process along quickly")


def test_cancel_words_in_czech_greek_and_a_decided_cancellation() -> None:
    for said in ("pohovor, který jsme s Vámi domluvili, se bohužel ruší.",
                 "pohovor sjednaný na středu 3. února se neuskuteční.",
                 "πρέπει να ακυρώσουμε τη συνέντευξη που είχαμε ορίσει",
                 "we've decided to cancel this session altogether."):
        assert c.CANCEL.search(said), said


def test_a_greek_title_after_the_interviewer_is_no_second_person() -> None:
    from mailwatch.extract.people import names_in_text

    got = names_in_text("Συνεντευκτής: Γιώργος Παππάς, Διευθυντής Εφοδιαστικής Αλυσίδας")
    assert "Διευθυντής Εφοδιαστικής Αλυσίδας" not in {p.name for p in got}


def test_offers_to_change_the_time_in_five_more_languages_move_nothing() -> None:
    for said in ("如需调整时间，请点击下方按钮。", "일정 변경이 필요하신 경우 회신 부탁드립니다.",
                 "일정 변경이 필요하시면 알려 주세요.",
                 "Termin verschieben oder absagen: https://schedule.example/c/7f3a",
                 "¿Necesitás reprogramar?"):
        assert c.CONDITIONAL.search(said), said


def test_indonesian_one_way_interviews_korean_and_english_booking_pages() -> None:
    assert c.ONE_WAY.search("Tahap berikutnya adalah wawancara video satu arah (rekaman).")
    assert c.JOB.search("Anda lolos seleksi administrasi untuk program Management Trainee")
    assert c.BOOKING.search("Please pick whichever slot suits you here:")
    assert c.personal_invitation("아래 링크에서 편하신 시간을 직접 선택해 주세요. "
                                 "면접 일정 선택하기")


def test_finnish_and_lithuanian_moves_with_their_new_time() -> None:
    d = detected("Hei Thandi,\n\nvalitettavasti joudumme siirtämään keskiviikoksi 4.11. sovitun "
                 "haastattelusi.\n\nUusi aika on torstai 5.11.2026 klo 14.00–15.00 Suomen "
                 "aikaa.\n\nTerveisin\nPetra", subject="Haastattelun uusi aika",
                 sender="Petra Nieminen <petra@revontuli.example>")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.day == 5
    from mailwatch.extract.times import find_times

    assert find_times("10:00-11:00 Vilniaus laiku")[0].tz_name == "Europe/Vilnius"
    assert c.RESCHEDULE.search("Pokalbį perkeliame į kitą ketvirtadienį")
