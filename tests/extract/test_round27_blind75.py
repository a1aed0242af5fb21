"""Twentieth session: rules from 75NN's misses, read at the start of the nineteenth
session and studied in the twentieth (written in my own words, not the batch's)."""

from __future__ import annotations

from datetime import date

from mailfactory import detected, people_of

from mailwatch.extract import classify as c
from mailwatch.extract.dates import find_dates, find_times
from mailwatch.extract.deadline import find_deadline
from mailwatch.model import Kind


def test_a_bare_foreign_weekday_before_its_clock_time_is_the_coming_one() -> None:
    ref = date(2027, 3, 26)  # a Friday
    for text, day in [("Donnerstag um 14:00 Uhr passt uns gut.", date(2027, 4, 1)),
                      ("On se voit jeudi à 14h30 ?", date(2027, 4, 1)),
                      ("¿Te va bien el martes a las 10:00?", date(2027, 3, 30)),
                      ("Vi ses onsdag kl. 13.00 på kontoret.", date(2027, 3, 31)),
                      ("Ci vediamo lunedì alle 9:30.", date(2027, 3, 29))]:
        hits = find_dates(text, ref, "DMY")
        assert [h.day for h in hits] == [day], text
    # (a weekday with its own date is that date)
    assert [h.day for h in find_dates("Donnerstag, 8. April um 14 Uhr", ref, "DMY")] == [
        date(2027, 4, 8)]


def test_a_german_reply_that_takes_her_moved_time() -> None:
    quoted = ("-----Ursprüngliche Nachricht-----\nVon: Thandi Nkosi <thandi@example.org>\n"
              "Gesendet: Mittwoch, 10. März 2027 18:00\nBetreff: Re: Einladung\n\n"
              "Liebe Frau Lenz,\n\nleider passt mir Dienstag nicht. Könnten wir das Gespräch "
              "auf Donnerstag verschieben?\n\nBeste Grüße\nThandi Nkosi\n\n"
              "-----Ursprüngliche Nachricht-----\nVon: Lenz, Maren <m.lenz@kranwerk.example>\n"
              "Gesendet: Dienstag, 9. März 2027 09:00\nBetreff: Einladung\n\n"
              "Sehr geehrte Frau Nkosi,\n\nwir laden Sie ein:\n\nTermin: Dienstag, 16. März "
              "2027, 10:00-11:00 Uhr\nGesprächspartner: Jonas Wirth, Teamleiter\n\nMit "
              "freundlichen Grüßen\nMaren Lenz\n")
    d = detected("Hallo Frau Nkosi,\n\nDonnerstag um 15:30 Uhr passt, gleicher Zoom-Link, "
                 "wieder 60 Minuten.\n\nViele Grüße\nMaren Lenz\n\n" + quoted,
                 subject="AW: Einladung zum Vorstellungsgespräch - Projektleiter (m/w/d)",
                 sender="Lenz, Maren <m.lenz@kranwerk.example>",
                 date="Thu, 11 Mar 2027 08:30:00 +0100")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-03-18T15:30:00+01:00"
    assert d.interview.end is not None
    assert d.interview.end.isoformat() == "2027-03-18T16:30:00+01:00"


def test_three_offered_times_stay_a_request_whatever_the_words_say() -> None:
    d = detected("Hej Thandi\n\nVi vil rigtig gerne invitere dig til en første samtale på ca. "
                 "1 time med mig og vores teamleder, Sofie Lund.\n\nVi kan tilbyde følgende "
                 "tider:\n\n  • mandag d. 12/4 kl. 13.00\n  • tirsdag d. 13/4 kl. 9.30\n"
                 "  • torsdag d. 15/4 kl. 14.00\n\nAlle tider er dansk tid.\n\nVenlig hilsen\n"
                 "Jonas Holm\nDesign Director\nNordlys A/S",
                 subject="Samtale om stillingen som UX-designer",
                 sender="Jonas Holm <jonas.holm@nordlys.example>",
                 date="Tue, 06 Apr 2027 11:23:05 +0200")
    assert d.kind is Kind.INTERVIEW_REQUEST


def test_arabic_hours_said_with_their_part_of_the_day() -> None:
    def clock(text: str) -> list[tuple[str, str | None]]:
        return [(h.start.isoformat("minutes"), h.end.isoformat("minutes") if h.end else None)
                for h in find_times(text)]
    assert clock("يوم الأحد 2 مايو من الساعة 12 الظهر لحد الساعة 1 بتوقيت القاهرة") == [
        ("12:00", "13:00")]
    assert clock("المقابلة يوم الأربعاء الساعة 11 الصبح") == [("11:00", None)]
    assert clock("نتقابل الساعة 7 مساءً") == [("19:00", None)]
    assert clock("من الساعة 10 الصبح إلى الساعة 11:30") == [("10:00", "11:30")]
    # (a number after "the hour" with no part of the day is no clock here)
    assert clock("عندنا الساعة 3 اجتماع") == []


def test_nordic_and_dutch_kind_words() -> None:
    assert c.REJECTION.search("Vi har nu valt att gå vidare med en kandidat vars erfarenhet "
                              "bäst motsvarar rollen.")
    assert not c.REJECTION.search("Vi vill gärna gå vidare med din ansökan.")
    assert c.RESCHEDULE.search("Helaas zijn wij genoodzaakt uw gesprek te verplaatsen.")
    assert c.RESCHEDULE.search("Nieuw tijdstip: dinsdag 30 maart 2027, van 14u00 tot 15u00")
    assert c.ASK.search("Vi kan tilbyde følgende tider i uge 15:")
    assert c.ASK.search("Παρακαλούμε επιλέξτε την ημέρα και την ώρα που σας εξυπηρετεί.")


def test_decision_dates_in_dutch_finnish_and_korean() -> None:
    said = find_deadline("Na het gesprek laten wij u uiterlijk op donderdag 8 april 2027 "
                         "weten of u doorgaat.", date(2027, 3, 24), "DMY")
    assert said is not None and said[0] == date(2027, 4, 8)
    said = find_deadline("Teemme valintapäätöksen viikolla 9 ja kerron tuloksesta heti.",
                         date(2027, 2, 1), "DMY")
    assert said is not None and said[0] == date(2027, 3, 5)
    said = find_deadline("최종 결과는 이번 달 말까지 이메일로 안내드릴 예정입니다.",
                         date(2027, 6, 14), "YMD")
    assert said is not None and said[0] == date(2027, 6, 30)


def test_a_korean_notice_that_the_final_pick_is_still_being_made_is_no_offer() -> None:
    d = detected("Thandi Nkosi 님, 안녕하세요.\n\n현재 최종 합격자 선정을 위한 내부 검토가 "
                 "진행 중입니다. 최종 결과는 이번 달 말까지 이메일로 안내드릴 예정입니다.\n\n"
                 "한빛소재 인사팀 드림",
                 subject="[한빛소재] 생산관리(MES) 연구원 채용 진행 상황 안내",
                 sender="한빛소재 인사팀 <hr@hanbit.example>",
                 date="Mon, 14 Jun 2027 10:15:41 +0900")
    assert d.kind is Kind.STATUS_UPDATE
    assert d.position == "생산관리(MES) 연구원"


def test_an_egyptian_reschedule_with_its_panel_and_group() -> None:
    d = detected("أستاذة Thandi صباح الخير،\n\nبعتذر عن التغيير، فمضطرين نأجل المقابلة.\n\n"
                 "الميعاد الجديد:\nيوم الاثنين 10 مايو 2027 من الساعة 2 الظهر لحد الساعة 3 "
                 "بتوقيت القاهرة\nالمقابلة هتكون مع أستاذ كريم منصور وأستاذة هالة سامي "
                 "(مديرة المشتريات)\n\nشكراً،\nيوسف عادل\nأخصائي توظيف\n"
                 "مجموعة النخيل للتجارة\nموبايل: 01001234567",
                 subject="RE: ميعاد المقابلة - مشتري أول",
                 sender="يوسف عادل <y.adel@nakheel-trade.example>",
                 date="Tue, 04 May 2027 13:47:21 +0200")
    assert d.kind is Kind.RESCHEDULE
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-05-10T14:00:00+03:00"
    assert d.interview.end is not None and d.interview.end.hour == 15
    assert people_of(d) == ["كريم منصور", "هالة سامي"]
    assert d.interview.company == "مجموعة النخيل للتجارة"


def test_a_danish_panel_of_me_and_our_lead() -> None:
    d = detected("Hej Thandi\n\nVi vil gerne invitere dig til en samtale på ca. 1 time med mig "
                 "og vores lead designer, Ida Holm Rasmussen.\n\nVi kan tilbyde følgende "
                 "tider:\n\n  • mandag d. 12/4 kl. 13.00\n  • tirsdag d. 13/4 kl. 9.30\n"
                 "  • torsdag d. 15/4 kl. 14.00\n\nVenlig hilsen\nJonas Holm\nDesign Director\n"
                 "Nordlys A/S",
                 subject="Samtale om stillingen som UX-designer",
                 sender="Jonas Holm <jonas.holm@nordlys.example>",
                 date="Tue, 06 Apr 2027 11:23:05 +0200")
    assert people_of(d) == ["Ida Holm Rasmussen", "Jonas Holm"]


_INVITE_QUOTE = ("\n\nOn Thu, 22 Oct 2026 at 10:12, Nadia Brooks <nadia.brooks@larchwood.example> "
                 "wrote:\n> Dear Thandi,\n>\n> The team would like to meet you for the Risk "
                 "Analyst role.\n>\n> Date:  Wednesday 4 November 2026\n> Time:  10:00-11:00 "
                 "(UK time)\n> With:  Owen Pryce (Head of Risk) and Leah Matsumoto (Senior "
                 "Analyst)\n>\n> Could you reply to confirm?\n>\n> Nadia\n")


def test_a_reply_that_names_only_the_quoted_interviews_day_keeps_that_interview() -> None:
    d = detected("Hi Thandi,\n\nNo parking on site, sorry - the nearest car park is on Rope "
                 "Walk, five minutes away, and we will pay it back with your travel. Just ask "
                 "for me at reception and I'll bring you up to the third floor.\n\nSee you on "
                 "the 4th!\n\nNadia\n\nNadia Brooks\nTalent Partner | Larchwood Bank"
                 + _INVITE_QUOTE,
                 subject="Re: Interview invitation - Risk Analyst",
                 sender="Nadia Brooks <nadia.brooks@larchwood.example>",
                 date="Mon, 26 Oct 2026 09:05:41 +0000")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2026-11-04T10:00:00+00:00"
    assert people_of(d) == ["Leah Matsumoto", "Owen Pryce"]


def test_a_reply_naming_another_day_is_not_the_quoted_interview() -> None:
    d = detected("Hi Thandi,\n\nQuick one: the building is closed on the 6th for a fire drill, "
                 "which does not affect you at all. Ask for me at reception as planned and "
                 "bring photo ID for the visitor pass please.\n\nNadia" + _INVITE_QUOTE,
                 subject="Re: Interview invitation - Risk Analyst",
                 sender="Nadia Brooks <nadia.brooks@larchwood.example>",
                 date="Mon, 26 Oct 2026 09:05:41 +0000")
    assert d.interview is None or d.interview.start.day != 6


def test_a_shortened_first_name_and_the_whole_one_are_one_person() -> None:
    from mailwatch.extract.names import dedupe
    from mailwatch.model import Person
    people = dedupe([Person(name="Greg Ashworth"), Person(name="Gregory Ashworth")])
    assert [p.name for p in people] == ["Gregory Ashworth"]
    assert len(dedupe([Person(name="Jo Baines"), Person(name="Joanne Baines")])) == 2
    assert len(dedupe([Person(name="Dan Okafor"), Person(name="Daniel Okoro")])) == 2


def test_a_length_that_would_still_hold_and_a_writer_who_takes_the_first_part() -> None:
    from mailwatch.extract.duration import stated_length
    from mailwatch.extract.writer import booker_takes_part
    assert stated_length("Would Tuesday at 9:30 work instead? It would still be 45 minutes, "
                         "same place.") is not None
    assert booker_takes_part("I'll spend the first part walking you through the roadmap, and "
                             "our lead designer will join for the second half.",
                             "Engineering Manager", True)


def test_a_coordinator_who_fetches_her_from_reception_is_not_on_the_panel() -> None:
    from mailwatch.extract.calendar_facts import organizer_role
    assert organizer_role("Please ask for me at ground-floor reception and I will bring you "
                          "up to the fourth floor.") is False
    assert organizer_role("Come to our office and ask for me at the front desk. Plan on "
                          "about an hour.") is not False


def test_french_and_finnish_roles() -> None:
    from mailwatch.extract.position import position_from_text
    from mailwatch.extract.subject import from_subject
    assert position_from_text("votre entrevue pour le poste de Développeur·se backend :") == (
        "Développeur backend")
    assert position_from_text("au poste de Consultant junior en stratégie.") == (
        "Consultant junior en stratégie")
    assert from_subject("Haastattelu: Palvelumuotoilija")[1] == "Palvelumuotoilija"
    assert from_subject("Talousasiantuntijan rekrytoinnin tilanne")[1] == "Talousasiantuntija"
    assert from_subject("Tilannekatsaus: Varastosuunnittelija-haku")[1] == (
        "Varastosuunnittelija")


def test_a_czech_agency_cancellation_of_a_forwarded_client_note() -> None:
    d = detected("Dobrý den, Thandi,\n\nbohužel Vám musím oznámit, že pondělní pohovor na pozici "
                 "analytik u našeho klienta Slezská energetika a.s. se ruší.\n\nJde o termín v "
                 "pondělí 14. 6. 2027 v 10:00 v ostravské pobočce (počítali jsme s hodinou).\n\n"
                 "S pozdravem\nJana Veselá\nTalentBrána s.r.o.\n\n---------- Přeposlaná zpráva "
                 "---------\nOd: Petr Novák <petr.novak@slezska-energetika.example>\nDatum: st "
                 "9. 6. 2027 v 7:41\nPředmět: Kandidátka T. Nkosi\n\nDobrý den, pohovor s paní "
                 "Nkosi v pondělí prosím zrušte.\n\nPetr Novák\nHR manažer",
                 subject="Zrušení pohovoru 14. 6. - Slezská energetika",
                 sender="Jana Veselá <jana.vesela@talentbrana.example>",
                 date="Wed, 09 Jun 2027 08:55:10 +0200")
    assert d.kind is Kind.CANCELLATION
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-06-14T10:00:00+02:00"
    assert d.interview.end is not None and d.interview.end.hour == 11
    assert d.interview.company == "Slezská energetika a.s."


def test_a_greek_calendar_cancellation_from_a_recruitment_mailbox() -> None:
    from mailwatch.extract.company import from_sender
    from mailwatch.message import Address
    sender = Address(name="Προσλήψεις – Αιγαίο Ναυτιλιακή", email="careers@aigaio.example")
    assert from_sender(sender) == "Αιγαίο Ναυτιλιακή"
    from mailwatch.extract.learned import _ZONE_LABEL
    assert _ZONE_LABEL.search("Ώρα Ανατολικής Ευρώπης – Αθήνα")
    assert _ZONE_LABEL.search("Central European Time - Berlin")
    assert not _ZONE_LABEL.search("Timeline Robotics")


def test_cjk_panels_lengths_zones_and_subjects() -> None:
    from mailwatch.extract.cjk_roster import cjk_people
    from mailwatch.extract.duration import stated_length
    from mailwatch.extract.subject import from_subject
    from mailwatch.extract.times import find_times
    assert [p.name for p in cjk_people("■面接官：開発部 部長 山田 浩 様、人事部 小林 恵 様")] == [
        "山田 浩", "小林 恵"]
    assert from_subject("【面接日程調整のお願い】株式会社ハルカ様／データエンジニア")[1] == (
        "データエンジニア")
    assert from_subject("面接日程のご連絡（ハルカ／データエンジニア）")[1] == "データエンジニア"
    line = ("面试时间：下周二（6月8日）上午10:00，北京时间，时长约1小时。"
            "面试形式：其中包含一个约20分钟的笔试")
    assert stated_length(line) is not None and stated_length(line).seconds == 3600
    assert [h.tz_name for h in find_times("上午10:00，北京时间")] == ["Asia/Shanghai"]
    assert stated_length("משך הראיון: כ-45 דקות") is not None


def test_a_hebrew_legal_name_after_the_title_in_a_signature_line() -> None:
    from mailwatch.extract.company_cjk import line_start_company
    assert line_start_company('עוזרת מנכ"ל | אלון תוכנה בע"מ') == 'אלון תוכנה בע"מ'
