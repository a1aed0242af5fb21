"""Rules from the seventh session's read of batch 34NN (held out last session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.company import company_from_text
from mailwatch.extract.people import names_in_text
from mailwatch.extract.signature import signature_person
from mailwatch.extract.times import find_times
from mailwatch.extract.writer import booker_takes_part
from mailwatch.model import Kind


def test_slots_with_the_date_in_brackets_after_the_weekday_and_which_one_works() -> None:
    det = detected(
        "Hi Thandi,\n\nI sent your resume over to Tallow Creek Foundry for the Pattern Maker "
        "opening. Next step is a 30 minute video call with Odile Marchetti, their Plant "
        "Manager. She has two openings:\n\n* Wednesday (11/4) at 9:30 MT\n"
        "* Thursday (11/5) at 2pm Eastern\n\nCan you let me know which one works?\n\nRory\n",
        subject="Tallow Creek - quick call?", sender="Rory Alcott <rory@ridgelinetalent.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.company == "Tallow Creek Foundry"
    assert [p.name for p in det.people] == ["Odile Marchetti"]


def test_moved_to_the_following_weekday_same_time() -> None:
    det = detected(
        "Hi Thandi,\n\nA supplier visit lands on Thursday, so I've had to move your interview "
        "to the following Thursday, same time. Everything else stays as it was.\n\nBryn\n\n"
        "On Fri, 30 Oct 2026 at 10:00, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Thursday 5 November at 11am is perfect, see you then.\n",
        subject="Re: Interview - Press Operator", sender="Bryn Lloyd <bryn@valeprint.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 11)


def test_the_host_of_a_booking_titled_between_two_people_is_no_company() -> None:
    people = ("Grace Tobin", "Thandi Nkosi")
    text = ("Collections Interview between Grace Tobin and Thandi Nkosi\n\nA video interview "
            "for the Collections Assistant position at the Harbour Maritime Museum.")
    assert company_from_text(text, people) == "Harbour Maritime Museum"
    assert company_from_text("the role at the Bristol office", ()) is None


def test_french_hours_in_words_and_the_informal_you_will_meet() -> None:
    assert [h.start.strftime("%H:%M") for h in find_times("mercredi à 14 heures 30")] == ["14:30"]
    assert [h.start.strftime("%H:%M") for h in find_times("jeudi à 10 heures")] == ["10:00"]
    assert find_times("l'entretien durera 2 heures") == []
    assert [p.name for p in names_in_text(
        "Tu vas rencontrer Olivier Gagnon, notre développeur principal, et moi-même.")] == [
        "Olivier Gagnon"]


def test_german_panel_that_takes_part_at_the_end_of_the_sentence() -> None:
    text = ("Seitens der Firma nehmen unser Teamleiter Backend, DI Florian Aigner, sowie ich "
            "selbst teil.")
    assert [p.name for p in names_in_text(text)] == ["Florian Aigner"]
    assert [p.name for p in names_in_text(
        "Mit dabei sind wie besprochen Dr. Jens Kübler (Leiter Software) und Timo Raab.")] == [
        "Jens Kübler", "Timo Raab"]


def test_a_coordinators_our_conversation_is_the_companys() -> None:
    text = "leider muss ich unser Gespräch am Dienstag verschieben."
    assert booker_takes_part(text, "Talent Acquisition", others_named=True) is False
    assert booker_takes_part(text, "Talent Acquisition", others_named=False) is True
    assert booker_takes_part(text, "Teamleiter Firmware", others_named=True) is True
    assert booker_takes_part("Ich selbst bin bei dem Gespräch nicht dabei.", None, False) is False


def test_a_sign_off_with_a_place_and_the_name_written_twice() -> None:
    sig = "Viele Grüße aus Feuerbach\nKatrin Baum\n\nKatrin Baum\nTalent Acquisition\nFirma GmbH"
    assert signature_person(sig) == ("Katrin Baum", "Talent Acquisition")


def test_agreed_in_spanish_at_our_offices_with_an_exercise_host() -> None:
    det = detected(
        "¡Hola Thandi!\n\nBuenísimo, entonces quedamos para el martes 10/11 a las 17 h en "
        "nuestras oficinas.\n\nPrimero una charla técnica con Lucía Ferraro, nuestra líder "
        "técnica, y después un ejercicio práctico con Martín Bustamante, QA Manager.\n\nFlor\n",
        subject="Re: Entrevista - QA Engineer", sender="Flor Aguado <flor@sierrasw.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 17)
    assert [p.name for p in det.interview.interviewers] == ["Lucía Ferraro", "Martín Bustamante"]


def test_an_organizer_named_only_as_whom_to_ask_for_at_reception() -> None:
    from mailfactory import vevent

    ics = vevent(summary="Onsite Interview: Thandi Nkosi", start="20261112T093000",
                 end="20261112T120000", tzid="America/Toronto",
                 organizer="CN=Camille Fortin:mailto:camille@cryo.example")
    body = ("Hi Thandi,\n\nYour itinerary is below.\n\nPlease check in at reception and ask for "
            "Camille Fortin.\n\n9:30 – 10:15 AM\nHélène Bastien — Chief Scientific Officer\n\n"
            "10:15 – 11:00 AM\nMathieu Royer — Head of Research Operations\n\nSee you soon,\n"
            "Camille Fortin\nPeople Coordinator\n")
    det = detected(body, subject="Your onsite interview with Cryo", sender=(
        "Camille Fortin <scheduling@goodtime.example>"), ics=ics,
        date="Mon, 02 Nov 2026 09:00:00 -0500")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Hélène Bastien", "Mathieu Royer"]
    assert det.interview.start == datetime(2026, 11, 12, 9, 30, tzinfo=ZoneInfo("America/Toronto"))


def test_a_finnish_invitation_from_a_radio_maker_with_a_wrapped_word_suffix() -> None:
    det = detected(
        "Hei Thandi,\n\nkiitos hakemuksestasi Kuusamo Radio Oy:n Testausinsinööri (RF)\n"
        "-tehtävään! Haluaisimme kutsua sinut haastatteluun.\n\n"
        "Aika: torstaina 12.11. klo 13, varaathan aikaa noin tunnin\n"
        "Paikka: toimistomme, Oulu\n\nHaastattelijoina ovat laboratorioinsinööri Ville "
        "Koskela ja minä.\n\nYstävällisin terveisin\n\nSanna Heikkilä\nHR-asiantuntija\n",
        subject="Haastattelukutsu: Testausinsinööri", sender=(
            "Sanna Heikkilä <sanna@kuusamoradio.example>"))
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 13)
    assert det.interview.end is not None
    assert det.interview.end - det.interview.start == timedelta(hours=1)
    assert sorted(p.name for p in det.interview.interviewers) == ["Sanna Heikkilä",
                                                                  "Ville Koskela"]


def test_writers_and_i_in_swedish_polish_and_czech() -> None:
    from mailwatch.extract.writer import sender_interviews
    assert sender_interviews("Från vår sida är jag och Erik Sjölund, senior utvecklare, med.")
    assert sender_interviews("(Google Meet, ok. godziny, z udziałem Pawła Nowaka i mnie).")
    assert sender_interviews("zúčastní se ho vedoucí vývoje Ing. Tomáš Novák a já.")
    assert [p.name for p in names_in_text(
        "Pohovor potrvá hodinu a zúčastní se ho vedoucí vývoje Tomáš Novák a já.")] == [
        "Tomáš Novák"]


def test_lengths_in_quarters_and_an_argentine_estimate() -> None:
    from mailwatch.extract.duration import stated_length
    assert stated_length("The interview takes roughly three quarters of an hour.") == timedelta(
        minutes=45)
    assert stated_length("The call should take about an hour and a quarter.") == timedelta(
        minutes=75)
    assert stated_length("Calculá más o menos una hora y media: primero una charla.") == (
        timedelta(minutes=90))


def test_a_recruiters_title_under_her_name_in_the_text() -> None:
    from mailfactory import raw_mail

    from mailwatch.extract.signature import writer_title
    from mailwatch.message import parse_message
    raw = raw_mail("Dzień dobry,\n\nmusimy przesunąć naszą rozmowę.\n\nZ poważaniem\n"
                   "Anna Kowal\nSpecjalistka ds. Rekrutacji\nFirma sp. z o.o.\n",
                   sender="Anna Kowal <anna@firma.example>")
    assert writer_title(parse_message(raw)) == "Specjalistka ds. Rekrutacji"


def test_a_ukrainian_panel_that_will_be_there_and_a_cyrillic_legal_name() -> None:
    from mailwatch.extract.company_cjk import cyrillic_company
    from mailwatch.extract.script_people import script_people
    text = ("На співбесіді будуть Остап Гнатюк (QA Tech Lead) та Андрій Мельник (Head of QA). "
            "Співбесіда триватиме близько години.")
    assert [p.name for p in script_people(text)] == ["Остап Гнатюк", "Андрій Мельник"]
    assert cyrillic_company('на позицію QA у ТОВ "Високий Замок Софт".') == "Високий Замок Софт"


def test_a_japanese_interviewer_label_continued_under_a_katakana_title() -> None:
    from mailwatch.extract.cjk_roster import cjk_people
    text = ("■面接官：技術部 部長　山本健一\n組込み開発グループ リーダー　中村翔太\n"
            "■持ち物：筆記用具")
    assert [p.name for p in cjk_people(text)] == ["山本健一", "中村翔太"]


def test_the_later_slot_on_a_weekday_of_her_list() -> None:
    det = detected(
        "Hi Thandi,\n\nThe later slot on Tuesday suits us both, so let's go with that. It'll "
        "be me and Pieter Venter (our Head of Data), 45 minutes, over Google Meet.\n\nGareth\n\n"
        "On Fri, 30 Oct 2026 at 09:12, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Next week I could do any of:\n> - Monday 9th at 2pm\n> - Tuesday 10th at 10am\n"
        "> - Tuesday 10th at 3:30pm\n",
        subject="Re: Data Engineer - next stage", sender="Gareth Price <g@harrowdata.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 15, 30)


def test_a_practical_at_nine_sharp_with_a_pairing_partner() -> None:
    det = detected(
        "Hi Thandi,\n\nAs promised, here's the practical: tomorrow, 9 sharp.\n\nYou'll pair with "
        "Joost Verhoeven on a small real ticket and talk us through it. I'll join for the last "
        "half hour for your questions. We'll be done by twelve.\n\nFemke\n",
        subject="Backend Developer - practical", sender="Femke Dijk <femke@lindeboom.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 3, 9)
    assert sorted(p.name for p in det.interview.interviewers) == ["Femke Dijk", "Joost Verhoeven"]


def test_a_weekday_then_an_hour_on_the_dot() -> None:
    from mailwatch.extract.slots import slots_in
    ref = datetime(2026, 11, 7, 10, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert [s.start.hour for s in slots_in("Tuesday, 10 on the dot", ref, "DMY",
                                           ref.tzinfo)] == [10]


def test_a_flattened_schedule_row_ending_surname_first() -> None:
    from mailwatch.extract.roster import labelled_people
    text = ("Time Session Interviewer\n\n10:00 – 10:45 Coding interview (Kotlin) Mac Giolla "
            "Rua, Orla\nSenior Android Engineer\n\n11:00 – 11:45 System design van der Meulen, "
            "Joris\nStaff Engineer\n")
    assert [p.name for p in labelled_people(text)] == ["Orla Mac Giolla Rua",
                                                      "Joris van der Meulen"]


def test_a_time_block_dated_by_the_sentence_that_names_the_interview() -> None:
    det = detected(
        "Dear Ms Nkosi,\n\nWe would like to invite you for an interview next Thursday. We will "
        "email a case study to you on Monday.\n\nTime      : 0830 hrs (Malaysia time, GMT+8)\n"
        "Duration  : 1 hour\n\nKindly confirm by Tuesday.\n",
        subject="Interview Invitation - Data Analyst", sender="Careers <careers@tanjung.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 8, 30,
                                           tzinfo=ZoneInfo("Asia/Kuala_Lumpur"))


def test_a_spanish_offer_whose_decision_date_is_hers_and_a_business_day_range() -> None:
    from mailwatch.extract.deadline import find_deadline
    det = detected(
        "Estimada Thandi:\n\nNos complace ofrecerle el puesto de Ingeniera de Datos en Solana "
        "Verde. Le agradeceríamos que nos confirmara su decisión antes del viernes 13 de "
        "noviembre.\n\nInés\n", subject="Oferta de empleo", sender="Inés <i@solana.example>")
    assert det.kind is Kind.OFFER
    assert det.decision_deadline is None
    found = find_deadline("You should hear from us within the next 5–7 business days.",
                          datetime(2026, 12, 4).date())
    assert found is not None and found[0] == datetime(2026, 12, 15).date()


def test_moved_from_one_time_to_another_is_no_range() -> None:
    hits = find_times("so we have moved your slot from 10:00 to twenty past ten IST.")
    assert [(h.start.hour, h.start.minute, h.end) for h in hits] == [(10, 0, None),
                                                                      (10, 20, None)]
    assert find_times("the interview runs from 2pm to 3pm")[0].end is not None


def test_a_forwarded_recruiters_note_that_lists_the_panel() -> None:
    det = detected(
        "Sending to my main address.\n\n---------- Forwarded message ---------\n"
        "From: Aoife Byrne <aoife@lughtech.example>\nDate: Mon, 2 Nov 2026 at 18:02\n"
        "Subject: Interview - Product Analyst\nTo: Thandi Nkosi <thandi.nkosi@postbox.example>"
        "\n\nHi Thandi,\n\nWe've gone with half seven in the evening, Irish time, on Wednesday. "
        "The invite is on its way from my calendar.\n\nYou'll be speaking with:\n"
        "- Ciarán Ó Murchú, Head of Product\n- Dervla Quinn, Senior Product Analyst\n\n"
        "It's usually about an hour - a short case discussion and your questions.\n\n"
        "Aoife\n\nAoife Byrne\nTalent Acquisition | Lugh Technologies\n",
        subject="Fwd: Interview - Product Analyst",
        sender="Thandi Nkosi <thandi.nkosi@postbox.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["Ciarán Ó Murchú", "Dervla Quinn"]
    assert det.interview.end is not None
    assert det.interview.end - det.interview.start == timedelta(hours=1)
