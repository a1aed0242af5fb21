"""Rules from the eighth session's read of batch 40NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.domains import is_service
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.writer import sender_interviews
from mailwatch.model import Kind


def test_an_offer_that_lists_dental_cover_among_its_benefits() -> None:
    det = detected(
        "Hi Thandi,\n\nWe'd love to offer you the Clinic Systems Analyst position at Brightpaw "
        "Animal Hospitals! Base salary is $88,000 per year, with medical/dental/vision from day "
        "one. The clinic managers in Salem can't wait to work with you.\n\nBest,\nJo",
        subject="Offer – Clinic Systems Analyst", sender="Jo Park <jo@brightpaw.example>")
    assert det.kind is Kind.OFFER


def test_a_research_panel_is_not_an_interview_request() -> None:
    det = detected(
        "Hi Thandi,\n\nThanks for joining our research panel! Based on your screener answers "
        "we'd love to interview you for 30 minutes about how you budget.\n\nPick any time "
        "here: https://calendly.com/x/30min\n\nThanks,\nMo",
        subject="Book your research interview (R300 voucher)", sender="Mo <r@pennywise.example>")
    assert det.kind is Kind.OTHER


def test_a_korean_recorded_interview_window_is_a_request() -> None:
    det = detected(
        "안녕하세요, Thandi 님.\n\n데이터 분석가 포지션에 지원해 주셔서 감사합니다.\n"
        "온라인 녹화 면접 대상자로 선정되셨습니다.\n\n"
        "■ 응시 기간: 2026년 11월 9일(월) 10:00 ~ 11월 13일(금) 23:59\n"
        "■ 소요 시간: 약 30분\n",
        subject="[㈜바다모빌리티] 데이터 분석가 녹화 면접 안내",
        sender="바다모빌리티 채용 <recruit@bada.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is None
    assert det.company == "㈜바다모빌리티"


def test_a_service_is_known_by_its_brand_in_any_label() -> None:
    assert is_service("acme.icims-mail.net")
    assert is_service("myworkdayjobs.com")
    assert is_service("smartrecruiters.eu")
    assert not is_service("greenhousefoods.com")
    assert not is_service("leverage.co")


def test_an_employer_named_only_as_the_display_name_of_an_ats_relay() -> None:
    det = detected(
        "Dear Thandi Nkosi,\n\nThe interview arranged for your application to the Planning "
        "Officer position has been cancelled. A member of Human Resources will contact you if "
        "a new interview is needed.\n\nSincerely,\n\nMillbrook County Human Resources\n",
        subject="Interview Cancelled - Planning Officer",
        sender="Millbrook County <millbrookcounty@myworkday.example>")
    assert det.kind is Kind.CANCELLATION
    assert det.company == "Millbrook County"
    assert det.people == ()


def test_a_person_who_sends_through_an_ats_relay_is_still_on_the_panel() -> None:
    det = detected(
        "Hi Thandi,\n\nYou'll be meeting me and Omar Haddad, our head chef, on Tuesday 10 "
        "November at 15:00 for the Sous Chef role.\n\nTessa",
        subject="Interview – Sous Chef", sender="Tessa Lund <copper-kitchen@teamtailor-mail.com>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Tessa Lund", "Omar Haddad"}


def test_a_place_in_an_address_is_no_employer() -> None:
    det = detected(
        "Sehr geehrte Frau Nkosi,\n\nwir laden Sie zu einem Vorstellungsgespräch ein:\n\n"
        "Termin: Dienstag, 10.11.2026\nUhrzeit: 10.00 Uhr\nOrt: Brenner Anlagenbau GmbH\n"
        "Am Werk 3, 85748 Garching bei München\n\nIhre Gesprächspartner sind Herr Jan Roth "
        "und Frau Eva Kurz.\n\nMit freundlichen Grüßen\nAnna Maier\nBrenner Anlagenbau GmbH",
        subject="Einladung zum Vorstellungsgespräch", sender="Anna Maier <a.maier@brenner.example>")
    assert det.company != "München Ihre Gesprächspartner"
    assert det.company is not None and "München" not in det.company


def test_swedish_myself_with_a_bracket_before_och() -> None:
    assert sender_interviews("Vilka: jag själv (Karin, teamlead) och Erik Lund, en av våra "
                             "utvecklare.")
    det = detected(
        "Hej Thandi!\n\nHär kommer en inbjudan till intervju för tjänsten som "
        "Backendutvecklare.\n\nNär: tisdag 10 november, kl. 09.30-10.30\n"
        "Med på intervjun är jag själv och Erik Lund, en av våra utvecklare.\n\n/Karin\n\n"
        "Karin Berg\nTeamlead | Norrsken Data AB",
        subject="Intervju: Backendutvecklare", sender="Karin Berg <karin@norrsken.example>")
    assert det.interview is not None
    assert (det.interview.start.hour, det.interview.start.minute) == (9, 30)
    assert {p.name for p in det.interview.interviewers} == {"Karin Berg", "Erik Lund"}


def test_a_booker_who_signs_off_see_you_on_the_day() -> None:
    det = detected(
        "Dear Thandi,\n\nKatrin has a clash, so your interview moves to Thursday, 12 November "
        "2026, 10:00-11:00.\n\nPanel (unchanged): Katrin Hahn (Head of Planning) and Ole Berg "
        "(Data Engineer).\n\nSee you on the 12th.\n\nMia Roth\nHR Business Partner Recruiting",
        subject="Updated: Interview", sender='"Roth, Mia" <mia.roth@rhein.example>')
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Katrin Hahn", "Ole Berg"}


def test_a_calendar_note_that_opens_with_with() -> None:
    det = detected(
        "Second-round chat for the Fleet Planner role.\n\nWith Ivan Petrov (Operations Manager) "
        "and Mere Walker (Scheduling Lead).\n\nTuesday 10 November 2026, 10:30am – 11:15am",
        subject="Invitation: Interview – Fleet Planner", sender="Ivan Petrov <ivan@ferry.example>")
    assert det.interview is not None
    assert {p.name for p in det.interview.interviewers} == {"Ivan Petrov", "Mere Walker"}


def test_hers_to_hear_back_and_a_rebooking_and_plural_outcomes() -> None:
    ref = date(2026, 11, 2)
    assert find_deadline("It would help us a lot to hear back by end of day Tuesday.", ref) is None
    assert find_deadline("I'll be in touch early next week with new options.", ref) is None
    assert find_deadline("We will review the recordings next week, and we aim to communicate "
                         "outcomes to every candidate by the end of this month.", ref)[0] == (
        date(2026, 11, 30))


def test_a_length_in_words_then_digits() -> None:
    assert stated_length("The interview is expected to last approximately forty-five (45) "
                         "minutes.") is not None
