"""Rules from the sixth session's read of batch 30NN, in languages other than English.
All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.duration import stated_length
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def _clocks(text: str) -> list[time]:
    return [h.start for h in find_times(text)]


def test_cjk_hours_in_numerals_with_their_part_of_the_day() -> None:
    assert _clocks("12月17日（周四）上午十点（北京时间）") == [time(10)]
    assert _clocks("下午两点半") == [time(14, 30)]
    assert _clocks("早一点到就好") == []  # "a bit earlier": no part of the day, no clock
    assert stated_length("面试时间：上午十点，预计时长约一小时。") == timedelta(hours=1)
    assert stated_length("面试时长约一个半小时。") == timedelta(minutes=90)
    assert from_subject("【面试时间调整】澜岸科技-高级数据分析师", ())[1] == "高级数据分析师"


def test_a_swahili_invitation_with_its_hour_in_words() -> None:
    assert _clocks("saa nne asubuhi") == [time(10)]
    assert _clocks("saa tatu na nusu asubuhi") == [time(9, 30)]
    assert _clocks("Usaili utachukua takriban saa moja.") == []
    det = detected(
        "Habari Thandi,\n\nTunayo furaha kukualika kwenye usaili (interview) wa nafasi ya Data "
        "Analyst utakaofanyika siku ya Alhamisi, tarehe 12 Novemba 2026, saa nne asubuhi (saa "
        "za Afrika Mashariki). Usaili utachukua takriban saa moja. Utakutana na Bw. Juma "
        "Mwakyusa (Head of Data) pamoja na mimi.\n\nKaribu sana,\nNeema Kimaro\nHR Officer\n"
        "Pwani Agritech Ltd\n",
        subject="Mwaliko wa Usaili / Interview Invitation - Data Analyst",
        sender="Neema Kimaro <neema@pwaniagritech.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 10,
                                           tzinfo=ZoneInfo("Africa/Dar_es_Salaam"))
    assert det.interview.end == det.interview.start + timedelta(hours=1)
    assert {p.name for p in det.interview.interviewers} == {"Juma Mwakyusa", "Neema Kimaro"}


def test_a_chilean_invitation_with_a_clock_change_note_and_people_present() -> None:
    det = detected(
        "Estimada Thandi:\n\nTe confirmamos la entrevista presencial para el miércoles 11 de "
        "noviembre a las 16:00 hrs, en nuestras oficinas de Valparaíso. La entrevista durará "
        "aprox. 45 minutos y estarán presentes Francisca Rojas Valdivia (Jefa de Analítica) y "
        "Matías Henríquez (Gerente de Operaciones).\n\nRecuerda que este fin de semana comenzó "
        "el horario de verano, así que la hora indicada ya corresponde al nuevo horario.\n\n"
        "Saludos cordiales,\n--\nCamila Aravena Soto\nAnalista de Selección\n"
        "Logística Cerro Barón SpA\n",
        subject="Citación a entrevista – Analista de Datos",
        sender="Camila Aravena Soto <seleccion@cerrobaron.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Francisca Rojas Valdivia",
                                                            "Matías Henríquez"]
    assert det.company == "Logística Cerro Barón"


def test_a_nynorsk_invitation() -> None:
    det = detected(
        "Hei Thandi,\n\nTakk for søknaden din på stillinga som dataingeniør hjå oss. Vi vil "
        "gjerne invitere deg til eit første intervju.\n\nTid: tysdag 10. november kl. 13.30 "
        "(norsk tid)\nStad: Teams\nVarigheit: vi set av ein time\n\nFrå oss møter eg og Ivar "
        "Myklebust, som er teknisk leiar.\n\nVenleg helsing\nSolveig Haugland\n",
        subject="Invitasjon til intervju – dataingeniør",
        sender="Solveig Haugland <solveig@fjordlaks.example>")
    assert det.interview is not None
    assert det.interview.end == det.interview.start + timedelta(hours=1)
    assert {p.name for p in det.interview.interviewers} == {"Solveig Haugland",
                                                             "Ivar Myklebust"}
    assert det.position == "dataingeniør"


def test_a_swiss_offer_whose_reply_date_is_the_candidates() -> None:
    det = detected(
        "Grüezi Frau Nkosi\n\nWir freuen uns sehr, Ihnen heute die Stelle als Senior Data "
        "Engineer bei der Limmatwerk Analytics AG anbieten zu dürfen.\n\nWir würden uns freuen, "
        "wenn Sie uns bis Freitag, 20. November 2026, Bescheid geben könnten.\n\nNadja Brunner\n",
        subject="Ihr Vertragsangebot – Senior Data Engineer",
        sender="Nadja Brunner <nadja@limmatwerk.example>")
    assert det.kind is Kind.OFFER
    assert det.decision_deadline is None


def test_a_japanese_agency_request_with_its_client_and_panel() -> None:
    det = detected(
        "Nkosi Thandi 様\n\n株式会社キャリアブリッジの山田でございます。\n先日ご応募いただきました"
        "株式会社ミナトデータシステムズ様の「データエンジニア」ポジションにつきまして、一次面接の"
        "日程を調整させていただきたく、以下の候補日時をご提示いただいております。\n"
        "(1) 11月10日（火）15時30分から\n(2) 11月11日（水）10時00分から\n"
        "ご都合のよろしい日時をご返信いただけますでしょうか。\n\n【面接官（予定）】\n"
        "開発本部 部長\u3000佐藤 健一様\n人事部\u3000高橋 由美様\n",
        subject="【キャリアブリッジ】株式会社ミナトデータシステムズ様 一次面接日程のご調整",
        sender="山田 美咲 <m.yamada@careerbridge.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company == "株式会社ミナトデータシステムズ"
    assert det.position == "データエンジニア"
    assert [p.name for p in det.people] == ["佐藤 健一", "高橋 由美"]


def test_people_in_portuguese_and_romanian_requests() -> None:
    from mailwatch.extract.people import names_in_text
    from mailwatch.extract.writer import sender_interviews
    assert [p.name for p in names_in_text(
        "queremos marcar uma conversa sua com a gestora da área, a Luíza Drummond, e com o "
        "Thiago Resende, coordenador de BI.")] == ["Luíza Drummond", "Thiago Resende"]
    text = ("Am dori să vă invităm la un interviu tehnic, alături de Andrei Pop (QA Lead) și de "
            "mine.")
    assert [p.name for p in names_in_text(text)] == ["Andrei Pop"]
    assert sender_interviews(text)


def test_an_outlook_name_with_its_title_after_the_first_name() -> None:
    from mailwatch.extract.people import clean_name
    assert clean_name("Vogel, Kathrin Dr.") == "Kathrin Vogel"


def test_a_french_cancellation_naming_the_panel_and_a_legal_line_with_an_acronym() -> None:
    from mailwatch.extract.employer import legal_line_company
    det = detected(
        "Madame Nkosi,\n\nNous faisons suite à notre courrier vous conviant à un entretien pour "
        "le poste de Responsable Logistique Portuaire, prévu le mercredi 4 novembre 2026 à 10h00 "
        "(heure de Douala) dans nos locaux de Bonanjo, avec M. Ebénézer Ngando, Directeur des "
        "Opérations.\n\nNous sommes au regret de vous informer que cet entretien est annulé.\n",
        subject="ANNULATION - Entretien du mercredi 4 novembre 2026",
        sender="DRH SCTM <recrutement@sctm-douala.example>")
    assert det.kind is Kind.CANCELLATION
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Ebénézer Ngando"]
    assert legal_line_company("Chargée de Recrutement\nSociété Camerounaise de Transit Maritime "
                              "(SCTM) S.A.\n") == "Société Camerounaise de Transit Maritime"


def test_lengths_and_zones_in_malay_and_reunion_french() -> None:
    assert stated_length("Temuduga dijangka mengambil masa kira-kira 45 minit.") == timedelta(
        minutes=45)
    assert stated_length("Prévoyez environ une heure d'échange.") == timedelta(hours=1)
    assert [h.zone_text for h in find_times("Masa : pukul 3 petang (waktu Malaysia)")] == [
        "waktu Malaysia"]
    det = detected("Bonjour Madame Nkosi,\n\nNous avons le plaisir de vous convier à un entretien "
                   "pour le poste de Chargée de projets le :\nmardi 10 novembre 2026 à 14 h "
                   "(heure de la Réunion)\n\nSandrine Hoarau\n",
                   subject="Convocation à un entretien", sender="Sandrine <s@takamaka.example>")
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 10, 14, tzinfo=ZoneInfo("Indian/Reunion"))


def test_a_korean_table_row_of_company_and_role_and_a_kind_of_interviewer() -> None:
    from mailwatch.extract.cjk_roster import cjk_people
    from mailwatch.extract.company_cjk import cjk_company
    from mailwatch.extract.position import cjk_position
    text = ("[세담그룹] 1차 면접 안내\n지원 회사 / 직무 세담에너지(주) / 데이터 엔지니어(경력)\n"
            "면접관 직무 면접관 3인 (다대일 면접)\n")
    assert cjk_company(text) == "세담에너지(주)"
    assert cjk_position(text) == "데이터 엔지니어(경력)"
    assert cjk_people(text) == []


def test_a_french_role_in_lower_case_after_poste_de() -> None:
    from mailwatch.extract.position import position_from_text
    assert position_from_text("Suivi - poste de développeuse back-end principale"
                              ) == "développeuse back-end principale"
    assert position_from_text("Rencontre - poste de développeur principal .NET"
                              ) == "développeur principal .NET"


def test_a_belgian_move_a_turkish_move_and_a_slovenian_cancellation() -> None:
    det = detected(
        "Bonjour Madame Nkosi,\n\nJe reviens vers vous concernant votre entretien prévu ce jeudi "
        "5 novembre à 14 h. Notre directeur technique ne pourra pas être présent; nous préférons "
        "le déplacer.\n\nNous vous proposons donc le vendredi 6 novembre à 9 h 30 (heure belge), "
        "toujours dans nos bureaux.\n\nSophie\n",
        subject="Report de votre entretien", sender="Sophie <s@meuse.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 6, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    turkish = detected(
        "Merhaba Thandi Hanım,\n\n10 Kasım Salı günü saat 11.00'de planladığımız mülakatınızı bir "
        "gün ertelemek durumunda kaldık.\n\nYeni tarih: 11 Kasım 2026 Çarşamba günü saat 14.00'te "
        "(TSİ)\nSüre: yaklaşık 1 saat\n\nDeniz Kaya\n",
        subject="Mülakat Tarihi Değişikliği", sender="Deniz Kaya <deniz@ege.example>")
    assert turkish.kind is Kind.RESCHEDULE
    assert turkish.interview is not None
    assert turkish.interview.start == datetime(2026, 11, 11, 14,
                                               tzinfo=ZoneInfo("Europe/Istanbul"))
    slovenian = detected(
        "Spoštovana ga. Nkosi,\n\nžal vas moram obvestiti, da moramo odpovedati razgovor za "
        "delovno mesto razvijalec Java, ki je bil predviden za četrtek, 12. 11. 2026, ob 11. uri "
        "v naših prostorih.\n\nTjaša\n",
        subject="Odpoved razgovora - Razvijalec Java", sender="Tjaša <tjasa@savinja.example>")
    assert slovenian.kind is Kind.CANCELLATION
    assert slovenian.interview is not None
    assert (slovenian.interview.start.day, slovenian.interview.start.hour) == (12, 11)


def test_a_german_du_panel_heading() -> None:
    from mailwatch.extract.roster import labelled_people
    assert [p.name for p in labelled_people(
        "Deine Gesprächspartner:\n- Jonas Brandt, Engineering Manager Web\n"
        "- Merle Petersen, Staff Engineer\n")] == ["Jonas Brandt", "Merle Petersen"]


def test_panels_in_finnish_croatian_vietnamese_korean_and_taiwanese_mail() -> None:
    from mailwatch.extract.cjk_roster import cjk_people
    from mailwatch.extract.people import names_in_text
    from mailwatch.extract.roster import labelled_people
    assert [p.name for p in names_in_text(
        "Haastattelijoina ovat lead designerimme Aino Virtanen ja teknologiajohtaja Mikko "
        "Heikkinen.")] == ["Aino Virtanen", "Mikko Heikkinen"]
    assert [p.name for p in names_in_text(
        "Razgovor će voditi Ivana Horvat, voditeljica QA tima.")] == ["Ivana Horvat"]
    assert [p.name for p in labelled_people(
        "- Người phỏng vấn: Anh Trần Quốc Bảo – Trưởng phòng Sản phẩm; Chị Nguyễn Thu Hà – "
        "Trưởng nhóm BA\n")] == ["Trần Quốc Bảo", "Nguyễn Thu Hà"]
    assert [p.name for p in cjk_people("- 면접관: CTO 김도현, 프론트엔드 리드 이서연\n")] == [
        "김도현", "이서연"]
    assert [p.name for p in cjk_people("面試官：技術長 林志明、後端組組長 陳怡君\n")] == [
        "林志明", "陳怡君"]


def test_estonian_and_latvian_invitations_and_moves() -> None:
    from mailwatch.extract.dates import find_dates
    from mailwatch.extract.text import sentences
    assert [d.day for d in find_dates("kolmapäeval, 11. novembril kell 14.00",
                                      date(2026, 11, 2), "DMY")] == [date(2026, 11, 11)]
    det = detected(
        "Tere, Thandi!\n\nKutsume Sind tööintervjuule, mis toimub kolmapäeval, 11. novembril "
        "kell 14.00 (Eesti aja järgi) Google Meetis. Vestlus kestab umbes tund aega. Osalevad "
        "meie analüütikaosakonna juht Margus Kask ja mina.\n\nKadri Tamm\n",
        subject="Kutse tööintervjuule - Andmeanalüütik", sender="Kadri Tamm <kadri@peipsi.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 11, 14, tzinfo=ZoneInfo("Europe/Tallinn"))
    assert det.interview.end == det.interview.start + timedelta(hours=1)
    assert {p.name for p in det.interview.interviewers} == {"Margus Kask", "Kadri Tamm"}
    assert sentences("Jaunais intervijas laiks: pirmdien, 16. novembrī, plkst. 10.00.") == [
        "Jaunais intervijas laiks: pirmdien, 16. novembrī, plkst. 10.00."]
    latvian = detected(
        "Labdien, Thandi!\n\nAtvainojos, taču mums jāpārceļ Jūsu intervija, kas bija plānota "
        "ceturtdien, 5. novembrī, plkst. 14.00.\n\nJaunais intervijas laiks: pirmdien, 9. "
        "novembrī, plkst. 10.00 (Latvijas laiks).\n\nIntervija ilgs aptuveni 45 minūtes. "
        "Intervijā piedalīsies Andris Ozols un es.\n\nIlze Bērziņa\n",
        subject="Intervijas laika maiņa", sender="Ilze Bērziņa <ilze@daugava.example>")
    assert latvian.kind is Kind.RESCHEDULE
    assert latvian.interview is not None
    assert (latvian.interview.start.day, latvian.interview.start.hour) == (9, 10)
    assert latvian.interview.end == latvian.interview.start + timedelta(minutes=45)


def test_a_portuguese_invitation_that_will_take_place_and_a_korean_results_date() -> None:
    det = detected(
        "Exma. Senhora Thandi Nkosi,\n\nTemos o prazer de a convidar para uma entrevista, que "
        "terá lugar na quinta-feira, 12 de Novembro de 2026, às 15h (horário de Maputo). A "
        "entrevista será conduzida pelo Dr. Armando Cossa, Director do Departamento de Risco, e "
        "pela Dra. Nélia Sitoe, Gestora de Risco de Crédito. Solicitamos que confirme a sua "
        "disponibilidade.\n\nCeleste\n", subject="Convite para entrevista",
        sender="Celeste <recrutamento@bancoindico.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Armando Cossa", "Nélia Sitoe"]
    korean = detected(
        "강민서 님, 안녕하십니까.\n면접전형 일정을 아래와 같이 안내드립니다.\n"
        "2. 면접일시 : 2026. 11. 10.(화) 오전 10시 30분 (1인당 약 20분 소요)\n"
        "가. 면접 시작 30분 전(오전 10시)까지 도착하여 주시기 바랍니다.\n"
        "7. 최종 합격자 발표 : 2026. 11. 20.(금) 14:00 이후\n",
        subject="[한국해양데이터진흥원] 신입직원 채용 면접전형 안내",
        sender="인사팀 <noreply-recruit@kmdpa.example>")
    assert korean.kind is Kind.INTERVIEW_INVITATION
    assert korean.interview is not None
    assert (korean.interview.start.day, korean.interview.start.hour,
            korean.interview.start.minute) == (10, 10, 30)
    assert korean.interview.end == korean.interview.start + timedelta(minutes=20)
    assert korean.decision_deadline is not None and korean.decision_deadline.day == 20
