"""Near-instant detection: a watcher thread per push-capable account (IMAP IDLE).

The watcher only says "something arrived"; the daemon then runs an ordinary cycle, so
push changes when work happens, never what it does. A watcher that loses its connection
retries with capped backoff, and the scheduled polling goes on regardless.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .providers.base import Provider, ProviderError

log = logging.getLogger(__name__)

IDLE_SLICE = 5.0  # seconds per IDLE wait: how fast a watcher notices it should stop
MAX_BACKOFF = 300.0


class Watcher(threading.Thread):
    def __init__(self, name: str, open_provider: Callable[[], Provider],
                 arrived: threading.Event, stop: threading.Event) -> None:
        super().__init__(name=f"mailwatch-push-{name}", daemon=True)
        self.account = name
        self.open_provider = open_provider
        self.arrived = arrived
        self.stop = stop

    def run(self) -> None:
        backoff = 5.0
        while not self.stop.is_set():
            try:
                provider = self.open_provider()
                try:
                    while not self.stop.is_set():
                        result = provider.wait_for_mail(IDLE_SLICE)
                        if result is None:
                            log.info("account %s: no push support; polling", self.account)
                            return
                        if result:
                            self.arrived.set()
                        backoff = 5.0
                finally:
                    provider.close()
            except ProviderError as exc:
                log.warning("account %s: push watcher: %s (retry in %.0f s)",
                            self.account, exc, backoff)
            except Exception:  # a bug here must not end push for good
                log.exception("account %s: push watcher failed (retry in %.0f s)",
                              self.account, backoff)
            self.stop.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
