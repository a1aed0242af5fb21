"""Round 2: interviewers, company and position from phrasing not seen in the corpus.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mailwatch.extract.client import client_of_agency, company_field, expand_acronym
from mailwatch.extract.company import choose_company
from mailwatch.extract.participants import (
    forwarded_people,
    quoted_author,
    referred_people,
    subject_people,
)
from mailwatch.extract.people import names_in_text
from mailwatch.extract.position import position_from_text
from mailwatch.extract.subject import from_subject
from mailwatch.extract.writer import sender_interviews
from mailwatch.message import Address, Message

USERS = frozenset({"sam@example.org"})


def _names(text: str) -> set[str]:
    return {p.name for p in names_in_text(text) if p.name}


def _msg(text: str = "", subject: str = "Interview", quoted: str = "",
         sender: Address | None = None, signature: str = "") -> Message:
    return Message(
        message_id="<t@x>", subject=subject,
        sender=sender or Address("Kim Olsen", "kim.olsen@fjordcraft.no"),
        to=(Address("Sam Doe", "sam@example.org"),), cc=(), reply_to=(),
        date=datetime(2026, 5, 4, 9, tzinfo=UTC), text=text, signature=signature,
        quoted=quoted,
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # honorifics dropped, "together with" joins two people, a title before the name
        ("The panel will be chaired by our Chief Risk Officer, Dr. Imani Waweru, together "
         "with Mr. Kofi Mensah from Treasury.", {"Imani Waweru", "Kofi Mensah"}),
        ("You'll be interviewed by Prof Anouk Visser and Ms Carla Duarte.",
         {"Anouk Visser", "Carla Duarte"}),
        # the sender first, then a colleague
        ("It will be me and Jonas Eriksen (platform lead) on the call.", {"Jonas Eriksen"}),
        ("It'll just be me plus Mirela Popescu from analytics.", {"Mirela Popescu"}),
        ("On the day you'll meet me and my co-founder Ravi Menon.", {"Ravi Menon"}),
        # a title in commas before the verb
        ("Good news: Beatriz Lima, Head of Payments, would like to meet you next week.",
         {"Beatriz Lima"}),
        ("Oskar Lund, our staff engineer, will join us for the second half.", {"Oskar Lund"}),
        # French, German
        ("Vous rencontrerez Claire Dubois, directrice technique, et Hugo Martin, notre CTO.",
         {"Claire Dubois", "Hugo Martin"}),
        ("Ihre Gesprächspartner sind Dr. Jana Wolff (Bereichsleitung) und Timo Brandt.",
         {"Jana Wolff", "Timo Brandt"}),
    ],
)
def test_people_in_prose(text: str, names: set[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a past conversation is not the coming interview
        "Thanks again for your call with Petra Novak last Tuesday.",
        "Merci pour votre échange avec Louis Perrin la semaine dernière.",
        # a round that is not booked
        "If this goes well, the next step would be a panel with our COO, Dana Whitfield.",
    ],
)
def test_no_people_outside_the_booked_meeting(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # one person and a title per line, under a label with a colon
        ("The selection committee members are:\n\nProfessor Ama Owusu, Dean (Chair)\n"
         "Dr Felix Roth, School of Physics\nNadia Karim, HR Business Partner\n\nPlease bring ID.",
         {"Ama Owusu", "Felix Roth", "Nadia Karim"}),
        # a title line is never a name
        ("Interviewers: Lena Vogt, QA Team Lead\nRui Costa, Senior Test Engineer\n\nThanks",
         {"Lena Vogt", "Rui Costa"}),
        # an HTML table flattened with blank lines between its rows
        ("Interview panel Ines Moreau – Director, Research\n\nAlan Petrov – Lead Scientist\n\n"
         "The interview will take an hour.", {"Ines Moreau", "Alan Petrov"}),
        ("Panel : Eng. Samir Haddad (Chair)\nDr. Laila Nasser\n\nArrive early.",
         {"Samir Haddad", "Laila Nasser"}),
        # a schedule row whose last cell is a person, with the title under it
        ("14:00 – 14:45 System design review Omar Farouk\nPrincipal Architect\n",
         {"Omar Farouk"}),
    ],
)
def test_people_in_structured_text(text: str, names: set[str]) -> None:
    assert _names(text) == names


def test_schedule_row_without_a_title_line_is_not_read_as_a_person() -> None:
    assert _names("14:00 – 14:45 Lunch at Blue Harbour\nBring your laptop.\n") == set()


@pytest.mark.parametrize(
    ("text", "takes_part"),
    [
        ("Marta Kowal et moi-même avons hâte de vous rencontrer.", True),
        ("Lucas Pereira y yo te esperamos el lunes.", True),
        ("Noor Aziz, my cofounder, will hop on too.", True),
        ("Noor Aziz from our design team will hop on.", False),
        ("It'll still be me and Ada Obi.", True),
    ],
)
def test_sender_takes_part(text: str, takes_part: bool) -> None:
    assert sender_interviews(text) is takes_part


def test_partner_named_in_french() -> None:
    assert _names("Marta Kowal et moi-même avons hâte de vous rencontrer.") == {"Marta Kowal"}


FORWARD = (
    "From: Priya Nair <priya.nair@tallowbank.com>\nDate: Mon, 4 May 2026\n"
    "Subject: slot\nTo: Ben Cole <ben@hirebridge.example>\n\n"
    "Hi Sam, you'll meet me and Arjun Rao on Thursday at 10:00.\nPriya"
)


def test_in_a_forward_me_is_the_forwarded_author() -> None:
    own = "Sam - see Priya's note below, all set.\n\n---------- Forwarded message ---------"
    body = FORWARD.split("\n\n", 1)[1]
    m = _msg(f"{own}\n\n{body}", subject="Fwd: slot", quoted=FORWARD,
             sender=Address("Ben Cole", "ben@hirebridge.example"))
    people = forwarded_people(m, USERS, [])
    assert [p.name for p in people] == ["Priya Nair"]
    assert people[0].email == "priya.nair@tallowbank.com"
    assert not sender_interviews(own)


def test_quoted_author_skips_the_user() -> None:
    assert quoted_author("From: Sam Doe <sam@example.org>\n", USERS) is None


def test_same_people_as_before_reads_the_quoted_invitation() -> None:
    quoted = ("> Hi Sam,\n> Your interview with Hana Sato (Design Lead) and Yusuf Demir\n"
              "> (Staff Engineer) is on Monday at 15:00.\n")
    m = _msg("We need to move it to Tuesday 15:00, same people (Hana and Yusuf).",
             quoted=quoted)
    assert {p.name for p in referred_people(m, USERS, [])} == {"Hana Sato", "Yusuf Demir"}
    assert referred_people(_msg("Same link as before.", quoted=quoted), USERS, []) == []


def test_subject_with_a_person() -> None:
    m = _msg("Nils Berg has cancelled the event below.",
             subject="Cancelled: Intro call with Nils Berg")
    assert [p.name for p in subject_people(m, None, [])] == ["Nils Berg"]
    co = _msg("Your interview with Harbor Lane Foods is booked.",
              subject="Your interview with Harbor Lane Foods")
    assert subject_people(co, "Harbor Lane Foods", []) == []


def test_company_field_and_acronym() -> None:
    assert company_field("Booked.\nCompany:   Velvet Orbit Ltd\nRole: SRE\n") == "Velvet Orbit Ltd"
    letterhead = "STATE AGENCY FOR WATER QUALITY\nRecruitment Unit\n"
    assert expand_acronym("SAWQ", letterhead) == "State Agency for Water Quality"
    assert expand_acronym("Acme", letterhead) is None


def test_agency_gives_way_to_its_client() -> None:
    m = _msg("Confirmed for your interview with Pelican Dairy:\nWed 6 May, 10:00",
             subject="Pelican Dairy - Quality Analyst - confirmed",
             sender=Address("Jo Marsh", "jo@redkitesearch.example"))
    assert client_of_agency("Redkite Search", "Pelican Dairy", m) == "Pelican Dairy"
    assert client_of_agency("Pelican Dairy", None, m) is None


def test_forwarded_client_domain_beats_the_agency() -> None:
    m = _msg("see below\n\nHi Ben, confirmed.\nPriya\nTallow Bank", subject="Fwd: slot",
             quoted=FORWARD.replace("Priya\n", "Priya\nTallow Bank\n"),
             sender=Address("Ben Cole", "ben@hirebridge.example"),
             signature="Ben Cole | Hirebridge Talent Partners")
    assert client_of_agency("Hirebridge Talent Partners", None, m) == "Tallow Bank"


def test_legal_initials_and_founder_signature() -> None:
    m = _msg("Thanks for applying to Ridgeway Mills S.A. We'd like to meet.",
             sender=Address("Ola Berg", "ola@gmail.com"))
    assert choose_company("Ridgeway Mills S", None, m, ()) == "Ridgeway Mills"
    sig = _msg("Could you come by on Friday?", sender=Address("Ola Berg", "ola@gmail.com"),
               signature="Ola, co-founder of Moss Lantern\n\nSent from my phone")
    assert choose_company(None, None, sig, ()) == "Moss Lantern"


@pytest.mark.parametrize(
    ("subject", "position"),
    [
        ("Interview – Data Engineer (Scala), Fernhill Foods", "Data Engineer (Scala)"),
        ("Your UX Designer case study – next step", "UX Designer"),
        ("Hiring Manager Call - Orbit Mills (Site Planner)", "Site Planner"),
    ],
)
def test_position_from_subject(subject: str, position: str) -> None:
    assert from_subject(subject)[1] == position


def test_position_with_comma_part_and_academic_titles() -> None:
    assert position_from_text(
        "we'd like to offer you the role of Product Lead, Payments at Tern Labs."
    ) == "Product Lead, Payments"
    assert position_from_text(
        "shortlisted for the position of Lecturer in Marine Ecology (Ref 12/3)."
    ) == "Lecturer in Marine Ecology"


def test_partner_named_across_a_wrapped_line() -> None:
    text = ("Nous avons bien reçu votre portfolio, et je vous confirme que Marta Kowal et\n"
            "moi-même serons présentes mardi.")
    assert _names(text) == {"Marta Kowal"}
    assert sender_interviews(text)
