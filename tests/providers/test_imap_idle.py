"""IMAP IDLE: new mail is noticed within seconds, not at the next polling tick."""

from __future__ import annotations

import threading
import time

from mailwatch.providers.imap import ImapProvider

from mailwatch.push import Watcher
from tests.providers import dovecot as fixtures
from tests.providers.contract import make_message
from tests.providers.test_imap import user_client

dovecot_server = fixtures.dovecot_server
dovecot = fixtures.dovecot


def _deliver_later(user, delay: float) -> threading.Thread:
    def deliver() -> None:
        time.sleep(delay)
        client = user_client(user)
        try:
            client.append("INBOX", make_message("Interview on Thursday",
                                                msgid=f"idle-{time.time_ns()}@test.example"))
        finally:
            client.logout()

    thread = threading.Thread(target=deliver)
    thread.start()
    return thread


def test_wait_for_mail_returns_when_mail_arrives(dovecot):
    provider = ImapProvider.from_config(dovecot.options(), read_only=True)
    try:
        assert provider.wait_for_mail(0.5) is False  # nothing yet: the timeout passes
        sender = _deliver_later(dovecot, 0.5)
        started = time.monotonic()
        assert provider.wait_for_mail(10) is True
        assert time.monotonic() - started < 5
        sender.join()
    finally:
        provider.close()


def test_mail_arriving_between_two_waits_is_not_missed(dovecot):
    provider = ImapProvider.from_config(dovecot.options(), read_only=True)
    try:
        assert provider.wait_for_mail(0.2) is False
        _deliver_later(dovecot, 0).join()  # lands while nobody is idling
        assert provider.wait_for_mail(0.2) is True
    finally:
        provider.close()


def test_watcher_signals_the_daemon_within_five_seconds(dovecot):
    arrived, stop = threading.Event(), threading.Event()
    watcher = Watcher("personal", lambda: ImapProvider.from_config(dovecot.options(),
                                                                   read_only=True),
                      arrived, stop)
    watcher.start()
    try:
        time.sleep(0.5)  # the watcher is idling
        started = time.monotonic()
        _deliver_later(dovecot, 0).join()
        assert arrived.wait(5), "no push within 5 s"
        assert time.monotonic() - started < 5
    finally:
        stop.set()
        watcher.join(timeout=10)
    assert not watcher.is_alive()
