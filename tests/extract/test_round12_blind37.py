"""Rules from the seventh session's read of batch 37NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected, vevent

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.participants import wanting_people
from mailwatch.extract.position import cjk_position
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_the_day_of_a_slash_date_is_no_clock() -> None:
    hits = find_times("• Thu 1/14 – 10:00 am or 1:30 pm")
    assert [(h.start.hour, h.start.minute) for h in hits] == [(10, 0), (13, 30)]


def test_a_manager_who_would_like_to_get_her_in_and_one_who_will_sit_in() -> None:
    assert [p.name for p in wanting_people(
        "Thanks for chatting! Cody Ramos (our Director of Brewing) would like to get you in "
        "for a 45-min conversation next.")] == ["Cody Ramos"]
    assert [(p.name, p.title) for p in wanting_people(
        "Plan on an hour. Renee Vasco, our lead electrician on days, will sit in with me.")] == [
        ("Renee Vasco", "our lead electrician on days")]
    assert wanting_people("our VP of\nCustomer Success, would love to chat") == []


def test_good_deal_over_her_pick_of_the_offered_times() -> None:
    det = detected(
        "Good deal. Steel toes and safety glasses, we'll have a hard hat for you.\n\nDale\n\n"
        "-----Original Message-----\nFrom: Thandi Nkosi <thandi@example.org>\n"
        "Subject: Re: Electrician - shop interview\n\nTuesday the 10th works well for me.\n\n"
        "-----Original Message-----\nFrom: Dale Hoskin <dale@plw.example>\n"
        "Subject: Electrician - shop interview\n\nI'd like to have you out to the shop for an "
        "interview. I can do Tuesday Nov 10 at 7:30 a.m. Central or Wednesday Nov 11 at 1:00 "
        "p.m. Central.\n", subject="RE: Electrician - shop interview",
        sender="Dale Hoskin <dale@plw.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (10, 7)


def test_a_phone_reply_that_bumps_to_thurs_same_time() -> None:
    det = detected(
        "Thandi sorry gotta bump tmrw, vessel came in early. Thurs same time work? Same spot\n\n"
        "Gord\n\n> On Oct 28, 2026, at 10:14 AM, Basin Marine <no-reply@basin.example> wrote:\n"
        ">\n> Your interview for Marine Electrician is confirmed.\n>\n"
        "> When: Tuesday, November 3, 2026 at 10:00 AM AST\n",
        subject="Re: Interview confirmed - Marine Electrician",
        sender="Gordon Mac <gmac@basin.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (5, 10)


def test_the_text_corrects_the_time_of_the_attached_invite() -> None:
    ics = vevent(summary="Interview - Thandi Nkosi", start="20261110T130000",
                 end="20261110T140000", tzid="Europe/London")
    body = ("Dear Thandi,\n\nI'm pleased to invite you to a panel interview.\n\n"
            "Date:   Tuesday 10 November 2026\nTime:   2.00pm - 3.00pm\n\n"
            "Please note the calendar invite attached still shows 1.00pm - 2.00pm. The times "
            "above are the right ones; I'll send a corrected invite.\n\nMorag\n")
    det = detected(body, subject="Interview invitation - Modelling Engineer", ics=ics,
                   sender="Morag Lind <morag@thistle.example>",
                   date="Mon, 02 Nov 2026 09:00:00 +0000")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.hour == 14
    assert det.interview.end is not None and det.interview.end.hour == 15


def test_catalan_dotted_range_panel_and_role() -> None:
    hits = find_times("Hora: de 10.00 a 11.15 h")
    assert [(h.start.hour, h.end.hour if h.end else None) for h in hits] == [(10, 11)]
    det = detected(
        "Hola, Thandi,\n\nT'esperem per a una entrevista presencial:\n\n"
        "Dia: dijous, 12 de novembre de 2026\nHora: de 10.00 a 11.15 h\n"
        "Amb: Jordi Casas (CTO) i Núria Vila (responsable de percepció)\n\nMontse\n",
        subject="Entrevista per a la posició d'Enginyer de Visió Artificial · Clotet",
        sender="Montse <talent@clotet.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Jordi Casas", "Núria Vila"]


def test_galician_rejection_swedish_recorded_interview_and_korean_slots() -> None:
    det = detected("Ola, Thandi:\n\nDespois de valorar as candidaturas, decidimos seguir "
                   "adiante con outra persoa para o posto.\n\nUxía\n",
                   subject="Proceso de selección", sender="Uxía <persoas@naval.example>")
    assert det.kind is Kind.REJECTION
    det = detected("Hej Thandi!\n\nTack för din ansökan till tjänsten som Systemutvecklare. "
                   "Nästa steg är en kort digital videointervju. Du spelar in när det passar "
                   "dig.\n\nElin\n", subject="Nästa steg: videointervju",
                   sender="Elin <elin@malarvik.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    det = detected("안녕하세요.\n\n1차 기술 면접 일정을 조율하고자 연락드렸습니다.\n\n"
                   "아래 일정 중 편하신 시간을 선택하여 회신 부탁드립니다.\n\n"
                   "1) 11월 9일(월) 오후 2시\n2) 11월 10일(화) 오전 10시 30분\n",
                   subject="[새솔] 1차 기술 면접 일정 조율",
                   sender="김지은 <recruit@saesol.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert cjk_position("저희 백엔드 개발자(경력) 포지션에 지원해 주셔서") == "백엔드 개발자(경력)"


def test_a_russian_status_update_with_its_date() -> None:
    found = find_deadline("Окончательный ответ мы дадим вам не позднее пятницы, 28 мая.",
                          date(2027, 5, 18))
    assert found is not None and found[0] == date(2027, 5, 28)
    det = detected("Здравствуйте!\n\nРешение по вакансии «Аналитик данных» пока не принято. "
                   "Окончательный ответ мы дадим вам не позднее пятницы, 13 ноября.\n\nДилноза\n",
                   subject="Статус по вакансии", sender="Дилноза <d@kod.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 13)


def test_nudging_the_start_back_is_a_move() -> None:
    det = detected(
        "Hi Thandi,\n\nSorry - Oliver has been pulled into a board prep session, so we're "
        "nudging the start back to 11h30 UK time. Same day (Thursday the 5th), same Teams "
        "link.\n\nHannah\n", subject="RE: Second-stage interview - Data Scientist",
        sender="Hannah G <hannah@marlowe.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 30)


def test_her_own_reply_and_a_banks_customer_research_are_no_invitations() -> None:
    det = detected(
        "Hi Keira,\n\nThank you – Tuesday 10 November at 10:00 suits me well.\n\nThandi\n\n"
        "On Mon, 2 Nov 2026 at 15:22, Keira D <keira@oak.example> wrote:\n"
        "> We'd like to invite you to a first interview:\n> Date: Tuesday 10 November 2026\n"
        "> Time: 10:00 - 10:45\n", subject="Re: Interview invitation - Analyst",
        sender="Thandi Nkosi <thandi@example.org>")
    assert det.kind is Kind.OTHER
    det = detected(
        "Hi Thandi,\n\nWe're running 45-minute video interviews with a handful of customers. "
        "Every participant gets an R500 voucher. We have a slot on Thursday 12 November at "
        "12:30, or pick any time: https://calendly.com/fern-research/45\n\nMusa\n",
        subject="Could we interview you?", sender="Musa <research@fernbank.example>")
    assert det.kind is Kind.OTHER
