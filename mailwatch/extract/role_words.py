"""The words that make a phrase a job title: "Engineer", "Analyst", "Sous Chef", and the
role words of the other languages of interview mail ("Systemutvecklare", "Progettista",
"리서처").

Split from position.py, which reads roles with these tables; the tables only grow with each
language the corpus brings. Only ever a yes/no test ("does this phrase name a role?"), so
the German compounds ("Softwareentwickler", "Teamleiterin") need no leading \\w*: a match of
the word's end is a match all the same, and the engine never backtracks through every word.
"""

from __future__ import annotations

import re

from .. import rx

#: Role words of other languages (see ROLE_INTL_HEAD).
_ROLE_INTL = (
    r"l[íi]der|jef[ea]|analyste|geliştirici|mühendis\w*|uzman\w*|yönetici\w*"
    r"|tasarımcı\w*|\w*utvecklare|ingenjör|analytiker|konsult|projektledare|ontwikkelaar|analist|analüütik\w*"
    r"|adviseur|beheerder|tester|programista|inżynier|analityk|kierownik"
    r"|analista|cient[íi]fic[oa]|desenvolvedor[a]?|desarrollador[a]?|desenvolupador[a]?|ingeniero|ingeniera|gerente|diretor[a]?"
    r"|engenheir[oa]|coordenador[a]?|especialista|enfermeir[oa]|utvikler|systemutvikler"
    # Norwegian and Danish compounds: "Kvalitetsleder", "Økonomisjef", "Prosjektansvarlig"
    r"|\w+leder|\w+sjef|\w+ansvarlig|\w*rådgiver|\w*konsulent|\w*ingeniør|\w*medarbejder"
    r"|\w*analyytikko|\w*kehittäjä|insinööri|vývojář\w*|programátor|konzultant"
    # Finnish compounds: "Talousasiantuntija", "Logistiikkasuunnittelija", "Palvelumuotoilija"
    r"|\w*asiantuntija|\w*suunnittelija|\w*muotoilija|\w*päällikkö|\w*insinööri"
    r"|ingénieur|ingénieure|développeur|développeuse|chef|responsable|sviluppatore"
    r"|progettista|ingegnere|tecnic[oa]"
    # Slovak, Czech, Croatian, Hungarian, Romanian, Estonian
    r"|inžinier\w*|inženýr\w*|inženjer\w*|voditelj\w*|programer\w*|\w*elemző|\w*fejlesztő"
    r"|mérnök\w*|inginer\w*|dezvoltator\w*|\w*juht"
    # Estonian, Latvian, Serbian and Montenegrin (Latin and Cyrillic), Azerbaijani
    r"|\w*arendaja|\w*plānotāj\w*|\w*izstrādātāj\w*|analītiķ\w*|menadžer\w*|menedžer\w*"
    r"|менаџер\w*|аналитичар\w*|инжењер\w*|програмер\w*|mütəxəssis\w*|mühəndis\w*"
)
ROLE_WORDS = rx.compile(
    r"\b(?:engineer|developer|analyst|manager|designer|scientist|lead|consultant|specialist"
    r"|architect|officer|director|intern|internship|associate|administrator|accountant"
    r"|head|coordinator|representative|advisor|adviser|researcher|technician|programmer"
    r"|writer|editor|marketer|strategist|executive|assistant|sre|devops|vp|chief|supervisor"
    r"|nurse|teacher|actuary|auditor|controller|planner|buyer|trainee|graduate|apprentice"
    r"|lecturer|professor|tutor|postdoc|\w+ologist|\w+ician|\w+grapher|physicist|chemist|economist"
    r"|pharmacist|therapist|statistician|trader|broker|paraplanner|artist|modell?er|underwriter"
    r"|leader|instructor|surveyor|estimator|dispatcher|paralegal|solicitor|barrister|attorney"
    r"|(?<=research\s)fellow|(?<=postdoctoral\s)fellow|(?<=teaching\s)fellow"
    r"|(?<=business\s)partner"
    r"|worker|caseworker|clerk|cashier|receptionist|driver|operator|counsell?or|librarian"
    r"|pilot|captain|\w*keeper|curator|vet|veterinarian|arborist|gardener|horticulturist"
    r"|landscaper|electrician|baker|butcher|archivist|conservator|chaplain|brewer|winemaker"
    r"|deckhand|machinist|carpenter|plumber|barista|cellar\s+hand|trainer|comptable|distiller|roaster|sommelier|ranger|handler"
    # ("Seasonal Heritage Guide", not "Interview Guide" or a "Guide" alone)
    r"|(?<=\w\s)(?<!interview\s)(?<!candidate\s)(?<!prep\s)(?<!study\s)(?<!style\s)guide"
    r"|secretary|paramedic|midwife|dentist|hygienist|surgeon|practitioner|mechanic|welder"
    # ("Locum GP": a general practitioner's post; not "Dr A B (GP)" of a patient's booking)
    r"|(?<=locum\s)(?-i:GP)|(?<=salaried\s)(?-i:GP)"
    r"|plumber|carpenter|fitter|installer|inspector|bartender|barista|caregiver|carer|cook"
    r"|owner|producer|merchandiser|stylist|steward|chef|sous\s+chef|concierge|courier"
    r"|picker|packer|porter|valet|housekeeper|cleaner|janitor|custodian|"
    + _ROLE_INTL + r")\b"
    r"|(?i:(?:entwickler|ingenieur|berater|leiter|referent|architekt|analyst|manager)"
    r"(?:in|innen)?\b)"
    # (CJK text has no word boundaries)
    r"|工程师|工程師|经理|經理|分析师|专员|專員|エンジニア|マネージャー|デザイナー|アナリスト"
    r"|엔지니어|매니저|개발자|디자이너|리서처|분석가|기획자|마케터|연구원|담당자|전문가",
    re.I,
)
#: A role's head word in a language that puts its modifiers after it, in lower case
#: ("Ingénieur data", "développeuse front-end principale", "Tester oprogramowania").
ROLE_INTL_HEAD = rx.compile(rf"\b(?:{_ROLE_INTL})\b", re.I)
