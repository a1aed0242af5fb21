"""Twenty-seventh session: rules from the misses of 87NN (finance, consulting and law hiring,
languages of North Africa, the Middle East and Central and South Asia, updates that change
one thing, contract and gig hiring), written blind in the twenty-sixth session and studied
after 88NN was written; in my own words, not the batch's."""

from __future__ import annotations

from datetime import date

from mailfactory import detected, people_of

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.writer import sender_interviews
from mailwatch.model import Kind


def test_an_answer_counted_from_her_own_completion_has_no_date() -> None:
    ref = date(2027, 2, 3)
    assert find_deadline("We aim to let you know the outcome within 10 working days of your "
                         "completion.", ref) is None
    assert find_deadline("Once you have completed the test, we will let you know within five "
                         "days.", ref) is None
    # (counted from the mail's own day, it still is one)
    assert find_deadline("We aim to let you know the outcome within 10 working days.",
                         ref) == (date(2027, 2, 17), "We aim to let you know the outcome "
                                  "within 10 working days.")


def test_news_given_now_is_no_promise_of_an_answer() -> None:
    ref = date(2027, 1, 13)
    assert find_deadline("We're writing to let you know that, because of a clash with a "
                         "training event, the assessment day you were booked onto for "
                         "Wednesday 27 January has had to move.", ref) is None
    # (a decision in the same sentence is still one)
    found = find_deadline("We're writing to let you know that we will decide by Friday 22 "
                          "January.", ref)
    assert found is not None and found[0] == date(2027, 1, 22)


def test_a_game_based_assessment_with_its_programme_field() -> None:
    d = detected("Dear Thandi Nkosi,\n\nApplication ID: QMB-MA-2027-55120\nProgramme: Management "
                 "Associate Programme 2027 - Global Markets\n\nThank you for applying. We are "
                 "pleased to invite you to the next stage of our selection: an online game-based "
                 "assessment of about 25 minutes.\n\nPlease complete it by 8 February 2027, "
                 "11:59 p.m. Hong Kong time:\n  https://assess.quaymeridian.example/g/55120\n\n"
                 "We aim to let you know the outcome within 10 working days of your completion."
                 "\n\nYours sincerely,\nGraduate Recruitment\nQuay Meridian Bank Limited",
                 subject="Quay Meridian Bank - Next step: online game-based assessment",
                 sender="QMB Graduate Recruitment <graduate@quaymeridian.example>",
                 date="Wed, 03 Feb 2027 15:20:11 +0800")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.decision_deadline is None
    assert d.position == "Management Associate Programme 2027 - Global Markets"


def test_a_programme_the_text_writes_longer_than_the_subject() -> None:
    d = detected("Hello Thandi,\n\nThank you for your interest in the Retail Credit Analyst - "
                 "Rotational Program (Calgary) at Westbrook Bank.\n\nAs the next step, we invite "
                 "you to complete an on-demand video interview. There is no live interviewer.\n\n"
                 "Please complete it by Tuesday, October 19, 2027.\n\nWestbrook Bank - Campus "
                 "Talent", subject="Complete your on-demand video interview - Retail Credit "
                 "Analyst", sender="Westbrook Campus Talent <no-reply@talent.westbrook.example>",
                 date="Tue, 12 Oct 2027 08:30:02 -0600")
    assert d.position == "Retail Credit Analyst - Rotational Program (Calgary)"


def test_a_venue_named_after_the_employer_is_not_its_name() -> None:
    text = ("CORVEL HART | Campus Recruitment\nVenue: Corvel Hart Centre, Level 22, 9 Marina "
            "Way\n\nWarm regards,\nCampus Recruitment Team\nCorvel Hart LLP (Singapore)")
    assert domain_phrase("corvelhart", text) == "Corvel Hart"
    # (a longer name the domain spells still wins)
    assert domain_phrase("corvelhart", "Corvel Hart Analytics\nCorvel Hart Ltd") == (
        "Corvel Hart Analytics")


def test_a_lower_case_title_before_the_second_titled_name() -> None:
    d = detected("Dear Ms Nkosi,\n\nFurther to your application for the position of Associate, "
                 "Banking & Finance, we are pleased to invite you to an interview with our "
                 "partner, Mr Victor Lam, and senior associate, Ms Joyce Wan.\n\nDate:  Tuesday, "
                 "9 November 2027\nTime:  11:00 a.m. - 11:45 a.m.\n\nRegards,\n\nGrace Tse\n"
                 "Graduate & Lateral Recruitment\nKwok Lam & Co.",
                 subject="Interview invitation - Associate, Banking & Finance",
                 sender="Grace Tse <grace.tse@kwoklam.example>",
                 date="Mon, 01 Nov 2027 10:12:00 +0800")
    assert {"Victor Lam", "Joyce Wan"} <= set(people_of(d))


def test_the_writer_joins_in_danish_finnish_french_and_in_brackets() -> None:
    assert sender_interviews("Hvem:    Jonas Holm (tech lead) og mig")
    assert sender_interviews("Haastattelijat: Mikko Laine, tiimivetäjä, sekä allekirjoittanut")
    assert sender_interviews("Vous serez reçue par Mme Salma Idrissi, Head of Data, et moi-même.")
    assert sender_interviews("Same format and same panel (David Okafor and me), at our office.")
    assert not sender_interviews("Vous échangerez avec M. Youssef Amrani et Mme Nadia Tazi.")
