"""Retrain the company model from a labelled corpus: `python -m mailwatch.company_training
DIR`.

The model (mailwatch/extract/company_model.py) learns from every labelled job mail's
candidate names, marked by whether they name the labelled employer (compared as `mailwatch
eval` compares companies). Like the other models it records a fingerprint of the corpus
(names, bytes, labelled companies), and a test compares the shipped file's with
`tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .extract import company_model
from .extract.company_spans import CompanyView, candidates, view_of
from .extract.same_name import norm_org
from .extract.span_model import Examples, train
from .training import as_read, command, fingerprint, labelled_mail, packed, sampled

#: The share of wrong names trained on, drawn by a seeded generator: a mail has about
#: sixty candidates and one or two right ones; a third of the rest learn as well as all.
NEGATIVES = 0.3


def examples(view: CompanyView, company: str | None, draw: Callable[[], float]) -> Examples:
    """(names the employer, features) for the labelled company's candidates and a
    `NEGATIVES` share of the others."""
    gold = norm_org(company) if company else None
    return sampled(candidates(view), lambda name: gold is not None and norm_org(name) == gold,
                   NEGATIVES, draw)


def corpus_examples(directory: Path) -> Iterator[Examples]:
    """Each labelled job mail's examples, in file-name order (mail that is no job names no
    employer to learn)."""
    draw = random.Random(1).random
    for _, label, msg in labelled_mail(directory):
        if label["kind"] != "other":
            yield examples(view_of(as_read(msg)), label.get("company"), draw)


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(train(corpus_examples(directory), epochs=6,
                        corpus=fingerprint(directory, "company")).to_json())


def main(argv: list[str] | None = None) -> int:
    return command(
        argv, prog="python -m mailwatch.company_training",
        description="Learn from a labelled corpus which name in a job mail is the employer, "
                    "and write the model mailwatch hears after its company rules.",
        shipped=Path(company_model.__file__).with_name(company_model.MODEL_FILE),
        model_bytes=model_bytes)


if __name__ == "__main__":
    sys.exit(main())
