"""Every run of capitalised words in a job mail that could name the employer, and what
surrounds it: the input of the learned company model (company_model.py).

Why: the company rules (company.py and its helpers) take the first of a cascade of
readings, and on batches nobody wrote rules from their misses were mostly a name the
mail did write but the cascade ranked below another: a recruiting agency over its
client, a site or team ("Groveport DC", "District Nursing") over the organisation, the
letters of a domain ("gomkelp") over the name the signature spells ("Gulf of Maine Kelp
Co."). What tells them apart carries over between mails: the cue before the name ("our
client", "a role at", "on behalf of"), where it stands (subject, greeting line,
signature's last line), whether the sender's domain spells it, and its make-up (a legal
form, "Group", "University", a person's name).

A candidate is any run of one to seven capitalised words (with "of", "&", "de" … and
dashes between them, and up to two other lower-case words) on the subject line, the
sender's display name, the first forty lines of new text and the signature, as written
there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..message import Message
from .client import AGENCY
from .company_form import domain_label
from .employer import fold
from .people import _ROLE_WORD
from .position import _POSSESSIVE
from .same_name import norm_org
from .span_model import Candidate, edges_after, edges_before, shape_letter

#: Words (letters and digits, with the marks names use inside: "AT&T", "S.A.", "O'Neil")
#: and single marks.
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[.'’-](?=\w))*|[^\w\s]")
_ROLE = re.compile(_ROLE_WORD + r"$")
#: A legal form's abbreviation, whose dot belongs to the name.
_ABBREVIATION = re.compile(r"(?i)(?:co|inc|ltd|corp|bhd|pty|pte|llc|cie|\w(?:\.\w)+)$")
#: "our client", "Ihr Kunde": a mail from an agency, whose own name is not the employer.
_CLIENT = re.compile(r"(?i)\b(?:client|klant|kunde|cliente|kunden|mandant)")
#: Small words a name holds between its capitalised ones ("Bank of Ireland", "Maison de
#: la Radio", "Mid-Munster Water Services").
_INSIDE = frozenset({"of", "the", "and", "for", "de", "del", "della", "di", "da", "do", "dos",
                     "das", "du", "des", "la", "le", "les", "las", "los", "el", "y", "e", "i",
                     "et", "und", "für", "van", "von", "der", "den", "am", "an", "och", "og",
                     "&", "-", "–", "+", "/"})
_MOST_WORDS = 7
#: Lower-case words a name may hold besides the small ones ("Centre hospitalier régional
#: de Val-Morin").
_SMALL_WORDS = 2
_BODY_LINES = 40
_SIGNATURE_LINES = 12
_MAX_LINE = 300
#: The ends of legal and organisational names (a feature, not a filter).
_ORG_END = re.compile(
    r"(?i)^(?:ltd|limited|inc|llc|llp|plc|gmbh|ag|kg|sa|sas|sl|slu|srl|spa|bv|nv|ab|as|asa|oy"
    r"|oyj|a/s|aps|lda|ltda|pty|pte|bhd|corp|co|company|group|grupo|groupe|gruppe|holdings"
    r"|partners|associates|trust|foundation|university|college|school|council|hospital"
    r"|bank|insurance|mutual|society|agency|institute|centre|center|studio|studios|labs"
    r"|systems|solutions|technologies|consulting|services|club|authority|ministry"
    r"|department|board|district|museum|library|theatre|clinic)$")


@dataclass(frozen=True)
class CompanyView:
    """What the company model reads of a mail."""
    subject: str
    text: str
    signature: str = ""
    sender_name: str = ""
    sender_domain: str = ""
    #: The names in the To, Cc and From headers: people, whom no company is named after.
    people: tuple[str, ...] = ()


def view_of(message: Message) -> CompanyView:
    """The company model's view of a mail as the pipeline reads it (a forwarded invitation
    already appended to the text)."""
    sender = message.sender
    heads = [*message.to, *message.cc, *([sender] if sender else [])]
    people = tuple(a.name for a in heads if a.name)
    return CompanyView(message.subject or "", message.text, message.signature,
                       sender.name or "" if sender else "", sender.domain or "" if sender else "",
                       people)


def _lines(view: CompanyView) -> list[tuple[str, str]]:
    body = [ln for ln in view.text.splitlines() if ln.strip() and not ln.lstrip().startswith(">")]
    sig = [ln for ln in view.signature.splitlines() if ln.strip()]
    return [("subj", view.subject), ("from", view.sender_name),
            *(("body", ln) for ln in body[:_BODY_LINES]),
            *(("sig", ln) for ln in sig[:_SIGNATURE_LINES])]


def _capital(token: str) -> bool:
    """A capitalised word, a word with capitals after a digit ("3M"), or an elided one
    ("l'Outaouais")."""
    return token[0].isupper() or (token[0].isdigit() and any(c.isupper() for c in token)) or (
        len(token) > 2 and token[1] in "'’" and token[2].isupper())


def candidates(view: CompanyView) -> list[Candidate]:
    """Every candidate name with its features, in reading order."""
    label = fold(domain_label(view.sender_domain) or "") if view.sender_domain else ""
    sender = fold(view.sender_name)
    persons = {fold(p) for p in view.people if p}
    whole = fold(f"{view.subject} {view.text} {view.signature}")
    agency = bool(_CLIENT.search(view.text))
    #: a name's evidence is the same wherever the mail writes it
    evidence: dict[str, list[str]] = {}
    out = []
    lines = _lines(view)
    body_end = max((k for k, (zone, _) in enumerate(lines) if zone == "body"), default=0)
    sig_start = next((k for k, (zone, _) in enumerate(lines) if zone == "sig"), 0)
    for k, (zone, line) in enumerate(lines):
        place = _place(zone, k, body_end, sig_start)
        found = list(_TOKEN.finditer(line[:_MAX_LINE]))
        tokens = [m.group(0) for m in found]
        marks = _Marks(tokens, zone)
        for a in range(len(tokens)):
            if not marks.capital[a]:
                continue
            words = small = 0
            for b in range(a + 1, len(tokens) + 1):
                last = tokens[b - 1]
                if marks.capital[b - 1]:
                    words += 1
                elif marks.lowered[b - 1] not in _INSIDE:
                    small += 1  # ("Conseil scolaire Rivière-Claire")
                    if small > _SMALL_WORDS or not last[0].isalpha():
                        break
                if words > _MOST_WORDS:
                    break
                if not marks.capital[b - 1]:
                    continue
                end = found[b - 1].end()
                if line[end:end + 1] == "." and _ABBREVIATION.match(last):
                    end += 1  # ("Gulf of Maine Kelp Co.", "Lusoterm S.A.")
                name = _POSSESSIVE.sub("", line[found[a].start():end])
                feats = _features(zone, place, marks, a, b, words)
                if (said := evidence.get(name)) is None:
                    said = evidence[name] = _evidence(name, label, sender, persons, whole,
                                                      agency)
                out.append(Candidate(name, (*feats, *said), (k, a, b)))
                if _POSSESSIVE.search(last):
                    break  # ("Acme's team": the name ends with its owner)
    return out


class _Marks:
    """What each token of a line is, and the features it lends the spans it begins, ends
    or stands in, worked out once for the many spans it belongs to (a line of n tokens has
    up to 7n spans)."""

    def __init__(self, tokens: list[str], zone: str) -> None:
        self.tokens = tokens
        marks = [_token(t) for t in tokens]
        self.lowered = lowered = [m[0] for m in marks]
        self.capital = [m[1] for m in marks]
        self.word = [m[2] for m in marks]
        self.role = [m[3] for m in marks]
        self.org_end = [m[4] for m in marks]
        self.shape = [m[5] for m in marks]
        #: the cues of each span start (p1, p2, p12, then p1 and p2 by zone) and end (n1,
        #: n2, n12, …); spans start and end only at capitalised words
        self.before = {a: _by_zone(edges_before(lowered, a), zone)
                       for a, cap in enumerate(self.capital) if cap}
        self.after = {b + 1: _by_zone(edges_after(lowered, b + 1), zone)
                      for b, cap in enumerate(self.capital) if cap}


@lru_cache(maxsize=1 << 14)
def _token(token: str) -> tuple[str, bool, bool, bool, bool, str]:
    """A token lower-cased, and whether it is capitalised, a word, a role's word, a name's
    legal or organisational end, with its `shape` letter: the same few thousand words
    recur in every mail, and two patterns matched per token were a third of the time."""
    low = token.lower()
    return (low, _capital(token), token[0].isalnum(), bool(_ROLE.match(low)),
            bool(_ORG_END.match(low)), shape_letter(token))


def _by_zone(cues: tuple[str, str, str], zone: str) -> tuple[str, ...]:
    return (*cues, f"{zone}|{cues[0]}", f"{zone}|{cues[1]}")


def _place(zone: str, k: int, body_end: int, sig_start: int) -> str:
    """Where a line stands in its zone: the first lines of text, the last three read (in
    a short mail, a signature the parser did not split off), the signature's lines by
    number."""
    if zone == "body":
        if body_end - k < 3:
            return f"bodyend:{body_end - k}"
        return f"body:{min(k - 2, 6)}"
    if zone == "sig":
        return f"sig:{min(k - sig_start, 5)}"
    return zone


def _features(zone: str, place: str, marks: _Marks, a: int, b: int, count: int) -> list[str]:
    lowered = marks.lowered
    at = [i for i in range(a, b) if marks.word[i]]
    words = [lowered[i] for i in at]
    p1, p2, p12, zp1, zp2 = marks.before[a]
    n1, n2, n12, zn1, zn2 = marks.after[b]
    feats = [p1, p2, n1, n2, p12, n12, zp1, zp2, zn1, zn2,
             "bias", f"z:{zone}", f"len:{min(count, 5)}", f"w0:{words[0]}", f"wl:{words[-1]}",
             f"sl:{words[-1][-3:]}", "shape:" + "".join(marks.shape[i] for i in at)]
    if marks.org_end[at[-1]]:
        feats.append("orgend")
    if a == 0:
        feats.append(f"{zone}|start")
    if b == len(lowered):
        feats.append(f"{zone}|end")
    feats.append(place)
    if any(marks.role[i] for i in at):
        feats.append("role")
    if a == 0 and b == len(lowered):
        feats.append(f"{zone}|whole")
    feats += [f"w:{w}" for w in words]
    return feats


def _evidence(name: str, label: str, sender: str, persons: set[str], whole: str,
              agency: bool) -> list[str]:
    """What the rest of the mail says of a name: its sender's domain spells it, the
    sender's display name holds it, it is a person's name, it is written again."""
    feats: list[str] = []
    key = fold(name)
    if not key:
        return feats
    said = []
    if label and len(label) >= 3:
        if key == label:
            said.append("dom=")
        elif len(key) >= 4 and (label.startswith(key) or key.startswith(label)):
            said.append("dom^")
        elif len(key) >= 4 and (key in label or label in key):
            said.append("dom~")
        elif key[0] == label[0] and len(short := initials(norm_org(name))) >= 2 and (
                label.startswith(short)):
            said.append("dom:initials")
    if sender:
        if key == sender:
            said.append("sn=")
        elif key in sender:
            said.append("sn>")
    if AGENCY.search(name):
        said.append("agency")
    feats += said
    if agency:
        feats += [f"client|{x}" for x in said] or ["client|none"]
    if key in persons:
        feats.append("person")
    elif any(p and p in key for p in persons):
        feats.append("hasperson")
    seen = whole.count(key)
    feats.append(f"seen:{min(seen, 3)}")
    return feats


def initials(name: str) -> str:
    """ "Gulf of Maine Kelp" -> "gomk": the letters a domain may spell a name by."""
    return fold("".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isalpha()))
