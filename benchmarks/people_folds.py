"""What the people model adds on mail it did not learn from: five folds over the corpus.

`python -m benchmarks.people_folds [DIR]` groups the corpus by batch (as
`benchmarks.kind_folds` does), trains the people model on four fifths of the batches,
reads the other fifth through the whole pipeline with that model and without any, and
prints the interviewer F1 of both over all folds. The corpus figure of `mailwatch eval`
cannot say this, because the shipped model learned from every corpus mail; the rules,
though, were written from every batch, so this figure still flatters them: blind batches
(tests/heldout) are the fairer test. Takes a few minutes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mailwatch.evaluate import DEFAULT_USER
from mailwatch.extract import detect, people_model
from mailwatch.people_training import view_as_read
from mailwatch.training import labelled_mail

from .kind_folds import CORPUS, FOLDS, batch


def _f1(pairs: list[tuple[set[str], set[str]]]) -> tuple[float, float, float]:
    right = sum(len(gold & got) for gold, got in pairs)
    gold = sum(len(g) for g, _ in pairs)
    got = sum(len(g) for _, g in pairs)
    precision, recall = right / (got or 1), right / (gold or 1)
    return 2 * precision * recall / ((precision + recall) or 1), precision, recall


def _names(people) -> set[str]:
    return {" ".join(p.name.casefold().split()) for p in people if p.name}


def measure(directory: Path) -> dict[str, tuple[float, float, float]]:
    rows = []
    for eml, label, msg in labelled_mail(directory):
        gold = label.get("interviewers") or []
        rows.append((batch(eml.name), msg, frozenset({(label.get("user") or DEFAULT_USER).lower()}),
                     {" ".join(n.casefold().split()) for n in gold},
                     people_model.examples(view_as_read(msg, label.get("user")), gold)))
    batches = sorted({b for b, *_ in rows})
    folds = [set(batches[i::FOLDS]) for i in range(FOLDS)]
    shipped = people_model.shipped
    result: dict[str, list[tuple[set[str], set[str]]]] = {"rules": [], "rules + model": []}
    try:
        for held in folds:
            model = people_model.train(ex for b, *_, ex in rows if b not in held)
            for label, use in (("rules", None), ("rules + model", model)):
                people_model.shipped = lambda use=use: use
                for b, msg, users, gold, _ in rows:
                    if b in held:
                        d = detect(msg, user_addresses=users)
                        result[label].append(
                            (gold, _names(d.interview.interviewers if d.interview else d.people)))
    finally:
        people_model.shipped = shipped
    return {label: _f1(pairs) for label, pairs in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.people_folds",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    args = parser.parse_args()
    for label, (f1, precision, recall) in measure(args.corpus).items():
        print(f"{label:14} interviewer F1 {f1:.3f} (precision {precision:.3f}, "
              f"recall {recall:.3f})")


if __name__ == "__main__":
    main()
