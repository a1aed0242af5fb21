"""Fixtures of the reliability suite: one `world` per provider, built from the e2e boxes.

Dovecot comes from tests/providers/dovecot.py, so its absence skips the IMAP variants on a
developer's machine and fails them under CI=true, exactly as for the IMAP suite.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.graph_api import GraphServer
from tests.providers.dovecot import dovecot, dovecot_server  # noqa: F401 - fixtures

from .worlds import PROVIDERS, World, make_world


@pytest.fixture(scope="session")
def graph_server() -> Iterator[GraphServer]:
    server = GraphServer()
    yield server
    server.close()


@pytest.fixture(params=PROVIDERS)
def world(request: pytest.FixtureRequest, tmp_path, monkeypatch) -> Iterator[World]:
    """A fresh mailbox on each provider in turn (narrow it with indirect parametrize)."""
    made = make_world(request.param, tmp_path, monkeypatch, request)
    try:
        yield made
    finally:
        made.close()
