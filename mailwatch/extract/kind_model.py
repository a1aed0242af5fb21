"""A learned model of the kinds: the last word on new mail that no rule recognised.

Why: blind reads of unseen batches showed the phrase rules missing about one job mail in
five (a Flemish rejection, a chatty Portuguese request, an offer that never says "pleased
to offer"), and a rule written from one miss rarely carried over to the next batch. Words
carry over better: "vaga", "afwijzing", "equity" mean the same in every mail that uses
them. The model is logistic regression over the set of words of the subject and the new
text (Thai and CJK runs as character pairs, long words also by their first four and five
letters, so "entrevista" and "entrevistas", "odrzucenie" and "odrzucamy" share evidence),
trained on the labelled corpus in a
fixed order, so the same corpus gives the same model. The file (`kind_model.json.gz`, next
to this module) is plain data; `python -m mailwatch.kind_training tests/corpus` rewrites it.

The pipeline asks it only where the rules found nothing, about mail with a job context,
and only takes a sure answer (kind_vote.model_guess).
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import random
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..model import Kind

MODEL_FILE = "kind_model.json.gz"
#: Words seen in fewer training mails than this are dropped: they name one company or
#: person and would only memorise their message.
_MIN_DOCS = 2

#: Letters and the marks written on them (Thai vowels and tones, Devanagari matras, Arabic
#: harakat, combining accents), which \w alone would cut words at.
WORDS = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0900-\u0903\u093a-\u094f"
                   r"\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+")
_DENSE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def features(subject: str, text: str) -> frozenset[str]:
    """The words a mail is judged by: subject words marked as such, then the text's."""
    out: set[str] = set()
    for prefix, part in (("s:", subject), ("", text)):
        for word in WORDS.findall(part.lower()):
            if _DENSE.search(word):  # no spaces between words: character pairs
                out.update(prefix + word[i:i + 2] for i in range(max(1, len(word) - 1)))
            elif len(word) > 1:
                out.add(prefix + word)
                if len(word) > 4:
                    out.add(f"{prefix}{word[:4]}*")
                if len(word) > 5:
                    out.add(f"{prefix}{word[:5]}*")
    return frozenset(out)


@dataclass(frozen=True)
class Model:
    kinds: tuple[Kind, ...]
    bias: tuple[float, ...]
    #: word -> its row in `table`; the row holds the word's weight for each kind. (One flat
    #: array rather than a tuple per word: 25,000 words cost 3 MB, not 20.)
    rows: dict[str, int]
    table: array
    #: sha256 of the corpus it was trained on (file names, bytes, labelled kinds): a test
    #: compares it with tests/corpus, so a corpus change without retraining fails there.
    corpus: str = ""

    @classmethod
    def of(cls, kinds: tuple[Kind, ...], bias: Sequence[float],
           weights: dict[str, Sequence[float]], corpus: str = "") -> Model:
        words = sorted(weights)
        return cls(kinds, tuple(bias), {w: i for i, w in enumerate(words)},
                   array("d", (x for w in words for x in weights[w])), corpus)

    def weights(self, word: str) -> Sequence[float] | None:
        if (row := self.rows.get(word)) is None:
            return None
        width = len(self.kinds)
        return self.table[row * width:(row + 1) * width]

    def guess(self, words: Iterable[str]) -> tuple[Kind, float]:
        """The likeliest kind and its probability under the model."""
        known = [w for word in sorted(words) if (w := self.weights(word)) is not None]
        return _best(self.kinds, _scores(self.bias, known))

    def to_json(self) -> dict[str, object]:
        """The words in order and their weights, packed (`pack`)."""
        words = sorted(self.rows, key=self.rows.__getitem__)
        return {"kinds": [k.value for k in self.kinds], "bias": [round(b, 6) for b in self.bias],
                "corpus": self.corpus, "words": words, **pack(self.table)}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        return cls(tuple(Kind(k) for k in data["kinds"]), tuple(data["bias"]),
                   {w: i for i, w in enumerate(data["words"])}, unpack(data),
                   data.get("corpus", ""))


def pack(table: Sequence[float]) -> dict[str, object]:
    """Weights in steps of `step`, as little-endian int16 in base64: a list of 200,000 JSON
    numbers peaked at 18 MB to load; these bytes at 5 MB (and 420 kB zipped)."""
    step = max(map(abs, table), default=1.0) / 32767 or 1.0
    packed = array("h", (round(x / step) for x in table))
    if sys.byteorder == "big":
        packed.byteswap()
    return {"step": step, "weights": base64.b64encode(packed.tobytes()).decode("ascii")}


def unpack(data: dict) -> array:
    """The weights `pack` wrote, as floats."""
    table = array("h")
    table.frombytes(base64.b64decode(data["weights"]))
    if sys.byteorder == "big":
        table.byteswap()
    return array("f", (x * data["step"] for x in table))


def _scores(bias: Iterable[float], known: list[Sequence[float]]) -> list[float]:
    """Bias plus the known words' weights (in the words' sorted order: one order, one
    float sum), scaled by 1/sqrt(their number) so that a long mail is not surer than a
    short one for being long."""
    scale = 1 / math.sqrt(len(known) or 1)
    scores = list(bias)
    for ws in known:
        for i, x in enumerate(ws):
            scores[i] += x * scale
    return scores


def _probabilities(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _best(kinds: tuple[Kind, ...], scores: list[float]) -> tuple[Kind, float]:
    probs = _probabilities(scores)
    best = max(range(len(kinds)), key=probs.__getitem__)
    return kinds[best], probs[best]


def train(examples: Iterable[tuple[Kind, frozenset[str]]], *, corpus: str = "",
          epochs: int = 20, rate: float = 0.5, seed: int = 1) -> Model:
    """Logistic regression over the words, by stochastic gradient descent in a fixed,
    seeded order (the same examples give the same model). Discriminative rather than
    naive Bayes: Bayes counted a language's common words as evidence for whichever kind
    that language's mails mostly were, and read a Norwegian offer as a rejection.

    Five folds by batch, the model alone (3,794 mails, session 17): ten epochs read 0.901 of
    the kinds right (0.696 of mail mostly in another alphabet or accents), twenty 0.910
    (0.718, with the four-letter stems), thirty no better."""
    data = list(examples)
    docs = Counter(w for _, words in data for w in words)
    kinds = tuple(Kind)
    index = {k: i for i, k in enumerate(kinds)}
    rows = [(index[k], sorted(w for w in words if docs[w] >= _MIN_DOCS)) for k, words in data]
    bias = [0.0] * len(kinds)
    weights: dict[str, list[float]] = {}
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        step = rate / (1 + epoch)
        for n in order:
            truth, words = rows[n]
            known = [weights.setdefault(w, [0.0] * len(kinds)) for w in words]
            probs = _probabilities(_scores(bias, known))
            grad = [p - (i == truth) for i, p in enumerate(probs)]
            scale = 1 / math.sqrt(len(known) or 1)
            for i, g in enumerate(grad):
                bias[i] -= step * g
            for ws in known:
                for i, g in enumerate(grad):
                    ws[i] -= step * g * scale
    return Model.of(kinds, bias, weights, corpus)


def shipped_data(name: str) -> dict | None:
    """The JSON of a model file shipped next to this module, or None when it is missing."""
    try:
        raw = resources.files(__package__).joinpath(name).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    return json.loads(gzip.decompress(raw))


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model that ships with mailwatch, or None when the file is missing."""
    data = shipped_data(MODEL_FILE)
    return Model.from_json(data) if data is not None else None
