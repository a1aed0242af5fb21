"""A learned model of which name in a job mail is the employer, heard after the company
rules.

Why: the rules (company.py) take the first reading of a fixed cascade; on batches
nobody wrote rules from they missed one employer in five, and the right name was
written in the mail nine times in ten: a client behind its agency, the organisation
over its site or team, the name a signature spells over the letters of its domain. This
model scores every capitalised run of the mail (company_spans.py) by its context with
logistic regression (span_model.py), trained on the corpus labels, and `choose` lets it
speak only where the rules found nothing or where it is sure and doubts the rules'
name. The data file (`company_model.json.gz`) is plain data; `python -m
mailwatch.company_training tests/corpus` rewrites it.
"""

from __future__ import annotations

from functools import lru_cache

from .company import not_an_employer
from .company_spans import CompanyView, candidates
from .same_name import norm_org
from .span_model import Model, load

__all__ = ["MODEL_FILE", "Model", "choose", "scored", "shipped"]

MODEL_FILE = "company_model.json.gz"
#: How likely a name must be to stand where the rules found none, to replace theirs, and
#: how unlikely the rules' own name must look to be replaced. Chosen on five folds of the
#: corpus by batch (benchmarks/model_folds.py): 0.2–0.3, 0.5 and 0.1–0.3 gave the same.
ALONE = 0.3
SURE = 0.5
DOUBT = 0.3


def scored(model: Model, view: CompanyView) -> dict[str, tuple[float, str]]:
    """Each name the mail writes (compared as `mailwatch eval` compares companies), its
    best probability and its longest spelling there ("Ardmore Trust Ltd" over "Ardmore
    Trust"); never a name the rules know is no employer (a scheduling service, "The
    Selection Board")."""
    best: dict[str, tuple[float, str]] = {}
    refused = {""}
    for c in candidates(view):
        key = norm_org(c.name)
        if key in refused:
            continue
        if key not in best and not_an_employer(c.name):
            refused.add(key)
            continue
        p, name = best.get(key, (0.0, ""))
        best[key] = (max(p, model.probability(c.features)), max(name, c.name, key=len))
    return best


def choose(rules: str | None, scores: dict[str, tuple[float, str]]) -> tuple[str, float] | None:
    """The model's name and probability where it overrules `rules` (their company, or
    None), else None. It never trades a name for a part or an extension of it ("Flatiron
    Aerial" for "Flatiron Aerial Imaging"): which of the two a thread calls the employer
    is the rules' business."""
    if not scores:
        return None
    key, (p, name) = max(scores.items(), key=lambda kv: kv[1][0])
    if not rules:
        return (name, p) if p >= ALONE else None
    own = norm_org(rules)
    words, theirs = set(key.split()), set(own.split())
    if key == own or words <= theirs or theirs <= words:
        return None
    if p >= SURE and scores.get(own, (0.0, ""))[0] < DOUBT:
        return name, p
    return None


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model that ships with mailwatch, or None when the file is missing."""
    return load(MODEL_FILE)
