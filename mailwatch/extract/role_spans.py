"""Every short run of words in a mail's subject and first lines that could be the role it
is about, and what surrounds it: the input of the learned role model (role_model.py).

Why: where the role rules (position.py, subject.py) find nothing, the role is mostly
still written somewhere near the top, after a cue no rule knows in that language
("fast stilling som driftstekniker", "ao lugar de Responsável de Qualidade", "the Teacher
of Mathematics post", "Intervju fiskehelsebiolog"). The cue and the words' own make-up
(a title's endings, its capitals) carry over between languages better than another rule.

A candidate is any run of one to five words (with "&", "/" or a dash between them) on the
subject line or the first fifteen lines of new text, as written there.
"""

from __future__ import annotations

import re

from .people import _ROLE_WORD
from .span_model import Candidate, edges, shape

#: Words (letters and digits, with the marks titles use inside: "C++", ".NET", "Sr.") and
#: single marks.
_TOKEN = re.compile(r"[^\W_][\w'’.+#]*|[^\w\s]")
#: Marks a role may hold between its words: "Data & AI Lead", "Sales/Marketing", "- Nights".
_INSIDE = frozenset({"&", "/", "-", "–"})
_ROLE = re.compile(_ROLE_WORD + r"$")
_MOST_WORDS = 5
_BODY_LINES = 15
_MAX_LINE = 400


def _lines(subject: str, text: str) -> list[tuple[str, str]]:
    body = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith(">")]
    return [("subj", subject), *(("body", ln) for ln in body[:_BODY_LINES])]


def candidates(subject: str, text: str) -> list[Candidate]:
    """Every candidate role with its features, in reading order."""
    out = []
    for k, (zone, line) in enumerate(_lines(subject, text)):
        found = list(_TOKEN.finditer(line[:_MAX_LINE]))
        tokens = [m.group(0) for m in found]
        lowered = [t.lower() for t in tokens]
        for a, first in enumerate(tokens):
            if not first[0].isalnum():
                continue
            words = 0
            for b in range(a + 1, len(tokens) + 1):
                last = tokens[b - 1]
                if last[0].isalnum():
                    words += 1
                elif last not in _INSIDE:
                    break
                if words > _MOST_WORDS:
                    break
                if not last[0].isalnum():
                    continue
                out.append(Candidate(line[found[a].start():found[b - 1].end()],
                                     _features(zone, k, tokens, lowered, a, b, words),
                                     (k, a, b)))
    return out


def _features(zone: str, line: int, tokens: list[str], lowered: list[str], a: int, b: int,
              count: int) -> tuple[str, ...]:
    words = [w for w in lowered[a:b] if w[0].isalnum()]
    feats = edges(lowered, a, b)
    feats += [f"{zone}|{x}" for x in feats]  # (the subject's "Interview – X" is not the text's)
    feats += ["bias", f"z:{zone}", f"len:{count}", f"w0:{words[0]}", f"wl:{words[-1]}",
              f"sl:{words[-1][-4:]}", f"s0:{words[0][-3:]}",
              shape(tokens[a:b]),
              *(f"w:{w}" for w in words)]
    if any(_ROLE.match(w) for w in words):
        feats.append("role")
    if _ROLE.match(words[-1]):
        feats.append("rolelast")
    if line <= 3:
        feats.append(f"line:{line}")
    return tuple(feats)
