"""Retrain the kind model from a labelled corpus: `python -m mailwatch.kind_training DIR`.

The model (mailwatch/extract/kind_model.py) is learned from the corpus's `.eml` files and
their labels in a fixed order. It records a fingerprint of that corpus, and a test checks
the shipped file's fingerprint against `tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from .extract import kind_model
from .model import Kind
from .training import command, fingerprint, labelled_mail, packed

__all__ = ["examples", "fingerprint", "main", "model_bytes"]


def examples(directory: Path) -> Iterator[tuple[Kind, frozenset[str]]]:
    """(labelled kind, words) for every labelled, readable message."""
    for _, label, msg in labelled_mail(directory):
        yield Kind(label["kind"]), kind_model.features(msg.subject, msg.text)


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(kind_model.train(examples(directory), corpus=fingerprint(directory)).to_json())


def main(argv: list[str] | None = None) -> int:
    return command(
        argv, prog="python -m mailwatch.kind_training",
        description="Count the words of each kind in a labelled corpus and write the model "
                    "mailwatch asks when no rule recognises a mail.",
        shipped=Path(kind_model.__file__).with_name(kind_model.MODEL_FILE),
        model_bytes=model_bytes)


if __name__ == "__main__":
    sys.exit(main())
