"""Twenty-first session: rules from 78NN's misses, read blind at the session's start and
again after the 76NN and 77NN rules (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected

from mailwatch.extract import classify as c
from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.model import Kind

_BOOKED = ("\n\nOn Mon, 1 Mar 2027 at 09:12, Priya Das <priya@larchline.example> wrote:\n"
           "> Hi Thandi,\n>\n> You're confirmed for Thursday, March 11, 10:00-11:00 AM Mountain "
           "with Ola Berg and Sam Reyes for the Data Engineer role.\n>\n> Priya\n> Larchline\n")


def test_her_own_ask_to_shift_the_panel_or_a_day_that_works_instead() -> None:
    for ask in ("Would it be possible to shift the panel to Friday, March 12 at the same time, "
                "10:00-11:00 AM Mountain?",
                "Would Friday, March 12 at 10:00 AM Mountain work instead for the panel?"):
        d = detected(f"Hi Priya,\n\nSomething has come up on Thursday. {ask}\n\nThandi"
                     + _BOOKED, subject="Re: Larchline – panel confirmed",
                     sender="Thandi Nkosi <thandi@example.org>",
                     to="Priya Das <priya@larchline.example>",
                     date="Tue, 02 Mar 2027 08:10:00 -0700")
        assert d.kind is Kind.RESCHEDULE, ask
        assert d.interview is not None and d.interview.start.day == 12


def test_hungarian_dates_with_their_case_endings() -> None:
    ref = date(2027, 3, 30)
    assert [h.day for h in find_dates("Helyette április 9-ét javasolnám, 15:00-tól.", ref,
                                      "YMD")] == [date(2027, 4, 9)]
    assert [h.day for h in find_dates("május 1-jén 10 órakor", ref, "YMD")] == [
        date(2027, 5, 1)]


def test_a_slovak_rejection_in_the_selection_process_words() -> None:
    assert c.REJECTION.search("Rozhodli sme sa pokračovať vo výberovom konaní s uchádzačmi, "
                              "ktorých skúsenosti lepšie zodpovedajú.")


def test_a_slovene_ordinal_date_and_the_final_phase() -> None:
    found = find_deadline("Odločitev bomo sprejeli najkasneje do petka, dvajsetega avgusta.",
                          date(2027, 8, 9), "DMY")
    assert found is not None and str(found[0]) == "2027-08-20"
    assert c.STILL_DECIDING.search("Trenutno smo v zaključni fazi izbora.")


def test_an_estonian_recorded_video_interview_and_her_own_deadline() -> None:
    d = detected("Tere, Thandi!\n\nKutsume teid järgmise sammuna salvestama lühikest "
                 "videointervjuud ametikohale andmeanalüütik.\n\nPalun salvestage oma vastused "
                 "hiljemalt reedel, 9. juulil 2027 kell 23.59.\n\nVärbamismeeskond",
                 subject="Järgmine samm: videointervjuu | Andmeanalüütik",
                 sender="Läänemere Pank | Värbamine <noreply@laanemere.example>",
                 date="Tue, 29 Jun 2027 09:00:12 +0300")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.decision_deadline is None
    assert d.company == "Läänemere Pank"


def test_a_take_home_due_date_is_no_interview_slot() -> None:
    d = detected("Hi Thandi,\n\nThanks for chatting with me on Monday! The next step for the "
                 "Backend Engineer role is a short take-home exercise.\n\nWhat:    Build a "
                 "small API (brief attached)\nTime:    No more than 3 hours, please\n"
                 "Due:     Friday, November 12, 2027 by 5:00 PM Eastern\n\nCheers,\nAlex",
                 subject="Take-home exercise - Backend Engineer",
                 sender="Alex Moore <alex@quayside.example>",
                 date="Tue, 02 Nov 2027 11:05:19 -0400")
    assert d.interview is None or d.interview.start.day != 12


def test_a_hindi_status_promises_next_week() -> None:
    d = detected("नमस्ते Thandi जी,\n\nहमारी कमेटी अभी सभी उम्मीदवारों के फ़ीडबैक पर चर्चा कर रही है। "
                 "हम अगले सप्ताह तक अपना अंतिम निर्णय आपको बता देंगे।\n\nधन्यवाद,\nमीरा",
                 subject="Re: Final round follow-up – Data Analyst",
                 sender="Meera Rao <meera@tarangdata.example>",
                 date="Fri, 23 Apr 2027 18:02:44 +0530")
    assert d.kind is Kind.STATUS_UPDATE and str(d.decision_deadline) == "2027-04-30"


def test_a_thai_offer_across_a_line_break() -> None:
    assert c.offer("บริษัทฯ มีความยินดีที่จะแจ้งให้ทราบว่า คุณได้รับการคัดเลือก\n"
                   "ให้ดำรงตำแหน่ง นักบัญชี")


def test_a_bank_customer_meeting_and_a_school_parents_meeting_are_not_jobs() -> None:
    from mailwatch.extract.notjob import not_job
    assert not_job("Kami konfirmasikan jadwal wawancara nasabah untuk pembukaan rekening.")
    assert not_job("保護者の皆様、個人面談の日程をお知らせします。")


def test_an_assessment_day_span_holds_its_registration_time() -> None:
    d = detected("Dear Thandi,\n\nWe would like to invite you to our assessment centre.\n\n"
                 "Date:      Wed 7th April 2027\nTime:      10.00am – 3.30pm (registration opens "
                 "at 9.40am)\nVenue:     Riverside House, Leeds\n\nAll times are UK time.\n\n"
                 "Kind regards,\nResourcing Team", subject="Invitation to Assessment Centre",
                 sender="Resourcing <resourcing@moorlandwater.example>",
                 date="Mon, 15 Mar 2027 11:42:07 +0000")
    i = d.interview
    assert d.kind is Kind.INTERVIEW_INVITATION and i is not None
    assert (i.start.hour, i.start.minute, i.end and i.end.hour) == (10, 0, 15)


def test_the_institution_a_name_belongs_to() -> None:
    from mailwatch.extract.employer import with_institution
    text = "Jo Bell\nRecruitment Coordinator\nUniversity of the Northern Fells\nCarlisle"
    assert with_institution("Northern Fells", text) == "University of the Northern Fells"
    assert with_institution("Office of the Mayor", "Office of the Mayor") == "Office of the Mayor"
    assert with_institution("Acme", "Acme Ltd") == "Acme"


def test_gmt_on_a_winter_date_from_a_uk_mail_is_uk_time() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from mailwatch.extract.zone_words import local_zone_name
    winter = datetime(2027, 11, 5, 14, 30, tzinfo=ZoneInfo("Etc/GMT"))
    text = "Friday the 5th at 2.30pm GMT, the same as UK time by then."
    assert local_zone_name("Etc/GMT", winter, "", None, text) == "Europe/London"
    summer = datetime(2027, 7, 5, 14, 30, tzinfo=ZoneInfo("Etc/GMT"))
    assert local_zone_name("Etc/GMT", summer, "", None, text) is None


def test_a_native_script_employer_is_not_traded_for_a_domain_spelling() -> None:
    from mailwatch.extract.company import in_latin
    assert in_latin("Morava Sistemi") and in_latin("Zürich Öl")
    assert not in_latin("Морава Системи")


def test_hebrew_and_persian_panels() -> None:
    from mailwatch.extract.script_people import script_people
    he = "מצדנו ישתתפו יעל ברק, מנהלת המוצר, ואבי מזרחי."
    assert [p.name for p in script_people(he)] == ["יעל ברק", "אבי מזרחי"]
    fa = ("مصاحبه\u200cکنندگان: آقای رضا کریمی (مدیر فنی) و خانم نگار صادقی "
          "(سرپرست تیم)")
    assert [p.name for p in script_people(fa)] == ["رضا کریمی", "نگار صادقی"]
