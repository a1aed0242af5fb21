"""The decision-date phrases of the other languages of interview mail: "uiterlijk vrijdag",
"bis spätestens Ende Mai", "fin de la semaine prochaine", "entro 10 giorni lavorativi",
"nächste Woche", "来週".

Split from deadline.py, which reads a promise's date from English phrases and these; the
tables here only grow with each language the corpus brings.
"""

from __future__ import annotations

import re

from .dates import MONTHS

#: The same in Dutch, German, French, Spanish and Scandinavian: "Uiterlijk vrijdag laat ik
#: je weten", "bis spätestens Freitag", "d'ici vendredi", "antes del viernes".
BY_WEEKDAY_INTL = re.compile(
    r"\b(?:uiterlijk|vóór|spätestens|bis(?:\s+spätestens)?|avant|d['’]ici|antes\s+del?"
    r"|hasta\s+el|senest|senast|innan)\s+(?:(?:op|am|le|el)\s+)?"
    r"(?P<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|mandag"
    r"|tirsdag|onsdag|torsdag|fredag)\b(?!\s*,?\s*\d)"
    # Korean "금요일까지": the weekday, then "until"
    r"|(?P<ko>[월화수목금토일])요일\s*까지", re.I)
#: The English weekday of a Korean one (BY_WEEKDAY_INTL's "ko").
KO_WEEKDAY = dict(zip("월화수목금토일", ("monday", "tuesday", "wednesday", "thursday", "friday",
                                      "saturday", "sunday"), strict=True))
#: The same in the other languages of interview mail: the end of this month, the end of
#: this week, next week.
END_OF_MONTH_INTL = re.compile(
    r"\b(?:fine\s+(?:del\s+|di\s+questo\s+)?mese|Ende\s+(?:des|dieses)\s+Monats|Monatsende"
    r"|fin(?:es|ales)?\s+de(?:l|\s+este)?\s+mes|fin\s+du\s+mois|f(?:im|inal)\s+(?:do|deste)\s+m[êe]s"
    r"|antes\s+de\s+que\s+(?:acabe|termine|finalice)\s+el\s+mes"
    r"|avant\s+la\s+fin\s+du\s+mois|antes\s+(?:do|de)\s+(?:o\s+)?(?:fim|final)\s+do\s+m[êe]s"
    r"|(?:eind|einde)\s+van\s+(?:de|deze)\s+maand|slutet\s+av\s+(?:månaden|denna\s+månad)"
    r"|końca\s+(?:miesiąca|tego\s+miesiąca)|ay\s+sonu\w*"
    # Tongan "kimuʻa he ngataʻanga ʻo e māhina ko ʻení" (before the end of this month)
    r"|ngata[ʻ']?anga\s+[ʻ']?o\s+e\s+māhina"
    # Russian, Ukrainian "до конца (этого) месяца", "до кінця (цього) місяця"
    r"|конц[аеу]\s+(?:этого\s+|текущего\s+)?месяца|кінця\s+(?:цього\s+|поточного\s+)?місяця"
    r"|sf[âa]r[șşs]itul\s+(?:acestei\s+luni|lunii\s+(?:acesteia|curente)))\b"  # (Romanian)
    r"|月末|สิ้นเดือน(?:นี้)?|(?:이번\s*)?달\s*말|이달\s*말|월말"  # (Korean)
    r"|نهاية\s+(?:ال)?شهر(?:\s+(?:الجاري|الحالي))?", re.I)  # (Arabic: the end of this month)
#: The end of next month: "avant la fin du mois prochain", "a finales del próximo mes", "bis
#: Ende nächsten Monats", "до конца следующего месяца".
END_OF_NEXT_MONTH_INTL = re.compile(
    r"\b(?:fin\s+du\s+mois\s+prochain|fin(?:es|ales)?\s+del\s+(?:pr[óo]ximo\s+mes|mes\s+que\s+viene)"
    r"|Ende\s+(?:des\s+)?nächsten\s+Monats|fine\s+del\s+(?:prossimo\s+mese|mese\s+prossimo)"
    r"|f(?:im|inal)\s+do\s+pr[óo]ximo\s+m[êe]s|eind\s+(?:van\s+)?volgende\s+maand"
    r"|końca\s+przyszłego\s+miesiąca|конц[аеу]\s+следующего\s+месяца|кінця\s+наступного\s+місяця)",
    re.I)
#: "bis spätestens Ende Mai", "fin de marzo", "fine giugno", "eind mei": a named month's end.
END_OF_MONTH_NAMED = re.compile(
    r"\b(?:Ende|fin(?:ales)?\s+de|fin|fine(?:\s+di)?|eind(?:e\s+van)?|final\s+de|fim\s+de"
    r"|slutet\s+av|udgangen\s+af|utgangen\s+av|utgången\s+av|koniec|końca|sf[âa]r[șşs]itul\s+lunii|akhir|конц[аеу]|кінця)\s+(?P<mon>"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.I)
END_OF_WEEK_INTL = re.compile(
    r"\b(?:fine\s+(?:della\s+|di\s+questa\s+)?settimana|Ende\s+(?:der|dieser)\s+Woche"
    # German "bis Ende nächster Woche", "Ende der nächsten Woche"
    r"|Ende\s+(?:der\s+)?(?P<de>nächster|nächsten|naechster|kommender|kommenden)\s+Woche"
    r"|fin(?:ales)?\s+de\s+(?:esta\s+)?"
    r"semana|fin\s+de\s+(?:la|cette)\s+semaine|f(?:im|inal)\s+(?:da|desta)\s+semana"
    r"|(?:eind|einde)\s+van\s+(?:de|deze)\s+week|slutet\s+av\s+(?:veckan|denna\s+vecka)"
    r"|końca\s+(?:tygodnia|tego\s+tygodnia)|hafta\s+sonu\w*"
    # Polish "do końca przyszłego tygodnia": "next" before the week
    r"|końca\s+(?P<pl>przyszłego|następnego)\s+tygodnia"
    # Norwegian, Danish "innen utgangen av neste uke", "inden udgangen af næste uge"
    r"|(?:utgangen\s+av|udgangen\s+af|slutten\s+av|slutningen\s+af)\s+(?P<nxt>neste|næste)?"
    r"(?:\s*denne)?\s*(?:uke|uge|veke)"
    # Russian, Ukrainian "до конца следующей недели", "до кінця цього тижня"
    r"|конц[аеу]\s+(?:(?P<ru>следующей|наступного)|этой|текущей|цього|поточного)?\s*(?:недели|тижня)"
    r")\b|週末", re.I)
#: "next" after a week word: "fin de la semaine prochaine", "fin de la semana que viene".
NEXT_AFTER = re.compile(r"\s+(?:prochaine|próxima|proxima|que\s+viene|que\s+vem|prossima"
                         r"|nächsten|volgende|nästa|przyszłego)\b", re.I)
NEXT_WEEK_INTL = re.compile(
    r"\b(?:(?:la\s+)?prossima\s+settimana|nächste[rn]?\s+Woche|(?:la\s+)?(?:pr[óo]xima\s+semana"
    r"|semana\s+que\s+viene)|(?:la\s+)?semaine\s+prochaine|volgende\s+week|nästa\s+vecka"
    r"|(?:w\s+)?przyszłym\s+tygodniu|gelecek\s+hafta\w*|volgende\s+week"
    # Estonian, Hungarian, Romanian, Czech/Slovak, Croatian
    r"|järgmise\s+nädala(?:\s+jooksul)?|jövő\s+hét\w*|săptămâna\s+viitoare"
    r"|(?:budúci|příští)\s+týždeň|příští\s+týden|sljedeć\w+\s+tjedn\w*"
    # Turkish "in the coming week", Latvian "next week"
    r"|önümüzdeki\s+hafta\w*|nākamnedēļ\w*|nākamajā\s+nedēļā"
    r"|neste\s+uke|næste\s+uge|(?:í\s+)?næstu\s+viku)\b|来週|下周|다음\s*주"  # (no, da, is)
    r"|अगले\s+(?:सप्ताह|हफ़्ते|हफ्ते)"  # (Hindi)
    # Bengali, Punjabi, Gujarati, Telugu, Kannada, Malayalam
    r"|আগামী\s+সপ্তাহ|ਅਗਲੇ\s+ਹਫ਼ਤੇ|ਅਗਲੇ\s+ਹਫਤੇ|આવતા\s+અઠવાડિય|వచ్చే\s+వారం"
    r"|ಮುಂದಿನ\s+ವಾರ|അടുത്ത\s+ആഴ്ച",
    re.I)
#: Small numbers as the other languages write them ("binnen twee weken", "innerhalb von zwei
#: Wochen", "dans les deux semaines").
NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "zwei": 2, "drei": 3,
                "deux": 2, "trois": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3, "två": 2,
                "dwa": 2, "trzy": 3, "duas": 2, "três": 3}
SPAN_INTL = re.compile(
    r"\b(?:entro|innerhalb(?:\s+von|\s+der\s+nächsten)?|dans\s+les|en\s+los\s+próximos"
    r"|nos\s+próximos|binnen|inom|w\s+ciągu|within|d['’]ici)\s+(?:(?:i|die|les)\s+)?(?:prossimi\s+)?"
    r"(?:\d{1,2}\s*(?:-|–|a|bis|à|tot|till|do)\s*)?(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS)
    + r")\s+(?:(?:prochains|próximos)\s+)?"
    r"(?P<unit>giorni|Tag(?:e|en)|Werktag(?:e|en)|jours|d[íi]as|dagen|werkdagen|dagar|dni"
    r"|settimane|Wochen|semaines|semanas|weken|veckor|tygodni)"
    r"(?P<biz>\s+(?:lavorativi|ouvrés|ouvrables|hábiles|úteis|roboczych))?\b", re.I)
