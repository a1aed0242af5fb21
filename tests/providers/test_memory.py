"""The in-memory provider against the contract, plus its own thread lookup."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from mailwatch.providers.base import DraftRef, MessageRef, Provider
from mailwatch.providers.memory import MemoryProvider

from tests.providers.contract import ProviderContract, make_message


class TestMemoryProvider(ProviderContract):
    @pytest.fixture
    def provider(self) -> MemoryProvider:
        return MemoryProvider()

    def deliver(self, provider: MemoryProvider, raw: bytes, folder: str = "inbox") -> None:
        provider.deliver(raw, folder)

    def vanish(self, provider: MemoryProvider, ref: MessageRef) -> None:
        provider.expunge(ref)

    def draft_bytes(self, provider: MemoryProvider, ref: str) -> bytes:
        return provider.drafts[ref]

    def user_edit(self, provider: MemoryProvider, ref: DraftRef, body: str) -> None:
        provider.edit_draft(ref, body)

    def user_send(self, provider: MemoryProvider, ref: DraftRef) -> None:
        provider.user_send_draft(ref)

    def user_delete(self, provider: MemoryProvider, ref: DraftRef) -> None:
        provider.user_delete_draft(ref)

    def add_foreign_draft(self, provider: MemoryProvider, raw: bytes) -> str:
        provider.drafts["draft:foreign"] = raw
        return "draft:foreign"

    def snapshot(self, provider: MemoryProvider) -> Any:
        return copy.deepcopy((provider._messages, provider.drafts))


class _CutFromFetch(MemoryProvider):
    """A provider that does not override `fetch_headers`: the base class's default."""

    fetch_headers = Provider.fetch_headers


class TestBaseClassFetchHeaders(TestMemoryProvider):
    """The default `fetch_headers` (whole fetch, cut) holds to the same contract."""

    @pytest.fixture
    def provider(self) -> MemoryProvider:
        return _CutFromFetch()


def test_thread_is_keyed_by_the_root_message_id() -> None:
    box = MemoryProvider()
    root = box.deliver(make_message("Invitation", msgid="root@x"))
    reply = box.send(make_message("Re: Invitation", msgid="r1@x", in_reply_to="root@x"))
    later = box.deliver(
        make_message(
            "Re: Invitation", msgid="r2@x", in_reply_to="r1@x", references=("root@x", "r1@x")
        )
    )
    box.deliver(make_message("Unrelated", msgid="other@x"))
    assert box.thread("root@x") == [root, reply, later]
