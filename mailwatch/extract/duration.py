"""The meeting's length when the mail states one ("a 45-minute call", "plan for about an hour").

A stated length gives the interview its end when no end time is written, and the end is
when the thank-you becomes due. Lengths that belong to something else are the trap:
"join a few minutes early", "reply within 48 hours", "a 10-minute walk from the station",
"the task takes two hours". So a length counts only in a sentence about the meeting, never
next to words that tie it to something else, and two different lengths cancel out.
"""

from __future__ import annotations

import re
from datetime import time, timedelta

from .. import rx
from .clock_words import HOUR_WORDS
from .times import find_times

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
    "fifteen": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25, "thirty": 30,
    "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50, "sixty": 60,
    "seventy-five": 75, "seventy five": 75, "ninety": 90, "a couple of": 2, "a couple": 2,
}
_NUM = (r"(?:\d{1,3}(?:[.,]5)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
        + r")")
_HOURS = r"(?:hours?|hrs?)"
_MINUTES = r"(?:minutes?|mins?)(?![a-z])"

#: One length: "45 minutes", "45-minute", "an hour and a half", "1 hr 15 min", "half an hour".
_LENGTH = rx.compile(
    r"(?<![\w\-/:.])(?<!\d,)(?:"  # (not the "5 hours" of "1,5 hours")
    # ("one (1) hour")
    rf"(?P<hh>{_NUM})(?:\s*\(\d{{1,2}}\))?(?:\s+and\s+a\s+half|½)?[\s\-]*{_HOURS}"
    rf"(?:\s+and\s+a\s+(?P<hq>half|quarter))?"
    rf"(?:\s*(?:and\s+)?(?P<hm>\d{{1,2}})\s*{_MINUTES})?"
    rf"|(?P<mm>{_NUM})[\s\-]*(?:\(\d{{1,3}}\)\s*)?{_MINUTES}"  # ("forty-five (45) minutes")
    r"|(?P<half>half(?:\s+an|-an)?[\s\-]+hour)"
    r"|(?P<tq>three[\s\-]+quarters\s+of\s+an\s+hour)"  # ("roughly three quarters of an hour")
    r"|(?P<full>(?:the|a)\s+full[\s\-]+hour|(?<=\ban\s)hour|(?<=\bsame\s)hour)[\s\-]long"
    r"|(?P<full2>(?:the|a)\s+full[\s\-]+hour)"  # "still the full hour", "the same hour-long"
    r")(?![\w\-])",
    re.I,
)
#: Every _LENGTH match spells one of these (its hours or minutes word), lower-cased.
_UNIT_WORDS = ("min", "hour", "hr")
_RANGE_BEFORE = rx.compile(rf"{_NUM}\s*(?:-|–|to|or)\s*$", re.I)
#: (not "about an hour - a short case discussion": an aside, not "an hour - a half")
_RANGE_AFTER = re.compile(rf"^\s*(?:-|–|to|or)\s*(?!an?\s+(?!hour|half|few|couple)\w){_NUM}", re.I)
#: Words just before a length that make it a deadline, an offset or a limit, not a length.
_BAD_BEFORE = rx.compile(
    r"\b(?:within|(?<!pencil\s)in|next|first|(?<=the\s)last|after|before|every|per|each|than|least|by|until|"
    r"further|extra|additional|another|few)\s+(?:the\s+)?(?:next\s+)?(?:about\s+)?$",
    re.I,
)
#: Words just after: "15 minutes early", "10 minutes before", "a 10-minute walk".
_BAD_AFTER = rx.compile(
    r"^['’]?s?\s*(?:early|earlier|before|prior|ahead|beforehand|in\s+advance|late|later|"
    r"after|from|away|walk|drive|ride|journey|commute|break|buffer|notice|of\s+(?:the|your)|"
    r"to\s+(?:complete|fill|respond|reply|answer|travel|get)"
    # a part of the meeting: "40 minutes on a case study and 20 minutes for your questions"
    r"|on\s+(?:a|the|your)\s|for\s+(?:your\s+|any\s+)?questions|for\s+q\s*&\s*a"
    r"|presentation|pitch|talk|overview|summary)",  # ("a 10-minute overview of your PhD")
    re.I,
)
#: The sentence is about the meeting.
_MEETING = rx.compile(
    r"\b(?:interview\w*|call|conversation|chat|screen(?:ing)?|session|meeting|panel|speaking|"
    r"discussion|video|zoom|teams|google\s+meet|meet|phone|onsite|on-site|catch[- ]up|"
    r"intro|presentation|slot|itinerary|in[- ]person|face[- ]to[- ]face|round"
    # a move that keeps the rest: "Same format, same room (…), 45 minutes."
    r"|same\s+(?:format|room|place|location|setup|panel|link)"
    # her "Could we do Wednesday 13 January at 15:00 SGT instead, same one-hour length?"
    r"|same\s+(?:[\w-]+\s+)?(?:length|duration))\b",
    re.I,
)
#: Or the length is the object of a verb that only a meeting takes here.
_FRAME = rx.compile(
    r"(?:^|[\s(])(?:duration|length)\s*:\s*(?:about\s+|around\s+|roughly\s+|approx(?:imately"
    r"|\.)?\s+|~\s*)?$"
    # "The duration stays at 1 hour", "the length is 45 minutes"
    # "Length 45 minutes": a table row whose cells lost the colon between them
    r"|^\s*(?:duration|length)\s+$"
    r"|\b(?:duration|length)\s+(?:is|stays|remains|will\s+be|will\s+stay)\s+(?:at\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+)?$|\b(?:plan\s+(?:for|on)|allow|allot|set\s+aside|give\s+it"
    r"|pencil\s+in|"
    r"block(?:ed)?(?:\s+out)?|reserve[ds]?|budget)\s+(?:\w+\s+)?(?:about\s+|around\s+|"
    r"roughly\s+|approximately\s+|~\s*|up\s+to\s+)?$"
    # "These usually run about 45 minutes", "It should take around 1 hour", "It's an hour"
    # "9.30am NZDT (45 minutes)": in brackets right after a clock or its zone
    r"|(?:\d|[ap]\.?m\.?|\b(?-i:[A-Z]{2,5}))\s*\(\s*(?:about\s+|approx\.?\s+)?$"
    # "Plan one hour please", "we can keep it to 30 minutes"
    r"|\bplan\s+$|\bkeep\s+it\s+(?:to|under)\s+(?:about\s+|around\s+)?$"
    # "Monday at 2pm Eastern, 60 minutes": right after a clock and its zone, a comma
    r"|(?:\d\s*[ap]\.?m\.?|\d[:.]\d\d|\b(?:Eastern|Central|Mountain|Pacific|UTC|(?-i:[A-Z]{1,4}T)))\s*,\s*$"
    # "We'll need about 45 minutes"
    r"|\b(?:we['’]ll|we\s+will|we['’]d|it['’]ll|it\s+will)\s+need\s+(?:about\s+|around\s+"
    r"|roughly\s+|approximately\s+|~\s*|up\s+to\s+)?$"
    r"|\b(?:(?:runs?|lasts?)(?:\s+for)?|takes?|to\s+last|to\s+take|it['’]s|it\s+is|it['’]ll\s+be"
    r"|it\s+will\s+be|should\s+be|(?:it\s+)?shouldn['’]t\s+be\s+more\s+than"
    r"|it\s+would\s+(?:still\s+)?be|it['’]d\s+(?:still\s+)?be)"  # ("It would still be 45 minutes")
    r"\s+(?:usually\s+|normally\s+|typically\s+|generally\s+|still\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|just\s+|~\s*|up\s+to\s+)?$",
    re.I,
)
#: Or a verb after it says it is how long the meeting takes: "Half an hour should do it".
_FRAME_AFTER = re.compile(r"\s+(?:should|will|would)\s+(?:do\s+it|do|be\s+(?:plenty|enough))\b"
                          r"|\s+(?:is|should\s+be)\s+(?:plenty|enough)\b"
                          # "30 min, super informal, me + my cofounder"
                          r"|\s*,\s+(?:super\s+|very\s+|pretty\s+|quite\s+|totally\s+|all\s+)?"
                          r"(?:informal|casual|relaxed|low[- ]key)\b"
                          # "He says 45 mins max.", "30 minutes tops", "its a 30 min thing"
                          r"|\s+(?:max|tops|at\s+most|thing)\b"
                          # "Please keep 30 minutes free for the interview itself"
                          r"|\s+free\s+for\s+(?:the|your|our)\s+(?:[\w-]+\s+)?(?:interview|call|chat"
                          r"|meeting|conversation)\b", re.I)
#: Sentences whose length belongs to homework, forms, parking, office hours.
_OTHER_THING = rx.compile(
    r"\b(?:task|assignment|exercise|homework|take-home|form|questionnaire|parking|"
    r"office\s+hours|opening\s+hours|travel|flight|drive|test\s+your|timer|time\s+limit"
    r"|clocks?)\b|自我介[紹绍]|自己紹介|簡報|简报",
    re.I,
)
#: What the meeting is about: "talking through your take-home", "to discuss the task".
_TOPIC_LEAD = re.compile(r"\b(?:through|over|about|discuss\w*|review\w*|present\w*|includ\w*)\b",
                         re.I)
#: (not the full stop of "approx.", "ca.", "kb." before the length it qualifies)
_SENTENCE = rx.compile(r"(?<!\d)(?<!\b[Cc]a)(?<!\bkb)(?<!\bcca)(?<!\b[Aa]pprox)(?<!\b[Aa]prox)"
                       r"(?<!\bok)"
                       r"[.!?](?!\d)"
                       r"|;|\n\s*\n"
                       r"|\n(?=\s*(?:[-*•]|\w+:))")


#: The ">" that marks each line of a quoted mail.
_QUOTE_MARKS = re.compile(r"^[ \t]*>[> \t]*", re.M)
#: "Duration: 90 minutes (technical test - 30 minutes; panel interview - 60 minutes)": the
#: brackets break the stated length down into its parts, which are no lengths of their own.
_BREAKDOWN = re.compile(r"(\b(?:duration|length)\s*:\s*[^()\n]{1,30}?)\s*"
                        # (or what it holds: "1,5 hours (theory + practical task)")
                        r"\([^()\n]*\)", re.I)


def stated_length(text: str) -> timedelta | None:
    """The single meeting length `text` states, or None (none, or two that disagree)."""
    if "(" in text:
        text = _BREAKDOWN.sub(r"\1", text)
    if "\n>" in text:  # a quoted mail's lines, each behind its ">"
        text = _QUOTE_MARKS.sub("", text)
    found: set[timedelta] = set()
    framed_anywhere: set[timedelta] = set()
    start = 0
    low = rx.lowered(text)  # (same length: a sentence's slice of it is its lower case)
    for m in [*_SENTENCE.finditer(text), None]:
        cut = m.start() if m else len(text)
        sentence = text[start:cut]
        lowered = low[start:cut]
        start = m.end() if m else cut
        if not any(w in lowered for w in _UNIT_WORDS):
            continue  # no length in it
        sentence = sentence.replace("\n", " ")  # hard-wrapped lines are one sentence
        said = [(length, bool(_FRAME.search(sentence[max(0, m.start() - 40) : m.start()])
                              or _FRAME_AFTER.match(sentence, m.end())))
                for m in _LENGTH.finditer(sentence)
                if (length := _value(m)) is not None and _is_the_meetings(sentence, m)]
        # ("Plan for about an hour - we'll have a chat, show you round, and then you'll
        # spend 15 minutes or so in the pre-school room": the framed length is the
        # meeting's, the other one a part of it; so too across sentences: "around 40
        # minutes of discussion … Please allow about an hour and a quarter in total.")
        framed = {length for length, frame in said if frame}
        framed_anywhere |= framed
        found |= framed or {length for length, _ in said}
    if len(framed_anywhere) == 1:
        found = framed_anywhere
    if not found:
        found = _stated_abroad(text)
    return found.pop() if len(found) == 1 else None


#: The same in the other languages of interview mail: "una hora y media", "eine Stunde",
#: "45 Minuten", "un'ora", "30 minutter", "1時間", each in a sentence about the meeting or
#: after "duración"/"dauert"/"durerà"; never after "within" ("innerhalb von 2 Stunden").
_LENGTH_INTL = rx.compile(
    # (Hebrew "כ-45 דקות": "about" joined to the number by a hyphen)
    # (Romanian "45 de minute": "de" between a number from 20 and its noun)
    r"(?:(?<=כ-)|(?<![\w\-/:.,]))(?:(?P<n>\d{1,3}(?:[.,]5)?)\s*-?\s*(?:de\s+)?(?P<unit>minutos?|minuten|minuti|minuter|minutter"
    r"|minut\w*|minút\w*|minūt\w*|dakika|horas?|stunden?|heures?|uur|ore|orë|timmar|timme|timer|godzin\w*"
    r"|hodin\w*|hodín\w*|saat"
    # Hungarian, Vietnamese, Arabic, Greek, Ukrainian, Russian, Thai, Hebrew minutes
    r"|perc\w*|phút|دقيقة|دقائق|λεπτ\w*|хвилин\w*|минут\w*|นาที|דקות|dəqiqə|daqiqa|मिनट"
    # Finnish, Indonesian and Malay minutes and hours, Greek hours
    r"|minuut\w*|tunti\w*|tunnin|menit|minit|jam|ώρ(?:α|ες)|час(?:а|ов)?|годин\w*"
    r"|ժամ|րոպե)"  # (Armenian hours and minutes)
    r"|(?P<one>una|uma|eine|einer|une|een|un['’]|en|ein|jedna|bir|μία|μια|yksi|një|oko|eno|vienu"
    r"|vieną)\s*(?:hora"
    r"|stunde|heure|uur|oretta|ora|orë|timme|time|godzina|hodina|saat|ώρα|tunti|sat\s+vremena|uro"
    r"|stundu|valandą)(?P<half>\s+(?:y|e|et|und|en|och|og)\s+(?:media|meia|demie|halb"
    r"|half|mezza|en\s+halv))?|(?P<ninety>anderthalb\s+stunden|anderhalf\s+uur|hora\s+e\s+meia"
    r"|saa\s+moja\s+na\s+nusu)|(?P<sw>saa\s+moja(?!\s+(?:na|asubuhi|mchana|jioni|usiku)\b)"
    # (Swahili "saa moja", Estonian "tund aega", Finnish "noin tunnin": one hour)
    r"|(?:üks\s+)?tund\s+aega|noin\s+tunnin|tua\s+awr|(?<=\s)godzinę|(?<=لمدة\s)ساعة(?!\s+و)|כ?שעה(?:\s+אחת)?|(?<=\bs\s)hodinou|ساعة\s+واحدة|یو\s+ساعت|یک\s+ساعت|ایک\s+گھنٹ[ےہ]|(?:близько|приблизно|около|примерно)\s+(?:години"
    r"|годину|часа|часу)))"
    r"(?![\w\-])|(?<![시時点點]\s)(?<![시時点點])(?<!\d)(?P<cn>\d{1,3})\s*(?P<cunit>分钟|分鐘|分間|分|小时|小時|時間|분|시간)"
    r"(?!\s*(?:전|前|후|後|까지))"  # (not "면접 시작 30분 전": half an hour before it)
    # "约一小时", "一个半小时", "半小時", "一時間": hours in CJK numerals
    r"|(?P<cjk>一|两|兩|半)(?:个|個)?(?P<cjkhalf>半)?(?:小时|小時|時間|钟头|鐘頭)"
    # French "environ 1h30", "durée : 2h" (only after a length word: "à 8h" is a time)
    r"|(?P<fh>[1-7])\s?h\s?(?P<fm>[0-5]\d)?(?![\w:])"
    # half an hour: Italian, Spanish, Portuguese, German, French, Dutch, Swedish, Danish
    r"|(?P<halfhour>mezz['’]\s?ora|media\s+hora|meia\s+hora|(?:eine\s+)?halbe\s+stunde"
    r"|(?:une\s+)?demi-heure|(?:een\s+)?half\s+uur|(?:en\s+)?halvtimme|(?:en\s+)?halv\s*time)",
    re.I,
)
_MEETING_INTL = rx.compile(
    r"\b(?:entrevista|reuni[óoã]o?n?|gespräch\w*|(?:video|telefoon|kennismakings|sollicitatie|vervolg|online)?gesprek|entretien|colloquio|intervju\w*"
    r"|görüşme|rozmowa|onderhoud|llamada|videollamada|appel|chamada|dura\w*|dauer\w*|duur\w*"
    r"|potrwa|potrvá|trvá|pohovor\w*|zgjasë|zgjat\w*|intervist\w*|cyfweliad\w*"
    r"|ser[áa]\s+(?:algo\s+)?(?:breve|corta|corto|r[áa]pid[oa])"  # ("Será algo breve, media hora")
    r"|calcul[eaá]|charla|cuente\s+con|rechnen\s+Sie|planen\s+Sie|trajat\w*|traj[ae]|davam\s+edəcək"
    r"|durée|durata|durer\w*|varar|varer|samtal\w*|trwa\w*|sürecek|süre|tar\s+(?:ca|cirka|ungefär)"
    r"|besprechung\w*|bleibt\s+(?:es\s+)?bei|räknar\s+med"  # German "es bleibt bei einer Stunde"
    r"|interviu\w*|interjú\w*|razgovor\w*|intervjuu\w*|συνέντευξ\w*|співбесід\w*"
    r"|собеседовани\w*|(?:ال|ل)?مقابل\w*|(?:ال|ل)?مدة|[להב]?רא?יון|ל?משך|יימשך|موده|مدت|انٹرویو|مرکه|տևողություն|հարցազրույց\w*|dự\s+kiến|phỏng\s+vấn|thời\s+lượng|időtartam"
    r"|haastattelu\w*|kestää|kesto|durasi|wawancara|tempoh|διάρκεια|продолжительность"
    r"|тривалість|usaili|utachukua|varighe(?:i)?t|varighed|temuduga|mengambil\s+masa"
    r"|intervij\w*|ilgs|kestab|vestlus\w*|trajanje|varaa\w*|trajal\w*"
    r"|prévoyez|prévoir|comptez|počítejte|počítajte|počítali\s+jsme|termín\w*|tieniti\s+liber[oa]|si\s+tenga\s+liber[oa]"
    r"|compta|durada|conversa"  # Catalan "Compta uns 45 minuts en total"
    r"|mga(?=\s+\d{1,3}\s+minuto)"  # Filipino "mga 45 minuto": about 45 minutes
    r"|setter\s+av|sætter\s+af|avsätter|prat"  # Norwegian "Vi setter av en halvtime"
    r"|bastar\w*|basta"  # Italian "mezz'ora dovrebbe bastarci": half an hour will do
    r"|teams|zoom|webex|google\s+meet)\b"  # ("gleicher Teams-Link, wieder 45 Minuten")
    r"|面接|面试|面試|면접|所要時間|时长|時長|สัมภาษณ์|소요"
    r"|साक्षात्कार|इंटरव्यू|बातचीत|अवधि",  # Hindi: interview, talk, length
    re.I,
)
#: What a French "1h30" must follow to be a length.
_LENGTH_LEAD = re.compile(r"\b(?:environ|dur\w*|pendant|prév\w+|compter|comptez)\s*:?\s*$", re.I)
_WITHIN_INTL = re.compile(r"\b(?:dentro\s+de|innerhalb(?:\s+von)?|binnen|entro|dans\s+les?|en\s+los"
                          r"|nos|within|inom|w\s+ciągu|vor|antes\s+de|avant)\s+$", re.I)


#: How each minutes word of _LENGTH_INTL begins (the others are hours).
_MINUTE_UNITS = ("min", "dak", "分", "perc", "phút", "دق", "λεπτ", "хвил", "мин", "นาที", "דק",
                 "menit", "dəq", "daq", "분", "मिनट", "րոպ")


#: A duration's own label right before it: "时长约1小时", "所要時間：60分", "Dauer: 45 Minuten".
_LENGTH_LABEL = re.compile(r"(?:时长|時長|所要時間|소요\s*시간|duración|durée|dauer|durata"
                           r"|duur|kesto|trvání|διάρκεια|مدة|משך)\s*[:：]?\s*(?:约|約|大约|ca\.?|약)?\s*$",
                           re.I)


def _stated_abroad(text: str) -> set[timedelta]:
    """The lengths the text states in the other languages; where one is labelled as the
    duration ("时长约1小时"), that one alone (not "其中包含一个约20分钟的案例讨论" besides, a part
    of the meeting)."""
    found: set[timedelta] = set()
    labelled: set[timedelta] = set()
    for sentence in _SENTENCE.split(text):
        if not _MEETING_INTL.search(sentence) or _OTHER_THING.search(sentence):
            continue
        for m in _LENGTH_INTL.finditer(sentence):
            if _WITHIN_INTL.search(sentence[max(0, m.start() - 25) : m.start()]):
                continue
            if m["fh"]:
                if not _LENGTH_LEAD.search(sentence[max(0, m.start() - 30) : m.start()]):
                    continue
                minutes = int(m["fh"]) * 60 + int(m["fm"] or 0)
            elif m["ninety"]:
                minutes = 90
            elif m["halfhour"]:
                minutes = 30
            elif m["one"] or m["sw"]:  # ("saa moja": Swahili "one hour")
                minutes = 90 if m["half"] else 60
            elif m["cjk"]:
                minutes = 30 if m["cjk"] == "半" else (120 if m["cjk"] in "两兩" else 60) + (
                    30 if m["cjkhalf"] else 0)
            else:
                # ("1,5 godziny", "1.5 Stunden": a half hour written as a decimal)
                n = float((m["n"] or m["cn"]).replace(",", "."))
                unit = (m["unit"] or m["cunit"]).lower()
                minutes = int(n if unit.startswith(_MINUTE_UNITS) else n * 60)
            if 10 <= minutes <= 8 * 60:
                found.add(timedelta(minutes=minutes))
                if _LENGTH_LABEL.search(sentence[max(0, m.start() - 16) : m.start()]):
                    labelled.add(timedelta(minutes=minutes))
    return labelled or found


def length_in(text: str) -> timedelta | None:
    """The first length `text` writes ("an hour", "half an hour", "90 minutes"), whatever
    it is the length of (10 minutes to 8 hours), or None."""
    m = _LENGTH.search(text)
    return _value(m) if m else None


def _value(m: re.Match[str]) -> timedelta | None:
    if m["half"]:
        return timedelta(minutes=30)
    if m["full"] or m["full2"]:
        return timedelta(hours=1)
    if m["tq"]:
        return timedelta(minutes=45)
    if m["mm"]:
        minutes = _number(m["mm"])
    else:
        hours = _number(m["hh"])
        if hours is None:
            return None
        half = "half" in m.group(0).lower() or "½" in m.group(0)
        minutes = hours * 60 + (30 if half else 15 if m["hq"] else 0) + (
            int(m["hm"]) if m["hm"] else 0)
    if minutes is None or not 10 <= minutes <= 8 * 60:
        return None
    return timedelta(minutes=minutes)


def _number(word: str) -> float | None:
    word = word.lower().replace(",", ".")
    if word in _WORD_NUMBERS:
        return _WORD_NUMBERS[word]
    try:
        return float(word)
    except ValueError:
        return None


#: A cap on the meeting said as its length: "(it) shouldn't take more than", "won't run
#: longer than", "shouldn't be more than".
_CAP = rx.compile(r"\b(?:should(?:n['’]?t|\s+not)|won['’]?t|will\s+not|wouldn['’]?t)\s+(?:take|run"
                  r"|last|be|go|need)\s+(?:any\s+)?(?:more|longer|over)\s+(?:than\s+)?(?:about\s+)?$"
                  # "It'll be on Teams and no more than forty minutes"
                  r"|\b(?:and|it['’]ll\s+be|it\s+will\s+be|it['’]s)\s+no\s+(?:more|longer)\s+than\s+$",
                  re.I)


def _is_the_meetings(sentence: str, m: re.Match[str]) -> bool:
    before, after = sentence[: m.start()], sentence[m.end():]
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
        return False
    if _CAP.search(before[-50:]) and not _OTHER_THING.search(sentence):
        return True  # "Shouldn't take more than 45 mins": a cap on it is its length
    if _BAD_BEFORE.search(before[-40:]) or _BAD_AFTER.match(after[:40]):
        return False
    if other := _OTHER_THING.search(sentence):
        # "We've blocked 45 min, mostly talking through your take-home", "The interview
        # should take about 40 minutes and will include a short exercise": the other thing
        # is what the meeting holds
        return (other.start() >= m.end()
                and (_FRAME.search(before[-40:]) is not None or _MEETING.search(before) is not None)
                and _TOPIC_LEAD.search(sentence[m.end() : other.start()]) is not None)
    return bool(_FRAME.search(before[-40:]) or _MEETING.search(sentence)
                or _FRAME_AFTER.match(after[:30]))


#: The end written as a clock: "we'll wrap by 4", "finish by 3:30pm", "should take until
#: about 2".
#: What comes before an end written as a clock: "wrap by", "take until about".
_END_LEAD = (r"(?:wrap(?:ped)?(?:\s+(?:it\s+|things\s+)?up)?|finish(?:ed)?|be\s+done|done"
             r"|be\s+out)\s+by|(?:take|run|last|go\s+on)\s+until(?:\s+about|\s+around)?"
             # "we'll wrap up around 5", "should be finished by about half four"
             r"|(?:wrap(?:ped)?\s+(?:it\s+|things\s+)?up|finish|be\s+finished|be\s+done)"
             r"\s+(?:by\s+)?(?:at\s+)?(?:around|about)")
_ENDS_BY = rx.compile(
    rf"\b(?:{_END_LEAD}"  # ("take until about 2")
    # "It shouldn't run past 4", "we'll finish no later than 3.30"
    r"|(?:shouldn['’]?t|won['’]?t|will\s+not|should\s+not)\s+(?:run|go|last)\s+(?:past|beyond"
    r"|later\s+than)|(?:finish|be\s+done|wrap\s+up|end)\s+no\s+later\s+than)"
    r"\s+(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<mer>[ap]\.?m\.?)?(?![\d:])"
    r"(?!\s*(?:-\s*)?(?:min|hour|hr|h\b))", re.I)


#: The same lead, its clock in words: "we'll be done by half three".
_ENDS_BY_WORDS = rx.compile(rf"\b(?:{_END_LEAD})\s+(?=half|quarter|five|ten|twenty|"
                            + "|".join(HOUR_WORDS) + ")", re.I)
#: A bare hour word ("we should wrap by three"): an hour of the working day, as elsewhere.
_HOUR_WORD = re.compile(r"(" + "|".join(HOUR_WORDS) + r")\b(?!\s*(?:minutes?|mins?|hours?|hrs?))",
                        re.I)


def _worded_end(text: str, start: time) -> time | None:
    if (m := _ENDS_BY_WORDS.search(text)) is None:
        return None
    hits = find_times(text[m.end() : m.end() + 40])
    if hits and hits[0].pos == 0:
        end = hits[0].start
    elif (w := _HOUR_WORD.match(text, m.end())) is not None:
        hour = HOUR_WORDS[w[1].lower()]
        end = time(hour + 12 if hour <= 7 else hour, 0)
    else:
        return None
    span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return end if 0 < span <= 8 * 60 else None


#: A word every _ENDS_BY and _ENDS_BY_WORDS match holds (most mail has none of them).
_END_WORDS = ("by", "until", "past", "beyond", "than", "around", "about")


def stated_end(text: str, start: time) -> time | None:
    """The end the mail states as a clock ("We'll wrap by 4 at the absolute latest"), read
    after `start` on the same day (a bare 4 after a 1:30 start is 4 pm); None if none is
    stated or it would not fall within eight hours after the start."""
    if not any(w in text for w in _END_WORDS):
        return None
    if (m := _ENDS_BY.search(text)) is None:
        return _worded_end(text, start)
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 23:
        return None
    mer = (m["mer"] or "").lower()
    if mer.startswith("p") and hour < 12:
        hour += 12
    elif not mer and 1 <= hour <= 7:
        hour += 12  # (no am/pm: an hour of the working day, 1-7 after noon, as elsewhere)
    end = time(hour, minute)
    span = (hour * 60 + minute) - (start.hour * 60 + start.minute)
    return end if 0 < span <= 8 * 60 else None
