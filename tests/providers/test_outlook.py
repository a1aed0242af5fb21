"""The Outlook provider against the contract on the strict Graph fake, plus what only Graph
can get wrong: delta paging and expiry, `$batch`, throttling, the 4-request limit, a create
whose answer was lost, the employer's read state, tokens.

The provider talks real HTTP through `requests` to `tests.fakes.graph_api`; the outside
world (mail arriving, the user editing, sending or deleting a draft) is the fake mailbox's
own methods, as if done in Outlook.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from mailwatch.providers.base import (
    AuthExpired,
    CursorInvalid,
    DraftRef,
    DraftState,
    MessageRef,
    ProviderError,
    Throttled,
)
from mailwatch.providers.outlook import OutlookProvider
from mailwatch.providers.outlook_http import GraphClient, GraphError
from mailwatch.providers.registry import get_provider_class

from tests.fakes.graph_api import GraphServer
from tests.fakes.graph_store import FakeMailbox
from tests.providers.contract import (
    ProviderContract,
    make_draft,
    make_message,
    parse,
    roundtrip,
)

CLOCK = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)
FOLDERS = {"inbox": "inbox", "sent": "sentitems"}


class StaticToken:
    def __init__(self, token: str) -> None:
        self.value = token
        self.asked = 0

    def token(self, force: bool = False) -> str:
        self.asked += 1
        return self.value


@pytest.fixture(scope="module")
def graph() -> Iterator[GraphServer]:
    server = GraphServer()
    yield server
    server.close()


@pytest.fixture
def mailbox(graph: GraphServer) -> FakeMailbox:
    return graph.add_mailbox()


def user_deletes(box: FakeMailbox, ref: MessageRef) -> None:
    """The user deletes a message: it moves to Deleted Items, under a new id."""
    box.user_delete(ref.ref.split(":", 1)[1])


def open_provider(graph: GraphServer, mailbox: FakeMailbox, **kwargs: Any) -> OutlookProvider:
    """A provider on the fake whose waits are recorded, not slept (`provider.slept`)."""
    slept: list[float] = []
    client = GraphClient(graph.base, StaticToken(mailbox.token), sleep=slept.append,
                         rng=random.Random(7))
    provider = OutlookProvider(client, clock=lambda: CLOCK, **kwargs)
    provider.slept = slept  # type: ignore[attr-defined]
    provider.box = mailbox  # type: ignore[attr-defined]
    return provider


@pytest.fixture
def box(graph: GraphServer, mailbox: FakeMailbox) -> Iterator[OutlookProvider]:
    provider = open_provider(graph, mailbox)
    yield provider
    provider.close()


class TestOutlookProvider(ProviderContract):
    @pytest.fixture
    def provider(self, box: OutlookProvider) -> OutlookProvider:
        return box

    def deliver(self, provider: OutlookProvider, raw: bytes, folder: str = "inbox") -> None:
        provider.box.deliver(raw, FOLDERS[folder])  # type: ignore[attr-defined]

    def vanish(self, provider: OutlookProvider, ref: MessageRef) -> None:
        user_deletes(provider.box, ref)  # type: ignore[attr-defined]

    def draft_bytes(self, provider: OutlookProvider, ref: str) -> bytes:
        box: FakeMailbox = provider.box  # type: ignore[attr-defined]
        return box.mime(box.item(ref)).replace(b"\r\n", b"\n")  # as stored, LF

    def user_edit(self, provider: OutlookProvider, ref: DraftRef, body: str) -> None:
        provider.box.user_edit_draft(ref.ref, body)  # type: ignore[attr-defined]

    def user_send(self, provider: OutlookProvider, ref: DraftRef) -> None:
        provider.box.user_send_draft(ref.ref)  # type: ignore[attr-defined]

    def user_delete(self, provider: OutlookProvider, ref: DraftRef) -> None:
        provider.box.user_delete_draft(ref.ref)  # type: ignore[attr-defined]

    def add_foreign_draft(self, provider: OutlookProvider, raw: bytes) -> str:
        return provider.box.add_foreign_draft(raw)  # type: ignore[attr-defined]

    def snapshot(self, provider: OutlookProvider) -> Any:
        return provider.box.snapshot()  # type: ignore[attr-defined]


# ------------------------------------------------------------------ Graph-only behaviour

INVITE = "invite-1@greenleaf.example"


def invitation(box: FakeMailbox, msgid: str = INVITE) -> str:
    return box.deliver(make_message("Interview: Data Engineer at Greenleaf", msgid=msgid,
                                    references=("root-0@greenleaf.example",)))


def test_registry_finds_the_outlook_provider() -> None:
    assert get_provider_class("outlook") is OutlookProvider


def test_expired_delta_link_is_cursor_invalid_and_a_resync_works(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    mailbox.deliver(make_message("First", msgid="first@x"))
    _, cursor = box.changes(None)
    mailbox.deliver(make_message("Second", msgid="second@x"))
    mailbox.expire_delta_tokens()
    with pytest.raises(CursorInvalid):
        box.changes(roundtrip(cursor))
    refs, fresh = box.changes(None)  # what the caller does next
    assert len(refs) == 2
    assert box.changes(roundtrip(fresh))[0] == []


def test_delta_rounds_follow_next_links_to_the_delta_link(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    for n in range(8):
        mailbox.deliver(make_message(f"Mail {n}", msgid=f"m{n}@x"))
    refs, cursor = box.changes(None)
    assert [parse(raw)["Message-ID"] for _, raw in box.fetch(refs)] == [
        f"<m{n}@x>" for n in range(8)]
    inbox_rounds = [c for c in mailbox.traffic.calls if c.path.endswith("inbox/messages/delta")]
    assert len(inbox_rounds) == 3  # pages of 3: two nextLinks, then the deltaLink
    first, *pages = inbox_rounds
    assert first.query["changeType"] == "created"
    assert first.query["$filter"] == "receivedDateTime ge 2026-09-06T12:00:00Z"  # look-back
    assert all(set(c.query) == {"$skiptoken"} for c in pages)
    assert set(cursor["delta"]) == {"inbox", "sent"}
    mailbox.deliver(make_message("Later", msgid="later@x"))
    new, _ = box.changes(roundtrip(cursor))
    assert [parse(raw)["Subject"] for _, raw in box.fetch(new)] == ["Later"]


def test_a_cursor_naming_another_host_is_refused(box: OutlookProvider) -> None:
    forged = {"v": 1, "delta": {"inbox": "https://evil.example/v1.0/me/mailFolders/inbox/"
                                         "messages/delta?$deltatoken=x"}}
    with pytest.raises(CursorInvalid):
        box.changes(forged)
    with pytest.raises(ProviderError, match="refusing"):
        box.client.get_json("https://evil.example/v1.0/me/messages")


def test_fetch_uses_batches_of_at_most_20(box: OutlookProvider, mailbox: FakeMailbox) -> None:
    for n in range(45):
        mailbox.deliver(make_message(f"Mail {n}", msgid=f"b{n}@x"))
    refs, _ = box.changes(None)
    gone = refs[30]
    user_deletes(mailbox, gone)  # meanwhile: its $value is 404 inside a batch chain
    got = list(box.fetch(refs))
    assert [ref for ref, _ in got] == [r for r in refs if r != gone]
    assert mailbox.traffic.batch_sizes and max(mailbox.traffic.batch_sizes) == 20
    assert not [c for c in mailbox.traffic.calls if c.path.endswith("$value")
                and not c.in_batch]


def test_the_fake_refuses_a_batch_of_21(graph: GraphServer, mailbox: FakeMailbox) -> None:
    subs = [{"id": str(n), "method": "GET", "url": "/me/mailFolders/inbox"} for n in range(21)]
    resp = requests.post(f"{graph.base}/$batch", json={"requests": subs},
                         headers={"Authorization": f"Bearer {mailbox.token}"}, timeout=10)
    assert resp.status_code == 400 and "limit of 20" in resp.json()["error"]["message"]


def test_429_retry_after_is_honoured(box: OutlookProvider, mailbox: FakeMailbox) -> None:
    mailbox.deliver(make_message("Hello", msgid="t@x"))
    mailbox.traffic.throttle(2, retry_after=7)
    refs, _ = box.changes(None)
    assert box.slept == [7, 7]  # type: ignore[attr-defined]
    mailbox.traffic.throttle(1, retry_after=11)  # hits a sub-request of the $batch
    assert len(list(box.fetch(refs))) == 1
    assert box.slept[-1] == 11  # type: ignore[attr-defined]


def test_lasting_throttling_becomes_throttled_with_the_wait(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    mailbox.traffic.throttle(20, retry_after=30)
    with pytest.raises(Throttled) as throttled:
        box.changes(None)
    assert throttled.value.retry_after == 30
    mailbox.traffic.faults.clear()


def test_server_errors_on_reads_back_off_exponentially_with_jitter(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    mailbox.traffic.fail(3, status=503)
    assert box.changes(None)[0] == []
    first, second, third = box.slept  # type: ignore[attr-defined]
    assert 0.25 <= first <= 0.5 and 0.5 <= second <= 1.0 and 1.0 <= third <= 2.0
    assert len({first * 4, second * 2, third}) == 3  # jittered, not exact doublings


def test_at_most_four_requests_in_flight(box: OutlookProvider, mailbox: FakeMailbox) -> None:
    for n in range(100):
        mailbox.deliver(make_message(f"Mail {n}", msgid=f"c{n}@x"))
    refs, _ = box.changes(None)
    mailbox.traffic.latency = 0.01
    mailbox.traffic.peak = 0
    assert len(list(box.fetch(refs))) == 100
    assert mailbox.traffic.concurrency_rejections == 0
    assert 2 <= mailbox.traffic.peak <= 4  # in parallel, within Outlook's limit


def test_the_fake_enforces_the_mailbox_concurrency_limit(
    graph: GraphServer, mailbox: FakeMailbox
) -> None:
    subs = [{"id": str(n), "method": "GET", "url": "/me/mailFolders/inbox"} for n in range(6)]
    resp = requests.post(f"{graph.base}/$batch", json={"requests": subs},
                         headers={"Authorization": f"Bearer {mailbox.token}"}, timeout=10)
    statuses = sorted(r["status"] for r in resp.json()["responses"])
    assert statuses == [200] * 4 + [429] * 2  # a parallel batch: one slot per request


@pytest.mark.parametrize("answered", ["in the mailbox", "not in the mailbox"])
def test_a_create_that_failed_after_storing_is_reconciled_not_duplicated(
    box: OutlookProvider, mailbox: FakeMailbox, answered: str
) -> None:
    if answered == "in the mailbox":
        invitation(mailbox)
    mailbox.traffic.fail_after_create = 1
    ref = box.create_draft(make_draft("lost"))
    (draft,) = mailbox.drafts()
    assert ref.ref == draft.id and box.draft_state(ref) == DraftState.EXISTS
    creates = [c for c in mailbox.traffic.calls if c.method == "POST" and "$batch" not in c.path]
    assert len(creates) == 1  # found by its marker, never created twice
    assert len(box.slept) == 1  # type: ignore[attr-defined]  # one backoff before looking
    assert box.find_drafts("lost") == [ref]


def test_reply_draft_is_made_with_create_reply_and_threads(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    original = invitation(mailbox)
    ref = box.create_draft(make_draft("a1"))
    (call,) = mailbox.traffic.calls_to("POST", "/createReply")
    message = call.body["message"]
    assert message["internetMessageHeaders"] == [{"name": "X-Mailwatch-Action", "value": "a1"}]
    assert message["singleValueExtendedProperties"][0]["value"] == "a1"
    assert not [c for c in mailbox.traffic.calls_to("PATCH", "")
                if "internetMessageHeaders" in (c.body or {})]
    draft = mailbox.item(ref.ref)
    assert draft.conversation == mailbox.item(original).conversation
    msg = parse(mailbox.mime(draft))
    assert msg["In-Reply-To"] == f"<{INVITE}>" and msg["X-Mailwatch-Action"] == "a1"
    assert msg["Message-ID"] == "<mw.a1@mailwatch>"
    assert str(msg["Subject"]) == "Re: Interview: Data Engineer at Greenleaf"  # as rendered
    assert msg.get_content().startswith("Dear Lerato,")  # no quoted original
    sent = mailbox.user_send_draft(ref.ref)
    assert [r.ref for r in box.thread(draft.conversation)] == [f"inbox:{original}",
                                                               f"sent:{sent}"]


@pytest.mark.parametrize("was_read", [False, True])
def test_the_originals_read_state_is_kept(box: OutlookProvider, mailbox: FakeMailbox,
                                          was_read: bool) -> None:
    original = invitation(mailbox)
    mailbox.item(original).is_read = was_read
    box.create_draft(make_draft())
    assert mailbox.item(original).is_read is was_read
    restores = [c for c in mailbox.traffic.calls_to("PATCH", "") if c.body == {"isRead": False}]
    assert len(restores) == (0 if was_read else 1)


@pytest.mark.parametrize("meanwhile", ["nothing", "the original was moved"])
def test_a_restore_cut_short_after_create_reply_is_finished_by_finding_the_draft(
    graph: GraphServer, box: OutlookProvider, mailbox: FakeMailbox, meanwhile: str
) -> None:
    """The original's unread state is owed by the draft itself: when the PATCH after
    createReply fails (or the process dies there), Exchange has marked the original read
    and only the draft says so. Finding the draft, as reconciliation does, puts it back to
    unread once, and notes that on the draft; a read-only look writes nothing. An original
    moved meanwhile (a new id) is the user's business: the note is cleared all the same."""
    original = invitation(mailbox)
    real = box.client.request

    def refuse_patch(method: str, target: str, **kwargs: Any) -> requests.Response:
        if method == "PATCH":
            raise GraphError(400, "ErrorInvalidRequest", "refused")
        return real(method, target, **kwargs)

    box.client.request = refuse_patch  # type: ignore[method-assign]
    with pytest.raises(ProviderError):
        box.create_draft(make_draft("p1"))
    box.client.request = real  # type: ignore[method-assign]
    assert mailbox.item(original).is_read  # createReply marked it, nothing restored it
    if meanwhile != "nothing":
        original = mailbox.user_delete(original)
    peek = open_provider(graph, mailbox, read_only=True)
    assert [r.action_id for r in peek.find_drafts("p1")] == ["p1"]
    peek.close()
    assert mailbox.item(original).is_read and not mailbox.traffic.calls_to("PATCH", "")
    (ref,) = box.find_drafts("p1")
    assert mailbox.item(original).is_read is (meanwhile != "nothing")
    (draft,) = mailbox.drafts()
    assert sorted(value for _, value in draft.ext.values()) == ["done:", "p1"]
    patches = len(mailbox.traffic.calls_to("PATCH", ""))
    assert box.find_drafts("p1") == [ref]
    assert len(mailbox.traffic.calls_to("PATCH", "")) == patches  # nothing owed any more


def test_a_draft_sent_from_outlook_is_found_in_sent_items(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    invitation(mailbox)
    ref = box.create_draft(make_draft("s1"))
    mailbox.user_send_draft(ref.ref)
    assert box.draft_state(ref) == DraftState.SENT
    assert box.find_drafts("s1") == []
    refs, _ = box.changes(None)
    (sent,) = [raw for r, raw in box.fetch(refs) if r.folder == "sent"]
    assert parse(sent)["X-Mailwatch-Action"] == "s1"  # the marker travels with the mail


def test_an_html_rewrite_by_the_user_counts_as_edited(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    ref = box.create_draft(make_draft())
    mailbox.user_edit_draft(ref.ref, "<p>Dear Lerato, thanks!</p>", html=True)
    assert box.draft_state(ref) == DraftState.EDITED
    with pytest.raises(ProviderError):
        box.delete_draft(DraftRef("AAMkADnot-ours", ref.action_id, ref.body_hash))


def test_a_refused_token_is_auth_expired(graph: GraphServer, box: OutlookProvider,
                                         mailbox: FakeMailbox) -> None:
    graph.expire(mailbox.token)
    with pytest.raises(AuthExpired, match="auth outlook"):
        box.changes(None)
    assert box.client.tokens.asked == 2  # type: ignore[attr-defined]  # retried once, fresh


def test_token_command_is_rerun_on_401(graph: GraphServer, mailbox: FakeMailbox,
                                       tmp_path: Path) -> None:
    store = tmp_path / "token"
    store.write_text(mailbox.token + "\nexpires soon\n")
    runs = tmp_path / "runs"
    command = f"echo run >> {runs}; cat {store}"
    provider = OutlookProvider.from_config({"token_command": command,
                                            "graph_endpoint": graph.base})
    mailbox.deliver(make_message("Hello", msgid="tc@x"))
    assert len(provider.changes(None)[0]) == 1
    graph.expire(mailbox.token)  # the token expires; the command now prints a new one
    store.write_text(graph.grant(mailbox) + "\n")
    assert len(provider.changes(None)[0]) == 1
    assert runs.read_text().count("run") == 2
    graph.expire(store.read_text().strip())  # and now nothing it prints is accepted
    with pytest.raises(AuthExpired):
        provider.changes(None)
    provider.close()
    failing = OutlookProvider.from_config({"token_command": "echo nope >&2; exit 4",
                                           "graph_endpoint": graph.base})
    with pytest.raises(AuthExpired, match="exit 4.*nope"):
        failing.changes(None)


def test_config_problems() -> None:
    guid = "0e3b7e4c-2b1a-4c5e-9a0d-3f6b8c1d2e4f"
    problems = OutlookProvider.config_problems
    assert problems({"client_id": guid}) == []
    assert problems({"token_command": "oama access me@example.org"}) == []
    assert [k for k, _ in problems({})] == ["client_id"]
    assert problems({"client_id": guid, "tenat": "common"}) == [
        ("tenat", "unknown key for an outlook account; did you mean 'tenant'?")]
    assert [k for k, _ in problems({"client_id": "my-app"})] == ["client_id"]
    assert [k for k, _ in problems({"client_id": guid, "refresh_token": "x"})] == [
        "refresh_token"]
    assert "secrets never" in problems({"client_id": guid, "refresh_token": "x"})[0][1]
    for endpoint in ("http://graph.example.org/v1.0", "ftp://x", "", "https://g/v1.0?x=1"):
        assert [k for k, _ in problems({"client_id": guid, "graph_endpoint": endpoint})] == [
            "graph_endpoint"], endpoint
    assert problems({"client_id": guid, "graph_endpoint": "http://127.0.0.1:9/v1.0"}) == []
    for key, bad in (("tenant", "bad tenant"), ("lookback_days", 0), ("lookback_days", True),
                     ("username", "me"), ("token_cache", ""), ("token_command", " ")):
        assert [k for k, _ in problems({"client_id": guid, key: bad})] == [key], key
    with pytest.raises(ValueError, match="client_id"):
        OutlookProvider.from_config({})
    provider = OutlookProvider.from_config({"client_id": guid, "tenant": "contoso.com",
                                            "lookback_days": 90}, read_only=True)
    assert (provider.read_only, provider.lookback_days) == (True, 90)
    assert provider.client.endpoint == "https://graph.microsoft.com/v1.0"


def test_a_throttled_create_waits_looks_for_its_marker_then_creates_once(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    invitation(mailbox)
    mailbox.traffic.throttle(1, retry_after=5, only="/createReply")
    ref = box.create_draft(make_draft("busy"))
    assert box.slept == [5]  # type: ignore[attr-defined]
    assert [c.status for c in mailbox.traffic.calls_to("POST", "/createReply")] == [429, 201]
    searches = [c for c in mailbox.traffic.calls if c.path.endswith("drafts/messages")]
    assert searches and searches[0].query["$filter"].startswith("singleValueExtendedProperties")
    assert [d.id for d in mailbox.drafts()] == [ref.ref]


def test_a_create_failing_every_time_raises_after_three_tries_and_a_search_each(
    box: OutlookProvider, mailbox: FakeMailbox
) -> None:
    mailbox.traffic.fail(3, status=502, only="POST /me/mailFolders/drafts/messages")
    with pytest.raises(ProviderError):
        box.create_draft(make_draft("flaky"))
    posts = mailbox.traffic.calls_to("POST", "/drafts/messages")
    assert [c.status for c in posts] == [502, 502, 502]
    searches = [c for c in mailbox.traffic.calls_to("GET", "/drafts/messages")]
    assert len(searches) == 4  # by property and by Message-ID, before each new try
    assert len(box.slept) == 2  # type: ignore[attr-defined]
    assert mailbox.drafts() == [] and box.find_drafts("flaky") == []


def _raw(graph: GraphServer, mailbox: FakeMailbox, method: str, path: str,
         **kwargs: Any) -> requests.Response:
    return requests.request(method, graph.base + path, timeout=10,
                            headers={"Authorization": f"Bearer {mailbox.token}"}, **kwargs)


def test_the_fake_rejects_what_graph_rejects(graph: GraphServer, mailbox: FakeMailbox) -> None:
    """The provider's tests mean something only if the fake is strict."""
    original = invitation(mailbox)
    reply = f"/me/messages/{original}/createReply"

    def status(method: str, path: str, **kwargs: Any) -> tuple[int, str]:
        resp = _raw(graph, mailbox, method, path, **kwargs)
        return resp.status_code, (resp.json().get("error", {}).get("code", "")
                                  if resp.content else "")

    header = {"name": "Keywords", "value": "x"}
    assert status("POST", reply, json={"message": {"internetMessageHeaders": [header]}}) == (
        400, "InvalidInternetMessageHeader")
    assert status("POST", reply, json={"message": {"colour": "red"}}) == (400, "RequestBodyRead")
    assert status("POST", reply, json={"message": {"body": {"content": "x"}},
                                       "comment": "y"})[0] == 400
    created = _raw(graph, mailbox, "POST", reply, json={}).json()["id"]
    patch = f"/me/messages/{created}"
    x_header = {"name": "X-Mailwatch-Action", "value": "a"}
    assert status("PATCH", patch, json={"internetMessageHeaders": [x_header]}) == (
        400, "ErrorInvalidPropertyUpdate")
    assert status("PATCH", f"/me/messages/{original}", json={"subject": "changed"}) == (
        400, "ErrorInvalidPropertyUpdateSentMessage")
    assert status("GET", "/me/messages", params={"$filter": "subject eq 'x'"}) == (
        400, "ErrorInvalidUrlQueryFilter")
    assert status("GET", "/me/messages", params={"$orderby": "receivedDateTime"})[0] == 400
    assert status("GET", "/me/messages/not-an-id/$value") == (400, "ErrorInvalidIdMalformed")
    assert status("GET", "/me/messages/AAMkADnothing/$value") == (404, "ErrorItemNotFound")
    anonymous = requests.get(graph.base + "/me/messages", timeout=10)
    assert anonymous.status_code == 401


def test_thread_pages_through_a_long_conversation(box: OutlookProvider,
                                                  mailbox: FakeMailbox) -> None:
    root = invitation(mailbox)
    for n in range(11):  # Graph pages collections by 10: the rest is behind a nextLink
        mailbox.deliver(make_message(f"Re {n}", msgid=f"r{n}@x", in_reply_to=INVITE,
                                     references=("root-0@greenleaf.example", INVITE)),
                        "sentitems" if n % 2 else "inbox")
    mailbox.deliver(make_message("Unrelated", msgid="other@x"))
    refs = box.thread(mailbox.item(root).conversation)
    assert len(refs) == 12 and refs[0].ref == f"inbox:{root}"
    assert [r.folder for r in refs].count("sent") == 5
    assert any("$skip" in c.query for c in mailbox.traffic.calls_to("GET", "/me/messages"))
