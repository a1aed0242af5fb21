"""When the employer says they will decide: "by Friday 20 November", "by the end of next
week", "within two weeks", "in the next 5 business days".

The planner schedules the follow-up for the first business day after this date, so the
date is the last day the employer promised, resolved against the message's Date header.
Only sentences that talk about a decision or hearing back are read, so an interview date
or an application deadline is not mistaken for a decision date.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import replace
from datetime import date, timedelta

from .. import rx
from .dates import MONTHS, WEEKDAYS, find_dates, next_weekday
from .deadline_from import AFTER_INTERVIEW, NUM, count
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
from .holiday_dates import BEFORE_HOLIDAY, last_workday_before
from .text import Unit, units

_TRIGGER = rx.compile(
    r"\b(?:decisions?|decide|deciding|hear\s+(?:back\s+)?from\s+(?:us|me|them)"
    r"|hear\s+(?:something|anything|more|back)"
    r"|get\s+back\s+to\s+(?:you|all|every(?:one|body)?|each)"
    r"|be\s+in\s+touch|let\s+you\s+know|update\s+you|(?:give|send)\s+you\s+(?:an?\s+)?update"
    r"|come\s+back\s+to\s+(?:you|everyone|all|each)|have\s+an\s+update\s+for\s+you|revert|outcomes?|feedback|next\s+steps?|respond\s+to\s+you"
    r"|reach\s+out\s+to\s+you|(?:contact|notify|inform)\s+(?:you|all|every|each)|in\s+touch|answer|respond|reply\s+to\s+(?:you|every"
    r"|all|each)|hear\s+back|news\s+(?:for|from)|final\s+(?:say|word)|verdict|results?"
    r"|conclude|finali[sz]e|complete\s+the\s+process|offers\s+out"
    r"|wrap\s+up\s+(?:the\s+|our\s+)?(?:whole\s+|hiring\s+|recruitment\s+)?process|(?:make|have|get)\s+(?:an?|the|our)\s+offer"
    r"|(?:make|making)\s+(?:a|the|our|their)\s+(?:final\s+)?call(?!\s+(?:to|with|for)\b)"
    r"|make\s+(?:a|the|our|their|its)\s+(?:final\s+)?(?:selection|choice)"
    # "successful candidates will be contacted on or before Friday, 21st May"
    r"|(?:will|shall)\s+be\s+(?:contacted|notified|informed|advised)"
    # French, Spanish, Portuguese, German, Dutch
    r"|d[ée]cision|communiquer\s+avec|vous\s+(?:re)?contacter"
    r"|revenir\s+vers\s+vous(?!\s+(?:si|aussi|un\s+peu)\s+tard|\s+avec\s+(?:du\s+)?retard)"
    r"|deliberat\w*"
    r"|nos\s+pondremos\s+en\s+contacto|decisi[óo]n|decis[ãa]o|retorno|entraremos\s+em\s+contato"
    r"|entscheidung|entscheid\w*|rückmeldung|melden\s+(?:uns|wir\s+uns)"
    r"|hören\b[^.]{0,60}\bvon\s+uns|von\s+uns\s+hören|beslissing|laten\s+we\s+(?:u|je)"
    r"|riscontro|decisione|esito|faremo\s+sapere|concluir\s+o\s+processo|concluire\s+il\s+processo"
    r"|(?:faire|ferons|fera)\s+un\s+retour|be\s+back\s+to\s+you"
    # "The office closes on Thursday evening, so it'll be by then at the latest"
    r"|(?:it['’]ll|it\s+will)\s+be\s+by\s+then\s+at\s+the\s+latest"
    r"|(?:te|le|les)\s+(?:lo\s+)?(?:decimos|diremos|avisaremos|comunicaremos|confirmaremos)\b"
    r"|respuesta|resposta|risposta|r[ée]ponse|reviendrons(?!\s+à\s+l['’]heure)|Bescheid|Antwort|antwoord"
    r"|uitsluitsel|besked|beslut\w*|beslutning\w*|tilbakemelding|tilbagemelding|återkoppling|återkommer|odpowied\w+|decyzj\w+|dönüş\w*|karar\w*"
    r"|otsus\w*|vastus\w*|döntés\w*|odluk\w*|rozhodnut\w*|decizi\w*|răspuns\w*|výsled\w*"
    r"|eredmény\w*|tájékoztat\w*|informuosime|pranešime"  # (Lithuanian "we will inform")
    r"|poinformujemy|odezwiemy\s+się|wynik\w*"  # Polish: "we will inform you", results
    r"|lēmum\w*|απόφασ\w*|θα\s+επικοινωνήσουμε"  # Latvian, Greek: decision, we'll contact
    # Russian, Ukrainian (not "відповідатиме", will correspond to)
    r"|ответ\w*|решени\w*|сообщим|відповід(?:ь|і|імо)\b|відповімо|рішенн\w*|повідомимо"
    r"|hasil\w*|kabar\w*|infokan|informasikan|menghubungi"  # Indonesian, Malay
    r"|kết\s+quả"  # Vietnamese: the result
    r"|te\s+laten\s+weten|laten\s+(?:we\s+)?(?:je|u)\s+weten|besluit|knoop\s+door"
    r"|laat\s+ik\s+(?:je|u)\s+weten|hoort?\s+(?:je|u)\s+(?:\w+\s+){0,4}van\s+(?:me|mij|ons)"
    r"|(?:je|u)\s+hoort\s+(?:\w+\s+){0,6}van\s+(?:me|mij|ons)"
    r"|let(?:ting)?\s+(?:every(?:one|body)|all\s+(?:candidates|of\s+you))\s+know"
    # "aiming to let every finalist know where things stand by the end of the month"
    r"|let(?:ting)?\s+(?:every|each|all)\s+(?:\w+\s+){0,2}know|know\s+where\s+(?:things|you|we)\s+stand"
    r")\b|結果|合否|结果|결과|합격자\s*발표"
    r"|[给給][你您][^。\n]{0,8}(?:答复|答覆|回复|回覆)"  # ("在两周内给你明确答复": we answer you)
    r"|แจ้งผล|ผลการ(?:สัมภาษณ์|คัดเลือก|พิจารณา)"  # Thai: announce the result
    r"|תשובה|החלטה|נחזור\s+אלי|נעדכן",  # Hebrew: answer, decision, we'll come back to you
    re.I,
)
_IF = re.compile(r"\s*if\b", re.I)
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
    r"|(?:uiterlijk\s+)?(?:in\s+)?week|(?:senest\s+)?(?:i\s+)?uge)\s+(?P<n>\d{1,2})\b", re.I)
#: "the week commencing 8 March", "w/c 8 March": a promise that runs to that week's end.
_WEEK_COMMENCING = re.compile(
    r"\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?\b|\bw/c\b", re.I)
_NEXT_WEEK = re.compile(r"\b(?:early\s+)?next\s+week\b", re.I)
_CHRISTMAS = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:christmas|xmas)\b", re.I)
_YEAR_END = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:new\s+year|end\s+of\s+(?:the|this)\s+year"
                       r"|year[-\s]end)\b", re.I)
#: "… by Friday, though realistically it may slip to Monday": the day it may slip to.
_SLIP = re.compile(r"\b(?:may|might|could|will\s+probably)\s+slip\s+(?:in)?to\s+"
                   r"(?:(?P<wd>(?:mon|tues|wednes|thurs|fri)day)\b)?", re.I)
_AT_THE_LATEST = re.compile(r"\bat\s+the\s+(?:very\s+)?latest\b", re.I)
#: The later day of a range written after its first date: "between March 8th and 12th".
_RANGE_END = re.compile(r"\s*(?:and|to|-|–)\s*(?:the\s+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
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
#: A date that belongs to someone else: the candidate's own task (complete the video by,
#: submit by, reply by), a visa office, a publication, a landlord, applications closing.
_NOT_EMPLOYER = rx.compile(
    r"\b(?:please\s+(?:complete|submit|record|return|send|reply|respond|confirm|revert|let\s+us\s+know)"
    # Indian English: "Request you to revert by tomorrow EOD", "Kindly confirm by Friday"
    r"|(?:kindly|request(?:ing)?\s+you\s+to)\s+(?:revert|reply|respond|confirm|share|send"
    r"|let\s+(?:us|me)\s+know)"
    # "It would help us a lot to hear back by end of day Tuesday": her answer
    r"|(?:help\s+us|we['’]d\s+(?:like|love)|we\s+need)\s+(?:a\s+lot\s+)?to\s+hear\s+back"
    r"|you\s+(?:have|'ve\s+got|will\s+have)\s+(?:until|\d+|one|two|three|a\s+few)"
    r"|(?:must|need\s+to|should)\s+(?:be\s+)?(?:complete|completed|submit|submitted|record"
    r"|recorded|returned)|deadline\s+(?:to|for)\s+(?:complete|submit|record|respond|accept)"
    r"|(?:complete|record|submit)\s+(?:it|them|the|your)\b[^.]{0,60}\b(?:by|before|within)"
    r"|visa|embassy|consulate|permit|publish\w*|publication|go(?:es)?\s+live|landlord"
    r"|applications?\s+close|closing\s+date|scorecard"
    # a survey about the process: its closing date is the candidate's, not a decision
    r"|survey|questionnaire"
    # the candidate's answer to an offer, and questions answered on a call
    r"|let\s+(?:us|me)\s+know\s+your\s+(?:decision|answer|response)"
    r"|your\s+(?:decision|answer|acceptance|response|signature)\s+(?:by|before|no\s+later)"
    r"|answer\s+(?:any|your|all)\s+(?:of\s+your\s+|other\s+)?questions"
    # the candidate's answer in other languages: "Agradeceremos su respuesta a más tardar
    # el viernes", "merci de nous faire parvenir votre réponse", "Ihre Rückmeldung bis"
    r"|(?:su|tu|sua|tua|vostra|votre|ta|Ihre|deine|uw|je|din|ditt)\s+(?:respuesta|resposta"
    r"|risposta|réponse|rückmeldung|antwort|antwoord|reactie|confirmaci[óo]n|confirma[çc][ãa]o"
    r"|conferma|confirmation|bestätigung|bevestiging|svar|bekräftelse|decisi[óo]n|decis[ãa]o"
    r"|décision|entscheidung|beslissing|decisione)"
    # her silence, after which they will call: "Sans réponse de votre part d'ici jeudi, nous
    # prendrons contact", "if we haven't heard from you by Thursday", "nichts von Ihnen hören"
    r"|sans\s+(?:nouvelles?|réponse|retour)\s+de\s+(?:votre|ta)\s+part"
    r"|if\s+(?:we|I)\s+(?:don['’]t|do\s+not|haven['’]t|have\s+not)\s+(?:yet\s+)?hear[d]?\s+"
    r"(?:back\s+)?from\s+you|nichts\s+von\s+(?:Ihnen|dir)\s+hören"
    r"|(?:sin|si\s+no\s+tenemos)\s+noticias\s+(?:suyas|tuyas)|niets\s+van\s+(?:je|u)\s+horen"
    # Romanian puts the possessive after: "să ne comunicați decizia dumneavoastră până vineri"
    r"|(?:decizia|răspunsul|confirmarea)\s+(?:dumneavoastră|ta)"
    # Polish "Prosimy o nagranie odpowiedzi do poniedziałku": we ask you to record by
    r"|prosimy\s+o\s+(?:nagranie|przesłanie|wypełnienie|potwierdzenie|odpowied\w+)"
    # Ukrainian, Russian "повідомте про своє рішення до": her answer
    r"|(?:своє|ваше|своё)\s+(?:рішення|решение)"
    # "Agradecemos que confirme a sua presença até ao dia 5 de Novembro"
    r"|(?:confirme|confirmar|confirmes|confirmez)\s+(?:a\s+)?(?:sua|su|tu|votre|ta)\s+"
    r"(?:presença|asistencia|présence|participa\w+))\b"
    r"|설문|アンケート|问卷|調査",  # (no word boundaries in CJK text)
    re.I,
)


#: The same in a sentence whose commas split it: "wenn Sie uns bis Freitag, 22. Januar 2027,
#: Bescheid geben könnten" (the candidate's word to give).
_HERS_TO_GIVE = re.compile(
    r"\b(?:Sie|du)\s+(?:uns|mir)\b(?:[^.]|(?<=\d)\.){0,60}\b(?:Bescheid|Rückmeldung)\s+geben\b"
    # "geben Sie mir bitte bis Mittwoch Bescheid"
    r"|\b[Gg]eben\s+Sie\s+(?:uns|mir)\b(?:[^.]|(?<=\d)\.){0,60}\b(?:Bescheid|Rückmeldung)\b"
    # Ukrainian and Russian "підтвердіть участь відповіддю … до 25 березня": her answer
    r"|\b(?:підтвердіть|підтвердьте|подтвердите|подтвердить)\b")


#: "next week … that week": the second names the first.
_NEXT_WEEK_THEN = re.compile(r"\bnext\s+week\b.*?\b(?P<that>that)\s+week\b", re.I | re.S)
#: "it'll be by then at the latest": "then" is a day the sentence named before.
_BY_THEN = re.compile(r"\bby\s+then\b", re.I)
#: A hope given up: "We had genuinely hoped to get a decision to you by the 18th".
_HAD_HOPED = re.compile(r"\b(?:had|'d)\s+(?:\w+\s+)?(?:hoped|planned|intended|expected|wanted)\b",
                        re.I)
#: The date when interviews end, the answer to come "shortly after": "We expect to wrap up
#: interviews by the end of next week and will be in touch shortly after" states no date
#: for the answer itself.
_AFTER_INTERVIEWS_END = re.compile(
    r"\b(?:wrap(?:ping)?\s+up|finish(?:ing)?|complet(?:e|ing)|conclud(?:e|ing))\s+(?:the\s+|our\s+"
    r"|all\s+)?(?:interviews|interviewing)\b[^.!?]*\b(?:shortly|soon|some\s+time)\s+after", re.I)


#: Rearranging a cancelled interview: "I'll be in touch on Monday with some new times", "to
#: rebook". Not a decision date, unless the mail commits to one ("we will contact you by the
#: end of February with a new date": a date to follow up after).
_REARRANGE = rx.compile(
    r"\b(?:new\s+(?:date|dates|time|times|slot|slots|options?)|re-?book\w*|re-?arrange\w*|find\s+(?:a|another)"
    # ("… your interview, earlier scheduled for Thursday, has been rescheduled as follows")
    r"\s+(?:time|slot|date)|re-?schedul\w*)\b", re.I)
_BY = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?\w", re.I)


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


def _friday(ref: date, weeks_ahead: int) -> date:
    monday = ref - timedelta(days=ref.weekday())
    friday = monday + timedelta(days=4 + 7 * weeks_ahead)
    if friday < ref:
        friday += timedelta(days=7)
    return friday


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
            return date.fromisocalendar(year, int(w["n"]), 5)
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
                return _friday(ref, weeks)
            monday = _friday(ref, weeks) - timedelta(days=4)
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
        nxt = w["nxt"] or w["ru"] or w["de"] or NEXT_AFTER.match(s, w.end())
        return _friday(ref, 1 if nxt else 0)
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
                _RANGE_START.search(s, max(0, last.start - 12), last.start)):
            with contextlib.suppress(ValueError):  # "between March 8th and 12th": the 12th
                return last.day.replace(day=int(end["d"]))
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
        return next_weekday(ref, WEEKDAYS[wd.lower()], next_week="next" in m.group(0).lower()
                            or bool(_NEXT_WEEK.search(s[: m.start()])))
    if _NEXT_WEEK.search(s) or NEXT_WEEK_INTL.search(s):
        return _friday(ref, 1)
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


#: Thanks for the reader's answer: "thanks for the quick reply", "grazie mille per la risposta
#: super veloce", "merci pour ta réponse" (the answer word there is hers, not a promise).
_THANKED = rx.compile(
    r"\b(?:thanks?|thank\s+you|grazie|merci|gracias|obrigad[oa]|danke|bedankt)(?:\s+[\w']+){0,2}?\s+"
    r"(?:for|per|pour|por|für|voor)\s+(?:[\w']+\s+){0,3}?(?:reply|response|answer|risposta"
    r"|réponse|respuesta|resposta|antwort|antwoord|riscontro|retour|retorno)\b",
    re.I,
)


def find_deadline(text: str, ref: date | None, order: str = "MDY") -> tuple[date, str] | None:
    """(decision date, the sentence that says so) or None. The last promise wins."""
    if ref is None:
        return None
    found: tuple[date, str] | None = None
    if not _TRIGGER.search(text):
        return None
    for unit in (piece for u in units(text) for piece in _cjk_sentences(u)):
        sentence = _THANKED.sub(" ", unit.text)  # ("grazie per la risposta": hers, no promise)
        if (m := _NEXT_WEEK_THEN.search(sentence)) is not None:
            # "The panel meets next week …, and we expect to tell you the outcome by the end
            # of that week": that week is the next one
            sentence = f"{sentence[:m.start('that')]}next{sentence[m.end('that'):]}"
        if found is not None and not unit.templated and not _TRIGGER.search(sentence) and (
                late := _AT_THE_LATEST.search(sentence)) and (dates := [
                    d for d in find_dates(sentence[: late.start()], ref, order) if d.day >= ref]):
            # "they aim to decide by early February. I pushed a bit and she committed to
            # Friday 5 Feb at the latest": the next sentence bounds the promise
            found = (dates[-1].day, sentence.strip()[:120])
            continue
        if unit.templated or not _TRIGGER.search(sentence) or _IF.match(sentence) or (
                _HERS_TO_GIVE.search(sentence) or _AFTER_INTERVIEWS_END.search(sentence)):
            continue
        # ("news early next week, and by Wednesday 11th at the latest": a bound in a clause
        # of its own still bounds the promise)
        clauses = _CLAUSES.split(sentence)
        bound = [c for c in clauses if _AT_THE_LATEST.search(c)]
        if bound and _BY_THEN.search(bound[-1]):
            # ("The office closes on Thursday evening, so it'll be by then at the latest":
            # "then" is the day the sentence named before)
            bound = [sentence]
        for clause in bound[-1:] or clauses:
            if not (bound or _TRIGGER.search(clause)) or _NOT_EMPLOYER.search(clause) or (
                    _HAD_HOPED.search(clause)):  # ("taking longer than we'd hoped, but …")
                continue
            if AFTER_INTERVIEW.search(clause):
                continue  # "within two weeks of your onsite": counted from the interview

            if _REARRANGE.search(clause) and not _BY.search(clause):
                continue
            day = _from_sentence(clause, ref, order)
            if day is not None and day >= ref:
                found = (day, sentence.strip()[:120])
    return found
