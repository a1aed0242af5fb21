"""`mailwatch demo` is the README's first command: it must run and tell the right story."""

from __future__ import annotations

import re

from mailwatch.cli import main


def test_demo_drafts_exactly_the_story(tmp_path, capsys):
    assert main(["demo", "--dir", str(tmp_path / "demo"), "--brief"]) == 0
    out = capsys.readouterr().out
    steps = re.split(r"^== ", out, flags=re.M)[1:]
    drafted = []
    for step in steps:
        day = step[:10]
        for kind, who in re.findall(r"^   \+ draft (\w+) to ([^<]+?) <", step, flags=re.M):
            drafted.append((day, kind, who))
    assert sorted(drafted) == sorted([
        ("Tue 10 Nov", "thank_you", "Jonas Krüger"),
        ("Tue 10 Nov", "thank_you", "Priya Raman"),
        ("Thu 12 Nov", "thank_you", "Ayesha Patel"),
        ("Thu 12 Nov", "thank_you", "Sipho Dlamini"),
        ("Fri 13 Nov", "thank_you", "Eva Jansen"),
        ("Tue 17 Nov", "follow_up", "Lena Vogt"),
        ("Thu 19 Nov", "feedback_request", "Ruben de Vries"),
        ("Mon 23 Nov", "follow_up", "Sipho Dlamini"),
        ("Tue 24 Nov", "follow_up", "Lena Vogt"),
    ])
    assert "withdrew follow_up" in steps[-1].split("\n\n")[0]
    assert "[offer]" in out and "[rejected]" in out
    assert (tmp_path / "demo" / "Mail" / ".Drafts").is_dir()  # --dir keeps the mailbox


def test_demo_refuses_a_used_directory(tmp_path, capsys):
    assert main(["demo", "--dir", str(tmp_path), "--brief"]) == 0
    assert main(["demo", "--dir", str(tmp_path), "--brief"]) == 2
