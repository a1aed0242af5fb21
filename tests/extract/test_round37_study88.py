"""Twenty-seventh session: rules from the misses of 88NN (science and pharma hiring,
languages of the Pacific, South-East and Central Asia, clock edges and odd zones, English
by writers whose first language is another), written blind at this session's start and
studied after 87NN joined; in my own words, not the batch's."""

from __future__ import annotations

from mailfactory import detected, people_of, vevent

from mailwatch.extract.position import position_from_text
from mailwatch.extract.roster import labelled_people
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def test_her_withdrawing_my_application_cancels_the_quoted_interview() -> None:
    d = detected("Hi Siobhan,\n\nThank you for arranging Saturday's shift interview. I have just "
                 "accepted another position, so I am withdrawing my application for the "
                 "technician role and won't be coming in on Saturday morning.\n\nKind regards,\n"
                 "Thandi\n\nOn Fri, 14 May 2027 at 16:05, Siobhan Moore <siobhan@lisbio.example> "
                 "wrote:\n> Hi Thandi,\n>\n> The team would like you to come in for a shift "
                 "interview for the GMP Technician role.\n>\n> When: Saturday 22 May 2027, 06:45 "
                 "to 10:00 (Irish time).\n> Who: Declan Walsh (Production Supervisor) and Aoife\n"
                 "> Brennan (QA Specialist).\n>\n> Siobhan",
                 subject="Re: Shift interview Saturday 22 May - GMP Technician",
                 sender="Thandi Nkosi <thandi@example.org>", to="Siobhan Moore "
                 "<siobhan@lisbio.example>", date="Wed, 19 May 2027 20:31:12 +0100")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-05-22T06:45:00+01:00")
    assert people_of(d) == ["Aoife Brennan", "Declan Walsh"]


def test_a_who_line_wrapped_inside_a_name() -> None:
    people = labelled_people("Who: Declan Walsh (Production Supervisor) and Aoife\n"
                             "Brennan (QA Specialist). They'll do a short interview.")
    assert [p.name for p in people] == ["Declan Walsh", "Aoife Brennan"]


def test_a_meet_line_under_a_date_line_and_a_long_qualifier() -> None:
    d = detected("Hi Thandi,\n\nThe next step for the Field Application Scientist (Genomics, "
                 "Midwest territory) role is a ride-along day with one of our FAS team.\n\n"
                 "DATE:   Tuesday, June 8\nMEET:   7:30 AM Central, lobby of the Kessler "
                 "Building\nWITH:   Jose Ibanez, Senior FAS\n\nYou should be done by 3:00 PM.\n\n"
                 "Thanks,\nKristin", subject="Ride-along day w/ Jose - Tues 6/8",
                 sender="Kristin Thor <kthor@corvane.example>", date="Wed, 26 May 2027 17:58:03 "
                 "-0500")
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-06-08T07:30:00-05:00")
    assert d.position == "Field Application Scientist (Genomics, Midwest territory)"
    # (a vacancy to look out for is another one)
    assert position_from_text("I would encourage you to look out for our Senior Planning "
                              "Officer (Development Management) vacancy next year.") is None


def test_a_schedule_row_with_a_fellows_title_after_the_name() -> None:
    people = labelled_people("  1:00 - 1:40 PM      Dr. Tomasz Wierzba, Postdoctoral Fellow\n"
                             "  1:45 - 2:30 PM      Dr. Anjali Raghu, Postdoctoral Fellow\n")
    assert "Postdoctoral Fellow" not in [p.name for p in people]


def test_a_fallback_window_after_the_slot_she_names() -> None:
    d = detected("Hi Ritika,\n\nI won't be able to make the current slot. Would it be possible to "
                 "move the interview to:\n\n  Thursday, 4 November, 00:30 IST (which is 9:00 am "
                 "Wednesday 3 Nov for me in Honolulu)\n\nSame 45 minutes. If that doesn't suit "
                 "the panel, any time between 00:00 and 02:30 IST on Thursday or Friday works.\n\n"
                 "Thandi\n\nOn Wed, Oct 27, 2027 at 11:18 AM Ritika Sen <ritika@saffron.example> "
                 "wrote:\n> Your technical interview is scheduled for Tuesday, 2 Nov 2027, 24:00 "
                 "IST.\n> Duration: 45 minutes\n> Panel: Arjun Menon, Kavya Iyer",
                 subject="Re: Technical interview - Site Reliability Engineer",
                 sender="Thandi Nkosi <thandi@example.org>", to="Ritika Sen "
                 "<ritika@saffron.example>", date="Fri, 29 Oct 2027 07:40:21 -1000")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-11-04T00:30:00+05:30")


def test_a_plus_sign_before_a_clock_makes_an_offset() -> None:
    assert find_times("Eucla's unofficial +8:45 isn't always picked up by booking tools") == []


def test_english_from_a_russian_employer() -> None:
    d = detected("Good day, Thandi!\n\nWe invite you on technical interview for the vacancy "
                 "Senior QA Engineer.\n\nDate: 20.05.2027 (thursday)\nTime: on 10 o clock Moscow "
                 "time (MSK)\nDuration: approximately 1,5 hours (theory + practical task)\n\n"
                 "From our side will be present the head of QA department Petrov Dmitry and Mr. "
                 "Alexey (team lead of autotests, he is in copy of this letter).\n\nWith respect,"
                 "\nEkaterina Orlova\nHR-manager, Severnaya Data LLC\n\n--\nС уважением,\n"
                 "Екатерина Орлова\nHR-менеджер ООО \"Северная Дата\"",
                 subject="Invitation on technical interview / Senior QA Engineer",
                 sender="Екатерина Орлова <e.orlova@severnaya-data.example>",
                 headers={"Cc": "Alexey Volkov <a.volkov@severnaya-data.example>"},
                 date="Thu, 13 May 2027 18:31:09 +0300")
    assert d.interview is not None and d.interview.start.isoformat() == (
        "2027-05-20T10:00:00+03:00")
    assert d.interview.end is not None and d.interview.end.isoformat() == (
        "2027-05-20T11:30:00+03:00")
    assert people_of(d) == ["Alexey Volkov", "Petrov Dmitry"]
    assert d.company == "Severnaya Data"


def test_a_malay_offer_fijian_rejection_and_tongan_status() -> None:
    d = detected("Assalamualaikum Cik Nur,\n\nMerujuk kepada temu duga yang telah cik hadiri, "
                 "dengan sukacitanya dimaklumkan bahawa pihak Seri Melati Logistik Sdn. Bhd. "
                 "ingin menawarkan jawatan Eksekutif Perolehan (Procurement Executive) kepada "
                 "pihak cik.\n\nSekian, terima kasih.\nHalimah", subject="Surat Tawaran",
                 sender="Halimah <hr@serimelati.example>", date="Mon, 01 Mar 2027 10:00:00 +0800")
    assert d.kind is Kind.OFFER
    assert d.position == "Eksekutif Perolehan"
    d = detected("Bula vinaka Thandi,\n\nVinaka vakalevu na nomu vakaitavi ena digidigi ni itutu "
                 "ni Marketing Officer.\n\nE vakaloloma ni keimami sa vakatulewa me keimami "
                 "digitaka e dua tale na dau kerekere.\n\nVinaka,\nLitia",
                 subject="Marketing Officer", sender="Litia <hr@vanuaagro.example>",
                 date="Mon, 01 Mar 2027 10:00:00 +1200")
    assert d.kind is Kind.REJECTION
    d = detected("Mālō e lelei ʻAna,\n\nFakamālō atu ʻi hoʻo kau mai ki he ʻinitaviu ki he "
                 "lakanga Accounts Assistant.\n\nKo e fakamatala nounou pē eni ke fakahā atu "
                 "ʻoku kei fai pē ʻe he kōmiti ʻa e fili. ʻE fakahā atu ʻa e ola kiate koe "
                 "kimuʻa he ngataʻanga ʻo e māhina ko ʻení (Sepitema).\n\nSālote",
                 subject="Accounts Assistant", sender="Sālote <hr@fonua.example>",
                 date="Mon, 13 Sep 2027 10:00:00 +1300")
    assert d.kind is Kind.STATUS_UPDATE
    assert str(d.decision_deadline) == "2027-09-30"


def test_cebuano_and_filipino_clocks_and_a_filipino_request() -> None:
    hits = find_times("alas 10:00 sa buntag hangtod alas 11:00")
    assert [(h.start.hour, h.end.hour if h.end else None) for h in hits] == [(10, 11)]
    assert [h.start.hour for h in find_times("Martes, Pebrero 16 - 2:00 ng hapon")] == [14]
    assert [h.start.hour for h in find_times("jam 7.00 malam")] == [19]
    d = detected("Hi Maricel!\n\nSalamat sa pag-apply mo bilang Quality Analyst. Gusto ka sana "
                 "naming imbitahan para sa initial interview via Zoom. Pakipili lang po kung "
                 "alin sa mga sumusunod na schedule ang pasok sa iyo:\n  1) Lunes, Pebrero 15 - "
                 "10:00 ng umaga\n  2) Martes, Pebrero 16 - 2:00 ng hapon\n\nSalamat po!\n"
                 "Kristine", subject="Initial interview - Quality Analyst",
                 sender="Kristine Mercado <kristine@bagwis.example>",
                 date="Mon, 08 Feb 2027 09:00:00 +0800")
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_a_samoan_calendar_cancellation_is_an_interview_one() -> None:
    ics = vevent(summary="Faatalanoaga - Ofisa o Tautua", start="20271117T010000Z",
                 end="20271117T014500Z", method="CANCEL",
                 organizer="CN=Sina Aiono:mailto:sina@moanatele.example",
                 attendees=("CN=Tavita Leota:mailto:tavita@moanatele.example",
                            "CN=Thandi Nkosi:mailto:thandi@example.org"))
    d = detected("Talofa lava,\n\nMatou te faamalie atu tele, ae ua tatau ona faaleaogaina le "
                 "faatalanoaga sa fuafuaina mo oe.\n\nSina", subject="Canceled event: "
                 "Faatalanoaga - Ofisa o Tautua", sender="Sina Aiono <sina@moanatele.example>",
                 date="Mon, 08 Nov 2027 09:00:00 +1300", ics=ics, ics_method="CANCEL")
    assert d.kind is Kind.CANCELLATION
