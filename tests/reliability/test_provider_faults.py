"""Mailbox faults in the middle of a cycle, on every provider that can suffer them.

Through the strict fakes (Gmail's `fail_next` / `fail_create_after_store` /
`expire_history`, Graph's `Traffic` and `expire_delta_tokens`), through Dovecot (a
rebuilt folder, a dropped connection, a server that stops answering) and through the
Maildir on disk. Waits asked for by backoff or Retry-After are recorded, not slept.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
import threading
from collections.abc import Iterator

import pytest
from mailwatch.providers import imap as imap_module

from tests.e2e.harness import USER, at, message, msgid

from .scenario import (
    AFTER,
    ALL_THANKS,
    DUE,
    FIRST,
    GREENLEAF_THANKS,
    LATER,
    assert_one_draft_per_action,
    bluewave,
)
from .scenario import invitation as greenleaf
from .worlds import ACCOUNT, ImapWorld, World

HTTP_APIS = pytest.mark.parametrize("world", ["gmail", "outlook"], indirect=True)


def last_error(world: World) -> str | None:
    store = world.state()
    try:
        return next(a["last_error"] for a in store.account_status() if a["name"] == ACCOUNT)
    finally:
        store.close()


def test_a_draft_stored_by_the_server_whose_answer_was_lost_is_not_written_twice(
    world: World,
) -> None:
    """Exactly one draft per action: a create that succeeded on the server but failed on
    the client (lost reply, 500 after storing, EIO after the rename) is found again by
    its marker, in this cycle or the next, and never written a second time."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    world.lose_next_create()
    box.run(DUE)  # whether this cycle says so or not, the draft exists
    assert world.fault_spent()
    for now in (AFTER, LATER):
        assert box.run(now) == 0
    assert_one_draft_per_action(box, GREENLEAF_THANKS)


def test_a_read_that_times_out_loses_and_doubles_nothing(world: World) -> None:
    """Exactly one draft per action, nothing lost: a read timing out mid-cycle is retried
    (Gmail, Graph) or stops only this account's cycle without moving its cursor (IMAP,
    Maildir), and the mail it was reading is drafted for once."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    box.deliver(bluewave())
    world.time_out_next_read()
    code = box.run(DUE)
    assert world.fault_spent()
    if world.retries_reads:
        assert code == 0 and world.waits, "retried after a backoff"
    else:
        assert code == 1  # this account failed; its state is as before the cycle
        assert last_error(world)
        assert box.drafts() == []
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, ALL_THANKS)


def test_an_expired_cursor_resyncs_without_duplicate_actions(world: World, capsys) -> None:
    """Exactly one draft per action across an expired cursor (Gmail history id, Graph
    delta link, IMAP UIDVALIDITY, an unreadable Maildir cursor): the full resync reads
    everything again, drafts nothing twice, and loses nothing that arrived meanwhile."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    assert box.run(DUE) == 0
    world.expire_cursor()
    box.deliver(bluewave())
    capsys.readouterr()
    assert box.run(AFTER) == 0
    assert "cursor expired; full resync" in capsys.readouterr().out
    assert box.run(LATER) == 0
    assert_one_draft_per_action(box, ALL_THANKS)


def test_an_inbox_that_suddenly_lists_empty_keeps_the_state(world: World) -> None:
    """Its own drafts are removed only when unedited and made stale by an employer's
    answer, and exactly one draft per action: mail vanishing from the inbox is not read as
    deletion — facts, drafts and plan stay; nothing is withdrawn or recreated, and the
    follow-up still comes, once."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    assert box.run(DUE) == 0
    store = world.state()
    facts_before = [f.message_id for f in store.facts(ACCOUNT)]
    store.close()
    world.empty_inbox()
    for now in ("2026-11-05 18:00", "2026-11-06 09:00", "2026-11-12 09:05", "2026-11-12 10:00"):
        assert box.run(at(now)) == 0
    store = world.state()
    try:
        assert [f.message_id for f in store.facts(ACCOUNT)] == facts_before
        states = sorted((r.kind.value, r.state) for r in store.actions(ACCOUNT))
    finally:
        store.close()
    assert states == [("follow_up", "created"), ("thank_you", "created"),
                      ("thank_you", "created")]
    assert_one_draft_per_action(box, GREENLEAF_THANKS | {"lerato@greenleaf.co.za"})


@pytest.mark.parametrize("world", ["maildir", "imap"], indirect=True)
def test_a_drafts_folder_that_vanishes_for_a_cycle_is_not_taken_for_deleted_drafts(
    world: World,
) -> None:
    """Its own drafts are removed only when unedited and made stale by an employer's
    answer — which needs mailwatch to still know them after the Drafts folder was
    briefly missing (a sync tool rebuilding it, an unmounted share; on Dovecot, which
    creates Drafts on demand, an empty stand-in in its place): that cycle stops with the
    reason and keeps the state; nothing is treated as deleted by the user, and the stale
    follow-up is withdrawn once the folder is back."""
    box = world.box
    invite = greenleaf()
    box.deliver(invite)
    assert box.run(DUE) == 0
    box.send_drafts()
    assert box.run(at("2026-11-12 09:05")) == 0
    assert box.kinds() == ["follow_up"]
    drafts = box.mail / ".Drafts"
    os.rename(drafts, box.root / "Drafts.rebuilding")
    assert box.run(at("2026-11-12 10:00")) == 1  # the account stops for this cycle…
    assert "Drafts" in (last_error(world) or "")  # …saying why
    if drafts.exists():  # Dovecot (`auto = subscribe`) made an empty stand-in on SELECT
        assert not any((drafts / "cur").iterdir()), "nothing was written into it"
        shutil.rmtree(drafts)
    os.rename(box.root / "Drafts.rebuilding", drafts)
    store = world.state()
    try:
        assert {r.state for r in store.actions(ACCOUNT) if r.kind.value == "follow_up"} \
            == {"created"}
    finally:
        store.close()
    box.deliver(message(sender=("Lerato Mokoena", "lerato@greenleaf.co.za"), to=USER,
                        subject="Re: Interview: Data Engineer at Greenleaf Analytics",
                        date=at("2026-11-12 11:00"), in_reply_to=msgid(invite),
                        body="Hi Thandi, we are still deciding and will be in touch.\n"))
    assert box.run(at("2026-11-12 11:05")) == 0
    assert box.drafts() == []  # ours, unedited, stale: withdrawn as without the glitch


@HTTP_APIS
def test_429_with_retry_after_is_waited_out_and_costs_nothing(world: World) -> None:
    """Exactly one draft per action under rate limiting: 429 answers are waited out for at
    least their Retry-After, and the cycle drafts exactly as without them."""
    box = world.box
    box.deliver(greenleaf())
    if world.name == "gmail":
        world.fake.fail_next(2, "429", retry_after=7)  # type: ignore[attr-defined]
    else:
        world.fake.traffic.throttle(2, retry_after=7)  # type: ignore[attr-defined]
    assert box.run(DUE) == 0
    assert len(world.waits) == 2 and min(world.waits) >= 7, world.waits
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, GREENLEAF_THANKS)


@HTTP_APIS
def test_5xx_on_reads_and_on_the_create_is_retried_without_a_second_draft(
    world: World,
) -> None:
    """Exactly one draft per action through server errors: reads are retried with backoff;
    a create answered with 5xx is retried only after looking for its marker."""
    box = world.box
    box.deliver(greenleaf())
    if world.name == "gmail":
        world.fake.fail_next(2, "503", method="messages.list")  # type: ignore[attr-defined]
        world.fake.fail_next(1, "500", method="drafts.create")  # type: ignore[attr-defined]
    else:
        world.fake.traffic.fail(2, 503, only="/delta")  # type: ignore[attr-defined]
        world.fake.traffic.fail(1, 500, only="/createReply")  # type: ignore[attr-defined]
    assert box.run(DUE) == 0
    assert len(world.waits) >= 3, world.waits
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, GREENLEAF_THANKS)


@HTTP_APIS
def test_an_outage_longer_than_the_retries_fails_one_cycle_and_the_next_catches_up(
    world: World,
) -> None:
    """Nothing lost, nothing doubled: when the API keeps failing, the cycle gives up with
    an error recorded for the account (cursor unmoved), and the next cycle drafts once."""
    box = world.box
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    box.deliver(bluewave())
    if world.name == "gmail":
        world.fake.fail_next(50, "503")  # type: ignore[attr-defined]
    else:
        world.fake.traffic.fail(50, 503)  # type: ignore[attr-defined]
    assert box.run(DUE) == 1
    assert last_error(world)
    if world.name == "gmail":
        world.fake.faults.clear()  # type: ignore[attr-defined]
    else:
        world.fake.traffic.faults.clear()  # type: ignore[attr-defined]
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, ALL_THANKS)


@contextlib.contextmanager
def silent_server() -> Iterator[int]:
    """A port that accepts IMAP connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                held.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


@pytest.mark.parametrize("world", ["imap"], indirect=True)
def test_an_imap_server_that_stops_answering_times_out_and_the_next_cycle_catches_up(
    world: World, monkeypatch, capsys
) -> None:
    """Nothing lost, nothing doubled when the server hangs: the cycle times out with a
    message naming the server, and the next cycle against the live server drafts once."""
    assert isinstance(world, ImapWorld)
    box = world.box
    monkeypatch.setattr(imap_module, "connect",
                        functools.partial(imap_module.connect, timeout=0.5))
    box.deliver(greenleaf())
    assert box.run(FIRST) == 0
    config = box.config.read_text()
    with silent_server() as port:
        box.config.write_text(config.replace(f"port = {world.user.port}\n", f"port = {port}\n"))
        assert box.run(DUE) == 1
    assert "timed out" in (last_error(world) or "")
    box.config.write_text(config)
    assert box.run(AFTER) == 0
    assert_one_draft_per_action(box, GREENLEAF_THANKS)
