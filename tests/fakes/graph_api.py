"""A strict local fake of Microsoft Graph's mail API, served over real HTTP on 127.0.0.1.

mailwatch's Outlook provider talks to it through `requests` exactly as it talks to
graph.microsoft.com (``graph_endpoint = server.base``), so it also works across processes
(the kill -9 replay tests). It implements what the provider uses, with Graph semantics,
and rejects what Graph rejects: a missing or expired bearer token (401), unknown or
misplaced message properties, non-``x-`` internet headers, internet headers after
creation, batches over 20, expired delta tokens (410), more than 4 requests in flight for
one mailbox (429 MailboxConcurrency) — plus throttling and failures on demand
(`Traffic`). Each mailbox is reached by its own bearer tokens.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from .graph_routes import dispatch
from .graph_rules import GraphFault, bad
from .graph_store import OWNER, FakeMailbox

BATCH_LIMIT = 20
Answer = tuple[int, dict[str, str], Any]  # status, headers, JSON value or bytes or None


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    status: int
    body: Any = None
    in_batch: bool = False


@dataclass
class Traffic:
    """One mailbox's view of the wire: limits, injected faults, and every call made."""

    limit: int = 4  # Outlook: concurrent requests per mailbox
    latency: float = 0.0  # seconds each operation holds its slot
    inflight: int = 0
    peak: int = 0
    concurrency_rejections: int = 0
    faults: list[tuple[int, float | None, str]] = field(default_factory=list)
    fail_after_create: int = 0  # the next N creates store the draft, then answer 500
    calls: list[Call] = field(default_factory=list)
    batch_sizes: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def throttle(self, count: int, retry_after: float = 3.0, only: str = "") -> None:
        """The next `count` operations answer 429 with this Retry-After, before doing
        anything. `only` limits it to operations whose "METHOD /path" ends with it."""
        with self.lock:
            self.faults.extend([(429, retry_after, only)] * count)

    def fail(self, count: int, status: int = 503, only: str = "") -> None:
        with self.lock:
            self.faults.extend([(status, None, only)] * count)

    def take_slots(self, wanted: int) -> int:
        """Occupy up to `wanted` slots; returns how many were free."""
        with self.lock:
            got = max(0, min(wanted, self.limit - self.inflight))
            self.inflight += got
            self.peak = max(self.peak, self.inflight)
            self.concurrency_rejections += wanted - got
            return got

    def free_slots(self, count: int) -> None:
        with self.lock:
            self.inflight -= count

    def next_fault(self, method: str, path: str) -> GraphFault | None:
        with self.lock:
            index = next((n for n, f in enumerate(self.faults)
                          if f"{method} {path}".endswith(f[2])), None)
            if index is None:
                return None
            status, wait, _ = self.faults.pop(index)
        if status == 429:
            return GraphFault(429, "ApplicationThrottled", "Application is over its "
                              "MailboxConcurrency limit.", {"Retry-After": f"{wait:g}"})
        return GraphFault(status, "ServiceUnavailable", "injected failure")

    def calls_to(self, method: str, suffix: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.path.endswith(suffix)]


def concurrency_fault() -> GraphFault:
    return GraphFault(429, "ApplicationThrottled",
                      "Application is over its MailboxConcurrency limit.", {"Retry-After": "1"})


class GraphServer:
    """The server: `add_mailbox()` gives a mailbox and a token for it."""

    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.fake = self  # type: ignore[attr-defined]
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1.0"
        self.tokens: dict[str, FakeMailbox] = {}
        self._count = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_mailbox(self, owner: tuple[str, str] = OWNER) -> FakeMailbox:
        with self._lock:
            self._count += 1
            mailbox = FakeMailbox(owner, key=f"m{self._count}")
        mailbox.traffic = Traffic()
        mailbox.token = self.grant(mailbox)
        return mailbox

    def grant(self, mailbox: FakeMailbox, token: str | None = None) -> str:
        token = token or f"fake-at-{mailbox.key}-{time.monotonic_ns()}"
        with self._lock:
            self.tokens[token] = mailbox
        return token

    def expire(self, token: str) -> None:
        with self._lock:
            self.tokens.pop(token, None)

    # -- requests -----------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        auth = headers.get("authorization", "")
        mailbox = self.tokens.get(auth[7:]) if auth.startswith("Bearer ") else None
        if mailbox is None:
            fault = GraphFault(401, "InvalidAuthenticationToken",
                               "Access token is empty." if not auth else
                               "Lifetime validation failed, the token is expired.",
                               {"WWW-Authenticate": 'Bearer error="invalid_token"'})
            return fault.status, fault.headers, fault.body()
        traffic: Traffic = mailbox.traffic
        parts = urlsplit(target)
        if not parts.path.startswith("/v1.0/"):
            return 404, {}, bad("unknown API version").body()
        path = parts.path[len("/v1.0"):]
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if method == "POST" and path == "/$batch":
            answer = self._batch(mailbox, traffic, headers, body)
            traffic.calls.append(Call(method, path, query, answer[0]))
            return answer
        if not traffic.take_slots(1):
            fault = concurrency_fault()
            answer: Answer = (fault.status, fault.headers, fault.body())
        else:
            try:
                answer = self._operation(mailbox, traffic, method, path, query, headers, body)
            finally:
                traffic.free_slots(1)
        traffic.calls.append(Call(method, path, query, answer[0], _json_or_none(body, headers)))
        return answer

    def _operation(self, mailbox: FakeMailbox, traffic: Traffic, method: str, path: str,
                   query: dict[str, str], headers: dict[str, str], body: bytes) -> Answer:
        """One API operation, holding its mailbox slot (the caller took it)."""
        if traffic.latency:
            time.sleep(traffic.latency)
        fault = traffic.next_fault(method, path)
        try:
            if fault:
                raise fault
            with mailbox.lock:
                return dispatch(self, mailbox, traffic, method, path, query, headers, body)
        except GraphFault as exc:
            return exc.status, exc.headers, exc.body()

    def _batch(self, mailbox: FakeMailbox, traffic: Traffic, headers: dict[str, str],
               body: bytes) -> Answer:
        try:
            subs = _batch_requests(body, headers)
        except GraphFault as exc:
            return exc.status, exc.headers, exc.body()
        traffic.batch_sizes.append(len(subs))
        sequential = len(subs) > 1 and all(s.get("dependsOn") for s in subs[1:])
        # A chained batch runs one sub-request at a time: one mailbox slot. A parallel
        # one dispatches them together: each needs a slot, and those beyond the limit
        # fail with 429 like separate requests would.
        wanted = 1 if sequential else len(subs)
        got = traffic.take_slots(wanted)
        results: dict[str, int] = {}
        responses = []
        try:
            for n, sub in enumerate(subs):
                sub_id = str(sub["id"])
                failed = [d for d in sub.get("dependsOn", []) if results.get(d.lower(), 0) >= 400]
                if failed:
                    status, out_headers, payload = 424, {}, bad(
                        "Failed dependency", "FailedDependency").body()
                elif (sequential and not got) or (not sequential and n >= got):
                    fault = concurrency_fault()
                    status, out_headers, payload = fault.status, fault.headers, fault.body()
                else:
                    status, out_headers, payload = self._sub(mailbox, traffic, sub)
                results[sub_id.lower()] = status
                responses.append(_sub_response(sub_id, status, out_headers, payload))
        finally:
            traffic.free_slots(got)
        return 200, {}, {"responses": responses}

    def _sub(self, mailbox: FakeMailbox, traffic: Traffic, sub: dict[str, Any]) -> Answer:
        parts = urlsplit(sub["url"] if sub["url"].startswith("/") else "/" + sub["url"])
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        sub_headers = {k.lower(): str(v) for k, v in (sub.get("headers") or {}).items()}
        raw = sub.get("body")
        body = json.dumps(raw).encode() if isinstance(raw, (dict, list)) else \
            (raw or "").encode("utf-8")
        answer = self._operation(mailbox, traffic, sub["method"].upper(), parts.path, query,
                                 sub_headers, body)
        traffic.calls.append(Call(sub["method"].upper(), parts.path, query, answer[0],
                                  raw if isinstance(raw, dict) else None, in_batch=True))
        return answer

    def link(self, path: str, params: dict[str, str]) -> str:
        """An absolute URL on this server, as Graph's @odata.nextLink / deltaLink are."""
        return f"{self.base}{path}?{urlencode(params)}"


def _json_or_none(body: bytes, headers: dict[str, str]) -> Any:
    if body and "json" in headers.get("content-type", ""):
        try:
            return json.loads(body)
        except ValueError:
            return None
    return None


def _batch_requests(body: bytes, headers: dict[str, str]) -> list[dict[str, Any]]:
    """The sub-requests of a JSON batch, validated per Graph's JSON batching rules."""
    if "json" not in headers.get("content-type", ""):
        raise bad("A $batch body must be application/json.")
    try:
        payload = json.loads(body)
    except ValueError:
        raise bad("The $batch body is not JSON.") from None
    if not isinstance(payload, dict) or set(payload) != {"requests"} \
            or not isinstance(payload["requests"], list):
        raise bad("A $batch body is {\"requests\": [...]}.")
    subs = payload["requests"]
    if not subs:
        raise bad("A $batch needs at least one request.")
    if len(subs) > BATCH_LIMIT:
        raise bad(f"The number of batch requests exceeds the limit of {BATCH_LIMIT}.")
    seen: list[str] = []
    for sub in subs:
        if not (isinstance(sub, dict) and set(sub) <= {"id", "method", "url", "headers",
                                                       "body", "dependsOn", "atomicityGroup"}):
            raise bad(f"Invalid batch request: {sub!r:.80}")
        if not isinstance(sub.get("id"), str) or sub["id"].lower() in seen:
            raise bad("Batch request ids must be unique strings.")
        if sub.get("method", "").upper() not in ("GET", "POST", "PATCH", "DELETE", "PUT"):
            raise bad(f"Invalid method in batch request {sub['id']}.")
        url = sub.get("url")
        if not isinstance(url, str) or url.startswith(("http:", "https:")) \
                or url.lstrip("/").startswith("$batch"):
            raise bad(f"Batch request {sub['id']} needs a relative URL.")
        if "body" in sub and "content-type" not in {k.lower() for k in sub.get("headers", {})}:
            raise bad(f"Batch request {sub['id']} has a body but no Content-Type header.")
        depends = sub.get("dependsOn", [])
        if not isinstance(depends, list) or any(
                not isinstance(d, str) or d.lower() not in seen for d in depends):
            raise bad(f"Batch request {sub['id']} depends on an unknown or later request.")
        seen.append(sub["id"].lower())
    if any(s.get("dependsOn") for s in subs[1:]) and not all(s.get("dependsOn")
                                                            for s in subs[1:]):
        raise bad("the fake takes batches that are either fully sequential or fully parallel")
    return subs


def _sub_response(sub_id: str, status: int, headers: dict[str, str], payload: Any
                  ) -> dict[str, Any]:
    out: dict[str, Any] = {"id": sub_id, "status": status, "headers": dict(headers)}
    if isinstance(payload, bytes):  # binary content travels base64-encoded
        out["headers"].setdefault("Content-Type", "text/plain")
        out["body"] = base64.b64encode(payload).decode("ascii")
    elif payload is not None:
        out["headers"].setdefault("Content-Type", "application/json")
        out["body"] = payload
    return out


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        fake: GraphServer = self.server.fake  # type: ignore[attr-defined]
        try:
            status, out_headers, payload = fake.handle(self.command, self.path, headers, body)
        except Exception as exc:  # a bug in the fake must be loud, not a hang
            status, out_headers = 500, {}
            payload = {"error": {"code": "FakeCrashed", "message": repr(exc)}}
        if isinstance(payload, bytes):
            data, kind = payload, out_headers.pop("Content-Type", "message/rfc822")
        elif payload is None:
            data, kind = b"", ""
        else:
            data, kind = json.dumps(payload).encode(), "application/json"
        self.send_response(status)
        for key, value in out_headers.items():
            self.send_header(key, value)
        if kind:
            self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _any


__all__ = ["Call", "GraphServer", "Traffic"]
