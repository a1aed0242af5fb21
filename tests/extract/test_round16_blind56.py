"""Rules from the eleventh session's read of batch 56NN (held out last session, read blind
twice, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.model import Kind

_MSK = "Mon, 19 Apr 2027 12:40:31 +0300"


def test_a_russian_labelled_slot_block_with_its_panel_and_quoted_role() -> None:
    det = detected(
        "Здравствуйте, Танди!\n\nПриглашаем вас на собеседование на позицию «Старший "
        "тестировщик» в компанию Ладога.\n\nДата и время: 23 апреля (пятница), 11:00 по "
        "московскому времени\nПродолжительность: около 1 часа\n\nС нашей стороны будут:\n"
        "- Иван Петров, руководитель отдела качества\n- Анна Кузнецова, старший инженер\n\n"
        "Итоги мы подведём и сообщим вам до 30 апреля. Учтите, что с 1 по 10 мая у нас "
        "выходные.\n\nС уважением,\nМария Орлова",
        subject="Приглашение на собеседование", sender="Мария Орлова <m@ladoga.example>",
        date=_MSK)
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None and det.interview.start.isoformat() == (
        "2027-04-23T11:00:00+03:00")
    assert [p.name for p in det.interview.interviewers] == ["Иван Петров", "Анна Кузнецова"]
    assert det.position == "Старший тестировщик"
    assert det.decision_deadline == date(2027, 4, 30)  # (not the holidays in the next sentence)


def test_a_russian_promise_by_the_end_of_next_week() -> None:
    det = detected(
        "Здравствуйте!\n\nСпасибо за финальное собеседование. Окончательное решение мы примем "
        "до конца следующей недели и сразу сообщим вам результат.\n\nЕкатерина",
        subject='Статус по вакансии "Инженер по данным"', sender="Е <e@kod.example>",
        date="Wed, 16 Dec 2026 10:00:00 +0300")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 12, 25)
    assert det.position == "Инженер по данным"


def test_an_italian_founder_fixes_a_video_call_with_a_colleague() -> None:
    det = detected(
        "Ciao Thandi!\n\nGrazie mille per la risposta veloce :) Allora, fissiamo: ci vediamo in "
        "videochiamata giovedì 22 aprile alle 11:30 ora italiana. Tieniti libera un'oretta e "
        "mezza circa.\n\nCi saremo io e Paolo Neri, che guida il prodotto.\n\nA giovedì!\nSara",
        subject="Re: Posizione Product Designer – due chiacchiere?",
        sender="Sara Bassi <sara@lucerna.example>", date="Mon, 19 Apr 2027 09:00:00 +0200")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-04-22T11:30:00+02:00"
    assert det.interview.end is not None and det.interview.end.isoformat() == (
        "2027-04-22T13:00:00+02:00")
    assert [p.name for p in det.interview.interviewers] == ["Sara Bassi", "Paolo Neri"]
    assert det.position == "Product Designer"
    assert det.decision_deadline is None  # ("grazie per la risposta": her answer, no promise)


def test_an_offer_to_help_find_a_new_time_does_not_move_the_interview() -> None:
    det = detected(
        "Hi Thandi,\n\nYour interview for the Data Engineer role is confirmed.\n\n"
        "When: Tuesday, March 16, 2027\nTime: 10:00 AM - 11:00 AM Eastern Time\n\n"
        "Need to make a change? Reply to this email and our coordinator will help you find a "
        "new time.", subject="Interview Confirmation: Data Engineer at Lumo Health",
        sender="Lumo Recruiting <no-reply@lumohealth.example>",
        date="Thu, 11 Mar 2027 16:00:00 -0500")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_an_assistant_moves_her_principals_call_and_names_him_in_her_signature() -> None:
    det = detected(
        "Dear Thandi,\n\nOmar has had to travel at short notice, so unfortunately he can no "
        "longer make Thursday (3 June, 10:00am).\n\nHe would still like to speak with you "
        "about the role, and has asked me to move the call to Monday, 7 June at 4:00pm "
        "Singapore time. It remains a 45-minute video call.\n\nWarm regards,\nLi Wen\n\n"
        "Li Wen\nExecutive Assistant to Omar Haddad, Chief Operating Officer\nQuayline Pte. Ltd.",
        subject="RE: Conversation with Omar - Head of Analytics",
        sender="Li Wen <li.wen@quayline.example>", date="Mon, 31 May 2027 09:00:00 +0800")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.isoformat() == "2027-06-07T16:00:00+08:00"
    assert [p.name for p in det.interview.interviewers] == ["Omar Haddad"]


def test_moving_on_to_the_video_interview_stage_is_progress_and_the_tool_is_no_employer() -> None:
    det = detected(
        "Dear Thandi,\n\nGood news: your application for the Analyst role at Fenwick & Rowe "
        "has moved on to the video interview stage.\n\nThis is a one-way interview: you record "
        "answers to five questions whenever suits you.\n\nComplete by: 11:59pm GMT, Sunday 17 "
        "January 2027\n\nEarly Careers Team\nFenwick & Rowe\n\nPowered by Clipvue. Questions? "
        "help@clipvue.example", subject="Next step: your video interview",
        sender="Fenwick & Rowe Careers <invites@clipvue.example>",
        date="Mon, 11 Jan 2027 09:00:00 +0000")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company == "Fenwick & Rowe"
