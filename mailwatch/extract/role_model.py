"""A learned model of the role a job mail is about, asked where the role rules found none.

Why: on unseen batches about half the role misses were no role at all, while the mail
named it near the top after a cue in a language or layout the rules do not know. This
model scores every short run of words of the subject and the first lines (role_spans.py)
with logistic regression (span_model.py), trained on the corpus labels; the pipeline
takes its best span when it is likely enough. The data file (`role_model.json.gz`) is
plain data; `python -m mailwatch.role_training tests/corpus` rewrites it.
"""

from __future__ import annotations

from functools import lru_cache

from .role_spans import candidates
from .span_model import Model, load

__all__ = ["MODEL_FILE", "SURE", "Model", "best", "shipped"]

MODEL_FILE = "role_model.json.gz"
#: How likely its best span must be to stand as the role. 0.2 to 0.5 gave the same on
#: 60NN, 63NN and 64NN read blind (the model trained without them).
SURE = 0.4


def best(model: Model, subject: str, text: str) -> tuple[str, float] | None:
    """The likeliest span and its probability, or None when the mail has no candidate."""
    top: tuple[str, float] | None = None
    for c in candidates(subject, text):
        p = model.probability(c.features)
        if top is None or p > top[1]:
            top = (c.name, p)
    return top


@lru_cache(maxsize=1)
def shipped() -> Model | None:
    """The model that ships with mailwatch, or None when the file is missing."""
    return load(MODEL_FILE)
