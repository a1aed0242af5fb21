"""Where the pipeline hears the kind model: the words of a mail no rule read, and a sure
word against the rules' kind.

Split from pipeline.py, which asks these at its ends (`done`, and the fallback after every
rule); the thresholds and the evidence for them live here beside the code they gate. The
people, role and company models are heard in learned.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..message import Message
from ..model import Kind
from . import classify as c
from .kind_model import WORDS, features, shipped
from .notjob import strongly_not_job

if TYPE_CHECKING:
    from .pipeline import Facts


#: How sure the kind model must be before its words decide a mail no rule read. Five folds
#: over the corpus by batch (`python -m benchmarks.kind_folds`, 0NN–59NN): 0.4 gains ten
#: kinds for three lost; 0.3 thirteen for five; 0.5 eight for one.
MODEL_SURE = 0.4
#: The fewest words of new text the model judges.
MODEL_WORDS = 25


#: How sure the kind model must be to overrule the kind the rules read, and how sure the
#: rules may be and still be overruled. Measured on 420 messages that neither the rules nor
#: the model had seen when they were read (68NN–74NN, each replayed with the code and model
#: of the session that first read it blind: `python -m benchmarks.blind_kinds`): both read
#: 0.802 of the kinds right, but where the model was at least 0.8 sure it was right 0.98 of
#: the time against the rules' 0.92. Overruling there as `overruled` does gained 10 kinds
#: and lost none; from 0.7, 11 and 1; from 0.6, 17 and 7.
MODEL_OVERRULES = 0.8
RULES_SURE = 0.95


def model_words(as_written: Message) -> tuple[Kind, float] | None:
    """The kind model's kind for the mail and how sure it is; None without a model or for
    a text too short to judge ("Great, see you then!" under an interview's subject)."""
    model = shipped()
    if model is None or len(WORDS.findall(as_written.text)) < MODEL_WORDS:
        return None
    return model.guess(features(as_written.subject, as_written.text))


def model_guess(f: Facts, said: tuple[Kind, float] | None) -> Kind | None:
    """The kind model's word on job mail the rules found nothing in, or None."""
    if said is None:
        return None
    kind, p = said
    if kind is Kind.OTHER or p < MODEL_SURE or strongly_not_job(
            f"{f.message.subject}\n{f.message.text}"):
        return None
    f.reasons.append(f"kind model: {kind.value} ({p:.2f})")
    return kind


def overruled(f: Facts, kind: Kind, said: tuple[Kind, float] | None) -> Kind | None:
    """The kind model's kind where it is sure and says otherwise than the rules, or None.
    Why: on mail nobody had written rules from, the rules' misses were mostly phrasings
    they did not know, which the words of the whole mail still gave away ("convocation à
    un entretien" under a Moroccan subject, a booking page on the employer's own domain).
    Never to "other" (where it said so over the rules it was as often wrong as right), and
    never over the rules' sure readings, a calendar event's reading ("SEQUENCE:1, but the
    time is unchanged"), the user's own reply or an auto-reply, which are read from their
    structure (the callers say so); and "other" only for mail with a word of a job in it."""
    if said is None:
        return None
    sure, p = said
    if sure is kind or sure is Kind.OTHER or p < MODEL_OVERRULES:
        return None
    if kind is Kind.OTHER and (not (c.JOB.search(f.message.text) or c.JOB.search(
            f.message.subject)) or strongly_not_job(f"{f.message.subject}\n{f.message.text}")):
        return None  # (mail with no word of a job is no job mail, however it reads)
    f.reasons.append(f"kind model overrules {kind.value}: {sure.value} ({p:.2f})")
    return sure
