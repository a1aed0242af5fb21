"""How the rules and the kind model read kinds on mail neither had seen: blind reads replayed.

Five folds (`benchmarks.kind_folds`) hide a batch from the model but not from the rules,
which were written from every corpus batch, so they cannot say whether the model should
ever overrule the rules. The held-out batches can: each was first read by the code and the
shipped model of the session that wrote it, before anyone had looked at it. This replays
those reads. For each (commit, batches) pair below it checks the commit out into a
temporary git worktree and runs, in a subprocess with that checkout first on the path,
that commit's `detect` (its rules, and its model where no rule read anything) and that
commit's model alone over the batch's files (wherever they are now: tests/corpus or
tests/heldout). It then counts, for a range of thresholds, the kinds that letting a sure
model overrule that reading would gain and lose, as `kind_vote.overruled` does (never to
"other"; never over a calendar event's reading, the user's own reply or an auto-reply;
only text of at least `kind_vote.MODEL_WORDS` words).

`python -m benchmarks.blind_kinds` needs the repository's git history. Takes about a
minute per pair.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The session-start commit at which each batch was first read blind (tests/heldout/README.md).
BLIND: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("05b266a", ("70", "71")),
    ("0fdef82", ("68", "69")),
    ("7a4c42d", ("72", "73", "74")),
)
#: The replay run inside the old checkout: one JSON row per message.
_REPLAY = r"""
import json, sys
from pathlib import Path
from mailwatch.extract import detect
from mailwatch.extract.kind_model import WORDS, features, shipped
from mailwatch.message import parse_message
model = shipped()
rows = []
for name in sys.argv[1:]:
    path = Path(name)
    label = json.loads(path.with_suffix(".json").read_text())
    user = label.get("user") or "thandi@example.org"
    msg = parse_message(path.read_bytes())
    d = detect(msg, user_addresses=frozenset({user}))
    kind, p = model.guess(features(msg.subject, msg.text))
    rows.append(dict(name=path.name, gold=label["kind"], rules=d.kind.value, conf=d.confidence,
                     model=kind.value, p=p, words=len(WORDS.findall(msg.text)),
                     reasons=list(d.reasons)))
print(json.dumps(rows))
"""


def _files(prefixes: tuple[str, ...]) -> list[str]:
    found = [p for where in (ROOT / "tests" / "corpus", ROOT / "tests" / "heldout")
             for p in where.rglob("*.eml") if p.name[:2] in prefixes and p.name[4:5] == "-"]
    return sorted(str(p) for p in found)


def replay(commit: str, prefixes: tuple[str, ...]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree),
                        commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _REPLAY, *_files(prefixes)],
                                 cwd=tmp, env={"PYTHONPATH": str(tree), "PATH": ""},
                                 capture_output=True, text=True, check=True).stdout
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=True)
    return json.loads(out)


def _settled(row: dict) -> bool:
    """Read from its structure, which the model never overrules."""
    reasons = row["reasons"]
    return (row["rules"] != "other" and any(r.startswith("ics ") for r in reasons)) or (
        "the user's own reply" in reasons) or any(r.startswith("auto-reply") for r in reasons)


def counts(rows: list[dict], sure: float, words: int = 25, rules_sure: float = 0.95
           ) -> tuple[int, int]:
    """(kinds gained, kinds lost) when a model at least `sure` overrules the rules."""
    gained = lost = 0
    for r in rows:
        if (r["model"] != r["rules"] and r["model"] != "other" and r["p"] >= sure
                and r["conf"] < rules_sure and r["words"] >= words and not _settled(r)):
            gained += r["model"] == r["gold"]
            lost += r["rules"] == r["gold"]
    return gained, lost


def main() -> None:
    rows = [row for commit, prefixes in BLIND for row in replay(commit, prefixes)]
    n = len(rows)
    print(f"{n} messages read blind; as read then "
          f"{sum(r['rules'] == r['gold'] for r in rows) / n:.3f}, model alone "
          f"{sum(r['model'] == r['gold'] for r in rows) / n:.3f}")
    for sure in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        gained, lost = counts(rows, sure)
        print(f"model overrules at p >= {sure}: {gained} kinds gained, {lost} lost")


if __name__ == "__main__":
    main()
