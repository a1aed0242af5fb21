"""A fake Microsoft identity platform, for msal's documented ``http_client`` hook.

msal refuses an ``http://`` authority, so the fake is not a server: it is the object msal
calls ``get``/``post`` on (API-NOTES.md), answering for https://login.microsoftonline.com
what msal asks during a device-code or browser sign-in and a silent refresh: instance
and tenant discovery, ``/devicecode`` and ``/token`` (authorization-code, device-code and
refresh-token grants). Tokens it issues can be granted on the fake Graph (`on_token`),
so a whole sign-in -> cache -> refresh -> Graph call runs for real. `browser()` gives a
`webbrowser` controller that plays the user in the browser for the interactive flow.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.request
import uuid
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

HOST = "https://login.microsoftonline.com"
TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"  # the consumer tenant's well-known id


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


@dataclass
class FakeResponse:
    """What msal reads of an HTTP response."""

    status_code: int
    text: str
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise RuntimeError(f"HTTP {self.status_code}")


@dataclass
class FakeLogin:
    client_id: str
    username: str = "thandi@example.org"
    name: str = "Thandi Nkosi"
    access_lifetime: int = 3600  # seconds; msal refreshes silently within 5 minutes of it
    on_token: Callable[[str], Any] | None = None  # e.g. grant the token on the fake Graph
    approved: set[str] = field(default_factory=set)  # device user codes the user entered
    declined: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    calls: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    nonces: dict[str, str] = field(default_factory=dict)  # auth code -> nonce
    scopes: dict[str, str] = field(default_factory=dict)  # device code -> scopes asked for
    _count: int = 0

    # -- msal's hook --------------------------------------------------------------------

    def get(self, url: str, params: dict[str, Any] | None = None, headers: Any = None,
            **_: Any) -> FakeResponse:
        self.calls.append(("GET", url, dict(params or {})))
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != HOST:
            return FakeResponse(404, json.dumps({"error": "not_found"}))
        tenant = parts.path.strip("/").split("/")[0]
        if parts.path.endswith("/.well-known/openid-configuration"):
            return self._json(self._openid(tenant))
        if parts.path.endswith("/discovery/instance"):
            return self._json({"tenant_discovery_endpoint":
                               f"{HOST}/{tenant}/v2.0/.well-known/openid-configuration",
                               "api-version": "1.1",
                               "metadata": [{"preferred_network": "login.microsoftonline.com",
                                             "preferred_cache": "login.windows.net",
                                             "aliases": ["login.microsoftonline.com",
                                                         "login.windows.net"]}]})
        return FakeResponse(404, json.dumps({"error": "not_found"}))

    def post(self, url: str, params: dict[str, Any] | None = None, data: Any = None,
             headers: Any = None, **_: Any) -> FakeResponse:
        form = dict(data or {})
        self.calls.append(("POST", url, form))
        path = urlsplit(url).path
        if form.get("client_id") != self.client_id:
            return self._error("unauthorized_client", "unknown application", 400)
        if path.endswith("/oauth2/v2.0/devicecode"):
            return self._devicecode(form)
        if path.endswith("/oauth2/v2.0/token"):
            return self._token(form)
        return FakeResponse(404, json.dumps({"error": "not_found"}))

    def close(self) -> None:
        pass

    # -- the identity platform -------------------------------------------------------------

    def _openid(self, tenant: str) -> dict[str, Any]:
        base = f"{HOST}/{tenant}"
        return {"authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "issuer": f"{HOST}/{{tenantid}}/v2.0", "jwks_uri": f"{base}/discovery/keys",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "tenant_region_scope": None}

    def _devicecode(self, form: dict[str, Any]) -> FakeResponse:
        scopes = set(str(form.get("scope", "")).split())
        if not {"Mail.ReadWrite", "Calendars.Read", "offline_access"} <= scopes:
            return self._error("invalid_scope", f"unexpected scopes {sorted(scopes)}", 400)
        self._count += 1
        code = f"FAKE{self._count:04d}"
        self.scopes[code] = str(form["scope"])
        return self._json({"device_code": f"dc-{code}", "user_code": code,
                           "verification_uri": "https://microsoft.com/devicelogin",
                           "expires_in": 30, "interval": 0,
                           "message": f"To sign in, use a web browser to open the page "
                                      f"https://microsoft.com/devicelogin and enter the code "
                                      f"{code} to authenticate."})

    def _token(self, form: dict[str, Any]) -> FakeResponse:
        grant = form.get("grant_type")
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            code = str(form.get("device_code", ""))[3:]
            if code in self.declined:
                return self._error("authorization_declined", "the user declined", 400)
            if code not in self.approved:
                return self._error("authorization_pending", "waiting for the user", 400)
            return self._issue({**form, "scope": self.scopes.get(code, "")})
        if grant == "authorization_code":
            nonce = self.nonces.pop(str(form.get("code")), None)
            if nonce is None or not form.get("code_verifier"):
                return self._error("invalid_grant", "unknown code or no PKCE verifier", 400)
            return self._issue(form, nonce=nonce)
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return self._error("invalid_grant", "AADSTS70008: the refresh token has "
                                   "expired due to inactivity", 400)
            self.refresh_tokens.discard(form["refresh_token"])  # rotated on each use
            return self._issue(form)
        return self._error("unsupported_grant_type", str(grant), 400)

    def _issue(self, form: dict[str, Any], nonce: str | None = None) -> FakeResponse:
        self._count += 1
        access, refresh = f"fake-at-{self._count}", f"fake-rt-{self._count}"
        self.refresh_tokens.add(refresh)
        if self.on_token is not None:
            self.on_token(access)
        now = int(time.time())
        user_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"mailto:{self.username}"))
        claims = {"aud": self.client_id, "iss": f"{HOST}/{TENANT_ID}/v2.0", "iat": now,
                  "nbf": now, "exp": now + 3600, "name": self.name, "oid": user_id,
                  "preferred_username": self.username, "sub": "fake-subject",
                  "tid": TENANT_ID, "ver": "2.0"}
        if nonce:
            claims["nonce"] = nonce
        id_token = ".".join([_b64(b'{"alg":"none","typ":"JWT"}'),
                             _b64(json.dumps(claims).encode()), ""])
        client_info = _b64(json.dumps({"uid": user_id, "utid": TENANT_ID}).encode())
        return self._json({"token_type": "Bearer", "scope": form.get("scope", ""),
                           "expires_in": self.access_lifetime,
                           "ext_expires_in": self.access_lifetime, "access_token": access,
                           "refresh_token": refresh, "id_token": id_token,
                           "client_info": client_info})

    @staticmethod
    def _json(payload: dict[str, Any]) -> FakeResponse:
        return FakeResponse(200, json.dumps(payload))

    @staticmethod
    def _error(code: str, description: str, status: int) -> FakeResponse:
        return FakeResponse(status, json.dumps({"error": code, "error_description": description}))

    # -- the user ---------------------------------------------------------------------------

    def approve_from(self, message: str) -> None:
        """The user reads msal's device-code message and enters the code."""
        self.approved.add(message.rstrip(" .").split(" the code ")[1].split()[0])

    def browser(self) -> webbrowser.BaseBrowser:
        """A browser in which the user signs in at once: for the authorization URL msal
        opens, it posts a code and the state back to msal's redirect URI on localhost."""
        login = self

        class SigningInBrowser(webbrowser.BaseBrowser):
            def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
                query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
                code = f"ac-{len(login.nonces) + 1}"
                login.nonces[code] = query.get("nonce", "")
                reply = urlencode({"code": code, "state": query["state"]}).encode()
                post = urllib.request.Request(query["redirect_uri"], data=reply, method="POST")
                # response_mode=form_post: the sign-in page posts the answer back
                threading.Thread(target=lambda: urllib.request.urlopen(post, timeout=10).read(),
                                 daemon=True).start()
                return True

        return SigningInBrowser("signing-in")
