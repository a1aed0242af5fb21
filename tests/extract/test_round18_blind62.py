"""Thirteenth session: interviewer lists from the misses of the held-out 62NN (read before
it joined the corpus)."""

from __future__ import annotations

from mailfactory import detected, people_of


def test_afrikaans_panel_list_with_honorifics() -> None:
    d = detected("Goeie môre Thandi\n\nOns nooi jou graag uit na 'n onderhoud vir die pos van "
                 "Finansiële Bestuurder.\n\nDatum: Dinsdag, 9 Maart 2027\nTyd: 10:00 tot "
                 "11:00\n\nDie paneel sal bestaan uit:\n- mnr. Johan Botha, Finansiële Direkteur"
                 "\n- me. Lerato Mokoena, Hoof: Oudit\n\nVriendelike groete\nElsa Nel\n",
                 subject="Uitnodiging na onderhoud: Finansiële Bestuurder",
                 sender="Elsa Nel <elsa@karoo-groep.example>")
    assert people_of(d) == ["Johan Botha", "Lerato Mokoena"]


def test_on_our_side_names_the_panel() -> None:
    d = detected("Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną na stanowisko Analityk "
                 "Finansowy.\n\n- termin: czwartek, 4 marca 2027 r.\n- godzina: 10:00-11:00\n"
                 "- po naszej stronie: Marek Nowak (Dyrektor Finansowy) oraz Ewa Lis (Starsza "
                 "Analityczka)\n\nZ poważaniem\nJoanna Wójcik\n",
                 subject="Zaproszenie na rozmowę - Analityk Finansowy",
                 sender="Joanna Wójcik <rekrutacja@bursztyn.example>")
    assert people_of(d) == ["Ewa Lis", "Marek Nowak"]


def test_dutch_gesprekspartners_row() -> None:
    d = detected("Hoi Thandi,\n\nJe gesprek is ingepland.\n\nDatum:            dinsdag 8 juni "
                 "2027\nTijd:             14:00 - 15:00 uur\nGesprekspartners: Bram de Jong "
                 "(Teamlead) en Noor Smit (HR)\n\nGroet,\nLisa\n",
                 subject="Bevestiging gesprek Data Analist",
                 sender="Lisa Mulder <lisa@tulpdata.example>")
    assert people_of(d) == ["Bram de Jong", "Noor Smit"]


def test_the_undersigned_is_the_writer() -> None:
    d = detected("Gentile Thandi,\n\nLa invitiamo a un colloquio per la posizione di Analista "
                 "Contabile.\n\nData: lunedì 8 marzo 2027\nOrario: ore 11:00\nColloquio con "
                 "dott. Marco Ferri (Direttore Amministrativo) e la sottoscritta\n\nCordiali "
                 "saluti,\nGiulia Conti\nRisorse Umane\n",
                 subject="Invito a colloquio – Analista Contabile",
                 sender="Giulia Conti <g.conti@lagunasrl.example>")
    assert people_of(d) == ["Giulia Conti", "Marco Ferri"]


def test_swahili_panel_will_have_these_members() -> None:
    d = detected("Ndugu Thandi,\n\nUmechaguliwa kuhudhuria usaili wa nafasi ya Mhasibu.\n\n"
                 "Tarehe: Jumanne, 18 Mei 2027\nMuda: 09:00 a.m.\n\nJopo la usaili litakuwa "
                 "na wajumbe wafuatao:\n1. Bw. Joseph Mrema - Meneja wa Fedha\n2. Bi. Neema "
                 "Kweka - Mhasibu Mkuu\n\nWako,\nZawadi Said\n",
                 subject="KUITWA KWENYE USAILI - MHASIBU",
                 sender="Zawadi Said <ajira@mlimani.example>")
    assert people_of(d) == ["Joseph Mrema", "Neema Kweka"]


def test_chinese_interviewer_heading_with_names_beside_it() -> None:
    from mailwatch.extract.cjk_roster import cjk_people

    text = "【面试时间】2027年3月2日 14:00-15:00\n【面试官】  产品总监 张伟、资深工程师 刘芳\n"
    assert [p.name for p in cjk_people(text)] == ["张伟", "刘芳"]
    assert [p.name for p in cjk_people("参与者：孙丽、周强、Thandi Nkosi\n")] == ["孙丽", "周强"]


def test_a_dotted_time_under_a_time_label_of_another_language() -> None:
    """Estonian "Kellaaeg: 13.00-14.30": a dotted range after a time label, as after
    "Time:" (and the panel under "Meie poolt osalevad vestlusel:")."""
    d = detected("Tere, Thandi!\n\nSooviksime Sinuga tutvuda. Vestluse aeg:\n\nKuupäev: "
                 "teisipäev, 9.03.2027\nKellaaeg: 10.00-11.00 (Eesti aeg)\nKoht: Tartu\n\n"
                 "Meie poolt osalevad vestlusel:\n- Mart Kuusk, arendusjuht\n- Kertu Saar, "
                 "personalijuht\n\nKohtumiseni!\nPiret Mägi\n",
                 subject="Tööintervjuu kutse: tarkvaraarendaja",
                 sender="Piret Mägi <piret@emajoe.ee>")
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-03-09T10:00:00+02:00"
    assert d.interview.end is not None and d.interview.end.hour == 11
    assert people_of(d) == ["Kertu Saar", "Mart Kuusk"]


def test_decision_dates_in_greek_latvian_and_indonesian() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline

    said = find_deadline("Θα λάβουμε την τελική απόφαση και θα επικοινωνήσουμε μαζί σας έως "
                         "την Παρασκευή 12 Μαρτίου 2027.", date(2027, 3, 1), "DMY")
    assert said is not None and said[0] == date(2027, 3, 12)
    said = find_deadline("Lēmumu pieņemsim nākamnedēļ.", date(2027, 3, 2), "DMY")  # a Tuesday
    assert said is not None and said[0] == date(2027, 3, 12)
    said = find_deadline("Hasil seleksi akan kami informasikan paling lambat akhir Maret 2027.",
                         date(2027, 3, 2), "DMY")
    assert said is not None and said[0] == date(2027, 3, 31)


def test_a_ukrainian_offer_and_her_answer_by_date() -> None:
    from mailwatch.model import Kind

    d = detected("Шановна Thandi,\n\nІз радістю пропонуємо Вам посаду інженера з якості у "
                 "ТОВ \"Карпати Софт\".\n\nБудь ласка, повідомте про своє рішення до "
                 "п'ятниці, 12 березня 2027 р.\n\nЗ повагою,\nОксана Мельник\n",
                 subject="Пропозиція про роботу", date="Mon, 01 Mar 2027 10:00:00 +0200",
                 sender="Оксана Мельник <o.melnyk@karpaty-soft.example>")
    assert d.kind is Kind.OFFER
    assert d.decision_deadline is None


def test_a_greek_status_update_is_about_a_job() -> None:
    from mailwatch.model import Kind

    d = detected("Αγαπητή κυρία Nkosi,\n\nΣας ευχαριστούμε για τη συνέντευξη για τη θέση "
                 "Αναλυτή Δεδομένων. Η διαδικασία βρίσκεται ακόμη σε εξέλιξη και θα "
                 "επικοινωνήσουμε μαζί σας το αργότερο έως την Παρασκευή 12 Μαρτίου 2027."
                 "\n\nΜε εκτίμηση,\nΜαρία Γεωργίου\n", subject="Ενημέρωση για τη διαδικασία",
                 date="Mon, 01 Mar 2027 10:00:00 +0200",
                 sender="Μαρία Γεωργίου <maria@olympos-data.example>")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2027-03-12"
