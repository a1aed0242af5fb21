"""Eighteenth session: rules from the misses of 72NN, read blind at the session's start and
then studied (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.writer import sender_interviews
from mailwatch.model import Kind


def test_an_interviewer_off_sick_who_has_to_cancel_is_a_cancellation() -> None:
    assert c.CANCEL.search("Ravi asked me to let you know he's unwell and has to cancel your "
                           "interview tomorrow.")
    assert not c.CANCEL.search("If you have to cancel your interview, reply to this email.")


def test_a_reschedule_button_in_a_reminder_is_no_move() -> None:
    assert c.CONDITIONAL.search("Use the reschedule option in your portal at least a day "
                                "before the start.")


def test_an_executive_assistant_who_writes_is_not_added_by_the_people_model() -> None:
    d = detected("Hi Thandi,\n\nOmar Haddad asked me to get in touch - he has been called away "
                 "and has to cancel your interview for the Treasury Analyst position tomorrow "
                 "(Thursday 3/4, 10:00-11:00 AM ET).\n\nI'll be in touch with new times.\n\n"
                 "Best,\nDana\n\nDana Kowal\nExecutive Assistant to Omar Haddad, CFO\n"
                 "Brightwater Mills | Baltimore, MD", subject="Cancelling tomorrow's interview",
                 sender="Dana Kowal <dkowal@brightwatermills.example>",
                 date="Wed, 03 Mar 2027 17:00:00 -0500")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None
    assert "Dana Kowal" not in {p.name for p in d.interview.interviewers}


def test_an_ats_mail_moving_her_to_a_phone_screen_is_personal_despite_its_footer() -> None:
    assert c.personal_invitation("Thanks for applying for the Analyst role. We'd like to move "
                                 "you to the next stage: a 30-minute phone screen interview.")
    assert not c.personal_invitation("Book a slot that suits you for a free CV review before "
                                     "your next interview.")


def test_a_rejection_after_a_take_home_about_refunds_is_still_about_the_job() -> None:
    d = detected("Dear Thandi,\n\nThank you for the take-home assignment for the Data Engineer "
                 "role. We have decided not to continue with your application. Your pipeline "
                 "handled refunds twice, which skewed the totals.\n\nKind regards,\nPiet",
                 subject="Your take-home assignment", sender="Piet Smit <piet@grachtdata.example>")
    assert d.kind is Kind.REJECTION


def test_an_offer_taken_back_is_a_rejection() -> None:
    d = detected("Dear Thandi,\n\nI am writing about the offer of employment for the Buyer "
                 "position that you accepted last week. Following a restructure I am obliged to "
                 "withdraw our offer. I am very sorry.\n\nYours sincerely,\nAnne Botha\n"
                 "Head of Talent, Karoo Retail's Group",
                 subject="RE: Offer of employment - Buyer",
                 sender="Anne Botha <anne@karoo.example>")
    assert d.kind is Kind.REJECTION
    assert not c.offer("we are obliged to withdraw our offer")


def test_a_possessive_is_not_part_of_the_company() -> None:
    from mailwatch.extract.company import _OWNER_END
    assert _OWNER_END.sub("", "Karoo Retail's") == "Karoo Retail"
    assert _OWNER_END.sub("", "Mrs Ball's") == "Mrs Ball"


def test_polish_an_answer_by_the_end_of_next_week() -> None:
    said = find_deadline("Decyzję podejmujemy razem z CTO i odezwę się do Ciebie najpóźniej do "
                         "końca przyszłego tygodnia.", date(2027, 1, 13), "DMY")
    assert said is not None and said[0] == date(2027, 1, 22)
    assert c.JOB.search("widzimy się jeszcze z drugą kandydatką")


def test_hungarian_offering_the_post_is_an_offer() -> None:
    assert c.offer("örömmel értesítjük, hogy a Tisza Gépgyár Zrt. Önnek kívánja felajánlani a "
                   "logisztikai koordinátor munkakört.")


def test_romanian_and_catalan_moves_and_labels() -> None:
    from mailwatch.extract.text import units
    assert c.RESCHEDULE.search("așa că suntem nevoiți să mutăm întâlnirea")
    assert c.RESCHEDULE.search("Hem mogut l'entrevista a dijous")
    said = [u.text for u in units("Noua programare este următoarea:\n\nData nouă joi, 8 aprilie "
                                  "2027\n\nInterval orar 10:00 – 11:00 (ora României)")]
    assert said[-1].startswith("Data nouă joi") and "Interval orar" in said[-1]
    said = [u.text for u in units("Et convidem a una entrevista:\n- Dia: dijous, 8 d'abril de "
                                  "2027\n- Hora: de 10.00 a 11.00 h")]
    assert "Dia:" in said[-1] and "Hora:" in said[-1]


def test_a_committee_word_opens_no_name() -> None:
    from mailwatch.extract.people import STOP_WORDS
    assert "comisia" in STOP_WORDS


def test_catalan_length_and_role_over_an_elided_of() -> None:
    from mailwatch.extract.duration import stated_length
    assert stated_length("Compta uns 45 minuts en total: una estona de conversa i una volta.") \
        is not None
    d = detected("Hola Thandi,\n\nGràcies per la teva candidatura a la plaça de "
                 "Desenvolupador/a d'eines internes. Et convidem a una entrevista el dimarts 6 "
                 "d'abril de 2027 a les 10.00 h.\n\nSalutacions,\nPere",
                 subject="Entrevista - Desenvolupador/a d'eines internes",
                 sender="Pere Mas <pere@ebredata.example>", date="Wed, 31 Mar 2027 10:00:00 +0200")
    assert d.position == "Desenvolupador d'eines internes"


def test_a_panel_row_marked_as_the_writer_and_hungarian_our_side() -> None:
    assert sender_interviews("- Tóth Bence, fejlesztési vezető (én)")
    assert sender_interviews("Saya (Ketua Jurutera) bersama Puan Siti Aminah akan menyertai sesi.")
    from mailwatch.extract.roster import labelled_people
    people = labelled_people("A mi oldalunkról ketten leszünk:\n- Tóth Bence, vezető (én)\n"
                             "- Nagy Eszter, tesztelő\n\nÜdv")
    assert {p.name for p in people} == {"Tóth Bence", "Nagy Eszter"}


def test_a_scheduling_tools_display_name_gives_the_person_without_the_employer() -> None:
    from mailwatch.extract.signature import sender_person
    from mailwatch.message import Address
    me = sender_person(Address(name="Ines Moreau at Larchfield Robotics",
                               email="notify@slots.example"), "")
    assert me is not None and me.name == "Ines Moreau"


def test_a_coordinator_of_the_day_and_a_past_call_with_me_are_not_the_writer_on_the_panel(
) -> None:
    assert not sender_interviews("I'm coordinating the day and won't be on any of the sessions "
                                 "myself. Call me if a link fails.")
    assert not sender_interviews("This has nothing to do with you - your screening call with "
                                 "me went really well.")
    assert sender_interviews("Your screening call with me is on Tuesday.")


def test_the_people_model_names_neither_the_employer_nor_anyone_for_a_recorded_interview(
        monkeypatch) -> None:
    from mailwatch.extract import people_model
    said = [("Brightfern Foods", 0.6), ("Noor Haddad", 0.9)]
    monkeypatch.setattr(people_model, "join", lambda *a, **k: list(said))
    d = detected("Hi Thandi,\n\nThanks for applying to Brightfern Foods for the Brand Associate "
                 "role. The next step is a one-way video interview: you record your answers to "
                 "four questions whenever suits you before Friday.\n\nBrightfern Foods Talent Team",
                 subject="Your on-demand video interview – Brightfern Foods",
                 sender="Brightfern Foods <careers@brightfern.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.interview is None and d.people == ()
    d = detected("Hi Thandi,\n\nYour interview for the Brand Associate role at Brightfern Foods "
                 "is booked for Tuesday 10 November 2026 at 10:00 SAST with Noor Haddad.\n\n"
                 "Brightfern Foods Talent Team", subject="Interview confirmed – Brightfern Foods",
                 sender="Brightfern Foods <careers@brightfern.example>")
    assert d.interview is not None
    assert "Brightfern Foods" not in {p.name for p in d.interview.interviewers}
