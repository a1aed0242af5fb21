"""A learned model of who an interview mail names as the candidate's interviewers.

Why: the interviewer rules read the corpus they were written from at 0.93 F1 but unseen
batches at 0.68–0.83, most misses being a panel written some new way ("got []"). This
model scores every candidate name (people_spans.py) by its context with logistic
regression (span_model.py), trained on the corpus labels in a fixed order. Trained
without 63NN and 64NN it read their panels at about 0.78 F1 alone; joined with the rules
(`join`) it took four unseen batches from 0.68–0.84 to 0.84–0.92 (README, "How well it
reads mail").

The rules stay first: where they found people, the model only adds a name it is sure of;
where they found nobody, it names whoever it thinks likely. The data file
(`people_model.json.gz`, next to this module) is plain data; `python -m
mailwatch.people_training tests/corpus` rewrites it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from .names import GREETING, names_user
from .people_spans import MailView, candidates, norm
from .role_words import ROLE_INTL_HEAD
from .span_model import Candidate, Examples, Model, load, train
from .zone_words import CITIES, REGIONS, fold

__all__ = ["ALONE", "BESIDE", "MODEL_FILE", "Model", "examples", "join", "pick", "scored",
           "shipped", "train"]

MODEL_FILE = "people_model.json.gz"
#: How likely a name must be to stand alone where the rules found nobody, and to join the
#: names they found. Chosen with a first version of the model on 60NN, 63NN and 64NN read
#: blind (rules 0.785 F1; 0.3–0.4 and 0.8 were best, 0.873–0.874, and 0.942–0.944 over five
#: folds of the corpus). The shipped model reads them at 0.879 and the folds at 0.947, and
#: 65NN, on which nothing was chosen, 0.780 -> 0.891. Retrained with 65NN and 67NN, the
#: model gave a booking coordinator who signs 0.43; over five folds 0.35, 0.4, 0.45 and 0.5
#: read 0.945 alike (sixteenth session), so 0.45. Retrained with 70NN and 66NN it gave a
#: coordinator who signs 0.55 and one who organises a cancelled event 0.66, so the sender
#: now needs BESIDE's 0.8 wherever she stands (`join`); five folds over 3,914 mails, 0.45
#: and 0.6: 0.9436 and 0.9429 without that rule, 0.9447 and 0.9435 with it (seventeenth
#: session).
ALONE = 0.45
BESIDE = 0.8


def examples(view: MailView, interviewers: Iterable[str]) -> Examples:
    """(is an interviewer, features) for every candidate of a labelled mail."""
    gold = {norm(n) for n in interviewers}
    return [(norm(c.name) in gold, c.features) for c in candidates(view)]


def scored(model: Model, view: MailView) -> list[tuple[float, Candidate]]:
    return [(model.probability(c.features), c) for c in candidates(view)]


def pick(scores: Sequence[tuple[float, Candidate]], threshold: float) -> list[tuple[str, float]]:
    """The names at least `threshold` likely, best first: of overlapping spans on a line
    ("Sarah Jones" in "Meet Sarah Jones") only the likeliest, and each name once."""
    taken: list[tuple[int, int, int]] = []
    names: dict[str, tuple[str, float]] = {}
    for p, c in sorted(scores, key=lambda s: (-s[0], s[1].where)):
        if p < threshold:
            break
        line, a, b = c.where
        if any(line == k and a < y and x < b for k, x, y in taken):
            continue
        taken.append(c.where)
        names.setdefault(norm(c.name), (c.name, p))
    return list(names.values())


def join(found: Sequence[str], scores: Sequence[tuple[float, Candidate]],
         view: MailView) -> list[tuple[str, float]]:
    """The names the model adds to the rules' `found`: any likely one where they found
    nobody, else only sure ones that are none of theirs; never the user, and the sender
    only when sure."""
    have = [norm(n) for n in found]
    out = []
    sender = norm(view.sender_name) if view.sender_name else None
    for name, p in pick(scores, BESIDE if found else ALONE):
        key = norm(name)
        if _is_user(key, view) or GREETING.match(name) or any(key in h or h in key for h in have):
            continue  # ("Tan Wei Ming" beside the rules' "Tan Wei", or its own)
        if fold(name) in CITIES or fold(name) in REGIONS:
            continue  # "(Group CEO, dialling in from HK) … the Hong Kong branch": a city
        if ROLE_INTL_HEAD.fullmatch(name.split()[0]):
            continue  # "Mariana Quiroga – Científica de Datos": her title, no name
        if key == sender and p < BESIDE:
            continue  # the sender who signs is as often the one who only books the slot
        out.append((name, p))
        have.append(key)
    return out


def _is_user(name: str, view: MailView) -> bool:
    """The user by her display name, or by an address that spells her name ("thandi.nkosi@",
    or "thandi@" for "Thandi …"): a thank-you note to herself is the worst mistake to make."""
    if name in {norm(n) for n in view.to_names if n}:
        return True
    return names_user(name, view.user_addresses)


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model that ships with mailwatch, or None when the file is missing."""
    return load(MODEL_FILE)
