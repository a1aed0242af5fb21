"""Retrain the people model from a labelled corpus: `python -m mailwatch.people_training DIR`.

The model (mailwatch/extract/people_model.py) learns from every labelled `.eml`'s
candidate names, marked by whether the label lists them as interviewers. Like the kind
model it records a fingerprint of the corpus (names, bytes, labelled interviewers), and a
test compares the shipped file's with `tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from .evaluate import DEFAULT_USER
from .extract import people_model
from .extract.kindwords import forwarded_body
from .extract.people_spans import view_of
from .kind_training import fingerprint, packed
from .message import MalformedMessage, parse_message


def examples(directory: Path) -> Iterator[list[tuple[bool, tuple[str, ...]]]]:
    """Each labelled, readable mail's candidates, in file-name order."""
    for eml in sorted(directory.glob("*.eml")):
        label_path = eml.with_suffix(".json")
        if not label_path.exists():
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        try:
            msg = parse_message(eml.read_bytes())
        except MalformedMessage:
            continue
        if (fwd := forwarded_body(msg)) is not None:  # (as the pipeline reads it)
            msg = replace(msg, text=f"{msg.text}\n\n{fwd}")
        users = frozenset({(label.get("user") or DEFAULT_USER).lower()})
        yield people_model.examples(view_of(msg, users), label.get("interviewers") or [])


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(people_model.train(
        examples(directory), corpus=fingerprint(directory, "interviewers")).to_json())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mailwatch.people_training",
        description="Learn from a labelled corpus which names in a mail are the "
                    "interviewers, and write the model mailwatch joins with its rules.")
    parser.add_argument("corpus", type=Path, help="folder of .eml files with .json labels")
    parser.add_argument("--out", type=Path, default=Path(people_model.__file__).with_name(
        people_model.MODEL_FILE), help="where to write the model (default: the shipped file)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus} is not a folder", file=sys.stderr)
        return 2
    data = model_bytes(args.corpus)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
