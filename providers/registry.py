"""``provider = "gmail"`` -> a Provider class, importing the provider module only on demand.

Lazy on purpose: the Gmail and Outlook providers pull in large client libraries
(google-api-python-client, msal). A Maildir user should not pay their import time, and a
broken or missing optional dependency of one provider must not stop the others.
"""

from __future__ import annotations

import importlib
import inspect

from mailwatch.providers.base import Provider

#: name -> (module, class name). A module that lacks the class name is searched for the
#: Provider subclass whose `name` attribute equals the provider name.
_PROVIDERS: dict[str, tuple[str, str]] = {
    "gmail": ("mailwatch.providers.gmail", "GmailProvider"),
    "imap": ("mailwatch.providers.imap", "ImapProvider"),
    "maildir": ("mailwatch.providers.maildir", "MaildirProvider"),
    "memory": ("mailwatch.providers.memory", "MemoryProvider"),
    "outlook": ("mailwatch.providers.outlook", "OutlookProvider"),
}


class ProviderUnavailable(ValueError):
    """The configured provider name is unknown, or its module cannot be imported."""


def known_providers() -> tuple[str, ...]:
    """Every provider name a config may use (some may be unavailable in this install)."""
    return tuple(sorted(_PROVIDERS))


def get_provider_class(name: str) -> type[Provider]:
    """The class for `name`; raises ProviderUnavailable with a message a user can act on."""
    try:
        module_name, class_name = _PROVIDERS[name]
    except (KeyError, TypeError):
        raise ProviderUnavailable(
            f"unknown provider {name!r}; known: {', '.join(known_providers())}"
        ) from None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            raise ProviderUnavailable(
                f"provider {name!r} is not available in this version of mailwatch"
            ) from exc
        raise ProviderUnavailable(
            f"provider {name!r} needs the Python package {exc.name!r}, which is not "
            f"installed; reinstall mailwatch with its dependencies"
        ) from exc
    cls = getattr(module, class_name, None)
    if not _is_provider(cls):
        cls = next((c for _, c in inspect.getmembers(module, _is_provider) if c.name == name), None)
    if cls is None:
        raise ProviderUnavailable(f"module {module_name} defines no provider named {name!r}")
    return cls


def _is_provider(obj: object) -> bool:
    return inspect.isclass(obj) and issubclass(obj, Provider) and not inspect.isabstract(obj)
