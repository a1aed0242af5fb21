"""Nineteenth session: rules from 73NN's people and slot misses, read after its kind misses
had been studied (written in my own words, not the batch's)."""

from __future__ import annotations

from mailfactory import detected, people_of

from mailwatch.model import Kind


def test_an_interview_board_over_titled_lines() -> None:
    d = detected("A Chara,\n\nYou are invited to interview on Tuesday 8 December 2026 at 11.00 "
                 "a.m. in the Council Chamber.\n\nThe interview board will consist of:\n\n"
                 "Mr Ciarán Moloney, Head of Finance\nMs Gráinne Walsh, Senior Staff Officer\n"
                 "Ms Orla Dempsey, External Board Member\n\nIs mise le meas,\nPádraig Byrne\n"
                 "Staff Officer", subject="Clerical Officer – Invitation to Interview",
                 sender="HR <hr@ballyglass.example>", date="Mon, 30 Nov 2026 10:00:00 +0000")
    # (the people model may add more beside them; the rules' three are what is tested)
    assert {"Ciarán Moloney", "Gráinne Walsh", "Orla Dempsey"} <= set(people_of(d))


def test_a_committee_constituted_as_follows() -> None:
    d = detected("Dear Ms Nkosi\n\nThe Selection Committee would like to interview you on "
                 "Thursday 19 November 2026 from 10:00 to 11:00 (SAST).\n\nThe Committee will be "
                 "constituted as follows:\n• Prof. Themba Mahlangu – Dean of Engineering "
                 "(Chairperson)\n• Dr Karabo Sithole – Head of Department: Mining\n\nKind "
                 "regards\nNaledi Mthembu\nHR Officer", subject="Lecturer: Mining – interview",
                 sender="Naledi Mthembu <nm@thabo.ac.example>")
    assert people_of(d) == ["Karabo Sithole", "Themba Mahlangu"]


def test_a_panel_row_that_names_the_seat_before_the_person() -> None:
    d = detected("Hi Thandi,\n\nYour interview is booked for Thursday 19 November 2026, 2:00pm – "
                 "2:45pm AEDT, on Microsoft Teams.\n\nYour selection panel:\nConvenor – Rhys "
                 "Gallagher, Nurse Unit Manager, Cardiology\nIndependent panel member – Mei Lin "
                 "Chow, Clinical Nurse Consultant\n\nKind regards,\nRecruitment Team",
                 subject="Interview confirmed – Registered Nurse",
                 sender="Recruitment <no-reply@lhd.example>",
                 date="Mon, 16 Nov 2026 09:00:00 +1100")
    assert people_of(d) == ["Mei Lin Chow", "Rhys Gallagher"]


QUOTED_INVITE = (
    "\n\nOn Mon, Nov 9, 2026 at 9:00 AM Rosa Delgado <rosa@pinecone.example> wrote:\n"
    "> Hi Thandi,\n>\n> Here are your interview details:\n>\n"
    "> Date: Thursday, November 19, 2026\n> Time: 2:00 - 3:00 PM Eastern\n"
    "> With: Owen Fairweather and Lucia Brandt\n>\n> Rosa Delgado\n> Recruiter\n")


def test_a_reply_that_corrects_the_zone_keeps_the_quoted_panel() -> None:
    d = detected("Hi Thandi,\n\nSorry, my mistake above: your interview on Thursday the 19th is "
                 "2:00-3:00 PM Central, not Eastern. All the rest stands.\n\nRosa"
                 + QUOTED_INVITE, subject="Re: Your Pinecone interview",
                 sender="Rosa Delgado <rosa@pinecone.example>",
                 date="Mon, 09 Nov 2026 11:00:00 -0500")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None and d.interview.start.isoformat() == "2026-11-19T14:00:00-06:00"
    assert {"Lucia Brandt", "Owen Fairweather"} <= set(people_of(d))


def test_a_reply_that_swaps_a_quoted_interviewer_is_left_to_what_it_says() -> None:
    d = detected("Hi Thandi,\n\nLucia is away that week, so a colleague will sit in for her. "
                 "It's still Thursday the 19th, 2:00-3:00 PM Eastern.\n\nRosa" + QUOTED_INVITE,
                 subject="Re: Your Pinecone interview",
                 sender="Rosa Delgado <rosa@pinecone.example>",
                 date="Mon, 09 Nov 2026 11:00:00 -0500")
    assert "Lucia Brandt" not in people_of(d)


def test_a_reply_that_keeps_the_quoted_slot_in_other_words() -> None:
    for said in ("Good news: Owen is back from leave, so Thursday is on.",
                 "Lucia will join as well. Same time, same Teams link, so nothing for you to "
                 "change."):
        d = detected(f"Hi Thandi,\n\n{said}\n\nRosa" + QUOTED_INVITE,
                     subject="Re: Your Pinecone interview",
                     sender="Rosa Delgado <rosa@pinecone.example>",
                     date="Mon, 09 Nov 2026 11:00:00 -0500")
        assert d.interview is not None, said
        assert d.interview.start.isoformat() == "2026-11-19T14:00:00-05:00", said


def test_a_japanese_company_whose_name_opens_in_hiragana() -> None:
    from mailwatch.extract.company_cjk import cjk_company
    assert cjk_company("ご連絡\nこだま物流株式会社 採用担当の佐藤です。") == "こだま物流株式会社"
    assert cjk_company("株式会社ミナトデータの採用担当") == "株式会社ミナトデータ"


def test_a_cjk_notice_subject_with_the_role_in_brackets() -> None:
    from mailwatch.extract.subject import from_subject
    assert from_subject("最終選考結果のお知らせ（品質保証エンジニア）")[1] == "品質保証エンジニア"
    assert from_subject("二次面接（バックエンドエンジニア）")[1] == "バックエンドエンジニア"


def test_the_undersigned_first_and_a_swedish_with_me_and() -> None:
    from mailwatch.extract.writer import sender_interviews
    assert sender_interviews("Al colloquio saranno presenti il sottoscritto e la dott.ssa "
                             "Chiara Vitale, responsabile IT.")
    assert sender_interviews("Vi börjar med ett kort samtal med mig och vår designchef Lina "
                             "Berg.")


def test_a_surname_first_sender_whose_address_has_her_initial() -> None:
    d = detected("Gentile Thandi,\n\nLa invitiamo a un colloquio lunedì 16 novembre 2026 alle ore "
                 "10:00. Al colloquio saranno presenti il sottoscritto e l'ing. Fabio Greco.\n\n"
                 "Cordiali saluti\nMarco Esposito\nRisorse Umane\n\nRiunione di Microsoft Teams\n"
                 + "Partecipa dal computer o dall'app per dispositivi mobili.\n" * 6,
                 subject="Convocazione colloquio",
                 sender="Esposito Marco <m.esposito@vetri.example>",
                 date="Mon, 09 Nov 2026 09:00:00 +0100")
    assert "Marco Esposito" in people_of(d)
    assert "Esposito Marco" not in people_of(d)


def test_a_booking_page_named_by_whose_calendar_it_is_and_a_shortlist_promise() -> None:
    d = detected("Hi Thandi,\n\nThe hiring manager for the Grants Officer role would like a "
                 "short video call first. Choose whichever time works straight from her "
                 "calendar:\nhttps://meet.aldergrove.example/book/grants-intro\n\nShe has told "
                 "me she'll confirm the shortlist by Friday 20 November.\n\nCheers,\nEoin",
                 subject="Grants Officer – quick call?",
                 sender="Eoin Byrne <eoin@talentbridge.example>")
    assert d.kind is Kind.INTERVIEW_REQUEST
    assert d.decision_deadline is not None and d.decision_deadline.isoformat() == "2026-11-20"
