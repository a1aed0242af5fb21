"""Twenty-seventh session: rules from the misses of 87NN (finance, consulting and law hiring,
languages of North Africa, the Middle East and Central and South Asia, updates that change
one thing, contract and gig hiring), written blind in the twenty-sixth session and studied
after 88NN was written; in my own words, not the batch's."""

from __future__ import annotations

from datetime import date

from mailfactory import detected, people_of, vevent

from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.employer import domain_phrase
from mailwatch.extract.position import position_from_text
from mailwatch.extract.times import find_times
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


def test_a_hebrew_move_with_its_new_length() -> None:
    d = detected("היי Thandi,\n\nמצטערת, אנחנו צריכים להזיז את הראיון שקבענו ליום חמישי.\n\n"
                 "המועד החדש:\nיום שני, 29.3.2027, בשעה 10:30 (שעון ישראל), למשך שעה.\n\n"
                 "בראיון ישתתפו אורי כהן ומיכל לוי, כמו שתכננו.\n\nשירה",
                 subject="RE: הזמנה לראיון – Backend Developer",
                 sender="שירה בן דוד <shira@netiv.example>",
                 date="Mon, 22 Mar 2027 09:14:52 +0200")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert (d.interview.start.hour, d.interview.start.minute) == (10, 30)
    assert d.interview.end is not None and d.interview.end.hour == 11


def test_arabic_with_each_of_two_titled_names() -> None:
    d = detected("السيدة ثاندي المحترمة،\n\nيسعدنا دعوتكِ لحضور مقابلة شخصية يوم الأحد 18 نيسان "
                 "2027 الساعة 2:00 مساءً. ستُجرى المقابلة مع كلٍّ من م. سامر الخطيب، مدير "
                 "الهندسة، والسيدة لينا الزعبي، مديرة الموارد البشرية.\n\nمع التحية،\nهالة",
                 subject="دعوة لمقابلة", sender="هالة <hala@petra-digital.example>",
                 date="Sun, 04 Apr 2027 10:00:00 +0300")
    assert people_of(d) == sorted(["سامر الخطيب", "لينا الزعبي"])


def test_an_urdu_request_names_who_takes_the_interview() -> None:
    d = detected("محترمہ تھانڈی صاحبہ،\n\nہماری ٹیم آپ کے ساتھ پہلا انٹرویو کرنا چاہتی ہے۔ یہ "
                 "انٹرویو ہمارے ہیڈ آف اینالیٹکس جناب عمران بٹ لیں گے۔\n\nبراہِ کرم اگلے ہفتے "
                 "اپنے لیے موزوں دو یا تین اوقات بتا دیں۔\n\nشکریہ،\nعائشہ",
                 subject="انٹرویو کے لیے دستیابی – Data Scientist",
                 sender="عائشہ ملک <ayesha@ravi-soft.example>",
                 date="Thu, 08 Apr 2027 12:40:17 +0500")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert people_of(d) == ["عمران بٹ"]


def test_a_pashto_move_with_its_date_time_length_and_panel() -> None:
    d = detected("محترمې Thandi Nkosi،\n\nله بده مرغه، ستاسو مرکه په هغه وخت نه شي ترسره "
                 "کېدای.\n\nنوې نېټه او وخت:\n• ورځ: دوشنبه، د ۱۴۰۶ کال د غويي ۲۰مه "
                 "(۱۰ مې ۲۰۲۷)\n• وخت: د سهار ۱۰:۰۰ بجې، د کابل په وخت (UTC+4:30)\n"
                 "• موده: شاوخوا یو ساعت\n\nمرکه به ښاغلی کريم الله احمدي، د پروګرام مدیر، او "
                 "میرمن نازنینه صافي، د بشري سرچینو مسؤله، ترسره کوي.\n\nپه درناوي،\nمریم",
                 subject="Re: د مرکې بلنه", sender="مریم <maryam@hindukush-ngo.example>",
                 date="Sun, 02 May 2027 09:20:45 +0430")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-05-10T10:00:00+04:30"
    assert d.interview.end is not None and d.interview.end.isoformat() == (
        "2027-05-10T11:00:00+04:30")
    assert people_of(d) == sorted(["کريم الله احمدي", "نازنینه صافي"])


def test_a_coordinator_signing_name_and_title_on_one_line_only_books() -> None:
    d = detected("Hi Thandi,\n\nQuick heads-up on your onsite for the Senior Data Analyst role: "
                 "we've moved you to our SoDo building. Tell the front desk you're here for me "
                 "and I'll walk you up.\n\nNothing else changes:\n  - Thursday, March 18\n"
                 "  - 10:00 to 11:30 AM Pacific\n  - Ravi Prasad (Analytics Manager) and Clara "
                 "Jimenez (Director, Planning)\n\nSee you Thursday,\nMegan\n\n--\nMegan Dorsey | "
                 "Recruiting Coordinator\nCascade Freightworks",
                 subject="Onsite Thursday 3/18 - new building, same time",
                 sender="Megan Dorsey <mdorsey@cascadefreight.example>",
                 date="Tue, 09 Mar 2027 16:42:10 -0800")
    assert "Megan Dorsey" not in people_of(d)


def test_a_kazakh_offer_with_its_form_and_position_field() -> None:
    d = detected("Құрметті Тханди!\n\n«Жетісу Финтех» ЖШС атынан Сізге Аға Android-әзірлеуші "
                 "лауазымына жұмысқа қабылдау туралы ұсыныс жасауға қуаныштымыз.\n\n"
                 "Ұсыныстың негізгі шарттары:\n  • Лауазымы: Аға Android-әзірлеуші (Senior "
                 "Android Developer)\n  • Жалақы: айына 1 450 000 теңге\n\nҚұрметпен,\nӘсел",
                 subject="Жұмысқа қабылдау туралы ұсыныс",
                 sender="Әсел <asel@zhetisu-fintech.example>",
                 date="Fri, 14 May 2027 18:20:31 +0500")
    assert d.kind is Kind.OFFER
    assert d.company == "Жетісу Финтех"
    assert d.position == "Аға Android-әзірлеуші"


def test_an_uzbek_status_with_its_hyphenated_decision_day() -> None:
    d = detected("Assalomu alaykum, Thandi xonim!\n\nMahsulot menejeri lavozimi bo'yicha yakuniy "
                 "qaror hali qabul qilinmadi. Natijani sizga 14-18-iyun kunlari oralig'ida, eng "
                 "kechi bilan 18-iyun (juma) kuni ma'lum qilamiz.\n\nHurmat bilan,\nDilnoza",
                 subject="Re: Product Manager role - follow-up",
                 sender="Dilnoza Rahimova <d.rahimova@buxoro-soft.example>",
                 date="Mon, 07 Jun 2027 11:47:09 +0500")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 6, 18)


def test_an_armenian_invitation_with_its_length_panel_and_latin_name() -> None:
    d = detected("Բարև Ձեզ, հարգելի Թանդի,\n\nՇնորհակալություն Sevan Soft-ում Frontend "
                 "ծրագրավորողի թափուր հաստիքի համար Ձեր հայտի համար։\n\n"
                 "Ամսաթիվ՝ 03.06.2027, հինգշաբթի\nԺամ՝ 11:00 (Երևանի ժամանակով)\n"
                 "Տևողություն՝ մոտ 1,5 ժամ\n\nՀարցազրույցին կմասնակցեն՝\n"
                 "– Տիգրան Մելքոնյան, Frontend թիմի ղեկավար\n– Աննա Վարդանյան, UX դիզայներ\n\n"
                 "Հարգանքով՝\nԱնի", subject="Interview invitation - Frontend Developer",
                 sender="Անի <ani@sevansoft.example>", date="Fri, 28 May 2027 15:03:12 +0400")
    assert d.interview is not None
    assert d.interview.end is not None and (d.interview.end.hour, d.interview.end.minute) == (
        12, 30)
    assert people_of(d) == sorted(["Տիգրան Մելքոնյան", "Աննա Վարդանյան"])
    assert d.company == "Sevan Soft"


def test_a_nepali_committee_and_the_quoted_post() -> None:
    d = detected("आदरणीय Thandi ज्यू,\n\nअन्नपूर्ण डिजिटल प्रा. लि. मा \"डाटा इन्जिनियर\" पदका "
                 "लागि तपाईंलाई अन्तर्वार्ताका लागि आमन्त्रण गर्दछौं:\n\n  मिति : २८ अप्रिल "
                 "२०२७\n  समय : बिहान ११:०० बजे (नेपाली समय)\n\nअन्तर्वार्ता समितिमा प्राविधिक "
                 "प्रमुख श्री हरि थापा र वरिष्ठ इन्जिनियर सुश्री गीता राई रहनुहुनेछ।\n\nभवदीय,\n"
                 "प्रज्ञा", subject="अन्तर्वार्ताका लागि निमन्त्रणा",
                 sender="प्रज्ञा <jobs@annapurna-digital.example>",
                 date="Wed, 21 Apr 2027 14:12:08 +0545")
    assert people_of(d) == sorted(["हरि थापा", "गीता राई"])
    assert d.position == "डाटा इन्जिनियर"


_BOOKED = ("Hi Thandi,\n\nYou're confirmed for:\n\n  Friday, April 16, 1:00-2:00 PM Eastern\n"
           "  Zoom: https://harbourcu.zoom.us/j/845\n\nYou'll meet with:\n"
           "  - Dana Wheeler, Design Manager\n  - Marc Gagnon, Lead UX Researcher\n\nBest,\n"
           "Jordan")


def test_a_swapped_panelist_with_the_time_exactly_as_below() -> None:
    d = detected("Morning Thandi,\n\nSmall change for Friday. Dana Wheeler has been pulled into "
                 "a board presentation that afternoon, so Priya Raman (Senior Product Designer) "
                 "will take her seat on the panel.\n\nMarc is still on, and the time and Zoom "
                 "link are exactly as below.\n\nThanks,\nJordan\n\nOn Thu, Apr 8, 2027 at 3:02 "
                 "PM Jordan Tate <jtate@harbourcu.example> wrote:\n"
                 + "\n".join(f"> {ln}" for ln in _BOOKED.splitlines()),
                 subject="Re: Interview - Product Designer, Harbour Credit Union",
                 sender="Jordan Tate <jtate@harbourcu.example>",
                 date="Mon, 12 Apr 2027 09:18:44 -0400")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-04-16T13:00:00-04:00")
    assert "Dana Wheeler" not in people_of(d)
    assert "Priya Raman" in people_of(d)


def test_same_time_tomorrow_new_link_is_the_booked_slot() -> None:
    d = detected("Hi Thandi\n\nSame time tomorrow, new link - the old Teams one won't let anyone "
                 "in. Use this instead: https://teams.example/l/new\n\nBec\n\n"
                 "________________________________\nFrom: Rebecca Lind <rebecca@baysolar.example>"
                 "\nSent: Friday, 9 July 2027 3:26 PM\nTo: Thandi Nkosi <thandi@example.org>\n"
                 "Subject: Interview confirmation - Operations Coordinator\n\nHi Thandi,\n\n"
                 "Confirming your interview for the Operations Coordinator position:\n\nFriday "
                 "16 July, 2:00pm - 2:30pm (AEST, Brisbane time)\n\nYou'll be speaking with "
                 "Nathan Cole, our Head of Operations.\n\nKind regards,\nRebecca Lind",
                 subject="RE: Interview confirmation - Operations Coordinator",
                 sender="Rebecca Lind <rebecca@baysolar.example>",
                 date="Thu, 15 Jul 2027 08:03:41 +1000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-07-16T14:00:00+10:00")


def test_everything_else_stays_as_we_set_it_below() -> None:
    d = detected("Hi Thandi,\n\nOne change for Thursday: Grace would like to do this over Zoom "
                 "instead of the phone. Here's the link: https://hf.zoom.us/j/930\n\nEverything "
                 "else stays as we set it below.\n\nMarisol\n\nOn Tue, May 11, 2027 at 4:40 PM "
                 "Marisol Vega <marisol@halyardfinch.example> wrote:\n> Great, you're booked "
                 "for your interview: Thursday, May 20, 2:30-3:15 PM ET. Grace will call you.\n>"
                 "\n> Marisol", subject="Re: Conversation with Grace - Content Strategist",
                 sender="Marisol Vega <marisol@halyardfinch.example>",
                 date="Mon, 17 May 2027 10:26:08 -0400")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-05-20T14:30:00-04:00")


def test_a_panel_down_to_one_under_to_confirm_everything_else_is_unchanged() -> None:
    d = detected("Hi Thandi,\n\nI'm sorry to say that Zoe Laurent won't be able to join your "
                 "interview after all - she's been asked to cover a customer commissioning in "
                 "Lyon that week. Rather than move the date, Gareth Price (Lead Controls "
                 "Engineer) will run the interview on his own.\n\nTo confirm, everything else is "
                 "unchanged:\n\n    Tuesday 2 November 2027, 9.30am - 10.30am (UK time)\n"
                 "    Pennine Automation, Unit 4, Irwell Works, Salford\n\nBest wishes,\nChloe",
                 subject="Your interview on 2 November - panel change",
                 sender="Chloe Hart <c.hart@pennineauto.example>",
                 date="Fri, 15 Oct 2027 14:22:48 +0100")
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-11-02T09:30:00+00:00")
    assert people_of(d) == ["Gareth Price"]


def test_a_domain_label_ending_in_an_organisation_word() -> None:
    d = detected("Hi Thandi, I've moved your interview back 15 minutes to 2:15pm Irish time on "
                 "Thursday 24 June. Everything else is the same.\n\nSiobhan",
                 subject="Updated: Interview - Graduate Data Engineer",
                 sender="Siobhan Kehoe <siobhan.kehoe@liffeyenergy.example>",
                 date="Mon, 21 Jun 2027 10:14:02 +0100")
    assert d.company == "Liffey Energy"


def test_a_scheduler_tools_banner_and_a_greeter_at_the_lift() -> None:
    d = detected("EVENT UPDATED - Lakeshore Mutual Recruiting Scheduler\n\nOnsite Interview - "
                 "Thandi Nkosi (Supply Chain Analyst)\n\nCHANGED: Location\n\nWhen:       Tue "
                 "Nov 9, 2027 9:00am - 10:00am (Central Time - Chicago)\n\nInterviewers:\n"
                 "- Derek Olsen, Sr. Manager, Network Strategy\n- Sasha Green, Analytics Lead\n\n"
                 "Please check in at the lobby security desk with a photo ID. Laura Beck "
                 "(Recruiting) will meet you on 9.",
                 subject="Updated invitation: Onsite Interview - Thandi Nkosi",
                 sender="Laura Beck <lbeck@lakeshoremutual.example>",
                 date="Wed, 03 Nov 2027 13:47:21 -0500")
    assert d.company == "Lakeshore Mutual"
    assert "Laura Beck" not in people_of(d)


def test_a_cancel_and_a_request_for_the_same_slot_reissue_the_interview() -> None:
    old = vevent(summary="Technical Interview (Thandi Nkosi)", start="20270316T170000Z",
                 end="20270316T174500Z", uid="old-1@example", status="CANCELLED",
                 organizer="CN=Hannah Bell:mailto:hannah@saltmarsh.example")
    new = vevent(summary="Technical Interview (Thandi Nkosi)", start="20270316T100000",
                 end="20270316T104500", tzid="America/Vancouver", uid="new-1@example",
                 organizer="CN=Leah Kowal:mailto:leah@saltmarsh.example")
    # (one calendar, the old event called off beside the new one)
    both = new.replace("END:VCALENDAR", old[old.index("BEGIN:VEVENT"):].replace(
        "END:VCALENDAR\n", ""), 1) + "END:VCALENDAR\n"
    d = detected("Hi Thandi,\n\nYou'll see two calendar things attached, and one of them says "
                 "cancelled - please don't panic! Your interview is NOT cancelled: the new "
                 "invite is for the exact same slot, Tuesday March 16, 10:00-10:45 am Pacific."
                 "\n\nHannah\n\nHannah Bell\nRecruiter, Saltmarsh Games",
                 subject="Your Tuesday interview: new calendar invite (same time!)",
                 sender="Hannah Bell <hannah@saltmarsh.example>",
                 date="Wed, 10 Mar 2027 14:31:50 -0800", ics=both)
    assert d.kind is Kind.INTERVIEW_INVITATION


def test_a_freelance_discovery_call_and_its_cancellation() -> None:
    ics = vevent(summary="Discovery call - Bluegum x Thandi", start="20270407T090000",
                 end="20270407T093000", tzid="Australia/Melbourne",
                 organizer="CN=Lachie Pratt:mailto:lachie@bluegumanalytics.example")
    booked = ("Hey Thandi,\n\nThanks heaps for your proposal on our Gigbridge post for a contract "
              "Power BI developer. Before we lock anyone in we like to do a proper discovery "
              "call.\n\nI've gone ahead and booked Wednesday 7 April, 9:00am Melbourne time. "
              "Invite's attached.\n\nCheers,\nLachie")
    d = detected(booked, subject="Discovery call - Bluegum x Thandi",
                 sender="Lachie Pratt <lachie@bluegumanalytics.example>",
                 date="Tue, 30 Mar 2027 17:48:02 +1100", ics=ics)
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.position == "Contract Power BI developer"
    d = detected("Hi Thandi,\n\nBad news: until our funding closes we can't commit to the 12-week "
                 "contract, so I'm cancelling our call this Wednesday.\n\nLachie\n\n> On 30 Mar "
                 "2027, Lachie Pratt <lachie@bluegumanalytics.example> wrote:\n"
                 + "\n".join(f"> {ln}" for ln in booked.splitlines()),
                 subject="Re: Discovery call - Bluegum x Thandi (cancelling, sorry!)",
                 sender="Lachie Pratt <lachie@bluegumanalytics.example>",
                 date="Mon, 05 Apr 2027 11:20:40 +1000",
                 ics=ics.replace("METHOD:REQUEST", "METHOD:CANCEL"), ics_method="CANCEL")
    assert d.kind is Kind.CANCELLATION


def test_a_month_day_before_a_dash_and_a_clock_range() -> None:
    hits = find_times("Tuesday, March 16 — 1:30 PM to 2:15 PM ET")
    assert [(h.start.hour, h.start.minute) for h in hits] == [(13, 30)]
    assert hits[0].end is not None and (hits[0].end.hour, hits[0].end.minute) == (14, 15)


def test_discuss_that_with_me_and_i_will_handle_it_is_no_panel() -> None:
    assert not sender_interviews("If they ask about salary, just say you'd like to discuss that "
                                 "with me and I'll handle it.")
    assert sender_interviews("It'll be with me and Rob Sandhu, our nursery manager.")


def test_her_own_ask_to_move_to_another_day_instead() -> None:
    d = detected("Hi Genevieve,\n\nI got a jury summons for Tuesday the 16th, so I can't do 1:30 "
                 "that afternoon.\n\nCould you ask Halcyon whether Owen and Rukhsana could do "
                 "Wednesday, March 17 at 10:00 AM Eastern instead, same 45 minutes?\n\nThanks,\n"
                 "Thandi\n\nOn Wed, Mar 10, 2027 at 4:42 PM Genevieve Tremblay "
                 "<gt@northstaff.example> wrote:\n> Halcyon Mutual would like to meet you for the "
                 "Senior Data Analyst role.\n> Interview: Tuesday, March 16, 1:30 PM to 2:15 PM "
                 "ET\n> You'll be meeting Owen Acker and Rukhsana Qadir.",
                 subject="Re: Interview confirmed - Halcyon Mutual / Senior Data Analyst",
                 sender="Thandi Nkosi <thandi@example.org>", to="Genevieve Tremblay "
                 "<gt@northstaff.example>", date="Fri, 12 Mar 2027 08:05:33 -0500")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-03-17T10:00:00-04:00")


def test_paid_customer_research_with_a_gift_card_is_no_job() -> None:
    d = detected("Hi Thandi,\n\nI'm Maya, a UX researcher on the invoicing team at Cedar Payroll. "
                 "Would you be up for a 45-minute video interview with me and my colleague "
                 "Tobias Lind (product designer)? It's a relaxed conversation about how you bill "
                 "your clients.\n\nAs a thank-you you'll get a $60 CAD e-gift card.\n\nHere are "
                 "the times we have open (all Pacific Time):\n\n  - Tue, Apr 13 - 10:00 am\n"
                 "  - Wed, Apr 14 - 1:00 pm\n\nMaya Desroches\nSenior UX Researcher | Cedar "
                 "Payroll", subject="Quick chat about how you invoice clients? ($60 e-gift card)",
                 sender="Maya Desroches <maya@cedarpayroll.example>",
                 date="Wed, 07 Apr 2027 11:37:50 -0700")
    assert d.kind is Kind.OTHER


def test_an_agency_relays_the_clients_yes_or_no_on_an_extension() -> None:
    d = detected("Hi Thandi,\n\nSpoke to Graham this morning about the extension. He definitely "
                 "wants to keep you on as Data Migration Analyst for another three months.\n\n"
                 "The panel sits this Thursday. Graham reckons he'll have a firm yes or no for "
                 "us by the end of next week at the latest.\n\nKind regards,\n\nRhys Gallagher\n"
                 "Senior Contract Consultant", subject="RE: Extension - Brannock Rail",
                 sender="Rhys Gallagher <rhys@ferrierlowe.example>",
                 date="Mon, 08 Mar 2027 12:31:55 +0000")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.decision_deadline == date(2027, 3, 19)


def test_a_freelance_or_contract_role_as_written() -> None:
    assert position_from_text("Thanks for applying to join Crestline Collective as a freelance "
                              "data engineer.") == "Freelance data engineer"
    assert position_from_text("Submitted you to Lumen Health for the Contract Business Analyst "
                              "(12 mo, W2, $64/hr).") == "Contract Business Analyst"
