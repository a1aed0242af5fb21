"""Twenty-sixth session: rules from the misses of 85NN (English mail from smaller economies,
third parties in technical hiring, forwarded and re-sent mail, mail about several roles or
meetings), written blind in the last session and studied at this one's start; written here
in my own words, not the batch's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected, mail, people_of, vevent

from mailwatch.extract.cjk_roster import cjk_people
from mailwatch.extract.company_form import domain_label
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.duration import stated_length
from mailwatch.extract.kindwords import FWD_SUBJECT
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import position_from_text
from mailwatch.extract.same_name import norm_org
from mailwatch.extract.signature import title_under
from mailwatch.extract.times import find_times
from mailwatch.extract.zone_words import signature_zone
from mailwatch.model import Kind

LONDON = ZoneInfo("Europe/London")


def test_a_country_adjective_names_the_zone() -> None:
    d = detected("Dear Thandi,\n\nWe would like to invite you to an interview for the Mine "
                 "Planning Engineer role on Thursday 2 September 2027 at 10:00 Zambian time "
                 "(CAT), at our Kitwe office.\n\nKind regards,\nMwila Banda",
                 subject="Interview invitation - Mine Planning Engineer",
                 sender="Mwila Banda <mwila@copperbelt-mining.example>",
                 date="Mon, 16 Aug 2027 09:00:00 +0200")
    assert d.interview is not None
    assert d.interview.timezone == "Africa/Lusaka"
    assert d.interview.start == datetime(2027, 9, 2, 10, 0, tzinfo=ZoneInfo("Africa/Lusaka"))


def test_a_length_written_in_words_and_digits() -> None:
    assert stated_length("Duration :  approximately two (2) hours") == timedelta(hours=2)
    assert stated_length("It will last about one (1) hour.") == timedelta(hours=1)


def test_a_domain_with_example_after_its_country_names_the_organisation() -> None:
    assert domain_label("hr.lagoonworks.gov.bb.example") == "lagoonworks"
    assert domain_label("reefline.com.fj.example") == "reefline"
    assert domain_label("careers.acme.example") == "acme"


def test_a_country_in_brackets_before_a_legal_form_is_part_of_it() -> None:
    assert norm_org("Sable Hills Mining (Zambia) Limited") == norm_org("Sable Hills Mining")
    assert norm_org("Lagoon Apps (Private) Ltd") == norm_org("Lagoon Apps")
    assert norm_org("Acme (Design)") != norm_org("Acme")


def test_a_dotted_range_that_ends_at_noon_with_a_dotted_offset() -> None:
    hits = find_times("Time : 9.30 a.m. - 12.00 noon (GMT +5.30)")
    assert len(hits) == 1
    assert (hits[0].start.hour, hits[0].start.minute) == (9, 30)
    assert hits[0].end is not None and hits[0].end.hour == 12
    assert hits[0].tz is not None
    assert hits[0].tz.utcoffset(None) == timedelta(hours=5, minutes=30)


def test_her_own_request_to_move_a_call_of_a_stated_length() -> None:
    d = detected("Hi Nadia,\n\nI'm so sorry, but a family matter has come up on Monday. Would it "
                 "be possible to move the 30-minute chat to Wednesday 14 April at 11:00 UK "
                 "time instead?\n\nBest,\nThandi\n\nOn Fri, 2 Apr 2027 at 10:02, Nadia Osei "
                 "<nadia@harbourlight.example> wrote:\n> Hi Thandi, I've booked a 30-minute "
                 "chat with Owen Price for Monday 12 April at 15:00 (UK time) about the "
                 "Pricing Analyst role.\n> Nadia",
                 subject="Re: Pricing Analyst - chat with Owen",
                 sender="Thandi Nkosi <thandi@example.org>", to="nadia@harbourlight.example",
                 date="Sat, 03 Apr 2027 09:10:00 +0200")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 14, 11, 0, tzinfo=LONDON)
    assert d.interview.end == datetime(2027, 4, 14, 11, 30, tzinfo=LONDON)


def test_the_answer_comes_the_day_after_the_meeting_that_decides() -> None:
    text = ("All the panel's feedback is in. The hiring committee meets on Thursday, 15th July "
            "to compare the finalists. I will get back to you with the outcome the day after.")
    found = find_deadline(text, date(2027, 7, 9), "DMY")
    assert found is not None and found[0] == date(2027, 7, 16)
    # (a day after no meeting the mail names is no promise read)
    assert find_deadline("I will get back to you the day after.", date(2027, 7, 9), "DMY") is None


def test_the_people_she_will_walk_through_her_work() -> None:
    text = ("For the review call on Friday you will walk Ruth Ellison (Head of Data) and Dev "
            "Malhotra (Analytics Lead) through your answers.")
    assert sorted(p.name for p in names_in_text(text)) == ["Dev Malhotra", "Ruth Ellison"]
    assert names_in_text("You will walk to Reception Desk through the main gate.") == []


def test_a_forwarders_title_above_the_forwarded_mail() -> None:
    text = ("Bonjour Madame Nkosi,\n\nVoici le message de Marc.\n\nBien cordialement,\n\nLaure "
            "Petit\nAssistante RH – Maison Corbel\n12 rue des Tanneurs, Lyon\n\nDe : Marc Aubry\n"
            "Objet : Entretien\n\nBonjour Thandi,\n\nJe vous propose un entretien.\n\nMarc Aubry"
            "\nDirecteur financier\nMaison Corbel\n1\n2\n3\n4\n5\n6")
    assert title_under(text, "Laure Petit") is None  # (not among the last lines)
    assert title_under(text, "Laure Petit", first=None) == "Assistante RH"


def test_a_role_with_a_requisition_number_in_a_recruiters_note() -> None:
    text = "CV attached for Thandi Nkosi (Protection Engineer, req 5512). Strong fit."
    assert position_from_text(text) == "Protection Engineer"


def test_a_phone_number_says_where_the_senders_clock_is() -> None:
    sent = datetime(2027, 3, 25, 16, 5, tzinfo=UTC)
    assert signature_zone("Owen Hart\nSenior Consultant\nT: +44 20 7946 0000", sent) == LONDON
    assert signature_zone("Owen Hart\nT: +1 312 555 0148", sent) is None
    # (a number abroad whose clock the Date header does not show says nothing)
    assert signature_zone("Owen Hart\nT: +65 6123 4567", sent) is None


_FORWARD = (
    "Hi Thandi,\n\nGood news - Ashby Clinical want to meet you. Their invitation is below, with "
    "one change: the panel is now starting half an hour later, so it is 11:00-11:45 on the same "
    "day (Wednesday 7 April).\n\nBest,\nOwen Hart\nSenior Consultant - Northgate Search\n"
    "T: +44 20 7946 0000\n\n"
    "From: Greta Lund <greta.lund@ashbyclinical.example>\nSent: 25 March 2027 15:48\n"
    "To: Owen Hart <owen.hart@northgatesearch.example>\nSubject: Interview - Thandi Nkosi\n\n"
    "Hi Owen,\n\nCould you please confirm the following with Thandi?\n\nDate: Wednesday 7 April "
    "2027\nTime: 10:30 - 11:15 (UK time)\nPanel: Iris Moore (Head of Trials) and Sam Cole "
    "(Data Lead)\n\nThanks,\nGreta\n\nGreta Lund\nTalent Coordinator | Ashby Clinical\n")


def test_a_forward_that_moves_the_invitation_she_never_had() -> None:
    d = detected(_FORWARD, subject="FW: Interview - Thandi Nkosi",
                 sender="Owen Hart <owen.hart@northgatesearch.example>",
                 date="Thu, 25 Mar 2027 16:05:33 +0000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 7, 11, 0, tzinfo=LONDON)
    assert people_of(d) == ["Iris Moore", "Sam Cole"]


def test_an_update_that_corrects_a_mistyped_invitation_is_the_invitation() -> None:
    ics = vevent(summary="Interview - QA Lead", start="20270624T140000", end="20270624T150000",
                 tzid="America/Toronto", sequence=1,
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Ravi Shah:mailto:ravi@lakeport.example"))
    d = detected("Hi Thandi,\n\nSorry - please ignore the invitation I sent you this morning. I "
                 "entered the wrong start time. The correct time is Thursday, June 24, 2:00 - "
                 "3:00 PM (Toronto time). This updated invite replaces the earlier one.\n\nMia",
                 subject="Updated invitation: Interview - QA Lead",
                 sender="Mia Roy <mia@lakeport.example>", date="Mon, 14 Jun 2027 11:52:09 -0400",
                 ics=ics)
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_a_japanese_outlook_header_starts_the_forwarded_mail() -> None:
    m = mail("Dear Thandi,\n\nThe client has moved your interview; their note is below.\n\n"
             "Best regards,\nKen Ito\nConsultant\n\n差出人: 鈴木 彩 <aya@minato.example>\n"
             "送信日時: 2027年7月7日 13:58\n宛先: 伊藤 健 <ken@bridge.example>\n件名: 日程変更\n\n"
             "面接官：佐藤 健一（部長）、高橋 ゆかり（リーダー）\n",
             subject="FW: 日程変更", sender="Ken Ito <ken@bridge.example>")
    assert "差出人" not in m.text and "差出人" not in (m.signature or "")
    assert "面接官" in (m.quoted or "")
    assert [p.name for p in cjk_people("面接官：佐藤 健一（部長）、高橋 ゆかり（リーダー）")] == [
        "佐藤 健一", "高橋 ゆかり"]
    assert FWD_SUBJECT.match("转发：面试邀请") is not None


def test_a_writer_who_offers_to_look_at_other_times_is_not_on_the_panel() -> None:
    ics = vevent(summary="Values interview - Pricing Analyst", start="20261030T140000",
                 end="20261030T144500", tzid="Europe/London", sequence=1,
                 organizer="CN=Kim Marsh:mailto:kim@fenlowe.example",
                 attendees=("CN=Thandi Nkosi:mailto:thandi@example.org",
                            "CN=Gwen Howe:mailto:gwen@fenlowe.example"))
    d = detected("Dear Thandi,\n\nYour technical interview with Priya Raman on Tuesday 27 "
                 "October at 10:00 is unchanged.\n\nGwen Howe now has a clash on the Thursday, "
                 "so we have moved your values interview to Friday 30 October, 14:00-14:45 (UK "
                 "time).\n\nDo let me know if Friday doesn't suit and I will look at "
                 "alternatives.\n\nKind regards,\nKim Marsh\nTalent Acquisition Advisor",
                 subject="Updated: Values interview - Pricing Analyst",
                 sender="Kim Marsh <kim@fenlowe.example>", date="Tue, 20 Oct 2026 11:06:33 +0100",
                 ics=ics)
    assert d.kind is Kind.RESCHEDULE
    assert people_of(d) == ["Gwen Howe"]


def test_a_spanish_title_is_a_role_and_an_hr_assistant_only_books() -> None:
    from mailwatch.extract.learned import _ASSISTANT
    from mailwatch.extract.role_words import ROLE_INTL_HEAD

    assert ROLE_INTL_HEAD.fullmatch("Científica") is not None  # "Científica de Datos"
    assert ROLE_INTL_HEAD.fullmatch("Mariana") is None
    assert _ASSISTANT.search("Assistante RH") is not None
    assert _ASSISTANT.search("HR Assistant | Pemberton Mutual") is not None
    assert _ASSISTANT.search("Research Assistant") is None


def test_a_team_lunch_that_is_the_last_step_of_the_process() -> None:
    ics = vevent(summary="Lunch with the Tern & Tide app team (Thandi)", start="20270408T023000Z",
                 end="20270408T040000Z", method="PUBLISH", attendees=(),
                 description="Team lunch - last step for the Senior iOS Developer role.")
    d = detected("Hey Thandi!\n\nNext (and last) step is informal: lunch with the app crew. It's "
                 "still part of the process. Thursday 8 April, 12:30 till 2pm Melbourne time. "
                 "It'll be me and Nora Quinn.\n\nCheers,\nJed\n\nJed Marlow\nEngineering "
                 "Manager, Mobile\nTern & Tide  |  Melbourne",
                 subject="Lunch? (Senior iOS Developer - next step)",
                 sender="Jed Marlow <jed@ternandtide.example.com.au>",
                 date="Tue, 30 Mar 2027 10:12:40 +1100", ics=ics, ics_method="PUBLISH")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 4, 8, 12, 30,
                                         tzinfo=ZoneInfo("Australia/Melbourne"))
    assert d.company == "Tern & Tide"  # (not the writer's team, "Mobile")


def test_an_abbreviation_in_a_role_the_mail_spells_out() -> None:
    from mailwatch.extract.employer_role import _spelled_out

    assert _spelled_out("Senior RN Developer", "the Senior React Native Developer role") == (
        "Senior React Native Developer")
    assert _spelled_out("Senior RN Developer", "no spelling here") == "Senior RN Developer"


def test_a_held_time_she_is_asked_about_is_a_request() -> None:
    ics = vevent(summary="HOLD - TBC - Final Round: Thandi Nkosi / Data Manager",
                 start="20270511T090000", end="20270511T110000", tzid="America/Phoenix",
                 organizer="CN=Kay Ross:mailto:kay@saguaro.example",
                 attendees=("CN=Kay Ross:mailto:kay@saguaro.example",
                            "CN=thandi@example.org:mailto:thandi@example.org"))
    d = detected("Hi Thandi - this is a tentative hold only while we line up the panel. Can you "
                 "let me know whether the 9-11am Arizona window on Tuesday 5/11 works? - Kay",
                 subject="Invitation: HOLD - TBC - Final Round", ics=ics,
                 sender="Kay Ross <kay@saguaro.example>", date="Mon, 03 May 2027 14:22:31 -0700")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 5, 11, 9, 0, tzinfo=ZoneInfo("America/Phoenix"))


def test_her_move_of_one_of_two_interviews_to_a_time_in_their_zone() -> None:
    d = detected("Hi Rachel,\n\nThe Thursday conversation for the MLOps Engineer role is perfect."
                 "\n\nWould it be possible to move the technical interview with Ben, though? "
                 "Could we do Wednesday 13 January at 15:00 SGT instead (09:00 for me), same "
                 "one-hour length?\n\nThanks,\nThandi\n\nOn 2027/01/05 11:02, Rachel Teo wrote:\n"
                 "> I am pleased to confirm the following interviews (all times Singapore):\n"
                 "> 1. Technical interview, Wednesday, 13 January 2027, 10:00 - 11:00\n"
                 ">    Interviewer: Ben Tay, Lead Data Engineer\n"
                 "> 2. Introductory conversation, Thursday, 14 January 2027, 16:00 - 16:45\n"
                 ">    Interviewer: Priscilla Yeo, Head of ML Platform\n> Rachel",
                 subject="Re: Interview schedule", sender="Thandi Nkosi <thandi@example.org>",
                 to="Rachel Teo <rachel@halcyon.example>", date="Tue, 05 Jan 2027 21:40:12 +0200")
    sgt = ZoneInfo("Asia/Singapore")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start == datetime(2027, 1, 13, 15, 0, tzinfo=sgt)
    assert d.interview.end == datetime(2027, 1, 13, 16, 0, tzinfo=sgt)
    assert people_of(d) == ["Ben Tay"]


def test_the_role_the_mail_says_is_hers() -> None:
    assert position_from_text("Quick correction: the role you are interviewing for is Product "
                              "Operations Lead, not Product Manager.") == "Product Operations Lead"
    assert position_from_text("You interviewed for the Senior Backend Engineer position. We are "
                              "delighted to offer you the position of Site Reliability Engineer "
                              "at Vantacore.") == "Site Reliability Engineer"
    assert position_from_text("The Warehouse Systems Analyst position he applied for is filled. "
                              "Your application for Supply Chain Data Lead is still open."
                              ) == "Supply Chain Data Lead"


def test_a_referral_thanks_over_an_invitation_to_the_one_referred() -> None:
    from mailwatch.extract.classify import NOT_MINE

    assert NOT_MINE.search("Thanks again for referring Priya. We'll be in touch.") is not None
    assert NOT_MINE.search("Thanks again for referring Thandi for the role. Could you forward "
                           "this to her?\n\nHi Thandi,\n\nWe'd love to invite you to an "
                           "interview.") is None
