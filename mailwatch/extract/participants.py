"""Who "me" is in a forward, people the new text refers back to, and the subject's "with".

A recruiter who forwards the hiring manager's note ("see Daniel's note below") did not
write "You'll meet me and Ruth": the forwarded author did, so "me" is that author, never
the person who forwarded it. A reply that says "same people as before" names nobody in its
new text; the people are those of the quoted invitation. A scheduling tool's subject
("Canceled: Hiring Manager Chat with A B") names the host the text only calls "A B has
canceled". Each rule only adds a person the mail itself names in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import rx
from ..message import Message
from ..model import Person
from .kindwords import forwarded_body
from .names import names_user
from .panel_items import _item_person
from .people import NAME_RX, clean_name, names_in_text
from .role_words import ROLE_WORDS
from .signature import title_under
from .writer import booker_takes_part, sender_interviews

_FROM_LINE = re.compile(
    r"^[ \t>]*(?:From|Von|De|Van|Da|Från|Fra)[ \t]*:[ \t]*\"?(?P<name>[^<\n\"]*?)\"?[ \t]*"
    r"<(?P<email>[^>\s]+@[^>\s]+)>",
    re.M,
)
#: A reply's attribution line: "On Thu, 4 Mar 2027 at 04:00, Katrin Hollmann <k@…> wrote:".
_WROTE_LINE = re.compile(
    r"^[ \t>]*(?:On|Am|Le|El|Il|Op|Em|Den)\b[^\n<]*?,[ \t]*\"?(?P<name>[^<\n\",]+?)\"?[ \t]*"
    r"<(?P<email>[^>\s]+@[^>\s]+)>[ \t]*(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto"
    r"|schreef|escreveu|skrev)\b",
    re.M,
)
#: The same line with a name and no address: "On 07/09/2027 16:05, Gemma Holt wrote:".
_WROTE_NAME_ONLY = re.compile(r"^[ \t>]*On\b[^\n<@]*?,[ \t]*(?P<name>[A-Z][^<\n\",@]{1,60}?)"
                              r"[ \t]+wrote:[ \t]*$", re.M)
#: "Same people (A and B)", "the panel is unchanged": the new text points at the old one.
_REFERS_BACK = rx.compile(
    r"\bsame\s+(?:people|panel|interviewers?|line-?up|folks|group|team\s+as\s+before)\b"
    r"|\b(?:people|panel|interviewers?)\s+(?:as\s+before|(?:remain|stay)s?\s+the\s+same"
    r"|(?:is|are)\s+unchanged)\b",
    re.I,
)
_QUOTE_MARK = re.compile(r"^[ \t]*>+[ \t]?", re.M)
_SUBJECT_WITH = re.compile(rf"\bwith\s+(?P<name>{NAME_RX})\s*(?:$|[|(\-–—:,])")


def split_forward(m: Message) -> tuple[str, str | None]:
    """(the forwarder's own text, the forwarded text) of a message whose text the pipeline
    extended with the forwarded body; (text, None) for anything else."""
    fwd = forwarded_body(m)
    if fwd and m.text.endswith(fwd) and len(m.text) > len(fwd):
        return m.text[: -len(fwd)], fwd
    return m.text, None


def quoted_author(quoted: str, users: frozenset[str]) -> Person | None:
    """The author of a forwarded or quoted message, from its first "From: A B <a@b>"."""
    h = _FROM_LINE.search(quoted) or _WROTE_LINE.search(quoted)
    if h is None and (bare := _WROTE_NAME_ONLY.search(quoted)) is not None:
        # Apple Mail's "On 9/6/27 4:40 pm, Fiona McCallister wrote:", with no address
        name = clean_name(bare["name"])  # (not her own: "On Mon, Thandi Nkosi wrote:")
        return Person(name=name) if name and not names_user(name, users) else None
    if not h or h["email"].lower() in users:
        return None
    name = clean_name(h["name"])
    return Person(name=name, email=h["email"].lower()) if name else None


def forwarded_people(m: Message, users: frozenset[str], exclude: list[str]) -> list[Person]:
    """In a forward: the forwarded author when *they* say they take part ("You'll meet me
    and A B")."""
    _own, fwd = split_forward(m)
    if not fwd or not sender_interviews(fwd):
        return []
    author = quoted_author(m.quoted, users)
    if author is None or any(author.name and e and e.lower() == author.name.lower()
                             for e in exclude):
        return []
    # (not a recruiter's "our chat" over the panel she lists: "Talent Acquisition")
    if not booker_takes_part(fwd, title_under(fwd, author.name), bool(names_in_text(fwd))):
        return []
    return [author]


#: What the forwarder writes of the forwarded author who will interview: "Dana is the
#: hiring manager", "you'll be speaking with Dana" ({} is the author's first name).
_AUTHOR_ROLE = (r"\b{0}\s+(?:is|['’]s|will\s+be)\s+(?:the\s+|our\s+|their\s+)?(?:hiring\s+manager"
                r"|interviewer|(?:the\s+)?one\s+interviewing|running\s+(?:it|the\s+interview))"
                r"|\b(?:meet(?:ing)?|speak(?:ing)?\s+(?:with|to)|chat(?:ting)?\s+with|call\s+with"
                r"|interview\s+with)\s+{0}\b(?!\s+[A-Z])")


def named_author(m: Message, users: frozenset[str]) -> list[Person]:
    """The author of the mail a recruiter forwards, whom the recruiter's own text calls by
    first name as the interviewer ("see Dana's note below … Dana is the hiring manager and
    it's just her"): the full name their "From:" line gives."""
    author = quoted_author(m.quoted, users) if m.quoted else None
    if author is None or not author.name:
        return []
    first = re.escape(author.name.split()[0])
    own = split_forward(m)[0]
    return [author] if re.search(_AUTHOR_ROLE.format(first), own) else []


def referred_people(m: Message, users: frozenset[str], exclude: list[str]) -> list[Person]:
    """ "Same people (Aisha and Gabriel)": the interviewers named in the quoted history,
    and its author when they took part."""
    if not m.quoted or not _REFERS_BACK.search(m.text):
        return []
    return quoted_people(m, users, exclude)


def quoted_people(m: Message, users: frozenset[str], exclude: list[str]) -> list[Person]:
    """The interviewers the quoted invitation named, and its author when they took part:
    the people of an interview a reply moves or cancels without naming anyone."""
    if not m.quoted:
        return []
    old = _QUOTE_MARK.sub("", m.quoted)
    people = names_in_text(old, exclude=exclude)
    if sender_interviews(old):
        author = quoted_author(old, users)
        if author is None and m.sender is not None and m.sender.email not in users:
            author = Person(name=clean_name(m.sender.name), email=m.sender.email)
        if author is not None and author.name:
            people.insert(0, author)
    return people


#: "in Tom's place", "instead of Tom", "replacing Tom": an interviewer who is out.
_REPLACED = re.compile(
    r"\b(?:in\s+(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+place"
    r"|(?:instead\s+of|rather\s+than|replac(?:e|es|ing)|(?:step(?:s|ping)?|fill(?:s|ing)?)\s+in\s+for"
    r"|cover(?:s|ing)?\s+for)\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|\btake\s+(?P<d>[A-Z][\w'’-]+)['’]s\s+place"  # "Tobias will take Henrik's place"
    # "Tomasz is off-island that week so it'll be me and A B instead"
    # ("Hamish has been pulled up the mountain …, so A B will be interviewing you instead")
    r"|(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:is|['’]s|has\s+been)\s+(?:off(?:-island"
    r"|\s+sick)?|away|out|on\s+leave|unavailable|travelling|traveling|pulled|called\s+away"
    # (not "Callum has been pulled onto the rota, so we've moved you to Wednesday instead":
    # the interview moved, he stays)
    r"|tied\s+up)\b(?=(?:(?!\bmov(?:e|ed|ing)\b|\breschedul)[^.!?])*"
    r"\b(?:instead|take\s+(?:her|his|their)\s+(?:place|seat))\b)"
    # "Farah Haddad is no longer able to join the panel. Matteo Russo will take her place."
    r"|(?P<e>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:is\s+no\s+longer\s+able|can(?:no|['’])t"
    r"|won['’]t\s+be\s+able)\s+to\s+(?:join|attend|make|do|sit)\b"
    # ("… won't be able to join your interview after all … A B will run the interview on
    # his own")
    r"(?=[^!?]{0,240}\b(?:take\s+(?:her|his|their)\s+(?:place|seat)|in\s+(?:her|his|their)\s+place|instead"
    r"|step(?:s|ping)?\s+in|on\s+(?:his|her|their)\s+own)\b))"
)


def replaced_people(text: str) -> list[Person]:
    """The interviewers a reply says someone else stands in for."""
    return [Person(name=m["a"] or m["b"] or m["c"] or m["d"] or m["e"])
            for m in _REPLACED.finditer(text)]


def subject_people(m: Message, company: str | None, exclude: list[str]) -> list[Person]:
    """ "Interview with A B" in the subject, when the body names A B too and A B is not the
    employer ("Your interview with Basalt Ridge Energy")."""
    hit = _SUBJECT_WITH.search(m.subject or "")
    if not hit:
        return []
    name = clean_name(hit["name"])
    if not name or len(name.split()) < 2 or name not in m.text:
        return []
    key = name.casefold()
    if company and (key in company.casefold() or company.casefold() in key):
        return []
    if any(e and (key in e.lower() or e.lower() in key) for e in exclude):
        return []
    domain = (m.sender.domain if m.sender else "").casefold()
    if any(len(t) > 3 and t.casefold() in domain for t in name.split()):
        return []  # the sender's domain spells it: a company, not a person
    return [Person(name=name)]


def principal_people(m: Message) -> list[Person]:
    """The one an assistant writes for: "Executive Assistant to Rajesh Menon, Chief
    Executive Officer" under a mail whose subject or text names Rajesh ("Conversation with
    Rajesh", "Rajesh would still like to speak with you"). The text gives only the first
    name; the signature gives the whole one."""
    hit = _ASSISTANT_TO.search(m.signature or "") or _ASSISTANT_TO.search(m.text[-600:])
    if hit is None or (name := clean_name(hit["name"])) is None or " " not in name or (
            ROLE_WORDS.search(name)):  # ("Executive Assistant to the Chief Executive")
        return []
    first = re.compile(rf"\b{re.escape(name.split()[0])}\b")
    body = m.text[: m.text.find(hit.group(0))] if hit.group(0) in m.text else m.text
    if not (first.search(m.subject or "") or first.search(body)):
        return []
    title = (hit["title"] or "").strip(" ,.") or None
    return [Person(name=name, title=title)]


_ASSISTANT_TO = rx.compile(
    r"\b(?:Executive|Personal|Administrative)?\s*Assistant\s+to\s+(?:the\s+)?"
    # (the name ends with its line: "Legal Assistant to A B" over "B & C LLP")
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
    r"(?:,[ \t]*(?P<title>[^\n]{2,60}))?")


#: "Graham heads up our grid analytics team and will run this one himself": a first name
#: whose whole name the mail's addressees give.
_RUNS_IT = rx.compile(
    r"(?:\A|(?<=[.!?:–—-]\s)|(?<=\n))(?P<first>[A-Z][a-z]+)\b[^.!?\n]{0,80}?\bwill\s+"
    r"(?:run|lead|conduct|do|take|hold)\s+(?:this|the|it)(?:\s+(?:one|interview|call|chat"
    r"|session))?\s+(?:him|her|them)sel(?:f|ves)\b")


def running_people(m: Message, users: frozenset[str]) -> list[Person]:
    """The addressee the text says will hold the interview "himself": a recruiter's
    introduction to the hiring manager, with the candidate copied."""
    found = []
    for hit in _RUNS_IT.finditer(m.text) if "sel" in m.text else ():
        # (the last capitalised word before the verb, its subject: "Thandi - Graham heads up
        # … and will run this one himself")
        said = hit.group(0)
        words = re.findall(r"\b[A-Z][a-z]+\b", said[: said.rfind(" will ")])
        found += [Person(name=a.name, email=a.email) for a in (*m.to, *m.cc)
                  if words and a.name and a.email not in users and a.name.split()[0] == words[-1]]
    return found


#: A person named as the one who wants the interview or will hold it, the subject of the
#: sentence: "Russ Abernathy (Plant Manager at Harpeth) went through your resume and wants to
#: do a phone interview", "Nina Kovač will call you", "Ana Ruiz would like to meet you".
#: Such a name opens its sentence or clause, not a wrapped line (not "our VP of\nCustomer
#: Success, would love to chat").
_OPENS = r"(?:\A|(?<=[.!?:–—-]\s)|(?<=\n\n)|(?<=[.!?:]\n))"
_WHO_WANTS = rx.compile(
    rf"(?:{_OPENS}|(?<=,\sand\s))(?P<name>{NAME_RX})(?:\s*\((?P<title>[^()\n]{{2,60}})\))?"
    r"[^.!?\n]{0,60}?\b(?:wants|would\s+(?:like|love)|['’]d\s+(?:like|love)|is\s+keen)\s+to\s+"
    r"(?:do|have|set\s+up|book|meet|speak|chat|talk|interview|get\s+you\s+in|bring\s+you\s+in"
    r"|see\s+you|invite\s+you)\b"
    rf"|(?:{_OPENS}|(?<=,\s))(?P<name2>{NAME_RX})\s+will\s+(?:call|ring|phone|interview)\s+"
    r"(?:you|your)\b"
    # "Renee Vasquez, our lead electrician on days, will sit in with me"
    rf"|{_OPENS}(?P<name3>{NAME_RX}),\s(?P<title3>[^,.!?\n]{{2,60}}),\s+"
    r"will\s+(?:also\s+)?(?:sit\s+in|join\s+(?:us|me)|be\s+joining)\b"
    # "Tobias Eriksen from our forecasting team will take Henrik's place"
    rf"|(?:{_OPENS}|(?<=,\s)|(?<=\band\s))(?P<name4>{NAME_RX})(?:\s+from\s+(?:our|the)\s+"
    r"[\w&-]+(?:\s+[\w&-]+){0,3}?)?\s+will\s+take\s+[\w'’-]+['’]s\s+place\b"
    # Spanish "A B, gerente de Compras, quiere conocerte"
    rf"|{_OPENS}(?P<name5>{NAME_RX})(?:,\s(?P<title5>[^,.!?\n]{{2,60}}),)?\s+(?:quiere|querría"
    r"|desea)\s+(?:conocerte|conocerla|hablar\s+contigo|entrevistarte|charlar\s+contigo)\b"
    # German "Dr. A B (Teamleiterin Firmware) würde Sie gerne … kennenlernen"
    rf"|{_OPENS}(?:(?:Dr|Prof|Frau|Herr)\.?\s+)?(?P<name6>{NAME_RX})(?:\s*\((?P<title6>[^()\n]{{2,60}})\))?"
    r"\s+(?:würde|möchte)\s+(?:Sie|dich)\s+[^.!?\n]{0,80}?\bkennenlernen\b")


#: Every _WHO_WANTS match ends in one of these.
_WANTS_VERB = rx.compile(r"\b(?:wants|would\s+(?:like|love)|['’]d\s+(?:like|love)|is\s+keen)"
                         r"\s+to\s+|\bwill\s+|\b(?:quiere|querría|desea|würde|möchte)\s+", re.I)


def wanting_people(text: str, exclude: Iterable[str] = ()) -> list[Person]:
    """The people a sentence names as wanting to meet the candidate or calling her (not
    one of `exclude`: the employer, the candidate)."""
    excluded = {e.lower() for e in exclude if e}
    found = []
    # (the name comes at most a sentence before its verb: the pattern is tried only in the
    # stretch before each verb, not at every position of the text)
    spans = sorted({(max(0, v.start() - 180), v.end() + 120) for v in _WANTS_VERB.finditer(text)})
    hits = {m.start(): m for a, b in spans for m in _WHO_WANTS.finditer(text, a, b)}
    for m in (hits[k] for k in sorted(hits)):  # (windows overlap: each match once)
        raw = m["name"] or m["name2"] or m["name3"] or m["name4"] or m["name5"] or m["name6"]
        if "\n" in raw or not 2 <= len(raw.split()) <= 3:
            continue
        if (p := _item_person(raw)) is not None and (p.name or "").lower() not in excluded:
            # (no role, organisation or honorific)
            title = (m["title"] or m["title3"] or m["title5"] or m["title6"] or "").strip()
            found.append(Person(name=p.name, title=title or None))
    return found
