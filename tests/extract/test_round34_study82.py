"""Twenty-fourth session: rules from the misses of 82NN (unusual calendar parts, mail
written on phones, languages of the Middle East, Africa and Asia, decision dates), read
blind at this session's start and then studied in the same session; written here in my
own words, not the batch's."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

from mailfactory import detected, vevent

from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.text import units
from mailwatch.extract.times import find_times
from mailwatch.model import Kind

UTC0 = UTC


def test_her_own_new_time_proposed_is_a_reschedule_to_it() -> None:
    ics = vevent(summary="Interview - Data Analyst (Thandi Nkosi)", start="20270318T140000Z",
                 end="20270318T150000Z", method="COUNTER",
                 organizer="CN=Graham Hale:mailto:graham@harrowfs.example")
    d = detected("Hi Graham,\n\nSomething has come up on Wednesday morning. Would Thursday the "
                 "18th at 2pm suit you instead?\n\nThandi",
                 subject="New Time Proposed: Interview - Data Analyst (Thandi Nkosi)",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Graham Hale <graham@harrowfs.example>",
                 date="Mon, 08 Mar 2027 19:00:00 +0000", ics=ics, ics_method="COUNTER")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 3, 18, 14, 0, tzinfo=UTC0)


def test_her_withdrawal_that_cancels_our_interview_and_a_bare_hour_range() -> None:
    [hit] = find_times("our interview this Friday (4–4:45)")
    assert (hit.start, hit.end) == (time(16, 0), time(16, 45))
    d = detected("Hi Naledi,\n\nI accepted an offer elsewhere, so I'd like to withdraw my "
                 "application and cancel our interview this Friday (4–4:45).\n\nThandi",
                 subject="Re: Second interview - Fri 13 Nov",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Naledi Khumalo <naledi@fynbos.co.za>",
                 date="Tue, 10 Nov 2026 07:55:00 +0200")
    assert d.kind is Kind.CANCELLATION


def test_her_own_afrikaans_request_to_move_the_interview() -> None:
    d = detected("Goeienaand Marlize\n\nSal dit moontlik wees om die onderhoud na Donderdag 20 "
                 "Mei te skuif, van 14:00 tot 15:00?\n\nGroete\nThandi",
                 subject="Re: Onderhoud - Dinsdag 18 Mei",
                 sender="Thandi Nkosi <thandi@example.org>",
                 to="Marlize Botha <marlize@fynbos.example>",
                 date="Thu, 13 May 2027 21:00:00 +0200")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.hour == 14


def test_a_plain_part_that_says_to_read_the_html_gives_way_to_it() -> None:
    plain = ("Rebecca invites you to join this meeting.\n\nInterview - Data Analyst\n\nJoin "
             "meeting https://meet.example/j/123\n\nMore ways to join: meeting number 2654 "
             "118 4472, password abc, or by phone +61 2 9053 0000, access code 2654 118 4472, "
             "or dial from a video system.\n\nThis email is best viewed in an HTML-capable "
             "mail client.")
    html = ("<div>Rebecca invites you to join this meeting.</div><div>Interview - Data "
            "Analyst</div><div>Tuesday, 13 April 2027 &nbsp; 9:30 AM &nbsp;|&nbsp; 1 hour "
            "&nbsp;|&nbsp; (UTC+10:00) Canberra, Melbourne, Sydney</div><div>It'll be me and "
            "Sione Tupou.</div><div>Join meeting https://meet.example/j/123</div><div>More ways "
            "to join: meeting number 2654 118 4472, password abc, or by phone +61 2 9053 0000, "
            "access code 2654 118 4472, or dial from a video system.</div>")
    d = detected(plain, subject="Interview - Data Analyst (Thandi Nkosi)",
                 sender="Rebecca Liang <rebecca@tidewater.com.au>",
                 date="Mon, 22 Mar 2027 13:45:00 +1100", html=html)
    assert d.interview is not None
    assert d.interview.timezone == "Australia/Sydney"
    assert d.interview.start == datetime(2027, 4, 13, 9, 30, tzinfo=timezone(timedelta(hours=10)))


def test_chat_stamps_are_not_meeting_times() -> None:
    text = ("[07/04/2026, 09:02] Pieter: Half 3 works for me\n"
            "[07/04/2026, 11:31] Lerato: She's confirmed for 15:30 tomorrow\n")
    assert all("07/04/2026" not in u.text for u in units(text))


def test_informal_lengths_and_clocks() -> None:
    assert stated_length("He says 45 mins max.") == timedelta(minutes=45)
    assert stated_length("its a 30 min thing, mostly me asking questions") == timedelta(
        minutes=30)
    [hit] = find_times("pencilled you in for Monday week ten thirty at our office")
    assert hit.start == time(10, 30)
    assert find_times("three thirty-minute slots") == []


def test_a_week_from_today() -> None:
    [d] = find_dates("I've locked it in for a week from today at noon", datetime(
        2026, 3, 4).date(), "DMY")
    assert d.day == datetime(2026, 3, 11).date()
    [d] = find_dates("a week from Tuesday", datetime(2026, 3, 4).date(), "DMY")
    assert d.day == datetime(2026, 3, 17).date()


def test_a_received_stamp_is_no_slot() -> None:
    d = detected("You have a new voicemail.\n\nFrom: HOLLOWAY FINCH\nReceived: Thursday, 4 June "
                 "2026 at 16:41\nLength: 0:52\n\nTranscription:\n\"Hi Thandi it's Gareth from "
                 "Holloway and Finch about the analyst role, I've pencilled you in for Monday "
                 "week ten thirty at our office, should take about forty five minutes.\"",
                 subject="New voicemail from HOLLOWAY FINCH",
                 sender="CallNest Voicemail <no-reply@vm.callnest.example>",
                 date="Thu, 04 Jun 2026 16:42:03 +0100")
    assert d.interview is not None
    assert d.interview.start == datetime(2026, 6, 15, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def test_a_correction_keeps_the_quoted_bookings_length() -> None:
    d = detected("sorry, I meant 3 not 2!! 3pm Brisbane time thurs.\n\nT\n\n"
                 "________________________________\nFrom: Tayla Brennan <tayla@mangohill.com.au>\n"
                 "Sent: Monday, July 6, 2026 9:12:03 AM\nTo: Thandi Nkosi <thandi@example.org>\n"
                 "Subject: Interview confirmed - Thurs 9th 2pm\n\nHi Thandi,\n\nYou're locked in "
                 "for thurs the 9th at 2pm (Brisbane time) with Marcus Leung for the Project "
                 "Coordinator role. Allow 45 mins.\n\nTayla",
                 subject="Re: Interview confirmed - Thurs 9th 2pm",
                 sender="Tayla Brennan <tayla@mangohill.com.au>",
                 date="Mon, 06 Jul 2026 09:14:51 +1000")
    assert d.interview is not None
    assert d.interview.end is not None
    assert d.interview.end - d.interview.start == timedelta(minutes=45)


def test_a_calendar_in_utc_takes_the_zone_its_subject_or_a_named_offset_states() -> None:
    ics = vevent(summary="Technical round", start="20260211T054500Z", end="20260211T064500Z",
                 organizer="CN=Divya Shenoy:mailto:divya@kaveri.in")
    d = detected("meet.google.com/abc - invite attached, all the best!\n\nDivya",
                 subject="Tmrw 11:15 IST | Tech round w/ Priya Raman",
                 sender="Divya Shenoy <divya@kaveri.in>",
                 date="Tue, 10 Feb 2026 18:20:44 +0530", ics=ics)
    assert d.interview is not None
    assert d.interview.timezone == "Asia/Kolkata"


def test_a_promise_to_get_back_to_every_candidate() -> None:
    said = find_deadline("I've now committed to getting back to all shortlisted candidates by "
                         "Friday 24 September.", datetime(2027, 9, 15).date(), "DMY")
    assert said is not None and str(said[0]) == "2027-09-24"


def test_an_sms_relayed_by_a_gateway_is_read_as_the_message_it_carries() -> None:
    d = detected("New text message\n\nFrom:     +91 98450 55102 (Kavya - Nilgiri HR)\n"
                 "To:       +27 82 555 7731\nReceived: 22/06/2026 16:48\n\nHi Thandi, Kavya "
                 "here from Nilgiri Payments HR. Panel still discussing ur final round for "
                 "Product Analyst. Will revert by end of next week latest.\n",
                 subject="SMS from +91 98450 55102 (Kavya - Nilgiri HR)",
                 sender="SMS <sms-919845055102@relay.textbridge.example>",
                 date="Mon, 22 Jun 2026 16:48:31 +0530")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2026-07-03"


def test_an_arabic_two_cell_table_row_reads_as_a_field() -> None:
    from mailwatch.message import html_to_text

    html = ("<table><tr><td>اليوم والتاريخ</td><td>الأربعاء ٢٤ مارس ٢٠٢٧</td></tr>"
            "<tr><td>الوقت</td><td>من الساعة ١١:٠٠ صباحاً حتى الساعة ١٢:٠٠ ظهراً</td></tr></table>")
    text = html_to_text(html)
    assert "اليوم والتاريخ:" in text and "الوقت:" in text


def test_persian_and_nepali_fields_with_the_gregorian_date_in_brackets() -> None:
    tehran = timezone(timedelta(hours=3, minutes=30))
    d = detected("خانم Thandi Nkosi گرامی،\n\nخوشحالیم که شما را به مصاحبهٔ تخصصی دعوت کنیم:\n\n"
                 "تاریخ: شنبه ۱۲ تیر ۱۴۰۶ (۳ ژوئیه ۲۰۲۷)\nساعت: ۱۰:۳۰ تا ۱۱:۱۵ به وقت تهران\n\n"
                 "با احترام،\nنگار موسوی",
                 subject="دعوت به مصاحبه – تحلیلگر داده",
                 sender="Negar Mousavi <negar@armandade.example>",
                 date="Sun, 20 Jun 2027 10:05:44 +0330")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.timezone == "Asia/Tehran"
    assert (d.interview.start, d.interview.end) == (datetime(2027, 7, 3, 10, 30, tzinfo=tehran),
                                                    datetime(2027, 7, 3, 11, 15, tzinfo=tehran))
    [hit] = find_times("समय: बिहान 11:00 बजेदेखि दिउँसो 12:00 बजेसम्म")
    assert (hit.start, hit.end) == (time(11, 0), time(12, 0))
    [day] = find_dates("मिति: 2084 पुस 8 गते, बिहीबार (23 डिसेम्बर 2027)",
                       datetime(2027, 12, 12).date(), "DMY")
    assert day.day == datetime(2027, 12, 23).date()


def test_an_armenian_calendar_cancellation_and_an_amharic_field_colon() -> None:
    from mailwatch.extract.kindwords import INTERVIEW_INTL

    assert INTERVIEW_INTL.search("Հարցազրույցը չեղարկվում է")
    assert INTERVIEW_INTL.search("የቃለ መጠይቅ ጥሪ")
    assert any(u.templated for u in units("ቀን፦ ማክሰኞ (June 15, 2027)\nሰዓት፦ 10:00 AM EAT"))


def test_a_swahili_rejection_and_a_voicemail_box_that_is_nobody() -> None:
    d = detected("Habari Thandi,\n\nAsante kwa kushiriki katika usaili wetu kwa nafasi ya Afisa "
                 "wa Fedha. Baada ya kutafakari, tumeamua kuendelea na mgombea mwingine.\n\n"
                 "Wako,\nAmina Otieno",
                 subject="Ombi lako la kazi: Afisa wa Fedha",
                 sender="Pwani Bank - Ajira <ajira@pwanibank.example>",
                 date="Mon, 03 May 2027 10:00:00 +0300")
    assert d.kind is Kind.REJECTION
    from mailwatch.extract.people import clean_name

    assert clean_name("CallNest Voicemail") is None


def test_a_decision_strictly_before_a_day_is_the_day_before_it() -> None:
    said = find_deadline("Graham goes on leave on the 15th, so we plan to make a decision "
                         "before the 15th.", datetime(2027, 10, 1).date(), "DMY")
    assert said is not None and str(said[0]) == "2027-10-14"
    said = find_deadline("Successful candidates will be contacted on or before Friday, 21st May "
                         "2027.", datetime(2027, 5, 11).date(), "DMY")
    assert said is not None and str(said[0]) == "2027-05-21"


def test_a_georgian_decision_range_takes_its_later_day() -> None:
    said = find_deadline("საბოლოო გადაწყვეტილებას 21-დან 25 ივნისამდე შეგატყობინებთ.",
                         datetime(2027, 6, 16).date(), "DMY")
    assert said is not None and str(said[0]) == "2027-06-25"


def test_an_answer_to_her_thank_you_note_is_job_mail() -> None:
    d = detected("hey Thandi - thanks for this. panel are meeting wed arvo so you'll hear from "
                 "me by COB thursday at the latest.\n\nBec\n\n"
                 "On 19 Nov 2027, at 5:48 pm, Thandi Nkosi <thandi@example.org> wrote:\n"
                 "> Hi Bec,\n>\n> Thanks for having me in today - I really enjoyed meeting Sam.\n"
                 ">\n> Thandi\n",
                 subject="Re: Thanks for today",
                 sender="Bec Lowe <bec@saltbushlogistics.com.au>",
                 date="Mon, 22 Nov 2027 14:20:05 +1100")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2027-11-25"
