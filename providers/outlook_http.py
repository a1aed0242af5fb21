"""Talking to Microsoft Graph over HTTPS: tokens, throttling, retries, `$batch`.

Why its own module: `outlook.py` reads like the other providers (cursor, drafts, markers);
everything here is about *reaching* Graph politely and safely:

* Outlook allows 4 concurrent requests per mailbox. A semaphore caps this client there,
  and `$batch` requests are chained with ``dependsOn`` so one batch occupies one slot
  (parallel sub-requests beyond the 4th come back 429 ``MailboxConcurrency``).
* 429 answers name a ``Retry-After``: it is honoured (through an injectable `sleep`, so
  tests are fast) a few times, then `Throttled` tells the caller to come back later.
* 5xx answers and dropped connections are retried with exponential backoff and jitter —
  for reads only. A write whose outcome is unknown raises `Ambiguous` at once: creating
  a draft is never repeated blindly; the provider first looks for its marker.
* 401 gets exactly one fresh token (re-running ``token_command`` or a forced msal
  refresh); a second 401 is `AuthExpired`.
* The bearer token only ever goes to the configured endpoint, also when following the
  ``@odata.nextLink`` / ``@odata.deltaLink`` URLs the server hands out.
"""

from __future__ import annotations

import base64
import binascii
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import requests
from mailwatch.providers.base import AuthExpired, NotFound, ProviderError, Throttled

MAX_CONCURRENCY = 4  # Outlook's limit per mailbox
BATCH_LIMIT = 20  # Graph's limit per $batch
READ_ATTEMPTS = 5  # tries of an idempotent request through 5xx and dropped connections
THROTTLE_WAITS = 4  # 429s honoured per request before giving up with Throttled
MAX_WAIT = 120.0  # a Retry-After longer than this is not waited for in-process
BACKOFF_BASE = 0.5
BACKOFF_CAP = 30.0
TIMEOUT = (10.0, 60.0)  # connect, read (seconds)


class TokenSource(Protocol):
    def token(self, force: bool = False) -> str:
        """A bearer token; `force` asks for a new one (the last was refused)."""
        ...


class GraphError(ProviderError):
    """Graph refused a request; `status` and `code` say how."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"Graph answered {status} {code}: {message}")
        self.status = status
        self.code = code


class Ambiguous(ProviderError):
    """A write may or may not have happened (5xx, timeout, dropped connection)."""


@dataclass
class SubResponse:
    status: int
    headers: dict[str, str]
    body: Any  # dict for JSON, bytes otherwise, None when empty


def retry_after(headers: Any, default: float = 5.0) -> float:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    value = headers.get("Retry-After") or headers.get("retry-after")
    if value is None:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return default


def _error_of(status: int, payload: Any) -> tuple[str, str]:
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        return str(error.get("code", "")), str(error.get("message", ""))[:300]
    return "", f"HTTP {status}"


class GraphClient:
    """HTTP to one mailbox's Graph endpoint. Thread-safe: one requests.Session per thread,
    at most `max_concurrency` requests in flight."""

    def __init__(self, endpoint: str, tokens: TokenSource, *,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 max_concurrency: int = MAX_CONCURRENCY) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.tokens = tokens
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.max_concurrency = max_concurrency
        self._slots = threading.BoundedSemaphore(max_concurrency)
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._token: str | None = None

    # -- plumbing ---------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()
        self._local = threading.local()

    def _bearer(self) -> str:
        with self._lock:
            if self._token is None:
                self._token = self.tokens.token()
            return self._token

    def _refresh(self, refused: str) -> None:
        """A new token, once for all threads that saw the same one refused."""
        with self._lock:
            if self._token == refused:
                self._token = self.tokens.token(force=True)

    def absolute(self, target: str) -> str:
        url = target if target.startswith(("https://", "http://")) else self.endpoint + target
        if not url.startswith(self.endpoint + "/"):
            raise ProviderError(f"refusing to send the Outlook token outside "
                                f"{self.endpoint}: {url[:80]}")
        return url

    def backoff(self, failures: int) -> None:
        """Exponential backoff with jitter ("equal jitter": half fixed, half random)."""
        delay = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (failures - 1))
        self.sleep(delay / 2 + self.rng.uniform(0, delay / 2))

    # -- requests ---------------------------------------------------------------------

    def request(self, method: str, target: str, *, params: dict[str, str] | None = None,
                json_body: Any = None, data: bytes | None = None,
                headers: dict[str, str] | None = None, idempotent: bool = True
                ) -> requests.Response:
        """One call, retried as its kind allows; 2xx back, or an exception."""
        url = self.absolute(target)
        refreshed = False
        throttled = failures = 0
        while True:
            token = self._bearer()
            sent = {"Authorization": f"Bearer {token}", **(headers or {})}
            try:
                with self._slots:
                    resp = self._session().request(method, url, params=params, json=json_body,
                                                   data=data, headers=sent, timeout=TIMEOUT,
                                                   allow_redirects=False)
            except requests.RequestException as exc:
                why = f"{method} {url.split('?')[0]} failed: {exc.__class__.__name__}"
                if not idempotent:
                    raise Ambiguous(why) from None
                failures += 1
                if failures >= READ_ATTEMPTS:
                    raise ProviderError(why) from None
                self.backoff(failures)
                continue
            status = resp.status_code
            if status == 401:
                if refreshed:
                    raise AuthExpired("Microsoft Graph refused the access token twice; sign in "
                                      "again with `mailwatch auth outlook --account NAME` (or "
                                      "check token_command)")
                self._refresh(token)
                refreshed = True
                continue
            if status == 429 or (status == 503 and "Retry-After" in resp.headers):
                wait = retry_after(resp.headers)
                throttled += 1
                if not idempotent or throttled > THROTTLE_WAITS or wait > MAX_WAIT:
                    raise Throttled(f"Graph throttled {method} ({status})", retry_after=wait)
                self.sleep(wait)
                continue
            if status >= 500:
                code, message = _error_of(status, _json(resp))
                if not idempotent:
                    raise Ambiguous(f"{method} answered {status} {code}: {message}")
                failures += 1
                if failures >= READ_ATTEMPTS:
                    raise GraphError(status, code, message)
                self.backoff(failures)
                continue
            if status >= 400:
                code, message = _error_of(status, _json(resp))
                if status == 404:
                    raise NotFound(f"{code}: {message}")
                raise GraphError(status, code, message)
            return resp

    def get_json(self, target: str, params: dict[str, str] | None = None,
                 prefer: str | None = None) -> dict[str, Any]:
        headers = {"Prefer": prefer} if prefer else None
        payload = _json(self.request("GET", target, params=params, headers=headers))
        if not isinstance(payload, dict):
            raise ProviderError(f"Graph sent no JSON object for {target[:80]}")
        return payload

    def list_all(self, target: str, params: dict[str, str]) -> list[dict[str, Any]]:
        """Every item of a collection, following @odata.nextLink (pages hold 10 by default)."""
        items: list[dict[str, Any]] = []
        page = self.get_json(target, params)
        while True:
            items.extend(v for v in page.get("value", []) if isinstance(v, dict))
            link = page.get("@odata.nextLink")
            if not isinstance(link, str):
                return items
            page = self.get_json(link)

    # -- $batch -------------------------------------------------------------------------

    def batch_get(self, paths: list[str]) -> list[SubResponse | None]:
        """GET each path in one sequential `$batch` (a ``dependsOn`` chain: one mailbox
        slot, not one per sub-request). Returns one entry per path, None where the item
        is gone (404) or its id is malformed (400).

        A failed link fails the rest of the chain with 424: those never ran and go into
        the next round, as do sub-requests throttled (429, after their Retry-After) or
        failed with 5xx (after a backoff)."""
        if len(paths) > BATCH_LIMIT:
            raise ValueError(f"a $batch holds at most {BATCH_LIMIT} requests")
        results: dict[int, SubResponse | None] = {}
        pending = list(range(len(paths)))
        failures = throttled = refused = 0
        while pending:
            requests_ = []
            for n, index in enumerate(pending):
                sub: dict[str, Any] = {"id": str(index), "method": "GET", "url": paths[index]}
                if n:
                    sub["dependsOn"] = [str(pending[n - 1])]
                requests_.append(sub)
            token = self._bearer()
            payload = _json(self.request("POST", "/$batch", json_body={"requests": requests_}))
            answers = {str(r.get("id")): r for r in (payload or {}).get("responses", [])
                       if isinstance(r, dict)}
            wait = 0.0
            again: list[int] = []
            saw_5xx = saw_401 = False
            for index in pending:
                answer = answers.get(str(index))
                if answer is None:
                    raise ProviderError(f"$batch answer lacks request {index}")
                status = int(answer.get("status", 0))
                headers = {str(k): str(v) for k, v in (answer.get("headers") or {}).items()}
                if 200 <= status < 300:
                    results[index] = SubResponse(status, headers, _sub_body(answer, headers))
                elif status in (400, 404):
                    results[index] = None
                elif status == 424:
                    again.append(index)
                elif status == 429 or (status == 503 and "Retry-After" in headers):
                    wait = max(wait, retry_after(headers))
                    again.append(index)
                elif status == 401:
                    saw_401 = True
                    again.append(index)
                elif status >= 500:
                    saw_5xx = True
                    again.append(index)
                else:
                    code, message = _error_of(status, answer.get("body"))
                    raise GraphError(status, code, message)
            pending = again
            if not pending:
                break
            if saw_401:
                refused += 1
                if refused > 1:
                    raise AuthExpired("Microsoft Graph refused the access token twice; sign "
                                      "in again with `mailwatch auth outlook --account NAME`")
                self._refresh(token)
            if wait:
                throttled += 1
                if throttled > THROTTLE_WAITS or wait > MAX_WAIT:
                    raise Throttled("Graph throttled a $batch", retry_after=wait)
                self.sleep(wait)
            elif saw_5xx:
                failures += 1
                if failures >= READ_ATTEMPTS:
                    raise ProviderError("Graph kept failing a $batch with 5xx")
                self.backoff(failures)
        return [results.get(i) for i in range(len(paths))]


def _json(resp: requests.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None


_URLSAFE = str.maketrans("-_", "+/")


def _sub_body(answer: dict[str, Any], headers: dict[str, str]) -> Any:
    """A sub-response body: JSON stays JSON; anything else arrives as a string, which
    Graph base64-encodes for binary content and may send as-is for text (OData JSON
    batch rules). Raw mail always holds ``:`` in its header, so it is never valid
    base64: the two cases cannot be confused."""
    body = answer.get("body")
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if body is None or "json" in content_type.lower() or isinstance(body, (dict, list)):
        return body
    if not isinstance(body, str):
        raise ProviderError("$batch sub-response body is neither JSON nor a string")
    text = body.translate(_URLSAFE)  # base64url, as OData names it, or plain base64
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return body.encode("utf-8", "surrogateescape")


def chunks(items: list[Any], size: int = BATCH_LIMIT) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
