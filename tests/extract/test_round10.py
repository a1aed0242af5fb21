"""Rules from the session that read batch 27NN blind and then tuned on it: each written
so it would hold for mail nobody wrote for the corpus (see tests/corpus/README.md). All
mail here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.zone_words import local_zone_name, zone_hint
from mailwatch.model import Kind

_CHI = ZoneInfo("America/Chicago")

_QUOTED_OFFER = (
    "\n\nOn Fri, Oct 30, 2026 at 4:41 PM Dana Price <dana@fieldhouse.example> wrote:\n"
    "> Hi Thandi,\n>\n> Let's do the interview Thursday, November 12 at 1:30 pm Central. It'll\n"
    "> be 45 minutes on Teams with me and Omar Haddad, our lead designer.\n>\n> Dana\n")


def test_a_move_by_an_amount_shifts_the_quoted_slot() -> None:
    for ask, hour, minute in (("Can we push it an hour later?", 14, 30),
                              ("Could we push it back 30 minutes?", 14, 0),
                              ("Would it be possible to bring it forward by half an hour?", 13, 0),
                              ("Can we move it 90 minutes earlier?", 12, 0)):
        det = detected(
            f"Morning Thandi,\n\nSomething has come up on Thursday morning. {ask} Same link.\n\n"
            f"Sorry,\nDana" + _QUOTED_OFFER, subject="Re: Designer interview - Thursday",
            sender="Dana Price <dana@fieldhouse.example>")
        assert det.kind is Kind.RESCHEDULE, ask
        assert det.interview is not None, ask
        assert det.interview.start == datetime(2026, 11, 12, hour, minute, tzinfo=_CHI), ask
        assert det.interview.end is not None
        assert det.interview.end - det.interview.start == timedelta(minutes=45), ask


def test_a_place_named_with_its_time_is_read_and_kept() -> None:
    # cities, countries and a country's own words for its time, in text
    for text, name in (("Tuesday 10 November at 15:00 Yerevan time", "Asia/Yerevan"),
                       ("Tuesday 10 November at 10h (heure de l'Atlantique)", "America/Halifax"),
                       ("Tuesday 10 November at 1:30 pm Sask time", "America/Regina"),
                       ("Tuesday 10 November at 9:30 Faroese time", "Atlantic/Faroe"),
                       ("Tuesday 10 November at 11:00 (ora e Tiranës)", "Europe/Tirane"),
                       ("Tuesday 10 November at 09h00 (hora de Quito)", "America/Guayaquil")):
        det = detected(f"Hi Thandi,\n\nYour interview is confirmed for {text}. See you then.\n",
                       subject="Interview confirmed - Analyst")
        assert det.interview is not None, text
        assert det.interview.timezone == name, text
    # "London" elsewhere in the mail does not replace a place the time names itself
    det = detected("Hi Thandi,\n\nYour interview is confirmed for Tuesday 10 November at 9:30 "
                   "Faroese time. The islands keep the same clock as London.\n",
                   subject="Interview confirmed - Analyst")
    assert det.interview is not None
    assert det.interview.timezone == "Atlantic/Faroe"


def test_a_time_zone_row_and_a_list_heading_set_the_zone_of_the_times_under_them() -> None:
    hint = zone_hint("Schedule\nTime zone    Eastern Time (ET)\n10:00 AM – 10:45 AM  Portfolio")
    assert hint is not None and hint[1] == "America/New_York"
    hint = zone_hint("We have the following times available (Newfoundland time):\n"
                     "• Tuesday, March 16 at 10:00 a.m.")
    assert hint is not None and hint[1] == "America/St_Johns"
    assert zone_hint("What time zone are you in these days?") is None


def test_a_generic_gmt_label_takes_the_senders_city() -> None:
    start = datetime(2027, 2, 4, 10, tzinfo=ZoneInfo("Atlantic/Reykjavik"))
    sent = datetime(2027, 1, 28, 9, tzinfo=ZoneInfo("Africa/Abidjan"))
    sig = "Awa Traoré\nRessources humaines\nPlateau, Abidjan"
    assert local_zone_name("Atlantic/Reykjavik", start, sig, sent) == "Africa/Abidjan"


def test_a_reply_that_picks_a_day_takes_the_zone_of_the_offer_it_answers() -> None:
    det = detected(
        "Great, Tuesday it is. See you then!\n\nBridget\n\n"
        "On Sun, Nov 1, 2026 at 8:15 PM Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Thank you! Tuesday the 10th at 10 works best for me.\n>\n"
        "> On Fri, Oct 30, 2026 at 2:02 PM Bridget Power <bpower@harbour.example> wrote:\n"
        ">> We have the following times available (Newfoundland time):\n>>\n"
        ">> • Tuesday, November 10 at 10:00 a.m.\n>> • Wednesday, November 11 at 2:00 p.m.\n>>\n"
        ">> The interview will run about an hour with Captain Gerald Whelan and Maura "
        "Kavanagh.\n", subject="RE: Harbour Pilot - interview availability",
        sender="Bridget Power <bpower@harbour.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 10, 10, tzinfo=ZoneInfo("America/St_Johns"))
    assert det.interview.timezone == "America/St_Johns"
    assert [p.name for p in det.interview.interviewers] == ["Gerald Whelan", "Maura Kavanagh"]
