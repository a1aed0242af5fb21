"""The employer from phrases, the subject, the ICS summary and the sender.

The order is from most to least specific: "the Senior Data Engineer role at Acme" beats a
subject line, which beats the sender's display name, which beats the sender's domain.
Applicant-tracking and free-mail domains say nothing about the employer and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import rx
from ..domains import SERVICE_NAMES, is_service, not_an_employer_domain
from ..message import Address, Message
from .client import AGENCY, client_of_agency, company_field, expand_acronym, named_client
from .company_cjk import cjk_company, cyrillic_company, line_start_company, se_asian_company
from .company_form import domain_label, full_form
from .company_signature import signature_org, signature_orgs
from .employer import (
    LEGAL,
    domain_phrase,
    fold,
    legal_line_company,
    quoted_legal_company,
    spelled_label,
    standalone,
    strip_legal,
    words_after,
)
from .kindwords import FWD_SUBJECT
from .people import clean_name, squeezed
from .position import (
    _CAP,
    _CO,
    _LONE_INITIAL,
    _NOT_COMPANY,
    _ROLE_WORDS,
    _TITLE,
    _tidy,
)
from .subject import _NOT_SUBJECT_CO
from .zone_tables import CITIES

#: Domains never taken as the employer's name.
_INSTITUTION_NOUN = (r"(?:Museum|Trust|University|Hospital|Council|Library|Libraries|Zoo|Gallery"
                r"|Foundation|Institute|Society|Centre|Center|College|School|Theatre|Theater"
                r"|Academy|Authority|Observatory|Gardens?|Aquarium|Orchestra|Opera|House)")
#: The rest of a joint name after "and": "… and Vale NHS Foundation Trust" (the name
#: patterns stop at "and", which mostly joins two things).
_AND_INSTITUTION = re.compile(
    rf"\s+and\s+(?P<rest>(?:[A-Z][\w'’-]*\s+){{1,4}}{_INSTITUTION_NOUN})\b")
_COMPANY_RES = [
    rx.compile(
        rf"\b(?i:role|position|opening|vacancy|opportunity|post|team)\s+(?i:below\s+|above\s+)?"
        rf"(?i:at|with|w/)\s+(?P<co>{_CO})"
    ),
    rx.compile(rf"(?:{_TITLE})(?:\s+\([^()]{{2,30}}\))?\s+(?i:at)\s+(?P<co>{_CO})"),
    # "the position at the Narrows Maritime Museum": after "the", only a name that ends in
    # an institution's noun (not "the role at the Bristol office")
    rx.compile(
        rf"\b(?i:role|position|opening|vacancy|post|team)\s+(?i:at|with)\s+the\s+"
        rf"(?P<co>(?:{_CAP}\s+){{1,3}}{_INSTITUTION_NOUN})\b"
    ),
    rx.compile(
        rf"\b(?i:interest\s+in|(?<!will\s)(?<!['’]ll\s)(?<!be\s)join(?:ing)?|here\s+at|on\s+behalf\s+of|em\s+nome\s+d[aeo]|en\s+nombre\s+de|au\s+nom\s+de|careers?\s+(?:at|with)"
        rf"|greetings\s+from|bei(?:\s+der|\s+dem)?(?!\s+(?:Fragen|Rückfragen|Interesse|Bedarf|Gespräch|Termin|Interview|Treffen|Telefonat|Vorstellungsgespräch)\b)|chez|(?:co-?)?founder\s+(?:of|at)"
        rf"|applying\s+to|applied\s+to|application\s+(?:to|with)|everyone\s+at"
        # "I am delighted to invite you to interview at Ashby Fields Academy, part of …"
        rf"|invite\s+you\s+to\s+(?:an\s+)?interview\s+at"
        rf"|(?:from|of)\s+(?:us|all\s+of\s+us|the\s+team)\s+at"
        # a small employer's own introduction: "hey Thandi its Gaz from Whitfield Electrical"
        rf"|(?:it['’]?s|its|this\s+is)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+from"
        # an agency: "I sent your resume over to Wasatch Ropeway Systems"
        rf"|(?:sent|passed|forwarded|submitted)\s+your\s+(?:resume|r[ée]sum[ée]|cv|profile"
        rf"|details|application)\s+(?:over\s+|on\s+|across\s+)?to)\s+"
        rf"(?P<co>{_CO})"
    ),
]
_ORG_STOP = re.compile(
    r"\s*\b(?:recruiting|recruitment|careers|career|talent(?:\s+acquisition)?|hiring|hr"
    r"|people|jobs|team|no-?reply|notifications?|προσλήψεις|προσλήψεων"
    # the same in the languages of the mail: Croatian, Slovene, Polish, Finnish, Swedish,
    # Norwegian, French, Spanish, Portuguese, Italian, German, Turkish, Czech, Romanian
    r"|zapošljavanje|zaposlitev|rekrutacja|rekrytointi|rekrytering|rekruttering|recrutement"
    r"|reclutamiento|recrutamento|selezione|karriere|personalabteilung|işe\s+alım|nábor"
    r"|recrutare|värbamine|karjäär)\b.*$",
    re.I,
)

#: An agency writing for an employer it does not name: "my client", "our client's team".
_CLIENT = re.compile(r"\b(?:my|our|the)\s+client\b"
                     # "a BI Analyst role with a fintech client in Shoreditch (can't name
                     # them till we've spoken)"
                     r"|\bwith\s+an?\s+(?:[\w-]+\s+){0,2}client\b(?![-\w])(?=[^.\n]{0,60}\bcan['’]?t"
                     r"\s+name\b)"
                     r"|\bkeeping\s+(?:the|this)\s+search\s+confidential|\bcan['’]?t\s+(?:put|give"
                     r"|share)\s+the\s+(?:company|client)['’]?s?\s+name", re.I)
_MY_CLIENT = re.compile(r"\bmy\s+client\b", re.I)
#: "Message from Makani Coffee Company" alone on its line, over the note a booking page
#: shows from its host.
_NOTE_FROM = re.compile(r"^[ \t]*Message from (?P<co>[A-Z][^\n:,]{1,59})$", re.M)
_VIA = re.compile(r"\b(?:at|@|from)\s+(?P<co>.+)$")
_NAME_HALVES = re.compile(r"\s+[-–—|]\s+")
#: A display name that sends through a tool: "The Lakeshore Grand Chicago via ShiftHire".
_VIA_TOOL = re.compile(r"^(?P<co>.+?)\s+via\s+(?P<tool>[\w.-]+)$")
_PAREN_ORG = re.compile(r"\((?P<org>[^()]{2,60})\)\s*$")


#: Google Calendar's own address: the invitation's sender, never the employer.
_CALENDAR_SENDER = re.compile(r"(?i)calendar-(?:notification|server)@google\.com$")
_BETWEEN_US = re.compile(rf"\bbetween\s+(?P<co>{_CO})\s+and\s+(?P<other>{_CO})")


#: What follows a person, not a company: "with Annelie Botha, our Lead Engineer",
#: "with Rachel Kim (Director of Engineering)".
_APPOSITION = re.compile(r"\s*(?:,\s*(?:our|the|who|one\s+of|a|an)\b|\((?!Pty|Pvt|Pte))", re.I)


#: What only a person has: "at Ruth's request", "at Sam's suggestion".
_PERSONS_OWN = re.compile(r"['’]s\s+(?:request|suggestion|convenience|invitation|discretion)\b")
_HONORIFIC_ONLY = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sra|Herr|Frau|Mme)\.?")
_TITLED = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dra|Sra|Herr|Frau|Mme)\.?\s+[A-Z]")


#: What _COMPANY_RES[0] and [1] must contain in flattened text (one space per \s+): "at" or
#: "with" ([1]: "at"), then _CO's capital. A cheap scan (a literal " " first) spares theirs.
_AT_OR_WITH_NAME = rx.compile(r" (?i:at|with|w/) [A-ZÀ-ÖØ-Þ]")
_AT_NAME = re.compile(r" (?i:at) [A-ZÀ-ÖØ-Þ]")


def company_from_text(text: str, people: tuple[str, ...] = ()) -> str | None:
    """The employer from phrases ("the X role at Acme", "on behalf of Acme"); a phrase
    naming a person (an apposition follows, or a participant's name) is skipped."""
    if "Message from " in text and (note := _NOTE_FROM.search(text)) and (
            clean_name(co := note["co"].strip()) != co and _looks_like_company(co)):
        return co  # a booking page's heading of the host's note
    flat = squeezed(text)
    persons: set[str] | None = None  # worked out at the first phrase (most texts have none)
    if " between " in flat and (pair := _BETWEEN_US.search(flat)) and (
            fold(pair["other"]) in (persons := _persons(people))) and (
            fold(pair["co"]) not in persons):
        return _tidy(pair["co"])  # Cal.com: "Technical Interview between Andes Freight and A B"
    for pattern, need in zip(_COMPANY_RES, (_AT_OR_WITH_NAME, _AT_NAME, None, None),
                             strict=True):
        if need is not None and not need.search(flat):
            continue
        for m in pattern.finditer(flat):
            co = _tidy(m["co"])
            if not co or _NOT_COMPANY.match(co):
                continue
            if (joint := _AND_INSTITUTION.match(flat, m.end("co"))) is not None:
                co = f"{co} and {joint['rest']}"  # "Harrowfield and Vale NHS Foundation Trust"
            if persons is None:
                persons = _persons(people)
            if fold(clean_name(co) or co) in persons:
                continue
            if _TITLED.match(co) or _HONORIFIC_ONLY.fullmatch(co):  # "with Dr. A B": a person
                continue
            if clean_name(co) == co and _APPOSITION.match(flat, m.end()):
                continue
            if _PERSONS_OWN.match(flat, m.end("co") - 2):  # "moved to Tuesday at Ruth's request"
                continue
            if pattern is _COMPANY_RES[1] and flat[max(0, m.start() - 4) : m.start()] == "our ":
                continue  # "Ingrid Flett, our Lead Technician at Burrigarth": a site of ours
            if m.group(0)[:4].lower() in ("bei ", "chez") and fold(co.split()[0]) in CITIES:
                continue  # an address's "Garching bei München", a place
            if (op := flat.rfind("(", max(0, m.start() - 60), m.start())) >= 0 and (
                    ")" not in flat[op : m.start()]):
                continue  # "A B (Site Operations Manager at Loch Fada)": a person's site
            if " " in co and not _in_one_paragraph(co, text):
                continue  # "Delivering at Pace ¶¶ Strengths ¶¶ The panel …": list items
            if clean_name(co) != co or _looks_like_company(co):
                return co
    return None


def _in_one_paragraph(co: str, text: str) -> bool:
    """Is `co` written within one paragraph of `text` (a hard-wrapped line break inside it
    is fine, a blank line is not)?"""
    return any(co in squeezed(part) for part in _PARAGRAPH_BREAK.split(text))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


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
    halves = _NAME_HALVES.split(name)
    if len(halves) == 2 and sum(bool(_ORG_STOP.search(h)) for h in halves) == 1:
        # "Academic Recruitment - Dublin Bay University": the half that is not the team
        return _tidy(next(h for h in halves if not _ORG_STOP.search(h)))
    via = _VIA.search(name)
    if via and not _SERVICE.search(via["co"]):  # (not "Tomás Riquelme via Cal.com")
        return _tidy(_ORG_STOP.sub("", via["co"]))
    stripped = _tidy(_ORG_STOP.sub("", name)) if _ORG_STOP.search(name) else None
    if stripped and stripped != name:
        return stripped
    domain = sender.domain
    if not_an_employer_domain(domain) or is_service(domain, services) or _CALENDAR_SENDER.match(
            sender.email or ""):
        if name and is_service(domain, services) and _account_of(name, sender.email or ""):
            return _tidy(name)  # "Kestrel Vale Utilities <kestrelvale@myworkday.com>"
        return _tidy(name) if name and clean_name(name) is None else None
    label = domain_label(domain)
    if label is None:
        return None
    return domain_phrase(label, text) or spelled_label(label) or None


_ORG_SUFFIX = rx.compile(
    r"(?:^|[\n.!,;]\s*|\bthe\s+)(?P<co>[A-Z][\w&'’\-]*(?:[ \t]+[A-Z][\w&'’\-]*){0,2}?)[ \t]+"
    r"(?:Recruiting|Recruitment|Talent(?:[ \t]+Acquisition)?|Careers|Hiring[ \t]+Team"
    r"|People[ \t]+Team|HR[ \t]+Team)\b"
)
_EXPAND_STOP = re.compile(
    r"^(?:Recruiting|Recruitment|Talent|Careers|Hiring|People|HR|Team|I|We|The|Thanks|Best|Candidate|Human"
    r"|Kind|Regards|You|Your|Our|Calendar|Scheduling|Scheduler|Interview|Notifications?)$"
    r"|^(?:You|We|They|It|I)['’]"  # ("Bayline Ferry Authority You're invited": a sentence)
)


def company_from_team(text: str) -> str | None:
    """ "Kestrel Robotics Recruiting", "The Acme Talent Team" -> the company."""
    for m in _ORG_SUFFIX.finditer(text):
        co = _tidy(m["co"])
        if (nxt := _ORG_LINE_AFTER.match(text, m.end())) is not None:
            return _tidy(nxt["org"])  # "Inflight Recruitment Team" over "Aurora Pacific Airways"
        if co and not _NOT_COMPANY.match(co) and not _TEAM_KIND.match(co):
            return co
    return None


#: The organisation on the line under a team's sign-off: "Inflight Recruitment Team" /
#: "Aurora Pacific Airways" (the team's first words are a department, not the company).
_ORG_LINE_AFTER = re.compile(r"[ \t]*(?:Team)?[ \t]*\n[ \t]*(?P<org>[A-Z][\w&'’.-]*"
                             r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){1,4})[ \t]*(?:\n|$)")


#: The kind of careers team, not its company: "Early Careers Lead", "Graduate Recruitment".
_TEAM_KIND = re.compile(r"^(?:Early|Graduate|Campus|University|Student|Emerging|Global"
                        r"|Technical|Tech|Executive|Internal|Future|Senior|Volunteer)$")


def expand(company: str | None, text: str) -> str | None:
    """ "Ashgrove" -> "Ashgrove Insurance" when the text (typically the signature) spells
    the longer name out on one line."""
    if not company or not any("a" <= ch.lower() <= "z" for ch in company):
        return company  # (a CJK name: "다온로지스 UX 리서처" goes on with the role)
    found = list(words_after(company, text))
    if any(LEGAL.match(f" {m.group(1).split()[0]}") for m in found):
        # ("Corvell Oakes LLP (Singapore)" signs it: not "Corvell Oakes Centre, Level 22")
        return company
    for m in found:
        extra = [w for w in m.group(1).split()]
        kept: list[str] = []
        for w in extra:
            if _ROLE_WORDS.search(w):
                # ("Meridian Pay Technology Internship Programme": the words before a role
                # word are the role's own, not the name's)
                kept = []
                break
            # a lone capital is the start of "B.V."/"S.A.", not a word of the name
            if _EXPAND_STOP.match(w) or len(w) == 1 or LEGAL.match(f" {w}"):
                break
            kept.append(w)
        if kept and len(kept) < len(extra) and _TEAM_KIND.match(kept[-1]):
            return company  # "Brightwell Labs · University Recruiting": a careers team's kind
        if kept and not _PLACE_WORD.match(kept[-1]):  # (not "… Administration Building")
            return f"{company} {' '.join(kept)}"
    return company


#: The last word of an address line, not of a company's name.
_PLACE_WORD = re.compile(r"^(?:Building|Tower|House|Road|Street|Avenue|Square|Court|Floor|Suite"
                         r"|Plaza|Campus|Complex|Annex)$")


def _account_of(name: str, email: str) -> bool:
    """The ATS address is the employer's account, named after it ("kestrelvale@…" of
    "Kestrel Vale Utilities", "no-reply@saguarosyndicate.teamtailor-mail.com"), so its
    display name is the employer, not a person."""
    local, _, domain = email.partition("@")
    whole = fold(name).replace(" ", "").replace("&", "")

    def key(part: str) -> str:
        return fold(part).replace("-", "").replace(".", "").replace("_", "")

    # (an address that spells the whole name is a person's: "maria.lopez@" of "Maria Lopez";
    # the service's own domain, "beamloop.example" of "Beamloop", names the service)
    labels = domain.split(".")
    return (len(k := key(local)) >= 5 and whole.startswith(k) and len(whole) > len(k)) or (
        len(labels) >= 3 and len(k := key(labels[0])) >= 5 and whole.startswith(k))


def subject_company_ok(company: str | None, full_text: str, sender: Address | None) -> bool:
    """A company read from the subject only counts when the mail backs it up: it is the
    sender's display name or domain, or the text spells it with a capital."""
    if not company or _NOT_SUBJECT_CO.search(company):
        return False
    key = fold(company)
    if sender is not None:
        label = fold(domain_label(sender.domain) or "")
        if len(label) >= 4 and (key.startswith(label) or label.startswith(key)):
            return True
        if sender.name and key and key in fold(sender.name):
            return True
    return standalone(company, full_text)


_OWNER_END = re.compile(r"(?<=\w)['’]s$")


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
    if client is None and found and (said := named_client(message)) and fold(said) != fold(found):
        client = said  # "for our client Northgate Freight" over the subject's "… - Joliet"
    if client is None and found and agency_for_client(found, message):
        return None  # "my client (still confidential)": the agency is not the employer
    found = expand(client, full) if client else (expand_acronym(found, full) or found)
    if found:
        found = full_form(found, message.sender, full)
        if re.search(rf"{re.escape(found)}\.\s*(?:Ltd|Limited|Bhd)\b", full):
            found = strip_legal(found) or found  # "Vantacore Systems Pte" of "… Pte. Ltd."
    # ("Aurora Ridge Insurance's personal lines business": the name, not its possessive)
    return _OWNER_END.sub("", _LONE_INITIAL.sub("", found)) if found else None


def agency_for_client(found: str, message: Message) -> bool:
    """Is `found` an agency that writes of a client it leaves unnamed here ("my client (a
    national health insurer)")? Then the agency is no employer to name."""
    return bool(AGENCY.search(found) or _own_desk(found, message)) and bool(
        _CLIENT.search(message.text))


def _own_desk(found: str, message: Message) -> bool:
    """Does `found` name the sender's own firm ("Coastline People Co." of
    coastlinepeople.com.au) while she writes "my client", or while her signature writes it
    with an agency word ("TalentBridge Recruitment")? Then it is an agency, though `found`
    has no agency word."""
    sender = message.sender
    key = fold(strip_legal(found) or found)
    return (sender is not None and len(key) >= 5 and key in fold(sender.domain or "") and (
        _MY_CLIENT.search(message.text) is not None or any(
            # ("TalentBridge" of "TalentBridge Recruitment" in her signature)
            found in line and AGENCY.search(line) for line in message.signature.splitlines())))


def _choose(text_co: str | None, subject_co: str | None, message: Message,
            services: frozenset[str]) -> str | None:
    full = message.full_text
    # ("Powered by Sparrowvid": the tool that sent it, whatever else names it)
    said = f"{full}\n{message.signature}"
    tools = {fold(m["name"]) for m in _POWERED_BY.finditer(said)} | {
        fold(m["tool"]) for m in _TOOL_USER.finditer(said)}
    for found in _candidates(text_co, subject_co, message, services):
        if found and not not_an_employer(found) and (
                fold(found) not in tools):
            longer = expand(found, full)
            if not is_service_name(longer):  # "Cal" of "via Cal.com" -> "Cal Video"
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
    yield (used := _TOOL_USER.search(full)) and used["co"]
    yield legal_line_company(message.signature)
    # (a mail written in English names its employer in Latin letters: "Severnaya Data LLC"
    # over the Russian signature's ООО "Северная Дата", asked after the domain's spelling)
    quoted_legal = quoted_legal_company(message.full_text)
    later = quoted_legal if quoted_legal and not in_latin(quoted_legal) and not _native_script(
        message.text) else None
    yield None if later else quoted_legal
    yield from (company_from_text(ln) for ln in message.signature.splitlines())
    # (the candidate forwarding to herself from a personal address: her domain and name
    # are no employer's)
    own = sender is not None and (bool(sender.name) and any(
        a.name and fold(a.name) == fold(sender.name or "") for a in message.to)
        or _forwards_to_self(sender, message))
    service = own or sender is not None and (not_an_employer_domain(sender.domain)
                                             or is_service(sender.domain, services)
                                             or _CALENDAR_SENDER.match(sender.email or ""))
    if own and (origin := _QUOTED_FROM.search(message.quoted or "")) is not None:
        # her forward: the employer is whoever sent the mail she passes on
        sender = Address(name="", email=origin["email"].lower())
        service = not_an_employer_domain(sender.domain) or is_service(sender.domain, services)
    if sender is not None and (tool := _VIA_TOOL.match(sender.name or "")) and fold(
            tool["tool"]).split(".")[0] in fold(sender.domain or "") and clean_name(
            tool["co"]) is None:  # (not "Pieter de Boer via Cal.com": a person books)
        yield _tidy(tool["co"])  # the employer a tool's relay names, before the tool's domain
    # (mail written in another script names the employer in it, before the domain:
    # "深圳云帆数科有限公司" over the "Shenzhen Yunfan Shuke" its domain spells)
    if native := _native_script(message.text):
        yield from _in_script(message, full)
    if sender is not None and not service:
        label = domain_label(sender.domain)
        if label:  # the name the domain spells, also in the thread's earlier mail
            # (before "Title, Org" signature lines: "Engineering Manager, Data Platform"
            # names a team, and the line under it the company the domain spells)
            yield domain_phrase(label, full) or domain_phrase(label, message.quoted or "")
    yield later
    if not native:  # (after the Latin name the domain spells: a bilingual mail is
        yield from _in_script(message, full)  # labelled by that one)
    yield from signature_orgs(message.signature)
    if subject_company_ok(subject_co, full, sender):
        yield subject_co
    yield company_from_team(full)
    yield legal_line_company(full)
    if not own:
        yield from_sender(sender, full, services)
    if not message.signature or own:  # a "Title | Org" line that closes the text itself
        # (not "HR Business Partner – KZN": a region's initials)
        for line in message.text.splitlines()[-4:]:
            org = signature_org(line)
            yield org if org and not org.isupper() else None


def _in_script(message: Message, full: str) -> Iterator[str | None]:
    """The employer as a CJK, Cyrillic, South-East Asian, Hindi, Hebrew or Arabic mail writes
    it: "【青嵐微電子】" opening the subject, ТОВ "…", "บริษัท สยามเพย์ จำกัด", "Công ty TNHH
    Phần mềm Sao Mai", 'אורן מערכות רפואיות בע"מ' (the name with its legal form, as the mail
    writes it)."""
    yield cjk_company(f"{message.subject}\n{full}")
    yield cyrillic_company(full)
    yield se_asian_company(f"{full}\n{message.signature}")
    yield line_start_company(f"{full}\n{message.signature}")


def in_latin(name: str) -> bool:
    """Are the letters of `name` Latin ones (with their accents)?"""
    return all(ch <= "\u024f" for ch in name if ch.isalpha())


def _native_script(text: str) -> bool:
    """Most of the letters of `text` are not Latin ones."""
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    return sum(ch > "\u024f" for ch in letters) * 2 > len(letters) > 0


#: A tool's footer naming itself: "Powered by Sparrowvid", "Sent via Hirewell".
_POWERED_BY = re.compile(r"\b(?i:powered|sent)\s+(?i:by|via|with)\s+(?P<name>[A-Z][\w-]+)")
#: A booking tool's footer naming the employer and itself: "Harbourline Payments uses
#: Bookwell to schedule meetings".
_TOOL_USER = re.compile(r"(?:^|(?<=[.!?]\s))(?P<co>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
                        r"\s+uses\s+(?P<tool>[A-Z][\w-]+)\s+to\s+(?:schedule|book|manage)\b",
                        re.M)


def _forwards_to_self(sender: Address, message: Message) -> bool:
    """A forward from "Thandi Nkosi <thandi.nkosi@post…>" to "thandi@…": the candidate
    passing on her own mail from another address (the recipient's mailbox opens with the
    sender's first name), not a recruiter passing on a hiring manager's note."""
    first = fold((sender.name or "").split(" ", 1)[0])
    return len(first) >= 3 and bool(FWD_SUBJECT.match(message.subject or "")) and bool(
        message.to) and all((a.email or "").lower().startswith(first) for a in message.to)


#: The sender of the first quoted mail: "From: Rachel Yoon <ryoon@pinecresthealth.example>".
_QUOTED_FROM = re.compile(r"(?im)^[> \t]*from:[^\n<]*<?(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")


def not_an_employer(name: str) -> bool:
    """A name the rules know names no employer: a scheduling service, a weekday, a panel
    ("The Selection Board"), a department, an advert."""
    return is_service_name(name) or bool(_NOT_COMPANY.fullmatch(name))


def is_service_name(name: str) -> bool:
    """A scheduling or meeting service's name ("Calendly", "Zoom Meeting"), not a public
    body that shares a word with one ("Ashby County", "Lever Street Clinic")."""
    if (hit := _SERVICE.search(name)) is None or _PUBLIC_BODY.search(name):
        return False
    # (not "Ashby Kemp", a firm that shares a word with a tool: only the tool's own words
    # may go with it, "Zoom Meeting", "Greenhouse Software", "via Cal.com")
    if re.search(r"[|·•–—]|\s-\s", name):
        return True  # ("Ipê Pagamentos | Gupy": a sender's name joined to its tool's)
    rest = f"{name[: hit.start()]} {name[hit.end() :]}"
    return not any(w[0].isupper() and w.casefold() not in _TOOL_WORDS
                   for w in re.findall(r"[\w'’&-]+", rest))


#: Words that go with a tool's name in its own relays and titles.
_TOOL_WORDS = frozenset({"meeting", "meetings", "video", "hq", "hire", "hiring", "scheduling",
                         "scheduler", "calendar", "app", "inc", "recruiting", "talent", "ats",
                         "software", "team", "notifications", "notification", "bookings",
                         "booking", "via", "com", "io", "co", "event", "invite", "invitation",
                         "personal", "room", "link", "jobs", "careers", "mail", "no", "reply",
                         "noreply", "on", "behalf", "of", "for", "the", "new", "your", "from",
                         "candidate", "portal", "updated", "update", "microsoft", "google"})


_PUBLIC_BODY = re.compile(r"\b(?:County|City|Council|Borough|Township|Parish|Hospital|Clinic"
                          r"|University|College|School|District)\b")
#: The names of scheduling and meeting services, never an employer ("via Cal.com").
_SERVICE = rx.compile(
    r"(?i)\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in SERVICE_NAMES) + r")\b")
