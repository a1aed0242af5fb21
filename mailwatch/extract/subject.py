"""Company and role from a subject line or an event title ("Interview: Backend Engineer –
Acme", "Thandi Nkosi <> Tessellate Labs – Final round").

Split from company.py because a subject is read by its own grammar (separators, the
interview words around the role, a scheduler's "@ date" tail), and company.py only asks
whether the mail backs up the company it gives.
"""

from __future__ import annotations

import re

from .. import rx
from .employer import fold
from .people import clean_name
from .position import (
    _CO,
    _GENDER_MARK,
    _LOWER_LEAD,
    _ROLE_WORDS,
    _WITH_WHOM,
    _WORD_GENDER,
    _tidy,
)
from .role_words import ROLE_INTL_HEAD as _ROLE_INTL_HEAD
from .zone_tables import CITIES

_SUBJECT_NOISE = re.compile(
    r"^(?:(?:re|fw|fwd|aw|wg|antw)\s*:\s*|(?:updated\s+)?invitation\s*:\s*|accepted\s*:\s*"
    r"|canceled\s*(?:event)?\s*:\s*|cancelled\s*(?:event)?\s*:\s*|updated\s*:\s*"
    r"|(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office"
    r"|auto)\s*:\s*)+",
    re.I,
)
#: "Application Data Analyst", "Candidatura Ingeniera de Datos", "Bewerbung Data Engineer":
#: the word for the application before the role it is for.
_APPLICATION_LEAD = re.compile(r"^(?:update\s+)?(?:(?:uw|je|jouw|ihre|deine|votre|ta|din|your)\s+)?"
                               r"(?:application|candidatura|candidature|bewerbung|kandidatuur"
                               r"|sollicitatie|solicitud|ans[öo]kan|søknad|ansøgning)\s+"
                               r"(?:(?:for|para|pour|als|als|voor|om|til)\s+)?(?=[A-ZÀ-Þ])", re.I)
_INTERVIEW_WORDS = rx.compile(
    r"\b(?:interview|invitation|invite|screen|screening|call|chat|meeting|next\s+steps"
    r"|application|update|schedul\w*|confirm\w*|round|stage|onsite|on-site|technical|phone"
    r"|itinerary|agenda|details|reminder|instructions)\b"
    r"|\b(?:\w*intervjuu|intervij\w*|müsahib\w*|razgovor\w*|разговор\w*|pokalb\w*|pohovor\w*"
    r"|dəvət|poziv\w*|позив\w*|одговор|пријав\w*|atcelts|kvietimas)\b",
    re.I,
)
_GOOGLE_AT = re.compile(r"\s+@\s+")
#: A role written for both genders: "Projektni inženjer / Projektna inženjerka", "Analityk /
#: Analityczka": the halves open with the same stem.
_GENDER_PAIR = re.compile(r"\b(?P<a>(?P<stem>[^\W\d_]{5})[^\W\d_]*(?:\s+[^\W\d_]+){0,2})\s+/\s+"
                          r"(?P<b>(?P=stem)[^\W\d_]*(?:\s+[^\W\d_]+){0,2})")


def both_genders(role: str) -> bool:
    """Is `role` one role written for both genders ("Projektni inženjer / Projektna
    inženjerka"), not one role twice ("UX Researcher / UX Researcher")?"""
    m = _GENDER_PAIR.fullmatch(role)
    return m is not None and m["a"].split()[0] != m["b"].split()[0]


_SUBJECT_SEP = rx.compile(r"\s+[|–—-]\s+|:\s+|：\s*|\s+/\s+|\s*[()]\s*|\s*[\[\]【】]\s*"
                          # ("澜岸科技-高级数据分析师": CJK writes the dash without spaces)
                          r"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])[-–—|]"
                          r"(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])"
                          # (and the full-width slash: "株式会社X様／バックエンド";
                          # not inside brackets: "（ネコノテ／バックエンド）" is one part)
                          r"|(?<=[\u3040-\u30ff\u4e00-\u9fff])／(?=[^（）()]*$)"
                          r"|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*")  # (an emoji)
_POSITION_AT_CO = re.compile(
    rf"^(?P<pos>.+?)\s+(?:at|with|w/|@|bij|chez|bei|presso|hos)\s+(?P<co>{_CO})$")
_CO_START = re.compile(_CO)
_DIGIT = re.compile(r"\d")
_INTERVIEW_PHRASE = rx.compile(
    r"(?i)\b(?:(?:first|second|final|technical|technisch|technische|phone|video|virtual|onsite"
    r"|quick|short|brief|intro"
    r"|on-site|hr|panel|\d\w*)\s+)*(?:round\s+)?(?:interview|screen|screening|call|chat|gesprek"
    r"|gespräch|vorstellungsgespräch|bewerbungsgespräch|entrevista|entretien"
    r"|kennismaking(?:sgesprek)?|sollicitatiegesprek|colloquio"
    r"|rozmowa|intervju|interviu|interjú|pohovor|mülakat|haastattelu|συνέντευξη)"
    # (the adjective after the noun: "Interviu tehnic", "Entrevista técnica")
    r"(?:\s+(?:tehnic|t[ée]cnic[ao]|tecnic[ao]|technique|techniczna|final|finale|inicial))?"
    r"(?:\s+(?:invitation|invite|request|confirmation|for|with))?\b",
)
#: A year after a role ("Trainee Solicitor 2027"), not after a programme, whose year is part
#: of its name ("Graduate Programme 2027").
_YEAR_BRACKET = re.compile(r"\s*\(20\d\d\)$")
#: Digits that make a subject part no role: three or more together, or in a date or time.
_NOT_ROLE_DIGITS = re.compile(
    r"\d{3}|\d[:/.]\d|\d\s*(?:am|pm|h)\b|#\s*\d|\d\s*(?:차|次|回|月|日)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR_AFTER = re.compile(r"(?<![Pp]rogramme)(?<![Pp]rogram)(?<![Ss]cheme)(?<![Ii]nternship)"
                         r"(?<![Aa]pprenticeship)(?<![Tt]raineeship)(?<=[A-Za-z])\s+20\d\d$")
_EDGE_WORDS = rx.compile(r"(?i)^(?:for|with|the|re)\s+|\s+(?:for|with)$")
_INVITE_LEAD = re.compile(
    # "Einladung Vorstellungsgespräch Senior Product Owner", "Uitnodiging gesprek Data
    # Engineer": the invitation word the interview word left before the role
    r"|^(?:einladung|uitnodiging|invitation|convocation|invito|invitaci[óo]n|convite|zaproszenie"
    # ("Annulatie sollicitatiegesprek data-analist": a call-off or move word the same way)
    r"|annulatie|annulering|afzegging|absage|annulation|cancelaci[óo]n|cancelamento"
    r"|verschiebung|verplaatsing|reprogramaci[óo]n|cancellation|rescheduled|postponed)"
    r"(?:\s+(?:zu[mr]?|voor|to|for|à|a|al|para|na))?\s+(?=[A-ZÀ-Þ])"
    # "Kennismaken? Operations Planner": a question before the role
    r"|^[^?\s]+\?\s+", re.I)
_ROLE_QUAL = re.compile(r"(\w+)\s+\((?![^)]*\d)([^()]{1,20})\)")
#: Words that say "the post of" before a role: French, Spanish, Portuguese, Thai, Indonesian.
_ROLE_LEAD = re.compile(r"^(?:.*\s)?(?:poste\s+d['e]\s*|puesto\s+de\s+|vaga\s+de\s+"
                        r"|cargo\s+de\s+|ตำแหน่ง\s*|posisi\s+|(?:za\s+|na\s+)?pozici(?:ju|u|a)\s+"
                        r"|pozíci(?:u|a)\s+"
                        # Norwegian, Danish, Swedish "(tilbud om) stilling som", "tjänsten som"
                        r"|(?:stilling(?:en)?|tjänsten|rollen)\s+som\s+"
                        # Greek "για τη θέση", Hebrew "למשרת"/"לתפקיד", Arabic "لوظيفة"
                        r"|(?:για\s+)?(?:τη|την)\s+θέση\s+|למשרת\s*|לתפקיד\s*|لوظيفة\s*)(?=\S)",
                        re.I)
#: Words that end a role before its qualifier: "Backend Sênior (Java)".
_SENIORITY = frozenset({"senior", "sênior", "sénior", "junior", "júnior", "pleno", "sr", "jr",
                        "lead", "principal", "staff"})
_OWNER = re.compile(r"(?i)^(?:(?:an?\s+)?(?:update|news|next\s+steps?|feedback)\s+(?:on|about|for"
                    r"|regarding)\s+)?(?:your|our|my|the)\s+")  # ("Update on your X application")


#: A part that calls itself a role: "Zookeeper position - quick update", "Brewer role".
_NAMED_AS_ROLE = re.compile(r"^\s*(?:your\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:position|role"
                            r"|vacancy|job)\b")


def from_subject(subject: str, exclude: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(company, position) from "Interview: Backend Engineer – Acme" and friends.

    `exclude` holds people's names (sender, recipients): a subject part equal to one of
    them is a person, not the company."""
    s = _GENDER_MARK.sub("", _SUBJECT_NOISE.sub("", subject or "")).strip()
    s = _WORD_GENDER.sub("", s)  # "Ingeniero(a) de Datos Sr.": one role, not three parts
    s = _APPLICATION_LEAD.sub("", s)  # "Candidatura Ingeniera/o de Proyectos": the role
    s = _GOOGLE_AT.split(s)[0]  # Google: "... @ Thu 12 Nov 2026 14:00 (SAST)"
    if " <> " in s:  # "Thandi Nkosi <> Tessellate Labs – Final round": the candidate's side
        left, right = s.split(" <> ", 1)
        person = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+\s*$")
        # ("Interview: Thandi Nkosi <> Kavach Payments": a label before her name stays)
        label, _, who = left.rpartition(": ")
        if person.fullmatch(who) and clean_name(who.strip()) == who.strip():
            s = f"{label}: {right}" if label else right
        elif person.fullmatch(who := right.split(" – ")[0].split(" - ")[0]) and (
                clean_name(who.strip()) == who.strip()):
            s = left
    # "Backend Engineer (Python)": a role's qualifier stays with it through the split
    # (only a subject with a "(" has one: the pattern backtracks through every word)
    s = _ROLE_QUAL.sub(
        lambda m: f"{m[1]} \x01{m[2]}\x02"
        if (_ROLE_WORDS.search(m[1]) or m[1].lower() in _SENIORITY) and len(m[2].split()) == 1
        else m[0], s) if "(" in s else s
    s = s.replace("\x02, ", "\x02 - ")  # a comma after the qualifier ends the role
    if "(" in s:  # "품질관리(QC) 연구원": an abbreviation bracketed inside a CJK role
        s = _CJK_ABBREVIATION.sub("\x01\\1\x02", s)
    if " / " in s:  # "Projektni inženjer / Projektna inženjerka": one role, two genders
        s = _GENDER_PAIR.sub(lambda m: f"{m['a']}\x03{m['b']}", s)
    parts = [p.strip().replace("\x01", "(").replace("\x02", ")").replace("\x03", " / ")
             for p in _SUBJECT_SEP.split(s) if p.strip()]
    company = position = None
    # (and their first names: "Prep call - Brooke / Thandi", an agency's own event)
    lowered = {e.lower() for e in exclude if e} | {
        e.split()[0].lower() for e in exclude if e and e.split()}
    for part in parts:
        at = _POSITION_AT_CO.match(part)
        if at and " with " in part and clean_name(at["co"]) == at["co"]:
            # "Growth Analyst (Quillbeam) with Jordan Whitaker": the role, then a person
            if _ROLE_WORDS.search(at["pos"]) and position is None:
                position = _tidy(_strip_interview(at["pos"]))
            continue
        if at and _ROLE_WORDS.search(at["pos"]):
            pos = _INVITE_LEAD.sub("", _strip_interview(at["pos"]))
            return _tidy(at["co"]), _tidy(pos)
    for part in parts:
        # "Gameplay Engineer, Wed Feb 17", "Data Scientist interview moved to Tuesday": the
        # role before the date or the interview words
        part = _SUBJECT_TAIL.sub("", _REQ_LEAD.sub("", part))
        core = _YEAR_AFTER.sub("", _strip_interview(part))  # ("Trainee Solicitor 2027")
        core = _YEAR_BRACKET.sub("", core)  # ("Year 4 Classroom Teacher (2027)")
        if not core or core.lower() in lowered or (_DIGIT.search(core) and not (
                _ROLE_WORDS.search(core) and not _NOT_ROLE_DIGITS.search(core))):
            # (a role may hold a small number: "Year 4 Classroom Teacher", "Policy Analyst
            # 2", "2nd Shift Supervisor"; not a date, a time or a reference number)
            continue
        if _WITH_WHOM.match(core):
            continue
        if (_ROLE_WORDS.search(core) or _NAMED_AS_ROLE.search(part)) and position is None:
            # (not "candidatura X", "poste de X", "เชิญสัมภาษณ์งาน ตำแหน่ง X")
            position = _tidy(_ROLE_LEAD.sub("", _LOWER_LEAD.sub("", _INVITE_LEAD.sub("", core))))
            if position and (both := _TWO_NAMES.search(s, s.find(position))) and (
                    both.start() == s.find(position) and _ROLE_WORDS.search(both[2])):
                position = _tidy(both.group(0))  # "Systemutvecklare / Backend Developer"
        elif (
            company is None
            and fold(core) not in CITIES  # ("… Hótel Brimnes (Reykjavík)": the place)
            and not _INTERVIEW_WORDS.search(core)
            and not _NOT_SUBJECT_CO.search(core)
            and _CO_START.match(core)
        ):
            company = _tidy(core)
    return company, position


#: Finnish notice words after a role: "Talousasiantuntijan rekrytoinnin tilanne" (the
#: recruitment of a financial specialist: the role in the genitive), "X-haku" (X search).
_FI_NOTICE = re.compile(r"(?<=\w)(?:n\s+(?:rekrytoin|haku|valinta)\w*(?:\s+\w+){0,2}|-haku)$")
#: An upper-case abbreviation bracketed right after a CJK word, inside a role: "품질관리(QC)".
_CJK_ABBREVIATION = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])\(([A-Z]{1,6})\)")
#: "데이터 엔지니어 채용 전형 결과 안내": the notice words after a role in a CJK subject.
_CJK_NOTICE = re.compile(
    r"(?:\s*(?:채용|전형|결과|안내|면접|일정|통지|진행|상황|岗位|职位|職位|第.轮|第.輪|ご案内|のご案内|結果|面接|面試|面试|時間|时间"
    r"|邀請|邀请|安排))+$")
#: A requisition code before the role in a ticket-like subject: "[REQ-30417 Solutions Architect]".
_REQ_LEAD = re.compile(r"^(?:[A-Z]{1,5}-)?\d{3,}\s+(?=[A-Z])")
_SUBJECT_TAIL = re.compile(
    r",?\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+\d.*|\s+[A-Z][a-z]+\s+\d.*)$"
    # ("Lift Operator interview Thurs": a weekday alone at the end)
    r"|\s+(?:on\s+|for\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$"
    r"|\s+(?:interview|onsite|call|screen)\s+(?:moved|rescheduled|cancel+ed|confirmed|booked|"
    r"update[ds]?|postponed)\b.*$", re.I)


_ROMANCE_TITLE = re.compile(r"^[A-ZÀ-Þ]\w+\s(?:de|du|des|en|di|da|do|del|della)\s\w")


#: "二次面接（バックエンドエンジニア）", "選考結果のご連絡時期について（生産技術エンジニア）": the
#: interview or the notice, then the role in brackets.
_CJK_STAGE_ROLE = re.compile(r"^[^（(]*(?:面接|面試|面试|選考|选拔|結果|结果|について|ご連絡|ご案内"
                             r"|お知らせ|通知|면접|결과|안내)[^（(]*[（(](?P<role>[^）)]+)[）)]$")


def _strip_interview(part: str) -> str:
    if m := _CJK_STAGE_ROLE.match(part.strip()):
        # ("（ネコノテ／バックエンドエンジニア）": the firm, then the role)
        return m["role"].split("／")[-1]
    core = _CJK_NOTICE.sub("", _INTERVIEW_PHRASE.sub("", _FI_NOTICE.sub("", part)))
    core = _EDGE_WORDS.sub("", _STAGE_LEAD.sub("", core.strip()))
    # "Your Data Scientist take-home": the role without the owner or the task after it
    core = _OWNER.sub("", core.strip())
    words = core.split()
    # ("Ingénieur data", "développeuse front-end principale": words after a head of
    # these languages qualify it; "Data Engineer take-home" ends with the role)
    postfix = bool(_ROLE_INTL_HEAD.search(core))
    while len(words) > 1 and words[-1][:1].islower() and not _ROLE_WORDS.search(words[-1]) and (
            not _ROMANCE_TITLE.search(core)) and (  # ("Chef de projet digital" is the role)
            words[-1].lower() not in _SENIORITY) and (  # ("Comptable senior")
            not postfix or words[-1].lower() in _NOT_QUALIFIER):
        words.pop()
    return " ".join(words).strip(" -–—:|,")


#: One role named in two languages: "Systemutvecklare / Backend Developer".
_TWO_NAMES = re.compile(r"(\w[\w -]*?)\s+/\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")


#: A stage before the role, a comma between: "second round, Fraud Analyst".
_STAGE_LEAD = re.compile(r"(?i)^(?:first|second|third|final|next)\s+(?:round|stage)\s*,\s*")


#: Words after a role that are not a part of it, in any language's subject.
_NOT_QUALIFIER = frozenset({"role", "position", "application", "candidate", "opportunity", "job",
                            "jobs", "vacancy", "hiring", "process", "profile",
                            "pozisyonu", "pozisyonuna", "pozisyon", "için"})


#: Subject parts that are the kind of meeting, not an employer, in several languages.
_NOT_SUBJECT_CO = rx.compile(
    r"(?i)\b(?:entrevista|convite|convocatoria|invitación|einladung|gespräch|termin|entretien"
    r"|invitation|colloquio|sollicitatie|uitnodiging|moved|rescheduled|cancel\w*|assessment"
    r"|design|loop|session|panel|debrief|review|exercise|case|task|test|recruiter|screen"
    r"|intro|introductory|final|first|second|third|onsite|on-site|confirmed|reminder"
    r"|cv|resume|résumé|application|update|scheduling|availability|votre|your|ihre"
    # an offer's or a status update's own title: "Proposta de Emprego", "Zwischenstand"
    r"|proposta|propuesta|oferta|offre|angebot|offer|zwischenstand|status|stand|feedback"
    r"|rückmeldung|resultado|esito|outcome|decision"
    r"|reprogramare|reprogramaci[óo]n|reagendamento|verschiebung|actualizare)\b"
)


def capitalised_in_subject(position: str, subject: str) -> str | None:
    """The subject's own form of a role the text writes in lower case, when the subject
    writes it capitalised and longer: "recepcionista" in the text, "Re: Proceso de
    selección - Recepcionista (turno de noche)" in the subject."""
    if not position or not position[0].islower():
        return None
    head = position.split()[0]
    capital = re.escape(head[0].upper() + head[1:])
    if (m := re.search(rf"(?<!\w){capital}\b[^,|–—\n]*?(?=\s+[-|–—]\s|,|$)", subject)) is None:
        return None
    # (up to the words that follow a role: "… Manager interview", "Frontendudvikler hos
    # Havnelys", "Barista / all rounder position")
    role = _AFTER_ROLE.split(m.group(0), maxsplit=1)[0].strip()
    return role if len(role) > len(head) else None


_AFTER_ROLE = re.compile(r"\s+(?:hos|at|bei|chez|en|in|for|för|für|with|mit|con|avec|interview\w*"
                         r"|position|role|job|vacancy|entrevista|entretien|gespräch|samtale)\b",
                         re.I)
