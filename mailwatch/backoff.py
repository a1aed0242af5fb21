"""Per-account backoff for the daemon: a failing mailbox is retried less and less often.

An expired sign-in or a server that is down fails the same way every few minutes; hammering
it helps nobody (and gets accounts throttled), while the other accounts keep their normal
rhythm. After n consecutive failures an account waits base * 2**(n-1), at most `cap`, with
±20 % jitter so several daemons (or accounts) do not retry in step. One success resets it.
Pure and clock-agnostic: the caller passes monotonic seconds and its own random source.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class AccountBackoff:
    base: float  # seconds: the normal interval
    cap: float = 6 * 3600.0
    rng: random.Random = field(default_factory=random.Random)
    _failures: dict[str, int] = field(default_factory=dict)
    _not_before: dict[str, float] = field(default_factory=dict)

    def due(self, account: str, now: float) -> bool:
        return now >= self._not_before.get(account, float("-inf"))

    def record(self, account: str, ok: bool, now: float) -> float:
        """Note a cycle's outcome; returns the seconds the account now waits (0 if ok)."""
        if ok:
            self._failures.pop(account, None)
            self._not_before.pop(account, None)
            return 0.0
        n = self._failures.get(account, 0) + 1
        self._failures[account] = n
        delay = min(self.cap, self.base * 2 ** (n - 1)) * self.rng.uniform(0.8, 1.2)
        self._not_before[account] = now + delay
        return delay

    def failures(self, account: str) -> int:
        return self._failures.get(account, 0)
