"""Thirteenth session: rules from the misses of 63NN, read after its blind reads at the
session's start and end were recorded."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.extract.people import clean_name


def test_a_client_or_a_job_title_is_no_person() -> None:
    assert clean_name("Der Mandant") is None  # (German: "the client")
    assert clean_name("Principal Torrens Valley") is None
    assert clean_name("Clinical Educator") is None
    assert clean_name("Annelie van der Merwe") == "Annelie van der Merwe"


def test_a_flattened_table_row_labelled_uhrzeit_without_a_colon() -> None:
    d = detected("Hallo Thandi,\n\nwir freuen uns, dich zum Fachinterview für die Position "
                 "Data Engineer einzuladen.\n\nDatum Dienstag, 13. April 2027\n\nUhrzeit "
                 "14:00 – 15:00 Uhr (MESZ)\n\nOrt Microsoft Teams\n\nViele Grüße\nDein "
                 "Recruiting-Team\n", subject="Einladung zum Interview - Data Engineer",
                 sender="Lumo Karriere <no-reply@jobs.lumo.example>")
    assert d.interview is not None
    assert d.interview.start.isoformat() == "2027-04-13T14:00:00+02:00"
