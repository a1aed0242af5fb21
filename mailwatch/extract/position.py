"""The role a mail names: a template field ("Position: X"), a phrase ("the X role"), a
Japanese or Chinese role word, and the role without the employer written after it.

Reading the role is a job of its own, apart from choosing the employer (company.py) and
reading a subject line (subject.py). The word shapes all three are written in (a
capitalised word, a title, a company name, the role words, `_tidy`) live here, at the
bottom of the three, so the other two import them without a cycle.
"""

from __future__ import annotations

import itertools
import re

from .. import rx
from .employer import fold, strip_legal
from .people import squeezed
from .role_words import ROLE_WORDS as _ROLE_WORDS
from .zone_tables import CITIES, REGIONS

#: A role in a Romance language, its lower-case words kept: "Chef de projet Data",
#: "Ingeniero de datos senior" (up to the word that ends it: "au sein", "chez", "para").
_STOP = (r"(?:au|chez|à|a|pour|et|dans|en|avec|sein|de|du|des|qui|que|at|bei|in|con|para|per|por"
         # a verb ends the role: "le poste de Chargé de conformité est annulé"
         r"|est|sont|sera|ont|es|está|fue|será|foi|é|è|ist|wird|is|was|will|has|ha|hat)")
_ROMANCE = (
    r"[A-ZÀ-Þ][\w'’-]+\s+(?:de|du|des|di|da|do|del|della)\s+"
    r"(?:(?!(?:la|le|les|notre|votre|nos|vos|nuestra|nuestro|l['’]\w+)\b)[a-zà-ÿ][\w'’-]+"
    rf"(?:\s+(?!{_STOP}\b)[\w'’-]+){{0,2}}"
    # "Ingeniero de Datos Sr.", "Consultor de Business Intelligence": capitals go on
    # (an abbreviation ends it: "Analista de Datos Sr." over "Fecha: ...")
    r"|[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|per|para|pour)\s+)?[A-ZÀ-Þ][\w'’-]*+(?!(?<=\s[A-ZÀ-Þ][a-z])\.)){0,3}"
    r"(?:\s+[A-ZÀ-Þ][a-z]\.)?)"
)
_CAP = r"(?:[A-ZÀ-ÖØ-Þ]|i(?=[A-Z]))[\w+#/&'’\-]*(?:[:*_]in(?:nen)?\b)?"  # ("iOS", "Entwickler:in")
#: "Backend Engineer (Go)", "Softwareentwickler (m/w/d)": a short qualifier, no req. number.
_QUAL = r"(?:\s+\((?![^)]*\d)[^()]{1,20}\))?"
_TITLE = (
    rf"{_CAP}(?:\s+(?:of\s+|and\s+|&\s+|for\s+|in\s+|-\s+|–\s+|/\s+|de\s+|da\s+|do\s+|für\s+)?{_CAP})"
    r"{0,6}"
)
_CO = (
    rf"{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,3}}"
    r"(?:\s+\(Pty\)\s+Ltd|\s+(?:GmbH|AG|Ltd|Inc|LLC|plc|SE|BV|Pvt\s+Ltd))?"
)
_POSITION_RES = [
    # "the Senior Software Engineer, Data Infrastructure role", "the Data Engineer (R-20931)
    # position": a team after a comma is part of the role, a requisition number is not
    rx.compile(
        # ("the Field Application Scientist (Genomics, Midwest territory) role": a longer
        # qualifier before the word that says it is a role)
        rf"\b(?i:the|our|your|this|an?)\s+(?P<pos>{_TITLE}(?:\s+\((?![^)]*\d)[^()]{{1,40}}\))?"
        rf"(?:,\s+{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,2}})?)"
        r"(?:\s+\([^()]*\d[^()]*\))?\s+(?i:role|position|opening|vacancy|opportunity|post|spot"
        r"|posting|listing"
        # "for the Senior Gameplay Programmer onsite", "the Audio DSP Engineer search"
        r"|process|interview|onsite|on-site|search|interview\s+loop)\b"
    ),
    # "the role of Engineering Manager, Platform at Acme": a comma part before "at"
    rx.compile(
        rf"\b(?i:position|role|vacancy|post)\s+(?i:of|as)\s+(?i:an?\s+)?"
        rf"(?P<pos>{_TITLE}{_QUAL}(?:,\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?i:at|with)\s+[A-Z]))?)"
    ),
    # a template field: "Position: Claims Systems Developer (Req #4471)"
    rx.compile(
        rf"(?m)^[ \t]*(?i:position|role|job(?:\s+title)?|vacancy|programme|program|stelle|vaga"
        r"|poste|puesto)"
        # ("Programme: Management Associate Programme 2027 - Global Markets": its intake year)
        rf"[ \t]*:?[ \t]+(?:[A-Z]{{1,4}}-?\d[\w-]*[ \t]+)?(?P<pos>{_TITLE}"
        rf"(?:\s+20\d\d(?:\s+[-–]\s+{_TITLE})?)?{_QUAL})"
        r"(?:[ \t]*\([^)]*\d[^)]*\))?[ \t]*$"
        # the same field in Cyrillic: "• Лауазымы: Аға Android-әзірлеуші (Senior Android …)"
        r"|^[ \t]*(?:[•*-][ \t]*)?(?i:должность|позиция|вакансия|посада|лауазымы|лауазым)[ \t]*:"
        r"[ \t]*(?P<pos2>[А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺA-Z][^\n(),;]{1,60}?)[ \t]*(?:[(,;]|$)"
    ),
    # "Bewerbung als X", "vaga de X", "poste de X", "puesto de X"
    rx.compile(
        rf"\b(?i:bewerbung\s+als|stelle\s+als|vaga\s+de|poste\s+d['e]\s*|posició\s+d['’e]\s*"
        r"|puesto\s+de"
        r"|(?:die|der)\s+Position(?:\s+als)?|posici[oó]n\s+de|cargo\s+de|vacante\s+de"
        r"|functie(?:\s+van|\s+als)?|posizione\s+di|tjänsten\s+som|jobbet\s+som|pos\s+van"
        r"|stilling(?:en|a)\s+som|jobben\s+som|rol\s+(?:van|als)|b[úu]squeda\s+de|fun[çc][ãa]o\s+de"
        r"|plaça\s+de|delovno\s+mesto|radno\s+mjesto|radno\s+mesto"
        r"|sollicitatie(?:\s+(?:als|voor))?"
        r"|(?-i:jawatan))"  # (Malay "menawarkan jawatan Eksekutif Perolehan (…)")
        # (a Scandinavian role is written in lower case: "tjänsten som speldesigner")
        # (Slovenian and Croatian, lower case after the first word: "delovno mesto Razvijalec
        # vgrajenih sistemov", "radno mjesto Specijalist/ica za korisničku podršku")
        r"(?:\s+|(?<='))(?P<pos>(?:(?<=mesto\s)|(?<=mjesto\s))[A-ZÀ-Ž][\w/'’-]+"
        r"(?:\s+(?:za\s+)?[a-zà-ž][\w'’-]+){0,3}"
        # ("poste de Développeur backend": a capitalised French head with its lower-case
        # qualifiers, which _TITLE would cut at the head)
        rf"|(?:(?<=')|(?<=\bde\s))(?:Analyste|Ingénieur|Développeu|Technicien|Consultant"
        rf"|Gestionnaire|Administrat)[\w-]*(?:\s+(?:back-?end|front-?end|full-?stack"
        rf"|principale?|s[ée]nior|junior|confirmée?|web|logiciel|embarquée?|données|data"
        rf"|cloud|réseaux?|systèmes?|sécurité|qualité))+"
        rf"(?:\s+\.?(?-i:[A-Z])[\w.#+]*(?<!\.))?"
        rf"(?:\s+(?:en|de|des|du)\s+[a-zà-ÿ][\w-]+(?:\s+d'[a-zà-ÿ][\w-]+)?)?"
        rf"|{_ROMANCE}|{_TITLE}{_QUAL}"
        # ("tjänsten som senior systemutvecklare": a grade before it)
        rf"|(?<=som\s)(?:(?:senior|junior|erfaren|ledande)\s+)?[a-zåäöø][\w-]{{3,30}}"
        # "poste d'analyste en cybersécurité": a French role in lower case
        rf"|(?:(?<=')|(?<=\bde\s))(?:analyste|ingénieur|développeu|chef|responsable|chargée?"
        rf"|technicien|consultant|gestionnaire|directeur|directrice|assistante?|comptable|infirmi)"
        # ("poste de développeuse back-end principale")
        rf"[\w-]*(?:\s+(?:back-?end|front-?end|full-?stack|principale?|s[ée]nior|junior"
        rf"|confirmée?|web|logiciel))*(?:\s+\.?(?-i:[A-Z])[\w.#+]*(?<!\.))?"  # (".NET", "Java")
        rf"(?:\s+(?:en|de|des|du)\s+[a-zà-ÿ][\w-]+(?:\s+d'[a-zà-ÿ][\w-]+)?)?"
        # "puesto de cocinero(a) de línea", "puesto de camarera de sala": a Spanish role in
        # lower case, with its "de" qualifiers (not "de nuestra taquería", nor the shift of
        # "recepcionista de noche")
        rf"|(?<=\bde\s)(?:cociner|camarer|meser|ayudante|auxiliar|dependient|repartidor"
        rf"|conductor|limpiador|recepcionist|cajer|lavaplatos|vendedor|operari|almacenist"
        rf"|enfermer|técnic|analista|ingenier|desarrollador|programador|administrativ"
        rf"|asistente)[\w()]*(?:\s+de\s+(?!(?:nuestr[oa]s?|su|sus|tu|mi|est[ea]|la|el|los|las|un"
        rf"|una|noche|d[íi]a|tarde|mañana|fin|medio|tiempo|turno)\b)[a-zà-ÿ][\w-]+){{0,2}})"
    ),
    rx.compile(
        rf"\b(?i:applied|applying|application|interview(?:ing)?|process|onsite|on-site|loop)"
        rf"\s+(?i:for)\s+"
        rf"(?i:the\s+)?(?P<pos>{_TITLE}{_QUAL})"
    ),
    # a booking page's question: "Which role are you applying for?" over "Controls Engineer"
    rx.compile(
        r"(?im)\b(?:which|what)\s+(?:role|position|job)\s+are\s+you\s+(?:applying|interested)"
        r"[^?\n]*\?[ \t]*\n[ \t]*(?P<pos>[^\n]{2,60}?)[ \t]*$"
    ),
    # "we want you to join Mosaic Orchard as our Engineering Manager for the Growth team"
    rx.compile(
        rf"\b(?i:join)\s+{_CO}\s+(?i:as)\s+(?i:an?|our|the|their)\s+(?P<pos>{_TITLE})"
        # "se juntar ao time da Cajuína Pagamentos como Engenheira de Software Pleno"
        rf"|\b(?i:juntar\s+ao\s+time|fazer\s+parte\s+d[ao]\s+(?:time|equipe))\s+(?i:d[aeo])\s+"
        rf"{_CO}\s+(?i:como)\s+(?P<pos2>{_TITLE}(?:\s+(?i:de|do|da)\s+{_TITLE})?)"
    ),
    # "our founding engineer role": a role written in lower case
    rx.compile(
        r"\b(?i:the|our|your|this)\s+(?P<pos>(?:[a-z][\w-]*\s+){0,3}(?:engineer|developer|analyst"
        r"|designer|scientist|manager|architect|consultant|specialist|coordinator|researcher"
        r"|administrator|accountant|lead))\s+(?:role|position|opening|vacancy)\b"
    ),    # "Role-wise it's the Senior Data Scientist one we talked about"
    rx.compile(
        rf"\b(?i:role|position|job)[- ]wise,?\s+(?i:it['’]s|it\s+is)\s+(?i:the)\s+"
        rf"(?P<pos>{_TITLE}{_QUAL})\s+(?i:one|role|position)\b"
    ),
    # Russian and Ukrainian: "на позицию «Ведущий разработчик Python»", "на вакансию
    # "Аналитик данных"", "на посаду «Тестувальник»": the role in quotes
    rx.compile(
        r"(?i:позици[юяи]|ваканси[юяи]|должност[ьи]|посад[уиа])\s+[«\"„“](?P<pos>[^«»\"„“”\n]{2,60})"
        r"[»\"“”]"
        # (Nepali and Hindi put the post after its quoted name: '"… (ब्याकएन्ड)" पदका लागि')
        r"|[\"“](?P<pos2>[^\"“”\n]{2,60})[\"”]\s*पद"
    ),
    # Vietnamese "vị trí Kỹ sư Kiểm thử Tự động (Automation Tester)", Indonesian "posisi
    # Product Designer (UI/UX)", Thai "ตำแหน่ง นักวิเคราะห์ข้อมูลอาวุโส"
    rx.compile(
        r"(?i:vị\s+trí|posisi)\s+(?P<pos>[A-ZĐÀ-Ỹ][^\n(,.;:!?]{1,60}?)(?=\s*(?:\(|[,.;:!?]|\n|$"
        r"|\s+(?:và|tại|của|bên|ở|vào|từ|dan|dengan|di|untuk|yang|pada)\b))"
        r"|ตำแหน่ง\s+(?!นี้|ดังกล่าว|งาน)(?P<pos2>[\u0e00-\u0e7f]{2,40})"
    ),
    # a recruiter's note to a manager: "Resume attached for A B (Grid Integration Engineer,
    # req 4471)"
    rx.compile(rf"\((?P<pos>{_TITLE}),\s+(?i:req(?:uisition)?|job\s+id)\.?\s*#?\s*\d[\w-]*\)"),
    # a freelance or contract role: "your proposal on our Gigbridge post for a contract Power BI
    # developer", "join Crestline Collective as a freelance data engineer", "for the Contract
    # Business Analyst (12 mo, W2)"
    rx.compile(r"\b(?:(?i:post|listing|brief|gig)\s+for\s+an?|(?i:join)\s+[A-Z][\w&'’-]*"
               r"(?:\s+[A-Z][\w&'’-]*){0,3}\s+as\s+an?|(?i:for|as)\s+the)\s+"
               r"(?P<pos>(?i:contract|freelance)\s+(?:[\w-]+\s+){0,3}?(?i:developer|engineer|designer"
               r"|analyst|consultant|writer|editor))\b"),
]
#: "our Virtual Assessment Centre for the Actuarial Graduate Programme", "our 2027
#: Electrical Installation Apprenticeship intake": a programme is what one applies for.
_PROGRAMME = rx.compile(
    # ("the Commercial Banking Analyst - Rotational Program (Toronto)": a dash within)
    rf"\b(?i:the|our|your|this)\s+(?:20\d\d\s+)?(?P<pos>{_CAP}(?:\s+(?:[&–-]\s+)?{_CAP}){{0,4}}?"
    r"\s+(?:Programme|Program|Scheme|Apprenticeship|Internship|Traineeship)\b"
    # "Graduate Trainee Programme 2027 (Actuarial & Finance track)": its year and its track,
    # not "(September 2027 intake)"
    r"(?:\s+20\d\d\b)?(?:\s+\((?![^)]*\d)[^()]{2,40}\))?)"
)


def programme_from_text(text: str) -> str | None:
    """The graduate programme, scheme or apprenticeship the mail is about, when it names no
    role: asked after the subject, which may name the role within it ("Graduate Trainee
    (Finance)")."""
    flat = squeezed(text)
    m = _PROGRAMME.search(flat) or _PROGRAMME_LOWER.search(flat)
    return _tidy(m["pos"]) if m else None


#: "the Lumen & Vale Graduate Consultant programme (2027 intake)": the role is the capitals.
_PROGRAMME_LOWER = rx.compile(
    rf"\b(?i:the|our|your|this)\s+(?:20\d\d\s+)?(?P<pos>{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,4}}?"
    rf"\s+(?:Graduate|Trainee|Intern|Apprentice)\w*(?:\s+{_CAP})?)\s+(?:programme|program|scheme)\b")


#: A role she is told to watch for, not the one she applied for.
_LOOK_OUT = re.compile(r"\b(?:look|keep\s+an\s+eye)\s+out\s+for\s+$", re.I)


_NOT_COMPANY = re.compile(
    r"^(?:I|We|You|The|Our|Your|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Zoom|Teams|Microsoft Teams|Google Meet|Interview|Hi|Dear|Thanks|Thank|Meeting"
    # the reader or the writer, in the languages of "bei Ihnen", "chez vous", "con usted"
    r"|Ihnen|Sie|Ihr|Ihre|Ihrer|Ihrem|Euch|Dir|Dich|Uns|Vous|Nous|Usted|Ustedes|Você)\b"
    # a place in a building: "we're at Unit 4", "at Suite 200"
    r"|^(?:Unit|Suite|Floor|Level|Building|Block|Room|Studio\s+\d)$"
    r"|^(?:Unit|Suite|Floor|Level|Block|Room|Gate)\s+[A-Z]?\d"  # ("Meet at Room A2 With: …")
    # a department, not the employer
    r"|^(?:People\s*(?:&|and)\s*Culture|Human\s+Resources|Talent\s+Acquisition|People\s+Operations"
    r"|Recruitment|Recruiting|HR)$"
    # the panel, not the employer: "The Selection Board would like to meet you"
    r"|^(?:The\s+)?(?:Selection|Interview|Interviewing|Hiring|Assessment|Appointments?)\s+"
    r"(?:Board|Panel|Committee)$"
    # the advert, not the employer: "Thank you for applying to Job Announcement #DNRP-0142"
    r"|^(?:Job|Vacancy|Position|Posting|Requisition)(?:\s+(?:Announcement|Posting|Opening|Advert"
    r"|Notice|Number|Reference|ID))?$"
)
_POSSESSIVE = re.compile(r"['’]s$")
_AT_OR_WITH = re.compile(r"\s+(?:at|with)\s+")
#: Words before a capitalised role that are not part of it: "candidatura Product Designer".
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ][\w-]*\s+)+(?=[A-ZÀ-Þ][\w-]*\s+[A-ZÀ-Þ])")
#: (not a grade: "Claims Analyst I", "Engineer V")
_LONE_INITIAL = rx.compile(r"(?<=\w\w)\s+(?![IVX]$)[A-Z]$")
#: Subject parts that say whom the meeting is with, not the role: "Hiring Manager Chat".
_WITH_WHOM = re.compile(
    r"(?i)^(?:hiring\s+manager|recruiter|founders?|co-?founders?|ceo|cto|hr|team|manager)$")


def _tidy(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split()).strip(" .,;:-–—'’\"")
    value = _POSSESSIVE.sub("", value)
    value = _LONE_INITIAL.sub("", value)  # "Acme Logistics S" of "Acme Logistics S.A."
    value = _WORKPLACE.sub("", value)  # "バックエンドエンジニア（札幌本社勤務）": where, not what
    value = _WHEN_TAIL.sub("", value)  # "Supply Chain Data Engineer for Thursday": when
    value = _SENTENCE_TAIL.sub("", value)  # "Bayline Ferry Authority You're invited": a sentence
    value = _STAGE_TAIL.sub("", value)  # "Technical Writer – First" (Interview): the round
    return value if 1 < len(value) <= 80 else None


def final_position(value: str | None) -> str | None:
    """The role without what the subject or the text wrapped round it: a bilingual
    "门店副经理（Assistant Store Manager）" gives its Latin name (the one a Latin-script
    reader writes back with); "关于高级数据工程师岗位面试结果的咨询" the role inside; "웹
    프론트엔드 개발자 면접 관련" no "interview-related"; "Responsabile di magazzino presso il"
    no dangling "at the"; "Zweitgespräch Embedded-Softwareentwickler" no round; "Intern for
    Summer" no season."""
    if not value:
        return value
    if (m := _BILINGUAL.match(value)) is not None and _ROLE_WORDS.search(m["latin"]):
        return m["latin"].strip()  # (not "インフラエンジニア（AWS）": a qualifier)
    if (m := _ABOUT_ROLE.match(value)) is not None:
        value = m["role"]
    value = _ROLE_TAIL_INTL.sub("", _ROUND_LEAD.sub("", value)).strip()
    # ("Product Analyst." where a sentence ended; not the "Sr." of an abbreviation)
    value = _SENTENCE_STOP.sub("", value)
    return _STAGE_TAIL.sub("", value) or None


_SENTENCE_STOP = re.compile(r"(?<=\w{4})\.$")


_BILINGUAL = re.compile(
    r"^[^\x00-\x7f（(]+\s*[（(](?P<latin>[A-Za-z][A-Za-z .&/+-]{2,60})[）)]$")
_ABOUT_ROLE = re.compile(
    r"^(?:关于|關於)(?P<role>.+?)(?:岗位|職位|职位|崗位).*$")
_ROLE_TAIL_INTL = re.compile(r"\s+(?:면접\s*)?관련$"
                             r"|(?<=[）)\u4e00-\u9fff])(?:在线|線上)?(?:笔试|筆試)$"
                             # "Software Engineering Intern for Summer 2027": a season's
                             # intake, not the role (the year is cut before this)
                             r"|\s+for\s+(?:the\s+)?(?:Summer|Spring|Autumn|Fall|Winter)$"
                             # a subject's "about your application": Turkish "başvurunuz
                             # hakkında", Hungarian "pályázat(a)"
                             r"|\s+(?:başvurunuz\s+hakkında|pályázat\w*)$"
                             r"|\s+(?:presso|bij|chez|bei)(?:\s+(?:il|la|lo|l['’]|de|het|der|die"
                             r"|dem))?$")
_ROUND_LEAD = re.compile(
    r"^(?:(?:Erst|Zweit|Dritt|Fach|Video|Online|Abschluss)gespr(?:ä|ae)ch"
    # a subject's label for the role: "Posizione UX Researcher – …", "Vaga: Analista"
    r"|(?:Posizione|Position|Posición|Posição|Vaga|Poste|Ruolo|Stelle|Vacature|Vacancy"
    r"|Puesto|[لب]?وظيفة|Θέση)\s*:?"  # (Arabic "وظيفة", Greek "Θέση": "job", "position")
    # "o processo Analista de Produto Pleno": the hiring process named by its role
    r"|(?:processo|proceso|process)(?:\s+(?:seletivo|selectivo|de\s+selecci[oó]n))?"
    r"(?=\s+[A-ZÀ-Þ]))\s+(?=\S)")


_SENTENCE_TAIL = re.compile(r"\s+(?:You|We|They|It|I)['’]\w*$")
_WHEN_TAIL = re.compile(r"\s+(?:for|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                        r"|Sunday|Tomorrow|Today)$")


_STAGE_TAIL = re.compile(r"\s*[-–—:]?\s+(?i:first|second|third|final|initial|1st|2nd|3rd)"
                         r"(?:\s+(?i:round|stage))?$"
                         # ("数据平台工程师（二面）", Turkish "Veri Mühendisi Pozisyonu")
                         r"|\s*[（(][一二三四终終复複]面[）)]$|\s+(?i:pozisyon(?:u|una)?)$"
                         # Hungarian "adatelemző pozíció", Slovak "… pozícia": the word "position"
                         r"|\s+(?i:pozíció\w*|munkakör\w*|pozícia|pozice)$"
                         # a dangling "at" before the employer a subject cut off: Icelandic
                         # "Hugbúnaðarsérfræðingur hjá", "… bei", "… chez", "… presso"
                         r"|\s+(?i:hjá|bei|chez|presso|hos)$")


_WORKPLACE = re.compile(r"[（(][^（）()]{0,12}(?:勤務|勤务|근무)[）)]$")


#: Words each prose pattern of _POSITION_RES must contain in flattened text (one space per
#: \s+), lower-cased: without any, it cannot match and is not run. ([2] reads the raw text.)
_POSITION_WORDS = {
    0: (" role", " position", " opening", " vacancy", " opportunity", " post", " spot", " process",
        " listing",
        " interview", " onsite", " on-site", " search"),
    1: ("position of ", "position as ", "role of ", "role as ", "vacancy of ", "vacancy as ",
        "post of ", "post as "),
    3: ("bewerbung als", "stelle als", "vaga de", "poste d", "posició d", "puesto de", "position",
        "posición de", "posicion de", "cargo de", "vacante de", "functie", "posizione di",
        "tjänsten som", "jobbet som", "pos van", "stillingen som", "stillinga som", "jobben som",
        "rol van",
        "rol als", "squeda de", "função de", "funcao de", "plaça de", "delovno mesto",
        "radno mjesto", "radno mesto", "sollicitatie", "jawatan"),
    4: ("applied for ", "applying for ", "application for ", "interview for ",
        "interviewing for ", "process for ", "onsite for ", "on-site for ", "loop for "),
    5: ("are you applying", "are you interested"),
    6: ("join ", "juntar ao time", "fazer parte"),
    7: (" role", " position", " opening", " vacancy"),
    8: ("role-wise", "role wise", "position-wise", "job-wise"),
    9: ("позици", "ваканси", "должност", "посад", "पद"),
    10: ("vị trí", "posisi", "ตำแหน่ง"),
    11: (", req", ", requisition", ", job id"),
    12: ("contract ", "freelance "),
}


#: The role in Japanese and Chinese mail: "データエンジニア職にご応募", "“高级算法工程师”岗位",
#: "「採購專員」一職".
_CJK_POSITION = re.compile(
    # (a hiragana letter is the end of the word before, unless it is the okurigana of a
    # kanji, "組込み": "先日ご案内いたしました機械学習エンジニア職" is "機械学習エンジニア")
    r"(?:^|[、。（(「\s\u3041-\u309f])(?P<ja>(?:[\u30a0-\u30ffA-Za-z\u4e00-\u9fff]"
    r"|(?<=[\u4e00-\u9fff])(?![のはをにがでとへも])[\u3041-\u309f](?=[\u4e00-\u9fff\u30a0-\u30ff]))"
    r"{2,24}?)"
    r"職(?=[にへの（）(),、でをが]|$)"
    r"|[“「\"](?P<zh>[^”」\"]{2,20})[”」\"](?:岗位|一职|一職|职位|職位|職缺|職)", re.M)


#: A template field of the role: "■募集職種：バックエンドエンジニア", "应聘职位：…", "지원 분야: …".
_CJK_FIELD = re.compile(
    r"(?:募集職種|応募職種|職種|应聘职位|應徵職位|招聘职位|岗位名称|職位名稱|(?:面试|应聘|招聘|面試|應徵)(?:岗位|職位|职位)|지원\s*(?:분야|직무|포지션)"
    r"|채용\s*(?:분야|직무|포지션)|모집\s*분야)[\s\u3000]*[:：][\s\u3000]*(?P<role>[^\n：:]{2,30}?)"
    r"[\s\u3000]*$", re.M)


#: Korean prose: "저희 회사 데이터 엔지니어 포지션에 지원해 주셔서" (our company's … position).
_KO_POSITION = re.compile(r"(?P<ko>(?:[\uac00-\ud7afA-Za-z]+ ){0,2}[\uac00-\ud7afA-Za-z]+"
                          r"(?:\([^()\s]{1,8}\))?)"  # ("백엔드 개발자(경력) 포지션")
                          r" 포지션(?:에|을|의|으로|(?=\s+(?:\d차|면접|채용)))")
#: A Korean subject line: "[Company] role N차 면접 안내" (the text's first line is the subject).
_KO_SUBJECT_ROLE = re.compile(r"\s*\[[^\]\n]{1,30}\]\s*(?P<role>[\uac00-\ud7afA-Za-z ]{2,30}?)\s*"
                              r"(?:\d차\s*)?(?:\([^)\n]{1,10}\)\s*)?면접")
#: The same in a Chinese subject: "【宏碩雲端】雲端架構師 第二階段面試時間異動".
#: (the bracket names the employer, not the notice: not "【面试时间调整】数据分析师岗位…")
_ZH_SUBJECT_ROLE = re.compile(r"(?:(?:RE|Re|回覆|回复)\s*[:：]\s*)?【[^】面通\n]{1,30}】\s*"
                              r"(?P<role>[\u4e00-\u9fffA-Za-z]{2,30}?(?<![岗崗職职]位))\s*"
                              r"(?:第[一二三四五六七八九十\d]+(?:階段|阶段|輪|轮)\s*)?(?:面試|面试)")
_KO_NOT_ROLE = frozenset({"저희", "회사", "당사", "귀사", "해당", "이번", "본"})


_NAMED_ROLE = re.compile(r"\s(?i:role|position|vacancy|post)$")
_CUT_AT_DIGIT = re.compile(r"\s\d")
_JA_QUOTED_ROLE = re.compile(r"「([^」\n]{2,30})」ポジション")
#: A Korean table row of two fields, company then role: "지원 회사 / 직무 세담에너지(주) /
#: 데이터 엔지니어(경력)".
KO_COMPANY_ROLE = re.compile(
    r"회사\s*/\s*직무\s+(?P<co>[^/\n]{2,30}?)\s*/\s*(?P<role>[^/\n]{2,40})$", re.M)


#: The role in mail written in an Indic or South-East Asian script, named beside the word
#: for the post: in quotation marks before it ('"সিনিয়র ব্যাকএন্ড ডেভেলপার" পদে', '"ડેટા
#: એનાલિસ્ટ" ના પદ', '"ಸಪ್ಲೈ ಚೈನ್ ಅನಾಲಿಸ್ಟ್" ಹುದ್ದೆಗೆ'), or as the words right before it
#: (Malayalam "… മാനേജർ തസ്തികയിലേക്ക്", Telugu "… డిజైనర్ పదవికి", Burmese "… ရာထူး"),
#: or after it (Khmer "តំណែង គណនេយ្យករ…").
_SCRIPT = "\u0980-\u0dff\u1000-\u109f\u1780-\u17ff"
_SCRIPT_ROLE = re.compile(
    rf"[\"“„«](?P<q>[{_SCRIPT}][^\"”»\n]{{1,40}}?)[\"”»]\s*(?:\S{{1,3}}\s+)?"
    r"(?:পদ|ਅਸਾਮੀ|ਅਹੁਦ|પદ|ಹುದ್ದೆ|തസ്തിക|పదవి|ရာထူး|តំណែង)"
    rf"|(?<![{_SCRIPT}])(?P<w>(?:[{_SCRIPT}]+\s){{0,2}}[{_SCRIPT}]+)\s+(?:തസ്തിക|పదవి)"
    # (Burmese: the one word before it, after the employer's "…၏")
    r"|(?<=\s)(?P<my>[\u1000-\u109f]+)\s+ရာထူး"
    r"|តំណែង\s*(?P<k>[\u1780-\u17d3]+)")  # (not the Khmer full stop "។")


def script_position(text: str) -> str | None:
    """`_SCRIPT_ROLE`'s role, or None (and None at once for text with none of its words)."""
    if not any(w in text for w in ("পদ", "ਅਸਾਮੀ", "ਅਹੁਦ", "પદ", "ಹುದ್ದೆ", "തസ്തിക", "పదవి",
                                   "ရာထူး", "តំណែង")):
        return None
    m = _SCRIPT_ROLE.search(text)
    return (m["q"] or m["w"] or m["my"] or m["k"]).strip() if m else None


def cjk_position(text: str) -> str | None:
    if (any(w in text for w in ("職種", "职位", "職位", "岗位", "분야", "직무", "포지션"))
            and (f := _CJK_FIELD.search(text))):
        return _WORKPLACE.sub("", f["role"]) or None
    if "포지션" in text and (k := _KO_POSITION.search(text)):
        words = k["ko"].split()
        while words and words[0] in _KO_NOT_ROLE:
            words.pop(0)
        if words:
            return " ".join(words)
    if "」ポジション" in text and (q := _JA_QUOTED_ROLE.search(text)):
        return q[1]  # "「データエンジニア」ポジション"
    if "직무" in text and (k := KO_COMPANY_ROLE.search(text)):
        return k["role"].strip()
    if "면접" in text and (k := _KO_SUBJECT_ROLE.match(text)):
        return k["role"].strip()  # "[해운대모빌리티] 프론트엔드 개발자 2차 면접 안내"
    if ("面試" in text or "面试" in text) and (z := _ZH_SUBJECT_ROLE.match(text)):
        return z["role"].strip()  # "【宏碩雲端】雲端架構師 第二階段面試通知"
    if "職" not in text and "岗位" not in text and "职" not in text:
        return None
    m = _CJK_POSITION.search(text)
    if m is None:
        return None
    pos = m["ja"] or m["zh"]
    for ours in ("弊社", "当社", "貴社"):  # "弊社バックエンドエンジニア職": "our company's"
        pos = pos.removeprefix(ours)
    return pos or None


#: A booking form's question and its answer: "Which role are you interviewing for?" over
#: "Product Designer".
_ASKED_ROLE = re.compile(r"^[ \t]*(?:which|what)\s+(?:role|position|job)\s+are\s+you\s+"
                         # (the role before the site a booking form's answer adds: "Behavioral
                         # Health Technician - Scottsdale Residential Program")
                         r"(?:interviewing|applying)\s+for\??[ \t]*\n[ \t]*(?P<role>[^\n?]{2,60}?)"
                         r"(?:[ \t]+[-–][ \t]+[^\n?]{2,60})?[ \t]*$", re.M | re.I)


def position_from_text(text: str) -> str | None:
    """The role: a template field ("Position: X") first, then prose ("the X role")."""
    if " for?" in text and (asked := _ASKED_ROLE.search(text)):
        return _tidy(asked["role"])
    if "·" in text or any(e in text for e in _GENDER_ENDINGS):  # "Desarrollador(a)": one word
        text = _WORD_GENDER.sub("", text)
    flat = squeezed(text)  # once, not once per pattern
    low = rx.lowered(flat)
    if (" for is " in low or "offer you the " in low) and (said := _THE_ROLE_IS.search(flat)):
        # "The role you are interviewing for is Product Operations Lead, not Product
        # Manager"; "delighted to offer you the position of Site Reliability Engineer"
        # after the "Senior Backend Engineer position" she interviewed for
        return _tidy(said["pos"])
    # (a generator: a pattern's words are looked for only when the ones before found none)
    scans = itertools.chain([(_POSITION_RES[2], text)], (
        (_POSITION_RES[i], text if i == 5 else flat)
        for i in (12, 0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11)
        if any(w in low for w in _POSITION_WORDS[i])))
    for pattern, src in scans:
        # "Bewerbung als X", "functie X", "tjänsten som X" say it is a role: the role words,
        # English and a few others, would miss "UX-onderzoeker" and "Backendutvecklare"
        explicit = pattern in (_POSITION_RES[3], _POSITION_RES[9], _POSITION_RES[10])
        for m in pattern.finditer(src):
            pos = _tidy(_GENDER_MARK.sub("", m["pos"] or m.groupdict().get("pos2") or ""))
            # ("the Deckhand position", "the position of Brewer", "Position: Archivist": the
            # mail calls it a role, whatever the words)
            named = (pattern is _POSITION_RES[1] or pattern is _POSITION_RES[2] or (
                pattern is _POSITION_RES[0] and _NAMED_ROLE.search(m.group(0)) is not None)) and (
                bool(pos) and fold(pos) not in _PLACES  # (not "the Bristol role")
                and not _CUT_AT_DIGIT.match(src, m.end("pos")))  # ("Year 4 Classroom Teacher")
            if pattern is _POSITION_RES[0] and _SOMEONE_ELSES.match(src, m.end()):
                continue  # "the Warehouse Systems Analyst position he applied for"
            if pattern is _POSITION_RES[0] and _LOOK_OUT.search(src, max(0, m.start() - 40),
                                                                 m.start()):
                continue  # "look out for our Senior Planning Officer (…) vacancy": a later one
            if pos and (explicit or named or _ROLE_WORDS.search(pos)) and not (
                    _NOT_COMPANY.match(pos)) and (
                    not _WITH_WHOM.match(pos)):  # "the Hiring Manager interview": a person
                if pattern is _POSITION_RES[12]:  # ("contract Power BI developer": all of it)
                    return pos[:1].upper() + pos[1:]
                if (tech := _TECH_AFTER.match(src, m.end("pos") if m["pos"] else m.end())):
                    pos = f"{pos} {tech['tech']}"  # "tjänsten som Systemutvecklare .NET"
                return _LOWER_LEAD.sub("", _AT_OR_WITH.split(pos)[0])
    if ("pplic" in flat or "nterview" in flat) and (m := _APPLIED_FOR_NAMED.search(flat)):
        pos = _tidy(m["pos"])  # a role no role word knows: "the Deckhand (Seasonal) position"
        return pos if pos and not _NOT_COMPANY.match(pos) and fold(pos) not in _PLACES else None
    if "offer" in low and (m := _OFFERED_AS.search(flat)) and _ROLE_WORDS.search(m["pos"]):
        return _tidy(m["pos"])  # "would like to offer you a training contract … as a Trainee
    return None  # Solicitor"


#: A technology the capitalised words of a role stop short of: "Systemutvecklare .NET".
_TECH_AFTER = re.compile(r"[ \t]+(?P<tech>\.NET|C#|C\+\+)(?![\w.+#])")
#: A sentence that says which role is hers: "The role you are interviewing for is X",
#: "offer you the position of X".
_THE_ROLE_IS = rx.compile(
    r"\b(?i:the\s+(?:role|position|job|post)\s+you(?:\s+are|['’]re|\s+were|['’]ll\s+be)\s+"
    r"(?:interviewing|applying|being\s+considered)\s+for\s+is|offer\s+you\s+the\s+"
    rf"(?:position|role|post)\s+(?:of|as))\s+(?i:an?\s+)?"
    rf"(?P<pos>{_TITLE}(?:,\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?i:at|with)\s+[A-Z]))?)")
#: After a role: it was someone else's ("the X position he applied for").
_SOMEONE_ELSES = re.compile(r"\s+(?:he|she|they)\s+(?:had\s+)?(?:applied|interviewed)\b", re.I)
#: The role an offer names after "as": "offer you a two-year training contract with X as a
#: Trainee Solicitor", "offer you a place on our team as our new Data Lead".
_OFFERED_AS = rx.compile(rf"\b(?i:offer\s+you)\b(?:[^.]|\.(?=\s+[a-z])){{0,100}}?\b(?i:as)\s+"
                         rf"(?i:an?|our)\s+(?:(?i:new)\s+)?(?P<pos>{_TITLE})")


_PLACES = frozenset({*CITIES, *REGIONS})
#: An application for a role the mail itself calls a role: "your application for the
#: Collections Registrar post", "for the post of Merchandiser – Export Division at …".
_APPLIED_FOR_NAMED = rx.compile(
    rf"\b(?i:application\s+for|applying\s+for|applied\s+for|interview\s+for)\s+(?i:the\s+)?"
    rf"(?:(?P<lead>(?i:post|position|role))\s+(?i:of|as)\s+(?i:an?\s+)?)?(?P<pos>{_TITLE}{_QUAL})"
    rf"(?:\s+(?i:position|role|post|vacancy|job|opening)\b|(?(lead)(?=\s+(?i:at|with)\s+[A-Z]|[.,;]|$)|(?!)))")


def without_company(position: str | None, company: str | None) -> str | None:
    """The role without the employer written after it: "Clinical Pharmacist, Sagebrush
    Health", "UX Researcher bij Polderwerk", "Growth Analyst (Quillbeam)", "Backend
    Engineer (Go) between Andes Freight and Thandi Nkosi" (Cal.com's event title); and
    without its own initials after it ("Platform Reliability Engineer (PRE)")."""
    if position:
        position = _BETWEEN_PARTIES.sub("", position) or position
        if (a := _INITIALS.search(position)) and a["abbr"] == "".join(
                w[0] for w in position[: a.start()].split()).upper():
            position = position[: a.start()]
    if not position or not company:
        return position
    bare = strip_legal(company) or company  # ("Lumen & Vale LLP": "Lumen & Vale Graduate …")
    words, n = position.split(), len((_CJK_FORM.sub("", bare).strip() or bare).split())
    if len(words) > n and _same_org(" ".join(words[:n]), bare):
        return " ".join(words[n:])  # "the Hartwell Pryce Summer Vacation Scheme"
    m = _ROLE_THEN_ORG.match(position)
    if m and (_same_org(m["org"], company) or _same_branch(m["org"], company)) and (
            _ROLE_WORDS.search(m["role"])):
        return m["role"]
    if len(words) > n and _same_org(" ".join(words[-n:]), company):
        # a subject's "Kennismakingsgesprek data-engineer Scheldelab"
        return " ".join(words[:-n]).rstrip(" ,;:-–—")
    return position


def _same_org(a: str, b: str) -> bool:
    """Do two spellings name one organisation? fold() keeps Latin letters only, so names in
    other scripts (all of which fold to "") are compared as written, legal form aside."""
    fa, fb = fold(a), fold(b)
    if fa or fb:
        return fa == fb
    return _CJK_FORM.sub("", a).replace(" ", "") == _CJK_FORM.sub("", b).replace(" ", "")


def _same_branch(a: str, b: str) -> bool:
    """Does `a` open with the first two words of `b`: a site of the organisation ("Northshore
    Smiles Chatswood" of "Northshore Smiles Dental")?"""
    wa, wb = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    return len(wa) >= 2 and len(wb) >= 2 and all(wb[:2]) and wa[:2] == wb[:2]


_CJK_FORM = re.compile(r"\(주\)|㈜|주식회사|株式会社|有限公司")
_BETWEEN_PARTIES = re.compile(r"\s+between\s+.+\s+and\s+.+$")
_INITIALS = re.compile(r"\s*\((?P<abbr>[A-Z]{2,6})\)$")
_ROLE_THEN_ORG = re.compile(
    r"^(?P<role>.+?)(?:,\s*|\s+(?:at|with|@|bij|chez|en|presso|bei|hos|för|na|w)\s+|\s*\()"
    r"(?P<org>[^,()]+?)\)?$", re.I)


#: "(m/w/d)", "(w/m/d)", "(m/f/x)", "(H/F)": who may apply, not part of the role's name.
_GENDER_MARK = re.compile(r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)", re.I)
#: What every _WORD_GENDER match but the "·" ones holds (a scan only where one is).
_GENDER_ENDINGS = ("(a)", "(e)", "(o)", "(in)", "(ne)", "(se)", "(fe)", "/a", "/ka", "/e", "/in",
                   "/ica")
#: A gendered ending written into the word: "Desarrollador(a)", "Développeur·se".
_WORD_GENDER = re.compile(
    r"(?<=[a-zà-ÿ])(?:\((?:a|e|o|in|ne|se|fe)\)|·(?:e|se|ne|euse|fe|ve|rice|trice)|/(?:a|ka|e|in|ica))"
    r"(?![\w])")
