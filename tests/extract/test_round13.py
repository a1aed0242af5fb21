"""Rules from the eighth session's read of batch 36NN (held out last session, read once with
its final code, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected, vevent

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.holiday_dates import holiday_on_or_after, last_workday_before
from mailwatch.extract.subject import from_subject
from mailwatch.model import Kind


def test_a_holiday_named_by_its_name_comes_from_the_countrys_calendar() -> None:
    assert holiday_on_or_after("bank holiday", date(2027, 5, 4)) == date(2027, 5, 31)
    assert holiday_on_or_after("Thanksgiving", date(2026, 11, 2)) == date(2026, 11, 26)
    assert last_workday_before("bank holiday", date(2027, 5, 18)) == date(2027, 5, 28)
    assert last_workday_before("thanksgiving", date(2026, 11, 2)) == date(2026, 11, 25)


def test_a_promise_bounded_by_a_holiday_past_a_had_hoped_clause() -> None:
    sentence = ("Two more people are being seen on Thursday, so it is dragging on longer than "
                "we'd hoped, but you'll have our answer before the bank holiday weekend.")
    assert find_deadline(sentence, date(2027, 5, 18), "DMY")[0] == date(2027, 5, 28)
    # a sentence that only looks back at a hope still promises nothing
    assert find_deadline("We had hoped to decide by Friday.", date(2027, 5, 18), "DMY") is None


def test_end_of_business_and_a_friday_of_next_week() -> None:
    assert find_deadline("You'll get an answer from me by end of business Thursday.",
                         date(2027, 4, 12))[0] == date(2027, 4, 15)
    assert find_deadline("The decision comes next week, by Friday at the latest.",
                         date(2027, 2, 10))[0] == date(2027, 2, 19)


def test_a_recruiter_who_asks_to_push_to_another_hour_instead() -> None:
    det = detected(
        "Hi Thandi,\n\nSmall change: Ines has been pulled into an audit on Wednesday morning. "
        "She wondered if we can push to half past two Eastern instead, same day, Wednesday "
        "the 11th. It is still the same hour-long chat.\n\nMarco\n\n"
        "-----Original Message-----\nFrom: Marco Reyes <marco@bluefin-talent.example>\n"
        "Sent: Monday, November 2, 2026 9:00 AM\nSubject: Controls Engineer interview\n\n"
        "Your interview with Ines Carvalho is on Wednesday, November 11 at 10am Eastern.\n",
        subject="RE: Controls Engineer interview",
        sender="Marco Reyes <marco@bluefin-talent.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 11, 14, 30)
    assert det.interview.end is not None
    assert det.interview.end - det.interview.start == (
        datetime(2026, 1, 1, 1) - datetime(2026, 1, 1))


def test_hour_long_is_one_hour() -> None:
    assert stated_length("We have kept the same hour-long interview.") is not None
    assert stated_length("It is an hour long call with the team.") is not None


def test_an_updated_invite_that_moved_the_room_not_the_time() -> None:
    ics = vevent(summary="Interview - Site Engineer", start="20261117T100000",
                 end="20261117T110000", tzid="Europe/London", sequence=1)
    det = detected(
        "Hello Thandi,\n\nThe time has not changed, only the room: the Hartley Room is needed "
        "for exams, so we've moved you to the Wren Building, room 3.\n\nKind regards,\nPaula",
        subject="Updated: Interview - Site Engineer", ics=ics,
        sender="Paula Grant <p.grant@estates.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_hungarian_slots_and_panel() -> None:
    det = detected(
        "Kedves Thandi!\n\nKöszönjük jelentkezését a Rendszermérnök pozícióra. "
        "Az interjún Kovács Anna, a minőségügyi osztály vezetője, valamint "
        "Horváth Bence rendszermérnök vesz részt.\n\n"
        "Kérjük, válasszon az alábbi időpontok "
        "közül:\n- november 10. (kedd) 9 órakor\n- november 12. (csütörtök) 15 órakor\n\n"
        "Üdvözlettel:\nFarkas Éva\n", subject="Interjú időpontok",
        sender="Farkas Éva <eva@duna.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Kovács Anna", "Horváth Bence"]


def test_hebrew_date_panel_and_length() -> None:
    det = detected(
        "שלום Thandi,\n\nתודה על פנייתך למשרת Data Analyst. שמחים להזמין אותך לראיון.\n\n"
        "מתי: יום שני, 16 בנובמבר 2026, בשעה 11:00\nמשך: כשעה\n\n"
        "את הראיון יקיימו דנה כהן, מנהלת המוצר, ויואב לוי, מפתח בכיר.\n\nבהצלחה!\n",
        subject="זימון לראיון עבודה", sender="Noa <noa@galil.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 16, 11)
    assert det.interview.end is not None
    assert [p.name for p in det.interview.interviewers] == ["דנה כהן", "יואב לוי"]


def test_turkish_names_before_ile() -> None:
    det = detected(
        "Merhaba Thandi Hanım,\n\nGörüşmeniz 12 Kasım Perşembe günü saat 10.00'da Satış Müdürü "
        "Emre Şahin ve Yazılım Lideri Zeynep Koç ile yapılacak.\n\nSaygılarımla,\nAyşe\n",
        subject="Mülakat daveti", sender="Ayşe Polat <ayse@marmara.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Emre Şahin", "Zeynep Koç"]


def test_dutch_cancellation_in_a_subordinate_clause_with_a_compound_noun() -> None:
    det = detected(
        "Beste Thandi,\n\nHelaas moet ik je laten weten dat het sollicitatiegesprek van "
        "dinsdag 10 november om 10.00 uur met Joost Wit (CTO) en mijzelf niet doorgaat. "
        "De vacature is voorlopig gesloten.\n\nGroet,\nSanne Berg",
        subject="Afgelast: gesprek", sender="Sanne Berg <sanne@delta.example>")
    assert det.kind is Kind.CANCELLATION
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Joost Wit", "Sanne Berg"}


def test_german_ask_for_time_windows_is_a_request() -> None:
    det = detected(
        "Sehr geehrte Frau Nkosi,\n\nvielen Dank für Ihre Bewerbung als Data Engineer. Wir "
        "möchten Sie gern zu einem Vorstellungsgespräch einladen. "
        "Bitte nennen Sie uns bis Freitag zwei mögliche "
        "Zeitfenster in der Woche vom 16. bis 20. November. Am besten passen uns die "
        "Nachmittage zwischen 13:00 und 16:00 Uhr.\n\nMit freundlichen Grüßen\nJan Vogt",
        subject="Ihre Bewerbung - Terminvorschläge", sender="Jan Vogt <jan@nord.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is None


def test_research_study_with_a_quoted_title_is_not_a_job_interview() -> None:
    det = detected(
        "Dear Thandi,\n\nThank you for agreeing to take part in the \"Commuting and Careers\" "
        "study. Your interview is confirmed for Tuesday 10 November at 14:00. Please sign the "
        "consent form before we begin.\n\nBest wishes,\nDr Ama Boateng",
        subject="Your interview slot", sender="Dr Ama Boateng <ama@uni.example>")
    assert det.kind is Kind.OTHER


def test_thai_paperwork_appointment_is_not_an_interview() -> None:
    det = detected(
        "เรียน คุณ Thandi\n\nวันที่: 12 พฤศจิกายน 2569\nเวลา 10.00 น.\n\n"
        "การนัดหมายครั้งนี้ไม่ใช่การสัมภาษณ์ เป็นการลงนามในสัญญาจ้างเท่านั้น\n",
        subject="นัดหมายลงนามสัญญาจ้าง ตำแหน่ง Data Engineer", sender="HR <hr@siam.example>")
    assert det.kind is Kind.OTHER


def test_a_flattened_name_role_time_table() -> None:
    det = detected(
        "Hi Thandi,\n\nYour on-site interview is on Thursday 12 November at our office. "
        "Times are Amsterdam time (CET).\n\nName\nRole\nTime\n\n"
        "Joris de Groot Engineering Manager, Payments 10:00 – 10:45\n\n"
        "Lê Minh Châu Staff Engineer 10:45 – 11:30\n\n"
        "Lunch 11:30 – 12:15\n\n"
        "Iris van den Berg Group Product Manager 12:15 – 13:00\n\nSee you then!\n\nEva Smit\n"
        "Recruitment Coordinator",
        subject="Your on-site interview", sender="Eva Smit <eva@noord.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.end.hour) == (10, 13)
    assert [p.name for p in det.interview.interviewers] == [
        "Joris de Groot", "Lê Minh Châu", "Iris van den Berg"]


def test_irish_names_with_mac_an() -> None:
    det = detected(
        "Hi Thandi,\n\nYou'll be meeting Niamh Mac an tSaoir and Darragh Mac an Bhaird on "
        "Tuesday 10 November at 11:00.\n\nThanks,\nRuth",
        subject="Interview", sender="Ruth Kenny <ruth@cill.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == [
        "Niamh Mac an tSaoir", "Darragh Mac an Bhaird"]


def test_subject_roles_written_in_other_languages() -> None:
    assert from_subject("Entrevue – Analyste principale, données (suivi)")[1] == (
        "Analyste principale, données")
    assert from_subject("Intervju – Backendutvecklare inbyggda system")[1] == (
        "Backendutvecklare inbyggda system")
    assert from_subject("Próxima etapa – Analista(o) de Dados Pleno")[1] == (
        "Analista de Dados Pleno")
    assert from_subject("Confirmation – Chef·fe de projet Data")[1] == "Chef de projet Data"
    assert from_subject("Update on your Data Engineer application")[1] == "Data Engineer"
    assert from_subject("Intervju – Systemutvecklare / Backend Developer")[1] == (
        "Systemutvecklare / Backend Developer")
