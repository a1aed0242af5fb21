"""The learned role model (role_spans.py, role_model.py) and where the pipeline asks it.

The model scores every short run of words of the subject and the first lines of a job
mail; the pipeline takes its best span only where the role rules found none. These tests
pin the candidates, the training examples, the shipped file and the gates.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from mailfactory import corpus_sample, detected

from mailwatch.extract import role_model
from mailwatch.extract.role_spans import candidates
from mailwatch.extract.span_model import Model
from mailwatch.model import Kind
from mailwatch.role_training import NEGATIVES, examples, main, model_bytes
from mailwatch.training import fingerprint

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _names(subject: str, text: str = "") -> list[str]:
    return [c.name for c in candidates(subject, text)]


def test_candidates_are_runs_of_up_to_five_words_as_written() -> None:
    names = _names("Interview: Data & AI Lead, Nights", "the Sales/Marketing post")
    assert {"Data & AI Lead", "AI Lead", "Interview", "Sales/Marketing", "Nights"} <= set(names)
    assert "Lead, Nights" not in names  # (a comma ends a role)
    assert "Interview: Data" not in names
    assert not any(len(n.split()) > 5 for n in _names("one two three four five six seven"))


def test_only_the_first_lines_of_new_text_are_read() -> None:
    text = "\n".join(f"Line{i}" for i in range(40))
    names = _names("", f"> Quoted Role\n{text}")
    assert "Line14" in names and "Line15" not in names
    assert "Quoted" not in names


def test_features_say_what_cues_a_span() -> None:
    (cand,) = [c for c in candidates("", "tjänsten som driftstekniker hos oss")
               if c.name == "driftstekniker"]
    assert {"p1:som", "n1:hos", "body|p1:som", "z:body", "len:1", "line:1"} <= set(cand.features)


def test_examples_keep_every_right_span_and_a_share_of_the_rest() -> None:
    text = "We are hiring a Teacher of Mathematics for our school in the north of the city."
    got = examples("Interview", text, "Teacher of Mathematics", random.Random(1).random)
    assert [f for right, f in got if right]  # (the role, however many draws)
    wrong = sum(not right for right, _ in got)
    total = len(candidates("Interview", text)) - 1
    assert 0 < wrong < total * NEGATIVES * 3
    assert got == examples("Interview", text, "Teacher of Mathematics", random.Random(1).random)


def _model(**weights: float) -> Model:
    names = sorted(weights)
    return Model(-3.0, {n: i for i, n in enumerate(names)}, [weights[n] for n in names])


def test_best_is_the_likeliest_span() -> None:
    model = _model(**{"p1:som": 4.0, "n1:hos": 2.0})
    name, p = role_model.best(model, "", "tjänsten som driftstekniker hos oss")
    assert name == "driftstekniker" and p > 0.9
    assert role_model.best(model, "", "") is None


_INVITE = ("Hi Thandi,\n\nThank you for applying for the fixed-term Teacher of Geography post "
           "here at Ardmore Community College. We would like to invite you to interview on "
           "Tuesday 10 November at 14:00.\n\nKind regards,\nAnnelie")


def test_the_model_names_a_role_the_rules_do_not_read(monkeypatch) -> None:
    d = detected(_INVITE, subject="Interview - Geography post")
    assert d.kind is Kind.INTERVIEW_INVITATION and d.position == "Teacher of Geography"
    assert any(r.startswith("role model:") for r in d.reasons)
    monkeypatch.setattr(role_model, "shipped", lambda: None)
    assert detected(_INVITE, subject="Interview - Geography post").position is None


def test_the_model_is_not_asked_where_a_rule_read_the_role_or_about_other_mail(
        monkeypatch) -> None:
    sure = _model(bias=9.0)  # (every span certain)
    monkeypatch.setattr(role_model, "shipped", lambda: sure)
    d = detected("Hi Thandi,\n\nWe'd like to invite you to interview for the Data Analyst role "
                 "on Tuesday 10 November at 14:00.\n\nBest,\nAnnelie", subject="Interview")
    assert d.position == "Data Analyst"
    d = detected("Hi all,\n\nThe quarterly planning meeting moves to Tuesday 10 November at "
                 "14:00 in the big room.\n\nBest,\nAnnelie", subject="Planning")
    assert d.kind is Kind.OTHER and d.position is None


def test_the_shipped_model_was_trained_on_the_corpus_as_it_is() -> None:
    """Add or relabel corpus mail, then run `python -m mailwatch.role_training
    tests/corpus` and commit the file it writes."""
    shipped = role_model.shipped()
    assert shipped is not None
    assert shipped.corpus == fingerprint(CORPUS, "position"), (
        "retrain: python -m mailwatch.role_training tests/corpus")


def test_model_bytes_carry_no_timestamp_and_the_command_writes_them(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    corpus = corpus_sample(tmp_path / "c")
    data = model_bytes(corpus)
    assert data == model_bytes(corpus)
    assert json.loads(gzip.decompress(data))["corpus"] == fingerprint(corpus, "position")
    out = tmp_path / "model.json.gz"
    assert main([str(corpus), "--out", str(out)]) == 0 and out.read_bytes() == data
    assert main([str(tmp_path / "nowhere")]) == 2
