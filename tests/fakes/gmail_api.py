"""A strict local fake of the Gmail API (and Google's OAuth token endpoint) over real HTTP.

The provider under test uses the real google-api-python-client pointed at this server
(``client_options={"api_endpoint": fake.url}``), so requests are built, batched, retried
and parsed by the library exactly as against Google. The fake:

* answers the methods in `gmail_methods.ROUTES`, checking every query parameter and JSON
  body against the discovery document the client library ships (unknown name or wrong
  type: 400), and refusing what it does not implement with a 400 that says so;
* wants ``Authorization: Bearer <token>`` with a token it issued (401 otherwise);
  `rotate_token` invalidates the old one, as an expiring access token does;
* serves the batch endpoint (``POST /batch``, multipart/mixed of application/http parts
  with bare ``\\n`` line ends, as the client sends them) and refuses more than 50 parts
  with 400 — stricter than Gmail's hard limit of 100, at the size Google recommends;
* throttles or fails on demand (`fail_next`), and can fail a ``drafts.create`` *after*
  storing the draft (`fail_create_after_store`), the ambiguous case the exactly-once
  protocol is about;
* is strict about draft threading by default: where real Gmail silently files a draft
  whose threadId does not fit its In-Reply-To/References/Subject into a new thread, the
  fake answers 400 (``FakeGmail(strict=False)`` behaves like Gmail);
* serves ``POST /token`` (refresh_token and authorization_code grants, PKCE S256), so
  token files and the consent flow can be tested without Google;
* hands ``/calendar/v3/…`` (Google Calendar, read with ``calendar = true``) to
  `gmail_calendar.FakeCalendar`, as strict as the rest.

Test helpers stand for the user's side: mail arriving, sending, editing or deleting a
draft in the Gmail web app.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from . import gmail_methods as methods
from .gmail_calendar import PREFIX as CALENDAR_PREFIX
from .gmail_calendar import FakeCalendar
from .gmail_methods import ApiError
from .gmail_schema import Invalid, check_query
from .gmail_store import Mailbox

MAX_BATCH = 50
CLIENT_ID = "1234-fake.apps.googleusercontent.com"
CLIENT_SECRET = "fake-client-secret"
_FAULTS = {
    "429": (429, "Too many concurrent requests for user.", "rateLimitExceeded", "usageLimits"),
    "403": (403, "User-rate limit exceeded.", "userRateLimitExceeded", "usageLimits"),
    "403-rate": (403, "Rate Limit Exceeded", "rateLimitExceeded", "usageLimits"),
    "500": (500, "Backend Error", "backendError", "global"),
    "503": (503, "The service is currently unavailable.", "backendError", "global"),
}


@dataclass
class Fault:
    kind: str
    method: str | None  # a discovery id suffix ("messages.get"), "batch", or None: any call
    retry_after: int | None = None


class FakeGmail:
    def __init__(self, *, strict: bool = True, clock: Callable[[], float] = time.time,
                 address: str = "thandi@example.org") -> None:
        self.box = Mailbox(address=address, clock=clock)
        self.calendar = FakeCalendar(address)  # Calendar API v3: tests/fakes/gmail_calendar
        self.strict = strict
        self.lock = threading.RLock()
        self._serial = itertools.count(1)
        self.tokens: set[str] = set()
        self.token = self.rotate_token()
        self.refresh_tokens: set[str] = set()
        self.scopes: list[str] = []  # granted at consent, echoed by refreshes
        self.codes: dict[str, dict[str, str]] = {}
        self.faults: list[Fault] = []
        self.fail_after_store = 0
        self.calls: list[str] = []  # every method served, batched ones included
        self.batch_sizes: list[int] = []
        self.token_requests: list[dict[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.fake = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                        daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def start(self) -> FakeGmail:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- the world's side: test helpers ---------------------------------------------------

    def deliver(self, raw: bytes, labels: tuple[str, ...] = ("INBOX", "UNREAD")) -> str:
        """Mail arriving (or, with ``("SENT",)``, mail the user sent from another client)."""
        with self.box.lock:
            return self.box.add(raw, labels, thread_id=self.box.thread_for(raw)).id

    def add_user_draft(self, raw: bytes) -> str:
        with self.box.lock:
            msg = self.box.add(raw, {"DRAFT"}, thread_id=self.box.thread_for(raw))
            did = f"r-{next(self.box._draft_ids)}"  # type: ignore[call-overload]
            self.box.drafts[did] = msg.id
            return did

    def user_edit_draft(self, did: str, body: str) -> None:
        """As the Gmail web app saves an edit: same draft id, a new message replacing the old
        one (new message id, same thread), headers kept."""
        with self.box.lock:
            old = self.box.messages[self.box.drafts[did]]
            msg = BytesParser(policy=policy.default).parsebytes(old.raw)
            msg.set_content(body)
            new = self.box.add(msg.as_bytes(), {"DRAFT"}, thread_id=old.thread_id)
            self.box.remove(old.id)
            self.box.drafts[did] = new.id

    def user_send_draft(self, did: str) -> str:
        """Send pressed: the draft goes away and its message becomes a SENT message (same
        message id and Message-ID; history logs labelAdded SENT, labelRemoved DRAFT)."""
        with self.box.lock:
            mid = self.box.drafts.pop(did)
            self.box.relabel(mid, add={"SENT"}, remove={"DRAFT"})
            return mid

    def user_delete_draft(self, did: str) -> None:
        with self.box.lock:
            self.box.remove(self.box.drafts.pop(did))

    def delete_message(self, mid: str) -> None:
        self.box.remove(mid)

    def draft_raw(self, did: str) -> bytes:
        """A draft's bytes behind the API's back, LF line ends (as it was handed in)."""
        with self.box.lock:
            return self.box.messages[self.box.drafts[did]].raw.replace(b"\r\n", b"\n")

    def drafts_raw(self) -> dict[str, bytes]:
        with self.box.lock:
            return {did: self.draft_raw(did) for did in self.box.drafts}

    def draft_labels(self, did: str) -> set[str]:
        with self.box.lock:
            return set(self.box.messages[self.box.drafts[did]].labels)

    def snapshot(self) -> Any:
        return self.box.snapshot()

    def expire_history(self) -> None:
        self.box.expire_history()

    # -- credentials --------------------------------------------------------------------

    def rotate_token(self) -> str:
        """A new valid access token; every earlier one now answers 401."""
        with self.lock:
            self.tokens = {token := f"ya29.fake-{secrets.token_urlsafe(12)}"}
            self.token = token
            return token

    def revoke(self) -> None:
        with self.lock:
            self.tokens.clear()
            self.refresh_tokens.clear()

    def consent(self, auth_url: str, *, granted: list[str] | None = None) -> str:
        """The user pressing Allow on Google's consent page for `auth_url`: returns the
        address the browser is sent to (redirect_uri with code and state)."""
        q = {k: v[0] for k, v in parse_qs(urlsplit(auth_url).query).items()}
        assert q["client_id"] == CLIENT_ID and q["response_type"] == "code", q
        code = f"4/fake-{secrets.token_urlsafe(8)}"
        with self.lock:
            self.codes[code] = q | {"granted": " ".join(granted or q["scope"].split())}
        return f"{q['redirect_uri']}?{urlencode({'state': q['state'], 'code': code})}"

    def _issue(self, scope: str) -> dict[str, Any]:
        token = f"ya29.fake-{secrets.token_urlsafe(12)}"
        with self.lock:
            self.tokens.add(token)
            self.token = token
        return {"access_token": token, "expires_in": 3599, "scope": scope,
                "token_type": "Bearer"}

    def token_endpoint(self, form: dict[str, str], authorization: str = ""
                       ) -> tuple[int, dict[str, Any]]:
        """Client credentials come as form fields or HTTP Basic, both as Google allows."""
        if authorization.startswith("Basic "):
            user, _, password = base64.b64decode(authorization[6:]).decode().partition(":")
            form = form | {"client_id": unquote(user), "client_secret": unquote(password)}
        self.token_requests.append(form)
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return 401, {"error": "invalid_client", "error_description": "Unauthorized"}
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant",
                             "error_description": "Token has been expired or revoked."}
            return 200, self._issue(" ".join(self.scopes))
        if form.get("grant_type") == "authorization_code":
            with self.lock:
                grant = self.codes.pop(form.get("code", ""), None)
            if grant is None or grant["redirect_uri"] != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if grant.get("code_challenge") and \
                    digest.rstrip(b"=").decode() != grant["code_challenge"]:
                return 400, {"error": "invalid_grant", "error_description": "PKCE failed"}
            refresh = f"1//fake-{secrets.token_urlsafe(16)}"
            self.refresh_tokens.add(refresh)
            self.scopes = grant["granted"].split()
            return 200, self._issue(grant["granted"]) | {"refresh_token": refresh}
        return 400, {"error": "unsupported_grant_type"}

    # -- faults ---------------------------------------------------------------------------

    def fail_next(self, n: int, kind: str = "429", *, method: str | None = None,
                  retry_after: int | None = None) -> None:
        """The next `n` calls (of `method` when given; "batch" names the batch envelope)
        answer like Gmail under quota pressure or an outage: kind "429", "403" (user
        rate limit), "403-rate", "500" or "503"."""
        assert kind in _FAULTS, kind
        with self.lock:
            self.faults.extend(Fault(kind, method, retry_after) for _ in range(n))

    def fail_create_after_store(self, n: int = 1) -> None:
        """The next `n` drafts.create calls store the draft, then answer 500."""
        self.fail_after_store += n

    def _fault_for(self, method_id: str) -> Fault | None:
        with self.lock:
            for i, fault in enumerate(self.faults):
                if (fault.method is None and method_id != "batch") or \
                        (fault.method is not None and method_id.endswith(fault.method)):
                    return self.faults.pop(i)
        return None

    # -- requests -----------------------------------------------------------------------

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        value = headers.get("authorization", "")
        return value.startswith("Bearer ") and value[7:] in self.tokens

    def dispatch(self, verb: str, target: str, headers: Mapping[str, str], body: bytes
                 ) -> tuple[int, dict[str, str], Any]:
        """One API call -> (status, extra headers, JSON or None)."""
        try:
            return 200, {}, self._call(verb, target, headers, body)
        except ApiError as exc:
            extra = {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'} \
                if exc.code == 401 else {}
            if getattr(exc, "retry_after", None):
                extra["Retry-After"] = str(exc.retry_after)  # type: ignore[attr-defined]
            return exc.code, extra, exc.body()

    def _call(self, verb: str, target: str, headers: Mapping[str, str], body: bytes) -> Any:
        parts = urlsplit(target)
        if parts.path.startswith(CALENDAR_PREFIX):
            return self.calendar.call(self, verb, parts, headers)
        prefix = "/gmail/v1/users/"
        if not parts.path.startswith(prefix):
            raise ApiError(404, f"no such path {parts.path}")
        user, _, rest = parts.path[len(prefix):].partition("/")
        route = next(((m, h, match) for v, rx, m, h in methods.ROUTES
                      if v == verb and (match := rx.match(rest))), None)
        if route is None:
            raise ApiError(404, f"the fake Gmail has no {verb} {parts.path}")
        method_id, handler, match = route
        if not self._authorized(headers):
            raise ApiError(401, "Request had invalid authentication credentials. Expected "
                                "OAuth 2 access token.", "authError")
        if user not in ("me", self.box.address):
            raise ApiError(403, "Delegation denied", "forbidden")
        self.calls.append(method_id)
        fault = self._fault_for(method_id)
        if fault is not None:
            exc = ApiError(*_FAULTS[fault.kind])
            exc.retry_after = fault.retry_after  # type: ignore[attr-defined]
            raise exc
        try:
            query = check_query(method_id, parse_qs(parts.query, keep_blank_values=True))
            payload = None
            if verb == "POST":
                if not headers.get("content-type", "").startswith("application/json"):
                    raise Invalid("the fake Gmail accepts JSON bodies only (no media upload)")
                payload = json.loads(body or b"null")
        except (Invalid, ValueError) as exc:
            raise ApiError(400, str(exc)) from None
        with self.box.lock:
            try:
                if method_id != "gmail.users.drafts.create":
                    return handler(self.box, query, payload, **match.groupdict())
                result = handler(self.box, query, payload, strict=self.strict)
            except Invalid as exc:
                raise ApiError(400, str(exc)) from None
            if self.fail_after_store:
                self.fail_after_store -= 1
                raise ApiError(500, "Backend Error", "backendError")
            return result

    def batch(self, content_type: str, body: bytes, headers: Mapping[str, str]
              ) -> tuple[int, dict[str, str], bytes]:
        fault = self._fault_for("batch")
        if fault is not None:
            exc = ApiError(*_FAULTS[fault.kind])
            return exc.code, {"Content-Type": "application/json"}, json.dumps(exc.body()).encode()
        envelope = BytesParser().parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        parts = envelope.get_payload() if envelope.is_multipart() else None
        if not parts or len(parts) > MAX_BATCH:
            error = ApiError(400, f"a batch holds 1 to {MAX_BATCH} requests, got "
                                  f"{len(parts) if parts else 0}")
            return 400, {"Content-Type": "application/json"}, json.dumps(error.body()).encode()
        self.batch_sizes.append(len(parts))
        boundary = f"batch_fake_{secrets.token_hex(8)}"
        out = []
        for part in parts:
            text = part.get_payload(decode=False)
            head, _, sub_body = text.replace("\r\n", "\n").partition("\n\n")
            request_line, *lines = head.split("\n")
            verb, target, _ = request_line.split(" ", 2)
            sub_headers = {k.strip().lower(): v.strip() for k, _, v in
                           (line.partition(":") for line in lines if line.strip())}
            if "authorization" not in sub_headers and "authorization" in headers:
                sub_headers["authorization"] = headers["authorization"]
            status, extra, payload = self.dispatch(verb, target, sub_headers,
                                                   sub_body.encode("utf-8"))
            reply_headers = "".join(f"{k}: {v}\r\n" for k, v in extra.items())
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{part['Content-ID'].strip('<>')}>\r\n\r\n"
                f"HTTP/1.1 {status} {'OK' if status < 300 else 'Error'}\r\n"
                f"Content-Type: application/json; charset=UTF-8\r\n{reply_headers}\r\n"
                f"{json.dumps(payload) if payload is not None else ''}\r\n")
        out.append(f"--{boundary}--\r\n")
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, \
            "".join(out).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httplib2 expects
    disable_nagle_algorithm = True  # small replies must not wait for delayed ACKs
    wbufsize = 1 << 16  # one write per reply (flushed by the base class after each)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        pass

    def _serve(self) -> None:
        fake: FakeGmail = self.server.fake  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = urlsplit(self.path).path
        if self.command == "POST" and path == "/token":
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            status, reply = fake.token_endpoint(form, headers.get("authorization", ""))
            self._send(status, {"Content-Type": "application/json"}, json.dumps(reply).encode())
        elif self.command == "POST" and path == "/batch":
            if not fake._authorized(headers):
                error = ApiError(401, "Request had invalid authentication credentials.")
                self._send(401, {"Content-Type": "application/json"},
                           json.dumps(error.body()).encode())
                return
            self._send(*fake.batch(headers.get("content-type", ""), body, headers))
        else:
            status, extra, payload = fake.dispatch(self.command, self.path, headers, body)
            data = json.dumps(payload).encode() if payload is not None else b""
            kind = {"Content-Type": "application/json; charset=UTF-8"} if data else {}
            self._send(204 if status == 200 and payload is None else status,
                       kind | extra, data)

    def _send(self, status: int, headers: dict[str, str], data: bytes) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = _serve


__all__ = ["CLIENT_ID", "CLIENT_SECRET", "FakeGmail"]
