"""Rules added in the session after batch 18NN joined the corpus: each written so it would
hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All mail here is
invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from mailfactory import assert_clock, detected, raw_mail, vevent

from mailwatch.evaluate import norm_org
from mailwatch.extract import calendar_facts as cf
from mailwatch.extract import classify as c
from mailwatch.extract import detect
from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.company import company_from_text
from mailwatch.extract.dates import find_dates
from mailwatch.extract.duration import stated_length
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import cjk_position, position_from_text, without_company
from mailwatch.extract.signature import signature_person
from mailwatch.extract.subject import from_subject
from mailwatch.extract.writer import sender_interviews
from mailwatch.extract.zone_words import zone_hint
from mailwatch.message import parse_message
from mailwatch.model import Kind

_QUOTED_INVITE = (
    "\n\nOn Tue, 27 Oct 2026 at 10:04, Pieter Botha <pieter@karoo-analytics.co.za> wrote:\n"
    "> Hi Thandi,\n>\n"
    "> Your interview for the Data Analyst role is confirmed for Thursday 5 November\n"
    "> at 10:00. You will meet Ayanda Zulu (Head of Data) and Ruan Steyn (Analyst).\n"
    ">\n> Pieter\n"
)


def interviewers(body: str) -> tuple[Kind, list[str]]:
    det = detected(body + _QUOTED_INVITE, subject="Re: Interview - Data Analyst")
    people = [p.name for p in det.interview.interviewers] if det.interview else []
    return det.kind, people


def test_a_move_that_names_nobody_keeps_the_people_of_the_invitation_it_quotes() -> None:
    kind, people = interviewers("Hi Thandi,\n\nAyanda has been pulled into a board meeting. "
                                "Could we move to Friday 6 November at 10:00 instead?\n\nPieter")
    assert kind is Kind.RESCHEDULE
    assert people == ["Ayanda Zulu", "Ruan Steyn"]


def test_a_cancellation_that_names_nobody_keeps_the_quoted_people_too() -> None:
    kind, people = interviewers("Hi Thandi,\n\nUnfortunately we have to cancel your "
                                "interview on Thursday 5 November at 10:00; the role is "
                                "on hold.\n\nPieter")
    assert kind is Kind.CANCELLATION
    assert people == ["Ayanda Zulu", "Ruan Steyn"]


def test_a_stand_in_replaces_the_person_they_stand_in_for() -> None:
    kind, people = interviewers(
        "Hi Thandi,\n\nWe have moved the interview to Friday 6 November at 10:00. "
        "Megan Pretorius, one of our senior analysts, will join Ayanda in Ruan's place.\n\n"
        "Pieter")
    assert kind is Kind.RESCHEDULE
    assert people == ["Megan Pretorius", "Ayanda Zulu"]


def test_a_newcomer_alone_is_not_joined_by_people_the_reply_does_not_mention() -> None:
    kind, people = interviewers(
        "Hi Thandi,\n\nWe have moved the interview to Friday 6 November at 10:00. "
        "Megan Pretorius will now lead the interview.\n\nPieter")
    assert kind is Kind.RESCHEDULE
    assert "Ruan Steyn" not in people and "Ayanda Zulu" not in people


def test_will_join_a_first_name_names_another_interviewer() -> None:
    text = "Megan Pretorius will join Ayanda on the panel."
    assert [p.name for p in names_in_text(text)] == ["Megan Pretorius"]
    # a company after "join" is not a colleague
    assert names_in_text("Megan Pretorius will join Acme next month.") == []


def test_a_sentence_ending_in_interview_with_colon_heads_a_list_of_people() -> None:
    text = ("The second round is a 90-minute panel interview with:\n"
            "- Ayanda Zulu, Head of Data\n- Ruan Steyn, Senior Analyst\n\n"
            "Could you send me two or three windows that suit you?\n")
    assert [(p.name, p.title) for p in names_in_text(text)] == [
        ("Ayanda Zulu", "Head of Data"), ("Ruan Steyn", "Senior Analyst")]


def test_a_call_with_me_before_a_next_step_is_the_senders_own_call() -> None:
    det = detected("Hi Thandi,\n\nCan you do a quick 20 min call with me this week before I "
                   "put you forward? Send me a couple of times that suit.\n\nPieter",
                   subject="Re: CV")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Pieter Botha"]
    # a call with me *before* (in the past) is not one to come
    assert not detected("Thanks for the call with me before. Send me a couple of times "
                        "that suit for the panel.\n\nPieter").people


def test_a_time_after_1pm_is_not_a_past_meeting() -> None:
    det = detected("Hi Thandi,\n\nAre you free for a quick chat on Friday afternoon? Let me "
                   "know a time after 1pm that suits and the best number to call you on.\n\n"
                   "Pieter", subject="Analyst role")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Pieter Botha"]


@pytest.mark.parametrize("text,expected", [
    # a time's colon inside the clause before "con": "alle ore 11:00 con A B"
    ("Dobbiamo annullare il colloquio previsto per lunedì 15 febbraio alle ore 11:00 con "
     "Marco Bianchi, per la posizione di UX Researcher.", ["Marco Bianchi"]),
    ("Vous y rencontrerez également Julien Morel, notre responsable e-commerce.",
     ["Julien Morel"]),
    ("Onze design lead, Bram Hendriks, is onverwacht uitgevallen.", ["Bram Hendriks"]),
    ("Our design lead, Bram Hendriks, is unexpectedly unwell.", ["Bram Hendriks"]),
])
def test_people_in_other_languages_and_with_an_adverb(text: str, expected: list[str]) -> None:
    assert [p.name for p in names_in_text(text)] == expected


@pytest.mark.parametrize("text,takes_part", [
    ("Je dois décaler notre entretien de mardi.", True),
    ("Helaas moet ik ons gesprek van donderdag annuleren.", True),
    ("Leider muss ich unser Gespräch am Donnerstag verschieben.", True),
    # "our phone call on Monday" that already happened is no sign
    ("Suite à notre entretien téléphonique de lundi, je vous confirme le rendez-vous.", False),
])
def test_our_interview_in_other_languages(text: str, takes_part: bool) -> None:
    assert sender_interviews(text) is takes_part


def test_a_french_move_takes_the_new_date_not_the_one_planned() -> None:
    det = detected("Bonjour Thandi,\n\nJe dois décaler notre entretien prévu mardi 10 novembre "
                   "à 10h. Seriez-vous disponible le jeudi 12 novembre 2026 à 15h30 à la "
                   "place ?\n\nClaire", subject="Report de votre entretien",
                   sender="Claire Dubois <claire@lumiere.fr>")
    assert det.kind is Kind.RESCHEDULE
    assert (det.interview.start.month, det.interview.start.day) == (11, 12)


def test_a_move_that_keeps_the_time_takes_the_new_day() -> None:
    det = detected("Hi Thandi,\n\nSomething came up: I know we'd pencilled in 2pm tomorrow for "
                   "our chat about the Analyst role. Can we do Friday same time instead? "
                   "Same Teams link, still the full hour.\n\nPieter",
                   subject="Re: Analyst - chat on Tuesday")
    assert det.kind is Kind.RESCHEDULE
    assert (det.interview.start.day, det.interview.start.hour) == (6, 14)  # Mon 2 Nov + Fri
    assert det.interview.end - det.interview.start == timedelta(hours=1)


def test_a_move_that_keeps_the_day_takes_the_new_time() -> None:
    det = detected("Hi Thandi,\n\nSorry, my 1pm tomorrow has turned into an all-hands. Can we "
                   "push to 3pm instead? Same day, same Zoom link.\n\nPieter",
                   subject="Re: Interview confirmed")
    assert det.kind is Kind.RESCHEDULE
    assert (det.interview.start.day, det.interview.start.hour) == (3, 15)
    # without "same day" a bare new time is not placed on the old day
    det = detected("Hi Thandi,\n\nSorry, my 1pm tomorrow has turned into an all-hands. Can we "
                   "push to 3pm instead?\n\nPieter", subject="Re: Interview confirmed")
    assert det.interview is None or det.interview.start.hour != 15


def test_all_times_in_this_email_and_the_local_time_of_a_city_set_the_zone() -> None:
    assert zone_hint("All times in this email are London time.")[1] == "Europe/London"
    assert zone_hint("Alle Zeitangaben beziehen sich auf die Ortszeit in Hamburg.")[1] == \
        "Europe/Berlin"
    assert zone_hint("the local time in Hamburgers") is None


def test_moving_you_from_one_day_to_another_is_a_move() -> None:
    det = detected("Hi Thandi,\n\nQuick change for your interview: we're moving you from "
                   "Tuesday to Wednesday 4 November, same time - 9:30 SAST. Same link as "
                   "before.\n\nPieter")
    assert det.kind is Kind.RESCHEDULE


def test_an_interview_platforms_notice_with_list_unsubscribe_is_still_a_request() -> None:
    det = detected("Hi Thandi,\n\nKaroo Analytics has invited you to complete an on-demand "
                   "video interview for the Data Analyst position.\n\nPlease complete your "
                   "interview by Friday, 6 November 2026.\n",
                   subject="Action required: your video interview",
                   sender="Karoo Analytics via Clipper <invites@clipper.example>",
                   headers={"List-Unsubscribe": "<https://clipper.example/u/1>"})
    assert det.kind is Kind.INTERVIEW_REQUEST


_THREAD = (
    "Perfect -- Wednesday it is. I'll send a Meet link Tuesday evening.\n\nP.\n\n"
    "On Mon, Nov 2, 2026 at 10:12 AM Thandi Nkosi <thandi@example.org> wrote:\n"
    "> Hi Pieter,\n>\n> Wednesday at 3 works best for me.\n>\n> Thandi\n>\n"
    "> On Mon, Nov 2, 2026 at 8:27 AM Pieter Botha <pieter@karoo-analytics.co.za>\n"
    "> wrote:\n>\n>> Hi Thandi,\n>>\n"
    ">> Next step would be a 30-min call with me and Ayanda Zulu, who leads our data\n"
    ">> team. Could you do either of these?\n>>\n"
    ">>   - Tue Nov 3, 10:00am\n>>   - Wed Nov 4, 3:00pm\n>>\n>> (both Cape Town time)\n"
    ">>\n>> Pieter\n"
)


def test_a_pick_confirmed_over_the_candidates_answer_takes_the_employers_offer() -> None:
    # "Perfect -- Wednesday it is" over her "Wednesday at 3 works best" over his offer: the
    # slot, its zone, its length and its people are those of the offer (a header wrapped
    # onto two lines still ends a quoted mail)
    det = detected(_THREAD, subject="Re: Data Analyst - next steps")
    assert det.kind is Kind.INTERVIEW_INVITATION
    iv = det.interview
    assert (iv.start.day, iv.start.hour, iv.timezone) == (4, 15, "Africa/Johannesburg")
    assert iv.end - iv.start == timedelta(minutes=30)
    assert [p.name for p in iv.interviewers] == ["Pieter Botha", "Ayanda Zulu"]


def test_both_or_all_in_brackets_sets_the_zone_of_a_list() -> None:
    assert zone_hint("- Tue 10:00\n- Wed 15:00\n\n(both Boston time)")[1] == \
        "America/New_York"
    assert zone_hint("(all in CET)") is not None
    assert zone_hint("(all the best)") is None


@pytest.mark.parametrize("text,expected", [
    ("Uhrzeit: 14.30 - 15.30 Uhr", [(14, 30), (15, 30)]),
    ("am Donnerstag um 14.30 Uhr", [(14, 30), None]),
    ("alle 9.30", [(9, 30), None]),
    ("Die Datei hat 3.45 MB", None),
])
def test_dotted_times_in_german_and_italian(text, expected) -> None:
    assert_clock(text, expected)


def test_a_german_invitation_with_dotted_times_under_field_labels() -> None:
    det = detected("Sehr geehrte Frau Nkosi,\n\nwir laden Sie herzlich zu einem "
                   "Vorstellungsgespräch für die Position Data Engineer ein:\n\n"
                   "Datum: Donnerstag, 05.11.2026\nUhrzeit: 14.30 - 15.30 Uhr\n"
                   "Ort: Hamburg\n\nMit freundlichen Grüßen\nMiriam Schäfer",
                   subject="Einladung zum Vorstellungsgespräch",
                   sender="Miriam Schäfer <miriam@nordhafen.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour, det.interview.end.hour) == \
        (5, 14, 15)


def test_a_casual_lock_in_with_the_writers_own_local_time_beside_it() -> None:
    # "thats 11am for me" restates the same moment; "lets lock in" confirms; "thanks for
    # sending your availability" asks for nothing
    det = detected("hey Thandi!\n\nthanks for sending your availability, super helpful. lets "
                   "lock in thursday (the 5th) at 2pm ET - i know thats 11am for me out here "
                   "but it works better for the team.\n\nblock 45 min for the interview.\n\nP",
                   subject="Re: Analyst @ Karoo - chat this week?")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour) == (5, 14)


def test_monday_week_is_the_monday_after_the_coming_one() -> None:
    ref = date(2027, 3, 17)  # a Wednesday
    assert [h.day for h in find_dates("Let's go for Monday week then", ref, "DMY")] == \
        [date(2027, 3, 29)]
    assert [h.day for h in find_dates("a week on Monday", ref, "DMY")] == [date(2027, 3, 29)]
    assert find_dates("our Monday weekly sync", ref, "DMY") == []


def test_a_journalists_interview_request_is_not_job_mail() -> None:
    det = detected("Hi Thandi,\n\nI'm a staff writer at a data magazine, putting together a "
                   "feature on people who moved into data engineering. Would you be open to a "
                   "short interview? Next Tuesday (3 November) at 3pm UK time would suit me. "
                   "I'd send the quotes over before anything is published.\n\nInês",
                   subject="Interview request", sender="Inês <ines@dispatch.example>")
    assert det.kind is Kind.OTHER


def test_a_panel_written_surname_first_with_titles() -> None:
    text = ("Interview panel:\n• Nguyen, Linh – Head of Data Platform\n"
            "• O'Sullivan, Brendan – Senior Data Engineer\n")
    assert [(p.name, p.title) for p in names_in_text(text)] == [
        ("Linh Nguyen", "Head of Data Platform"),
        ("Brendan O'Sullivan", "Senior Data Engineer")]


def test_thanks_for_sending_through_your_availability_then_one_slot_is_an_invitation() -> None:
    det = detected("Hi Thandi,\n\nThanks for sending through your availability. Your "
                   "technical interview for the Data Analyst role:\n\nWhen: Wednesday 4 "
                   "November, 9:00–10:00am SAST\nWhere: Teams\n\nPieter")
    assert det.kind is Kind.INTERVIEW_INVITATION


@pytest.mark.parametrize("text,expected", [
    ("3월 8일(월) 오후 2시", [(14, 0), None]),
    ("3월 9일(화) 오전 10시 30분", [(10, 30), None]),
    ("午後2時半から", [(14, 30), None]),
    ("14時〜15時", [(14, 0), (15, 0)]),
    ("下午3点", [(15, 0), None]),
    ("약 1시간 진행됩니다", None),  # a length, not a clock
    ("所要時間：約60分", None),
])
def test_cjk_hour_words(text, expected) -> None:
    assert_clock(text, expected)


def test_cjk_confirmed_moved_and_our_company() -> None:
    assert c.CONFIRM.search("一次面接の日程を下記の通り確定いたしました")
    assert c.RESCHEDULE.search("原定于11月24日下午15:00的技术面试需要调整")
    assert cjk_position("弊社バックエンドエンジニア職にご応募いただき") == "バックエンドエンジニア"


def test_a_korean_interviewer_after_their_team() -> None:
    assert [p.name for p in cjk_people("- 면접관: 개발팀 박지훈 팀장, 이서연 책임\n")] == [
        "박지훈", "이서연"]


def test_a_brazilian_offer_and_its_role() -> None:
    det = detected("Oi, Thandi!\n\nÉ com muita alegria que venho formalizar a nossa proposta "
                   "para você se juntar ao time da Karoo Pagamentos como Engenheira de Software "
                   "Pleno no squad de Conciliação!\n\n- Salário: R$ 14.500,00 mensais\n\n"
                   "Abraços,\nJuliana", subject="Proposta de trabalho",
                   sender="Juliana <juliana@karoo.example>")
    assert det.kind is Kind.OFFER
    assert det.position == "Engenheira de Software Pleno"


def test_a_norwegian_rejection_and_its_lower_case_role() -> None:
    det = detected("Hei Thandi,\n\nTakk for at du søkte på stillingen som systemutvikler hos "
                   "Havbrun. Vi har dessverre kommet frem til at vi går videre med andre "
                   "kandidater, og du er derfor ikke lenger aktuell for stillingen.\n\nKari",
                   subject="Svar på din søknad", sender="Kari <kari@havbrun.example>")
    assert det.kind is Kind.REJECTION
    assert det.position == "systemutvikler"


def test_candidates_will_be_contacted_on_or_before_a_date() -> None:
    det = detected("Dear Thandi,\n\nThank you for attending the final interview for the "
                   "Analyst position. The panel is still concluding its assessment. Successful "
                   "candidates will be contacted on or before Friday, 13th November 2026.\n\n"
                   "Human Capital Management")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 13)


def test_the_candidates_own_name_on_a_calendar_she_forwarded_to_herself() -> None:
    ics = vevent(summary="Interview: Data Scientist - Karoo", start="20261110T100000",
                 end="20261110T110000", tzid="South Africa Standard Time",
                 attendees=("CN=Thandi Nkosi:mailto:tnkosi.home@postbox.example",
                            "CN=Sipho Dlamini:mailto:sipho@karoo.example"))
    raw = raw_mail("Sending this to my main address.\n\nYour interview is scheduled.",
                   ics=ics, sender="Thandi Nkosi <tnkosi.home@postbox.example>")
    det = detect(parse_message(raw), user_addresses=frozenset({"thandi@example.org"}))
    assert [p.name for p in det.interview.interviewers] == ["Sipho Dlamini"]


@pytest.mark.parametrize("text,expected", [
    ("Estarás con Lucía de la Fuente, nuestra CTO, y con Javier Ortega Ruiz, responsable "
     "del equipo de datos.", ["Lucía de la Fuente", "Javier Ortega Ruiz"]),
    ("Mismo formato: videollamada de unos 45 minutos con Marta Ibáñez Soler, Head of "
     "Engineering.", ["Marta Ibáñez Soler"]),
])
def test_spanish_people(text: str, expected: list[str]) -> None:
    assert [p.name for p in names_in_text(text)] == expected


def test_spanish_move_and_end_of_month() -> None:
    assert c.RESCHEDULE.search("Hemos movido la entrevista al lunes 26 de octubre")
    det = detected("Hola Thandi:\n\nTe confirmo la entrevista final para el puesto de "
                   "Analista: jueves 12 de noviembre, de 16:00 a 17:00 (hora de Madrid).\n\n"
                   "Tomaremos la decisión final antes de que acabe el mes.\n\nMarta",
                   subject="Entrevista final")
    assert det.decision_deadline == date(2026, 11, 30)


def test_adding_a_colleague_too_in_a_forwarded_note() -> None:
    body = ("Hi Thandi,\n\nPlease see Neha's note below - I am confirming your technical "
            "round for Thursday, 5th Nov at 11:00 AM SAST.\n\nRitika\n\n"
            "---------- Forwarded message ---------\n"
            "From: Neha Kulkarni <neha@karoo-analytics.co.za>\n"
            "Date: Fri, 30 Oct 2026 at 18:41\nSubject: Re: tech round slot\n"
            "To: Ritika Sharma <ritika@karoo-analytics.co.za>\n\n"
            "Hi Ritika,\n\nThursday 11 AM works. I'm adding Arjun Pillai from the infra team "
            "too, he'll take the debugging part.\n\nNeha\n")
    det = detected(body, subject="Fwd: tech round slot",
                   sender="Ritika Sharma <ritika@karoo-analytics.co.za>")
    iv = det.interview
    assert sorted(p.name for p in iv.interviewers) == ["Arjun Pillai", "Neha Kulkarni"]
    assert iv.timezone == "Africa/Johannesburg"  # the one of the two readings with a zone


@pytest.mark.parametrize("text,position", [
    ("votre candidature au poste de Chef de projet Data au sein d'Ardoise", "Chef de projet Data"),
    ("el puesto de Ingeniero de datos senior en Madrid", "Ingeniero de datos senior"),
    ("poste de Responsable de la communication.", "Responsable"),
])
def test_romance_roles_keep_their_lower_case_words(text: str, position: str) -> None:
    assert position_from_text(text) == position


def test_a_french_entretien_with_someone_further_on() -> None:
    text = ("nous souhaiterions échanger avec vous lors d'un premier entretien en visio (Teams) "
            "d'environ 45 minutes avec Claire Morvan, notre Directrice Data.")
    assert [p.name for p in names_in_text(text)] == ["Claire Morvan"]


def test_a_decimal_length_in_polish_and_a_swedish_video_call_with_someone() -> None:
    assert stated_length("Czas trwania rozmowy: ok. 1,5 godziny (rozmowa + zadanie)") == \
        timedelta(minutes=90)
    text = "Första steget är ett kortare videosamtal (ca 30 min) med Elin Lindqvist, teamlead."
    assert [p.name for p in names_in_text(text)] == ["Elin Lindqvist"]


def test_an_ats_invitation_whose_only_guest_is_its_coordinator() -> None:
    ics = vevent(summary="Phone interview: Karoo - Analyst", start="20261110T100000",
                 end="20261110T104500", tzid="South Africa Standard Time",
                 organizer="CN=Marisol Ortega:mailto:marisol@karoo.example")
    body = ("Hi Thandi,\n\nYour interview for the Analyst role has been scheduled.\n\n"
            "Interviewer: Dana Kowalczyk, Director of Customer Success\n\n"
            "Dana will call you at the number on your application.")
    det = detect(parse_message(raw_mail(body, ics=ics, sender="Karoo via ATS "
                                        "<no-reply@ats.example>")),
                 user_addresses=frozenset({"thandi@example.org"}))
    assert [p.name for p in det.interview.interviewers] == ["Dana Kowalczyk"]


def test_a_coordinator_who_booked_on_their_behalf_and_will_not_join() -> None:
    text = ("You will speak with Daan van der Meulen and Fleur de Wit. I have scheduled the "
            "meeting on their behalf and will not join myself. Should the time not work, let "
            "me know and I will look for an alternative.")
    assert cf.organizer_role(text) is False
    assert not sender_interviews(text)


def test_subject_words_that_are_not_the_employer_and_from_us_at() -> None:
    assert from_subject("Your Onsite Interview Itinerary - Senior Controls Engineer (R-1)")[0] \
        is None
    assert from_subject("Confirmed: interview with Al Noor Logistics – Data Scientist")[0] == \
        "Al Noor Logistics"
    assert company_from_text("A quick update from us at Saltmarsh Studio!") == "Saltmarsh Studio"


@pytest.mark.parametrize("text,expected", [
    ("le mercredi 14 à 14h (heure de Paris)", date(2026, 10, 14)),
    ("Tuesday the 9th at half past two", date(2027, 2, 9)),  # the next Tuesday the 9th
    ("am Mittwoch, den 14. um 14 Uhr", date(2026, 10, 14)),
])
def test_a_weekday_with_a_day_of_the_month_and_no_month(text: str, expected: date) -> None:
    assert [h.day for h in find_dates(text, date(2026, 10, 9), "DMY")] == [expected]
    assert [h.text for h in find_dates("Monday 10am", date(2026, 10, 9), "DMY")] == ["Monday"]


def test_a_reply_that_books_a_quoted_slot_without_saying_interview() -> None:
    thread = ("Perfect, thats booked in! Ayanda and Ruan are looking forward to it. Speak "
              "tuesday\n\nPieter\n\n"
              "On Mon, 2 Nov 2026 at 20:14, Thandi Nkosi <thandi@example.org> wrote:\n"
              "> Tuesday at 11:00 works best for me.\n>\n"
              "> On Mon, 2 Nov 2026 at 14:05, Pieter Botha <pieter@karoo-analytics.co.za> "
              "wrote:\n>> Next step for the Designer role: a 45-minute chat with Ayanda Zulu "
              "and Ruan Steyn.\n>> Could you do Tuesday 10 November, 11:00 or Wednesday 11 "
              "November, 15:00?\n")
    det = detected(thread, subject="Re: Next step – Designer at Karoo")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour) == (10, 11)


def test_french_rows_and_a_length_written_1h30() -> None:
    text = ("L'entretien durera environ 1h30 :\n"
            "- 14h - 14h45 : échange technique avec Jean-Baptiste de la Roche, directeur "
            "technique\n- 14h45 - 15h30 : rencontre avec Hélène Delacroix-Marchand\n")
    assert stated_length(text) == timedelta(minutes=90)
    assert stated_length("L'entretien aura lieu à 8h.") is None
    assert [p.name for p in names_in_text(text)] == ["Jean-Baptiste de la Roche",
                                                       "Hélène Delacroix-Marchand"]


def test_an_austrian_move_signed_surname_first_with_a_titled_colleague() -> None:
    body = ("Sehr geehrte Frau Nkosi,\n\nleider muss ich unseren Termin am Donnerstag "
            "verschieben - mein Kollege DI Florian Gruber muss an einer Klausur teilnehmen.\n\n"
            "Als neuen Termin haben wir Dienstag, den 10. November 2026, um 9.30 Uhr für Sie "
            "reserviert. Herr Gruber und ich führen das Gespräch gemeinsam.\n\n"
            "Mit freundlichen Grüßen\n\nMag. Elisabeth Hofer\nLeiterin Aktuariat\n")
    det = detected(body, subject="AW: Einladung zum Gespräch - Junior Aktuar",
                   sender="Hofer Elisabeth <elisabeth.hofer@donaublick.example>")
    assert det.kind is Kind.RESCHEDULE
    assert sorted(p.name for p in det.interview.interviewers) == ["Elisabeth Hofer",
                                                                  "Florian Gruber"]


def test_sign_offs_in_other_languages_are_not_names() -> None:
    for signoff in ("Mit freundlichen Grüßen", "Bien cordialement", "Un saludo",
                    "Met vriendelijke groet", "Cordiali saluti", "Med vänliga hälsningar"):
        assert signature_person(f"{signoff}\n\nAna Silva\nRecruiter")[0] == "Ana Silva"


def test_one_meeting_written_in_two_languages_keeps_the_stated_zone() -> None:
    det = detected("Zapraszam na rozmowę rekrutacyjną 9.11.2026 r. o godz. 10:00.\n\n"
                   "Interview details\nDate: Monday, 9 November 2026\n"
                   "Time: 10:00-11:00 CET\n", subject="Zaproszenie na rozmowę",
                   sender="Anna <anna@korvant.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview.start.utcoffset() == timedelta(hours=1)


def test_dutch_rejection_and_rioplatense_request() -> None:
    det = detected("Hoi Thandi,\n\nHelaas moet ik je laten weten dat we niet met je verder "
                   "gaan in de procedure voor de rol van Scrum Master.\n\nSanne",
                   subject="Terugkoppeling sollicitatie", sender="Sanne <sanne@polder.example>")
    assert (det.kind, det.position) == (Kind.REJECTION, "Scrum Master")
    det = detected("¡Hola Thandi!\n\nQueremos avanzar con vos en la búsqueda de Diseñador UX. "
                   "El primer paso es una charla de unos 30 minutos por Meet con Martín "
                   "Iglesias, nuestro Head of Design.\n\n¿Tenés disponibilidad en alguno de "
                   "estos horarios?\n- jueves 5/11, 15 hs\n- viernes 6/11, 10:30 hs\n",
                   subject="¿coordinamos una charla?", sender="Sofi <sofi@pampa.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert [p.name for p in det.people] == ["Martín Iglesias"]


def test_a_move_to_another_day_same_time_of_a_slot_only_the_quoted_mail_states() -> None:
    body = ("Hi Thandi,\n\nApologies - Ruan is at a customer site on Wednesday. Could we move "
            "your interview to Friday instead? Same time, same Teams link.\n\nPieter\n\n"
            "From: Pieter Botha <pieter@karoo-analytics.co.za>\n"
            "Sent: Monday, November 2, 2026 4:05 PM\nTo: Thandi Nkosi <thandi@example.org>\n"
            "Subject: Interview\n\nHi Thandi,\n\nI'd like to invite you for a 45-minute "
            "interview with Ayanda Zulu and Ruan Steyn on Wednesday 4 November at 11:00 "
            "SAST.\n\nPieter\n")
    det = detected(body, subject="RE: Interview")
    assert det.kind is Kind.RESCHEDULE
    iv = det.interview
    assert (iv.start.day, iv.start.hour, iv.timezone) == (6, 11, "Africa/Johannesburg")
    assert iv.end - iv.start == timedelta(minutes=45)
    assert sorted(p.name for p in iv.interviewers) == ["Ayanda Zulu", "Ruan Steyn"]


def test_a_japanese_move_with_before_and_after_blocks_and_a_label_over_its_names() -> None:
    assert c.RESCHEDULE.search("下記のとおり変更をお願いしたく存じます。")
    text = "■面接官\n開発本部 本部長\u3000佐藤 健一\nバックエンドチーム リーダー\u3000中村 彩\n"
    assert [p.name for p in cjk_people(text)] == ["佐藤 健一", "中村 彩"]


def test_an_agency_confirms_a_forwarded_could_we_do_proposal() -> None:
    body = ("Morning Thandi,\n\nGood news, see below from Pieter - they want to meet you for "
            "the Analyst role! I've gone ahead and confirmed on your behalf.\n\nSiobhan\n\n"
            "-----Original Message-----\nFrom: Pieter Botha <pieter@karoo-analytics.co.za>\n"
            "Sent: Monday, 2 November 2026 07:26\nTo: Siobhan <siobhan@agency.example>\n"
            "Subject: RE: Thandi Nkosi\n\nHi Siobhan\n\nCould we do Tuesday the 10th at half "
            "past two SA time? I'll block an hour.\n\nPieter\n")
    det = detected(body, subject="FW: Thandi Nkosi – Analyst role",
                   sender="Siobhan <siobhan@agency.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour, det.interview.start.minute,
            det.interview.timezone) == (10, 14, 30, "Africa/Johannesburg")


def test_schedule_rows_with_people_written_surname_first() -> None:
    text = ("Thursday, Nov. 5\n\nTime (SAST) Interviewer Focus\n\n"
            "1:00 – 1:45 PM Whitcombe, Dana\nDirector, Analytics Your background\n\n"
            "1:45 – 2:30 PM de la Fuente, Luis\nStaff Data Scientist SQL case study\n")
    assert [p.name for p in names_in_text(text)] == ["Dana Whitcombe", "Luis de la Fuente"]
    assert not sender_interviews("I won't be on the calls myself, but I'll be on email.")


def test_a_session_title_over_a_person_line_is_not_a_name() -> None:
    text = ("10:00 - 10:45 AM    Hiring Manager Conversation\n"
            "Ingrid Solberg, Engineering Manager, Perception\n\n"
            "12:30 - 1:30 PM     System Design: Sensor Fusion Pipeline\n"
            "Wen-Li Chao, Principal Engineer\n")
    assert [p.name for p in names_in_text(text)] == ["Ingrid Solberg", "Wen-Li Chao"]


@pytest.mark.parametrize("text,expected", [
    ("Our hiring manager, Darren Lim (Head of Operations), would like to have a 30-min video "
     "call with you as a first chat.", ["Darren Lim"]),
    ("Our CTO, Imran al-Qasimi, would like to set up a 45-minute conversation with you.",
     ["Imran al-Qasimi"]),
    ("Interviewers: Yusuf al-Amin and Kenji Watanabe", ["Yusuf al-Amin", "Kenji Watanabe"]),
])
def test_a_colleague_who_wants_a_call_and_names_with_al(text: str, expected: list[str]) -> None:
    assert [p.name for p in names_in_text(text)] == expected


@pytest.mark.parametrize("text,position", [
    ("la vacante de Desarrollador(a) Backend Sr. Te comparto", "Desarrollador Backend Sr"),
    ("pour le poste de Développeur·se Full-Stack le mercredi", "Développeur Full-Stack"),
    ("Suivi – poste d'analyste en cybersécurité", "analyste en cybersécurité"),
    ("the Finance Business Partner role at Savanna Ledger", "Finance Business Partner"),
])
def test_more_roles(text: str, position: str) -> None:
    assert position_from_text(text) == position


def test_a_role_without_its_own_initials_and_a_japanese_stage_in_the_subject() -> None:
    assert without_company("Platform Reliability Engineer (PRE)", None) == \
        "Platform Reliability Engineer"
    assert without_company("Tester oprogramowania (QA)", None) == "Tester oprogramowania (QA)"
    subject = "【日程変更のお願い】二次面接（バックエンドエンジニア）"
    assert from_subject(subject)[1] == "バックエンドエンジニア"


def test_eval_reads_a_gendered_ending_as_the_same_role() -> None:
    assert norm_org("Desarrollador(a) Backend") == norm_org("Desarrollador Backend")
    assert norm_org("Développeur·se Full-Stack") == norm_org("Développeur Full-Stack")


def test_a_bare_hour_after_a_weekday_at_the_end_of_a_sentence() -> None:
    det = detected("Hi Thandi,\n\nReally sorry to do this, but I need to cancel our interview "
                   "on Friday at 11. The role has been put on hold.\n\nPieter")
    assert det.kind is Kind.CANCELLATION
    assert (det.interview.start.day, det.interview.start.hour) == (6, 11)


def test_lets_go_with_the_second_option_of_a_numbered_list() -> None:
    thread = ("Hi Thandi,\n\nAyanda's Thursday just got taken, so let's go with the second "
              "option. You're confirmed - the invite is on its way.\n\nYou'll be speaking with "
              "Ayanda Zulu, Head of Data.\n\nPieter\n\n"
              "On Mon, Nov 2, 2026 at 4:15 PM Pieter Botha <pieter@karoo-analytics.co.za> "
              "wrote:\n> Here are a few times for a 45-minute call (all SAST):\n>\n"
              ">   1. Monday, November 9 at 9:00 AM\n>   2. Wednesday, November 11 at 2:00 PM\n"
              ">   3. Thursday, November 12 at 11:30 AM\n")
    det = detected(thread, subject="Re: Analyst - next steps")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour) == (11, 14)


def test_a_forwarded_confirmation_keeps_its_own_date_field() -> None:
    body = ("Hi Thandi,\n\nGreat news, Orrin have confirmed your onsite - details below.\n\n"
            "Callum\n\n---------- Forwarded message ---------\n"
            "From: Hollie Price <hollie@orrin.example>\nDate: Mon, 2 Nov 2026 at 09:52\n"
            "Subject: Interview confirmation\nTo: Callum <callum@agency.example>\n\n"
            "Hi Callum,\n\nWe'd like to confirm Thandi's onsite interview:\n\n"
            "Date: Friday 6th November\nTime: 11am SAST, lasting two hours\n"
            "Interviewers: Samuel Okafor and Nina Lindqvist\n\nHollie\n")
    det = detected(body, subject="Fwd: Interview confirmation",
                   sender="Callum <callum@agency.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour) == (6, 11)


def test_a_partner_by_first_name_whom_the_mail_copies() -> None:
    det = detected("Tomorrow at 9 works. Ayanda and I will ring you - it's a 30 min call about "
                   "the Analyst role.\n\nP.", subject="Re: Analyst - next steps",
                   headers={"Cc": "Ayanda Zulu <ayanda@karoo-analytics.co.za>"})
    assert sorted(p.name for p in det.interview.interviewers) == ["Ayanda Zulu", "Pieter Botha"]


def test_a_sentence_that_opens_with_thanks_is_the_message_not_its_signature() -> None:
    raw = raw_mail("Hi Thandi\n\nThanks, Nomsa sent your CV over too. Let's do tomorrow at 9, "
                   "I'll call you on the number on your CV. 30 min chat about the Backend "
                   "Engineer role.\n\nLwazi\n\n--\nLwazi Dube\nEngineering Manager\n",
                   sender="Lwazi Dube <lwazi@marula.example>", subject="Re: Backend Engineer")
    m = parse_message(raw)
    assert "tomorrow at 9" in m.text and m.signature.startswith("--")
    det = detect(m, user_addresses=frozenset({"thandi@example.org"}))
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_a_parking_ticket_is_not_an_event_ticket() -> None:
    assert not cf.NOT_MINE.search("Parking: bring your ticket with you - we'll validate it.")
    assert cf.NOT_MINE.search("Your ticket for the careers fair is attached.")


def test_a_clinic_that_hires_is_an_employer_and_moving_forward_with_another_candidate() -> None:
    det = detected("Hi Thandi,\n\nThank you for your interest in the Clinic Operations "
                   "Coordinator role at Glasheen Physio Group. After careful consideration we "
                   "have decided to move forward with another candidate.\n\nNiamh",
                   subject="Your application", sender="Niamh <niamh@glasheenphysio.example>")
    assert det.kind is Kind.REJECTION
    # a patient's appointment at a clinic is still not job mail
    assert detected("Dear patient, your physio appointment at the clinic is on Friday 6 "
                    "November at 10:00.", subject="Appointment").kind is Kind.OTHER


def test_you_should_hear_something_in_the_next_business_days() -> None:
    det = detected("Hey Thandi,\n\nThey wrapped up the final rounds for the Analyst role and "
                   "are comparing notes. Realistically you should hear something in the next "
                   "5-7 business days.\n\nDerek", sender="Derek <derek@agency.example>")
    assert det.kind is Kind.STATUS_UPDATE
    assert det.decision_deadline == date(2026, 11, 11)


@pytest.mark.parametrize("body,kind", [
    ("Gentile Thandi,\n\nci dispiace comunicarle che abbiamo deciso di proseguire l'iter di "
     "selezione per la posizione di Product Designer con un altro candidato.\n\nGiulia",
     Kind.REJECTION),
    ("Dobrý den,\n\nděkujeme Vám za zájem o pozici vývojář. Po pečlivém zvážení všech "
     "uchazečů jsme se bohužel rozhodli pokračovat s kandidátem s delší praxí.\n\nTereza",
     Kind.REJECTION),
    ("Hoi Thandi,\n\nEen update over je sollicitatie voor de functie Data Engineer. We "
     "verwachten je uiterlijk vrijdag 13 november te laten weten of we je uitnodigen.\n\nSanne",
     Kind.STATUS_UPDATE),
])
def test_outcomes_in_italian_czech_and_dutch(body: str, kind: Kind) -> None:
    assert detected(body, subject="Esito", sender="HR <hr@firma.example>").kind is kind


def test_an_indonesian_invitation_and_a_catalan_request() -> None:
    det = detected("Dengan hormat,\n\nKami mengundang Anda untuk mengikuti tahap Interview "
                   "User:\n\nPosisi : Backend Engineer\n\nHari/Tanggal : Kamis, 5 November "
                   "2026\n\nWaktu : 14:00 – 15:00 WIB\n", subject="Undangan Interview",
                   sender="Rekrutmen <rekrutmen@nusantara.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert (det.interview.start.day, det.interview.start.hour, det.interview.timezone) == \
        (5, 14, "Asia/Jakarta")
    det = detected("Bon dia, Thandi,\n\nLa primera conversa seria per videotrucada, d'uns 30 "
                   "minuts. Et proposem aquestes opcions:\n- dilluns 9 de novembre, a les 10.00 "
                   "h\n- dimarts 10 de novembre, a les 16.30 h\n\nDigue'ns quina et va millor.",
                   subject="Entrevista", sender="Marta <marta@tramuntana.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_a_chinese_original_message_line_opens_the_quoted_mail() -> None:
    raw = raw_mail("Thandi 您好：\n\n调整后的面试安排如下：2027年3月26日上午10:00。\n\n林晓雯\n\n\n"
                   "------------------ 原始邮件 ------------------\n"
                   "发件人: \"招聘\"<hr@x.example>;\n主题: 复试邀请\n\n"
                   "面试时间：2027年3月24日下午15:00\n")
    m = parse_message(raw)
    assert "3月24日" not in m.text and "3月24日" in m.quoted


def test_a_chinese_panel_with_titles_before_names() -> None:
    text = "面 试 官：数据智能部总监 王立军、资深数据科学家 陈思远\n"
    assert [p.name for p in cjk_people(text)] == ["王立军", "陈思远"]


def test_a_four_digit_clock_with_hrs() -> None:
    assert_clock("I have blocked next Thursday 1430hrs IST for the round", [(14, 30), None])
    assert_clock("within 2000 hours of flying", None)


@pytest.mark.parametrize("text,position", [
    ("la vacante de Ingeniero(a) de Datos Sr. para el equipo", "Ingeniero de Datos Sr"),
    ("a vaga de Analista de Dados Sênior na Ipê", "Analista de Dados Sênior"),
    ("pour le poste de Chef de projet digital (CDI) au sein", "Chef de projet digital"),
])
def test_romance_roles_with_capitals_after_de(text: str, position: str) -> None:
    assert position_from_text(text) == position


def test_an_emoji_separates_a_subject_and_a_swedish_week_number() -> None:
    assert from_subject("Proposta de trabalho 🎉 Engenheira de Software Sênior")[1] == \
        "Engenheira de Software Sênior"
    det = detected("Hej Thandi!\n\nTack för intervjun för tjänsten som utvecklare. Du får "
                   "besked senast vecka 47.\n\nElin",
                   subject="Intervju", sender="Elin <elin@fjallvik.example>")
    assert det.decision_deadline == date(2026, 11, 20)


def test_a_schedule_table_row_with_a_surname_first_cell() -> None:
    text = ("1:00 PM - 1:45 PM   Okafor, Chidi        Engineering Manager, Search   System design\n"
            "1:45 PM - 2:30 PM   de la Cruz, Marisol  Senior Software Engineer      Coding\n")
    assert [p.name for p in names_in_text(text)] == ["Chidi Okafor", "Marisol de la Cruz"]


def test_roles_from_a_subject_with_a_gendered_ending_a_title_line_and_a_quoted_offer() -> None:
    assert from_subject("Confirmación de entrevista técnica – Ingeniero(a) de Datos Sr.")[1] \
        == "Ingeniero de Datos Sr"
    assert from_subject("Ponto de situação – candidatura Product Designer (UX/UI)")[1] == \
        "Product Designer (UX/UI)"
    det = detected("Hi Thandi,\n\nHiring manager interview - Senior Data Analyst\n"
                   "Friday 6 November, 10:00 SAST\n\nSee you then!", subject="Confirmed")
    assert det.position == "Senior Data Analyst"


def test_eval_and_domains_know_more_legal_forms_and_organisation_words() -> None:
    assert norm_org("Tramuntana Digital SCCL") == norm_org("Tramuntana Digital")
    assert norm_org("PT Nusantara Kargo Digital") == norm_org("Nusantara Kargo Digital")
    assert domain_phrase("fjallvik", "Rekryterare, Fjällvik Energi AB") == "Fjällvik Energi"
