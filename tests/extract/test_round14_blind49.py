"""Rules from the ninth session's read of batches 49NN and 50NN (written this session,
read blind once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_an_agency_hearing_from_them_within_a_fortnight() -> None:
    found = find_deadline("They've two more candidates to see, so you should hear from them "
                          "within the next fortnight.", date(2027, 3, 8), "DMY")
    assert found is not None and found[0] == date(2027, 3, 22)


def test_finalists_and_a_promise_in_business_days_are_a_status_update() -> None:
    det = detected(
        "Hi Thandi,\n\nThanks for checking in. We have two more finalist conversations this "
        "week, and after that the panel will compare notes. I expect to have an answer for you "
        "in the next 5-7 business days.\n\nPriyanka", subject="RE: Checking in - Data Analyst",
        sender="Priyanka C <pc@maple.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 11)


def test_reviewing_all_the_conversations_is_still_deciding() -> None:
    det = detected(
        "Dear Thandi,\n\nThank you for speaking with Lukas yesterday about the Product Analyst "
        "position. We are now reviewing all of the conversations from this round and will be in "
        "touch as soon as we have reached a decision.\n\nFriederike",
        subject="Thank you for your interview", sender="Friederike H <fh@kranich.example>")
    assert det.kind is Kind.STATUS_UPDATE


def test_a_question_that_wraps_is_no_robots_acknowledgement() -> None:
    det = detected(
        "Dumela Thandi,\n\nThank you for your application for the Data Officer post.\n\n"
        "Tumelo Sebego (our Head of Research) and I would like to have a proper\nconversation "
        "with you. Would you be free any time\nbetween 9 and 12 on Tuesday or Wednesday next "
        "week?\n\nKagiso", subject="RE: Application - Data Officer",
        sender="Kagiso M <kagiso@pans.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_one_way_video_step_survives_tips_and_an_unsubscribe_header() -> None:
    det = detected(
        "Hi Thandi!\n\nThanks for applying to be a Member Services Advisor. The next step is a "
        "short recorded video interview.\n\nA few tips from our team:\n* Find a quiet spot.\n\n"
        "Start video interview: https://x.example/v/1\n\nManage your data: https://x.example/"
        "unsubscribe", subject="Next step: a short recorded video",
        sender="Fernhill <no-reply@fernhill.teamtailor-mail.example>",
        headers={"List-Unsubscribe": "<https://x.example/u>"})
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_lets_do_another_day_instead_is_a_move() -> None:
    det = detected(
        "Hi Thandi,\n\nGood news - I've cleared my diary. Let's do Wednesday 11 November, "
        "15:00-16:00 CET instead.\n\nJoost\n\nFrom: Joost <j@tulp.example>\nSent: Monday, 2 "
        "November 2026 08:12\nSubject: Interview - need to move\n\nI have to move our "
        "interview on Thursday.\n", subject="Interview Data Engineer - new date",
        sender="Joost <j@tulp.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 11, 15, 0)


def test_korean_before_and_after_labels_of_a_move() -> None:
    det = detected(
        "Thandi Nkosi 님, 안녕하세요.\n\n"
        "11월 5일(목) 오후 3시로 안내드렸던 1차 면접 일정과 관련하여 연락드립니다.\n\n"
        "■ 변경 전 : 2026년 11월 5일(목) 오후 3:00\n"
        "■ 변경 후 : 2026년 11월 10일(화) 오후 2:00 ~ 3:00 (한국 시간)\n\n감사합니다.",
        subject="[누리결소프트] 1차 면접 일정 변경 안내", sender="인사팀 <recruit@nuri.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 14, 0)


def test_the_candidate_on_someone_elses_panel_and_a_french_visa_centre() -> None:
    det = detected(
        "Thanks for sitting on the panel! You and Pieter will interview Lerato M for the Junior "
        "Analyst apprenticeship on Thursday 5 November 2026 10am - 10:45am.\n\nKarabo",
        subject="Invitation: Panel interview: Lerato M", sender="Karabo S <k@ubuntu.example>")
    assert det.kind is Kind.OTHER
    det = detected(
        "Madame Thandi NKOSI,\n\nVotre rendez-vous au centre de dépôt des demandes de visa est "
        "confirmé.\nDate : jeudi 5 novembre 2026\nHeure : 09h30\nUn bref entretien avec un "
        "agent aura lieu lors du dépôt.\n", subject="Confirmation de votre rendez-vous",
        sender="VisaPoint <rdv-noreply@visapoint.example>")
    assert det.kind is Kind.OTHER


def test_noon_to_one_and_sitting_down_with_someone() -> None:
    (hit,) = find_times("noon–1pm at the boathouse")
    assert (hit.start.hour, hit.end and hit.end.hour) == (12, 13)
    det = detected(
        "Thandi,\n\nSaturday 7 November it is - noon–1pm at the boathouse. First half hour I'll "
        "walk you round, then we'll sit down in the committee room with Gillian Ash, our "
        "Vice-Captain, for the proper interview bit.\n\nHugo\n\nHugo Fair\nClub Captain, "
        "Remenham Reach Rowing Club\n", subject="Re: Boathouse Manager role",
        sender="Hugo Fair <captain@remenham.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Gillian Ash", "Hugo Fair"]


def test_a_greenhouse_virtual_onsite_confirmation_with_an_unsubscribe_header() -> None:
    det = detected(
        "Hi Thandi,\n\nYour virtual onsite for the Senior Backend Engineer role is confirmed.\n\n"
        "Wednesday, November 4, 2026 · all times Eastern Time (US & Canada)\n"
        "Time Interviewer Session\n10:00 AM – 10:45 AM Okonkwo, Chidera System Design\n"
        "10:45 AM – 11:30 AM de la Fuente, Inés Pair Programming\n\nLena",
        subject="Interview Confirmation: Senior Backend Engineer at Quillfeather Health",
        sender="Lena M <no-reply@us.greenhouse-mail.example>",
        headers={"List-Unsubscribe": "<https://x.example/u>"})
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_plain_spoken_rejections_and_a_quarter_deadline() -> None:
    det = detected(
        "Hi Thandi,\n\nThank you for talking with Rory and me. After a lot of back and forth "
        "we've offered the positions to two applicants who've worked hives before. I'm sorry "
        "it isn't better news.\n\nBronwyn", subject="Your application for Apiary Technician",
        sender="Bronwyn T <b@hollow.example>")
    assert det.kind is Kind.REJECTION
    det = detected(
        "Hi Thandi,\n\nWhere we landed is that this hire needs field experience, so we won't be "
        "making you an offer for the Controls Engineer role.\n\nDelphine",
        subject="Following up from Thursday", sender="Delphine O <d@lantern.example>")
    assert det.kind is Kind.REJECTION
    found = find_deadline("Our plan is to make a final decision before the end of Q1.",
                          date(2027, 1, 13), "DMY")
    assert found is not None and found[0] == date(2027, 3, 31)


def test_spanish_pasarla_al_is_a_move() -> None:
    det = detected(
        "Hola Thandi:\n\nÁlvaro tiene que viajar. Para no retrasar el proceso, te propongo "
        "pasarla al martes 10 de noviembre a las 11:30 (hora peninsular).\n\nLucía",
        subject="RE: Entrevista técnica (cambio de fecha)", sender="Lucía F <l@solmar.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 11, 30)


def test_a_subject_opening_with_the_day_and_an_invite_sent_on_friday() -> None:
    det = detected(
        "Hi Thandi!\n\nQuick one to lock in the last piece of Thursday for you. You're booked "
        "in for the assessment at 10 (Sydney time). We'll grab you straight after it, so about "
        "11:30, for your interview with Bronwyn and Tane. The link is in the calendar invite I "
        "sent on Friday.\n\nJacinta", subject="Thursday - your interview with Bronwyn & Tane",
        sender="Jacinta M <j@saltbush.example>", date="Mon, 02 Nov 2026 15:37:12 +1100")
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 5, 11, 30)


def test_outlook_names_with_an_organisation_tag() -> None:
    from mailwatch.extract.people import clean_name

    assert clean_name("Cho, Mei-Lin (SCUH)") == "Mei-Lin Cho"
    assert clean_name("Lopez, Maria") == "Maria Lopez"


def test_schedule_rows_with_last_first_and_a_bracketed_title_or_particle() -> None:
    from mailwatch.extract.roster import labelled_people

    rows = ("Schedule\n1:00 - 1:45   Technical deep dive      Okafor, Chidi (Staff Engineer)\n"
            "1:45 - 2:30   SQL & data modeling      Lind, Annika (Senior Analytics Engineer)\n")
    assert [p.name for p in labelled_people(rows)] == ["Chidi Okafor", "Annika Lind"]
    table = ("All times are in IST.\nTime (IST) Round Panel\n"
             "14:00 – 14:45 Coding (shared editor) al-Farsi, Layla\n"
             "14:45 – 15:30 System design bin Ismail, Hafiz\nRaghu, Deepa\n")
    assert [p.name for p in labelled_people(table)] == [
        "Layla al-Farsi", "Hafiz bin Ismail", "Deepa Raghu"]


def test_german_nehmen_teil_and_portuguese_com_o_e_comigo() -> None:
    det = detected(
        "Guten Tag Frau Nkosi\n\nGerne laden wir Sie zu einem Gespräch ein:\nDonnerstag, 12. "
        "November 2026, von 14.30 bis 15.30 Uhr\n\nSeitens Alpenrand nehmen teil:\n- Lukas "
        "Brun, Leiter Data Platform\n- Seraina Cad, HR Business Partner (ich)\n\nSeraina Cad\n",
        subject="Einladung zum Gespräch", sender="Seraina Cad <sc@alpenrand.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Lukas Brun", "Seraina Cad"]
    det = detected(
        "Oi Thandi!\n\nAqui é a Letícia, do time de Pessoas. Tua entrevista:\n📅 11/11/2026, "
        "das 15h às 16h (horário de Brasília)\n👥 Com o Gustavo Dalla Rosa (Tech Lead) e comigo\n"
        "\nBeijos,\nLetícia Schmitt\n", subject="Entrevista - Pampa Sistemas",
        sender="Letícia Schmitt <l@pampa.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == [
        "Gustavo Dalla Rosa", "Letícia Schmitt"]


def test_a_dotted_date_that_ends_a_sentence() -> None:
    found = find_deadline("Da wir noch weitere Gespräche führen, erhalten Sie unsere Rückmeldung "
                          "spätestens bis Freitag, 23.10.2026.", date(2026, 10, 5), "DMY")
    assert found is not None and found[0] == date(2026, 10, 23)


def test_no_room_or_sentence_in_a_company_name() -> None:
    det = detected(
        "Hi Thandi,\n\nITINERARY\n8:50 - 9:35 AM Technical interview\nMeet at Room A2\n"
        "With: Dr Marcus Oye, Process Control Manager\n\nThis email was sent by Workday on "
        "behalf of Peel Harvey Lithium.", subject="Onsite itinerary – Process Engineer",
        sender="Peel Harvey Lithium <noreply@peel.myworkday.example>")
    assert det.company == "Peel Harvey Lithium"


def test_german_thursday_next_week_and_planen_sie() -> None:
    from mailwatch.extract.dates import find_dates
    from mailwatch.extract.duration import stated_length

    (hit,) = find_dates("am Donnerstag nächster Woche um 14:00 Uhr", date(2027, 2, 25), "DMY")
    assert hit.day == date(2027, 3, 4)
    (hit,) = find_dates("nächsten Donnerstag", date(2027, 2, 25), "DMY")
    assert hit.day == date(2027, 3, 4)
    assert stated_length("Bitte planen Sie etwa 90 Minuten ein.") is not None
