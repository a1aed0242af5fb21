"""Retrain the people model from a labelled corpus: `python -m mailwatch.people_training DIR`.

The model (mailwatch/extract/people_model.py) learns from every labelled `.eml`'s
candidate names, marked by whether the label lists them as interviewers. Like the kind
model it records a fingerprint of the corpus (names, bytes, labelled interviewers), and a
test compares the shipped file's with `tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from .evaluate import DEFAULT_USER
from .extract import people_model
from .extract.people_spans import MailView, view_of
from .extract.span_model import Examples
from .message import Message
from .training import as_read, command, fingerprint, labelled_mail, packed


def view_as_read(message: Message, user: str | None) -> MailView:
    """The model's view of a labelled mail as the pipeline reads it: a forwarded
    invitation appended to the text, the label's user (or the corpus default)."""
    return view_of(as_read(message), frozenset({(user or DEFAULT_USER).lower()}))


def examples(directory: Path) -> Iterator[Examples]:
    """Each labelled, readable mail's candidates, in file-name order."""
    for _, label, msg in labelled_mail(directory):
        yield people_model.examples(view_as_read(msg, label.get("user")),
                                    label.get("interviewers") or [])


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(people_model.train(
        examples(directory), corpus=fingerprint(directory, "interviewers")).to_json())


def main(argv: list[str] | None = None) -> int:
    return command(
        argv, prog="python -m mailwatch.people_training",
        description="Learn from a labelled corpus which names in a mail are the "
                    "interviewers, and write the model mailwatch joins with its rules.",
        shipped=Path(people_model.__file__).with_name(people_model.MODEL_FILE),
        model_bytes=model_bytes)


if __name__ == "__main__":
    sys.exit(main())
