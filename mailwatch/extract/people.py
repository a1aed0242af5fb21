"""Interviewer names from invitation text, and the name gate every reader of names shares.

Name parsers accept anything ("Talent Acquisition Team" becomes a person), and a thank-you
addressed to "Dear Recruiting" is worse than a neutral greeting, so every candidate passes a
stop-word gate. A name we are unsure of is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import rx
from ..model import Person
from .cjk_roster import cjk_people
from .names import dedupe
from .people_triggers import TRIGGER
from .script_people import script_people, spelled_alike
from .zone_words import CITIES, REGIONS

#: Tokens that make a "name" a team, mailbox, room, product or title instead of a person.
_STOP_TEXT = """
team teams recruiting recruitment recruiter recruiters hr human resources talent acquisition
hiring people careers career jobs job noreply no-reply donotreply do-not-reply notification
notifications calendar admin administrator support info office room boardroom meeting
conference board selection zoom google microsoft webex meet the our your us me you manager
engineering panel
department desk bot system scheduler scheduling coordinator coordination interview
interviews interviewer candidate candidates group committee inc ltd llc gmbh ag pty plc
limited company monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december today tomorrow hub
lobby reception building floor video call phone technical onsite on-site virtual
community systems technologies technology solutions labs analytics insurance bank consulting
logistics holdings partners capital ventures foundation institute university college society
association network services software studio studios agency radio programme program
location date time status notes duration position role job subject when where
i'll i'm i've i'd i’ll i’m we'll we're
problem solving collaboration conversation session design review values judgment judgement
culture coding exercise presentation case study break lunch welcome wrap-up debrief
behavioral behavioural competency assessment workshop tour walkthrough deep-dive deep dive
biotech games health healthcare energy energía energia pagamentos payments foods media
digital mobility robotics retail health bio pharma therapeutics medical clinic hospital
trust council school academy airlines aerospace motors automotive electric power mining
resources finance financial fintech securities assurance mutual credit union realty
properties construction engineering manufacturing industries industrial tecnologia
tecnología sistemas soluciones solutions data cloud security networks telecom ai
co-operative cooperative co-op coop fields farms
county district municipality resort hotel hotels hótel hôtel museum theatre theater playhouse zoo
brewery winery railway railways ferries airways airline port authority
notice policy privacy statement in risk
recrutamento reclutamiento recrutement rekrutierung rekrutacja werving rekrytering
rekruttering selezione personalabteilung talentos talento rrhh
προσλήψεις προσλήψεων καριέρα τμήμα
mandant mandanten mandantin principal educator
comisia comisie komisja komise komisia komisjon kommission commissione comisión comissão
voicemail voice-mail mailbox
registered midwifery nursing search certificate counsel
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

#: (Latin Extended-B and Additional, "Trần", "Lê Thu Hà", "Nguyễn": Vietnamese, whose
#: capitals and small letters alternate there, so the range admits both)
_UP = (r"[A-ZÀ-ÖØ-ÞĀ-ŽƠƯĐẠ-Ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ'’\-]*[a-zß-öø-ÿā-žơưạ-ỹ](?![:\w])")
#: The small words inside a name: "Jan van der Berg", "Faris bin Ismail", "Nia ap Rhys".
PARTICLES = ("van", "von", "de", "der", "den", "du", "da", "del", "della", "dela", "delos", "di",
             "le", "la", "las", "los", "bin", "bint", "binti", "binte", "ibn", "al", "el", "ter",
             "ten", "dos", "das", "zu", "vom", "ben", "ap",
             # (Irish: "Siobhán Ó Briain", "Aoife Ní Bhriain", "Cian Mac an Bhaird")
             "Ó", "Ní", "Nic", "Uí", "Mac", "Mc", "Mac an", "Nic an")
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
PARTICLE_RX = _PARTICLE
#: ("al-Qasimi"; "St. John" as a name's last word: not "Market St. Liam O'Connor", a street)
_NAME = (rf"{_UP}(?:(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bMiss)(?<!\bProf)"
         rf"\s+[A-Z]\.(?=\s+[A-Z][a-z]))?"  # (a middle initial: "Ramon P. Villanueva")
         rf"(?:\s+(?:{_PARTICLE}\s+)*(?:(?:al|el|ad|ud|abu|Al|El|Abu)-"
         rf"|St\.\s?(?=[A-Z][\w'’-]+(?![\w'’-])(?!\s+[A-Z]))"
         # ("Siobhán Mac an tSaoi": the "t" Irish puts before an S after "an")
         rf"|(?<=\ban\s)[th](?=[A-Z]))?{_UP}){{0,3}}")
#: A person's name as written: capitalised words, particles inside ("Jan van der Berg").
NAME_RX = _NAME
#: A name of two to four words in a script other than Latin: Greek and Cyrillic capitalised
#: ("Γιώργος Αντωνίου", "Олена Коваль"), Arabic and Hebrew, which have no capitals.
SCRIPT_NAME = re.compile(
    r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+(?:\s+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+){1,3}"
    r"|[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+){1,3}"
    r"|[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3}|[\u05D0-\u05EA׳'-]+(?:\s+[\u05D0-\u05EA׳'-]+){1,3}")
#: Titles written before a name and left out of it ("Dr. Anna Keller", "Eng. Tarek Said",
#: "Associate Professor Hui Lin Tan"); "Eng."/"Sr." only with the dot, as they are words too.
HONORIFIC_RX = (
    r"(?:(?:(?:Associate|Assistant|Adjunct)\s+Professor|Professor|Prof|Dr|Dra|Mrs|Mr|Ms|Mx"
    r"|Miss|Herrn?|Frau|Mme|Sra|Bapak|Ibu|Bpk|anh|chị|ông|bà|dl|dna|Encik|Puan|Cik|Tuan"
    r"|Awang|Dayang|Haji|Hajah|Pengiran|Datuk|Dato|Datin"  # Malay and Brunei honorifics
    r"|Pan|Pani|Panem|Panią"  # Polish
    r"|Rev|Revd|Reverend|Canon|Fr|Rabbi|Imam|Pastor|Captain|Capt|Cllr|Councillor|Sir|Dame|Atty"
    r"|S/Sgt|Sgt|Cst|Cpl|Insp|Supt"  # police ranks: "S/Sgt. Dale Kowalchuk", "Cst. A B"
    r"|Ma['’]am)\.?\s+|(?:Eng|Engr|Sr|Mag|Dipl\.-Ing|Ing|Mgr|Bc|PhDr|JUDr|MUDr|RNDr|Lic|Lcda|Lcdo|znj|zj|z|M|Mlle|Cr|Cra|Bw|Bi|g|ga"
    r"|[Mm]nr|[Mm]ev|[Mm]e)\.\s+"  # (Afrikaans "mnr.", "mev.", "me.")
    r"|(?:Eng|Dr|Prof|Sr)\.[ªº]\s+"  # Portuguese "Eng.ª", "Dr.ª", "Eng.º"
    r"|Mag\.a\s+"  # Austrian "Mag.a Verena Stöger"
    r"|DI\s+(?=[A-Z][a-z])"
    # the Spanish and Portuguese article before a title: "Te entrevistarán la Ing. A B"
    r"|(?:la|el|a|o)\s+(?=(?:Ing|Lic|Lcda|Lcdo|Dr|Dra|Sra|Sr|Mtra|Mtro|Eng)\.\s)"
    # Italian professional titles, lower-case in running text ("dall'arch. A B")
    r"|(?i:dott\.ssa\s*|(?:arch|ing|dott|avv|lic)\.\s*))*"
)
_ROLE_WORD = (
    r"(?i:head|lead|manager|director|engineer|analyst|officer|chief|vp|svp|evp|pm|president|partner"
    r"|recruiter|designer|scientist|architect|developer|consultant|specialist|founder|cto|ceo"
    r"|cfo|coo|cio|principal|senior|staff|actuary|associate|advisor|adviser|lecturer|chair"
    r"|directeur|directrice|directora|direttore|direttrice"
    r"|jefe|jefa|gerente|responsable|leiter|leiterin|teamleiter\w*|cofounder|co-founder"
    r"|programmer|researcher|technician|accountant|economist|statistician|supervisor|coordinator"
    r"|administrator|assistant|assessor|examiner|trainer|inspector|nurse|teacher|controller|planner"
    r"|generalist|representative|superintendent|foreman|surveyor|curator|librarian|pharmacist|master"
    r"|physician|surgeon|therapist|auditor|underwriter|estimator|producer|editor|captain|pilot"
    r"|skipper|keeper|chef|vet|archivist|conservator|chaplain|brewer|winemaker|deckhand|operator"
    r"|machinist|electrician|mechanic|paramedic|midwife|clerk|carpenter|horticulturist"
    r"|fellow|postdoc(?:toral)?|professor|investigator"  # ("Dr. A B, Postdoctoral Fellow")
    # Portuguese, Spanish, French, German, Italian job words
    r"|engenheir[oa]|ingenier[oa]|ingénieure?|ingenieur(?:in)?|ingegnere|analista"
    r"|desenvolvedor(?:a)?|desarrollador(?:a)?|développeu(?:r|se)|entwickler(?:in)?"
    r"|coordenador(?:a)?|coordinador(?:a)?|diretor(?:a)?|director(?:a)?|administrador(?:a)?"
    r"|respons[áa]vel|responsabile|executiv[oa]|gerenta|soci[oa]|gestor(?:a)?"
    # Slovak, Czech, Albanian
    r"|vedúc[ia]|vedouc[íi]|riaditeľ(?:ka)?|ředitel(?:ka)?|manažér(?:ka)?|referent(?:ka)?"
    r"|specialist(?:e|ka)|drejtor(?:e|i)?|përgjegjës(?:e)?"
    # Bosnian, Croatian, Serbian "direktorica razvoja", "voditelj projekata"
    r"|direktor(?:ica)?|voditelj(?:ica)?|rukovodilac|rukovoditeljica"
    # Vietnamese "Trưởng phòng", "Giám đốc", "Chuyên viên", "Kỹ sư", "Quản lý"
    r"|trưởng|giám\s+đốc|chuyên\s+viên|kỹ\s+sư|quản\s+lý"
    # Greek "Διευθυντής", "Υπεύθυνη", "Προϊστάμενος", "Μηχανικός"
    r"|διευθύντρια|διευθυντής|υπεύθυν[οη]ς?|προϊστάμεν[οη]ς?|μηχανικός)s?\b"
)
#: Words that make a phrase a job title ("Senior Engineer", "Head of Data").
ROLE_WORD_RX = _ROLE_WORD
_NEXT_TITLED = (r"[^,.;]{1,60},\s+(?:and|y|a|dhe|e|et|und|i|ir|in)\s+"
                r"(?:Ing|Mgr|Dr|Bc|PhDr|Lic|Prof|z|znj|zj|Sr|Sra|Mr|Mrs|Ms)\.?\s+[A-Z]")
_PERSON = rx.compile(
    # "two of our engineers, A and B": a quantifier before the group the names belong to
    rf"(?:(?P<some>(?i:one|two|three|four|both|some|a\s+couple)\s+of\s+)?"
    # (Danish, Norwegian, Swedish "vores", "vår", "vor": our)
    rf"(?:(?i:our|the|your|their|its|my|notre|nuestro|nuestra|unser|unsere|onze|ons|mijn|vores"
    rf"|vår|vor|der|die|den)\s+"
    # (or a lower-case title alone before a titled name: "and senior associate, Ms C D")
    rf"|(?=(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_WORD},\s+(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+[A-Z]))"
    rf"(?P<pretitle>[A-Za-z][\w &\-]{{1,40}}?),?\s+)?"
    rf"{HONORIFIC_RX}(?P<name>{_NAME})"
    rf"(?:\s*\((?P<title>[^)]{{2,60}})\)"
    rf"|,\s+(?i:our|the|my|their|notre|nuestro|nuestra|unser|unsere|who\s+is\s+(?:our|the)"
    rf"|one\s+of\s+(?:our|the|her|his|their)|who\s+(?:leads|runs|heads(?:\s+up)?))\s+"
    rf"(?P<title2>[A-Za-z][\w &\-]{{1,50}}?)(?=\s*[,.;)]|\s+and\b|\s+&|\s+(?:on|at|for)\b|$)"
    # "..., our Engineering Manager for the Settlements squad, and C D"
    rf"(?:\s+(?:for|on|at|in)\s+(?:the\s+)?[\w &\-]{{1,40}}(?=,))?"
    # "Johan van der Merwe, Head of Pricing, and ...": a capitalised title in commas
    # (or any title in commas when a titled name follows: "Ing. A B, vedúci oddelenia
    # testovania, a Mgr. C D", "z. A B, Drejtor i Riskut, dhe znj. C D")
    rf"|,\s+(?=[^,.;]{{0,40}}\b{_ROLE_WORD}|{_NEXT_TITLED})"
    rf"(?P<title3>(?:[A-Z][\w&\-]*|{_ROLE_WORD}|(?={_NEXT_TITLED})[^\W\d_][\w\-]*)(?:\s+(?:of|and|&|for|[A-Z][\w&\-]*"
    rf"|[a-zà-ÿ][\w\-]*(?=[^,.;]*[,.;]))){{0,5}})"
    rf"(?=\s*(?:,|\.|;|$|¶)|\s+\d)"  # (a digit: the next row of a schedule)
    # "with Danielle Okafor - she's their Head of Model Risk"
    rf"|\s+[-–—]\s+(?i:she|he|they)['’](?:s|re)\s+(?i:our|their|the)\s+"
    rf"(?P<title4>[A-Za-z][\w &\-]{{1,50}}?)(?=\s*[,.;)]|\s+and\b|$)"
    # Hungarian "Szabó Gergely, az informatikai csoport vezetője, valamint Nagy Péter"
    rf"|,\s+(?-i:az?)\s+(?P<title5>[^\W\d][\w -]{{1,50}}?)(?=,\s+(?:valamint|és)\s))?"
)
_SEP = re.compile(
    # "with A B (VP, Pricing) first and then C D", "A B, then C D"
    r"(?:\s+first)?,?\s+(?:and\s+)?then\s+(?:with\s+)?"
    r"|\s*(?:[,;]\s*(?:and\s+|as\s+well\s+as\s+|together\s+with\s+|along\s+with\s+"
    r"|(?:e|y|et|und|en|a|dhe|ir|un|in|i|valamint|és)\s+(?:con\s+(?:el|la)\s+|com\s+(?:o|a)\s+|con\s+"
    r"|com\s+|avec\s+|mit\s+|met\s+|de\s+(?:la|los|las|el)\s+|del\s+|pel[ao]s?\s+"
    r"|dall[ao]\s+|dal\s+|dagli\s+"  # (Italian "condotto dall'Ing. A B, …, e dalla Dott.ssa C D")
    r"|por\s+(?:el|la)\s+|par\s+|(?:la|il)\s+(?=(?i:dott|ing|avv|arch|prof)))?)?"
    r"|\s+(?:and|as\s+well\s+as|together\s+with|along\s+with|plus)\s+|\s*&\s*"
    # (Finnish: "A B ja teknologiajohtaja C D", a lower-case title before the next name)
    r"|\s+(?:ja|sekä)\s+(?:(?-i:[a-zäöå])[\w-]*\s+){1,2}(?=[A-ZÄÖÅ])"
    # ("y con Lucía Benedetti", "e com a Inês Carvalho", "and with A B")
    r"|\s+(?:e|ed|y|et|und|en|oraz|och|og|and|sekä|ja|és|valamint)\s+(?:(?:con|com|avec|mit|met|med|with)\s+)?"
    r"(?:(?:o|a|os|as|el|la)\s+)?"
    r"|\s+i\s+(?:en|na|la|el)\s+"  # (Catalan: "la Montserrat Puig i en Jordi Casals")
    # (Swahili "Bi. A B (…) na Bw. C D": "na" is "and" before a titled name)
    r"|\s+na\s+(?=(?:Bw|Bi|Dkt|Dk|Mhe|Prof|Dr|Mr|Mrs|Ms)\.?\s))"
)
BARE_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
#: A bare "with": only a name with a stated title counts ("with our CTO, A B",
#: "with A B (Director of Engineering)", "with A B, our Analytics Lead").
_WITH = rx.compile(r"\bwith\s+")
_MEETING_NOUN = rx.compile(r"\b(?:interview|call|chat|meeting|conversation|session|minutes"
                           r"|teams|zoom|video|phone|appointment)\b", re.I)
#: "Thanks for speaking with me last week": the sender talked to the candidate before.
_PAST = rx.compile(
    r"\b(?:thanks?|thank\s+you|enjoyed|following|after(?!\s+\d)|suite\s+[àa]|merci|gracias|obrigad[oa]|danke"
    r"|bedankt|notes\s+(?:from|on)|recap\s+of|since|further\s+to)"
    r"\b[^.!?]{0,40}$"
    # (not past once its clause ends: "as discussed on the phone, an interview with myself")
    r"|\bas\s+discussed\s+(?:on|in|during)\b[^.!?,]{0,40}$"
    # "the start-up I mentioned on our call": a call that has been
    r"|\b(?:mentioned|said|told\s+you|spoke\s+about|discussed)\s+(?:on|in|during)\s+$", re.I
)
#: "If all goes well, the next step would be a chat with our CTO, A B": a later round that
#: is not booked, so A B is not someone the candidate is about to meet.
_NOT_BOOKED = rx.compile(r"\b(?:if|would\s+be|could\s+be|might|may\s+be|later\s+on)\b", re.I)
_IF = rx.compile(r"\b(?:if|later\s+on)\b", re.I)
_HONORIFIC_LEAD = re.compile(rf"^{HONORIFIC_RX}")


def without_honorific(name: str) -> str:
    """ "Ma'am Kristine Dela Cruz" -> "Kristine Dela Cruz" (never the whole name)."""
    return _HONORIFIC_LEAD.sub("", name, count=1) or name
_ROLE_NAME = rx.compile(_ROLE_WORD)


_VIA_SERVICE = re.compile(r"\s+via\s+\S.*$", re.I)


#: A word that owns the next: "Bellini's Bakery" names a business, not a person.
_OWNERS = re.compile(r"\w['’]s\s")


@lru_cache(maxsize=256)
def clean_name(raw: str | None) -> str | None:
    """A display name -> "First Last", or None if it is an address, team, room or title.
    (Cached: a mail's names are cleaned again by each reader of it, company and people.)"""
    if not raw:
        return None
    name = " ".join(raw.replace('"', " ").replace("'", "'").split()).strip(" ,;:")
    name = _VIA_SERVICE.sub("", name)  # "Meghan Albright via Workable": the person
    if not name or "@" in name or any(ch.isdigit() for ch in name) or "&" in name or (
            _OWNERS.search(name)):
        return None  # (nor a shop's "MacIsaac & Daughters Hardware", "Bellini's Bakery")
    if name.endswith(")") and (name.count(",") == 1 or len(name.split("(")[0].split()) >= 2):
        # Outlook's "Cho, Mei-Lin (SCUH)", a tool's "Sanne de Wit (Grachtwerk)": her employer
        name = _ORG_TAG.sub("", name)
    if name.count(",") == 1:  # "Lopez, Maria" -> "Maria Lopez"
        last, first = (p.strip() for p in name.split(","))
        # ("Vogel, Kathrin Dr.": Outlook's place for a title)
        first = " ".join(t for t in first.split() if t.lower().rstrip(".") not in _TITLES)
        if first and last and len(first.split()) <= 3 and len(last.split()) <= 3:
            name = f"{first} {last}"
        else:
            return None
    tokens = name.split()
    while len(tokens) > 2 and (tokens[0].lower().rstrip(".") in _LEADING_TITLES
                               or tokens[0] in _CAPITAL_PRONOUNS):
        # "Dr. Sabine Hollweg", "Monsieur Olivier Lambrechts", and German's capital "Ihnen"
        # before a name ("Im Gespräch sitzen Ihnen Jonas Albrecht und ich gegenüber")
        tokens = tokens[1:]
    if tokens and tokens[0] in _CAPITAL_PRONOUNS:
        return None
    name = " ".join(tokens)
    if not 1 <= len(tokens) <= 5:
        return None
    if any(t.lower().strip("().-") in STOP_WORDS for t in tokens):
        return None
    if not tokens[0][0].isupper() or not any(ch.islower() for ch in name):
        return None
    return name


_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "ing", "mag", "dipl"})
#: Titles a display name or a list may put before the name itself.
_LEADING_TITLES = _TITLES | frozenset({"monsieur", "madame", "mme", "herr", "frau", "sr", "sra",
                                       "señor", "señora", "sig", "sig.ra", "dott", "dott.ssa",
                                       "eng", "engº", "eng.º", "dra", "mag"})
#: Pronouns written with a capital in mid-sentence, never part of a name.
_CAPITAL_PRONOUNS = frozenset({"Ihnen", "Sie", "Ihr", "Euch", "Dich", "Dir", "Usted", "Ustedes"})
#: An organisation's short form after an Outlook name: "Ferraro, Anthony (SCUH)".
_ORG_TAG = re.compile(r"\s*\((?:[A-Z][A-Za-z&/.-]{1,11}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)$")
_FIELD_LINE = re.compile(r"^\s*[A-Z][\w ()/'’-]{0,25}:")
#: (not after a comma: "Okafor, Chidi; Raghunathan, Meera" ends with a whole name)
_DANGLING_NAME = re.compile(r"(?:\band|&|\bwith|\bto)\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+$")


@lru_cache(maxsize=64)
def squeezed(text: str) -> str:
    """`" ".join(text.split())`: the text on one line, every run of blanks one space.
    (Cached: the role, the company and the sender's part of it read a mail's text so.)"""
    return " ".join(text.split())


@lru_cache(maxsize=16)
def flatten(text: str) -> str:
    """One line of text in which a hard-wrapped paragraph is joined but a short line (a
    field of a template, a list) ends with " ¶ ", so "Interviewers: A B" never runs into
    the next line's "Status: Cancelled". (Cached: the names and their partners both
    flatten the same text.)"""
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        s = " ".join(line.split())
        out.append(s)
        if i + 1 < len(lines):
            nxt = lines[i + 1]
            # (a line that breaks inside a name, "… and Nisha" over "Chaudhry (Senior
            # Manager): 10 minutes", is wrapped whatever the next line looks like)
            wrapped = len(s) >= 40 and nxt.strip() and (
                not _FIELD_LINE.match(nxt) or _DANGLING_NAME.search(s))
            out.append(" " if wrapped else " ¶ ")
    return "".join(out)


#: "You'll meet me (Rachel Kim, Director of Analytics) and Tom Alvarez": the writer names
#: themself in brackets; read as "Rachel Kim (Director of Analytics)".
_ME_NAMED = rx.compile(
    rf"\b(?:me|myself|eu|yo|moi|ich|mir|mich|ik|mij|io|jag\s+själv|jag)\s+\((?P<name>{_NAME})"
    rf"(?:,\s*(?P<title>[^()]{{2,60}}))?\)")


#: A title that runs on into the word after it: "Head of" + "Quality".
_OPEN_TITLE = re.compile(r"\s(?:of|for|and|&)$", re.I)
_TEAM_AFTER = re.compile(r"\s+(?:team|department|dept|group|squad|unit)\b", re.I)
_NICKNAME = re.compile(r"([A-ZÀ-Þ][\w'’-]+)\s+[\"“][A-ZÀ-Þ][\w'’-]+[\"”]\s+([A-ZÀ-Þ])")


def _me_named(m: re.Match[str]) -> str:
    if " " not in m["name"].strip():  # "mij (Sanne, recruiter)": a first name says only "me"
        return m.group(0).split("(", 1)[0].rstrip()
    return f"{m['name']} ({m['title']})" if m["title"] else m["name"]


def names_in_text(text: str, *, exclude: Iterable[str] = (),
                  hypothetical: bool = False) -> list[Person]:
    """People introduced as interviewers: "you'll be speaking with Maria Lopez (Engineering
    Manager)", "you will meet Jan de Vries and Priya Shah", "Interviewer(s): A, B",
    "with our CTO, A B", "A B from our team would like to meet you".

    `hypothetical`: the mail asks for times, so "the next step would be a chat with A B"
    names the person the slot will be with."""
    excluded = [e.lower() for e in exclude if e]
    return dedupe(p for p in _names(text, hypothetical) if p.name and not any(
        p.name.lower() in e or e in p.name.lower() for e in excluded)
        and p.name.lower() not in _PLACES)  # "with Jordan Whitaker (New York)"


@lru_cache(maxsize=64)
def _names(text: str, hypothetical: bool) -> tuple[Person, ...]:
    """Everyone `names_in_text` finds before exclusions; cached, because the pipeline asks
    about the same text for the company, the topic and the interviewers."""
    groups, listed = _name_groups(text)
    found = [p for past, if_, not_booked, people in groups
             if not (past or (if_ if hypothetical else not_booked)) for p in people]
    result = (*found, *listed)
    # (a bilingual mail: the Latin names)
    if not result and ("官" in text or "관" in text or "主管" in text):
        result = tuple(cjk_people(text))
    return result


@lru_cache(maxsize=32)
def _name_groups(text: str) -> tuple[tuple[tuple[bool, bool, bool, tuple[Person, ...]], ...],
                                     tuple[Person, ...]]:
    """What both readings of `_names` take from a text, read once: for each trigger that a
    name follows, whether the words before it are past ("thanks for your chat with"), say
    "if" or say it is not booked ("would be", "might"), and the names it introduces; then
    the people of labels, schedules, "A B and I" and of an interviewer kept away. (A mail
    that asks for times is read both ways: for the company and the topic, and for the
    people of the slot to come.)"""
    from .partners import partners_of_sender, restated_people
    from .roster import labelled_people
    from .unavailable import unavailable_people

    groups: list[tuple[bool, bool, bool, tuple[Person, ...]]] = []
    if "(" in text:
        text = _ME_NAMED.sub(_me_named, text)
    if '"' in text or "“" in text:  # 'Funmilayo "Funmi" Adebayo': the name, not the nickname
        text = _NICKNAME.sub(r"\1 \2", text)
    flat = flatten(text)
    starts = [(t.end(), False) for t in TRIGGER.finditer(flat)]
    for w in _WITH.finditer(flat):
        # "your interview ... with A B": after a meeting noun, "with" needs no title
        before = flat[max(0, w.start() - 120) : w.start()]
        clause = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1 :]
        starts.append((w.end(), not _MEETING_NOUN.search(clause)))
    for pos, need_title in starts:
        # no name right after the trigger ("with you", "with the team"): nothing to read,
        # whatever precedes it, so that is looked at only when a name follows
        if (m := _PERSON.match(flat, pos)) is None:
            continue
        before = flat[max(0, pos - 160) : pos]
        sentence = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1 :]
        # "thanks for your chat with A B", "the next step would be ... with A B" (every
        # "if" is also not booked: the names are read unless both readings skip them)
        past = bool(_PAST.search(before[-80:]))
        if_, not_booked = bool(_IF.search(sentence)), bool(_NOT_BOOKED.search(sentence))
        if past or if_:
            groups.append((past, if_, not_booked, ()))
            continue
        found: list[Person] = []
        first = True
        while m:
            if m["pretitle"] and " " not in m["name"] and (
                again := _PERSON.match(flat, m.end() + 2)
            ) and flat[m.end() : m.end() + 2] == ", " and " " in again["name"]:
                # "our Head of Compliance, Mr. A B": the lazy title stopped one word short
                title = f"{m['pretitle']} {m['name']}"
                m = again
            else:
                title = None
            name = clean_name(_HONORIFIC_LEAD.sub("", m["name"]))
            if name and " " not in name and _SURNAME_TITLE.search(
                    flat, m.start(), m.start("name")) and (whole := whole_name(name, flat)):
                name = whole  # "You will meet Mr. Henry", after "Mr. Delroy Henry, our Head of …"
            # ("two of our engineers": no one's title)
            title = title or m["title"] or m["title2"] or m["title3"] or m["title4"] or (
                m["title5"]) or (None if m["some"] else m["pretitle"])
            address = None
            if title and (bare := BARE_ADDRESS.fullmatch(title.strip(" <>"))):
                address, title = bare.group(0).lower(), None  # "A B (ab@acme.example)"
            if need_title and first and not (title or address):
                break
            first = False
            # (one word needs a title that is a job: "our CTO, Anna", not "your case study
            # MashaAllah" or "Head of Quality")
            alone_ok = bool(title) and (bool(m["title"] or m["title2"] or m["title3"]
                                             or m["title4"] or m["title5"]) or bool(
                _ROLE_NAME.search(title) and not _OPEN_TITLE.search(title)
                and "," in flat[m.start("name") - 3 : m.start("name")]))  # (not "Head Verger")
            if name and (len(name.split()) > 1 or alone_ok) and not _ROLE_NAME.search(name) and (
                    not _TEAM_AFTER.match(flat, m.end())):  # "the Protection & Control team"
                found.append(Person(name=name, email=address,
                                    title=title.strip() if title else None))
            sep = _SEP.match(flat, m.end())
            if not sep or (m["title3"] and not sep.group(0).strip(" ,")):
                # "A B, Principal Scientist, Single-Cell Genomics": after a title in commas,
                # a bare comma goes on with the title, not to another person
                break
            pos = sep.end()
            m = _PERSON.match(flat, pos)
        groups.append((past, if_, not_booked, tuple(found)))
    latin = [p.name for _, _, _, people in groups for p in people if p.name]
    return tuple(groups), (*labelled_people(text), *partners_of_sender(text),
                           *restated_people(text), *unavailable_people(flat),
                           # (a bilingual mail names each person in both scripts)
                           *(p for p in script_people(flat)
                             if not any(spelled_alike(p.name or "", n) for n in latin)))


#: A title written before a surname alone: "Mr. Henry", "Dr Okafor".
_SURNAME_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?\s+$")


def whole_name(surname: str, text: str) -> str | None:
    """The first-and-last name the mail writes elsewhere for a surname it also writes with
    a title alone ("Mr. Henry", "Herr Gruber und ich")."""
    for m in re.finditer(rf"\b([A-ZÀ-Þ][\w'’-]+)\s+{re.escape(surname)}\b", text):
        if m[1].rstrip(".") not in _NOT_A_FIRST_NAME:
            return f"{m[1]} {surname}"
    return None


#: Capitalised words before a surname that are no first name: titles, greetings.
_NOT_A_FIRST_NAME = frozenset({"Herr", "Frau", "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof",
                               "Mme", "M", "Sr", "Sra", "DI", "Mag", "Ing", "Dear", "Hi",
                               "Hello", "The", "Meet", "With", "And"})
#: Cities and regions that read as a name ("New York", "Cape Town").
_PLACES = frozenset({*CITIES, *REGIONS})
