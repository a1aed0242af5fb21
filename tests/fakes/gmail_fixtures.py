"""Shared set-up of the Gmail tests: a fake server per test and a provider on it.

The provider reaches the fake the way it reaches Google: through google-api-python-client
over HTTP, authenticated by a `token_command` (``cat`` of a file holding the fake's
current access token), so rotating the token is writing that file.
"""

from __future__ import annotations

import random
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from mailwatch.providers.gmail import GmailProvider
from mailwatch.providers.gmail_http import Backoff

from tests.fakes.gmail_api import FakeGmail

CLOCK = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)


@dataclass
class TokenSource:
    """The file a token_command reads, and a log of how often the command ran."""

    dir: Path
    runs: Path = field(init=False)
    file: Path = field(init=False)

    def __post_init__(self) -> None:
        self.file = self.dir / "access-token"
        self.runs = self.dir / "runs"
        self.runs.write_text("")

    @property
    def command(self) -> str:
        return f"echo run >> {shlex.quote(str(self.runs))}; cat {shlex.quote(str(self.file))}"

    def write(self, token: str) -> None:
        self.file.write_text(token + "\n")

    @property
    def count(self) -> int:
        return len(self.runs.read_text().split())


@pytest.fixture
def fake() -> Iterator[FakeGmail]:
    server = FakeGmail().start()
    yield server
    server.stop()


@pytest.fixture
def tokens(fake: FakeGmail, tmp_path: Path) -> TokenSource:
    source = TokenSource(tmp_path)
    source.write(fake.token)
    return source


def open_provider(fake: FakeGmail, tokens: TokenSource, **options: Any) -> GmailProvider:
    provider = GmailProvider.from_config(
        {"api_endpoint": fake.url, "token_command": tokens.command, **options})
    provider.clock = lambda: CLOCK
    provider.slept = []  # type: ignore[attr-defined]
    provider.backoff = Backoff(sleep=provider.slept.append,  # type: ignore[attr-defined]
                               rng=random.Random(7))
    return provider
