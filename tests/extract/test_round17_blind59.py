"""Twelfth session: rules from the misses of the held-out 59NN (read before it joined)."""

from __future__ import annotations

from mailfactory import detected

from mailwatch.evaluate import norm_role


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
