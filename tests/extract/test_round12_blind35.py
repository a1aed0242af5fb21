"""Rules from the seventh session's read of batch 35NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta

from mailfactory import detected

from mailwatch.extract.duration import stated_length
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.participants import replaced_people, wanting_people
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import cjk_position, position_from_text
from mailwatch.extract.roster import labelled_people
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.extract.writer import sender_interviews
from mailwatch.model import Kind


def test_the_person_who_wants_the_interview_named_as_the_subject() -> None:
    text = ("Good news - Russ Abney (Plant Manager at Harpeth) went through your resume and "
            "wants to do a phone interview.")
    assert [(p.name, p.title) for p in wanting_people(text)] == [
        ("Russ Abney", "Plant Manager at Harpeth")]
    assert wanting_people("It'll be a call, Russ Abney will call your cell.")[0].name == (
        "Russ Abney")
    # (a role or a company before "would like to" is no one)
    assert wanting_people("Thanks for applying for the\nMachine Learning Engineer position "
                          "and would like to set up a call.") == []
    assert wanting_people("Hi Thandi\n\nGood news – my client would like to meet you.") == []


def test_two_who_meet_her_at_the_desk_and_a_guest_who_joins_for_the_second_half() -> None:
    from mailwatch.extract.calendar_facts import organizer_role
    assert organizer_role("Brendan and I will meet you at the front desk.") is not False
    assert organizer_role("I'll meet you at reception and take you up.") is False
    assert sender_interviews("I've added Declan Mac, our planner. He'll join for the second "
                             "half to walk through an exercise.")


def test_an_interviewer_off_that_week_is_replaced() -> None:
    text = "Tomasz is off-island that week so it'll be me and Keziah Gruchy instead."
    assert [p.name for p in replaced_people(text)] == ["Tomasz"]


def test_spanish_and_portuguese_panels_and_a_trailing_joiner() -> None:
    people = labelled_people("Entrevistan:  Francisca Urra, Jefa de Planificación, y\n"
                             "Matías Reyes Soto, Subgerente de Operaciones\n")
    assert [(p.name, p.title) for p in people] == [
        ("Francisca Urra", "Jefa de Planificación"), ("Matías Reyes Soto",
                                                      "Subgerente de Operaciones")]
    assert [p.name for p in labelled_people(
        "👥 Quem vai conversar com você: Rafael Alves (Head de Produto) e Juliana Teles "
        "(Designer)\n")] == ["Rafael Alves", "Juliana Teles"]
    assert [p.name for p in names_in_text(
        "En la entrevista estarán Andrés Restrepo (líder técnico) y Daniela Zapata.")] == [
        "Andrés Restrepo", "Daniela Zapata"]


def test_an_application_word_before_the_role_and_a_country_after_the_name() -> None:
    assert from_subject("RE: Candidatura Ingeniera de Proyectos", ())[1] == (
        "Ingeniera de Proyectos")
    assert from_subject("Application received", ()) == (None, None)
    assert domain_phrase("atlaspay", "Salma\nTalent Acquisition\nAtlasPay Maroc\n") == (
        "AtlasPay Maroc")


def test_writers_in_dutch_danish_and_slovenian() -> None:
    assert sender_interviews("een gesprek met Pieter Vanhoutte, teamleider Planning, en mezelf.")
    assert sender_interviews("Fra vores side deltager afdelingschef Søren Holm og jeg selv.")
    assert sender_interviews("Razgovor bo vodil g. Tomaž Horvat, pridružila pa se bom tudi jaz.")
    assert [p.name for p in names_in_text("Razgovor bo vodil g. Tomaž Horvat, vodja razvoja.")
            ] == ["Tomaž Horvat"]


def test_a_lithuanian_one_way_video_interview() -> None:
    det = detected(
        "Laba diena, Thandi,\n\nKitas atrankos etapas - trumpas vaizdo interviu, kurį "
        "atliksite savarankiškai, Jums patogiu metu, dėl pozicijos Duomenų analitikas.\n\nRūta\n",
        subject="Vaizdo interviu - Duomenų analitikas", sender="Rūta <ruta@nemuno.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_slovenian_and_croatian_roles_and_one_hour() -> None:
    assert position_from_text("razgovor za delovno mesto Razvijalec vgrajenih sistemov, ki je"
                              ) == "Razvijalec vgrajenih sistemov"
    assert stated_length("Razgovor bo trajal približno eno uro.") == timedelta(hours=1)
    assert stated_length("مدة المقابلة: ساعة واحدة تقريباً") == timedelta(hours=1)


def test_a_croatian_cancellation_names_the_interviewer_on_sick_leave() -> None:
    det = detected(
        "Poštovana gospođo Nkosi,\n\nnažalost Vas moramo obavijestiti da je razgovor za posao, "
        "koji smo dogovorili za četvrtak,\n5. studenoga 2026. u 11 sati, otkazan. Voditelj "
        "tima Ante Matković, s kojim ste\ntrebali razgovarati, ovaj je tjedan na bolovanju.\n\n"
        "Ivana\n", subject="Otkazivanje razgovora za posao", sender="Ivana <i@marjan.example>")
    assert det.kind is Kind.CANCELLATION
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Ante Matković"]


def test_a_japanese_range_with_kara_and_a_workplace_after_the_role() -> None:
    hits = find_times("■日時：2027年6月8日（火）15時から16時まで")
    assert [(h.start.hour, h.end.hour if h.end else None) for h in hits] == [(15, 16)]
    role = cjk_position("■募集職種：バックエンドエンジニア（札幌本社勤務）\n")
    assert role == "バックエンドエンジニア"


def test_an_arabic_committee_label_over_latin_names() -> None:
    people = labelled_people("لجنة المقابلة: Rana Khatib (Engineering Manager) و Laith Hourani "
                             "(Principal Engineer)\n")
    assert [p.name for p in people] == ["Rana Khatib", "Laith Hourani"]


def test_the_first_of_her_wednesday_times() -> None:
    det = detected(
        "Hi Thandi,\n\nPerfect, thank you! Let's go with the first of your Wednesday times. I've "
        "sent a calendar hold for your interview, 45 minutes.\n\nMeera\n\n"
        "On Fri, 30 Oct 2026 at 21:14, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Here's what works for me next week (all IST):\n>\n>   - Tue 3 Nov: 11:30am or 3pm\n"
        ">   - Wed 4 Nov: 2pm or 4:30pm\n",
        subject="Re: Tessera Labs - next steps", sender="Meera R <meera@tessera.example>")
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (4, 14)


def test_decisions_wrapped_up_by_then_bounded_and_by_close_of_play() -> None:
    from datetime import date

    from mailwatch.extract.deadline import find_deadline
    day = date(2026, 11, 13)
    assert find_deadline("We're hoping to wrap up the whole process by the 3rd, so you'll hear "
                         "from us by then either way.", day)[0] == date(2026, 12, 3)  # type: ignore[index]
    assert find_deadline("We will decide by close of play Thursday.", day)[0] == date(  # type: ignore[index]
        2026, 11, 19)
    found = find_deadline("She said they aim to decide by early February. I pushed a bit and "
                          "she committed to Friday 5 Feb at the latest.", date(2027, 1, 11))
    assert found is not None and found[0] == date(2027, 2, 5)
    korean = find_deadline("최종 결과는 12월 11일(금)까지 안내드릴 예정입니다.\n참석 가능 여부를 "
                           "11월 30일(월)까지 회신 부탁드립니다.", date(2026, 11, 26))
    assert korean is not None and korean[0] == date(2026, 12, 11)


def test_a_garage_booking_with_a_calendar_file_is_no_interview() -> None:
    from mailwatch.extract.calendar_facts import JOB_CONTEXT
    assert JOB_CONTEXT.search("to go through the job card with you") is None
    from mailwatch.extract.notjob import not_job
    assert not_job("Service advisor: Johan Rey\nDrop-off: Saturday 08:00\nVehicle: CA 412") \
        is not None


def test_a_weekday_at_a_four_digit_hour_and_a_lettered_panel() -> None:
    from mailwatch.extract.dates import find_dates
    hits = find_dates("Could you do Tuesday at 1400 hrs, or Wednesday?",
                      datetime(2027, 5, 10).date(), "DMY")
    assert [h.day.day for h in hits][:1] == [11]
    people = labelled_people("You'll be meeting:\na) Farid al-Rashid, CTO;\n"
                             "b) Lindiwe Dube, Head of Platform.\n\nExpect")
    assert [(p.name, p.title) for p in people] == [("Farid al-Rashid", "CTO"),
                                                   ("Lindiwe Dube", "Head of Platform")]


def test_rows_that_open_surname_first_and_joining_me_will_be() -> None:
    from mailwatch.extract.roster_tables import column_people
    rows = ["Time Interviewer Focus", "", "10:00 am – 10:30 am De Villiers, Anri",
            "Principal Designer Design critique", "", "10:30 am – 11:15 am dos Santos, Joaquim",
            "Head of Product Collaboration"]
    assert [p.name for p in column_people(rows)] == ["Anri De Villiers", "Joaquim dos Santos"]
    assert sender_interviews("Joining me will be Pieter van den Berg, our Head of QA.")
    assert [p.name for p in names_in_text(
        "Joining me will be Pieter van den Berg, our Head of QA.")] == ["Pieter van den Berg"]


def test_a_graduate_programme_in_lower_case_and_a_korean_subject_role() -> None:
    from mailwatch.extract.position import programme_from_text, without_company
    pos = programme_from_text("Thank you for your application to the Lumen & Vale Graduate "
                              "Consultant programme (2027 intake).")
    assert without_company(pos, "Lumen & Vale LLP") == "Graduate Consultant"
    role = cjk_position("[해운대모빌리티] 프론트엔드 개발자 2차 면접 안내\n본문")
    assert role == "프론트엔드 개발자"
