"""The learned people model (people_spans.py, people_model.py) and where the pipeline asks it.

The model scores every capitalised name in an interview mail by its context; the pipeline
joins its likely names with the rules' (any where the rules found nobody, only sure ones
beside theirs). These tests pin the candidates, the training, the shipped file and the
gates: never the user, never on mail that is no meeting, never a copy of a rule's name.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from mailfactory import corpus_sample, detected, people_of

from mailwatch.extract import people_model
from mailwatch.extract.people_model import Model, join, pick, scored, train
from mailwatch.extract.people_spans import MailView, candidates
from mailwatch.model import Kind
from mailwatch.people_training import model_bytes
from mailwatch.training import fingerprint

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _names(view: MailView) -> list[str]:
    return [c.name for c in candidates(view)]


def test_candidates_are_capitalised_runs_and_their_sub_spans() -> None:
    names = _names(MailView("You will Meet Sarah Jones and Jan van der Berg on Tuesday."))
    assert {"Meet Sarah Jones", "Sarah Jones", "Jan van der Berg"} <= set(names)
    assert "You" not in " ".join(names).split()  # (one capitalised word is no name)
    assert "van der Berg" not in names  # (a name starts with a capital)


def test_a_name_at_the_end_of_a_sentence_and_one_with_an_initial() -> None:
    names = _names(MailView("Your interviewer is Sarah Jones.\nAlso: Mary J. O'Neill-Hart"))
    assert "Sarah Jones" in names
    assert "Mary J. O'Neill-Hart" in names


def test_features_say_where_a_name_stands_and_who_it_is() -> None:
    view = MailView("Hi Thandi Nkosi,\n\nYou will speak with Ruth Adeyemi (Head of Data).",
                    signature="Best,\nLerato Mokoena\nTalent Partner",
                    sender_name="Lerato Mokoena", sender_email="lerato@umoya.example",
                    to_names=("Thandi Nkosi",))
    by_name: dict[str, set[str]] = {}
    for c in candidates(view):
        by_name.setdefault(c.name, set()).update(c.features)
    assert {"p1:with", "n1:(", "a:head"} <= by_name["Ruth Adeyemi"]
    assert {"user", "firstline", "p1:hi"} <= by_name["Thandi Nkosi"]
    assert {"z:sig", "sender", "sig|sender"} <= by_name["Lerato Mokoena"]
    assert "z:from" in by_name["Lerato Mokoena"]  # (the From name is a candidate too)


def test_a_hostile_line_costs_a_bounded_number_of_candidates() -> None:
    found = candidates(MailView("Ab Cd " * 500_000, quoted="\n".join(["Ef Gh"] * 10_000)))
    assert len(found) < 40_000  # (20,000 characters of text, 80 quoted lines)


def _toy() -> list[list[tuple[bool, tuple[str, ...]]]]:
    panel = [(True, ("p1:with", "n1:(")), (False, ("p1:hi", "firstline"))]
    return [panel] * 30


def test_training_learns_context_and_is_deterministic() -> None:
    model = train(_toy())
    assert model.probability(("p1:with", "n1:(")) > 0.8
    assert model.probability(("p1:hi", "firstline")) < 0.2
    assert train(_toy()).to_json() == model.to_json()
    back = Model.from_json(json.loads(json.dumps(model.to_json())))
    assert abs(back.probability(("p1:with",)) - model.probability(("p1:with",))) < 1e-3


def test_features_seen_in_one_mail_are_not_learned() -> None:
    model = train([*_toy(), [(True, ("w:zyxwvut",))]])
    assert "w:zyxwvut" not in model.rows and "p1:with" in model.rows


def _model(**weights: float) -> Model:
    names = sorted(weights)
    return Model(-2.0, {n: i for i, n in enumerate(names)}, [weights[n] for n in names])


def test_pick_keeps_the_likeliest_of_overlapping_spans_once() -> None:
    view = MailView("Please Meet Sarah Jones.\nSarah Jones will host.")
    model = _model(**{"w0:sarah": 4.0, "w0:meet": 1.0})
    names = [n for n, _ in pick(scored(model, view), 0.5)]
    assert names == ["Sarah Jones"]
    assert pick(scored(model, view), 0.99) == []


def test_join_adds_sure_names_beside_the_rules_and_likely_ones_alone() -> None:
    view = MailView("With Ruth Adeyemi and Sipho Dlamini.", to_names=("Thandi Nkosi",))
    likely = _model(**{"w0:ruth": 3.2, "w0:sipho": 3.2})  # p = 0.77 each
    sure = _model(**{"w0:ruth": 9.0, "w0:sipho": 3.2})  # Ruth 0.999
    assert [n for n, _ in join([], scored(likely, view), view)] == [
        "Ruth Adeyemi", "Sipho Dlamini"]
    assert join(["Sipho Dlamini"], scored(likely, view), view) == []
    assert [n for n, _ in join(["Sipho Dlamini"], scored(sure, view), view)] == ["Ruth Adeyemi"]
    assert join(["Ruth Adeyemi-Cole"], scored(sure, view), view) == []  # (theirs, longer)


def test_join_never_names_the_user() -> None:
    view = MailView("Thandi Nkosi will meet Ruth Adeyemi.", to_names=("Thandi Nkosi",))
    model = _model(**{"w0:thandi": 9.0, "w0:ruth": 9.0})
    assert [n for n, _ in join([], scored(model, view), view)] == ["Ruth Adeyemi"]


_INVITE = ("Hi Thandi,\n\nThanks for sending your availability. We have you down for Tuesday "
           "10 November at 14:00 SAST on Teams.\n\nRuth Adeyemi, our head of data, and Sipho "
           "Dlamini from the platform team will be there.\n\nBest,\nAnnelie")


def test_the_model_names_a_panel_the_rules_do_not_read() -> None:
    d = detected(_INVITE, subject="Interview for Data Analyst",
                 sender="Annelie Smit <annelie@wynland.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION
    assert sorted(people_of(d)) == ["Ruth Adeyemi", "Sipho Dlamini"]
    assert any(r.startswith("people model:") for r in d.reasons)


def test_the_model_is_not_asked_about_mail_that_is_no_meeting() -> None:
    d = detected("Hi Thandi,\n\nThank you for meeting Ruth Adeyemi and Sipho Dlamini last "
                 "week. Unfortunately we have decided not to move forward with your "
                 "application for the Data Analyst role.\n\nBest,\nAnnelie",
                 subject="Your application", sender="Annelie Smit <annelie@wynland.example>")
    assert d.kind is Kind.REJECTION
    assert not d.people and d.interview is None
    assert not any(r.startswith("people model:") for r in d.reasons)


def test_without_the_shipped_file_the_rules_alone_decide(monkeypatch) -> None:
    monkeypatch.setattr(people_model, "shipped", lambda: None)
    d = detected(_INVITE, subject="Interview for Data Analyst",
                 sender="Annelie Smit <annelie@wynland.example>")
    assert d.kind is Kind.INTERVIEW_INVITATION and people_of(d) == []


def test_the_shipped_model_was_trained_on_the_corpus_as_it_is() -> None:
    """Add or relabel corpus mail, then run `python -m mailwatch.people_training
    tests/corpus` and commit the file it writes."""
    shipped = people_model.shipped()
    assert shipped is not None
    assert shipped.corpus == fingerprint(CORPUS, "interviewers"), (
        "retrain: python -m mailwatch.people_training tests/corpus")


def test_model_bytes_carry_no_timestamp(tmp_path: Path) -> None:
    corpus_sample(tmp_path)
    data = model_bytes(tmp_path)
    assert data == model_bytes(tmp_path)
    assert json.loads(gzip.decompress(data))["corpus"] == fingerprint(tmp_path, "interviewers")


def test_the_training_command_writes_the_file_and_refuses_a_missing_folder(
        tmp_path: Path, capsys) -> None:
    from mailwatch.people_training import main
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    corpus_sample(tmp_path, 5)
    out = tmp_path / "model.json.gz"
    assert main([str(tmp_path), "--out", str(out)]) == 0
    assert Model.from_json(json.loads(gzip.decompress(out.read_bytes()))).corpus == fingerprint(
        tmp_path, "interviewers")


def test_join_never_names_the_user_by_her_address_either() -> None:
    model = _model(**{"w0:thandi": 9.0, "w0:ruth": 9.0})
    for address in ("thandi@example.org", "thandi.nkosi@example.org"):
        view = MailView("Thandi Nkosi will meet Ruth Adeyemi.",
                        user_addresses=frozenset({address}))
        assert [n for n, _ in join([], scored(model, view), view)] == ["Ruth Adeyemi"]
    view = MailView("Thandi Nkosi will meet Ruth Adeyemi.",
                    user_addresses=frozenset({"t.nkosi@example.org"}))
    assert len(join([], scored(model, view), view)) == 2  # (only names her address spells)
