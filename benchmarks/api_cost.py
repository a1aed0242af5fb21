"""Gmail and Microsoft Graph cost per cycle, against the test suite's strict local fakes.

The providers run their real client libraries over HTTP against tests/fakes (Gmail: its
google-api-python-client, Graph: requests), so every request the daemon would send to
Google or Microsoft reaches the fake, which records it. Counted per cycle: HTTP requests
(a batch is one request) and, for Gmail, quota units: every call inside a batch is
charged at Gmail's published per-method cost (`QUOTA`, developers.google.com/gmail/api/
reference/quota). Scenarios on a 1,000-message mailbox: the first cycle, a steady idle
cycle (no new mail), and the cycle after 100 new messages arrived (the next 100 of the
same generated mailbox); then one more invitation whose interview ends before the next
cycle, which writes its thank-you drafts, and a steady idle cycle with those drafts alive
(each cycle checks whether the user sent or deleted them).

Two settings differ from the tests: the Gmail fake is not strict about draft threading
(it files an odd draft the way Gmail does instead of refusing it), and the Graph fake's
delta pages follow the client's ``odata.maxpagesize`` (100) instead of 3, its deliberately
tiny default: real Graph pages far larger than 3.
"""

from __future__ import annotations

import random
import shlex
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.fakes.gmail_api import FakeGmail
from tests.fakes.gmail_store import base_subject, headers_of, msg_ids
from tests.fakes.graph_api import GraphServer

from . import jobmail, mailgen
from .common import Row, cycle, write_config
from .context import Bench
from .mailtext import USER_ADDR, USER_NAME, Mail

#: Gmail API quota units per method (published table; threads.get is 10).
QUOTA = {"getProfile": 1, "messages.list": 5, "messages.get": 5, "history.list": 2,
         "threads.get": 10, "drafts.create": 10, "drafts.list": 5, "drafts.get": 5,
         "drafts.delete": 10}
SIZE, NEW = 1_000, 100
IDLE_RUNS = 3
LATER = mailgen.NOW + timedelta(hours=6)  # after the extra invitation's interview ended
TARGET_REQUESTS, TARGET_UNITS = 1, 2


@dataclass
class Usage:
    requests: int
    units: int  # Gmail only
    methods: Counter[str]
    drafts: int = 0  # drafts made by the cycle, or alive during it

    def text(self, gmail: bool) -> str:
        return f"{self.requests} req" + (f", {self.units} units" if gmail else "")

    def detail(self) -> str:
        return ", ".join(f"{m} {n}" for m, n in self.methods.most_common())


def _split(seed: int) -> tuple[list[Mail], list[Mail]]:
    mails = mailgen.generate(SIZE + NEW, seed)
    return mails[:SIZE], mails[SIZE:]


# ------------------------------------------------------------------ Gmail


def _gmail_load(fake: FakeGmail, mails: list[Mail]) -> None:
    """Store messages with Gmail's threading rule (an id named in References or In-Reply-To
    and the same subject) and the arrival time as internalDate. `FakeGmail.deliver` does
    the same by scanning every stored message, too slow for a thousand."""
    threads: dict[str, tuple[str, str]] = {}  # Message-ID -> (thread id, base subject)
    for mail in mails:
        head = headers_of(mail.raw)
        subject = base_subject(head.get("Subject"))
        wanted = msg_ids(head.get("References")) + msg_ids(head.get("In-Reply-To"))
        thread = next((threads[i][0] for i in wanted
                       if i in threads and threads[i][1] == subject), None)
        labels = {"SENT"} if mail.folder == "sent" else {"INBOX"}
        with fake.box.lock:
            stored = fake.box.add(mail.raw, labels, thread_id=thread,
                                  internal_ms=int(mail.when.timestamp() * 1000))
        threads[mail.msgid] = (stored.thread_id, subject)


def _gmail_usage(fake: FakeGmail, mark: tuple[int, int]) -> Usage:
    calls, batches = fake.calls[mark[0]:], fake.batch_sizes[mark[1]:]
    methods = Counter(c.split("users.", 1)[1] for c in calls)
    units = sum(QUOTA.get(m, 0) * n for m, n in methods.items())
    return Usage(len(calls) - sum(batches) + len(batches), units, methods)


def gmail(bench: Bench) -> dict[str, Usage]:
    old, new = _split(bench.seed)
    fake = FakeGmail(strict=False, clock=lambda: mailgen.NOW.timestamp(),
                     address=USER_ADDR).start()
    try:
        _gmail_load(fake, old)
        token = bench.work / "gmail-token"
        token.write_text(fake.token + "\n")
        config = write_config(bench.work / "gmail", "gmail", api_endpoint=fake.url,
                              token_command=f"cat {shlex.quote(str(token))}")
        return _scenarios(config, lambda: (len(fake.calls), len(fake.batch_sizes)),
                          lambda mark: _gmail_usage(fake, mark),
                          lambda mails: _gmail_load(fake, mails), new, bench.seed)
    finally:
        fake.stop()


# ------------------------------------------------------------------ Graph


def graph(bench: Bench) -> dict[str, Usage]:
    old, new = _split(bench.seed)
    server = GraphServer()
    try:
        box = server.add_mailbox(owner=(USER_NAME, USER_ADDR))
        box.delta_page_size = 1000
        box.clock = mailgen.NOW

        def deliver(mails: list[Mail]) -> None:
            for mail in mails:
                box.deliver(mail.raw, "sentitems" if mail.folder == "sent" else "inbox",
                            received=mail.when)

        deliver(old)
        config = write_config(bench.work / "graph", "outlook", graph_endpoint=server.base,
                              token_command=f"echo {box.token}")

        def usage(mark: int) -> Usage:
            calls = box.traffic.calls[mark:]
            ops = Counter(f"{c.method} {_shape(c.path)}" for c in calls
                          if c.path != "/$batch")
            return Usage(sum(not c.in_batch for c in calls), 0, ops)

        return _scenarios(config, lambda: len(box.traffic.calls), usage, deliver, new,
                          bench.seed)
    finally:
        server.close()


def _shape(path: str) -> str:
    """A Graph path with ids replaced, so calls group by kind."""
    return "/".join("{id}" if part.startswith(("AAMk", "AQMk")) else part
                    for part in path.split("/"))


# ------------------------------------------------------------------ both


def _invitation(seed: int) -> Mail:
    """An invitation to an interview that ends before `LATER`: its thank-you drafts are
    due in the cycle at `LATER`, and live in the mailbox from then on."""
    rng = random.Random(seed ^ 0xD4AF7)
    op = jobmail.opening(rng)
    return jobmail.invitation(rng, op, mailgen.NOW - timedelta(days=2),
                              mailgen.NOW + timedelta(hours=2))[0]


def _scenarios(config: Path, mark: Callable[[], Any], usage: Callable[[Any], Usage],
               deliver: Callable[[list[Mail]], None], new: list[Mail], seed: int
               ) -> dict[str, Usage]:
    out: dict[str, Usage] = {}
    start = mark()
    _, report = cycle(config, mailgen.NOW)
    out["first"] = usage(start)
    out["first"].drafts = len(report.act.created)
    for _ in range(IDLE_RUNS):
        start = mark()
        cycle(config, mailgen.NOW)
        out["idle"] = usage(start)
    deliver(new)
    start = mark()
    cycle(config, mailgen.NOW)
    out["new"] = usage(start)
    deliver([_invitation(seed)])
    _, report = cycle(config, LATER)
    drafts = len(report.act.created)
    for _ in range(IDLE_RUNS):
        start = mark()
        cycle(config, LATER)
        out["drafts"] = usage(start)
    out["drafts"].drafts = drafts
    return out


def run(bench: Bench) -> list[Row]:
    rows = []
    for name, measure, is_gmail in (("Gmail", gmail, True), ("Graph", graph, False)):
        bench.say(f"API cost: {name} against the local fake")
        got = measure(bench)
        target = f"<= {TARGET_REQUESTS} req, {TARGET_UNITS} units" if is_gmail else ""
        for key in ("idle", "drafts"):
            use = got[key]
            ok = (use.requests <= TARGET_REQUESTS and use.units <= TARGET_UNITS) \
                if is_gmail else None
            label = "idle cycle" + (f", {use.drafts} live draft(s)" if key == "drafts" else "")
            rows.append(Row(f"{name}: {label}", use.text(is_gmail), target, ok, use.detail()))
        rows += [
            Row(f"{name}: per {NEW} new messages", got["new"].text(is_gmail), "", None,
                got["new"].detail()),
            Row(f"{name}: first cycle, {bench.size_label(SIZE)}", got["first"].text(is_gmail),
                "", None, f"{got['first'].drafts} drafts made; {got['first'].detail()}"),
        ]
    return rows
