"""Company and position from phrases, the subject, the ICS summary and the sender.

The order is from most to least specific: "the Senior Data Engineer role at Acme" beats a
subject line, which beats the sender's display name, which beats the sender's domain.
Applicant-tracking and free-mail domains say nothing about the employer and are skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .. import rx
from ..domains import ATS_DOMAINS, FREEMAIL_DOMAINS, RESERVED_DOMAINS, SERVICE_NAMES, is_in
from ..message import Address, Message
from .client import client_of_agency, company_field, expand_acronym
from .employer import LEGAL, domain_phrase, fold, legal_line_company, standalone, words_after
from .people import clean_name, squeezed

#: Domains never taken as the employer's name.
_NOT_EMPLOYER = ATS_DOMAINS | FREEMAIL_DOMAINS | RESERVED_DOMAINS
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc"}
#: Only ever a yes/no test ("does this phrase name a role?"), so the German compounds
#: ("Softwareentwickler", "Teamleiterin") need no leading \w*: a match of the word's end
#: is a match all the same, and the engine no longer backtracks through every word.
_ROLE_WORDS = rx.compile(
    r"\b(?:engineer|developer|analyst|manager|designer|scientist|lead|consultant|specialist"
    r"|architect|officer|director|intern|internship|associate|administrator|accountant"
    r"|head|coordinator|representative|advisor|adviser|researcher|technician|programmer"
    r"|writer|editor|marketer|strategist|executive|assistant|sre|devops|vp|chief|supervisor"
    r"|nurse|teacher|actuary|auditor|controller|planner|buyer|trainee|graduate|apprentice"
    r"|lecturer|professor|tutor|postdoc|\w+ologist|\w+ician|physicist|chemist|economist"
    r"|pharmacist|therapist|statistician|trader|broker|paraplanner|artist|modell?er|underwriter"
    r"|leader|instructor|surveyor|estimator|dispatcher|paralegal|solicitor|barrister|attorney"
    r"|owner|producer|utvecklare|ingenjör|analytiker|konsult|projektledare|ontwikkelaar|analist"
    r"|adviseur|beheerder|tester|programista|inżynier|analityk|kierownik"
    r"|analista|desenvolvedor[a]?|desarrollador[a]?|ingeniero|ingeniera|gerente|diretor[a]?"
    r"|ingénieur|ingénieure|développeur|développeuse|chef|responsable|sviluppatore)\b"
    r"|(?i:(?:entwickler|ingenieur|berater|leiter|referent|architekt|analyst|manager)"
    r"(?:in|innen)?\b)"
    # (CJK text has no word boundaries)
    r"|工程师|工程師|经理|經理|分析师|专员|專員|エンジニア|マネージャー|デザイナー|アナリスト"
    r"|엔지니어|매니저|개발자|디자이너",
    re.I,
)
_CAP = r"(?:[A-ZÀ-ÖØ-Þ]|i(?=[A-Z]))[\w+#/&'’\-]*(?:[:*_]in(?:nen)?\b)?"  # ("iOS", "Entwickler:in")
#: "Backend Engineer (Go)", "Softwareentwickler (m/w/d)": a short qualifier, no req. number.
_QUAL = r"(?:\s+\((?![^)]*\d)[^()]{1,20}\))?"
_TITLE = (
    rf"{_CAP}(?:\s+(?:of\s+|and\s+|&\s+|for\s+|in\s+|-\s+|–\s+|de\s+|da\s+|do\s+|für\s+)?{_CAP})"
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
        rf"\b(?i:the|our|your|this|an?)\s+(?P<pos>{_TITLE}{_QUAL}"
        rf"(?:,\s+{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,2}})?)"
        r"(?:\s+\([^()]*\d[^()]*\))?\s+(?i:role|position|opening|vacancy|opportunity|post"
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
        rf"(?m)^[ \t]*(?i:position|role|job(?:\s+title)?|vacancy|stelle|vaga|poste|puesto)"
        rf"[ \t]*:?[ \t]+(?:[A-Z]{{1,4}}-?\d[\w-]*[ \t]+)?(?P<pos>{_TITLE}{_QUAL})"
        r"(?:[ \t]*\([^)]*\d[^)]*\))?[ \t]*$"
    ),
    # "Bewerbung als X", "vaga de X", "poste de X", "puesto de X"
    rx.compile(
        rf"\b(?i:bewerbung\s+als|stelle\s+als|vaga\s+de|poste\s+d['e]\s*|puesto\s+de"
        r"|(?:die|der)\s+Position(?:\s+als)?|posici[oó]n\s+de|cargo\s+de|vacante\s+de"
        r"|functie(?:\s+van|\s+als)?|posizione\s+di|tjänsten\s+som|jobbet\s+som|pos\s+van)"
        # (a Scandinavian role is written in lower case: "tjänsten som speldesigner")
        rf"\s+(?P<pos>{_TITLE}{_QUAL}|(?<=som\s)[a-zåäöø][\w-]{{3,30}})"
    ),
    rx.compile(
        rf"\b(?i:applied|applying|application|interview(?:ing)?|process)\s+(?i:for)\s+"
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
    ),
    # "our founding engineer role": a role written in lower case
    rx.compile(
        r"\b(?i:the|our|your|this)\s+(?P<pos>(?:[a-z][\w-]*\s+){0,3}(?:engineer|developer|analyst"
        r"|designer|scientist|manager|architect|consultant|specialist|coordinator|researcher"
        r"|administrator|accountant|lead))\s+(?:role|position|opening|vacancy)\b"
    ),
]
_COMPANY_RES = [
    rx.compile(
        rf"\b(?i:role|position|opening|vacancy|opportunity|post|team)\s+(?i:below\s+|above\s+)?"
        rf"(?i:at|with)\s+(?P<co>{_CO})"
    ),
    rx.compile(rf"(?:{_TITLE})(?:\s+\([^()]{{2,30}}\))?\s+(?i:at)\s+(?P<co>{_CO})"),
    rx.compile(
        rf"\b(?i:interest\s+in|(?<!will\s)(?<!['’]ll\s)join(?:ing)?|here\s+at|on\s+behalf\s+of|careers?\s+(?:at|with)"
        rf"|greetings\s+from|bei(?:\s+der|\s+dem)?(?!\s+(?:Fragen|Rückfragen|Interesse|Bedarf))|chez|(?:co-?)?founder\s+(?:of|at)"
        rf"|applying\s+to|applied\s+to|application\s+(?:to|with)|everyone\s+at)\s+"
        rf"(?P<co>{_CO})"
    ),
]
_NOT_COMPANY = re.compile(
    r"^(?:I|We|You|The|Our|Your|This|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Zoom|Teams|Microsoft Teams|Google Meet|Interview|Hi|Dear|Thanks|Thank)\b"
    # a department, not the employer
    r"|^(?:People\s*(?:&|and)\s*Culture|Human\s+Resources|Talent\s+Acquisition|People\s+Operations"
    r"|Recruitment|Recruiting|HR)$"
)
_SUBJECT_NOISE = re.compile(
    r"^(?:(?:re|fw|fwd|aw|wg|antw)\s*:\s*|(?:updated\s+)?invitation\s*:\s*|accepted\s*:\s*"
    r"|canceled\s*(?:event)?\s*:\s*|cancelled\s*(?:event)?\s*:\s*|updated\s*:\s*"
    r"|(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office"
    r"|auto)\s*:\s*)+",
    re.I,
)
_INTERVIEW_WORDS = rx.compile(
    r"\b(?:interview|invitation|invite|screen|screening|call|chat|meeting|next\s+steps"
    r"|application|update|schedul\w*|confirm\w*|round|stage|onsite|on-site|technical|phone)\b",
    re.I,
)
_ORG_STOP = re.compile(
    r"\s*\b(?:recruiting|recruitment|careers|career|talent(?:\s+acquisition)?|hiring|hr"
    r"|people|jobs|team|no-?reply|notifications?)\b.*$",
    re.I,
)

_POSSESSIVE = re.compile(r"['’]s$")
_AT_OR_WITH = re.compile(r"\s+(?:at|with)\s+")
_GOOGLE_AT = re.compile(r"\s+@\s+")
_SUBJECT_SEP = rx.compile(r"\s+[|–—-]\s+|:\s+|\s+/\s+|\s*[()]\s*|\s*[\[\]【】]\s*")
_POSITION_AT_CO = re.compile(
    rf"^(?P<pos>.+?)\s+(?:at|with|@|bij|chez|bei|presso|hos)\s+(?P<co>{_CO})$")
_CO_START = re.compile(_CO)
_DIGIT = re.compile(r"\d")
_INTERVIEW_PHRASE = rx.compile(
    r"(?i)\b(?:(?:first|second|final|technical|technisch|technische|phone|video|virtual|onsite"
    r"|quick|short|brief|intro"
    r"|on-site|hr|panel|\d\w*)\s+)*(?:round\s+)?(?:interview|screen|screening|call|chat|gesprek"
    r"|gespräch|entrevista|entretien|kennismaking(?:sgesprek)?|sollicitatiegesprek|colloquio"
    r"|rozmowa|intervju)"
    r"(?:\s+(?:invitation|invite|request|confirmation|for|with))?\b",
)
_EDGE_WORDS = rx.compile(r"(?i)^(?:for|with|the|re)\s+|\s+(?:for|with)$")
_VIA = re.compile(r"\b(?:at|@|from)\s+(?P<co>.+)$")
_PAREN_ORG = re.compile(r"\((?P<org>[^()]{2,60})\)\s*$")
_ROLE_QUAL = re.compile(r"(\w+)\s+\((?![^)]*\d)([^()]{1,20})\)")
_OWNER = re.compile(r"(?i)^(?:your|our|my|the)\s+")
_LONE_INITIAL = rx.compile(r"(?<=\w\w)\s+[A-Z]$")
#: Subject parts that say whom the meeting is with, not the role: "Hiring Manager Chat".
_WITH_WHOM = re.compile(
    r"(?i)^(?:hiring\s+manager|recruiter|founders?|co-?founders?|ceo|cto|hr|team|manager)$")


def _tidy(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split()).strip(" .,;:-–—'’\"")
    value = _POSSESSIVE.sub("", value)
    value = _LONE_INITIAL.sub("", value)  # "Acme Logistics S" of "Acme Logistics S.A."
    return value if 1 < len(value) <= 80 else None


#: Words each prose pattern of _POSITION_RES must contain in flattened text (one space per
#: \s+), lower-cased: without any, it cannot match and is not run. ([2] reads the raw text.)
_POSITION_WORDS = {
    0: (" role", " position", " opening", " vacancy", " opportunity", " post", " process",
        " interview", " onsite", " on-site", " search"),
    1: ("position of ", "position as ", "role of ", "role as ", "vacancy of ", "vacancy as ",
        "post of ", "post as "),
    3: ("bewerbung als", "stelle als", "vaga de", "poste d", "puesto de", "position",
        "posición de", "posicion de", "cargo de", "vacante de", "functie", "posizione di",
        "tjänsten som", "jobbet som", "pos van"),
    4: ("applied for ", "applying for ", "application for ", "interview for ",
        "interviewing for ", "process for "),
    5: ("are you applying", "are you interested"),
    6: ("join ",),
    7: (" role", " position", " opening", " vacancy"),
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
    r"|[“「\"](?P<zh>[^”」\"]{2,20})[”」\"](?:岗位|一职|一職|职位|職位|職缺)", re.M)


def cjk_position(text: str) -> str | None:
    if "職" not in text and "岗位" not in text and "职" not in text:
        return None
    m = _CJK_POSITION.search(text)
    return (m["ja"] or m["zh"]) if m else None


def position_from_text(text: str) -> str | None:
    """The role: a template field ("Position: X") first, then prose ("the X role")."""
    flat = squeezed(text)  # once, not once per pattern
    low = rx.lowered(flat)
    # (a generator: a pattern's words are looked for only when the ones before found none)
    scans = itertools.chain([(_POSITION_RES[2], text)], (
        (_POSITION_RES[i], text if i == 5 else flat) for i in (0, 1, 3, 4, 5, 6, 7)
        if any(w in low for w in _POSITION_WORDS[i])))
    for pattern, src in scans:
        # "Bewerbung als X", "functie X", "tjänsten som X" say it is a role: the role words,
        # English and a few others, would miss "UX-onderzoeker" and "Backendutvecklare"
        explicit = pattern is _POSITION_RES[3]
        for m in pattern.finditer(src):
            pos = _tidy(_GENDER_MARK.sub("", m["pos"]))
            if pos and (explicit or _ROLE_WORDS.search(pos)) and not _NOT_COMPANY.match(pos) and (
                    not _WITH_WHOM.match(pos)):  # "the Hiring Manager interview": a person
                return _AT_OR_WITH.split(pos)[0]
    return None


def without_company(position: str | None, company: str | None) -> str | None:
    """The role without the employer written after it: "Clinical Pharmacist, Sagebrush
    Health", "UX Researcher bij Polderwerk", "Growth Analyst (Quillbeam)", "Backend
    Engineer (Go) between Andes Freight and Thandi Nkosi" (Cal.com's event title)."""
    if position:
        position = _BETWEEN_PARTIES.sub("", position) or position
    if not position or not company:
        return position
    m = _ROLE_THEN_ORG.match(position)
    if m and fold(m["org"]) == fold(company) and _ROLE_WORDS.search(m["role"]):
        return m["role"]
    return position


#: Google Calendar's own address: the invitation's sender, never the employer.
_CALENDAR_SENDER = re.compile(r"(?i)calendar-(?:notification|server)@google\.com$")
_BETWEEN_US = re.compile(rf"\bbetween\s+(?P<co>{_CO})\s+and\s+(?P<other>{_CO})")
_BETWEEN_PARTIES = re.compile(r"\s+between\s+.+\s+and\s+.+$")
_ROLE_THEN_ORG = re.compile(
    r"^(?P<role>.+?)(?:,\s*|\s+(?:at|with|@|bij|chez|en|presso|bei|hos|för|na|w)\s+|\s*\()"
    r"(?P<org>[^,()]+?)\)?$", re.I)


#: "(m/w/d)", "(w/m/d)", "(m/f/x)", "(H/F)": who may apply, not part of the role's name.
_GENDER_MARK = re.compile(r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)", re.I)


#: What follows a person, not a company: "with Annelie Botha, our Lead Engineer",
#: "with Rachel Kim (Director of Engineering)".
_APPOSITION = re.compile(r"\s*(?:,\s*(?:our|the|who|one\s+of|a|an)\b|\((?!Pty|Pvt|Pte))", re.I)


_HONORIFIC_ONLY = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sra|Herr|Frau|Mme)\.?")
_TITLED = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sra|Herr|Frau|Mme)\.?\s+[A-Z]")


#: What _COMPANY_RES[0] and [1] must contain in flattened text (one space per \s+): "at" or
#: "with" ([1]: "at"), then _CO's capital. A cheap scan (a literal " " first) spares theirs.
_AT_OR_WITH_NAME = rx.compile(r" (?i:at|with) [A-ZÀ-ÖØ-Þ]")
_AT_NAME = re.compile(r" (?i:at) [A-ZÀ-ÖØ-Þ]")


def company_from_text(text: str, people: tuple[str, ...] = ()) -> str | None:
    """The employer from phrases ("the X role at Acme", "on behalf of Acme"); a phrase
    naming a person (an apposition follows, or a participant's name) is skipped."""
    flat = squeezed(text)
    persons: set[str] | None = None  # worked out at the first phrase (most texts have none)
    if " between " in flat and (pair := _BETWEEN_US.search(flat)) and (
            fold(pair["other"]) in _persons(people)):
        return _tidy(pair["co"])  # Cal.com: "Technical Interview between Andes Freight and A B"
    for pattern, need in zip(_COMPANY_RES, (_AT_OR_WITH_NAME, _AT_NAME, None), strict=True):
        if need is not None and not need.search(flat):
            continue
        for m in pattern.finditer(flat):
            co = _tidy(m["co"])
            if not co or _NOT_COMPANY.match(co):
                continue
            if persons is None:
                persons = _persons(people)
            if fold(clean_name(co) or co) in persons:
                continue
            if _TITLED.match(co) or _HONORIFIC_ONLY.fullmatch(co):  # "with Dr. A B": a person
                continue
            if clean_name(co) == co and _APPOSITION.match(flat, m.end()):
                continue
            if clean_name(co) != co or _looks_like_company(co):
                return co
    return None


def _persons(people: tuple[str, ...]) -> set[str]:
    """The folded names of `people`, and their first names ("Nadia" of Nadia Hussain)."""
    persons = {fold(clean_name(p) or p) for p in people if p}
    persons |= {fold(p.split()[0]) for p in people if p and p.split()}
    return persons


def names_a_person(company: str, people: tuple[str, ...]) -> bool:
    """Would `company_from_text` skip `company` as one of `people`? More people only skip
    more phrases, so a company it found stays its answer unless this says it is one of them."""
    return fold(clean_name(company) or company) in _persons(people)


def _looks_like_company(value: str) -> bool:
    """Two capitalised words may be a person; our phrases ("role at X") make it a company."""
    return bool(value) and not _ROLE_WORDS.search(value)


def from_subject(subject: str, exclude: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(company, position) from "Interview: Backend Engineer – Acme" and friends.

    `exclude` holds people's names (sender, recipients): a subject part equal to one of
    them is a person, not the company."""
    s = _GENDER_MARK.sub("", _SUBJECT_NOISE.sub("", subject or "")).strip()
    s = _GOOGLE_AT.split(s)[0]  # Google: "... @ Thu 12 Nov 2026 14:00 (SAST)"
    if " <> " in s:  # "Thandi Nkosi <> Tessellate Labs – Final round": the candidate's side
        left, right = s.split(" <> ", 1)
        person = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+\s*$")
        if person.fullmatch(left) and clean_name(left.strip()) == left.strip():
            s = right
        elif person.fullmatch(who := right.split(" – ")[0].split(" - ")[0]) and (
                clean_name(who.strip()) == who.strip()):
            s = left
    # "Backend Engineer (Python)": a role's qualifier stays with it through the split
    # (only a subject with a "(" has one: the pattern backtracks through every word)
    s = _ROLE_QUAL.sub(
        lambda m: f"{m[1]} \x01{m[2]}\x02"
        if _ROLE_WORDS.search(m[1]) and len(m[2].split()) == 1 else m[0], s) if "(" in s else s
    s = s.replace("\x02, ", "\x02 - ")  # a comma after the qualifier ends the role
    parts = [p.strip().replace("\x01", "(").replace("\x02", ")")
             for p in _SUBJECT_SEP.split(s) if p.strip()]
    company = position = None
    lowered = {e.lower() for e in exclude if e}
    for part in parts:
        at = _POSITION_AT_CO.match(part)
        if at and " with " in part and clean_name(at["co"]) == at["co"]:
            # "Growth Analyst (Quillbeam) with Jordan Whitaker": the role, then a person
            if _ROLE_WORDS.search(at["pos"]) and position is None:
                position = _tidy(_strip_interview(at["pos"]))
            continue
        if at and _ROLE_WORDS.search(at["pos"]):
            pos = _strip_interview(at["pos"])
            return _tidy(at["co"]), _tidy(pos)
    for part in parts:
        # "Gameplay Engineer, Wed Feb 17", "Data Scientist interview moved to Tuesday": the
        # role before the date or the interview words
        part = _SUBJECT_TAIL.sub("", part)
        core = _strip_interview(part)
        if not core or _DIGIT.search(core) or core.lower() in lowered:
            continue
        if _WITH_WHOM.match(core):
            continue
        if _ROLE_WORDS.search(core) and position is None:
            position = _tidy(core)
        elif (
            company is None
            and not _INTERVIEW_WORDS.search(core)
            and not _NOT_SUBJECT_CO.search(core)
            and _CO_START.match(core)
        ):
            company = _tidy(core)
    return company, position


#: "데이터 엔지니어 채용 전형 결과 안내": the notice words after a role in a CJK subject.
_CJK_NOTICE = re.compile(
    r"(?:\s*(?:채용|전형|결과|안내|면접|일정|통지|通知|ご案内|のご案内|結果|面接))+$")
_SUBJECT_TAIL = re.compile(
    r",?\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+\d.*|\s+[A-Z][a-z]+\s+\d.*)$"
    r"|\s+(?:interview|onsite|call|screen)\s+(?:moved|rescheduled|cancel+ed|confirmed|booked|"
    r"update[ds]?|postponed)\b.*$", re.I)


_ROMANCE_TITLE = re.compile(r"^[A-ZÀ-Þ]\w+\s(?:de|du|des|en|di|da|do|del|della)\s\w")


def _strip_interview(part: str) -> str:
    core = _CJK_NOTICE.sub("", _INTERVIEW_PHRASE.sub("", part))
    core = _EDGE_WORDS.sub("", core.strip())
    # "Your Data Scientist take-home": the role without the owner or the task after it
    core = _OWNER.sub("", core.strip())
    words = core.split()
    while len(words) > 1 and words[-1][:1].islower() and not _ROLE_WORDS.search(words[-1]) and (
            not _ROMANCE_TITLE.search(core)):  # ("Chef de projet digital" is the role)
        words.pop()
    return " ".join(words).strip(" -–—:|")


def _domain_label(domain: str) -> str | None:
    """ "mail.acme.co.za" -> "acme": the label that names the organisation."""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else None


def from_sender(sender: Address | None, text: str = "",
                services: frozenset[str] = frozenset()) -> str | None:
    """The employer from the sender: "Acme Recruiting" or the domain, never an ATS.

    The domain label is matched against capitalised phrases in `text` (body and
    signature), so northwindtraders.com gives "Northwind Traders", not "Northwindtraders".
    """
    if sender is None:
        return None
    name = sender.name or ""
    if (inner := _PAREN_ORG.search(name)) is not None and (
            _ORG_STOP.search(inner["org"]) or clean_name(name[: inner.start()].strip())):
        # "Tyler Nguyen (Aldergrove Recruiting)", "Freja Lund (Solhavn Travel)": the org,
        # named by the sender, says more than a domain (often an ATS's)
        org = _tidy(_ORG_STOP.sub("", inner["org"]))
        if org:
            return org
    via = _VIA.search(name)
    if via and not _SERVICE.search(via["co"]):  # (not "Tomás Riquelme via Cal.com")
        return _tidy(_ORG_STOP.sub("", via["co"]))
    stripped = _tidy(_ORG_STOP.sub("", name)) if _ORG_STOP.search(name) else None
    if stripped and stripped != name:
        return stripped
    domain = sender.domain
    if is_in(domain, _NOT_EMPLOYER) or is_in(domain, services) or _CALENDAR_SENDER.match(
            sender.email or ""):
        return _tidy(name) if name and clean_name(name) is None else None
    label = _domain_label(domain)
    if label is None:
        return None
    return domain_phrase(label, text) or " ".join(
        w.capitalize() for w in label.replace("_", "-").split("-") if w
    ) or None


_ORG_SUFFIX = rx.compile(
    r"(?:^|[\n.!,;]\s*|\bthe\s+)(?P<co>[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,2}?)[ \t]+"
    r"(?:Recruiting|Recruitment|Talent(?:[ \t]+Acquisition)?|Careers|Hiring[ \t]+Team"
    r"|People[ \t]+Team|HR[ \t]+Team)\b"
)
_EXPAND_STOP = re.compile(
    r"^(?:Recruiting|Recruitment|Talent|Careers|Hiring|People|HR|Team|I|We|The|Thanks|Best"
    r"|Kind|Regards)$"
)


def company_from_team(text: str) -> str | None:
    """ "Kestrel Robotics Recruiting", "The Acme Talent Team" -> the company."""
    for m in _ORG_SUFFIX.finditer(text):
        co = _tidy(m["co"])
        if co and not _NOT_COMPANY.match(co):
            return co
    return None


def expand(company: str | None, text: str) -> str | None:
    """ "Ashgrove" -> "Ashgrove Insurance" when the text (typically the signature) spells
    the longer name out on one line."""
    if not company:
        return company
    for m in words_after(company, text):
        extra = [w for w in m.group(1).split()]
        kept: list[str] = []
        for w in extra:
            # a lone capital is the start of "B.V."/"S.A.", not a word of the name
            if _EXPAND_STOP.match(w) or _ROLE_WORDS.search(w) or len(w) == 1 or LEGAL.match(
                f" {w}"
            ):
                break
            kept.append(w)
        if kept:
            return f"{company} {' '.join(kept)}"
    return company


#: Subject parts that are the kind of meeting, not an employer, in several languages.
_NOT_SUBJECT_CO = rx.compile(
    r"(?i)\b(?:entrevista|convite|convocatoria|invitación|einladung|gespräch|termin|entretien"
    r"|invitation|colloquio|sollicitatie|uitnodiging|moved|rescheduled|cancel\w*|assessment"
    r"|design|loop|session|panel|debrief|review|exercise|case|task|test|recruiter|screen"
    r"|intro|introductory|final|first|second|third|onsite|on-site|confirmed|reminder"
    r"|cv|resume|résumé|application|update|scheduling|availability)\b"
)


def subject_company_ok(company: str | None, full_text: str, sender: Address | None) -> bool:
    """A company read from the subject only counts when the mail backs it up: it is the
    sender's display name or domain, or the text spells it with a capital."""
    if not company or _NOT_SUBJECT_CO.search(company):
        return False
    key = fold(company)
    if sender is not None:
        label = fold(_domain_label(sender.domain) or "")
        if len(label) >= 4 and (key.startswith(label) or label.startswith(key)):
            return True
        if sender.name and key and key in fold(sender.name):
            return True
    return standalone(company, full_text)


def choose_company(
    text_co: str | None, subject_co: str | None, message: Message, people: tuple[str, ...],
    services: frozenset[str] = frozenset(),
) -> str | None:
    """The employer, most specific evidence first: a phrase in the text ("the X role at
    Acme"), a signature or footer line with a legal form ("Acme (Pty) Ltd"), the name the
    sender's domain spells in the mail, a subject part the mail backs up, "Acme
    Recruiting", and only then the sender's display name or bare domain. A legal form
    the text writes ("Kestrel Robotik GmbH") is kept, as the mail writes it."""
    full = message.full_text
    found = _choose(text_co, subject_co, message, services)
    client = client_of_agency(found, subject_co, message)
    found = expand(client, full) if client else (expand_acronym(found, full) or found)
    if found:
        found = _CO_TAIL.sub("", found) or found
        found = _spelled_by_domain(found, message.sender)
    return _LONE_INITIAL.sub("", found) if found else None


def _spelled_by_domain(company: str, sender: Address | None) -> str:
    """ "Kestrel" from "the Data Analyst role at Kestrel", written by kestrelanalytics.com:
    the name with the organisation word the domain adds ("Kestrel Analytics")."""
    label = _domain_label(sender.domain) if sender and sender.domain else None
    if not label or " " in company:
        return company
    rest = fold(label).removeprefix(fold(company))
    if rest != fold(label) and rest in _ORG_NOUNS:
        return f"{company} {rest.capitalize()}"
    return company


_ORG_NOUNS = frozenset({"analytics", "capital", "labs", "lab", "health", "systems", "group",
                        "partners", "digital", "energy", "software", "solutions", "media",
                        "consulting", "bank", "foods", "robotics", "games", "studio", "studios",
                        "logistics", "insurance", "ventures", "holdings", "technologies",
                        "tech", "data", "cloud", "mobility", "pharma", "bio", "finance"})


#: Words a phrase runs on into after the employer's name: "the Umoya Retail Group Graduate
#: Programme", "Nightjar Aerospace Virtual Assessment", "Halvorsen Foods HQ".
_CO_TAIL = re.compile(
    r"(?:\s+(?:Graduate|Trainee|Programme|Program|Scheme|Internship|Virtual|Assessment|Early"
    r"|Careers|HQ|Head\s+Office|Having|Campus|Hiring|Recruitment))+$")


def _choose(text_co: str | None, subject_co: str | None, message: Message,
            services: frozenset[str]) -> str | None:
    full = message.full_text
    for found in _candidates(text_co, subject_co, message, services):
        if found and not _SERVICE.search(found) and not _NOT_COMPANY.fullmatch(found):
            longer = expand(found, full)
            if not _SERVICE.search(longer):  # "Cal" of "via Cal.com" -> "Cal Video"
                return longer
    return None


def _candidates(text_co: str | None, subject_co: str | None, message: Message,
                services: frozenset[str]) -> Iterator[str | None]:
    """Company readings, most specific first; the caller takes the first that is not a
    scheduling or meeting service."""
    full = message.full_text
    sender = message.sender
    yield company_field(message.text)
    yield text_co
    yield legal_line_company(message.signature)
    yield from (company_from_text(ln) for ln in message.signature.splitlines())
    service = sender is not None and (is_in(sender.domain, _NOT_EMPLOYER)
                                      or is_in(sender.domain, services)
                                      or _CALENDAR_SENDER.match(sender.email or ""))
    if sender is not None and not service:
        label = _domain_label(sender.domain)
        if label:  # the name the domain spells, also in the thread's earlier mail
            # (before "Title, Org" signature lines: "Engineering Manager, Data Platform"
            # names a team, and the line under it the company the domain spells)
            yield domain_phrase(label, full) or domain_phrase(label, message.quoted or "")
    # (after the Latin name the domain spells: a bilingual mail is labelled by that one)
    yield cjk_company(f"{message.subject}\n{full}")  # (the subject's 【…】 bounds the name)
    yield from (_signature_org(ln) for ln in message.signature.splitlines())
    if subject_company_ok(subject_co, full, sender):
        yield subject_co
    yield company_from_team(full)
    yield legal_line_company(full)
    yield from_sender(sender, full, services)


#: A company with a Japanese, Chinese or Korean legal form, as the mail writes it:
#: "株式会社ミナトデータ", "Blue Harbor Japan株式会社", "北辰光電股份有限公司",
#: "한결로지스 주식회사".
#: A name runs to a particle, punctuation or a space ("株式会社ミナトデータの採用担当").
_CJK_NAME = r"[^\sのはがをにでとへ、。，,.「」『』（）()【】■:：/|]{1,20}"
_CJK_CO = re.compile(
    rf"株式会社{_CJK_NAME}|[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・ー ]{{1,20}}株式会社"
    r"|[\u4e00-\u9fff]{2,24}?(?:股份)?有限公司|[\uac00-\ud7af]{2,12}\s?주식회사"
    r"|주식회사\s?[\uac00-\ud7af]{2,12}")


def cjk_company(text: str) -> str | None:
    if "株式会社" not in text and "有限公司" not in text and "주식회사" not in text:
        return None
    m = _CJK_CO.search(text)
    return m.group(0).strip() if m else None


#: "Recruiting Coordinator, Ferncliff Therapeutics", "People Partner | Umthombo Health":
#: a signature line that is a job title, then the organisation.
_SERVICE = rx.compile(
    r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in SERVICE_NAMES) + r")\b")
_NAME_BAR = re.compile(r"^(?P<name>[^|·]{3,40}?)\s*[|·]\s*(?=[^|·]+[|·])")
#: Titles of the people who write to candidates: "Talent Acquisition, Solhavn Travel".
_HR_TITLE = re.compile(r"\b(?:talent|recruit\w*|people\s+(?:partner|team|ops)|hr|human\s+"
                       r"resources|careers|hiring)\b", re.I)
_TITLE_THEN_ORG = re.compile(
    r"^(?P<title>[^,|·]{3,60}?)\s*(?:,|\||·|–|—| - | at )\s*(?P<org>[^,|·–—]{3,60})$")


def _signature_org(line: str) -> str | None:
    line = line.strip()
    if (head := _NAME_BAR.match(line)) and clean_name(head["name"]):
        line = line[head.end() :]  # "Ayanda Cele | Talent Lead | Okavango Digital"
    m = _TITLE_THEN_ORG.match(line)
    if m is None or not (_ROLE_WORDS.search(m["title"]) or _HR_TITLE.match(m["title"])) or (
            _ROLE_WORDS.search(m["org"]) or _HR_TITLE.search(m["org"])):
        return None  # ("Senior Consultant – Manufacturing Hiring": a desk, not the org)
    org = _tidy(m["org"])
    return org if org and org[0].isupper() and not any(ch.isdigit() for ch in org) else None
