"""What the people, role and company models add on mail they did not learn from: five
folds.

`python -m benchmarks.model_folds [DIR]` groups the corpus by batch (as
`benchmarks.kind_folds` does), trains the people, role and company models on four fifths
of the batches, reads the other fifth through the whole pipeline with those models and
without any, and prints the interviewer F1 and the role and company accuracy (on job
mail, as `mailwatch eval` scores them) of both over all folds. The corpus figures of
`mailwatch eval` cannot say this, because the shipped models learned from every corpus
mail; the rules, though, were written from every batch, so these figures still flatter
them: blind batches (tests/heldout) are the fairer test. Takes fifteen minutes or so.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from mailwatch.company_training import examples as company_examples
from mailwatch.evaluate import DEFAULT_USER, norm_org, norm_role
from mailwatch.extract import company_model, detect, people_model, role_model
from mailwatch.extract.company_spans import view_of as company_view
from mailwatch.extract.people_spans import norm
from mailwatch.extract.span_model import train
from mailwatch.people_training import view_as_read
from mailwatch.role_training import examples as role_examples
from mailwatch.training import as_read, labelled_mail

from .kind_folds import CORPUS, FOLDS, batch


def _names(people) -> set[str]:
    return {norm(p.name) for p in people if p.name}


def _f1(pairs: list[tuple[set[str], set[str]]]) -> float:
    right = sum(len(gold & got) for gold, got in pairs)
    precision = right / (sum(len(g) for _, g in pairs) or 1)
    recall = right / (sum(len(g) for g, _ in pairs) or 1)
    return 2 * precision * recall / ((precision + recall) or 1)


def measure(directory: Path) -> dict[str, tuple[float, float, float]]:
    rows = []
    draw = random.Random(1).random
    company_draw = random.Random(1).random
    for eml, label, msg in labelled_mail(directory):
        gold = label.get("interviewers") or []
        seen = as_read(msg)
        rows.append((batch(eml.name), msg, frozenset({(label.get("user") or DEFAULT_USER).lower()}),
                     label, people_model.examples(view_as_read(msg, label.get("user")), gold),
                     role_examples(seen.subject, seen.text, label.get("position"), draw)
                     if label["kind"] != "other" else [],
                     company_examples(company_view(seen), label.get("company"), company_draw)
                     if label["kind"] != "other" else []))
    batches = sorted({b for b, *_ in rows})
    folds = [set(batches[i::FOLDS]) for i in range(FOLDS)]
    shipped = people_model.shipped, role_model.shipped, company_model.shipped
    people: dict[str, list] = {"rules": [], "rules + models": []}
    roles: dict[str, list[bool]] = {"rules": [], "rules + models": []}
    companies: dict[str, list[bool]] = {"rules": [], "rules + models": []}
    try:
        for held in folds:
            models = (train(ex for b, *_, ex, _, _ in rows if b not in held),
                      train((ex for b, *_, ex, _ in rows if b not in held and ex), epochs=6),
                      train((ex for b, *_, ex in rows if b not in held and ex), epochs=6))
            for label, (pm, rm, cm) in (("rules", (None, None, None)),
                                        ("rules + models", models)):
                people_model.shipped = lambda pm=pm: pm
                role_model.shipped = lambda rm=rm: rm
                company_model.shipped = lambda cm=cm: cm
                for b, msg, users, gold, _, _, _ in rows:
                    if b not in held:
                        continue
                    d = detect(msg, user_addresses=users)
                    people[label].append((
                        {norm(n) for n in gold.get("interviewers") or []},
                        _names(d.interview.interviewers if d.interview else d.people)))
                    if gold["kind"] != "other":
                        got = (d.interview.position if d.interview else None) or d.position
                        roles[label].append(norm_role(got) == norm_role(gold.get("position")))
                        got = (d.interview.company if d.interview else None) or d.company
                        companies[label].append(norm_org(got) == norm_org(gold.get("company")))
    finally:
        people_model.shipped, role_model.shipped, company_model.shipped = shipped
    return {label: (_f1(people[label]), sum(roles[label]) / len(roles[label]),
                    sum(companies[label]) / len(companies[label])) for label in people}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model_folds",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    args = parser.parse_args()
    for label, (f1, role, company) in measure(args.corpus).items():
        print(f"{label:15} interviewer F1 {f1:.3f}, role accuracy {role:.3f}, "
              f"company accuracy {company:.3f}")


if __name__ == "__main__":
    main()
