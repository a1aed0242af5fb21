"""Retrain the role model from a labelled corpus: `python -m mailwatch.role_training DIR`.

The model (mailwatch/extract/role_model.py) learns from every labelled job mail's
candidate spans, marked by whether they are the labelled role (compared as `mailwatch
eval` compares roles). Like the other models it records a fingerprint of the corpus
(names, bytes, labelled roles), and a test compares the shipped file's with
`tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .extract import role_model
from .extract.role_spans import candidates
from .extract.same_name import norm_role
from .extract.span_model import Examples, train
from .training import as_read, command, fingerprint, labelled_mail, packed, sampled

#: The share of wrong spans trained on: a mail has about a thousand, and all of them would
#: take gigabytes to hold; a tenth, drawn by a seeded generator, learn as well.
NEGATIVES = 0.1


def examples(subject: str, text: str, role: str | None, draw: Callable[[], float]) -> Examples:
    """(is the role, features) for the labelled role's spans and a `NEGATIVES` share of
    the others, drawn by `draw` (seeded by the caller: the same corpus, the same model)."""
    gold = norm_role(role) if role else None
    return sampled(candidates(subject, text),
                   lambda name: gold is not None and norm_role(name) == gold, NEGATIVES, draw)


def corpus_examples(directory: Path) -> Iterator[Examples]:
    """Each labelled job mail's examples, in file-name order (mail that is no job names no
    role to learn)."""
    draw = random.Random(1).random
    for _, label, msg in labelled_mail(directory):
        if label["kind"] != "other":
            msg = as_read(msg)
            yield examples(msg.subject, msg.text, label.get("position"), draw)


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(train(corpus_examples(directory), epochs=6,
                        corpus=fingerprint(directory, "position")).to_json())


def main(argv: list[str] | None = None) -> int:
    return command(
        argv, prog="python -m mailwatch.role_training",
        description="Learn from a labelled corpus which words of a job mail name its role, "
                    "and write the model mailwatch asks where its rules found none.",
        shipped=Path(role_model.__file__).with_name(role_model.MODEL_FILE),
        model_bytes=model_bytes)


if __name__ == "__main__":
    sys.exit(main())
