"""Rules from the seventh session's read of batch 38NN (written this session, read blind
once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import datetime

from mailfactory import detected, vevent

from mailwatch.model import Detection, Kind


def _with_ics(body: str, ics: str, subject: str, method: str = "REQUEST") -> Detection:
    return detected(body, subject=subject, sender="Helen Ash <helen@severn.example>", ics=ics,
                    ics_method=method, date="Mon, 02 Nov 2026 09:00:00 +0000")


def test_an_update_whose_time_and_link_havent_changed() -> None:
    ics = vevent(summary="Interview – Analyst (Thandi Nkosi)", start="20261110T133000",
                 end="20261110T143000", tzid="Europe/London", sequence=1)
    det = _with_ics("Hi Thandi,\n\nQuick update – I've added Gareth Price to the invite. The "
                    "time and Teams link haven't changed.\n\nHelen\n", ics,
                    "Updated: Interview – Analyst")
    assert det.kind is Kind.INTERVIEW_INVITATION


def test_lettered_slots_and_her_reply_by_date_is_no_slot() -> None:
    det = detected(
        "Dear Ms Nkosi,\n\nWe are pleased to invite you to a first-round interview. Could you "
        "please let us know which of the following slots you are able to attend?\n\n"
        "(a) Monday, 9 November 2026, 9:30 am\n(b) Tuesday, 10 November 2026, 4:00 pm\n\n"
        "We would be grateful for your reply by 12 noon on Friday, 6 November.\n\nKaren\n",
        subject="Legal Analyst - Interview Availability", sender="Karen Lau <k@lockhart.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert det.interview is None


def test_a_one_way_video_interview_sent_as_bulk_mail() -> None:
    det = detected(
        "Hi Thandi,\n\nYou've made it through to the next stage of the Graduate Actuarial "
        "Analyst programme. This stage is a recorded video interview; nobody will be on the "
        "other end of the call.\n\nGraduate Recruitment\n",
        subject="Highveld Mutual - Graduate Actuarial Analyst: your video interview",
        sender="Graduate Recruitment <noreply@vidscreen.example>",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@vidscreen.example>"})
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_locked_in_over_her_wrapped_pick() -> None:
    det = detected(
        "Perfect, locked in. Wei will send the Meet invite over shortly.\n\nD.\n\n"
        "On Mon, 2 Nov 2026 at 15:40, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Thanks so much. Tuesday at 2pm\n> works best for me.\n>\n"
        "> On Sun, 1 Nov 2026 at 11:18, Darren Koh <darren@lionfish.example> wrote:\n"
        ">> Could you do a chat about the Engine Programmer role at one of these?\n"
        ">> - Tue 10 Nov, 14:00\n>> - Wed 11 Nov, 10:00\n",
        subject="Re: Engine Programmer - next chat", sender="Darren Koh <darren@lionfish.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (10, 14)


def test_a_two_day_assessment_centre_is_one_event() -> None:
    det = detected(
        "Dear Thandi,\n\nWe're delighted to invite you to our two-day assessment centre for the "
        "Graduate Engineer role.\n\nDAY 1 – Wednesday 11 November 2026, 09:00 to 17:00 (UK time)"
        "\n\nDAY 2 – Thursday 12 November 2026, 08:30 to 16:30 (UK time)\n\nEarly Careers\n",
        subject="Invitation: Graduate Engineer Assessment Centre",
        sender="Tidewater <careers@tidewater.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None and det.interview.end is not None
    assert (det.interview.start.day, det.interview.start.hour) == (11, 9)
    assert (det.interview.end.day, det.interview.end.hour) == (12, 16)


def test_a_swedish_outlook_header_ends_the_new_text() -> None:
    det = detected(
        "Hej Thandi!\n\nJag måste tyvärr flytta på vår intervju. Jag har nu bokat om intervjun "
        "till torsdag 12.11 kl. 14.15–15.00. Med är fortfarande jag och vår designchef Mikael "
        "Lind.\n\nLinnea\n\nFrån: Linnea Grön\nSkickat: måndag den 26 oktober 2026 15:20\n"
        "Till: Thandi Nkosi\nÄmne: Intervju UX-designer\n\nVi vill gärna träffa dig på en "
        "intervju fredag 6.11 kl. 10.00–10.45.\n",
        subject="SV: Intervju UX-designer – ny tid", sender="Linnea Grön <linnea@skargard.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (12, 14)
    assert sorted(p.name for p in det.interview.interviewers) == ["Linnea Grön", "Mikael Lind"]


def test_polish_offer_turkish_cancellation_and_a_chinese_job_fair() -> None:
    det = detected("Dzień dobry,\n\nZ przyjemnością przedstawiamy ofertę współpracy na "
                   "stanowisku Senior Java Developer.\n\nAgnieszka\n", subject="Oferta współpracy",
                   sender="Agnieszka <a@warta.example>")
    assert det.kind is Kind.OFFER
    det = detected("Sayın Thandi Nkosi,\n\nKalite Mühendisi pozisyonu için 12 Kasım 2026 Perşembe "
                   "günü saat 11:00'de planlanan mülakatınız iptal edilmiştir.\n\nElif\n",
                   subject="Mülakat İptali", sender="Elif <elif@uludag.example>")
    assert det.kind is Kind.CANCELLATION
    det = detected("您好：\n\n本公司將參加「2026中部聯合徵才博覽會」。\n"
                   "■ 日期：2026年11月14日（星期六）\n"
                   "■ 時間：上午9:30至下午4:00\n本信僅為活動邀請，並非面試通知。\n",
                   subject="【邀請】徵才博覽會", sender="人資部 <hr@dadun.example>")
    assert det.kind is Kind.OTHER


def test_pushed_back_by_an_hour_and_a_half_same_day() -> None:
    det = detected(
        "Hi Thandi,\n\nI've been pulled into a call. Would you be OK to push our conversation "
        "back by an hour and a half? Same day, same Meet link.\n\nAnanya\n\n"
        "On Mon, 2 Nov 2026 at 17:12, Ananya K <ananya@saffron.example> wrote:\n"
        "> Confirming your interview for the Data Scientist role:\n>\n"
        "> Date: Tuesday, 10 November 2026\n> Time: 10:00 AM IST\n> Duration: 45 minutes\n",
        subject="Re: Interview: Data Scientist", sender="Ananya K <ananya@saffron.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 11, 30)


def test_a_cancelled_event_with_a_new_slot_offered_instead() -> None:
    ics = vevent(summary="Interview - Engineer (Thandi Nkosi)", start="20261112T140000",
                 end="20261112T150000", tzid="Europe/Oslo", method="CANCEL")
    det = _with_ics(
        "Hi Thandi,\n\nHenrik Dahl has been called away, so we need to cancel Thursday's "
        "interview. Ingrid Solberg can still meet you, and Tobias Eriks from our forecasting "
        "team will take Henrik's place. We can offer Tuesday 17 November, 13:00-14:00 Oslo time "
        "instead.\n\nMarte\n", ics, "Canceled: Interview - Engineer", method="CANCEL")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour) == (17, 13)
    assert "Tobias Eriks" in [p.name for p in det.interview.interviewers]


def test_a_user_research_session_and_a_flatmate_interview_are_no_job() -> None:
    det = detected("Hi Thandi,\n\nJess replied: \"We're doing flatmate interviews this weekend. "
                   "Could you pop round on Saturday at 11? You'll meet me and Kabelo.\"\n",
                   subject="Jess sent you a message", sender="RoomNest <notify@roomnest.example>")
    assert det.kind is Kind.OTHER


def test_moved_to_the_next_sentences_day_and_a_later_time_field() -> None:
    det = detected(
        "Dear Thandi,\n\nYour interview had been set for tomorrow, Tuesday 3rd November at "
        "2.00pm. The Harbour Master's office has asked us to move the panel sitting. We would "
        "therefore like to hold your interview on Thursday morning instead (5th November "
        "2026).\n\nVenue: Board Room 2\nTime: 10.30am EAT.\n\nGrace\n",
        subject="RE: Interview - Planner", sender="Grace A <g@pwani.example>")
    assert det.kind is Kind.RESCHEDULE
    assert det.interview is not None
    assert (det.interview.start.day, det.interview.start.hour,
            det.interview.start.minute) == (5, 10, 30)


def test_names_turned_round_honorifics_and_titles_after_a_cjk_name() -> None:
    from mailwatch.extract.cjk_roster import cjk_people
    from mailwatch.extract.names import dedupe
    from mailwatch.extract.people import names_in_text
    from mailwatch.model import Person
    assert [p.name for p in dedupe([Person(name="Haberl Florian"),
                                    Person(name="Florian Haberl")])] == ["Florian Haberl"]
    assert [p.name for p in dedupe([Person(name="Paul Schmit"),
                                    Person(name="SCHMIT Paul")])] == ["Paul Schmit"]
    assert [p.name for p in names_in_text(
        "Rozmowę poprowadzą Pan Tomasz Kędzior oraz Pani Marta Dąbek.")][:1] == ["Tomasz Kędzior"]
    panel = cjk_people("面試官：陳志明 經理、黃淑芬 副理\n")
    assert [p.name for p in panel] == ["陳志明", "黃淑芬"]


def test_a_norwegian_chat_with_me_and_a_cap_on_the_length() -> None:
    from datetime import timedelta

    from mailwatch.extract.duration import stated_length
    from mailwatch.extract.people import names_in_text
    from mailwatch.extract.writer import sender_interviews
    text = "Første runde er en prat på Teams, ca. 45 minutter, med meg og Ingrid Solheim."
    assert sender_interviews(text)
    assert [p.name for p in names_in_text(text)] == ["Ingrid Solheim"]
    assert stated_length("Shouldn't need more than half an hour on the call.") == timedelta(
        minutes=30)
