"""Gmail credentials against the fake's OAuth token endpoint: the headless consent flow,
token files (permissions, silent refresh, write-back) and refused refreshes.

The browser itself is not tested: `FakeGmail.consent` stands for the user pressing Allow,
and hands back the address Google would send the browser to.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mailwatch.providers import gmail_auth
from mailwatch.providers.base import AuthExpired
from mailwatch.providers.gmail import GmailProvider

from tests.fakes.gmail_api import CLIENT_ID, CLIENT_SECRET, FakeGmail
from tests.fakes.gmail_fixtures import fake
from tests.providers.contract import make_message

__all__ = ["fake"]


@pytest.fixture(autouse=True)
def _oauthlib_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The fake's token endpoint is plain http on loopback; oauthlib wants https unless told.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setenv("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")  # restored after the test
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def client_secrets(fake: FakeGmail, tmp_path: Path) -> Path:
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps({"installed": {
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "auth_uri": fake.url + "o/oauth2/auth", "token_uri": fake.url + "token",
        "redirect_uris": ["http://localhost"]}}))
    return path


def consenting(fake: FakeGmail, printed: list[str], **grant: list[str]
               ) -> Callable[[str], str]:
    """The user: opens the printed URL elsewhere, allows, pastes the address back."""
    def ask(prompt: str) -> str:
        words = " ".join(printed).split()
        url = next(w for w in words if w.startswith(fake.url + "o/oauth2/auth"))
        return fake.consent(url, **grant)
    return ask


def token_file(fake: FakeGmail, path: Path, *, expired: bool, mode: int = 0o600) -> Path:
    """An authorized-user JSON as `authorize` writes it, its refresh token known to the fake."""
    fake.refresh_tokens.add("1//fake-refresh")
    fake.scopes = list(gmail_auth.GMAIL_SCOPES)
    expiry = datetime.now(UTC) + timedelta(hours=-1 if expired else 1)
    path.write_text(json.dumps({
        "token": "ya29.stale" if expired else fake.token, "refresh_token": "1//fake-refresh",
        "token_uri": fake.url + "token", "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "scopes": list(gmail_auth.GMAIL_SCOPES),
        "expiry": expiry.strftime("%Y-%m-%dT%H:%M:%SZ")}))
    path.chmod(mode)
    return path


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ------------------------------------------------------------------ consent


def test_headless_consent_writes_a_private_token_that_the_provider_uses(fake, tmp_path) -> None:
    printed: list[str] = []
    path = gmail_auth.authorize({}, client_secrets(fake, tmp_path), headless=True,
                                calendar=False, out=printed.append,
                                ask=consenting(fake, printed))
    assert path == tmp_path / "data" / "mailwatch" / "gmail" / "token.json"
    assert mode_of(path) == 0o600 and mode_of(path.parent) == 0o700
    saved = json.loads(path.read_text())
    assert saved["refresh_token"] in fake.refresh_tokens
    assert set(saved["scopes"]) == set(gmail_auth.GMAIL_SCOPES)
    grant = next(r for r in fake.token_requests if r["grant_type"] == "authorization_code")
    assert grant["code_verifier"]  # PKCE, checked by the fake
    assert any("Saved the Gmail token" in line for line in printed)

    fake.deliver(make_message("Hello", msgid="hello@x"))
    provider = GmailProvider.from_config({"api_endpoint": fake.url,  # the default file
                                          "token_uri": fake.url + "token"})
    assert len(provider.changes(None)[0]) == 1


def test_consent_asks_for_calendar_only_when_wanted(fake, tmp_path) -> None:
    printed: list[str] = []
    options = {"token_file": str(tmp_path / "cal" / "token.json")}
    gmail_auth.authorize(options, client_secrets(fake, tmp_path), headless=True,
                         calendar=True, out=printed.append, ask=consenting(fake, printed))
    assert "calendar.events.readonly" in " ".join(printed)
    assert set(json.loads(Path(options["token_file"]).read_text())["scopes"]) == \
        {*gmail_auth.GMAIL_SCOPES, gmail_auth.CALENDAR_SCOPE}


def test_an_unticked_scope_is_refused_and_nothing_is_saved(fake, tmp_path) -> None:
    printed: list[str] = []
    ask = consenting(fake, printed, granted=[gmail_auth.GMAIL_SCOPES[0]])
    with pytest.raises(AuthExpired) as caught:
        gmail_auth.authorize({}, client_secrets(fake, tmp_path), headless=True,
                             calendar=False, out=printed.append, ask=ask)
    assert "gmail.compose" in str(caught.value) and "tick every box" in str(caught.value)
    assert not gmail_auth.default_token_file().exists()


def test_a_pasted_address_that_is_not_the_redirect_is_refused(fake, tmp_path) -> None:
    with pytest.raises(AuthExpired):
        gmail_auth.authorize({}, client_secrets(fake, tmp_path), headless=True,
                             calendar=False, out=lambda _: None,
                             ask=lambda _: "https://evil.example/?code=x&state=y")


def test_a_forged_state_is_refused(fake, tmp_path) -> None:
    printed: list[str] = []
    real = consenting(fake, printed)

    def forged(prompt: str) -> str:
        return real(prompt).replace("state=", "state=forged")

    with pytest.raises(AuthExpired, match="mismatching_state"):
        gmail_auth.authorize({}, client_secrets(fake, tmp_path), headless=True,
                             calendar=False, out=printed.append, ask=forged)
    assert not gmail_auth.default_token_file().exists()


# ------------------------------------------------------------------ token files


def test_an_expired_token_is_refreshed_and_written_back_privately(fake, tmp_path) -> None:
    path = token_file(fake, tmp_path / "token.json", expired=True)
    provider = GmailProvider.from_config({"api_endpoint": fake.url, "token_file": str(path),
                                          "token_uri": fake.url + "token"})
    provider.changes(None)
    assert [r["grant_type"] for r in fake.token_requests] == ["refresh_token"]
    assert json.loads(path.read_text())["token"] == fake.token
    assert mode_of(path) == 0o600


def test_a_token_rejected_mid_run_is_refreshed_and_saved(fake, tmp_path) -> None:
    path = token_file(fake, tmp_path / "token.json", expired=False)
    provider = GmailProvider.from_config({"api_endpoint": fake.url, "token_file": str(path),
                                          "token_uri": fake.url + "token"})
    _, cursor = provider.changes(None)
    assert fake.token_requests == []
    fake.rotate_token()  # revoked server-side before its expiry
    provider.changes(cursor)
    assert len(fake.token_requests) == 1
    assert json.loads(path.read_text())["token"] == fake.token
    assert mode_of(path) == 0o600


def test_a_token_file_others_can_read_is_refused(fake, tmp_path) -> None:
    path = token_file(fake, tmp_path / "token.json", expired=False, mode=0o644)
    provider = GmailProvider.from_config({"api_endpoint": fake.url, "token_file": str(path),
                                          "token_uri": fake.url + "token"})
    with pytest.raises(AuthExpired) as caught:
        provider.changes(None)
    assert f"chmod 600 {path}" in str(caught.value)
    assert fake.calls == []


def test_a_revoked_refresh_token_is_auth_expired(fake, tmp_path) -> None:
    path = token_file(fake, tmp_path / "token.json", expired=True)
    fake.revoke()
    provider = GmailProvider.from_config({"api_endpoint": fake.url, "token_file": str(path),
                                          "token_uri": fake.url + "token"})
    with pytest.raises(AuthExpired) as caught:
        provider.changes(None)
    assert "mailwatch auth gmail" in str(caught.value)
    assert "1//fake-refresh" not in str(caught.value)


def test_a_broken_token_file_is_auth_expired(fake, tmp_path) -> None:
    path = tmp_path / "token.json"
    path.write_text("{not json")
    os.chmod(path, 0o600)
    provider = GmailProvider.from_config({"api_endpoint": fake.url, "token_file": str(path),
                                          "token_uri": fake.url + "token"})
    with pytest.raises(AuthExpired, match="not a usable Gmail token file"):
        provider.changes(None)


def test_each_account_gets_a_token_file_of_its_own() -> None:
    work = gmail_auth.account_options("work", {}, lookback_days=90)
    home = gmail_auth.account_options("../home", {"lookback_days": 30}, lookback_days=90)
    assert Path(work["token_file"]).name == "work.json" and work["lookback_days"] == 90
    assert Path(home["token_file"]).parent == gmail_auth.default_token_file().parent
    assert home["lookback_days"] == 30
    assert "token_file" not in gmail_auth.account_options("x", {"token_command": "pass x"})
    assert GmailProvider.config_problems(work) == []
