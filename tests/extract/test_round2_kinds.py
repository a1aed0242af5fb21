"""Round 2: kinds and interview slots in wordings the first rules missed.

Every sentence is written fresh for these tests (none is copied from the corpus). DATE in
mailfactory is Thu 5 Nov 2026, 09:00 +0200.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from mailfactory import USERS, mail

from mailwatch.extract import detect
from mailwatch.extract.dates import find_dates, find_times
from mailwatch.extract.text import units

REF = date(2026, 11, 5)


def det(body: str, **kw: object):
    return detect(mail(body, **kw), user_addresses=USERS)


def start_of(body: str, **kw: object) -> str | None:
    d = det(body, **kw)
    return d.interview.start.isoformat() if d.interview else None


# --- time grammar -----------------------------------------------------------------


def test_dotted_range_with_one_meridiem():
    (t,) = find_times("Friday 13 Nov, 10.45-11.30am please")
    assert (t.start, t.end) == (time(10, 45), time(11, 30))


def test_noon_as_the_end_of_a_range():
    (t,) = find_times("from 11:15am - 12:00 noon")
    assert (t.start, t.end) == (time(11, 15), time(12, 0))


def test_part_of_day_makes_a_bare_hour_a_time():
    assert find_times("Monday evening at 6 works")[0].start == time(18, 0)
    assert find_times("at 4 in the afternoon")[0].start == time(16, 0)
    assert find_times("tomorrow morning at 8.15")[0].start == time(8, 15)


def test_french_and_german_whole_hours_and_ranges():
    assert find_times("le jeudi 12 novembre à 10h")[0].start == time(10, 0)
    (t,) = find_times("am Montag von 13:00 bis 14:30 Uhr")
    assert (t.start, t.end) == (time(13, 0), time(14, 30))
    (t,) = find_times("de 9h15 à 10h00")
    assert (t.start, t.end) == (time(9, 15), time(10, 0))


def test_a_duration_in_hours_is_not_a_time():
    assert find_times("le sujet vous sera envoyé 24h avant l'échange") == []


def test_foreign_month_names():
    days = [d.day for d in find_dates("am Freitag, 4. Dezember 2026 in Köln", REF)]
    assert days == [date(2026, 12, 4)]
    assert find_dates("el martes 17 de noviembre de 2026", REF)[0].day == date(2026, 11, 17)
    assert find_dates("vendredi 20 novembre", REF)[0].day == date(2026, 11, 20)


def test_the_nth_resolves_to_this_or_next_month():
    assert find_dates("we can see you on the 19th, at 10am", REF)[0].day == date(2026, 11, 19)
    assert find_dates("how about the 2nd at 3pm", REF)[0].day == date(2026, 12, 2)
    assert find_dates("you are through to the 2nd round", REF) == []


def test_bare_weekday_right_before_a_time():
    assert find_dates("When: Tuesday, 2:30pm", REF)[0].day == date(2026, 11, 10)


def test_region_and_french_zone_words():
    assert find_times("3pm UAE time")[0].tz_name == "Asia/Dubai"
    assert find_times("10:00 (heure de Lyon)")[0].tz_name == "Europe/Paris"
    assert find_times("1:30 PM Central on Zoom")[0].tz_name == "America/Chicago"
    assert find_times("09:00 Central European Time")[0].tz_name == "Europe/Berlin"


def test_german_ordinal_does_not_end_a_sentence():
    texts = [u.text for u in units("Wir sehen uns am 9. Dezember 2026 um 11:00 Uhr.")]
    assert len(texts) == 1


# --- slots that live next to their meeting sentence ---------------------------------


def test_slot_on_its_own_line_after_a_colon():
    body = (
        "Hi Thandi,\n\nGood news, your interview for the Payments Analyst role is set:\n\n"
        "Wed 11 Nov, 1.30-2.15pm SAST\n12 Loop Street, Cape Town\n\nCheers,\nAyanda"
    )
    assert start_of(body, subject="Payments Analyst") == "2026-11-11T13:30:00+02:00"


def test_slot_in_the_next_sentence_of_the_same_paragraph():
    body = (
        "Hi Thandi,\n\nThanks for applying to the Support Lead position. We'd like to "
        "interview you. Monday 9 November from 10:00 to 11:00 SAST is reserved for it.\n\n"
        "Best,\nKeabetswe"
    )
    assert start_of(body) == "2026-11-09T10:00:00+02:00"


def test_german_invitation_with_the_slot_on_the_next_line():
    body = (
        "Sehr geehrte Frau Nkosi,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch "
        "ein:\n\nam Dienstag, 10. November 2026, von 14:00 bis 15:00 Uhr\n\n"
        "Mit freundlichen Grüßen\nJonas Weber"
    )
    d = det(body, subject="Einladung", date="Thu, 05 Nov 2026 09:00:00 +0100")
    assert d.kind == "interview_invitation"
    assert d.interview.start == datetime(2026, 11, 10, 14, tzinfo=timezone(timedelta(hours=1)))


def test_french_invitation_with_a_confirmed_slot():
    body = (
        "Bonjour Thandi,\n\nNous vous invitons à un entretien pour le poste de Data Analyst. "
        "Le créneau est confirmé :\n\njeudi 12 novembre, de 10h00 à 11h00 (heure de Paris)\n\n"
        "Cordialement,\nLéa"
    )
    assert start_of(body, date="Thu, 05 Nov 2026 09:00:00 +0100") == "2026-11-12T10:00:00+01:00"


def test_selection_panel_notice_with_day_and_date_field():
    body = (
        "Dear Ms Nkosi,\n\nFurther to your application for the post of Records Officer, you "
        "are invited to appear before the selection panel as follows:\n\n"
        "Day and date : Tuesday 17 November 2026\nTime : 09:00 - 10:00\n\nRegards,\nHR"
    )
    assert start_of(body) == "2026-11-17T09:00:00+02:00"


# --- invitations that never say "interview" -----------------------------------------


def test_agency_confirmation_without_the_word_interview():
    body = (
        "Hi Thandi,\n\nThe client has come back and wants to meet you on Monday. Confirmed "
        "for Monday 9 November at 15:00 SAST at their Rosebank office.\n\nRegards,\nSipho"
    )
    d = det(body, subject="Junior Quantity Surveyor - confirmed")
    assert d.kind == "interview_invitation"
    assert d.interview.start.isoformat() == "2026-11-09T15:00:00+02:00"


def test_founder_reply_locking_in_a_time():
    body = (
        "great, let's lock it in: tomorrow afternoon at 4 (Johannesburg time). My cofounder "
        "will jump on too. I'll send a Meet link in the morning.\n\nthabo"
    )
    d = det(body, subject="Re: founding frontend engineer")
    assert d.kind == "interview_invitation"
    assert d.interview.start.isoformat() == "2026-11-06T16:00:00+02:00"


def test_friendly_chat_from_someone_not_hiring_stays_other():
    body = (
        "Hi Thandi,\n\nHappy to share what I know about the Durban design scene - to be clear "
        "we're not hiring right now, this is purely a friendly chat. How about Friday 13 "
        "November at 8am? I'll send a Zoom link.\n\nZanele\nDesign Manager"
    )
    assert det(body, subject="coffee?").kind == "other"


def test_reporter_asking_for_an_interview_stays_other():
    body = (
        "Hello Thandi,\n\nI'm a reporter writing about women in fintech. Could I interview "
        "you by phone? Tuesday 10 November at 14:00 would be ideal.\n\nNomsa"
    )
    assert det(body, subject="Interview request").kind == "other"


def test_new_patient_appointment_stays_other():
    body = (
        "Dear Thandi\n\nYour appointment is confirmed:\n\nMonday 16 November 2026 at 09:30\n\n"
        "As a new patient, please fill in the medical-history interview form before you "
        "come in. Reply R to reschedule."
    )
    assert det(body, subject="Appointment confirmed").kind == "other"


def test_research_study_interview_stays_other():
    body = (
        "Dear Thandi,\n\nThank you for agreeing to take part in our study on remote work. "
        "Your research interview is booked for Wednesday 11 November 2026, 10:00 - 11:00 "
        "(SAST). Please sign the consent form first.\n\nThe study team"
    )
    assert det(body, subject="Research interview").kind == "other"


def test_visa_appointment_stays_other():
    body = (
        "Your visa interview appointment has been scheduled.\n\nDate: Friday 13 November "
        "2026\nTime: 08:45\nLocation: Consulate General, Pretoria"
    )
    assert det(body, subject="Appointment confirmed").kind == "other"


# --- cancellation, reschedule, rejection wordings ----------------------------------


def test_cancel_with_an_adverb_between():
    body = (
        "Dear Thandi,\n\nThe Cloud Engineer role has been put on hold, and we therefore have "
        "to cancel your interview scheduled for Tuesday 10 November, 11:00-12:00 SAST.\n\n"
        "Apologies,\nNaledi"
    )
    d = det(body)
    assert d.kind == "cancellation"
    assert d.interview.start.isoformat() == "2026-11-10T11:00:00+02:00"


def test_french_cancellation():
    body = (
        "Bonjour Thandi,\n\nJe dois malheureusement annuler notre entretien prévu le lundi 9 "
        "novembre à 15h pour le poste d'analyste.\n\nBien à vous,\nClaire"
    )
    assert det(body, date="Thu, 05 Nov 2026 09:00:00 +0100").kind == "cancellation"


def test_scheduler_says_the_host_cancelled():
    body = (
        "Hi Thandi,\n\nPieter Botha has cancelled the following event.\n\nEvent: Hiring "
        "manager interview\nDate & Time: 10:00am - 10:30am, Monday, November 9, 2026"
    )
    assert det(body, subject="Cancelled: Hiring manager interview").kind == "cancellation"


def test_moving_your_interview_is_a_reschedule_with_the_new_slot():
    body = (
        "Hi Thandi, as we just discussed, we're moving your interview from Monday to "
        "Wednesday 11 Nov, 14:00-15:00 SAST. Same link.\n\nAmahle"
    )
    d = det(body, subject="Re: interview")
    assert d.kind == "reschedule"
    assert d.interview.start.isoformat() == "2026-11-11T14:00:00+02:00"


def test_ive_moved_your_interview_is_a_reschedule():
    body = (
        "Hi Thandi,\n\nSorry! I've moved your interview to Thursday, November 12, 9:00-10:00 "
        "a.m. SAST because our director is travelling.\n\nLindiwe"
    )
    assert det(body).kind == "reschedule"


def test_offer_to_change_the_time_is_not_a_reschedule():
    body = (
        "Your interview is booked.\n\nWhen: Tue 10 Nov 2026, 15:00-16:00 SAST\n\n"
        "Need to change the time? Reply to this message."
    )
    assert det(body, subject="Interview booked").kind == "interview_invitation"


def test_rejection_by_giving_the_role_to_someone_else():
    body = (
        "Dear Thandi,\n\nThank you for the final round. After a long discussion we have "
        "decided to offer the Senior Copywriter role to another candidate.\n\nWarmly,\nAnele"
    )
    assert det(body, subject="Your final round").kind == "rejection"


def test_rejection_not_continuing_with_your_application():
    body = (
        "Hi Thandi,\n\nI'm sorry to say that we won't be continuing with your application for "
        "the Platform Engineer role.\n\nBest,\nMpho"
    )
    assert det(body, subject="Your application").kind == "rejection"


def test_confirm_your_availability_does_not_turn_an_invitation_into_a_request():
    body = (
        "Dear Thandi,\n\nYou have been shortlisted for the Lecturer post. The panel would like "
        "to interview you on Monday 16 November from 10:00 to 11:00 SAST.\n\nPlease confirm "
        "your availability by replying to this email.\n\nHR"
    )
    assert det(body).kind == "interview_invitation"
