"""Binary logistic regression over a span's features: the learned part shared by the
people model (is this name an interviewer?) and the role model (is this span the role?).

Each candidate span of a mail is described by a tuple of feature strings (its context,
its words, its place); training sees every labelled candidate in a fixed, seeded order, so
the same corpus gives the same model. Features seen in fewer than two training mails are
dropped: they name one person or one employer and would only memorise their mail.
"""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat

from .kind_model import pack, shipped_data, unpack

#: One mail's labelled candidates: (is the thing sought, features).
Examples = list[tuple[bool, tuple[str, ...]]]
_MIN_DOCS = 2


@dataclass(frozen=True)
class Candidate:
    """A span of a mail that may be the thing sought, as it is written, and its features."""
    name: str
    features: tuple[str, ...]
    #: (line number, first token, token after the last): overlapping candidates share a
    #: line and tokens.
    where: tuple[int, int, int]


@dataclass(frozen=True)
class Model:
    bias: float
    rows: dict[str, int]
    table: array
    #: sha256 of the corpus it learned from (training.fingerprint).
    corpus: str = ""

    def probability(self, features: Iterable[str]) -> float:
        # (bias plus each known feature's weight, in order; an unknown one reads the zero
        # past the table's end. The loop runs in C: a company model scores ~75 spans a mail)
        zeros = repeat(len(self.table))
        return _sigmoid(sum(map(self._padded.__getitem__, map(self.rows.get, features, zeros)),
                            self.bias))

    @cached_property
    def _padded(self) -> array:
        return array("d", (*self.table, 0.0))

    def to_json(self) -> dict[str, object]:
        words = sorted(self.rows, key=self.rows.__getitem__)
        return {"bias": round(self.bias, 6), "corpus": self.corpus, "features": words,
                **pack(self.table)}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(data["bias"], {w: i for i, w in enumerate(data["features"])},
                   unpack(data), data.get("corpus", ""))


def edges(tokens: list[str], a: int, b: int) -> list[str]:
    """The two tokens before and after the span tokens[a:b] (lower-cased; "<bol>" and
    "<eol>" past the line's ends), alone and in pairs: the cue words of both span models."""
    p1, p2, p12 = edges_before(tokens, a)
    n1, n2, n12 = edges_after(tokens, b)
    return [p1, p2, n1, n2, p12, n12]


def edges_before(tokens: list[str], a: int) -> tuple[str, str, str]:
    """The cues before a span starting at tokens[a]: "p1:…", "p2:…" and their pair."""
    p1, p2 = _at(tokens, a - 1, "<bol>"), _at(tokens, a - 2, "<bol>")
    return f"p1:{p1}", f"p2:{p2}", f"p12:{p2}_{p1}"


def edges_after(tokens: list[str], b: int) -> tuple[str, str, str]:
    """The cues after a span ending before tokens[b]: "n1:…", "n2:…" and their pair."""
    n1, n2 = _at(tokens, b, "<eol>"), _at(tokens, b + 1, "<eol>")
    return f"n1:{n1}", f"n2:{n2}", f"n12:{n1}_{n2}"


def _at(tokens: list[str], i: int, edge: str) -> str:
    return tokens[i].lower() if 0 <= i < len(tokens) else edge


def shape(tokens: list[str]) -> str:
    """The capitals of a span's words as one feature: "shape:CcU" for "Data and AI"
    (d a digit first, U all capitals, C a capital first, c small)."""
    return "shape:" + "".join(shape_letter(t) for t in tokens if t[0].isalnum())


def shape_letter(word: str) -> str:
    """One word's letter of `shape`."""
    if word[0].isdigit():
        return "d"
    if word.isupper() and len(word) > 1:
        return "U"
    return "C" if word[0].isupper() else "c"


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, x))))


def train(mails: Iterable[Examples], *, corpus: str = "", epochs: int = 8, rate: float = 0.3,
          seed: int = 1) -> Model:
    """Stochastic gradient descent in a fixed, seeded order. `mails`: each mail's examples."""
    mails = list(mails)
    docs = Counter(f for mail in mails for f in {f for _, fs in mail for f in fs})
    data = [(float(y), [f for f in fs if docs[f] >= _MIN_DOCS and f != "bias"])
            for mail in mails for y, fs in mail]
    bias, weights = 0.0, {f: 0.0 for _, fs in data for f in fs}
    order = list(range(len(data)))
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        step = rate / (1 + epoch)
        for n in order:
            y, fs = data[n]
            g = step * (_sigmoid(bias + sum(weights[f] for f in fs)) - y)
            bias -= g
            for f in fs:
                weights[f] -= g
    names = sorted(weights)
    return Model(bias, {f: i for i, f in enumerate(names)},
                 array("d", (weights[f] for f in names)), corpus)


def load(name: str) -> Model | None:
    """The model file `name` shipped next to this module, or None when it is missing."""
    data = shipped_data(name)
    return Model.from_json(data) if data is not None else None
