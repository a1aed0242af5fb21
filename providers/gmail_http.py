"""Reaching the Gmail API: the client, retries with backoff, batches and error mapping.

Kept apart from `gmail.py` so the mailbox logic reads like the other providers, and every
rule about *talking to Google* sits in one place:

* The client is google-api-python-client built from the discovery document it ships
  (``static_discovery=True``): no discovery fetch, no network but the API endpoint (and
  the token endpoint when a token is refreshed).
* The library's own retries stay off (``execute(num_retries=0)``): it would retry a
  ``drafts.create`` that may already have succeeded. Reads are retried here instead —
  429, 403 with a rate-limit reason, 5xx and dropped connections — with exponential
  backoff and jitter, a few times, honouring Retry-After; writes are never retried here
  (`call(..., retry=False)`), the provider reconciles first.
* Batches: ``new_batch_http_request()`` would post to Google's public batch URL whatever
  the endpoint, so `BatchHttpRequest` is built with ``batch_uri`` = endpoint + the
  document's batchPath. At most 50 calls per batch (Gmail's advice; more get throttled).
* Every failure becomes a `ProviderError` subclass whose text names the call and Gmail's
  reason, with any secret scrubbed out: 401 (after the library's one refresh) ->
  AuthExpired, 404 -> NotFound, quota -> Throttled.
"""

from __future__ import annotations

import json
import random
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httplib2
from google.auth.exceptions import GoogleAuthError, RefreshError
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest
from mailwatch.providers.base import (
    AuthExpired,
    NotFound,
    ProviderError,
    Throttled,
)

#: Calls per batch request: Gmail throttles larger batches.
MAX_BATCH = 50
#: Seconds for connecting and for each reply; a hung server must not hang the daemon.
TIMEOUT = 60.0
PUBLIC_ENDPOINT = "https://gmail.googleapis.com/"
RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
#: 403 reasons that mean "the token lacks a scope": the user must authorize again.
SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RE_AUTH = "run `mailwatch auth gmail --account NAME` again"


class Transient(Throttled):
    """A failure worth retrying later (quota, an overloaded or unreachable server)."""


@dataclass
class Backoff:
    """Exponential backoff with jitter; `sleep` is injectable so tests take no time."""

    tries: int = 5
    base: float = 1.0
    cap: float = 32.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before try `attempt + 1` ("equal jitter": half fixed, half
        random, so many clients throttled together do not come back together)."""
        step = min(self.cap, self.base * 2 ** attempt)
        wait = step / 2 + self.rng.uniform(0, step / 2)
        if retry_after:
            wait = max(wait, min(float(retry_after), self.cap))
        return wait


def reasons_of(exc: HttpError) -> tuple[set[str], str]:
    """The ``reason`` codes and the message of a Google JSON error reply."""
    try:
        error = json.loads(exc.content.decode("utf-8", "replace")).get("error", {})
    except (ValueError, AttributeError):
        return set(), ""
    if not isinstance(error, dict):
        return set(), str(error)[:200]
    reasons = {str(e.get("reason")) for e in error.get("errors", []) if isinstance(e, dict)}
    reasons |= {str(d.get("reason")) for d in error.get("details", []) if isinstance(d, dict)}
    return reasons - {"None"}, str(error.get("message", ""))[:300]


def _retry_after(exc: HttpError) -> float | None:
    value = exc.resp.get("retry-after") if exc.resp is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def translate(exc: BaseException, what: str, scrub: Callable[[str], str]) -> ProviderError:
    """The ProviderError for a failed call; Transient when trying again may help."""
    if isinstance(exc, ProviderError):
        return exc
    if isinstance(exc, HttpError):
        status = exc.resp.status if exc.resp is not None else 0
        reasons, message = reasons_of(exc)
        why = f" ({', '.join(sorted(reasons))})" if reasons else ""
        text = scrub(f"Gmail {what}: HTTP {status}{why}: {message or 'no details'}")
        if status == 401:
            return AuthExpired(f"{text}; the access token was refused: {RE_AUTH}, or check "
                               "token_command")
        if status == 403 and reasons & SCOPE_REASONS:
            return AuthExpired(f"{text}; mailwatch needs gmail.readonly and gmail.compose: "
                               f"{RE_AUTH} and allow both")
        if status in RETRY_STATUSES or (status == 403 and reasons & RATE_REASONS):
            return Transient(text, _retry_after(exc))
        if status == 404:
            return NotFound(text)
        return ProviderError(text)
    if isinstance(exc, RefreshError):
        return AuthExpired(scrub(f"Gmail {what}: Google refused to refresh the access token "
                                 f"({_short(exc)}); {RE_AUTH}"))
    if isinstance(exc, GoogleAuthError):
        return AuthExpired(scrub(f"Gmail {what}: {_short(exc)}"))
    if isinstance(exc, httplib2.ServerNotFoundError):
        return ProviderError(scrub(f"Gmail {what}: {_short(exc)}"))
    if isinstance(exc, (OSError, socket.timeout, httplib2.HttpLib2Error)):
        return Transient(scrub(f"Gmail {what}: connection failed: {_short(exc)}"))
    raise exc


def _short(exc: BaseException) -> str:
    return (" ".join(str(a) for a in exc.args) or exc.__class__.__name__)[:300]


class GmailApi:
    """Executes requests of one account's service object with the rules above."""

    def __init__(self, http: Any, batch_uri: str, backoff: Backoff,
                 scrub: Callable[[str], str], after_call: Callable[[], None]) -> None:
        self.http = http
        self.batch_uri = batch_uri
        self.backoff = backoff
        self.scrub = scrub
        self.after_call = after_call

    def call(self, make: Callable[[], HttpRequest], what: str, *, retry: bool = True) -> Any:
        """Execute one request; reads are retried on transient failures."""
        attempt = 0
        while True:
            try:
                return make().execute(num_retries=0)
            except Exception as exc:
                error = translate(exc, what, self.scrub)
                if not (retry and isinstance(error, Transient)) or \
                        attempt + 1 >= self.backoff.tries:
                    raise error from None
                self.backoff.sleep(self.backoff.delay(attempt, error.retry_after))
                attempt += 1
            finally:
                self.after_call()

    def get_many(self, keys: Iterable[str], make: Callable[[str], HttpRequest], what: str
                 ) -> dict[str, Any]:
        """`make(key)` for every key, batched by 50; keys whose call answers 404 are left
        out. Only the failed calls of a batch are sent again, after a backoff."""
        results: dict[str, Any] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), MAX_BATCH):
            pending = unique[start:start + MAX_BATCH]
            attempt = 0
            while pending:
                failed, retry_after = self._run_batch(pending, make, what, results)
                if not failed:
                    break
                if attempt + 1 >= self.backoff.tries:
                    raise failed[0]
                self.backoff.sleep(self.backoff.delay(attempt, retry_after))
                attempt += 1
                pending = [k for k in pending if k not in results]
        return results

    def _run_batch(self, keys: list[str], make: Callable[[str], HttpRequest], what: str,
                   results: dict[str, Any]) -> tuple[list[Transient], float | None]:
        """One batch request; fills `results` and returns the transient failures."""
        transient: list[Transient] = []
        fatal: list[ProviderError] = []

        def done(key: str, response: Any, exc: HttpError | None) -> None:
            if exc is None:
                results[key] = response
                return
            error = translate(exc, what, self.scrub)
            if isinstance(error, Transient):
                transient.append(error)
            elif not isinstance(error, NotFound):
                fatal.append(error)

        batch = BatchHttpRequest(callback=None, batch_uri=self.batch_uri)
        for key in keys:
            batch.add(make(key), callback=done, request_id=key)
        try:
            batch.execute(http=self.http)
        except Exception as exc:
            error = translate(exc, f"batch of {what}", self.scrub)
            if not isinstance(error, Transient):
                raise error from None
            return [error], error.retry_after
        finally:
            self.after_call()
        if fatal:
            raise fatal[0]
        waits = [e.retry_after for e in transient if e.retry_after]
        return transient, max(waits) if waits else None
