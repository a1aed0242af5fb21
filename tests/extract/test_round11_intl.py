"""Rules from the sixth session's read of batch 30NN, in languages other than English.
All mail here is invented."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from mailfactory import detected

from mailwatch.extract.duration import stated_length
from mailwatch.extract.subject import from_subject
from mailwatch.extract.times import find_times
from mailwatch.model import Kind


def _clocks(text: str) -> list[time]:
    return [h.start for h in find_times(text)]


def test_cjk_hours_in_numerals_with_their_part_of_the_day() -> None:
    assert _clocks("12月17日（周四）上午十点（北京时间）") == [time(10)]
    assert _clocks("下午两点半") == [time(14, 30)]
    assert _clocks("早一点到就好") == []  # "a bit earlier": no part of the day, no clock
    assert stated_length("面试时间：上午十点，预计时长约一小时。") == timedelta(hours=1)
    assert stated_length("面试时长约一个半小时。") == timedelta(minutes=90)
    assert from_subject("【面试时间调整】澜岸科技-高级数据分析师", ())[1] == "高级数据分析师"


def test_a_swahili_invitation_with_its_hour_in_words() -> None:
    assert _clocks("saa nne asubuhi") == [time(10)]
    assert _clocks("saa tatu na nusu asubuhi") == [time(9, 30)]
    assert _clocks("Usaili utachukua takriban saa moja.") == []
    det = detected(
        "Habari Thandi,\n\nTunayo furaha kukualika kwenye usaili (interview) wa nafasi ya Data "
        "Analyst utakaofanyika siku ya Alhamisi, tarehe 12 Novemba 2026, saa nne asubuhi (saa "
        "za Afrika Mashariki). Usaili utachukua takriban saa moja. Utakutana na Bw. Juma "
        "Mwakyusa (Head of Data) pamoja na mimi.\n\nKaribu sana,\nNeema Kimaro\nHR Officer\n"
        "Pwani Agritech Ltd\n",
        subject="Mwaliko wa Usaili / Interview Invitation - Data Analyst",
        sender="Neema Kimaro <neema@pwaniagritech.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start == datetime(2026, 11, 12, 10,
                                           tzinfo=ZoneInfo("Africa/Dar_es_Salaam"))
    assert det.interview.end == det.interview.start + timedelta(hours=1)
    assert {p.name for p in det.interview.interviewers} == {"Juma Mwakyusa", "Neema Kimaro"}
