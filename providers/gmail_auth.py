"""Gmail credentials: the one-time consent (`authorize`), and loading tokens for a cycle.

Two ways to get an access token, chosen by the account's options:

``token_file`` (default: ``<user data dir>/gmail/<account name>.json`` via
`account_options`, else ``<user data dir>/gmail/token.json``)
    The authorized-user JSON `authorize` writes (refresh token, client id and secret).
    It is a long-lived secret, so it is written 0600 inside a 0700 directory and a file
    that other users can read is refused rather than used. An expired access token is
    refreshed silently and written back, atomically, with the same permissions. Refreshes
    go to Google's token endpoint, or to the account's ``token_uri`` (tests, proxies): a
    ``token_uri`` inside the file is ignored, as google-auth itself does.
``token_command``
    A shell command printing an access token (the mutt/aerc/oama way of leaving OAuth to
    another tool). It is run when the first call needs a token and again whenever Google
    rejects the token with 401; if the fresh token is refused too, the cycle stops with
    AuthExpired.

The consent flow is google-auth-oauthlib's InstalledAppFlow with a loopback redirect
(Google retired the copy-the-code "OOB" flow). Without a browser on this machine
(``headless``) mailwatch prints the consent URL; the user opens it anywhere, and after
"Allow" the browser is sent to ``http://localhost:PORT/?code=…``, which fails to load on
that other machine: its address is pasted back here and exchanged for the tokens.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from mailwatch.providers.base import AuthExpired, ProviderError, check_private

GMAIL_SCOPES = ("https://www.googleapis.com/auth/gmail.readonly",
                "https://www.googleapis.com/auth/gmail.compose")
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events.readonly"
TOKEN_COMMAND_TIMEOUT = 60.0
#: How long a token printed by token_command is trusted before the command runs again
#: (Google's access tokens live an hour; a 401 re-runs the command earlier anyway).
COMMAND_TOKEN_LIFETIME = timedelta(minutes=45)
RE_AUTH = "run `mailwatch auth gmail --account NAME`"


def default_token_file() -> Path:
    return Path(platformdirs.user_data_dir("mailwatch")) / "gmail" / "token.json"


def account_options(name: str, options: dict[str, Any],
                    lookback_days: int | None = None) -> dict[str, Any]:
    """An account's options with what only the caller knows filled in: a token file of its
    own under the data dir (``gmail/<name>.json``, so two Gmail accounts never share one)
    unless token_file or token_command is set, and the config's look-back window."""
    out = dict(options)
    if not out.get("token_file") and not out.get("token_command"):
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".") or "account"
        out["token_file"] = str(default_token_file().parent / f"{safe}.json")
    if lookback_days is not None:
        out.setdefault("lookback_days", lookback_days)
    return out


def token_path(options: dict[str, Any]) -> Path:
    """Where an account's token file is: `token_file`, else the default. The provider and
    `authorize` both ask here, so they cannot disagree."""
    configured = options.get("token_file")
    return Path(configured).expanduser() if configured else default_token_file()


# ------------------------------------------------------------------ token files


def _private_dir(path: Path) -> None:
    """Create the token's directory 0700; tighten the default one if it is looser."""
    existed = path.exists()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and (not existed or path == default_token_file().parent):
        path.chmod(0o700)


def write_token(path: Path, data: str) -> None:
    """Write the token JSON atomically, 0600 from the first byte."""
    _private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=path.parent)  # mkstemp makes it 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fp:
            fp.write(data)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def load_file_credentials(path: Path, token_uri: str | None = None) -> Any:
    """Credentials from an authorized-user JSON, refreshed (and saved) when expired.

    google-auth ignores a ``token_uri`` inside the file (so a planted file cannot send the
    refresh token elsewhere); `token_uri` here is the account's configured one, Google's
    by default.
    """
    from google.auth.exceptions import RefreshError, TransportError
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    try:
        check_private(path, "a Gmail refresh token", fix=RE_AUTH)
        info = json.loads(path.read_text(encoding="utf-8"))
        creds = Credentials.from_authorized_user_info(info)
    except FileNotFoundError:
        raise AuthExpired(f"no Gmail token at {path}: {RE_AUTH}") from None
    except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise AuthExpired(f"{path} is not a usable Gmail token file ({exc.__class__.__name__})"
                          f": {RE_AUTH}") from None
    if token_uri:
        creds = Credentials(token=creds.token, refresh_token=creds.refresh_token,
                            token_uri=token_uri, client_id=creds.client_id,
                            client_secret=creds.client_secret, scopes=creds.scopes,
                            expiry=creds.expiry)
    if not creds.valid and creds.refresh_token:
        try:
            creds.refresh(Request())
        except RefreshError as exc:
            reason = exc.args[0] if exc.args else "refused"
            raise AuthExpired(f"Google refused to refresh the Gmail token in {path} "
                              f"({str(reason)[:200]}): {RE_AUTH}") from None
        except TransportError as exc:
            raise ProviderError(f"cannot reach the token endpoint to refresh the Gmail token "
                                f"({exc.__class__.__name__})") from None
        write_token(path, creds.to_json())
    return creds


# ------------------------------------------------------------------ token_command


def run_token_command(command: str) -> str:
    """The first line of the command's output; AuthExpired when it gives none."""
    try:
        done = subprocess.run(command, shell=True, capture_output=True, text=True,
                              timeout=TOKEN_COMMAND_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise AuthExpired(f"token_command timed out after {exc.timeout:.0f} s") from None
    except OSError as exc:
        raise AuthExpired(f"token_command could not run: {exc.strerror}") from None
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [""])[-1][:200]
        raise AuthExpired(f"token_command failed (exit {done.returncode}): {why}")
    lines = done.stdout.splitlines()
    token = lines[0].strip() if lines else ""
    if not token:
        raise AuthExpired("token_command printed no token")
    return token


def command_credentials(command: str) -> Any:
    """Credentials whose every refresh runs `command`. google-auth calls the refresh
    handler before the first request and whenever a request answers 401, so a rejected
    token is replaced once, and a second 401 reaches the caller."""
    from google.oauth2.credentials import Credentials

    def handler(request: Any, scopes: Any = None) -> tuple[str, datetime]:
        token = run_token_command(command)
        return token, datetime.now(UTC).replace(tzinfo=None) + COMMAND_TOKEN_LIFETIME

    return Credentials(token=None, refresh_handler=handler)


# ------------------------------------------------------------------ consent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def authorize(options: dict[str, Any], client_secrets: Path, *, headless: bool,
              calendar: bool, out: Callable[[str], Any] = print,
              ask: Callable[[str], str] = input) -> Path:
    """Run Google's consent for an account and save its token; returns the token path.

    `client_secrets` is the "Desktop app" OAuth client JSON from the Google Cloud console.
    With `headless`, no browser is opened and no local server waits: the URL is printed
    (`out`) and the address the browser ends up on is read back (`ask`).
    """
    from google_auth_oauthlib.flow import InstalledAppFlow
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    scopes = [*GMAIL_SCOPES, *([CALENDAR_SCOPE] if calendar else [])]
    # With granular consent the user may untick a scope, and Google may add ones granted
    # earlier; oauthlib would raise a bare Warning for either. The granted scopes are
    # checked below instead, with a message that says what to do.
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets), scopes=scopes)
    except (OSError, ValueError) as exc:
        raise ProviderError(f"cannot use {client_secrets} as OAuth client secrets "
                            f"({exc.__class__.__name__}: {str(exc)[:200]}); download the "
                            "JSON of a \"Desktop app\" OAuth client") from None
    try:
        if headless:
            creds = _paste_flow(flow, out, ask)
        else:
            creds = flow.run_local_server(
                host="localhost", port=0, open_browser=True, prompt="consent",
                authorization_prompt_message="If no browser opened, visit this URL on this "
                                             "machine to allow mailwatch:\n{url}")
    except OAuth2Error as exc:
        raise AuthExpired(f"Google did not grant access: {exc.error}"
                          f"{': ' + exc.description if exc.description else ''}") from None
    granted = creds.granted_scopes or scopes
    if isinstance(granted, str):
        granted = granted.split()
    if _unticked(scopes, granted):
        raise AuthExpired(_unticked(scopes, granted))
    if not creds.refresh_token:
        raise AuthExpired("Google returned no refresh token; remove mailwatch's access at "
                          "https://myaccount.google.com/permissions and run this again")
    path = token_path(options)
    write_token(path, creds.to_json())
    out(f"Saved the Gmail token to {path} (readable by you only).")
    return path


def _unticked(wanted: list[str], granted: Any) -> str:
    """A message naming the scopes the user did not grant; "" when none is missing."""
    missing = [s.rsplit("/", 1)[1] for s in wanted if s not in set(granted or ())]
    if not missing:
        return ""
    return (f"access was granted without {', '.join(missing)}; run it again and tick every "
            "box on Google's consent page")


def _paste_flow(flow: Any, out: Callable[[str], Any], ask: Callable[[str], str]) -> Any:
    """The loopback flow without a listener: the user carries the redirect back by hand."""
    flow.redirect_uri = f"http://localhost:{_free_port()}/"
    url, _ = flow.authorization_url(prompt="consent", access_type="offline")
    out("Open this URL in a browser on any device and allow mailwatch:\n\n"
        f"{url}\n\nGoogle then sends the browser to {flow.redirect_uri}…, a page that will "
        "not load. Copy that page's whole address from the address bar.")
    answer = ask("Paste the address here: ").strip()
    if not answer.startswith(flow.redirect_uri + "?"):
        raise AuthExpired(f"that is not the address Google sent the browser to (it starts "
                          f"with {flow.redirect_uri}?)")
    # oauthlib insists on https for the response URL; the loopback redirect is plain http
    # by design (Google's installed-app flow), exactly as run_local_server handles it.
    flow.fetch_token(authorization_response="https://" + answer[len("http://"):])
    return flow.credentials
