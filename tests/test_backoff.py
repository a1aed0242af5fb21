"""A failing account is retried less and less often, capped, with jitter; one success
resets it; other accounts are unaffected."""

from __future__ import annotations

import random

from mailwatch.backoff import AccountBackoff


def test_delays_double_up_to_the_cap_with_jitter() -> None:
    b = AccountBackoff(base=300, cap=3600, rng=random.Random(7))
    waits = [b.record("work", False, now=0) for _ in range(6)]
    for n, wait in enumerate(waits, 1):
        nominal = min(3600, 300 * 2 ** (n - 1))
        assert 0.8 * nominal <= wait <= 1.2 * nominal
    assert max(waits) <= 1.2 * 3600
    assert len({round(w) for w in waits}) == len(waits)  # jittered, not in lockstep


def test_an_account_waits_then_comes_due_and_success_resets() -> None:
    b = AccountBackoff(base=300, rng=random.Random(1))
    wait = b.record("work", False, now=1000)
    assert not b.due("work", 1000 + wait - 1)
    assert b.due("work", 1000 + wait)
    assert b.due("personal", 1000)  # others keep their rhythm
    assert b.record("work", True, now=5000) == 0 and b.failures("work") == 0
    assert b.due("work", 5000)
