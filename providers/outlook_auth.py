"""Signing in to Microsoft 365 / Outlook.com, and the access tokens the provider uses.

Two token sources, chosen by the account's options:

* ``token_command``: a shell command printing an access token (as mutt and aerc users
  already have, e.g. ``oama access me@example.org``). mailwatch never stores anything; a
  401 re-runs the command once.
* msal (the default): `authorize` signs in once — device code for headless machines,
  else the system browser — and msal keeps the refresh token in a token cache;
  `MsalToken` renews access tokens silently from it on each provider start.

The token cache holds a refresh token, i.e. mailbox access: msal-extensions encrypts it
where the platform offers it (DPAPI, Keychain, libsecret) and otherwise it is a file
written 0600 inside a 0700 directory (DESIGN.md, "Config"). A cache found readable by
others, or in a directory others can write, is refused with the fix, as Gmail's token file
is (`base.check_private`); signing in again writes it private. The application is
a public client (no secret); scopes are the least that drafts need: ``Mail.ReadWrite``
(read mail, write drafts; no ``Mail.Send``) and ``Calendars.Read``. msal adds ``openid
profile offline_access`` itself and refuses them if passed.
"""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mailwatch.providers.base import AuthExpired, ProviderError, check_private

log = logging.getLogger(__name__)

SCOPES = ("Mail.ReadWrite", "Calendars.Read")
LOGIN_HOST = "https://login.microsoftonline.com"
TOKEN_COMMAND_TIMEOUT = 60.0
SIGN_IN_HINT = "run `mailwatch auth outlook --account NAME`"


def default_token_cache() -> Path:
    import platformdirs  # the same data directory as the state database

    return Path(platformdirs.user_data_dir("mailwatch")) / "outlook" / "msal_token_cache.json"


def token_cache_path(options: dict[str, Any]) -> Path:
    configured = options.get("token_cache")
    return Path(configured).expanduser() if configured else default_token_cache()


def authority(options: dict[str, Any]) -> str:
    return f"{LOGIN_HOST}/{options.get('tenant') or 'common'}"


def open_token_cache(path: Path, *, encrypted: bool | None = None) -> Any:
    """A msal-extensions PersistedTokenCache at `path`.

    `encrypted` None tries the platform's encrypted store first and falls back to a plain
    file; False goes straight to the file. Either way the directory is 0700 and the file
    0600 (the encrypted stores also keep a signal file there).
    """
    from msal_extensions import FilePersistence, PersistedTokenCache, build_encrypted_persistence

    path = path.expanduser()
    if not path.parent.is_dir():
        path.parent.mkdir(mode=0o700, parents=True)
        os.chmod(path.parent, 0o700)  # mkdir's mode is filtered by the umask
    persistence = None
    if encrypted is not False:
        try:
            persistence = build_encrypted_persistence(str(path))
        except Exception as exc:  # no libsecret / keychain here: a 0600 file instead
            log.info("no encrypted token store (%s); using a 0600 file", exc.__class__.__name__)
    if persistence is None:
        persistence = FilePersistence(str(path))
    _tighten(path)
    return PersistedTokenCache(persistence)


def _tighten(path: Path) -> None:
    """0600 on the cache file (and msal's lock file), whoever created them."""
    for candidate in (path, Path(f"{path}.lockfile")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def _application(options: dict[str, Any], cache: Any, http_client: Any) -> Any:
    import msal  # imported here: only Outlook users pay for it

    client_id = options.get("client_id")
    if not client_id:
        raise ValueError("an outlook account needs client_id to sign in")
    extra = {"http_client": http_client} if http_client is not None else {}
    return msal.PublicClientApplication(client_id, authority=authority(options),
                                        token_cache=cache, **extra)


def _why(result: dict[str, Any] | None) -> str:
    if not result:
        return "no answer"
    text = result.get("error_description") or result.get("error") or "unknown error"
    return str(text).splitlines()[0][:300]


def authorize(options: dict[str, Any], *, device_code: bool,
              out: Callable[[str], Any] = print, http_client: Any = None) -> Path:
    """Sign in once and store the refresh token; returns the token cache's path.

    `device_code` prints msal's "go to https://microsoft.com/devicelogin and enter CODE"
    message (headless machines, SSH); otherwise the system browser opens on the sign-in
    page and msal receives the answer on http://localhost. `http_client` is msal's hook
    for its HTTP calls (tests pass a local fake). Raises AuthExpired when sign-in fails.
    """
    path = token_cache_path(options)
    cache = open_token_cache(path)
    app = _application(options, cache, http_client)
    if device_code:
        flow = app.initiate_device_flow(scopes=list(SCOPES))
        if "user_code" not in flow:
            raise AuthExpired(f"device sign-in could not start: {_why(flow)}")
        out(flow["message"])
        result = app.acquire_token_by_device_flow(flow)
    else:
        out("A browser window opens for the Microsoft sign-in; finish there.")
        result = app.acquire_token_interactive(list(SCOPES), login_hint=options.get("username"),
                                               prompt="select_account")
    if not result or "access_token" not in result:
        raise AuthExpired(f"Microsoft sign-in failed: {_why(result)}")
    claims = result.get("id_token_claims") or {}
    who = claims.get("preferred_username") or claims.get("name") or "your account"
    out(f"Signed in as {who}; the token cache is {path}.")
    _tighten(path)
    return path


class CommandToken:
    """Access tokens printed by ``token_command`` (first line of stdout)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def token(self, force: bool = False) -> str:
        try:
            done = subprocess.run(self.command, shell=True, capture_output=True, text=True,
                                  timeout=TOKEN_COMMAND_TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise AuthExpired(f"token_command timed out after {exc.timeout:.0f} s") from None
        except OSError as exc:
            raise AuthExpired(f"token_command could not run: {exc}") from None
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or [""])[-1][:200]
            raise AuthExpired(f"token_command failed (exit {done.returncode}): {why}")
        lines = done.stdout.strip().splitlines()
        if not lines or not lines[0].strip():
            raise AuthExpired("token_command printed no token")
        return lines[0].strip()


class MsalToken:
    """Access tokens renewed silently from the msal token cache `authorize` filled."""

    def __init__(self, options: dict[str, Any], *, http_client: Any = None) -> None:
        self.options = dict(options)
        self.http_client = http_client
        self.username = options.get("username")
        self._app: Any = None

    def _application(self) -> Any:
        if self._app is None:
            path = token_cache_path(self.options)
            if not path.exists():
                raise AuthExpired(f"not signed in to Outlook (no token cache at {path}); "
                                  f"{SIGN_IN_HINT}")
            # Refused like Gmail's token file, not quietly tightened: the refresh token in
            # a cache others could read may already be copied, and only the user can say.
            check_private(path, "a Microsoft refresh token",
                          fix=f"{SIGN_IN_HINT} to replace the token")
            self._app = _application(self.options, open_token_cache(path), self.http_client)
        return self._app

    def token(self, force: bool = False) -> str:
        app = self._application()
        result: dict[str, Any] | None = None
        try:
            accounts = app.get_accounts(username=self.username) if self.username \
                else app.get_accounts()
            if len(accounts) == 1:
                result = app.acquire_token_silent_with_error(list(SCOPES), account=accounts[0],
                                                             force_refresh=force)
        except Exception as exc:  # msal's HTTP layer: the network, not the sign-in
            raise ProviderError(f"could not reach the Microsoft sign-in service: "
                                f"{exc.__class__.__name__}") from None
        if not accounts:
            who = f" as {self.username}" if self.username else ""
            raise AuthExpired(f"not signed in to Outlook{who}; {SIGN_IN_HINT}")
        if len(accounts) > 1:
            raise AuthExpired("the token cache holds several Microsoft accounts; set username "
                              "in this account's config to pick one")
        if not result or "access_token" not in result:
            raise AuthExpired(f"the Outlook sign-in needs renewing ({_why(result)}); "
                              f"{SIGN_IN_HINT}")
        return str(result["access_token"])


def token_source(options: dict[str, Any], *, http_client: Any = None) -> CommandToken | MsalToken:
    command = options.get("token_command")
    if command:
        return CommandToken(command)
    return MsalToken(options, http_client=http_client)
