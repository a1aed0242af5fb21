"""What the learned models' training commands share: the labelled mail of a corpus in a
fixed order, read as the pipeline reads it, the fingerprint a shipped model keeps of it,
the bytes it is written as, and the command line (`python -m mailwatch.kind_training DIR`,
`… people_training DIR`, `… role_training DIR`).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .extract.kindwords import forwarded_body
from .extract.span_model import Candidate, Examples
from .message import MalformedMessage, Message, parse_message
from .model import Kind


def labelled(directory: Path) -> Iterator[tuple[Path, dict]]:
    """Every `.eml` with a label, and its label, in file-name order."""
    for eml in sorted(directory.glob("*.eml")):
        label = eml.with_suffix(".json")
        if label.exists():
            yield eml, json.loads(label.read_text(encoding="utf-8"))


def labelled_mail(directory: Path) -> Iterator[tuple[Path, dict, Message]]:
    """Every labelled mail that parses, with its label, in file-name order."""
    for eml, label in labelled(directory):
        try:
            yield eml, label, parse_message(eml.read_bytes())
        except MalformedMessage:
            continue


def as_read(message: Message) -> Message:
    """A mail as the pipeline reads it: a forwarded invitation appended to the text."""
    if (fwd := forwarded_body(message)) is not None:
        return replace(message, text=f"{message.text}\n\n{fwd}")
    return message


def fingerprint(directory: Path, field: str = "kind") -> str:
    """sha256 over the file names, bytes and one labelled field: what a model learned
    from. (The kind's value as written; other fields as JSON.)"""
    digest = hashlib.sha256()
    for eml, label in labelled(directory):
        value = label.get(field)
        said = Kind(value).value if field == "kind" else json.dumps(value, ensure_ascii=False)
        digest.update(f"{eml.name}\0{said}\0".encode())
        digest.update(hashlib.sha256(eml.read_bytes()).digest())
    return digest.hexdigest()


def sampled(candidates: Iterable[Candidate], right: Callable[[str], bool], share: float,
            draw: Callable[[], float]) -> Examples:
    """(is right, features) for every candidate whose name is `right` and a `share` of
    the others, drawn by `draw` (seeded by the caller: the same corpus, the same model)."""
    out = []
    for c in candidates:
        good = right(c.name)
        if good or draw() < share:
            out.append((good, c.features))
    return out


def packed(model_json: dict[str, object]) -> bytes:
    """A model's JSON gzip'd (sorted keys, no timestamp in the gzip header: the bytes change
    only when the model does)."""
    data = json.dumps(model_json, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0)


def command(argv: list[str] | None, *, prog: str, description: str, shipped: Path,
            model_bytes: Callable[[Path], bytes]) -> int:
    """Train on the folder given and write the model (by default over the shipped file)."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("corpus", type=Path, help="folder of .eml files with .json labels")
    parser.add_argument("--out", type=Path, default=shipped,
                        help="where to write the model (default: the shipped file)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus} is not a folder", file=sys.stderr)
        return 2
    data = model_bytes(args.corpus)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")
    return 0
