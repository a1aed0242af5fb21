"""Retrain the kind model from a labelled corpus: `python -m mailwatch.kind_training DIR`.

The model (mailwatch/extract/kind_model.py) is learned from the corpus's `.eml` files and
their labels in a fixed order. It records a fingerprint of that corpus, and a test checks
the shipped file's fingerprint against `tests/corpus`: add or relabel mail, retrain.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .extract import kind_model
from .message import MalformedMessage, parse_message
from .model import Kind


def labelled(directory: Path) -> Iterator[tuple[Path, Kind]]:
    """Every `.eml` with a label, and its labelled kind, in file-name order."""
    for eml in sorted(directory.glob("*.eml")):
        label = eml.with_suffix(".json")
        if label.exists():
            yield eml, Kind(json.loads(label.read_text(encoding="utf-8"))["kind"])


def fingerprint(directory: Path, field: str = "kind") -> str:
    """sha256 over the file names, bytes and one labelled field: what a model learned
    from. (The kind's value as written; other fields as JSON.)"""
    digest = hashlib.sha256()
    for eml in sorted(directory.glob("*.eml")):
        label = eml.with_suffix(".json")
        if not label.exists():
            continue
        value = json.loads(label.read_text(encoding="utf-8")).get(field)
        said = Kind(value).value if field == "kind" else json.dumps(value, ensure_ascii=False)
        digest.update(f"{eml.name}\0{said}\0".encode())
        digest.update(hashlib.sha256(eml.read_bytes()).digest())
    return digest.hexdigest()


def packed(model_json: dict[str, object]) -> bytes:
    """A model's JSON gzip'd (sorted keys, no timestamp in the gzip header: the bytes change
    only when the model does)."""
    data = json.dumps(model_json, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0)


def examples(directory: Path) -> Iterator[tuple[Kind, frozenset[str]]]:
    """(labelled kind, words) for every labelled, readable message."""
    for eml, kind in labelled(directory):
        try:
            msg = parse_message(eml.read_bytes())
        except MalformedMessage:
            continue
        yield kind, kind_model.features(msg.subject, msg.text)


def model_bytes(directory: Path) -> bytes:
    """The gzip'd JSON of the model trained on `directory`."""
    return packed(kind_model.train(examples(directory), corpus=fingerprint(directory)).to_json())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mailwatch.kind_training",
        description="Count the words of each kind in a labelled corpus and write the model "
                    "mailwatch asks when no rule recognises a mail.")
    parser.add_argument("corpus", type=Path, help="folder of .eml files with .json labels")
    parser.add_argument("--out", type=Path, default=Path(kind_model.__file__).with_name(
        kind_model.MODEL_FILE), help="where to write the model (default: the shipped file)")
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
