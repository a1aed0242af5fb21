"""What the kind model adds on mail it did not learn from: five folds over the corpus.

`python -m benchmarks.kind_folds [--sure P ...] [DIR]` groups the corpus by batch (the
file number without its last two digits: 59NN, 4NN …), trains the model on four fifths of
the batches, reads the other fifth through the whole pipeline with that model and without
any, and counts per threshold the kinds it made right (gained) and wrong (lost). This is
how `kind_vote.MODEL_SURE` was chosen; the corpus figure of `mailwatch eval` cannot say
it, because the shipped model learned from every corpus mail. Takes a few minutes.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from mailwatch.evaluate import DEFAULT_USER
from mailwatch.extract import detect, kind_model, kind_vote
from mailwatch.model import Kind
from mailwatch.training import labelled_mail

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
FOLDS = 5


def batch(name: str) -> str:
    """The batch of a corpus file: "5903-…" -> "59", "425-…" -> "4", "013-…" -> "0"."""
    number = name.split("-", 1)[0]
    return number[:-2] or "0"


def _read(directory: Path) -> list[tuple[str, Kind, str, object, frozenset[str]]]:
    return [(eml.name, Kind(label["kind"]), label.get("user") or DEFAULT_USER, msg,
             kind_model.features(msg.subject, msg.text))
            for eml, label, msg in labelled_mail(directory)]


def measure(directory: Path, thresholds: list[float]) -> dict[float, Counter]:
    rows = _read(directory)
    batches = sorted({batch(name) for name, *_ in rows})
    folds = [set(batches[i::FOLDS]) for i in range(FOLDS)]
    shipped = kind_vote.shipped
    sure = kind_vote.MODEL_SURE
    counts = {t: Counter() for t in thresholds}
    try:
        kind_vote.shipped = lambda: None
        plain = {name: detect(msg, user_addresses=frozenset({user})).kind
                 for name, _, user, msg, _ in rows}
        for held in folds:
            model = kind_model.train(
                [(kind, words) for name, kind, _, _, words in rows if batch(name) not in held])
            kind_vote.shipped = lambda model=model: model
            for threshold in thresholds:
                kind_vote.MODEL_SURE = threshold
                for name, kind, user, msg, _ in rows:
                    if batch(name) not in held:
                        continue
                    got = detect(msg, user_addresses=frozenset({user})).kind
                    before = plain[name]
                    if got != before:
                        counts[threshold]["gained" if got == kind else "lost"
                                          if before == kind else "still wrong"] += 1
    finally:
        kind_vote.shipped, kind_vote.MODEL_SURE = shipped, sure
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kind_folds",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--sure", nargs="+", type=float, default=[0.3, 0.4, 0.5],
                        help="thresholds to try (default: 0.3 0.4 0.5)")
    args = parser.parse_args()
    for threshold, count in measure(args.corpus, args.sure).items():
        print(f"p >= {threshold}: {count['gained']} kinds gained, {count['lost']} lost, "
              f"{count['still wrong']} wrong either way")


if __name__ == "__main__":
    main()
