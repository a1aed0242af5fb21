"""The lazy provider registry: names a config may use, and errors a user can act on."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest
from mailwatch.providers import registry
from mailwatch.providers.maildir import MaildirProvider
from mailwatch.providers.memory import MemoryProvider
from mailwatch.providers.registry import (
    ProviderUnavailable,
    get_provider_class,
    known_providers,
)


def test_builtin_providers() -> None:
    assert get_provider_class("maildir") is MaildirProvider
    assert get_provider_class("memory") is MemoryProvider
    assert known_providers() == ("gmail", "imap", "maildir", "memory", "outlook")


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ProviderUnavailable, match="unknown provider 'gmial'; known: gmail"):
        get_provider_class("gmial")


def test_provider_module_not_shipped_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> ModuleType:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(importlib, "import_module", missing)
    with pytest.raises(ProviderUnavailable, match="'imap' is not available in this version"):
        get_provider_class("imap")


def test_missing_dependency_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> ModuleType:
        raise ModuleNotFoundError("No module named 'googleapiclient'", name="googleapiclient")

    monkeypatch.setattr(importlib, "import_module", broken)
    with pytest.raises(ProviderUnavailable, match="needs the Python package 'googleapiclient'"):
        get_provider_class("gmail")


def test_class_found_by_provider_name(monkeypatch: pytest.MonkeyPatch) -> None:
    module = ModuleType("fake_imap")

    class SomeImap(MemoryProvider):
        name = "imap"

    module.SomeImap = SomeImap  # type: ignore[attr-defined]
    monkeypatch.setattr(importlib, "import_module", lambda name: module)
    assert registry.get_provider_class("imap") is SomeImap
