"""Rules from the ninth session's read of batches 46NN and 47NN (written this session,
read blind once, then tuned on). All mail here is invented."""

from __future__ import annotations

from datetime import date, datetime

from mailfactory import detected

from mailwatch.extract.dates import find_dates
from mailwatch.extract.deadline import find_deadline
from mailwatch.extract.times import find_times
from mailwatch.model import Kind

_QUOTED_OFFER = (
    "\n\n> On Tue, Oct 27, 2026 at 11:18 AM Ines Vogt <ines@loam.example> wrote:\n>\n"
    "> Next step is a 30-min video call with me for the Platform Engineer role. Open slots, "
    "all Central time:\n>\n>   Tue Nov 3 - 10am or 2pm\n>   Thu Nov 5 - 4pm\n>\n> Ines\n")


def test_a_month_day_before_a_dash_and_a_time_is_no_range() -> None:
    assert [(h.start.hour, h.end) for h in find_times("Thu Nov 5 - 4pm")] == [(16, None)]
    assert [h.start.hour for h in find_times("Tue Nov 3 - 10am or 2pm")] == [10, 14]
    (hit,) = find_times("any time 9 - 5pm")
    assert (hit.start.hour, hit.end and hit.end.hour) == (9, 17)


def test_locked_in_over_her_pick_of_a_dashed_list() -> None:
    det = detected(
        "Locked in! Talk then.\nInes\n\n> On Wed, Oct 28, 2026 at 8:41 PM Thandi Nkosi "
        "<thandi@example.org> wrote:\n> Thursday the 5th at 4pm Central works well for me.\n"
        + _QUOTED_OFFER.replace("\n\n> On", "\n> On").replace("\n>", "\n>>"),
        subject="Re: next step", sender="Ines Vogt <ines@loam.example>",
        date="Wed, 28 Oct 2026 21:06:12 -0500")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 5, 16, 0)


def test_a_german_pick_of_the_day_she_proposed() -> None:
    det = detected(
        "Hallo Frau Nkosi,\n\nDonnerstag passt, bis dann! Rechnen Sie mit ca. 45 Minuten.\n\n"
        "Katrin\n\n> Am 6. Nov. 2026 schrieb Thandi Nkosi <thandi@example.org>:\n>\n"
        "> Dear Ms Wöhrle, I could do Thursday 12 November at 16:00 or Friday 13 November at "
        "10:00.\n", subject="AW: Terminvorschläge - Interview", sender="Katrin W <k@nord.example>",
        date="Mon, 09 Nov 2026 10:05:44 +0100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 12, 16, 0)


def test_an_about_end_after_bis_is_the_end() -> None:
    (hit,) = find_times("Uhrzeit:  14.30 Uhr bis ca. 15.30 Uhr")
    assert (hit.start.hour, hit.start.minute, hit.end and hit.end.hour) == (14, 30, 15)


def test_a_portuguese_offer_summary_is_an_offer() -> None:
    det = detected(
        "Oi, Thandi!\n\nQueremos muito ter você com a gente como Engenheira de Dados Pleno! "
        "Segue um resumo da proposta:\n• Salário: R$ 14.800,00\n\nPedimos que você nos dê um "
        "retorno até sexta-feira, 13/11.\n\nCamila", subject="Proposta – Engenheira de Dados",
        sender="Camila N <camila@vertice.example>")
    assert det.kind is Kind.OFFER
    assert det.decision_deadline is None


def test_a_schedulers_pick_one_of_the_times_survives_an_unsubscribe_header() -> None:
    det = detected(
        "Hi Thandi,\n\nThe next step for the Robotics Engineer role is a 60-minute interview "
        "over Zoom.\n\nPlease pick one of the times below (Eastern Time):\n"
        "* Wed, Nov 4 - 11:00 AM - 12:00 PM\n* Thu, Nov 5 - 2:00 PM - 3:00 PM\n\nKeisha",
        subject="Action needed: choose a time for your interview",
        sender="Keisha B <scheduling@saltmarsh.example>",
        headers={"List-Unsubscribe": "<https://saltmarsh.example/u>"})
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_and_in_any_case_not_later_than_bounds_the_promise() -> None:
    found = find_deadline(
        "A decision will be communicated to you in the coming days, and in any case not later "
        "than Friday, 20th November 2026.", date(2026, 11, 2), "DMY")
    assert found is not None and found[0] == date(2026, 11, 20)


def test_a_turkish_ask_for_suitable_days() -> None:
    det = detected(
        "Merhaba Thandi Hanım,\n\nVeri Mühendisi pozisyonuna yaptığınız başvuru için teşekkür "
        "ederiz. Sizinle bir ön görüşme gerçekleştirmek istiyoruz. Önümüzdeki hafta içinde size "
        "uygun olan gün ve saat aralıklarını paylaşabilir misiniz?\n\nZeynep",
        subject="Görüşme Talebi", sender="Zeynep A <zeynep@demirtas.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST


def test_grabbed_tomorrow_at_9_and_the_readers_side_of_it() -> None:
    det = detected(
        "Hey Thandi,\n\nI've grabbed tomorrow at 9 since you said your week was open (4pm your "
        "side I think?). It'll be me plus our Head of Platform, Mireille Roy. Block 45 min.\n\n"
        "M.\n\n--\nMarcus Lind\nCo-founder & CEO, Quillfeather\n",
        subject="Re: Backend Engineer - next step", sender="Marcus Lind <m@quill.example>",
        date="Mon, 02 Nov 2026 16:42:10 -0500")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 3, 9, 0)


def test_days_written_as_ordinal_words() -> None:
    (hit,) = find_dates("on Tuesday, the ninth of March, at ten", date(2027, 2, 25), "DMY")
    assert hit.day == date(2027, 3, 9)
    (hit,) = find_dates("on the twenty-first of May", date(2027, 2, 25), "DMY")
    assert hit.day == date(2027, 5, 21)
    assert find_dates("a third of March sales", date(2027, 2, 25), "DMY") == []


def test_one_stated_slot_to_confirm_is_an_invitation() -> None:
    det = detected(
        "Goeie môre Thandi,\n\nWe'd love to have you out at the farm on Tuesday, the tenth of "
        "November, at half past ten in the morning for an interview. Set aside roughly an hour.\n"
        "\nPlease let me know if the date suits you.\n\nAnnelie",
        subject="Onderhoud / Interview - Assistant Winemaker", sender="Annelie <a@wyne.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 10, 30)


def test_a_schedule_headed_by_its_day_over_a_clock_change_heads_up() -> None:
    det = detected(
        "Hi Thandi,\n\nYour virtual onsite is confirmed. Your schedule is below – all times are "
        "Eastern Time (ET).\n\nTuesday, November 10, 2026\n\nTime (ET) Session Interviewer\n"
        "1:00 PM – 1:45 PM Live coding Ada Okonkwo\n1:45 PM – 2:30 PM System design Rory Fay\n\n"
        "Heads-up: clocks change on Sunday, November 8, so check your calendar.\n\nRenata",
        subject="Interview Confirmation", sender="Renata S <no-reply@greenhouse-mail.example>")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 10, 13, 0)


def test_nothing_else_changes_keeps_the_quoted_slot() -> None:
    det = detected(
        "Hi Thandi,\n\nOne small addition ahead of Wednesday: Faris Hamzah will be joining Tomas "
        "for the second half. Nothing else changes.\n\nChloe\n\n"
        "On Fri, 30 Oct 2026 at 18:02, Thandi Nkosi <thandi@example.org> wrote:\n"
        "> Wednesday 4th at 5pm Sydney time works well for me.\n>\n"
        "> On Thu, 29 Oct 2026 at 11:47, Chloe B <chloe@saltbush.example> wrote:\n"
        ">> I'd like to lock in your technical interview for the Controls Engineer role:\n>>\n"
        ">> Wednesday 4 November, 5:00–6:30pm Sydney time\n>> with Tomas Wilk\n",
        subject="Re: Interview – Controls Engineer (Saltbush Robotics)",
        sender="Chloe B <chloe@saltbush.example>", date="Mon, 02 Nov 2026 08:30:12 +1100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.interview is not None
    assert det.interview.start.replace(tzinfo=None) == datetime(2026, 11, 4, 17, 0)
    assert det.interview.end is not None and det.interview.end.hour == 18
    assert det.company == "Saltbush Robotics"


def test_the_end_of_the_week_after_next_and_a_past_call_on_friday() -> None:
    found = find_deadline("We expect to make a decision by the end of the week after next.",
                          date(2027, 1, 13), "MDY")
    assert found is not None and found[0] == date(2027, 1, 29)
    assert find_deadline(
        "With reference to our telephonic discussion on Friday, we are pleased to inform you "
        "that your profile has been shortlisted.", date(2026, 11, 16), "DMY") is None


def test_a_flattened_schedule_row_ending_in_last_first() -> None:
    det = detected(
        "Hi Thandi,\n\nYour schedule is below.\n\nTuesday, November 10, 2026\n"
        "All times are shown in Eastern Time (ET).\nTime Session Interviewer Link\n"
        "10:00 AM – 10:45 AM Coding & Debugging Raman, Priya\nJoin Zoom\n"
        "10:45 AM – 11:30 AM System Design Okafor, Chidi\nJoin Zoom\n\nJess",
        subject="Your interview schedule", sender="Jess W <no-reply@greenhouse-mail.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Chidi Okafor", "Priya Raman"]


def test_cc_d_panelist_and_swedish_traffar_mig_och() -> None:
    det = detected(
        "Hi Thandi,\n\nLet's lock in Friday 6 November at 10am Sydney time for the interview. "
        "I've cc'd Mateus Albu, our design lead, who'll be interviewing alongside me.\n\n"
        "Lachlan\n\nLachlan Dev\nHead of Product Design\nSaltbush Labs\n",
        subject="Designer – interview on Friday", sender="Lachlan Dev <l@saltbush.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Lachlan Dev", "Mateus Albu"]
    det = detected(
        "Hej Thandi!\n\nNästa steg är en teknisk intervju på ca 60 min där du träffar mig och "
        "Oskar Lind, som är tech lead.\n\nBoka en tid här:\nhttps://calendly.com/x/intervju\n\n"
        "Elin Sjö\nTalent Acquisition Partner\n", subject="Nästa steg – Backendutvecklare",
        sender="Elin Sjö <elin@ljung.example>")
    assert det.kind is Kind.INTERVIEW_REQUEST
    assert sorted(p.name for p in det.people) == ["Elin Sjö", "Oskar Lind"]


def test_a_correction_keeps_the_same_two_people() -> None:
    det = detected(
        "Apologies Thandi, I wrote 3pm and it should have said 2pm. So it's Thursday at 2pm UK "
        "time. Same Teams link, same two people.\n\nHolly\n\n-----Original Message-----\n"
        "From: Holly A <holly@fernhill.example>\nSent: Sunday, November 1, 2026 4:20 PM\n"
        "To: Thandi Nkosi <thandi@example.org>\nSubject: Interview\n\nHi Thandi,\n\nYour "
        "interview is on Thursday 5 November at 3pm UK time with Gareth Pryce and Nadia Oke "
        "(our Analytics Lead).\n\nHolly\n", subject="RE: Interview",
        sender="Holly A <holly@fernhill.example>")
    assert det.interview is not None
    assert det.interview.start.hour == 14
    assert sorted(p.name for p in det.interview.interviewers) == ["Gareth Pryce", "Nadia Oke"]


def test_a_schedule_row_with_people_and_bracketed_titles_below() -> None:
    det = detected(
        "Hi Thandi,\n\nYour onsite schedule is below.\n\nTuesday, November 10, 2026\n"
        "9:30 – 10:15 AM\nDr. Helen Oka (Director of Programming)\nPortfolio walkthrough\n"
        "10:15 – 11:00 AM\nTomas Kowal & Renata Silva (Senior Engineer; Lead Writer)\n"
        "Production workflow\n\nPriya", subject="Your onsite interview itinerary",
        sender="Priya R <interviews@sky.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == [
        "Helen Oka", "Renata Silva", "Tomas Kowal"]


def test_italian_e_dalla_and_a_latin_title_before_a_chinese_name() -> None:
    det = detected(
        "Gentile Dott.ssa Nkosi,\n\nData: giovedì 12 novembre 2026\nOra: 10:00\n\nIl colloquio "
        "sarà condotto dall'Ing. Paolo Rava, Responsabile di Produzione, e dalla Dott.ssa Elena "
        "Capu, HR Business Partner.\n\nChiara", subject="Convocazione colloquio",
        sender="Selezione <selezione@fonderie.example>")
    assert det.interview is not None
    assert sorted(p.name for p in det.interview.interviewers) == ["Elena Capu", "Paolo Rava"]
    det = detected(
        "Thandi 您好！\n\n面试时间：2026年11月12日（周四）上午10:00-11:00（北京时间）\n"
        "面试官：数据平台部负责人 陈立新；HRBP 周婷\n\n周婷", subject="面试时间调整通知",
        sender="周婷 <zt@chengchuan.example>")
    assert det.interview is not None
    assert [p.name for p in det.interview.interviewers] == ["陈立新", "周婷"]


def test_an_agencys_client_named_only_in_the_subject() -> None:
    det = detected(
        "Morning Thandi!\n\nThe client came back to me and they'd love to meet you. I've got you "
        "booked in for Monday 9 November at 2pm UK time.\n\nPoppy\n\n--\nPoppy H\nSenior "
        "Consultant\nFernley Recruitment Ltd\n",
        subject="Interview confirmed – Halloway Freight – Platform Engineer",
        sender="Poppy H <poppy@fernleyrecruitment.example>")
    assert det.company == "Halloway Freight"


def test_a_couple_of_hours_plan_one_hour_and_keep_it_to() -> None:
    from mailwatch.extract.duration import stated_length

    assert stated_length("Block out a couple of hours for the pairing session.") is not None
    assert stated_length("Could we do Monday at 11:00 CET? Plan one hour please.") is not None
    assert stated_length("A quick call - we can keep it to 30 minutes.") is not None
    assert stated_length("Please arrive a couple of minutes early.") is None


def test_the_quoted_offers_decision_date_stands_under_a_short_answer() -> None:
    det = detected(
        "Hi Thandi,\n\nOne addition: Faris Ham will be joining Tomas for the second half. "
        "Nothing else changes.\n\nChloe\n\n"
        "On Thu, 29 Oct 2026 at 11:47, Chloe B <chloe@saltbush.example> wrote:\n"
        "> I'd like to lock in your technical interview for the Controls Engineer role:\n>\n"
        "> Wednesday 4 November, 5:00–6:30pm Sydney time, with Tomas Wilk\n>\n"
        "> We're aiming to make a decision by the end of the month.\n",
        subject="Re: Interview – Controls Engineer", sender="Chloe B <chloe@saltbush.example>",
        date="Mon, 02 Nov 2026 08:30:12 +1100")
    assert det.kind is Kind.INTERVIEW_INVITATION
    assert det.decision_deadline == date(2026, 11, 30)
