"""Interviewer lists, appositions, the sender taking part, company and position rules."""

from __future__ import annotations

import pytest

from mailwatch.extract.company import company_from_text, expand, from_sender, subject_company_ok
from mailwatch.extract.employer import domain_phrase, legal_line_company, strip_legal
from mailwatch.extract.names import dedupe
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import position_from_text
from mailwatch.extract.subject import from_subject
from mailwatch.extract.writer import sender_interviews
from mailwatch.message import Address
from mailwatch.model import Person


def _names(text: str, exclude: tuple[str, ...] = ()) -> set[str]:
    return {p.name for p in names_in_text(text, exclude=exclude) if p.name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Interviewer(s): Lerato Khumalo, Tomasz Nowak\nStatus: Confirmed",
         {"Lerato Khumalo", "Tomasz Nowak"}),
        ("Interviewers: Hamid Rezaei; Greta Lindholm; Ole Brandt\nLocation: Room 4",
         {"Hamid Rezaei", "Greta Lindholm", "Ole Brandt"}),
        # an HTML table flattened to text: no colon, one name per line
        ("Interviewers Beatrix Kálmán\nNoor Haddad\n\nVideo link https://x.example/j/1",
         {"Beatrix Kálmán", "Noor Haddad"}),
        ("Host:\nWilhelmina Achterberg\n\nDate & Time:\n10:00", {"Wilhelmina Achterberg"}),
        ("Gesprächspartner: Dr. Matthias Römer (Bereichsleiter), Petra Voß (HR)",
         {"Matthias Römer", "Petra Voß"}),
        ("10:00 – 10:45  Live coding – Anwar Siddiqui\n"
         "10:45 – 11:30  Architecture with Lena Brandt",
         {"Anwar Siddiqui", "Lena Brandt"}),
    ],
)
def test_template_fields_and_schedules(text: str, names: set[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("On Friday you will meet Kofi Boateng, Elin Sandberg and Mateus Rocha from the "
         "payments squad.", {"Kofi Boateng", "Elin Sandberg", "Mateus Rocha"}),
        ("The panel: Henrike Baum (Head of QA); Yusuf Demir (Tester); Ana Lucía Vega (PO).",
         {"Henrike Baum", "Yusuf Demir", "Ana Lucía Vega"}),
        ("The line-up is the same as before (Kwame Asante and Ingrid Solberg).", set()),
        ("The panel is unchanged (Kwame Asante and Ingrid Solberg) for Friday.",
         {"Kwame Asante", "Ingrid Solberg"}),
        ("It is booked for Tuesday at 10:00 with our CFO, Rutendo Moyo, at the Rosebank office.",
         {"Rutendo Moyo"}),
        ("I've booked you a call with Siobhán O’Brien, our Data Lead, on Monday.",
         {"Siobhán O’Brien"}),
        ("You're confirmed for 3pm with Joost van der Linde (VP Engineering).",
         {"Joost van der Linde"}),
        ("Your interviewers will be Marit de Boer, Head of Risk, and Lukas\nBrandt, "
         "Senior Quant Analyst.", {"Marit de Boer", "Lukas Brandt"}),
        ("Wiremu Parata from our platform group would like to meet you next week.",
         {"Wiremu Parata"}),
        ("Esther Mwangi, who runs our mobile team, would like to speak with you.",
         {"Esther Mwangi"}),
        ("Haruto Sato (Staff Engineer) and I will meet you in the lobby.", {"Haruto Sato"}),
        ("Você vai conversar com o Caio Ferreira (CTO) e a Marina Lopes (Designer).",
         {"Caio Ferreira", "Marina Lopes"}),
    ],
)
def test_prose_lists_and_appositions(text: str, names: set[str]) -> None:
    assert _names(text) == names


def test_a_bare_with_needs_a_title_and_companies_and_the_candidate_are_not_people() -> None:
    assert _names("I caught up with Rutendo Moyo about the budget.") == set()
    assert _names("Your interview with Bluefin Analytics is confirmed.") == set()
    assert _names("Panel: Sam Okafor (chair), Thandi Nkosi, Lee Chan (HR)",
                  exclude=("Thandi Nkosi",)) == {"Sam Okafor", "Lee Chan"}


@pytest.mark.parametrize(
    ("text", "takes_part"),
    [
        ("I'll join too, to answer questions about the team.", True),
        ("Both options would be 45 minutes on Zoom with me.", True),
        ("A short case discussion with me and Ravi Menon.", True),
        ("It'll just be me on this one.", True),
        ("Ravi and I would love to talk to you about the role.", True),
        ("Thanks for speaking with me last week. Your interview is with Ravi Menon.", False),
        ("I've booked you in with Ravi Menon. I won't be joining, but ask me anything.", False),
        ("I'm just coordinating, so our chat with Ravi is all set.", False),
    ],
)
def test_sender_takes_part(text: str, takes_part: bool) -> None:
    assert sender_interviews(text) is takes_part


def test_an_address_without_a_name_joins_the_named_person_it_spells() -> None:
    merged = dedupe([Person(email="kofi.boateng@acme.example"), Person(name="Kofi Boateng")])
    assert merged == [Person(name="Kofi Boateng", email="kofi.boateng@acme.example")]
    assert len(dedupe([Person(email="ops@acme.example"), Person(name="Kofi Boateng")])) == 2


def test_the_domain_finds_the_spelled_out_company() -> None:
    sig = "Regards,\nNomsa Zulu\nTalent Partner, Karee River Outfitters\nPretoria"
    assert domain_phrase("kareeriver", sig) == "Karee River Outfitters"
    assert domain_phrase("kro", "Karee River Outfitters") is None
    assert domain_phrase("oakfieldbs", "Oakfield Building Society") == "Oakfield Building Society"
    assert domain_phrase("gantry-mech", "Gantry Mechanik AG, Basel") == "Gantry Mechanik"
    assert from_sender(Address("Nomsa Zulu", "nomsa@kareeriver.example"), sig) == (
        "Karee River Outfitters")


def test_legal_lines_and_suffixes() -> None:
    assert legal_line_company("People Ops | Baobab Tree Analytics (Pty) Ltd") == (
        "Baobab Tree Analytics")
    assert legal_line_company("HR, Lotus Fabrics Pvt. Ltd.\nMumbai") == "Lotus Fabrics"
    assert legal_line_company("Kind regards,\nJo Bloggs\nSenior Recruiter") is None
    assert strip_legal("Harbour Light Pte. Ltd.") == "Harbour Light"
    assert strip_legal("Fjordline AS") == "Fjordline"
    assert expand("Harbour", "Harbour Light Pte Ltd, Singapore") == "Harbour Light"


def test_company_phrases_skip_people_and_meeting_words() -> None:
    assert company_from_text("your interview for the Analyst position with Joao Silva, our "
                             "Head of Data, on Monday") is None
    assert company_from_text("Greetings from Marula Textiles!") == "Marula Textiles"
    assert company_from_text("Thank you for your interest in a career with Tallgrass Mutual.") \
        == "Tallgrass Mutual"
    assert company_from_text("ihre Bewerbung bei der Rheinufer Logistik GmbH") == (
        "Rheinufer Logistik GmbH")
    sender = Address("Jo Bloggs", "jo@tallgrass.example")
    assert not subject_company_ok("Entrevista técnica", "Entrevista técnica amanhã", sender)
    assert not subject_company_ok("Moved", "We moved it.", sender)
    assert subject_company_ok("Tallgrass Mutual", "", sender)
    assert from_subject("Recruiter Screen - Tallgrass Mutual (Claims Analyst)") == (
        "Tallgrass Mutual", "Claims Analyst")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Position: Payroll Supervisor (Req #5521)\nDate: Monday", "Payroll Supervisor"),
        ("Job: R-1234 Senior Tax Accountant\nDate: Monday", "Senior Tax Accountant"),
        ("for the Platform Engineer (Rust) role at Foo", "Platform Engineer (Rust)"),
        ("Ihre Bewerbung als Frontend-Entwickler (m/w/d) bei uns", "Frontend-Entwickler"),
        ("para a vaga de Analista de Dados na Foo", "Analista de Dados"),
    ],
)
def test_positions(text: str, position: str) -> None:
    assert position_from_text(text) == position


def test_a_sentence_that_says_if_is_also_not_booked():
    """_name_groups reads no names after an "if" (neither reading of _names keeps them):
    that relies on every _IF match being a _NOT_BOOKED match too."""
    from mailwatch.extract import people

    for sentence in ["If all goes well, the next step would be a chat with", "IF you can",
                     "later on you'll meet", "Later  On, with", "gif with", "iffy", ""]:
        if people._IF.search(sentence):
            assert people._NOT_BOOKED.search(sentence), sentence
    # and the words themselves: each _IF alternative is one of _NOT_BOOKED's
    assert {"if", r"later\s+on"} <= set(
        people._NOT_BOOKED.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|"))
    assert set(people._IF.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|")) == {
        "if", r"later\s+on"}
