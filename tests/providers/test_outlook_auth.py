"""Signing in to Outlook with msal, end to end: the real msal library talks through its
documented ``http_client`` hook to a fake identity platform (`tests.fakes.msal_http`),
keeps its tokens in a msal-extensions cache on disk, and the provider then reads mail from
the fake Graph with the tokens it got (`on_token` grants them there).
"""

from __future__ import annotations

import json
import stat
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mailwatch.providers.base import AuthExpired
from mailwatch.providers.outlook import OutlookProvider
from mailwatch.providers.outlook_auth import MsalToken, authorize

from tests.fakes.graph_api import GraphServer
from tests.fakes.graph_store import FakeMailbox
from tests.fakes.msal_http import FakeLogin
from tests.providers.contract import make_message

CLIENT_ID = "0e3b7e4c-2b1a-4c5e-9a0d-3f6b8c1d2e4f"


@pytest.fixture(scope="module")
def graph() -> Iterator[GraphServer]:
    server = GraphServer()
    yield server
    server.close()


@pytest.fixture
def mailbox(graph: GraphServer) -> FakeMailbox:
    box = graph.add_mailbox()
    box.deliver(make_message("Interview", msgid="auth@x"))
    return box


@pytest.fixture
def login(graph: GraphServer, mailbox: FakeMailbox) -> FakeLogin:
    return FakeLogin(client_id=CLIENT_ID, on_token=lambda token: graph.grant(mailbox, token))


@pytest.fixture
def options(graph: GraphServer, tmp_path: Path) -> dict[str, Any]:
    return {"client_id": CLIENT_ID, "token_cache": str(tmp_path / "outlook" / "cache.json"),
            "graph_endpoint": graph.base}


def sign_in(options: dict[str, Any], login: FakeLogin) -> tuple[Path, list[str]]:
    shown: list[str] = []

    def out(text: str) -> None:
        shown.append(text)
        if "devicelogin" in text:
            login.approve_from(text)  # the user types the code on another device

    return authorize(options, device_code=True, out=out, http_client=login), shown


def token_posts(login: FakeLogin, grant: str) -> int:
    return sum(1 for method, url, form in login.calls
               if method == "POST" and url.endswith("/token") and form.get("grant_type") == grant)


def test_device_code_sign_in_fills_a_private_cache_the_provider_reads(
    options: dict[str, Any], login: FakeLogin
) -> None:
    path, shown = sign_in(options, login)
    assert path == Path(options["token_cache"])
    assert "https://microsoft.com/devicelogin" in shown[0] and "FAKE" in shown[0]
    assert "Signed in as thandi@example.org" in shown[-1]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    cache = json.loads(path.read_text())
    assert cache["RefreshToken"] and cache["AccessToken"]
    scopes = next(iter(cache["AccessToken"].values()))["target"].split()
    assert {"Mail.ReadWrite", "Calendars.Read"} <= set(scopes)

    provider = OutlookProvider.from_config(options, msal_http_client=login)
    assert len(provider.changes(None)[0]) == 1  # the cached access token works on Graph
    assert token_posts(login, "refresh_token") == 0
    provider.close()


def test_an_expiring_access_token_is_renewed_silently(
    options: dict[str, Any], login: FakeLogin
) -> None:
    login.access_lifetime = 60  # msal renews tokens that expire within five minutes
    path, _ = sign_in(options, login)
    before = path.read_text()
    provider = OutlookProvider.from_config(options, msal_http_client=login)
    assert len(provider.changes(None)[0]) == 1
    assert token_posts(login, "refresh_token") == 1
    assert path.read_text() != before  # the rotated refresh token was saved
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_token_graph_refuses_is_refreshed_once(
    graph: GraphServer, options: dict[str, Any], login: FakeLogin
) -> None:
    sign_in(options, login)
    provider = OutlookProvider.from_config(options, msal_http_client=login)
    provider.changes(None)
    graph.expire(provider.client._token or "")  # revoked on the server side
    assert len(provider.changes(None)[0]) == 1
    assert token_posts(login, "refresh_token") == 1  # force_refresh, then it worked


def test_a_dead_refresh_token_asks_the_user_to_sign_in_again(
    options: dict[str, Any], login: FakeLogin
) -> None:
    login.access_lifetime = 60
    sign_in(options, login)
    login.refresh_tokens.clear()  # e.g. 90 days unused, or the password changed
    provider = OutlookProvider.from_config(options, msal_http_client=login)
    with pytest.raises(AuthExpired, match="mailwatch auth outlook"):
        provider.changes(None)


def test_no_sign_in_yet_is_auth_expired(options: dict[str, Any], login: FakeLogin) -> None:
    provider = OutlookProvider.from_config(options, msal_http_client=login)
    with pytest.raises(AuthExpired, match="mailwatch auth outlook"):
        provider.changes(None)
    assert login.calls == []


def test_a_declined_device_sign_in_fails_cleanly(options: dict[str, Any],
                                                 login: FakeLogin) -> None:
    def out(text: str) -> None:
        if "devicelogin" in text:
            login.declined.add(text.split(" the code ")[1].split()[0])

    with pytest.raises(AuthExpired, match="declined"):
        authorize(options, device_code=True, out=out, http_client=login)


def test_two_accounts_in_one_cache_need_a_username(
    options: dict[str, Any], login: FakeLogin
) -> None:
    sign_in(options, login)
    login.username = "thandi@work.example"
    sign_in(options, login)
    with pytest.raises(AuthExpired, match="set username"):
        MsalToken(options, http_client=login).token()
    chosen = MsalToken({**options, "username": "thandi@work.example"}, http_client=login)
    assert chosen.token().startswith("fake-at-")


def test_browser_sign_in(options: dict[str, Any], login: FakeLogin,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    """acquire_token_interactive with the system browser, which here is a fake user who
    signs in at once and is sent back to msal's local redirect URI."""
    monkeypatch.setattr(webbrowser, "_browsers", {})
    monkeypatch.setattr(webbrowser, "_tryorder", [])
    webbrowser.register("signing-in", None, login.browser(), preferred=True)
    shown: list[str] = []
    path = authorize(options, device_code=False, out=shown.append, http_client=login)
    assert "browser" in shown[0]
    assert token_posts(login, "authorization_code") == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    provider = OutlookProvider.from_config(options, msal_http_client=login)
    assert len(provider.changes(None)[0]) == 1
