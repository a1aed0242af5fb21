"""Rules from the fifth session's read of batch 28NN: mail in more languages and mail that
looked like something else. All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import assert_clock, detected

from mailwatch.evaluate import norm_org
from mailwatch.extract import classify as c
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.employer import domain_phrase, legal_line_company, quoted_legal_company
from mailwatch.extract.notjob import not_job
from mailwatch.extract.partners import partners_of_sender, restated_people
from mailwatch.extract.position import position_from_text
from mailwatch.extract.roster import labelled_people
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.extract.zone_words import local_zone_name
from mailwatch.model import Kind


def test_an_employers_name_and_its_job_titles_are_no_sign_of_a_patient_visit() -> None:
    assert not_job("Canceled: Lakeshore Smiles Dental - Practice Manager interview with "
                   "Dana Kowalczyk") is None
    assert not c.NOT_MINE.search("Practice Manager interview with Dana")
    assert c.NOT_MINE.search("a practice interview with our careers team")
    assert not_job("Your check-up at Bright Smile Dental: the dentist will see you at 3pm.")
    assert not_job("Thank you for your application for the Registrar post.\nLowenna Jago\n"
                   "HR & Volunteer Coordinator") is None
    assert not_job("A short one-on-one chat with our volunteer coordinator at the orientation.")


def test_a_founders_casual_offer() -> None:
    det = detected(
        "Hey Thandi,\n\nMorag and I have been grinning about your interview all week - we'd "
        "love you to come on board as our new Brewer at Tidewrack!\n\n- $54,000/yr\n- Start "
        "date: Mon Nov 30\n- Health + dental kicks in after 3 months\n\nCheers,\nJules\n",
        subject="Brewer job!!", sender="Jules <jules@tidewrack.example>")
    assert det.kind is Kind.OFFER


def test_spanish_portuguese_and_german_clocks_in_words() -> None:
    assert_clock("La esperamos el martes a las once y media en nuestras oficinas", [(11, 30), None])
    assert_clock("a las once menos cuarto", [(10, 45), None])
    assert_clock("às três da tarde", [(15, 0), None])
    assert_clock("Donnerstag, 14. Jänner, um halb drei am Nachmittag", [(14, 30), None])
    assert_clock("um Viertel nach zehn", [(10, 15), None])
    assert_clock("Der Termin wurde um zehn Minuten verschoben", None)
    assert_clock("u srijedu u 13 časova", [(13, 0), None])


def test_lengths_in_more_languages() -> None:
    assert stated_length("La entrevista: calcule aproximadamente 45 minutos.") == timedelta(
        minutes=45)
    assert stated_length("Für das Gespräch rechnen Sie bitte mit ca. einer Stunde.") == (
        timedelta(hours=1))
    assert stated_length("Razgovor će trajati oko sat vremena.") == timedelta(hours=1)
    assert stated_length("Müsahibə təxminən 40 dəqiqə davam edəcək.") == timedelta(minutes=40)


def test_balkan_and_azerbaijani_invitations_rejections_and_moves() -> None:
    det = detected(
        "Poštovana gospođo Nkosi,\n\nPozivamo Vas na razgovor koji će se održati u srijedu, 11. "
        "novembra 2026. godine u 13 časova. Razgovor će trajati oko sat vremena.\n",
        subject="Poziv na razgovor – Projektni menadžer", sender="Ana <ana@lovcen.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-11T13:00:00+02:00"
    det = detected(
        "Поштована госпођо Нкоси,\n\nЗахваљујемо Вам се на интересовању за позицију аналитичара. "
        "Нажалост, овог пута нисмо у могућности да Вам понудимо ову позицију.\n",
        subject="Одговор на пријаву", sender="HR <karijera@sava.example>")
    assert det.kind is Kind.REJECTION
    det = detected(
        "Hörmətli Thandi xanım,\n\nVakansiya üzrə müsahibəniz yeni tarixdə – 12 noyabr 2026-ci "
        "il, saat 11:00-da (Bakı vaxtı ilə) keçiriləcək. Müsahibə təxminən 40 dəqiqə davam "
        "edəcək.\n", subject="RE: Müsahibəyə dəvət (vaxt dəyişikliyi)",
        sender="Aysel <aysel@xezer.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.timezone == "Asia/Baku"
    assert det.interview.start.isoformat() == "2026-11-12T11:00:00+04:00"
    hit = find_times("saat 11:00-da (Bakı vaxtı ilə)")[0]
    assert hit.tz_name == "Asia/Baku"


def test_names_quoted_with_their_legal_form_after_them() -> None:
    assert quoted_legal_company('"Xəzər Enerji Servis" MMC') == "Xəzər Enerji Servis"
    assert norm_org("Сава Аналитика д.о.о.") == norm_org("Сава Аналитика")
    assert norm_org("Xəzər Enerji Servis MMC") == norm_org("Xəzər Enerji Servis")


def test_an_abbreviation_with_its_place_after_it_takes_the_place() -> None:
    hit = find_times("on Sunday from 11:00 AM to 12:00 PM (BST, Dhaka time) for the post")[0]
    assert hit.tz_name == "Asia/Dhaka"
    assert find_times("at 10:00 BST, please arrive early")[0].tz_name == "Europe/London"
    assert c.CANCEL.search("the interview scheduled on Sunday stands cancelled")


def test_replies_that_pick_by_order_or_say_noonish_and_names_restated_in_full() -> None:
    det = detected(
        "Hi Thandi,\n\nEither works - let's go with the earlier one. You'll be meeting Siobhán "
        "Ní Bhriain (Head of Analytics).\n\nHannah\n\n"
        "On Sun, 1 Nov 2026 at 18:40, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> I could do Thursday 5 Nov at 10:00 or at 14:30 (UK time).\n>\n"
        "> On Fri, 30 Oct 2026 at 16:02, Hannah <hannah@kestrel.example> wrote:\n"
        ">> Could you send me two times for a 45-minute panel interview next week?\n",
        subject="Re: Senior Data Analyst - interview availability",
        sender="Hannah <hannah@kestrel.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-05T10:00:00+00:00"
    assert det.interview.end is not None
    assert (det.interview.end - det.interview.start) == timedelta(minutes=45)
    det = detected(
        "hey Thandi,\n\nGood news - the team liked your take-home for the Backend Engineer "
        "role, so let's do the onsite round.\n\nTuesday after lunch, say 2? Minh will join me - "
        "Trần Văn Minh, he's our staff engineer.\n\nIt shouldn't run past 4. See you then.\n\n"
        "Marcus\n", subject="next round", sender="Marcus Feld <marcus@tidewater.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-03T14:00:00+02:00"
    assert det.interview.end is not None and det.interview.end.hour == 16
    assert "Trần Văn Minh" in [p.name for p in det.interview.interviewers]
    assert [p.name for p in restated_people(
        "Jonas will join us too (Jonas Albrecht, my co-founder, he runs product)")] == [
        "Jonas Albrecht"]


def test_decisions_by_the_new_year() -> None:
    found = find_deadline("We want to make a call before the new year.", date(2026, 12, 7))
    assert found is not None and found[0] == date(2026, 12, 31)


def test_a_move_to_another_day_said_in_the_next_sentence() -> None:
    det = detected(
        "Dear Thandi,\n\nOne of the panel has been called to an inquiry on Tuesday, so we've had "
        "to move your interview. Same time, but Thursday (12th November) instead.\n\n"
        "From: Recruitment <recruitment@council.example>\nSent: 30 October 2026 09:40\n"
        "To: thandi@example.org\nSubject: Interview invitation - Planning Officer\n\n"
        "Your interview is on Tuesday 10 November 2026 at 10:15am and will last 45 minutes.\n",
        subject="RE: Interview invitation - Planning Officer",
        sender="Deborah <deborah@council.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2026-11-12T10:15:00+02:00"


def test_eleven_oclock_sharp_and_korean_lengths() -> None:
    assert find_times("scheduled for Monday at eleven o'clock sharp IST.")[0].tz_name == (
        "Asia/Kolkata")
    assert_clock("at 3 o'clock", [(15, 0), None])
    assert stated_length("- 변경 일정 : 2026년 11월 26일(목) 오전 10시 30분 (약 40분 소요)\n"
                         "- 면접 방식 : 화상 면접") == timedelta(minutes=40)


def test_a_bound_at_the_latest_and_a_reply_by_date_in_indian_english() -> None:
    found = find_deadline("We hope to have news for you early next week, and by Wednesday "
                          "11th November at the latest.", date(2026, 11, 2), "DMY")
    assert found is not None and found[0] == date(2026, 11, 11)
    assert find_deadline("Please revert on or before Wednesday 16th June so that we can share "
                         "the meeting link.", date(2027, 6, 10), "DMY") is None


def test_a_mortgage_consultation_is_no_interview() -> None:
    assert not_job("Thank you for booking with Meridian Mortgage Advice. Your appointment is "
                   "confirmed: Initial mortgage consultation (fact-find). Graham will interview "
                   "you about your income and outgoings.")


def test_a_role_the_mail_calls_a_role_needs_no_known_job_word() -> None:
    for text, role in (
            ("Thanks for your application for the Deckhand (Seasonal) position.",
             "Deckhand (Seasonal)"),
            ("Thank you for your application for the Collections Registrar post.",
             "Collections Registrar"),
            ("Thank you for your application for the post of Merchandiser – Export Division at "
             "Lankapura Apparel.", "Merchandiser – Export Division")):
        assert position_from_text(text) == role
    assert position_from_text("Thanks for your application for the London role.") is None


def test_panels_joined_by_dan_and_titles_in_japanese_and_flattened_last_first_rows() -> None:
    people = labelled_people("Pewawancara  : Bapak Andi Wijaya (Head of Design) dan Ibu Sari "
                             "Rahmawati (Senior UX Researcher)")
    assert [p.name for p in people] == ["Andi Wijaya", "Sari Rahmawati"]
    assert [p.name for p in cjk_people("■面接官：海外営業部 部長 高橋由美、取締役 佐藤健一")] == [
        "高橋由美", "佐藤健一"]
    rows = labelled_people("Time Interviewer Title Focus\n\n13:00 – 13:45 van der Berg, Lotte "
                           "Analytics Lead Case study\n\n13:45 – 14:30 Dijkstra, Pieter Senior "
                           "Product Manager Product sense\n")
    assert [p.name for p in rows] == ["Lotte van der Berg", "Pieter Dijkstra"]
    assert [p.name for p in partners_of_sender(
        "Rebecca Thorne and I were both looking forward to meeting you.")] == ["Rebecca Thorne"]


def test_a_generic_windows_zone_takes_the_place_the_text_names() -> None:
    start = datetime(2027, 1, 21, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    sent = datetime(2027, 1, 15, 16, 48, tzinfo=ZoneInfo("Europe/Berlin"))
    text = "Nous vous proposons le jeudi 21 janvier 2027 à 9 h 30 (heure de Luxembourg)."
    assert local_zone_name("Europe/Berlin", start, "", sent, text) == "Europe/Luxembourg"
    riga = "Sanita Ozola\nPersonāla daļa\nBrīvības iela 40, Rīga"
    assert local_zone_name("Europe/Kyiv", start, riga, sent.astimezone(ZoneInfo("Europe/Riga"))
                           ) == "Europe/Riga"


def test_employers_an_agency_keeps_confidential_and_names_cut_short_in_a_domain() -> None:
    det = detected(
        "Hi Thandi,\n\nGreat news - the client came back on your CV and they'd like to meet you! "
        "I can't put the company name in writing just yet.\n\nCan you do Thursday 12th Nov at "
        "11am?\n\nCiarán\n\nCiarán Devlin\nSenior Consultant\nCavehill Talent Partners\n",
        subject="Claims Data Analyst - 1st stage interview", sender="Ciarán Devlin "
        "<ciaran@cavehilltalent.example>")
    assert det.company is None
    assert domain_phrase("nusakargo", "PT Nusantara Kargo Digital\nJakarta") == (
        "Nusantara Kargo Digital")
    assert legal_line_company("Personal\nPõhjarannik Tarkvara OÜ\nTallinn") == (
        "Põhjarannik Tarkvara")


def test_roles_in_subjects_in_more_languages() -> None:
    assert from_subject("Tööintervjuu – Tarkvaraarendaja (Java) / Põhjarannik Tarkvara")[1] == (
        "Tarkvaraarendaja (Java)")
    assert from_subject("Poziv na razgovor – Projektni menadžer")[1] == "Projektni menadžer"
    assert from_subject("Atcelts: Darba intervija – Loģistikas plānotājs")[1] == (
        "Loģistikas plānotājs")
    assert norm_org("海外営業職") == norm_org("海外営業")


def test_four_digit_clocks_thai_ranges_and_more_outcomes() -> None:
    hits = find_times("Time: 0930-1015 CET")
    assert (hits[0].start.hour, hits[0].start.minute, hits[0].end and hits[0].end.minute,
            hits[0].tz_name) == (9, 30, 15, "Europe/Berlin")
    assert find_times("in 2026-2027") == []
    hit = find_times("เวลา 13.30 น. - 14.30 น. (เวลาประเทศไทย)")[0]
    assert (hit.start.hour, hit.end and hit.end.hour, hit.tz_name) == (13, 14, "Asia/Bangkok")
    assert c.REJECTION.search("החלטנו להתקדם בתהליך לתפקיד עם מועמדים אחרים")
    assert c.CANCEL.search("與研發部林志明經理進行的視訊面試，因林經理臨時需出差，必須取消。")
    assert c.offer("tras la aceptación por su parte de nuestra oferta de empleo, queda usted "
                   "convocada a la Jornada de Incorporación") is None
    assert c.offer("Nos complace hacerle una oferta de empleo para el puesto.")
    assert not_job("Thank you for applying to Glan-yr-Afon Housing Association. Your panel will "
                   "be Owain Llewellyn and Carys Bevan. The presentation: a tenant is in rent "
                   "arrears.") is None
