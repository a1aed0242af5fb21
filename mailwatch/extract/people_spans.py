"""Every run of capitalised words in a mail that could be a person's name, and what
surrounds it: the input of the learned people model (people_model.py).

Why a model at all: blind reads of new batches showed the interviewer rules (people.py,
roster.py, participants.py …) finding about two thirds of the panel on mail nobody had
written rules from, while the same rules read the corpus at 0.93: each rule is one way of
writing a panel, and the next batch always has another. What carries over is context:
a name after "with", before "(Head of …", alone on a line under "Panel:", in the signature
of a sender who says "myself and …". So this module describes each candidate by such
context, language-neutrally, and the model weighs it.

A candidate is any span of two to four capitalised words (particles and initials inside:
"Jan van der Berg", "Mary J. Blige") in the new text, the signature, the first lines of
the quoted mail, and the sender's display name. Every sub-span of a longer run is a
candidate too ("Meet Sarah Jones" holds "Sarah Jones"); the model's features of the
span's edges tell them apart, and `people_model.pick` keeps the best of overlapping ones.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..message import Message
from .people import _ROLE_WORD, PARTICLES, STOP_WORDS
from .span_model import Candidate, edges

#: A capitalised word: a capital, then letters, apostrophes and hyphens, ending in a small
#: letter ("O'Brien", "Jean-Luc", "McKenzie"; not "HR", not "ACME").
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽƠƯĐẠ-Ỹ][A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ'’\-]*"
                      r"[a-zß-öø-ÿā-žơưạ-ỹ]$")
#: Words, numbers and single marks: a line's tokens ("J." is "J" and ".").
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d+|[^\w\s]")
_PARTICLES = frozenset(p.lower() for p in PARTICLES) | {"an", "y", "e"}
_ROLE = re.compile(_ROLE_WORD + r"$")
_SIGN_OFF = re.compile(
    r"^\s*(?:best|kind|warm|many|regards|thanks|thank you|cheers|sincerely|all the best"
    r"|talk soon|speak soon|see you|mit freundlichen|viele grüße|beste grüße|liebe grüße"
    r"|cordialement|bien à vous|saludos|un saludo|atentamente|met vriendelijke|groeten"
    r"|cordiali|distinti|med vänlig|hälsningar|mvh|pozdrawiam|atenciosamente)\b", re.I)
_BULLET = frozenset("-*•·–")
_HEADER_FROM = re.compile(r"\s*[>*]*\s*(?:From|Von|De|Van|Da|Od|Från|Fra|Fran|Mittente)\s*:", re.I)
#: Most lines of the quoted mail looked at: the invitation a reply answers is at its top.
_QUOTED_LINES = 80
#: Longest run of text looked at per zone (a hostile mail of one huge line costs nothing).
_MAX_CHARS = 20_000
#: Features not repeated per zone (the words around a name mean the same everywhere).
_SHARED = ("b:", "a:", "w", "s0:", "sl:", "p12:", "n12:")


@dataclass(frozen=True)
class MailView:
    """What the people model reads of a mail."""
    text: str
    signature: str = ""
    quoted: str = ""
    sender_name: str = ""
    sender_email: str = ""
    to_names: tuple[str, ...] = ()
    user_addresses: frozenset[str] = frozenset()
    subject: str = ""


def norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(first, after-last) token indexes of every candidate in a line's tokens."""
    out: list[tuple[int, int]] = []
    n, i = len(tokens), 0
    while i < n:
        if not _CAPITAL.match(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (_CAPITAL.match(tokens[j]) or tokens[j].lower() in _PARTICLES
                         or (len(tokens[j]) == 1 and tokens[j].isupper())  # an initial
                         or (tokens[j] == "." and len(tokens[j - 1]) == 1)  # (its dot)
                         or (tokens[j] == "-" and j + 1 < n and _CAPITAL.match(tokens[j + 1]))):
            j += 1
        while j > i + 1 and not _CAPITAL.match(tokens[j - 1]):
            j -= 1  # (a run ends on a capitalised word, not "van" or "J.")
        out += [(a, b) for a in range(i, j) if _CAPITAL.match(tokens[a])
                for b in range(a + 2, min(j, a + 5) + 1) if _CAPITAL.match(tokens[b - 1])]
        i = j
    return out


def _joined(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        out += t if t in "-." or out.endswith("-") or not out else f" {t}"
    return out


def _zones(view: MailView) -> list[tuple[str, list[str]]]:
    zones = [("body", view.text[:_MAX_CHARS].splitlines())]
    if view.signature:
        zones.append(("sig", view.signature[:_MAX_CHARS].splitlines()))
    if view.quoted:
        zones.append(("quoted", view.quoted[:_MAX_CHARS].splitlines()[:_QUOTED_LINES]))
    if view.sender_name:
        zones.append(("from", [view.sender_name]))
    return zones


def candidates(view: MailView) -> list[Candidate]:
    """Every candidate name in the mail with its features, in reading order."""
    zones = _zones(view)
    lines = [line for _, zone in zones for line in zone]
    zone_of = [name for name, zone in zones for _ in zone]
    body = len(zones[0][1])
    filled = [k for k in range(body) if lines[k].strip()]
    first, last = (filled[0], filled[-1]) if filled else (0, 0)
    sign_off = max((k for k in filled if len(lines[k]) < 40 and _SIGN_OFF.match(lines[k])),
                   default=None)
    sender = norm(view.sender_name)
    sender_local = view.sender_email.partition("@")[0].lower()
    users = [norm(n) for n in view.to_names if n] + [
        a.partition("@")[0].lower() for a in view.user_addresses]
    subject = norm(view.subject)
    # (the author of a forwarded or quoted mail, named in its header line, wrote it: a
    # recruiter who signs a forwarded invitation is seldom on its panel)
    headers = " ".join(norm(line) for line in lines if _HEADER_FROM.match(line))
    found: list[tuple[str, list[str], tuple[int, int, int]]] = []
    counts: Counter[str] = Counter()
    above: list[str] = []  # the words of the last line with any
    for k, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        tokens = _TOKEN.findall(line)
        words = [t for t in tokens if t[0].isalnum()]
        for a, b in _spans(tokens):
            name = _joined(tokens[a:b])
            counts[norm(name)] += 1
            feats = _context(tokens, a, b) + [f"pl:{w.lower()}" for w in above[:3]]
            feats += [f"nl:{w.lower()}" for w in _next_words(lines, k)]
            feats += _shape([t.lower() for t in tokens[a:b]])
            if a == 0:
                feats.append("linestart")
            if len(words) == b - a:
                feats.append("lineonly")
            if tokens[0] in _BULLET:
                feats.append("bullet")
            if ":" in tokens[:a]:
                feats.append("aftercolon")
            if k == first:
                feats.append("firstline")
            if k < body and last - k < 6:
                feats.append("tail")
            if sign_off is not None and k > sign_off:
                feats.append("aftersignoff")
                if k == sign_off + 1:
                    feats.append("signame")
            feats += _who(norm(name), sender, sender_local, users, subject)
            if norm(name) in headers:
                feats.append("hdrfrom")
            found.append((name, feats, (k, a, b)))
        if words:
            above = words
    out = []
    for name, feats, where in found:
        if counts[norm(name)] > 1:
            feats.append("repeat")
        zone = zone_of[where[0]]
        feats = ["bias", f"z:{zone}", *feats]
        if zone != "body":  # (a name's place means something else in a signature)
            feats += [f"{zone}|{x}" for x in feats if not x.startswith(_SHARED)]
        out.append(Candidate(name, tuple(feats), where))
    return out


def _next_words(lines: list[str], k: int) -> list[str]:
    """The first words of the next line with any (a signature's title under a name)."""
    for line in lines[k + 1:k + 3]:
        if words := [t for t in _TOKEN.findall(line) if t[0].isalpha()]:
            return words[:3]
    return []


def _context(tokens: list[str], a: int, b: int) -> list[str]:
    """The tokens just before and after the span, and the words a little further."""
    out = edges(tokens, a, b)
    if a >= 1 and _CAPITAL.match(tokens[a - 1]):
        out.append("prevcap")
    if b < len(tokens) and _CAPITAL.match(tokens[b]):
        out.append("nextcap")
    out += [f"b:{t.lower()}" for t in tokens[max(0, a - 6):a] if t[0].isalpha()]
    out += [f"a:{t.lower()}" for t in tokens[b:b + 5] if t[0].isalpha()]
    return out


def _shape(words: list[str]) -> list[str]:
    """The span's own words: its first and last (common first names and "Team", "Hiring"
    recur across mail; one person's surname is dropped in training as seen once), their
    endings, and whether any is a particle, a stop word or a job title."""
    out = [f"len:{len(words)}", f"w0:{words[0]}", f"wl:{words[-1]}", f"s0:{words[0][-2:]}",
           f"sl:{words[-1][-3:]}", *(f"w:{w}" for w in words)]
    if any(w in _PARTICLES for w in words):
        out.append("particle")
    if any(w.strip(".-'") in STOP_WORDS for w in words):
        out.append("stop")
    if any(_ROLE.match(w) for w in words):
        out.append("role")
    if _ROLE.match(words[-1]):
        out.append("rolelast")
    return out


def _who(name: str, sender: str, sender_local: str, users: Iterable[str],
         subject: str) -> list[str]:
    """Whether the span is the sender, the user, or named in the subject."""
    out = []
    words = name.split()
    if sender and name in sender:
        out.append("sender")
    if sender_local and (words[0] in sender_local or words[-1] in sender_local):
        out.append("senderlocal")
    users = list(users)
    if any(u and (name in u or u in name) for u in users):
        out.append("user")
    if any(len(w) > 2 and w in u for u in users for w in words):
        out.append("userpart")
    if name in subject:
        out.append("subject")
    return out


def view_of(message: Message, users: frozenset[str]) -> MailView:
    """The people model's view of a mail as the pipeline reads it (a forwarded invitation
    already appended to the text)."""
    sender = message.sender
    return MailView(message.text, message.signature, message.quoted,
                    sender.name if sender else "", sender.email if sender else "",
                    tuple(a.name for a in message.to if a.name), users, message.subject)
