"""Twelfth session: rules from the misses of the held-out 59NN (read before it joined)."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.evaluate import norm_role
from mailwatch.model import Kind


def test_full_width_brackets_are_qualifiers_like_ascii_ones() -> None:
    role = "ソフトウェアエンジニア"
    assert norm_role(f"{role}（2028年度新卒）") == norm_role(role)
    assert norm_role("算法工程师（校招）") == norm_role("算法工程师")
    assert norm_role("算法工程师") != norm_role("产品经理")


def test_a_seasons_intake_is_not_part_of_the_role() -> None:
    d = detected("Hi Thandi,\n\nI'm delighted to offer you a place as a Software Engineering "
                 "Intern for Summer 2027 on the Platform team. The offer letter follows "
                 "separately.\n\nBest,\nJordan\n", subject="Your internship offer",
                 sender="Jordan Alvarez <jordan@quillfeather.example>")
    assert d.position == "Software Engineering Intern"


def test_request_you_to_revert_by_is_her_answer_not_their_decision() -> None:
    d = detected("Hi Thandi,\n\nKindly let me know which of the below slots suits you (all "
                 "timings IST):\n\n1. Thursday, 10 Dec - 11:00 AM\n2. Friday, 11 Dec - 3:30 PM"
                 "\n\nRequest you to revert by tomorrow EOD so that I can block the calendar."
                 "\n\nThanks & Regards,\nSneha\n", subject="Technical round scheduling",
                 sender="Sneha Kulkarni <sneha.k@vetiver.example>")
    assert d.decision_deadline is None
    d = detected("Hi Thandi,\n\nThank you for the interview on Monday. We will share the "
                 "outcome with you by Friday, 13 November.\n\nRegards,\nSneha\n",
                 subject="Interview feedback", sender="Sneha Kulkarni <sneha.k@vetiver.example>")
    assert d.decision_deadline is not None


def test_romanian_offer_with_the_candidates_answer_by_date() -> None:
    d = detected("Bună ziua, Thandi,\n\nMă bucur să vă transmit oferta noastră\nde angajare "
                 "pentru poziția de Inginer QA Automation.\n\nVă rugăm să ne comunicați decizia "
                 "dumneavoastră până vineri, 23 aprilie 2027.\n\nCu stimă,\nIoana Popescu\n",
                 subject="Ofertă de angajare – Inginer QA Automation",
                 sender="Ioana Popescu <ioana@carpatisoft.ro>",
                 date="Mon, 19 Apr 2027 10:00:00 +0300")
    assert d.kind is Kind.OFFER
    assert d.decision_deadline is None


def test_a_pronoun_before_a_name_is_not_part_of_it() -> None:
    """Read on 61NN (with the kind model): "Im Gespräch sitzen Ihnen Jonas Albrecht … und
    ich gegenüber" gave "Ihnen Jonas Albrecht"."""
    from mailwatch.extract.people import clean_name

    assert clean_name("Ihnen Jonas Albrecht") == "Jonas Albrecht"
    assert clean_name("Ihnen Jonas") is None  # (a pronoun and one name: no full name)


def test_what_wraps_a_role_in_a_subject_is_not_the_role() -> None:
    """Read on 61NN before it joined: "o processo Analista de Produto Pleno", Turkish
    "… başvurunuz hakkında" (about your application), Hungarian "… pályázat"."""
    from mailwatch.extract.position import final_position

    assert final_position("processo Analista de Produto Pleno") == "Analista de Produto Pleno"
    assert final_position("Kıdemli Backend Geliştirici başvurunuz hakkında") == (
        "Kıdemli Backend Geliştirici")
    assert final_position("Pénzügyi elemző pályázat") == "Pénzügyi elemző"
    assert final_position("Process Engineer") == "Process Engineer"
