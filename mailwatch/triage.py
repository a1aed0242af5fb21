"""Header-only triage: is a message worth fetching and parsing in full?

Why it exists: a big mailbox is mostly newsletters, receipts and notifications, and fetching
and parsing every body is what makes a scan slow and a server-side provider expensive. This
module decides from the header block alone (DESIGN.md, "Data flows one way", step 1).

Why it is generous: a missed interview invitation is a product failure; an extra full fetch
only costs a little. So there are only reasons *to* fetch, never reasons not to: mail the
user sent, mail linked to tracked mail, any calendar part, a reply or forward from anyone,
a subject or sender that could be about a job in any of the languages users write in. A
message is dropped only when none of these holds. Headers too odd to judge are fetched, so
the full parser can report them instead of triage hiding them.

Pure: no I/O. The caller works out `linked` and `from_user` from its own state.
"""

from __future__ import annotations

import contextlib
import email.header
import email.utils
import re
import unicodedata
from email.message import Message

from .domains import is_in, is_service
from .vocabulary import NO_VOCABULARY, Vocabulary

#: Scheduling, video-interview and assessment services that mail on an employer's behalf
#: (ATS_DOMAINS already holds the applicant-tracking systems and job boards).
SCHEDULER_DOMAINS = frozenset({
    "calendly.com", "cal.com", "doodle.com", "youcanbook.me", "zoom.us", "goodtime.io",
    "hirevue.com", "sparkhire.com", "modernhire.com", "willo.video", "codility.com",
    "hackerrank.com", "codesignal.com", "testgorilla.com", "coderbyte.com", "rippling.com",
    "gem.com", "avature.net", "paradox.ai", "join.com", "bookings.microsoft.com",
})  # fmt: skip

#: Subject words (matched at a word start, so "interview" also finds "interviews",
#: "interviewing"), compared without accents and case. Words about applications,
#: interviews, scheduling and decisions, in the languages mailwatch users write in.
SUBJECT_WORDS = (
    # English
    "interview", "invitation", "invite", "call", "chat", "meeting", "conversation", "conversa",
    "sync", "zadost", "rekrutacyj",  # (a quick sync; Czech "žádost", Polish "rekrutacyjnego")
    "application", "applied", "apply", "applying", "candida", "position", "role", "job",
    "opportunit", "offer", "next step", "schedul", "reschedul", "availab", "assessment",
    "screen", "round", "update", "feedback", "decision", "hiring", "hire", "recruit",
    "career", "vacanc", "onsite", "on-site", "panel", "appointment", "booking", "booked",
    "confirm", "cancel", "postpone", "status", "regret", "unfortunately", "congratulation",
    "follow up", "follow-up", "time slot", "slot", "take-home", "case study",
    "technical", "resume", "résumé", "cv", "talent", "shortlist", "outcome", "result",
    "where things stand", "where things are", "touch base", "catch up", "catch-up", "speak",
    "discuss", "find a time", "you're through", "you’re through", "made it through",
    "pairing", "session", "following up",
    "portfolio", "your visit", "thanks for today", "thank you for today", "great to meet",
    "thank you from", "meet us", "meet you", "come in", "come by", "drop by", "stop by",
    "pop in", "pop by", "meet the team",
    "nice to meet", "good to meet", "lovely to meet", "trial shift", "trial day", "coffee",
    "good news", "check-in", "check in", "checking in",
    "ride-along", "ride along", "shadow day",  # (a field role's day out with its team)
    # a meal or a video call with a senior hirer: "Dinner next Thursday", "Zoom w/ Vincent"
    "dinner", "lunch", "breakfast", "zoom",
    # a missed or moved meeting, a skills test: "missed you this morning - moved to Friday"
    "missed you", "moved to", "test",
    # German
    "bewerbung", "vorstellungsgesprach", "vorstellungsgespraech", "gesprach", "gespraech",
    "einladung", "termin", "stelle", "stellenangebot", "absage", "zusage", "ruckmeldung",
    "rueckmeldung", "kennenlernen", "vertrag", "angebot", "karriere", "verschieb",
    "abgesagt", "telefonat", "unterlagen", "lebenslauf",
    # French
    "entretien", "candidature", "poste", "offre", "rendez-vous", "echange", "entrevue",
    "recrutement", "disponibilit", "convocation", "report", "annul", "retour", "proposition",
    "emploi", "embauche", "suite a",
    # Spanish / Portuguese / Italian
    "entrevista", "postulacion", "solicitud", "puesto", "vacante", "oferta", "reunion",
    "invitacion", "cita", "seleccion", "convocatoria", "vaga", "processo seletivo", "convite",
    "reuniao", "proposta", "colloquio", "posizione", "offerta", "invito", "selezione",
    "appuntamento", "riunione", "lavoro", "empleo", "trabajo", "emprego", "busqueda", "charla",
    "tu proceso", "su proceso", "proceso de", "processo", "retorno",
    "dinamica de grupo", "jefe de", "jefe(a)", "jefa de", "turno de prueba", "dia de prueba",
    # Swahili
    "kazi", "usaili", "mahojiano", "nafasi", "ajira",
    "chiacchier", "conoscitiv",
    # Dutch / Scandinavian / Finnish / Polish / Turkish
    "sollicitatie", "kandidatuur", "gesprek", "vacature", "uitnodiging", "kennismaking",
    "functie", "aanbod",
    "afspraak", "beschikbaarheid", "intervju", "videointervju", "ansokan", "ansogning",
    "soknad", "samtal",
    "stilling", "tjanst", "erbjudande", "søknad", "ansøgning", "tilbud", "inbjudan",
    "invitasjon", "haastattelu", "hakemus", "tyopaikka", "rekrytoin", "pa holdet", "rozmowa",
    "rekrutacja", "stanowisko",
    "zaproszenie", "mulakat", "gorusme", "basvuru", "vyberov", "pohovor", "pozice",
    # Afrikaans
    "aansoek", "onderhoud", "aanstelling", "werksaanbod",
    # Romanian, Hungarian, Estonian, Czech/Slovak, Croatian/Serbian, Greek
    "interviu", "candidatur", "angajare", "interju", "allas", "jelentkez", "pozicio",
    "palyazat", "visszajelz",
    "intervjuu", "konkurs", "toovestlus", "ametikoh", "ponuka", "nabidka", "pozici", "prijav",
    "razgovor", "posao", "odabir", "συνεντευξ", "θεση",
    # Icelandic, Slovenian, Swahili, Russian, Bulgarian
    "starfsviðtal", "viðtal", "vabilo", "usaili", "собеседован", "интервю",
    # Malay, Indonesian, Vietnamese, Hebrew, Ukrainian
    "temuduga", "jawatan", "permohonan", "wawancara", "lamaran", "undangan", "posisi",
    "phong van", "ung tuyen", "thu moi", "vi tri", "ראיון", "משרה", "התהליך", "מועמד",
    "співбесід", "ваканс", "teklif",  # (Vietnamese "position", Turkish "offer")
    # Arabic: an interview, a job, your application
    "مقابل", "وظيف", "طلبك", "عرض عمل",  # (and a job offer, read on 73NN)
    # Russian
    "собеседован", "интервью", "ваканси", "резюме", "отклик", "приглашен", "предложени",
    # Albanian, Lithuanian, Latvian, Kazakh, Estonian, Serbian (Cyrillic), Azerbaijani
    "interviste", "ftese", "pozicion", "kvietimas", "atranka", "pokalbis", "darba intervij",
    "сұхбат", "toointervjuu", "пријав", "разговор", "позив", "musahib", "vakansiya",
    # Latvian, Ukrainian, Greek, Hebrew, Urdu, Malay (read on 62NN)
    "aicinajum", "пропозиці", "посад", "διαδικασια επιλογ", "επιλογης", "προσληψ", "לראיון",
    "זימון", "انٹرویو", "temu duga", "jurutera",
    # Icelandic, Malagasy, Irish, Welsh, Basque, Maltese, Haitian Creole, isiZulu (read on 86NN)
    "umsokn", "tafatafa", "agallamh", "cyfweliad", "elkarrizketa", "intervista", "entevyou",
    "ingxoxo",
)  # fmt: skip

#: Words of job titles: a subject that is just "Data Engineer – Acme" is about a role.
TITLE_WORDS = (
    "engineer", "engg", "developer", "analyst", "manager", "designer", "scientist", "specialist",
    "consultant", "architect", "lead", "director", "administrator", "coordinator", "intern",
    "graduate", "associate", "officer", "technician", "head of", "vp ", "vice president",
    "programmer", "planner", "accountant", "advisor", "adviser", "executive", "assistant",
    "researcher", "pharmacist", "supervisor", "operator", "clerk",
    "representative", "nurse", "teacher", "lecturer", "sre", "devops", "full-stack",
    "fullstack", "backend", "back-end", "frontend", "front-end", "senior", "junior",
    "principal", "staff ", "ingenieur", "entwickler", "berater", "leiter", "referent",
    "sachbearbeiter", "werkstudent", "praktik", "ingenieur", "developpeur", "chef de",
    "responsable", "stagiaire", "stage", "alternan", "ingeniero", "desarrollador", "analista",
    "gerente", "becario", "practicas", "desenvolvedor", "estagi", "sviluppatore", "tirocinio",
    "engenheir",
    "ontwikkelaar", "medewerker", "adviseur", "stagiair", "utvecklare", "systemutvecklare",
    "kehittaja",
    "programista", "inzynier", "muhendis", "gelistirici", "utvikler", "разработчик", "инженер",
    "аналитик", "менеджер",
)  # fmt: skip

#: Scripts written without spaces between words: matched anywhere in the subject.
SUBJECT_FRAGMENTS = (
    "面接", "面談", "選考", "応募", "採用", "内定", "日程", "面试", "面試", "应聘", "應徵",
    "招聘", "职位", "職位", "录用", "邀请", "邀請", "면접", "지원", "채용", "مقابلة",
    "岗位", "崗位", "합격", "입사", "一面", "二面", "三面", "终面", "終面",
    "สัมภาษณ์", "ตำแหน่ง", "สมัครงาน",
    "인터뷰", "포지션",  # Korean: interview, position (read on 72NN)
    "筆記試験", "適性検査", "Webテスト", "WEBテスト", "笔试", "筆試",  # written tests (78NN)
    # interview in Bengali, Punjabi, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Burmese,
    # Khmer, Lao; Malayalam "selection" (84NN)
    "সাক্ষাৎকার", "ইন্টারভিউ", "ਇੰਟਰਵਿਊ", "ઇન્ટરવ્યુ", "ఇంటర్వ్యూ", "ಸಂದರ್ಶನ", "ಇಂಟರ್ವ್ಯೂ",
    "അഭിമുഖ", "ഇന്റർവ്യൂ", "සම්මුඛ", "အင်တာဗျူး", "សម្ភាសន៍", "ສຳພາດ", "തിരഞ്ഞെടുപ്പ്",
)  # fmt: skip

#: Word starts in a sender's address or display name that mark recruiting mail.
SENDER_WORDS = (
    "recruit", "talent", "career", "job", "hiring", "hire", "people", "personal",
    "karriere", "bewerb", "recrut", "reclut", "selectie", "werving", "staffing",
    "acquisition", "interview", "candidate", "schedul", "calendar", "human resources",
    "rekrytoin", "rekryter", "rekrut", "kariera", "kariéra", "nabor",  # (Nordic, Slavic; 68NN)
)  # fmt: skip
#: Words a recruiting firm's or careers site's domain is built from, found inside it.
_DOMAIN_WORDS = ("staffing", "recruit", "talent", "careers", "hiring", "personnel", "candidate")
#: Short ones that must stand alone ("hr@", "HR Team", "rh-france@"; not "Hristo").
SENDER_TOKENS = ("hr", "rh", "rrhh", "hrbp")

_REPLY_RE = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|antw|sv|vs|r|rif|ref|odp|ynt|fw|fwd|wg|tr|rv|enc|doorst)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:",
    re.IGNORECASE,
)


#: A phone's message relayed as mail: "SMS from Craig Dunstan", "Voicemail from +61 …".
#: A display name that is a person's: "Callum MacIsaac", "Ana María Ruiz".
_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}$")
_PHONE_RELAY = re.compile(r"\s*(?:new\s+)?(?:sms|mms|text\s+message|text|voicemail"
                          r"|voice\s+message)\s+(?:received\s+)?from\b", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lowercase, accents removed, one space between words: "Gespräch" -> "gesprach"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(_fold(w)) for w in SUBJECT_WORDS + TITLE_WORDS) + ")"
)
_SENDER_RE = re.compile(
    r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in SENDER_WORDS) + r")"
    r"|(?<![a-z])(?:" + "|".join(SENDER_TOKENS) + r")(?![a-z])"
)
_FRAGMENTS = tuple(_fold(f) for f in SUBJECT_FRAGMENTS)
#: A subject with a day or date that names an organisation in brackets at its end: how a
#: company titles a meeting it sets ("Coffee on Tues 27th (Fernhollow)").
_DATED_FOR_ORG = re.compile(r"\d[^()]*\([A-Z][\w&.' -]{1,40}\)\s*$")


def header_text(headers: Message, name: str) -> str:
    """A header as readable text: RFC 2047 words decoded, raw 8-bit bytes read as UTF-8
    (compat32 hands those over as an "unknown-8bit" Header), anything broken replaced.
    Never raises."""
    value = headers.get(name)
    if value is None:
        return ""
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # broken encoded words: the raw text will do
        chunks = [(str(value), None)]
    text = "".join(_chunk_text(part, charset) for part, charset in chunks)
    return " ".join(text.split())


def _chunk_text(part: bytes | str, charset: str | None) -> str:
    if isinstance(part, str):
        return part
    if charset and charset != "unknown-8bit":
        with contextlib.suppress(LookupError, UnicodeError):
            return part.decode(charset)
    return part.decode("utf-8", "replace")


def addresses(headers: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, lowercased address) pairs of the named address headers."""
    values = [header_text(headers, n) for n in names]
    return [(name, addr.strip().lower())
            for name, addr in email.utils.getaddresses([v for v in values if v])
            if "@" in addr]


def _job_subject(subject: str) -> str | None:
    folded = _fold(subject)
    match = _WORD_RE.search(folded)
    if match:
        return match.group(0)
    if " <> " in folded:  # "Acme <> Thandi": how schedulers title a meeting of two sides
        return "<>"
    if _DATED_FOR_ORG.search(subject):  # "Lunch on Tuesday, 30.03. (Kieselwerk)"
        return "a date for an organisation"
    return next((f for f in _FRAGMENTS if f in folded), None)


def _job_sender(name: str, addr: str) -> str | None:
    domain = addr.rpartition("@")[2]
    if is_service(domain) or is_in(domain, SCHEDULER_DOMAINS):
        return f"sender domain {domain}"
    match = _SENDER_RE.search(_fold(f"{name} {addr.partition('@')[0]}"))
    label = domain.rpartition(".")[0]  # "kbarnes@summitstaffing-oh.example": the domain's words
    if match is None and (word := next((w for w in _DOMAIN_WORDS if w in label), None)):
        return f"sender domain word {word!r}"
    return f"sender word {match.group(0)!r}" if match else None


def worth_fetching(headers: Message, has_calendar: bool | None, *, linked: bool,
                   from_user: bool, vocabulary: Vocabulary = NO_VOCABULARY
                   ) -> tuple[bool, str]:
    """(fetch?, why) for one message known by its headers only.

    `has_calendar` is the provider's answer (None: it cannot tell). `linked` says the
    message's thread ids or people belong to tracked mail; `from_user` that the user
    sent it. Both are always fetched: they are how mailwatch sees answers and thank-yous.
    `vocabulary`: the user's own interview phrases (in the subject), interview senders and
    ATS domains, each one more reason to fetch.
    """
    if from_user:
        return True, "sent by the user"
    if linked:
        return True, "linked to tracked mail"
    if has_calendar:
        return True, "has a calendar part"
    if not headers.keys() or headers.defects or not headers.get("From"):
        return True, "headers too odd to judge"
    content_type = headers.get_content_type()
    if content_type in ("text/calendar", "application/ics"):
        return True, "is a calendar"
    if has_calendar is None and content_type.startswith("multipart/"):
        return True, "multipart; calendar part unknown"
    subject = header_text(headers, "Subject")
    if _REPLY_RE.match(subject) or headers.get("In-Reply-To") or headers.get("References"):
        return True, "a reply or forward"
    word = _job_subject(subject)
    if word:
        return True, f"subject word {word!r}"
    if _PHONE_RELAY.match(subject):  # (employers text candidates; such mail is short)
        return True, "a text message or voicemail relayed by mail"
    if not any(ch.isalpha() for ch in subject) and any(
            _PERSON.match(name) for name, _ in addresses(headers, "From")):
        # ("!!!" from "Callum MacIsaac": a person's subject with nothing to judge it by)
        return True, "a person's subject without words"
    if (phrase := vocabulary.phrase_in(subject)) is not None:
        return True, f"[detection] interview phrase {phrase!r}"
    for name, addr in addresses(headers, "From", "Reply-To", "Sender"):
        why = _job_sender(name, addr)
        if why:
            return True, why
        if vocabulary.vouches_for(addr):
            return True, "sender in [detection] interview_senders"
        if vocabulary.is_ats(addr.rpartition("@")[2]):
            return True, "sender domain in [detection] ats_domains"
    return False, "no sign of job mail in the headers"
