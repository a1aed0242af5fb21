"""When the employer says they will decide: "by Friday 20 November", "by the end of next
week", "within two weeks", "in the next 5 business days".

The planner schedules the follow-up for the first business day after this date, so the
date is the last day the employer promised, resolved against the message's Date header.
Only sentences that talk about a decision or hearing back are read, so an interview date
or an application deadline is not mistaken for a decision date (which sentences those are:
deadline_sentences.py).
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import replace
from datetime import date, timedelta

from .. import rx
from .dates import MONTHS, WEEKDAYS, find_dates, next_weekday
from .deadline_from import (
    AFTER_INTERVIEW,
    NUM,
    after_closing,
    after_interview,
    count,
    day_looked_back_on,
    friday_of,
)
from .deadline_intl import (
    BY_WEEKDAY_INTL,
    END_OF_MONTH_INTL,
    END_OF_MONTH_NAMED,
    END_OF_NEXT_MONTH_INTL,
    END_OF_WEEK_INTL,
    KO_WEEKDAY,
    NEXT_AFTER,
    NEXT_WEEK_INTL,
    NUMBER_WORDS,
    SPAN_INTL,
)
from .deadline_sentences import (
    AFTER_HER_STEP,
    AFTER_INTERVIEWS_END,
    BY,
    BY_THEN,
    DAY_AFTER,
    DECIDING_MEETING,
    HAD_HOPED,
    HERS_TO_GIVE,
    INFORMING,
    MEET_AGAIN,
    NEXT_WEEK_THEN,
    NOT_EMPLOYER,
    REARRANGE,
    THANKED,
    TRIGGER,
)
from .holiday_dates import BEFORE_HOLIDAY, last_workday_before
from .long_weekend import before_long_weekend
from .text import Unit, units

_IF = re.compile(r"\s*if\b", re.I)
_WEEK_OF = re.compile(r"\bweek\s+(?:of|commencing|beginning|starting)\s+", re.I)
_THAT_WEEKS_END = re.compile(r"\bby\s+the\s+end\s+of\s+that\s+week\b", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?[a-z]+day", re.I)
#: A verb in the past before "on Friday": the day has been, it is no promise.
_PAST = re.compile(r"\b(?:shared|sent|passed|spoke|met|talked|discussed|presented|reviewed"
                   r"|had|was|were|did|caught\s+up)\b", re.I)

_SPAN = rx.compile(
    rf"\b(?:within(?:\s+the\s+next)?|in\s+the\s+next|over\s+the\s+next|in|during\s+the\s+next)"
    rf"\s+(?:the\s+)?"
    rf"(?:(?P<lo>{NUM})\s*(?:-|–|to)\s*)?(?P<n>{NUM})\s+(?P<biz>business\s+|working\s+)?"
    rf"(?P<unit>days?|weeks?|fortnights?|hours?|hrs)\b",
    re.I,
)
_END_OF = rx.compile(
    rf"\b(?:by\s+|before\s+)?(?:the\s+)?(?P<edge>end|beginning|start|early|middle|mid)\s*-?\s*(?:of\s+)?"
    rf"(?:(?P<which>this|the|next)\s+)?(?P<what>week|month|quarter|q(?P<q>[1-4])"
    rf"|(?P<mon>{'|'.join(MONTHS)}))\b"
    r"(?P<after>\s+after\s+next\b)?",  # ("the end of the week after next": two weeks on)
    re.I,
)
#: A talk that has been, right before its day: "our telephonic discussion on (Friday)".
_PAST_TALK = re.compile(r"\b(?:our|the|your)\s+(?:[\w-]+\s+){0,2}(?:discussion|call|chat"
                        r"|conversation|meeting|interview)\s+(?:(?:on|last)\s+)?$", re.I)
_BY_WEEKDAY = re.compile(
    r"\b(?:by|before|on|until|no\s+later\s+than)\s+"
    # ("by close of business Thursday", "by end of play Friday")
    r"(?:(?:(?:close|end)\s+of\s+(?:business|play)|cob|end\s+of\s+(?:the\s+)?(?:day|play)|eod|eop)"
    r"\s+(?:on\s+)?)?"
    r"(?:this\s+|next\s+)?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!\s*,?\s*\d)",
    re.I,
)
#: Dutch puts the day first: "Vrijdag nemen we de knoop door".
_NL_DAY_FIRST = re.compile(r"\s*(?:op\s+)?(?P<wd>maandag|dinsdag|woensdag|donderdag|vrijdag)"
                           r"\s+(?:nemen|hakken|beslissen|laten|hoor|krijg|bel|weten)\b", re.I)
#: A day of the month alone: "d'ici le 15", "avant le 20", "bis zum 15.", "by the 15th".
_BY_DAY_OF_MONTH = re.compile(
    r"\b(?:d['’]ici\s+le|avant\s+le|bis\s+(?:zum|spätestens\s+zum)|by\s+the|before\s+the"
    r"|antes\s+del|hasta\s+el|entro\s+il)\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|\.)?"
    r"(?![\d/:.-]|\s*(?:h\b|heures?|uhr|[ap]\.?m))", re.I)
_WEEK_OR_TWO = re.compile(
    r"\b(?:within|in|over)\s+(?:the\s+next\s+)?(?:a|one|1)\s+(?:week|wk)\s+or\s+(?:two|2)\b", re.I
)
_FORTNIGHT = re.compile(r"\b(?:within|in|over)\s+(?:the\s+next|a)\s+fortnight\b", re.I)
_BY_NUMERIC = re.compile(r"\b(?:by|before|until|no\s+later\s+than)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                         r"(?![/\d])")
_WEEK_NUMBER = re.compile(
    r"\b(?:(?:end\s+of\s+|by\s+)(?:calendar\s+)?week|(?:senast\s+)?(?:i\s+)?vecka|(?:bis\s+)?KW"
    r"|(?:uiterlijk\s+)?(?:in\s+)?week|(?:senest\s+)?(?:i\s+)?(?:uge|uke|veke)"
    r"|viikolla|viikon)\s+(?P<n>\d{1,2})\b",  # (Finnish "viikolla 6": in week 6)
    re.I)
#: "the week commencing 8 March", "w/c 8 March": a promise that runs to that week's end.
_WEEK_COMMENCING = re.compile(
    r"\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?\b|\bw/c\b", re.I)
_NEXT_WEEK = re.compile(r"\b(?:early\s+)?next\s+week\b", re.I)
#: "next week" right after the weekday a promise names, in any language.
_NEXT_AFTER_DAY = re.compile(r"[\s,]*(?:(?:i|in|der|de\s+la|of)\s+)?(?:" + _NEXT_WEEK.pattern
                             + "|" + NEXT_WEEK_INTL.pattern + ")", re.I)
_STRICTLY_BEFORE = re.compile(r"(?<!\bor\s)\bbefore\s+$", re.I)
_CHRISTMAS = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:christmas|xmas)\b", re.I)
_YEAR_END = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:new\s+year|end\s+of\s+(?:the|this)\s+year"
                       r"|year[-\s]end)\b", re.I)
#: "… by Friday, though realistically it may slip to Monday": the day it may slip to.
_SLIP = re.compile(r"\b(?:may|might|could|will\s+probably)\s+slip\s+(?:in)?to\s+"
                   r"(?:(?P<wd>(?:mon|tues|wednes|thurs|fri)day)\b)?", re.I)
_AT_THE_LATEST = re.compile(r"\bat\s+the\s+(?:very\s+)?latest\b", re.I)
#: The later day of a range written after its first date: "between March 8th and 12th".
_RANGE_END = re.compile(r"\s*(?:and|to|-|–|(?P<from>முதல்|से))\s*(?:the\s+)?(?P<d>[1-9]|[12]\d|3[01])"
                        r"(?:st|nd|rd|th)?"
                        r"(?![\d:./]|\s*(?:[ap]\.?m\b|h\b|hours?|days?|weeks?))", re.I)
_RANGE_START = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_TOMORROW = re.compile(r"\bby\s+tomorrow\b|\btomorrow\b", re.I)
#: Clauses of one sentence: "We'd like to decide by Friday, so please submit by Wednesday".
_CLAUSES = rx.compile(
    # (not ", and in any case not later than Friday": the bound of the same promise)
    r"\s*;\s*|,?\s+(?:so|but|while|whereas|and\s+then)\s+"
    r"|,\s+and\s+(?!in\s+any\s+case\b|at\s+the\s+(?:very\s+)?latest\b|not?\s+later\s+than\b)"
    r"|\s+and\s+(?=(?:we|I|they|our|the\s+team|you)\b)",
    re.I,
)
#: A span in Chinese: "两周内", "5个工作日内", "十天之内".
_SPAN_CJK = re.compile(r"(?P<n>\d{1,2}|[一二两兩三四五六七八九十])\s*(?:个|個)?\s*"
                       r"(?P<unit>工作日|星期|周|週|天)\s*(?:之内|内|以内)")
_CJK_NUMBERS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                "八": 8, "九": 9, "十": 10}


def add_business_days(start: date, days: int) -> date:
    """start + n weekdays (Saturday and Sunday skipped; holidays are the planner's job)."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _next_month(ref: date) -> date:
    """The first day of the month after `ref`'s."""
    return (ref.replace(day=1) + timedelta(days=32)).replace(day=1)


def _from_sentence(s: str, ref: date, order: str) -> date | None:
    if (slip := _SLIP.search(s)) is not None:  # "by Friday, though it may slip to Monday"
        if slip["wd"]:
            return next_weekday(ref, WEEKDAYS[slip["wd"].lower()])
        if later := [d for d in find_dates(s[slip.end() :], ref, order) if d.day >= ref]:
            return later[0].day
    if (late := _AT_THE_LATEST.search(s)) is not None and (
            dates := [d for d in find_dates(s[: late.start()], ref, order) if d.day >= ref]):
        # "news early next week, and by Wednesday 11th November at the latest": the bound
        return dates[-1].day
    if (w := _WEEK_NUMBER.search(s)) is not None and 1 <= int(w["n"]) <= 53:
        # "by the end of week 50": the Friday of that ISO week, this year or next
        year = ref.year + (1 if int(w["n"]) < ref.isocalendar().week - 26 else 0)
        with contextlib.suppress(ValueError):
            friday = date.fromisocalendar(year, int(w["n"]), 5)
            # ("second interviews in week 16, and an answer before the end of April": the
            # later of the two dates the sentence gives)
            rest = _from_sentence(s[: w.start()] + s[w.end() :], ref, order)
            return max(friday, rest) if rest and rest >= ref else friday
    if (wc := _WEEK_COMMENCING.search(s)) is not None and (
            days := [d for d in find_dates(s[wc.end():], ref, order) if d.day >= ref]):
        # "outcomes during the week commencing 8 March": that week's Friday
        return days[0].day + timedelta(days=4 - days[0].day.weekday())
    m = _END_OF.search(s)
    if m:
        which = (m["which"] or "this").lower()
        edge = m["edge"].lower()
        if m["mon"]:
            month = MONTHS[m["mon"].lower()]
            year = ref.year + (1 if month < ref.month else 0)
            last = calendar.monthrange(year, month)[1]
            day = last if edge == "end" else 15 if edge in ("middle", "mid") else 7
            return date(year, month, day)
        if m["what"].lower() == "week":
            weeks = 2 if m["after"] else 1 if which == "next" else 0
            if edge == "end":
                return friday_of(ref, weeks)
            monday = friday_of(ref, weeks) - timedelta(days=4)
            return monday + timedelta(days=1 if edge in ("beginning", "start", "early") else 2)
        if m["q"]:  # "before the end of Q1": its last day, this year or the next
            month = int(m["q"]) * 3
            year = ref.year + (1 if month < ref.month else 0)
            return date(year, month, calendar.monthrange(year, month)[1])
        if m["what"].lower() == "quarter":  # "by the end of the quarter": its last day
            q_end = ((ref.month - 1) // 3 + 1) * 3 + (3 if which == "next" else 0)
            year, month = ref.year + (q_end - 1) // 12, (q_end - 1) % 12 + 1
            return date(year, month, calendar.monthrange(year, month)[1])
        month_ref = _next_month(ref) if which == "next" else ref.replace(day=1)
        last = calendar.monthrange(month_ref.year, month_ref.month)[1]
        return month_ref.replace(day=last if edge == "end" else 15)
    if _WEEK_OR_TWO.search(s) or _FORTNIGHT.search(s):  # "within a week or two": the
        return ref + timedelta(days=14)  # later bound; "in the next fortnight"
    m = _SPAN.search(s)
    if m:
        n = count(m["n"])
        if n <= 0:
            return None
        if m["unit"].lower().startswith(("week", "fortnight")):
            return ref + timedelta(days=(14 if m["unit"].lower()[0] == "f" else 7) * n)
        if m["unit"].lower().startswith("h"):  # "within 72 hours": the day they run out
            return ref + timedelta(days=-(-n // 24))
        return add_business_days(ref, n) if m["biz"] else ref + timedelta(days=n)
    if (m := _SPAN_CJK.search(s)) is not None:  # "两周内给你明确答复", "5个工作日内"
        n = int(m["n"]) if m["n"].isdigit() else _CJK_NUMBERS[m["n"]]
        unit = m["unit"]
        if unit in ("周", "週", "星期"):
            return ref + timedelta(days=7 * n)
        return add_business_days(ref, n) if unit == "工作日" else (
            ref + timedelta(days=n))
    if END_OF_NEXT_MONTH_INTL.search(s):
        nxt = _next_month(ref)
        return nxt.replace(day=calendar.monthrange(nxt.year, nxt.month)[1])
    if END_OF_MONTH_INTL.search(s):
        return ref.replace(day=calendar.monthrange(ref.year, ref.month)[1])
    if (named := END_OF_MONTH_NAMED.search(s)) is not None:
        month = MONTHS[named["mon"].lower()]
        year = ref.year + (1 if month < ref.month else 0)
        return date(year, month, calendar.monthrange(year, month)[1])
    if (w := END_OF_WEEK_INTL.search(s)) is not None:  # ("… de la semaine prochaine": next)
        nxt = w["nxt"] or w["ru"] or w["de"] or w["pl"] or NEXT_AFTER.match(s, w.end())
        return friday_of(ref, 1 if nxt else 0)
    if (m := SPAN_INTL.search(s)) is not None and (
            n := NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])) > 0:
        unit = m["unit"].lower()
        if unit.startswith(("sett", "woch", "sema", "wek", "veck", "tyg")):
            return ref + timedelta(days=7 * n)
        biz = m["biz"] or unit.startswith(("werkt", "werkd"))
        return add_business_days(ref, n) if biz else ref + timedelta(days=n)
    if (h := BEFORE_HOLIDAY.search(s)) and (day := last_workday_before(h["name"], ref)):
        return day
    if _CHRISTMAS.search(s):  # "before Christmas": Christmas Eve, the last day before it
        eve = date(ref.year, 12, 24)
        return eve if eve >= ref else date(ref.year + 1, 12, 24)
    if _YEAR_END.search(s):  # "before the new year", "by the end of the year": 31 December
        return date(ref.year, 12, 31)
    # ("I shared my notes on Friday": a weekday after a verb in the past has been; so has
    # one after "our telephonic discussion on")
    dates = [d for d in find_dates(s, ref, order) if d.day >= ref and not (
        _WEEKDAY_ONLY.fullmatch(d.text) and (_PAST.search(s[: d.start]) or _PAST_TALK.search(
            s, max(0, d.start - 60), d.start)))]
    if dates:
        last = dates[-1]
        if (end := _RANGE_END.match(s, last.end)) is not None and int(end["d"]) > last.day.day and (
                # (Tamil and Hindi put "from" after the first day: "ஏப்ரல் 5 முதல் 7-ஆம்")
                end["from"] or _RANGE_START.search(s, max(0, last.start - 12), last.start)):
            with contextlib.suppress(ValueError):  # "between March 8th and 12th": the 12th
                return last.day.replace(day=int(end["d"]))
        if _STRICTLY_BEFORE.search(s, max(0, last.start - 12), last.start):
            # "Graham starts parental leave on the 15th, so … a decision before the 15th":
            # the day before it (not "on or before Friday")
            return last.day - timedelta(days=1)
        return last.day
    if (m := _BY_DAY_OF_MONTH.search(s)) is not None:  # "d'ici le 15": the next 15th
        day = int(m["d"])
        for month_ref in (ref.replace(day=1), _next_month(ref)):
            with contextlib.suppress(ValueError):
                if (when := month_ref.replace(day=day)) >= ref:
                    return when
    if (m := _BY_NUMERIC.search(s)) is not None:  # "by 03/12": the next such day
        a, b = int(m["a"]), int(m["b"])
        month, day = (a, b) if order == "MDY" else (b, a)
        for year in (ref.year, ref.year + 1):
            with contextlib.suppress(ValueError):
                if (when := date(year, month, day)) >= ref:
                    return when
    m = _BY_WEEKDAY.search(s) or BY_WEEKDAY_INTL.search(s) or _NL_DAY_FIRST.match(s)
    if m and not _PAST.search(s[: m.start()]) and not _PAST_TALK.search(
            s, max(0, m.start() - 60), m.start()):  # "I shared my notes on Friday": gone by
        # ("decision next week, latest by Friday": the Friday of that week)
        wd = m["wd"] or KO_WEEKDAY[m["ko"]]
        after = s[m.end() : m.end() + 30]  # "senest fredag i neste uke", "Freitag nächste Woche"
        return next_weekday(ref, WEEKDAYS[wd.lower()], next_week="next" in m.group(0).lower()
                            or bool(_NEXT_WEEK.search(s[: m.start()]))
                            or bool(_NEXT_AFTER_DAY.match(after)))
    if _NEXT_WEEK.search(s) or NEXT_WEEK_INTL.search(s):
        return friday_of(ref, 1)
    if _TOMORROW.search(s):
        return ref + timedelta(days=1)
    return None


#: Where a Korean or Japanese sentence ends inside a unit the line joiner made of two lines:
#: "… 안내드릴 예정입니다." / "참석 가능 여부를 11월 30일(월)까지 … 회신 부탁드립니다."
_CJK_STOP = re.compile(r"(?<=[다요]\.)\s+|(?<=。)")


def _cjk_sentences(unit: Unit) -> list[Unit]:
    if "다." not in unit.text and "요." not in unit.text and "。" not in unit.text:
        return [unit]
    return [replace(unit, text=t) for t in _CJK_STOP.split(unit.text) if t.strip()]


def find_deadline(text: str, ref: date | None, order: str = "MDY") -> tuple[date, str] | None:
    """(decision date, the sentence that says so) or None. The last promise wins."""
    if ref is None:
        return None
    found: tuple[date, str] | None = None
    if not TRIGGER.search(text):
        return None
    week_of: date | None = None  # the week a sentence named: "during the week of 22 March"
    meeting: date | None = None  # the day the sentence before set a deciding meeting on
    for unit in (piece for u in units(text) for piece in _cjk_sentences(u)):
        # ("grazie per la risposta": hers, no promise; "writing to let you know that …": news)
        sentence = INFORMING.sub(" ", THANKED.sub(" ", unit.text))
        if meeting is not None and DAY_AFTER.search(sentence) and TRIGGER.search(sentence):
            found = (meeting + timedelta(days=1), sentence.strip()[:120])
            continue
        meeting = next((d.day for d in find_dates(sentence, ref, order) if d.day >= ref), None
                       ) if DECIDING_MEETING.search(sentence) else None
        if (w := _WEEK_OF.search(sentence)) is not None and (
                named := find_dates(sentence[w.end() : w.end() + 30], ref, order)):
            week_of = named[0].day
        if week_of is not None and _THAT_WEEKS_END.search(sentence) and TRIGGER.search(
                sentence) and not NEXT_WEEK_THEN.search(sentence):
            # "… interviewed during the week of 22 March … We expect to be back in touch
            # with everyone by the end of that week": the Friday of the week it named
            found = (friday_of(week_of, 0), sentence.strip()[:120])
            continue
        if (m := NEXT_WEEK_THEN.search(sentence)) is not None:
            # "The panel meets next week …, and we expect to tell you the outcome by the end
            # of that week": that week is the next one
            sentence = f"{sentence[:m.start('that')]}next{sentence[m.end('that'):]}"
        if found is not None and not unit.templated and not TRIGGER.search(sentence) and (
                late := _AT_THE_LATEST.search(sentence)) and (dates := [
                    d for d in find_dates(sentence[: late.start()], ref, order) if d.day >= ref]):
            # "they aim to decide by early February. I pushed a bit and she committed to
            # Friday 5 Feb at the latest": the next sentence bounds the promise
            found = (dates[-1].day, sentence.strip()[:120])
            continue
        if unit.templated or not TRIGGER.search(sentence) or _IF.match(sentence) or (
                HERS_TO_GIVE.search(sentence) or AFTER_INTERVIEWS_END.search(sentence)
                or MEET_AGAIN.search(sentence)):
            continue
        # ("news early next week, and by Wednesday 11th at the latest": a bound in a clause
        # of its own still bounds the promise)
        clauses = _CLAUSES.split(sentence)
        bound = [c for c in clauses if _AT_THE_LATEST.search(c)]
        if bound and BY_THEN.search(bound[-1]):
            # ("The office closes on Thursday evening, so it'll be by then at the latest":
            # "then" is the day the sentence named before)
            bound = [sentence]
        for clause in bound[-1:] or clauses:
            if not (bound or TRIGGER.search(clause)) or NOT_EMPLOYER.search(clause) or (
                    HAD_HOPED.search(clause)):  # ("taking longer than we'd hoped, but …")
                continue
            if AFTER_INTERVIEW.search(clause) or AFTER_HER_STEP.search(clause):
                continue  # "within two weeks of your onsite": counted from the interview

            if REARRANGE.search(clause) and not BY.search(clause):
                continue
            day = _from_sentence(clause, ref, order)
            if day is not None and day >= ref:
                found = (day, sentence.strip()[:120])
    return found


def stated_decision(text: str, ref: date | None, order: str, sender_domain: str | None
                    ) -> tuple[date, str] | None:
    """The decision date a mail states, counted from its own day, from the interview it
    looks back on or from a closing day, and the words it was read from."""
    deadline = find_deadline(text, ref, order)
    if deadline is None and ref is not None and (
            day := day_looked_back_on(text, ref)) is not None:
        # "an outcome within ten days of your interview", the interview "yesterday"
        deadline = after_interview(text, day)
    if deadline is None and ref is not None:
        deadline = after_closing(text, ref, order) or (  # "마감 후 2주 이내"
            before_long_weekend(text, ref, sender_domain))
    return deadline
